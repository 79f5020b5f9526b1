"""The lending desk's screens: price list, stock, rentals with their invoice, refunds."""

import io

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminDateWidget
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from core import bounds, csvsafe, privacy
from core.admin import (
    AuditedAdmin,
    BigTableAdmin,
    PersonalDataAdmin,
    ServiceAddAdmin,
    ServiceModelForm,
    add_service_errors,
    read_action,
    service_action,
    service_form_view,
)
from core.formatting import eur, short_date
from core.money import ZERO
from core.privacy import Category
from core.reasons import Reason, render
from lending import rules, selectors, services
from lending.models import (
    Accessory,
    AlarmSubsidy,
    CareFee,
    IncontinenceSale,
    Item,
    MaxInvoiceRefund,
    Office,
    PriceVersion,
    RefundStatus,
    Rental,
    RentalStatus,
    Reservation,
    StockUnit,
    UnitState,
)
from lending.services import UNIT_STATES_SET_BY_HAND


@admin.register(Office)
class OfficeAdmin(AuditedAdmin):
    list_display = ("name", "city")


class PriceVersionInline(admin.TabularInline):
    model = PriceVersion
    extra = 0
    fields = (
        "valid_from",
        "day_price",
        "fixed_cost",
        "shipping_in_fixed_cost",
        "installation",
        "forfait_days",
        "first_month_free_after_birth",
        "excluded_from_max_invoice",
        "delivered",
        "interventions",
    )


@admin.register(Item)
class ItemAdmin(AuditedAdmin):
    list_display = ("code", "localized_name", "group", "available_units", "active")
    list_filter = ("group", "active")
    search_fields = ("code", "name", "name_nl")
    inlines = [PriceVersionInline]

    def get_queryset(self, request):
        return (
            super().get_queryset(request).annotate(available=Count("units", filter=Q(units__state=UnitState.AVAILABLE)))
        )

    @admin.display(description=_("available units"), ordering="available")
    def available_units(self, obj):
        return obj.available


@admin.register(Accessory)
class AccessoryAdmin(AuditedAdmin):
    list_display = ("code", "name", "price", "valid_from", "for_item")


@admin.register(StockUnit)
class StockUnitAdmin(AuditedAdmin):
    list_display = ("serial", "item", "office", "state")
    list_filter = ("state", "office", "item__group")
    list_select_related = ("item", "office")
    search_fields = ("=serial", "item__code")
    actions = ["mark_available", "mark_repair"]
    autocomplete_select_related = ("item", "office")

    def autocomplete_label(self, request, obj):
        """issue #16: a rental or reservation picks its unit by item, serial, office and state."""
        return f"{obj.item.code} #{obj.serial} — {obj.item} — {obj.office} — {obj.get_state_display()}"

    mark_available = service_action(
        lambda unit, user, reason: services.stock_unit_set_state(unit=unit, state=UnitState.AVAILABLE, user=user),
        description=_("Checked and cleaned: available again"),
        select=lambda qs: qs.filter(state__in=UNIT_STATES_SET_BY_HAND[UnitState.AVAILABLE]),
        nothing=_("None of the selected units is being cleaned or in repair."),
        done=_("%(n)d units available."),
    )
    mark_repair = service_action(
        lambda unit, user, reason: services.stock_unit_set_state(unit=unit, state=UnitState.REPAIR, user=user),
        description=_("Send to repair"),
        select=lambda qs: qs.filter(state__in=UNIT_STATES_SET_BY_HAND[UnitState.REPAIR]),
        nothing=_("None of the selected units can go to repair (rented, retired or there already)."),
        done=_("%(n)d units in repair."),
    )


