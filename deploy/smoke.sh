#!/usr/bin/env bash
# The production shape on this machine, natively (issue #18): the processes of deploy/compose.yaml —
# gunicorn with WhiteNoise, two Celery workers with different host names, one beat — on the production
# settings against the local PostgreSQL and Redis. It migrates, collects the static files, loads the
# reference data and a small generated population, starts the processes, checks /health/ (database, cache,
# broker, a worker answering) and a static file over HTTP, runs the nightly chain through the workers
# (core.tasks.nightly_start: each step's chunks fanned out as a chord), checks that the run succeeded
# and that both workers took chunks, then stops everything it started and prints PASS or FAIL.
#
#   deploy/smoke.sh                      # database `smoke` (dropped and created) on DATABASE_URL's server,
#                                        # Redis db 14 (flushed) on REDIS_URL's server
#   SMOKE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/mysmoke SMOKE_REDIS_URL=redis://127.0.0.1:6379/9 deploy/smoke.sh
#
# SMOKE_DATABASE_URL's database is dropped and created, SMOKE_REDIS_URL's db flushed: never point them
# at data you keep. SMOKE_KEEP=1 keeps the database afterwards; the logs stay in the printed folder.
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PYTHON:-.venv/bin/python}"
HOUSEHOLDS="${SMOKE_HOUSEHOLDS:-300}"
HOST="backoffice.example.be"
STARTED=$SECONDS
WORK="$(mktemp -d "${TMPDIR:-/tmp}/smoke.XXXXXX")"
PIDS=()
RESULTS=()
FAILED=0

note() { printf '[smoke %3ss] %s\n' "$((SECONDS - STARTED))" "$*"; }
pass() { RESULTS+=("PASS  $1"); note "ok: $1"; }
fail() { RESULTS+=("FAIL  $1"); note "FAILED: $1" >&2; FAILED=1; }
# A step the others depend on: its failure ends the run (the EXIT trap stops what was started).
must() {
  local what="$1" log
  shift
  log="$WORK/$(tr -c 'a-zA-Z0-9\n' _ <<<"$what").log"
  if "$@" >"$log" 2>&1; then pass "$what"; else fail "$what (log: $log)"; tail -n 30 "$log" >&2; exit 1; fi
}

