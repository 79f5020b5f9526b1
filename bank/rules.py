"""Pure rules of SEPA direct debit (domiciliëring) of the contributions (issue #15).

The statutes say what is owed (Art. 42.2, 65: the household's monthly contribution; Art. 8 §2: a
contribution prescribes five years after its month); how it is collected through the bank is the
EPC's **SEPA Core Direct Debit Scheme Rulebook** (cited "rulebook", with its section). No ORM, no
settings, no clock, no translation: dates, datetimes, Decimals and frozen dataclasses in, values out.

Rulebook choices made here (kept in one place so they can be changed):

- **FRST/RCUR** (rulebook 4.5 AT-21, and the pre-2016 rule on amendments): the first collection of a
  mandate is FRST, the next ones RCUR. A collection that was *returned or rejected* does not count
  (a returned FRST makes the next one FRST again), and a change of the debtor's account **to another
  bank** (the "SMNDA" amendment: same mandate, new debtor account) starts the mandate again: FRST.
  Since rulebook 9.0 (2016) a bank must also accept RCUR there, and FRST is always accepted, so the
  stricter, older rule is the safe one. A change of account within the same bank, of the debtor's
  name or of the mandate reference keeps RCUR.
- **Amendments told** (rulebook AT-24/AT-25, ``amendment_info``): the first collection after an
  amendment carries the amendment indicator with the original mandate reference, the original IBAN
  (same bank) or "SMNDA" (another bank). sepaxml does not write these; ``bank.services`` adds them to
  its file before the XSD validation.
- **Expiry** (rulebook 4.7.3 PR-01.05, "36 months"): a mandate for which no collection has been
  presented for 36 months expires; a mandate never used expires 36 months after its signature.
- **Pre-notification** (rulebook PT-04.03): the debtor is told amount and date at least
  ``days`` calendar days (14 unless agreed shorter) before the collection date.
- **Collection dates** are TARGET2 business days (rulebook 4.3: the inter-bank settlement calendar):
  not a Saturday or Sunday, 1 January, Good Friday, Easter Monday, 1 May, 25 or 26 December.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from core.dates import add_months
from core.months import Month
from members import rules as member_rules

#: Rulebook PR-01.05: a mandate unused this many months expires.
MANDATE_EXPIRY_MONTHS = 36
#: Rulebook PT-04.03: the pre-notification period unless the mandate agrees a shorter one.
DEFAULT_PRENOTIFICATION_DAYS = 14
#: pain.008: identifiers (mandate reference, message id, end-to-end id) are at most 35 characters.
MAX_ID_LENGTH = 35
#: pain.008: the unstructured remittance information the debtor reads, at most 140 characters.
MAX_REMITTANCE_LENGTH = 140
#: pain.008: the debtor's name, at most 70 characters.
MAX_NAME_LENGTH = 70

#: The SEPA character set for identifiers (EPC guidance on the Latin character set): letters, digits
#: and / - ? : ( ) . , ' + and the space; not starting or ending with "/" and no "//".
_SEPA_ID = re.compile(r"^[A-Za-z0-9/\-?:().,'+ ]+$")


class SequenceType(str, enum.Enum):
    """pain.008 ``SeqTp`` (rulebook AT-21)."""

    FIRST = "FRST"
    RECURRENT = "RCUR"


class MandateStatus(str, enum.Enum):
    ACTIVE = "active"  # collections are presented
    SUSPENDED = "suspended"  # by a return whose reason says so, or a clerk; a clerk reactivates it
    REVOKED = "revoked"  # the debtor (or the fund) ended it: never used again
    EXPIRED = "expired"  # rulebook PR-01.05: 36 months without a collection


class Frequency(str, enum.Enum):
    """The household's choice: its dues collected every month, or its year's dues once a year."""

    MONTHLY = "monthly"
    YEARLY = "yearly"


# --- identifiers -----------------------------------------------------------------------------------


def is_sepa_id(value: str, *, max_length: int = MAX_ID_LENGTH) -> bool:
    """A mandate reference, message id or end-to-end id the banks accept (pain.008 ``Max35Text``
    in the restricted SEPA character set)."""
    return (
        0 < len(value) <= max_length
        and value == value.strip()
        and bool(_SEPA_ID.match(value))
        and not value.startswith("/")
        and not value.endswith("/")
        and "//" not in value
    )


def mandate_reference(household_id: int, signed_on: date, token: str) -> str:
    """A generated mandate reference: ``ZF-H<household>-<signature date>-<token>`` (unique by the token)."""
    reference = f"ZF-H{household_id}-{signed_on:%Y%m%d}-{token.upper()}"
    return reference[:MAX_ID_LENGTH]


def message_id(collection_date: date, token: str) -> str:
    """A collection file's message id (``GrpHdr/MsgId``): ``ZFDD-<date>-<token>``, 22 characters."""
    return f"ZFDD-{collection_date:%Y%m%d}-{token.upper()[:8]}"


