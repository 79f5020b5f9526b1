"""Claims, payment batches and the benefit catalogue in the admin."""

import json
from datetime import date, timedelta

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from benefits import catalogue as statutes
from benefits import rules, selectors, services, worklist
from benefits.facts import (
    FACTS,
    Fact,
    FactErrors,
    Kind,
    all_choices,
    evidence_label,
    facts_of,
    users_and_choices,
    validate_facts,
)
from benefits.models import (
    FINDING_OPEN_STATUSES,
    OPEN_STATUSES,
    Benefit,
    Claim,
    ClaimStatus,
    Finding,
    FindingStatus,
    MedicalApp,
    PaymentBatch,
    PaymentBatchStatus,
    RuleCap,
    RuleVersion,
    UnbornChild,
)
from core import bounds, privacy
from core.admin import (
    AuditedAdmin,
    BigTableAdmin,
    DropdownFilter,
    Outcome,
    PersonalDataAdmin,
    ServiceAddAdmin,
    ServiceModelForm,
    add_service_errors,
    read_action,
    service_action,
)
from core.formatting import eur, number, short_date
from core.money import ZERO
from core.privacy import Category
from core.reasons import render
from members import selectors as member_selectors
from members.models import Region

CLAIM_COLOURS = {
    ClaimStatus.APPROVED: "#1e7e34",
    ClaimStatus.PARTIALLY_APPROVED: "#5b8c00",
    ClaimStatus.REJECTED: "#b00020",
    ClaimStatus.IN_BATCH: "#0b5cad",
    ClaimStatus.PAID: "#333333",
    ClaimStatus.RECOVERED: "#7a3db8",
    ClaimStatus.EXPIRED: "#666666",
    ClaimStatus.CANCELLED: "#666666",
    ClaimStatus.FILED: "#666666",
}


# --- catalogue (managers) --------------------------------------------------------------------------


class RuleCapInline(admin.TabularInline):
    model = RuleCap
    extra = 0


@admin.register(RuleVersion)
class RuleVersionAdmin(AuditedAdmin):
    list_display = ("benefit", "effective_from", "calculation", "summary_display")
    list_filter = ("calculation",)
    list_select_related = ("benefit",)
    search_fields = ("benefit__code",)
    inlines = [RuleCapInline]

    @admin.display(description=_("rule"))
    def summary_display(self, obj):
        return obj.summary()


class RuleVersionInline(admin.TabularInline):
    model = RuleVersion
    fields = ("effective_from", "calculation", "summary_display")
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=_("rule"))
    def summary_display(self, obj):
        return obj.summary()


@admin.register(Benefit)
class BenefitAdmin(AuditedAdmin):
    list_display = ("code", "article", "localized_name", "service_code", "active")
    search_fields = ("code", "name", "name_nl", "name_fr")
    list_filter = ("active",)
    inlines = [RuleVersionInline]


# --- claims (clerks) --------------------------------------------------------------------------------


# --- the facts of a claim: one typed field each, generated from their declaration (issue #14) --------


def _yes(value) -> bool:
    return value == "yes"


STATUTE_RULES = statutes.LATEST

#: Yes/no facts that are a condition of every benefit taking them (Art. 59 a listed sport, Art. 50 a
#: recognised centre): a checkbox. The others are "yes / no / not stated" (stated either way, or not).
CHECKBOX_FACTS = frozenset(
    key
    for key, fact in FACTS.items()
    if fact.kind is Kind.BOOL
    and all(t.required for rule in STATUTE_RULES for t in facts_of(rule) if t.key == key)
    and any(t.key == key for rule in STATUTE_RULES for t in facts_of(rule))
)


class DatesField(forms.CharField):
    """Dates typed one after the other (dd/mm/yyyy, separated by commas or spaces), as a list."""

    def to_python(self, value):
        text = super().to_python(value)
        parse = forms.DateField()
        return [parse.clean(part) for part in text.replace(",", " ").split()] if text else []


def fact_value(fact: Fact, value) -> str:
    """One stated fact's value as a reader sees it: yes/no, a choice's label, Belgian numbers and dates
    (issue #16), translated."""
    if fact.kind is Kind.BOOL and isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    if fact.kind is Kind.CHOICE and isinstance(value, str | int) and not isinstance(value, bool):
        return gettext(fact.label(str(value)))
    if fact.kind in (Kind.INT, Kind.DECIMAL):
        return number(value)
    try:
        if fact.kind is Kind.DATE and isinstance(value, str):
            return short_date(date.fromisoformat(value))
        if fact.kind is Kind.DATES and isinstance(value, list):
            return ", ".join(short_date(date.fromisoformat(str(v))) for v in value)
    except ValueError:
        pass
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def fact_lines(facts: dict) -> list[tuple[str, str]]:
    """A claim's stored facts as (name, value) in the reader's language, in the declaration's order."""
    known = [(FACTS[key], value) for key, value in facts.items() if key in FACTS and value not in (None, "")]
    known.sort(key=lambda pair: list(FACTS).index(pair[0].key))
    other = [(key.replace("_", " ").capitalize(), str(value)) for key, value in facts.items() if key not in FACTS]
    return [(gettext(fact.name), fact_value(fact, value)) for fact, value in known] + other


