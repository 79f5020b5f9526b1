"""Arrears reminders before suspension (issue #15): the nightly step, the letters, the PDF, the household
page, the language field."""

import re
from datetime import date

import pytest
from django.db.models import F
from django.urls import reverse

from core import nightly
from core.models import AccessLog, RunStatus
from core.months import Month, month_range
from members import reminders, services
from members.models import ContributionDue, Correspondence, CorrespondenceKind, HouseholdStatus
from members.tests.factories import contribution_table, household_with_titular, person_number

pytestmark = pytest.mark.django_db

M = Month.parse
ALL = (0, 10**9)


@pytest.fixture
def in_order(db):
    """``in_order(*unpaid, region=..., language=...)``: a household affiliated since 01/2024 (a table from
    2024: every month priced), dues booked through 06/2026 and every month paid in time except ``unpaid``."""
    contribution_table(date(2024, 1, 1))

    def make(*unpaid: str, region="flanders", **extra):
        household, _titular = household_with_titular(start=date(2024, 1, 1), region=region, **extra)
        services.dues_book(through=M("2026-06"), household_ids=[household.pk])
        dues = ContributionDue.objects.filter(household=household)
        dues.update(settled_on=F("month"), paid_in_time=True)
        dues.filter(month__in=[M(m).first_day for m in unpaid]).update(settled_on=None, paid_in_time=False)
        return household

    return make


def night(day: date) -> dict:
    """The two members steps of the nightly chain, as the chain runs them."""
    services.dues_book(through=Month.of(day))
    services.statuses_refresh(as_of=day)
    return reminders.arrears_reminders_write(day=day, id_range=ALL)


def test_first_then_second_reminder_then_suspended_without_a_third(in_order):
    # given a household in order for 24 months whose June 2026 stays unpaid
    household = in_order("2026-06")
    # when the nights of July, August and September run (twice each)
    assert night(date(2026, 7, 3)) == {"reminders_first": 1, "reminders_second": 0}
    assert night(date(2026, 7, 3)) == {"reminders_first": 0, "reminders_second": 0}
    assert night(date(2026, 7, 20)) == {"reminders_first": 0, "reminders_second": 0}
    assert night(date(2026, 8, 2)) == {"reminders_first": 0, "reminders_second": 1}
    assert night(date(2026, 8, 3)) == {"reminders_first": 0, "reminders_second": 0}
    assert night(date(2026, 9, 1)) == {"reminders_first": 0, "reminders_second": 0}
    # then two letters, the second for June and July (July is unpaid too by then), and the status suspended
    letters = list(Correspondence.objects.filter(household=household).order_by("id"))
    assert [(c.kind, c.details["reminder"], c.details["months"], c.amount) for c in letters] == [
        (CorrespondenceKind.REMINDER, "first", ["2026-06"], 10),
        (CorrespondenceKind.REMINDER, "second", ["2026-06", "2026-07"], 20),
    ]
    assert letters[0].event_date == letters[1].event_date == date(2026, 8, 31)
    assert HouseholdStatus.objects.get(household=household).status == "suspended"


def test_paid_after_the_first_reminder_gets_no_second(in_order):
    household = in_order("2026-06")
    night(date(2026, 7, 3))
    # the household pays June (and July) in July
    ContributionDue.objects.filter(household=household, month__in=[date(2026, 6, 1), date(2026, 7, 1)]).update(
        settled_on=date(2026, 7, 25)
    )
    assert night(date(2026, 8, 2)) == {"reminders_first": 0, "reminders_second": 0}
    assert Correspondence.objects.filter(household=household).count() == 1


def test_a_household_without_24_months_in_order_is_suspended_at_once_and_gets_no_reminder(in_order):
    # Art. 8 §2 1°: no presumption after only 12 paid months — the status turns suspended, no reminder
    household = in_order("2025-01", "2026-06")
    assert night(date(2026, 7, 3)) == {"reminders_first": 0, "reminders_second": 0}
    assert HouseholdStatus.objects.get(household=household).status == "suspended"


