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
