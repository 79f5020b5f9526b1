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


#: Marks a value's place in a template rendered once for a batch (``renderer``); no letter's value holds it.
_MARK = "\x00"


def renderer(template: str, language: str, keys: Sequence[str]):
    """``render`` for a batch of letters of one kind and language: a function ``context → (subject,
    text)`` that renders the template once, with a mark in each value's place, and then only puts each
    letter's values in (a collection run writes a pre-notification per household: a million renders of
    the Django template would take minutes, this takes a second).

    Only for a template that prints its values as they are: text and ``{{ key }}`` inside
    ``{% autoescape off %}``, no filter, tag or translation (the letters' templates are so). That is
    read off the compiled template, not assumed: any other template is rendered letter by letter, and so
    is a letter whose values are not all text (the template would localise a number or a date)."""
    from django.template.loader import get_template

    with translation.override(language):
        compiled = get_template(f"{template}.{language}.txt")
        if not _only_prints(getattr(compiled, "template", compiled).nodelist, set(keys), escaping=True):
            return lambda context: render(template, language, context)
        text = compiled.render({key: f"{_MARK}{key}{_MARK}" for key in keys}).strip()
    parts = text.split(_MARK)  # literal, key, literal, key, …, literal
    literals, names = parts[0::2], parts[1::2]

    def fast(context: dict) -> tuple[str, str]:
        pieces = [literals[0]]
        for name, literal in zip(names, literals[1:], strict=True):
            value = context[name]
            if not isinstance(value, str):  # the template would localise it: let it
                return render(template, language, context)
            pieces.append(value)
            pieces.append(literal)
        subject, _sep, body = "".join(pieces).partition("\n")
        return subject.strip()[:200], body.strip()

    return fast


def _only_prints(nodelist, keys: set[str], *, escaping: bool) -> bool:
    """The nodes are text and plain ``{{ key }}`` of ``keys``, printed unescaped."""
    from django.template.base import TextNode, Variable, VariableNode
    from django.template.defaulttags import AutoEscapeControlNode

    for node in nodelist:
        if isinstance(node, TextNode):
            continue
        if isinstance(node, VariableNode):
            expression = node.filter_expression
            var = expression.var
            if escaping or expression.filters or not isinstance(var, Variable):
                return False
            if var.lookups is None or len(var.lookups) != 1 or var.lookups[0] not in keys or var.translate:
                return False
            continue
        if isinstance(node, AutoEscapeControlNode):
            if not _only_prints(node.nodelist, keys, escaping=node.setting):
                return False
            continue
        return False
    return True


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