def test_exempt_months_owe_nothing_and_get_no_reminder(in_order):
    household = in_order("2026-06")
    ContributionDue.objects.filter(household=household, month=date(2026, 6, 1)).update(amount=0, exemption="Art. 42.3")
    assert night(date(2026, 7, 3)) == {"reminders_first": 0, "reminders_second": 0}


def test_nightly_chain_twice_writes_no_new_letters(in_order, settings):
    settings.NIGHTLY_CHUNK_SIZE = 2
    for _ in range(3):
        in_order("2026-06")
    run = nightly.run_sync(date(2026, 7, 3))
    assert run.status == RunStatus.SUCCEEDED
    step = run.steps.get(name="members.arrears_reminders")
    assert step.counts["reminders_first"] == 3
    again = nightly.run_sync(date(2026, 7, 3), force=True)
    assert again.status == RunStatus.SUCCEEDED
    assert again.steps.get(name="members.arrears_reminders").counts["reminders_first"] == 0
    assert Correspondence.objects.filter(kind=CorrespondenceKind.REMINDER).count() == 3


@pytest.mark.parametrize(
    "region, language, expected",
    [
        pytest.param(
            "flanders",
            None,
            [
                "Herinnering: uw bijdragen voor 06/2026 zijn niet betaald",
                "Bedrag: 10,00 €",
                "Te betalen uiterlijk op: 31/08/2026",
                "Vanaf 09/2026",
                "is de mogelijkheid voor hem om een voordeel van de aanvullende verzekering te genieten, geschorst.",
            ],
            id="nl-flanders-quotes-art8-3",
        ),
        pytest.param(
            "wallonia",
            None,
            ["Rappel : vos cotisations pour 06/2026", "Montant : 10,00 €", "31/08/2026", "traduction"],
            id="fr-wallonia-translation-marked",
        ),
        pytest.param(
            "wallonia",
            "en",
            ["Reminder: your contributions for 06/2026 are unpaid", "Amount: 10,00 €", "translation"],
            id="en-titular-language-over-region",
        ),
        pytest.param("brussels", None, ["Herinnering", "10,00 €"], id="nl-brussels-unless-set"),
    ],
)
def test_letter_in_the_titulars_language_with_belgian_formats(in_order, region, language, expected):
    # without a language given, member_create gives the titular the household region's
    extra = {"language": language} if language else {}
    household = in_order("2026-06", region=region, **extra)
    night(date(2026, 7, 3))
    letter = Correspondence.objects.get(household=household)
    assert letter.language == (language or {"wallonia": "fr"}.get(region, "nl"))
    text = f"{letter.subject}\n{letter.body}"
    for fragment in expected:
        assert fragment in text
    assert household.payment_reference in text
    assert re.search(r"\+\+\+\d{3}/\d{4}/\d{5}\+\+\+", text)


def test_member_create_takes_the_region_language_unless_given(db):
    from members.services import household_create, member_create

    household = household_create(region="wallonia")
    common = dict(first_name="A", last_name="B", birth_date=date(1980, 1, 1), gender="M", household=household)
    french = member_create(
        national_number=person_number(date(1980, 1, 1)), role="titular", affiliation_start=date(2026, 1, 1), **common
    )
    english = member_create(
        national_number=person_number(date(1980, 1, 1)),
        role="dependent",
        affiliation_start=date(2026, 1, 1),
        language="en",
        **common,
    )
    assert (french.language, english.language) == ("fr", "en")


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def test_the_days_letters_as_one_pdf_one_page_per_letter(in_order):
    for _ in range(3):
        in_order("2026-06")
    night(date(2026, 7, 3))
    written = Correspondence.objects.first().created_at.date()
    pdf = reminders.letters_of_day_pdf(written, kind=CorrespondenceKind.REMINDER)
    assert pdf.startswith(b"%PDF") and _pages(pdf) == 3
    assert _pages(reminders.letters_of_day_pdf(date(2000, 1, 1))) == 1  # "no letters"


