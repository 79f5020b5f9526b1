"""The claim screens: what the services refuse is a message on the form and nothing is stored — not a
"added successfully" for a claim that does not exist (issue #12, point 13)."""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from benefits.models import Benefit, Claim, ClaimStatus
from benefits.tests.helpers import paid_birth_premium
from benefits.tests.test_services import paid_up_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk(client, make_user, catalogue):
    client.force_login(make_user("clerk"))
    return client


@pytest.fixture
def catalogue(table_2026):
    from benefits import reference

    reference.seed()


def _claim_form(member, **changes):
    data = {
        "member": member.pk,
        "benefit": Benefit.objects.get(code="foot_care").pk,
        "event_date": "01/02/2026",
        "filed_on": "01/03/2026",
        "amount_paid": "25,00",
        "compulsory_reimbursement": "0",
        "quantity": "1",
        "evidence_received": "invoice",
    }
    return {**data, **changes}


def test_claim_the_service_refuses_is_a_form_error(clerk):
    member = paid_up_member()
    response = clerk.post(reverse("admin:benefits_claim_add"), _claim_form(member, quantity="0"))
    assert response.status_code == 200
    # the service's bound (core.bounds), on the form's field
    assert response.context["adminform"].form.errors["quantity"] == ["A whole number from 1 to 10.000."]
    assert not Claim.objects.exists()


def test_claim_filed_in_the_admin_is_judged_by_the_service(clerk):
    member = paid_up_member()
    response = clerk.post(reverse("admin:benefits_claim_add"), _claim_form(member), follow=True)
    claim = Claim.objects.get()
    assert claim.status == ClaimStatus.APPROVED and claim.payout == Decimal("10.00")  # Art. 44: €10 per session
    assert claim.evidence == ["invoice"]
    assert any("Judged: Approved" in str(m) for m in response.context["messages"])


def test_recovery_the_service_refuses_is_a_form_error_on_the_amount(client, make_user, catalogue):
    claim = paid_birth_premium(manager=make_user("manager"), paid_on=date(2026, 4, 1))
    client.force_login(make_user("clerk"))
    url = reverse("admin:benefits_claim_change", args=[claim.pk])

    response = client.post(url, {"recovered_amount": "999,00", "recovery_reason": "double payment", "fraud": ""})
    assert response.status_code == 200
    assert "Between 0,01 € and the payout 300,00 €." in response.context["adminform"].form.errors["recovered_amount"]
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PAID and claim.recovered_amount == 0

    client.post(url, {"recovered_amount": "300,00", "recovery_reason": "double payment", "fraud": ""})
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.RECOVERED and claim.recovered_amount == Decimal("300.00")


# --- issue #13: the subject and the Art. 48 list on the claim form ---------------------------------------------


def test_claim_form_names_the_missing_subject_on_its_field(clerk):
    member = paid_up_member()
    form = _claim_form(
        member,
        benefit=Benefit.objects.get(code="birth_premium").pk,
        event_date="01/03/2026",
        amount_paid="0",
        evidence_received="certificate",
        fact_kind="birth",
    )
    response = clerk.post(reverse("admin:benefits_claim_add"), form)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["child"][0].startswith("Art. 57: the child")
    assert not Claim.objects.exists()


def test_claim_form_twins_and_an_unborn_child(clerk):
    from benefits.tests.helpers import newborn

    mother = paid_up_member(birth=date(1990, 4, 4))
    twins = [newborn(mother), newborn(mother, gender="M")]
    premium = _claim_form(
        mother,
        benefit=Benefit.objects.get(code="birth_premium").pk,
        event_date="01/03/2026",
        amount_paid="0",
        evidence_received="certificate",
        fact_kind="birth",
    )
    for twin in twins:
        assert clerk.post(reverse("admin:benefits_claim_add"), {**premium, "child": twin.pk}).status_code == 302
    assert sorted(Claim.objects.values_list("payout", flat=True)) == [Decimal("300.00")] * 2
    hours = _claim_form(
        mother,
        benefit=Benefit.objects.get(code="maternity_help").pk,
        event_date="20/02/2026",
        quantity="10",
        amount_paid="0",
        expected_birth_date="01/03/2026",
        birth_rank="2",
    )
    assert clerk.post(reverse("admin:benefits_claim_add"), hours).status_code == 302
    claim = Claim.objects.get(benefit__code="maternity_help")
    assert (claim.unborn_child.rank, claim.payout) == (2, Decimal("50.00"))
    page = clerk.get(reverse("admin:benefits_claim_change", args=[claim.pk])).content.decode()
    assert "child expected 01/03/2026 (#2)" in page


