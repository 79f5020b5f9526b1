"""Admin building blocks shared by the apps."""

from auditlog.mixins import AuditlogHistoryAdminMixin
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from import_export.forms import SelectableFieldsExportForm

from core import import_formats as formats_module
from core import privacy
from core.models import JobRun, RunStatus, SkippedItem, StepRun
from core.pagination import LargeTablePaginator
from core.return_to import ReturnToMixin


class AuditedAdmin(ReturnToMixin, AuditlogHistoryAdminMixin, admin.ModelAdmin):
    """A model admin whose change page links to the object's audit trail (who, when, old → new), and
    that goes back to a safe ``?_return=`` URL after saving (``core.return_to``, issue #16)."""

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        opts = self.model._meta
        try:
            extra_context["auditlog_url"] = reverse(
                f"admin:{opts.app_label}_{opts.model_name}_auditlog", args=[object_id]
            )
        except NoReverseMatch:
            pass
        return super().change_view(request, object_id, form_url, extra_context)


class BigTableAdmin(AuditedAdmin):
    """For million-row tables (NOTES.md): no full COUNT, no facets, explicit joins."""

    paginator = LargeTablePaginator
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    list_per_page = 50


def fieldsets_for(user, fieldsets, field_categories):
    """``fieldsets`` without the fields whose category ``user`` does not see (empty sets dropped)."""
    kept_sets = []
    for name, options in fieldsets:
        fields = []
        for entry in options["fields"]:
            group = isinstance(entry, (tuple, list))
            kept = privacy.visible(user, entry if group else (entry,), field_categories)
            if kept:
                fields.append(tuple(kept) if group else kept[0])
        if fields:
            kept_sets.append((name, {**options, "fields": tuple(fields)}))
    return kept_sets


