"""Issue #14 "One house": every admin action goes through one pattern (``core.admin.service_action``):
a service call in its own transaction, audited with the action, the user and the reason; money that
moves and anything reversed is first confirmed on a page that asks why (as ``delete_selected``)."""

from datetime import date
from decimal import Decimal

import pytest
import time_machine
from auditlog.models import LogEntry
from django.contrib import admin
from django.contrib.admin.actions import delete_selected
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from core import roles

pytestmark = pytest.mark.django_db

REASON = "Bank statement 2026/14, line 3"
TODAY = date(2026, 6, 15)

#: The apps whose admins this project writes; the libraries' admins are listed below, action by action.
OWN_MODULES = ("core.", "members.", "benefits.", "lending.", "elections.", "reports.", "bank.")

#: Actions of the libraries' own admins (not ours to rebuild): a new one must be looked at and added here.
LIBRARY_ACTIONS = {
    ("django_celery_beat", "periodictask"): {"enable_tasks", "disable_tasks", "toggle_tasks", "run_tasks"},
    ("axes", "accessattempt"): {"cleanup_expired_attempts"},
}

#: Actions that move money or reverse something: confirmed, with a reason.
MONEY_OR_REVERSAL = {
    ("lending", "maxinvoicerefund", "mark_paid"),
    ("lending", "alarmsubsidy", "mark_paid"),
    ("benefits", "paymentbatch", "mark_paid"),
    ("members", "payment", "reverse_payments"),
    ("bank", "collectionrun", "settle"),  # issue #15: the bank credited a direct debit run
    ("bank", "mandate", "revoke"),
    ("bank", "mandate", "suspend"),
}

#: Records of money paid or owed: deleted by nobody, not even a superuser (reversed or recovered instead).
NEVER_DELETED = {
    ("members", "payment"),
    ("benefits", "paymentbatch"),
    ("lending", "maxinvoicerefund"),
    ("lending", "alarmsubsidy"),
    ("bank", "mandate"),
    ("bank", "collectionrun"),
    ("bank", "collectionitem"),
}


def _entries(obj, action):
    return [
        e
        for e in LogEntry.objects.get_for_object(obj).order_by("pk")
        if (e.additional_data or {}).get("action") == action
    ]