def fact_field_name(key: str) -> str:
    return f"fact_{key}"


def fact_form_field(fact: Fact) -> forms.Field:
    """The admin field of one declared fact: its kind, its bounds, its article in the help text."""
    common = {
        "label": _(fact.name),  # declared with gettext_noop in benefits.facts
        "required": False,
        "help_text": f"{fact.article}: {fact.help}",
    }
    if fact.kind is Kind.BOOL:
        if fact.key in CHECKBOX_FACTS:
            return forms.BooleanField(**common)
        return forms.TypedChoiceField(
            choices=[("", _("— not stated")), ("yes", _("yes")), ("no", _("no"))],
            coerce=_yes,
            empty_value=None,
            **common,
        )
    if fact.kind is Kind.CHOICE:
        values = all_choices(fact.key, STATUTE_RULES)
        return forms.ChoiceField(choices=[("", "—"), *((v, _(fact.label(v))) for v in values)], **common)
    if fact.kind is Kind.INT:
        return forms.IntegerField(min_value=fact.min, max_value=fact.max, **common)
    if fact.kind is Kind.DECIMAL:
        return forms.DecimalField(min_value=fact.min, max_value=fact.max, decimal_places=2, localize=True, **common)
    if fact.kind is Kind.DATE:
        return forms.DateField(**common)
    if fact.kind is Kind.DATES:
        return DatesField(
            **{**common, "help_text": common["help_text"] + " " + _("Dates dd/mm/yyyy, one after the other.")}
        )
    return forms.CharField(max_length=fact.max_length, **common)


#: The facts a clerk types (the printed name of a vaccine is recorded by the matching, not typed).
TYPED_FACTS = tuple(fact for fact in FACTS.values() if not fact.record)

#: The HTML of an empty fact field's widget, by everything it is made from (issue #18: the claim form
#: draws 66 fact fields, mostly empty; drawing each through the widget templates was most of the page's
#: time). Bounded: the key holds the language, the choices and the attributes, which change rarely.
_EMPTY_WIDGET_HTML: dict[tuple, str] = {}
_EMPTY_WIDGET_HTML_MAX = 2000


def _drawn_once_when_empty(widget: forms.Widget) -> None:
    """The widget's ``render`` keeps the HTML of its empty value (no value typed or stored): the same
    name, attributes, choices and language draw the same HTML. A value is drawn as usual."""
    plain = widget.render

    def render(name, value, attrs=None, renderer=None):
        if value not in (None, ""):
            return plain(name, value, attrs, renderer)
        key = (
            type(widget),
            widget.template_name,
            name,
            value,
            get_language(),
            widget.is_localized,
            json.dumps({**widget.attrs, **(attrs or {})}, sort_keys=True, default=str),
            tuple((str(v), str(label)) for v, label in getattr(widget, "choices", ())),
        )
        html = _EMPTY_WIDGET_HTML.get(key)
        if html is None:
            html = plain(name, value, attrs, renderer)
            if len(_EMPTY_WIDGET_HTML) >= _EMPTY_WIDGET_HTML_MAX:
                _EMPTY_WIDGET_HTML.clear()
            _EMPTY_WIDGET_HTML[key] = html
        return html

    widget.render = render  # type: ignore[method-assign]


