"""The bank's demo data (issue #15), registered in ``bank/hooks.py`` (``core.hooks.register_demo``): after
the members' population, a new user sees the whole direct-debit loop — a few mandates (one amended: a new
IBAN), a collection run on a valid date, pre-notified at least the legal 14 days before, credited by the
bank, and one debit returned for insufficient funds (AM04) with its letter to the household.

Idempotent: when any mandate exists the seeder leaves the bank's data as it is. Through the services, as a
clerk would (audit trail, rules, letters).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from xml.sax.saxutils import escape

from django.conf import settings
from django.core.exceptions import ValidationError
from stdnum import iban as stdnum_iban

from bank import rules, services
from bank.models import Mandate
from members import selectors as member_selectors
from members import services as member_services
from members.models import ContributionDue, EntitlementStatus, HouseholdStatus, Member, Role

#: How many households pay by direct debit in the demo.
MANDATES = 4


def _belgian_iban(bank: int, account: int) -> str:
    first = f"{bank:03d}{account:07d}"
    bban = first + f"{int(first) % 97 or 97:02d}"
    return "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban


def _collection_date(today: date) -> date:
    """A TARGET2 business day about ten days ago: collected, credited and one debit returned since."""
    day = today - timedelta(days=10)
    while not rules.is_business_day(day):
        day -= timedelta(days=1)
    return day


def _debtors() -> list[int]:
    """Households that owe months (suspended ones first: the domiciliation brings them back in order),
    then any others with a titular, in household order."""
    owing = set(
        ContributionDue.objects.filter(settled_on__isnull=True, amount__gt=0).values_list("household_id", flat=True)
    )
    suspended = set(
        HouseholdStatus.objects.filter(status=EntitlementStatus.SUSPENDED).values_list("household_id", flat=True)
    )
    titulars = sorted(set(Member.objects.filter(role=Role.TITULAR).values_list("household_id", flat=True)))
    ranked = sorted(titulars, key=lambda pk: (pk not in (owing & suspended), pk not in owing, pk))
    return ranked[:MANDATES]


def seed(*, today: date, stdout=None) -> dict:
    """Mandates, a pre-notified collection run, its settlement, one AM04 return with its letter."""
    if Mandate.objects.exists():
        if stdout:
            stdout.write("bank: demo data already present, left as is")
        return {}
    try:
        services.creditor()
    except ValidationError:
        if stdout:
            stdout.write("bank: no valid SEPA creditor settings (SEPA_CREDITOR_*): no direct-debit demo")
        return {}
    households = _debtors()
    if not households:
        return {}
    addressees = member_selectors.addressees_for(households)
    signed_on = today - timedelta(days=120)
    mandates = [
        services.mandate_create(
            household=pk,
            iban=_belgian_iban(63 + index, 1_234_560 + pk),
            debtor_name=addressees[pk].name or f"Household {pk}",
            signed_on=signed_on,
        )
        for index, pk in enumerate(households)
    ]
    # SEPA amendment: the first debtor moved to another bank (the mandate stays, its history keeps the old IBAN)
    services.mandate_amend(
        mandate=mandates[0], iban=_belgian_iban(735, 9_876_540 + households[0]), reason="Demo: new bank account"
    )
    collection_date = _collection_date(today)
    run_day = collection_date - timedelta(days=settings.SEPA_PRENOTIFICATION_DAYS)  # pre-notified in time
    result = services.collection_run_create(collection_date=collection_date, today=run_day)
    counts = {"mandates": len(mandates), "collected_dues": result.dues, "returned": 0}
    if result.run is not None:
        services.collection_settle(run=result.run, on=collection_date)
        returned = result.run.items.order_by("pk").last()
        if returned is not None:
            # returned today (a return is booked on or after the day the run was made: today, in the demo)
            services.collection_item_return(item=returned, reason_code="AM04", on=today)
            counts["returned"] = 1
        counts["statements"] = seed_statements(run=result.run, today=today)
    member_services.statuses_refresh(as_of=today)
    if stdout:
        stdout.write(f"bank: demo direct debit {counts}")
    return counts


def seed_statements(*, run, today: date) -> int:
    """A day's camt.053 of the fund's account, imported through the statement import as a clerk would:
    one household pays a month with its structured communication (matched, the month settled, Art. 8 §2)
    and a stranger's transfer without a communication waits in the unmatched queue."""
    from bank import statements
    from bank.models import Statement

    if Statement.objects.exists():
        return 0
    # a household in order (nothing open: the demo's arrears and reminders stay as they are) that pays by
    # transfer pays its next month in advance
    debtors = Mandate.objects.values("household_id")
    in_arrears = ContributionDue.objects.filter(settled_on__isnull=True, amount__gt=0).values("household_id")
    due = (
        ContributionDue.objects.filter(amount__gt=0, month__lte=today)
        .exclude(household_id__in=debtors)
        .exclude(household_id__in=in_arrears)
        .order_by("household_id", "-month")
        .first()
    )
    if due is None:
        return 0
    name = member_selectors.addressees_for([due.household_id])[due.household_id].name or "Demo"
    reference = f"{due.household_id:010d}"
    reference += f"{(int(reference) % 97) or 97:02d}"
    entries = [
        _camt_entry(f"DEMO-{today:%Y%m%d}-1", today, due.amount, name, _belgian_iban(1, 7_654_320), reference, ""),
        _camt_entry(f"DEMO-{today:%Y%m%d}-2", today, Decimal("17.50"), "Onbekende betaler", STRANGER, "", "lidgeld"),
    ]
    closing = OPENING + due.amount + Decimal("17.50")
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="{CAMT_053_08}"><BkToCstmrStmt>'
        f"<GrpHdr><MsgId>DEMO-{today:%Y%m%d}</MsgId><CreDtTm>{today}T06:00:00</CreDtTm></GrpHdr>"
        f"<Stmt><Id>{today:%Y%m%d}-001</Id><ElctrncSeqNb>1</ElctrncSeqNb><CreDtTm>{today}T06:00:00</CreDtTm>"
        f"<Acct><Id><IBAN>{settings.SEPA_CREDITOR_IBAN}</IBAN></Id><Ccy>EUR</Ccy></Acct>"
        f"{_balance('OPBD', OPENING, today)}{_balance('CLBD', closing, today)}{''.join(entries)}"
        "</Stmt></BkToCstmrStmt></Document>\n"
    )
    report = statements.statement_import(file_bytes=xml.encode(), file_name=f"demo-camt053-{today:%Y%m%d}.xml")
    return len(report.statements)


