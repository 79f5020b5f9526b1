"""Issue #16, reports: a page opens on the latest year with data and offers every year with data (the
demo election's, ahead of today, too); codes are shown with their names; two CSVs — one Excel in a
Belgian locale opens (``;``, decimal comma, UTF-8 BOM) and one for programs (``,``, dot, no BOM)."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from elections.models import Election, ElectionKind
from reports import reference, snapshots

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(client, make_user, table_2026):
    reference.seed()
    client.force_login(make_user("manager"))
    return client


def test_elections_page_opens_on_the_election_ahead_and_offers_its_year(manager):
    Election.objects.create(kind=ElectionKind.ASSEMBLY, year=2028, seats=2)
    Election.objects.create(kind=ElectionKind.ASSEMBLY, year=2025, seats=2)
    url = reverse("reports:page", args=["elections"])
    page = manager.get(url)
    assert page.status_code == 200
    assert page.context["year"] == 2028
    assert {2028, 2025} <= set(page.context["years"])
    assert manager.get(url, {"year": 2028}).status_code == 200  # was a 400 (beyond today + 1)
    assert page.context["tables"][0]["rows"], "the election of 2028 is on its page"


def test_annual_report_opens_on_the_year_of_the_figures(manager):
    page = manager.get(reverse("reports:page", args=["annual"]))
    assert page.context["year"] == 2023  # the figures store holds the 2023 report (and 2022 beside it)
    assert 2023 in page.context["years"] and 2022 in page.context["years"]
    assert "4.768" in page.content.decode()


def test_a_page_without_data_opens_on_this_year(manager):
    page = manager.get(reverse("reports:page", args=["lending"]))
    assert page.status_code == 200 and page.context["year"] == date.today().year


def test_codes_are_shown_with_their_names_in_the_readers_language(manager):
    from benefits.tests.test_services import paid_up_member

    paid_up_member()
    snapshots.refresh(2026, date(2026, 11, 23))
    manager.post("/i18n/setlang/", {"language": "fr", "next": "/"})
    page = manager.get(reverse("reports:page", args=["membership"]), {"year": 2026})
    statuses = next(t for t in page.context["tables"] if len(t["headers"]) == 2 and t["rows"] and "%" not in t["title"])
    text = page.content.decode()
    assert "not_affiliated" not in text and ">entitled<" not in text and ">flanders<" not in text
    with translation.override("fr"):
        from members.models import Region

        assert str(Region.FLANDERS.label) in text
    assert statuses["rows"]


def test_excel_csv_has_semicolons_decimal_commas_and_a_bom(manager):
    from benefits.tests.test_services import paid_up_member

    paid_up_member()  # 12 months × €10 in 2026
    snapshots.refresh(2026, date(2026, 11, 23))
    url = reverse("reports:page", args=["contributions"])
    excel = b"".join(manager.get(url, {"year": 2026, "format": "csv"}).streaming_content)
    assert excel.startswith("\ufeff".encode())
    text = excel.decode("utf-8-sig")
    assert ";120,00;" in text and "120.00" not in text
    data = b"".join(manager.get(url, {"year": 2026, "format": "csv-data"}).streaming_content)
    assert not data.startswith("\ufeff".encode())
    assert ",120.00," in data.decode() and ";" not in data.decode().splitlines()[1]


def test_page_shows_months_and_amounts_in_belgian_format(manager):
    from benefits.tests.test_services import paid_up_member

    paid_up_member()
    snapshots.refresh(2026, date(2026, 11, 23))
    text = manager.get(reverse("reports:page", args=["contributions"]), {"year": 2026}).content.decode()
    assert "01/2026" in text and "120,00 €" in text
    assert "2026-01" not in text and "€10" not in text


def test_the_years_with_data_are_read_from_the_stored_row_and_a_refresh_renews_them(manager):
    """Issue #18: finding the years reads the big tables (74 M dues: 8 s), so a page reads them from one
    stored row; the nightly refresh (or the first page without it) computes them."""
    from reports.models import Snapshot

    Election.objects.create(kind=ElectionKind.ASSEMBLY, year=2025, seats=2)
    url = reverse("reports:page", args=["elections"])
    assert 2025 in manager.get(url).context["years"]
    assert Snapshot.objects.get(key="years:elections", year=0).data == {"years": [2025]}
    Election.objects.create(kind=ElectionKind.ASSEMBLY, year=2030, seats=2)
    assert 2030 not in manager.get(url, {"year": 2025}).context["years"], "read from the stored row"
    snapshots.refresh(2025, date(2025, 11, 23), keys=["elections"])
    page = manager.get(url)
    assert page.context["year"] == 2030 and {2025, 2030} <= set(page.context["years"])
