"""Issue #13: caps per child, per disorder, per app count on what the article names, filed through
the services (Art. 43, 48, 53, 57), the Art. 48 vaccine list and the Art. 58 Krunsj holidays."""

from datetime import date
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError

from benefits import reference, services
from benefits.models import ClaimStatus, MedicalApp, UnbornChild
from benefits.tests.helpers import birth_premium, newborn
from benefits.tests.test_services import paid_up_member
from core.reasons import render
from members.models import Role
from members.tests.factories import add_dependent

pytestmark = pytest.mark.django_db

#: the hours of maternity help are filed in spring 2026
SPRING = time_machine.travel(date(2026, 6, 30), tick=False)


@pytest.fixture
def catalogue(table_2026):
    reference.seed()


@pytest.fixture(autouse=True)
def spring():
    with SPRING:
        yield


def maternity_help(member, hours, *, on=date(2026, 3, 10), **subject):
    return services.claim_file(
        member=member, benefit="maternity_help", event_date=on, quantity=hours, evidence=["invoice"], **subject
    )


def speech_therapy(member, sessions, *, on=date(2026, 2, 1), **subject):
    return services.claim_file(
        member=member,
        benefit="speech_therapy",
        event_date=on,
        quantity=sessions,
        evidence=["attestation"],
        facts={"compulsory_refused_or_exhausted": True},
        **subject,
    )


# --- Art. 53: 60 hours per (unborn) child ---------------------------------------------------------------


def test_second_birth_has_its_own_60_hours_of_maternity_help(catalogue):
    """Art. 53 "maximum 60 uren per ingeschreven (on)geboren kind"."""
    mother = paid_up_member(birth=date(1990, 4, 4))
    first_child = newborn(mother, born=date(2026, 1, 10))
    used = maternity_help(mother, 60, on=date(2026, 1, 20), child=first_child)
    assert (used.status, used.units, used.payout) == (ClaimStatus.APPROVED, 60, Decimal("300.00"))
    # the first child's 60 hours are used up
    more = maternity_help(mother, 5, on=date(2026, 2, 1), child=first_child)
    assert more.status == ClaimStatus.REJECTED
    assert any(r.startswith("Art. 53") and "Fien Peeters" in r and "reached" in r for r in map(render, more.reasons))
    # a second birth (the household's next child) has its own 60 hours
    second_child = newborn(mother, born=date(2026, 4, 2))  # (a household with two mothers, say)
    second = maternity_help(mother, 60, on=date(2026, 4, 10), child=second_child)
    assert (second.status, second.units, second.payout) == (ClaimStatus.APPROVED, 60, Decimal("300.00"))


def test_same_unborn_child_is_one_cap_whatever_date_the_clerk_types(catalogue):
    """An unborn child is its household's record of the pregnancy: a due date typed a few days off is
    the same child; once born and a member, the hours before the birth count with the hours after."""
    mother = paid_up_member(birth=date(1990, 4, 4))
    before = maternity_help(mother, 40, on=date(2026, 2, 20), expected_birth_date=date(2026, 3, 1))
    retyped = maternity_help(mother, 30, on=date(2026, 2, 25), expected_birth_date=date(2026, 3, 4))
    assert before.unborn_child_id == retyped.unborn_child_id and UnbornChild.objects.count() == 1
    assert (retyped.status, retyped.units) == (ClaimStatus.PARTIALLY_APPROVED, 20)
    assert any(
        "60 units" in r and "child expected 01/03/2026" in r and "40 already used" in r
        for r in map(render, retyped.reasons)
    )
    # born on 3 March: the claim for the born child links the household's one unborn record to it
    child = newborn(mother, born=date(2026, 3, 3))
    after = maternity_help(mother, 10, on=date(2026, 3, 20), child=child)
    assert after.status == ClaimStatus.REJECTED and any("reached (60 used)" in r for r in map(render, after.reasons))
    assert UnbornChild.objects.get().born_as == child


def test_the_childs_60_hours_are_shared_by_its_parents(catalogue):
    """Art. 53: 60 hours per child, whichever affiliated parent files them (the parents may be
    affiliated in two households)."""
    mother = paid_up_member(birth=date(1990, 4, 4))
    father = paid_up_member(birth=date(1988, 8, 8), last_name="Janssens")
    child = newborn(mother, born=date(2026, 3, 3))
    maternity_help(mother, 50, on=date(2026, 3, 10), child=child)
    fathers = maternity_help(father, 20, on=date(2026, 3, 12), child=child)
    assert (fathers.status, fathers.units, fathers.payout) == (ClaimStatus.PARTIALLY_APPROVED, 10, Decimal("50.00"))


