"""Mandates and collections through the services, on the real database."""

import hashlib
from datetime import date, timedelta
from decimal import Decimal

import pytest
import time_machine
import xmlschema
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from bank import selectors, services
from bank.models import (
    CollectionItem,
    CollectionItemDue,
    CollectionRun,
    ItemStatus,
    Mandate,
    MandateAmendment,
    MandateStatus,
)
from bank.tests.conftest import COLLECTION, IBANS, TODAY
from bank.tests.test_pain008 import XSD
from members.models import ContributionDue, Correspondence, Payment

pytestmark = pytest.mark.django_db


def collect(day=COLLECTION, today=TODAY):
    return services.collection_run_create(collection_date=day, today=today)


# --- mandates ---------------------------------------------------------------------------------------


def test_a_mandate_is_registered_with_a_normalised_iban_and_a_generated_reference(debtor):
    # given / when
    household, mandate = debtor(iban="be41 0630 1234 5610")
    # then
    assert mandate.iban == "BE41063012345610"
    assert mandate.reference.startswith(f"ZF-H{household.pk}-20260110-")
    assert mandate.status == MandateStatus.ACTIVE


@pytest.mark.parametrize(
    "changes,field",
    [
        pytest.param({"iban": "BE41063012345611"}, "iban", id="bad-iban-check-digits"),
        pytest.param({"signed_on": date(2026, 6, 16)}, "signed_on", id="signed-in-the-future"),
        pytest.param({"signed_on": date(1899, 12, 31)}, "signed_on", id="signed-before-the-records"),
        pytest.param({"reference": "A//B"}, "reference", id="reference-outside-the-sepa-charset"),
        pytest.param({"bic": "NOTABIC"}, "bic", id="bad-bic"),
        pytest.param({"debtor_name": "   "}, "debtor_name", id="no-debtor-name"),
    ],
)
def test_a_mandate_with_bad_data_is_refused_on_its_field(today, table_2026, changes, field):
    from members.tests.factories import household_with_titular

    household, _t = household_with_titular()
    data = {
        "household": household,
        "iban": IBANS[0],
        "debtor_name": "Jan Peeters",
        "signed_on": date(2026, 1, 10),
        **changes,
    }
    with pytest.raises(ValidationError) as refused:
        services.mandate_create(**data)
    assert field in refused.value.message_dict
    assert not Mandate.objects.exists()


def test_mandate_writes_are_audited_with_their_action_user_and_reason(debtor, make_user):
    from auditlog.models import LogEntry

    clerk = make_user("clerk")
    _h, mandate = debtor(user=clerk)
    services.mandate_suspend(mandate=mandate, reason="member asked by phone", user=clerk)
    entries = LogEntry.objects.get_for_object(mandate).order_by("pk")
    assert [e.additional_data["action"] for e in entries] == ["bank.mandate_create", "bank.mandate_suspend"]
    assert all(e.actor == clerk for e in entries)
    assert entries.last().additional_data["reason"] == "member asked by phone"
    assert entries.last().changes["status"] == ["active", "suspended"]


