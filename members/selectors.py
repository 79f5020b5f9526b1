"""Reads of the members app: fetch once, then let ``members.rules`` decide (STYLE: fetch, then calculate)."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db import connection
from django.db.models import Count, Exists, Max, Min, OuterRef, Q
from django.db.models.functions import Lower, TruncMonth

from core import bounds, hooks, readsql, search
from core.months import Month, month_range
from members import partitions, rules
from members.models import (
    ContributionDue,
    ContributionTable,
    Correspondence,
    CorrespondenceKind,
    EntitlementStatus,
    HardshipSituation,
    Household,
    InsolvencyProcedure,
    Member,
    PriorAffiliation,
    Role,
    StatusChange,
)


@dataclass(frozen=True)
class Titular:
    """The facts of a household's titular that contributions and Art. 8 depend on."""

    member_id: int
    household_id: int
    affiliated_since: Month
    titular_since: Month
    affiliated_until: Month | None
    exemption: rules.ExemptionFacts


TITULAR_FIELDS = (
    "id",
    "household_id",
    "affiliation_start",
    "titular_since",
    "affiliation_end",
    "birth_date",
    "incapacity_66_from",
    "disability_allowance_from",
    "incapacity_66_until",
    "disability_allowance_until",
)


#: ``Month.of`` for the dates of a million titulars: a few thousand distinct ones, each made once
_month_of = functools.lru_cache(maxsize=8192)(Month.of)


def titulars_for(household_ids=None, *, id_range: tuple[int, int] | None = None) -> dict[int, Titular]:
    """The current titular of each household: the latest affiliation as titular (the highest id among
    titulars who started the same month)."""
    queryset = Member.objects.filter(role=Role.TITULAR)
    if household_ids is not None:
        queryset = queryset.filter(household_id__in=household_ids)
    if id_range is not None:
        queryset = queryset.filter(household_id__gte=id_range[0], household_id__lt=id_range[1])
    result = {}
    for row in queryset.order_by("household_id", "affiliation_start", "id").values_list(*TITULAR_FIELDS):
        (
            member_id,
            household_id,
            start,
            titular_since,
            end,
            birth,
            incapacity,
            allowance,
            incapacity_until,
            allowance_until,
        ) = row
        result[household_id] = Titular(
            member_id=member_id,
            household_id=household_id,
            affiliated_since=_month_of(start),
            titular_since=_month_of(titular_since or start),
            affiliated_until=_month_of(end) if end else None,
            exemption=rules.ExemptionFacts(birth, incapacity, allowance, incapacity_until, allowance_until),
        )
    return result


def households_to_book(through: Month, household_ids=None, *, id_range: tuple[int, int] | None = None):
    """The ids of the households that may still need a month of dues booked up to ``through``: those with a
    titular whose last month to book (``through``, or the month the affiliation ends if before) has no due.

    A superset of what ``services.dues_book`` books (a household already booked through that month books
    nothing), found set-based: one probe of ``due_household_month_unique`` per titular, at a single month
    (for the affiliations still running on ``through``, the common case, that month is ``through`` itself:
    one year partition of the ledger on PostgreSQL). A values queryset of ``household_id``, to use as a
    subquery or list.
    """
    queryset = Member.objects.filter(role=Role.TITULAR)
    if household_ids is not None:
        queryset = queryset.filter(household_id__in=household_ids)
    if id_range is not None:
        queryset = queryset.filter(household_id__gte=id_range[0], household_id__lt=id_range[1])
    # the ledger side bounded to the same households: an index range of one partition, not the month's all
    dues = ContributionDue.objects.all()
    if id_range is not None:
        dues = dues.filter(household_id__gte=id_range[0], household_id__lt=id_range[1])
    running = Q(affiliation_end__isnull=True) | Q(affiliation_end__gte=through.first_day)
    through_booked = Exists(dues.filter(household_id=OuterRef("household_id"), month=through.first_day))
    last_booked = Exists(
        ContributionDue.objects.filter(
            household_id=OuterRef("household_id"),
            month=OuterRef("final_month"),
        )
    )
    return (
        queryset.annotate(final_month=TruncMonth("affiliation_end"))
        .filter((running & ~through_booked) | (~running & ~last_booked))
        .values_list("household_id", flat=True)
        .distinct()
        .order_by()
    )