def end_to_end_id(message: str, index: int) -> str:
    """An item's end-to-end id: its file's message id and its position; unique as the message id is.
    The bank sends it back with a return, so a return finds its item."""
    return f"{message}-{index:06d}"[:MAX_ID_LENGTH]


# --- which bank holds an account --------------------------------------------------------------------

#: Length of the national bank identifier at the start of the BBAN (after "CCkk"), per country.
_BANK_CODE_LENGTH = {"BE": 3, "NL": 4, "LU": 3, "FR": 5, "DE": 8, "ES": 4, "IT": 11, "AT": 5, "GB": 4, "IE": 4}


def bank_of(iban: str) -> str:
    """The country and national bank identifier of a (compact) IBAN: ``BE539`` for ``BE68 539…``."""
    compact = iban.replace(" ", "").upper()
    country = compact[:2]
    length = _BANK_CODE_LENGTH.get(country, 4)
    return country + compact[4 : 4 + length]


def is_other_bank(old_iban: str, new_iban: str) -> bool:
    """Does the debtor's account move to another bank (rulebook: the SMNDA amendment)?"""
    return bank_of(old_iban) != bank_of(new_iban)


# --- FRST / RCUR ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PastCollection:
    """A collection presented under the mandate: when, and whether it came back."""

    presented_at: datetime
    returned: bool


@dataclass(frozen=True)
class AccountChange:
    """An amendment of the debtor's IBAN: when, and whether to another bank."""

    at: datetime
    other_bank: bool


def sequence_type(collections: Iterable[PastCollection], account_changes: Iterable[AccountChange]) -> SequenceType:
    """FRST unless a collection that did not come back was presented after the mandate last
    (re)started: its signature, or the last move of the debtor's account to another bank."""
    restarted = max((change.at for change in account_changes if change.other_bank), default=None)
    for collection in collections:
        if collection.returned:
            continue
        if restarted is None or collection.presented_at > restarted:
            return SequenceType.RECURRENT
    return SequenceType.FIRST


# --- amendments the debtor's bank is told of (pain.008 AmdmntInd / AmdmntInfDtls) ---------------------


@dataclass(frozen=True)
class PastAmendment:
    field: str  # "iban", "bic", "debtor_name" or "reference"
    old_value: str
    at: datetime
    other_bank: bool = False


@dataclass(frozen=True)
class AmendmentInfo:
    """Rulebook AT-24/AT-25: the collection after an amendment carries the original mandate
    reference, the original IBAN (same bank), or "SMNDA" (same mandate, new debtor agent)."""

    original_mandate_id: str | None = None
    original_iban: str | None = None
    new_debtor_agent: bool = False


#: The rulebook's code for "same mandate with a new debtor agent" (OrgnlDbtrAgt/FinInstnId/Othr/Id).
SMNDA = "SMNDA"


def amendment_info(amendments: Iterable[PastAmendment], last_presented: datetime | None) -> AmendmentInfo | None:
    """What the next collection tells of the amendments since the mandate's last presented
    collection; ``None`` when there are none, or when nothing was ever presented (the debtor's
    bank never saw the mandate's old data)."""
    if last_presented is None:
        return None
    since = sorted((a for a in amendments if a.at > last_presented), key=lambda a: a.at)
    references = [a for a in since if a.field == "reference"]
    ibans = [a for a in since if a.field == "iban"]
    other_bank = any(a.other_bank for a in ibans)
    info = AmendmentInfo(
        original_mandate_id=references[0].old_value if references else None,
        original_iban=ibans[0].old_value if ibans and not other_bank else None,
        new_debtor_agent=other_bank,
    )
    return info if info != AmendmentInfo() else None


