"""Belgian display formats for the UI: ``1.234,56 €``, ``31/12/2026`` and ``09/2026`` (in nl, fr and en),
and the labels stored with report figures in every language (shown in the reader's).

One place for the formats (issue #16): admin lists, read-only fields, report pages, letters and
messages call these (templates through ``{% load belgian %}``), never ``f"€{x}"`` or ``str(month)``.
"""

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.utils import formats, translation
from django.utils.html import format_html


def eur(value) -> str:
    """``Decimal("1234.5")`` → ``"1.234,50 €"`` (grouping forced, decimals from the active locale)."""
    if value is None or value == "":
        return ""
    return f"{formats.number_format(Decimal(value), 2, use_l10n=True, force_grouping=True)} €"


def short_date(value: date | None) -> str:
    return formats.date_format(value, "SHORT_DATE_FORMAT") if value else ""


def month(value) -> str:
    """A month as the Belgian forms print it: ``Month(2026, 9)``, ``date(2026, 9, 1)`` or ``"2026-09"`` →
    ``"09/2026"`` (anything else unchanged)."""
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        return f"{value.month:02d}/{value.year:04d}"
    if hasattr(value, "year") and hasattr(value, "month"):  # core.months.Month
        return f"{value.month:02d}/{value.year:04d}"
    text = str(value)
    if len(text) == 7 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit():
        return f"{text[5:]}/{text[:4]}"
    return text


_ISO_MONTH = re.compile(r"\b(\d{4})-(\d{2})\b(?!-)")


def months_in_text(text: str) -> str:
    """A sentence written before months had one format: ``2026-01–2026-11`` → ``01/2026–11/2026``."""
    return _ISO_MONTH.sub(r"\2/\1", str(text))


def explained(entitlement) -> str:
    """An entitlement's explanation in the reader's language (``members.rules.Entitlement.explanation``,
    declared reasons), or its English sentence with Belgian months when it has none."""
    from core.reasons import render

    parts = getattr(entitlement, "explanation", ())
    if parts:
        return " ".join(render(part) for part in parts)
    return months_in_text(getattr(entitlement, "reason", "") or "")


def number(value, decimals: int | None = None) -> str:
    """A count or a figure with Belgian grouping: ``12345`` → ``12.345``, ``Decimal("4.5")`` → ``4,5``
    (a Decimal keeps its decimals unless ``decimals`` is given); text is returned as it is."""
    if value is None or value == "" or isinstance(value, bool):
        return "" if value in (None, "") else str(value)
    if isinstance(value, int):
        return formats.number_format(value, 0, use_l10n=True, force_grouping=True)
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if decimals is None:
        decimals = 0 if amount == amount.to_integral() else max(0, -amount.normalize().as_tuple().exponent)
    return formats.number_format(amount, decimals, use_l10n=True, force_grouping=True)


def in_every_language(label) -> dict[str, str]:
    """A (lazy) label in every language of the site, to store with figures computed once (a snapshot):
    ``{"nl": "Opgeschort", "fr": "Suspendu", "en": "Suspended"}``; shown with ``in_language``."""
    result = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            result[code] = str(label)
    return result


def choice_labels(choices) -> dict[str, dict[str, str]]:
    """Every value of a ``TextChoices`` (or ``choices`` pairs) → its label in every language."""
    pairs = choices.choices if hasattr(choices, "choices") else choices
    return {str(value): in_every_language(label) for value, label in pairs}


def in_language(labels: Mapping[str, str] | None, default: str = "") -> str:
    """The label of ``in_every_language`` in the active language (English, then ``default`` when missing)."""
    if not labels:
        return default
    language = (translation.get_language() or "en")[:2]
    return labels.get(language) or labels.get("en") or default


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