class ClaimForm(ServiceModelForm):
    """Filing a claim judges it: the decision is on the page right after saving. Filing, judging
    again and recovering are service calls made while the form is checked, so a refusal is a
    message on the form and nothing is stored.

    The facts of the claim are one field each, generated from ``benefits.facts`` (issue #14); the
    page's script shows the fields of the selected benefit only (without it all are shown, and the
    facts of another benefit are refused on their field)."""

    evidence_received = forms.MultipleChoiceField(
        label=_("evidence received"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("What the member handed in; the benefit's rule version lists what it needs."),
    )

    expected_birth_date = forms.DateField(
        label=_("unborn child: expected birth date"),
        required=False,
        help_text=_(
            "Art. 53: before the child is a member, the expected birth date (the household's record of this "
            "pregnancy is found or made)."
        ),
    )
    birth_rank = forms.IntegerField(
        label=_("child of a multiple birth"),
        min_value=1,
        max_value=rules.MAX_BIRTH_RANK,
        initial=1,
        required=False,
        help_text=_("1, or 2 for the second twin, …"),
    )
    # Art. 48: more than a declared fact: the name the pharmacy printed is matched to its list entry
    printed_vaccine = forms.CharField(
        label=_("vaccine as printed by the pharmacy"),
        required=False,
        max_length=100,
        help_text=_(
            "Without a choice above, the name on the invoice is matched to the list (case and spaces "
            "ignored: “Vaxigrip Tetra” is “Vaxigrip (tetra)”)."
        ),
    )

    class Meta:
        model = Claim
        fields = (
            "member",
            "benefit",
            "event_date",
            "filed_on",
            "amount_paid",
            "compulsory_reimbursement",
            "quantity",
            "child",
            "disorder",
            "medical_app",
            "treatment_start",
        )
        localized_fields = ("amount_paid", "compulsory_reimbursement", "recovered_amount")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._fact_fields_for_benefits()
        for fact in TYPED_FACTS:  # the form's own copies of the widgets
            field = self.fields.get(fact_field_name(fact.key))
            if field is not None:
                _drawn_once_when_empty(field.widget)
        if self.instance.pk:
            for key, value in (self.instance.facts or {}).items():
                name = fact_field_name(key)
                if name in self.fields:
                    self.fields[name].initial = _initial(FACTS[key], value)
            self.fields["evidence_received"].initial = list(self.instance.evidence or [])
            if self.instance.unborn_child_id:
                self.fields["expected_birth_date"].initial = self.instance.unborn_child.expected_birth_date
                self.fields["birth_rank"].initial = self.instance.unborn_child.rank
        elif "filed_on" in self.fields:
            self.fields["filed_on"].initial = timezone.localdate()
            self.fields["filed_on"].label = _("received on")
            self.fields["filed_on"].help_text = _(
                "Art. 42.4: the day the fund received the claim. Today, or the earlier date a document arrived "
                "(not before the event); your name is recorded with it."
            )

    def _fact_fields_for_benefits(self) -> None:
        """The values and benefits of each fact field as the rule versions in force today say (a
        manager's new version included); the benefit list carries which fields each benefit shows."""
        current = selectors.current_rules(timezone.localdate())
        specs = [spec for _benefit, spec in current]
        names = {benefit.code: str(benefit.localized_name) for benefit, _spec in current}
        used, values = users_and_choices(specs)  # each rule version read once, not once per fact
        for fact in TYPED_FACTS:
            field = self.fields.get(fact_field_name(fact.key))
            if field is None:
                continue
            used_by = used.get(fact.key, ())
            field.help_text = f"{fact.article}: {fact.help} " + _("Benefits: %(names)s.") % {
                "names": ", ".join(names[c] for c in used_by) or "—"
            }
            if fact.kind is Kind.CHOICE:
                field.choices = [("", "—"), *((v, fact.label(v)) for v in values.get(fact.key, ()))]
        evidence = self.fields.get("evidence_received")
        if evidence is not None:  # the codes of the rule versions (and any this claim already has)
            codes = dict.fromkeys([*(e for spec in specs for e in spec.evidence), *(self.instance.evidence or [])])
            evidence.choices = [(code, gettext(evidence_label(code))) for code in codes]
        benefit = self.fields.get("benefit")
        if benefit is not None:
            select = getattr(benefit.widget, "widget", benefit.widget)  # the admin wraps it (add/change links)
            select.attrs["data-evidence"] = json.dumps({str(b.pk): list(spec.evidence) for b, spec in current})
            shows = {
                str(b.pk): [fact_field_name(t.key) for t in facts_of(spec) if not t.fact.record]
                + (["printed_vaccine"] if any(t.key == "product" for t in facts_of(spec)) else [])
                for b, spec in current
            }
            select.attrs["data-fact-fields"] = json.dumps(shows)

    def clean(self):
        cleaned = super().clean()
        benefit, event_date = cleaned.get("benefit"), cleaned.get("event_date") or self.instance.event_date
        rule = selectors.rule_on(benefit.code, event_date) if benefit and event_date else None
        if rule is not None:
            cleaned["facts"] = self._facts(cleaned, rule, event_date)
        if self.instance.pk is None and cleaned.get("filed_on") and cleaned.get("event_date"):
            try:
                services.filing_date(
                    received_on=cleaned["filed_on"],
                    event_date=cleaned["event_date"],
                    today=timezone.localdate(),
                    recorded_by=getattr(self, "user", None),
                )
            except ValidationError as exc:
                self.add_error("filed_on", exc.message_dict["received_on"])
        return cleaned

    def _facts(self, cleaned, rule, event_date) -> dict:
        """The facts typed in the fields, checked against the benefit's rule (benefits.facts): a fact
        of another benefit, or a value outside its list or bounds, is an error on its field."""
        taken = {t.key for t in facts_of(rule)}
        facts: dict = {}
        for fact in TYPED_FACTS:
            name = fact_field_name(fact.key)
            value = cleaned.get(name)
            if name in self.errors or value in (None, "", []) or (value is False and fact.key not in taken):
                continue
            if fact.kind is Kind.DATE:
                value = value.isoformat()
            elif fact.kind is Kind.DATES:
                value = [day.isoformat() for day in value]
            facts[fact.key] = value
        if not facts.get("product") and cleaned.get("printed_vaccine"):
            entry = rules.match_listed(cleaned["printed_vaccine"], statutes.VACCINES)
            if entry is None:
                self.add_error(
                    "printed_vaccine",
                    _("Art. 48: “%(name)s” is not a product of the list as printed; pick the vaccine from the list.")
                    % {"name": cleaned["printed_vaccine"]},
                )
            else:
                facts["product"], facts["printed_product"] = entry, cleaned["printed_vaccine"]
        before = self.instance.facts or {}
        if self.instance.pk and facts.get("product") == before.get("product") and before.get("printed_product"):
            facts.setdefault("printed_product", before["printed_product"])  # the record of the pharmacy's print
        try:
            facts = validate_facts(rule, facts, event_date)
            problems = rules.fact_problems(rule, facts)  # Art. 58: stated either way
        except FactErrors as exc:
            problems = exc.problems
        for key, message in problems.items():
            name = fact_field_name(key)
            self.add_error(name if name in self.fields else None, message)
        return facts

    def save_new(self, instance):
        # the form's "received on" is the filing date (Art. 42.4): today, or an earlier received
        # date given by a clerk with the permission (services.filing_date checks and records who)
        return services.claim_file(
            member=instance.member,
            benefit=instance.benefit,
            event_date=instance.event_date,
            received_on=instance.filed_on,
            recorded_by=getattr(self, "user", None),
            amount_paid=instance.amount_paid,
            compulsory_reimbursement=instance.compulsory_reimbursement,
            quantity=instance.quantity,
            evidence=self.cleaned_data["evidence_received"],
            facts=self.cleaned_data.get("facts", {}),
            child=instance.child,
            disorder=instance.disorder,
            medical_app=instance.medical_app,
            treatment_start=instance.treatment_start,
            **self._unborn(),
        )

    def _unborn(self) -> dict:
        expected = self.cleaned_data.get("expected_birth_date")
        return (
            {"expected_birth_date": expected, "birth_rank": self.cleaned_data.get("birth_rank") or 1}
            if expected
            else {}
        )

    def _post_clean(self):
        super()._post_clean()
        claim = self.instance
        self.recovered = False
        if claim.pk is None or self.errors:
            return
        try:
            if claim.status == ClaimStatus.PAID:
                if {"recovered_amount", "recovery_reason", "fraud"} & set(self.changed_data):
                    services.claim_recover(
                        claim=claim,
                        amount=claim.recovered_amount,
                        reason=claim.recovery_reason,
                        on=timezone.localdate(),
                        fraud=claim.fraud,
                    )
                    self.recovered = True
            elif claim.status in OPEN_STATUSES:
                claim.evidence = self.cleaned_data["evidence_received"]
                claim.facts = self.cleaned_data.get("facts", {})
                if not self.cleaned_data.get("expected_birth_date"):
                    claim.unborn_child = None
                services.claim_rejudge(claim=claim, **self._unborn())
        except ValidationError as exc:
            add_service_errors(self, exc, fields={"amount": "recovered_amount"})


def _initial(fact: Fact, value):
    """A stored fact as its field shows it."""
    if fact.kind is Kind.BOOL and fact.key not in CHECKBOX_FACTS and isinstance(value, bool):
        return "yes" if value else "no"
    if fact.kind is Kind.DATES and isinstance(value, list):
        return ", ".join(f"{date.fromisoformat(str(day)):%d/%m/%Y}" for day in value)
    if fact.kind is Kind.DATE and isinstance(value, str):
        return date.fromisoformat(value)
    return value


# One declared field per fact: the admin builds the form class from the fieldsets' names, so the
# fields are the class's own (their values and help are refreshed from the database per form).
for _fact in TYPED_FACTS:
    ClaimForm.base_fields[fact_field_name(_fact.key)] = ClaimForm.declared_fields[fact_field_name(_fact.key)] = (
        fact_form_field(_fact)
    )


@admin.register(Claim)
class ClaimAdmin(ServiceAddAdmin, PersonalDataAdmin, BigTableAdmin):
    """A claim is health data (GDPR art. 9): each page and list is in the read-access log."""

    form = ClaimForm
    # issue #16: status, payout and batch first, so a 1366 px screen shows them beside the filters
    list_display = ("id", "status_badge", "payout_display", "batch", "event_date_display", "member", "benefit")

    class Media:
        js = ("benefits/claim-facts.js",)  # shows the fact fields of the selected benefit only

    list_filter = ("status", ("benefit", DropdownFilter))
    list_select_related = ("member", "benefit", "batch")
    autocomplete_fields = ("member", "child")
    search_fields = ("=id", "=member__national_number")  # and the member's name: get_search_results
    search_help_text = _("Claim number, or the beneficiary's national number or name (last and first, either order).")
    readonly_fields = ("decision", "rule_version", "batch", "judged_at", "paid_on", "recovered_on")
    actions = ["release_to_batch", "rejudge"]

    def get_search_results(self, request, queryset, search_term):
        """Issue #16: by claim number, or the member's national number or name (``members.selectors``)."""
        if not search_term.strip():
            return queryset, False
        condition = Q(member_id__in=member_selectors.member_ids(search_term))
        if bounds.is_id(search_term.strip().removeprefix("#")):
            condition |= Q(pk=int(search_term.strip().removeprefix("#")))
        return queryset.filter(condition), False

    CLAIM_FIELDS = (
        "member",
        "benefit",
        ("event_date", "filed_on"),
        ("amount_paid", "compulsory_reimbursement"),
        "quantity",
    )
    #: What a per-subject cap counts on (issue #13): the rule version says which one a claim needs.
    SUBJECT_FIELDS = (("child", "expected_birth_date", "birth_rank"), ("disorder", "medical_app", "treatment_start"))
    CLOSED_SUBJECT_FIELDS = (("child", "unborn_child"), ("disorder", "medical_app", "treatment_start"), "legacy_key")
    #: issue #14: one field per declared fact (benefits.facts); the Art. 48 printed name beside the vaccine
    FACT_FIELDS = tuple(
        (fact_field_name(f.key), "printed_vaccine") if f.key == "product" else fact_field_name(f.key)
        for f in TYPED_FACTS
    )
    RECOVERY_FIELDS = ("recovered_amount", "recovery_reason", "fraud")

    def access_categories(self, request, obj=None):
        return (Category.IDENTITY, Category.HEALTH)

    @admin.display(description=_("facts"))
    def facts_shown(self, obj):
        """The facts of the claim as "name: value" lines in the reader's language (issue #16), not JSON."""
        lines = fact_lines(obj.facts or {})
        return format_html_join(mark_safe("<br>"), "{}: {}", lines) if lines else "—"

    @admin.display(description=_("evidence received"))
    def evidence_shown(self, obj):
        """The evidence in words (issue #16), not the stored codes."""
        return ", ".join(gettext(evidence_label(code)) for code in obj.evidence or []) or "—"

    def access_household_id(self, obj):
        return obj.member.household_id if obj.member_id else None

    #: issue #16: an autocomplete option (core.autocomplete) names the benefit: health data
    autocomplete_categories = (Category.IDENTITY, Category.HEALTH)
    autocomplete_select_related = ("member", "benefit")

    def autocomplete_label(self, request, obj):
        return _("Claim %(id)s — %(member)s — %(benefit)s, %(date)s") % {
            "id": obj.pk,
            "member": f"{obj.member.last_name} {obj.member.first_name}",
            "benefit": obj.benefit.localized_name,
            "date": short_date(obj.event_date),
        }

    def _closed(self, obj):
        return obj is not None and obj.status not in OPEN_STATUSES

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user  # a new form class per request: who gives a received date (Art. 42.4)
        return form

    def get_fieldsets(self, request, obj=None):
        fields = self.CLAIM_FIELDS if obj is None else (*self.CLAIM_FIELDS, "filed_on_set_by")
        if self._closed(obj):
            claim = (None, {"fields": (*fields, "evidence_shown", "facts_shown")})
            subject = (_("Counts per child, disorder, app or treatment"), {"fields": self.CLOSED_SUBJECT_FIELDS})
            facts = None
        else:
            claim = (None, {"fields": (*fields, "evidence_received")})
            subject = (_("Counts per child, disorder, app or treatment"), {"fields": self.SUBJECT_FIELDS})
            facts = (
                _("Facts of the claim"),
                {
                    "fields": self.FACT_FIELDS,
                    "description": _("Only the facts of the selected benefit; each names its article."),
                    "classes": ("claim-facts",),
                },
            )
        if obj is None:
            return (claim, facts, subject)
        fieldsets = [
            claim,
            *((facts,) if facts else ()),
            subject,
            (_("Decision"), {"fields": ("decision", "rule_version", "judged_at", "batch", "paid_on")}),
        ]
        if obj.status in (ClaimStatus.PAID, ClaimStatus.RECOVERED):
            fieldsets.append((_("Recovery (Art. 7)"), {"fields": (*self.RECOVERY_FIELDS, "recovered_on")}))
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return self.readonly_fields
        if not self._closed(obj):
            return (*self.readonly_fields, "filed_on", "filed_on_set_by")  # the filing date is fixed when filed
        closed = [
            "member",
            "benefit",
            "event_date",
            "filed_on",
            "filed_on_set_by",
            "amount_paid",
            "compulsory_reimbursement",
            "quantity",
            "child",
            "unborn_child",
            "disorder",
            "medical_app",
            "treatment_start",
            "legacy_key",
            "evidence_shown",
            "facts_shown",
            *self.readonly_fields,
        ]
        if obj.status != ClaimStatus.PAID:  # a paid claim is closed; only a recovery (Art. 7) can be recorded
            closed += self.RECOVERY_FIELDS
        return closed

    def save_model(self, request, obj, form, change):
        """Nothing to save: the services filed, judged again or recovered the claim while the form
        was checked (a closed claim's page has nothing to edit)."""
        if form.recovered:
            self.message_user(request, _("Recovery recorded (Art. 7)."))
        elif obj.status in OPEN_STATUSES:
            judged = _("Judged: %(status)s, %(payout)s") % {
                "status": obj.get_status_display(),
                "payout": eur(obj.payout),
            }
            if obj.status == ClaimStatus.REJECTED:
                # issue #16: a refusal is a warning with its reason, never a green "added successfully"
                request.claim_rejected = True
                reason = render(obj.reasons[-1]) if obj.reasons else ""
                self.message_user(request, f"{judged} — {reason}" if reason else judged, messages.WARNING)
            else:
                self.message_user(request, judged)

    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        if level == messages.SUCCESS and getattr(request, "claim_rejected", False):
            return  # Django's "… was added/changed successfully" would be a green banner over a refusal
        super().message_user(request, message, level, *args, **kwargs)

    @admin.display(description=_("decision"))
    def decision(self, obj):
        reasons = format_html_join("", "<li>{}</li>", ((render(r),) for r in obj.reasons or []))
        return format_html(
            "<p>{} — <strong>{}</strong></p><ul>{}</ul>", self.status_badge(obj), eur(obj.payout), reasons
        )

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, obj):
        colour = CLAIM_COLOURS.get(obj.status, "#666")
        return format_html(
            '<span style="background:{};color:#fff;padding:2px 8px;border-radius:10px">{}</span>',
            colour,
            obj.get_status_display(),
        )

    @admin.display(description=_("payout"), ordering="payout")
    def payout_display(self, obj):
        return eur(obj.payout)

    @admin.display(description=_("event date"), ordering="event_date")
    def event_date_display(self, obj):
        return short_date(obj.event_date)

    release_to_batch = service_action(
        lambda claims, user, reason: _release(claims),
        per_object=False,
        description=_("Put the approved claims into a new payment batch"),
    )
    rejudge = service_action(
        lambda claim, user, reason: services.claim_rejudge(claim=claim),
        description=_("Judge again"),
        select=lambda qs: qs.select_related("benefit", "member"),
        done=_("%(n)d claims judged again."),
    )


