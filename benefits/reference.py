"""Reference data of the benefits app: the statutes' catalogue (``benefits.catalogue``).

Idempotent: a benefit is matched on its code and a rule version on (benefit, in force from); the
caps of a seeded version are set to the catalogue's. Versions a manager added stay untouched.
"""

from django.db import transaction

from benefits.catalogue import CATALOGUE


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


@transaction.atomic
def seed(stdout=None) -> None:
    from benefits.models import Benefit, RuleCap, RuleVersion

    versions = 0
    for entry in CATALOGUE:
        benefit, _ = Benefit.objects.update_or_create(
            code=entry["code"],
            defaults={"article": entry["article"], "name": entry["name"], "name_nl": entry.get("name_nl", ""),
                      "name_fr": entry.get("name_fr", "")},
        )
        for spec in entry["versions"]:
            fields = dict(spec)
            caps = fields.pop("caps", ())
            fields["calculation"] = fields["calculation"].value
            fields["subject"] = fields["subject"].value if fields.get("subject") else ""
            for name in ("evidence", "required_facts"):
                fields[name] = list(fields.get(name, ()))
            for name in ("allowed_values", "params"):
                fields[name] = _jsonable(fields.get(name, {}))
            version, _ = RuleVersion.objects.update_or_create(
                benefit=benefit, effective_from=fields.pop("effective_from"), defaults=fields
            )
            version.caps.all().delete()
            RuleCap.objects.bulk_create(
                [RuleCap(version=version, scope=c.scope.value, amount=c.amount, units=c.units, years=c.years, part=c.part or "")
                 for c in caps]
            )
            versions += 1
    if stdout:
        stdout.write(f"benefit catalogue: {len(CATALOGUE)} benefits, {versions} rule versions")
