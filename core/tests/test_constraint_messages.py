"""Issue #16: no database constraint name reaches a screen. Every CheckConstraint and UniqueConstraint
of the project's models carries a ``violation_error_message`` (naming the field and the rule), so a
form or ``full_clean`` says that instead of "Constraint “claim_amount_paid_non_negative” is violated"."""

from decimal import Decimal

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError

PROJECT_APPS = {"core", "members", "benefits", "lending", "elections", "reports", "bank"}


def project_constraints():
    for model in apps.get_models():
        if model._meta.app_label in PROJECT_APPS:
            for constraint in model._meta.constraints:
                yield model, constraint


def test_every_constraint_has_a_message_that_is_not_its_name():
    missing = [
        f"{model._meta.label}.{constraint.name}"
        for model, constraint in project_constraints()
        if constraint.violation_error_message == constraint.default_violation_error_message
        or constraint.name in str(constraint.get_violation_error_message())
    ]
    assert list(project_constraints()), "the project has constraints"
    assert missing == []


@pytest.mark.django_db
def test_a_negative_amount_paid_names_the_field_not_the_constraint():
    from benefits.models import Claim

    claim = Claim(amount_paid=Decimal("-1.00"), payout=Decimal("0.00"))
    with pytest.raises(ValidationError) as error:
        claim.validate_constraints()
    text = " ".join(error.value.messages)
    assert "claim_amount_paid_non_negative" not in text
    assert "Amount paid" in text
