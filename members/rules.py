"""Pure rules of membership and contributions (statutes Art. 6, 8, 42, 65 and the contribution table).

No ORM, no settings, no clock: dates, Decimals and frozen dataclasses in, values out. The services
fetch the facts and pass ``as_of`` (the judging date) explicitly.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import ClassVar, TypedDict

from stdnum.be import bis, nn
from stdnum.exceptions import ValidationError as StdnumError

from core.dates import age_on
from core.money import ZERO, cents
from core.months import Month, month_range
from core.reasons import Code, Reason, declare, gettext_noop, reason
from core.rights import Kind, Right

# --- Interpretations (SPEC §1.3), kept in one place so they can be changed ---------------------
#: Art. 8 §2 2°: the event month and the 23 months before it must be paid.
WINDOW_MONTHS_BEFORE = 23
#: Art. 8 §2 1°: in order for at least 24 months → presumed in order for the 3 months that follow.
PRESUMPTION_AFTER_MONTHS = 24
PRESUMPTION_MONTHS = 3
#: Interpretation: the presumption holds "until proof of the contrary"; an unpaid month in the
#: ledger is that proof once it is older than the judging month and the 2 months before it. So the
#: presumption covers only those recent months, whose payment may still be on its way.
PRESUMPTION_RECENT_MONTHS = 3
#: Art. 8 §4: not in order for a period exceeding 24 months → revoked (from the 25th month).
REVOKED_AFTER_UNPAID_MONTHS = 24
#: Art. 8 §4: "Geen enkele persoon kan de hoedanigheid van een lid van een ziekenfonds waarvan de
#: mogelijkheid om te genieten van de voordelen van deze diensten opgeheven is, vanaf 1 januari 2021
#: verwerven." Nobody acquires the revoked status from January 2021 on: a household whose 25th
#: consecutive unpaid month falls in 2021 or later stays suspended (Art. 8 §3) and is entitled for
#: an event once the event month and the 23 months before it are paid. Only a revocation acquired
#: before (its 25th unpaid month before 01/2021, legacy data) still runs its restoration period.
#: SPEC §1.3 first asked for revocation regardless; it was corrected: the statutes win.
REVOCATION_ABOLISHED_FROM = Month(2021, 1)
#: Art. 8 §4 lid 4–5: restoration periods.
RESTORATION_MONTHS = 24
RESTORATION_MONTHS_HARDSHIP = 6
#: Art. 8 §2 (last paragraph): the claim to payment of unpaid contributions prescribes five years
#: after the end of the month they concern.
CONTRIBUTION_CLAIM_YEARS = 5
#: Art. 8 §2 2° (last paragraphs), §3 2°, §4 2°: "worden de bijdragen die het lid, omdat hij zich in een
#: toestand van collectieve schuldregeling of van faillissement bevindt, namelijk voorafgaand aan het
#: vonnis van toelaatbaarheid of aan het verklarend vonnis van faillissement, als betaald beschouwd."
#: The contributions owed *before* the judgment count as paid; the months of the procedure must be
#: paid. Interpretation: a month's contribution is owed from this day of the month (the ledger books
#: it on the first and it is paid in time by the last), so it was owed before the judgment when that
#: day precedes the judgment day: a judgment of 15/03/2026 covers up to March 2026, one of 01/03/2026
#: up to February 2026. The equalisation holds from the judgment day on (not before it was pronounced).
CONTRIBUTION_OWED_FROM_DAY = 1
#: Art. 8 §2 2° a–b: where the member was before the affiliation here. A month of the window before
#: the affiliation here for which nothing is recorded, between recorded periods, is *unknown*: it is
#: not presumed paid. Before the earliest recorded period at another fund, the person is taken to have
#: been affiliated for the first time (Art. 8 §2 2°: "voor de eerste keer aansluit ... de ganse
#: aansluitingsperiode"): the window is cut there, as it is at the start of the affiliation here when
#: nothing is recorded. A period without affiliation before the first recorded affiliation is no
#: interruption (b speaks of the new affiliation *after* it) and does not widen the window.
#: SPEC §1.3 cuts the window at the first affiliation as titular here; the statutes speak of the first
#: affiliation "bij een Belgisch ziekenfonds" and count the months at the previous funds (a): the
#: statutes win, so recorded periods elsewhere widen the window.
UNRECORDED_PRIOR_MONTHS_ARE_UNKNOWN = True


class Status(str, enum.Enum):
    """Entitlement for an event month (Art. 8 §1)."""

    ENTITLED = "entitled"  # Art. 8 §2: may benefit
    SUSPENDED = "suspended"  # Art. 8 §3: benefit only after the missing contributions are paid
    REVOKED = "revoked"  # Art. 8 §4: benefit only after a restoration period (acquired before 2021 only)
    NOT_AFFILIATED = "not_affiliated"  # Art. 6: not affiliated in the event month (no Art. 8 judgment)


class PriorKind(str, enum.Enum):
    """Where a member was before the affiliation here (Art. 8 §2 2° a–b)."""

    OTHER_FUND = "other_fund"  # a) affiliated as titular at another Belgian fund
    NOT_AFFILIATED = "not_affiliated"  # b) affiliated at no Belgian fund


@dataclass(frozen=True)
class PriorPeriod:
    """A recorded period before the affiliation here (Art. 8 §2 2° a–b), with its proof.

    ``in_order`` (other fund): the fund's attestation says the contributions of these months were
    paid there ("in regel ... in elk ziekenfonds voor de maanden waarin hij erbij was aangesloten");
    otherwise they count as unpaid months (Art. 8 §3, third paragraph). Ignored for a period
    without affiliation: ``gap_equalised`` decides it.
    """

    kind: PriorKind
    start: Month
    end: Month
    in_order: bool = False


_NOT_LATE = object()


class Standing(str, enum.Enum):
    """What the fund knows of one month's contribution (Art. 8 §2)."""

    PAID = "paid"  # paid, or equalised with paid
    UNPAID = "unpaid"
    UNKNOWN = "unknown"  # no contribution table, no legacy ledger line, no recorded prior period


def owed_before_judgment(month: Month, judgment: date) -> bool:
    """Art. 8 §3 2°, §4 2°: was ``month``'s contribution owed before the judgment of admissibility
    (collective debt settlement) or the declaratory judgment of bankruptcy of ``judgment``?
    (``CONTRIBUTION_OWED_FROM_DAY``)."""
    return month.first_day.replace(day=CONTRIBUTION_OWED_FROM_DAY) < judgment


def last_month_owed_before(judgment: date) -> Month:
    """The last month whose contribution counts as paid because of a judgment of ``judgment``."""
    month = Month.of(judgment)
    return month if owed_before_judgment(month, judgment) else month - 1


def gap_equalised(prior: Iterable[PriorPeriod], gap: PriorPeriod) -> bool:
    """Art. 8 §2 2° b: months without affiliation count as paid (i°) when the member was in order
    for the months he was affiliated before the interruption (or paid those arrears at the latest
    in the month the new affiliation began: the other fund's attestation says "in order" then);
    otherwise as unpaid (ii°). (i° a, a revoked member still in his restoration period, is judged by
    ``entitlement`` before any window is looked at.)"""
    before = [p for p in prior if p.kind is PriorKind.OTHER_FUND and p.end < gap.start]
    return all(p.in_order for p in before)