class PersonalDataAdmin(admin.ModelAdmin):
    """An admin of personal data: every change page and list writes one read-access row
    (``core.privacy.log_access``), and the object's audit trail (old → new values of every field)
    is shown only to roles that see every category of the page (``history_categories``).

    ``access_categories(request, obj)`` are the categories the page shows."""

    history_categories = privacy.ALL

    def access_categories(self, request, obj=None):
        return (privacy.Category.IDENTITY,)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        if request.method == "GET" and response.status_code == 200 and isinstance(response, TemplateResponse):
            obj = response.context_data.get("original")
            if obj is not None:
                privacy.log_access(
                    request,
                    action="view",
                    obj=obj,
                    household_id=self.access_household_id(obj),
                    categories=self.access_categories(request, obj),
                )
        return response

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        if request.method == "GET" and response.status_code == 200 and isinstance(response, TemplateResponse):
            changelist = (response.context_data or {}).get("cl")
            if changelist is not None:
                privacy.log_access(
                    request,
                    action="list",
                    model=self.model,
                    count=len(changelist.result_list),
                    categories=self.access_categories(request),
                )
        return response

    def access_household_id(self, obj):
        return getattr(obj, "household_id", None)

    def auditlog_history_view(self, request, object_id, extra_context=None):
        if not privacy.sees(request.user, *self.history_categories):
            raise PermissionDenied
        return super().auditlog_history_view(request, object_id, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if not privacy.sees(request.user, *self.history_categories):
            context.pop("auditlog_url", None)
        return super().render_change_form(request, context, add, change, form_url, obj)


class ExportReasonForm(SelectableFieldsExportForm):
    """Export of personal data: the user says why (kept in the read-access log)."""

    reason = forms.CharField(
        label=_("reason for this export"),
        min_length=10,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        help_text=_(
            "Why these data leave the back office (e.g. the annual report to the control office). "
            "Kept in the read-access log with your name and the number of rows."
        ),
    )


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


class DropdownFilter(admin.RelatedFieldListFilter):
    """A list filter as one drop-down instead of a long list of links (issue #16: at 1366 px the benefit
    filter's forty names pushed the claims list's status, payout and batch off the screen)."""

    template = "admin/filter_dropdown.html"


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
    """Import (CSV with ``;`` or ``,``, XLSX) and export (CSV, XLSX; formulas escaped).

    ``export_permission``: where set, only users holding it export (bulk export of the register is
    not for every role that views it), after typing a reason; each export writes a read-access row."""

    import_formats = formats_module.IMPORT_FORMATS
    export_formats = formats_module.EXPORT_FORMATS
    export_permission: str | None = None
    export_categories = (privacy.Category.IDENTITY,)

    def has_export_permission(self, request):
        if self.export_permission is None:
            return super().has_export_permission(request)
        return request.user.has_perm(self.export_permission)

    def get_export_form_class(self):
        return ExportReasonForm if self.export_permission else super().get_export_form_class()

    def is_skip_export_form_enabled(self):
        return False if self.export_permission else super().is_skip_export_form_enabled()

    def get_export_data(self, file_format, request, queryset, **kwargs):
        data = super().get_export_data(file_format, request, queryset, **kwargs)
        form = kwargs.get("export_form")
        reason = form.cleaned_data.get("reason", "") if form is not None and hasattr(form, "cleaned_data") else ""
        privacy.log_access(
            request,
            action="export",
            model=self.model,
            count=queryset.count(),
            reason=reason,
            categories=self.export_categories,
        )
        return data


# --- the nightly runs, for managers -------------------------------------------------------------------


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


def _unit_name(unit: str) -> str:
    """The kind of a skipped item in the reader's language ("huishouden 12"), from ``app_label.model``."""
    from django.apps import apps

    try:
        return str(apps.get_model(unit)._meta.verbose_name) if unit else gettext("number")
    except (LookupError, ValueError):
        return unit


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

    @admin.display(description=pgettext_lazy("a household or rental the nightly chain skipped", "item"))
    def item(self, obj):
        label = f"{_unit_name(obj.unit)} {obj.item_id}"
        if obj.unit:
            try:
                url = reverse(f"admin:{obj.unit.replace('.', '_')}_change", args=[obj.item_id])
            except NoReverseMatch:
                return label
            return format_html('<a href="{}">{}</a>', url, label)
        return label


@admin.register(JobRun)
class JobRunAdmin(admin.ModelAdmin):
    list_display = (
        "run_on",
        "job",
        "status",
        "attempts",
        "skipped_count",
        "lease",
        "started_at",
        "finished_at",
        "error",
    )
    list_filter = ("status", "job")
    readonly_fields = (
        "job",
        "run_on",
        "status",
        "attempts",
        "skipped_count",
        "lease",
        "started_at",
        "finished_at",
        "error",
    )
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
                "renewed": date_format(timezone.localtime(held.renewed_at), "H:i:s"),
            }
        return gettext("lost: the run stopped; it can be resumed")

    # defined below, once ``service_action`` exists: ``JobRunAdmin.resume``


# --- the read-access log, for the auditor (and managers) ------------------------------------------------

from core.models import AccessLog  # noqa: E402


class CategoryFilter(admin.SimpleListFilter):
    title = _("category")
    parameter_name = "category"

    def lookups(self, request, model_admin):
        return privacy.Category.choices

    def queryset(self, request, queryset):
        if self.value() in privacy.Category.values:
            return queryset.filter(categories__contains=self.value())
        return queryset


class ObjectTypeFilter(admin.SimpleListFilter):
    """The kinds of objects whose reads are logged (a fixed list: no DISTINCT over the log)."""

    title = _("object type")
    parameter_name = "type"

    def lookups(self, request, model_admin):
        from django.apps import apps

        return [(label, apps.get_model(label)._meta.verbose_name_plural) for label in privacy.LOGGED_TYPES]

    def queryset(self, request, queryset):
        return queryset.filter(object_type=self.value()) if self.value() in privacy.LOGGED_TYPES else queryset


