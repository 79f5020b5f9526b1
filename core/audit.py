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