@admin.register(Reservation)
class ReservationAdmin(AuditedAdmin):
    """The reservation list (Bijlage 3 "Reservering"): requests queued per item in order of the date
    wanted; the first one is offered the next unit that comes back (``services.reservation_add``)."""

    list_display = ("item", "office", "member", "renter_name", "wanted_from", "status", "unit", "queue_position")
    list_filter = ("status", "office", "item")
    autocomplete_fields = ("member", "unit")
    list_select_related = ("item", "office", "member", "unit")
    actions = ["cancel"]

    def get_readonly_fields(self, request, obj=None):
        return ("unit", "status") if obj is None else ("item", "office", "member", "renter_name", "unit", "status")

    @admin.display(description=_("place in the queue"))
    def queue_position(self, obj):
        if obj.status != "open":
            return "—"
        if obj.unit_id:
            return _("unit held: %(unit)s") % {"unit": obj.unit}
        return services.reservation_queue_position(obj)

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        created = services.reservation_add(
            item=obj.item,
            wanted_from=obj.wanted_from,
            member=obj.member,
            renter_name=obj.renter_name,
            office=obj.office,
        )
        obj.pk, obj.unit_id, obj.status = created.pk, created.unit_id, created.status

    cancel = service_action(
        lambda reservation, user, reason: services.reservation_cancel(
            reservation=reservation, user=user, reason=reason
        ),
        description=_("Cancel the reservation"),
        select=lambda qs: qs.filter(status="open"),
        nothing=_("None of the selected reservations is open."),
        done=_("%(n)d reservations cancelled."),
    )


class FreeUnitChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.item} — {obj.serial} ({obj.office})"


class RentalForm(ServiceModelForm):
    """Renting out is one service call (``save_new``): unit, tariff, forfait, fees and trips follow.

    The unit is chosen among the free ones (empty: the service takes the first free unit of the item).
    A renter who pays the triple tariff (not a member, or a member not in order, Art. 8 / Bijlage 3) is
    not rented to before the clerk has seen why and ticked the confirmation. When no unit is free the
    clerk may put the request on the reservation list instead."""

    unit = FreeUnitChoice(
        label=_("stock unit"),
        queryset=StockUnit.objects.filter(state=UnitState.AVAILABLE).select_related("item", "office"),
        required=False,
        empty_label=_("— the first free unit of the item —"),
        help_text=_("Only free units are listed; a unit held for the renter's reservation is taken by itself."),
    )
    confirm_triple_tariff = forms.BooleanField(
        label=_("I told the renter: triple tariff"),
        required=False,
        help_text=_("Shown when the renter is not a member in order (Art. 8, Bijlage 3)."),
    )
    reserve_if_none_free = forms.BooleanField(
        label=_("No unit free: put the request on the reservation list"),
        required=False,
    )

    class Meta:
        model = Rental
        fields = ("item", "member", "renter_name", "unit", "start_date", "expected_return", "delivery")
        widgets = {"start_date": AdminDateWidget, "expected_return": AdminDateWidget}

    def clean(self):
        data = super().clean()
        start = data.get("start_date")
        if start is None or self.errors:
            return data
        if data.get("member") is None and not (data.get("renter_name") or "").strip():
            return data  # the service names the missing renter
        tariff, reason = selectors.renter_tariff(data.get("member"), start, timezone.localdate())
        self.tariff_warning = triple_tariff_warning(tariff, reason)
        if self.tariff_warning and not data.get("confirm_triple_tariff"):
            self.add_error("confirm_triple_tariff", self.tariff_warning)
        return data

    def save_new(self, instance):
        try:
            return services.rental_start(
                item=instance.item,
                member=instance.member,
                renter_name=instance.renter_name or "",
                unit=self.cleaned_data.get("unit"),
                start_date=instance.start_date,
                delivery=instance.delivery,
                expected_return=instance.expected_return,
            )
        except services.NoFreeUnit:
            if not self.cleaned_data.get("reserve_if_none_free"):
                raise
            return services.reservation_add(
                item=instance.item,
                member=instance.member,
                renter_name=instance.renter_name or "",
                wanted_from=instance.start_date,
            )


def triple_tariff_warning(tariff: rules.Renter, reason: Reason | dict | str) -> str:
    """The warning a clerk reads before renting at three times the listed amounts (Bijlage 3: "Personen
    die niet in regel zijn met de ziekenfondsbijdragen ... betalen het drievoud van de vermelde bedragen"),
    with the reason (Art. 8, from ``members.selectors.entitlements_for``); empty for the member tariff."""
    if tariff is rules.Renter.MEMBER:
        return ""
    # the reason (data) in the clerk's language (issue #16); a rental started before has its English text
    shown = render(reason) if reason else ""
    return str(_("Triple tariff (Bijlage 3): three times the listed amounts, because: %(reason)s") % {"reason": shown})