#: The demo statement: camt.053.001.08, the opening balance, an IBAN that no household pays from.
CAMT_053_08 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"
OPENING = Decimal("1000.00")
STRANGER = "BE62510007547061"


def _balance(kind: str, amount: Decimal, day: date) -> str:
    return (
        f'<Bal><Tp><CdOrPrtry><Cd>{kind}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">{amount:.2f}</Amt>'
        f"<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{day}</Dt></Dt></Bal>"
    )


def _camt_entry(ref: str, day: date, amount: Decimal, name: str, iban: str, structured: str, message: str) -> str:
    """A credit transfer received (RCDT/ESCT), with a structured reference (Strd/CdtrRefInf/Ref) or a free text."""
    if structured:
        remittance = (
            "<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp>"
            f"<Ref>{structured}</Ref></CdtrRefInf></Strd></RmtInf>"
        )
    else:
        remittance = f"<RmtInf><Ustrd>{escape(message)}</Ustrd></RmtInf>"
    return (
        f'<Ntry><Amt Ccy="EUR">{amount:.2f}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>'
        f"<BookgDt><Dt>{day}</Dt></BookgDt><ValDt><Dt>{day}</Dt></ValDt><AcctSvcrRef>{ref}</AcctSvcrRef>"
        "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>"
        f"<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>"
        f'<Amt Ccy="EUR">{amount:.2f}</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
        f"<RltdPties><Dbtr><Pty><Nm>{escape(name)}</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>{iban}</IBAN></Id></DbtrAcct>"
        f"</RltdPties>{remittance}</TxDtls></NtryDtls></Ntry>"
    )
