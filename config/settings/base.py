"""Settings shared by every environment.

Everything that differs between machines comes from the environment (django-environ):

- ``DATABASE_URL``: PostgreSQL in production and CI; SQLite file ``db.sqlite3`` when unset.
- ``REDIS_URL``: Celery broker/result backend and the cache; when unset, Celery tasks run
  in-process (eager) and the cache is per-process memory.
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-insecure-key-change-me-in-production-0123456789")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]", "testserver"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # third party
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "import_export",
    "auditlog",
    "django_celery_beat",
    "health_check",  # its page template and `manage.py health_check`; the checks: core/health.py
    # ours
    "core",
    "members",
    "benefits",
    "lending",
    "elections",
    "bank",
    "reports",  # the last of ours: the roles (core.roles) are synced after it migrates
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",  # security headers: see "Security headers" below
    "core.middleware.ApiNoStoreMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.audit.AuditActorMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
# An empty DATABASE_URL counts as unset (the embedded SQLite default), as for REDIS_URL.
DATABASES = {
    "default": env.db_url_config(env.str("DATABASE_URL", default="") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    # the embedded default: SQLite has no INCLUDE columns, so the covering indexes made for PostgreSQL's
    # index-only scans (issue #18) are plain indexes there; nothing to act on, so no warning on every command
    SILENCED_SYSTEM_CHECKS = ["models.W040"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and Celery -----------------------------------------------------------------------
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or "cache+memory://"
# No broker configured: run tasks in-process so a fresh machine works without Redis.
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TIMEZONE = "Europe/Brussels"
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 15 * 60
CELERY_TASK_TIME_LIMIT = 20 * 60
# Redelivery of unacknowledged tasks (a worker that died): above the hard time limit of every task
# (20 min; a nightly chunk: 12 min, and 20,000 households take ~4 s), so a task still running is
# never handed to a second worker, and short enough that a lost chunk comes back within the hour.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 30 * 60}

# The nightly chain (core/nightly.py): its lease expires this long after the last renewal (every
# step and chunk renews it, a heartbeat every third of it during long work), so a run that died
# can be resumed minutes later; a chunk skips at most this many bad households (rentals …).
NIGHTLY_LEASE_SECONDS = 5 * 60
# Households (or other ids) per chunk: the unit the workers share (deploy/smoke.sh makes it small).
NIGHTLY_CHUNK_SIZE = env.int("NIGHTLY_CHUNK_SIZE", default=20_000)
NIGHTLY_SKIP_LIMIT = 100
CELERY_RESULT_EXPIRES = 7 * 24 * 60 * 60
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]

# --- Health checks (django-health-check, core/health.py) ------------------------------------
# /healthz (the load balancer's liveness) and /health/ (monitoring). The broker and a worker
# answering only where Celery runs on Redis: without REDIS_URL tasks run in-process, nothing to ask.
HEALTH_LIVENESS_CHECKS = ["core.health.Database", "core.health.Cache"]
HEALTH_CHECKS = [*HEALTH_LIVENESS_CHECKS, *(["core.health.Broker", "core.health.Workers"] if REDIS_URL else [])]

# --- Auth -----------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"
LOGIN_REDIRECT_URL = "/"

# --- Internationalisation: Belgium speaks Dutch, French and English here --------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("fr", _("French")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True
# Belgian formats (31/12/2026, 1.234,56) per language; see config/formats/.
FORMAT_MODULE_PATH = ["config.formats"]
# Grouping is applied explicitly to money (core.money.format_eur); a global thousand separator
# would also print years and ids as "2.026".
USE_THOUSAND_SEPARATOR = False

# --- Static files ---------------------------------------------------------------------------
STATIC_URL = "static/"
# Where `collectstatic` writes and whitenoise serves from; overridable for builds and the tests.
STATIC_ROOT = Path(env("DJANGO_STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Security headers (Content-Security-Policy, API caching) --------------------------------
# django-csp 4. Scripts and style sheets only from our own origin (vendored, no CDN), or inline
# with the per-request nonce (`nonce="{{ request.csp_nonce }}"`): no 'unsafe-inline', no eval.
# Style *attributes* (style="…", used by admin list badges) may stay: they cannot run script, and
# img-src/font-src keep them from loading anything from elsewhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:"],  # admin and Swagger UI icons are data: URIs
        "font-src": [SELF],
        "connect-src": [SELF],
        "worker-src": [SELF, "blob:"],  # Redoc's search worker
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Responses under this prefix (the API, its schema and docs) carry `Cache-Control: no-store`:
# they hold personal and health data that no browser or proxy cache may keep.
API_NO_STORE_PREFIX = "/api/"

# --- REST API -------------------------------------------------------------------------------
REST_FRAMEWORK = {
    # Token first: its scheme is the WWW-Authenticate challenge of a 401. No basic auth here (a
    # password per request, hashed each time, is a brute-force and CPU target); dev and test add it.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "core.api_auth.OTPSessionAuthentication",
    ],
    # Rates per user / per client address; the counters live in the default cache (Redis in
    # production). "off" disables a rate (test settings); see the auth block below.
    "DEFAULT_THROTTLE_CLASSES": ["core.api_auth.AnonRateThrottle", "core.api_auth.UserRateThrottle"],
    "DEFAULT_PERMISSION_CLASSES": ["core.permissions.StrictModelPermissions"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "core.pagination.BoundedLimitOffsetPagination",
    "PAGE_SIZE": 50,
    "EXCEPTION_HANDLER": "core.api.exception_handler",
    "COERCE_DECIMAL_TO_STRING": True,
    "DATE_INPUT_FORMATS": ["iso-8601"],
}
# A retried API write with the same Idempotency-Key answers the first answer again (core.idempotency).
IDEMPOTENCY_KEY_TTL = timedelta(hours=env.int("IDEMPOTENCY_KEY_HOURS", default=24))
SPECTACULAR_SETTINGS = {
    "TITLE": "Ziekenfonds back office API",
    "DESCRIPTION": (
        "Members, contributions, benefits, lending and elections of the complementary insurance. "
        "Every endpoint requires authentication. Validation errors are returned as "
        "`{field: [message, ...]}`; other errors as `{detail, code}`."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # two "kind" fields (Art. 8 §3 2° procedures, Art. 8 §2 2° a–b periods): one name each
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # the "kind" choice sets of members (Art. 8 §3 2° procedures, Art. 8 §2 2° a–b prior periods,
    # Art. 42.3 exemptions, Art. 8 §4 hardship situations): one schema name each
    "ENUM_NAME_OVERRIDES": {
        "InsolvencyKindEnum": "members.models.InsolvencyKind",
        "PriorAffiliationKindEnum": "members.models.PriorAffiliationKind",
        "ExemptionKindEnum": "members.models.ExemptionKind",
        "HardshipKindEnum": "members.models.HardshipKind",
        "PayoutKindEnum": "bank.models.PayoutKind",
        "PayoutFileStatusEnum": "bank.models.PayoutFileStatus",
        "PayoutTransferStatusEnum": "bank.models.PayoutTransferStatus",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "core.idempotency.schema_hook",  # the Idempotency-Key header on every write
        "core.api.error_responses_hook",  # the error answers core.api returns (400, 401, 403, 404)
    ],
}

# --- Login protection, API tokens, two-factor (issue #12, point 6) ---------------------------
# The client address for lockouts and throttles: the N-th entry from the right of
# X-Forwarded-For behind N trusted proxies (0: REMOTE_ADDR, which a client cannot forge).
TRUSTED_PROXY_COUNT = env.int("DJANGO_TRUSTED_PROXY_COUNT", default=0)

# Before our apps: roles (core.roles) are synced after the last of ours migrates, and must find
# these apps' permissions (auditors and managers read the axes log).
_our_apps = INSTALLED_APPS.index("core")
INSTALLED_APPS[_our_apps:_our_apps] = [
    "rest_framework.authtoken",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]
_auth_middleware = MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware")
MIDDLEWARE[_auth_middleware + 1 : _auth_middleware + 1] = [
    "django_otp.middleware.OTPMiddleware",
    "core.auth.OTPRequiredMiddleware",
]
MIDDLEWARE.append("axes.middleware.AxesMiddleware")  # last, as django-axes requires

# django-axes: after 5 wrong passwords (or wrong 2FA codes) for one username from one address,
# that pair is refused for 15 minutes (a superuser unlocks at once). By username AND address, so
# an attacker elsewhere cannot lock a clerk out of the office, nor one address lock out everyone;
# spraying many usernames from one address is bounded by the "login" throttle.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Attempts during a lockout do not prolong it: the page promises a time, and keeps it.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "core.auth.client_ip"
AXES_LOCKOUT_CALLABLE = "core.auth.lockout_response"
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "otp_token"]


# API: tokens (rest_framework.authtoken) issued and revoked by a superuser (User admin actions or
# `manage.py api_token`), audited. Throttle rates: "<n>/<second|minute|hour|day>" or "off".
def _rate(name, default):
    value = env.str(name, default=default)
    return None if value.lower() in ("off", "none", "") else value


REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"] = {
    "anon": _rate("API_THROTTLE_ANON", "30/minute"),
    "user": _rate("API_THROTTLE_USER", "600/minute"),
    "login": _rate("LOGIN_THROTTLE", "30/minute"),  # admin login posts per address
}
# DRF's default (None) would take the whole client-written X-Forwarded-For as the address.
REST_FRAMEWORK["NUM_PROXIES"] = TRUSTED_PROXY_COUNT

# django-otp: who must use a second factor ("superuser" and/or group names); empty: nobody (the
# others may still enrol, and are then asked for their code). Dev and test turn it off.
OTP_REQUIRED_FOR = env.list("OTP_REQUIRED_FOR", default=["superuser", "manager"])
OTP_TOTP_ISSUER = "Ziekenfonds back office"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True  # no device secrets on admin pages, not even for superusers
# --- end of login protection -------------------------------------------------------------------

# --- Audit (django-auditlog) ----------------------------------------------------------------
# Every create/update/delete of domain data made through the ORM is logged with its actor and
# the old → new values. Set-based batch writes record their own run rows (NOTES.md, Audit).
AUDITLOG_INCLUDE_TRACKING_MODELS = (
    "members",
    # a bank statement import is audited (who uploaded, applied, the counts), its file bytes are not
    {"model": "members.bankimport", "exclude_fields": ["content"]},
    {"model": "members.legacyledgerimport", "exclude_fields": ["content"]},
    "benefits",
    "lending",
    "elections",
    # a results publication is audited (who, when, late or not), its PDF bytes are not
    {"model": "elections.resultspublication", "exclude_fields": ["document"]},
    "reports",
    # SEPA mandates, collection runs and items (issue #15); a run's pain.008 file is kept, not logged
    "bank",
    {"model": "bank.collectionrun", "exclude_fields": ["xml"]},
    # a login moves last_login: not a change of data (issue #16); django-axes' access log keeps the logins
    {
        "model": "auth.user",
        "m2m_fields": ["groups", "user_permissions"],
        "mask_fields": ["password"],
        "exclude_fields": ["last_login"],
    },
    {"model": "auth.group", "m2m_fields": ["permissions"]},
    "django_celery_beat.periodictask",
    "django_celery_beat.crontabschedule",
)
AUDITLOG_STORE_JSON_CHANGES = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # axes: failures and lockouts are WARNINGs; its INFO lines on every login are noise.
    "loggers": {"django.db.backends": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}

# --- Import/export --------------------------------------------------------------------------
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
# Cells starting with = + - @ are escaped in every export (core.import_formats uses core.csvsafe).
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = True

# --- Privacy (core.privacy) -----------------------------------------------------------------------
# The read-access log is kept two years (then purged by the nightly chain and
# `manage.py purge_access_log`): long enough for a data subject's access request (GDPR art. 15) and
# the yearly internal audit to cover the previous calendar year.
ACCESS_LOG_RETENTION_DAYS = env.int("ACCESS_LOG_RETENTION_DAYS", default=730)

# --- Bank statement imports (members.bank_import) -----------------------------------------------
BANK_IMPORT_MAX_BYTES = env.int("BANK_IMPORT_MAX_BYTES", default=20 * 1024 * 1024)
BANK_IMPORT_MAX_ROWS = env.int("BANK_IMPORT_MAX_ROWS", default=200_000)

# --- SEPA direct debit (bank, issue #15) -----------------------------------------------------------
# The fund as SEPA creditor: its creditor identifier (EPC AT-02, e.g. BE05ZZZ0411987139), name and
# the account the collections are credited to. No default here: production must set them (the
# system check bank.E001–E004 refuses to start without valid ones); dev and test set demo values.
SEPA_CREDITOR_ID = env.str("SEPA_CREDITOR_ID", default="")
SEPA_CREDITOR_NAME = env.str("SEPA_CREDITOR_NAME", default="")
SEPA_CREDITOR_IBAN = env.str("SEPA_CREDITOR_IBAN", default="")
SEPA_CREDITOR_BIC = env.str("SEPA_CREDITOR_BIC", default="")
# Pre-notification (SEPA Core rulebook PT-04.03): the debtor is told the amount and date at least
# this many calendar days before the collection, unless the mandate agrees a shorter period.
SEPA_PRENOTIFICATION_DAYS = env.int("SEPA_PRENOTIFICATION_DAYS", default=14)
# A collection run writes one pain.008 file per this many direct debits (a million households are 50
# files of 20,000, ~11 MB each: what the banks' upload channels take; system check bank.E006: 1–999,999).
SEPA_MAX_DEBITS_PER_FILE = env.int("SEPA_MAX_DEBITS_PER_FILE", default=20_000)