def test_maternity_help_without_its_child_names_the_field_and_the_article(catalogue):
    mother = paid_up_member(birth=date(1990, 4, 4))
    with pytest.raises(ValidationError) as refused:
        maternity_help(mother, 10)
    assert refused.value.message_dict["child"][0].startswith("Art. 53: the child")
    with pytest.raises(ValidationError) as foreign:
        maternity_help(mother, 10, child=newborn(mother), disorder="stuttering")
    assert set(foreign.value.message_dict) == {"disorder"} and "Art. 53" in foreign.value.message_dict["disorder"][0]


def test_twins_before_birth_are_two_children_and_each_is_linked_to_its_member(catalogue):
    mother = paid_up_member(birth=date(1990, 4, 4))
    maternity_help(mother, 60, on=date(2026, 2, 20), expected_birth_date=date(2026, 3, 1))
    twin = maternity_help(mother, 60, on=date(2026, 2, 20), expected_birth_date=date(2026, 3, 1), birth_rank=2)
    assert (twin.status, twin.units) == (ClaimStatus.APPROVED, 60)
    first, second = newborn(mother, born=date(2026, 2, 27)), newborn(mother, born=date(2026, 2, 27), gender="M")
    # two unborn records of that pregnancy: the clerk links each to its child before filing for the born child
    with pytest.raises(ValidationError, match="twins"):
        maternity_help(mother, 5, on=date(2026, 3, 5), child=first)
    records = UnbornChild.objects.order_by("rank")
    services.unborn_child_link(unborn=records[0], member=first)
    services.unborn_child_link(unborn=records[1], member=second)
    assert maternity_help(mother, 5, on=date(2026, 3, 5), child=second).status == ClaimStatus.REJECTED
    with pytest.raises(ValidationError, match="too far"):
        services.unborn_child_link(
            unborn=UnbornChild.objects.create(household=mother.household, expected_birth_date=date(2025, 1, 1)),
            member=first,
        )


# --- Art. 57: €300 per child to each affiliated parent ------------------------------------------------------


def test_twins_give_two_birth_premiums(catalogue):
    """Art. 57 "een premie van € 300 per kind aan elke aangesloten ouder"."""
    parent = paid_up_member(birth=date(1990, 4, 4))
    first, second = newborn(parent, born=date(2026, 3, 1)), newborn(parent, born=date(2026, 3, 1), gender="M")
    premiums = [birth_premium(parent, child=first), birth_premium(parent, child=second)]
    assert [(p.status, p.payout) for p in premiums] == [(ClaimStatus.APPROVED, Decimal("300.00"))] * 2
    again = birth_premium(parent, child=first)
    assert again.status == ClaimStatus.REJECTED
    assert any(
        r.startswith("Art. 57") and "reached" in r and "child Fien Peeters, born 01/03/2026" in r
        for r in map(render, again.reasons)
    )


def test_each_parent_has_the_premium_for_the_same_child(catalogue):
    mother = paid_up_member(birth=date(1990, 4, 4))
    father = paid_up_member(birth=date(1988, 8, 8), last_name="Janssens")
    child = newborn(mother)
    assert birth_premium(mother, child=child).payout == Decimal("300.00")
    assert birth_premium(father, child=child).payout == Decimal("300.00")


def test_the_child_is_not_the_parent(catalogue):
    parent = paid_up_member(birth=date(1990, 4, 4))
    with pytest.raises(ValidationError) as refused:
        birth_premium(parent, child=parent)
    assert refused.value.message_dict["child"][0].startswith("Art. 57")


# --- Art. 43: 80 sessions per disorder ---------------------------------------------------------------------


def test_two_disorders_have_two_caps_and_one_disorder_one(catalogue):
    """Art. 43 "De goedkeuring wordt voor 80 sessies toegekend. Dit is de maximale tegemoetkoming voor een
    stoornis. ... éénmalig met 80 sessies verlengd ... voor een andere stoornis"."""
    child = paid_up_member(birth=date(2016, 5, 5))
    assert speech_therapy(child, 80, disorder="dyslexia_dysorthography").payout == Decimal("800.00")
    same = speech_therapy(child, 10, on=date(2026, 3, 1), disorder="dyslexia_dysorthography")
    assert same.status == ClaimStatus.REJECTED
    assert any(r.startswith("Art. 43") and "disorder dyslexie / dysorthografie" in r for r in map(render, same.reasons))
    other = speech_therapy(child, 80, on=date(2026, 3, 1), disorder="stuttering")
    assert (other.status, other.payout) == (ClaimStatus.APPROVED, Decimal("800.00"))
    third = speech_therapy(child, 5, on=date(2026, 4, 1), disorder="dyscalculia")  # extended once only: 160 in all
    assert third.status == ClaimStatus.REJECTED


def test_speech_therapy_without_its_disorder_names_the_field_and_the_article(catalogue):
    with pytest.raises(ValidationError) as refused:
        speech_therapy(paid_up_member(birth=date(2016, 5, 5)), 10)
    assert refused.value.message_dict["disorder"][0].startswith("Art. 43: the disorder is required")


