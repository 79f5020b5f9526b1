"""The arrears reminder rule (issue #15; Art. 8 §2 1°, §3): pure, no database."""

from datetime import date
from decimal import Decimal

import pytest

from core.months import Month
from members import rules
from members.rules import ArrearsFacts, ReminderKind

M = Month.parse
TEN = Decimal("10.00")
FIRST, SECOND = ReminderKind.FIRST, ReminderKind.SECOND


def facts(*open_months, entitled=True, judgments=(), sent=(), amount=TEN, collecting=()):
    return ArrearsFacts(
        open_months={M(m): amount for m in open_months},
        entitled=entitled,
        judgments=tuple(judgments),
        sent=frozenset((kind, M(month)) for kind, month in sent),
        collecting=frozenset(M(m) for m in collecting),
    )


@pytest.mark.parametrize(
    "given, day, expected",
    [
        pytest.param(facts("2026-07"), date(2026, 7, 20), None, id="art8-current-month-open-no-reminder-yet"),
        pytest.param(
            facts("2026-06", "2026-07"),
            date(2026, 7, 3),
            (FIRST, ["2026-06"], "10.00", date(2026, 8, 31), "2026-09"),
            id="art8-first-month-unpaid-first-reminder",
        ),
        pytest.param(
            facts("2026-06", "2026-07", "2026-08"),
            date(2026, 8, 2),
            (SECOND, ["2026-06", "2026-07"], "20.00", date(2026, 8, 31), "2026-09"),
            id="art8-3-second-reminder-before-the-window-runs-out",
        ),
        pytest.param(
            facts("2026-06", "2026-07", sent=[(FIRST, "2026-06")]),
            date(2026, 7, 25),
            None,
            id="art8-first-reminder-never-twice-for-the-same-months",
        ),
        pytest.param(
            facts("2026-06", "2026-07", "2026-08", sent=[(FIRST, "2026-06"), (SECOND, "2026-06")]),
            date(2026, 8, 20),
            None,
            id="art8-second-reminder-never-twice",
        ),
        pytest.param(
            facts("2026-08", sent=[(FIRST, "2026-06")]),
            date(2026, 8, 2),
            None,
            id="art8-paid-after-the-first-no-second",
        ),
        pytest.param(
            facts("2026-07", "2026-08", sent=[(FIRST, "2026-06")]),
            date(2026, 8, 2),
            (FIRST, ["2026-07"], "10.00", date(2026, 9, 30), "2026-10"),
            id="art8-june-paid-july-unpaid-a-new-first-reminder-for-july",
        ),
        pytest.param(
            facts("2026-06", amount=Decimal("0.00")),
            date(2026, 7, 3),
            None,
            id="art42-3-exempt-month-owes-nothing-no-reminder",
        ),
        pytest.param(
            facts("2026-06", "2026-07", entitled=False),
            date(2026, 7, 3),
            None,
            id="art8-3-suspended-already-no-reminder",
        ),
        pytest.param(
            facts("2026-06", "2026-07", "2026-08", "2026-09"),
            date(2026, 9, 1),
            None,
            id="art8-3-window-ran-out-suspended-no-reminder",
        ),
        pytest.param(
            facts("2026-06", judgments=[date(2026, 7, 2)]),
            date(2026, 7, 3),
            None,
            id="art8-3-2-owed-before-a-judgment-counts-as-paid",
        ),
        pytest.param(
            facts("2023-01", "2024-07", "2026-06", "2026-07"),
            date(2026, 7, 3),
            (FIRST, ["2026-06"], "10.00", date(2026, 8, 31), "2026-09"),
            id="art8-3-unpaid-months-before-the-window-do-not-count",
        ),
        pytest.param(
            facts("2026-06", "2026-07", collecting=["2026-06", "2026-07"]),
            date(2026, 7, 3),
            None,
            id="art8-sepa-months-in-a-pending-direct-debit-no-reminder",
        ),
        pytest.param(
            facts("2026-06", "2026-07", "2026-08", collecting=["2026-06"]),
            date(2026, 8, 2),
            (FIRST, ["2026-07"], "10.00", date(2026, 9, 30), "2026-10"),
            id="art8-sepa-only-the-months-no-debit-collects-are-reminded",
        ),
        pytest.param(
            facts("2026-06", "2026-07", sent=[(SECOND, "2026-05")]),
            date(2026, 7, 3),
            (FIRST, ["2026-06"], "10.00", date(2026, 8, 31), "2026-09"),
            id="art8-earlier-reminders-for-other-months-do-not-count",
        ),
    ],
)
def test_arrears_reminder(given, day, expected):
    reminder = rules.arrears_reminder(given, day)
    if expected is None:
        assert reminder is None
        return
    kind, months, amount, pay_by, suspended_from = expected
    assert reminder is not None
    assert (reminder.kind, [str(m) for m in reminder.months], str(reminder.amount)) == (kind, months, amount)
    assert (reminder.pay_by, str(reminder.suspended_from), reminder.article) == (pay_by, suspended_from, "Art. 8 §3")


@pytest.mark.parametrize(
    "titular, region, language",
    [
        pytest.param("", "flanders", "nl", id="flanders-dutch"),
        pytest.param("", "wallonia", "fr", id="wallonia-french"),
        pytest.param("", "brussels", "nl", id="brussels-dutch-unless-set"),
        pytest.param("", "abroad", "en", id="abroad-english"),
        pytest.param("fr", "brussels", "fr", id="titular-language-first"),
        pytest.param("de", "wallonia", "fr", id="unknown-language-falls-back-to-region"),
    ],
)
def test_letter_language(titular, region, language):
    assert rules.letter_language(titular_language=titular, region=region) == language