class NotAffiliated(ValueError):
    """The person was not affiliated to the complementary insurance in that month (Art. 6)."""


@dataclass(frozen=True)
class ContributionHistory:
    """What Art. 8 needs to know of one household's contributions.

    ``late`` lists every month from ``titular_since`` on that was *not* settled within the month
    itself: the settlement date, or ``None`` when it is still open. Every other month from
    ``titular_since`` on counts as paid in time; months owed €0 (Art. 42.3 exemptions) are paid —
    except the months before ``unpriced_before`` that no ledger line covers (``late`` or
    ``known``): no contribution table prices them and no legacy ledger says what was paid, so they
    are *unknown*, never presumed paid (Art. 8 §2: in order must be known).
    """

    affiliated_since: Month  # first month affiliated in any role (Art. 6)
    titular_since: Month  # first month as titular; months before it as a dependent are equalised
    late: Mapping[Month, date | None] = field(default_factory=dict)
    #: Other months equalised with paid months. (Collective debt settlement and bankruptcy are
    #: ``judgments``: only the months owed *before* the judgment count as paid, Art. 8 §3 2°.)
    equalised: frozenset[Month] = frozenset()
    #: Art. 8 §4 lid 5–6: months in a hardship situation (behartenswaardige situatie).
    hardship: frozenset[Month] = frozenset()
    affiliated_until: Month | None = None
    #: Art. 8 §3 2°, §4 2°: days of the judgments of admissibility (collective debt settlement) and
    #: declaratory judgments of bankruptcy: the contributions owed before each count as paid.
    judgments: tuple[date, ...] = ()
    #: Months from ``titular_since`` before this one are owed under no known contribution table;
    #: ``None``: every month is priced.
    unpriced_before: Month | None = None
    #: Ledger lines paid in time before ``unpriced_before`` (a legacy ledger's months); the late
    #: ones are in ``late``.
    known: frozenset[Month] = frozenset()
    #: Art. 8 §2 2° a–b: recorded periods before the affiliation here.
    prior: tuple[PriorPeriod, ...] = ()

    #: Set per instance in __post_init__ (declared ClassVar so it is not a dataclass field).
    _simple: ClassVar[bool]

    def __post_init__(self):
        # Most histories have every month priced, no judgment and nothing before the affiliation:
        # then a month is paid unless it is late (the nightly judges millions of months this way).
        object.__setattr__(self, "_simple", self.unpriced_before is None and not self.judgments and not self.prior)

    def paid_by(self, month: Month, day: date) -> bool:
        """Was the contribution of ``month`` paid (or equalised) on ``day``? (Known to be paid:
        an unknown month is not.)"""
        if self._simple:
            if month < self.titular_since or month in self.equalised or month not in self.late:
                return True  # dependent months are equalised with paid months (Art. 8 §3 1°, §4 1°)
            settled = self.late[month]
            return settled is not None and settled <= day
        return self.standing(month, day) is Standing.PAID

    def unpaid_by(self, month: Month, day: date) -> bool:
        """Is ``month`` known to be unpaid on ``day``?"""
        return self.standing(month, day) is Standing.UNPAID

    def standing(self, month: Month, day: date) -> Standing:
        if self._simple:
            return Standing.PAID if self.paid_by(month, day) else Standing.UNPAID
        if month < self.titular_since:  # (titular_since is never before affiliated_since)
            if month < self.affiliated_since:
                return self._prior_standing(month)
            return Standing.PAID  # dependent months are equalised with paid months (Art. 8 §3 1°, §4 1°)
        if month in self.equalised:
            return Standing.PAID
        settled = self.late.get(month, _NOT_LATE)
        if settled is _NOT_LATE:
            if self.unpriced_before is None or month >= self.unpriced_before or month in self.known:
                return Standing.PAID
            # owed under no known contribution table, in no ledger: unknown (unless a judgment covers it)
            return Standing.PAID if self._equalised_by_judgment(month, day) else Standing.UNKNOWN
        # settled is a date or None here (the _NOT_LATE sentinel was handled above)
        # (settled is a date or None here: mypy cannot narrow the object() sentinel handled above)
        if (settled is not None and settled <= day) or self._equalised_by_judgment(month, day):  # type: ignore[operator]
            return Standing.PAID
        return Standing.UNPAID

    def _equalised_by_judgment(self, month: Month, day: date) -> bool:
        """Art. 8 §3 2°, §4 2°: owed before a judgment pronounced on or before ``day``."""
        return any(judgment <= day and owed_before_judgment(month, judgment) for judgment in self.judgments)

    def _prior_standing(self, month: Month) -> Standing:
        """Art. 8 §2 2° a–b: a month before the affiliation here."""
        for period in self.prior:
            if period.start <= month <= period.end:
                if period.kind is PriorKind.OTHER_FUND:
                    return Standing.PAID if period.in_order else Standing.UNPAID
                return Standing.PAID if gap_equalised(self.prior, period) else Standing.UNPAID
        return Standing.UNKNOWN if UNRECORDED_PRIOR_MONTHS_ARE_UNKNOWN else Standing.PAID

    @functools.cached_property
    def floor(self) -> Month:
        """The first month any window reaches back to (Art. 8 §2 2°): the start of the affiliation
        here, or of the earliest recorded affiliation at another fund."""
        starts = [p.start for p in self.prior if p.kind is PriorKind.OTHER_FUND and p.start < self.affiliated_since]
        return min([self.affiliated_since, *starts])


#: What an entitlement's explanation is, by stable code (issue #14: counted and translated by it), and
#: the article it rests on. ``Entitlement.reason`` stays the full English explanation.
ENTITLEMENT_REASONS: Mapping[str, str] = MappingProxyType(
    {
        "entitlement.paid_window": "Art. 8 §2",  # the window (or the whole affiliation) is paid
        "entitlement.presumed_in_order": "Art. 8 §2 1°",  # paid, with months presumed in order
        "entitlement.paid_by_judgment": "Art. 8 §3 2°",  # months owed before a judgment count as paid
        "entitlement.unknown_months": "Art. 8 §2",  # not known to be in order: suspended until entered
        "entitlement.unpaid": "Art. 8 §3",  # suspended: months of the window unpaid
        "entitlement.unpaid_not_revoked": "Art. 8 §4",  # suspended, not revoked (abolished from 2021)
        "entitlement.revoked": "Art. 8 §4",  # legacy revocation, no restoration period yet
        "entitlement.restoration_running": "Art. 8 §4",  # legacy revocation, restoration period running
        "entitlement.not_affiliated": "Art. 6",  # not affiliated in the event month
    }
)


