"""Art. 42.3 exemptions, VT periods and hardship situations through the API (issue #13): recorded,
corrected and ended with their proof dates, bounded, need-to-know, audited, idempotent, and with
the same effect on the household's dues and status as through the admin.

Art. 42.3: "Volgende categorieën van leden betalen een bijdrage van 0 euro: de personen jonger dan
21 jaar, die getroffen zijn door een lichamelijke of geestelijke ongeschiktheid van ten minste 66 %
[...]; de personen jonger dan 25 jaar, aan wie één van de tegemoetkomingen bedoeld in de wet van
27 februari 1987 [...] wordt verleend". Bijdragetabel 2026: €120.00 per year = €10.00 per month.
"""

from datetime import date
from decimal import Decimal

import pytest
from auditlog.models import LogEntry
from django.urls import reverse

from core.idempotency import HEADER
from core.models import AccessLog
from core.months import Month
from members import rules, selectors, services
from members.models import (
    ContributionDue,
    HardshipKind,
    HardshipSituation,
    HouseholdStatus,
    IncreasedReimbursementPeriod,
)
from members.tests.factories import household_with_titular

pytestmark = pytest.mark.django_db

TEN = Decimal("10.00")
ZERO = Decimal("0.00")


@pytest.fixture
def clerk(make_user, table_2026):
    return make_user("clerk")


@pytest.fixture
def clerk_api(api_client, clerk):
    api_client.force_authenticate(clerk)
    return api_client


@pytest.fixture
def young():
    """A titular aged 19 in 2026 (born 01/03/2007), affiliated from 01/2026, months 01–06/2026
    booked at €10.00 and unpaid."""
    household, titular = household_with_titular(birth=date(2007, 3, 1), start=date(2026, 1, 1))
    services.dues_book(through=Month(2026, 6), household_ids=[household.pk])
    return household, titular


def dues(household) -> dict[str, tuple[Decimal, bool]]:
    """month → (amount, settled)"""
    return {
        f"{d.month:%Y-%m}": (d.amount, d.settled_on is not None)
        for d in ContributionDue.objects.filter(household=household).order_by("month")
    }


def exemptions_url(member, *rest):
    return f"/api/v1/members/{member.pk}/exemptions/" + "".join(f"{part}/" for part in rest)


INCAPACITY = {
    "kind": "incapacity_66",
    "start": "2026-03-10",
    "proof_date": "2026-03-20",
    "proof_reference": "attest 66-123",
}


# --- happy paths, per kind ------------------------------------------------------------------------


def test_incapacity_exemption_recorded_through_the_api_makes_the_months_cost_nothing(clerk_api, young):
    """art42-3-under-21-incapacity-66: from the month the incapacity is recognised, €0.00."""
    household, titular = young
    assert dues(household)["2026-03"] == (TEN, False)

    # when
    response = clerk_api.post(exemptions_url(titular), INCAPACITY, format="json")

    # then the fact is stored with its proof
    assert response.status_code == 201, response.json()
    assert response.json() == {
        "kind": "incapacity_66",
        "start": "2026-03-10",
        "end": None,
        "proof_date": "2026-03-20",
        "proof_reference": "attest 66-123",
    }
    titular.refresh_from_db()
    assert (titular.incapacity_66_from, titular.incapacity_66_proof_date) == (date(2026, 3, 10), date(2026, 3, 20))
    # and the rule prices the months with the statute's numbers: €10.00 before, €0.00 from March
    facts = selectors.titulars_for([household.pk])[household.pk].exemption
    assert rules.monthly_due(Decimal("120.00"), facts, Month(2026, 2)) == TEN
    assert rules.monthly_due(Decimal("120.00"), facts, Month(2026, 3)) == ZERO
    # and the months already booked but unpaid are re-priced: nothing owed from March, paid in time
    booked = dues(household)
    assert booked["2026-01"] == booked["2026-02"] == (TEN, False)
    assert all(booked[m] == (ZERO, True) for m in ("2026-03", "2026-04", "2026-05", "2026-06"))
    exempt = ContributionDue.objects.get(household=household, month=date(2026, 3, 1))
    assert exempt.paid_in_time and "Art. 42.3" in exempt.exemption
    # and the household's status was recomputed at once (January and February are still unpaid)
    assert HouseholdStatus.objects.get(household=household).status == "suspended"


