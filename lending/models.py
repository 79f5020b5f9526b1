"""The ComfoPlus lending service: price list, stock, rentals and their invoices, the maximum
invoice and the alarm subsidy (statutes Art. 54, Bijlage 3)."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.formatting import eur
from core.reasons import render
from lending import rules


class Office(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    city = models.CharField(_("city"), max_length=100, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("office")
        verbose_name_plural = _("offices")

    def __str__(self):
        return self.name


class Item(models.Model):
    """A kind of equipment of Bijlage 3 (``code`` as in SPEC §3.1)."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    group = models.CharField(_("group"), max_length=10, choices=[(g.value, g.value) for g in rules.Group])
    name = models.CharField(_("name (English)"), max_length=120)
    name_nl = models.CharField(_("name (Dutch)"), max_length=120, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["group", "code"]
        verbose_name = _("item")
        verbose_name_plural = _("items")

    def __str__(self):
        return self.localized_name

    @property
    def localized_name(self) -> str:
        language = (get_language() or "en")[:2]
        return {"nl": self.name_nl, "fr": self.name_fr}.get(language) or self.name


class PriceVersion(models.Model):
    """An item's prices from ``valid_from`` on (a new version for next year's prices)."""

    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name="prices", verbose_name=_("item"))
    valid_from = models.DateField(_("valid from"))
    day_price = models.DecimalField(_("day price"), max_digits=8, decimal_places=2)
    fixed_cost = models.DecimalField(
        _("fixed cost"),
        max_digits=8,
        decimal_places=2,
        default=Decimal("0.00"),
        help_text=_("Maintenance contribution (1)/(3), or the alarm's start cost (7)."),
    )
    shipping_in_fixed_cost = models.DecimalField(
        _("shipping in the fixed cost"),
        max_digits=8,
        decimal_places=2,
        default=Decimal("0.00"),
        help_text=_("Footnote (3)."),
    )
    installation = models.DecimalField(_("installation"), max_digits=8, decimal_places=2, default=Decimal("0.00"))
    forfait_days = models.PositiveSmallIntegerField(_("forfait days"), default=30, help_text=_("7 for footnote (5)."))
    first_month_free_after_birth = models.BooleanField(_("first month free after a birth (2)"), default=False)
    excluded_from_max_invoice = models.BooleanField(_("not counted for the maximum invoice (4)"), default=False)
    delivered = models.BooleanField(_("has its own delivery"), default=True)
    interventions = models.BooleanField(_("interventions charged (8)"), default=False)

    class Meta:
        ordering = ["item", "-valid_from"]
        verbose_name = _("price version")
        verbose_name_plural = _("price versions")
        constraints = [
            models.UniqueConstraint(
                fields=["item", "valid_from"],
                name="price_version_unique_start",
                violation_error_message=_("Valid from: this item already has a price from this day."),
            ),
            models.CheckConstraint(
                condition=Q(day_price__gte=0) & Q(fixed_cost__gte=0),
                name="price_non_negative",
                violation_error_message=_("Day price and fixed cost: zero or more."),
            ),
        ]

    def __str__(self):
        return f"{self.item.code} {self.valid_from:%d/%m/%Y}"

    def to_price(self) -> rules.Price:
        return rules.Price(
            code=self.item.code,
            group=rules.Group(self.item.group),
            day_price=self.day_price,
            fixed_cost=self.fixed_cost,
            shipping_in_fixed_cost=self.shipping_in_fixed_cost,
            installation=self.installation,
            forfait_days=self.forfait_days,
            first_month_free_after_birth=self.first_month_free_after_birth,
            excluded_from_max_invoice=self.excluded_from_max_invoice,
            delivered=self.delivered,
            interventions=self.interventions,
        )


