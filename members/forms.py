"""Form pieces for a person's identity (issue #16): the national number as printed on the eID, and the
birth date and gender it encodes (SPEC §1.1: "the national number encodes both; cross-check")."""

from django import forms
from django.conf import settings
from django.contrib.admin.widgets import AdminDateWidget
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.admin import ServiceModelForm
from core.formatting import short_date
from members import rules, selectors, services
from members.models import Gender, Household, Member

#: "85.03.14-123.02" and "85 03 14 123 02" are 15 characters; a little room for stray spaces.
NATIONAL_NUMBER_MAX_INPUT = 20
SEPARATORS = " .-/"


def compact_national_number(value: str) -> str:
    return "".join(ch for ch in (value or "") if ch not in SEPARATORS)


class NationalNumberField(forms.CharField):
    """Accepts the national number as printed ("85.03.14-123.02"), with spaces ("85 03 14 123 02") or
    bare ("85031412302"); cleans to the 11 digits (``rules.parse_national_number``, python-stdnum's
    ``stdnum.be.nn`` and ``stdnum.be.bis``). Each error says what is wrong, once."""

    default_error_messages = {
        "digits": _(
            "National number: 11 digits, as on the eID card (85.03.14-123.02, with or without dots, dash and "
            "spaces); “%(value)s” has %(count)d digits."
        ),
        "check": _(
            "National number %(number)s: the check digits (the last two) do not match the first nine "
            "(97 minus the number modulo 97); check the number on the eID card."
        ),
    }

    def __init__(self, **kwargs):
        kwargs["max_length"] = NATIONAL_NUMBER_MAX_INPUT
        kwargs.setdefault("label", _("national number"))
        kwargs.setdefault(
            "help_text", _("INSZ (rijksregister- or BIS-number) as printed on the eID card: 85.03.14-123.02.")
        )
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update(inputmode="numeric", autocomplete="off", placeholder="85.03.14-123.02")
        return attrs

    def clean(self, value):
        value = super().clean(value)
        if value in self.empty_values:
            return value
        compact = compact_national_number(value)
        if not compact.isdigit() or len(compact) != 11:
            digits = sum(ch.isdigit() for ch in value)
            raise ValidationError(
                self.error_messages["digits"], code="digits", params={"value": value, "count": digits}
            )
        try:
            return rules.parse_national_number(compact).number
        except ValueError:
            printed = f"{compact[:2]}.{compact[2:4]}.{compact[4:6]}-{compact[6:9]}.{compact[9:]}"
            raise ValidationError(self.error_messages["check"], code="check", params={"number": printed}) from None


GENDER_IN_NUMBER = {
    Gender.MALE: _("a man (odd serial number, digits 7–9)"),
    Gender.FEMALE: _("a woman (even serial number, digits 7–9)"),
}


def identity_from_national_number(form, cleaned: dict, *, number="national_number", birth="birth_date", sex="gender"):
    """Fill an empty birth date and gender from the national number; a given one must agree with it
    (SPEC §1.1). The error is on the birth date or gender field and names the rule."""
    if number not in form.fields:
        return cleaned
    value = cleaned.get(number)
    parsed = None
    if value and number not in form.errors:
        try:
            parsed = rules.parse_national_number(value)
        except ValueError:  # the field said so already
            parsed = None
    if birth in form.fields and birth not in form.errors:
        given = cleaned.get(birth)
        encoded = parsed.birth_date if parsed else None
        if given is None and encoded is not None:
            cleaned[birth] = encoded
        elif given is None:
            form.add_error(
                birth,
                _("Give the birth date: the national number does not encode one.")
                if parsed
                else _("Give the birth date, or a valid national number to take it from."),
            )
        elif given is not None and encoded is not None and given != encoded:
            form.add_error(
                birth,
                _("Birth date: the national number encodes %(encoded)s (its first six digits), not %(given)s.")
                % {"encoded": short_date(encoded), "given": short_date(given)},
            )
    if sex in form.fields and sex not in form.errors:
        given = cleaned.get(sex) or None
        encoded = parsed.gender if parsed else None
        if given is None and encoded is not None:
            cleaned[sex] = encoded
        elif given is None:
            form.add_error(
                sex,
                _("Give the gender: the national number does not encode it.")
                if parsed
                else _("Give the gender, or a valid national number to take it from."),
            )
        elif given in GENDER_IN_NUMBER and encoded in GENDER_IN_NUMBER and given != encoded:
            form.add_error(
                sex,
                _("Gender: the national number encodes %(encoded)s, not %(given)s.")
                % {"encoded": GENDER_IN_NUMBER[encoded], "given": Gender(given).label.lower()},
            )
    return cleaned