def test_disability_allowance_exempts_until_the_month_of_the_25th_birthday(clerk_api, table_2026):
    """art42-3-under-25-disability-allowance: 25 on 15/07/2026 → July (24 on 1 July) is the last
    month at €0.00, August costs €10.00."""
    household, titular = household_with_titular(birth=date(2001, 7, 15), start=date(2026, 1, 1))
    services.dues_book(through=Month(2026, 9), household_ids=[household.pk])

    response = clerk_api.post(
        exemptions_url(titular),
        {"kind": "disability_allowance", "start": "2025-01-01", "proof_date": "2025-02-03"},
        format="json",
    )

    assert response.status_code == 201, response.json()
    booked = dues(household)
    assert booked["2026-07"] == (ZERO, True)
    assert booked["2026-08"] == booked["2026-09"] == (TEN, False)


def test_ending_an_exemption_makes_the_later_months_owed_again(clerk_api, young):
    household, titular = young
    clerk_api.post(exemptions_url(titular), {**INCAPACITY, "start": "2026-01-01"}, format="json")
    assert all(amount == ZERO for amount, _settled in dues(household).values())

    response = clerk_api.post(exemptions_url(titular, "incapacity_66", "end"), {"end": "2026-03-31"}, format="json")

    assert response.status_code == 200, response.json()
    assert response.json()["end"] == "2026-03-31"
    booked = dues(household)
    assert [booked[m] for m in ("2026-01", "2026-02", "2026-03")] == [(ZERO, True)] * 3
    assert [booked[m] for m in ("2026-04", "2026-05", "2026-06")] == [(TEN, False)] * 3
    # a month booked later is priced from the ended fact too
    services.dues_book(through=Month(2026, 7), household_ids=[household.pk])
    assert dues(household)["2026-07"] == (TEN, False)

    again = clerk_api.post(exemptions_url(titular, "incapacity_66", "end"), {"end": "2026-04-30"}, format="json")
    assert again.status_code == 400 and "Already ended" in again.json()["end"][0]


def test_correcting_an_exemption_reprices_as_the_corrected_fact_says(clerk_api, young):
    household, titular = young
    clerk_api.post(exemptions_url(titular), {**INCAPACITY, "start": "2026-01-01"}, format="json")

    response = clerk_api.patch(
        exemptions_url(titular, "incapacity_66"),
        {"start": "2026-05-01", "proof_reference": "attest 66-124"},
        format="json",
    )

    assert response.status_code == 200, response.json()
    assert response.json()["start"] == "2026-05-01" and response.json()["proof_reference"] == "attest 66-124"
    booked = dues(household)
    assert [booked[m] for m in ("2026-01", "2026-04")] == [(TEN, False)] * 2
    assert booked["2026-05"] == (ZERO, True)
    listed = clerk_api.get(exemptions_url(titular))
    assert listed.status_code == 200 and [row["kind"] for row in listed.json()] == ["incapacity_66"]


def test_a_month_paid_by_a_payment_is_not_repriced(clerk_api, young):
    """Money moved: a refund is a decision of its own, not a side effect of recording a fact."""
    household, titular = young
    services.payment_record(household=household, amount=TEN, paid_on=date(2026, 1, 5), months=[Month(2026, 1)])

    clerk_api.post(exemptions_url(titular), {**INCAPACITY, "start": "2026-01-01"}, format="json")

    january = ContributionDue.objects.get(household=household, month=date(2026, 1, 1))
    assert (january.amount, january.payment_id is not None) == (TEN, True)
    assert dues(household)["2026-02"] == (ZERO, True)


