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
