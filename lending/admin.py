"""The lending desk's screens: price list, stock, rentals with their invoice, refunds."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
import io

from django.db.models import Count, Q
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from core import csvsafe, privacy
from core.admin import AuditedAdmin, BigTableAdmin, PersonalDataAdmin
from core.formatting import eur, short_date
from core.privacy import Category
from lending import rules, services
from members.admin import MEMBER_PANELS
from lending.models import (
    Accessory,
    AlarmSubsidy,
    Item,
    MaxInvoiceRefund,
    Office,
    PriceVersion,
    Rental,
    RentalStatus,
    Reservation,
    StockUnit,
    UnitState,
)


@admin.register(Office)
class OfficeAdmin(AuditedAdmin):
    list_display = ("name", "city")


class PriceVersionInline(admin.TabularInline):
    model = PriceVersion
    extra = 0
    fields = ("valid_from", "day_price", "fixed_cost", "shipping_in_fixed_cost", "installation", "forfait_days",
              "first_month_free_after_birth", "excluded_from_max_invoice", "delivered", "interventions")


@admin.register(Item)
class ItemAdmin(AuditedAdmin):
    list_display = ("code", "localized_name", "group", "available_units", "active")
    list_filter = ("group", "active")
    search_fields = ("code", "name", "name_nl")
    inlines = [PriceVersionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(
            available=Count("units", filter=Q(units__state=UnitState.AVAILABLE)))

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

    @admin.action(description=_("Checked and cleaned: available again"), permissions=["change"])
    def mark_available(self, request, queryset):
        count = queryset.filter(state__in=(UnitState.CLEANING, UnitState.REPAIR)).update(state=UnitState.AVAILABLE)
        self.message_user(request, _("%(n)d units available.") % {"n": count})

    @admin.action(description=_("Send to repair"), permissions=["change"])
    def mark_repair(self, request, queryset):
        count = queryset.exclude(state=UnitState.RENTED).update(state=UnitState.REPAIR)
        self.message_user(request, _("%(n)d units in repair.") % {"n": count})


@admin.register(Reservation)
class ReservationAdmin(AuditedAdmin):
    list_display = ("item", "office", "member", "renter_name", "wanted_from", "status")
    list_filter = ("status", "office")
    raw_id_fields = ("member", "unit")
    list_select_related = ("item", "office", "member")


class RentalForm(forms.ModelForm):
    """Renting out is one service call (in ``clean``): tariff, forfait, fees and trips follow."""

    class Meta:
        model = Rental
        fields = ("item", "member", "renter_name", "unit", "start_date", "expected_return", "delivery")

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk or self.errors:
            return cleaned
        try:
            self.rental = services.rental_start(
                item=cleaned["item"], member=cleaned.get("member"), renter_name=cleaned.get("renter_name") or "",
                unit=cleaned.get("unit"), start_date=cleaned["start_date"], delivery=cleaned["delivery"],
                expected_return=cleaned.get("expected_return"),
            )
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                self.add_error(field if field in self.fields else None, errors)
        return cleaned



class ReturnForm(forms.Form):
    return_date = forms.DateField(label=_("returned on"))
    cleaning = forms.DecimalField(label=_("cleaning"), required=False, localize=True, min_value=0)
    repair = forms.DecimalField(label=_("repair costs"), required=False, localize=True, min_value=0)
    damage = forms.DecimalField(label=_("damage compensation"), required=False, localize=True, min_value=0)
    accessory = forms.ModelChoiceField(label=_("accessory bought"), queryset=Accessory.objects.all(), required=False)


class PurchaseForm(forms.Form):
    price = forms.DecimalField(label=_("purchase price"), localize=True, min_value=0)
    on = forms.DateField(label=_("date"))


@admin.register(Rental)
class RentalAdmin(PersonalDataAdmin, BigTableAdmin):
    """What a member rents says something of their health: each page and list is in the read-access log."""

    history_categories = (Category.IDENTITY, Category.LENDING)

    form = RentalForm
    list_display = ("id", "item", "renter_display", "start_display", "status", "overdue", "total")
    list_filter = ("status", "overdue", "renter", "item__group")
    list_select_related = ("item", "member")
    raw_id_fields = ("member", "unit")
    search_fields = ("=id", "=member__national_number", "renter_name")
    actions = ["accrue_now", "return_today"]

    def access_categories(self, request, obj=None):
        return (Category.IDENTITY, Category.LENDING)

    def access_household_id(self, obj):
        return obj.member.household_id if obj.member_id else None

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("item", "member", "renter_name", "unit", "start_date", "expected_return", "delivery")
        return ("next_step", "item", "member", "renter_name", "unit", "renter", "renter_reason", "delivery", "start_date",
                "expected_return", "return_date", "accrued_through", "status", "invoice", "max_invoice_this_year")

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        return ("next_step", "item", "member", "renter_name", "unit", "renter", "renter_reason", "delivery", "start_date",
                "return_date", "accrued_through", "status", "invoice", "max_invoice_this_year")

    def save_form(self, request, form, change):
        if change:
            return form.save(commit=False)
        return form.rental

    def save_model(self, request, obj, form, change):
        if change:
            obj.save(update_fields=["expected_return"])

    def save_related(self, request, form, formsets, change):
        """No relations are edited here."""

    def get_urls(self):
        return [
            path("<int:pk>/return/", self.admin_site.admin_view(self.return_view), name="lending_rental_return"),
            path("<int:pk>/purchase/", self.admin_site.admin_view(self.purchase_view), name="lending_rental_purchase"),
            *super().get_urls(),
        ]

    def _step(self, request, pk, form_class, initial, title, act):
        rental = get_object_or_404(Rental, pk=pk)
        if not self.has_change_permission(request, rental):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        form = form_class(request.POST or None, initial=initial)
        if request.method == "POST" and form.is_valid():
            try:
                act(rental, form.cleaned_data)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                self.message_user(request, _("Done: %(rental)s") % {"rental": rental})
                return HttpResponseRedirect(reverse("admin:lending_rental_change", args=[rental.pk]))
        context = {**self.admin_site.each_context(request), "title": title, "form": form, "rental": rental,
                   "opts": self.model._meta, "invoice": self.invoice(rental)}
        return TemplateResponse(request, "admin/lending/rental_step.html", context)

    def return_view(self, request, pk):
        def act(rental, data):
            accessory = data.get("accessory")
            services.rental_return(
                rental=rental, return_date=data["return_date"], cleaning=data.get("cleaning") or 0,
                repair=data.get("repair") or 0, damage=data.get("damage") or 0,
                purchases=[(accessory.name, accessory.price)] if accessory else None,
            )
        return self._step(request, pk, ReturnForm, {"return_date": timezone.localdate()}, _("Return"), act)

    def purchase_view(self, request, pk):
        def act(rental, data):
            services.rental_convert_to_purchase(rental=rental, price=data["price"], on=data["on"])
        return self._step(request, pk, PurchaseForm, {"on": timezone.localdate()}, _("Convert to a purchase"), act)

    @admin.display(description=_("next step"))
    def next_step(self, obj):
        if obj.status != RentalStatus.RUNNING:
            return "—"
        return format_html('<a class="button" href="{}">{}</a> <a class="button" href="{}">{}</a>',
                           reverse("admin:lending_rental_return", args=[obj.pk]), _("Return…"),
                           reverse("admin:lending_rental_purchase", args=[obj.pk]), _("Convert to a purchase…"))

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
            "", "<tr><td>{}</td><td>{}</td><td style='text-align:right'>{}</td><td>{}</td></tr>",
            ((short_date(c.day), c.description, eur(c.amount), "✓" if c.counts_for_max_invoice else "")
             for c in obj.charges.all()),
        )
        total = sum((c.amount for c in obj.charges.all()), 0)
        return format_html(
            "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>{}<tr><th></th><th>{}</th><th style='text-align:right'>{}</th><th></th></tr></table>",
            _("date"), _("charge"), _("amount"), _("counts for the maximum invoice"), rows, _("total"), eur(total),
        )

    @admin.display(description=_("maximum invoice this year (Art. 54)"))
    def max_invoice_this_year(self, obj):
        if not obj.member_id:
            return _("non-member: no maximum invoice")
        figures = services.max_invoice_for(obj.member, timezone.localdate().year)
        return format_html("{} {} / {} — {} {}", _("counted rent"), eur(figures["counted_rent"]), eur(rules.MAX_INVOICE_THRESHOLD),
                           _("refund so far"), eur(figures["refund"]))

    @admin.action(description=_("Accrue the rent up to today"), permissions=["change"])
    def accrue_now(self, request, queryset):
        added = sum(services.rental_accrue(rental=r, through=timezone.localdate()) for r in queryset.filter(status=RentalStatus.RUNNING))
        self.message_user(request, _("%(n)d rent lines added.") % {"n": added})

    @admin.action(description=_("Returned today (no extra costs)"), permissions=["change"])
    def return_today(self, request, queryset):
        done = 0
        for rental in queryset.filter(status=RentalStatus.RUNNING):
            try:
                services.rental_return(rental=rental, return_date=timezone.localdate())
                done += 1
            except ValidationError as exc:
                self.message_user(request, f"{rental}: " + "; ".join(exc.messages), messages.ERROR)
        self.message_user(request, _("%(n)d rentals returned.") % {"n": done})


class RefundBatchAdmin(AuditedAdmin):
    """Refunds are paid as a batch: export the selection for the bank, then mark it paid."""

    raw_id_fields = ("member",)
    list_select_related = ("member", "member__household")
    list_filter = ("year", "status")
    actions = ["export_csv", "mark_paid"]
    amount_field = "refund"

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Export for the bank (CSV)"), permissions=["view"])
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
            writer.writerow([row.member.national_number, f"{who.last_name} {who.first_name}", account, f"{amount:.2f}",
                             f"{row._meta.verbose_name} {row.year}"])
        privacy.log_access(request, action="export", model=self.model, count=count, reason=_("payout batch for the bank"),
                           categories=(Category.IDENTITY, Category.NATIONAL_NUMBER, Category.BANK, Category.LENDING))
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.model._meta.model_name}-batch.csv"'
        return response

    @admin.action(description=_("Mark as paid today"), permissions=["change"])
    def mark_paid(self, request, queryset):
        count = queryset.filter(status="computed").update(status="paid", paid_on=timezone.localdate())
        self.message_user(request, _("%(n)d marked as paid.") % {"n": count})


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
    year = timezone.localdate().year
    figures = services.max_invoice_for(member, year)
    refunds = list(member.max_invoice_refunds.order_by("-year")[:3])
    running = member.rentals.filter(status=RentalStatus.RUNNING).select_related("item")
    return format_html(
        "<p>{}: {} / {} — {}: {}</p><p>{}: {}</p><p>{}: {}</p>",
        _("Maximum invoice this year (Art. 54), counted rent"), eur(figures["counted_rent"]), eur(rules.MAX_INVOICE_THRESHOLD),
        _("refund so far"), eur(figures["refund"]),
        _("refunds"), ", ".join(f"{r.year}: {eur(r.refund)} ({r.get_status_display()})" for r in refunds) or "—",
        _("running rentals"), ", ".join(str(r.item) for r in running) or "—",
    )


MEMBER_PANELS.append((_("Lending (ComfoPlus)"), lending_panel, Category.LENDING))
