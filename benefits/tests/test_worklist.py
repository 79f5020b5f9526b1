"""Issue #17: the nightly scan of rights nobody claims (idempotent, resumable), the command's line, the
findings API (filters, roles), the invitation letters (NL, FR) and the clerk's actions."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from bank.models import PayoutFile, PayoutKind, PayoutTransfer
from benefits import reference, services, worklist
from benefits.models import Finding, FindingStatus
from core.months import Month, month_range
from lending.models import AlarmSubsidy, RefundStatus
from members import services as member_services
from members.models import Correspondence, CorrespondenceKind
from members.tests.factories import add_dependent, contribution_table, household_with_titular

pytestmark = pytest.mark.django_db

DAY = date(2026, 11, 27)
ALL = (0, 10**9)


@pytest.fixture
def catalogue(table_2026):
    reference.seed()


def family(*, language="nl", iban="BE71096123456769"):
    """A household in order: a titular who turned 60 this year (Art. 44), a partner, a child born
    10/06/2026 (Art. 45, 57)."""
    household, titular = household_with_titular(
        start=date(2026, 1, 1), birth=date(1966, 3, 1), iban=iban, language=language
    )
    partner = add_dependent(household, birth=date(1970, 4, 4), gender="F")
    baby = add_dependent(household, birth=date(2026, 6, 10), start=date(2026, 6, 1))
    months = list(month_range(Month(2026, 1), Month(2026, 12)))
    member_services.payment_record(
        household=household, amount=Decimal("10.00") * len(months), paid_on=date(2026, 1, 2), months=months
    )
    member_services.statuses_refresh(as_of=DAY, id_range=ALL)
    return household, titular, partner, baby


def kinds(household):
    return sorted(
        (f.kind, f.member_id, f.status) for f in Finding.objects.filter(household=household).order_by("kind", "member")
    )


def test_the_scan_finds_each_right_once_and_twice_finds_nothing_new(catalogue):
    household, titular, partner, baby = family()
    first = worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    assert kinds(household) == sorted(
        [
            ("birth_premium", titular.pk, "open"),
            ("birth_premium", partner.pk, "open"),
            ("diapers", baby.pk, "open"),
            ("foot_care", titular.pk, "open"),
        ]
    )
    assert (first["new"], first["open"], first["closed"]) == (4, 4, 0)
    premium = Finding.objects.get(kind="birth_premium", member=titular)
    assert (premium.amount, premium.deadline, premium.article, premium.subject_key) == (
        Decimal("300.00"),
        date(2028, 6, 30),
        "Art. 57",
        f"child:{baby.pk}",
    )
    again = worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    assert (again["new"], again["open"], again["closed"]) == (0, 4, 0)
    assert Finding.objects.count() == 4


def test_every_new_finding_gets_the_audit_entry_a_bulk_create_gets(catalogue):
    # given: a family with four rights nobody claimed
    from auditlog.models import LogEntry

    household, *_members = family()
    # when: the scan finds them (one INSERT … SELECT of the entries on PostgreSQL)
    worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    # then: one CREATE entry per finding, as log_bulk_create writes it from the objects
    findings = list(Finding.objects.filter(household=household).order_by("pk"))
    entries = {
        entry.object_id: entry
        for entry in LogEntry.objects.get_for_model(Finding).filter(object_id__in=[f.pk for f in findings])
    }
    assert sorted(entries) == [f.pk for f in findings]
    for finding in findings:
        entry = entries[finding.pk]
        assert entry.action == LogEntry.Action.CREATE
        assert entry.object_repr == str(finding) == f"{finding.get_kind_display()} 27/11/2026"
        assert entry.changes == {
            "kind": ["None", finding.kind],
            "subject_key": ["None", finding.subject_key],
            "amount": ["None", str(finding.amount)],
        }
        assert entry.additional_data == {"bulk": "rights scan 2026-11-27"}


def test_the_scan_is_resumable_chunk_by_chunk(catalogue):
    first_household, *_ = family()
    second_household, *_ = family()
    # a run stopped after the first chunk, then the whole range again: each right still once
    worklist.rights_scan_chunk(day=DAY, id_range=(first_household.pk, first_household.pk + 1))
    assert Finding.objects.filter(household=second_household).count() == 0
    resumed = worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    assert resumed["new"] == 4
    assert Finding.objects.count() == 8


def test_a_claimed_right_closes_as_claimed_and_a_passed_deadline_as_expired(catalogue):
    household, titular, partner, baby = family()
    worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    services.claim_file(member=titular, benefit="foot_care", event_date=date(2026, 11, 2), evidence=["invoice"])
    counts = worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    assert counts["claimed"] == 1
    foot = Finding.objects.get(kind="foot_care")
    assert (foot.status, foot.closed_on) == (FindingStatus.CLAIMED, DAY)
    # 2027: the foot care year ended (the finding was closed already), the diaper year of life goes on
    later = worklist.rights_scan_chunk(day=date(2027, 6, 10), id_range=ALL)
    diapers = Finding.objects.filter(kind="diapers").order_by("id")
    assert [(f.subject_key, f.status) for f in diapers] == [("year-of-life:1", "expired"), ("year-of-life:2", "open")]
    assert later["expired"] >= 1


def test_a_dismissed_finding_is_not_found_again(catalogue, make_user):
    family()
    worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    finding = Finding.objects.get(kind="foot_care")
    with pytest.raises(ValidationError):
        worklist.finding_dismiss(finding=finding, reason=" ", user=None, today=DAY)
    worklist.finding_dismiss(finding=finding, reason="already paid by the other fund", user=None, today=DAY)
    counts = worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    assert counts["new"] == 0
    finding.refresh_from_db()
    assert (finding.status, finding.dismissal_reason) == ("dismissed", "already paid by the other fund")


def test_the_command_prints_its_line_last_and_a_second_run_finds_nothing_new(catalogue):
    family()
    out = io.StringIO()
    call_command("rights_scan", date="2026-11-27", stdout=out)
    assert out.getvalue().strip().splitlines()[-1] == "findings new 4, open 4, closed 0"
    out = io.StringIO()
    call_command("rights_scan", date="2026-11-27", stdout=out)
    assert out.getvalue().strip().splitlines()[-1] == "findings new 0, open 4, closed 0"


def test_the_command_refuses_a_date_out_of_bounds():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--date"):
        call_command("rights_scan", date="9999-01-01", stdout=io.StringIO())
    with pytest.raises(CommandError, match="--date"):
        call_command("rights_scan", date="27/11/2026", stdout=io.StringIO())


# --- lending's and members' detectors, through the registry -------------------------------------------------


def test_an_alarm_subsidy_without_iban_or_whose_transfer_came_back_is_found(catalogue):
    _household, titular = household_with_titular(start=date(2024, 1, 1), birth=date(1940, 1, 1))
    other_household, other = household_with_titular(
        start=date(2024, 1, 1), birth=date(1941, 1, 1), iban="BE71096123456769"
    )
    now = timezone.now()
    AlarmSubsidy.objects.create(member=titular, year=2025, months=12, amount=Decimal("60.00"), computed_at=now)
    paid_back = AlarmSubsidy.objects.create(member=other, year=2025, months=6, amount=Decimal("30.00"), computed_at=now)
    file = PayoutFile.objects.create(
        kind=PayoutKind.ALARM, source_id=2025, message_id="M1", execution_date=DAY, xml="<x/>", sha256="0" * 64
    )
    PayoutTransfer.objects.create(
        file=file,
        kind=PayoutKind.ALARM,
        item_id=paid_back.pk,
        member=other,
        household=other_household,
        payee_name="X",
        iban="BE71096123456769",
        amount=Decimal("30.00"),
        end_to_end_id="E1",
        remittance="r",
        status="rejected",
        reject_code="AC04",
        rejected_on=DAY,
    )
    worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    found = {f.member_id: (f.kind, f.amount, f.note) for f in Finding.objects.filter(kind="alarm_subsidy")}
    assert found == {
        titular.pk: ("alarm_subsidy", Decimal("60.00"), "no IBAN to pay it to"),
        other.pk: ("alarm_subsidy", Decimal("30.00"), "transfer rejected by the bank"),
    }
    AlarmSubsidy.objects.filter(member=titular).update(status=RefundStatus.PAID, paid_on=DAY)
    worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    assert Finding.objects.get(member=titular, kind="alarm_subsidy").status == "claimed"


def test_a_suspended_household_with_small_arrears_is_told_the_amount(db):
    contribution_table(date(2024, 1, 1))
    household, titular = household_with_titular(start=date(2024, 1, 1))
    member_services.dues_book(through=Month(2026, 6), household_ids=[household.pk])
    from django.db.models import F

    from members.models import ContributionDue

    dues = ContributionDue.objects.filter(household=household)
    dues.update(settled_on=F("month"), paid_in_time=True)
    dues.filter(month__in=[date(2026, 1, 1), date(2026, 2, 1)]).update(settled_on=None, paid_in_time=False)
    day = date(2026, 7, 15)
    member_services.statuses_refresh(as_of=day, id_range=ALL)
    worklist.rights_scan_chunk(day=day, id_range=ALL)
    finding = Finding.objects.get(kind="arrears_restorable")
    assert (finding.member_id, finding.amount, finding.article) == (titular.pk, Decimal("20.00"), "Art. 8 §3")


# --- letters -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, expected",
    [
        pytest.param("nl", ["geboorte- of adoptiepremie", "300,00 €", "30/06/2028", "geboorteattest"], id="nl"),
        pytest.param("fr", ["prime de naissance", "300,00 €", "30/06/2028", "acte de naissance"], id="fr"),
        pytest.param("en", ["birth or adoption premium", "300,00 €", "30/06/2028", "birth certificate"], id="en"),
    ],
)
def test_the_invitation_letter_is_in_the_household_language(catalogue, language, expected):
    _household, titular, *_ = family(language=language)
    worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    finding = Finding.objects.get(kind="birth_premium", member=titular)
    letter = worklist.finding_send_letter(finding=finding, user=None, today=DAY)
    assert (letter.kind, letter.language, letter.amount) == (CorrespondenceKind.INVITATION, language, Decimal("300.00"))
    for text in expected:
        assert text in letter.subject + letter.body
    finding.refresh_from_db()
    assert (finding.status, finding.letter_id, finding.letter_sent_on) == ("letter_sent", letter.pk, DAY)
    # once: a second call gives the same letter
    assert worklist.finding_send_letter(finding=finding, user=None, today=DAY).pk == letter.pk
    assert Correspondence.objects.filter(kind="invitation").count() == 1


@pytest.mark.parametrize("kind", ["diapers", "foot_care"])
def test_every_benefit_letter_names_the_evidence_in_french(catalogue, kind):
    family(language="fr")
    worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    letter = worklist.finding_send_letter(finding=Finding.objects.get(kind=kind), user=None, today=DAY)
    assert "À apporter" in letter.body and "Vous avez droit" in letter.subject


def test_the_day_letters_pdf_takes_the_invitations(catalogue, make_user, client):
    family()
    worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    for finding in Finding.objects.all():
        worklist.finding_send_letter(finding=finding, user=None, today=DAY)
    client.force_login(make_user("clerk"))
    today = timezone.localdate()
    response = client.get(reverse("admin:members_household_letters") + f"?day={today}&kind=invitation")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")


# --- the API ------------------------------------------------------------------------------------------------


def test_the_api_lists_a_member_and_a_household_findings(catalogue, api_client, make_user):
    household, titular, partner, baby = family()
    worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    api_client.force_authenticate(make_user("clerk"))
    url = reverse("finding-list")
    by_member = api_client.get(url, {"member": titular.pk})
    assert by_member.status_code == 200
    assert sorted(row["kind"] for row in by_member.json()) == ["birth_premium", "foot_care"]
    row = next(r for r in by_member.json() if r["kind"] == "birth_premium")
    assert row == {
        "id": row["id"],
        "kind": "birth_premium",
        "article": "Art. 57",
        "member": titular.pk,
        "amount": "300.00",
        "deadline": "2028-06-30",
        "status": "open",
    }
    by_household = api_client.get(url, {"household": household.pk})
    assert len(by_household.json()) == 4
    for bad in ({}, {"member": "x"}, {"member": "99999999999999999999999"}, {"member": 1, "household": 1}):
        assert api_client.get(url, bad).status_code == 400


@pytest.mark.parametrize(
    "role, status",
    [("clerk", 200), ("manager", 200), ("auditor", 200), ("lending_desk", 403), ("election_bureau", 403)],
)
def test_only_roles_that_see_health_data_read_findings(db, api_client, make_user, role, status):
    api_client.force_authenticate(make_user(role))
    assert api_client.get(reverse("finding-list"), {"member": 1}).status_code == status


# --- the admin ------------------------------------------------------------------------------------------------


def test_the_clerk_sends_letters_and_dismisses_from_the_worklist(catalogue, client, make_user):
    family(language="fr")
    worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    client.force_login(make_user("clerk"))
    url = reverse("admin:benefits_finding_changelist")
    for query in ("", "?kind__exact=diapers", "?office=flanders", "?age=week", "?age=older", "?status__exact=open"):
        assert client.get(url + query).status_code == 200
    foot = Finding.objects.get(kind="foot_care")
    response = client.post(url, {"action": "send_letter", "_selected_action": [foot.pk]})
    assert response.status_code == 302
    foot.refresh_from_db()
    assert foot.status == "letter_sent" and foot.letter.language == "fr"
    diapers = Finding.objects.get(kind="diapers")
    client.post(
        url,
        {"action": "dismiss", "_selected_action": [diapers.pk], "post": "yes", "reason": "the child lives abroad now"},
    )
    diapers.refresh_from_db()
    assert (diapers.status, diapers.dismissal_reason) == ("dismissed", "the child lives abroad now")
    page = client.get(
        reverse(
            "admin:benefits_finding_change", args=[Finding.objects.get(kind="birth_premium", member__role="titular").pk]
        )
    )
    assert b"File a claim" in page.content


def test_the_lending_desk_does_not_see_the_worklist(db, client, make_user):
    client.force_login(make_user("lending_desk"))
    assert client.get(reverse("admin:benefits_finding_changelist")).status_code == 403


# --- take-up figures ------------------------------------------------------------------------------------------


def test_take_up_counts_found_claimed_and_claimed_after_a_letter(catalogue, client, make_user):
    from benefits import figures

    _household, titular, partner, _baby = family()
    worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    premium = Finding.objects.get(kind="birth_premium", member=titular)
    worklist.finding_send_letter(finding=premium, user=None, today=DAY)
    Finding.objects.filter(pk=premium.pk).update(status=FindingStatus.CLAIMED, closed_on=DAY)
    Finding.objects.filter(kind="birth_premium", member=partner).update(status=FindingStatus.CLAIMED, closed_on=DAY)
    data = figures.take_up(2026, DAY)
    premium_row = next(r for r in data["per_right"] if r["kind"] == "birth_premium")
    assert (premium_row["eligible"], premium_row["claimed"], premium_row["claimed_after_letter"]) == (2, 2, 1)
    assert (premium_row["amount_after_letter"], premium_row["take_up"]) == ("300.00", 100.0)
    assert (data["eligible"], data["claimed"], data["amount_after_letter"]) == (4, 2, "300.00")
    client.force_login(make_user("manager"))
    page = client.get(reverse("reports:page", args=["take_up"]), {"year": 2026})
    assert page.status_code == 200 and b"birth_premium" in page.content


def test_a_filing_deadline_warning_gets_no_letter(catalogue):
    _household, titular, *_ = family()
    services.claim_file(member=titular, benefit="glasses", event_date=date(2026, 3, 1), evidence=["invoice"])
    from benefits.models import Claim

    Claim.objects.filter(member=titular).update(status="filed", event_date=date(2024, 12, 5))
    worklist.rights_scan_chunk(day=DAY, id_range=ALL)
    warning = Finding.objects.get(kind="filing_deadline")
    assert (warning.member_id, warning.deadline, warning.article) == (titular.pk, date(2026, 12, 31), "Art. 42.4")
    with pytest.raises(ValidationError):
        worklist.finding_send_letter(finding=warning, user=None, today=DAY)


def test_the_demo_shows_every_kind_and_letters_in_dutch_and_french(db):
    import time_machine

    with time_machine.travel(DAY, tick=False):
        call_command("seed_demo", households=40, stdout=io.StringIO())
    assert set(Finding.objects.values_list("kind", flat=True)) == {
        "birth_premium",
        "diapers",
        "toothbrush",
        "foot_care",
        "alarm_subsidy",
        "max_invoice_refund",
        "filing_deadline",
        "arrears_restorable",
    }
    assert {"nl", "fr"} <= set(Correspondence.objects.filter(kind="invitation").values_list("language", flat=True))
    assert Finding.objects.filter(status="claimed", letter_sent_on__isnull=False).exists()
