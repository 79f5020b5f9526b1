"""System check of the fund's SEPA creditor settings (issue #15): ``manage.py check`` (and every
command that runs the checks: migrate, runserver) refuses to start with a missing or invalid one."""

from django.conf import settings
from django.core import checks
from stdnum import bic as std_bic
from stdnum import iban as std_iban
from stdnum.eu import at_02
from stdnum.exceptions import ValidationError as StdnumError

_VALIDATORS = {
    "SEPA_CREDITOR_ID": ("bank.E001", at_02.validate, "a SEPA creditor identifier (EPC AT-02), e.g. BE05ZZZ0411987139"),
    "SEPA_CREDITOR_NAME": ("bank.E002", None, "the fund's name as the debtors' banks show it (at most 70 characters)"),
    "SEPA_CREDITOR_IBAN": ("bank.E003", std_iban.validate, "the IBAN the collections are credited to"),
    "SEPA_CREDITOR_BIC": ("bank.E004", std_bic.validate, "the BIC of that account"),
}


def sepa_setting_problems() -> list[tuple[str, str, str]]:
    """``(setting, check id, what it must be)`` for every missing or invalid SEPA creditor setting."""
    problems = []
    for name, (check_id, validate, meaning) in _VALIDATORS.items():
        value = str(getattr(settings, name, "") or "").strip()
        if not value:
            problems.append((name, check_id, meaning))
            continue
        if validate is None:
            if len(value) > 70:
                problems.append((name, check_id, meaning))
            continue
        try:
            validate(value)
        except StdnumError:
            problems.append((name, check_id, meaning))
    return problems


@checks.register()
def sepa_creditor_settings(app_configs=None, **kwargs):
    errors = [
        checks.Error(
            f"{name} is missing or invalid.",
            hint=f"Set {name} in the environment: {meaning}.",
            id=check_id,
        )
        for name, check_id, meaning in sepa_setting_problems()
    ]
    days = getattr(settings, "SEPA_PRENOTIFICATION_DAYS", 14)
    if not isinstance(days, int) or days < 1:
        errors.append(
            checks.Error(
                "SEPA_PRENOTIFICATION_DAYS must be a whole number of days, at least 1.",
                hint="The SEPA Core rulebook's period is 14 days unless the mandate agrees a shorter one.",
                id="bank.E005",
            )
        )
    per_file = getattr(settings, "SEPA_MAX_DEBITS_PER_FILE", 20_000)
    if not isinstance(per_file, int) or not 1 <= per_file <= 999_999:
        errors.append(
            checks.Error(
                "SEPA_MAX_DEBITS_PER_FILE must be a whole number from 1 to 999,999.",
                hint="A collection file numbers its direct debits with six digits (end-to-end id).",
                id="bank.E006",
            )
        )
    return errors