# --- expiry -----------------------------------------------------------------------------------------


def mandate_expires_on(*, signed_on: date, last_collection_on: date | None) -> date:
    """The day a mandate expires if nothing is collected before (rulebook PR-01.05)."""
    return add_months(last_collection_on or signed_on, MANDATE_EXPIRY_MONTHS)


def mandate_expired(*, signed_on: date, last_collection_on: date | None, today: date) -> bool:
    return today >= mandate_expires_on(signed_on=signed_on, last_collection_on=last_collection_on)


# --- the TARGET2 calendar and the pre-notification --------------------------------------------------


def easter_sunday(year: int) -> date:
    """Gregorian Easter (the anonymous algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def target2_closing_days(year: int) -> frozenset[date]:
    """The days TARGET2 is closed besides weekends: 1 Jan, Good Friday, Easter Monday, 1 May, 25–26 Dec."""
    easter = easter_sunday(year)
    return frozenset(
        {
            date(year, 1, 1),
            easter - timedelta(days=2),
            easter + timedelta(days=1),
            date(year, 5, 1),
            date(year, 12, 25),
            date(year, 12, 26),
        }
    )


def is_business_day(day: date) -> bool:
    """A TARGET2 business day: the banks settle collections on it."""
    return day.weekday() < 5 and day not in target2_closing_days(day.year)


def next_business_day(day: date) -> date:
    """``day`` itself when it is a business day, else the first one after it."""
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def earliest_collection_date(*, today: date, prenotification_days: int) -> date:
    """The first date a collection pre-notified today can be asked for (rulebook PT-04.03)."""
    return next_business_day(today + timedelta(days=prenotification_days))


# --- what a collection takes ------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenDue:
    """A month owed by a household with a mandate, not paid and in no collection still open."""

    due_id: int
    month: Month
    amount: Decimal


def collectable_months_through(frequency: Frequency, collection_date: date) -> Month:
    """The last month a collection on ``collection_date`` takes:

    - monthly: the collection's month and the open months before it;
    - yearly: every open month of the collection's calendar year (the year is paid at once, in
      advance), and the open months before it. A yearly household's dues are so collected by the
      first run of the year it takes part in (its "yearly run"); later runs that year find its
      months in that open collection and take nothing, unless a return reopened them."""
    if frequency == Frequency.YEARLY:
        return Month(collection_date.year, 12)
    return Month.of(collection_date)


def collectable(dues: Iterable[OpenDue], *, through: Month, oldest: Month) -> list[OpenDue]:
    """The dues a collection takes: from ``oldest`` (older months prescribed, Art. 8 §2) through
    ``through``, each month once, oldest first; nothing owed at €0 (an exempt month)."""
    chosen = {due.month: due for due in dues if oldest <= due.month <= through and due.amount > 0}
    return [chosen[month] for month in sorted(chosen)]


# --- what the debtor reads ---------------------------------------------------------------------------

_REMITTANCE = {
    "nl": "Bijdrage aanvullende verzekering {months} - mandaat {reference}",
    "fr": "Cotisation assurance complementaire {months} - mandat {reference}",
    "en": "Complementary insurance contribution {months} - mandate {reference}",
}


def months_text(months: Sequence[Month]) -> str:
    """``03/2026`` for one month, ``01/2026-03/2026`` for a run of months, else the first and last
    with the count: ``01/2026..06/2026 (5)``."""
    ordered = sorted(set(months))
    if not ordered:
        return ""
    first, last = ordered[0], ordered[-1]
    label = f"{first.month:02d}/{first.year}"
    if first == last:
        return label
    span = f"{label}-{last.month:02d}/{last.year}"
    contiguous = len(ordered) == (last.year - first.year) * 12 + last.month - first.month + 1
    return span if contiguous else f"{label}..{last.month:02d}/{last.year} ({len(ordered)})"


def remittance_text(*, language: str, months: Sequence[Month], reference: str) -> str:
    """The text on the debtor's statement (pain.008 ``RmtInf/Ustrd``), in the household's language."""
    template = _REMITTANCE.get(language, _REMITTANCE["nl"])
    return template.format(months=months_text(months), reference=reference)[:MAX_REMITTANCE_LENGTH]


#: The letters' language is the titular's (``Member.language``, issue #15), the household region's
#: when none is recorded (``members.rules.letter_language``: Brussels Dutch, abroad English).
REGION_LANGUAGE = member_rules.REGION_LANGUAGE
LANGUAGES = member_rules.LANGUAGES


def household_language(*, titular_language: str = "", region: str = "") -> str:
    return member_rules.letter_language(titular_language=titular_language, region=region)


# --- returns and rejections (R-transactions) ---------------------------------------------------------


@dataclass(frozen=True)
class ReturnReason:
    """An ISO 20022 reason code of a returned or rejected collection (EPC guidance on R-transactions)."""

    code: str
    label: str
    suspends_mandate: bool


#: The reasons the banks send (EPC "Guidance on reason codes for SDD R-transactions"). A reason that
#: says the mandate or the account cannot be used again suspends the mandate until a clerk acts; a
#: reason about this one collection (no money, a refund asked, a refusal) leaves it active, and the
#: months reopen for the next run.
RETURN_REASONS: dict[str, ReturnReason] = {
    reason.code: reason
    for reason in (
        ReturnReason("AC01", "Account identifier incorrect (invalid IBAN)", True),
        ReturnReason("AC04", "Account closed", True),
        ReturnReason("AC06", "Account blocked", True),
        ReturnReason("AC13", "Debtor account is a consumer account", False),
        ReturnReason("AG01", "Direct debit forbidden on this account", True),
        ReturnReason("AG02", "Wrong operation or transaction code", False),
        ReturnReason("AM04", "Insufficient funds", False),
        ReturnReason("AM05", "Duplicate collection", False),
        ReturnReason("BE05", "Creditor identifier unknown to the debtor's bank", False),
        ReturnReason("CNOR", "Creditor bank is not registered", False),
        ReturnReason("DNOR", "Debtor bank is not registered", True),
        ReturnReason("FF01", "Invalid file format", False),
        ReturnReason("MD01", "No valid mandate", True),
        ReturnReason("MD02", "Mandate data missing or incorrect", True),
        ReturnReason("MD06", "Refund requested by the debtor (authorised collection)", False),
        ReturnReason("MD07", "Debtor deceased", True),
        ReturnReason("MS02", "Refused by the debtor", False),
        ReturnReason("MS03", "Reason not specified by the bank", False),
        ReturnReason("RC01", "Bank identifier (BIC) incorrect", True),
        ReturnReason("RR01", "Debtor account or identification missing (regulatory)", True),
        ReturnReason("RR02", "Debtor name or address missing (regulatory)", False),
        ReturnReason("RR03", "Creditor name or address missing (regulatory)", False),
        ReturnReason("RR04", "Regulatory reason", False),
        ReturnReason("SL01", "Specific service of the debtor's bank (creditor blocked or not whitelisted)", True),
    )
}


# --- payouts by SEPA credit transfer (pain.001.001.09) ------------------------------------------------


class PayoutKind(str, enum.Enum):
    """What a payout file pays: a claims batch, or a year's maximum-invoice refunds or alarm subsidies (Art. 54)."""

    CLAIMS_BATCH = "claims_batch"
    MAX_INVOICE = "max_invoice"
    ALARM = "alarm"