class ReturnForm(forms.Form):
    return_date = forms.DateField(label=_("returned on"), widget=AdminDateWidget)
    cleaning = forms.DecimalField(label=_("cleaning"), required=False, localize=True, min_value=0, max_value=99999)
    repair = forms.DecimalField(label=_("repair costs"), required=False, localize=True, min_value=0, max_value=99999)
    damage = forms.DecimalField(
        label=_("damage compensation"), required=False, localize=True, min_value=0, max_value=99999
    )
    accessory = forms.ModelChoiceField(label=_("accessory bought"), queryset=Accessory.objects.all(), required=False)

    def __init__(self, *args, rental=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.rental = rental

    def clean_return_date(self):
        value = self.cleaned_data["return_date"]
        if self.rental is not None:
            problem = bounds.return_date_problem(value, start=self.rental.start_date, today=timezone.localdate())
            if problem:
                raise ValidationError(problem)
        return value

    def charges(self) -> dict:
        """The return service's arguments from the form (also the preview's)."""
        data = self.cleaned_data
        accessory = data.get("accessory")
        return {
            "cleaning": data.get("cleaning") or ZERO,
            "repair": data.get("repair") or ZERO,
            "damage": data.get("damage") or ZERO,
            "purchases": ((accessory.name, accessory.price),) if accessory else (),
        }


class PurchaseForm(forms.Form):
    price = forms.DecimalField(label=_("purchase price"), localize=True, min_value=0)
    on = forms.DateField(label=_("date"))


@admin.register(Rental)
class RentalAdmin(ServiceAddAdmin, PersonalDataAdmin, BigTableAdmin):
    """What a member rents says something of their health: each page and list is in the read-access log."""

    history_categories = (Category.IDENTITY, Category.LENDING)

    form = RentalForm
    list_display = ("id", "item", "renter_display", "start_display", "status", "overdue", "total")
    list_filter = ("status", "overdue", "renter", "item__group", ("unit", admin.EmptyFieldListFilter))
    list_select_related = ("item", "member")
    autocomplete_fields = ("member",)  # the unit: a free one, picked on the start form (issue #16)
    search_fields = ("=id", "=member__national_number", "renter_name")
    actions = ["accrue_now", "return_today", "assign_unit"]

    def access_categories(self, request, obj=None):
        return (Category.IDENTITY, Category.LENDING)

    def access_household_id(self, obj):
        return obj.member.household_id if obj.member_id else None

    def get_fields(self, request, obj=None):
        if obj is None:
            return (
                "item",
                "member",
                "renter_name",
                "unit",
                "start_date",
                "expected_return",
                "delivery",
                "confirm_triple_tariff",
                "reserve_if_none_free",
            )
        return (
            "tariff_warning",
            "next_step",
            "item",
            "member",
            "renter_name",
            "unit",
            "renter",
            "renter_reason_shown",
            "delivery",
            "start_date",
            "expected_return",
            "return_date",
            "accrued_through",
            "status",
            "invoice",
            "max_invoice_this_year",
        )

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        return (
            "tariff_warning",
            "next_step",
            "item",
            "member",
            "renter_name",
            "unit",
            "renter",
            "renter_reason_shown",
            "delivery",
            "start_date",
            "return_date",
            "accrued_through",
            "status",
            "invoice",
            "max_invoice_this_year",
        )

    def save_model(self, request, obj, form, change):
        if change:  # the expected return is the one field a clerk changes on a running rental
            obj.save(update_fields=["expected_return"])

    def log_addition(self, request, obj, message):
        if isinstance(obj, Rental):
            return super().log_addition(request, obj, message)
        return None  # a reservation instead (no unit free): audited by django-auditlog

    def response_add(self, request, obj, post_url_continue=None):
        if isinstance(obj, Reservation):  # no unit was free: the request is on the reservation list
            if obj.unit_id:
                text = _("A unit came free: %(unit)s is held for this reservation.") % {"unit": obj.unit}
            else:
                text = _("No %(item)s is free: the request is on the reservation list, number %(n)d in the queue.") % {
                    "item": obj.item,
                    "n": services.reservation_queue_position(obj),
                }
            self.message_user(request, text, messages.WARNING)
            return HttpResponseRedirect(reverse("admin:lending_reservation_change", args=[obj.pk]))
        if obj.unit_id:
            self.message_user(request, _("Stock unit %(unit)s assigned.") % {"unit": obj.unit}, messages.SUCCESS)
        return super().response_add(request, obj, post_url_continue)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "GET":
            rental = Rental.objects.filter(pk=object_id).first() if str(object_id).isdigit() else None
            if rental is not None and rental.renter != rules.Renter.MEMBER.value:
                self.message_user(request, self.tariff_warning(rental), messages.WARNING)
            if (
                rental is not None
                and rental.status == RentalStatus.RUNNING
                and rental.unit_id is None
                and rules.needs_stock_unit(rental.price_version.to_price())
            ):
                self.message_user(
                    request,
                    _("This rental has no stock unit: use the action “Assign a free stock unit”."),
                    messages.WARNING,
                )
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.display(description=_("why this tariff"))
    def renter_reason_shown(self, obj):
        return obj.renter_reason_shown

    @admin.display(description=_("tariff"))
    def tariff_warning(self, obj):
        if obj.renter == rules.Renter.MEMBER.value:
            return _("member tariff (member in order, Art. 8)")
        return triple_tariff_warning(rules.Renter(obj.renter), obj.renter_label or obj.renter_reason)

    def get_urls(self):
        return [
            path("<int:pk>/return/", self.admin_site.admin_view(self.return_view), name="lending_rental_return"),
            path("<int:pk>/purchase/", self.admin_site.admin_view(self.purchase_view), name="lending_rental_purchase"),
            *super().get_urls(),
        ]

    def _step(self, request, pk, form_class, initial, title, act, rental=None, form=None, extra_context=None):
        rental = rental or get_object_or_404(Rental, pk=pk)
        form = form or form_class(request.POST or None, initial=initial)

        def call(data):
            act(rental, data)
            return _("Done: %(rental)s") % {"rental": rental}

        return service_form_view(
            self,
            request,
            rental,
            form,
            call,
            title=title,
            template="admin/lending/rental_step.html",
            extra_context={"rental": rental, "invoice": self.invoice(rental), **(extra_context or {})},
        )

    def return_view(self, request, pk):
        """The return: the date (with the calendar) and the check's costs, then a preview of the final
        invoice — computed by the same pure rules as the return (``selectors.final_invoice_preview``) —
        before the clerk confirms. "Preview" recomputes it; "Return" confirms."""
        rental = get_object_or_404(Rental, pk=pk)
        previewing = request.method == "POST" and "_preview" in request.POST
        form = ReturnForm(request.POST or None, initial={"return_date": timezone.localdate()}, rental=rental)
        preview = None
        if rental.status == RentalStatus.RUNNING:
            if request.method == "GET":
                preview = selectors.final_invoice_preview(rental, timezone.localdate())
            elif form.is_valid():
                preview = selectors.final_invoice_preview(rental, form.cleaned_data["return_date"], **form.charges())

        def act(rental, data):
            services.rental_return(rental=rental, return_date=data["return_date"], **form.charges())

        extra = {
            "preview": final_invoice_html(rental, preview) if preview is not None else None,
            "preview_button": _("Preview"),
        }
        if previewing:
            if not self.has_change_permission(request, rental):
                raise PermissionDenied
            context = {
                **self.admin_site.each_context(request),
                "form": form,
                "subject": rental,
                "title": _("Return"),
                "submit_label": _("Return"),
                "opts": rental._meta,
                "rental": rental,
                "invoice": self.invoice(rental),
                **extra,
            }
            return TemplateResponse(request, "admin/lending/rental_step.html", context)
        return self._step(
            request, pk, ReturnForm, None, _("Return"), act, rental=rental, form=form, extra_context=extra
        )

    def purchase_view(self, request, pk):
        def act(rental, data):
            services.rental_convert_to_purchase(rental=rental, price=data["price"], on=data["on"])

        return self._step(request, pk, PurchaseForm, {"on": timezone.localdate()}, _("Convert to a purchase"), act)

    @admin.display(description=_("next step"))
    def next_step(self, obj):
        if obj.status != RentalStatus.RUNNING:
            return "—"
        return format_html(
            '<a class="button" href="{}">{}</a> <a class="button" href="{}">{}</a>',
            reverse("admin:lending_rental_return", args=[obj.pk]),
            _("Return…"),
            reverse("admin:lending_rental_purchase", args=[obj.pk]),
            _("Convert to a purchase…"),
        )

    @admin.display(description=_("renter"))
    def renter_display(self, obj):
        return str(obj.member) if obj.member_id else _("%(name)s (non-member)") % {"name": obj.renter_name}

    @admin.display(description=_("start"), ordering="start_date")
    def start_display(self, obj):
        return short_date(obj.start_date)

    @admin.display(description=_("total"))
    def total(self, obj):
        return eur(sum((c.amount for c in obj.charges.all()), 0))

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("charges")

    @admin.display(description=_("invoice"))
    def invoice(self, obj):
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td style='text-align:right'>{}</td><td>{}</td></tr>",
            (
                (short_date(c.day), c.text, eur(c.amount), "✓" if c.counts_for_max_invoice else "")
                for c in obj.charges.all()
            ),
        )
        total = sum((c.amount for c in obj.charges.all()), 0)
        return format_html(
            "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>{}<tr><th></th><th>{}</th><th style='text-align:right'>{}</th><th></th></tr></table>",
            _("date"),
            _("charge"),
            _("amount"),
            _("counts for the maximum invoice"),
            rows,
            _("total"),
            eur(total),
        )

    @admin.display(description=_("maximum invoice this year (Art. 54)"))
    def max_invoice_this_year(self, obj):
        if not obj.member_id:
            return _("non-member: no maximum invoice")
        figures = selectors.max_invoice_for(obj.member, timezone.localdate().year)
        return format_html(
            "{} {} / {} — {} {}",
            _("counted rent"),
            eur(figures["counted_rent"]),
            eur(rules.MAX_INVOICE_THRESHOLD),
            _("refund so far"),
            eur(figures["refund"]),
        )

    accrue_now = service_action(
        lambda rental, user, reason: (
            _("%(n)d rent lines added.") % {"n": services.rental_accrue(rental=rental, through=timezone.localdate())}
        ),
        description=_("Accrue the rent up to today"),
        select=lambda qs: qs.filter(status=RentalStatus.RUNNING),
        nothing=_("None of the selected rentals is running."),
    )
    assign_unit = service_action(
        lambda rental, user, reason: services.rental_assign_unit(rental=rental),
        description=_("Assign a free stock unit"),
        select=lambda qs: qs.filter(status=RentalStatus.RUNNING, unit__isnull=True),
        nothing=_("None of the selected rentals is running without a stock unit."),
        done=_("%(n)d rentals got a stock unit."),
    )
    return_today = service_action(
        lambda rental, user, reason: services.rental_return(rental=rental, return_date=timezone.localdate()),
        description=_("Returned today (no extra costs)"),
        select=lambda qs: qs.filter(status=RentalStatus.RUNNING),
        nothing=_("None of the selected rentals is running."),
        done=_("%(n)d rentals returned."),
    )


