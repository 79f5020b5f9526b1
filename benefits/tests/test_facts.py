"""The facts of a claim, declared once (benefits.facts, issue #14): every fact a benefit's rule reads is
declared for it, every fact declared for it is read, and what comes in is checked with its article."""

import itertools
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from benefits import catalogue, rules
from benefits.facts import FACTS, FactErrors, Kind, Taken, facts_of, validate_facts

EVENT = date(2026, 3, 10)  # a Tuesday, not a public holiday (Art. 52 booked days)


class ReadFacts(dict):
    """The facts of a claim, remembering which keys the rule asked for."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.read: set[str] = set()

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self.read.add(key)
        return super().__contains__(key)


def _value(taken: Taken, choice=None):
    fact = taken.fact
    if fact.kind is Kind.BOOL:
        return taken.required  # a condition met, an exclusion absent
    if fact.kind is Kind.CHOICE:
        return choice if choice is not None else taken.choices[0]
    if fact.kind is Kind.INT:
        return fact.min or 1
    if fact.kind is Kind.DECIMAL:
        return str(fact.min or Decimal("1"))
    if fact.kind is Kind.DATE:
        return EVENT.isoformat()
    if fact.kind is Kind.DATES:
        return [EVENT.isoformat()]
    return "08:00" if fact.pattern == "time" else "hip"


def _variants(rule):
    """The claims that take each path of the rule: every combination of the choices, with the yes/no
    facts as a claim that meets its conditions states them, and all of them true, and each one turned."""
    taken = facts_of(rule)
    base = {t.key: _value(t) for t in taken}
    bools = [t.key for t in taken if t.fact.kind is Kind.BOOL]
    choices = [[(t.key, c) for c in t.choices] for t in taken if t.fact.kind is Kind.CHOICE]
    for combination in itertools.product(*choices):
        for turned in ({}, dict.fromkeys(bools, True), *({key: not base[key]} for key in bools)):
            yield {**base, **dict(combination), **turned}


PEOPLE = [
    rules.PersonFacts(birth_date=date(EVENT.year - age, 1, 1), entitlement="entitled", vt_on_january_first=True)
    for age in (1, 5, 10, 30, 70)
]


def _read_by(rule) -> set[str]:
    read: set[str] = set()
    for facts in _variants(rule):
        for person in PEOPLE:
            recorded = ReadFacts(facts)
            claim = rules.ClaimFacts(
                event_date=EVENT,
                filed_on=EVENT,
                amount_paid=Decimal("100.00"),
                evidence=frozenset(rule.evidence),
                facts=recorded,
                key="subject",
            )
            rules.judge(rule, person, claim, [])
            read |= recorded.read
    return read


@pytest.mark.parametrize("code", [entry["code"] for entry in catalogue.CATALOGUE])
def test_each_benefit_reads_exactly_the_facts_declared_for_it(code):
    rule = catalogue.spec(code)
    declared = {t.key for t in facts_of(rule)}
    read = _read_by(rule)
    assert read <= declared, f"{code} reads undeclared facts {read - declared}"
    judged = {t.key for t in facts_of(rule) if not t.fact.record}
    assert judged <= read, f"{code} declares facts its rule never reads: {judged - read}"


def test_every_fact_key_named_in_the_rules_is_declared():
    source = Path(rules.__file__).read_text()
    named = set(re.findall(r'facts\.get\("([a-z_0-9]+)"', source))
    assert named and named <= set(FACTS), named - set(FACTS)
    assert rules.KRUNSJ_FACT in FACTS
    for rule in catalogue.LATEST:
        for key in (*rule.required_facts, *rule.allowed_values, *rule.params.get("forbidden_facts", ())):
            assert key in FACTS, (rule.code, key)


def test_every_declared_fact_is_taken_by_a_benefit_and_cites_an_article():
    taken = {t.key for rule in catalogue.LATEST for t in facts_of(rule)}
    assert set(FACTS) == taken
    assert all(re.fullmatch(r"Art\. \d+", fact.article) for fact in FACTS.values())


def test_allowed_values_come_from_the_rule_version():
    # one place: the catalogue's lists, not a copy in the declaration
    by_key = {t.key: t for t in facts_of(catalogue.spec("vaccination"))}
    assert by_key["product"].choices == catalogue.VACCINES
    by_key = {t.key: t for t in facts_of(catalogue.spec("transport"))}
    assert by_key["situation"].choices == ("1", "2", "3", "4", "5", "vaccination")
    assert set(by_key["mode"].choices) == {m for row in catalogue._transport_table().values() for m in row}


@pytest.mark.parametrize(
    ("code", "facts", "expected"),
    [
        pytest.param(
            "transport",
            {"situation": 1, "mode": "taxi"},
            {"situation": "1", "mode": "taxi"},
            id="art55-situation-number-is-its-code",
        ),
        pytest.param(
            "convalescent_stay", {"approved_periods": "2"}, {"approved_periods": 2}, id="art49-periods-typed-as-text"
        ),
        pytest.param(
            "sick_child_care",
            {"days": [date(2026, 3, 10), "2026-03-11"], "start_time": "08:00"},
            {"days": ["2026-03-10", "2026-03-11"], "start_time": "08:00"},
            id="art52-booked-days-as-iso-dates",
        ),
        pytest.param(
            "vaccination",
            {"product": " Vaxigrip Tetra "},
            {"product": "Vaxigrip Tetra"},
            id="art48-printed-name-left-to-the-match",
        ),
        pytest.param(
            "youth_camp",
            {"activity": "camp", "krunsj_holiday": False},
            {"activity": "camp", "krunsj_holiday": False},
            id="art58-krunsj-stated",
        ),
        pytest.param(
            "birth_premium",
            {"kind": "foster_care", "long_term": True},
            {"kind": "foster_care", "long_term": True},
            id="art57-foster-care",
        ),
    ],
)
def test_validate_facts_normalises(code, facts, expected):
    assert validate_facts(catalogue.spec(code), facts, EVENT) == expected


@pytest.mark.parametrize(
    ("code", "facts", "key", "words"),
    [
        pytest.param(
            "sports_club",
            {"listed_sport": "maybe"},
            "listed_sport",
            "Art. 59: listed sport is true or false",
            id="art59-bool-not-maybe",
        ),
        pytest.param(
            "sports_club", {"listed_sport": "yes"}, "listed_sport", "true or false", id="art59-bool-not-yes-text"
        ),
        pytest.param(
            "sports_club",
            {"situation": "1"},
            "situation",
            "Art. 59: sports_club takes no fact 'situation'",
            id="art59-fact-of-another-benefit",
        ),
        pytest.param(
            "transport",
            {"situation": "6"},
            "situation",
            "Art. 55: situation '6' is not one of 1, 2, 3, 4, 5",
            id="art55-no-situation-6",
        ),
        pytest.param("transport", {"mode": "rocket"}, "mode", "Art. 55: mode 'rocket'", id="art55-unknown-mode"),
        pytest.param("transport", {"km": 0}, "km", "Art. 55: km is from 1 to 10000", id="art55-km-bounded"),
        pytest.param(
            "convalescent_stay",
            {"approved_periods": 5},
            "approved_periods",
            "Art. 49",
            id="art49-28-nights-a-year-is-4-periods",
        ),
        pytest.param(
            "convalescent_stay",
            {"indication": "flu"},
            "indication",
            "Art. 49: indication 'flu'",
            id="art49-unlisted-indication",
        ),
        pytest.param(
            "convalescent_stay",
            {"approved_periods": True},
            "approved_periods",
            "whole number",
            id="art49-periods-not-a-bool",
        ),
        pytest.param(
            "sick_child_care",
            {"days": ["10/03/2026"]},
            "days",
            "Art. 52: days is a date YYYY-MM-DD",
            id="art52-days-iso",
        ),
        pytest.param(
            "sick_child_care",
            {"days": ["2028-03-10"]},
            "days",
            "more than 366 days from the event",
            id="art52-days-near-the-event",
        ),
        pytest.param(
            "sick_child_care",
            {"start_time": "8h"},
            "start_time",
            "Art. 52: start time is a time HH:MM",
            id="art52-time-hhmm",
        ),
        pytest.param("maternity_help", {"stay_days": 0}, "stay_days", "Art. 53", id="art53-stay-days-bounded"),
        pytest.param(
            "maternity_help",
            {"provider": "midwife"},
            "provider",
            "Art. 53: provider 'midwife'",
            id="art53-per-day-providers",
        ),
        pytest.param(
            "birth_premium", {"kind": "surrogacy"}, "kind", "Art. 57: kind 'surrogacy'", id="art57-kind-listed"
        ),
        pytest.param(
            "alternative_consult",
            {"practice": "reiki"},
            "practice",
            "Art. 60: practice 'reiki'",
            id="art60-practice-listed",
        ),
        pytest.param(
            "vaccination",
            {"product": "x" * 101},
            "product",
            "Art. 48: product is at most 100",
            id="art48-product-bounded",
        ),
        pytest.param(
            "ergotherapy", {"advice": "garden"}, "advice", "Art. 54: advice 'garden'", id="art54-advice-listed"
        ),
        pytest.param(
            "orthodontics", {"milestone": "consultations_7"}, "milestone", "Art. 46", id="art46-milestone-listed"
        ),
    ],
)
def test_validate_facts_refuses_with_the_key_and_the_article(code, facts, key, words):
    with pytest.raises(FactErrors) as refused:
        validate_facts(catalogue.spec(code), facts, EVENT)
    assert list(refused.value.problems) == [key]
    assert words in refused.value.problems[key]


def test_benefit_facts_say_which_are_required():
    taken = {t.key: t.required for t in facts_of(catalogue.spec("transport"))}
    assert taken == {"situation": True, "mode": True, "km": False, "unable_to_drive_certificate": False}
    assert {t.key: t.required for t in facts_of(catalogue.spec("homeopathy"))} == {
        "prescribed": True,
        "dilution_10000_oral": True,
    }


def test_users_and_choices_at_once_are_those_of_each_fact():
    """Issue #18: the claim form reads the rule versions once for all its fields; the benefits and the
    values of each fact are the ones ``users`` and ``all_choices`` give, in their order."""
    from benefits.facts import all_choices, users, users_and_choices

    used, values = users_and_choices(catalogue.LATEST)
    for key in FACTS:
        assert used.get(key, ()) == users(key, catalogue.LATEST), key
        assert values.get(key, ()) == all_choices(key, catalogue.LATEST), key
    assert used["listed_sport"] == ("sports_club",)
    assert len(values["product"]) > 1
