"""Issue #16: the national number as printed on the eID (birth date and gender taken from it), and a new
household created with its titular on one page; no household saved without a titular."""

from datetime import date

import pytest
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import escape

from members.forms import NationalNumberField
from members.models import Household, Member, Role
from members.tests.factories import household_with_titular

# the example: born 14/03/1985, serial 123 (odd: a man), check 97 - 850314123 mod 97 = 02
MAN = "85031412302"
WOMAN = "85031412401"  # serial 124 (even: a woman)
GIRL_2015 = "15030300279"  # born 03/03/2015, serial 002, the check over 2 followed by the nine digits


def test_the_numbers_of_this_file_are_what_they_say():
    from members import rules

    assert rules.national_number_for(date(1985, 3, 14), "M", 61) == MAN
    assert rules.national_number_for(date(1985, 3, 14), "F", 61) == WOMAN
    assert rules.national_number_for(date(2015, 3, 3), "F", 0) == GIRL_2015


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("85.03.14-123.02", MAN),  # as printed on the eID
        ("85 03 14 123 02", MAN),  # with spaces
        ("85031412302", MAN),  # bare
        (" 85.03.14-124.01 ", WOMAN),
        ("15.03.03-002.79", GIRL_2015),  # born in 2000 or later: the check over 2 followed by the 9 digits
    ],
)
def test_the_national_number_field_takes_the_printed_forms(typed, expected):
    assert NationalNumberField().clean(typed) == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("85.03.14-123.03", "National number 85.03.14-123.03: the check digits (the last two) do not match"),
        ("85.03.14-123", "National number: 11 digits, as on the eID card"),
        ("85.03.14-123.02.1", "“85.03.14-123.02.1” has 12 digits"),
        ("85.O3.14-123.02", "National number: 11 digits"),
    ],
)
def test_the_national_number_field_names_the_rule_it_breaks(typed, message):
    with pytest.raises(ValidationError) as error:
        NationalNumberField().clean(typed)
    assert message in error.value.messages[0]


def test_the_input_is_not_cut_at_11_characters():
    field = NationalNumberField()
    assert field.widget_attrs(field.widget)["maxlength"] == "20"


# --- the member's form -------------------------------------------------------------------------------


@pytest.fixture
def clerk(client, make_user, table_2026):
    client.force_login(make_user("clerk"))
    return client


def _member(household, **values):
    return {
        "national_number": "",
        "last_name": "Peeters",
        "first_name": "Fien",
        "birth_date": "",
        "gender": "",
        "household": household.pk,
        "role": Role.DEPENDENT,
        "affiliation_start": "01/01/2026",
        "language": "nl",
        **{f"{prefix}-{key}": value for prefix in ("vt_periods", "hardship") for key, value in _EMPTY.items()},
        **values,
    }


_EMPTY = {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"}


def _formset_prefixes(client):
    response = client.get(reverse("admin:members_member_add"))
    return [formset.formset.prefix for formset in response.context["inline_admin_formsets"]]


def _post_member(client, household, **values):
    data = _member(household, **values)
    for prefix in _formset_prefixes(client):
        data.update({f"{prefix}-{key}": value for key, value in _EMPTY.items()})
    return client.post(reverse("admin:members_member_add"), data)


def test_birth_date_and_gender_are_taken_from_the_printed_number(clerk):
    household, _ = household_with_titular()
    response = _post_member(clerk, household, national_number="15.03.03-002.79")
    assert response.status_code == 302, response.context["adminform"].form.errors
    child = Member.objects.get(national_number=GIRL_2015)
    assert (child.birth_date, child.gender) == (date(2015, 3, 3), "F")


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        (
            {"national_number": "15.03.03-002.79", "birth_date": "04/03/2015"},
            "birth_date",
            "Birth date: the national number encodes 03/03/2015 (its first six digits), not 04/03/2015.",
        ),
        (
            {"national_number": "15.03.03-002.79", "gender": "M"},
            "gender",
            "Gender: the national number encodes a woman (even serial number, digits 7–9), not male.",
        ),
        (
            {"national_number": "15.03.03-002.78"},
            "national_number",
            "National number 15.03.03-002.78: the check digits (the last two) do not match the first nine "
            "(97 minus the number modulo 97); check the number on the eID card.",
        ),
    ],
)
def test_a_wrong_number_or_a_mismatch_is_one_error_on_its_field(clerk, values, field, message):
    household, _ = household_with_titular()
    response = _post_member(clerk, household, **values)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors[field] == [message]
    assert response.content.decode().count(escape(message)) == 1  # shown once, not twice
    assert not Member.objects.filter(last_name="Peeters", first_name="Fien").exists()