@admin.register(AccessLog)
class AccessLogAdmin(admin.ModelAdmin):
    """Read only for everyone, superusers included: rows are written by the code, purged after
    ``ACCESS_LOG_RETENTION_DAYS`` (``manage.py purge_access_log``, and the nightly chain)."""

    list_display = (
        "at",
        "username",
        "action",
        "channel",
        "object_type",
        "object_id",
        "household_id",
        "categories",
        "count",
        "reason",
    )
    list_filter = ("action", "channel", ObjectTypeFilter, CategoryFilter)
    search_fields = ("=username", "=object_id", "=household_id")
    search_help_text = _("A username, an object id (member, claim …) or a household number.")
    paginator = LargeTablePaginator
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    list_per_page = 100
    actions = None

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# --- admin actions: one pattern, every action through a service ----------------------------------------
#
# Every action of the back office's admins is built by ``service_action`` (it writes, through a
# service) or ``read_action`` (it only reads: an export). ``core/tests/test_admin_actions.py`` walks
# every registered admin and fails on an action built otherwise, so a queryset.update() behind the
# services' backs cannot come back unnoticed. The other ways an admin writes are the same shape: a
# page of one object whose form calls a service (``service_form_view``, below), and the add/change
# form whose saving is a service call (``ServiceModelForm`` / ``ServiceAddAdmin``, above).

from core import audit  # noqa: E402

#: A reason typed on a confirmation page: at least a short sentence (the same bound as an export's reason).
ACTION_REASON_MIN_LENGTH = 10


class ActionReasonForm(forms.Form):
    """Why the clerk moves money or reverses something: kept in the audit trail with their name."""

    reason = forms.CharField(
        label=_("reason"),
        min_length=ACTION_REASON_MIN_LENGTH,
        max_length=200,  # a payment keeps 200 characters
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        help_text=_(
            "Why you do this (e.g. the bank statement of 12/03 shows the transfer). Kept in the audit "
            "trail with your name."
        ),
    )


class Outcome(str):
    """What a service call returns for the message of its object (a success unless ``warning``)."""

    level = messages.SUCCESS

    @classmethod
    def warning(cls, text) -> "Outcome":
        outcome = cls(text)
        outcome.level = messages.WARNING
        return outcome


class ActionSpec:
    """How an action was built (read by the test that walks every admin)."""

    def __init__(self, *, writes: bool, confirm: bool, reason: bool):
        self.writes, self.confirm, self.reason = writes, confirm, reason


def _action_name(request) -> str:
    try:
        index = int(request.POST.get("index", 0))
    except ValueError:
        index = 0
    names = request.POST.getlist("action")
    return names[index] if index < len(names) else (names[0] if names else "")


def service_action(
    call,
    *,
    description,
    permissions=("change",),
    confirm=False,
    reason=False,
    per_object=True,
    select=None,
    consequence="",
    details=None,
    total=None,
    nothing=None,
    done=None,
    respond=None,
    label=str,
):
    """An admin action that runs a service.

    ``call(obj, *, user, reason)`` is the service call for one selected object (``per_object``), or
    ``call(objects, *, user, reason)`` once for all of them. Each call runs in its own transaction
    inside ``core.audit.action``: the audit entries it writes carry the action, the reason and the
    user. A ``ValidationError`` becomes an error message naming the object; the others go on. A
    returned string is the object's message (``Outcome.warning`` for a warning); otherwise one
    message counts what was done (``done``, with ``%(n)d``).

    ``confirm``: like ``delete_selected``, the first POST only shows a page listing the objects and
    ``consequence``; the confirmation runs it. ``reason`` (implies ``confirm``): that page asks why
    (``ActionReasonForm``, required), passed to the service as ``reason=``. Money that moves and
    anything reversed is confirmed with a reason.

    ``select(queryset)`` narrows the selection to what the action applies to (``nothing`` is said when
    none is left); ``details(objects)`` maps pk → a line for the confirmation page, ``total(objects)``
    its total; ``respond(request, results)`` may return the response (a page shown once), given the
    list of (object, result) done (then no message shows a result); ``label(obj)`` names an object in the messages."""
    confirm = confirm or reason

    def action(modeladmin, request, queryset):
        chosen = select(queryset) if select else queryset
        objects = list(chosen)
        if not objects:
            modeladmin.message_user(request, nothing or gettext("Nothing selected can be done."), messages.WARNING)
            return None
        given = ""
        if confirm:
            posted = request.POST.get("post") == "yes"
            form = ActionReasonForm(request.POST if posted else None) if reason else None
            if not posted or (form is not None and not form.is_valid()):
                return _confirmation_page(
                    modeladmin,
                    request,
                    objects,
                    form,
                    description=description,
                    consequence=consequence,
                    details=details,
                    total=total,
                )
            given = form.cleaned_data["reason"] if form is not None else ""
        name = f"{modeladmin.opts.app_label}.{modeladmin.opts.model_name}.{_action_name(request)}"
        results, counted = [], 0
        for target in objects if per_object else [objects]:
            try:
                with transaction.atomic(), audit.action(name=name, user=request.user, reason=given):
                    result = call(target, user=request.user, reason=given)
            except ValidationError as exc:
                who = label(target) if per_object else gettext("Refused")
                modeladmin.message_user(request, f"{who}: " + "; ".join(exc.messages), messages.ERROR)
                continue
            results.append((target, result))
            if respond is not None:
                continue  # what the service returned is for the response only (a key shown once)
            if isinstance(result, str) and result:
                modeladmin.message_user(
                    request,
                    f"{label(target)}: {result}" if per_object else result,
                    getattr(result, "level", messages.SUCCESS),
                )
            else:
                counted += len(target) if not per_object and isinstance(target, list) else 1
        if respond is not None and results:
            response = respond(request, results)
            if response is not None:
                return response
        if counted:
            modeladmin.message_user(request, (done or gettext("Done: %(n)d.")) % {"n": counted}, messages.SUCCESS)
        return None

    action = admin.action(description=description, permissions=list(permissions))(action)
    action.action_spec = ActionSpec(writes=True, confirm=confirm, reason=reason)
    return action


