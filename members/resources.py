"""Import/export of members, export of payments (django-import-export).

Bank statements are imported by ``members.bank_import`` (background job, set-based, all or nothing).
"""

from __future__ import annotations

from import_export import fields, resources, widgets

from members import rules
from members.models import Household, Member, Payment


class PaymentResource(resources.ModelResource):
    """Payments out (CSV, XLSX). Bank statements come in through ``members.bank_import`` (a
    background job, set-based), not through import-export."""

    household = fields.Field(attribute="household_id", column_name="household")
    paid_on = fields.Field(attribute="paid_on", column_name="paid_on", widget=widgets.DateWidget("%d/%m/%Y"))
    amount = fields.Field(attribute="amount", column_name="amount")

    class Meta:
        model = Payment
        fields = ("id", "household", "paid_on", "amount", "unallocated", "source", "communication", "bank_reference")
        export_order = fields


class NationalNumberWidget(widgets.CharWidget):
    def clean(self, value, row=None, **kwargs):
        try:
            return rules.parse_national_number(value).number
        except ValueError as exc:
            raise ValueError(str(exc)) from exc


class MemberResource(resources.ModelResource):
    """Members in and out; each imported row is validated like a clerk's entry (``full_clean``)."""

    national_number = fields.Field(
        attribute="national_number", column_name="national_number", widget=NationalNumberWidget()
    )
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
