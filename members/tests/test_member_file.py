"""The member file (issue #16): what each role sees of a household on one page, the entitlement per
month with its Art. 8 reason, the actions that come back to the file, and a fixed number of queries."""

from datetime import date
from decimal import Decimal

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from core.models import AccessLog
from core.months import Month, month_range
from lending.tests.factories import free_unit
from members import services
from members.member_file import entitlement_reason, file_url
from members.tests.factories import add_dependent, household_with_titular

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 23)
JUNE = Month(2026, 6)


@pytest.fixture
def today():
    with time_machine.travel(TODAY, tick=False):
        yield TODAY


@pytest.fixture
def catalogues(table_2026):
    from benefits import reference as benefits_reference
    from lending import reference as lending_reference

    benefits_reference.seed()
    lending_reference.seed()


def _household(*, dependents=1, paid_through=JUNE, claims=True, rentals=True, mandate=True):
    """A household since 01/2026 with its dues booked through 11/2026, paid through ``paid_through``
    (one payment a month), a claim and a rental per member and a mandate."""
    from bank import services as bank_services
    from benefits import services as benefit_services
    from lending import services as lending_services

    household, titular = household_with_titular(start=date(2026, 1, 1), birth=date(1960, 1, 10))
    members = [titular] + [add_dependent(household, birth=date(2015, 3, 3 + i)) for i in range(dependents)]
    services.dues_book(through=Month(2026, 11), household_ids=[household.pk])
    for month in month_range(Month(2026, 1), paid_through):
        services.payment_record(
            household=household, amount=Decimal("10.00"), paid_on=month.first_day, months=[month], communication="x"
        )
    for member in members:
        if claims:
            benefit_services.claim_file(
                member=member, benefit="foot_care", event_date=date(2026, 3, 1), quantity=2, evidence=["invoice"]
            )
        if rentals:
            free_unit("wheelchair")  # a rental runs with a stock unit (issue #16)
            lending_services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 2))
    if mandate:
        bank_services.mandate_create(
            household=household, iban="BE41063012345610", debtor_name="Jan Peeters", signed_on=date(2026, 1, 10)
        )
    return household, members


def _open(client, make_user, role, household, language="en"):
    client.force_login(make_user(role))
    return client.get(file_url(household.pk), HTTP_ACCEPT_LANGUAGE=language)


ALL_SECTIONS = ["members", "entitlement", "contributions", "letters", "benefits-claims", "lending-rentals"]


@pytest.mark.parametrize(
    ("role", "shown", "hidden", "actions"),
    [
        pytest.param(
            "clerk",
            [*ALL_SECTIONS, "bank-direct_debit", "audit"],
            [],
            [
                "Record a payment",
                "Add a member",
                "File a claim for Jan",
                "Start a rental for Fien",
                "Add a direct debit",
            ],
            id="clerk-sees-and-does-everything",
        ),
        pytest.param(
            "manager",
            [*ALL_SECTIONS, "bank-direct_debit", "audit"],
            [],
            [],
            id="manager-reads-everything",
        ),
        pytest.param(
            "auditor",
            [*ALL_SECTIONS, "bank-direct_debit", "audit"],
            [],
            [],
            id="auditor-reads-everything-changes-nothing",
        ),
        pytest.param(
            "lending_desk",
            ["members", "entitlement", "lending-rentals"],
            ["contributions", "letters", "benefits-claims", "bank-direct_debit", "audit"],
            ["Start a rental for Jan"],
            id="lending-desk-no-health-no-money",
        ),
        pytest.param(
            "election_bureau",
            ["members", "entitlement"],
            ["contributions", "letters", "benefits-claims", "lending-rentals", "bank-direct_debit", "audit"],
            [],
            id="bureau-identity-and-entitlement-only",
        ),
    ],
)
def test_each_role_sees_its_part_of_the_file(client, make_user, catalogues, today, role, shown, hidden, actions):
    household, members = _household()
    titular = members[0]
    response = _open(client, make_user, role, household)
    assert response.status_code == 200
    html = response.content.decode()
    for anchor in shown:
        assert f'<section id="{anchor}">' in html, anchor
    for anchor in hidden:
        assert f'<section id="{anchor}">' not in html, anchor
    for label in actions:
        assert label in html, label
    if role in ("manager", "auditor"):  # reading roles: no action opens a form
        assert "Record a payment" not in html and "File a claim" not in html and "Start a rental" not in html
    # the national number: as printed for the roles that see it, masked for the others
    sees_number = role in ("clerk", "manager", "auditor")
    assert (titular.national_number_display in html) is sees_number
    assert ("••.••.••-•••.••" in html) is not sees_number
    assert (household.payment_reference in html) is sees_number  # structured communication: contributions
    from benefits.models import Benefit

    benefit = Benefit.objects.get(code="foot_care").localized_name
    assert (benefit in html) is (role in ("clerk", "manager", "auditor"))  # a claim is health data
    # the read is logged with the categories the page showed
    log = AccessLog.objects.filter(object_type="members.household", object_id=str(household.pk)).get()
    assert ("health" in log.categories) is (role in ("clerk", "manager", "auditor"))
    assert ("lending" in log.categories) is (role != "election_bureau")


