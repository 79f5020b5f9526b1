"""The clerk's screens for members, households and contributions."""

from datetime import date

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets
from django.contrib.admin.views.main import ALL_VAR, ORDER_VAR, PAGE_VAR, SEARCH_VAR
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import BigIntegerField, ExpressionWrapper, F, Q
from django.db.models.functions import Lower
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import formats, timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core import bounds, pagination, search
from core import selectors as core_selectors
from core.admin import (
    AuditedAdmin,
    BigTableAdmin,
    ImportExportAdmin,
    PersonalDataAdmin,
    ServiceAddAdmin,
    ServiceModelForm,
    fieldsets_for,
    service_action,
)
from core.formatting import eur, explained, short_date, status_badge
from core.formatting import month as month_text
from core.money import ZERO
from core.months import Month
from core.privacy import MEMBER_FIELDS, Category, categories_for, log_access, sees, visible
from members import bank_import, legacy_ledger, rules, selectors, services
from members.forms import HouseholdAddForm, HouseholdForm, IdentityFormMixin, identity_from_national_number
from members.models import (
    EXEMPTION_FIELDS,
    BankImport,
    BankImportStatus,
    ContributionPart,
    ContributionTable,
    Correspondence,
    CorrespondenceKind,
    EntitlementStatus,
    ExemptionKind,
    HardshipSituation,
    Household,
    IncreasedReimbursementPeriod,
    InsolvencyProcedure,
    LegacyLedgerImport,
    LegacyLedgerStatus,
    Member,
    Payment,
    PaymentSource,
    PriorAffiliation,
)
from members.panels import member_panels_for, panel_categories
from members.resources import MemberResource, PaymentResource


def _today():
    return timezone.localdate()


# --- Contribution tables (managers) --------------------------------------------------------------


class ContributionPartInline(admin.TabularInline):
    model = ContributionPart
    extra = 0


@admin.register(ContributionTable)
class ContributionTableAdmin(AuditedAdmin):
    list_display = ("name", "valid_from", "annual", "monthly", "synthetic")
    inlines = [ContributionPartInline]
    list_filter = ("synthetic",)

    @admin.display(description=_("per year"))
    def annual(self, obj):
        return eur(obj.annual_total)

    @admin.display(description=_("per month"))
    def monthly(self, obj):
        return eur(obj.monthly_total)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("parts")


# --- Members ------------------------------------------------------------------------------------


class PeriodInlineForm(forms.ModelForm):
    """A VT period or hardship situation on the member's page: recorded with the date of its proof
    (as through the API: ``services.vt_period_record`` / ``hardship_record``)."""

    def _post_clean(self):
        # overlaps are judged by the formset, on the rows as submitted (a row ended in the same
        # submission no longer overlaps the next one); the services check again when saving
        self.instance.overlap_checked_by_formset = True
        super()._post_clean()

    def clean(self):
        cleaned = super().clean()
        if (
            self.has_changed()
            and not cleaned.get("DELETE")
            and not cleaned.get("proof_date")
            and "proof_date" not in self.errors
        ):
            self.add_error("proof_date", _("Give the date of the proof (attest, decision or judgment)."))
        return cleaned


class PeriodInlineFormSet(forms.BaseInlineFormSet):
    """The member's periods as submitted (and any not shown) may not overlap within one kind: the
    refusal names the article on the row's field, as the model's clean() does for the API."""

    def clean(self):
        super().clean()
        model = self.model
        shown = {form.instance.pk for form in self.forms if form.instance.pk}
        kept = (
            []
            if self.instance.pk is None
            else [
                (tuple(getattr(p, f) for f in model.SAME_KIND_FIELDS), p.start, p.end)
                for p in model.objects.filter(member=self.instance).exclude(pk__in=shown)
            ]
        )
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data or data.get("DELETE") or not data.get("start") or {"start", "end"} & set(form.errors):
                continue
            key = tuple(data.get(f) for f in model.SAME_KIND_FIELDS)
            start, end = data["start"], data.get("end")
            problem = model.overlap_problem(start, end, [(s, e) for k, s, e in kept if k == key])
            for field, message in problem.items():
                form.add_error(field, message)
            kept.append((key, start, end))


class VTInline(admin.TabularInline):
    model = IncreasedReimbursementPeriod
    form = PeriodInlineForm
    formset = PeriodInlineFormSet
    fields = ("start", "end", "proof_date", "proof_reference")
    extra = 0


class HardshipInline(admin.TabularInline):
    model = HardshipSituation
    form = PeriodInlineForm
    formset = PeriodInlineFormSet
    fields = ("kind", "start", "end", "proof_date", "evidence")
    extra = 0


#: The services that record and correct each kind of period (shared with the API).
PERIOD_SERVICES = {
    IncreasedReimbursementPeriod: (services.vt_period_record, services.vt_period_correct, VTInline.fields),
    HardshipSituation: (services.hardship_record, services.hardship_correct, HardshipInline.fields),
}