#: The explanations of an entitlement that refuses a benefit, as reasons (issue #16: translated where shown;
#: ``Entitlement.reason`` keeps the English sentence). Months are given as ``YYYY-MM`` (shown ``MM/YYYY``).
EXPLANATIONS = declare(
    Code(
        "entitlement.unknown_months",
        gettext_noop(
            "not known to be in order: contributions unknown for %(unknown)s in the window %(window)s (no "
            "contribution table and no legacy ledger line for these months, or no record of where the member was "
            "affiliated, Art. 8 §2 2° a–b); enter the history to judge."
        ),
        "Art. 8 §2",
    ),
    Code("art8_3.also_unpaid", gettext_noop("contributions unpaid for %(missing)s."), "Art. 8 §3"),
    Code("art8_2.paid_window", gettext_noop("contributions paid for %(window)s."), "Art. 8 §2"),
    Code(
        "art8_2.paid_whole_affiliation",
        gettext_noop("contributions paid for %(window)s (the whole affiliation)."),
        "Art. 8 §2",
    ),
    Code("entitlement.not_affiliated", gettext_noop("not affiliated in %(month)s."), "Art. 6"),
    Code(
        "art8_2.paid_with_other_fund",
        gettext_noop(
            "contributions paid for %(window)s (from %(start)s at another Belgian fund or without affiliation, "
            "Art. 8 §2 2° a–b)."
        ),
        "Art. 8 §2",
    ),
    Code(
        "art8_4.paid_since_restart",
        gettext_noop("contributions paid for %(window)s (since payments restarted after a restoration period)."),
        "Art. 8 §4",
    ),
    Code(
        "art8_2_1.presumed_in_order",
        gettext_noop("%(presumed)s presumed in order after %(after)s paid months."),
        "Art. 8 §2 1°",
    ),
    Code(
        "art8_3_2.owed_before_judgment",
        gettext_noop(
            "%(months)s not paid but owed before the judgment of %(judgments)s: they count as paid "
            "(Art. 8 §3 2°, §4 2°)."
        ),
        "Art. 8 §3 2°",
    ),
    Code(
        "entitlement.unpaid",
        gettext_noop(
            "contributions unpaid for %(missing)s in the window %(window)s; benefits for this event can be paid "
            "once they are paid."
        ),
        "Art. 8 §3",
    ),
    Code(
        "entitlement.unpaid_not_revoked",
        gettext_noop(
            "suspended, not revoked: more than %(limit)s consecutive months unpaid (%(run)s), but nobody acquires "
            "the revoked status from %(abolished)s on (Art. 8 §4). Art. 8 §3: pay %(missing)s (the unpaid months "
            "of the window %(window)s) and benefits for this event can be paid at once."
        ),
        "Art. 8 §4",
    ),
    Code(
        "entitlement.revoked",
        gettext_noop(
            "more than %(limit)s months unpaid up to %(revoked)s (revoked before %(abolished)s); benefits only "
            "after a restoration period of %(months)s consecutive paid months (%(hardship)s in a hardship "
            "situation)."
        ),
        "Art. 8 §4",
    ),
    Code(
        "entitlement.restoration_running",
        gettext_noop(
            "more than %(limit)s months unpaid up to %(revoked)s (revoked before %(abolished)s); restoration "
            "period running since %(start)s: no benefit for events before %(entitled_from)s."
        ),
        "Art. 8 §4",
    ),
)


class _Explained(TypedDict):
    code: str
    article: str


def _explained(code: str) -> _Explained:
    """The ``code`` and ``article`` fields of an entitlement explained by ``code``."""
    return {"code": code, "article": ENTITLEMENT_REASONS[code]}


@dataclass(frozen=True)
class Entitlement:
    status: Status
    reason: str
    event_month: Month
    missing: tuple[Month, ...] = ()
    presumed: tuple[Month, ...] = ()
    #: months of the window whose contribution is unknown (Art. 8 §2: not presumed in order)
    unknown: tuple[Month, ...] = ()
    revoked_since: Month | None = None
    restoration_start: Month | None = None
    entitled_from: Month | None = None  # first month an event can be covered again (revoked)
    #: the explanation's stable code (``ENTITLEMENT_REASONS``) and the article it rests on
    code: str = ""
    article: str = ""
    #: ``reason`` as declared reasons (issue #16: shown in the reader's language, ``core.reasons.render``)
    explanation: tuple[Reason, ...] = field(default=(), compare=False)  # says what ``reason`` says

    def as_dict(self) -> dict:
        return {
            "status": self.status.value,
            "reason": self.reason,
            "code": self.code,
            "article": self.article,
            "event_month": str(self.event_month),
            "missing_months": [str(m) for m in self.missing],
            "presumed_months": [str(m) for m in self.presumed],
            "unknown_months": [str(m) for m in self.unknown],
            "revoked_since": str(self.revoked_since) if self.revoked_since else None,
            "restoration_start": str(self.restoration_start) if self.restoration_start else None,
            "entitled_from": str(self.entitled_from) if self.entitled_from else None,
        }


def not_affiliated(event_month: Month, reason: str) -> Entitlement:
    """The answer for a person not affiliated in ``event_month`` (Art. 6): no Art. 8 judgment."""
    return Entitlement(
        Status.NOT_AFFILIATED,
        reason,
        event_month,
        explanation=(reason_of("entitlement.not_affiliated", month=str(event_month)),),
        **_explained("entitlement.not_affiliated"),
    )


def member_not_affiliated_reason(name: str, start: Month, end: Month | None, event_month: Month) -> str | None:
    """Art. 6: why a member (not the household) was not affiliated in ``event_month``, or None."""
    if event_month < start or (end is not None and event_month > end):
        return f"{name} was not affiliated in {event_month} (Art. 6)"
    return None


def entitlement_or_not_affiliated(history: ContributionHistory, event_month: Month, as_of: date) -> Entitlement:
    """``entitlement``, with ``Status.NOT_AFFILIATED`` instead of raising ``NotAffiliated``."""
    try:
        return entitlement(history, event_month, as_of)
    except NotAffiliated as exc:
        return not_affiliated(event_month, str(exc))