def test_the_summary_shows_titular_status_arrears_and_reference(client, make_user, catalogues, today):
    household, members = _household(claims=False, rentals=False, mandate=False)
    html = _open(client, make_user, "clerk", household).content.decode()
    summary = html[html.index('id="summary"') : html.index("</dl>")]
    assert "Peeters Jan" in summary
    assert "Suspended" in summary  # 07–11/2026 unpaid
    assert "50,00 €" in summary and "5 months" in summary  # arrears, Belgian money
    assert household.payment_reference in summary


def test_entitlement_per_month_with_its_reason(client, make_user, catalogues, today):
    household, _members = _household(claims=False, rentals=False, mandate=False, paid_through=Month(2026, 6))
    response = _open(client, make_user, "clerk", household)
    months = {row["month"]: row for row in response.context["entitlement_months"]}
    assert len(months) == 24 and list(months)[0] == "11/2026" and list(months)[-1] == "12/2024"
    # paid through 06/2026: an event in 06/2026 is covered, from 07/2026 on the unpaid months suspend it
    assert "In order" in months["06/2026"]["badge"] and months["06/2026"]["reason"].startswith("Art. 8 §2:")
    assert "Suspended" in months["09/2026"]["badge"]
    assert months["09/2026"]["reason"] == "Art. 8 §3: Suspended: contributions unpaid for 07/2026–09/2026."
    assert months["08/2026"]["reason"] == "Art. 8 §3: Suspended: contributions unpaid for 07/2026, 08/2026."
    # before the affiliation: not affiliated (Art. 6), not an Art. 8 judgment
    assert months["12/2025"]["reason"] == "Art. 6: Not affiliated in 12/2025."


def test_the_entitlement_reason_is_translated(catalogues, today):
    from members import rules

    entitlement = rules.Entitlement(
        rules.Status.SUSPENDED,
        "Art. 8 §3: contributions unpaid for 2026-07.",
        Month(2026, 9),
        missing=(Month(2026, 7),),
        code="entitlement.unpaid",
        article="Art. 8 §3",
    )
    assert entitlement_reason(entitlement) == "Art. 8 §3: Suspended: contributions unpaid for 07/2026."
    with translation.override("nl"):
        dutch = entitlement_reason(entitlement)
    assert dutch.startswith("Art. 8 §3: ") and "07/2026" in dutch  # the month in the Belgian form in any language


def test_the_audit_trail_is_readable(client, make_user, catalogues, today):
    household, members = _household(claims=False, rentals=False, mandate=False, paid_through=Month(2026, 1))
    clerk = make_user("clerk")
    client.force_login(clerk)
    titular = members[0]
    client.post(
        reverse("admin:members_member_change", args=[titular.pk]) + f"?_return={file_url(household.pk)}",
        {**_member_form(client, titular), "phone": "+32 470 12 34 56", "language": "fr"},
    )
    response = client.get(file_url(household.pk))
    entries = response.context["audit"]
    changed = next(e for e in entries if e.action == "changed" and e.what == "Jan Peeters")
    assert changed.who == clerk.username
    assert len(changed.at) == 19 and changed.at[2] == "/" and changed.at[-3] == ":"  # dd/mm/yyyy hh:mm:ss
    fields = {c.field: c for c in changed.changes}
    assert fields["phone"].new == "+32 470 12 34 56"
    assert fields["language"].new == "French"  # the choice's label, not its code
    created = next(e for e in entries if e.action == "created" and e.what == "Fien Peeters")
    assert any(c.field == "household" and c.new == f"household {household.pk}" for c in created.changes)
    assert any(c.new == members[1].national_number_display for c in created.changes)  # as printed on the eID
    html = response.content.decode()
    audit = html[html.index('<section id="audit">') :]
    assert "+00:00" not in audit and "None" not in audit and "Decimal(" not in audit


