"""The health pages (core/health.py, django-health-check): /health/ for monitoring, /healthz for the
load balancer. Public, minimal, and a failing service is reported (503 naming the check), never a 500
or a leaked URL. The whole production shape (gunicorn, two workers, beat) is checked by deploy/smoke.sh."""

import pytest

from core.tests.test_celery_worker import real_worker  # noqa: F401 (fixture)

LIVENESS = ["core.health.Database", "core.health.Cache"]
# a broker nobody listens on (port 1), with a password that must not appear in any answer
BROKEN_BROKER = "redis://:s3cret-broker-pass@127.0.0.1:1/0"


@pytest.mark.django_db
def test_database_and_cache_ok_for_anyone(client, settings):
    settings.HEALTH_CHECKS = LIVENESS
    response = client.get("/health/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]
    text = client.get("/health/?format=text")
    assert text.status_code == 200
    assert text.content.decode().splitlines() == ["database: OK", "cache: OK"]


@pytest.mark.django_db
def test_a_broken_broker_is_reported_not_a_500_and_its_url_never_shown(client, settings):
    settings.CELERY_BROKER_URL = BROKEN_BROKER
    settings.HEALTH_CHECKS = [*LIVENESS, "core.health.Broker"]
    for path, accept in [
        ("/health/", "application/json"),
        ("/health/?format=text", "*/*"),
        ("/health/", "text/html"),
        ("/health/?format=openmetrics", "*/*"),
    ]:
        response = client.get(path, HTTP_ACCEPT=accept)
        body = response.content.decode()
        # OpenMetrics answers 200 with a 0 gauge (what Prometheus expects); the others 503
        assert response.status_code == (200 if "openmetrics" in path else 503), (path, body)
        assert "s3cret" not in body and "127.0.0.1" not in body and ":1/" not in body, (path, body)
    body = client.get("/health/?format=json").json()
    assert body["status"] == "unavailable"
    assert body["database"] == body["cache"] == "ok"
    assert body["broker"].startswith("Unavailable: Unable to connect to Redis"), body
    # the liveness does not ask the broker: the web process serves clerks without it
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok", "cache": "ok"}


@pytest.mark.django_db
def test_a_broker_url_that_cannot_be_read_is_reported(client, settings):
    settings.CELERY_BROKER_URL = "not-a-url://s3cret@"
    settings.HEALTH_CHECKS = [*LIVENESS, "core.health.Broker"]
    response = client.get("/health/?format=json")
    assert response.status_code == 503
    assert response.json()["broker"] != "ok"
    assert "s3cret" not in response.content.decode()


def test_broker_and_workers_are_checked_only_where_celery_runs_on_redis(settings):
    asked = {"core.health.Broker", "core.health.Workers"} <= set(settings.HEALTH_CHECKS)
    assert asked == bool(settings.REDIS_URL)
    assert settings.CELERY_TASK_ALWAYS_EAGER == (not settings.REDIS_URL)
    assert settings.HEALTH_LIVENESS_CHECKS == LIVENESS


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_worker_answering_is_reported(real_worker, client, settings):  # noqa: F811
    settings.HEALTH_CHECKS = [*LIVENESS, "core.health.Broker", "core.health.Workers"]
    response = client.get("/health/?format=json")
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "broker": "ok", "workers": "ok"}
    assert response.status_code == 200
