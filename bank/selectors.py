"""Reads of the bank app: mandates, their next sequence type, collection runs and items."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from django.db.models import QuerySet

from bank import rules
from bank.models import (
    AmendedField,
    CollectionItem,
    CollectionItemDue,
    CollectionRun,
    ItemStatus,
    Mandate,
    MandateStatus,
    PayoutFile,
    PayoutTransfer,
)


def mandate_list() -> QuerySet:
    return Mandate.objects.select_related("household").order_by("pk")


def mandate_get(pk: int) -> Mandate | None:
    return mandate_list().filter(pk=pk).first()


def active_mandate_for(household_id: int) -> Mandate | None:
    return Mandate.objects.filter(household_id=household_id, status=MandateStatus.ACTIVE).first()


def next_sequence_type(mandate: Mandate) -> rules.SequenceType:
    """The sequence type the mandate's next collection will carry (FRST/RCUR, ``rules.sequence_type``)."""
    collections = [
        rules.PastCollection(presented_at, status == ItemStatus.RETURNED)
        for status, presented_at in CollectionItem.objects.filter(mandate=mandate).values_list(
            "status", "run__created_at"
        )
    ]
    changes = [
        rules.AccountChange(at, other)
        for at, other in mandate.amendments.filter(field=AmendedField.IBAN).values_list("amended_at", "other_bank")
    ]
    return rules.sequence_type(collections, changes)


def mandate_expires_on(mandate: Mandate) -> date:
    return rules.mandate_expires_on(signed_on=mandate.signed_on, last_collection_on=mandate.last_collection_on)


def run_list() -> QuerySet:
    return CollectionRun.objects.defer("xml").select_related("created_by").order_by("-collection_date", "-pk")


def runs_on(collection_date: date) -> QuerySet:
    return run_list().filter(collection_date=collection_date)


def household_collections(household_id: int) -> QuerySet:
    """A household's direct debits, newest first (what was collected, credited or returned, and why)."""
    return (
        CollectionItem.objects.filter(household_id=household_id)
        .select_related("run", "mandate")
        .defer("run__xml")
        .order_by("-run__collection_date", "-pk")
    )


def payout_file_list() -> QuerySet:
    """The pain.001 payout files, newest first, without their XML (issue #15)."""
    return PayoutFile.objects.defer("xml").order_by("-created_at", "-pk")


def months_being_collected(id_range: tuple[int, int]) -> dict[int, set[date]]:
    """The households' months (first days) in a direct debit the bank has not answered yet: in an open
    collection (not returned) and not settled. Registered in ``core.hooks``: no arrears reminder for them."""
    result: dict[int, set[date]] = {}
    for household_id, month in CollectionItemDue.objects.filter(
        open=True,
        due__household_id__gte=id_range[0],
        due__household_id__lt=id_range[1],
        due__settled_on__isnull=True,
    ).values_list("due__household_id", "due__month"):
        result.setdefault(household_id, set()).add(month)
    return result


def payout_statuses(kind: str, item_ids: Collection[int]) -> dict[int, str]:
    """Issue #17: the status of the last transfer that paid each item (``kind``: ``max_invoice``, ``alarm``,
    ``claims_batch`` by claim), ``pending``, ``paid`` or ``rejected``; an item never in a transfer is left
    out. One query. Registered in ``core.hooks`` (lending cannot import the bank)."""
    result: dict[int, str] = {}
    rows = (
        PayoutTransfer.objects.filter(kind=kind, item_id__in=list(item_ids))
        .order_by("item_id", "id")
        .values_list("item_id", "status")
    )
    for item_id, status in rows:
        result[item_id] = status  # the last one wins
    return result