def test_vt_period_recorded_corrected_and_ended(clerk_api, young):
    _household, titular = young
    response = clerk_api.post(
        "/api/v1/vt-periods/",
        {"member": titular.pk, "start": "2025-01-01", "proof_date": "2024-12-12", "proof_reference": "VT 2025/17"},
        format="json",
    )
    assert response.status_code == 201, response.json()
    period_id = response.json()["id"]
    assert response.json() == {
        "id": period_id,
        "member": titular.pk,
        "start": "2025-01-01",
        "end": None,
        "proof_date": "2024-12-12",
        "proof_reference": "VT 2025/17",
    }

    corrected = clerk_api.patch(f"/api/v1/vt-periods/{period_id}/", {"proof_reference": "VT 2025/18"}, format="json")
    ended = clerk_api.post(f"/api/v1/vt-periods/{period_id}/end/", {"end": "2026-06-30"}, format="json")

    assert corrected.status_code == 200 and ended.status_code == 200, (corrected.json(), ended.json())
    period = IncreasedReimbursementPeriod.objects.get(pk=period_id)
    assert (period.proof_reference, period.end) == ("VT 2025/18", date(2026, 6, 30))
    listed = clerk_api.get("/api/v1/vt-periods/", {"member": titular.pk})
    assert [row["id"] for row in listed.json()["results"]] == [period_id]
    assert clerk_api.get("/api/v1/vt-periods/", {"member": titular.pk + 1000}).json()["results"] == []


def test_hardship_recorded_through_the_api_recomputes_the_household_status(clerk_api):
    """Art. 8 §4 lid 5: a revocation acquired before 2021 is restored after 24 paid months, "6 maanden"
    when a hardship situation (behartenswaardige situatie) ran in the 6 months before the restoration
    period started. (Since issue #13 a debt settlement no longer makes the months of the procedure count
    as paid: Art. 8 §3 2° counts the contributions owed *before* the judgment — recorded as an
    insolvency procedure, not here.) Recording the hardship through the API recomputes the status."""
    from core.months import month_range
    from members.models import ContributionDue
    from members.tests.factories import contribution_table

    contribution_table(date(2017, 1, 1))
    legacy, titular = household_with_titular(start=date(2017, 1, 1), last_name="Claes")
    services.dues_book(through=Month(2026, 11))
    months = list(month_range(Month(2025, 7), Month(2026, 11)))  # unpaid 2017-01 … 2025-06: revoked in 2019
    amount = sum(
        ContributionDue.objects.filter(household=legacy, month__in=[m.first_day for m in months]).values_list(
            "amount", flat=True
        )
    )
    services.payment_record(household=legacy, amount=amount, paid_on=date(2026, 11, 20), months=months)
    services.statuses_refresh(as_of=date(2026, 11, 23), id_range=(legacy.pk, legacy.pk + 1))
    before = HouseholdStatus.objects.get(household=legacy)
    assert before.status == "revoked" and "restoration period running since 2025-07" in before.reason

    response = clerk_api.post(
        "/api/v1/hardship-situations/",
        {
            "member": titular.pk,
            "kind": HardshipKind.LIVING_WAGE,
            "start": "2025-03-01",
            "proof_date": "2025-03-10",
            "evidence": "OCMW Gent, beslissing leefloon 2025/118",
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    assert response.json()["proof_date"] == "2025-03-10"
    after = HouseholdStatus.objects.get(household=legacy)
    assert after.status == "entitled" and "restoration period" in after.reason  # 2025-07 … 2025-12 were the 6

    # corrected to a hardship that began too early to count (more than 6 months before 2025-07):
    # back to the 24 months, at once
    period_id = response.json()["id"]
    corrected = clerk_api.patch(
        f"/api/v1/hardship-situations/{period_id}/", {"start": "2024-06-01", "end": "2024-12-31"}, format="json"
    )
    assert corrected.status_code == 200, corrected.json()
    assert HouseholdStatus.objects.get(household=legacy).status == "revoked"


def test_hardships_of_different_kinds_may_overlap(clerk_api, young):
    _household, titular = young
    for kind in ("living_wage", "budget_guidance"):
        response = clerk_api.post(
            "/api/v1/hardship-situations/",
            {"member": titular.pk, "kind": kind, "start": "2026-02-01", "proof_date": "2026-02-05"},
            format="json",
        )
        assert response.status_code == 201, response.json()
    assert HardshipSituation.objects.filter(member=titular).count() == 2


# --- bad input: 400 naming the field, nothing stored ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        pytest.param({"start": "9999-12-31"}, "start", "", id="start-in-9999"),
        pytest.param({"start": "10000-01-01"}, "start", "", id="start-not-a-date"),
        pytest.param({"start": "2027-06-01"}, "start", "not after today", id="start-in-the-future"),
        pytest.param({"start": "1899-12-31"}, "start", "", id="start-before-the-records"),
        pytest.param({"end": "9999-12-31"}, "end", "", id="end-in-9999"),
        pytest.param({"end": "2026-03-09"}, "end", "before the start", id="end-before-start"),
        pytest.param({"proof_date": "9999-01-01"}, "proof_date", "", id="proof-in-9999"),
        pytest.param({"proof_date": None}, "proof_date", "", id="proof-date-missing"),
        pytest.param({"kind": "vt"}, "kind", "", id="unknown-kind"),
        pytest.param({"proof_reference": "x" * 201}, "proof_reference", "", id="reference-too-long"),
    ],
)
def test_bad_exemption_is_400_on_its_field(clerk_api, young, body, field, words):
    _household, titular = young
    data = {name: value for name, value in {**INCAPACITY, **body}.items() if value is not None}
    response = clerk_api.post(exemptions_url(titular), data, format="json")
    assert response.status_code == 400, response.json()
    assert field in response.json(), response.json()
    assert words in " ".join(response.json()[field])
    titular.refresh_from_db()
    assert titular.incapacity_66_from is None