def _release(claims):
    batch = services.batch_release(claim_ids=[c.pk for c in claims])
    if batch is None:
        return Outcome.warning(_("No approved claim outside a batch was selected."))
    return _("Batch %(id)s: %(n)d claims, %(total)s.") % {
        "id": batch.pk,
        "n": batch.claim_count,
        "total": eur(batch.total),
    }


# --- what per-subject caps count on (issue #13) ------------------------------------------------------


@admin.register(MedicalApp)
class MedicalAppAdmin(AuditedAdmin):
    """Art. 48: the medical apps a claim picks from ("per medische app"); one row per app, whatever
    the spelling (names compared without case or spaces)."""

    list_display = ("name", "mhealth_belgium")
    list_filter = ("mhealth_belgium",)
    search_fields = ("name",)


class UnbornChildForm(forms.ModelForm):
    class Meta:
        model = UnbornChild
        fields = ("household", "expected_birth_date", "rank", "born_as")

    def _post_clean(self):
        super()._post_clean()
        unborn = self.instance
        if unborn.pk and "born_as" in self.changed_data and unborn.born_as_id and not self.errors:
            try:
                services.unborn_child_link(unborn=UnbornChild.objects.get(pk=unborn.pk), member=unborn.born_as)
            except ValidationError as exc:
                add_service_errors(self, exc)