#: The end-to-end id's prefix per kind: ``CLM-<claim id>``, ``MXF-<refund id>``, ``ALR-<subsidy id>``.
PAYOUT_PREFIX = {PayoutKind.CLAIMS_BATCH: "CLM", PayoutKind.MAX_INVOICE: "MXF", PayoutKind.ALARM: "ALR"}


def payout_end_to_end_id(kind: PayoutKind, item_id: int, attempt: int = 1) -> str:
    """The transfer's end-to-end id, which the bank's statement sends back: it names the claim or
    refund it pays; a second transfer of the same item (after a rejection) carries its attempt."""
    base = f"{PAYOUT_PREFIX[kind]}-{item_id}"
    return base if attempt <= 1 else f"{base}-{attempt}"


def payout_message_id(kind: PayoutKind, source_id: int, number: int) -> str:
    """A payout file's message id: ``ZFCT-<kind prefix>-<batch id or year>-<n>`` (the n-th file of that source)."""
    return f"ZFCT-{PAYOUT_PREFIX[kind]}-{source_id}-{number}"[:MAX_ID_LENGTH]


_PAYOUT_REMITTANCE = {
    "nl": {
        "claim": "Terugbetaling {what} {month} - {article}",
        "max_invoice": "Maximumfactuur {year} - Art. 54",
        "alarm": "Tegemoetkoming personenalarm {year} - Art. 54",
    },
    "fr": {
        "claim": "Remboursement {what} {month} - {article}",
        "max_invoice": "Maximum a facturer {year} - Art. 54",
        "alarm": "Intervention alarme personnelle {year} - Art. 54",
    },
    "en": {
        "claim": "Refund {what} {month} - {article}",
        "max_invoice": "Maximum invoice {year} - Art. 54",
        "alarm": "Personal alarm subsidy {year} - Art. 54",
    },
}