def test_a_second_exemption_of_the_same_kind_is_400_with_the_article(clerk_api, young):
    _household, titular = young
    clerk_api.post(exemptions_url(titular), INCAPACITY, format="json")
    response = clerk_api.post(exemptions_url(titular), {**INCAPACITY, "start": "2026-05-01"}, format="json")
    assert response.status_code == 400
    assert "Art. 42.3" in response.json()["start"][0]
    titular.refresh_from_db()
    assert titular.incapacity_66_from == date(2026, 3, 10)


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        pytest.param("end/", {"end": "2026-03-01"}, "end", id="end-before-start"),
        pytest.param("end/", {"end": "9999-12-31"}, "end", id="end-in-9999"),
        pytest.param("end/", {}, "end", id="end-missing"),
        pytest.param("", {"start": "9999-12-31"}, "start", id="corrected-start-in-9999"),
        pytest.param("", {"end": "2026-01-01"}, "end", id="corrected-end-before-start"),
        pytest.param("", {"proof_date": "2999-01-01"}, "proof_date", id="corrected-proof-in-the-future"),
    ],
)
def test_bad_correction_or_end_of_an_exemption_is_400_on_its_field(clerk_api, young, path, body, field):
    _household, titular = young
    clerk_api.post(exemptions_url(titular), INCAPACITY, format="json")
    method = clerk_api.post if path else clerk_api.patch
    response = method(exemptions_url(titular, "incapacity_66") + path, body, format="json")
    assert response.status_code == 400, response.json()
    assert field in response.json()
    titular.refresh_from_db()
    assert (titular.incapacity_66_from, titular.incapacity_66_until) == (date(2026, 3, 10), None)


def test_an_exemption_not_recorded_cannot_be_ended_and_an_unknown_kind_is_404(clerk_api, young):
    _household, titular = young
    response = clerk_api.post(
        exemptions_url(titular, "disability_allowance", "end"), {"end": "2026-03-31"}, format="json"
    )
    assert response.status_code == 400 and "kind" in response.json()
    assert clerk_api.get(exemptions_url(titular, "vt")).status_code == 404
    assert clerk_api.get(exemptions_url(titular, "incapacity_66")).status_code == 404
    assert clerk_api.get("/api/v1/members/99999999999999999999/exemptions/").status_code == 404


VT = {"start": "2025-01-01", "end": "2025-12-31", "proof_date": "2024-12-12"}