@dataclass(frozen=True)
class Tables:
    """Every contribution table, for pricing months without a booked due."""

    by_start: dict[date, tuple[int, Decimal]]  # valid_from → (table id, annual total)
    #: month → its price without an exemption (the same for every household: priced once)
    _unexempt: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls) -> Tables:
        by_start = {}
        for table in ContributionTable.objects.prefetch_related("parts"):
            by_start[table.valid_from] = (table.pk, table.annual_total)
        return cls(by_start)

    def for_month(self, month: Month) -> tuple[int, Decimal] | None:
        start = rules.table_in_force(self.by_start, month)
        return self.by_start[start] if start else None

    @property
    def first_month(self) -> Month | None:
        """The first month any table prices: nothing is owed before it."""
        return Month.of(min(self.by_start)) if self.by_start else None

    def due(self, titular: Titular, month: Month) -> tuple[int, Decimal, str] | None:
        """(table id, amount, exemption reason) for a month, or None if no table covers it."""
        facts = titular.exemption
        if facts.incapacity_66_from is None and facts.disability_allowance_from is None:
            # no Art. 42.3 fact: never exempt, so the price is the month's (the common case)
            try:
                return self._unexempt[month]
            except KeyError:
                table = self.for_month(month)
                priced = None if table is None else (table[0], rules.monthly_amount(table[1]), "")
                self._unexempt[month] = priced
                return priced
        table = self.for_month(month)
        if table is None:
            return None
        reason = rules.exemption_reason(titular.exemption, month) or ""
        amount = Decimal("0.00") if reason else rules.monthly_amount(table[1])
        return table[0], amount, reason


def histories_for(
    titulars: dict[int, Titular], through: Month, tables: Tables | None = None, id_range: tuple[int, int] | None = None
) -> dict[int, rules.ContributionHistory]:
    """Art. 8 facts for many households in a handful of queries.

    Months from the titular's start up to ``through`` that have no booked due yet are priced from
    the table in force: owed and unpaid, or €0 when exempt. So the entitlement never depends on
    the nightly booking having run. Months before the first contribution table that no ledger
    line covers (a legacy ledger's, ``members.legacy_ledger``) are *unknown* (Art. 8 §2): the
    history says where they start (``unpriced_before``). The titular's collective debt settlements
    and bankruptcies (their judgments, Art. 8 §3 2°) and periods before the affiliation here
    (Art. 8 §2 2° a–b) come along.
    """
    if not titulars:
        return {}
    tables = tables or Tables.load()
    ids = list(titulars)
    # a range filter uses the index directly; a list of 20,000 ids is slow to plan and to match
    in_scope = (
        {"household_id__gte": id_range[0], "household_id__lt": id_range[1]} if id_range else {"household_id__in": ids}
    )
    # Months before the archived years (members.partitions) are not priced: they are in the archive,
    # or kept live (the late ones, read below). Without an archive, no floor.
    floor = partitions.archive_floor()
    live = {"month__gte": floor.first_day} if floor else {}
    booked = {
        row["household_id"]: (row["first"], row["last"], row["count"])
        for row in ContributionDue.objects.filter(**in_scope, **live)
        .values("household_id")
        .annotate(first=Min("month"), last=Max("month"), count=Count("id"))
        .order_by()
    }
    late: dict[int, dict[Month, date | None]] = defaultdict(dict)
    for household_id, month, settled_on in (
        ContributionDue.objects.filter(paid_in_time=False, **in_scope)
        .values_list("household_id", "month", "settled_on")
        .order_by()
    ):
        late[household_id][Month.of(month)] = settled_on

    # No table at all: every month is owed under no known table.
    unpriced_before = tables.first_month or through + 1
    # Ledger lines before the first table (a legacy ledger) and households whose booked months have
    # a hole: only those few are read month by month.
    holes = [
        h
        for h, (first, last, count) in booked.items()
        if Month.of(first) < unpriced_before or count < Month.of(last) - Month.of(first) + 1
    ]
    months_booked: dict[int, set[Month]] = defaultdict(set)
    for offset in range(0, len(holes), 10_000):
        for household_id, month in (
            ContributionDue.objects.filter(household_id__in=holes[offset : offset + 10_000])
            .values_list("household_id", "month")
            .order_by()
        ):
            months_booked[household_id].add(Month.of(month))

    hardship: dict[int, set[Month]] = defaultdict(set)
    judgments: dict[int, list[date]] = defaultdict(list)
    prior: dict[int, list[rules.PriorPeriod]] = defaultdict(list)
    member_to_household = {t.member_id: h for h, t in titulars.items()}
    by_member = (
        {"member__household_id__gte": id_range[0], "member__household_id__lt": id_range[1]}
        if id_range
        else {"member_id__in": member_to_household}
    )
    for member_id, _kind, start, end in HardshipSituation.objects.filter(**by_member).values_list(
        "member_id", "kind", "start", "end"
    ):
        if member_id in member_to_household:
            hardship[member_to_household[member_id]] |= set(
                month_range(Month.of(start), Month.of(end) if end else max(through, Month.of(start)))
            )
    for member_id, judgment, ended in InsolvencyProcedure.objects.filter(**by_member).values_list(
        "member_id", "judgment_date", "ended_on"
    ):
        if member_id in member_to_household:
            household_id = member_to_household[member_id]
            judgments[household_id].append(judgment)
            # Art. 8 §4: a collective debt settlement or bankruptcy is also a hardship situation
            hardship[household_id] |= set(
                month_range(Month.of(judgment), Month.of(ended) if ended else max(through, Month.of(judgment)))
            )
    for member_id, kind, first, last, in_order in PriorAffiliation.objects.filter(**by_member).values_list(
        "member_id", "kind", "first_month", "last_month", "in_order"
    ):
        if member_id in member_to_household:
            prior[member_to_household[member_id]].append(
                rules.PriorPeriod(rules.PriorKind(kind), Month.of(first), Month.of(last), in_order)
            )

    histories = {}
    for household_id, titular in titulars.items():
        household_late = late.get(household_id, {})
        first, last, _count = booked.get(household_id, (None, None, 0))
        last_month = min(through, titular.affiliated_until) if titular.affiliated_until else through
        start = (
            max(titular.titular_since, unpriced_before, floor) if floor else max(titular.titular_since, unpriced_before)
        )
        present: Collection[Month]
        if household_id in months_booked:
            # price every month no ledger line covers (a hole, or around the booked range)
            present = months_booked[household_id]
            spans = [(start, last_month)]
        elif first is None:
            present, spans = (), [(start, last_month)]
        else:
            # only the months outside the booked range need pricing
            present = ()
            spans = [(start, min(last_month, Month.of(first) - 1)), (max(start, Month.of(last) + 1), last_month)]
        for span_start, span_end in spans:
            for month in month_range(span_start, span_end):
                if month in present:
                    continue
                priced = tables.due(titular, month)
                # Exempt: €0 owed. Otherwise owed and unpaid.
                if priced is not None and priced[1] > 0:
                    household_late.setdefault(month, None)
        known = frozenset(
            m for m in months_booked.get(household_id, ()) if m < unpriced_before and m not in household_late
        )
        histories[household_id] = rules.ContributionHistory(
            affiliated_since=titular.affiliated_since,
            titular_since=titular.titular_since,
            late=household_late,
            hardship=frozenset(hardship.get(household_id, ())),
            affiliated_until=titular.affiliated_until,
            judgments=tuple(sorted(judgments.get(household_id, ()))),
            unpriced_before=unpriced_before if titular.titular_since < unpriced_before else None,
            known=known,
            prior=tuple(sorted(prior.get(household_id, ()), key=lambda p: p.start)),
        )
    return histories


