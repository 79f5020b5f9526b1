"""The admin's autocomplete (issue #16): people, households, claims and stock units are picked by name
or national number, never by an internal id.

Django's own view (``admin:autocomplete``) answers anyone who may view the *target* model. Here it
also asks that the user may view or change the *form's* model (the claim's member list is for those
who handle claims), labels each result with what tells people apart (``autocomplete_label`` on the
target's ``ModelAdmin``, e.g. name, birth date and household — never a category of data the role does
not see), cuts the search term to ``MAX_TERM`` characters, and writes one read-access row per answer
for an admin of personal data (``core.privacy.log_access``, as its change list does).
"""

from django.contrib import admin
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.core.exceptions import PermissionDenied

from core import privacy
from core.admin import PersonalDataAdmin

#: A search term longer than this is cut (a name or a printed national number fits easily).
MAX_TERM = 100


class LabelledAutocompleteView(AutocompleteJsonView):
    def process_request(self, request):
        term, model_admin, source_field, to_field_name = super().process_request(request)
        source_admin = self.admin_site._registry.get(source_field.model)
        if source_admin is not None and not (
            source_admin.has_view_permission(request) or source_admin.has_change_permission(request)
        ):
            # need-to-know: the list of a form's choices is for those who work with that form
            raise PermissionDenied
        return term[:MAX_TERM], model_admin, source_field, to_field_name

    def get_queryset(self):
        queryset = super().get_queryset()
        related = getattr(self.model_admin, "autocomplete_select_related", ())
        if related:
            queryset = queryset.select_related(*related)
        return queryset if queryset.ordered else queryset.order_by("pk")  # pages that do not shift

    def serialize_result(self, obj, to_field_name):
        label = getattr(self.model_admin, "autocomplete_label", None)
        text = label(self.request, obj) if label is not None else str(obj)
        return {"id": str(getattr(obj, to_field_name)), "text": str(text)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        self.shown = len(context["object_list"])
        return context

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if isinstance(self.model_admin, PersonalDataAdmin):
            privacy.log_access(
                request,
                action="list",
                model=self.model_admin.model,
                count=self.shown,
                # what the labels show (``autocomplete_categories`` on the target's admin), identity by default
                categories=getattr(self.model_admin, "autocomplete_categories", (privacy.Category.IDENTITY,)),
                reason="autocomplete",
            )
        return response


def autocomplete_view(request):
    """Served at ``admin/autocomplete/`` in place of Django's (``config/urls.py``), so the widgets'
    ``admin:autocomplete`` URL reaches it."""
    return admin.site.admin_view(LabelledAutocompleteView.as_view(admin_site=admin.site))(request)