@admin.register(UnbornChild)
class UnbornChildAdmin(PersonalDataAdmin, AuditedAdmin):
    """Art. 53 "per ingeschreven (on)geboren kind": a pregnancy is health data. A clerk links the
    record to the child once it is a member (twins: each record to its child)."""

    form = UnbornChildForm
    list_display = ("id", "household", "expected_birth_date", "rank", "born_as")
    list_select_related = ("household", "born_as")
    autocomplete_fields = ("household", "born_as")
    search_fields = ("=household__id",)

    def access_categories(self, request, obj=None):
        return (Category.IDENTITY, Category.HEALTH)

    def access_household_id(self, obj):
        return obj.household_id

    def get_readonly_fields(self, request, obj=None):
        if obj is not None:
            return ("household", "expected_birth_date", "rank", *(("born_as",) if obj.born_as_id else ()))
        return ()


# --- payment batches (managers approve) --------------------------------------------------------------


class BatchClaimInline(admin.TabularInline):
    model = Claim
    fields = ("id", "member", "benefit", "event_date", "payout")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(PaymentBatch)
class PaymentBatchAdmin(AuditedAdmin):
    list_display = ("id", "status", "claim_count", "total_display", "created_at", "approved_by", "paid_on")
    list_filter = ("status",)
    readonly_fields = ("status", "claim_count", "total", "approved_by", "approved_at", "paid_on", "payee_problems")
    fields = readonly_fields
    inlines = [BatchClaimInline]
    actions = ["approve", "export_csv", "mark_paid"]

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("total"))
    def total_display(self, obj):
        return eur(obj.total)

    @admin.display(description=_("payee problems"))
    def payee_problems(self, obj):
        problems = services.batch_payee_problems(obj)
        return format_html_join("", "<div>{}</div>", ((p,) for p in problems)) if problems else _("none")

    def has_approve_permission(self, request):
        return request.user.has_perm("benefits.approve_paymentbatch")

    approve = service_action(
        lambda batch, user, reason: services.batch_approve(batch=batch, user=user) and _("approved."),
        description=_("Approve (managers)"),
        permissions=["approve"],
        confirm=True,
        consequence=_("Approved batches can be exported for the bank and paid. The IBANs are checked again."),
        details=lambda batches: {b.pk: eur(b.total) for b in batches},
    )

    def has_delete_permission(self, request, obj=None):
        return False  # a batch is the record of what was paid: never deleted, not even by a superuser

    @read_action(description=_("Export for the bank (CSV)"))
    def export_csv(self, request, queryset):
        batch = queryset.first()
        try:
            content = services.batch_csv(batch)
        except ValidationError as exc:
            self.message_user(request, "; ".join(exc.messages), messages.ERROR)
            return None
        privacy.log_access(
            request,
            action="export",
            obj=batch,
            count=batch.claims.count(),
            reason=_("payout batch for the bank"),
            categories=(Category.IDENTITY, Category.NATIONAL_NUMBER, Category.BANK, Category.HEALTH),
        )
        response = HttpResponse(content, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="payment-batch-{batch.pk}.csv"'
        return response

    mark_paid = service_action(
        lambda batch, user, reason: services.batch_mark_paid(batch=batch, paid_on=timezone.localdate()) and None,
        # issue #15: a batch paid by its SEPA transfer file is paid by the bank's statement (bank.payouts);
        # this is only for a batch the bank's statement cannot show: paid by another channel.
        description=_("Mark as paid today (paid outside the SEPA transfer file)"),
        permissions=["approve"],
        reason=True,
        consequence=_(
            "Only for a batch paid by another channel than its SEPA transfer file: a batch sent as a transfer "
            "file is paid when the bank's statement shows each transfer. Their claims are paid today and count "
            "for the caps; a paid claim is only recovered (Art. 7). Your name and reason are kept in the audit trail."
        ),
        select=lambda qs: qs.filter(status=PaymentBatchStatus.APPROVED),
        details=lambda batches: {b.pk: eur(b.total) for b in batches},
        total=lambda batches: eur(sum((b.total for b in batches), ZERO)),
        nothing=_("None of the selected batches is approved and unpaid."),
        done=_("%(n)d batches marked as paid."),
    )


# --- the member page shows what each benefit has used this year --------------------------------------


def benefit_usage_panel(member):
    rows = [
        r
        for r in selectors.benefit_usage_for_member(member_ids=[member.pk], year=timezone.localdate().year)[member.pk]
        if r["used_amount"] or r["used_units"]
    ]
    if not rows:
        return _("nothing used yet")
    body = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td style='text-align:right'>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                r["name"],
                r["article"],
                eur(r["used_amount"]),
                r["used_units"] or "",
                eur(r["remaining_amount"])
                if r["remaining_amount"] is not None
                else (r["remaining_units"] if r["remaining_units"] is not None else "—"),
            )
            for r in rows
        ),
    )
    return format_html(
        "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>{}</table>",
        _("benefit"),
        _("article"),
        _("paid"),
        _("units"),
        _("left"),
        body,
    )


