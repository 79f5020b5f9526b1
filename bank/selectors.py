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
    StatementEntry,
)
from core import search
from members import selectors as member_selectors


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


# --- The one search box (issue #16): who pays from an IBAN ------------------------------------------


def search_households_by_iban(query: search.Query, *, limit: int, memo: dict | None = None) -> list[search.Hit]:
    """Households whose direct-debit mandate debits ``query.iban``, then those a matched statement entry
    was paid from it (the payer's account), newest first; each says why it was found."""
    from django.utils.translation import gettext as _

    from core.formatting import short_date

    if not query.iban:
        return []
    why: dict[int, str] = {}
    mandates = Mandate.objects.filter(iban=query.iban).order_by("-signed_on", "-id")
    for household_id, reference, status in mandates.values_list("household_id", "reference", "status")[:limit]:
        why.setdefault(
            household_id,
            _("direct debit mandate %(reference)s (%(status)s)")
            % {"reference": reference, "status": MandateStatus(status).label},
        )
    if len(why) < limit:
        entries = (
            StatementEntry.objects.filter(counterparty_iban=query.iban, household__isnull=False)
            .order_by("-booking_date", "-id")
            .values_list("household_id", "booking_date")[: limit * 4]
        )
        for household_id, booked in entries:
            why.setdefault(household_id, _("paid from this account on %(day)s") % {"day": short_date(booked)})
    return member_selectors.household_hits(list(why)[:limit], why)


def search_payments_by_iban(query: search.Query, *, limit: int, memo: dict | None = None) -> list[search.Hit]:
    """Contribution payments booked from statement entries paid from ``query.iban``, newest first."""
    from django.urls import reverse
    from django.utils.translation import gettext as _

    from core.formatting import eur, short_date

    if not query.iban:
        return []
    rows = (
        StatementEntry.objects.filter(counterparty_iban=query.iban, payment__isnull=False)
        .order_by("-booking_date", "-id")
        .values_list("payment_id", "household_id", "amount", "booking_date", "counterparty_name")[:limit]
    )
    return [
        search.Hit(
            key=f"payment:{payment_id}",
            label=_("Payment of %(amount)s on %(day)s") % {"amount": eur(amount), "day": short_date(booked)},
            detail=" · ".join(part for part in (name, _("household %(id)s") % {"id": household_id}) if part),
            url=reverse("admin:members_payment_change", args=[payment_id]),
        )
        for payment_id, household_id, amount, booked, name in rows
    ]


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
