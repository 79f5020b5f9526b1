"""Reads of the benefits app: the catalogue, a beneficiary's facts and payout history, usage."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Q, Sum

from benefits import rules
from benefits.models import COUNTING_STATUSES, Benefit, Claim, ClaimStatus, RuleVersion
from core import bounds, search
from core.months import Month
from members import rules as member_rules
from members import selectors as member_selectors
from members.models import IncreasedReimbursementPeriod, Member


@dataclass(frozen=True)
class Catalogue:
    """Every benefit with its rule versions, loaded in three queries."""

    benefits: dict[str, Benefit]
    versions: dict[str, list[tuple[RuleVersion, rules.RuleSpec]]]
    tables: member_selectors.Tables  # contribution tables, for the entitlement of each claim

    @classmethod
    def load(cls) -> Catalogue:
        benefits = {b.code: b for b in Benefit.objects.all()}
        versions: dict[str, list] = defaultdict(list)
        for version in RuleVersion.objects.select_related("benefit").prefetch_related("caps"):
            versions[version.benefit.code].append((version, version.to_spec()))
        return cls(benefits, dict(versions), member_selectors.Tables.load())

    def version_on(self, code: str, day: date) -> tuple[RuleVersion, rules.RuleSpec] | tuple[None, None]:
        candidates = [(v, s) for v, s in self.versions.get(code, []) if s.effective_from <= day]
        if not candidates:
            return None, None
        return max(candidates, key=lambda pair: pair[1].effective_from)

    def earliest(self, code: str) -> rules.RuleSpec | None:
        specs = [s for _v, s in self.versions.get(code, [])]
        return min(specs, key=lambda s: s.effective_from) if specs else None


def person_facts(member: Member, event_date: date, as_of: date, tables=None) -> rules.PersonFacts:
    """Age, entitlement for the event month (Art. 8, computed now), VT on 1 January, disability."""
    entitlement = member_selectors.entitlements_for(
        member_ids=[member.pk], event_month=Month.of(event_date), as_of=as_of, tables=tables
    )[member.pk]
    vt_periods = list(IncreasedReimbursementPeriod.objects.filter(member=member).values_list("start", "end"))
    return person_facts_from(member, entitlement, vt_periods, event_date)


def person_facts_from(
    member: Member, entitlement: member_rules.Entitlement, vt_periods, event_date: date
) -> rules.PersonFacts:
    """``entitlement`` is ``members.selectors.entitlements_for``'s (``not_affiliated`` is a status)."""
    status, reason = entitlement.status.value, entitlement.reason
    january = date(event_date.year, 1, 1)
    vt = any(start <= january and (end is None or end >= january) for start, end in vt_periods)
    until = member.incapacity_66_until  # an incapacity no longer recognised (members.services.exemption_end)
    disabled = bool(
        member.incapacity_66_from and member.incapacity_66_from <= event_date and (until is None or until >= event_date)
    )
    return rules.PersonFacts(
        birth_date=member.birth_date,
        entitlement=status,
        entitlement_reason=reason,
        entitlement_explanation=entitlement.explanation,
        vt_on_january_first=vt,
        disabled_66=disabled,
    )


#: The columns a past claim's subject is read from (``rules.SubjectRef``).
SUBJECT_COLUMNS = (
    "child_id",
    "unborn_child_id",
    "unborn_child__born_as_id",
    "disorder",
    "medical_app_id",
    "treatment_start",
    "legacy_key",
)
PAST_COLUMNS = ("event_date", "payout", "units", "parts", "facts", *SUBJECT_COLUMNS)


def subject_ref(claim: Claim) -> rules.SubjectRef:
    unborn = claim.unborn_child if claim.unborn_child_id else None
    return rules.SubjectRef(
        child_id=claim.child_id,
        unborn_id=claim.unborn_child_id,
        born_as_id=unborn.born_as_id if unborn else None,
        disorder=claim.disorder or "",
        app_id=claim.medical_app_id,
        treatment_start=claim.treatment_start,
        legacy=claim.legacy_key or "",
    )