# --- Rights nobody claims (issue #17): the clerks' worklist ---------------------------------------------------


class FindingAgeFilter(admin.SimpleListFilter):
    """How long ago the nightly scan first found it (a finding left alone grows old)."""

    title = _("found")
    parameter_name = "age"
    BANDS = {"week": (0, 7), "month": (8, 30), "quarter": (31, 90), "older": (91, None)}

    def lookups(self, request, model_admin):
        return [
            ("week", _("this week")),
            ("month", _("8 to 30 days ago")),
            ("quarter", _("31 to 90 days ago")),
            ("older", _("more than 90 days ago")),
        ]

    def queryset(self, request, queryset):
        band = self.BANDS.get(self.value() or "")
        if band is None:
            return queryset
        today = timezone.localdate()
        low, high = band
        queryset = queryset.filter(first_found__lte=today - timedelta(days=low))
        return queryset if high is None else queryset.filter(first_found__gte=today - timedelta(days=high))


class FindingOfficeFilter(admin.SimpleListFilter):
    """The office that serves the household. The fund records no office per household: its region of
    residence (Flanders, Brussels, Wallonia, abroad) stands for the regional office."""

    title = _("office (region)")
    parameter_name = "office"

    def lookups(self, request, model_admin):
        return list(Region.choices)

    def queryset(self, request, queryset):
        if self.value() in Region.values:
            return queryset.filter(household__region=self.value())
        return queryset