def entitlement(history: ContributionHistory, event_month: Month, as_of: date) -> Entitlement:
    """Entitlement for an event in ``event_month``, judged with the payments known on ``as_of``.

    Art. 8 §2: entitled when the event month and the 23 months before it (or the whole
    affiliation, if shorter) are paid. Art. 8 §3: otherwise suspended until they are, also after
    more than 24 consecutive unpaid months: nobody acquires the revoked status from 1 January 2021
    on (Art. 8 §4, ``REVOCATION_ABOLISHED_FROM``). Only a revocation acquired before 2021 (the 25th
    consecutive unpaid month before 01/2021) holds until a restoration period of 24 consecutive
    paid months (6 in a hardship situation) has passed.
    """
    if event_month < history.affiliated_since or (
        history.affiliated_until is not None and event_month > history.affiliated_until
    ):
        raise NotAffiliated(
            f"not affiliated in {event_month} (affiliation {history.affiliated_since}"
            f"–{history.affiliated_until or '…'}, Art. 6)"
        )

    floor = history.floor
    if (
        all_paid(history, as_of)
        and not history.prior
        and not _unknown_months(history, window_start_of(floor, event_month), event_month, as_of)
    ):
        # the common case: nothing unpaid, nothing unknown, never revoked
        return paid_in_time_outcomes(event_month)[window_start_of(floor, event_month)]
    revoked, restored_from = _revocation(history, event_month, as_of)
    if revoked is not None:
        return revoked
    if restored_from is not None:
        # Art. 8 §4 lid 7: after the restoration, in order from the month payments restarted.
        floor = max(floor, restored_from)

    window_start = max(event_month - WINDOW_MONTHS_BEFORE, floor)
    missing, presumed, unknown = [], [], []
    for month in month_range(window_start, event_month):
        standing = history.standing(month, as_of)
        if standing is Standing.PAID:
            continue
        if standing is Standing.UNKNOWN:
            unknown.append(month)  # never presumed: the presumption needs months known to be paid
        elif month >= Month.of(as_of) - (PRESUMPTION_RECENT_MONTHS - 1) and _presumed_in_order(history, month, as_of):
            presumed.append(month)
        else:
            missing.append(month)

    window = f"{window_start}–{event_month}"
    if unknown:
        reason = (
            f"Art. 8 §2: not known to be in order: contributions unknown for {_months_text(unknown)} in the "
            f"window {window} (no contribution table and no legacy ledger line for these months, or no "
            "record of where the member was affiliated, Art. 8 §2 2° a–b); enter the history to judge."
        )
        explanation = [reason_of("entitlement.unknown_months", unknown=_months_param(unknown), window=window)]
        if missing:
            reason += f" Art. 8 §3: contributions unpaid for {_months_text(missing)}."
            explanation.append(reason_of("art8_3.also_unpaid", missing=_months_param(missing)))
        return Entitlement(
            Status.SUSPENDED,
            reason,
            event_month,
            missing=tuple(missing),
            presumed=tuple(presumed),
            unknown=tuple(unknown),
            explanation=tuple(explanation),
            **_explained("entitlement.unknown_months"),
        )
    if missing:
        reason = (
            f"Art. 8 §3: contributions unpaid for {_months_text(missing)} in the window {window}; "
            "benefits for this event can be paid once they are paid."
        )
        code = "entitlement.unpaid"
        explained = reason_of(code, missing=_months_param(missing), window=window)
        long_run = _long_unpaid_run(history, missing, as_of)
        if long_run is not None:
            explained = reason_of(
                "entitlement.unpaid_not_revoked",
                limit=REVOKED_AFTER_UNPAID_MONTHS,
                run=f"{long_run[0]}–{long_run[1]}",
                abolished=str(REVOCATION_ABOLISHED_FROM),
                missing=_months_param(missing),
                window=window,
            )
            code = "entitlement.unpaid_not_revoked"
            reason = (
                f"Suspended, not revoked: more than {REVOKED_AFTER_UNPAID_MONTHS} consecutive months unpaid "
                f"({long_run[0]}–{long_run[1]}), but nobody acquires the revoked status from "
                f"{REVOCATION_ABOLISHED_FROM} on (Art. 8 §4). Art. 8 §3: pay {_months_text(missing)} "
                f"(the unpaid months of the window {window}) and benefits for this event can be paid at once."
            )
        return Entitlement(
            Status.SUSPENDED,
            reason,
            event_month,
            missing=tuple(missing),
            presumed=tuple(presumed),
            explanation=(explained,),
            **_explained(code),
        )
    reason = f"Art. 8 §2: contributions paid for {window}"
    code = "entitlement.presumed_in_order" if presumed else "entitlement.paid_window"
    # issue #16: the same explanation as declared reasons, shown in the reader's language
    explanation = [reason_of("art8_2.paid_window", window=window)]
    if window_start == floor and window_start < history.affiliated_since:
        reason += f" (from {window_start} at another Belgian fund or without affiliation, Art. 8 §2 2° a–b)"
        explanation = [reason_of("art8_2.paid_with_other_fund", window=window, start=str(window_start))]
    elif window_start == history.affiliated_since and event_month - window_start < WINDOW_MONTHS_BEFORE:
        reason += " (the whole affiliation)"
        explanation = [reason_of("art8_2.paid_whole_affiliation", window=window)]
    elif window_start == floor and floor != history.affiliated_since:
        reason += " (since payments restarted after a restoration period, Art. 8 §4)"
        explanation = [reason_of("art8_4.paid_since_restart", window=window)]
    if presumed:
        reason += (
            f"; {_months_text(presumed)} presumed in order after {PRESUMPTION_AFTER_MONTHS} paid months (Art. 8 §2 1°)"
        )
        explanation.append(
            reason_of("art8_2_1.presumed_in_order", presumed=_months_param(presumed), after=PRESUMPTION_AFTER_MONTHS)
        )
    by_judgment = _paid_by_judgment(history, window_start, event_month, as_of)
    if by_judgment:
        judgments = ", ".join(f"{j:%d/%m/%Y}" for j in sorted(j for j in history.judgments if j <= as_of))
        reason += (
            f"; {_months_text(by_judgment)} not paid but owed before the judgment of {judgments}: "
            "they count as paid (Art. 8 §3 2°, §4 2°)"
        )
        explanation.append(
            reason_of("art8_3_2.owed_before_judgment", months=_months_param(by_judgment), judgments=judgments)
        )
        code = "entitlement.paid_by_judgment"
    return Entitlement(
        Status.ENTITLED,
        reason + ".",
        event_month,
        presumed=tuple(presumed),
        explanation=tuple(explanation),
        **_explained(code),
    )


def _paid_by_judgment(history: ContributionHistory, first: Month, last: Month, as_of: date) -> list[Month]:
    """The months of ``first``–``last`` not settled by ``as_of`` that a judgment equalises with paid."""
    if not history.judgments:
        return []
    return [
        m
        for m in month_range(first, last)
        if m >= history.titular_since
        and m not in history.equalised
        # (mypy does not narrow history.late[m] across the `is not None` test)
        and not (m in history.late and history.late[m] is not None and history.late[m] <= as_of)  # type: ignore[operator]
        and (
            m in history.late
            or (history.unpriced_before is not None and m < history.unpriced_before and m not in history.known)
        )
        and history._equalised_by_judgment(m, as_of)
    ]


def window_start_of(affiliated_since: Month, event_month: Month) -> Month:
    """Art. 8 §2 2°: the first month of the window: 23 months before the event month, or the
    first month of the affiliation when that is later."""
    return max(event_month - WINDOW_MONTHS_BEFORE, affiliated_since)


def all_paid(history: ContributionHistory, as_of: date) -> bool:
    """Every month of the ledger is paid by ``as_of``, and at most 24 months were ever paid late.

    Then nothing is missing from any window (Art. 8 §3) and no 25 consecutive months were ever
    unpaid, so there was never a revocation (Art. 8 §4): the household is in order (Art. 8 §2)
    and ``paid_in_time_outcomes`` has the answer.
    """
    return len(history.late) <= REVOKED_AFTER_UNPAID_MONTHS and all(
        settled is not None and settled <= as_of for settled in history.late.values()
    )