def read_action(*, description, permissions=("view",)):
    """Decorator for an action that writes nothing but the read-access log (an export)."""

    def decorate(func):
        func = admin.action(description=description, permissions=list(permissions))(func)
        func.action_spec = ActionSpec(writes=False, confirm=False, reason=False)
        return func

    return decorate


def _confirmation_page(modeladmin, request, objects, form, *, description, consequence, details, total):
    opts = modeladmin.opts
    lines = details(objects) if details else {}
    rows = []
    for obj in objects:
        try:
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        except NoReverseMatch:
            url = ""
        rows.append((obj, url, lines.get(obj.pk, "")))
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": gettext("Confirm: %(action)s") % {"action": description},
        "opts": opts,
        "description": description,
        "consequence": consequence,
        "rows": rows,
        "has_details": bool(lines),
        "total": total(objects) if total else "",
        "form": form,
        "action": _action_name(request),
        "selected": [str(obj.pk) for obj in objects],
        "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
    }
    return TemplateResponse(request, "admin/service_action_confirmation.html", context)


def _resume(selected, user):
    """Start the nightly chain again for a failed or dead run (managers only)."""
    from core import nightly
    from core.tasks import start_chain

    if not user.has_perm("django_celery_beat.change_periodictask"):
        raise ValidationError(gettext("Only managers start the nightly chain."))
    day = date_format(selected.run_on, "d/m/Y")
    run = nightly.start(selected.run_on, holder=gettext("%(user)s in the admin") % {"user": user.get_username()})
    if run is None:
        raise ValidationError(
            gettext("Not resumed (%(day)s): %(reason)s") % {"day": day, "reason": nightly.refusal_reason()}
        )
    if run.status == RunStatus.SUCCEEDED:
        return Outcome.warning(gettext("Nothing to resume (%(day)s): the run succeeded.") % {"day": day})
    transaction.on_commit(lambda run=run: start_chain(run))
    return gettext("Resumed (%(day)s, attempt %(attempt)s): the run continues where it stopped.") % {
        "day": day,
        "attempt": run.attempts,
    }


JobRunAdmin.resume = service_action(
    lambda run, user, reason: _resume(run, user),
    permissions=["view"],
    description=_("Resume the run (failed steps and chunks are run again)"),
    select=lambda qs: qs.order_by("run_on"),
)


