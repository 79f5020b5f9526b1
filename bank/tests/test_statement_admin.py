"""The clerk's statement screens: upload → preview (nothing stored) → confirm; the unmatched queue
with "assign to household", "not ours" and "to refund", each through ``bank.statements``."""

import pytest
from auditlog.models import LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from bank.models import EntryOutcome, Statement, StatementEntry
from bank.tests import statement_builders as b
from bank.tests.test_statements import CAMT_FILE, _household, july  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db

REASON = "Telefoon van het lid op 06/07"


@pytest.fixture
def clerk(client, make_user, july):  # noqa: F811
    client.user = make_user("clerk")
    client.force_login(client.user)
    return client


def _upload(clerk, content=CAMT_FILE, name="july.xml"):
    return clerk.post(
        reverse("admin:bank_statement_import"), {"file": SimpleUploadedFile(name, content, content_type="text/xml")}
    )


def test_upload_shows_the_preview_and_the_confirmation_imports_it(clerk):
    # when the clerk uploads the file
    preview = _upload(clerk)

    # then the preview says what each entry will become, and nothing is stored
    assert preview.status_code == 200
    page = preview.content.decode()
    assert "entries 9, matched 5, unmatched 2, duplicates 0, returns 2" in page
    assert "Onbekende Betaler" in page and str(b.PAYS_BY_REFERENCE) in page
    assert Statement.objects.count() == 0
    token = preview.context["token"]

    # when confirmed
    done = clerk.post(reverse("admin:bank_statement_import"), {"confirm": token})

    # then it is imported once and the clerk lands on the unmatched queue
    assert done.status_code == 302 and "outcome__exact=unmatched" in done["Location"]
    assert Statement.objects.count() == 2 and StatementEntry.objects.count() == 9
    queue = clerk.get(done["Location"])
    assert queue.status_code == 200 and "Onbekende Betaler" in queue.content.decode()
    # a second confirmation (the same token) finds the preview gone: nothing twice
    again = clerk.post(reverse("admin:bank_statement_import"), {"confirm": token})
    assert again.status_code == 200 and StatementEntry.objects.count() == 9


def test_a_broken_file_is_a_form_error_naming_the_line(clerk):
    response = _upload(clerk, content=CAMT_FILE.replace(b"</Ntry>", b"", 1), name="broken.xml")
    assert response.status_code == 200
    assert "line 2, column" in response.content.decode()
    assert Statement.objects.count() == 0


def test_assign_to_household_by_structured_communication(clerk):
    clerk.post(reverse("admin:bank_statement_import"), {"confirm": _upload(clerk).context["token"]})
    stranger = StatementEntry.objects.get(counterparty_iban=b.STRANGER_IBAN)
    household = _household(7000007)
    url = reverse("admin:bank_statemententry_assign", args=[stranger.pk])

    refused = clerk.post(url, {"household": "+++000/7000/00799+++", "reason": REASON})
    assert refused.status_code == 200 and "structured communication" in refused.content.decode()

    done = clerk.post(url, {"household": b.format_structured(b.structured(household.pk)), "reason": REASON})
    assert done.status_code == 302
    stranger.refresh_from_db()
    assert (stranger.outcome, stranger.household_id, stranger.assigned_by) == (
        EntryOutcome.MATCHED,
        household.pk,
        clerk.user,
    )
    entry = LogEntry.objects.get_for_object(stranger).latest("pk")
    assert entry.actor == clerk.user and entry.additional_data["action"] == "bank.statement_entry_assign"


@pytest.mark.parametrize("action,outcome", [("not_ours", EntryOutcome.NOT_OURS), ("to_refund", EntryOutcome.TO_REFUND)])
def test_not_ours_and_to_refund_are_confirmed_with_a_reason(clerk, action, outcome):
    clerk.post(reverse("admin:bank_statement_import"), {"confirm": _upload(clerk).context["token"]})
    stranger = StatementEntry.objects.get(counterparty_iban=b.STRANGER_IBAN)
    url = reverse("admin:bank_statemententry_changelist")
    data = {"action": action, "_selected_action": [stranger.pk]}

    page = clerk.post(url, data)
    assert page.status_code == 200 and "reason" in page.content.decode()
    stranger.refresh_from_db()
    assert stranger.outcome == EntryOutcome.UNMATCHED

    clerk.post(url, {**data, "post": "yes", "reason": REASON})
    stranger.refresh_from_db()
    assert (stranger.outcome, stranger.note, stranger.assigned_by) == (outcome, REASON, clerk.user)
