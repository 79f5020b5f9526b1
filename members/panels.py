"""The member page's panels: other apps register them in their ``hooks.py``
(``core.hooks.register_member_panel``: title, render, privacy category), members.admin shows them.
Issue #14: no app imports another app's ``admin``, and members imports none of the panels."""

from core import hooks
from core.privacy import categories_for


def member_panels_for(user):
    """``(title, render)`` of the panels ``user``'s role sees (core.privacy), in registration order."""
    allowed = categories_for(user)
    return [(panel.title, panel.render) for panel in hooks.member_panels() if panel.category in allowed]


def panel_categories() -> set:
    """The categories of personal data the member page's panels show (the read-access log records them)."""
    return {panel.category for panel in hooks.member_panels()}