class StatusFilter(admin.SimpleListFilter):
    title = _("entitlement status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return EntitlementStatus.choices

    def queryset(self, request, queryset):
        if self.value():
            prefix = "" if queryset.model is Household else "household__"
            return queryset.filter(**{f"{prefix}status__status": self.value()})
        return queryset


class RegionFilter(admin.SimpleListFilter):
    title = _("region")
    parameter_name = "region"

    def lookups(self, request, model_admin):
        from members.models import Region

        return Region.choices

    def queryset(self, request, queryset):
        return queryset.filter(household__region=self.value()) if self.value() else queryset


class MemberForm(IdentityFormMixin, forms.ModelForm):
    """issue #16: the national number as printed on the eID; birth date and gender taken from it when
    left empty, checked against it when given (members.forms)."""

    class Meta:
        model = Member
        fields = "__all__"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._identity_fields()

    def clean(self):
        cleaned = super().clean()
        identity_from_national_number(self, cleaned)
        # Art. 42.3: an exemption recorded or corrected here needs its proof, as through the API
        # (services.exemption_record / exemption_correct)
        for kind in ExemptionKind:
            touched = any(field in self.changed_data for field in kind.fields)
            if (
                touched
                and kind.proof_date_field in self.fields
                and cleaned.get(kind.start_field)
                and not cleaned.get(kind.proof_date_field)
                and kind.proof_date_field not in self.errors
            ):
                self.add_error(kind.proof_date_field, _("Give the date of the proof (attest or decision) (Art. 42.3)."))
        return cleaned


@admin.register(Member)
class MemberAdmin(ImportExportAdmin, PersonalDataAdmin, BigTableAdmin):
    form = MemberForm
    resource_classes = [MemberResource]
    export_permission = "members.export_member"
    export_categories = (
        Category.IDENTITY,
        Category.NATIONAL_NUMBER,
        Category.CONTACT,
        Category.BANK,
        Category.ELECTORAL,
    )
    list_display = ("full_name", "national_number_display", "birth_date_display", "role", "household_link", "status")
    list_filter = ("role", StatusFilter, RegionFilter, "is_fund_staff")
    list_select_related = ("household", "household__status")
    search_fields = ("national_number",)  # replaced by get_search_results: exact number or name prefix
    search_help_text = _("National number (with or without dots and dashes) or last name [first name] prefix.")
    autocomplete_fields = ("household",)
    readonly_fields = ("entitlement_today", "created_at", "panels")
    inlines = [VTInline, HardshipInline]
    fieldsets = (
        (None, {"fields": ("national_number", ("last_name", "first_name"), ("birth_date", "gender"))}),
        (
            _("Affiliation"),
            {
                "fields": (
                    "household",
                    "role",
                    ("affiliation_start", "titular_since", "affiliation_end"),
                    "entitlement_today",
                )
            },
        ),
        (_("Contact and payouts"), {"fields": (("email", "phone"), "language", "iban")}),
        (
            _("Facts for exemptions and elections"),
            {
                "fields": (
                    "is_fund_staff",
                    ("incapacity_66_from", "incapacity_66_until", "incapacity_66_proof_date", "incapacity_66_proof"),
                    (
                        "disability_allowance_from",
                        "disability_allowance_until",
                        "disability_allowance_proof_date",
                        "disability_allowance_proof",
                    ),
                )
            },
        ),
        (None, {"fields": ("created_at",)}),
    )

    #: Member fields by category, and the computed ones of this page.
    FIELD_CATEGORIES = {**MEMBER_FIELDS, "entitlement_today": Category.ENTITLEMENT}

    def get_fieldsets(self, request, obj=None):
        """Only the fields, and the other apps' panels, of the categories the role sees (need-to-know)."""
        fieldsets = fieldsets_for(request.user, super().get_fieldsets(request, obj), self.FIELD_CATEGORIES)
        if obj is not None and member_panels_for(request.user):
            fieldsets.insert(2, (_("Benefits and services"), {"fields": ("panels",)}))
        return fieldsets

    def get_inlines(self, request, obj):
        # Increased reimbursement (VT/BIM) and hardship situations are health and social data.
        return super().get_inlines(request, obj) if sees(request.user, Category.HEALTH) else []

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and set(form.changed_data) & set(EXEMPTION_FIELDS):
            # what an exemption recorded through the API does: re-price the unpaid months, recompute the status
            services.household_facts_changed(household_id=obj.household_id, reprice=True)

    def save_formset(self, request, form, formset, change):
        """VT periods and hardship situations are recorded and corrected through their services
        (locked, checked again, audited, and the household's status recomputed), as through the API."""
        if formset.model not in PERIOD_SERVICES:
            return super().save_formset(request, form, formset, change)
        record, correct, fields = PERIOD_SERVICES[formset.model]
        formset.save(commit=False)
        try:
            for obj in formset.deleted_objects:  # superusers only: nobody else deletes domain data
                obj.delete()
            # corrections first: a period ended here makes room for the one recorded after it
            for obj, changed in formset.changed_objects:
                correct(period=obj, **{name: getattr(obj, name) for name in changed if name in fields})
            for obj in formset.new_objects:
                record(member=form.instance, **{name: getattr(obj, name) for name in fields})
            if formset.deleted_objects and formset.model is HardshipSituation:
                services.household_facts_changed(household_id=form.instance.household_id, reprice=False)
        except ValidationError as exc:  # changed by someone else meanwhile: refused under the lock
            transaction.set_rollback(True)
            self.message_user(request, "; ".join(exc.messages), messages.ERROR)

    def get_list_display(self, request):
        return visible(
            request.user,
            super().get_list_display(request),
            {"national_number_display": Category.NATIONAL_NUMBER, "status": Category.ENTITLEMENT},
        )

    def get_list_filter(self, request):
        shown = categories_for(request.user)
        wanted = {StatusFilter: Category.ENTITLEMENT, "is_fund_staff": Category.ELECTORAL}
        return [f for f in super().get_list_filter(request) if wanted.get(f, Category.IDENTITY) in shown]

    def access_categories(self, request, obj=None):
        shown = {Category.IDENTITY}
        for field in flatten_fieldsets(self.get_fieldsets(request, obj)):
            shown.add(self.FIELD_CATEGORIES.get(field, Category.IDENTITY))
        if obj is not None:
            shown |= panel_categories()
            if self.get_inlines(request, obj):
                shown.add(Category.HEALTH)
        return shown

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is not None:
            obj.visible_panels = member_panels_for(request.user)  # the page's object: per request
        return obj

    @admin.display(description="")
    def panels(self, obj):
        panels = getattr(obj, "visible_panels", [])
        return format_html_join("", "<h3>{}</h3>{}", ((title, render(obj)) for title, render in panels))

    def default_return_url(self, request, obj):
        return _file_url(obj.household_id)  # issue #16: back on the household's file

    def get_search_results(self, request, queryset, search_term):
        if not search_term:
            return queryset, False
        page = request.GET.get(PAGE_VAR, "1")
        changelist = getattr(request.resolver_match, "url_name", "") == "members_member_changelist"  # not autocomplete
        if (
            changelist
            and ORDER_VAR not in request.GET
            and ALL_VAR not in request.GET
            and page.isascii()
            and page.isdigit()
        ):
            # issue #18: the ids of the pages up to this one, in name order (the list's ordering), found by
            # the covering indexes; their count for the paginator (get_paginator)
            limit = min(max(int(page), 1) * self.list_per_page, pagination.BOUND) + 1
            found = selectors.member_ids_in_name_order(search_term, queryset, limit=limit, bound=pagination.BOUND)
            if found is not None:
                ids, request.member_search_count = found
                return queryset.filter(pk__in=ids), False
        return selectors.member_search(search_term, queryset), False

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        paginator = super().get_paginator(request, queryset, per_page, orphans, allow_empty_first_page)
        count = getattr(request, "member_search_count", None)
        if count is not None:
            paginator.count = count  # the matches (at most BOUND), not the ids of the pages so far
        return paginator

    #: issue #16: what an autocomplete option shows (core.autocomplete): identity only, for every role
    autocomplete_categories = (Category.IDENTITY,)

    def autocomplete_label(self, request, obj):
        """“Peeters Jan, °14/03/1985 — household 12, titular”: name, birth date and household tell
        people apart without the national number (which not every role sees)."""
        return _("%(name)s, °%(born)s — household %(household)s, %(role)s") % {
            "name": f"{obj.last_name} {obj.first_name}",
            "born": short_date(obj.birth_date),
            "household": obj.household_id,
            "role": obj.get_role_display().lower(),
        }

    @admin.display(description=_("name"), ordering="last_name")
    def full_name(self, obj):
        return f"{obj.last_name} {obj.first_name}"

    @admin.display(description=_("national number"), ordering="national_number")
    def national_number_display(self, obj):
        return obj.national_number_display

    @admin.display(description=_("birth date"), ordering="birth_date")
    def birth_date_display(self, obj):
        return short_date(obj.birth_date)

    @admin.display(description=_("household"))
    def household_link(self, obj):
        url = _file_url(obj.household_id)  # issue #16: the household's member file
        return format_html('<a href="{}">{}</a>', url, obj.household_id)

    @admin.display(description=_("status"))
    def status(self, obj):
        status = getattr(obj.household, "status", None)
        if status is None:
            return "—"
        return status_badge(status.status, status.get_status_display())

    @admin.display(description=_("entitlement this month (Art. 8)"))
    def entitlement_today(self, obj):
        if not obj.pk:
            return "—"
        return _entitlement_html(obj, _today())


def _file_url(household_id):
    """The household's member file (issue #16, members.member_file)."""
    return reverse("admin:members_household_file", args=[household_id])


def _entitlement_html(member, day):
    """The member's Art. 8 status for the month of ``day`` with its reason (not affiliated, Art. 6, is a
    status like the others)."""
    result = selectors.entitlements_for(member_ids=[member.pk], event_month=Month.of(day), as_of=day)[member.pk]
    label = EntitlementStatus(result.status.value).label
    return format_html("{} {}", status_badge(result.status.value, label), explained(result))


# --- Households ---------------------------------------------------------------------------------


class MemberInline(admin.TabularInline):
    model = Member
    fields = ("link", "national_number", "birth_date", "role", "affiliation_start", "affiliation_end")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def get_fields(self, request, obj=None):
        return visible(request.user, super().get_fields(request, obj))

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=_("member"))
    def link(self, obj):
        return format_html(
            '<a href="{}">{} {}</a>',
            reverse("admin:members_member_change", args=[obj.pk]),
            obj.last_name,
            obj.first_name,
        )


