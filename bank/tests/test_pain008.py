"""The generated pain.008.001.08 validates against the official XSD shipped under bank/tests/xsd/."""

import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import pytest
import time_machine
import xmlschema

from bank import services
from bank.tests.conftest import COLLECTION, IBANS, TODAY

pytestmark = pytest.mark.django_db

XSD = Path(__file__).parent / "xsd" / "pain.008.001.08.xsd"
TOMORROW = TODAY + timedelta(days=1)
NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08"}


def test_the_collection_file_validates_against_the_official_xsd_and_says_what_it_collects(debtor):
    # given a first collection, a recurrent one and a debtor with a BIC and an accented name
    _first, first_mandate = debtor(iban=IBANS[0])
    services.collection_run_create(collection_date=COLLECTION, today=TODAY)  # makes this mandate recurrent
    debtor(iban=IBANS[1], bic="GEBABEBB", region="wallonia")
    services.mandate_amend(mandate=first_mandate, debtor_name="Jöhan Peeters-Ñúñez")

    # when the next month's run is made (the first household: August; the second: 01–08)
    result = services.collection_run_create(collection_date=date(2026, 8, 3), today=TODAY)

    # then the file validates against the official schema
    xml = result.run.xml
    xmlschema.XMLSchema(str(XSD)).validate(xml)

    # and it says what was collected: one block per sequence type, the totals, the ids
    root = ElementTree.fromstring(xml.encode())
    header = root.find("p:CstmrDrctDbtInitn/p:GrpHdr", NS)
    assert header.findtext("p:MsgId", namespaces=NS) == result.run.message_id
    assert header.findtext("p:NbOfTxs", namespaces=NS) == "2"
    assert Decimal(header.findtext("p:CtrlSum", namespaces=NS)) == result.total == Decimal("90.00")
    blocks = root.findall("p:CstmrDrctDbtInitn/p:PmtInf", NS)
    sequences = {b.findtext("p:PmtTpInf/p:SeqTp", namespaces=NS): b for b in blocks}
    assert set(sequences) == {"FRST", "RCUR"}
    for block in blocks:
        assert block.findtext("p:ReqdColltnDt", namespaces=NS) == "2026-08-03"
        assert block.findtext("p:CdtrSchmeId/p:Id/p:PrvtId/p:Othr/p:Id", namespaces=NS) == "BE05ZZZ0411987139"
    recurrent = sequences["RCUR"].find("p:DrctDbtTxInf", NS)
    assert recurrent.findtext("p:DrctDbtTx/p:MndtRltdInf/p:MndtId", namespaces=NS) == first_mandate.reference
    assert recurrent.findtext("p:Dbtr/p:Nm", namespaces=NS) == "Johan Peeters-Nunez"  # SEPA Latin set
    assert recurrent.findtext("p:InstdAmt", namespaces=NS) == "10.00"
    assert "08/2026" in recurrent.findtext("p:RmtInf/p:Ustrd", namespaces=NS)
    e2e = {tx.findtext("p:PmtId/p:EndToEndId", namespaces=NS) for tx in root.iter(f"{{{NS['p']}}}DrctDbtTxInf")}
    assert e2e == set(result.run.items.values_list("end_to_end_id", flat=True))
    first_time = sequences["FRST"].find("p:DrctDbtTxInf", NS)
    assert first_time.findtext("p:DbtrAgt/p:FinInstnId/p:BICFI", namespaces=NS) == "GEBABEBB"
    assert first_time.findtext("p:RmtInf/p:Ustrd", namespaces=NS).startswith("Cotisation")


def test_the_collection_after_an_amendment_carries_the_amendment_details(debtor):
    # given a mandate collected once, then amended: new reference, new account at another bank
    _h, mandate = debtor(iban=IBANS[0], reference="OLD-REF-1")
    services.collection_run_create(collection_date=COLLECTION, today=TODAY)
    with time_machine.travel(TOMORROW, tick=False):
        services.mandate_amend(mandate=mandate, reference="NEW-REF-1", iban=IBANS[2], reason="new bank and reference")

        # when the next run is made
        result = services.collection_run_create(collection_date=date(2026, 8, 3), today=TOMORROW)

    # then the file validates and tells the debtor's bank: FRST, amended, original id, SMNDA
    xmlschema.XMLSchema(str(XSD)).validate(result.run.xml)
    root = ElementTree.fromstring(result.run.xml.encode())
    [block] = root.findall("p:CstmrDrctDbtInitn/p:PmtInf", NS)
    assert block.findtext("p:PmtTpInf/p:SeqTp", namespaces=NS) == "FRST"
    info = block.find("p:DrctDbtTxInf/p:DrctDbtTx/p:MndtRltdInf", NS)
    assert info.findtext("p:MndtId", namespaces=NS) == "NEW-REF-1"
    assert info.findtext("p:AmdmntInd", namespaces=NS) == "true"
    assert info.findtext("p:AmdmntInfDtls/p:OrgnlMndtId", namespaces=NS) == "OLD-REF-1"
    assert info.findtext("p:AmdmntInfDtls/p:OrgnlDbtrAgt/p:FinInstnId/p:Othr/p:Id", namespaces=NS) == "SMNDA"


def test_the_code_s_xsd_check_refuses_what_the_official_xsd_refuses(debtor):
    # given a valid collection file
    from bank import xsd

    debtor()
    xml = services.collection_run_create(collection_date=COLLECTION, today=TODAY).run.xml.encode()
    assert xsd.problem(xml, "pain.008.001.08") is None
    # when a debit's end-to-end id is dropped, or the file is not XML at all, the check names the problem
    broken = re.sub(rb"<EndToEndId>[^<]*</EndToEndId>", b"", xml)
    assert broken != xml
    problem = xsd.problem(broken, "pain.008.001.08")
    assert problem is not None and problem.startswith("line 1: ") and "PmtId" in problem
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        xmlschema.XMLSchema(str(XSD)).validate(broken.decode())
    assert xsd.problem(b"<Document", "pain.008.001.08")
