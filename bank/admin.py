"""The clerk's screens of the bank: mandates (with their amendments), collection runs (the pain.008
files), direct debits (credited or returned) and the households' correspondence. Every write goes
through ``bank.services``."""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from bank import payouts, rules, selectors, services
from bank.models import (
    CollectionItem,
    CollectionRun,
    ItemStatus,
    Mandate,
    MandateAmendment,
    MandateStatus,
    PayableBatch,
    PayoutFile,
    PayoutKind,
    PayoutTransfer,
    ReturnReasonCode,
    RunStatus,
)
from benefits.models import PaymentBatchStatus
from core import privacy
from core.admin import (
    ACTION_REASON_MIN_LENGTH,
    AuditedAdmin,
    BigTableAdmin,
    PersonalDataAdmin,
    ServiceAddAdmin,
    ServiceModelForm,
    service_action,
    service_form_view,
)
from core.formatting import eur, short_date
from core.money import ZERO
from core.months import Month
from core.privacy import Category
from members.models import Correspondence


def _household_link(household_id):
    url = reverse("admin:members_household_change", args=[household_id])
    return format_html('<a href="{}">{}</a>', url, household_id)


# --- mandates ---------------------------------------------------------------------------------------


class MandateAddForm(ServiceModelForm):
    """Registering a mandate *is* the service call: its refusals show on the form, nothing stored."""

    class Meta:
        model = Mandate
        fields = ("household", "debtor_name", "iban", "bic", "signed_on", "reference", "frequency")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "reference" in self.fields:
            self.fields["reference"].required = False

    def save_new(self, instance):
        return services.mandate_create(
            household=instance.household,
            iban=instance.iban,
            debtor_name=instance.debtor_name,
            signed_on=instance.signed_on,
            reference=instance.reference or "",
            bic=instance.bic or "",
            frequency=instance.frequency,
            user=getattr(self, "user", None),
        )


class AmendmentInline(admin.TabularInline):
    model = MandateAmendment
    fields = ("amended_at", "field", "old_value", "new_value", "other_bank", "reason", "amended_by")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class MandateAmendForm(forms.Form):
    iban = forms.CharField(label=_("IBAN"), max_length=42, required=False)
    bic = forms.CharField(label=_("BIC"), max_length=11, required=False)
    debtor_name = forms.CharField(label=_("debtor name"), max_length=70, required=False)
    reference = forms.CharField(label=_("mandate reference"), max_length=35, required=False)
    reason = forms.CharField(
        label=_("reason"),
        min_length=ACTION_REASON_MIN_LENGTH,
        max_length=200,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        help_text=_("e.g. the member's letter of 12/03 with the new account. Kept with the amendment."),
    )


