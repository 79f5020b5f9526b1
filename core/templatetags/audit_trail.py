"""``{% load audit_trail %}``: an audit entry as a clerk reads it (``core.audit.readable_changes``)."""

from django import template

from core import audit

register = template.Library()


@register.simple_tag(takes_context=True)
def readable_entry(context, entry):
    """``{% readable_entry entry as e %}``: ``e.time`` (Brussels, to the second), ``e.actor``, ``e.action``,
    ``e.object``, ``e.changes`` (rows of field, old, new); related labels shared across the page."""
    cache = context.render_context.setdefault("audit_label_cache", {})
    return {
        "time": audit.entry_time(entry),
        "actor": audit.entry_actor(entry),
        "action": audit.entry_action(entry),
        "object": audit.entry_object(entry),
        "changes": audit.readable_changes(entry, cache=cache),
        "reason": (entry.additional_data or {}).get("reason", ""),
    }