class PaymentInline(admin.TabularInline):
    model = Payment
    fields = ("paid_on", "amount", "unallocated", "source", "communication", "bank_reference")
    readonly_fields = fields
    extra = 0
    can_delete = False
    ordering = ("-paid_on",)
    max_num = 0


@admin.register(Household)
class HouseholdAdmin(ServiceAddAdmin, PersonalDataAdmin, BigTableAdmin):
    form = HouseholdForm  # saved only with a titular (issue #16)
    add_form = HouseholdAddForm  # the household with its titular, on one page (issue #16)
    #: the add page: the address, then the titular (members.forms.HouseholdAddForm)
    add_fieldsets = (
        (None, {"fields": (("street", "postal_code", "city"), "region")}),
        (
            _("Titular"),
            {
                "fields": (
                    "national_number",
                    ("last_name", "first_name"),
                    ("birth_date", "gender"),
                    ("affiliation_start", "application_signed_on"),
                    ("email", "phone"),
                    "language",
                )
            },
        ),
    )
    list_display = ("id", "titular_name", "city", "region", "status_badge")
    list_filter = (StatusFilter, "region")
    list_select_related = ("status",)
    search_fields = ("=id",)
    search_help_text = _(
        "Household number, structured communication, street or postal code, IBAN, or a member's national number or "
        "name."
    )
    readonly_fields = (
        "payment_reference",
        "status_now",
        "materialised_status",
        "open_dues",
        "ledger",
        "status_history",
        "shortcuts",
        "history_facts",
        "correspondence",
    )
    fieldsets = (
        (None, {"fields": (("street", "postal_code", "city"), "region", "payment_reference", "shortcuts")}),
        (
            _("Entitlement (Art. 8)"),
            {"fields": ("status_now", "materialised_status", "status_history", "history_facts")},
        ),
        (_("Contributions"), {"fields": ("open_dues", "ledger")}),
        (_("Correspondence"), {"fields": ("correspondence",)}),  # issue #15: what the fund told the household
    )
    inlines = [MemberInline, PaymentInline]
    actions = ["recompute_status", "book_dues"]

    def default_return_url(self, request, obj):
        return _file_url(obj.pk)  # issue #16: a household saved (or registered with its titular): its file

    def get_queryset(self, request):
        # the list's titular column reads Household.titular, which uses the prefetched members (issue #14:
        # one query for the page, not one per household)
        return super().get_queryset(request).prefetch_related("members")

    #: The page's fields by category (core.privacy): the lending desk and the election bureau see the
    #: address, the members and the status, not the ledger and the payments.
    FIELD_CATEGORIES = {
        "payment_reference": Category.CONTRIBUTIONS,
        "shortcuts": Category.CONTRIBUTIONS,
        "open_dues": Category.CONTRIBUTIONS,
        "ledger": Category.CONTRIBUTIONS,
        "status_now": Category.ENTITLEMENT,
        "materialised_status": Category.ENTITLEMENT,
        "status_history": Category.ENTITLEMENT,
        "status_badge": Category.ENTITLEMENT,
        "history_facts": Category.CONTRIBUTIONS,
        # issue #15: reminders and direct-debit letters tell what is owed and paid
        "correspondence": Category.CONTRIBUTIONS,
    }

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return self.add_fieldsets
        return fieldsets_for(request.user, super().get_fieldsets(request, obj), self.FIELD_CATEGORIES)

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = self.add_form
        return super().get_form(request, obj, change=change, **kwargs)

    def get_inlines(self, request, obj):
        inlines = super().get_inlines(request, obj)
        return inlines if sees(request.user, Category.CONTRIBUTIONS) else [i for i in inlines if i is not PaymentInline]

    def get_list_display(self, request):
        return visible(request.user, super().get_list_display(request), self.FIELD_CATEGORIES)

    def get_list_filter(self, request):
        return super().get_list_filter(request) if sees(request.user, Category.ENTITLEMENT) else ("region",)

    def access_categories(self, request, obj=None):
        shown = {Category.IDENTITY} | {
            self.FIELD_CATEGORIES.get(f, Category.IDENTITY) for f in flatten_fieldsets(self.get_fieldsets(request, obj))
        }
        if obj is not None and sees(request.user, Category.NATIONAL_NUMBER):
            shown.add(Category.NATIONAL_NUMBER)  # the members inline
        return shown

    def access_household_id(self, obj):
        return obj.pk

    #: issue #16: what an autocomplete option shows (core.autocomplete): the titular's name and the address
    autocomplete_categories = (Category.IDENTITY,)

    def autocomplete_label(self, request, obj):
        """“Household 12 — Peeters Jan, Veldstraat 12, 9000 Gent” (the titular from the prefetched members)."""
        titular = obj.titular
        address = ", ".join(part for part in (obj.street, f"{obj.postal_code} {obj.city}".strip()) if part)
        return " — ".join(
            part
            for part in (
                str(_("Household %(id)s") % {"id": obj.pk}),
                f"{titular.last_name} {titular.first_name}" if titular else str(_("no titular")),
                address,
            )
            if part
        )

    def get_ordering(self, request):
        """Searched, the newest households first as unsearched, but ordered by ``id + 0``: on ``id`` PostgreSQL
        walked the primary key backwards testing each of 2.3 M households against the few hundred a name finds
        (``id IN (…) OR lower(street) LIKE …``: 2.9–3.7 s); on an expression no index serves it reads the
        matches (a bitmap of both) and sorts them (issue #18)."""
        if request.GET.get(SEARCH_VAR, "").strip() and ORDER_VAR not in request.GET:
            return [ExpressionWrapper(F("id") + 0, output_field=BigIntegerField()).desc()]
        return super().get_ordering(request)

    def get_search_results(self, request, queryset, search_term):
        """Issue #16: by number, structured communication, street or postal code, a member's national number
        or name (``selectors.household_search``), or an IBAN that pays for it (the bank's search provider,
        through ``core.selectors``: a mandate, a matched statement entry)."""
        if not search_term.strip():
            return queryset, False
        by_iban = []
        if search.parse(search_term).iban:
            by_iban = core_selectors.object_ids(request.user, search_term, group="households")
        return selectors.household_search(search_term, queryset, also=by_iban), False

    @admin.display(description=_("actions"))
    def shortcuts(self, obj):
        if not obj.pk:
            return "—"
        payment = reverse("admin:members_payment_add") + f"?household={obj.pk}"
        member = reverse("admin:members_member_add") + f"?household={obj.pk}&role=dependent"
        return format_html(
            '<a class="button" href="{}">{}</a> <a class="button" href="{}">{}</a>',
            payment,
            _("Record a payment"),
            member,
            _("Add a member"),
        )

    @admin.display(description=_("titular"))
    def titular_name(self, obj):
        titular = obj.titular
        if titular is None:
            return "—"  # issue #16: the titular's name opens the household's member file
        return format_html('<a href="{}">{} {}</a>', _file_url(obj.pk), titular.last_name, titular.first_name)

    @admin.display(description=_("status"))
    def status_badge(self, obj):
        status = getattr(obj, "status", None)
        return status_badge(status.status, status.get_status_display()) if status else "—"

    @admin.display(description=_("payment reference (structured communication)"))
    def payment_reference(self, obj):
        return obj.payment_reference if obj.pk else "—"

    @admin.display(description=_("this month, computed now"))
    def status_now(self, obj):
        titular = obj.titular if obj.pk else None
        if titular is None:
            return "—"
        return _entitlement_html(titular, _today())

    @admin.display(description=_("last nightly status"))
    def materialised_status(self, obj):
        status = getattr(obj, "status", None)
        if not status:
            return "—"
        return format_html(
            "{} {} ({})",
            status_badge(status.status, status.get_status_display()),
            status.reason_shown,  # in the reader's language (issue #16)
            short_date(status.month),
        )

    @admin.display(description=_("status history"))
    def status_history(self, obj):
        rows = selectors.status_changes_for_household(obj.pk) if obj.pk else []
        if not rows:
            return "—"
        return format_html_join(
            "",
            "<div>{} {} → {}</div>",
            (
                (short_date(r.changed_at.date()), r.get_old_status_display() or "—", r.get_new_status_display())
                for r in rows
            ),
        )

    @admin.display(description=_("history facts (Art. 8 §2 2° a–b, §3 2°)"))
    def history_facts(self, obj):
        """What the titular's entitlement rests on besides the ledger: debt settlements and
        bankruptcies (their judgments), periods before the affiliation, months brought from a
        legacy ledger."""
        titular = obj.titular if obj.pk else None
        if titular is None:
            return "—"
        facts = selectors.history_facts_for_member(member_id=titular.pk, household_id=obj.pk)
        rows = [
            (
                reverse("admin:members_insolvencyprocedure_change", args=[p.pk]),
                str(p),
                _("contributions owed up to %(month)s count as paid; %(court)s %(ref)s")
                % {
                    "month": month_text(rules.last_month_owed_before(p.judgment_date)),
                    "court": p.court,
                    "ref": p.case_reference,
                },
            )
            for p in facts.procedures
        ] + [
            (
                reverse("admin:members_prioraffiliation_change", args=[p.pk]),
                str(p),
                f"{p.fund} — " + (_("in order there") if p.in_order else _("not in order")) + f" ({p.proof})"
                if p.kind == "other_fund"
                else p.proof,
            )
            for p in facts.prior
        ]
        legacy = facts.legacy_months
        items = format_html_join("", '<li><a href="{}">{}</a>: {}</li>', rows)
        add = format_html(
            '<a class="button" href="{}?member={}">{}</a> <a class="button" href="{}?member={}">{}</a>',
            reverse("admin:members_insolvencyprocedure_add"),
            titular.pk,
            _("Record a debt settlement or bankruptcy"),
            reverse("admin:members_prioraffiliation_add"),
            titular.pk,
            _("Record a period before the affiliation"),
        )
        legacy_text = (
            (
                ngettext(
                    "%(n)d month brought from a legacy ledger.", "%(n)d months brought from a legacy ledger.", legacy
                )
                % {"n": legacy}
            )
            if legacy
            else ""
        )
        return format_html("<ul>{}</ul><p>{}</p>{}", items, legacy_text, add)

    @admin.display(description=_("open dues"))
    def open_dues(self, obj):
        if not obj.pk:
            return "—"
        summary = selectors.open_dues_summary(obj.pk, _today())
        text = _("none")
        if summary["count"]:
            months = ", ".join(f"{m:%m/%Y}" for m, _a in summary["months"][:24])
            text = format_html(
                "<strong>{}</strong> — {} {}: {}", eur(summary["total"]), summary["count"], _("months"), months
            )
        prescribed = summary["prescribed"]
        if prescribed["count"]:
            text = format_html(
                "{}<div>{}: {} — {} {}</div>",
                text,
                _("prescribed, no longer demanded (Art. 8 §2, five years)"),
                eur(prescribed["total"]),
                prescribed["count"],
                _("months"),
            )
        return text

    @admin.display(description=_("letters and messages, newest first"))
    def correspondence(self, obj):
        rows = list(selectors.household_correspondence(obj.pk)) if obj.pk else []
        if not rows:
            return "—"
        pdf = reverse("admin:members_household_letters")
        body = format_html_join(
            "",
            "<tr><td><a href='{}' title='{}'>{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
            "<td style='text-align:right'>{}</td></tr>",
            (
                (
                    f"{pdf}?day={timezone.localtime(letter.created_at).date():%Y-%m-%d}&kind={letter.kind}",
                    _("the day's letters of this kind, as one PDF to print"),
                    short_date(timezone.localtime(letter.created_at).date()),
                    letter.get_kind_display(),
                    letter.get_channel_display(),
                    letter.language.upper(),
                    letter.subject,
                    eur(letter.amount) if letter.amount is not None else "",
                )
                for letter in rows
            ),
        )
        return format_html(
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>"
            "<tbody>{}</tbody></table>",
            _("written"),
            _("kind"),
            _("channel"),
            _("language"),
            _("subject"),
            _("amount"),
            body,
        )

    def get_urls(self):
        return [
            path("letters/", self.admin_site.admin_view(self.letters_pdf_view), name="members_household_letters"),
            path(  # issue #16: the member file, the page a clerk works from
                "<path:object_id>/file/",
                self.admin_site.admin_view(self.member_file_view),
                name="members_household_file",
            ),
            *super().get_urls(),
        ]

    def member_file_view(self, request, object_id):
        from members import member_file

        return member_file.file_view(self, request, object_id)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "member_file_url": _file_url(object_id)}
        return super().change_view(request, object_id, form_url, extra_context)

    def letters_pdf_view(self, request):
        """The day's letters as one PDF to print, a page per letter (issue #15): ``?day=YYYY-MM-DD`` (today
        when omitted) and ``kind`` (reminder, prenotification, debit_returned; all when omitted)."""
        from django.http import HttpResponse, HttpResponseBadRequest

        from members import reminders

        if not (request.user.has_perm("members.view_correspondence") and sees(request.user, Category.CONTRIBUTIONS)):
            raise PermissionDenied
        try:
            day = date.fromisoformat(request.GET.get("day", "")) if request.GET.get("day") else _today()
        except ValueError:
            return HttpResponseBadRequest(_("day: give a date as YYYY-MM-DD."))
        kind = request.GET.get("kind") or None
        if kind is not None and kind not in CorrespondenceKind.values:
            return HttpResponseBadRequest(
                _("kind: one of %(kinds)s.") % {"kinds": ", ".join(CorrespondenceKind.values)}
            )
        content = reminders.letters_of_day_pdf(day, kind=kind)
        log_access(
            request,
            action="export",
            model=Correspondence,
            categories=[Category.IDENTITY, Category.CONTRIBUTIONS],
            reason=f"letters of {day:%d/%m/%Y}" + (f" ({kind})" if kind else ""),
        )
        response = HttpResponse(content, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="letters-{day:%Y-%m-%d}{"-" + kind if kind else ""}.pdf"'
        return response

    @admin.display(description=_("dues ledger (last 36 months)"))
    def ledger(self, obj):
        if not obj.pk:
            return "—"
        rows = selectors.household_ledger(obj.pk)
        body = format_html_join(
            "",
            "<tr><td>{}</td><td style='text-align:right'>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    f"{due.month:%m/%Y}",
                    eur(due.amount),
                    _paid_cell(due),
                    short_date(due.payment.paid_on) if due.payment else "",
                    due.exemption,
                )
                for due in rows
            ),
        )
        return format_html(
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>{}</tbody></table>",
            _("month"),
            _("due"),
            _("settled"),
            _("payment"),
            _("exemption"),
            body,
        )

    recompute_status = service_action(
        lambda households, user, reason: (
            _("%(n)d households recomputed, %(c)d changed.")
            % {
                "n": len(households),
                "c": sum(
                    services.statuses_refresh(as_of=_today(), id_range=(h.pk, h.pk + 1))["changed"] for h in households
                ),
            }
        ),
        description=_("Recompute the entitlement status now"),
        per_object=False,
    )
    book_dues = service_action(
        lambda households, user, reason: (
            _("%(n)d monthly dues booked.")
            % {"n": services.dues_book(through=Month.of(_today()), household_ids=[h.pk for h in households])}
        ),
        description=_("Book dues up to this month"),
        per_object=False,
    )


