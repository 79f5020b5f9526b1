"""The fund's letters (issue #15): rendered from the templates under ``templates/members/letters/`` (one
file per kind and language, ``<kind>.<language>.txt``: its first line is the subject, the rest the text),
in Belgian formats, and printed as one PDF with a page per letter.

The templates are files, deployed with the code: a manager has them changed through the deployment
(reviewed, versioned, the same on every server), not in the database. The bank's direct-debit letters
live beside them under ``templates/bank/letters/`` and are rendered the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from io import BytesIO

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from core.months import Month


def amount_text(value: Decimal) -> str:
    """Belgian format in every language of the letters, the one of the screens (``core.formatting.eur``,
    issue #16): ``Decimal("1234.5")`` → ``"1.234,50 €"``."""
    quantized = Decimal(value).quantize(Decimal("0.01"), ROUND_HALF_UP)
    units, _sep, decimals = f"{quantized:,.2f}".partition(".")
    return f"{units.replace(',', '.')},{decimals} €"


def date_text(value) -> str:
    """``31/12/2026`` in every language of the letters."""
    return f"{value:%d/%m/%Y}"


def months_text(months: Iterable[Month]) -> str:
    """``01/2026, 02/2026``: the months as MM/YYYY."""
    return ", ".join(f"{m.month:02d}/{m.year}" for m in months)


def render(template: str, language: str, context: dict) -> tuple[str, str]:
    """Subject (the template's first line) and text of ``templates/<template>.<language>.txt``."""
    with translation.override(language):
        text = render_to_string(f"{template}.{language}.txt", context).strip()
    subject, _sep, body = text.partition("\n")
    return subject.strip()[:200], body.strip()


def letters_pdf(letters: Sequence, *, title: str = "") -> bytes:
    """One page per letter (``members.Correspondence`` rows, with their household): the address block,
    the date, the subject and the text, ready to print and post."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus.flowables import KeepInFrame

    buffer = BytesIO()
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title=title or _("Letters"))
    story: list = []
    if not letters:
        story.append(Paragraph(_("No letters."), styles["Normal"]))
    for index, letter in enumerate(letters):
        household = letter.household
        address = [letter.details.get("addressee", "")] if isinstance(letter.details, dict) else []
        address += [household.street, f"{household.postal_code} {household.city}".strip()]
        page: list = [Paragraph(_escape(line), styles["Normal"]) for line in address if line]
        page += [
            Spacer(1, 36),
            Paragraph(date_text(letter.created_at.date()), styles["Normal"]),
            Spacer(1, 12),
            Paragraph(f"<b>{_escape(letter.subject)}</b>", styles["Normal"]),
            Spacer(1, 12),
        ]
        for paragraph in letter.body.split("\n\n"):
            page.append(Paragraph(_escape(paragraph).replace("\n", "<br/>"), styles["Normal"]))
            page.append(Spacer(1, 8))
        # a long letter is shrunk onto its page, never split over two: one page per letter
        story.append(KeepInFrame(doc.width, doc.height, page, mode="shrink"))
        if index < len(letters) - 1:
            story.append(PageBreak())
    doc.build(story)
    return buffer.getvalue()


def _escape(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
