"""``manage.py sepa_collect --collection-date YYYY-MM-DD --out DIR`` (the issue's contract)."""

from io import StringIO

import pytest
import xmlschema
from django.core.management import CommandError, call_command

from bank.tests.conftest import IBANS
from bank.tests.test_pain008 import XSD

pytestmark = pytest.mark.django_db


def run(tmp_path, day="2026-07-01"):
    out = StringIO()
    call_command("sepa_collect", "--collection-date", day, "--out", str(tmp_path), stdout=out)
    return out.getvalue().splitlines()


def test_sepa_collect_writes_the_file_and_the_second_run_collects_nothing(debtor, tmp_path):
    # given two households paying by direct debit
    debtor()
    debtor(iban=IBANS[1])

    # when collected twice for the same date
    first = run(tmp_path)
    second = run(tmp_path)

    # then the first writes one valid file and says what it collected; the second collects nothing
    *paths, summary = first
    assert summary == "collected 14 dues, 2 mandates, total €140.00"
    [path] = paths
    assert path.startswith(str(tmp_path)) and path.endswith(".xml")
    xmlschema.XMLSchema(str(XSD)).validate(open(path, encoding="utf-8").read())
    assert second == ["collected 0 dues, 0 mandates, total €0.00"]


@pytest.mark.parametrize(
    "day,message",
    [
        pytest.param("2026-06-22", "pre-notification", id="too-early"),
        pytest.param("2026-07-04", "TARGET2", id="saturday"),
        pytest.param("01/07/2026", "YYYY-MM-DD", id="not-iso"),
    ],
)
def test_sepa_collect_refuses_a_bad_date(debtor, tmp_path, day, message):
    debtor()
    with pytest.raises(CommandError) as refused:
        run(tmp_path, day)
    assert message in str(refused.value)
    assert list(tmp_path.iterdir()) == []