@functools.lru_cache(maxsize=64)
def paid_in_time_outcomes(event_month: Month) -> Mapping[Month, Entitlement]:
    """The entitlement of every household for which ``all_paid`` holds, by window start.

    Such a household is in order (Art. 8 §2) and the outcome depends only on
    ``window_start_of(affiliated_since, event_month)``, one of the 24 months of the window.
    ``entitlement`` takes its answer from this table (and so ``entitlement_of_facts``, with which
    the set-based status refresh judges all such households at once).
    """
    outcomes = {}
    for window_start in month_range(event_month - WINDOW_MONTHS_BEFORE, event_month):
        reason = f"Art. 8 §2: contributions paid for {window_start}–{event_month}"
        whole = event_month - window_start < WINDOW_MONTHS_BEFORE
        if whole:
            # the window was cut short by the start of the affiliation
            reason += " (the whole affiliation)"
        explained = reason_of(
            "art8_2.paid_whole_affiliation" if whole else "art8_2.paid_window", window=f"{window_start}–{event_month}"
        )
        outcomes[window_start] = Entitlement(
            Status.ENTITLED,
            reason + ".",
            event_month,
            explanation=(explained,),
            **_explained("entitlement.paid_window"),
        )
    return MappingProxyType(outcomes)


#: How far before the event month an ordinary household's facts reach (``WindowFacts``): the window
#: (Art. 8 §2 2°: 23 months) and, for a month presumed in order (Art. 8 §2 1°: one of the last
#: ``PRESUMPTION_RECENT_MONTHS``, after up to ``PRESUMPTION_MONTHS`` - 1 unpaid months before it), the
#: ``PRESUMPTION_AFTER_MONTHS`` paid months before those: 28 months.
FACTS_MONTHS_BEFORE = max(
    WINDOW_MONTHS_BEFORE,
    (PRESUMPTION_RECENT_MONTHS - 1) + (PRESUMPTION_MONTHS - 1) + PRESUMPTION_AFTER_MONTHS,
)


@dataclass(frozen=True)
class WindowFacts:
    """The compact facts that decide an *ordinary* household's entitlement for an event month E:

    ``affiliated_since`` and ``titular_since`` (either may be given as any month before
    E - ``FACTS_MONTHS_BEFORE``: nothing before that is looked at), ``affiliated_until`` and
    ``unpaid``: the months E - ``FACTS_MONTHS_BEFORE`` … E not settled by the judging day.

    Ordinary: no period before the affiliation here (Art. 8 §2 2° a–b), no judgment (Art. 8 §3 2°),
    no revocation acquired before 2021 possible (Art. 8 §4), every month of the span from the titular's
    start priced and booked (no unknown month, Art. 8 §2), nothing unpaid after E, and the first month
    of the span paid (no unpaid run reaching before it, Art. 8 §4). The set-based refresh selects these
    households in SQL and leaves the others to ``entitlement`` one by one
    (``members.services.statuses_refresh``); for them ``entitlement_of_facts`` is ``entitlement``.
    """

    affiliated_since: Month
    titular_since: Month
    unpaid: frozenset[Month] = frozenset()
    affiliated_until: Month | None = None
    #: When the first month of the facts is unpaid: the first month of the unpaid run that reaches it
    #: (the month before it paid, or before the titular's start): Art. 8 §4 names the run. Not before
    #: ``REVOCATION_ABOLISHED_FROM`` nor before ``titular_since``.
    unpaid_from: Month | None = None


class NotOrdinary(ValueError):
    """The facts are not those of an ordinary household (``WindowFacts``): judge its whole history."""


def facts_first_month(event_month: Month) -> Month:
    """The first month ``WindowFacts`` cover for ``event_month``."""
    return event_month - FACTS_MONTHS_BEFORE


@functools.lru_cache(maxsize=65_536)
def entitlement_of_facts(facts: WindowFacts, event_month: Month, as_of: date) -> Entitlement:
    """``entitlement_or_not_affiliated`` of an ordinary household from its ``WindowFacts``.

    Households with the same facts have the same entitlement: the refresh judges each distinct
    facts once (a table of outcomes, like ``paid_in_time_outcomes``) and writes it to all of them.
    Raises ``NotOrdinary`` for facts outside what ``WindowFacts`` can decide."""
    first = facts_first_month(event_month)
    if first < REVOCATION_ABOLISHED_FROM:
        raise NotOrdinary(f"facts from {first}: a revocation before {REVOCATION_ABOLISHED_FROM} may hold (Art. 8 §4)")
    if Month.of(as_of) < event_month:
        raise NotOrdinary("judged before the event month: the presumption may look further back (Art. 8 §2 1°)")
    if any(m < first or m > event_month for m in facts.unpaid):
        raise NotOrdinary("unpaid months outside the facts")
    run: list[Month] = []
    if facts.unpaid_from is not None:
        if not (
            first in facts.unpaid
            and REVOCATION_ABOLISHED_FROM <= facts.unpaid_from <= first
            and facts.titular_since <= facts.unpaid_from
        ):
            raise NotOrdinary(f"an unpaid run from {facts.unpaid_from} that does not reach {first}")
        run = list(month_range(facts.unpaid_from, first - 1))
    elif first in facts.unpaid:
        raise NotOrdinary("an unpaid run reaching before the facts, from an unknown month (Art. 8 §4)")
    # Nothing before ``first`` is looked at by ``entitlement`` for such a history (the window and the
    # presumption's look-back start at or after it; no revocation is possible), but the unpaid run
    # that reaches it (Art. 8 §4 names it), so the months before it are left out.
    history = ContributionHistory(
        affiliated_since=facts.affiliated_since,
        titular_since=facts.titular_since,
        late=dict.fromkeys(sorted([*run, *facts.unpaid])),
        affiliated_until=facts.affiliated_until,
    )
    return entitlement_or_not_affiliated(history, event_month, as_of)


def _unknown_months(history: ContributionHistory, first: Month, last: Month, as_of: date) -> list[Month]:
    """The months of ``first``–``last`` whose contribution is unknown on ``as_of``: owed under no
    known table and in no ledger line, or before the affiliation here and recorded nowhere."""
    if first >= history.affiliated_since and (history.unpriced_before is None or first >= history.unpriced_before):
        return []  # every month of the span is priced and here (the common case): nothing to look at
    return [m for m in month_range(first, last) if history.standing(m, as_of) is Standing.UNKNOWN]


def _presumed_in_order(history: ContributionHistory, month: Month, as_of: date) -> bool:
    """Art. 8 §2 1°: one of the 3 months right after 24 paid months."""
    run_start = month
    while month - run_start < PRESUMPTION_MONTHS and not history.paid_by(run_start - 1, as_of):
        run_start = run_start - 1
    if month - run_start >= PRESUMPTION_MONTHS:
        return False
    before = [run_start - k for k in range(1, PRESUMPTION_AFTER_MONTHS + 1)]
    return all(m >= history.floor and history.paid_by(m, as_of) for m in before)