# --- where: a dedicated database and Redis db, on the servers of DATABASE_URL / REDIS_URL -----------
read -r DATABASE_URL REDIS_URL < <(
  "$PY" - <<'EOF'
import os
from urllib.parse import urlsplit, urlunsplit
db = os.environ.get("SMOKE_DATABASE_URL") or urlunsplit(
    urlsplit(os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/postgres")._replace(path="/smoke")
)
redis = os.environ.get("SMOKE_REDIS_URL") or urlunsplit(
    urlsplit(os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0")._replace(path="/14")
)
print(db, redis)
EOF
)
export DATABASE_URL REDIS_URL
export DJANGO_SETTINGS_MODULE=config.settings.production
DJANGO_SECRET_KEY="smoke-$("$PY" -c 'import secrets; print(secrets.token_urlsafe(48))')"
export DJANGO_SECRET_KEY
export DJANGO_ALLOWED_HOSTS="$HOST"
export DJANGO_STATIC_ROOT="$WORK/staticfiles"
export SEPA_CREDITOR_ID="${SEPA_CREDITOR_ID:-BE05ZZZ0411987139}" SEPA_CREDITOR_NAME="${SEPA_CREDITOR_NAME:-Ziekenfonds smoke}"
export SEPA_CREDITOR_IBAN="${SEPA_CREDITOR_IBAN:-BE41063012345610}" SEPA_CREDITOR_BIC="${SEPA_CREDITOR_BIC:-GKCCBEBB}"
export NIGHTLY_CHUNK_SIZE="${NIGHTLY_CHUNK_SIZE:-50}" # small chunks: both workers get some
export LOG_LEVEL=INFO PYTHONUNBUFFERED=1

stop() {
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 50); do
    local alive=0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.2
  done
  for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}

finish() {
  local code=$?
  trap - EXIT
  set +e
  [ "${#PIDS[@]}" -gt 0 ] && stop
  if [ "$code" != 0 ] && [ "$FAILED" = 0 ]; then fail "stopped by an error (exit $code)"; fi
  if [ -z "${SMOKE_KEEP:-}" ] && [ -n "${CREATED_DB:-}" ]; then "$PY" - >/dev/null 2>&1 <<'EOF'
import os, psycopg
from urllib.parse import urlsplit
url = urlsplit(os.environ["DATABASE_URL"])
with psycopg.connect(os.environ["DATABASE_URL"].replace(url.path, "/postgres", 1), autocommit=True) as conn:
    conn.execute(f'DROP DATABASE IF EXISTS "{url.path.lstrip("/")}" WITH (FORCE)')
EOF
  fi
  echo
  echo "== smoke summary ($((SECONDS - STARTED)) s; logs in $WORK) =="
  printf '  %s\n' "${RESULTS[@]}"
  if [ "$FAILED" = 0 ]; then echo "SMOKE: PASS"; exit 0; fi
  echo "SMOKE: FAIL"
  exit 1
}
trap finish EXIT
trap 'exit 130' INT TERM

note "database $(sed -E 's#//[^@]*@#//#' <<<"$DATABASE_URL"), Redis $(sed -E 's#//[^@]*@#//#' <<<"$REDIS_URL"), logs in $WORK"

# --- a fresh database and Redis db --------------------------------------------------------------------
fresh() {
  "$PY" - <<'EOF'
import os, psycopg, redis
from urllib.parse import urlsplit
url = urlsplit(os.environ["DATABASE_URL"])
name = url.path.lstrip("/")
with psycopg.connect(os.environ["DATABASE_URL"].replace(url.path, "/postgres", 1), autocommit=True) as conn:
    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.execute(f'CREATE DATABASE "{name}"')
redis.Redis.from_url(os.environ["REDIS_URL"], socket_timeout=5).flushdb()
EOF
}
CREATED_DB=1 # dropped at the end (unless SMOKE_KEEP), even when creating it went only half way
must "fresh database and Redis db" fresh

# --- the release steps (compose: the one-shot `migrate` service and the web's collectstatic) -----------
must "migrate" "$PY" manage.py migrate --no-input

# --- the processes (the workers and beat boot while the rest is prepared) ------------------------------
for name in w1 w2; do
  "$PY" -m celery -A config worker -n "$name@%h" --concurrency 1 --without-mingle --without-gossip -l INFO \
    >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
done
"$PY" -m celery -A config beat -l INFO --pidfile "$WORK/beat.pid" -s "$WORK/beat-schedule" >"$WORK/beat.log" 2>&1 &
PIDS+=($!)
must "collectstatic" "$PY" manage.py collectstatic --no-input
PORT="$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$PY" -m gunicorn config.wsgi:application --bind "127.0.0.1:$PORT" --workers 2 --threads 2 --timeout 30 \
  --access-logfile - --error-logfile - >"$WORK/web.log" 2>&1 &
PIDS+=($!)
note "started workers w1 and w2, beat, gunicorn on :$PORT (pids ${PIDS[*]})"

must "reference data" "$PY" manage.py seed_reference
# the population generator is a developer tool (dev settings only): same database, data only
must "population ($HOUSEHOLDS households)" env DJANGO_SETTINGS_MODULE=config.settings.dev \
  "$PY" manage.py generate_population --households "$HOUSEHOLDS"

BASE="http://127.0.0.1:$PORT"
# as the TLS proxy in front of gunicorn asks: the public host name, https
get() { curl -sS --max-time 15 -H "Host: $HOST" -H "X-Forwarded-Proto: https" "$@"; }

# wait (at most 60 s) until the web answers and both workers and beat are up
deadline=$((SECONDS + 60))
waiting=1
while [ $SECONDS -lt $deadline ]; do
  for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || { fail "a process exited early (pid $pid)"; tail -n 20 "$WORK"/*.log >&2; exit 1; }; done
  if [ "$(get -o /dev/null -w '%{http_code}' "$BASE/healthz" 2>/dev/null)" = 200 ] \
    && grep -q "w1@.* ready" "$WORK/w1.log" && grep -q "w2@.* ready" "$WORK/w2.log" \
    && grep -q "beat: Starting" "$WORK/beat.log"; then
    waiting=0
    break
  fi
  sleep 0.5
done
if [ "$waiting" = 1 ]; then fail "processes up within 60 s"; tail -n 20 "$WORK"/*.log >&2; exit 1; fi
pass "gunicorn, w1, w2 and beat up"

# --- the health page: database, cache, broker, a worker answering -------------------------------------
health="$(get -H "Accept: application/json" "$BASE/health/" || true)"
echo "$health" >"$WORK/health.json"
if "$PY" -c '
import json, sys
body = json.loads(sys.argv[1])
want = {"status": "ok", "database": "ok", "cache": "ok", "broker": "ok", "workers": "ok"}
sys.exit(0 if body == want else 1)' "$health" 2>/dev/null; then
  pass "/health/: $health"
else
  fail "/health/ answered: $health"
fi

# the containers' probe (deploy/compose.yaml's web healthcheck) against the same process
if PORT="$PORT" "$PY" deploy/probe.py /healthz 2>"$WORK/probe.log"; then
  pass "deploy/probe.py /healthz"
else
  fail "deploy/probe.py /healthz: $(cat "$WORK/probe.log")"
fi

# --- a static file through WhiteNoise, under its hashed name -------------------------------------------
css="$("$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))["paths"]["admin/css/base.css"])' "$DJANGO_STATIC_ROOT/staticfiles.json")"
headers="$(get -o /dev/null -D - "$BASE/static/$css" || true)"
if grep -q "^HTTP/1.1 200" <<<"$headers" && grep -qi "^content-type: text/css" <<<"$headers" \
  && grep -qi "^cache-control:.*immutable" <<<"$headers"; then
  pass "static file /static/$css (200, text/css, immutable)"
else
  fail "static file /static/$css: $(head -n 1 <<<"$headers")"
fi

# --- the nightly chain through the workers ------------------------------------------------------------
nightly() {
  "$PY" - <<'EOF'
import time
import django

django.setup()
from django.utils import timezone

from core.models import ChunkRun, JobRun, RunStatus
from core.tasks import nightly_start

day = timezone.localdate()
print("nightly_start:", nightly_start.delay(day.isoformat(), True).get(timeout=30))
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    run = JobRun.objects.get(run_on=day)
    if run.status != RunStatus.RUNNING:
        break
    time.sleep(0.5)
for step in run.steps.order_by("position"):
    print(f"  {step.position:>2} {step.name:<28} {step.status:<10} chunks {step.chunks_total:>3} {step.counts}")
chunks = ChunkRun.objects.filter(step__run=run)
print(f"run {run.pk}: {run.status}; chunks {chunks.filter(status=RunStatus.SUCCEEDED).count()}/{chunks.count()} succeeded")
raise SystemExit(0 if run.status == RunStatus.SUCCEEDED and chunks.exclude(status=RunStatus.SUCCEEDED).count() == 0 else 1)
EOF
}
if nightly >"$WORK/nightly.log" 2>&1; then
  pass "nightly chain through the workers: $(tail -n 1 "$WORK/nightly.log")"
  sed 's/^/    /' "$WORK/nightly.log"
else
  fail "nightly chain: $(tail -n 1 "$WORK/nightly.log") (log: $WORK/nightly.log)"
  cat "$WORK/nightly.log" >&2
fi
w1="$(grep -c "nightly_chunk\[.*\] succeeded" "$WORK/w1.log" || true)"
w2="$(grep -c "nightly_chunk\[.*\] succeeded" "$WORK/w2.log" || true)"
if [ "$w1" -gt 0 ] && [ "$w2" -gt 0 ]; then
  pass "both workers took chunks (w1: $w1, w2: $w2)"
else
  fail "both workers took chunks (w1: $w1, w2: $w2)"
fi
