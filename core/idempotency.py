"""Idempotent API writes: the ``Idempotency-Key`` header.

A client that sends a write (POST, PUT, PATCH, DELETE under ``/api/v1/``) with an
``Idempotency-Key`` header and retries it — a timeout, a lost connection, a double click — gets the
first answer again (same status, same body, and the header ``Idempotent-Replayed: true``) and the
work is not done twice: one payment, one claim, one return.

- The key belongs to the authenticated user: another user's identical key is another key.
- The same key with another request (method, path or body) is refused: 422.
- The same key while its first request is still being answered: 409 (retry a moment later).
- Only successful answers (2xx) are kept. An error changed nothing, so the request may be corrected
  and sent again with the same key.
- Keys expire after ``settings.IDEMPOTENCY_KEY_TTL`` (24 hours by default): an expired key is a new
  key, and expired rows are purged (``purge_expired``, hourly on Celery beat).
- Without the header nothing changes.

How: the key's row is claimed (inserted, committed) first; then, in one transaction, the row is
locked without waiting (``NOWAIT``: a concurrent duplicate gets 409), the view's work runs and the
answer is stored on the row. The work and the record that it was done commit together, so a crash
in between leaves neither, and a retry does the work once.

Every API view with a write method inherits ``IdempotentMixin`` (``core.tests`` walks the URL
configuration to keep it so); ``schema_hook`` documents the header on every write operation.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import timedelta

from django.conf import settings
from django.db import OperationalError, transaction
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.utils.encoders import JSONEncoder

from core.models import IdempotencyKey

HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
MAX_LENGTH = 255
#: Visible ASCII (a UUID, a hash, an ULID …): what can be sent in an HTTP header as it is.
KEY_PATTERN = re.compile(r"^[\x21-\x7e]{1,%d}$" % MAX_LENGTH)


def ttl() -> timedelta:
    return getattr(settings, "IDEMPOTENCY_KEY_TTL", timedelta(hours=24))


class RequestInFlight(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = _("A request with this Idempotency-Key is still being answered; retry in a moment.")
    default_code = "idempotency_key_in_flight"


class KeyReused(exceptions.APIException):
    status_code = status.HTTP_422_UNPROCESSABLE_ENTITY
    default_detail = _(
        "This Idempotency-Key was already used for another request (method, path or body differ); "
        "use a new key for a new request."
    )
    default_code = "idempotency_key_reused"


class IdempotentMixin:
    """For DRF views: answer a write carrying an ``Idempotency-Key`` once per user and key.

    Runs after authentication, permissions and throttling (``initial``), so a key is only ever
    claimed by a user who may make the request; the handler then runs through ``answer_once``."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        key = requested_key(request)
        method = request.method.lower()
        if key is None or not request.user.is_authenticated or not hasattr(self, method):
            return
        handler = getattr(self, method)

        def once(request, *args, **kwargs):
            return answer_once(request, key, handler, *args, **kwargs)

        setattr(self, method, once)  # this instance serves this one request only


def requested_key(request) -> str | None:
    """The request's key, or None for a read or a write without the header; 400 if malformed."""
    if request.method not in WRITE_METHODS:
        return None
    key = request.headers.get(HEADER)
    if key is None:
        return None
    if not KEY_PATTERN.match(key):
        raise exceptions.ValidationError(
            {HEADER: [_("1 to %(max)d visible ASCII characters, e.g. a UUID.") % {"max": MAX_LENGTH}]}
        )
    return key


def answer_once(request, key: str, handler, *args, **kwargs):
    fingerprint = request_fingerprint(request)
    row = _claim(request.user, key, request.method, request.path, fingerprint)
    with transaction.atomic():
        try:
            row = IdempotencyKey.objects.select_for_update(nowait=True).filter(pk=row.pk).first()
        except OperationalError as exc:  # NOWAIT: the first request holds the row, it is being answered now
            raise RequestInFlight() from exc
        if row is None:  # purged between the claim and the lock: the client may simply retry
            raise RequestInFlight()
        if row.response_status is not None:
            if (row.method, row.path, row.fingerprint) != (request.method, request.path, fingerprint):
                raise KeyReused()
            return Response(row.response_body, status=row.response_status, headers={REPLAYED_HEADER: "true"})
        # claimed and never answered (the first attempt failed): this request is now the first
        row.method, row.path, row.fingerprint = request.method, request.path, fingerprint
        response = handler(request, *args, **kwargs)
        if isinstance(response, Response) and status.is_success(response.status_code):
            row.response_status = response.status_code
            row.response_body = json.loads(json.dumps(response.data, cls=JSONEncoder))
            row.completed_at = timezone.now()
            row.save(
                update_fields=["method", "path", "fingerprint", "response_status", "response_body", "completed_at"]
            )
    return response