def entitlements_for(
    *,
    member_ids: Collection[int] | None = None,
    household_ids: Collection[int] | None = None,
    event_month: Month,
    as_of: date,
    tables: Tables | None = None,
) -> dict[int, rules.Entitlement]:
    """Art. 8 entitlement for an event in ``event_month``, judged with the payments known on
    ``as_of``, of many members or many households at once: the one public way other apps ask it.

    Exactly one of ``member_ids`` / ``household_ids``; the keys are those ids (an id of no existing
    member is left out). Nobody raises: a person not affiliated in the month (Art. 6: the member's
    own affiliation, then the household's titular's) gets ``Status.NOT_AFFILIATED`` with the reason.
    A fixed number of queries, whatever the number of ids."""
    if (member_ids is None) == (household_ids is None):
        raise TypeError("entitlements_for takes exactly one of member_ids and household_ids")
    if member_ids is not None:
        judged = entitlements_for_events(
            events=[(member_id, event_month) for member_id in member_ids], as_of=as_of, tables=tables
        )
        return {member_id: entitlement for (member_id, _month), entitlement in judged.items()}
    households = set(household_ids or ())
    titulars = titulars_for(households) if households else {}
    histories = histories_for(titulars, through=max(event_month, Month.of(as_of)), tables=tables)
    return {h: _household_entitlement(histories, h, event_month, as_of) for h in households}