@pytest.mark.parametrize(
    ("url", "body", "field", "words"),
    [
        pytest.param("vt-periods", {"start": "9999-12-31"}, "start", "", id="vt-start-in-9999"),
        pytest.param("vt-periods", {"end": "9999-12-31"}, "end", "", id="vt-end-in-9999"),
        pytest.param("vt-periods", {"end": "2024-12-31"}, "end", "before the start", id="vt-end-before-start"),
        pytest.param("vt-periods", {"start": "2007-02-01", "end": None}, "start", "birth month", id="vt-before-birth"),
        pytest.param("vt-periods", {"proof_date": "2999-01-01"}, "proof_date", "", id="vt-proof-in-the-future"),
        pytest.param("vt-periods", {"proof_date": None}, "proof_date", "", id="vt-proof-date-missing"),
        pytest.param("vt-periods", {"member": 99999999999999999999}, "member", "", id="vt-member-cannot-exist"),
        pytest.param("vt-periods", {"start": "2025-06-01", "end": None}, "start", "Art. 42.6", id="vt-overlap"),
        pytest.param(
            "vt-periods", {"start": "2024-06-01", "end": "2025-01-01"}, "end", "Art. 42.6", id="vt-overlap-by-its-end"
        ),
        pytest.param("hardship-situations", {"kind": "lottery"}, "kind", "", id="hardship-unknown-kind"),
        pytest.param("hardship-situations", {"start": "9999-12-31"}, "start", "", id="hardship-start-in-9999"),
        pytest.param(
            "hardship-situations", {"end": "2024-01-01"}, "end", "before the start", id="hardship-end-before-start"
        ),
        pytest.param(
            "hardship-situations", {"start": "2025-03-01"}, "start", "Art. 8 §4", id="hardship-overlap-same-kind"
        ),
        pytest.param("hardship-situations", {"evidence": "x" * 201}, "evidence", "", id="hardship-evidence-too-long"),
    ],
)
def test_bad_period_is_400_on_its_field_with_the_article(clerk_api, young, url, body, field, words):
    _household, titular = young
    # a period of the same kind is recorded already: 2025
    services.vt_period_record(
        member=titular, start=date(2025, 1, 1), end=date(2025, 12, 31), proof_date=date(2024, 12, 1)
    )
    services.hardship_record(
        member=titular, kind="living_wage", start=date(2025, 1, 1), end=date(2025, 12, 31), proof_date=date(2025, 1, 5)
    )
    before = (IncreasedReimbursementPeriod.objects.count(), HardshipSituation.objects.count())
    base = {
        **VT,
        "member": titular.pk,
        **(
            {"kind": "living_wage", "start": "2026-01-01", "end": None}
            if url == "hardship-situations"
            else {"start": "2026-01-01", "end": None}
        ),
    }
    data = {name: value for name, value in {**base, **body}.items() if value is not None}

    response = clerk_api.post(f"/api/v1/{url}/", data, format="json")

    assert response.status_code == 400, response.json()
    assert field in response.json(), response.json()
    assert words in " ".join(response.json()[field])
    assert (IncreasedReimbursementPeriod.objects.count(), HardshipSituation.objects.count()) == before


@pytest.mark.parametrize(
    ("path", "body", "field", "words"),
    [
        pytest.param("end/", {"end": "2025-12-31"}, "end", "before the start", id="end-before-start"),
        pytest.param("end/", {"end": "9999-12-31"}, "end", "", id="end-in-9999"),
        pytest.param("", {"start": "2025-06-01"}, "start", "Art. 42.6", id="corrected-into-an-overlap"),
        pytest.param("", {"proof_date": None}, "proof_date", "", id="proof-date-removed"),
        pytest.param("", {"end": "10000-01-01"}, "end", "", id="corrected-end-not-a-date"),
    ],
)
def test_bad_correction_or_end_of_a_vt_period_is_400_on_its_field(clerk_api, young, path, body, field, words):
    _household, titular = young
    services.vt_period_record(
        member=titular, start=date(2025, 1, 1), end=date(2025, 12, 31), proof_date=date(2024, 12, 1)
    )
    period = services.vt_period_record(member=titular, start=date(2026, 1, 1), proof_date=date(2025, 12, 1))
    method = clerk_api.post if path else clerk_api.patch

    response = method(f"/api/v1/vt-periods/{period.pk}/{path}", body, format="json")

    assert response.status_code == 400, response.json()
    assert field in response.json() and words in " ".join(response.json()[field])
    period.refresh_from_db()
    assert (period.start, period.end, period.proof_date) == (date(2026, 1, 1), None, date(2025, 12, 1))