def service_form_view(
    model_admin,
    request,
    obj,
    form,
    call,
    *,
    title,
    intro="",
    submit=_("Save"),
    template="admin/service_form.html",
    extra_context=None,
):
    """A page of one object whose form calls a service (``call(cleaned_data)`` returns the message to
    show; ``Outcome.warning`` or a string with ``warning = True`` for a warning): the service's refusal
    shows on the form (its field, else above it) and nothing is stored; writing needs the change
    permission. The call runs in one transaction inside ``core.audit.action`` (named by the page's
    URL), like an action's; then the object's change page."""
    if not model_admin.has_change_permission(request, obj):
        raise PermissionDenied
    if request.method == "POST" and form.is_valid():
        opts = obj._meta
        name = getattr(request.resolver_match, "url_name", "") or f"{opts.app_label}_{opts.model_name}_page"
        try:
            with transaction.atomic(), audit.action(name=name, user=request.user):
                message = call(form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            warning = getattr(message, "warning", False) or getattr(message, "level", None) == messages.WARNING
            model_admin.message_user(request, message, messages.WARNING if warning else messages.SUCCESS)
            return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
    context = {
        **model_admin.admin_site.each_context(request),
        "form": form,
        "subject": obj,
        "title": title,
        "intro": intro,
        "submit_label": submit,
        "opts": obj._meta,
        **(extra_context or {}),
    }
    return TemplateResponse(request, template, context)


# --- the audit trail in the clerk's words (issue #16) -------------------------------------------------

from auditlog.admin import LogEntryAdmin as _AuditlogEntryAdmin  # noqa: E402
from auditlog.models import LogEntry  # noqa: E402
from django.utils.html import format_html_join  # noqa: E402

admin.site.unregister(LogEntry)


@admin.register(LogEntry)
class ReadableLogEntryAdmin(_AuditlogEntryAdmin):
    """django-auditlog's log, read as a clerk would (``core.audit.readable_changes``): Brussels time to
    the second, who, what (the object's label), and each field's label with its old → new value in
    Belgian format; related objects by their label, never an id or a Python repr. Logins are not data
    changes: their ``last_login`` is not logged (settings), older login-only entries were removed by
    ``core.0005`` (django-axes keeps the logins, in its access log)."""

    date_hierarchy = None  # a DISTINCT over the whole log on every page (NOTES.md)
    show_full_result_count = False
    list_display = ["when", "resource_url", "action_label", "changes_short", "user_url"]
    readonly_fields = ["when", "resource_url", "action_label", "user_url", "changes_table", "reason"]
    fieldsets = [
        (None, {"fields": ["when", "user_url", "resource_url", "reason"]}),
        (_("Changes"), {"fields": ["action_label", "changes_table"]}),
    ]

    @admin.display(description=_("object"))
    def resource_url(self, obj):
        label = audit.entry_object(obj)
        try:
            link = reverse(f"admin:{obj.content_type.app_label}_{obj.content_type.model}_change", args=[obj.object_pk])
        except NoReverseMatch:
            return label
        return format_html('<a href="{}">{}</a>', link, label)

    @admin.display(description=_("user"))
    def user_url(self, obj):
        return audit.entry_actor(obj)

    @admin.display(description=_("when (Brussels time)"), ordering="timestamp")
    def when(self, obj):
        return audit.entry_time(obj)

    @admin.display(description=_("action"), ordering="action")
    def action_label(self, obj):
        return audit.entry_action(obj)

    @admin.display(description=_("reason"))
    def reason(self, obj):
        return (obj.additional_data or {}).get("reason", "") or "—"

    def _rows(self, obj):
        cache = getattr(self, "_label_cache", None)
        if cache is None:
            cache = self._label_cache = {}
        return audit.readable_changes(obj, cache=cache)

    @admin.display(description=_("changes"))
    def changes_short(self, obj):
        rows = self._rows(obj)
        text = "; ".join(f"{r.field}: {r.old} → {r.new}" for r in rows[:3])
        return text + (" …" if len(rows) > 3 else "")

    @admin.display(description=_("changes"))
    def changes_table(self, obj):
        rows = self._rows(obj)
        if not rows:
            return "—"
        return format_html(
            "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>{}</table>",
            _("field"),
            _("before"),
            _("after"),
            format_html_join("", "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", ((r.field, r.old, r.new) for r in rows)),
        )

    def changelist_view(self, request, extra_context=None):
        self._label_cache = {}
        return super().changelist_view(request, extra_context)