def entitlements_for_events(
    *, events: Collection[tuple[int, Month]], as_of: date, tables: Tables | None = None
) -> dict[tuple[int, Month], rules.Entitlement]:
    """``entitlements_for`` of many (member id, event month) pairs at once (a batch of claims with
    different event days), keyed by the pairs given; the same fixed number of queries."""
    events = set(events)
    members: dict[int, tuple[int, str, Month, Month | None]] = {}
    for pk, household_id, first, last, start, end in Member.objects.filter(
        pk__in={member_id for member_id, _month in events}
    ).values_list("pk", "household_id", "first_name", "last_name", "affiliation_start", "affiliation_end"):
        members[pk] = (household_id, f"{first} {last}", Month.of(start), Month.of(end) if end else None)
    if not members:
        return {}
    households = {household_id for household_id, *_rest in members.values()}
    through = max(Month.of(as_of), *(month for _member_id, month in events))
    histories = histories_for(titulars_for(households), through=through, tables=tables)
    result = {}
    for member_id, event_month in events:
        if member_id not in members:
            continue
        household_id, name, start, end = members[member_id]
        reason = (
            None if household_id not in histories else rules.member_not_affiliated_reason(name, start, end, event_month)
        )
        result[(member_id, event_month)] = (
            rules.not_affiliated(event_month, reason)
            if reason
            else _household_entitlement(histories, household_id, event_month, as_of)
        )
    return result


def _household_entitlement(
    histories: dict[int, rules.ContributionHistory], household_id: int, event_month: Month, as_of: date
) -> rules.Entitlement:
    history = histories.get(household_id)
    if history is None:
        return rules.not_affiliated(event_month, f"household {household_id} has no titular")
    return rules.entitlement_or_not_affiliated(history, event_month, as_of)


def status_changes_for_household(household_id: int, *, limit: int = 12) -> list[StatusChange]:
    """The household's latest Art. 8 status changes (the nightly's), newest first, for its page."""
    return list(StatusChange.objects.filter(household_id=household_id).order_by("-changed_at")[:limit])


@dataclass(frozen=True)
class HistoryFacts:
    """What a titular's entitlement rests on besides the ledger (Art. 8 §2 2° a–b, §3 2°)."""

    procedures: tuple[InsolvencyProcedure, ...]  # debt settlements and bankruptcies, by judgment date
    prior: tuple[PriorAffiliation, ...]  # periods before the affiliation here, oldest first
    legacy_months: int  # the household's months brought from a legacy ledger


def history_facts_for_member(*, member_id: int, household_id: int) -> HistoryFacts:
    """The history facts of a titular (``member_id``) and its household, in three queries."""
    return HistoryFacts(
        procedures=tuple(InsolvencyProcedure.objects.filter(member_id=member_id).order_by("judgment_date")),
        prior=tuple(PriorAffiliation.objects.filter(member_id=member_id).order_by("first_month")),
        legacy_months=ContributionDue.objects.filter(household_id=household_id, legacy_import__isnull=False).count(),
    )


def household_ledger(household_id: int, *, months: int = 36):
    """The dues ledger of a household, newest first, for the clerk's household page."""
    return (
        ContributionDue.objects.filter(household_id=household_id).select_related("payment").order_by("-month")[:months]
    )


def payment_months(payments) -> dict[int, list[date]]:
    """The months each payment settled, oldest first, in one query (through the households, on
    ``due_household_month_unique``: the dues have no index on ``payment``)."""
    payments = list(payments)
    months: dict[int, list[date]] = {payment.pk: [] for payment in payments}
    rows = (
        ContributionDue.objects.filter(household_id__in={p.household_id for p in payments}, payment_id__in=list(months))
        .order_by("month")
        .values_list("payment_id", "month")
    )
    for payment_id, month in rows:
        months[payment_id].append(month)
    return months


def open_dues_summary(household_id: int, on: date) -> dict:
    """The household's open dues on ``on``: those the fund can demand, and apart those whose claim
    has prescribed (Art. 8 §2: five years after the end of the month)."""
    queryset = ContributionDue.objects.filter(household_id=household_id, settled_on__isnull=True, amount__gt=0)
    open_months = list(queryset.order_by("month").values_list("month", "amount"))
    oldest = rules.oldest_demandable_month(on).first_day
    months = [(m, a) for m, a in open_months if m >= oldest]
    prescribed = [(m, a) for m, a in open_months if m < oldest]
    return {
        "count": len(months),
        "total": sum((a for _, a in months), Decimal("0.00")),
        "months": months,
        "prescribed": {
            "count": len(prescribed),
            "total": sum((a for _, a in prescribed), Decimal("0.00")),
            "months": prescribed,
        },
    }