# --- need to know: health and social data ----------------------------------------------------------


@pytest.mark.parametrize("role", ["lending_desk", "election_bureau"])
def test_roles_without_need_see_nothing_and_record_nothing(api_client, make_user, young, role):
    _household, titular = young
    period = services.vt_period_record(member=titular, start=date(2025, 1, 1), proof_date=date(2024, 12, 1))
    hardship = services.hardship_record(
        member=titular, kind="living_wage", start=date(2025, 1, 1), proof_date=date(2025, 1, 5)
    )
    api_client.force_authenticate(make_user(role))
    answers = [
        api_client.get(exemptions_url(titular)),
        api_client.post(exemptions_url(titular), INCAPACITY, format="json"),
        api_client.get("/api/v1/vt-periods/"),
        api_client.get(f"/api/v1/vt-periods/{period.pk}/"),
        api_client.post("/api/v1/vt-periods/", {**VT, "member": titular.pk}, format="json"),
        api_client.post(f"/api/v1/vt-periods/{period.pk}/end/", {"end": "2026-01-31"}, format="json"),
        api_client.get("/api/v1/hardship-situations/"),
        api_client.patch(f"/api/v1/hardship-situations/{hardship.pk}/", {"kind": "cpas_support"}, format="json"),
    ]
    assert [a.status_code for a in answers] == [403] * len(answers)
    titular.refresh_from_db()
    period.refresh_from_db()
    assert (titular.incapacity_66_from, period.end, IncreasedReimbursementPeriod.objects.count()) == (None, None, 1)


@pytest.mark.parametrize("role", ["manager", "auditor"])
def test_managers_and_auditors_read_but_do_not_record(api_client, make_user, young, role):
    _household, titular = young
    services.exemption_record(
        member=titular, kind="incapacity_66", start=date(2026, 3, 10), proof_date=date(2026, 3, 20)
    )
    period = services.vt_period_record(member=titular, start=date(2025, 1, 1), proof_date=date(2024, 12, 1))
    api_client.force_authenticate(make_user(role))

    assert api_client.get(exemptions_url(titular)).status_code == 200
    assert api_client.get(f"/api/v1/vt-periods/{period.pk}/").status_code == 200
    assert api_client.get("/api/v1/hardship-situations/").status_code == 200
    assert (
        api_client.post(f"/api/v1/vt-periods/{period.pk}/end/", {"end": "2026-01-31"}, format="json").status_code == 403
    )
    assert (
        api_client.patch(exemptions_url(titular, "incapacity_66"), {"start": "2026-04-01"}, format="json").status_code
        == 403
    )
    assert (
        api_client.post(
            "/api/v1/hardship-situations/",
            {"member": titular.pk, "kind": "living_wage", "start": "2026-01-01", "proof_date": "2026-01-02"},
            format="json",
        ).status_code
        == 403
    )


def test_anonymous_is_401(api_client, young):
    _household, titular = young
    assert api_client.get(exemptions_url(titular)).status_code == 401
    assert api_client.post("/api/v1/vt-periods/", {}, format="json").status_code == 401


def test_reads_are_logged_as_health_data(clerk_api, clerk, young):
    household, titular = young
    period = services.vt_period_record(member=titular, start=date(2025, 1, 1), proof_date=date(2024, 12, 1))

    clerk_api.get(exemptions_url(titular))
    clerk_api.get(f"/api/v1/vt-periods/{period.pk}/")
    clerk_api.get("/api/v1/hardship-situations/", {"member": titular.pk})

    rows = list(
        AccessLog.objects.filter(user=clerk)
        .order_by("id")
        .values_list("action", "object_type", "object_id", "household_id", "categories", "channel")
    )
    assert rows == [
        ("view", "members.member", str(titular.pk), household.pk, "health", "api"),
        ("view", "members.increasedreimbursementperiod", str(period.pk), household.pk, "health,identity", "api"),
        ("list", "members.hardshipsituation", "", None, "health,identity", "api"),
    ]


