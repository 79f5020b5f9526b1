"""Development: the default of ``manage.py``. Debug on, everything else from base."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DJANGO_DEBUG", default=True)

# Developer tools (the population generator of the benchmarks): dev and test only, never production.
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]  # noqa: F405

# --- Login protection (issue #12, point 6) ---------------------------------------------------
# The demo logins work without a phone: two factors are optional here (any user may set them up
# via "Two-factor authentication" in the admin); OTP_REQUIRED_FOR=superuser,manager enforces them.
OTP_REQUIRED_FOR = env.list("OTP_REQUIRED_FOR", default=[])
# Basic auth for trying the API with curl; production accepts tokens and sessions only.
REST_FRAMEWORK = {
    **REST_FRAMEWORK,  # noqa: F405
    "DEFAULT_AUTHENTICATION_CLASSES": [
        *REST_FRAMEWORK["DEFAULT_AUTHENTICATION_CLASSES"],  # noqa: F405
        "rest_framework.authentication.BasicAuthentication",
    ],
}
# --- end of login protection -------------------------------------------------------------------

# SEPA creditor (bank, issue #15): valid demo values so a fresh machine collects; the environment overrides.
SEPA_CREDITOR_ID = env.str("SEPA_CREDITOR_ID", default="BE05ZZZ0411987139")
SEPA_CREDITOR_NAME = env.str("SEPA_CREDITOR_NAME", default="Ziekenfonds demo")
SEPA_CREDITOR_IBAN = env.str("SEPA_CREDITOR_IBAN", default="BE41063012345610")
SEPA_CREDITOR_BIC = env.str("SEPA_CREDITOR_BIC", default="GKCCBEBB")