def household_has_titular(household_id: int, *, on: date) -> bool:
    """Whether the household has a titular affiliated on ``on`` (Art. 42.2: the titular pays the
    household's contribution)."""
    return (
        Member.objects.filter(household_id=household_id, role=Role.TITULAR)
        .filter(Q(affiliation_end__isnull=True) | Q(affiliation_end__gte=on))
        .exists()
    )


def _name_condition(split: search.NameSplit) -> Q:
    """``lower(last_name) LIKE 'last%' AND lower(first_name) LIKE 'first%'``: served by the expression
    indexes on PostgreSQL (migrations 0002 and 0012)."""
    condition = Q()
    if split.last:
        condition &= Q(last_lower__startswith=split.last)
    if split.first:
        condition &= Q(first_lower__startswith=split.first)
    return condition


def _named():
    return Member.objects.annotate(last_lower=Lower("last_name"), first_lower=Lower("first_name"))


#: An admin list searching by a name takes at most this many people's households, claims … (a common first
#: name alone matches tens of thousands of members: the clerk types more of the name).
LIST_MATCH_CAP = 1000


def member_ids(term: str, *, cap: int = LIST_MATCH_CAP) -> list[int]:
    """The ids of at most ``cap`` members ``member_search`` finds: for the other apps' lists (claims …), an
    id list their indexes serve, not a subquery."""
    return sorted(member_search(term).order_by().values_list("pk", flat=True)[:cap])


def _member_condition(query: search.Query) -> Q:
    condition = Q(pk__in=[])
    if query.national_number:
        condition |= Q(national_number=query.national_number)
    if query.iban:
        condition |= Q(iban=query.iban)
    for split in query.names:
        condition |= _name_condition(split)
    return condition


def member_search(term: str, queryset=None):
    """Members by national number (exact, with or without separators), payout IBAN, or name — last name,
    first name, or both in either order ("Peeters Jan", "Jan Peeters"), each as a prefix
    (``core.search.parse``). For the admin lists: ``queryset`` (all members) filtered, not bounded — the
    conditions on the table itself, so PostgreSQL ORs their indexes (a bitmap), never a scan."""
    query = search.parse(term or "")
    queryset = (Member.objects.all() if queryset is None else queryset).annotate(
        last_lower=Lower("last_name"), first_lower=Lower("first_name")
    )
    return queryset.filter(_member_condition(query)) if query.text else queryset


def member_ids_in_name_order(term: str, queryset=None, *, limit: int, bound: int) -> tuple[list[int], int] | None:
    """Issue #18, the member change list searched by a name: the ids of the first ``limit`` members
    ``member_search`` finds in name order (last name, first name, id), and how many it finds (at most
    ``bound``); None on a database other than PostgreSQL (SQLite: ``member_search`` ordered is fast enough).

    One ``UNION`` branch per reading (a national number, an IBAN, each name split), each its own top-``limit``
    in name order: a name prefix's matches come from an index-only scan of the covering indexes (migration
    0019) and a top-N sort ('jan': 74 k index entries, 97 ms), where ``ORDER BY`` on the OR of the readings
    made PostgreSQL walk the name index filtering millions of rows ('pee': 37 s) or fetch every match from
    the heap ('jan': 1.4 s). ``OFFSET 0`` keeps each branch a subquery, so the planner cannot swap the top-N
    sort for that walk."""
    if connection.vendor != "postgresql":
        return None
    query = search.parse(term or "")
    base = (Member.objects.all() if queryset is None else queryset).annotate(
        last_lower=Lower("last_name"), first_lower=Lower("first_name")
    )
    readings = [Q(national_number=query.national_number)] if query.national_number else []
    readings += [Q(iban=query.iban)] if query.iban else []
    readings += [_name_condition(split) for split in query.names]
    if not readings:
        return [], 0
    ordered, counted, params, count_params = [], [], [], []
    for reading in readings:
        sql, branch_params = (
            base.filter(reading).order_by().values_list("last_name", "first_name", "id").query.sql_with_params()
        )
        ordered.append(f"(SELECT * FROM ({sql} OFFSET 0) b ORDER BY 1, 2, 3 LIMIT %s)")
        params += [*branch_params, limit]
        counted.append(f"(SELECT id FROM ({sql} LIMIT %s) b)")
        count_params += [*branch_params, bound]
    ids = [
        row[0]
        for row in readsql.rows(
            f"SELECT id FROM ({' UNION '.join(ordered)}) c (last_name, first_name, id)"
            " ORDER BY last_name, first_name, id LIMIT %s",
            [*params, limit],
        )
    ]
    found = readsql.rows(f"SELECT count(*) FROM ({' UNION '.join(counted)}) c", count_params)[0][0]
    return ids, min(found, bound)


