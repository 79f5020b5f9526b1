"""Admin building blocks shared by the apps."""

from auditlog.mixins import AuditlogHistoryAdminMixin
from django.contrib import admin
from django.urls import NoReverseMatch, reverse

from import_export.admin import ImportExportMixin

from core import import_formats as formats_module
from core.pagination import LargeTablePaginator


class AuditedAdmin(AuditlogHistoryAdminMixin, admin.ModelAdmin):
    """A model admin whose change page links to the object's audit trail (who, when, old → new)."""

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        opts = self.model._meta
        try:
            extra_context["auditlog_url"] = reverse(f"admin:{opts.app_label}_{opts.model_name}_auditlog", args=[object_id])
        except NoReverseMatch:
            pass
        return super().change_view(request, object_id, form_url, extra_context)


class BigTableAdmin(AuditedAdmin):
    """For million-row tables (NOTES.md): no full COUNT, no facets, explicit joins."""

    paginator = LargeTablePaginator
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    list_per_page = 50


class ImportExportAdmin(ImportExportMixin):
    """Import (CSV with ``;`` or ``,``, XLSX) and export (CSV, XLSX) for clerks."""

    import_formats = formats_module.IMPORT_FORMATS
    export_formats = formats_module.EXPORT_FORMATS


# --- the nightly runs, for managers -------------------------------------------------------------------

from django.contrib import messages  # noqa: E402
from django.db import transaction  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.utils import timezone  # noqa: E402
from django.utils.formats import date_format  # noqa: E402
from django.utils.html import format_html  # noqa: E402
from django.utils.translation import gettext  # noqa: E402
from django.utils.translation import gettext_lazy as _  # noqa: E402

from core.models import JobRun, RunStatus, SkippedItem, StepRun  # noqa: E402


class StepInline(admin.TabularInline):
    model = StepRun
    fields = ("position", "name", "status", "counts", "chunks_done", "started_at", "finished_at", "error")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=_("chunks done"))
    def chunks_done(self, obj):
        done = obj.chunks.filter(status="succeeded").count()
        return f"{done} / {obj.chunks_total}" if obj.chunks_total else "—"


class SkippedInline(admin.TabularInline):
    """The households (rentals …) a chunk could not process: the run went on without them."""

    model = SkippedItem
    fields = ("step", "item", "error")
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name = _("skipped item (its data made the step fail; the others were processed)")
    verbose_name_plural = _("skipped items (their data made the step fail; the others were processed)")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("item"))
    def item(self, obj):
        label = f"{obj.unit.rsplit('.', 1)[-1] if obj.unit else gettext('id')} {obj.item_id}"
        if obj.unit:
            try:
                url = reverse(f"admin:{obj.unit.replace('.', '_')}_change", args=[obj.item_id])
            except NoReverseMatch:
                return label
            return format_html('<a href="{}">{}</a>', url, label)
        return label


@admin.register(JobRun)
class JobRunAdmin(admin.ModelAdmin):
    list_display = ("run_on", "job", "status", "attempts", "skipped_count", "lease", "started_at", "finished_at", "error")
    list_filter = ("status", "job")
    readonly_fields = ("job", "run_on", "status", "attempts", "skipped_count", "lease", "started_at", "finished_at", "error")
    fields = readonly_fields
    inlines = [StepInline, SkippedInline]
    actions = ["resume"]

    def has_add_permission(self, request):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(skipped_total=Count("skipped"))

    @admin.display(description=_("skipped"), ordering="skipped_total")
    def skipped_count(self, obj):
        total = getattr(obj, "skipped_total", None)
        return obj.skipped.count() if total is None else total

    @admin.display(description=_("lease"))
    def lease(self, obj):
        """Whether the run is alive: a running run that stopped renewing its lease has died."""
        if obj.status != RunStatus.RUNNING:
            return "—"
        from core import nightly

        held = nightly.current_lease()
        if held is not None and held.token == obj.token:
            return gettext("held until %(until)s (renewed at %(renewed)s)") % {
                "until": date_format(timezone.localtime(held.expires_at), "H:i:s"),
                "renewed": date_format(timezone.localtime(held.renewed_at), "H:i:s")}
        return gettext("lost: the run stopped; it can be resumed")

    @admin.action(description=_("Resume the run (failed steps and chunks are run again)"), permissions=["view"])
    def resume(self, request, queryset):
        from core import nightly
        from core.tasks import start_chain

        if not request.user.has_perm("django_celery_beat.change_periodictask"):
            self.message_user(request, gettext("Only managers start the nightly chain."), level=messages.ERROR)
            return
        for selected in queryset.order_by("run_on"):
            day = date_format(selected.run_on, "d/m/Y")
            run = nightly.start(selected.run_on, holder=gettext("%(user)s in the admin") % {"user": request.user.get_username()})
            if run is None:
                self.message_user(request, gettext("Not resumed (%(day)s): %(reason)s") % {
                    "day": day, "reason": nightly.refusal_reason()}, level=messages.ERROR)
            elif run.status == RunStatus.SUCCEEDED:
                self.message_user(request, gettext("Nothing to resume (%(day)s): the run succeeded.") % {"day": day},
                                  level=messages.WARNING)
            else:
                transaction.on_commit(lambda run=run: start_chain(run))
                self.message_user(request, gettext("Resumed (%(day)s, attempt %(attempt)s): the run continues where it "
                                                   "stopped.") % {"day": day, "attempt": run.attempts},
                                  level=messages.SUCCESS)