def test_one_active_mandate_per_household_in_the_service_and_the_database(debtor):
    household, mandate = debtor()
    with pytest.raises(ValidationError) as refused:
        services.mandate_create(
            household=household, iban=IBANS[1], debtor_name="Jan Peeters", signed_on=date(2026, 2, 1)
        )
    assert mandate.reference in str(refused.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        Mandate.objects.create(
            household=household,
            reference="OTHER-1",
            debtor_name="X",
            iban=IBANS[1],
            signed_on=date(2026, 2, 1),
        )


def test_an_iban_change_is_an_amendment_that_keeps_the_old_value(debtor):
    _h, mandate = debtor(iban=IBANS[0])
    [amendment] = services.mandate_amend(mandate=mandate, iban=IBANS[1], reason="Letter of 12/06 with the new account")
    mandate.refresh_from_db()
    assert mandate.iban == IBANS[1]
    assert (amendment.field, amendment.old_value, amendment.new_value) == ("iban", IBANS[0], IBANS[1])
    assert amendment.other_bank is True  # Belfius → BNP Paribas Fortis
    # the same value again changes nothing
    assert services.mandate_amend(mandate=mandate, iban=IBANS[1]) == []
    assert MandateAmendment.objects.count() == 1


def test_suspend_revoke_and_reactivate(debtor):
    _h, mandate = debtor()
    services.mandate_suspend(mandate=mandate, reason="member asked")
    mandate.refresh_from_db()
    assert mandate.status == MandateStatus.SUSPENDED
    services.mandate_reactivate(mandate=mandate)
    mandate.refresh_from_db()
    assert mandate.status == MandateStatus.ACTIVE
    services.mandate_revoke(mandate=mandate, reason="member ends it")
    mandate.refresh_from_db()
    assert mandate.status == MandateStatus.REVOKED
    with pytest.raises(ValidationError):
        services.mandate_reactivate(mandate=mandate)
    with pytest.raises(ValidationError):
        services.mandate_amend(mandate=mandate, iban=IBANS[1])


def test_mandates_unused_for_36_months_expire_once(debtor):
    _h, old = debtor()
    _h2, used = debtor(iban=IBANS[1])
    Mandate.objects.filter(pk=used.pk).update(last_collection_on=date(2026, 6, 1))
    later = date(2029, 1, 10)
    assert services.mandates_expire(today=later) == 1
    assert services.mandates_expire(today=later) == 0
    old.refresh_from_db()
    used.refresh_from_db()
    assert old.status == MandateStatus.EXPIRED and used.status == MandateStatus.ACTIVE


# --- the collection run -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "day,message",
    [
        pytest.param(date(2026, 6, 26), "pre-notification", id="pt0403-13-days-is-too-early"),
        pytest.param(date(2026, 7, 4), "TARGET2", id="saturday-is-no-business-day"),
        pytest.param(date(2026, 12, 25), "TARGET2", id="christmas-is-no-business-day"),
    ],
)
def test_a_collection_date_the_rulebook_refuses(debtor, day, message):
    debtor()
    with pytest.raises(ValidationError) as refused:
        collect(day)
    assert message in " ".join(refused.value.message_dict["collection_date"])
    assert not CollectionRun.objects.exists()


def test_a_run_collects_the_open_months_through_the_collection_month_frst_then_rcur(debtor):
    # given two households with a mandate, one paid 01–02 by hand
    household, mandate = debtor()
    other, _m = debtor(iban=IBANS[1])
    from members.rules import Month
    from members.services import payment_record

    payment_record(household=other, amount=Decimal("20.00"), paid_on=TODAY, months=[Month(2026, 1), Month(2026, 2)])

    # when the run of 01/07 is made
    result = collect()

    # then: 7 + 5 months, €120, one file, every item a first collection
    assert (result.dues, result.mandates, result.total) == (12, 2, Decimal("120.00"))
    run = result.run
    assert run.xml.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert len(run.sha256) == 64
    items = {item.household_id: item for item in run.items.all()}
    assert items[household.pk].amount == Decimal("70.00") and items[other.pk].amount == Decimal("50.00")
    assert {item.sequence_type for item in items.values()} == {"FRST"}
    mandate.refresh_from_db()
    assert mandate.last_collection_on == COLLECTION
    assert selectors.next_sequence_type(mandate).value == "RCUR"
    # and each household was pre-notified: amount, date, mandate reference and creditor id
    letter = Correspondence.objects.get(household=household, kind="prenotification")
    assert letter.amount == Decimal("70.00") and letter.event_date == COLLECTION
    assert letter.details["mandate_reference"] == mandate.reference
    assert letter.details["creditor_id"] == "BE05ZZZ0411987139"
    assert letter.language == "nl" and "70,00 €" in letter.body and "01/07/2026" in letter.body


def test_the_pre_notification_is_in_the_households_language(debtor):
    household, _m = debtor(region="wallonia")
    collect()
    letter = Correspondence.objects.get(household=household)
    assert letter.language == "fr"
    assert "Annonce de votre domiciliation" in letter.subject
    assert "BE05ZZZ0411987139" in letter.body


def test_a_yearly_household_pays_its_year_at_once(debtor):
    household, _m = debtor(frequency="yearly")
    result = collect()
    assert result.dues == 12 and result.total == Decimal("120.00")
    assert ContributionDue.objects.filter(household=household, month=date(2026, 12, 1)).exists()


def test_two_runs_on_the_same_day_collect_nothing_twice(debtor):
    debtor()
    debtor(iban=IBANS[1])
    first = collect()
    assert first.mandates == 2

    second = collect()

    assert (second.run, second.dues, second.mandates, second.total) == (None, 0, 0, Decimal("0.00"))
    assert CollectionRun.objects.count() == 1
    assert CollectionItem.objects.count() == 2
    assert Correspondence.objects.filter(kind="prenotification").count() == 2