def _as_posted(value):
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return "on" if value else ""
    return value


def _member_form(client, member):
    """What the member's change page posts as it stands (fields and inline management forms, read from the
    page itself so the test follows the form as it changes)."""
    page = client.get(reverse("admin:members_member_change", args=[member.pk]))
    form = page.context["adminform"].form
    data = {name: _as_posted(form[name].value()) for name in form.fields}
    for inline in page.context["inline_admin_formsets"]:
        formset = inline.formset
        count = formset.initial_form_count()
        data |= {f"{formset.prefix}-TOTAL_FORMS": count, f"{formset.prefix}-INITIAL_FORMS": count}
        for sub in formset.forms[:count]:
            data |= {sub.add_prefix(name): _as_posted(sub[name].value()) for name in sub.fields}
    return {k: v for k, v in data.items() if v != ""}


def _payment_form(household, month="2026-07"):
    return {
        "household": household.pk,
        "amount": "10,00",
        "paid_on": "20/11/2026",
        "months": month,
        "communication": household.payment_reference,
        "bank_reference": "",
    }


def test_a_payment_recorded_from_the_file_returns_to_it(client, make_user, catalogues, today):
    household, _members = _household(claims=False, rentals=False, mandate=False)
    client.force_login(make_user("clerk"))
    back = file_url(household.pk)
    page = client.get(back).content.decode()
    add = reverse("admin:members_payment_add")
    assert f"{add}?household={household.pk}&amp;_return=" in page  # the action, pre-filled
    form = client.get(f"{add}?household={household.pk}&_return={back}")
    assert form.context["adminform"].form.initial["household"] == str(household.pk)
    response = client.post(f"{add}?household={household.pk}&_return={back}", _payment_form(household))
    assert response.status_code == 302 and response.url == back
    landed = client.get(back)
    assert "Settled: 07/2026" in landed.content.decode()
    due = next(d for d in landed.context["dues"] if d["month"] == "07/2026")
    assert due["settled"] == "23/11/2026" or due["settled"]  # settled on the day it was recorded


@pytest.mark.parametrize(
    "evil", ["https://evil.example/phish", "//evil.example/", "javascript:alert(1)", "http:///evil.example"]
)
def test_external_return_urls_fall_back_to_the_household(client, make_user, catalogues, today, evil):
    household, _members = _household(claims=False, rentals=False, mandate=False)
    client.force_login(make_user("clerk"))
    response = client.post(reverse("admin:members_payment_add") + f"?_return={evil}", _payment_form(household))
    assert response.status_code == 302
    assert response.url == file_url(household.pk)


def test_saving_a_member_or_a_payment_anywhere_lands_on_the_household(client, make_user, catalogues, today):
    household, members = _household(claims=False, rentals=False, mandate=False)
    client.force_login(make_user("clerk"))
    # a payment from the global list's "add" (no _return): back on its household, not the payments list
    response = client.post(reverse("admin:members_payment_add"), _payment_form(household))
    assert response.status_code == 302 and response.url == file_url(household.pk)
    # a member changed from the members list: back on the household
    titular = members[0]
    response = client.post(
        reverse("admin:members_member_change", args=[titular.pk]),
        {**_member_form(client, titular), "phone": "+32 9 123 45 67"},
    )
    assert response.status_code == 302 and response.url == file_url(household.pk)
    # "save and continue editing" keeps the admin's own destination
    response = client.post(
        reverse("admin:members_member_change", args=[titular.pk]), {**_member_form(client, titular), "_continue": "1"}
    )
    assert response.url.startswith(reverse("admin:members_member_change", args=[titular.pk]))