def payout_remittance_text(
    *, language: str, kind: PayoutKind, what: str = "", event_date: date | None = None, article: str = "", year: int = 0
) -> str:
    """The text the member reads on the statement (pain.001 ``RmtInf/Ustrd``), in the household's
    language: "Terugbetaling bril 03/2026 - Art. 47". A hyphen, not a dash: the SEPA character set."""
    templates = _PAYOUT_REMITTANCE.get(language, _PAYOUT_REMITTANCE["nl"])
    if kind is PayoutKind.CLAIMS_BATCH:
        month = f"{event_date:%m/%Y}" if event_date else ""
        text = templates["claim"].format(what=what, month=month, article=article)
    else:
        text = templates[kind.value].format(year=year)
    return " ".join(text.split())[:MAX_REMITTANCE_LENGTH]


@dataclass(frozen=True)
class TransferRejection:
    """An ISO 20022 reason a credit transfer comes back (pain.002 / camt.053 return), and what the clerk does."""

    code: str
    label: str
    correct_iban: bool  # the payee's account must be corrected before it is paid again


#: The reasons a bank rejects or returns a credit transfer (EPC "Guidance on reason codes for SCT
#: R-transactions"). The claim or refund comes back to the clerk with the label; a new file pays it
#: again once the account (or, for MD07, the heir's account) is corrected.
TRANSFER_REJECTIONS: dict[str, TransferRejection] = {
    reason.code: reason
    for reason in (
        TransferRejection("AC01", "Account identifier incorrect (invalid IBAN)", True),
        TransferRejection("AC04", "Account closed", True),
        TransferRejection("AC06", "Account blocked", True),
        TransferRejection("AG01", "Transaction forbidden on this account", True),
        TransferRejection("AG02", "Wrong operation or transaction code", False),
        TransferRejection("AM05", "Duplicate payment", False),
        TransferRejection("BE04", "Creditor address missing or incorrect", False),
        TransferRejection("CNOR", "Creditor bank is not registered", True),
        TransferRejection("DNOR", "Debtor bank is not registered", False),
        TransferRejection("FF01", "Invalid file format", False),
        TransferRejection("MD07", "Beneficiary deceased", True),
        TransferRejection("MS02", "Refused by the beneficiary", False),
        TransferRejection("MS03", "Reason not specified by the bank", False),
        TransferRejection("RC01", "Bank identifier (BIC) incorrect", True),
        TransferRejection("RR01", "Account or identification missing (regulatory)", True),
        TransferRejection("RR02", "Name or address missing (regulatory)", False),
        TransferRejection("RR03", "Creditor name or address missing (regulatory)", False),
        TransferRejection("RR04", "Regulatory reason", False),
    )
}
