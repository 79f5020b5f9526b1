"""Admin building blocks shared by the apps."""

from auditlog.mixins import AuditlogHistoryAdminMixin
from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
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


def add_service_errors(form, exc: ValidationError, fields: dict[str, str] | None = None) -> None:
    """Put a service's refusal on the form that called it: each message on its field when the form
    has that field (``fields`` maps a service's argument to the form field it came from), else above
    the form (the message names the field and the article itself)."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            field = (fields or {}).get(field, field)
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.error_list)


class ServiceModelForm(forms.ModelForm):
    """An add form whose saving *is* a service call (``save_new``), made in ``_post_clean``: after
    the fields and the model's own checks, before the admin saves anything. A rule the service
    refuses becomes a form error (the page is shown again with the message, HTTP 200), never a
    server error, and nothing is stored. The admin's ``save_form`` returns ``form.created``; the
    ``ServiceAddAdmin`` mixin does that. The change form saves as a plain ModelForm."""

    created = None

    def save_new(self, instance):
        """Call the service with the values in ``instance`` (the form's data, checked)."""
        raise NotImplementedError

    def _post_clean(self):
        super()._post_clean()
        if self.instance.pk is not None or self.errors:
            return
        try:
            self.created = self.save_new(self.instance)
        except ValidationError as exc:
            add_service_errors(self, exc)


class ServiceAddAdmin:
    """ModelAdmin mixin for a ``ServiceModelForm``: the service stored the new object (and its
    relations) in the form's clean-up; the admin only shows it. The add page has no inlines: they
    would be checked after the service already stored the object."""

    def get_inline_instances(self, request, obj=None):
        return super().get_inline_instances(request, obj) if obj is not None else []

    def save_form(self, request, form, change):
        if change:
            return super().save_form(request, form, change)
        return form.created

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        if change:
            super().save_related(request, form, formsets, change)


class ImportExportAdmin(ImportExportMixin):
    """Import (CSV with ``;`` or ``,``, XLSX) and export (CSV, XLSX) for clerks."""

    import_formats = formats_module.IMPORT_FORMATS
    export_formats = formats_module.EXPORT_FORMATS


# --- the nightly runs, for managers -------------------------------------------------------------------

from django.db import transaction  # noqa: E402
from django.utils.html import format_html_join  # noqa: E402
from django.utils.translation import gettext_lazy as _  # noqa: E402

from core.models import JobRun, StepRun  # noqa: E402


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


@admin.register(JobRun)
class JobRunAdmin(admin.ModelAdmin):
    list_display = ("run_on", "job", "status", "attempts", "started_at", "finished_at", "error")
    list_filter = ("status", "job")
    readonly_fields = ("job", "run_on", "status", "attempts", "started_at", "finished_at", "error")
    inlines = [StepInline]
    actions = ["resume"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Resume the run (failed steps and chunks are run again)"), permissions=["view"])
    def resume(self, request, queryset):
        from core.tasks import nightly_start

        if not request.user.has_perm("django_celery_beat.change_periodictask"):
            self.message_user(request, _("Only managers start the nightly chain."), level="error")
            return
        for run in queryset:
            transaction.on_commit(lambda day=run.run_on: nightly_start.delay(day.isoformat()))
        self.message_user(request, _("Started: the runs continue where they stopped."))
