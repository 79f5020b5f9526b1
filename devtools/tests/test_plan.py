"""The plan of a generated population is pure and decided by its seed."""

import ast
from datetime import date
from pathlib import Path

import pytest

from core.months import Month
from devtools.population import plan
from devtools.population.plan import Options, Planner
from members import rules

PURE = ("plan.py", "names.py")
OPTIONS = Options(households=300, seed=11, start=Month(2023, 12), through=Month(2026, 11), as_of=date(2026, 11, 23))


@pytest.mark.parametrize("module", PURE)
def test_the_plan_does_not_touch_the_database(module):
    tree = ast.parse((Path(plan.__file__).parent / module).read_text())
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {name for name in imported if name.startswith(("django", "members.models", "devtools.population.p"))}


def _households(options, n=300):
    planner = Planner(options)
    return [planner.household() for _ in range(n)]


def test_the_same_seed_gives_the_same_plan_and_another_seed_another():
    first, again = _households(OPTIONS), _households(OPTIONS)
    assert first == again
    other = _households(Options(**{**OPTIONS.__dict__, "seed": 12}))
    assert other != first


def test_the_plan_counts_members_dues_and_payment_groups():
    households = _households(OPTIONS)
    for household in households:
        assert len(household.people) == household.size
        assert household.people[0].kind == 0 and all(p.kind > 0 for p in household.people[1:])
        months = range(household.first, household.last + 1)
        assert household.dues == len(months)
        assert household.payment_groups == len({household.group_start(m) for m in months})
        for person in household.people:
            # every planned person can get a valid national number for their birth date and gender
            assert (
                rules.parse_national_number(rules.national_number_for(person.birth, person.gender)).gender
                == person.gender
            )
            assert person.birth <= date(2026, 10, 24)  # born at least a month before the generation day
    sizes = [h.size for h in households]
    assert 0.35 < sizes.count(1) / len(sizes) < 0.55  # 45 % single (plan.HOUSEHOLD_SIZES)
    assert {h.pay_mode for h in households} == {1, 3, 12}
    yearly = next(h for h in households if h.pay_mode == 12 and h.first == Month(2023, 12).index)
    assert yearly.payment_groups == 4  # 2023 (December), 2024, 2025, 2026


def test_tally_per_payment_profile():
    households = _households(OPTIONS, 2000)
    counts = plan.tally(households)
    assert counts == plan.tally(_households(OPTIONS, 2000))  # decided by the seed
    assert list(counts) == ["punctual", "late", "arrears", "long_arrears"]
    assert sum(row["households"] for row in counts.values()) == 2000
    assert sum(row["members"] for row in counts.values()) == sum(h.size for h in households)
    assert 0.80 < counts["punctual"]["households"] / 2000 < 0.90  # 85 % (plan.BEHAVIOURS)
    # arrears pay monthly: a payment group per due
    assert counts["arrears"]["payment_groups"] == counts["arrears"]["dues"]
    assert counts["punctual"]["payment_groups"] < counts["punctual"]["dues"]
