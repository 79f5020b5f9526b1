"""API authentication and throttles (kept apart from ``core.auth``: DRF imports these while it
loads its settings, so this module must not import DRF's views)."""

from django.utils.translation import gettext
from rest_framework import exceptions
from rest_framework.authentication import SessionAuthentication
from rest_framework.throttling import SimpleRateThrottle

from core.auth import client_ip, otp_required


class OTPSessionAuthentication(SessionAuthentication):
    """Session authentication (with its CSRF check) that refuses a session that still owes its
    second factor."""

    def authenticate(self, request):
        result = super().authenticate(request)
        if result is None:
            return None
        user = result[0]
        verified = getattr(user, "is_verified", None)
        if otp_required(user) and not (verified and verified()):
            raise exceptions.PermissionDenied(
                gettext(
                    "Two-factor verification is required: verify your code in the admin first, or use an API token."
                )
            )
        return result


# --- Throttles (rates read when used, so settings overrides apply) --------------------------
class _RateFromSettings:
    def get_rate(self):
        from rest_framework.settings import api_settings

        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class AnonRateThrottle(_RateFromSettings, SimpleRateThrottle):
    """Unauthenticated calls, per client address (``anon`` rate)."""

    scope = "anon"

    def get_cache_key(self, request, view):
        if request.user and request.user.is_authenticated:
            return None
        return self.cache_format % {"scope": self.scope, "ident": client_ip(request)}


class UserRateThrottle(_RateFromSettings, SimpleRateThrottle):
    """Authenticated calls, per user (``user`` rate); anonymous ones per address."""

    scope = "user"

    def get_cache_key(self, request, view):
        if request.user and request.user.is_authenticated:
            ident = request.user.pk
        else:
            ident = client_ip(request)
        return self.cache_format % {"scope": self.scope, "ident": ident}


class LoginRateThrottle(_RateFromSettings, SimpleRateThrottle):
    """Login form posts per client address (``login`` rate): bounds password spraying over many
    usernames, which the per-username lockout alone does not."""

    scope = "login"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": client_ip(request)}
