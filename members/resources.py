"""Import/export of members and payments (django-import-export).

A bank statement import calls the same service as a clerk's entry, row by row, inside one
transaction: the dry run shows every row's result or error, and when any row fails nothing is
imported.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from import_export import fields, resources, widgets

from core.months import Month
from members import rules, services
from members.models import Household, Member, Payment, PaymentSource, household_from_reference

# Column names a bank export or a clerk's spreadsheet may use (English, Dutch, French).
STATEMENT_COLUMNS = {
    "paid_on": ("date", "paid_on", "datum", "date valeur", "valutadatum", "booking date"),
    "amount": ("amount", "bedrag", "montant"),
    "communication": ("communication", "mededeling", "structured communication", "reference"),
    "bank_reference": ("bank_reference", "transaction", "transactie", "transaction id", "referentie"),
    "household": ("household", "gezin", "ménage"),
    "months": ("months", "maanden", "mois"),
}


def parse_amount(text) -> Decimal:
    """``"1.234,56"``, ``"1234.56"`` or ``"120,00"`` → ``Decimal``; never a float."""
    raw = str(text or "").strip().replace("€", "").replace(" ", "")
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {text!r}") from exc
    return value


def parse_date(text) -> date:
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    raw = str(text or "").strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not a date (dd/mm/yyyy): {text!r}")


def _column(row, key):
    lowered = {str(k).strip().lower(): v for k, v in row.items()}
    for name in STATEMENT_COLUMNS[key]:
        if name in lowered and lowered[name] not in (None, ""):
            return lowered[name]
    return None


class BankStatementResource(resources.ModelResource):
    """One statement line → one payment (``members.services.payment_record``).

    The household is found by the structured communication (+++…+++) or a ``household`` column.
    ``months`` (``2026-01 2026-02``) is optional: without it the oldest open months are settled.
    A ``bank_reference`` is imported once.
    """

    household = fields.Field(attribute="household_id", column_name="household")
    paid_on = fields.Field(attribute="paid_on", column_name="paid_on", widget=widgets.DateWidget("%d/%m/%Y"))
    amount = fields.Field(attribute="amount", column_name="amount")

    class Meta:
        model = Payment
        fields = ("id", "household", "paid_on", "amount", "unallocated", "source", "communication", "bank_reference")
        export_order = fields
        import_id_fields = ()
        clean_model_instances = False
        skip_diff = True

    def get_or_init_instance(self, instance_loader, row):
        return Payment(), True

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        values = {}
        for key, parse in (("paid_on", parse_date), ("amount", parse_amount)):
            raw = _column(row, key)
            if raw is None:
                errors[key] = "missing"
                continue
            try:
                values[key] = parse(raw)
            except ValueError as exc:
                errors[key] = str(exc)
        communication = str(_column(row, "communication") or "").strip()
        household_raw = _column(row, "household")
        household_id = None
        if household_raw not in (None, ""):
            try:
                household_id = int(str(household_raw).strip())
            except ValueError:
                errors["household"] = f"not a household number: {household_raw!r}"
        elif communication:
            household_id = household_from_reference(communication)
        if household_id is None and "household" not in errors:
            errors["household"] = (
                f"no household: the communication {communication!r} is not a valid structured reference "
                "and there is no household column"
            )
        elif household_id is not None and not Household.objects.filter(pk=household_id).exists():
            errors["household"] = f"household {household_id} does not exist"
        months_raw = str(_column(row, "months") or "").replace(",", " ").split()
        try:
            values["months"] = [Month.parse(m) for m in months_raw]
        except ValueError as exc:
            errors["months"] = str(exc)
        if errors:
            raise ValidationError(errors)
        instance.household_id = household_id
        instance.paid_on = values["paid_on"]
        instance.amount = values["amount"]
        instance.communication = communication[:140]
        instance.bank_reference = str(_column(row, "bank_reference") or "").strip() or None
        instance.source = PaymentSource.BANK_IMPORT
        instance._months = values["months"]

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        if import_validation_errors:
            raise ValidationError(import_validation_errors)

    def save_instance(self, instance, is_create, row, **kwargs):
        result = services.payment_record(
            household=instance.household_id,
            amount=instance.amount,
            paid_on=instance.paid_on,
            months=instance._months or None,
            source=PaymentSource.BANK_IMPORT,
            bank_reference=instance.bank_reference,
            communication=instance.communication,
        )
        instance.pk = result.payment.pk
        instance.unallocated = result.payment.unallocated


class NationalNumberWidget(widgets.CharWidget):
    def clean(self, value, row=None, **kwargs):
        try:
            return rules.parse_national_number(value).number
        except ValueError as exc:
            raise ValueError(str(exc)) from exc


class MemberResource(resources.ModelResource):
    """Members in and out; each imported row is validated like a clerk's entry (``full_clean``)."""

    national_number = fields.Field(attribute="national_number", column_name="national_number", widget=NationalNumberWidget())
    household = fields.Field(
        attribute="household", column_name="household", widget=widgets.ForeignKeyWidget(Household, "pk")
    )

    class Meta:
        model = Member
        fields = (
            "id",
            "national_number",
            "last_name",
            "first_name",
            "birth_date",
            "gender",
            "household",
            "role",
            "affiliation_start",
            "titular_since",
            "affiliation_end",
            "email",
            "phone",
            "iban",
            "is_fund_staff",
        )
        export_order = fields
        import_id_fields = ("national_number",)
        clean_model_instances = True
        skip_unchanged = True