# --- Art. 48: per medical app; the vaccine list ----------------------------------------------------------------


def test_medical_apps_count_per_app_on_the_list(catalogue):
    member = paid_up_member()
    app = MedicalApp.objects.create(name="Kanopee", mhealth_belgium=True)
    other = MedicalApp.objects.create(name="Moovcare", mhealth_belgium=True)
    file = dict(
        benefit="medical_app",
        event_date=date(2026, 2, 1),
        amount_paid=Decimal("15.00"),
        evidence=["invoice"],
        facts={"recognition": "mhealth_belgium"},
    )
    assert services.claim_file(member=member, medical_app=app, **file).payout == Decimal("15.00")
    same = services.claim_file(member=member, medical_app=app.pk, **file)
    assert same.payout == Decimal("5.00") and any("app Kanopee" in r for r in map(render, same.reasons))
    assert services.claim_file(member=member, medical_app=other, **file).payout == Decimal("15.00")
    # the list has one row per app whatever the spelling
    duplicate = MedicalApp(name="kanopee ")
    with pytest.raises(ValidationError):
        duplicate.full_clean()


@pytest.mark.parametrize("printed, entry", [("Vaxigrip Tetra", "Vaxigrip (tetra)"), ("Pneumovax 23", "Pneumo(vax) 23")])
def test_vaccine_printed_by_the_pharmacy_is_recorded_as_its_list_entry(catalogue, printed, entry):
    claim = services.claim_file(
        member=paid_up_member(),
        benefit="vaccination",
        event_date=date(2026, 2, 1),
        amount_paid=Decimal("30.00"),
        evidence=["invoice"],
        facts={"product": printed},
    )
    assert claim.facts == {"product": entry, "printed_product": printed}
    assert (claim.status, claim.payout) == (ClaimStatus.APPROVED, Decimal("15.00"))


def test_vaccine_not_on_the_list_is_refused_with_the_article(catalogue):
    claim = services.claim_file(
        member=paid_up_member(),
        benefit="vaccination",
        event_date=date(2026, 2, 1),
        amount_paid=Decimal("30.00"),
        evidence=["invoice"],
        facts={"product": "Prevenar 20"},
    )
    assert claim.status == ClaimStatus.REJECTED and any(r.startswith("Art. 48") for r in map(render, claim.reasons))


# --- Art. 58: not the holidays of Krunsj ------------------------------------------------------------------------------


def test_youth_camp_records_whether_it_is_a_krunsj_holiday(catalogue):
    parent = paid_up_member()
    child = add_dependent(parent.household, birth=date(2015, 3, 3))
    assert child.role == Role.DEPENDENT
    camp = dict(
        member=child,
        benefit="youth_camp",
        event_date=date(2026, 4, 6),
        quantity=5,
        amount_paid=Decimal("150.00"),
        evidence=["invoice"],
    )
    with pytest.raises(ValidationError) as refused:
        services.claim_file(**camp, facts={"activity": "camp"})
    assert refused.value.message_dict["krunsj_holiday"][0].startswith("Art. 58")
    krunsj = services.claim_file(**camp, facts={"activity": "camp", "krunsj_holiday": True})
    assert krunsj.status == ClaimStatus.REJECTED
    assert "Art. 58: a holiday of vzw Krunsj is not covered: “uitgezonderd de vakanties van Krunsj”." in map(
        render, krunsj.reasons
    )
    other = services.claim_file(**camp, facts={"activity": "camp", "krunsj_holiday": False})
    assert (other.status, other.payout) == (ClaimStatus.APPROVED, Decimal("25.00"))


def test_a_batch_counts_per_child_and_names_the_row_without_its_child(catalogue):
    parent = paid_up_member(birth=date(1990, 4, 4))
    twins = [newborn(parent), newborn(parent, gender="M")]
    premium = dict(
        member=parent.pk,
        benefit="birth_premium",
        event_date=date(2026, 3, 1),
        evidence=("certificate",),
        facts={"kind": "birth"},
    )
    claims = services.claims_file_batch(
        [
            services.ClaimRequest(**premium, child=twins[0].pk),
            services.ClaimRequest(**premium, child=twins[1].pk),
            services.ClaimRequest(**premium, child=twins[0].pk),
        ]
    )
    assert [c.payout for c in claims] == [Decimal("300.00"), Decimal("300.00"), Decimal("0.00")]
    with pytest.raises(ValidationError) as refused:
        services.claims_file_batch(
            [services.ClaimRequest(**premium, child=twins[0].pk), services.ClaimRequest(**premium)]
        )
    assert "Art. 57: the child" in refused.value.message_dict["row 2"][0]