@admin.register(Mandate)
class MandateAdmin(ServiceAddAdmin, PersonalDataAdmin, AuditedAdmin):
    form = MandateAddForm
    list_display = (
        "reference",
        "household_display",
        "debtor_name",
        "iban",
        "status",
        "frequency",
        "signed_on",
        "last_collection_on",
    )
    list_filter = ("status", "frequency")
    list_select_related = ("household",)
    search_fields = ("=reference", "=household__id", "=iban")
    autocomplete_fields = ("household",)
    inlines = [AmendmentInline]
    actions = ["suspend", "revoke", "reactivate"]
    history_categories = (Category.IDENTITY, Category.BANK)

    def access_categories(self, request, obj=None):
        return (Category.IDENTITY, Category.BANK)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("household", "debtor_name", "iban", "bic", "signed_on", "reference", "frequency")
        return (
            "reference",
            "household",
            "debtor_name",
            "iban",
            "bic",
            "signed_on",
            "frequency",
            "status",
            "status_reason",
            "status_changed_on",
            "last_collection_on",
            "expires_on_display",
            "next_sequence",
            "amend_link",
        )

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        return self.get_fields(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False  # a mandate is the record of what the member signed: revoked, never deleted

    @admin.display(description=_("household"), ordering="household_id")
    def household_display(self, obj):
        return _household_link(obj.household_id)

    @admin.display(description=_("expires on"))
    def expires_on_display(self, obj):
        if obj.status in (MandateStatus.REVOKED, MandateStatus.EXPIRED):
            return "—"
        return short_date(selectors.mandate_expires_on(obj))

    @admin.display(description=_("next collection"))
    def next_sequence(self, obj):
        return selectors.next_sequence_type(obj).value

    @admin.display(description=_("amend"))
    def amend_link(self, obj):
        if obj.status in (MandateStatus.REVOKED, MandateStatus.EXPIRED):
            return "—"
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:bank_mandate_amend", args=[obj.pk]),
            _("Amend IBAN, name or reference"),
        )

    def get_urls(self):
        return [
            path("<int:pk>/amend/", self.admin_site.admin_view(self.amend_view), name="bank_mandate_amend"),
            *super().get_urls(),
        ]

    def amend_view(self, request, pk):
        mandate = get_object_or_404(Mandate, pk=pk)
        initial = {"iban": mandate.iban, "bic": mandate.bic, "debtor_name": mandate.debtor_name}
        initial["reference"] = mandate.reference
        form = MandateAmendForm(request.POST or None, initial=initial)

        def call(data):
            changes = {name: data[name] for name in ("iban", "bic", "debtor_name", "reference") if name in data}
            changes = {name: value for name, value in changes.items() if value != "" or name == "bic"}
            done = services.mandate_amend(mandate=mandate, reason=data["reason"], user=request.user, **changes)
            if not done:
                return gettext("Nothing changed.")
            return gettext("%(n)d amendments recorded.") % {"n": len(done)}

        return service_form_view(
            self,
            request,
            mandate,
            form,
            call,
            title=_("Amend the mandate"),
            intro=_(
                "The old values are kept as amendments. An account at another bank makes the next collection "
                "a first one (FRST)."
            ),
        )

    suspend = service_action(
        lambda mandate, user, reason: services.mandate_suspend(mandate=mandate, reason=reason, user=user) and None,
        description=_("Suspend: no collection until reactivated"),
        reason=True,
        consequence=_("No direct debit is presented under these mandates until a clerk reactivates them."),
        select=lambda qs: qs.filter(status=MandateStatus.ACTIVE),
        nothing=_("None of the selected mandates is active."),
        done=_("%(n)d mandates suspended."),
    )
    revoke = service_action(
        lambda mandate, user, reason: services.mandate_revoke(mandate=mandate, reason=reason, user=user) and None,
        description=_("Revoke (the member ends the mandate)"),
        reason=True,
        consequence=_("A revoked mandate is never used again; the household signs a new one to pay by direct debit."),
        select=lambda qs: qs.filter(status__in=[MandateStatus.ACTIVE, MandateStatus.SUSPENDED]),
        nothing=_("None of the selected mandates is active or suspended."),
        done=_("%(n)d mandates revoked."),
    )
    reactivate = service_action(
        lambda mandate, user, reason: services.mandate_reactivate(mandate=mandate, reason=reason, user=user) and None,
        description=_("Reactivate a suspended mandate"),
        confirm=True,
        consequence=_("The next collection run collects the open months of these households again."),
        select=lambda qs: qs.filter(status=MandateStatus.SUSPENDED),
        nothing=_("None of the selected mandates is suspended."),
        done=_("%(n)d mandates reactivated."),
    )


# --- collection runs --------------------------------------------------------------------------------


class CollectionRunForm(ServiceModelForm):
    """A new collection run *is* the service call (``bank.services.collection_run_create``)."""

    class Meta:
        model = CollectionRun
        fields = ("collection_date",)

    def save_new(self, instance):
        result = services.collection_run_create(
            collection_date=instance.collection_date, today=timezone.localdate(), user=getattr(self, "user", None)
        )
        if result.run is None:
            raise ValidationError(
                {"collection_date": gettext("Nothing is due and collectable on that date: no file was made.")}
            )
        return result.run


