"""Issue #16: people, households, claims and stock units are picked by name or national number through
the admin's autocomplete (core.autocomplete), never typed as ids; only roles that may see them get
answers, and each option tells people apart."""

from datetime import date
from decimal import Decimal

import pytest
from django.contrib import admin
from django.db.models import ForeignKey, OneToOneField
from django.urls import reverse

from core.models import AccessLog
from members.models import Household, Member
from members.tests.factories import add_dependent, household_with_titular

#: The models a clerk picks by what is printed or said, never by id.
PICKED = {"members.member", "members.household", "benefits.claim", "lending.stockunit"}

#: The role that works with each app's forms (core.roles).
ROLE_OF_APP = {
    "members": "clerk",
    "benefits": "clerk",
    "bank": "clerk",
    "lending": "lending_desk",
    "elections": "election_bureau",
}


def _autocomplete_fields():
    for model, model_admin in admin.site._registry.items():
        for name in model_admin.autocomplete_fields:
            yield model, model_admin, model._meta.get_field(name)


def test_no_admin_asks_for_raw_ids_of_people_households_claims_or_units():
    ours = {"core", *ROLE_OF_APP, "reports"}
    assert not [
        type(a).__name__ for m, a in admin.site._registry.items() if a.raw_id_fields and m._meta.app_label in ours
    ]
    from django.contrib.auth.models import User
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = User(is_superuser=True, is_staff=True)
    missing = []
    for model, model_admin in admin.site._registry.items():
        read_only = set(model_admin.get_readonly_fields(request, None))  # lists of what the bank wrote
        for field in model._meta.get_fields():
            if not isinstance(field, (ForeignKey, OneToOneField)) or field.auto_created:
                continue
            if field.related_model._meta.label_lower in PICKED and field.name not in model_admin.autocomplete_fields:
                if field.editable and field.name not in read_only:
                    missing.append(f"{model._meta.label_lower}.{field.name}")
    # a rental's unit is picked from a drop-down of the item's free units (issue #16, the lending desk), not typed
    assert missing == ["lending.rental.unit"]
    from lending.admin import FreeUnitChoice, RentalForm

    assert isinstance(RentalForm.base_fields["unit"], FreeUnitChoice)


PEOPLE_FIELDS = [
    pytest.param(model, field.name, id=f"{model._meta.label_lower}.{field.name}")
    for model, _admin, field in _autocomplete_fields()
    if field.related_model in (Member, Household)
]


def _get(client, model, field, term):
    return client.get(
        reverse("admin:autocomplete"),
        {"app_label": model._meta.app_label, "model_name": model._meta.model_name, "field_name": field, "term": term},
    )


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "field"), PEOPLE_FIELDS)
def test_each_person_and_household_field_finds_by_name_and_number_with_a_readable_label(
    client, make_user, table_2026, model, field
):
    household, titular = household_with_titular(last_name="Vermeulen")
    household_with_titular(last_name="Janssens")
    client.force_login(make_user(ROLE_OF_APP[model._meta.app_label]))
    target = model._meta.get_field(field).related_model
    for term in ("verm", "vermeulen jan", titular.national_number_display):
        response = _get(client, model, field, term)
        assert response.status_code == 200, (term, response.content[:200])
        texts = [r["text"] for r in response.json()["results"]]
        if target is Member:
            assert texts == [f"Vermeulen Jan, °17/05/1980 — household {household.pk}, titular"], term
        else:
            assert texts == [f"Household {household.pk} — Vermeulen Jan — 9000 Gent"], term
        assert titular.national_number not in response.content.decode()  # the label never shows it


@pytest.mark.django_db
def test_an_autocomplete_answer_is_in_the_read_access_log(client, make_user, table_2026):
    household, titular = household_with_titular(last_name="Vermeulen")
    add_dependent(household)
    client.force_login(make_user("clerk"))
    response = _get(client, Member, "household", "peeters")
    assert response.status_code == 200
    row = AccessLog.objects.get(object_type="members.household")
    assert (row.action, row.count, row.categories, row.reason) == ("list", 1, "identity", "autocomplete")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "app_label", "model_name", "field"),
    [
        (None, "members", "member", "household"),  # staff without a role: nothing
        ("election_bureau", "benefits", "claim", "member"),  # sees members, but claims are not its work
        ("lending_desk", "lending", "carefee", "claim"),  # claims are health data
        ("election_bureau", "lending", "rental", "unit"),
        ("lending_desk", "elections", "candidate", "member"),
    ],
)
def test_a_role_that_may_not_see_the_list_gets_403_and_no_names(
    client, make_user, table_2026, role, app_label, model_name, field
):
    household_with_titular(last_name="Vermeulen")
    client.force_login(make_user(role))
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": app_label, "model_name": model_name, "field_name": field, "term": "verm"},
    )
    assert response.status_code == 403
    assert b"Vermeulen" not in response.content


@pytest.mark.django_db
def test_a_care_fee_picks_its_claim_by_the_members_name(client, make_user, table_2026):
    from benefits import reference
    from benefits.models import Benefit
    from benefits.services import claim_file
    from benefits.tests.test_services import paid_up_member
    from lending.models import CareFee

    reference.seed()
    member = paid_up_member(last_name="Vermeulen")
    claim = claim_file(
        member=member,
        benefit=Benefit.objects.get(code="foot_care"),
        event_date=date(2026, 3, 2),
        amount_paid=Decimal("25.00"),
        evidence=["invoice"],
    )
    client.force_login(make_user("clerk"))
    for term in ("vermeulen", member.national_number, str(claim.pk)):
        response = _get(client, CareFee, "claim", term)
        assert response.status_code == 200
        texts = [r["text"] for r in response.json()["results"]]
        assert texts == [f"Claim {claim.pk} — Vermeulen Jan — {claim.benefit.localized_name}, 02/03/2026"], term


@pytest.mark.django_db
def test_a_rental_picks_its_unit_by_item_and_serial(client, make_user, table_2026):
    from lending import reference
    from lending.models import Item, Office, Rental, StockUnit

    reference.seed()
    item = Item.objects.order_by("code").first()
    office = Office.objects.first() or Office.objects.create(name="Gent")
    unit = StockUnit.objects.create(item=item, office=office, serial="SN-4711")
    client.force_login(make_user("lending_desk"))
    for term in ("SN-4711", item.code):
        response = _get(client, Rental, "unit", term)
        assert response.status_code == 200
        texts = [r["text"] for r in response.json()["results"]]
        assert f"{item.code} #SN-4711 — {item} — {office} — {unit.get_state_display()}" in texts
