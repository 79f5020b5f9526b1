"""Filing, judging, batching, paying and recovering claims through the services."""

import threading
from datetime import date
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import connection

from benefits import reference, services
from benefits.models import Benefit, Claim, ClaimStatus, PaymentBatchStatus, RuleCap, RuleVersion
from core.months import Month, month_range
from core.reasons import render
from members import services as member_services
from members.tests.factories import household_with_titular

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(table_2026):
    reference.seed()


def paid_up_member(birth=date(1960, 1, 10), iban="BE71096123456769", through="2026-12", last_name="Peeters"):
    household, member = household_with_titular(start=date(2026, 1, 1), birth=birth, iban=iban, last_name=last_name)
    months = list(month_range(Month(2026, 1), Month.parse(through)))
    member_services.payment_record(
        household=household, amount=Decimal("10.00") * len(months), paid_on=date(2026, 1, 2), months=months
    )
    return member


def test_foot_care_cap_reached_across_several_claims(catalogue):
    member = paid_up_member()
    first = services.claim_file(
        member=member, benefit="foot_care", event_date=date(2026, 2, 1), quantity=3, evidence=["invoice"]
    )
    second = services.claim_file(
        member=member, benefit="foot_care", event_date=date(2026, 3, 1), quantity=3, evidence=["invoice"]
    )
    third = services.claim_file(
        member=member, benefit="foot_care", event_date=date(2026, 4, 1), quantity=1, evidence=["invoice"]
    )
    assert (first.status, first.payout) == ("approved", Decimal("30.00"))
    assert (second.status, second.payout, second.units) == ("partially_approved", Decimal("10.00"), 1)
    assert third.status == "rejected"
    assert any("Art. 44" in r and "4 units per calendar year" in r for r in map(render, third.reasons))


def test_suspended_household_is_rejected_with_art8(catalogue):
    household, member = household_with_titular(start=date(2026, 1, 1), birth=date(1960, 1, 10))
    claim = services.claim_file(member=member, benefit="foot_care", event_date=date(2026, 2, 1), evidence=["invoice"])
    assert claim.status == "rejected" and claim.payout == 0
    assert any(r.startswith("Art. 8") for r in map(render, claim.reasons))


def test_new_rule_version_applies_from_its_date(catalogue):
    member = paid_up_member(through="2027-03")
    foot_care = Benefit.objects.get(code="foot_care")
    version = RuleVersion.objects.create(
        benefit=foot_care,
        effective_from=date(2027, 1, 1),
        calculation="per_unit",
        unit="session",
        unit_amount=Decimal("12.00"),
        min_age=60,
        evidence=["invoice"],
    )
    RuleCap.objects.create(version=version, scope="year", units=4)
    with time_machine.travel(date(2027, 1, 25), tick=False):  # both filed on 25/01/2027
        old = services.claim_file(
            member=member, benefit="foot_care", event_date=date(2026, 12, 20), evidence=["invoice"]
        )
        new = services.claim_file(
            member=member, benefit="foot_care", event_date=date(2027, 1, 20), evidence=["invoice"]
        )
    assert old.payout == Decimal("10.00") and new.payout == Decimal("12.00")
    assert new.rule_version == version


def test_rejudge_after_facts_change(catalogue):
    member = paid_up_member()
    claim = services.claim_file(
        member=member,
        benefit="sports_club",
        event_date=date(2026, 2, 1),
        amount_paid=Decimal("80"),
        evidence=["invoice"],
        facts={"listed_sport": False},
    )
    assert claim.status == "rejected"
    claim.facts = {"listed_sport": True}
    services.claim_rejudge(claim=claim)
    claim.refresh_from_db()
    assert (claim.status, claim.payout) == ("partially_approved", Decimal("50.00"))


def birth_premium(member):
    from benefits.tests.helpers import birth_premium as premium

    return premium(member)


def test_payment_batch_from_release_to_paid_and_recovery(catalogue, make_user):
    member = paid_up_member()
    claim = birth_premium(member)
    batch = services.batch_release()
    assert batch.claim_count == 1 and batch.total == Decimal("300.00")
    assert services.batch_release() is None  # nothing left: running it again takes nothing twice

    with pytest.raises(ValidationError):
        services.batch_approve(batch=batch, user=make_user("clerk"))
    with pytest.raises(ValidationError):
        services.batch_csv(batch)  # not approved yet
    services.batch_approve(batch=batch, user=make_user("manager"))
    csv_text = services.batch_csv(batch)
    assert "BE71096123456769" in csv_text and "300.00" in csv_text and "GKCCBEBB" in csv_text

    services.batch_mark_paid(batch=batch, paid_on=date(2026, 3, 20))
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PAID and batch.status == PaymentBatchStatus.PAID

    # Art. 7: 2 years after the end of the payment month (31/03/2028); 5 years for fraud
    with pytest.raises(ValidationError, match="prescribed"):
        services.claim_recover(claim=claim, amount=Decimal("300"), reason="double", on=date(2028, 4, 1))
    services.claim_recover(claim=claim, amount=Decimal("300"), reason="double", on=date(2028, 4, 1), fraud=True)
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.RECOVERED