def _revocation(
    history: ContributionHistory, event_month: Month, as_of: date
) -> tuple[Entitlement | None, Month | None]:
    """(revoked entitlement, None) while revoked; (None, restoration start) once restored;
    (None, None) when never revoked before the event month.

    Only a revocation acquired before ``REVOCATION_ABOLISHED_FROM`` counts (Art. 8 §4: nobody
    acquires the revoked status from 1 January 2021 on); a revoked household stays revoked, also
    after 2021, until its restoration period has passed."""
    # The latest month R ≤ event month, R before 2021, at whose end the 25 months R-24 … R were
    # all unpaid.
    if len(history.late) <= REVOKED_AFTER_UNPAID_MONTHS:
        return None, None  # fewer than 25 months were ever late: no revocation is possible
    revoked_at = None
    for month in sorted(history.late, reverse=True):
        if month > event_month or month >= REVOCATION_ABOLISHED_FROM:
            continue
        end = month.last_day
        span = [month - k for k in range(REVOKED_AFTER_UNPAID_MONTHS + 1)]
        if all(m >= history.titular_since and history.unpaid_by(m, end) for m in span):
            revoked_at = month
            break
    if revoked_at is None:
        return None, None

    # Restoration (Art. 8 §4 lid 4–6): consecutive paid months after the revocation, during which
    # no event is covered. An unpaid month restarts the count.
    start = None
    month = revoked_at + 1
    while month < event_month:
        if not history.paid_by(month, as_of):
            start = None
        elif start is None:
            start = month
        if start is not None and month - start + 1 >= _restoration_length(history, start):
            return None, start  # restored before the event month
        month = month + 1

    if start is None and history.paid_by(event_month, as_of) and event_month > revoked_at:
        start = event_month
    entitled_from = start + _restoration_length(history, start) if start is not None else None
    if start is None:
        reason = (
            f"Art. 8 §4: more than {REVOKED_AFTER_UNPAID_MONTHS} months unpaid up to {revoked_at} "
            f"(revoked before {REVOCATION_ABOLISHED_FROM}); benefits only after a restoration period of "
            f"{RESTORATION_MONTHS} consecutive paid months "
            f"({RESTORATION_MONTHS_HARDSHIP} in a hardship situation)."
        )
    else:
        reason = (
            f"Art. 8 §4: more than {REVOKED_AFTER_UNPAID_MONTHS} months unpaid up to {revoked_at} "
            f"(revoked before {REVOCATION_ABOLISHED_FROM}); restoration period running since {start}: "
            f"no benefit for events before {entitled_from}."
        )
    return (
        Entitlement(
            Status.REVOKED,
            reason,
            event_month,
            revoked_since=revoked_at,
            restoration_start=start,
            entitled_from=entitled_from,
            explanation=(
                reason_of(
                    "entitlement.revoked",
                    limit=REVOKED_AFTER_UNPAID_MONTHS,
                    revoked=str(revoked_at),
                    abolished=str(REVOCATION_ABOLISHED_FROM),
                    months=RESTORATION_MONTHS,
                    hardship=RESTORATION_MONTHS_HARDSHIP,
                )
                if start is None
                else reason_of(
                    "entitlement.restoration_running",
                    limit=REVOKED_AFTER_UNPAID_MONTHS,
                    revoked=str(revoked_at),
                    abolished=str(REVOCATION_ABOLISHED_FROM),
                    start=str(start),
                    entitled_from=str(entitled_from),
                ),
            ),
            **_explained("entitlement.revoked" if start is None else "entitlement.restoration_running"),
        ),
        None,
    )


def _long_unpaid_run(history: ContributionHistory, missing: list[Month], as_of: date) -> tuple[Month, Month] | None:
    """The run of more than 24 consecutive months unpaid on ``as_of`` that holds a missing month of
    the window (first, last), or ``None``. Since 2021 such a run suspends (Art. 8 §3–4)."""
    last = None
    for month in missing:  # ascending: a month inside the run just walked is skipped
        if last is not None and month <= last:
            continue
        first = last = month
        while first - 1 in history.late and not history.paid_by(first - 1, as_of):
            first = first - 1
        while last + 1 in history.late and not history.paid_by(last + 1, as_of):
            last = last + 1
        if last - first + 1 > REVOKED_AFTER_UNPAID_MONTHS:
            return first, last
    return None


def _restoration_length(history: ContributionHistory, start: Month) -> int:
    """Art. 8 §4 lid 5: 24 months; 6 with a hardship situation in the 6 months before or during
    the first 6; ending the month before a hardship that starts in months 7–24."""
    if any(start - 6 <= m <= start + (RESTORATION_MONTHS_HARDSHIP - 1) for m in history.hardship):
        return RESTORATION_MONTHS_HARDSHIP
    begins = [
        m
        for m in history.hardship
        if start + RESTORATION_MONTHS_HARDSHIP <= m <= start + (RESTORATION_MONTHS - 1)
        and m - 1 not in history.hardship
    ]
    if begins:
        return min(begins) - start  # runs up to the month before the hardship begins
    return RESTORATION_MONTHS


def reason_of(code: str, **params: object) -> Reason:
    """An entitlement's explanation as a declared reason (``EXPLANATIONS``)."""
    return reason(code, **params)


def _months_param(months: Iterable[Month]) -> str:
    """Months as a reason's parameter, in no language: up to four listed, else "first … last (n)"."""
    months = sorted(months)
    if len(months) <= 4:
        return ", ".join(str(m) for m in months)
    return f"{months[0]} … {months[-1]} ({len(months)})"


def _months_text(months: Iterable[Month]) -> str:
    months = sorted(months)
    if len(months) <= 4:
        return ", ".join(str(m) for m in months)
    return f"{len(months)} months ({months[0]} … {months[-1]})"


# --- Contributions (Art. 42.2–3, Art. 65, contribution table) ---------------------------------


@dataclass(frozen=True)
class ExemptionFacts:
    """Art. 42.3 facts about the titular: each a period (from, until; until ``None`` while it lasts)."""

    birth_date: date
    incapacity_66_from: date | None = None  # physical/mental incapacity of at least 66 %
    disability_allowance_from: date | None = None  # allowance under the law of 27 February 1987
    incapacity_66_until: date | None = None
    disability_allowance_until: date | None = None


def _holds_in(start: date | None, end: date | None, month: Month) -> bool:
    """Interpretation (Art. 42.3): a fact exempts a month when it holds on at least one day of it
    (the contribution is owed per whole month; a recognition from the 10th exempts that month)."""
    return start is not None and start <= month.last_day and (end is None or end >= month.first_day)


def exemption_reason(facts: ExemptionFacts, month: Month) -> str | None:
    """Why the household owes €0 in ``month`` (Art. 42.3), or ``None``. Age is taken on the first
    day of the month."""
    age = age_on(facts.birth_date, month.first_day)
    if _holds_in(facts.incapacity_66_from, facts.incapacity_66_until, month) and age < 21:
        return "Art. 42.3: titular younger than 21 with an incapacity of at least 66 %"
    if _holds_in(facts.disability_allowance_from, facts.disability_allowance_until, month) and age < 25:
        return "Art. 42.3: titular younger than 25 receiving a disability allowance (law of 27 February 1987)"
    return None


def oldest_demandable_month(on: date) -> Month:
    """The oldest month whose contribution the fund can still claim on ``on`` (Art. 8 §2: the claim
    prescribes five years after the end of the month). On 01/04/2025: April 2020 (March 2020 ended
    31/03/2020 and prescribed after 31/03/2025)."""
    return Month.of(on) - 12 * CONTRIBUTION_CLAIM_YEARS


def contribution_prescribed(month: Month, on: date) -> bool:
    """Has the fund's claim to the contribution of ``month`` prescribed on ``on`` (Art. 8 §2)?

    A prescribed month can no longer be demanded (nor settled first by a payment that names no
    months); for Art. 8 it stays a month that was not paid.
    """
    return month < oldest_demandable_month(on)