@pytest.mark.parametrize(
    "fields, product",
    [
        pytest.param({"fact_product": "Pneumo(vax) 23"}, "Pneumo(vax) 23", id="picked-from-the-list"),
        pytest.param({"printed_vaccine": "Infanrix Hexa"}, "Infanrix (Hexa/IPV)", id="matched-from-the-print"),
    ],
)
def test_claim_form_vaccine_from_the_art48_list(clerk, fields, product):
    form = _claim_form(
        paid_up_member(), benefit=Benefit.objects.get(code="vaccination").pk, amount_paid="40,00", **fields
    )
    assert clerk.post(reverse("admin:benefits_claim_add"), form).status_code == 302
    claim = Claim.objects.get()
    assert (claim.facts["product"], claim.payout) == (product, Decimal("20.00"))


def test_claim_form_vaccine_printed_off_the_list_asks_for_a_pick(clerk):
    form = _claim_form(
        paid_up_member(),
        benefit=Benefit.objects.get(code="vaccination").pk,
        amount_paid="40,00",
        printed_vaccine="Prevenar 20",
    )
    response = clerk.post(reverse("admin:benefits_claim_add"), form)
    assert response.status_code == 200 and "Art. 48" in response.context["adminform"].form.errors["printed_vaccine"][0]


def test_clerk_links_an_unborn_child_to_its_member(clerk):
    from benefits.models import UnbornChild
    from benefits.tests.helpers import newborn

    mother = paid_up_member(birth=date(1990, 4, 4))
    unborn = UnbornChild.objects.create(household=mother.household, expected_birth_date=date(2026, 3, 1))
    child = newborn(mother, born=date(2026, 3, 2))
    url = reverse("admin:benefits_unbornchild_change", args=[unborn.pk])
    assert clerk.get(url).status_code == 200
    response = clerk.post(url, {"born_as": child.pk})
    assert response.status_code == 302, response.context["adminform"].form.errors
    unborn.refresh_from_db()
    assert unborn.born_as == child


# --- issue #14: one typed field per declared fact ------------------------------------------------------------


def test_claim_filed_through_the_generated_fact_fields_is_judged_as_before(clerk):
    form = _claim_form(
        paid_up_member(),
        benefit=Benefit.objects.get(code="transport").pk,
        event_date="01/02/2026",
        amount_paid="400,00",
        fact_situation="2",
        fact_mode="ambulance",
    )
    assert clerk.post(reverse("admin:benefits_claim_add"), form).status_code == 302
    claim = Claim.objects.get()
    # Art. 55 situation 2 by ambulance: 90 % of €400, at most €150 per trip (as through the API)
    assert (claim.facts, claim.status, claim.payout) == (
        {"situation": "2", "mode": "ambulance"},
        ClaimStatus.PARTIALLY_APPROVED,
        Decimal("150.00"),
    )
    page = clerk.get(reverse("admin:benefits_claim_change", args=[claim.pk]))
    shown = page.context["adminform"].form
    assert (shown["fact_situation"].value(), shown["fact_mode"].value()) == ("2", "ambulance")
    assert shown["evidence_received"].value() == ["invoice"]
    assert "Facts of the claim" in page.content.decode()


@pytest.mark.parametrize(
    ("code", "fields", "field", "words"),
    [
        pytest.param(
            "sports_club",
            {"fact_kind": "birth"},
            "fact_kind",
            "Art. 59: sports_club takes no fact",
            id="art59-fact-of-another-benefit",
        ),
        pytest.param(
            "convalescent_stay",
            {"fact_approved_periods": "9"},
            "fact_approved_periods",
            "4",
            id="art49-at-most-4-periods",
        ),
        pytest.param(
            "youth_camp",
            {"fact_activity": "camp"},
            "fact_krunsj_holiday",
            "Art. 58",
            id="art58-krunsj-stated-either-way",
        ),
    ],
)
def test_claim_form_refuses_a_bad_fact_on_its_field(clerk, code, fields, field, words):
    form = _claim_form(paid_up_member(), benefit=Benefit.objects.get(code=code).pk, **fields)
    response = clerk.post(reverse("admin:benefits_claim_add"), form)
    assert response.status_code == 200
    assert words in " ".join(response.context["adminform"].form.errors[field])
    assert not Claim.objects.exists()