def _paid_cell(due):
    if due.settled_on is None:
        if rules.contribution_prescribed(Month.of(due.month), _today()):
            return format_html('<span style="color:#6b6b6b">{} ({})</span>', _("open"), _("prescribed"))
        return format_html('<span style="color:#b00020">{}</span>', _("open"))
    text = short_date(due.settled_on)
    if not due.paid_in_time:
        return format_html('{} <span style="color:#b35900">({})</span>', text, _("late"))
    return text


# --- Payments -----------------------------------------------------------------------------------


class PaymentForm(ServiceModelForm):
    """Recording a payment *is* the service call (``save_new``): every rule it refuses shows up on
    the form, on its field, and nothing is stored."""

    months = forms.CharField(
        label=_("months covered"),
        required=False,
        help_text=_(
            "YYYY-MM, separated by commas (e.g. 2026-01, 2026-02). Empty: settle the oldest open months first."
        ),
    )

    class Meta:
        model = Payment
        fields = ("household", "amount", "paid_on", "communication", "bank_reference")
        localized_fields = ("amount",)  # 1.234,56 as Belgians type it

    def clean_months(self):
        text = self.cleaned_data.get("months", "")
        try:
            return [Month.parse(part) for part in text.replace(";", ",").split(",") if part.strip()]
        except ValueError as exc:
            raise ValidationError(str(exc)) from exc

    def save_new(self, instance):
        self.result = services.payment_record(
            household=instance.household,
            amount=instance.amount,
            paid_on=instance.paid_on,
            months=self.cleaned_data.get("months") or None,
            source=PaymentSource.CLERK,
            bank_reference=instance.bank_reference or None,
            communication=instance.communication or "",
        )
        return self.result.payment