def final_invoice_html(rental, preview: rules.FinalInvoice):
    """The final invoice's preview as a table: every line by kind (forfait, rent days, fees, delivery,
    check costs), the lines the return adds marked, the total, the triple tariff with its reason, and
    the maximum invoice of each year (Art. 54, Bijlage 3)."""
    from lending.models import ChargeKind

    new = set(range(len(preview.lines) - len(preview.new), len(preview.lines)))
    rows = format_html_join(
        "",
        "<tr{}><td>{}</td><td>{}</td><td>{}</td><td style='text-align:right'>{}</td><td>{}</td></tr>",
        (
            (
                mark_safe(" class='preview-new'") if i in new else "",
                short_date(c.day),
                ChargeKind(str(c.kind)).label,
                c.description,
                eur(c.amount),
                _("added at the return") if i in new else "",
            )
            for i, c in enumerate(preview.lines)
        ),
    )
    notes = []
    if preview.triple:
        notes.append(
            format_html(
                "<li>{}</li>",
                triple_tariff_warning(rules.Renter(rental.renter), rental.renter_label or rental.renter_reason),
            )
        )
    for year, counted, refund in preview.max_invoice:
        notes.append(
            format_html(
                "<li>{}</li>",
                _("Maximum invoice %(year)s (Art. 54): counted rent %(counted)s of %(threshold)s, refund %(refund)s")
                % {
                    "year": year,
                    "counted": eur(counted),
                    "threshold": eur(rules.MAX_INVOICE_THRESHOLD),
                    "refund": eur(refund),
                },
            )
        )
    if rental.member_id is None:
        notes.append(format_html("<li>{}</li>", _("non-member: no maximum invoice")))
    return format_html(
        "<h3>{}</h3><table id='final-invoice-preview'><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th></th></tr>{}"
        "<tr><th></th><th></th><th>{}</th><th style='text-align:right'>{}</th><th></th></tr></table><ul>{}</ul>",
        _("Preview of the final invoice"),
        _("date"),
        _("kind"),
        _("charge"),
        _("amount"),
        rows,
        _("total"),
        eur(preview.total),
        format_html_join("", "{}", ((n,) for n in notes)),
    )