def test_a_month_is_in_one_open_collection_only_the_database_refuses_a_second(debtor):
    debtor()
    run = collect().run
    link = CollectionItemDue.objects.first()
    item = run.items.first()
    other = CollectionItem.objects.create(
        run=run,
        mandate=item.mandate,
        household_id=item.household_id,
        sequence_type="RCUR",
        amount=Decimal("10.00"),
        end_to_end_id="OTHER-000001",
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        CollectionItemDue.objects.create(item=other, due=link.due)


def test_a_run_killed_in_the_middle_stores_nothing(debtor, monkeypatch, settings):
    # given three households, one direct debit per file
    for iban in IBANS[:3]:
        debtor(iban=iban)
    settings.SEPA_MAX_DEBITS_PER_FILE = 1
    real = services._RunWriter.write
    calls = []

    def dies_after_the_first(self, planned):
        calls.append(len(planned))
        if len(calls) == 2:
            assert CollectionRun.objects.count() == 1  # the first file is in the database, uncommitted
            assert CollectionItem.objects.count() == 1
            raise RuntimeError("worker killed")
        return real(self, planned)

    monkeypatch.setattr(services._RunWriter, "write", dies_after_the_first)

    # when the run dies half-way
    with pytest.raises(RuntimeError):
        collect()

    # then nothing of it is stored
    assert CollectionRun.objects.count() == 0
    assert CollectionItem.objects.count() == 0
    assert CollectionItemDue.objects.count() == 0
    assert Correspondence.objects.count() == 0
    assert not Mandate.objects.filter(last_collection_on__isnull=False).exists()

    # and the next run collects everything once, one file per debit
    monkeypatch.setattr(services._RunWriter, "write", real)
    result = collect()
    assert result.mandates == 3
    assert len(result.runs) == 3
    assert sorted(run.item_count for run in result.runs) == [1, 1, 1]
    assert len({run.message_id for run in result.runs}) == 3


def test_a_large_run_is_split_into_files_that_each_validate(debtor, settings):
    # given four households and at most three direct debits per file
    for iban in IBANS:
        debtor(iban=iban)
    settings.SEPA_MAX_DEBITS_PER_FILE = 3

    result = collect()

    # then two files of 3 and 1 debits, each its own message id, checksum and totals
    assert [run.item_count for run in result.runs] == [3, 1]
    assert result.mandates == 4
    assert result.total == sum((run.total for run in result.runs), Decimal("0"))
    schema = xmlschema.XMLSchema(str(XSD))  # the official XSD shipped with the tests, not the code's copy
    for run in result.runs:
        schema.validate(run.xml)
        assert run.xml.count("<DrctDbtTxInf>") == run.item_count
        assert f"<MsgId>{run.message_id}</MsgId>" in run.xml
        assert hashlib.sha256(run.xml.encode()).hexdigest() == run.sha256
    # every household pre-notified once, naming its file's end-to-end id
    assert Correspondence.objects.filter(kind="prenotification").count() == 4
    e2e = set(CollectionItem.objects.values_list("end_to_end_id", flat=True))
    assert {c.details["end_to_end_id"] for c in Correspondence.objects.all()} == e2e


# --- the bank's answer ----------------------------------------------------------------------------------


def settle(run, on=COLLECTION):
    with time_machine.travel(on, tick=False):
        return services.collection_settle(run=run, on=on)


def test_settling_books_one_payment_per_item_once(debtor):
    household, _m = debtor()
    run = collect().run

    assert settle(run) == 1
    assert settle(run) == 0

    [payment] = Payment.objects.filter(household=household)
    item = run.items.get()
    assert payment.amount == Decimal("70.00") and payment.bank_reference == item.end_to_end_id
    assert payment.source == "bank_import" and payment.paid_on == COLLECTION
    assert not ContributionDue.objects.filter(household=household, settled_on__isnull=True).exists()
    item.refresh_from_db()
    run.refresh_from_db()
    assert item.status == ItemStatus.SETTLED and item.payment == payment
    assert run.status == "settled" and run.settled_on == COLLECTION


def test_settling_before_the_collection_date_is_refused(debtor):
    debtor()
    run = collect().run
    with pytest.raises(ValidationError):
        services.collection_settle(run=run, on=TODAY)
    assert not Payment.objects.exists()


def test_a_month_paid_by_hand_meanwhile_is_not_paid_twice(debtor):
    from members.rules import Month
    from members.services import payment_record

    household, _m = debtor()
    run = collect().run
    payment_record(household=household, amount=Decimal("10.00"), paid_on=TODAY, months=[Month(2026, 1)])

    settle(run)

    # the €70 settles the six months still open, and the next one in advance (as any payment that
    # names no months): January stays paid by hand, once
    payment = Payment.objects.get(bank_reference=run.items.get().end_to_end_id)
    settled = ContributionDue.objects.filter(household=household, payment=payment).order_by("month")
    assert [d.month.month for d in settled] == [2, 3, 4, 5, 6, 7, 8]
    january = ContributionDue.objects.get(household=household, month=date(2026, 1, 1))
    assert january.payment.source == "clerk"


@pytest.mark.parametrize(
    "code,suspended",
    [pytest.param("AC04", True, id="ac04-closed-account"), pytest.param("AM04", False, id="am04-no-funds")],
)
def test_a_return_reopens_the_months_and_suspends_the_mandate_where_the_reason_says_so(debtor, code, suspended):
    # given a settled collection
    household, mandate = debtor()
    run = collect().run
    settle(run)
    item = run.items.get()

    # when the bank returns it
    on = COLLECTION + timedelta(days=5)
    with time_machine.travel(on, tick=False):
        returned = services.collection_item_return(item=item, reason_code=code, on=on)
        again = services.collection_item_return(item=item, reason_code="MD06", on=on)

    # then the payment is reversed, the months open again, the mandate suspended (AC04) or not (AM04)
    assert returned.status == ItemStatus.RETURNED and returned.return_reason == code
    assert again.return_reason == code  # returning twice changes nothing
    payment = Payment.objects.get(bank_reference=item.end_to_end_id)
    assert payment.reversed_on == on and code in payment.reversal_reason
    assert ContributionDue.objects.filter(household=household, settled_on__isnull=True).count() == 7
    assert not CollectionItemDue.objects.filter(item=item, open=True).exists()
    mandate.refresh_from_db()
    assert mandate.status == (MandateStatus.SUSPENDED if suspended else MandateStatus.ACTIVE)
    [letter] = Correspondence.objects.filter(household=household, kind="debit_returned")
    assert letter.details["reason_code"] == code and letter.details["mandate_suspended"] is suspended

    # and the next run: nothing for a suspended mandate; the months again, as a FRST, after AM04
    with time_machine.travel(on, tick=False):
        nxt = services.collection_run_create(collection_date=date(2026, 8, 3), today=on)
    if suspended:
        assert nxt.run is None
    else:
        [again_item] = nxt.run.items.all()
        assert again_item.amount == Decimal("80.00")  # 01–08/2026
        assert again_item.sequence_type == "FRST"  # rulebook: the returned FRST did not count


def test_a_return_before_the_credit_rejects_the_item_without_a_payment(debtor):
    household, mandate = debtor()
    run = collect().run
    item = run.items.get()
    services.collection_item_return(item=item, reason_code="MD01", on=TODAY)
    item.refresh_from_db()
    assert item.status == ItemStatus.RETURNED and item.payment is None
    mandate.refresh_from_db()
    assert mandate.status == MandateStatus.SUSPENDED
    # settling the run afterwards books nothing for it
    settle(run)
    assert not Payment.objects.filter(household=household).exists()


def test_an_unknown_return_reason_is_refused(debtor):
    debtor()
    item = collect().run.items.get()
    with pytest.raises(ValidationError) as refused:
        services.collection_item_return(item=item, reason_code="XX99", on=TODAY)
    assert "reason_code" in refused.value.message_dict


def test_after_an_account_change_to_another_bank_the_next_collection_is_frst(debtor):
    _h, mandate = debtor(iban=IBANS[0])
    run = collect().run
    settle(run)
    with time_machine.travel(COLLECTION, tick=False):
        services.mandate_amend(mandate=mandate, iban=IBANS[2], reason="new account at KBC")
        nxt = services.collection_run_create(collection_date=date(2026, 8, 3), today=COLLECTION)
    assert nxt.run.items.get().sequence_type == "FRST"