# --- audit and idempotency --------------------------------------------------------------------------


def test_every_write_is_audited_with_its_actor(clerk_api, clerk, young):
    household, titular = young
    clerk_api.post(exemptions_url(titular), INCAPACITY, format="json")
    running = {"member": titular.pk, "start": "2025-01-01", "proof_date": "2024-12-12"}
    vt_id = clerk_api.post("/api/v1/vt-periods/", running, format="json").json()["id"]
    assert clerk_api.post(f"/api/v1/vt-periods/{vt_id}/end/", {"end": "2025-06-30"}, format="json").status_code == 200

    member_entry = LogEntry.objects.get_for_object(titular).filter(action=LogEntry.Action.UPDATE).latest("timestamp")
    assert member_entry.actor == clerk
    assert member_entry.changes_dict["incapacity_66_from"] == [None, "2026-03-10"]
    assert member_entry.changes_dict["incapacity_66_proof_date"] == [None, "2026-03-20"]
    period = IncreasedReimbursementPeriod.objects.get(pk=vt_id)
    entries = LogEntry.objects.get_for_object(period).order_by("timestamp")
    assert [(e.action, e.actor) for e in entries] == [(LogEntry.Action.CREATE, clerk), (LogEntry.Action.UPDATE, clerk)]
    assert entries.last().changes_dict["end"] == [None, "2025-06-30"]
    # the months it re-priced are in the trail too (who re-priced March, from what)
    march = ContributionDue.objects.get(household=household, month=date(2026, 3, 1))
    due_entry = LogEntry.objects.get_for_object(march).filter(action=LogEntry.Action.UPDATE).get()
    assert due_entry.actor == clerk and due_entry.changes_dict["amount"] == ["10.00", "0.00"]


def test_replayed_writes_are_done_once(clerk_api, young):
    _household, titular = young
    first = clerk_api.post(exemptions_url(titular), INCAPACITY, format="json", headers={HEADER: "exempt-1"})
    retry = clerk_api.post(exemptions_url(titular), INCAPACITY, format="json", headers={HEADER: "exempt-1"})
    assert (first.status_code, retry.status_code) == (201, 201)  # not 400 "already recorded"
    assert retry.json() == first.json() and retry["Idempotent-Replayed"] == "true"

    body = {"member": titular.pk, "start": "2025-01-01", "proof_date": "2024-12-12"}
    vt = [clerk_api.post("/api/v1/vt-periods/", body, format="json", headers={HEADER: "vt-1"}) for _ in range(2)]
    assert [r.status_code for r in vt] == [201, 201] and vt[0].json() == vt[1].json()
    assert IncreasedReimbursementPeriod.objects.filter(member=titular).count() == 1

    url = f"/api/v1/vt-periods/{vt[0].json()['id']}/end/"
    ends = [clerk_api.post(url, {"end": "2025-06-30"}, format="json", headers={HEADER: "vt-end-1"}) for _ in range(2)]
    assert [r.status_code for r in ends] == [200, 200]  # not 400 "already ended"
    assert ends[1]["Idempotent-Replayed"] == "true"


# --- the admin goes through the same services ----------------------------------------------------------