def household_search(term: str, queryset=None, *, also: Collection[int] = ()):
    """Households by number, structured communication (+++123/4567/89012+++), postal code, street prefix
    ("Kerkstraat", "2000 Kerkstraat"), or a member's national number or name. For the admin lists:
    ``queryset`` (all households) filtered, not bounded; ``also``: households found elsewhere (an IBAN:
    the bank's search provider)."""
    query = search.parse(term or "")
    queryset = (Household.objects.all() if queryset is None else queryset).annotate(street_lower=Lower("street"))
    if not query.text:
        return queryset
    condition = Q(pk__in=list(also))
    if query.national_number or query.iban or query.names:
        # the members' households as a list of ids (at most LIST_MATCH_CAP): an OR with a subquery cannot use
        # the indexes (PostgreSQL scanned a million households to count them, 0.4 s)
        members = member_search(term).order_by().values_list("household_id", flat=True)[:LIST_MATCH_CAP]
        condition |= Q(pk__in=sorted(set(members)))
    for household_id in (query.number, query.household_reference):
        if household_id is not None and household_id <= bounds.MAX_ID:
            condition |= Q(pk=household_id)
    condition |= _address_condition(query) or Q(pk__in=[])
    return queryset.filter(condition)


def _address_condition(query: search.Query) -> Q | None:
    if query.postal_code and query.street:
        return Q(postal_code=query.postal_code, street_lower__startswith=query.street)
    if query.street:
        return Q(street_lower__startswith=query.street)
    if query.postal_code:
        return Q(postal_code=query.postal_code)
    return None


# --- The one search box (issue #16): the members app's providers (registered in hooks.py) --------------


def _members_found(query: search.Query, limit: int, memo: dict | None = None) -> list[Member]:
    """At most ``limit`` members: the exact readings first, then each name reading (one indexed query each,
    stopped as soon as ``limit`` is reached). ``memo``: the search's shared dict (the households provider
    asks for the same members)."""
    if memo is not None and ("members", limit) in memo:
        return memo[("members", limit)]
    found: dict[int, Member] = {}

    def take(queryset) -> None:
        # no ORDER BY in SQL: sorting every "Jan" of a million members to keep six costs 100–250 ms, the
        # first six the prefix index gives cost a few; the few are put in name order here
        rows = sorted(queryset[: limit - len(found)], key=lambda m: (m.last_name.lower(), m.first_name.lower(), m.pk))
        for member in rows:
            found.setdefault(member.pk, member)

    if query.national_number:
        take(Member.objects.filter(national_number=query.national_number).order_by())
    if query.iban and len(found) < limit:
        take(Member.objects.filter(iban=query.iban).order_by())
    for split in query.names:
        if len(found) >= limit:
            break
        take(_named().filter(_name_condition(split)).order_by())
    if memo is not None:
        memo[("members", limit)] = list(found.values())
    return list(found.values())


def member_hits(members: list[Member]) -> list[search.Hit]:
    from django.urls import reverse
    from django.utils.translation import gettext as _

    from core.formatting import short_date

    return [
        search.Hit(
            key=f"member:{member.pk}",
            label=f"{member.last_name} {member.first_name}",
            detail=_("°%(birth)s · %(role)s · household %(household)s")
            % {
                "birth": short_date(member.birth_date),
                "role": member.get_role_display(),
                "household": member.household_id,
            },
            national_number=member.national_number,
            # the household's page is the clerk's file of the person (issue #16); the member's own page beside it
            url=reverse("admin:members_household_change", args=[member.household_id]),
            more_url=reverse("admin:members_member_change", args=[member.pk]),
            more_label=_("member page"),
        )
        for member in members
    ]


def search_members(query: search.Query, *, limit: int, memo: dict | None = None) -> list[search.Hit]:
    """The search box's members: by national number, payout IBAN or name."""
    return member_hits(_members_found(query, limit, memo))


