"""Belgian display formats for the UI: ``1.234,56 €`` and ``31/12/2026`` (in nl, fr and en)."""

from datetime import date
from decimal import Decimal

from django.utils import formats
from django.utils.html import format_html


def eur(value) -> str:
    """``Decimal("1234.5")`` → ``"1.234,50 €"`` (grouping forced, decimals from the active locale)."""
    if value is None or value == "":
        return ""
    return f"{formats.number_format(Decimal(value), 2, use_l10n=True, force_grouping=True)} €"


def short_date(value: date | None) -> str:
    return formats.date_format(value, "SHORT_DATE_FORMAT") if value else ""


STATUS_COLOURS = {
    "entitled": "#1e7e34",
    "suspended": "#b35900",
    "revoked": "#b00020",
    "not_affiliated": "#666666",
}


def status_badge(code: str, label: str):
    colour = STATUS_COLOURS.get(code, "#666666")
    return format_html(
        '<span style="background:{};color:#fff;padding:2px 8px;border-radius:10px;white-space:nowrap">{}</span>',
        colour,
        label,
    )
