"""Migration 0005 (issue #13) on a database used before it: the free-text keys become typed subjects
where they can be read without guessing, the seeded rules say what they count on, and the Art. 48
vaccine list is the statute's."""

from datetime import date
from decimal import Decimal

import pytest

from core.tests.migrations import migrate, migrate_to_latest

BEFORE = [("benefits", "0004_typed_cap_subjects")]
AFTER = [("benefits", "0005_statutes_typed_subjects_art48_vaccines")]


def _migrate(target):
    return migrate(target)


@pytest.mark.django_db(transaction=True)
def test_free_text_keys_become_typed_subjects():
    apps = _migrate(BEFORE)
    Household = apps.get_model("members", "Household")
    Member = apps.get_model("members", "Member")
    Benefit = apps.get_model("benefits", "Benefit")
    RuleVersion = apps.get_model("benefits", "RuleVersion")
    RuleCap = apps.get_model("benefits", "RuleCap")
    Claim = apps.get_model("benefits", "Claim")

    household = Household.objects.create()

    def member(number, birth, role="titular"):
        return Member.objects.create(
            national_number=number,
            first_name="X",
            last_name="Peeters",
            birth_date=birth,
            gender="F",
            household=household,
            role=role,
            affiliation_start=date(2020, 1, 1),
            titular_since=date(2020, 1, 1) if role == "titular" else None,
        )

    mother = member("90040412345", date(1990, 4, 4))
    baby = member("26030100123", date(2026, 3, 1), role="dependent")
    benefits = {
        code: Benefit.objects.create(code=code, article=article, name=code)
        for code, article in (
            ("maternity_help", "Art. 53"),
            ("birth_premium", "Art. 57"),
            ("speech_therapy", "Art. 43"),
            ("medical_app", "Art. 48"),
            ("orthodontics", "Art. 46"),
            ("vaccination", "Art. 48"),
        )
    }
    maternity = RuleVersion.objects.create(
        benefit=benefits["maternity_help"], effective_from=date(2020, 1, 1), calculation="maternity_help"
    )
    RuleCap.objects.create(version=maternity, scope="key", units=60)
    RuleVersion.objects.create(
        benefit=benefits["vaccination"],
        effective_from=date(2026, 1, 1),
        calculation="percentage",
        allowed_values={"product": ["Vaxigrip", "Pneumo 23"]},
    )

    def claim(code, key="", event=date(2026, 3, 10), **fields):
        return Claim.objects.create(
            member=mother,
            benefit=benefits[code],
            event_date=event,
            filed_on=event,
            legacy_key=key,
            status="approved",
            payout=Decimal("10.00"),
            **fields,
        ).pk

    ids = {
        "premium": claim("birth_premium", "baby", event=date(2026, 3, 1), facts={"kind": "birth"}),
        "hours_born": claim("maternity_help", "baby", facts={"birth_date": "2026-03-01"}),
        "hours_unborn": claim("maternity_help", "next", event=date(2026, 11, 1), facts={"birth_date": "2026-11-20"}),
        "disorder": claim("speech_therapy", "Stotteren"),
        "unknown_disorder": claim("speech_therapy", "kind 1"),
        "app": claim("medical_app", "Kanopee"),
        "same_app": claim("medical_app", " kanopee"),
        "placement": claim("orthodontics", "t1", event=date(2025, 2, 3), facts={"milestone": "placement"}),
        "milestone": claim("orthodontics", "t1", event=date(2025, 9, 1), facts={"milestone": "consultations_6"}),
        "vaccine": claim("vaccination", facts={"product": "Vaxigrip"}),
    }

    apps = _migrate(AFTER)
    Claim = apps.get_model("benefits", "Claim")
    RuleVersion = apps.get_model("benefits", "RuleVersion")
    got = {name: Claim.objects.get(pk=pk) for name, pk in ids.items()}

    assert got["premium"].child_id == baby.pk and got["hours_born"].child_id == baby.pk
    assert got["hours_unborn"].child_id is None and got["hours_unborn"].unborn_child.expected_birth_date == date(
        2026, 11, 20
    )
    assert (got["disorder"].disorder, got["unknown_disorder"].disorder) == ("stuttering", "")
    assert got["unknown_disorder"].legacy_key == "kind 1"  # still counts on its own (normalized) key
    assert got["app"].medical_app_id == got["same_app"].medical_app_id is not None
    assert got["placement"].treatment_start == got["milestone"].treatment_start == date(2025, 2, 3)
    assert got["vaccine"].facts == {"product": "Vaxigrip (tetra)", "printed_product": "Vaxigrip"}
    maternity = RuleVersion.objects.get(benefit__code="maternity_help")
    assert maternity.subject == "child" and list(maternity.caps.values_list("scope", flat=True)) == ["subject"]
    assert "Pneumo(vax) 23" in RuleVersion.objects.get(benefit__code="vaccination").allowed_values["product"]
    migrate_to_latest()  # leave the database as the other tests expect it