def subject_label(claim: Claim) -> str:
    """The subject as the decision names it: the child, the disorder, the app, the treatment."""
    if claim.child_id:
        child = claim.child
        return f"child {child.first_name} {child.last_name}, born {child.birth_date:%d/%m/%Y}"
    if claim.unborn_child_id:
        unborn = claim.unborn_child
        if unborn.born_as_id:
            child = unborn.born_as
            return f"child {child.first_name} {child.last_name}, born {child.birth_date:%d/%m/%Y}"
        return f"child expected {unborn.expected_birth_date:%d/%m/%Y}" + (
            f" (#{unborn.rank})" if unborn.rank > 1 else ""
        )
    if claim.disorder:
        return f"disorder {claim.get_disorder_display()}"
    if claim.medical_app_id:
        return f"app {claim.medical_app.name}"
    if claim.treatment_start:
        return f"treatment started {claim.treatment_start:%d/%m/%Y}"
    return claim.legacy_key or ""


def facts_with_subject(claim: Claim, kind) -> dict:
    """Art. 53: the birth date the hours are counted around is the child's (a member's birth date),
    else the one given, else the unborn child's expected date."""
    facts = dict(claim.facts or {})
    if kind is rules.Subject.CHILD:
        if claim.child_id:
            facts["birth_date"] = claim.child.birth_date.isoformat()
        elif claim.unborn_child_id:
            unborn = claim.unborn_child
            if unborn.born_as_id:
                facts["birth_date"] = unborn.born_as.birth_date.isoformat()
            else:
                facts.setdefault("birth_date", unborn.expected_birth_date.isoformat())
    return facts


def _ref(child_id, unborn_id, born_as_id, disorder, app_id, treatment_start, legacy) -> rules.SubjectRef:
    return rules.SubjectRef(child_id, unborn_id, born_as_id, disorder or "", app_id, treatment_start, legacy or "")


def _past(kind, event_date, payout, units, parts, facts, *subject, own=True) -> rules.PastPayout:
    return rules.PastPayout(
        event_date=event_date,
        amount=payout,
        units=units,
        key=rules.subject_key(kind, _ref(*subject)),
        parts={k: Decimal(str(v)) for k, v in (parts or {}).items()},
        facts=facts or {},
        own=own,
    )


def payout_histories(
    pairs, kinds: dict[int, rules.Subject | None] | None = None
) -> dict[tuple[int, int], list[rules.PastPayout]]:
    """Payout histories for many (member id, benefit id) pairs in one query; ``kinds``: the subject
    each benefit (by id) counts on."""
    member_ids = {m for m, _b in pairs}
    kinds = kinds or {}
    result: dict[tuple[int, int], list[rules.PastPayout]] = defaultdict(list)
    rows = Claim.objects.filter(member_id__in=member_ids, status__in=COUNTING_STATUSES).values_list(
        "member_id", "benefit_id", *PAST_COLUMNS
    )
    for member_id, benefit_id, *row in rows:
        if (member_id, benefit_id) in pairs:
            result[(member_id, benefit_id)].append(_past(kinds.get(benefit_id), *row))
    return result


def payout_history(
    member_id: int,
    benefit_id: int,
    *,
    exclude_claim: int | None = None,
    kind: rules.Subject | None = None,
    subject_key: str = "",
    others_only: bool = False,
) -> list[rules.PastPayout]:
    """What the beneficiary already received for this benefit (claims that count toward the caps),
    each with the key of its subject; for a child, also what other beneficiaries received for the
    same child (``own=False``: Art. 53's hours per child, whichever parent claims them)."""
    result = []
    counting = Claim.objects.filter(benefit_id=benefit_id, status__in=COUNTING_STATUSES)
    if exclude_claim:
        counting = counting.exclude(pk=exclude_claim)
    if not others_only:
        result = [_past(kind, *row) for row in counting.filter(member_id=member_id).values_list(*PAST_COLUMNS)]
    kind_of_key, _sep, value = subject_key.partition(":")
    if kind_of_key in ("child", "unborn") and value.isdigit():
        same = (
            (Q(child_id=value) | Q(unborn_child__born_as_id=value))
            if kind_of_key == "child"
            else Q(unborn_child_id=value)
        )
        others = counting.exclude(member_id=member_id).filter(same).values_list(*PAST_COLUMNS)
        result += [_past(rules.Subject.CHILD, *row, own=False) for row in others]
    return result