def _messages(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


# --- the walk: no action is built another way ------------------------------------------------------------


def _own_admins():
    return [
        (model, model_admin)
        for model, model_admin in admin.site._registry.items()
        if type(model_admin).__module__.startswith(OWN_MODULES)
    ]


def test_every_action_of_every_admin_is_built_with_the_core_pattern():
    """A queryset.update() behind the services' backs (as "mark paid" and "send to repair" were) fails here."""
    bypassing = []
    for model, model_admin in _own_admins():
        for func, name, _description in model_admin._get_base_actions():
            if func is delete_selected:
                continue
            if getattr(func, "action_spec", None) is None:
                bypassing.append(f"{model._meta.label}.{name}")
    assert bypassing == []


def test_the_libraries_admins_have_only_the_actions_known_here():
    found = {}
    for model, model_admin in admin.site._registry.items():
        if type(model_admin).__module__.startswith(OWN_MODULES):
            continue
        names = {name for func, name, _d in model_admin._get_base_actions() if func is not delete_selected}
        if names:
            found[(model._meta.app_label, model._meta.model_name)] = names
    assert found == LIBRARY_ACTIONS


def test_actions_that_move_money_or_reverse_ask_a_confirmation_and_a_reason():
    specs = {}
    for model, model_admin in _own_admins():
        for func, name, _description in model_admin._get_base_actions():
            spec = getattr(func, "action_spec", None)
            if spec is not None:
                specs[(model._meta.app_label, model._meta.model_name, name)] = spec
    assert MONEY_OR_REVERSAL <= set(specs)
    for key in MONEY_OR_REVERSAL:
        assert specs[key].writes and specs[key].confirm and specs[key].reason, key


def test_delete_selected_is_offered_to_no_role_and_never_on_money_records(make_user):
    """Nobody but a superuser deletes domain data (core.roles); money records not even a superuser."""
    factory = RequestFactory()
    for role in roles.ROLES:
        request = factory.get("/")
        request.user = make_user(role)
        for model, model_admin in _own_admins():
            assert "delete_selected" not in model_admin.get_actions(request), (role, model._meta.label)
    request = factory.get("/")
    request.user = make_user(superuser=True)
    offered = {
        (m._meta.app_label, m._meta.model_name) for m, a in _own_admins() if "delete_selected" in a.get_actions(request)
    }
    assert not offered & NEVER_DELETED
    assert offered  # the walk saw the superuser's delete_selected where it is allowed


# --- a refund marked paid (Art. 54): confirmed, with a reason, once ------------------------------------------


def _refund(kind, member):
    from lending.models import AlarmSubsidy, MaxInvoiceRefund

    if kind == "maxinvoicerefund":
        return MaxInvoiceRefund.objects.create(
            member=member,
            year=2025,
            counted_rent=Decimal("328.50"),
            refund=Decimal("28.50"),
            computed_at=timezone.now(),
        )
    return AlarmSubsidy.objects.create(
        member=member, year=2025, months=12, amount=Decimal("60.00"), computed_at=timezone.now()
    )


@pytest.mark.parametrize(
    "kind,amount",
    [("maxinvoicerefund", "28,50 €"), ("alarmsubsidy", "60,00 €")],
    ids=["art54-maximumfactuur", "art54-personenalarm"],
)
def test_marking_a_refund_paid_is_confirmed_with_a_reason_audited_and_done_once(
    client, make_user, table_2026, kind, amount
):
    from benefits.tests.test_services import paid_up_member

    # given a computed refund and the lending desk
    refund = _refund(kind, paid_up_member())
    desk = make_user("lending_desk")
    client.force_login(desk)
    url = reverse(f"admin:lending_{kind}_changelist")
    action = {"action": "mark_paid", "_selected_action": [refund.pk]}

    with time_machine.travel(TODAY, tick=False):
        # when the desk picks the action: the confirmation page, listing the refund and its amount; nothing paid
        page = client.post(url, action)
        assert page.status_code == 200
        content = page.content.decode()
        assert str(refund) in content and amount in content and 'name="reason"' in content
        refund.refresh_from_db()
        assert refund.status == "computed" and refund.paid_on is None

        # when confirming without a reason, or with a too short one: the page again with the error, nothing paid
        for reason in ("", "paid"):
            again = client.post(url, {**action, "post": "yes", "reason": reason})
            assert again.status_code == 200 and "errorlist" in again.content.decode()
        refund.refresh_from_db()
        assert refund.status == "computed" and not _entries(refund, f"lending.{kind}.mark_paid")

        # when confirming with a reason: paid today, audited with the reason and the desk's name
        done = client.post(url, {**action, "post": "yes", "reason": REASON})
        assert done.status_code == 302
    refund.refresh_from_db()
    assert refund.status == "paid" and refund.paid_on == TODAY
    [entry] = _entries(refund, f"lending.{kind}.mark_paid")
    assert entry.actor == desk and entry.additional_data["reason"] == REASON
    assert entry.changes["status"] == ["computed", "paid"]

    # when the same confirmation is posted again a day later: not paid twice
    with time_machine.travel(date(2026, 6, 16), tick=False):
        client.post(url, {**action, "post": "yes", "reason": REASON})
    refund.refresh_from_db()
    assert refund.paid_on == TODAY
    assert len(_entries(refund, f"lending.{kind}.mark_paid")) == 1


def test_a_refund_paid_by_a_colleague_meanwhile_is_refused_under_the_lock(client, make_user, table_2026):
    from benefits.tests.test_services import paid_up_member
    from lending import services

    # given the confirmation page is open, and a colleague marks the refund paid meanwhile
    refund = _refund("maxinvoicerefund", paid_up_member())
    client.force_login(make_user("manager"))
    url = reverse("admin:lending_maxinvoicerefund_changelist")
    action = {"action": "mark_paid", "_selected_action": [refund.pk]}
    assert client.post(url, action).status_code == 200
    stale = type(refund).objects.get(pk=refund.pk)
    services.yearly_refund_mark_paid(refund=refund, paid_on=date(2026, 6, 1), user=None, reason="colleague's statement")

    # when the service is called with the stale row: refused, named
    with pytest.raises(ValidationError, match="Already paid on 01/06/2026"):
        services.yearly_refund_mark_paid(refund=stale, paid_on=date(2026, 6, 2), user=None, reason=REASON)
    # when the page is confirmed: nothing left to pay, said so
    response = client.post(url, {**action, "post": "yes", "reason": REASON}, follow=True)
    assert any("still to be paid" in m for m in _messages(response))
    refund.refresh_from_db()
    assert refund.paid_on == date(2026, 6, 1)


# --- a payment batch marked paid (benefits) ------------------------------------------------------------------


def test_marking_a_payment_batch_paid_is_confirmed_with_a_reason_audited_and_done_once(client, make_user, table_2026):
    from benefits import reference, services
    from benefits.models import Claim
    from benefits.tests.helpers import birth_premium
    from benefits.tests.test_services import paid_up_member

    # given an approved batch of one €300 birth premium
    reference.seed()
    claim = birth_premium(paid_up_member())
    manager = make_user("manager")
    batch = services.batch_release()
    services.batch_approve(batch=batch, user=manager)
    client.force_login(manager)
    url = reverse("admin:benefits_paymentbatch_changelist")
    action = {"action": "mark_paid", "_selected_action": [batch.pk]}

    with time_machine.travel(TODAY, tick=False):
        # the first POST only shows what will be paid
        page = client.post(url, action)
        assert page.status_code == 200 and "300,00 €" in page.content.decode()
        # no reason: nothing paid
        assert "errorlist" in client.post(url, {**action, "post": "yes", "reason": ""}).content.decode()
        batch.refresh_from_db()
        assert batch.status == "approved"
        # with a reason: paid, its claim paid, audited with the reason and the manager
        assert client.post(url, {**action, "post": "yes", "reason": REASON}).status_code == 302
    batch.refresh_from_db()
    assert batch.status == "paid" and batch.paid_on == TODAY
    assert Claim.objects.get(pk=claim.pk).status == "paid"
    [entry] = _entries(batch, "benefits.paymentbatch.mark_paid")
    assert entry.actor == manager and entry.additional_data["reason"] == REASON

    # twice: not paid again
    with time_machine.travel(date(2026, 6, 20), tick=False):
        client.post(url, {**action, "post": "yes", "reason": REASON})
    batch.refresh_from_db()
    assert batch.paid_on == TODAY and len(_entries(batch, "benefits.paymentbatch.mark_paid")) == 1


# --- a payment reversed (members) ----------------------------------------------------------------------------


def test_a_payment_reversal_is_audited_with_its_reason_and_clerk_and_done_once(client, make_user, table_2026):
    from core.months import Month
    from members import services
    from members.models import ContributionDue
    from members.tests.factories import household_with_titular

    household, _ = household_with_titular(start=date(2026, 1, 1))
    with time_machine.travel(date(2026, 2, 10), tick=False):
        services.dues_book(through=Month(2026, 2), household_ids=[household.pk])
        payment = services.payment_record(
            household=household,
            amount=Decimal("20.00"),
            paid_on=date(2026, 2, 5),
            months=[Month(2026, 1), Month(2026, 2)],
        ).payment
    clerk = make_user("clerk")
    client.force_login(clerk)
    url = reverse("admin:members_payment_changelist")
    action = {"action": "reverse_payments", "_selected_action": [payment.pk]}

    assert client.post(url, action).status_code == 200
    payment.refresh_from_db()
    assert payment.reversed_on is None
    assert client.post(url, {**action, "post": "yes", "reason": "short"}).status_code == 200  # under 10 characters
    payment.refresh_from_db()
    assert payment.reversed_on is None

    assert client.post(url, {**action, "post": "yes", "reason": REASON}).status_code == 302
    payment.refresh_from_db()
    assert payment.reversed_on is not None and payment.reversal_reason == REASON
    [entry] = _entries(payment, "members.payment.reverse_payments")
    assert entry.actor == clerk and entry.additional_data["reason"] == REASON
    # the months it settled are reopened in the same action, their entries carry the reason too
    due = ContributionDue.objects.get(household=household, month=date(2026, 1, 1))
    assert [e.additional_data["reason"] for e in _entries(due, "members.payment.reverse_payments")] == [REASON]

    again = client.post(url, {**action, "post": "yes", "reason": "a second time, by mistake"}, follow=True)
    assert any("reversed already" in m for m in _messages(again))
    payment.refresh_from_db()
    assert payment.reversal_reason == REASON and len(_entries(payment, "members.payment.reverse_payments")) == 1


# --- a stock unit's state: through the service, audited --------------------------------------------------------


def test_setting_a_stock_unit_state_goes_through_the_service_and_is_audited(client, make_user, table_2026):
    from lending import reference
    from lending.models import Item, Office, StockUnit, UnitState

    reference.seed()
    item, office = Item.objects.get(code="wheelchair"), Office.objects.first()
    cleaning, rented, retired = (
        StockUnit.objects.create(item=item, office=office, serial=f"U-{n}", state=state)
        for n, state in enumerate((UnitState.CLEANING, UnitState.RENTED, UnitState.RETIRED))
    )
    desk = make_user("lending_desk")
    client.force_login(desk)
    url = reverse("admin:lending_stockunit_changelist")

    # a unit being cleaned goes to repair, then available again; each step audited with the desk's name
    client.post(url, {"action": "mark_repair", "_selected_action": [cleaning.pk, rented.pk, retired.pk]})
    client.post(url, {"action": "mark_available", "_selected_action": [cleaning.pk, rented.pk, retired.pk]})
    cleaning.refresh_from_db()
    rented.refresh_from_db()
    retired.refresh_from_db()
    assert (cleaning.state, rented.state, retired.state) == ("available", "rented", "retired")
    entries = _entries(cleaning, "lending.stockunit.set_state")
    assert [e.changes["state"] for e in entries] == [["cleaning", "repair"], ["repair", "available"]]
    assert {e.actor for e in entries} == {desk}
    assert not _entries(rented, "lending.stockunit.set_state")


def test_the_stock_unit_service_refuses_a_rented_unit_and_a_state_not_set_by_hand(table_2026):
    from lending import reference, services
    from lending.models import Item, Office, StockUnit, UnitState

    reference.seed()
    unit = StockUnit.objects.create(
        item=Item.objects.get(code="wheelchair"), office=Office.objects.first(), serial="R-1", state=UnitState.RENTED
    )
    with pytest.raises(ValidationError, match="rented"):
        services.stock_unit_set_state(unit=unit, state=UnitState.REPAIR)
    with pytest.raises(ValidationError, match="by hand"):
        services.stock_unit_set_state(unit=unit, state=UnitState.RENTED)
    unit.refresh_from_db()
    assert unit.state == UnitState.RENTED


# --- a service page (one object, a form, a service) is the same pattern: one transaction, audited ------------


def test_a_service_page_names_itself_and_the_clerk_on_the_audit_entries_it_writes(client, make_user, table_2026):
    from benefits.tests.test_services import paid_up_member
    from lending import reference, services
    from lending.models import Rental
    from lending.tests.factories import free_unit

    reference.seed()
    free_unit("wheelchair")  # a rental runs with its stock unit (issue #16)
    rental = services.rental_start(item="wheelchair", member=paid_up_member(), start_date=date(2026, 3, 2))
    desk = make_user("lending_desk")
    client.force_login(desk)

    with time_machine.travel(date(2026, 4, 21), tick=False):
        response = client.post(
            reverse("admin:lending_rental_return", args=[rental.pk]),
            {"return_date": "20/04/2026", "cleaning": "", "repair": "", "damage": "", "accessory": ""},
        )
    assert response.status_code == 302
    rental = Rental.objects.get(pk=rental.pk)
    entries = _entries(rental, "lending_rental_return")
    assert {e.actor for e in entries} == {desk}
    assert ["running", "returned"] in [e.changes.get("status") for e in entries]