class Accessory(models.Model):
    """Toebehoren / aankoop: sold, not rented."""

    code = models.SlugField(_("code"), max_length=60)
    name = models.CharField(_("name (English)"), max_length=120)
    name_nl = models.CharField(_("name (Dutch)"), max_length=120, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    price = models.DecimalField(_("price"), max_digits=8, decimal_places=2)
    valid_from = models.DateField(_("valid from"))
    for_item = models.ForeignKey(Item, on_delete=models.SET_NULL, null=True, blank=True, related_name="accessories")

    class Meta:
        ordering = ["code", "-valid_from"]
        verbose_name = _("accessory")
        verbose_name_plural = _("accessories")
        constraints = [
            models.UniqueConstraint(
                fields=["code", "valid_from"],
                name="accessory_unique_start",
                violation_error_message=_("Valid from: this accessory already has a price from this day."),
            )
        ]

    def __str__(self):
        return f"{self.localized_name} ({eur(self.price)})"

    @property
    def localized_name(self) -> str:
        language = (get_language() or "en")[:2]
        return {"nl": self.name_nl, "fr": self.name_fr}.get(language) or self.name


class UnitState(models.TextChoices):
    AVAILABLE = "available", _("Available")
    RESERVED = "reserved", _("Reserved")
    RENTED = "rented", _("Rented")
    CLEANING = "cleaning", _("Being checked and cleaned")
    REPAIR = "repair", _("In repair")
    RETIRED = "retired", _("Retired or sold")


class StockUnit(models.Model):
    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name="units", verbose_name=_("item"))
    serial = models.CharField(_("serial number"), max_length=60, unique=True)
    office = models.ForeignKey(Office, on_delete=models.PROTECT, related_name="units", verbose_name=_("office"))
    state = models.CharField(
        _("state"), max_length=10, choices=UnitState.choices, default=UnitState.AVAILABLE, db_index=True
    )

    class Meta:
        ordering = ["item", "serial"]
        verbose_name = _("stock unit")
        verbose_name_plural = _("stock units")

    def __str__(self):
        return f"{self.item.code} #{self.serial}"


class ReservationStatus(models.TextChoices):
    OPEN = "open", _("Open")
    FULFILLED = "fulfilled", _("Fulfilled")
    CANCELLED = "cancelled", _("Cancelled")