def benefit_usage(member: Member, year: int, catalogue: Catalogue | None = None) -> list[dict]:
    """Per benefit: what was used in ``year`` and what is left under the yearly caps (a clerk's
    view of the member's page; lifetime and per-period caps are shown with their use too)."""
    return benefit_usage_for_member(member_ids=[member.pk], year=year, catalogue=catalogue)[member.pk]


def benefit_usage_for_member(
    *, member_ids: Collection[int], year: int, catalogue: Catalogue | None = None
) -> dict[int, list[dict]]:
    """``benefit_usage`` of many members: the catalogue once, then two grouped queries for them all."""
    catalogue = catalogue or Catalogue.load()
    member_ids = set(member_ids)
    counting = Claim.objects.filter(member_id__in=member_ids, status__in=COUNTING_STATUSES)
    used: dict[int, dict[str, dict]] = defaultdict(dict)
    for row in (
        counting.filter(event_date__year=year)
        .values("member_id", "benefit__code")
        .annotate(amount=Sum("payout"), units=Sum("units"))
        .order_by()
    ):
        used[row["member_id"]][row["benefit__code"]] = row
    lifetime: dict[int, dict[str, dict]] = defaultdict(dict)
    for row in (
        counting.values("member_id", "benefit__code").annotate(amount=Sum("payout"), units=Sum("units")).order_by()
    ):
        lifetime[row["member_id"]][row["benefit__code"]] = row
    return {member_id: _usage(catalogue, year, used[member_id], lifetime[member_id]) for member_id in member_ids}


def _usage(catalogue: Catalogue, year: int, used: dict[str, dict], lifetime: dict[str, dict]) -> list[dict]:
    result = []
    for code, benefit in sorted(catalogue.benefits.items()):
        _version, spec = catalogue.version_on(code, date(year, 12, 31))
        if spec is None:
            continue
        row = used.get(code, {})
        amount = row.get("amount") or Decimal("0.00")
        units = row.get("units") or 0
        remaining_amount = remaining_units = None
        for cap in spec.caps:
            if cap.scope is rules.CapScope.YEAR:
                if cap.amount is not None:
                    remaining_amount = max(Decimal("0.00"), cap.amount - amount)
                if cap.units is not None:
                    remaining_units = max(0, cap.units - units)
            elif cap.scope is rules.CapScope.LIFETIME:
                life = lifetime.get(code, {})
                if cap.amount is not None:
                    remaining_amount = max(Decimal("0.00"), cap.amount - (life.get("amount") or Decimal("0.00")))
                if cap.units is not None:
                    remaining_units = max(0, cap.units - (life.get("units") or 0))
        result.append(
            {
                "benefit": code,
                "name": benefit.localized_name,
                "article": benefit.article,
                "used_amount": amount,
                "used_units": units,
                "remaining_amount": remaining_amount,
                "remaining_units": remaining_units,
                "rule": _describe(spec),
            }
        )
    return result


def _describe(spec: rules.RuleSpec) -> str:
    return "; ".join(c.describe() for c in spec.caps) or spec.calculation.value.replace("_", " ")


def rule_on(code: str, day: date) -> rules.RuleSpec | None:
    """The rule version of benefit ``code`` in force on ``day`` (else its first, which refuses an
    event before it), or None for an unknown benefit: what a claim's facts are checked against."""
    versions = list(RuleVersion.objects.filter(benefit__code=code).select_related("benefit").prefetch_related("caps"))
    specs = [v.to_spec() for v in versions]
    in_force = [s for s in specs if s.effective_from <= day]
    if in_force:
        return max(in_force, key=lambda s: s.effective_from)
    return min(specs, key=lambda s: s.effective_from) if specs else None


def current_rules(day: date) -> list[tuple[Benefit, rules.RuleSpec]]:
    """Each active benefit with its rule version in force on ``day`` (else its first): what the
    claim form offers for each benefit's facts. Two queries."""
    by_benefit: dict[int, list[RuleVersion]] = defaultdict(list)
    for version in RuleVersion.objects.filter(benefit__active=True).select_related("benefit").prefetch_related("caps"):
        by_benefit[version.benefit_id].append(version)
    found = []
    for versions in by_benefit.values():
        in_force = [v for v in versions if v.effective_from <= day]
        version = (
            max(in_force, key=lambda v: v.effective_from) if in_force else min(versions, key=lambda v: v.effective_from)
        )
        found.append((version.benefit, version.to_spec()))
    return sorted(found, key=lambda pair: pair[0].code)


