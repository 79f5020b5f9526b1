# Issue #14 (claim facts declared once, benefits.facts): Art. 53 maternity hotel / doula days are the fact
# ``stay_days``; ``days`` is Art. 52's list of booked dates. A maternity-help claim stored before kept its
# number of days under ``days``: renamed, so judging it again counts the same days. Reversible.

from django.db import migrations


def _rename(apps, old, new):
    Claim = apps.get_model("benefits", "Claim")
    changed = []
    for claim in Claim.objects.filter(benefit__code="maternity_help").only("pk", "facts").order_by("pk").iterator():
        facts = dict(claim.facts or {})
        if old in facts and new not in facts:
            facts[new] = facts.pop(old)
            claim.facts = facts
            changed.append(claim)
    Claim.objects.bulk_update(changed, ["facts"], batch_size=2000)


def forward(apps, schema_editor):
    _rename(apps, "days", "stay_days")


def backward(apps, schema_editor):
    _rename(apps, "stay_days", "days")


class Migration(migrations.Migration):
    dependencies = [("benefits", "0007_claim_reasons_as_data")]

    operations = [migrations.RunPython(forward, backward, elidable=True)]
