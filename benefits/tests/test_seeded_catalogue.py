"""Issue #14: what ``seed_reference`` puts in the database judges exactly as the catalogue says.

The services judge a claim with the rule version's ``to_spec()`` (``selectors.Catalogue.load``);
the statutes' numbers are tested with ``benefits.catalogue``'s RuleSpec. After seeding an empty
database the two must be the same, field by field, for every benefit and version.
"""

import dataclasses
from io import StringIO

import pytest
from django.core.management import call_command

from benefits import catalogue, selectors
from benefits.models import RuleVersion
from benefits.rules import RuleSpec
from core.seeding import differences

pytestmark = pytest.mark.django_db


def comparable(spec: RuleSpec, name: str):
    value = getattr(spec, name)
    if name == "caps":  # the rule sums its caps whatever their order
        return sorted((dataclasses.astuple(cap) for cap in value), key=repr)
    return value


def mismatches() -> list[str]:
    """'<benefit>@<in force from> <field>: database …, catalogue …' for every field that differs,
    and every catalogue version the database lacks."""
    loaded = selectors.Catalogue.load()
    found = []
    for entry in catalogue.CATALOGUE:
        in_db = {spec.effective_from: spec for _version, spec in loaded.versions.get(entry["code"], [])}
        for version in entry["versions"]:
            want = RuleSpec(code=entry["code"], article=entry["article"], **version)
            got = in_db.get(want.effective_from)
            where = f"{entry['code']}@{want.effective_from:%Y-%m-%d}"
            if got is None:
                found.append(f"{where}: missing in the database")
                continue
            for field in dataclasses.fields(RuleSpec):
                for path, cat, db in differences(field.name, comparable(want, field.name), comparable(got, field.name)):
                    found.append(f"{where} {path}: database {db!r}, catalogue {cat!r}")
    return found


def test_every_seeded_rule_version_is_the_catalogues_rulespec():
    call_command("seed_reference", stdout=StringIO())
    assert RuleVersion.objects.count() == sum(len(entry["versions"]) for entry in catalogue.CATALOGUE)
    assert mismatches() == []


def test_the_comparison_names_the_benefit_and_the_field():
    """The guard can fail: a rule version that no longer says what the catalogue says is named."""
    call_command("seed_reference", stdout=StringIO())
    version = RuleVersion.objects.get(benefit__code="youth_camp")
    version.params = {**version.params, "yearly": "125.00"}
    version.min_age = 3
    version.save()
    version.caps.update(units=4)
    found = mismatches()
    assert [line.split(":")[0] for line in found] == [
        "youth_camp@2024-01-01 caps",
        "youth_camp@2024-01-01 min_age",
        "youth_camp@2024-01-01 params.yearly",
    ]
    assert "database 3, catalogue None" in found[1]
    assert "database '125.00', catalogue '120.00'" in found[2]