def household_hits(household_ids: list[int], why: dict[int, str] | None = None) -> list[search.Hit]:
    """Hits for households, in the order given, each with its titular and address (two queries); ``why``:
    what matched, per household (a mandate's IBAN …), shown under it."""
    from django.urls import reverse
    from django.utils.translation import gettext as _

    if not household_ids:
        return []
    households = Household.objects.in_bulk(household_ids)
    titulars: dict[int, str] = {}
    rows = (
        Member.objects.filter(household_id__in=household_ids, role=Role.TITULAR)
        .order_by("household_id", "affiliation_start", "id")
        .values_list("household_id", "last_name", "first_name")
    )
    for household_id, last_name, first_name in rows:
        titulars[household_id] = f"{last_name} {first_name}"  # the latest titular wins
    hits = []
    for household_id in household_ids:
        household = households.get(household_id)
        if household is None:
            continue
        label = _("Household %(id)s") % {"id": household_id}
        if household_id in titulars:
            label += f" — {titulars[household_id]}"
        address = ", ".join(
            part for part in (household.street, f"{household.postal_code} {household.city}".strip()) if part
        )
        detail = " · ".join(part for part in (address, (why or {}).get(household_id, "")) if part)
        hits.append(
            search.Hit(
                key=f"household:{household_id}",
                label=label,
                detail=detail,
                url=reverse("admin:members_household_change", args=[household_id]),
            )
        )
    return hits


def search_households(query: search.Query, *, limit: int, memo: dict | None = None) -> list[search.Hit]:
    """The search box's households: by number, structured communication, address, or a member found."""
    from django.utils.translation import gettext as _

    ids: dict[int, str] = {}
    for household_id, why in (
        (query.household_reference, _("structured communication")),
        (query.number, ""),
    ):
        if household_id is not None and household_id <= bounds.MAX_ID:
            ids.setdefault(household_id, why)
    address = _address_condition(query)
    if address is not None:
        rows = (
            Household.objects.annotate(street_lower=Lower("street"))
            .filter(address)
            # a postal code's households in number order (household_postal_code_idx); a street's as the prefix
            # index gives them (no sort of every "Kerkstraat" in the country)
            .order_by(*(("postal_code", "id") if query.postal_code else ()))
            .values_list("id", flat=True)[:limit]
        )
        for household_id in sorted(rows) if not query.postal_code else rows:
            ids.setdefault(household_id, "")
    if len(ids) < limit and (query.national_number or query.names or query.iban):
        for member in _members_found(query, limit, memo):
            ids.setdefault(member.household_id, "")
    return household_hits(list(ids)[: limit * 2], ids)[:limit]


# --- Letters (issue #15): the household's language, its arrears, its correspondence -------------------


@dataclass(frozen=True)
class Addressee:
    """Who a household's letters go to: its current titular's name, in the titular's language."""

    household_id: int
    name: str
    language: str


def addressees_for(
    household_ids: Collection[int] | None = None, *, id_range: tuple[int, int] | None = None
) -> dict[int, Addressee]:
    """The addressee of each household's letters (of ``household_ids``, or of the households whose id is in
    ``id_range``, end excluded): its current titular (the latest affiliation as titular, as
    ``titulars_for``), in the titular's language (``Member.language``), else the household region's
    (``rules.letter_language``). Two queries, whatever the number of households."""
    members = Member.objects.filter(role=Role.TITULAR)
    households = Household.objects.all()
    if household_ids is not None:
        members = members.filter(household_id__in=list(household_ids))
        households = households.filter(pk__in=list(household_ids))
    if id_range is not None:
        members = members.filter(household_id__gte=id_range[0], household_id__lt=id_range[1])
        households = households.filter(pk__gte=id_range[0], pk__lt=id_range[1])
    titular: dict[int, tuple[str, str]] = {}
    rows = members.order_by("household_id", "affiliation_start", "id").values_list(
        "household_id", "first_name", "last_name", "language"
    )
    for household_id, first_name, last_name, language in rows:
        titular[household_id] = (f"{first_name} {last_name}", language)  # the last one wins: the latest titular
    regions = dict(households.values_list("pk", "region"))
    ids = list(household_ids) if household_ids is not None else sorted(regions)
    result = {}
    for household_id in ids:
        name, language = titular.get(household_id, ("", ""))
        result[household_id] = Addressee(
            household_id,
            name,
            rules.letter_language(titular_language=language, region=regions.get(household_id, "")),
        )
    return result


def letter_languages_for(
    household_ids: Collection[int] | None = None, *, id_range: tuple[int, int] | None = None
) -> dict[int, str]:
    """The language of each household's letters (``addressees_for``)."""
    return {household_id: a.language for household_id, a in addressees_for(household_ids, id_range=id_range).items()}


