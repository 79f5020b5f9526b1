"""What a clerk typed in the one search box (issue #16): which kinds of term it can be.

Pure: a string in, a ``Query`` out — no Django, no database. The apps' search providers
(registered with ``core.hooks.register_search``) read the parts they know: the members app the
national number, the names, the household number, the structured communication and the address;
benefits the claim number; lending the rental number; bank the IBAN. ``core.selectors.search``
runs them for the roles that may see their results.

A term can be several kinds at once: ``1000`` is a household, claim or rental number and a
Brussels postal code; ``Kerkstraat`` is a name or a street. Every reading is searched and the
results are grouped, so the clerk never has to say which kind she typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from typing import Any

from stdnum import iban as std_iban
from stdnum.be import ogm_vcs

#: The longest query accepted (``core.bounds.search_text_problem``): a name, an address or an IBAN
#: fits in far less.
MAX_LENGTH = 100
#: Names are tried in every split (last name first, or first name first) up to this many words;
#: a longer text is only tried as a whole name.
MAX_NAME_WORDS = 5
#: A database id (household, claim, rental) has at most this many digits here; 11 digits are a
#: national number, 12 a structured communication.
MAX_ID_DIGITS = 10

# national numbers are printed 85.03.14-123.02 (eID) or 85031412302; dots, dashes, slashes and spaces go
_NUMBER_SEPARATORS = re.compile(r"[\s.\-/]")
_STRUCTURED = re.compile(r"^\+{0,3}\*{0,3}\s*(\d{3})\s*/?\s*(\d{4})\s*/?\s*(\d{5})\s*\+{0,3}\*{0,3}$")
_IBAN_START = re.compile(r"^[A-Za-z]{2}\d{2}")
_NAME_CHARACTERS = re.compile(r"^[^\W\d_][^\W\d_'’\- ]*(?:['’\- ]+[^\W\d_]+)*['’\-]?$")
_POSTAL_CODE = re.compile(r"^[1-9]\d{3}$")  # Belgian postal codes: 1000–9999


class Kind(str, Enum):
    """A reading of the query (what a provider searches for)."""

    NATIONAL_NUMBER = "national_number"
    STRUCTURED_COMMUNICATION = "structured_communication"
    IBAN = "iban"
    NUMBER = "number"  # a household, claim or rental number
    POSTAL_CODE = "postal_code"
    STREET = "street"
    NAME = "name"


@dataclass(frozen=True)
class NameSplit:
    """One way to read a name: ``last`` and ``first`` are lower-case prefixes; an empty ``first`` means
    the text is a last name alone, an empty ``last`` a first name alone."""

    last: str
    first: str = ""


@dataclass(frozen=True)
class Query:
    text: str  # the query, spaces collapsed
    national_number: str | None = None  # 11 digits
    household_reference: int | None = None  # the household of a valid structured communication
    iban: str | None = None  # compact, upper case, valid check digits
    number: int | None = None
    postal_code: str | None = None
    street: str | None = None  # lower-case prefix of "street and number"
    names: tuple[NameSplit, ...] = ()

    @property
    def kinds(self) -> frozenset[Kind]:
        found = {
            Kind.NATIONAL_NUMBER: self.national_number,
            Kind.STRUCTURED_COMMUNICATION: self.household_reference,
            Kind.IBAN: self.iban,
            Kind.NUMBER: self.number,
            Kind.POSTAL_CODE: self.postal_code,
            Kind.STREET: self.street,
            Kind.NAME: self.names or None,
        }
        return frozenset(kind for kind, value in found.items() if value is not None)

    def without(self, kinds: frozenset[Kind]) -> Query:
        """This query without the readings in ``kinds`` (those a role may not search by)."""
        cleared: dict[Kind, dict[str, Any]] = {
            Kind.NATIONAL_NUMBER: {"national_number": None},
            Kind.STRUCTURED_COMMUNICATION: {"household_reference": None},
            Kind.IBAN: {"iban": None},
            Kind.NUMBER: {"number": None},
            Kind.POSTAL_CODE: {"postal_code": None},
            Kind.STREET: {"street": None},
            Kind.NAME: {"names": ()},
        }
        changes: dict[str, Any] = {}
        for kind in kinds:
            changes.update(cleared[kind])
        return Query(**{**self.__dict__, **changes})


@dataclass(frozen=True)
class Hit:
    """One result: what it is (``label``, ``detail``), where it opens (``url``), and a second link
    (``more_url``: e.g. a member's own page beside the household's file)."""

    key: str  # unique within its group ("household:12"): the same object found twice is shown once
    label: str
    url: str
    detail: str = ""
    national_number: str = ""  # shown (formatted) only to roles that see national numbers
    more_url: str = ""
    more_label: str = ""


def normalise(text: str) -> str:
    """Unicode NFC (an accent typed as two characters is one), spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def name_splits(text: str) -> tuple[NameSplit, ...]:
    """Every way to read ``text`` as a name: the whole as a last name ("van den broeck") or as a first
    name ("jan"), and each split into last + first ("peeters jan") and first + last ("jan peeters")."""
    words = text.lower().split()
    if not words:
        return ()
    whole = " ".join(words)
    splits = [NameSplit(whole), NameSplit("", whole)]
    if len(words) <= MAX_NAME_WORDS:
        for cut in range(1, len(words)):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            splits.append(NameSplit(head, tail))
            splits.append(NameSplit(tail, head))
    return tuple(dict.fromkeys(splits))  # in order, once each


def parse(text: str) -> Query:
    """The readings of ``text`` (bounded by the caller: ``core.bounds.search_text_problem``)."""
    text = normalise(text)
    if not text:
        return Query(text="")
    parts: dict = {}
    digits = _NUMBER_SEPARATORS.sub("", text)
    only_digits = digits.isascii() and digits.isdigit()

    if only_digits and len(digits) == 11:
        parts["national_number"] = digits  # INSZ, rijksregister or BIS: looked up exactly
    structured = _STRUCTURED.match(text.replace(" ", ""))
    if structured:
        compact = "".join(structured.groups())
        if ogm_vcs.is_valid(compact):
            parts["household_reference"] = int(compact[:10])
    compact_iban = text.replace(" ", "").upper()
    if _IBAN_START.match(compact_iban) and std_iban.is_valid(compact_iban):
        parts["iban"] = compact_iban
    bare = text.removeprefix("#").strip()
    if bare.isascii() and bare.isdigit() and len(bare) <= MAX_ID_DIGITS and int(bare) > 0:
        parts["number"] = int(bare)
        if _POSTAL_CODE.match(bare):
            parts["postal_code"] = bare
    elif any(c.isalpha() for c in text) and "iban" not in parts:
        words = text.split()
        codes = [w for w in words if _POSTAL_CODE.match(w)]
        rest = [w for w in words if not _POSTAL_CODE.match(w)]
        if len(codes) == 1 and rest and rest[0][0].isalpha():
            # "2000 Kerkstraat", "Kerkstraat 12 2000": a street in a postal code
            parts["postal_code"] = codes[0]
            parts["street"] = " ".join(rest).lower()
        elif text[0].isalpha():
            parts["street"] = text.lower()
        if _NAME_CHARACTERS.match(text):
            parts["names"] = name_splits(text)
    return Query(text=text, **parts)
