"""Migration 0008 (issue #14, facts declared once): an Art. 53 maternity-help claim stored before kept its
maternity-hotel or doula days under ``days`` (now Art. 52's booked dates only); it moves to ``stay_days``
so judging it again counts the same days, and back."""

from datetime import date

import pytest

from benefits.tests.test_services import paid_up_member
from core.tests.migrations import migrate, migrate_to_latest

BEFORE = [("benefits", "0007_claim_reasons_as_data")]
AFTER = [("benefits", "0008_art53_stay_days_fact")]


def _migrate(target):
    return migrate(target)


@pytest.mark.django_db(transaction=True)
def test_art53_days_become_stay_days_and_back(table_2026):
    apps = _migrate(BEFORE)
    member = paid_up_member()
    Claim = apps.get_model("benefits", "Claim")
    Benefit = apps.get_model("benefits", "Benefit")
    maternity = Benefit.objects.create(code="maternity_help", article="Art. 53", name="maternity help")
    babysitting = Benefit.objects.create(code="sick_child_care", article="Art. 52", name="babysitting")
    day = date(2026, 3, 2)

    def claim(benefit, facts):
        return Claim.objects.create(member_id=member.pk, benefit=benefit, event_date=day, filed_on=day, facts=facts).pk

    doula = claim(maternity, {"provider": "doula", "days": 3})
    both = claim(maternity, {"provider": "doula", "days": 3, "stay_days": 2})
    booked = claim(babysitting, {"days": ["2026-03-02", "2026-03-03"]})

    apps = _migrate(AFTER)
    facts = dict(apps.get_model("benefits", "Claim").objects.values_list("pk", "facts"))
    assert facts[doula] == {"provider": "doula", "stay_days": 3}
    assert facts[both] == {"provider": "doula", "days": 3, "stay_days": 2}  # never overwrites a value
    assert facts[booked] == {"days": ["2026-03-02", "2026-03-03"]}  # Art. 52's dates stay

    apps = _migrate(BEFORE)
    assert apps.get_model("benefits", "Claim").objects.get(pk=doula).facts == {"provider": "doula", "days": 3}
    migrate_to_latest()  # leave the database as the other tests expect it