def _refund_amount(row):
    return row.refund if isinstance(row, MaxInvoiceRefund) else row.amount


class RefundBatchAdmin(AuditedAdmin):
    """Refunds are paid as a batch: export the selection for the bank, then mark it paid."""

    autocomplete_fields = ("member",)
    list_select_related = ("member", "member__household")
    list_filter = ("year", "status")
    actions = ["export_csv", "mark_paid"]
    amount_field = "refund"

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # money computed by the nightly run and paid: never deleted, not even by a superuser

    @read_action(description=_("Export for the bank (CSV)"))
    def export_csv(self, request, queryset):
        from benefits.services import payee

        out = io.StringIO()
        writer = csvsafe.writer(out)
        writer.writerow(["member", "payee", "iban", "amount", "communication"])
        count = 0
        for row in queryset.filter(status="computed").select_related("member__household"):
            amount = getattr(row, self.amount_field)
            if amount <= 0:
                continue
            count += 1
            who, account = payee(row.member)
            writer.writerow(
                [
                    row.member.national_number,
                    f"{who.last_name} {who.first_name}",
                    account,
                    f"{amount:.2f}",
                    f"{row._meta.verbose_name} {row.year}",
                ]
            )
        privacy.log_access(
            request,
            action="export",
            model=self.model,
            count=count,
            reason=_("payout batch for the bank"),
            categories=(Category.IDENTITY, Category.NATIONAL_NUMBER, Category.BANK, Category.LENDING),
        )
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.model._meta.model_name}-batch.csv"'
        return response

    mark_paid = service_action(
        lambda refund, user, reason: services.yearly_refund_mark_paid(
            refund=refund, paid_on=timezone.localdate(), user=user, reason=reason
        ),
        description=_("Mark as paid today"),
        reason=True,
        consequence=_(
            "The bank paid these amounts: each is marked paid today, once, and a new computation no longer "
            "changes it (Art. 54). Your name and reason are kept in the audit trail."
        ),
        select=lambda qs: qs.filter(status=RefundStatus.COMPUTED).select_related("member"),
        details=lambda rows: {r.pk: eur(_refund_amount(r)) for r in rows},
        total=lambda rows: eur(sum((_refund_amount(r) for r in rows), ZERO)),
        nothing=_("None of the selected refunds is still to be paid."),
        done=_("%(n)d marked as paid."),
    )


