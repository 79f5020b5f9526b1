"""Decision reasons as data (issue #14): an article, a stable code and an English template with its
parameters, instead of an English sentence. Pure: no Django (the rules build reasons).

- A code is stable, dotted and English (``cap.amount_reached``, ``art42_4.filing_deadline_passed``):
  reports count by it. Each app declares its codes once (``declare``) beside its rules; ``reason``
  builds one and refuses an undeclared code.
- Templates are marked with ``gettext_noop`` (``makemessages`` extracts it) and use ``%(name)s``
  placeholders; a literal percent sign is ``%%``.
- Parameters are primitives: amounts as strings ("50.00"), dates ISO ("2026-03-01"), counts as
  ints. ``Reason.text`` is the English sentence, dates shown as dd/mm/yyyy (as the decisions always
  showed them); ``str(reason)`` is "Art. 47: text".
- Stored as ``to_json()`` ({"code", "article", "text", "params"}); ``render`` shows a stored reason in
  the user's language (the template translated, falling back to the stored English text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from types import MappingProxyType

#: A parameter: a primitive, a label translated where shown (``{"label": "suspended"}``), or the
#: reasons that explain this one (a list of stored reasons, e.g. the Art. 8 explanation of a claim's
#: refusal), rendered in the reader's language too (issue #16); or a list of labels (``[{"label": "invoice"},
#: …]``), shown as "a, b", each translated.
Param = str | int | dict | list

#: The code of a reason stored before reasons had codes (its text was "Art. 47: text").
LEGACY = "legacy"


def gettext_noop(message: str) -> str:
    """Mark a template for translation without translating it (xgettext knows this keyword)."""
    return message


@dataclass(frozen=True)
class Code:
    """A declared reason: its code, its English template and, when the code always cites the same
    article, that article ("" when the caller names it: a benefit's reasons cite its rule's article)."""

    code: str
    template: str
    article: str = ""


#: Every declared code, from every app (filled when each app's rules module is imported).
CODES: dict[str, Code] = {}


def declare(*codes: Code) -> Mapping[str, Code]:
    """Declare an app's codes once; a code means one thing in the whole project."""
    mine = {}
    for entry in codes:
        if entry.code in mine or (entry.code in CODES and CODES[entry.code] != entry):
            raise ValueError(f"reason code {entry.code!r} declared twice")
        mine[entry.code] = CODES[entry.code] = entry
    return MappingProxyType(mine)


def primitive(value: object) -> Param:
    """A parameter as stored: ints stay, dates ISO, datetimes ISO to the minute, the rest as text
    (a Decimal amount "50.00", a Month "2026-03")."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | str):
        return value
    if isinstance(value, Reason):
        return value.to_json()
    if isinstance(value, list | tuple) and all(isinstance(v, Reason | Mapping) for v in value):
        return [v.to_json() if isinstance(v, Reason) else dict(v) for v in value]
    if isinstance(value, Mapping) and set(value) == {"label"}:
        return {"label": str(value["label"])}
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class Reason:
    code: str
    article: str
    template: str
    params: Mapping[str, Param] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The English sentence."""
        return fill(self.template, self.params)

    def __str__(self) -> str:
        return f"{self.article}: {self.text}" if self.article else self.text

    def to_json(self) -> dict:
        return {"code": self.code, "article": self.article, "text": self.text, "params": dict(self.params)}

    @classmethod
    def from_json(cls, data: Mapping) -> Reason:
        """A stored reason; its template is the declared one (the stored text, for a legacy or an
        unknown code)."""
        declared = CODES.get(str(data.get("code", "")))
        template = declared.template if declared else str(data.get("text", "")).replace("%", "%%")
        return cls(
            str(data.get("code", LEGACY)), str(data.get("article", "")), template, dict(data.get("params") or {})
        )


def reason(code: str, article: str = "", /, **params: object) -> Reason:
    """The reason ``code`` (declared), citing ``article`` (or its declared article)."""
    declared = CODES[code]
    cited = article or declared.article
    if not cited:
        raise ValueError(f"reason {code!r} needs its article")
    return Reason(code, cited, declared.template, {k: primitive(v) for k, v in params.items()})


