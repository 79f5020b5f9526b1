from django import template

from core import formatting

register = template.Library()


@register.filter
def eur(value):
    """``{{ amount|eur }}`` → ``1.234,56 €``."""
    return formatting.eur(value)
