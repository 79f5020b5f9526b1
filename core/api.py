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
from django.shortcuts import resolve_url
from rest_framework import exceptions
from rest_framework.fields import get_error_detail
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler


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