class Reservation(models.Model):
    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name="reservations", verbose_name=_("item"))
    office = models.ForeignKey(Office, on_delete=models.PROTECT, related_name="reservations", verbose_name=_("office"))
    unit = models.ForeignKey(StockUnit, on_delete=models.PROTECT, null=True, blank=True, related_name="reservations")
    member = models.ForeignKey(
        "members.Member", on_delete=models.PROTECT, null=True, blank=True, related_name="reservations"
    )
    renter_name = models.CharField(_("renter (non-member)"), max_length=120, blank=True)
    wanted_from = models.DateField(_("wanted from"))
    status = models.CharField(
        _("status"), max_length=10, choices=ReservationStatus.choices, default=ReservationStatus.OPEN
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["wanted_from", "id"]
        verbose_name = _("reservation")
        verbose_name_plural = _("reservations")

    def __str__(self):
        return f"{self.item.code} {self.wanted_from:%d/%m/%Y}"


class RentalStatus(models.TextChoices):
    RUNNING = "running", _("Running")
    RETURNED = "returned", _("Returned")
    PURCHASED = "purchased", _("Converted to a purchase")


class Rental(models.Model):
    """A rental contract (huurovereenkomst) and its invoice lines (``charges``)."""

    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name="rentals", verbose_name=_("item"))
    price_version = models.ForeignKey(PriceVersion, on_delete=models.PROTECT, related_name="rentals")
    unit = models.ForeignKey(StockUnit, on_delete=models.PROTECT, null=True, blank=True, related_name="rentals")
    member = models.ForeignKey(
        "members.Member",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="rentals",
        verbose_name=_("member"),
    )
    renter_name = models.CharField(_("renter (non-member)"), max_length=120, blank=True)
    renter = models.CharField(
        _("tariff"), max_length=20, choices=[(r.value, r.value.replace("_", " ")) for r in rules.Renter]
    )
    renter_reason = models.TextField(_("why this tariff"), blank=True)
    #: ``renter_reason`` as data (``lending.rules.TARIFF_REASONS``), shown in the reader's language (issue #16);
    #: empty for a rental started before
    renter_label = models.JSONField(_("why this tariff"), default=dict, blank=True)
    delivery = models.CharField(
        _("delivery"), max_length=16, choices=[(d.value, d.value.replace("_", " ")) for d in rules.Delivery]
    )
    first_month_free = models.BooleanField(_("first month free after a birth"), default=False)
    start_date = models.DateField(_("start"))
    expected_return = models.DateField(_("expected return"), null=True, blank=True)
    return_date = models.DateField(_("returned on"), null=True, blank=True)
    accrued_through = models.DateField(_("rent accrued through"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=RentalStatus.choices, default=RentalStatus.RUNNING, db_index=True
    )
    overdue = models.BooleanField(_("overdue"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-start_date", "-id"]
        verbose_name = _("rental")
        verbose_name_plural = _("rentals")
        constraints = [
            models.CheckConstraint(
                condition=Q(return_date__isnull=True) | Q(return_date__gte=models.F("start_date")),
                name="rental_return_after_start",
                violation_error_message=_("Return date: not before the start date."),
            ),
            models.CheckConstraint(
                condition=Q(member__isnull=False) | ~Q(renter_name=""),
                name="rental_has_a_renter",
                violation_error_message=_("Member or renter's name: a rental needs a renter."),
            ),
        ]

    def __str__(self):
        who = str(self.member) if self.member_id else self.renter_name
        return f"{self.item.localized_name} — {who} ({self.start_date:%d/%m/%Y})"  # a name, not the code

    @property
    def renter_reason_shown(self) -> str:
        """Why this tariff, in the reader's language (its English text for a rental started before)."""
        return render(self.renter_label) if self.renter_label else self.renter_reason

    def clean(self):
        if self.expected_return and self.start_date and self.expected_return < self.start_date:
            raise ValidationError(
                {
                    "expected_return": _("The expected return cannot be before the start (%(start)s).")
                    % {"start": f"{self.start_date:%d/%m/%Y}"}
                }
            )

    def contract(self) -> rules.Contract:
        return rules.Contract(
            price=self.price_version.to_price(),
            start=self.start_date,
            renter=rules.Renter(self.renter),
            delivery=rules.Delivery(self.delivery),
            first_month_free=self.first_month_free,
        )


class ChargeKind(models.TextChoices):
    """The kinds of invoice line of ``lending.rules.ChargeKind`` (Art. 54, Bijlage 3), with their labels."""

    FORFAIT = rules.ChargeKind.FORFAIT.value, _("Forfait (first days' rent)")
    RENT = rules.ChargeKind.RENT.value, _("Rent")
    FEE = rules.ChargeKind.FEE.value, _("Maintenance contribution or start cost")
    SHIPPING = rules.ChargeKind.SHIPPING.value, _("Shipping")
    INSTALLATION = rules.ChargeKind.INSTALLATION.value, _("Installation")
    DELIVERY = rules.ChargeKind.DELIVERY.value, _("Delivery trip")
    PURCHASE = rules.ChargeKind.PURCHASE.value, _("Purchase")
    CLEANING = rules.ChargeKind.CLEANING.value, _("Cleaning")
    REPAIR = rules.ChargeKind.REPAIR.value, _("Repair costs")
    DAMAGE = rules.ChargeKind.DAMAGE.value, _("Damage compensation")
    INTERVENTION = rules.ChargeKind.INTERVENTION.value, _("Intervention of the alarm centre")


class RentalCharge(models.Model):
    rental = models.ForeignKey(Rental, on_delete=models.PROTECT, related_name="charges")
    kind = models.CharField(_("kind"), max_length=16, choices=ChargeKind.choices)
    description = models.CharField(_("description"), max_length=200)
    #: the line as data (``lending.rules.LINES``: code and parameters), shown in the reader's language
    #: (issue #16); empty for a purchase and for lines written before
    label = models.JSONField(_("line"), default=dict, blank=True)
    amount = models.DecimalField(_("amount"), max_digits=10, decimal_places=2)
    day = models.DateField(_("date"))
    counts_for_max_invoice = models.BooleanField(_("counts for the maximum invoice"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["rental", "day", "id"]
        verbose_name = _("rental charge")
        verbose_name_plural = _("rental charges")
        indexes = [models.Index(fields=["counts_for_max_invoice", "day"], name="charge_max_invoice_idx")]

    def __str__(self):
        return f"{self.text}: {eur(self.amount)}"

    @property
    def text(self) -> str:
        """The line in the reader's language (its English description when it has no label)."""
        return render(self.label) if self.label else self.description


class RefundStatus(models.TextChoices):
    COMPUTED = "computed", _("Computed")
    PAID = "paid", _("Paid")


class YearlyRefund(models.Model):
    """A refund computed once per member and calendar year by the nightly batch (Art. 54): computed,
    then paid. Computing it again updates it until it is paid."""

    year = models.PositiveSmallIntegerField(_("year"))
    status = models.CharField(_("status"), max_length=10, choices=RefundStatus.choices, default=RefundStatus.COMPUTED)
    computed_at = models.DateTimeField(_("computed at"))
    paid_on = models.DateField(_("paid on"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-year", "member"]


class MaxInvoiceRefund(YearlyRefund):
    """Maximumfactuur (Art. 54): rent above €300 in a calendar year, refunded in the next first
    semester."""

    member = models.ForeignKey("members.Member", on_delete=models.PROTECT, related_name="max_invoice_refunds")
    counted_rent = models.DecimalField(_("counted rent"), max_digits=10, decimal_places=2)
    refund = models.DecimalField(_("refund"), max_digits=10, decimal_places=2)
    reason = models.TextField(_("reason"), blank=True)

    class Meta(YearlyRefund.Meta):
        verbose_name = _("maximum-invoice refund")
        verbose_name_plural = _("maximum-invoice refunds")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "year"],
                name="max_invoice_once_per_member_year",
                violation_error_message=_(
                    "Year: this member already has a maximum-invoice refund for this year (Art. 54)."
                ),
            )
        ]

    def __str__(self):
        return f"{self.member} {self.year}: {eur(self.refund)}"


class AlarmSubsidy(YearlyRefund):
    """€5 per month of personal-alarm rent for members with VT on 1 January, max €60 (Art. 54)."""

    member = models.ForeignKey("members.Member", on_delete=models.PROTECT, related_name="alarm_subsidies")
    months = models.PositiveSmallIntegerField(_("months"))
    amount = models.DecimalField(_("amount"), max_digits=8, decimal_places=2)

    class Meta(YearlyRefund.Meta):
        verbose_name = _("alarm subsidy")
        verbose_name_plural = _("alarm subsidies")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "year"],
                name="alarm_subsidy_once_per_member_year",
                violation_error_message=_("Year: this member already has an alarm subsidy for this year (Art. 54)."),
            )
        ]

    def __str__(self):
        return f"{self.member} {self.year}: {eur(self.amount)}"


class CareFee(models.Model):
    """The €50 administrative cost of Art. 52 on a sick-child babysitting booking (a ``sick_child_care``
    claim): "bij oneigenlijk gebruik, overschrijding van de maximale duur (9 uur) en laattijdige
    annulering zal 50 euro administratiekosten aangerekend worden". One per booking
    (``rules.CARE_FEE_ONCE_PER_BOOKING``); never counted for the maximum invoice of Art. 54."""

    claim = models.OneToOneField(
        "benefits.Claim",
        on_delete=models.PROTECT,
        related_name="care_fee",
        verbose_name=_("babysitting booking (claim)"),
    )
    ground = models.CharField(
        _("ground"),
        max_length=20,
        choices=[
            (rules.CareFeeGround.MISUSE.value, _("improper use (oneigenlijk gebruik)")),
            (rules.CareFeeGround.OVERRUN.value, _("more than 9 hours (overschrijding)")),
            (rules.CareFeeGround.LATE_CANCELLATION.value, _("late cancellation (laattijdige annulering)")),
        ],
    )
    amount = models.DecimalField(_("amount"), max_digits=8, decimal_places=2)
    day = models.DateField(_("date"), help_text=_("The booked day the fee is about."))
    hours = models.DecimalField(_("hours that day"), max_digits=4, decimal_places=2, null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancellation received at"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    reason = models.TextField(_("reason"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-day", "-id"]
        verbose_name = _("sick-child care fee (Art. 52)")
        verbose_name_plural = _("sick-child care fees (Art. 52)")
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gte=0),
                name="care_fee_non_negative",
                violation_error_message=_("Amount: zero or more."),
            )
        ]

    def __str__(self):
        return f"{self.get_ground_display()} {self.day:%d/%m/%Y}: {eur(self.amount)}"


