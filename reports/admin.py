from django.contrib import admin
from import_export import resources

from core.admin import AuditedAdmin, ImportExportAdmin
from reports.models import Figure, Snapshot


class FigureResource(resources.ModelResource):
    """Figures in and out (CSV with ; or ,, XLSX): year, section, entity, metric, value, unit, source."""

    class Meta:
        model = Figure
        fields = ("year", "section", "entity", "metric", "value", "unit", "source", "notes", "position")
        import_id_fields = ("year", "entity", "metric")
        clean_model_instances = True
        skip_unchanged = True


@admin.register(Figure)
class FigureAdmin(ImportExportAdmin, AuditedAdmin):
    resource_classes = [FigureResource]
    list_display = ("year", "section", "entity", "metric", "value", "unit", "source")
    list_filter = ("section", "year", "unit")
    search_fields = ("entity", "metric")


@admin.register(Snapshot)
class SnapshotAdmin(admin.ModelAdmin):
    list_display = ("key", "year", "computed_at")
    list_filter = ("key", "year")
    readonly_fields = ("key", "year", "data", "computed_at")

    def has_add_permission(self, request):
        return False
