"""API conventions shared by every app.

- Authentication is required everywhere; reads need the model's ``view`` permission too
  (``core.permissions``).
- Errors have one shape: validation errors are ``{field: [message, ...]}`` (``non_field_errors``
  for the object as a whole), every other error is ``{"detail": message, "code": code}``.
  Services raise Django's ``ValidationError``; it is mapped here, so the admin, the API and the
  tasks share one validation path.
- A call without valid credentials answers 401 with a ``WWW-Authenticate`` challenge, whatever the
  order of the authentication classes (``_challenge``).
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, resolve_url
from django.utils.translation import gettext as _
from rest_framework import exceptions, serializers
from rest_framework.fields import get_error_detail
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler

from core import bounds, reasons


def exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(detail=_django_error_detail(exc))
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, (exceptions.NotAuthenticated, exceptions.AuthenticationFailed)):
        _challenge(exc, context.get("request"))

    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        if isinstance(response.data, list):
            response.data = {api_settings.NON_FIELD_ERRORS_KEY: response.data}
    else:
        detail = exc.detail if isinstance(exc, exceptions.APIException) else str(exc)
        code = exc.get_codes() if isinstance(exc, exceptions.APIException) else "error"
        response.data = {"detail": str(detail), "code": code if isinstance(code, str) else "error"}
    return response


def _challenge(exc: exceptions.APIException, request) -> None:
    """Make an authentication failure a 401 with a ``WWW-Authenticate`` challenge (RFC 9110 11.6.1).

    DRF asks only the *first* authentication class for a challenge and answers 403 when it has none
    (``SessionAuthentication`` has none). Ask every configured class in order (``Token``, ``Basic``
    …); with session authentication only, challenge with ``Session`` and the login page.
    """
    header = ""
    for authenticator in getattr(request, "authenticators", None) or ():
        header = authenticator.authenticate_header(request) or ""
        if header:
            break
    exc.status_code = 401
    exc.auth_header = header or f'Session realm="api", login="{resolve_url(settings.LOGIN_URL)}"'


def _django_error_detail(exc: DjangoValidationError):
    if hasattr(exc, "error_dict"):
        return {
            (api_settings.NON_FIELD_ERRORS_KEY if field == "__all__" else field): get_error_detail(
                DjangoValidationError(errors)
            )
            for field, errors in exc.error_dict.items()
        }
    return {api_settings.NON_FIELD_ERRORS_KEY: get_error_detail(exc)}


# --- bounded input: path ids and query parameters (issue #12, point 11) ---------------------------


class BoundedLookupMixin:
    """A path id that cannot be a database id (``/members/99999999999999999999/``, ``/members/x/``)
    is a 404, not a database error: the lookup is checked before the query."""

    def get_object(self):
        lookup = self.kwargs.get(self.lookup_url_kwarg or self.lookup_field)
        if self.lookup_field in ("pk", "id") and not bounds.is_id(lookup):
            raise exceptions.NotFound()
        return super().get_object()


def object_or_404(queryset, pk):
    """``get_object_or_404`` for an id from a path or a query string, bounded like ``BoundedLookupMixin``."""
    if not bounds.is_id(pk):
        raise exceptions.NotFound()
    return get_object_or_404(queryset, pk=int(pk))


def query_int(request, name: str, *, default: int | None, low: int, high: int, required: bool = False) -> int:
    """An integer query parameter within [low, high], or a 400 naming it."""
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        if required or default is None:
            raise exceptions.ValidationError({name: [_("This parameter is required.")]})
        return default
    raw = raw.strip()
    if not raw.isascii() or not raw.lstrip("-").isdigit() or len(raw) > 20:
        raise exceptions.ValidationError({name: [_("A whole number.")]})
    problem = bounds.number_problem(int(raw), low=low, high=high)
    if problem:
        raise exceptions.ValidationError({name: [problem]})
    return int(raw)


def query_year(request, name: str = "year", *, today) -> int:
    """A calendar year in the query string (default: this year), within the data's range."""
    year = query_int(request, name, default=today.year, low=-(10**6), high=10**6)
    problem = bounds.year_problem(year, today=today)
    if problem:
        raise exceptions.ValidationError({name: [problem]})
    return year