# --- The one search box (issue #16): claims by number, or the claims of a national number -------------


def search_claims(query: search.Query, *, limit: int, memo: dict | None = None) -> list[search.Hit]:
    """Claims by their number, or the latest claims of the member with the national number typed."""
    from django.urls import reverse
    from django.utils.translation import gettext as _

    from core.formatting import short_date

    claims: list[Claim] = []
    base = Claim.objects.select_related("member", "benefit")
    if query.number is not None and query.number <= bounds.MAX_ID:
        claims += list(base.filter(pk=query.number))
    if query.national_number:
        claims += list(base.filter(member__national_number=query.national_number).order_by("-filed_on", "-id")[:limit])
    return [
        search.Hit(
            key=f"claim:{claim.pk}",
            label=_("Claim %(id)s") % {"id": claim.pk} + f" — {claim.member.last_name} {claim.member.first_name}",
            detail=" · ".join((claim.benefit.localized_name, short_date(claim.event_date), claim.get_status_display())),
            url=reverse("admin:benefits_claim_change", args=[claim.pk]),
        )
        for claim in claims[:limit]
    ]


# --- rights nobody claims (issue #17): the facts of a chunk of households, fetched at once ----------------


def rights_rules(day: date) -> dict[str, list[rules.RuleSpec]]:
    """The rule versions of the benefits the detectors read (``benefits.rights.CODES``), by code."""
    from benefits import rights

    versions: dict[str, list[rules.RuleSpec]] = defaultdict(list)
    for version in (
        RuleVersion.objects.filter(benefit__code__in=rights.CODES).select_related("benefit").prefetch_related("caps")
    ):
        versions[version.benefit.code].append(version.to_spec())
    return dict(versions)


def rights_facts_for(id_range: tuple[int, int], day: date) -> list:
    """``benefits.rights.HouseholdFacts`` of the households whose id is in ``id_range`` (end excluded) and
    that have an affiliated member on ``day``: three queries, whatever the number of households."""
    from benefits import rights
    from members.models import EntitlementStatus, HouseholdStatus, Role

    low, high = id_range
    people: dict[int, list] = defaultdict(list)
    members = Member.objects.filter(household_id__gte=low, household_id__lt=high, affiliation_start__lte=day).filter(
        Q(affiliation_end__isnull=True) | Q(affiliation_end__gte=day)
    )
    for pk, household_id, birth, role, start, end in members.values_list(
        "pk", "household_id", "birth_date", "role", "affiliation_start", "affiliation_end"
    ).order_by("household_id", "pk"):
        people[household_id].append(rights.Person(pk, birth, role or Role.DEPENDENT, start, end))
    if not people:
        return []
    entitled = set(
        HouseholdStatus.objects.filter(
            household_id__gte=low, household_id__lt=high, status=EntitlementStatus.ENTITLED
        ).values_list("household_id", flat=True)
    )
    claims: dict[int, list] = defaultdict(list)
    # the claims the detectors read: of their benefits (for the youngest members: 12 years back covers
    # Art. 51's bands), and every claim still waiting for a decision (Art. 42.4)
    relevant = Q(benefit__code__in=rights.CODES, event_date__gte=date(day.year - 13, 1, 1)) | Q(
        status=ClaimStatus.FILED
    )
    rows = (
        Claim.objects.filter(member__household_id__gte=low, member__household_id__lt=high)
        .filter(relevant)
        .exclude(status__in=(ClaimStatus.CANCELLED, ClaimStatus.EXPIRED))
        .values_list(
            "pk",
            "member_id",
            "member__household_id",
            "benefit__code",
            "benefit__article",
            "event_date",
            "status",
            "child_id",
            "payout",
        )
    )
    counting = {status.value for status in COUNTING_STATUSES}
    for pk, member_id, household_id, code, article, event, status, child_id, payout in rows:
        claims[household_id].append(
            rights.PastClaim(pk, member_id, code, article, event, status, child_id, payout, status in counting)
        )
    return [
        rights.HouseholdFacts(
            household_id, household_id in entitled, tuple(persons), tuple(claims.get(household_id, ()))
        )
        for household_id, persons in people.items()
    ]