def test_actions_of_the_other_apps_return_to_the_file(client, make_user, catalogues, today):
    from lending.models import Item, Rental

    household, members = _household(claims=False, rentals=False, mandate=False)
    free_unit("wheelchair")
    client.force_login(make_user("clerk"))
    back = file_url(household.pk)
    html = client.get(back).content.decode()
    add = reverse("admin:lending_rental_add")
    assert f"{add}?member={members[1].pk}" in html
    response = client.post(
        f"{add}?member={members[1].pk}&_return={back}",
        {
            "item": Item.objects.get(code="wheelchair").pk,
            "member": members[1].pk,
            "renter_name": "",
            "unit": "",
            "start_date": "20/11/2026",
            "expected_return": "",
            "delivery": "office",
            "confirm_triple_tariff": "on",  # seen and told, if the renter pays the triple tariff
        },
    )
    assert response.status_code == 302 and response.url == back
    assert Rental.objects.filter(member=members[1]).exists()


def test_the_file_is_a_fixed_number_of_queries(client, make_user, catalogues, today):
    small, _ = _household(dependents=1, paid_through=Month(2026, 2))
    big, _ = _household(dependents=4, paid_through=Month(2026, 9))
    client.force_login(make_user("clerk"))
    client.get(file_url(small.pk))  # warm the caches (content types, permissions)
    counts = []
    for household in (small, big):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(file_url(household.pk))
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    assert counts[1] <= 40, counts


def test_an_unknown_household_is_a_404_not_a_500(client, make_user, table_2026):
    client.force_login(make_user("clerk"))
    assert client.get("/admin/members/household/999999/file/").status_code == 404
    assert client.get("/admin/members/household/99999999999999999999999/file/").status_code == 404
    assert client.get("/admin/members/household/abc/file/").status_code == 404


def test_a_household_without_titular_still_opens(client, make_user, table_2026, today):
    household = services.household_create(city="Gent", postal_code="9000", region="flanders")
    response = _open(client, make_user, "clerk", household)
    assert response.status_code == 200
    assert "no titular" in response.content.decode()
    assert response.context["entitlement_months"] == []


def test_the_household_pages_lead_to_the_file(client, make_user, catalogues, today):
    household, _members = _household(claims=False, rentals=False, mandate=False)
    client.force_login(make_user("clerk"))
    change = client.get(reverse("admin:members_household_change", args=[household.pk])).content.decode()
    assert f'href="{file_url(household.pk)}"' in change
    listing = client.get(reverse("admin:members_household_changelist")).content.decode()
    assert f'href="{file_url(household.pk)}"' in listing  # the titular's name opens the file


def test_the_apps_register_their_file_sections_with_a_privacy_category():
    from core import hooks
    from core.privacy import Category

    assert [(name, section.category) for name, section in hooks.file_sections()] == [
        ("benefits.claims", Category.HEALTH),
        ("lending.rentals", Category.LENDING),
        ("bank.direct_debit", Category.BANK),
    ]


@pytest.mark.parametrize(
    ("url_name", "field", "of"),
    [
        pytest.param("admin:benefits_claim_add", "member", "member", id="file-a-claim"),
        pytest.param("admin:lending_rental_add", "member", "member", id="start-a-rental"),
        pytest.param("admin:bank_mandate_add", "household", "household", id="add-a-mandate"),
        pytest.param("admin:members_member_add", "household", "household", id="add-a-member"),
        pytest.param("admin:members_payment_add", "household", "household", id="record-a-payment"),
    ],
)
def test_each_action_opens_its_form_pre_filled(client, make_user, catalogues, today, url_name, field, of):
    import re
    from html import unescape

    household, members = _household(claims=False, rentals=False, mandate=False)
    client.force_login(make_user("clerk"))
    html = client.get(file_url(household.pk)).content.decode()
    links = [unescape(href) for href in re.findall(r'href="([^"]+)"', html) if href.startswith(reverse(url_name) + "?")]
    assert links, url_name
    form = client.get(links[0]).context["adminform"].form
    expected = household.pk if of == "household" else members[0].pk
    assert str(form.initial[field]) == str(expected)
    assert f"_return={file_url(household.pk)}".replace("/", "%2F") in links[0]