def monthly_amount(annual_total: Decimal) -> Decimal:
    """The monthly contribution of a table: its annual total / 12 (€120.00 → €10.00)."""
    return cents(Decimal(annual_total) / 12)


def monthly_due(annual_total: Decimal, facts: ExemptionFacts, month: Month) -> Decimal:
    """The household's contribution for ``month``: the table's monthly amount, or €0 if exempt."""
    if exemption_reason(facts, month):
        return ZERO
    return monthly_amount(annual_total)


def table_in_force(valid_froms: Iterable[date], month: Month) -> date | None:
    """The start date of the contribution table in force in ``month``: the latest one that started
    on or before the month's first day (a table stays in force until a newer one starts)."""
    candidates = [d for d in valid_froms if d <= month.first_day]
    return max(candidates) if candidates else None


# --- Recorded periods: exemptions (Art. 42.3), VT status, hardship situations (Art. 8 §4) --------


def first_overlap(
    start: date, end: date | None, others: Iterable[tuple[date, date | None]]
) -> tuple[date, date | None] | None:
    """The earliest of ``others`` that shares at least one day with ``start``–``end`` (an open end:
    still running), or ``None``. Two periods of the same kind of one member cannot overlap: the
    same fact would be recorded twice (and ended once)."""
    clashes = [
        (other_start, other_end)
        for other_start, other_end in others
        if (end is None or other_start <= end) and (other_end is None or start <= other_end)
    ]
    return min(clashes) if clashes else None


def period_text(start: date, end: date | None) -> str:
    return f"{start:%d/%m/%Y}–{end:%d/%m/%Y}" if end else f"{start:%d/%m/%Y}–…"


# --- Payments ---------------------------------------------------------------------------------


class AllocationError(ValueError):
    pass


def allocate_oldest_first(amount: Decimal, open_dues: list[tuple[Month, Decimal]]) -> tuple[list[Month], Decimal]:
    """Settle whole months, oldest first, while the amount covers them; return (months, rest).

    A payment that names no months settles the oldest open months first (issue #3). A month is
    settled only in full; what is left is kept as the payment's unallocated credit.
    """
    rest = cents(amount)
    if rest <= ZERO:
        raise AllocationError("the amount must be positive")
    settled = []
    for month, due in sorted(open_dues):
        if due > rest:
            break
        settled.append(month)
        rest -= due
    return settled, rest


# --- Identity ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class NationalNumber:
    number: str  # 11 digits, compact
    kind: str  # "nn" (rijksregisternummer) or "bis"
    birth_date: date | None
    gender: str | None  # "M" / "F" / None when the number does not say


def parse_national_number(value: str) -> NationalNumber:
    """Validate a Belgian national number (INSZ: rijksregisternummer or BIS number).

    Raises ``ValueError`` with a message a clerk understands. The mod-97 check includes the
    variant for births from 2000 on; BIS numbers have month + 20 or + 40.
    """
    raw = "" if value is None else str(value)
    compact = nn.compact(raw)
    if not compact.isdigit() or len(compact) != 11:
        raise ValueError(f"a national number has 11 digits; got {raw!r}")
    for kind, module in (("nn", nn), ("bis", bis)):
        try:
            module.validate(compact)
        except StdnumError:
            continue
        try:
            birth = module.get_birth_date(compact)
        except StdnumError:
            birth = None
        try:
            gender = module.get_gender(compact)
        except StdnumError:
            gender = None
        return NationalNumber(compact, kind, birth, gender.upper() if gender else None)
    raise ValueError(f"{nn.format(compact)} is not a valid national number (check digits do not match)")


#: The serial (reeksnummer, digits 7–9) counts the people born on one day: "Voor een man van 001
#: tot 997 en voor een vrouw van 002 tot 998" (Rijksregister), so 499 serials per day and gender.
NATIONAL_NUMBER_SERIALS = {"M": range(1, 998, 2), "F": range(2, 999, 2)}
#: For births from 2000 on the mod-97 check is computed over "2" followed by the nine digits.
NATIONAL_NUMBER_2000_PREFIX = 2_000_000_000


def national_number_for(birth: date, gender: str, rank: int = 0) -> str:
    """The rijksregisternummer of the ``rank``-th man or woman (from 0) registered with birth date
    ``birth``: yymmdd, the serial (odd for men, even for women), 97 − (number mod 97) as check.

    The one synthesizer of national numbers (demo, test factories, the population generator; its
    set-based twin is ``devtools.population.postgres.national_number_sql``); what it makes parses
    back with ``parse_national_number`` to ``birth`` and ``gender``.
    """
    serials = NATIONAL_NUMBER_SERIALS.get(gender)
    if serials is None:
        raise ValueError(f"a national number encodes gender M or F, not {gender!r}")
    if not 0 <= rank < len(serials):
        raise ValueError(f"no serial left: rank {rank} of {len(serials)} for {birth:%d/%m/%Y} ({gender})")
    if not 1900 <= birth.year <= 2099:
        raise ValueError(f"a national number's check digits tell only the 1900s from the 2000s, not {birth.year}")
    body = int(f"{birth:%y%m%d}{serials[rank]:03d}")
    checked = body + (NATIONAL_NUMBER_2000_PREFIX if birth.year >= 2000 else 0)
    return f"{body:09d}{97 - checked % 97:02d}"


def national_number_rank(serial: int) -> int:
    """The rank (from 0) of a serial among those of its gender: 1 and 2 → 0, 3 and 4 → 1, …"""
    return (serial - 1) // 2


def identity_conflicts(number: NationalNumber, birth_date: date | None, gender: str | None) -> dict[str, str]:
    """Fields that contradict what the national number encodes."""
    errors = {}
    if birth_date and number.birth_date and birth_date != number.birth_date:
        errors["birth_date"] = (
            f"the national number encodes birth date {number.birth_date:%d/%m/%Y}, not {birth_date:%d/%m/%Y}"
        )
    if gender in ("M", "F") and number.gender and gender != number.gender:
        errors["gender"] = f"the national number encodes gender {number.gender}, not {gender}"
    return errors


# --- Affiliation start (Art. 6) ----------------------------------------------------------------


class AffiliationCase(str, enum.Enum):
    """Art. 6, 1°–6°."""

    DEPENDENT_TO_TITULAR_SAME_FUND = "dependent_to_titular_same_fund"  # 1°
    TITULAR_FROM_OTHER_FUND = "titular_from_other_fund"  # 2°
    DEPENDENT_TO_TITULAR_OTHER_FUND = "dependent_to_titular_other_fund"  # 3°
    TITULAR_TO_DEPENDENT_OTHER_FUND = "titular_to_dependent_other_fund"  # 4°
    FIRST_AFFILIATION = "first_affiliation"  # 5°
    DEPENDENT_FROM_OTHER_FUND = "dependent_from_other_fund"  # 6°