class IncontinenceSale(models.Model):
    """An invoice of the home-care shop (thuiszorgwinkel, ComfoPlus) for incontinence material and the
    fund's discount on it (Art. 54: "een korting t.b.v. 10% of 30% voor het incontinentiemateriaal")."""

    member = models.ForeignKey(
        "members.Member", on_delete=models.PROTECT, related_name="incontinence_sales", verbose_name=_("member")
    )
    invoice_number = models.CharField(_("invoice number"), max_length=40, unique=True)
    invoice_date = models.DateField(_("invoice date"))
    amount = models.DecimalField(_("invoice amount (incontinence material)"), max_digits=10, decimal_places=2)
    entitled = models.BooleanField(_("member in order on the invoice date"))
    vt = models.BooleanField(_("increased reimbursement (VT) on the invoice date"))
    discount_percent = models.DecimalField(_("discount (%)"), max_digits=5, decimal_places=2)
    discount = models.DecimalField(_("discount"), max_digits=10, decimal_places=2)
    reason = models.TextField(_("reason"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-invoice_date", "-id"]
        verbose_name = _("incontinence material sale (Art. 54)")
        verbose_name_plural = _("incontinence material sales (Art. 54)")
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gte=0) & Q(discount__gte=0) & Q(discount__lte=models.F("amount")),
                name="incontinence_discount_within_invoice",
                violation_error_message=_("Discount: from zero up to the invoice amount; the amount zero or more."),
            ),
        ]

    def __str__(self):
        return f"{self.invoice_number} {self.invoice_date:%d/%m/%Y}: −{eur(self.discount)}"

    @property
    def to_pay(self) -> Decimal:
        return self.amount - self.discount
