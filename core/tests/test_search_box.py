"""Issue #16: the one search box — each kind of term finds its member, household, claim, rental or
payment; each role sees only the groups its work needs; a query is bounded; each search is logged;
the admin lists search the same way; the queries stay few and indexed."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from stdnum.be import nn

from bank.models import Mandate, Statement, StatementEntry
from benefits import reference as benefits_reference
from benefits.tests.helpers import birth_premium
from benefits.tests.test_services import paid_up_member
from core import selectors
from core.models import AccessLog
from core.search import MAX_LENGTH
from lending import reference as lending_reference
from lending import services as lending_services
from lending.tests.factories import free_unit
from members import services as member_services
from members.models import Household, Payment
from members.tests.factories import add_dependent, household_with_titular

pytestmark = pytest.mark.django_db

PAYER_IBAN = "BE62510007547061"  # the household's own account (mandate, statement entries)
PAYOUT_IBAN = "BE71096123456769"  # paid_up_member's payout IBAN


@pytest.fixture
def world(table_2026):
    benefits_reference.seed()
    lending_reference.seed()
    titular = paid_up_member(last_name="Peeters")  # first name Jan, payout IBAN PAYOUT_IBAN
    household = titular.household
    Household.objects.filter(pk=household.pk).update(street="Kerkstraat 12", postal_code="2000", city="Antwerpen")
    child = add_dependent(household)  # Fien Peeters
    other, _titular = household_with_titular(last_name="Janssens")
    claim = birth_premium(titular)
    free_unit("wheelchair")  # a rental runs with a stock unit (issue #16)
    rental = lending_services.rental_start(item="wheelchair", member=titular, start_date=date(2026, 3, 2))
    Mandate.objects.create(
        reference="MND-SEARCH-1", household=household, debtor_name="Jan Peeters", iban=PAYER_IBAN,
        signed_on=date(2026, 1, 5),
    )  # fmt: skip
    payment = member_services.payment_record(
        household=household, amount=Decimal("10.00"), paid_on=date(2026, 11, 2), communication="Bijdrage november"
    ).payment
    statement = Statement.objects.create(
        account_iban="BE00000000000000", number="1", statement_date=date(2026, 11, 2), format="camt053", sha256="x"
    )
    StatementEntry.objects.create(
        statement=statement, identity="e1", sequence="1", amount=Decimal("10.00"), credit=True,
        booking_date=date(2026, 11, 2), counterparty_iban=PAYER_IBAN, outcome="matched", household=household,
        payment=payment,
    )  # fmt: skip
    household.refresh_from_db()
    return {
        "titular": titular,
        "child": child,
        "household": household,
        "other": other,
        "claim": claim,
        "rental": rental,
        "payment": payment,
    }


def keys(results, group):
    return [hit.key for found in results.groups if found.name == group for hit in found.hits]


def groups(results):
    return [found.name for found in results.groups]


@pytest.mark.parametrize(
    "typed",
    [
        pytest.param(lambda w: nn.format(w["titular"].national_number), id="national-number-printed"),
        pytest.param(lambda w: w["titular"].national_number, id="national-number-digits"),
        pytest.param(lambda w: "Peeters Jan", id="last-first"),
        pytest.param(lambda w: "Jan Peeters", id="first-last"),
        pytest.param(lambda w: "jan", id="first-name-alone"),
        pytest.param(lambda w: "peet", id="last-name-prefix"),
        pytest.param(lambda w: PAYOUT_IBAN, id="payout-iban"),
    ],
)
def test_a_clerk_finds_the_member_and_the_household(world, make_user, typed):
    clerk = make_user("clerk")
    results = selectors.search(clerk, typed(world))
    assert f"member:{world['titular'].pk}" in keys(results, "members")
    assert f"household:{world['household'].pk}" in keys(results, "households")
    if typed(world) != "jan":  # the other household's titular is Jan Janssens: "jan" finds him too
        assert f"household:{world['other'].pk}" not in keys(results, "households")


@pytest.mark.parametrize(
    "typed",
    [
        pytest.param(lambda w: w["household"].payment_reference, id="structured-communication"),
        pytest.param(lambda w: w["household"].payment_reference.strip("+").replace("/", ""), id="structured-digits"),
        pytest.param(lambda w: str(w["household"].pk), id="household-number"),
        pytest.param(lambda w: "BE62 5100 0754 7061", id="mandate-and-payer-iban"),
        pytest.param(lambda w: "Kerkstraat", id="street"),
        pytest.param(lambda w: "kerkstraat 12", id="street-and-number"),
        pytest.param(lambda w: "2000", id="postal-code"),
        pytest.param(lambda w: "2000 Kerkstraat", id="postal-code-and-street"),
    ],
)
def test_a_clerk_finds_the_household(world, make_user, typed):
    results = selectors.search(make_user("clerk"), typed(world))
    assert keys(results, "households")[0] == f"household:{world['household'].pk}"


def test_claim_rental_and_payment_numbers_and_iban(world, make_user):
    clerk = make_user("clerk")
    assert f"claim:{world['claim'].pk}" in keys(selectors.search(clerk, str(world["claim"].pk)), "claims")
    assert f"rental:{world['rental'].pk}" in keys(selectors.search(clerk, f"#{world['rental'].pk}"), "rentals")
    assert keys(selectors.search(clerk, PAYER_IBAN), "payments") == [f"payment:{world['payment'].pk}"]
    by_number = selectors.search(clerk, world["titular"].national_number)
    assert f"claim:{world['claim'].pk}" in keys(by_number, "claims")  # the member's claims and rentals
    assert f"rental:{world['rental'].pk}" in keys(by_number, "rentals")


def test_the_groups_follow_need_to_know(world, make_user):
    clerk, lending, bureau = make_user("clerk"), make_user("lending_desk"), make_user("election_bureau")
    number = world["titular"].national_number
    assert groups(selectors.search(clerk, number)) == ["members", "households", "claims", "rentals"]
    # the lending desk may search by the eID's number (README) and sees its rentals, not the claims (health)
    assert groups(selectors.search(lending, number)) == ["members", "households", "rentals"]
    assert groups(selectors.search(bureau, number)) == ["members", "households"]
    # an IBAN (bank) or a structured communication (contributions) is not a term these roles search by
    for role in (lending, bureau):
        assert selectors.search(role, PAYER_IBAN).groups == []
        assert selectors.search(role, PAYOUT_IBAN).groups == []
        assert selectors.search(role, world["household"].payment_reference).groups == []


def test_the_national_number_is_shown_only_to_roles_that_see_it(world, client, make_user):
    number = world["titular"].national_number
    for role, shown in (("clerk", nn.format(number)), ("lending_desk", ""), ("election_bureau", "")):
        client.force_login(make_user(role))
        data = client.get("/admin/search/", {"q": number, "format": "json"}).json()
        members = next(g for g in data["groups"] if g["name"] == "members")
        assert members["hits"][0]["national_number"] == shown, role
        page = client.get("/admin/search/", {"q": "Peeters Jan"}).content.decode()
        assert (nn.format(number) in page) == bool(shown), role


def test_the_member_opens_its_household_file_with_its_own_page_beside(world, client, make_user):
    client.force_login(make_user("clerk"))
    data = client.get("/admin/search/", {"q": "Jan Peeters", "format": "json"}).json()
    assert [g["name"] for g in data["groups"]][:2] == ["members", "households"]
    hit = data["groups"][0]["hits"][0]
    assert hit["label"] == "Peeters Jan"
    assert hit["url"] == f"/admin/members/household/{world['household'].pk}/change/"
    assert hit["more_url"] == f"/admin/members/member/{world['titular'].pk}/change/"


def test_the_results_page_works_without_script(world, client, make_user):
    client.force_login(make_user("clerk"))
    response = client.get("/admin/search/", {"q": "Peeters"})
    assert response.status_code == 200
    page = response.content.decode()
    assert f'href="/admin/members/household/{world["household"].pk}/change/"' in page
    assert "/admin/members/member/?q=Peeters" in page  # all results in the admin list
    assert 'action="/admin/search/"' in page  # the box in the header, on every admin page
    assert 'action="/admin/search/"' in client.get("/admin/").content.decode()  # and on the index
    assert "Nothing found" in client.get("/admin/search/", {"q": "Zzyzx"}).content.decode()


@pytest.mark.parametrize(
    "text",
    [pytest.param("x" * (MAX_LENGTH + 1), id="overlong"), pytest.param("Peeters\x00", id="nul-byte")],
)
def test_a_query_out_of_bounds_is_a_clear_error_not_a_server_error(world, client, make_user, text):
    client.force_login(make_user("clerk"))
    page = client.get("/admin/search/", {"q": text})
    assert page.status_code == 400
    data = client.get("/admin/search/", {"q": text, "format": "json"})
    assert data.status_code == 400 and data.json()["error"] and data.json()["groups"] == []
    assert "search" in page.content.decode().lower()


def test_each_group_shown_is_a_read_access_row(world, client, make_user):
    clerk = make_user("clerk")
    client.force_login(clerk)
    before = AccessLog.objects.count()
    client.get("/admin/search/", {"q": world["titular"].national_number, "format": "json"})
    rows = list(AccessLog.objects.order_by("id")[before:])
    assert {(row.object_type, row.action) for row in rows} == {
        ("members.member", "list"),
        ("members.household", "list"),
        ("benefits.claim", "list"),
        ("lending.rental", "list"),
    }
    member_row = next(row for row in rows if row.object_type == "members.member")
    assert member_row.username == clerk.username and member_row.count == 1
    assert "national_number" in member_row.categories
    assert next(row for row in rows if row.object_type == "benefits.claim").categories == "health"


def test_anonymous_users_are_sent_to_the_login(client):
    response = client.get("/admin/search/", {"q": "Peeters"})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


# --- the admin lists (issue #16: the search gaps) --------------------------------------------------------


def listed(client, url, q):
    response = client.get(url, {"q": q})
    assert response.status_code == 200
    return {obj.pk for obj in response.context["cl"].result_list}


def test_the_admin_lists_search_what_clerks_have_in_hand(world, client, make_user):
    client.force_login(make_user("clerk"))
    household, titular = world["household"], world["titular"]
    for q in (household.payment_reference, "Kerkstraat", "2000", "2000 kerkstraat", PAYER_IBAN, "Peeters Jan"):
        assert listed(client, "/admin/members/household/", q) == {household.pk}, q
    for q in ("Jan", "Jan Peeters", "Peeters Jan"):
        assert titular.pk in listed(client, "/admin/members/member/", q), q
    fiens = listed(client, "/admin/members/member/", "Fien Peeters")  # the child (and the newborn of the claim)
    assert world["child"].pk in fiens and titular.pk not in fiens
    for q in ("Jan Peeters", "Peeters", str(world["claim"].pk), titular.national_number):
        assert listed(client, "/admin/benefits/claim/", q) == {world["claim"].pk}, q
    for q in ("Bijdrage nov", PAYER_IBAN, household.payment_reference):
        assert world["payment"].pk in listed(client, "/admin/members/payment/", q), q
    other_payments = set(Payment.objects.exclude(household=household).values_list("pk", flat=True))
    assert not listed(client, "/admin/members/payment/", "Bijdrage nov") & other_payments


# --- few queries, indexed ----------------------------------------------------------------------------------


def test_a_search_runs_as_many_queries_with_many_matches_as_with_few(world, make_user):
    clerk = make_user("clerk")
    selectors.search(clerk, "Peeters")  # warm the permission cache

    def queries():
        with CaptureQueriesContext(connection) as captured:
            selectors.search(clerk, "Peeters")
        return len(captured)

    few = queries()
    for _k in range(12):
        household_with_titular(last_name="Peeters")
    # bounded: each reading stops at the group's limit (fewer queries once the first reading fills it)
    assert queries() <= few


EXPLAINED = {
    "national number": "SELECT id FROM members_member WHERE national_number = '85031412302'",
    "first name prefix": "SELECT id FROM members_member WHERE lower(first_name) LIKE 'jan%' ORDER BY 1 LIMIT 5",
    "last and first": (
        "SELECT id FROM members_member WHERE lower(last_name) LIKE 'peeters%' AND lower(first_name) LIKE 'jan%'"
    ),
    "street prefix": "SELECT id FROM members_household WHERE lower(street) LIKE 'kerkstraat%'",
    "postal code": "SELECT id FROM members_household WHERE postal_code = '2000' ORDER BY id LIMIT 6",
    "payout iban": "SELECT id FROM members_member WHERE iban = 'BE71096123456769'",
    "mandate iban": "SELECT id FROM bank_mandate WHERE iban = 'BE62510007547061'",
    "payer iban": "SELECT id FROM bank_statemententry WHERE counterparty_iban = 'BE62510007547061'",
    "communication": (
        "SELECT id FROM members_payment WHERE lower(communication) LIKE 'bijdrage%' AND communication <> ''"
    ),
}


@pytest.mark.parametrize("name", EXPLAINED)
def test_each_kind_of_term_has_an_index_on_postgresql(db, name):
    if connection.vendor != "postgresql":
        pytest.skip("the expression indexes are PostgreSQL's (SQLite searches its small tables directly)")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # tiny test tables: ask whether an index *can* serve it
        cursor.execute("EXPLAIN " + EXPLAINED[name])
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Seq Scan" not in plan, plan