def query_date(request, name: str, *, default, problem=None):
    """An ISO date in the query string (``default`` when absent), checked by ``problem(day)``."""
    if name not in request.query_params:
        return default
    try:
        day = serializers.DateField().to_internal_value(request.query_params[name])
    except exceptions.ValidationError as exc:
        raise exceptions.ValidationError({name: exc.detail}) from exc
    message = problem(day) if problem else None
    if message:
        raise exceptions.ValidationError({name: [message]})
    return day


# --- the error answers in the OpenAPI schema ---------------------------------------------------------

_VALIDATION_ERROR = {
    "type": "object",
    "description": "Each field in error (`non_field_errors` for the object as a whole) with its messages.",
    "additionalProperties": {"anyOf": [{"type": "array"}, {"type": "object"}]},
    "example": {"paid_on": ["A payment cannot be dated more than 7 days ahead: not after 04/12/2026."]},
}
_ERROR = {
    "type": "object",
    "properties": {"detail": {"type": "string"}, "code": {"type": "string"}},
    "required": ["detail", "code"],
    "example": {"detail": "Not found.", "code": "not_found"},
}
_ERROR_ANSWERS = {
    "400": (
        "ValidationError",
        "Invalid input: the fields in error, each with its messages "
        "(a body that is not JSON at all: `{detail, code}`).",
    ),
    "401": ("Error", "Not authenticated."),
    "403": ("Error", "Authenticated, but this role may not do this."),
    "404": ("Error", "No such object (or an id that cannot exist)."),
}
#: Operations without a path parameter that still look an object up by an id given in the query.
_LOOKS_UP = {"/api/v1/lending/max-invoice/", "/api/v1/members/{id}/entitlement/"}


def error_responses_hook(result, generator, request, public):
    """drf-spectacular postprocessing hook: every operation documents the error answers of
    ``exception_handler`` (400 with the fields in error, 401, 403, and 404 where an object is looked
    up), in the shapes it really returns."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas.setdefault("ValidationError", _VALIDATION_ERROR)
    schemas.setdefault("Error", _ERROR)
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            responses = operation.setdefault("responses", {})
            for status, (component, description) in _ERROR_ANSWERS.items():
                if status == "404" and "{" not in path and path not in _LOOKS_UP:
                    continue
                schema = {"$ref": f"#/components/schemas/{component}"}
                if status == "400":
                    schema = {"anyOf": [schema, {"$ref": "#/components/schemas/Error"}]}
                responses.setdefault(
                    status, {"description": description, "content": {"application/json": {"schema": schema}}}
                )
    return result


class BoundedPrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """A related object by id; a number that cannot be an id does not exist (not a database error)."""

    def to_internal_value(self, data):
        if not isinstance(data, bool) and isinstance(data, (int, str)) and not bounds.is_id(data):
            if isinstance(data, int) or str(data).strip().lstrip("-").isdigit():
                self.fail("does_not_exist", pk_value=data)
        return super().to_internal_value(data)


def not_found(request, exception=None):
    """``handler404``: under ``/api/`` a URL that matches no route (``/api/v1/members/-1/``) answers
    the API's JSON 404; elsewhere Django's own page."""
    from django.http import JsonResponse
    from django.views.defaults import page_not_found

    if request.path.startswith("/api/"):
        return JsonResponse({"detail": _("Not found."), "code": "not_found"}, status=404)
    return page_not_found(request, exception or Http404())


class ReasonSerializer(serializers.Serializer):
    """One reason of a decision (issue #14): the article it cites, its stable code (count and translate
    by it) and its English text."""

    code = serializers.CharField(help_text='Stable, dotted, English: "cap.amount_reached"; "legacy" before codes.')
    article = serializers.CharField(help_text='The article it cites: "Art. 47" (may be empty on a legacy reason).')
    text = serializers.CharField(help_text="The reason in English, without its article.")

    def to_representation(self, instance):
        # a reason stored as a sentence before codes (the migrations convert them; kept safe here)
        return super().to_representation(reasons.legacy(instance) if isinstance(instance, str) else instance)