def _send_letter(finding, *, user, reason):
    letter = worklist.finding_send_letter(finding=finding, user=user, today=timezone.localdate())
    return Outcome(
        _("letter written (%(language)s): %(subject)s") % {"language": letter.language, "subject": letter.subject}
    )


def _dismiss(finding, *, user, reason):
    worklist.finding_dismiss(finding=finding, reason=reason, user=user, today=timezone.localdate())
    return None


@admin.register(Finding)
class FindingAdmin(PersonalDataAdmin, BigTableAdmin):
    """The worklist of rights nobody claims (issue #17): what a member very likely has and did not claim,
    found each night; the clerk invites the member by letter, or dismisses a finding that is no right."""

    list_display = (
        "id",
        "member",
        "kind",
        "amount_display",
        "deadline_display",
        "status",
        "first_found_display",
        "letter_sent_on",
    )
    list_filter = ("kind", "status", FindingOfficeFilter, FindingAgeFilter)
    list_select_related = ("member",)
    search_fields = ("=id", "=member__national_number", "=household__id")
    ordering = ("-first_found", "-id")
    readonly_fields = (
        "kind",
        "article",
        "member",
        "household",
        "subject_key",
        "amount",
        "deadline",
        "evidence",
        "note",
        "status",
        "first_found",
        "letter_sent_on",
        "letter",
        "closed_on",
        "dismissal_reason",
        "dismissed_by",
        "file_a_claim",
    )
    fields = readonly_fields
    actions = ["send_letter", "dismiss"]

    def access_categories(self, request, obj=None):
        return (Category.IDENTITY, Category.HEALTH)

    def has_add_permission(self, request):
        return False  # the nightly scan finds them

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and privacy.sees(request.user, Category.HEALTH)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and privacy.sees(request.user, Category.HEALTH)

    @admin.display(description=_("amount"), ordering="amount")
    def amount_display(self, obj):
        return eur(obj.amount) if obj.amount is not None else "—"

    @admin.display(description=_("claim until"), ordering="deadline")
    def deadline_display(self, obj):
        return short_date(obj.deadline) if obj.deadline else "—"

    @admin.display(description=_("first found"), ordering="first_found")
    def first_found_display(self, obj):
        return short_date(obj.first_found)

    @admin.display(description=_("file the claim"))
    def file_a_claim(self, obj):
        """The claim form for the member, with the benefit chosen (benefits' kinds only)."""
        from django.urls import reverse
        from django.utils.http import urlencode

        code = FINDING_BENEFIT.get(obj.kind)
        if code is None or obj.pk is None:
            return "—"
        benefit = Benefit.objects.filter(code=code).values_list("pk", flat=True).first()
        query = {"member": obj.member_id, **({"benefit": benefit} if benefit else {})}
        if obj.kind == "birth_premium" and obj.subject_key.startswith("child:"):
            query["child"] = obj.subject_key.partition(":")[2]
        url = reverse("admin:benefits_claim_add") + "?" + urlencode(query)
        return format_html('<a class="button" href="{}">{}</a>', url, _("File a claim"))

    send_letter = service_action(
        _send_letter,
        description=_("Send the invitation letter"),
        select=lambda qs: (
            qs.filter(status=FindingStatus.OPEN).exclude(kind__in=worklist.CLERK_ONLY_KINDS).order_by("pk")
        ),
        nothing=_("None of the selected findings is open."),
        done=_("Letters written: %(n)d."),
    )
    dismiss = service_action(
        _dismiss,
        description=_("Dismiss (no right), with the reason"),
        reason=True,
        select=lambda qs: qs.filter(status__in=FINDING_OPEN_STATUSES).order_by("pk"),
        consequence=_("The findings are closed and not found again."),
        nothing=_("None of the selected findings is open."),
        done=_("Dismissed: %(n)d."),
    )