@admin.register(MaxInvoiceRefund)
class MaxInvoiceRefundAdmin(RefundBatchAdmin):
    list_display = ("member", "year", "counted_rent", "refund", "status", "computed_at", "paid_on")
    readonly_fields = ("member", "year", "counted_rent", "refund", "reason", "status", "computed_at", "paid_on")


@admin.register(AlarmSubsidy)
class AlarmSubsidyAdmin(RefundBatchAdmin):
    list_display = ("member", "year", "months", "amount", "status", "computed_at", "paid_on")
    readonly_fields = ("member", "year", "months", "amount", "status", "computed_at", "paid_on")
    amount_field = "amount"


def lending_panel(member):
    lending = selectors.lending_for_member(member_ids=[member.pk], year=timezone.localdate().year)[member.pk]
    return format_html(
        "<p>{}: {} / {} — {}: {}</p><p>{}: {}</p><p>{}: {}</p>",
        _("Maximum invoice this year (Art. 54), counted rent"),
        eur(lending.counted_rent),
        eur(rules.MAX_INVOICE_THRESHOLD),
        _("refund so far"),
        eur(lending.refund),
        _("refunds"),
        ", ".join(f"{r.year}: {eur(r.refund)} ({r.get_status_display()})" for r in lending.refunds) or "—",
        _("running rentals"),
        ", ".join(str(r.item) for r in lending.running) or "—",
    )


