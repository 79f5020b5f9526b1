"""Audit trail plumbing around django-auditlog.

auditlog's own middleware reads ``request.user`` when the request starts, before Django REST
framework has authenticated an API call (basic auth), so API writes would lose their actor. This
middleware hands auditlog a lazy user instead: it is resolved when the log entry is saved, after
DRF has put the authenticated user on the request.
"""

from auditlog.middleware import AuditlogMiddleware
from django.utils.functional import SimpleLazyObject


class AuditActorMiddleware(AuditlogMiddleware):
    @staticmethod
    def _get_actor(request):
        return SimpleLazyObject(lambda: getattr(request, "user", None))


def log_bulk_create(objects, *, fields: list[str], actor=None, note: str = "") -> int:
    """Write django-auditlog CREATE entries for objects inserted with ``bulk_create`` (which sends
    no signals), so set-based writes stay in the same audit trail as a clerk's: who, when, values."""
    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    objects = list(objects)
    if not objects:
        return 0
    content_type = ContentType.objects.get_for_model(objects[0].__class__)
    now = timezone.now()
    entries = [
        LogEntry(
            content_type=content_type,
            object_pk=str(obj.pk),
            object_id=obj.pk,
            object_repr=str(obj)[:200],
            action=LogEntry.Action.CREATE,
            changes={name: ["None", str(getattr(obj, name))] for name in fields},
            actor=actor,
            timestamp=now,
            additional_data={"bulk": note} if note else None,
        )
        for obj in objects
    ]
    LogEntry.objects.bulk_create(entries, batch_size=2000)
    return len(entries)


def log_bulk_create_sql(
    model, pks: list[int], *, changes: dict[str, str], representation: str, actor=None, note: str = "", now=None
) -> None:
    """``log_bulk_create`` on PostgreSQL for rows already inserted (COPY), built from them by one
    ``INSERT … SELECT`` (the audit log has ten indexes, and formatting 100,000 entries in Python costs
    more than writing them). ``changes``: field → an SQL expression over the row ``t`` giving what
    ``str(value)`` gives (``t.amount::text``, ``coalesce(t.reference, 'None')`` …); ``representation``:
    the expression of ``str(obj)``. The entries are the ones ``log_bulk_create`` writes."""
    import json

    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.utils import timezone

    if not pks:
        return
    actor_id = actor.pk if actor is not None else None
    actor_email = (getattr(actor, "email", "") or None) if actor is not None else None
    built = ", ".join(f"'{name}', jsonb_build_array('None', {expression})" for name, expression in changes.items())
    log = connection.ops.quote_name(LogEntry._meta.db_table)
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO {log} (object_pk, object_id, object_repr, action, changes, changes_text, "timestamp",
                                   actor_id, actor_email, content_type_id, additional_data)
                SELECT t.id::text, t.id, left({representation}, 200), %s, jsonb_build_object({built}), '', %s, %s,
                       %s, %s, %s::jsonb
                FROM {table} AS t WHERE t.id = ANY(%s::bigint[]) ORDER BY t.id""",
            [
                LogEntry.Action.CREATE,
                now or timezone.now(),
                actor_id,
                actor_email,
                ContentType.objects.get_for_model(model).pk,
                json.dumps({"bulk": note}) if note else None,
                "{" + ",".join(map(str, pks)) + "}",
            ],
        )


# --- an action's reason and author on every audit entry it writes -------------------------------------

import contextlib  # noqa: E402
from contextvars import ContextVar  # noqa: E402

_action: ContextVar[dict | None] = ContextVar("audited_action", default=None)


@contextlib.contextmanager
def action(*, name: str, user=None, reason: str = ""):
    """Every django-auditlog entry written inside this block (the object an admin action or a
    service changes, and the rows it changes with it) carries ``additional_data`` =
    ``{"action": name, "reason": reason}`` and, when the request did not set one, ``user`` as actor.
    Blocks nest: the innermost names the entry."""
    token = _action.set({"action": name, "reason": reason, "user": user})
    try:
        yield
    finally:
        _action.reset(token)


def _stamp_entry(sender, instance, **kwargs):
    current = _action.get()
    if current is None or instance.pk is not None:
        return
    instance.additional_data = {
        **(instance.additional_data or {}),
        "action": current["action"],
        **({"reason": current["reason"]} if current["reason"] else {}),
    }
    user = current["user"]
    if instance.actor_id is None and getattr(user, "pk", None) is not None:
        instance.actor = user
        instance.actor_email = getattr(user, "email", None)


def connect() -> None:
    """Called once by ``CoreConfig.ready``."""
    from auditlog.models import LogEntry
    from django.db.models.signals import pre_save

    pre_save.connect(_stamp_entry, sender=LogEntry, dispatch_uid="core.audit.action")


def log_action(obj, *, name: str, user=None, reason: str = "", changes: dict | None = None) -> None:
    """An audit entry for an action that changed ``obj`` without a ``save()`` the auditlog
    signals see (a conditional ``UPDATE``): who, the action, its reason, old → new."""
    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    with action(name=name, user=user, reason=reason):
        LogEntry.objects.create(
            content_type=ContentType.objects.get_for_model(obj.__class__),
            object_pk=str(obj.pk),
            object_id=obj.pk,
            object_repr=str(obj)[:200],
            action=LogEntry.Action.UPDATE,
            changes={field: [str(old), str(new)] for field, (old, new) in (changes or {}).items()},
        )