class IdentityFormMixin:
    """For a model form with ``national_number``, ``birth_date`` and ``gender``: the printed national
    number, the two facts taken from it when left empty, and each error shown once (the model's own
    ``clean()`` checks the national number and its agreement again: what the form's fields already
    refused is not repeated)."""

    def _identity_fields(self):
        if "national_number" not in self.fields:  # a role that does not see it (core.privacy)
            return
        old = self.fields["national_number"]
        self.fields["national_number"] = NationalNumberField(
            required=old.required, label=old.label, initial=old.initial, disabled=old.disabled
        )
        for name in ("birth_date", "gender"):
            if name in self.fields:
                self.fields[name].required = False
                self.fields[name].help_text = _("Empty: taken from the national number.")

    def _update_errors(self, errors):
        if hasattr(errors, "error_dict"):
            kept = {field: messages for field, messages in errors.error_dict.items() if field not in self._errors}
            if not kept:
                return
            errors = ValidationError(kept)
        super()._update_errors(errors)


def _member_field(name: str, **overrides):
    """The ``Member`` model's form field (label, help, bounds), as the member form has it."""
    field = Member._meta.get_field(name).formfield(**overrides)
    return field


class HouseholdAddForm(IdentityFormMixin, ServiceModelForm):
    """A new household with its titular on one page (issue #16): the address and the titular's
    identity and affiliation, stored by ``services.household_with_titular_create`` in one transaction,
    or nothing at all when either is refused (each refusal on its field)."""

    #: the titular's fields on this form (the names ``member_create`` takes)
    TITULAR_FIELDS = (
        "national_number",
        "last_name",
        "first_name",
        "birth_date",
        "gender",
        "affiliation_start",
        "application_signed_on",
        "email",
        "phone",
        "language",
    )

    national_number = NationalNumberField()
    last_name = _member_field("last_name")
    first_name = _member_field("first_name")
    birth_date = _member_field("birth_date", required=False, widget=AdminDateWidget)
    gender = _member_field("gender", required=False)
    affiliation_start = _member_field(
        "affiliation_start",
        required=False,
        widget=AdminDateWidget,
        help_text=_(
            "First day of a month (Art. 6). Empty: the first day of the month after the application was signed."
        ),
    )
    application_signed_on = forms.DateField(
        label=_("application signed on"),
        required=False,
        widget=AdminDateWidget,
        help_text=_("Art. 6: the affiliation starts on the first day of the next month."),
    )
    email = _member_field("email", required=False)
    phone = _member_field("phone", required=False)
    language = forms.ChoiceField(
        label=_("language"),
        required=False,
        choices=[("", _("the region's")), *settings.LANGUAGES],
        help_text=_("Language of the fund's letters to the household (the titular's). Empty: the region's."),
    )

    class Meta:
        model = Household
        fields = ("street", "postal_code", "city", "region")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._identity_fields()

    def clean(self):
        cleaned = super().clean()
        identity_from_national_number(self, cleaned)
        if not cleaned.get("affiliation_start") and not cleaned.get("application_signed_on"):
            if "affiliation_start" not in self.errors and "application_signed_on" not in self.errors:
                self.add_error(
                    "affiliation_start",
                    _("Give the affiliation start or the date the application was signed (Art. 6)."),
                )
        return cleaned

    def save_new(self, instance):
        titular = {name: self.cleaned_data.get(name) for name in self.TITULAR_FIELDS}
        for name in ("email", "phone"):
            titular[name] = titular[name] or ""
        if not titular["language"]:
            titular.pop("language")  # member_create takes the household region's
        household, self.titular = services.household_with_titular_create(
            street=instance.street,
            postal_code=instance.postal_code,
            city=instance.city,
            region=instance.region,
            titular=titular,
        )
        return household


class HouseholdForm(forms.ModelForm):
    """The household's page: it is saved only while it has a titular (issue #16). The contribution is
    due per household and paid by its titular (Art. 42.2–3); a household whose titular left is
    completed first (add its new titular, role titular), never saved silently without one."""

    class Meta:
        model = Household
        fields = "__all__"

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and not selectors.household_has_titular(self.instance.pk, on=timezone.localdate()):
            raise ValidationError(
                _(
                    "This household has no titular: add its titular first (Add a member, role titular). "
                    "The contribution is due per household and paid by its titular (Art. 42.2–3)."
                ),
                code="no_titular",
            )
        return cleaned
