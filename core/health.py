"""Health checks (django-health-check 4): what the monitoring and the load balancer ask.

- ``/health/`` (``HealthView``): every check of ``settings.HEALTH_CHECKS`` — the database, the cache
  and, where Celery runs on Redis (``REDIS_URL``), the broker and a worker answering a ping. JSON
  (``Accept: application/json`` or ``?format=json``), text, HTML or OpenMetrics, as the library offers.
- ``/healthz`` (``LivenessView``): the load balancer's liveness, JSON only: ``HEALTH_LIVENESS_CHECKS``
  (the database and the cache); a web process is not taken out because the workers are down.

Both answer 200 when every check passes and 503 (not the library's 500) when one fails: a failing
service is reported, it is not an error of this page. Public and minimal on purpose: each check is
named by one word (``database``, ``cache``, ``broker``, ``workers``) and reports "ok" or a generic
message — no host, port, user, URL or version (the library logs the details on the server).
"""

import asyncio
import datetime

from django.conf import settings
from django.http import JsonResponse
from health_check.checks import Cache as _Cache
from health_check.checks import Database as _Database
from health_check.contrib.celery import Ping
from health_check.contrib.redis import Redis
from health_check.views import HealthCheckView
from redis.asyncio import Redis as RedisClient


class _Named:
    """A check reported under one word: its repr is the JSON key, its labels the OpenMetrics labels."""

    name = ""

    def __repr__(self) -> str:
        return self.name

    @property
    def labels(self) -> dict[str, str]:
        return {"check": self.name}


class Database(_Named, _Database):
    """``SELECT 1`` on the default database."""

    name = "database"


class Cache(_Named, _Cache):
    """A value written to and read back from the default cache (Redis when ``REDIS_URL`` is set)."""

    name = "cache"


def _broker_client() -> RedisClient:
    return RedisClient.from_url(settings.CELERY_BROKER_URL, socket_connect_timeout=2, socket_timeout=2)


class Broker(_Named, Redis):
    """The Celery broker (Redis at ``CELERY_BROKER_URL``, read at each check) answers a PING."""

    name = "broker"

    def __init__(self) -> None:
        super().__init__(client_factory=_broker_client)


class Workers(_Named, Ping):
    """At least one Celery worker answers a ping within a second, and one consumes the task queue."""

    name = "workers"

    def __init__(self) -> None:
        super().__init__(timeout=datetime.timedelta(seconds=1))


class HealthView(HealthCheckView):
    """The library's view, with its checks from a setting (read at each request) and 503 on failure."""

    checks_setting = "HEALTH_CHECKS"

    def get_checks(self):
        self.checks = getattr(settings, self.checks_setting)
        return super().get_checks()

    async def get(self, request, *args, **kwargs):
        response = await super().get(request, *args, **kwargs)
        if response.status_code == 500:  # the library's answer when a check failed
            response.status_code = 503
        return response

    def render_to_response_json(self, status):
        return JsonResponse(_summary(self.results), status=503 if status == 500 else status)


class LivenessView(HealthView):
    """``/healthz``: JSON whatever the Accept header (load balancers send none)."""

    checks_setting = "HEALTH_LIVENESS_CHECKS"

    async def get(self, request, *args, **kwargs):
        with self.get_executor() as executor:
            self.results = await asyncio.gather(*(check.get_result(executor) for check in self.get_checks()))
        return self.render_to_response_json(500 if any(result.error for result in self.results) else 200)


def _summary(results) -> dict[str, str]:
    checks = {repr(result.check): "ok" if not result.error else str(result.error) for result in results}
    return {"status": "ok" if all(value == "ok" for value in checks.values()) else "unavailable", **checks}