#: The benefit a finding's claim is filed for.
FINDING_BENEFIT = {
    "birth_premium": "birth_premium",
    "diapers": "diapers",
    "toothbrush": "electric_toothbrush",
    "foot_care": "foot_care",
}


def findings_panel(member):
    """The member page's panel (issue #17): the rights the member (or its household) leaves unclaimed,
    still followed (open, letter sent). Self-contained: one query."""
    from django.urls import reverse

    rows = list(
        Finding.objects.filter(household_id=member.household_id, status__in=FINDING_OPEN_STATUSES)
        .select_related("member")
        .order_by("deadline", "id")[:20]
    )
    if not rows:
        return _("no unclaimed right found")
    body = format_html_join(
        "",
        "<tr><td><a href='{}'>{}</a></td><td>{}</td><td>{}</td><td style='text-align:right'>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                reverse("admin:benefits_finding_change", args=[f.pk]),
                f.get_kind_display(),
                f"{f.member.first_name} {f.member.last_name}",
                f.article,
                eur(f.amount) if f.amount is not None else "—",
                short_date(f.deadline) if f.deadline else "—",
                f.get_status_display(),
            )
            for f in rows
        ),
    )
    return format_html(
        "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>{}</table>",
        _("right"),
        _("for"),
        _("article"),
        _("amount"),
        _("claim until"),
        _("status"),
        body,
    )