def test_manager_prints_the_days_letters_and_the_read_is_logged(in_order, client, make_user):
    in_order("2026-06")
    night(date(2026, 7, 3))
    written = Correspondence.objects.get().created_at.date()
    client.force_login(make_user("manager"))
    url = reverse("admin:members_household_letters")
    response = client.get(url, {"day": written.isoformat(), "kind": "reminder"})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert _pages(response.content) == 1
    assert AccessLog.objects.filter(action="export", object_type="members.correspondence").count() == 1
    bad = client.get(url, {"day": "31/12/2026"})
    assert bad.status_code == 400 and b"day" in bad.content
    assert client.get(url, {"kind": "love-letter"}).status_code == 400


def test_election_bureau_cannot_print_letters(client, make_user):
    client.force_login(make_user("election_bureau"))
    assert client.get(reverse("admin:members_household_letters")).status_code == 403


@pytest.mark.parametrize(
    "role, shown", [pytest.param("clerk", True, id="clerk"), pytest.param("election_bureau", False, id="bureau")]
)
def test_household_page_shows_its_correspondence_to_clerks_only(in_order, client, make_user, role, shown):
    household = in_order("2026-06")
    night(date(2026, 7, 3))
    client.force_login(make_user(role))
    page = client.get(reverse("admin:members_household_change", args=[household.pk]))
    assert page.status_code == 200
    assert ("Herinnering: uw bijdragen voor 06/2026" in page.content.decode()) is shown
    logged = AccessLog.objects.filter(household_id=household.pk, action="view").latest("id")
    assert ("contributions" in logged.categories) is shown


def test_api_language_is_bounded_to_the_choices(api_client, make_user, table_2026):
    api_client.force_authenticate(make_user("clerk"))
    household_id = api_client.post("/api/v1/households/", {"region": "wallonia"}, format="json").json()["id"]
    body = {
        "first_name": "An",
        "last_name": "Peeters",
        "birth_date": "1980-05-17",
        "gender": "F",
        "household": household_id,
        "role": "titular",
        "affiliation_start": "2026-01-01",
    }
    bad = api_client.post(
        "/api/v1/members/", {**body, "national_number": person_number(date(1980, 5, 17), "F"), "language": "de"}
    )
    assert bad.status_code == 400 and "language" in bad.json()
    good = api_client.post(
        "/api/v1/members/",
        {**body, "national_number": person_number(date(1980, 5, 17), "F"), "language": "en"},
        format="json",
    )
    assert good.status_code == 201
    member = api_client.get(f"/api/v1/members/{good.json()['id']}/").json()
    assert member["language"] == "en"


def test_letter_months_cover_the_window(in_order):
    # the reminder's months are exactly the ended unpaid months, oldest first
    household = in_order("2026-05", "2026-06")
    night(date(2026, 7, 3))  # May is the oldest: July is its last presumed month → the second reminder
    letter = Correspondence.objects.get(household=household)
    assert letter.details["reminder"] == "second"
    assert letter.details["months"] == [str(m) for m in month_range(M("2026-05"), M("2026-06"))]
    assert "05/2026, 06/2026" in letter.subject


def test_the_data_migration_gives_existing_members_their_regions_language(db):
    import importlib

    from django.apps import apps

    from members.models import Member

    migration = importlib.import_module("members.migrations.0011_member_language")
    made = {}
    for region in ("flanders", "brussels", "wallonia", "abroad"):
        household, titular = household_with_titular(region=region)
        made[region] = titular.pk
    Member.objects.update(language="nl")  # as the AddField left them
    migration.language_from_region(apps, None)
    languages = dict(Member.objects.values_list("pk", "language"))
    assert {region: languages[pk] for region, pk in made.items()} == {
        "flanders": "nl",
        "brussels": "nl",
        "wallonia": "fr",
        "abroad": "en",
    }


def test_an_old_unpaid_month_outside_the_window_does_not_hide_a_new_one(in_order):
    # March 2024 stayed open (outside the window of July 2026: 08/2024–07/2026, Art. 8 §3), June 2026 unpaid
    household = in_order("2024-03", "2026-06")
    assert night(date(2026, 7, 3)) == {"reminders_first": 1, "reminders_second": 0}
    letter = Correspondence.objects.get(household=household)
    assert letter.details["months"] == ["2026-06"] and letter.amount == 10