def test_claim_form_tells_the_page_which_fields_each_benefit_shows(clerk):
    import json
    import re

    page = clerk.get(reverse("admin:benefits_claim_add"))
    html = page.content.decode()
    select = re.search(r'<select name="benefit"[^>]*data-fact-fields="([^"]*)"', html)
    shows = json.loads(select.group(1).replace("&quot;", '"'))
    assert shows[str(Benefit.objects.get(code="sports_club").pk)] == ["fact_listed_sport"]
    assert shows[str(Benefit.objects.get(code="vaccination").pk)] == [
        "fact_product",
        "fact_pandemic",
        "printed_vaccine",
    ]
    assert "benefits/claim-facts.js" in html
    # the evidence codes of the rule versions, as checkboxes
    assert 'type="checkbox" name="evidence_received" value="dentist_attestation"' in html


def test_claim_form_draws_its_empty_fact_fields_as_the_widget_templates_do(clerk, monkeypatch):
    """Issue #18: the empty fact fields' HTML is kept and used again; the page is the one the widget
    templates draw, in the reader's language, and a value typed (a form re-drawn) is drawn as typed."""
    from benefits import admin as claim_admin

    token = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')

    def page(language):
        response = clerk.get(reverse("admin:benefits_claim_add"), HTTP_ACCEPT_LANGUAGE=language)
        return token.sub("", response.content.decode())

    claim_admin._EMPTY_WIDGET_HTML.clear()
    english, dutch = page("en"), page("nl")
    assert claim_admin._EMPTY_WIDGET_HTML  # kept …
    assert page("en") == english and page("nl") == dutch  # … and drawn the same again, in each language
    assert '<select name="fact_mode"' in dutch and english != dutch
    with monkeypatch.context() as patched:  # each widget through its templates, as before
        patched.setattr(claim_admin, "_drawn_once_when_empty", lambda widget: None)
        assert page("en") == english and page("nl") == dutch

    form = _claim_form(paid_up_member(), fact_km="abc")
    response = clerk.post(reverse("admin:benefits_claim_add"), form)
    assert response.status_code == 200 and 'name="fact_km" value="abc"' in response.content.decode()


def test_closed_claim_shows_its_facts_as_named_values_in_the_readers_language(clerk):
    """Issue #16: a closed claim's facts read "name: value" (labels, yes/no, Belgian dates), never JSON."""
    from benefits.admin import fact_lines

    form = _claim_form(
        paid_up_member(),
        benefit=Benefit.objects.get(code="transport").pk,
        amount_paid="400,00",
        fact_situation="2",
        fact_mode="ambulance",
    )
    assert clerk.post(reverse("admin:benefits_claim_add"), form).status_code == 302
    claim = Claim.objects.get()
    Claim.objects.filter(pk=claim.pk).update(status=ClaimStatus.PAID)  # closed: the facts are read-only
    clerk.cookies["django_language"] = "nl"
    page = clerk.get(reverse("admin:benefits_claim_change", args=[claim.pk])).content.decode()
    # Art. 55: the situation by its label, not "2" nor {"situation": "2", …}
    assert "2 — overbrenging tussen ziekenhuizen" in page and "Ambulance" in page  # in Dutch
    assert '{"situation"' not in page and "{&quot;situation" not in page and "&#x27;situation" not in page

    with translation.override("nl"):
        lines = dict(fact_lines({"listed_sport": True, "birth_date": "2026-03-01", "days": ["2026-03-02"], "km": 1200}))
    # yes/no translated, dates dd/mm/yyyy, numbers with Belgian grouping
    assert lines == {"Opgelijste sport": "ja", "Geboortedatum": "01/03/2026", "Dagen": "02/03/2026", "Km": "1.200"}
