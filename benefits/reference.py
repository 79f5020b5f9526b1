"""Reference data of the benefits app: the statutes' catalogue (``benefits.catalogue``).

Seeded by the one policy of ``core.seeding``: a benefit is matched on its code and a rule version on
(benefit, in force from); what is missing is inserted, a seeded row a manager changed (a rule
version's parameters, its caps) is reported as a difference and kept, unless forced. Versions a
manager added are not the catalogue's and are never looked at.
"""

import dataclasses

from django.db import transaction

from benefits.catalogue import CATALOGUE
from benefits.rules import RuleSpec
from core.seeding import Related, Seeder, seeder_for

#: RuleSpec fields that are not columns of a rule version (the benefit's, the key, the cap rows).
NOT_VERSION_FIELDS = ("code", "article", "effective_from", "caps")


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def version_fields(spec: dict) -> tuple[dict, tuple]:
    """A catalogue version (``spec_from`` fields) as RuleVersion field values, and its caps. Every
    field of ``RuleSpec`` is included, defaults too, so a field the catalogue leaves at its default
    (no minimum age, …) is compared as well."""
    rule = RuleSpec(code="", article="", **spec)
    fields = {f.name: getattr(rule, f.name) for f in dataclasses.fields(RuleSpec) if f.name not in NOT_VERSION_FIELDS}
    fields["calculation"] = rule.calculation.value
    fields["subject"] = rule.subject.value if rule.subject else ""
    for name in ("evidence", "required_facts"):
        fields[name] = list(fields[name])
    for name in ("allowed_values", "params"):
        fields[name] = _jsonable(dict(fields[name]))
    return fields, rule.caps


def _cap_row(scope, amount, units, years, part) -> str:
    """A cap as an operator reads it in a difference: "year €120.00", "subject 60 units"."""
    what = [
        f"€{amount:.2f}" if amount is not None else "",
        f"{units} units" if units is not None else "",
        f"over {years} years" if years is not None else "",
        f"on {part}" if part else "",
    ]
    return " ".join([scope, *(w for w in what if w)])


def _caps(caps) -> Related:
    from benefits.models import RuleCap

    def write(obj):
        obj.caps.all().delete()
        RuleCap.objects.bulk_create(
            [
                RuleCap(
                    version=obj, scope=c.scope.value, amount=c.amount, units=c.units, years=c.years, part=c.part or ""
                )
                for c in caps
            ]
        )

    return Related(
        name="caps",
        wanted=sorted(_cap_row(c.scope.value, c.amount, c.units, c.years, c.part) for c in caps),
        read=lambda obj: sorted(_cap_row(c.scope, c.amount, c.units, c.years, c.part) for c in obj.caps.all()),
        write=write,
    )


@transaction.atomic
def seed(stdout=None, seeder: Seeder | None = None) -> Seeder:
    from benefits.models import Benefit, RuleVersion

    seeder = seeder_for("benefits", seeder)
    for entry in CATALOGUE:
        benefit = seeder.sync(
            Benefit,
            f"benefit:{entry['code']}",
            {"code": entry["code"]},
            {
                "article": entry["article"],
                "name": entry["name"],
                "name_nl": entry.get("name_nl", ""),
                "name_fr": entry.get("name_fr", ""),
            },
        )
        for spec in entry["versions"]:
            fields, caps = version_fields(spec)
            seeder.sync(
                RuleVersion,
                f"rule-version:{entry['code']}@{spec['effective_from']:%Y-%m-%d}",
                {"benefit": benefit, "effective_from": spec["effective_from"]},
                fields,
                related=(_caps(caps),),
            )
    if stdout:
        versions = sum(len(entry["versions"]) for entry in CATALOGUE)
        for line in seeder.report(f"benefit catalogue ({len(CATALOGUE)} benefits, {versions} rule versions)"):
            stdout.write(line)
    return seeder
