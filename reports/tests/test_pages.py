"""Report pages: the numbers match direct queries and the report's own 2023 figures; access is for
managers (and auditors) only; exports work."""

from datetime import date

import pytest
from django.urls import reverse

from benefits.tests.test_services import paid_up_member
from members.models import Member, Role
from reports import reference, snapshots

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(client, make_user, table_2026):
    reference.seed()
    client.force_login(make_user("manager"))
    return client


def test_clerk_is_refused(client, make_user, table_2026):
    client.force_login(make_user("clerk"))
    assert client.get(reverse("reports:page", args=["membership"])).status_code == 403


def test_membership_page_matches_direct_queries(manager):
    paid_up_member()
    paid_up_member(last_name="Maes")
    snapshots.refresh(2026, date(2026, 11, 23))
    page = manager.get(reverse("reports:page", args=["membership"]), {"year": 2026})
    assert page.status_code == 200
    titulars = Member.objects.filter(role=Role.TITULAR).count()
    rows = {row[0]: row for row in page.context["tables"][0]["rows"]}
    assert rows["Titular members"][1] == str(titulars) == "2"
    assert "chart-regions" in page.content.decode()


def test_annual_report_page_shows_the_reports_own_2023_numbers(manager):
    page = manager.get(reverse("reports:page", args=["annual"]), {"year": 2023})
    text = page.content.decode()
    assert "4.768" in text  # total FTE
    assert "1.286" in text  # front office / contact centre
    assert "4.822.514.665,00 €" in text and "4.395.725.433,00 €" in text  # benefits paid 2023 vs 2022
    assert "2.251.603" in text and "35.695" in text  # titulars and growth


def test_contributions_split_over_the_codes(manager):
    paid_up_member()  # 12 months × €10 in 2026
    snapshots.refresh(2026, date(2026, 11, 23))
    data = snapshots.get("contributions", 2026).data
    assert data["income"] == "120.00"
    assert (
        data["per_code"]["15"] == "80.40" and data["per_code"]["98/2"] == "21.60" and data["per_code"]["LNZ"] == "6.00"
    )


@pytest.mark.parametrize(
    "key", ["membership", "contributions", "benefits", "lending", "take_up", "elections", "annual"]
)
def test_every_page_renders_and_exports(manager, key):
    url = reverse("reports:page", args=[key])
    assert manager.get(url, {"year": 2026}).status_code == 200
    csv_response = manager.get(url, {"year": 2026, "format": "csv"})
    assert csv_response["Content-Type"].startswith("text/csv") and b"".join(csv_response.streaming_content)
    xlsx = manager.get(url, {"year": 2026, "format": "xlsx"})
    assert xlsx.content[:2] == b"PK"


def test_annual_report_pdf(manager):
    response = manager.get(reverse("reports:page", args=["annual"]), {"year": 2023, "format": "pdf"})
    assert response.content.startswith(b"%PDF")


def test_pages_speak_dutch(manager):
    manager.post("/i18n/setlang/", {"language": "nl", "next": "/"})
    text = manager.get(reverse("reports:page", args=["membership"]), {"year": 2026}).content.decode()
    assert 'lang="nl"' in text


def test_arrears_leave_out_prescribed_months(manager):
    """Art. 8 §2: on 23/11/2026 only 11/2021 … 11/2026 can still be demanded (61 months)."""
    from core.months import Month
    from members import services
    from members.tests.factories import contribution_table, household_with_titular

    contribution_table(date(2019, 1, 1))
    household, _ = household_with_titular(start=date(2019, 1, 1))
    services.dues_book(through=Month(2026, 11), household_ids=[household.pk])
    snapshots.refresh(2026, date(2026, 11, 23))
    data = snapshots.get("contributions", 2026).data
    assert (data["arrears"], data["households_in_arrears"]) == ("610.00", 1)


def test_arrears_are_shown_as_money(manager):
    snapshots.refresh(2026, date(2026, 11, 23))
    page = manager.get(reverse("reports:page", args=["contributions"]), {"year": 2026})
    arrears = next(t for t in page.context["tables"] if t["title"] == "Arrears")
    assert arrears["rows"] == [["0,00 €", "0"]]


@pytest.mark.parametrize("year", ["99999", "-1", "0", "1989", "abc", str(date.today().year + 2)])
def test_a_year_outside_the_data_is_a_400_naming_it(manager, year):
    """Issue #12, point 2: ``?year=`` is bounded to the data's range (core.bounds.year_problem)."""
    from django.urls import reverse

    for url in (reverse("reports:index"), reverse("reports:page", args=["membership"])):
        response = manager.get(url, {"year": year})
        assert response.status_code == 400, (url, year, response.status_code)
        assert response.content.decode().startswith("year:")


def test_membership_growth_compares_with_the_same_day_a_year_before(table_2026):
    """Bug fixed (issue #14, dates written once): on 31/12 the growth over 12 months compared with 28/12
    of the year before (its own ``min(day, 28)`` copy), so a member who left on 30/12 still counted."""
    from members.tests.factories import household_with_titular

    household_with_titular(start=date(2024, 1, 1), affiliation_end=date(2025, 12, 30))
    household_with_titular(start=date(2024, 1, 1), last_name="Maes")
    from members.figures import membership

    figures = membership(2026, date(2026, 12, 31))
    assert figures["titulars"] == 1
    assert figures["growth"]["titulars"] == 0  # on 31/12/2025 one titular too (the other left the day before)