def arrears_facts_for(id_range: tuple[int, int], *, through: Month) -> dict[int, rules.ArrearsFacts]:
    """``rules.ArrearsFacts`` of the households in ``id_range`` that have an open due before ``through``
    and are entitled (``HouseholdStatus``, written by tonight's refresh): a few set-based queries on the
    open dues (``due_late_idx``: open dues are never paid in time), whatever the number of households."""
    low, high = id_range
    open_rows = (
        ContributionDue.objects.filter(
            household_id__gte=low,
            household_id__lt=high,
            paid_in_time=False,
            settled_on__isnull=True,
            amount__gt=0,
            month__lt=through.first_day,
            # older months are outside every window from ``through`` on (Art. 8 §3): they threaten nothing
            month__gte=(through - rules.WINDOW_MONTHS_BEFORE).first_day,
            household__status__status=EntitlementStatus.ENTITLED,
        )
        .order_by()
        .values_list("household_id", "month", "amount")
    )
    months: dict[int, dict[Month, Decimal]] = defaultdict(dict)
    for household_id, month, amount in open_rows:
        months[household_id][Month.of(month)] = amount
    if not months:
        return {}
    ids = list(months)
    judgments: dict[int, list[date]] = defaultdict(list)
    for household_id, judged in InsolvencyProcedure.objects.filter(member__household_id__in=ids).values_list(
        "member__household_id", "judgment_date"
    ):
        judgments[household_id].append(judged)
    sent: dict[int, set[tuple[rules.ReminderKind, Month]]] = defaultdict(set)
    for household_id, details in Correspondence.objects.filter(
        household_id__in=ids, kind=CorrespondenceKind.REMINDER
    ).values_list("household_id", "details"):
        try:
            sent[household_id].add((rules.ReminderKind(details["reminder"]), Month.parse(details["first_month"])))
        except (KeyError, TypeError, ValueError):
            continue  # a reminder written by hand: not one of these
    collecting = hooks.months_being_collected(id_range)  # the bank's direct debits not yet answered
    return {
        household_id: rules.ArrearsFacts(
            open_months=by_month,
            entitled=True,
            judgments=tuple(judgments.get(household_id, ())),
            sent=frozenset(sent.get(household_id, ())),
            collecting=frozenset(Month.of(day) for day in collecting.get(household_id, ())),
        )
        for household_id, by_month in months.items()
    }


def household_correspondence(household_id: int, *, limit: int = 50):
    """The household's correspondence, newest first (``correspondence_household_idx``)."""
    return Correspondence.objects.filter(household_id=household_id).order_by("-created_at", "-id")[:limit]


def correspondence_of_day(day: date, *, kind: str | None = None):
    """The letters written on ``day`` (the manager's print run), oldest first."""
    queryset = Correspondence.objects.filter(created_at__date=day, channel="letter")
    if kind:
        queryset = queryset.filter(kind=kind)
    return queryset.select_related("household").order_by("created_at", "id")


# --- rights nobody claims (issue #17) ------------------------------------------------------------------


def restorable_arrears_rights(day: date, id_range: tuple[int, int]) -> list:
    """The members app's rights detector (registered in ``members/hooks.py``): the suspended households of
    ``id_range`` (end excluded; by the nightly's materialised status) that paying a small debt restores
    (``rules.arrears_restorable``), told to their titular. A fixed number of queries."""
    from django.db.models import Sum

    from members.models import HouseholdStatus

    low, high = id_range
    suspended = list(
        HouseholdStatus.objects.filter(
            household_id__gte=low, household_id__lt=high, status=EntitlementStatus.SUSPENDED
        ).values_list("household_id", flat=True)
    )
    if not suspended:
        return []
    month = Month.of(day)
    judged = entitlements_for(household_ids=suspended, event_month=month, as_of=day)
    missing = {h: set(e.missing) for h, e in judged.items() if e.missing}
    owed: dict[int, Decimal] = defaultdict(Decimal)
    if missing:
        window = min(m for months in missing.values() for m in months)
        for household_id, due_month, amount in (
            ContributionDue.objects.filter(
                household_id__in=list(missing), settled_on__isnull=True, month__gte=window.first_day
            )
            .values_list("household_id", "month")
            .annotate(total=Sum("amount"))
        ):
            if Month.of(due_month) in missing[household_id]:
                owed[household_id] += amount
    titulars = titulars_for(list(missing))
    found = []
    for household_id in missing:
        titular = titulars.get(household_id)
        if titular is None:
            continue
        right = rules.arrears_restorable(
            judged[household_id],
            owed.get(household_id, Decimal("0")),
            member_id=titular.member_id,
            household_id=household_id,
        )
        if right is not None:
            found.append(right)
    return found
