"""``{% load belgian %}``: the Belgian formats of ``core.formatting`` in templates (issue #16: one format
everywhere, ``50,00 €``, ``31/12/2026``, ``09/2026``)."""

from django import template

from core import formatting

register = template.Library()


@register.filter
def eur(value):
    """``{{ amount|eur }}`` → ``1.234,56 €``."""
    return formatting.eur(value)


@register.filter
def short_date(value):
    """``{{ day|short_date }}`` → ``31/12/2026``."""
    return formatting.short_date(value)


@register.filter
def month(value):
    """``{{ month|month }}`` → ``09/2026``."""
    return formatting.month(value)


@register.filter
def number(value):
    """``{{ count|number }}`` → ``12.345``."""
    return formatting.number(value)