@admin.register(CollectionRun)
class CollectionRunAdmin(ServiceAddAdmin, AuditedAdmin):
    form = CollectionRunForm
    list_display = (
        "message_id",
        "collection_date",
        "status",
        "item_count",
        "due_count",
        "total_display",
        "created_at",
        "created_by",
    )
    list_filter = ("status",)
    list_select_related = ("created_by",)
    date_hierarchy = "collection_date"
    actions = ["settle"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("xml")

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("collection_date",)
        return (
            "message_id",
            "collection_date",
            "status",
            "item_count",
            "due_count",
            "total_display",
            "sha256",
            "download",
            "items_link",
            "created_at",
            "created_by",
            "settled_on",
        )

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else self.get_fields(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False  # the record of what was asked from the members' accounts

    @admin.display(description=_("total"), ordering="total")
    def total_display(self, obj):
        return eur(obj.total)

    @admin.display(description=_("pain.008 file"))
    def download(self, obj):
        return format_html('<a href="{}">{}</a>', reverse("admin:bank_collectionrun_xml", args=[obj.pk]), obj.file_name)

    @admin.display(description=_("direct debits"))
    def items_link(self, obj):
        url = reverse("admin:bank_collectionitem_changelist") + f"?run__id__exact={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, gettext("%(n)d direct debits") % {"n": obj.item_count})

    def get_urls(self):
        return [
            path("<int:pk>/pain008.xml", self.admin_site.admin_view(self.xml_view), name="bank_collectionrun_xml"),
            *super().get_urls(),
        ]

    def xml_view(self, request, pk):
        run = get_object_or_404(CollectionRun, pk=pk)
        if not self.has_view_permission(request, run):
            raise PermissionDenied
        return _bank_file(
            request,
            run,
            count=run.item_count,
            reason=gettext("pain.008 file for the bank"),
            categories=(Category.IDENTITY, Category.BANK, Category.CONTRIBUTIONS),
        )

    settle = service_action(
        lambda run, user, reason: (
            gettext("%(n)d direct debits credited.")
            % {"n": services.collection_settle(run=run, on=run.collection_date, user=user, reason=reason)}
        ),
        description=_("The bank credited it: book the payments"),
        reason=True,
        consequence=_(
            "One payment per direct debit, dated on the collection date, settles the months it collected. "
            "A direct debit that came back is returned on its own page instead."
        ),
        select=lambda qs: qs.filter(status=RunStatus.GENERATED, collection_date__lte=timezone.localdate()),
        details=lambda runs: {r.pk: eur(r.total) for r in runs},
        total=lambda runs: eur(sum((r.total for r in runs), ZERO)),
        nothing=_("None of the selected runs is due and not yet credited."),
    )


# --- direct debits ----------------------------------------------------------------------------------


class ReturnForm(forms.Form):
    reason_code = forms.ChoiceField(label=_("return reason (ISO code)"), choices=ReturnReasonCode.choices)
    returned_on = forms.DateField(label=_("returned on"), help_text=_("The date on the bank's statement."))
    reason = forms.CharField(
        label=_("reason"),
        min_length=ACTION_REASON_MIN_LENGTH,
        max_length=200,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        help_text=_("e.g. the bank statement of 12/03, line 4. Kept in the audit trail with your name."),
    )


def _bank_file(request, obj, *, count: int, reason: str, categories) -> HttpResponse:
    """A stored file for the bank (``obj.xml``, ``obj.file_name``) as a download; reading it is logged as
    an export of the personal data it holds (core.privacy)."""
    privacy.log_access(request, action="export", obj=obj, count=count, reason=reason, categories=categories)
    response = HttpResponse(obj.xml, content_type="application/xml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{obj.file_name}"'
    return response


class BankRecordAdmin(PersonalDataAdmin, BigTableAdmin):
    """What the bank and the services wrote (collection items, transfers, statement entries, letters): a
    clerk reads it and acts through the actions, never edits, adds or deletes a row by hand."""

    def get_readonly_fields(self, request, obj=None):
        if type(self).get_fields is not admin.ModelAdmin.get_fields:  # the page lists its own fields
            return list(self.get_fields(request, obj))
        return [field.name for field in self.model._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("household"), ordering="household_id")
    def household_display(self, obj):
        return _household_link(obj.household_id) if obj.household_id else "—"

    @admin.display(description=_("amount"), ordering="amount")
    def amount_display(self, obj):
        return eur(obj.amount)


@admin.register(CollectionItem)
class CollectionItemAdmin(BankRecordAdmin):
    list_display = (
        "end_to_end_id",
        "run",
        "household_display",
        "mandate",
        "sequence_type",
        "amount_display",
        "status",
        "return_reason",
    )
    list_filter = ("status", "sequence_type", "return_reason")
    list_select_related = ("run", "mandate")
    search_fields = ("=end_to_end_id", "=household__id", "=mandate__reference")
    actions = None

    def access_categories(self, request, obj=None):
        return (Category.IDENTITY, Category.CONTRIBUTIONS)

    def get_queryset(self, request):
        return super().get_queryset(request).defer("run__xml")

    def get_fields(self, request, obj=None):
        return (
            "end_to_end_id",
            "run",
            "household",
            "mandate",
            "sequence_type",
            "amount",
            "status",
            "payment",
            "settled_on",
            "return_reason",
            "returned_on",
            "months",
            "return_link",
        )

    @admin.display(description=_("months"))
    def months(self, obj):
        return rules.months_text([Month.of(d) for d in obj.dues.values_list("month", flat=True)])

    @admin.display(description=_("return"))
    def return_link(self, obj):
        if obj.status == ItemStatus.RETURNED:
            return "—"
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:bank_collectionitem_return", args=[obj.pk]), _("Record a return")
        )

    def get_urls(self):
        return [
            path("<int:pk>/return/", self.admin_site.admin_view(self.return_view), name="bank_collectionitem_return"),
            *super().get_urls(),
        ]

    def return_view(self, request, pk):
        item = get_object_or_404(CollectionItem.objects.select_related("run", "mandate"), pk=pk)
        form = ReturnForm(request.POST or None, initial={"returned_on": timezone.localdate()})

        def call(data):
            services.collection_item_return(
                item=item,
                reason_code=data["reason_code"],
                on=data["returned_on"],
                user=request.user,
                reason=data["reason"],
            )
            meaning = rules.RETURN_REASONS[data["reason_code"]]
            if meaning.suspends_mandate:
                return gettext(
                    "Returned: the payment is reversed, the months are open again, the mandate is suspended."
                )
            return gettext("Returned: the payment is reversed, the months are open again.")

        return service_form_view(
            self,
            request,
            item,
            form,
            call,
            title=_("Record a returned direct debit"),
            intro=_(
                "The bank sent this direct debit back (R-transaction). Its payment is reversed, its months are "
                "open again and the household gets a letter; a reason such as AC04 (account closed) also suspends "
                "the mandate."
            ),
            submit=_("Record the return"),
        )


# --- the households' correspondence (members.Correspondence, written by the services) -----------------


@admin.register(Correspondence)
class CorrespondenceAdmin(BankRecordAdmin):
    list_display = ("created_at", "household_display", "kind", "channel", "language", "subject", "amount")
    list_filter = ("kind", "channel", "language")
    list_select_related = ("household",)
    search_fields = ("=household__id", "=source_key")
    actions = None

    def access_categories(self, request, obj=None):
        return (Category.IDENTITY, Category.CONTRIBUTIONS)

    def has_change_permission(self, request, obj=None):
        return False


# --- the member page shows the household's mandate and direct debits (returns with their reason) -------


def direct_debit_panel(member):
    mandate = selectors.active_mandate_for(member.household_id)
    rows = list(selectors.household_collections(member.household_id)[:12])
    if mandate is None and not rows:
        return _("no direct debit mandate")
    head = (
        format_html(
            '<p>{} <a href="{}">{}</a> — {}</p>',
            _("Mandate"),
            reverse("admin:bank_mandate_change", args=[mandate.pk]),
            mandate.reference,
            mandate.iban,
        )
        if mandate
        else format_html("<p>{}</p>", _("no active mandate"))
    )
    body = format_html_join(
        "",
        "<tr><td>{}</td><td style='text-align:right'>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                short_date(item.run.collection_date),
                eur(item.amount),
                item.get_status_display(),
                item.get_return_reason_display() if item.return_reason else "",
            )
            for item in rows
        ),
    )
    return format_html(
        "{}<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>{}</tbody></table>",
        head,
        _("collection date"),
        _("amount"),
        _("status"),
        _("return reason"),
        body,
    )


