"""Production: secrets and hosts from the environment, HTTPS everywhere.

``manage.py check --deploy --fail-level WARNING`` runs on these settings in CI.
"""

from .base import *  # noqa: F403
from .base import STORAGES, env

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY")  # no default: refuse to start without one
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
# The health probes (core/health.py) ask the web process itself over plain HTTP, inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^health/$"]
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_AGE = 8 * 60 * 60  # one working day

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Login protection (issue #12, point 6) ---------------------------------------------------
# Behind the TLS proxy: one trusted proxy appends the client's address to X-Forwarded-For.
TRUSTED_PROXY_COUNT = env.int("DJANGO_TRUSTED_PROXY_COUNT", default=1)
REST_FRAMEWORK = {**REST_FRAMEWORK, "NUM_PROXIES": TRUSTED_PROXY_COUNT}  # noqa: F405
# Two factors for superusers and managers (base default; OTP_REQUIRED_FOR overrides).
OTP_REQUIRED_FOR = env.list("OTP_REQUIRED_FOR", default=["superuser", "manager"])
# API authentication comes from base: TokenAuthentication first (a 401 carries
# "WWW-Authenticate: Token"), then the session with its second factor; never basic auth.
# --- end of login protection -------------------------------------------------------------------