def _claim(user, key: str, method: str, path: str, fingerprint: str) -> IdempotencyKey:
    """The key's row, inserted if new (committed at once, so a concurrent duplicate finds it).
    An expired row is taken over as if new; the user's other expired keys are purged."""
    now = timezone.now()
    cutoff = now - ttl()
    row, created = IdempotencyKey.objects.get_or_create(
        user=user, key=key, defaults={"method": method, "path": path, "fingerprint": fingerprint, "created_at": now}
    )
    if created:
        IdempotencyKey.objects.filter(user=user, created_at__lt=cutoff).delete()
    elif row.created_at < cutoff:
        IdempotencyKey.objects.filter(pk=row.pk, created_at=row.created_at).update(
            method=method,
            path=path,
            fingerprint=fingerprint,
            response_status=None,
            response_body=None,
            created_at=now,
            completed_at=None,
        )
    return row


def request_fingerprint(request) -> str:
    """SHA-256 of the method, the path and the parsed body in a canonical form (sorted keys), so
    the same JSON sent with other spacing or key order is the same request; files by content."""
    body = json.dumps(_canonical(request.data), sort_keys=True, separators=(",", ":"), cls=JSONEncoder)
    return hashlib.sha256(f"{request.method} {request.path}\n{body}".encode()).hexdigest()


def _canonical(value):
    if isinstance(value, QueryDict):
        return {name: [_canonical(item) for item in value.getlist(name)] for name in value}
    if isinstance(value, dict):
        return {str(name): _canonical(item) for name, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_canonical(item) for item in value]
    if hasattr(value, "chunks") and hasattr(value, "seek"):  # an uploaded file
        digest = hashlib.sha256()
        for chunk in value.chunks():
            digest.update(chunk)
        value.seek(0)
        return {"file": getattr(value, "name", ""), "sha256": digest.hexdigest()}
    return value


def purge_expired(*, now=None) -> int:
    """Delete the keys older than the time to live; returns how many."""
    cutoff = (now or timezone.now()) - ttl()
    deleted, _per_model = IdempotencyKey.objects.filter(created_at__lt=cutoff).delete()
    return deleted


# --- OpenAPI -------------------------------------------------------------------------------------------

_ERROR_SCHEMA = {
    "type": "object",
    "properties": {"detail": {"type": "string"}, "code": {"type": "string"}},
    "required": ["detail", "code"],
}


def schema_hook(result, generator, request, public):
    """drf-spectacular postprocessing hook: the optional ``Idempotency-Key`` header and its 409/422
    answers on every write operation of the API."""
    hours = int(ttl().total_seconds() // 3600)
    parameter = {
        "in": "header",
        "name": HEADER,
        "required": False,
        "schema": {"type": "string", "minLength": 1, "maxLength": MAX_LENGTH, "pattern": KEY_PATTERN.pattern},
        "description": (
            "Optional, recommended for every write. A key unique to this request (e.g. a UUID). Retrying with "
            "the same key returns the first successful answer (same status and body, header "
            f"`{REPLAYED_HEADER}: true`) without doing the work again. The same key with another method, path "
            "or body: 422. While the first request is being answered: 409. Error answers are not kept. Keys "
            f"belong to the user and expire after {hours} hours."
        ),
    }
    for path, operations in result.get("paths", {}).items():
        if not path.startswith("/api/v1/"):
            continue
        for method, operation in operations.items():
            if method.upper() not in WRITE_METHODS:
                continue
            parameters = operation.setdefault("parameters", [])
            if not any(p.get("in") == "header" and p.get("name") == HEADER for p in parameters):
                parameters.append(parameter)
            responses = operation.setdefault("responses", {})
            for code, description in (
                ("409", "The request with this Idempotency-Key is still being answered."),
                ("422", "This Idempotency-Key was used for another request."),
            ):
                responses.setdefault(
                    code, {"description": description, "content": {"application/json": {"schema": _ERROR_SCHEMA}}}
                )
    return result
