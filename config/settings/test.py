"""Test settings: fast hashing, the same database/broker switches as base."""

from .base import *  # noqa: F403
from .base import env

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DEBUG = False
LANGUAGE_CODE = "en"

# Developer tools (the population generator of the benchmarks): dev and test only, never production.
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]  # noqa: F405

# --- Login protection (issue #12, point 6) ---------------------------------------------------
# Tests that need them turn these on (core/tests/test_auth.py): two factors not enforced, API
# throttles off (no rate makes the suite flaky), basic auth accepted as in dev.
OTP_REQUIRED_FOR = []
REST_FRAMEWORK = {
    **REST_FRAMEWORK,  # noqa: F405
    "DEFAULT_AUTHENTICATION_CLASSES": [
        *REST_FRAMEWORK["DEFAULT_AUTHENTICATION_CLASSES"],  # noqa: F405
        "rest_framework.authentication.BasicAuthentication",
    ],
    "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None, "login": None},
}
# --- end of login protection -------------------------------------------------------------------

# SEPA creditor (bank, issue #15): valid demo values so a fresh machine collects; the environment overrides.
SEPA_CREDITOR_ID = env.str("SEPA_CREDITOR_ID", default="BE05ZZZ0411987139")
SEPA_CREDITOR_NAME = env.str("SEPA_CREDITOR_NAME", default="Ziekenfonds demo")
SEPA_CREDITOR_IBAN = env.str("SEPA_CREDITOR_IBAN", default="BE41063012345610")
SEPA_CREDITOR_BIC = env.str("SEPA_CREDITOR_BIC", default="GKCCBEBB")