def test_batch_refuses_payees_without_valid_iban(catalogue, make_user):
    member = paid_up_member(iban="")
    birth_premium(member)
    batch = services.batch_release()
    with pytest.raises(ValidationError, match="IBAN"):
        services.batch_approve(batch=batch, user=make_user("manager"))


def test_filed_claims_past_the_deadline_are_flagged(catalogue):
    member = paid_up_member()
    claim = Claim.objects.create(
        member=member,
        benefit=Benefit.objects.get(code="dietetics"),
        event_date=date(2024, 1, 15),
        filed_on=date(2024, 2, 1),
    )
    assert services.claims_flag_expired(today=date(2026, 1, 31)) == 0
    assert services.claims_flag_expired(today=date(2026, 2, 1)) == 1
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.EXPIRED


@pytest.mark.django_db(transaction=True)
def test_two_clerks_at_once_never_exceed_a_cap(table_2026):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (SQLite serialises whole-database writes); runs in CI")
    reference.seed()
    member = paid_up_member()
    results, errors = [], []
    barrier = threading.Barrier(4)

    def file():
        from django.db import connections

        try:
            barrier.wait()
            claim = services.claim_file(
                member=member.pk, benefit="foot_care", event_date=date(2026, 5, 1), quantity=2, evidence=["invoice"]
            )
            results.append(claim.units)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=file) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sum(results) == 4  # Art. 44: 4 sessions per calendar year, whatever the interleaving
    assert sum(Claim.objects.filter(member=member).values_list("units", flat=True)) == 4


def test_batch_filing_judges_like_one_by_one_and_counts_caps_inside_the_batch(catalogue):
    from auditlog.models import LogEntry

    senior = paid_up_member()
    suspended_household, suspended = household_with_titular(
        start=date(2026, 1, 1), birth=date(1950, 1, 1), last_name="Maes"
    )
    requests = [
        services.ClaimRequest(
            member=senior.pk, benefit="foot_care", event_date=date(2026, 2, 1), quantity=3, evidence=("invoice",)
        ),
        services.ClaimRequest(
            member=senior.pk, benefit="foot_care", event_date=date(2026, 3, 1), quantity=3, evidence=("invoice",)
        ),
        services.ClaimRequest(
            member=suspended.pk, benefit="foot_care", event_date=date(2026, 2, 1), evidence=("invoice",)
        ),
        services.ClaimRequest(
            member=senior.pk,
            benefit="transport",
            event_date=date(2026, 2, 3),
            amount_paid=Decimal("400"),
            facts={"situation": "1", "mode": "ambulance"},
            evidence=("invoice",),
        ),
    ]
    claims = services.claims_file_batch(requests)
    assert [(c.status, c.payout, c.units) for c in claims] == [
        ("approved", Decimal("30.00"), 3),
        ("partially_approved", Decimal("10.00"), 1),  # Art. 44: 4 sessions per year, 3 earlier in this batch
        ("rejected", Decimal("0"), 0),  # Art. 8
        ("partially_approved", Decimal("150.00"), 1),  # Art. 55: max €150 per trip
    ]
    assert Claim.objects.count() == 4
    assert LogEntry.objects.filter(content_type__model="claim", action=LogEntry.Action.CREATE).count() == 4


def test_batch_filing_with_a_bad_row_files_nothing(catalogue):
    member = paid_up_member()
    requests = [
        services.ClaimRequest(
            member=member.pk, benefit="dietetics", event_date=date(2026, 2, 1), evidence=("invoice",)
        ),
        services.ClaimRequest(member=999999, benefit="dietetics", event_date=date(2026, 2, 1), evidence=("invoice",)),
    ]
    with pytest.raises(ValidationError) as error:
        services.claims_file_batch(requests)
    assert "row 2" in error.value.message_dict
    assert Claim.objects.count() == 0


def test_migration_0003_gives_databases_seeded_before_issue_13_the_statutes_art49_art55(catalogue):
    """A database seeded before #13 holds the misread Art. 49 and 55 versions; production runs
    ``migrate`` only, so migration 0003 corrects them to what the catalogue now says."""
    import importlib

    from django.apps import apps

    from benefits import catalogue as benefit_catalogue
    from benefits import selectors

    migration = importlib.import_module("benefits.migrations.0003_statutes_art49_art55")
    # given: the versions as seeded before #13
    transport = RuleVersion.objects.get(benefit__code="transport", effective_from=date(2020, 1, 1))
    old_table = {
        **transport.params["table"],
        "vaccination": {
            mode: {"percent": "50", "max": "10.00", "per": "vaccination day"}
            for mode in ("public_transport", "taxi", "low_mobility_service")
        },
    }
    transport.params = {**transport.params, "table": old_table}
    transport.save()
    stay = RuleVersion.objects.get(benefit__code="convalescent_stay", effective_from=date(2019, 1, 1))
    stay.params = {"period_nights": 7}
    stay.save()
    # when
    migration.correct(apps, None)
    migration.correct(apps, None)  # twice: idempotent
    # then: the database copy is the catalogue's
    loaded = selectors.Catalogue.load()
    for code, day in (("transport", date(2020, 1, 1)), ("convalescent_stay", date(2019, 1, 1))):
        _version, spec = loaded.version_on(code, day)
        assert spec.params == reference._jsonable(benefit_catalogue.spec(code, day).params)
    stay.refresh_from_db()
    assert stay.notes.count("issue #13") == 1