def affiliation_start(case: AffiliationCase, signed_on: date, transfer_effective: date | None = None) -> date:
    """First day of the complementary insurance (Art. 6).

    2°: a titular moving as titular from another fund starts on the first day of the quarter in
    which the transfer takes effect. Every other case: the first day of the month after the
    application was signed.
    """
    if case is AffiliationCase.TITULAR_FROM_OTHER_FUND:
        if transfer_effective is None:
            raise ValueError("Art. 6 2°: the date the transfer takes effect is required")
        return Month.of(transfer_effective).quarter_start.first_day
    return (Month.of(signed_on) + 1).first_day


# --- Language of the letters (issue #15) ---------------------------------------------------------

#: The languages the fund writes in (settings.LANGUAGES; the statutes are Dutch).
LANGUAGES = ("nl", "fr", "en")
DEFAULT_LANGUAGE = "nl"
#: Interpretation: a titular whose language is not recorded gets the household region's: Flanders
#: Dutch, Wallonia French, Brussels Dutch (the fund's own language, its statutes are Dutch; a clerk
#: sets French where the member asks), abroad English.
REGION_LANGUAGE = MappingProxyType({"flanders": "nl", "brussels": "nl", "wallonia": "fr", "abroad": "en"})


def region_language(region: str) -> str:
    """The language of the letters of a household whose titular's language is not recorded."""
    return REGION_LANGUAGE.get(region, DEFAULT_LANGUAGE)


def letter_language(*, titular_language: str = "", region: str = "") -> str:
    """The titular's language when recorded (``Member.language``), else the region's."""
    return titular_language if titular_language in LANGUAGES else region_language(region)


# --- Arrears reminders before suspension (Art. 8 §2 1°, §3; issue #15) ---------------------------


class ReminderKind(str, enum.Enum):
    """Which arrears letter (herinnering) a household gets before it would be suspended (Art. 8 §3)."""

    #: a month ended with its contribution unpaid: the household is still entitled only because it is
    #: presumed in order for the months right after 24 paid months (Art. 8 §2 1°)
    FIRST = "first"
    #: the last month of that presumption: paid by its last day, or suspended from the next (Art. 8 §3)
    SECOND = "second"


#: Art. 8 §2 1° with PRESUMPTION_RECENT_MONTHS: an unpaid month is presumed in order in its own month
#: and the 2 months after it; from the 3rd month after it, it is missing and the household suspended.
#: The first reminder goes in the month after the unpaid one; the second in the last presumed month.
REMINDER_ARTICLE = "Art. 8 §3"


@dataclass(frozen=True)
class ArrearsFacts:
    """What the reminder rule needs of one household, on the day it judges."""

    #: the months with a contribution still open (not settled, more than €0 owed: exempt months, Art. 42.3,
    #: owe nothing) and what is owed for each
    open_months: Mapping[Month, Decimal]
    #: the household's status after tonight's refresh is "entitled" (Art. 8 §2)
    entitled: bool
    #: Art. 8 §3 2°: days of judgments (collective debt settlement, bankruptcy): months owed before count as paid
    judgments: tuple[date, ...] = ()
    #: reminders already written: (kind, first unpaid month) — never the same reminder twice
    sent: frozenset[tuple[ReminderKind, Month]] = frozenset()
    #: months in a direct debit the bank has not answered yet (pre-notified, SEPA rulebook PT-04.03): they
    #: are being paid, a reminder would ask the member to pay them twice; a returned debit opens them again
    collecting: frozenset[Month] = frozenset()


@dataclass(frozen=True)
class ArrearsReminder:
    kind: ReminderKind
    months: tuple[Month, ...]  # the unpaid months that have ended, oldest first
    amount: Decimal  # what they owe
    pay_by: date  # the last day of the presumption (Art. 8 §2 1°)
    suspended_from: Month  # the month the status turns suspended if nothing is paid (Art. 8 §3)
    article: str = REMINDER_ARTICLE

    @property
    def first_month(self) -> Month:
        return self.months[0]


def arrears_reminder(facts: ArrearsFacts, day: date) -> ArrearsReminder | None:
    """The reminder a household gets on ``day``, or ``None``.

    Art. 8 §3: a household with an unpaid month in the window is suspended; Art. 8 §2 1°: after 24
    months in order it is presumed in order for the months that follow (``PRESUMPTION_RECENT_MONTHS``:
    the unpaid month and the 2 after it). An entitled household whose oldest unpaid month ``m`` has ended
    gets the first reminder in month ``m+1`` and the second in ``m+2``, the last month before it is
    suspended (from ``m+3``); both ask to pay by the last day of ``m+2``. Unpaid months older than the window
    (the month and the 23 before it) do not count: they suspend no event any more. A household already suspended
    gets none (it is no longer a reminder *before* suspension), nor one for months a judgment covers or a
    direct debit is collecting (``facts.collecting``: the member was told the debit; if it comes back, the
    months are open again and the reminder follows), nor the same reminder for the same first month twice.
    """
    if not facts.entitled:
        return None
    this_month = Month.of(day)
    window_start = this_month - WINDOW_MONTHS_BEFORE  # older unpaid months do not count (Art. 8 §3)
    overdue = sorted(
        month
        for month, amount in facts.open_months.items()
        if window_start <= month < this_month
        and amount > ZERO
        and month not in facts.collecting
        and not any(judgment <= day and owed_before_judgment(month, judgment) for judgment in facts.judgments)
    )
    if not overdue:
        return None
    last_presumed = overdue[0] + (PRESUMPTION_RECENT_MONTHS - 1)
    if this_month > last_presumed:
        return None  # the window ran out: the status refresh suspends it (Art. 8 §3)
    kind = ReminderKind.SECOND if this_month == last_presumed else ReminderKind.FIRST
    if (kind, overdue[0]) in facts.sent:
        return None
    return ArrearsReminder(
        kind=kind,
        months=tuple(overdue),
        amount=cents(sum((facts.open_months[m] for m in overdue), ZERO)),
        pay_by=last_presumed.last_day,
        suspended_from=last_presumed + 1,
    )


# --- rights nobody claims (issue #17): a suspension that paying lifts -----------------------------------------

#: The fund's own threshold, not the statutes': a suspended household that owes at most this much is told
#: what to pay to have its rights back (a larger debt is the social service's, not a letter's).
RESTORABLE_ARREARS_MAX = Decimal("150.00")


def arrears_restorable(entitlement: Entitlement, owed: Decimal, *, member_id: int, household_id: int) -> Right | None:
    """Art. 8 §3: the member whose contributions of the last 24 months are not all paid "is geschorst"
    until they are; paying the missing months (``owed``, what those months' dues still ask) restores the
    right to every benefit. Only a suspension (not a revocation, Art. 8 §4, nor unknown months: Art. 8 §2
    does not presume them paid), and only a debt up to ``RESTORABLE_ARREARS_MAX``."""
    if entitlement.status is not Status.SUSPENDED or entitlement.unknown or not entitlement.missing:
        return None
    owed = cents(owed)
    if owed <= ZERO or owed > RESTORABLE_ARREARS_MAX:
        return None
    first = min(entitlement.missing)
    return Right(
        Kind.ARREARS_RESTORABLE,
        "Art. 8 §3",
        member_id,
        household_id,
        f"missing-from:{first.year:04d}-{first.month:02d}",
        owed,
        None,
        ("payment",),
        note=f"{len(entitlement.missing)} month(s) unpaid",
    )