def test_a_given_birth_date_and_gender_that_agree_are_kept(clerk):
    household, _ = household_with_titular()
    response = _post_member(clerk, household, national_number=GIRL_2015, birth_date="03/03/2015", gender="F")
    assert response.status_code == 302


# --- a new household with its titular ------------------------------------------------------------------------


def _household(**values):
    return {
        "street": "Veldstraat 12",
        "postal_code": "9000",
        "city": "Gent",
        "region": "flanders",
        "national_number": "85.03.14-123.02",
        "last_name": "Claes",
        "first_name": "Tom",
        "birth_date": "",
        "gender": "",
        "affiliation_start": "01/12/2026",
        "application_signed_on": "",
        "email": "",
        "phone": "",
        "language": "",
        **values,
    }


def test_a_household_is_registered_with_its_titular_in_one_form_and_audited(clerk):
    add = reverse("admin:members_household_add")
    page = clerk.get(add).content.decode()
    assert 'name="national_number"' in page and 'name="street"' in page
    response = clerk.post(add, _household())
    assert response.status_code == 302, response.context["adminform"].form.errors
    household = Household.objects.get()
    titular = household.members.get()
    assert (titular.national_number, titular.role, titular.birth_date, titular.gender) == (
        MAN,
        Role.TITULAR,
        date(1985, 3, 14),
        "M",
    )
    assert (titular.affiliation_start, titular.titular_since, titular.language) == (
        date(2026, 12, 1),
        date(2026, 12, 1),
        "nl",
    )
    for obj in (household, titular):
        entry = LogEntry.objects.get(
            content_type=ContentType.objects.get_for_model(obj), object_pk=str(obj.pk), action=LogEntry.Action.CREATE
        )
        assert entry.actor is not None and entry.actor.groups.filter(name="clerk").exists()


def test_the_affiliation_follows_from_the_signed_application(clerk):
    response = clerk.post(
        reverse("admin:members_household_add"), _household(affiliation_start="", application_signed_on="14/11/2026")
    )
    assert response.status_code == 302
    assert Member.objects.get().affiliation_start == date(2026, 12, 1)  # Art. 6: the next month's first day


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"national_number": "85.03.14-123.03"}, "national_number"),
        ({"birth_date": "15/03/1985"}, "birth_date"),
        ({"affiliation_start": "15/12/2026"}, "affiliation_start"),  # Art. 6: the first day of a month
        ({"affiliation_start": ""}, "affiliation_start"),
        ({"last_name": ""}, "last_name"),
    ],
)
def test_a_refused_household_form_stores_nothing(clerk, values, field):
    response = clerk.post(reverse("admin:members_household_add"), _household(**values))
    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    assert not Household.objects.exists() and not Member.objects.exists()


def test_a_titular_already_registered_elsewhere_stores_no_household(clerk):
    _, titular = household_with_titular()
    response = clerk.post(reverse("admin:members_household_add"), _household(national_number=titular.national_number))
    assert response.status_code == 200
    assert "national_number" in response.context["adminform"].form.errors
    assert Household.objects.count() == 1


# --- no household without a titular ---------------------------------------------------------------------------------


def test_a_household_without_a_titular_is_not_saved(clerk):
    from members import services

    household = services.household_create(city="Gent", postal_code="9000")  # the API's first step
    url = reverse("admin:members_household_change", args=[household.pk])
    data = {"street": "Kouter 1", "postal_code": "9000", "city": "Gent", "region": "flanders"}
    data.update({f"members-{key}": value for key, value in {**_EMPTY, "MAX_NUM_FORMS": "0"}.items()})
    for prefix in _change_prefixes(clerk, url):
        data.update({f"{prefix}-{key}": value for key, value in _EMPTY.items()})
    response = clerk.post(url, data)
    assert response.status_code == 200
    assert "This household has no titular: add its titular first" in response.content.decode()
    household.refresh_from_db()
    assert household.street == ""

    household_with_titular()  # another household's titular does not count
    services.member_create(
        national_number=MAN,
        first_name="Tom",
        last_name="Claes",
        birth_date=date(1985, 3, 14),
        gender="M",
        household=household,
        role=Role.TITULAR,
        affiliation_start=date(2026, 1, 1),
    )
    response = clerk.post(url, data)
    assert response.status_code == 302
    household.refresh_from_db()
    assert household.street == "Kouter 1"


def _change_prefixes(client, url):
    response = client.get(url)
    return [formset.formset.prefix for formset in response.context["inline_admin_formsets"]]