@admin.register(Payment)
class PaymentAdmin(ServiceAddAdmin, ImportExportAdmin, BigTableAdmin):
    form = PaymentForm
    resource_classes = [PaymentResource]
    # export here; bank statements are imported as background jobs (BankImportAdmin)
    change_list_template = "admin/members/payment/change_list.html"
    export_permission = "members.export_payment"  # bulk export: managers, with a reason (core.admin)
    export_categories = (Category.CONTRIBUTIONS,)
    list_display = (
        "paid_on_display",
        "household_link",
        "amount_display",
        "unallocated_display",
        "source",
        "communication",
        "reversed_on",
    )
    list_filter = ("source", ("reversed_on", admin.EmptyFieldListFilter))
    actions = ["reverse_payments"]
    list_select_related = ("household",)
    autocomplete_fields = ("household",)
    search_fields = ("=household__id", "=bank_reference")  # replaced by get_search_results
    search_help_text = _("Household number, bank reference, communication (or its beginning), or the payer's IBAN.")
    readonly_fields = ("settled_months",)

    def get_search_results(self, request, queryset, search_term):
        """Issue #16: also by communication — a structured communication finds its household's payments —
        and by the IBAN they were paid from (the bank's search provider, through ``core.selectors``)."""
        text = search.normalise(search_term)
        if not text:
            return queryset, False
        query = search.parse(text)
        # one condition on the payments table: PostgreSQL ORs the indexes (bank reference, household, the
        # communication's partial prefix index, ids) in a bitmap (a subquery here made it scan 11 M rows)
        # ``communication <> ''``: the partial prefix index (migration 0012) is used only when the query implies it
        condition = Q(bank_reference=text) | (Q(communication_lower__startswith=text.lower()) & ~Q(communication=""))
        for household_id in (query.number, query.household_reference):
            if household_id is not None and household_id <= bounds.MAX_ID:
                condition |= Q(household_id=household_id)
        if query.iban:
            condition |= Q(pk__in=core_selectors.object_ids(request.user, text, group="payments"))
        return queryset.annotate(communication_lower=Lower("communication")).filter(condition), False

    def has_delete_permission(self, request, obj=None):
        # A payment is part of the ledger: reverse it (the action), which reopens its months.
        return False

    def default_return_url(self, request, obj):
        return _file_url(obj.household_id)  # issue #16: back on the household's file

    def has_import_permission(self, request):
        # Statements are imported by BankImportAdmin: checked and applied in the background.
        return False

    def changelist_view(self, request, extra_context=None):
        extra_context = extra_context or {}
        extra_context["bank_import_url"] = (
            reverse("admin:members_bankimport_add") if request.user.has_perm("members.add_payment") else ""
        )
        return super().changelist_view(request, extra_context)

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("household", "amount", "paid_on", "months", "communication", "bank_reference")
        return (
            "household",
            "amount",
            "paid_on",
            "unallocated",
            "source",
            "communication",
            "bank_reference",
            "settled_months",
            "reversed_on",
            "reversal_reason",
        )

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        # A recorded payment is not edited: it settled months. Corrections are new entries.
        return self.get_fields(request, obj)

    def save_form(self, request, form, change):
        if not change:
            self.message_user(
                request,
                _("Settled: %(months)s")
                % {"months": ", ".join(f"{m.first_day:%m/%Y}" for m in form.result.months) or _("no whole month")},
                messages.SUCCESS,
            )
        return super().save_form(request, form, change)

    #: Reversing moves money back into arrears: like ``delete_selected``, the clerk first sees what will
    #: be reversed (each payment and the months it settled) and says why; only the confirmation reverses,
    #: each payment through ``services.payment_reverse`` (locked, checked again, audited with the reason).
    reverse_payments = service_action(
        lambda payment, user, reason: services.payment_reverse(payment=payment, reason=reason, on=_today()),
        description=_("Reverse the selected payments (their months become open again)"),
        reason=True,
        consequence=_(
            "The months these payments settled are open again and count as unpaid for the entitlement "
            "(Art. 8). The payments stay in the ledger, marked reversed with your reason."
        ),
        select=lambda qs: qs.filter(reversed_on__isnull=True).order_by("paid_on", "pk"),
        details=lambda payments: {
            pk: ", ".join(f"{m:%m/%Y}" for m in months) or "—"
            for pk, months in selectors.payment_months(payments).items()
        },
        total=lambda payments: eur(sum((p.amount for p in payments), ZERO)),
        label=lambda p: f"{short_date(p.paid_on)} {eur(p.amount)}",
        nothing=_("None of the selected payments can be reversed: they are reversed already."),
        done=_("%(n)d payments reversed."),
    )

    @admin.display(description=_("paid on"), ordering="paid_on")
    def paid_on_display(self, obj):
        return short_date(obj.paid_on)

    @admin.display(description=_("amount"), ordering="amount")
    def amount_display(self, obj):
        return eur(obj.amount)

    @admin.display(description=_("unallocated"))
    def unallocated_display(self, obj):
        return eur(obj.unallocated) if obj.unallocated else ""

    @admin.display(description=_("household"))
    def household_link(self, obj):
        return format_html('<a href="{}">{}</a>', _file_url(obj.household_id), obj.household_id)

    @admin.display(description=_("months settled"))
    def settled_months(self, obj):
        return ", ".join(f"{d:%m/%Y}" for d in selectors.payment_months([obj])[obj.pk]) or "—"