# --- Art. 52: the €50 administrative cost of a sick-child babysitting -----------------------------------


class CareFeeForm(ServiceModelForm):
    """A clerk records improper use or an overrun of more than 9 hours: the service charges the €50
    (once per booking). A late cancellation is charged by "Cancel a babysitting…"."""

    ground = forms.ChoiceField(
        label=_("ground"),
        choices=[
            (rules.CareFeeGround.MISUSE.value, _("improper use (oneigenlijk gebruik)")),
            (rules.CareFeeGround.OVERRUN.value, _("more than 9 hours (overschrijding)")),
        ],
    )

    class Meta:
        model = CareFee
        fields = ("claim", "ground", "day", "hours", "note")
        localized_fields = ("hours",)
        help_texts = {
            "claim": _("The sick-child babysitting booking (a claim for sick_child_care)."),
            "hours": _("For an overrun: the hours the babysitter stayed that day (more than 9)."),
            "note": _("What happened (required for improper use)."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "day" in self.fields:
            self.fields["day"].required = False
            self.fields["day"].help_text = _("The booked day it happened; empty: the first booked day.")

    def save_new(self, instance):
        return services.care_fee_record(
            claim=instance.claim,
            ground=self.cleaned_data["ground"],
            note=instance.note or "",
            hours=instance.hours,
            day=instance.day,
            user=getattr(self, "user", None),
        )


class CareCancelForm(forms.Form):
    claim = forms.IntegerField(label=_("booking (claim number)"), min_value=1, max_value=2**63 - 1)
    received_at = forms.DateTimeField(
        label=_("cancellation received at"), help_text=_("Less than 24 hours before the booked start: €50 (Art. 52).")
    )
    note = forms.CharField(label=_("note"), required=False, widget=forms.Textarea(attrs={"rows": 2, "cols": 60}))


@admin.register(CareFee)
class CareFeeAdmin(ServiceAddAdmin, PersonalDataAdmin, AuditedAdmin):
    """Art. 52: "bij oneigenlijk gebruik, overschrijding van de maximale duur (9 uur) en laattijdige annulering
    zal 50 euro administratiekosten aangerekend worden". A babysitting for an ill child is health data:
    only roles that see health data open these pages, and each read is logged."""

    form = CareFeeForm
    list_display = ("day", "ground", "amount", "child", "claim", "created_at")
    list_filter = ("ground",)
    list_select_related = ("claim__member",)
    autocomplete_fields = ("claim",)
    search_fields = ("=claim__id", "=claim__member__national_number")
    FIELDS = (
        "claim",
        "child",
        "ground",
        "amount",
        "day",
        "hours",
        "cancelled_at",
        "note",
        "reason",
        "recorded_by",
        "created_at",
        "max_invoice",
    )

    def _sees_health(self, request):
        return privacy.sees(request.user, Category.HEALTH)

    def has_module_permission(self, request):
        return super().has_module_permission(request) and self._sees_health(request)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self._sees_health(request)

    def has_add_permission(self, request):
        return super().has_add_permission(request) and self._sees_health(request)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._sees_health(request)

    def access_categories(self, request, obj=None):
        return (Category.IDENTITY, Category.HEALTH)

    def access_household_id(self, obj):
        return obj.claim.member.household_id

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user  # recorded with the fee
        return form

    def get_fields(self, request, obj=None):
        return ("claim", "ground", "day", "hours", "note") if obj is None else self.FIELDS

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else self.FIELDS  # a fee is charged by the service, never edited

    @admin.display(description=_("child"))
    def child(self, obj):
        return str(obj.claim.member)

    @admin.display(description=_("maximum invoice (Art. 54)"))
    def max_invoice(self, obj):
        return _("not counted: the maximum invoice counts the rent of the lending service only (Art. 54)")

    def get_urls(self):
        return [
            path("cancel/", self.admin_site.admin_view(self.cancel_view), name="lending_carefee_cancel"),
            *super().get_urls(),
        ]

    def cancel_view(self, request):
        """The member cancels a babysitting: the booking is closed, and a late cancellation costs €50."""
        if not self.has_add_permission(request):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        form = CareCancelForm(
            request.POST or None, initial={"received_at": timezone.localtime().replace(second=0, microsecond=0)}
        )
        if request.method == "POST" and form.is_valid():
            try:
                fee = services.care_booking_cancel(
                    claim=form.cleaned_data["claim"],
                    received_at=form.cleaned_data["received_at"],
                    note=form.cleaned_data["note"],
                    user=request.user,
                )
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                if fee is None:
                    self.message_user(request, _("Cancelled on time: no fee (Art. 52)."))
                    return HttpResponseRedirect(reverse("admin:lending_carefee_changelist"))
                self.message_user(
                    request,
                    _("Late cancellation: %(amount)s charged (Art. 52).") % {"amount": eur(fee.amount)},
                    messages.WARNING,
                )
                return HttpResponseRedirect(reverse("admin:lending_carefee_change", args=[fee.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Cancel a sick-child babysitting"),
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/lending/carefee_cancel.html", context)


# --- Art. 54: the home-care shop's discount on incontinence material ------------------------------------


class IncontinenceSaleForm(ServiceModelForm):
    class Meta:
        model = IncontinenceSale
        fields = ("member", "invoice_number", "invoice_date", "amount")
        localized_fields = ("amount",)

    def save_new(self, instance):
        return services.incontinence_sale_record(
            member=instance.member,
            invoice_number=instance.invoice_number,
            invoice_date=instance.invoice_date,
            amount=instance.amount,
            user=getattr(self, "user", None),
        )


@admin.register(IncontinenceSale)
class IncontinenceSaleAdmin(ServiceAddAdmin, PersonalDataAdmin, AuditedAdmin):
    """Art. 54 (Thuiszorgwinkel): "Op basis van de facturen voorziet het ziekenfonds een korting t.b.v. 10% of
    30% voor het incontinentiemateriaal." The clerk enters the shop's invoice; the discount follows."""

    history_categories = (Category.IDENTITY, Category.LENDING)
    form = IncontinenceSaleForm
    list_display = (
        "invoice_number",
        "invoice_date",
        "member",
        "amount",
        "discount_percent",
        "discount",
        "to_pay_display",
    )
    list_filter = ("discount_percent",)
    list_select_related = ("member",)
    autocomplete_fields = ("member",)
    search_fields = ("=invoice_number", "=member__national_number")
    FIELDS = (
        "member",
        "invoice_number",
        "invoice_date",
        "amount",
        "entitled",
        "vt",
        "discount_percent",
        "discount",
        "to_pay_display",
        "reason",
        "recorded_by",
        "created_at",
    )

    def access_categories(self, request, obj=None):
        return (Category.IDENTITY, Category.LENDING)

    def access_household_id(self, obj):
        return obj.member.household_id

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user
        return form

    def get_fields(self, request, obj=None):
        return ("member", "invoice_number", "invoice_date", "amount") if obj is None else self.FIELDS

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else self.FIELDS  # the discount is computed once, from the invoice

    @admin.display(description=_("to pay"))
    def to_pay_display(self, obj):
        return eur(obj.to_pay)


def care_fee_panel(member):
    fees = selectors.care_fees_for_member(member_ids=[member.pk])[member.pk]
    return format_html(
        "<p>{}: {}</p>",
        _("Sick-child care fees of the household (Art. 52)"),
        ", ".join(f"{short_date(f.day)} {f.get_ground_display()} {eur(f.amount)}" for f in fees) or "—",
    )


def incontinence_panel(member):
    sales = selectors.incontinence_sales_for_member(member_ids=[member.pk])[member.pk]
    return format_html(
        "<p>{}: {}</p>",
        _("Incontinence material, home-care shop (Art. 54)"),
        ", ".join(f"{short_date(s.invoice_date)} {eur(s.amount)} −{s.discount_percent:g} %" for s in sales) or "—",
    )