# --- display ----------------------------------------------------------------------------------------

ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})( \d{2}:\d{2})?")
ISO_MONTH = re.compile(r"\b(\d{4})-(\d{2})\b(?!-)")


def shown(value: Param, translated: bool = False) -> Param:
    """A parameter as a sentence shows it: an ISO date as dd/mm/yyyy (with its time, if any); a label
    or nested reasons translated when ``translated`` (``render``), in English otherwise; where shown,
    months as mm/yyyy (Belgian, issue #16; the stored English text keeps them as they were)."""
    if isinstance(value, str):
        match = ISO_DATE.fullmatch(value)
        if match:
            year, month, day, time = match.groups()
            return f"{day}/{month}/{year}{time or ''}"
        return ISO_MONTH.sub(r"\2/\1", value) if translated else value
    if isinstance(value, Mapping) and "label" in value:
        return _translate(str(value["label"])) if translated else str(value["label"])
    if isinstance(value, list) and value and all(isinstance(v, Mapping) and set(v) == {"label"} for v in value):
        return ", ".join(str(shown(v, translated)) for v in value)
    if isinstance(value, list):
        texts = [render(v) if translated else str(Reason.from_json(v)) for v in value if isinstance(v, Mapping)]
        return "".join(f" {text}" for text in texts)
    return value


MONEY_PARAM = re.compile(r"€%\((\w+)\)s")


def money_text(value: object) -> str:
    """An amount parameter ("1234.5") as Belgian money, ``1.234,50 €`` (as core.formatting.eur; pure)."""
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return str(value)
    return f"{amount:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") + " €"


def belgian_money(declared: str, template: str, params: Mapping[str, Param]) -> tuple[str, dict]:
    """The amounts of a sentence in one format where shown (issue #16): each parameter that the English
    template writes as ``€%(name)s`` becomes ``1.234,56 €``, wherever its translation puts the euro sign."""
    names = set(MONEY_PARAM.findall(declared))
    if not names:
        return template, dict(params)
    for name in names:
        template = re.sub(rf"€\s?%\({name}\)s|%\({name}\)s\s?€", f"%({name})s", template)
    return template, {k: money_text(v) if k in names else v for k, v in params.items()}


def fill(template: str, params: Mapping[str, Param], translated: bool = False) -> str:
    return template % {name: shown(value, translated) for name, value in params.items()}


_translate: Callable[[str], str] = gettext_noop


def set_translator(translate: Callable[[str], str]) -> None:
    """The display layer's translation (Django's gettext, set by ``core.apps``): rules stay pure."""
    global _translate
    _translate = translate


def render(data: Mapping | Reason | str) -> str:
    """A stored reason as "article: text" in the active language: the declared template translated
    and filled with its parameters, or the stored English text (a legacy reason, a template whose
    parameters changed). A plain string (written before reasons were data) is shown as it is."""
    if isinstance(data, str):
        return data
    if isinstance(data, Reason):
        data = data.to_json()
    declared = CODES.get(str(data.get("code", "")))
    text = str(data.get("text", ""))
    if declared is not None:
        try:
            template, params = belgian_money(declared.template, _translate(declared.template), data.get("params") or {})
            text = fill(template, params, translated=True)
        except (KeyError, ValueError, TypeError):
            pass
    article = str(data.get("article", ""))
    return f"{article}: {text}" if article else text


def legacy(line: str) -> dict:
    """A reason stored as text before codes ("Art. 47: text"), as a stored reason: the article is
    what precedes the first ": " when it cites one ("Art. …"), else there is none."""
    article, sep, text = line.partition(": ")
    if not sep or not article.startswith("Art"):
        article, text = "", line
    return {"code": LEGACY, "article": article, "text": text, "params": {}}


def as_text(data: Mapping) -> str:
    """A stored reason back as the text stored before codes (reverse data migrations): English."""
    article, text = str(data.get("article", "")), str(data.get("text", ""))
    return f"{article}: {text}" if article else text