# --- payouts by SEPA credit transfer (pain.001.001.09, issue #15) ----------------------------------------


class PayoutFileForm(ServiceModelForm):
    """A new payout file *is* the service call (``bank.payouts.payout_file_create``): a year's
    maximum-invoice refunds or alarm subsidies (Art. 54), or a batch (also an action on the batches)."""

    class Meta:
        model = PayoutFile
        fields = ("kind", "source_id", "execution_date")
        help_texts = {"source_id": _("The batch's number, or the year of the refunds.")}

    def save_new(self, instance):
        return payouts.payout_file_create(
            kind=instance.kind,
            source_id=instance.source_id,
            execution_date=instance.execution_date,
            user=getattr(self, "user", None),
        )


class PayoutTransferInline(admin.TabularInline):
    model = PayoutTransfer
    fields = ("end_to_end_id", "payee_name", "iban", "amount", "remittance", "status", "reject_code", "reject_text")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(PayoutFile)
class PayoutFileAdmin(ServiceAddAdmin, AuditedAdmin):
    form = PayoutFileForm
    list_display = ("message_id", "kind", "source_id", "execution_date", "status", "transfer_count", "total_display")
    list_filter = ("status", "kind")
    list_select_related = ("created_by",)
    inlines = [PayoutTransferInline]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("xml")

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("kind", "source_id", "execution_date")
        return (
            "message_id",
            "kind",
            "source_id",
            "execution_date",
            "status",
            "transfer_count",
            "total_display",
            "sha256",
            "download",
            "created_at",
            "created_by",
        )

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else self.get_fields(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False  # the record of what the fund asked its bank to pay

    @admin.display(description=_("total"), ordering="total")
    def total_display(self, obj):
        return eur(obj.total)

    @admin.display(description=_("pain.001 file"))
    def download(self, obj):
        return format_html('<a href="{}">{}</a>', reverse("admin:bank_payoutfile_xml", args=[obj.pk]), obj.file_name)

    def get_urls(self):
        return [
            path("<int:pk>/pain001.xml", self.admin_site.admin_view(self.xml_view), name="bank_payoutfile_xml"),
            *super().get_urls(),
        ]

    def xml_view(self, request, pk):
        payout_file = get_object_or_404(PayoutFile, pk=pk)
        if not self.has_view_permission(request, payout_file):
            raise PermissionDenied
        response = _bank_file(
            request,
            payout_file,
            count=payout_file.transfer_count,
            reason=gettext("pain.001 file for the bank"),
            categories=(Category.IDENTITY, Category.BANK, Category.HEALTH),
        )
        if self.has_change_permission(request, payout_file):
            payouts.payout_file_mark_sent(payout_file=payout_file, user=request.user)
        return response


@admin.register(PayoutTransfer)
class PayoutTransferAdmin(BankRecordAdmin):
    """The transfers, and the clerk's list of those the bank rejected (filter: rejected) with its reason:
    correct the payee's account, then make a new file for the batch or year."""

    list_display = (
        "end_to_end_id",
        "file",
        "household_display",
        "payee_name",
        "amount_display",
        "status",
        "paid_on",
        "reject_code",
        "reject_text",
    )
    list_filter = ("status", "kind", "reject_code")
    list_select_related = ("file",)
    search_fields = ("=end_to_end_id", "=household__id", "=iban")
    actions = None

    def access_categories(self, request, obj=None):
        return (Category.IDENTITY, Category.BANK)

    def get_queryset(self, request):
        return super().get_queryset(request).defer("file__xml")

    def get_fields(self, request, obj=None):
        return (
            "end_to_end_id",
            "file",
            "kind",
            "item_id",
            "member",
            "household",
            "payee_name",
            "iban",
            "amount",
            "remittance",
            "status",
            "paid_on",
            "reject_code",
            "reject_text",
            "rejected_on",
        )


def _create_transfer_file(batch, user) -> str:
    made = payouts.payout_file_create(
        kind=PayoutKind.CLAIMS_BATCH, source_id=batch.pk, execution_date=timezone.localdate(), user=user
    )
    return gettext("file %(name)s, %(n)d transfers.") % {"name": made.message_id, "n": made.transfer_count}


@admin.register(PayableBatch)
class PayableBatchAdmin(AuditedAdmin):
    """The approved claims batches, paid by a pain.001 file (the CSV stays an export on the batch page)."""

    list_display = ("id", "status", "claim_count", "total_display", "approved_at", "paid_on")
    list_filter = ("status",)
    fields = ("status", "claim_count", "total_display", "approved_by", "approved_at", "paid_on")
    readonly_fields = fields
    actions = ["create_transfer_file"]

    def get_queryset(self, request):
        return super().get_queryset(request).exclude(status=PaymentBatchStatus.DRAFT)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_pay_permission(self, request):
        return request.user.has_perm("bank.add_payoutfile")

    @admin.display(description=_("total"), ordering="total")
    def total_display(self, obj):
        return eur(obj.total)

    create_transfer_file = service_action(
        lambda batch, user, reason: _create_transfer_file(batch, user),
        description=_("Create the transfer file (pain.001)"),
        permissions=["pay"],
        confirm=True,
        consequence=_(
            "One SEPA credit transfer per claim to the payee's account (a dependent's to the titular's), "
            "executed today. The claims are paid when the bank's statement shows each transfer."
        ),
        select=lambda qs: qs.filter(status=PaymentBatchStatus.APPROVED),
        details=lambda batches: {b.pk: eur(b.total) for b in batches},
        total=lambda batches: eur(sum((b.total for b in batches), ZERO)),
        nothing=_("None of the selected batches is approved and unpaid."),
    )


# --- bank statements in (CODA / camt.053): upload → preview → confirm, and the unmatched queue --------------

from django.core.cache import cache  # noqa: E402
from django.http import HttpResponseRedirect  # noqa: E402
from django.template.response import TemplateResponse  # noqa: E402

from bank import statements as statement_services  # noqa: E402
from bank.models import EntryOutcome, Statement, StatementEntry  # noqa: E402
from core.admin import add_service_errors  # noqa: E402

#: An uploaded file waits this long (seconds) for the clerk's confirmation of its preview.
STATEMENT_PREVIEW_SECONDS = 60 * 60


class StatementUploadForm(forms.Form):
    file = forms.FileField(
        label=_("statement file"),
        help_text=_("A CODA (.cod) or camt.053 (.xml) file as the bank sent it: the format is read from the content."),
    )


def _preview_key(user, token: str) -> str:
    return f"bank:statement-preview:{user.pk}:{token}"


@admin.register(Statement)
class StatementAdmin(AuditedAdmin):
    list_display = (
        "statement_date",
        "account_iban",
        "number",
        "format",
        "entry_count",
        "closing_balance",
        "file_name",
        "imported_at",
        "imported_by",
    )
    list_filter = ("format",)
    list_select_related = ("imported_by",)
    search_fields = ("=number", "=account_iban", "=sha256")
    date_hierarchy = "statement_date"
    actions = None

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields] + ["entries_link"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # what the bank said happened on the account

    @admin.display(description=_("entries"))
    def entries_link(self, obj):
        url = reverse("admin:bank_statemententry_changelist") + f"?statement__id__exact={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, gettext("%(n)d entries") % {"n": obj.entry_count})

    def get_urls(self):
        return [
            path("import/", self.admin_site.admin_view(self.import_view), name="bank_statement_import"),
            *super().get_urls(),
        ]

    def add_view(self, request, form_url="", extra_context=None):
        return HttpResponseRedirect(reverse("admin:bank_statement_import"))

    def import_view(self, request):
        """Upload (a dry run: the preview of what each entry will become), then confirm (applied)."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = StatementUploadForm(request.POST or None, request.FILES or None)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Import a bank statement (CODA, camt.053, camt.054 or pain.002)"),
            "form": form,
        }
        token = request.POST.get("confirm", "")
        if request.method == "POST" and token:
            stored = cache.get(_preview_key(request.user, token))
            if stored is None:
                context["form"] = StatementUploadForm()
                context["problems"] = [gettext("The preview has expired or was confirmed: upload the file again.")]
                return TemplateResponse(request, "admin/bank/statement_import.html", context)
            name, content = stored
            try:
                report = statement_services.statement_import(
                    file_bytes=content, file_name=name, user=request.user, dry_run=False
                )
            except ValidationError as exc:
                context["form"] = StatementUploadForm()
                context["problems"] = exc.messages
                return TemplateResponse(request, "admin/bank/statement_import.html", context)
            cache.delete(_preview_key(request.user, token))
            self.message_user(
                request, gettext("Imported %(name)s: %(summary)s") % {"name": name, "summary": report.summary}
            )
            return HttpResponseRedirect(reverse("admin:bank_statemententry_changelist") + "?outcome__exact=unmatched")
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            content = upload.read()
            try:
                report = statement_services.statement_import(
                    file_bytes=content, file_name=upload.name, user=request.user, dry_run=True
                )
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                import hashlib

                token = hashlib.sha256(content).hexdigest()[:32]
                cache.set(_preview_key(request.user, token), (upload.name, content), STATEMENT_PREVIEW_SECONDS)
                context.update(
                    {
                        "title": _("Preview: %(name)s") % {"name": upload.name},
                        "report": report,
                        "token": token,
                        "nothing_new": all(line.outcome == EntryOutcome.DUPLICATE for line in report.lines),
                    }
                )
        return TemplateResponse(request, "admin/bank/statement_import.html", context)


class AssignForm(forms.Form):
    household = forms.CharField(
        label=_("household"),
        max_length=30,
        help_text=_("Its structured communication (+++123/4567/89012+++) or its number."),
    )
    reason = forms.CharField(
        label=_("reason"),
        min_length=ACTION_REASON_MIN_LENGTH,
        max_length=200,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        help_text=_("e.g. the member's phone call of 12/03. Kept in the audit trail with your name."),
    )

    def clean_household(self):
        household_id = statement_services.household_of_reference(self.cleaned_data["household"])
        if household_id is None:
            raise ValidationError(_("Not a household number nor a valid structured communication."))
        return household_id


@admin.register(StatementEntry)
class StatementEntryAdmin(BankRecordAdmin):
    """The statements' entries; filtered on "unmatched" it is the clerk's queue."""

    list_display = (
        "booking_date",
        "amount_display",
        "counterparty_name",
        "counterparty_iban",
        "structured_communication",
        "communication",
        "outcome",
        "household_display",
        "assign_link",
    )
    list_filter = ("outcome", "credit", "statement__format")
    list_select_related = ("statement",)
    search_fields = ("=counterparty_iban", "=structured_communication", "=end_to_end_id", "=household__id")
    actions = ["not_ours", "to_refund"]

    def access_categories(self, request, obj=None):
        return (Category.IDENTITY, Category.BANK, Category.CONTRIBUTIONS)

    @admin.display(description=_("amount"), ordering="amount")
    def amount_display(self, obj):
        return eur(obj.amount) if obj.credit else f"-{eur(obj.amount)}"

    @admin.display(description=_("assign"))
    def assign_link(self, obj):
        if obj.outcome != EntryOutcome.UNMATCHED or not obj.credit:
            return "—"
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:bank_statemententry_assign", args=[obj.pk]),
            _("Assign to a household"),
        )

    def get_urls(self):
        return [
            path("<int:pk>/assign/", self.admin_site.admin_view(self.assign_view), name="bank_statemententry_assign"),
            *super().get_urls(),
        ]

    def assign_view(self, request, pk):
        entry = get_object_or_404(StatementEntry, pk=pk)
        form = AssignForm(request.POST or None)

        def call(data):
            done = statement_services.entry_assign(
                entry=entry, household=data["household"], user=request.user, reason=data["reason"]
            )
            return gettext("Assigned to household %(id)s: payment of %(amount)s.") % {
                "id": done.household_id,
                "amount": eur(done.amount),
            }

        return service_form_view(
            self,
            request,
            entry,
            form,
            call,
            title=_("Assign to a household"),
            intro=_(
                "A contribution payment of the household is recorded with this amount and date: it settles the "
                "oldest months the fund can still demand (Art. 8 §2), the rest pays months ahead."
            ),
            submit=_("Assign"),
        )

    not_ours = service_action(
        lambda entry, user, reason: (
            statement_services.entry_mark(entry=entry, outcome=EntryOutcome.NOT_OURS, user=user, reason=reason) and None
        ),
        description=_("Not ours: leave it out of the contributions"),
        reason=True,
        consequence=_("The entries leave the unmatched queue; nothing is booked for a household."),
        select=lambda qs: qs.filter(outcome=EntryOutcome.UNMATCHED),
        nothing=_("None of the selected entries is unmatched."),
        done=_("%(n)d entries marked not ours."),
    )
    to_refund = service_action(
        lambda entry, user, reason: (
            statement_services.entry_mark(entry=entry, outcome=EntryOutcome.TO_REFUND, user=user, reason=reason)
            and None
        ),
        description=_("To refund to the payer"),
        reason=True,
        consequence=_("The entries leave the unmatched queue as money the fund pays back."),
        select=lambda qs: qs.filter(outcome=EntryOutcome.UNMATCHED),
        details=lambda entries: {e.pk: eur(e.amount) for e in entries},
        nothing=_("None of the selected entries is unmatched."),
        done=_("%(n)d entries marked to refund."),
    )
