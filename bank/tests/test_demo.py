"""The demo shows the whole money loop (issue #15) and seeds twice without duplicates."""

import io
from datetime import date

import pytest
import time_machine
from django.core.management import call_command

from bank.models import (
    CollectionItem,
    CollectionRun,
    ItemStatus,
    Mandate,
    MandateAmendment,
    Statement,
    StatementEntry,
)
from members.models import Correspondence, CorrespondenceKind

pytestmark = pytest.mark.django_db


def _counts() -> dict:
    return {
        "mandates": Mandate.objects.count(),
        "amendments": MandateAmendment.objects.count(),
        "runs": CollectionRun.objects.count(),
        "items": CollectionItem.objects.count(),
        "returned": CollectionItem.objects.filter(status=ItemStatus.RETURNED, return_reason="AM04").count(),
        "statements": Statement.objects.count(),
        **{f"entries_{o}": StatementEntry.objects.filter(outcome=o).count() for o in ("matched", "unmatched")},
        **{kind: Correspondence.objects.filter(kind=kind).count() for kind in CorrespondenceKind.values},
    }


def test_demo_has_the_whole_loop_and_seeding_twice_changes_nothing():
    with time_machine.travel(date(2026, 11, 23), tick=False):
        call_command("seed_demo", households=12, stdout=io.StringIO())
        first = _counts()
        call_command("seed_demo", households=12, stdout=io.StringIO())
    assert _counts() == first
    assert first["mandates"] == 4 and first["amendments"] >= 1
    assert first["runs"] == 1 and first["items"] >= 1 and first["returned"] == 1
    assert first["prenotification"] == first["items"] and first["debit_returned"] == 1
    # a statement imported as a clerk would: one payment matched by its structured communication, one unmatched
    assert (first["statements"], first["entries_matched"], first["entries_unmatched"]) == (1, 1, 1)
    assert first["reminder"] == 2  # the first and the second reminder of the demo's two households
    run = CollectionRun.objects.get()
    assert run.status == "settled" and run.collection_date < date(2026, 11, 23)
    # pre-notified at least 14 days before the collection
    notice = Correspondence.objects.filter(kind="prenotification").earliest("created_at")
    assert notice.event_date == run.collection_date
    kinds = set(Correspondence.objects.filter(kind="reminder").values_list("details__reminder", flat=True))
    assert kinds == {"first", "second"}