def _member_change_data(client, member, **changes):
    url = reverse("admin:members_member_change", args=[member.pk])
    form = client.get(url).context["adminform"].form
    data = {k: ("" if v is None else v) for k, v in form.initial.items() if k in form.fields}
    data.update(
        {
            "birth_date": member.birth_date.strftime("%d/%m/%Y"),
            "affiliation_start": member.affiliation_start.strftime("%d/%m/%Y"),
            "titular_since": member.titular_since.strftime("%d/%m/%Y") if member.titular_since else "",
            "affiliation_end": "",
        }
    )
    for prefix in ("vt_periods", "hardships"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(changes)
    return url, data


def test_an_exemption_entered_in_the_admin_reprices_like_the_api(client, clerk, young):
    household, titular = young
    client.force_login(clerk)
    url, data = _member_change_data(client, titular, incapacity_66_from="10/03/2026")

    refused = client.post(url, data)
    assert refused.status_code == 200
    assert "incapacity_66_proof_date" in refused.context["adminform"].form.errors

    data["incapacity_66_proof_date"] = "20/03/2026"
    saved = client.post(url, data)
    assert saved.status_code == 302
    assert dues(household)["2026-03"] == (ZERO, True) and dues(household)["2026-02"] == (TEN, False)


def test_a_vt_period_entered_in_the_admin_is_recorded_by_the_service(client, clerk, young):
    _household, titular = young
    services.vt_period_record(member=titular, start=date(2025, 1, 1), proof_date=date(2024, 12, 1))
    client.force_login(clerk)
    url, data = _member_change_data(client, titular)
    period = IncreasedReimbursementPeriod.objects.get()
    data.update(
        {
            "vt_periods-TOTAL_FORMS": "2",
            "vt_periods-INITIAL_FORMS": "1",
            "vt_periods-0-id": str(period.pk),
            "vt_periods-0-member": str(titular.pk),
            "vt_periods-0-start": "01/01/2025",
            "vt_periods-0-end": "",
            "vt_periods-0-proof_date": "01/12/2024",
            "vt_periods-0-proof_reference": "",
            "vt_periods-1-member": str(titular.pk),
            "vt_periods-1-start": "01/01/2026",
            "vt_periods-1-proof_date": "",
            "vt_periods-1-proof_reference": "VT 2026",
        }
    )

    refused = client.post(url, data)  # no proof date, and it overlaps the running period
    assert refused.status_code == 200
    errors = refused.context["inline_admin_formsets"][0].formset.errors[1]
    assert "proof_date" in errors and "Art. 42.6" in " ".join(errors["start"])

    data.update({"vt_periods-0-end": "31/12/2025", "vt_periods-1-proof_date": "15/12/2025"})
    saved = client.post(url, data)
    assert saved.status_code == 302, saved.context["inline_admin_formsets"][0].formset.errors if saved.context else ""
    assert list(
        IncreasedReimbursementPeriod.objects.order_by("start").values_list("start", "end", "proof_reference")
    ) == [(date(2025, 1, 1), date(2025, 12, 31), ""), (date(2026, 1, 1), None, "VT 2026")]


def test_an_ended_incapacity_no_longer_counts_for_the_disabled_child_cap(clerk_api, table_2026):
    """Art. 58: €250 per year for a child with an incapacity of at least 66 %: as long as it is recognised."""
    from benefits.selectors import person_facts_from

    _household, child = household_with_titular(birth=date(2014, 4, 1), start=date(2026, 1, 1))
    services.exemption_record(member=child, kind="incapacity_66", start=date(2020, 1, 1), proof_date=date(2020, 2, 1))
    services.exemption_end(member=child, kind="incapacity_66", end=date(2026, 3, 31))
    child.refresh_from_db()
    no_status = rules.not_affiliated(Month.of(date(2026, 3, 31)), "not judged here")
    assert person_facts_from(child, no_status, [], date(2026, 3, 31)).disabled_66 is True
    assert person_facts_from(child, no_status, [], date(2026, 4, 1)).disabled_66 is False


# --- lock and re-check ------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_overlapping_periods_sent_at_once_are_stored_once(table_2026):
    """Four clerks record overlapping VT periods of one member at the same moment: the household
    lock serialises them and the overlap is checked again under it, so one is stored and the others
    are refused on ``start`` with the article (never two running VT periods)."""
    from django.core.exceptions import ValidationError

    from core.tests.parallel import require_row_locks, run_at_once

    require_row_locks()
    _household, titular = household_with_titular()

    def record(index):
        return services.vt_period_record(
            member=titular.pk, start=date(2025, 1 + index, 1), proof_date=date(2024, 12, 1)
        )

    results, errors = run_at_once(record, times=4)

    assert len(results) == 1 and IncreasedReimbursementPeriod.objects.filter(member=titular).count() == 1
    assert len(errors) == 3 and all(isinstance(e, ValidationError) for e in errors), errors
    assert all("Art. 42.6" in " ".join(e.message_dict.get("start", []) + e.message_dict.get("end", [])) for e in errors)