# --- Bank statement imports ----------------------------------------------------------------------


class BankImportUploadForm(forms.ModelForm):
    """The upload *is* the service call (as for a payment): stored, then checked in the background."""

    statement = forms.FileField(
        label=_("bank statement"),
        help_text=_(
            "CSV (separated by ; or ,) or XLSX, in UTF-8, UTF-16 or Windows-1252/Latin-1. Columns: date (dd/mm/yyyy); "
            "amount (1.234,56); communication (the household's +++…+++); bank_reference; optional months "
            "(2026-01 2026-02) and household. The file is checked first: nothing is paid before you apply it, "
            "and nothing at all when a line is wrong."
        ),
    )

    class Meta:
        model = BankImport
        fields = ()

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("statement")
        if upload is None:
            return cleaned
        if upload.size > settings.BANK_IMPORT_MAX_BYTES:
            self.add_error(
                "statement",
                _("The file is larger than %(mb)d MB: split the statement.")
                % {"mb": settings.BANK_IMPORT_MAX_BYTES // (1024 * 1024)},
            )
            return cleaned
        try:
            self.job = bank_import.bank_import_upload(
                file_name=upload.name, content=upload.read(), user=self.user, language=translation.get_language()
            )
        except ValidationError as exc:
            for _field, errors in exc.message_dict.items():
                self.add_error("statement", errors)
        return cleaned


@admin.register(BankImport)
class BankImportAdmin(AuditedAdmin):
    """Upload a statement → its page shows the check's progress, the errors or the preview, and an
    "Apply" button → the result. Clerks (who record payments) upload and apply; others read."""

    form = BankImportUploadForm
    change_form_template = "admin/members/bankimport/change_form.html"
    list_display = (
        "uploaded_at_display",
        "file_name",
        "uploaded_by",
        "status_display",
        "rows_total",
        "payments",
        "amount_display",
    )
    list_filter = ("status",)
    list_select_related = ("uploaded_by",)
    search_fields = ("file_name", "=sha256")
    actions = None
    show_full_result_count = False
    readonly_fields = (
        "file_name",
        "status_display",
        "progress",
        "result",
        "row_errors",
        "failure",
        "file_facts",
        "uploaded_by",
        "uploaded_at",
        "validated_at",
        "applied_by",
        "applied_at",
    )

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("statement",)
        return (
            "file_name",
            "status_display",
            "progress",
            "result",
            "row_errors",
            "failure",
            "file_facts",
            ("uploaded_by", "uploaded_at"),
            "validated_at",
            ("applied_by", "applied_at"),
        )

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else self.readonly_fields

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    def get_queryset(self, request):
        # the statement's bytes stay in the database: the pages never need them
        return super().get_queryset(request).defer("content")

    def has_add_permission(self, request):
        return request.user.has_perm("members.add_payment")

    def has_change_permission(self, request, obj=None):
        return False  # an import is read; it changes by its own steps (check, apply)

    def has_delete_permission(self, request, obj=None):
        return False  # the record of what was imported, who uploaded and who applied it

    def save_form(self, request, form, change):
        return form.job

    def save_model(self, request, obj, form, change):
        """Nothing to do: the service stored the import in the form's ``clean()``."""

    def save_related(self, request, form, formsets, change):
        """No relations are edited here."""

    def response_add(self, request, obj, post_url_continue=None):
        self.message_user(
            request,
            _("Statement uploaded: it is being checked. Nothing is paid before you apply it."),
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:members_bankimport_change", args=[obj.pk]))

    def get_urls(self):
        return [
            path(
                "<int:object_id>/apply/", self.admin_site.admin_view(self.apply_view), name="members_bankimport_apply"
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        job = self.get_object(request, object_id)
        extra_context = extra_context or {}
        if job is not None:
            extra_context.update(
                running=job.running,
                can_apply=job.status == BankImportStatus.VALIDATED and request.user.has_perm("members.add_payment"),
                apply_url=reverse("admin:members_bankimport_apply", args=[job.pk]),
            )
        return super().change_view(request, object_id, form_url, extra_context)

    def apply_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.has_perm("members.add_payment"):
            raise PermissionDenied
        job = get_object_or_404(BankImport.objects.defer("content"), pk=object_id)
        with transaction.atomic():
            queued = bank_import.bank_import_request_apply(
                job=job, user=request.user, language=translation.get_language()
            )
        if queued:
            self.message_user(request, _("The statement is being applied."), messages.SUCCESS)
        else:
            job.refresh_from_db(fields=["status"])
            self.message_user(
                request,
                _("Refused: only a checked statement without errors is applied (this one is: %(status)s).")
                % {"status": job.get_status_display()},
                messages.ERROR,
            )
        return HttpResponseRedirect(reverse("admin:members_bankimport_change", args=[job.pk]))

    @admin.display(description=_("uploaded at"), ordering="uploaded_at")
    def uploaded_at_display(self, obj):
        return formats.date_format(timezone.localtime(obj.uploaded_at), "SHORT_DATETIME_FORMAT")

    @admin.display(description=_("status"), ordering="status")
    def status_display(self, obj):
        return format_html("<strong>{}</strong>", obj.get_status_display())

    @admin.display(description=_("total amount"))
    def amount_display(self, obj):
        return eur(obj.amount_total) if obj.payments else ""

    @admin.display(description=_("progress"))
    def progress(self, obj):
        if not obj.running:
            return format_html("{} / {} {}", obj.rows_done, obj.rows_total, _("rows"))
        phase, done, total = bank_import.progress_of(obj)
        phases = {"reading": _("reading"), "checking": _("checking"), "applying": _("writing")}
        if not total:
            return _("Waiting for the worker … (this page refreshes itself)")
        return format_html(
            "{}: {} / {} {} ({}) — {}",
            phases.get(phase, phase),
            done,
            total,
            _("rows"),
            f"{100 * done // total} %",
            _("this page refreshes itself"),
        )

    @admin.display(description=_("result"))
    def result(self, obj):
        if obj.status not in (BankImportStatus.VALIDATED, BankImportStatus.APPLYING, BankImportStatus.APPLIED):
            return "—"
        title = _("Applied") if obj.status == BankImportStatus.APPLIED else _("Preview: what applying will record")
        rows = (
            (_("payments"), obj.payments),
            (_("households"), obj.households),
            (_("total amount"), eur(obj.amount_total)),
            (_("months settled"), obj.months_settled),
            (_("unallocated credit"), eur(obj.unallocated)),
        )
        return format_html(
            "<p><strong>{}</strong></p><table><tbody>{}</tbody></table>",
            title,
            format_html_join("", "<tr><th>{}</th><td>{}</td></tr>", rows),
        )

    @admin.display(description=_("errors"))
    def row_errors(self, obj):
        if not obj.error_count:
            return "—"
        labels = {
            "paid_on": _("date"),
            "amount": _("amount"),
            "communication": _("communication"),
            "bank_reference": _("bank reference"),
            "household": _("household"),
            "months": _("months"),
            "file": _("file"),
        }
        body = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (error["row"] or _("file"), labels.get(error["field"], error["field"]), error["message"])
                for error in obj.errors
            ),
        )
        more = obj.error_count - len(obj.errors)
        tail = (
            format_html(
                "<p>{}</p>", ngettext("… and %(n)d more error.", "… and %(n)d more errors.", more) % {"n": more}
            )
            if more > 0
            else ""
        )
        return format_html(
            '<p class="errornote">{}</p><table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>'
            "<tbody>{}</tbody></table>{}",
            ngettext(
                "%(n)d error: nothing was imported. Correct the statement and upload it again.",
                "%(n)d errors: nothing was imported. Correct the statement and upload it again.",
                obj.error_count,
            )
            % {"n": obj.error_count},
            _("row"),
            _("field"),
            _("error"),
            body,
            tail,
        )

    @admin.display(description=_("file"))
    def file_facts(self, obj):
        return format_html(
            "{} · {} · {} {} · SHA-256 {}",
            obj.file_format.upper() or "—",
            obj.encoding or "—",
            obj.size,
            _("bytes"),
            obj.sha256,
        )


# --- Art. 8 §3 2°, §4 2°: collective debt settlement and bankruptcy ----------------------------------


class InsolvencyProcedureForm(ServiceModelForm):
    class Meta:
        model = InsolvencyProcedure
        fields = ("member", "kind", "judgment_date", "court", "case_reference", "proof", "ended_on")

    def clean_ended_on(self):
        ended = self.cleaned_data.get("ended_on")
        if ended:
            problem = bounds.past_date_problem(ended, today=_today())
            if problem:
                raise ValidationError(problem)
        return ended

    def save_new(self, instance):
        return services.insolvency_procedure_record(
            member=instance.member,
            kind=instance.kind,
            judgment_date=instance.judgment_date,
            court=instance.court,
            case_reference=instance.case_reference,
            proof=instance.proof,
            ended_on=instance.ended_on,
            user=getattr(self, "user", None),
        )


class MemberFactAdmin(ServiceAddAdmin, PersonalDataAdmin, AuditedAdmin):
    """Facts a clerk records on a titular from a document; corrections of a recorded fact are the
    superuser's (nobody else deletes domain data, core.roles)."""

    autocomplete_fields = ("member",)
    list_select_related = ("member",)
    search_fields = ("=member__household__id",)
    search_help_text = _("Household number.")

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    def access_categories(self, request, obj=None):
        return (Category.IDENTITY, Category.CONTRIBUTIONS)

    def access_household_id(self, obj):
        return obj.member.household_id

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        editable = {"ended_on"}
        return [f for f in self.form._meta.fields if f not in editable] + ["created_at", "recorded_by"]

    @admin.display(description=_("household"))
    def household_link(self, obj):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:members_household_change", args=[obj.member.household_id]),
            obj.member.household_id,
        )


@admin.register(InsolvencyProcedure)
class InsolvencyProcedureAdmin(MemberFactAdmin):
    form = InsolvencyProcedureForm
    list_display = (
        "member",
        "household_link",
        "kind",
        "judgment_date",
        "counted_as_paid",
        "court",
        "case_reference",
        "ended_on",
    )
    list_filter = ("kind",)

    @admin.display(description=_("counted as paid up to"))
    def counted_as_paid(self, obj):
        return month_text(rules.last_month_owed_before(obj.judgment_date))


class PriorAffiliationForm(ServiceModelForm):
    class Meta:
        model = PriorAffiliation
        fields = ("member", "kind", "first_month", "last_month", "fund", "in_order", "proof")

    def _first_of_month(self, name):
        day = self.cleaned_data.get(name)
        return Month.of(day).first_day if day else day

    def clean_first_month(self):
        return self._first_of_month("first_month")

    def clean_last_month(self):
        return self._first_of_month("last_month")

    def save_new(self, instance):
        return services.prior_affiliation_record(
            member=instance.member,
            kind=instance.kind,
            first_month=Month.of(instance.first_month),
            last_month=Month.of(instance.last_month),
            fund=instance.fund,
            in_order=instance.in_order,
            proof=instance.proof,
            user=getattr(self, "user", None),
        )


@admin.register(PriorAffiliation)
class PriorAffiliationAdmin(MemberFactAdmin):
    form = PriorAffiliationForm
    list_display = ("member", "household_link", "kind", "first_month", "last_month", "fund", "in_order")
    list_filter = ("kind", "in_order")

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else [*self.form._meta.fields, "created_at", "recorded_by"]


# --- The legacy ledger (a fund's former system), for managers --------------------------------------


class LegacyLedgerUploadForm(forms.ModelForm):
    """The upload *is* the check (the dry run): the file is read and every row checked at once."""

    ledger = forms.FileField(
        label=_("legacy ledger"),
        help_text=_(
            "CSV (separated by ; or ,) or XLSX. Columns: household (the number here) or national_number (of a member "
            "of the household); month (2024-03); amount (9,50: the month's contribution); paid_on (dd/mm/yyyy, "
            "empty when unpaid). The file is checked first: nothing is added before you apply it, and nothing "
            "at all when a row is wrong. Months already imported with the same values are not added again."
        ),
    )

    class Meta:
        model = LegacyLedgerImport
        fields = ()

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("ledger")
        if upload is None:
            return cleaned
        if upload.size > settings.BANK_IMPORT_MAX_BYTES:
            self.add_error(
                "ledger",
                _("The file is larger than %(mb)d MB: split it.")
                % {"mb": settings.BANK_IMPORT_MAX_BYTES // (1024 * 1024)},
            )
            return cleaned
        try:
            self.job = legacy_ledger.legacy_ledger_upload(file_name=upload.name, content=upload.read(), user=self.user)
        except ValidationError as exc:
            for _field, errors in exc.message_dict.items():
                self.add_error("ledger", errors)
        return cleaned


@admin.register(LegacyLedgerImport)
class LegacyLedgerImportAdmin(AuditedAdmin):
    """Upload a legacy ledger → its page shows the dry run (what would be added) or the row errors,
    and an "Apply" button. Managers holding ``members.import_legacy_ledger`` upload and apply."""

    form = LegacyLedgerUploadForm
    change_form_template = "admin/members/legacyledgerimport/change_form.html"
    list_display = (
        "uploaded_at",
        "file_name",
        "uploaded_by",
        "status",
        "rows_total",
        "months_new",
        "months_unchanged",
        "error_count",
    )
    list_filter = ("status",)
    list_select_related = ("uploaded_by",)
    actions = None
    readonly_fields = (
        "file_name",
        "status",
        "result",
        "row_errors",
        "sha256",
        "uploaded_by",
        "uploaded_at",
        "applied_by",
        "applied_at",
    )

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("ledger",)
        return (
            "file_name",
            "status",
            "result",
            "row_errors",
            "sha256",
            ("uploaded_by", "uploaded_at"),
            ("applied_by", "applied_at"),
        )

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else self.readonly_fields

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    def get_queryset(self, request):
        return super().get_queryset(request).defer("content")

    def has_add_permission(self, request):
        return request.user.has_perm("members.import_legacy_ledger")

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_form(self, request, form, change):
        return form.job

    def save_model(self, request, obj, form, change):
        """Nothing to do: the service stored the import (and its check) in the form's ``clean()``."""

    def save_related(self, request, form, formsets, change):
        """No relations are edited here."""

    def response_add(self, request, obj, post_url_continue=None):
        if obj.status == LegacyLedgerStatus.CHECKED:
            self.message_user(
                request, _("Checked (dry run): nothing was added yet. Apply it to add the months."), messages.SUCCESS
            )
        else:
            self.message_user(request, _("Refused: rows with errors, nothing was imported."), messages.ERROR)
        return HttpResponseRedirect(reverse("admin:members_legacyledgerimport_change", args=[obj.pk]))

    def get_urls(self):
        return [
            path(
                "<int:object_id>/apply/",
                self.admin_site.admin_view(self.apply_view),
                name="members_legacyledgerimport_apply",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        job = self.get_object(request, object_id)
        extra_context = extra_context or {}
        if job is not None:
            extra_context.update(
                can_apply=job.status == LegacyLedgerStatus.CHECKED
                and job.months_new > 0
                and request.user.has_perm("members.import_legacy_ledger"),
                apply_url=reverse("admin:members_legacyledgerimport_apply", args=[job.pk]),
            )
        return super().change_view(request, object_id, form_url, extra_context)

    def apply_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.has_perm("members.import_legacy_ledger"):
            raise PermissionDenied
        job = get_object_or_404(LegacyLedgerImport.objects.defer("content"), pk=object_id)
        try:
            job = legacy_ledger.legacy_ledger_apply(job=job, user=request.user)
        except ValidationError as exc:
            self.message_user(request, "; ".join(exc.messages), messages.ERROR)
        else:
            if job.status == LegacyLedgerStatus.APPLIED:
                self.message_user(
                    request,
                    ngettext(
                        "Applied: %(n)d month added. The statuses follow tonight (or recompute the households now).",
                        "Applied: %(n)d months added. The statuses follow tonight (or recompute the households now).",
                        job.months_new,
                    )
                    % {"n": job.months_new},
                    messages.SUCCESS,
                )
            else:
                self.message_user(
                    request, _("Refused: rows became wrong meanwhile; nothing was imported."), messages.ERROR
                )
        return HttpResponseRedirect(reverse("admin:members_legacyledgerimport_change", args=[job.pk]))

    @admin.display(description=_("result"))
    def result(self, obj):
        title = _("Applied") if obj.status == LegacyLedgerStatus.APPLIED else _("Dry run: what applying adds")
        rows = (
            (_("rows"), obj.rows_total),
            (_("months added") if obj.status == LegacyLedgerStatus.APPLIED else _("months to add"), obj.months_new),
            (_("months already imported (not added again)"), obj.months_unchanged),
            (_("households"), obj.households),
        )
        return format_html(
            "<p><strong>{}</strong></p><table><tbody>{}</tbody></table>",
            title,
            format_html_join("", "<tr><th>{}</th><td>{}</td></tr>", rows),
        )

    @admin.display(description=_("errors"))
    def row_errors(self, obj):
        if not obj.error_count:
            return "—"
        body = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            ((error["row"] or _("file"), error["field"], error["message"]) for error in obj.errors),
        )
        return format_html(
            '<p class="errornote">{}</p><table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>{}</tbody>'
            "</table>",
            ngettext("%(n)d error: nothing was imported.", "%(n)d errors: nothing was imported.", obj.error_count)
            % {"n": obj.error_count},
            _("row"),
            _("field"),
            _("error"),
            body,
        )
