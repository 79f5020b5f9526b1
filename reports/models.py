"""Figures for the managers' report pages: entered or imported figures (what the system cannot
compute: staff, other entities' finances, market totals) and snapshots of what it computes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportAccess(models.Model):
    """Holds the permission to read the report pages; no table behind it."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_reports", _("Can view the report pages"))]
        verbose_name = _("report access")


class Unit(models.TextChoices):
    COUNT = "count", _("number")
    EUR = "eur", _("euro")
    FTE = "fte", _("full-time equivalents")
    PERCENT = "percent", _("percent")


class Figure(models.Model):
    """One figure: year × entity × metric → value (e.g. 2023, Solidaris, titular members, 2,251,603)."""

    year = models.PositiveSmallIntegerField(_("year"))
    section = models.CharField(
        _("section"), max_length=40, help_text=_("membership, staff, finances, activity, policy")
    )
    entity = models.CharField(_("entity"), max_length=120)
    metric = models.CharField(_("metric"), max_length=160)
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=10, choices=Unit.choices, default=Unit.COUNT)
    source = models.CharField(_("source"), max_length=200, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["section", "entity", "position", "metric", "year"]
        verbose_name = _("figure")
        verbose_name_plural = _("figures")
        constraints = [
            models.UniqueConstraint(
                fields=["year", "entity", "metric"],
                name="figure_unique",
                violation_error_message=_("Year, entity and metric: this figure is already recorded."),
            )
        ]
        indexes = [models.Index(fields=["section", "year"], name="figure_section_year_idx")]

    def __str__(self):
        return f"{self.year} {self.entity} — {self.metric}: {self.value}"


class Snapshot(models.Model):
    """Pre-aggregated figures of one report page for one year, refreshed by the nightly job, so a
    page reads one row instead of scanning million-row tables."""

    key = models.CharField(_("page"), max_length=40)
    year = models.PositiveSmallIntegerField(_("year"))
    data = models.JSONField(_("data"), default=dict)
    computed_at = models.DateTimeField(_("computed at"))

    class Meta:
        ordering = ["key", "-year"]
        verbose_name = _("snapshot")
        verbose_name_plural = _("snapshots")
        constraints = [
            models.UniqueConstraint(
                fields=["key", "year"],
                name="snapshot_unique",
                violation_error_message=_("Page and year: this snapshot already exists."),
            )
        ]

    def __str__(self):
        return f"{self.key} {self.year}"
