"""Login protection: lockout (django-axes), two-factor authentication (django-otp), API auth.

- **Lockout.** ``axes.backends.AxesStandaloneBackend`` comes first in ``AUTHENTICATION_BACKENDS``:
  after ``AXES_FAILURE_LIMIT`` wrong passwords (or wrong second-factor codes) for one username from
  one address, that pair is refused until ``AXES_COOLOFF_TIME`` has passed or a superuser deletes
  the attempt in the admin. The address is the client's, read through ``TRUSTED_PROXY_COUNT``
  proxies (:func:`client_ip`), never a header the client may set freely.
- **Two factors.** Staff with a confirmed device (TOTP app, backup codes) give a code at login; the
  users named by ``OTP_REQUIRED_FOR`` (``"superuser"`` and/or group names) must have verified one
  in their session to use the admin, the report pages and the session-authenticated API
  (:class:`OTPRequiredMiddleware`, ``core.api_auth.OTPSessionAuthentication``). API clients with a token
  (machines) are not asked for a code.
"""

from __future__ import annotations

import re

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

SUPERUSER = "superuser"
TOTP_CODE = re.compile(r"^\d{6,8}$")


# --- Client address -------------------------------------------------------------------------
def client_ip(request) -> str | None:
    """The client's address: the ``TRUSTED_PROXY_COUNT``-th address from the right of
    ``X-Forwarded-For`` (each trusted proxy appends the address it saw), else ``REMOTE_ADDR``.
    Entries further left are written by the client and ignored."""
    meta = request.META
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = [part.strip() for part in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= count:
            return forwarded[-count]
    return meta.get("REMOTE_ADDR")


# --- Lockout page ---------------------------------------------------------------------------
def lockout_response(request, original_response=None, credentials=None):
    """What a locked-out login sees (``AXES_LOCKOUT_CALLABLE``): the admin's look, the cool-off,
    who can unlock; HTTP 429 with ``Retry-After``."""
    cool_off = settings.AXES_COOLOFF_TIME
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    # Rendered here: the axes middleware returns it after the view's response was rendered.
    response = render(
        request,
        "admin/locked_out.html",
        {
            **admin.site.each_context(request),
            "title": gettext("Login locked"),
            "minutes": minutes,
            "failure_limit": settings.AXES_FAILURE_LIMIT,
        },
        status=429,
    )
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response


# --- Two-factor: who must, which devices ----------------------------------------------------
def otp_required(user) -> bool:
    """Whether this user must verify a second factor (``OTP_REQUIRED_FOR``)."""
    required = set(settings.OTP_REQUIRED_FOR)
    if not required or not getattr(user, "is_authenticated", False):
        return False
    if SUPERUSER in required and user.is_superuser:
        return True
    groups = required - {SUPERUSER}
    if not groups:
        return False
    # Once per request: the user object lives as long as the request.
    memo = getattr(user, "_otp_required_for", None)
    if memo is None or memo[0] != groups:
        memo = (groups, user.groups.filter(name__in=groups).exists())
        user._otp_required_for = memo
    return memo[1]


def confirmed_devices(user):
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return (
        list(TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk")),
        list(StaticDevice.objects.filter(user=user, confirmed=True).order_by("pk")),
    )


def has_device(user) -> bool:
    totp, static = confirmed_devices(user)
    return bool(totp or static)


def verify_code(user, code: str):
    """The user's device that accepts ``code``, or None. Six to eight digits are tried on the
    authenticator app(s), anything else on the backup codes only, so a mistyped app code does
    not count against (and throttle) the backup codes. Devices throttle failures themselves."""
    code = re.sub(r"\s+", "", code or "")
    if not code:
        return None
    totp, static = confirmed_devices(user)
    for device in totp if TOTP_CODE.match(code) else static:
        if device.verify_token(code if device in totp else code.lower()):
            return device
    return None


class AdminLoginForm(AdminAuthenticationForm):
    """The admin login: username, password and, for a user with a confirmed device, the code from
    it. A wrong code counts as a failed login for the lockout."""

    otp_token = forms.CharField(
        label=_("Verification code"),
        required=False,
        max_length=16,
        strip=True,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        help_text=_(
            "The 6-digit code from your authenticator app, or one of your backup codes. "
            "Leave empty if you have not set up two-factor authentication."
        ),
    )

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "otp_required": _("Enter the verification code from your authenticator app (or a backup code)."),
        "otp_invalid": _("This verification code is not valid. Codes change every 30 seconds; try the current one."),
    }

    def clean(self):
        cleaned = super().clean()
        user = self.get_user()
        if user is None or not has_device(user):
            return cleaned
        code = cleaned.get("otp_token", "")
        if not code:
            raise forms.ValidationError(self.error_messages["otp_required"], code="otp_required")
        device = verify_code(user, code)
        if device is None:
            user_login_failed.send(
                sender=__name__, credentials={"username": cleaned.get("username")}, request=self.request
            )
            self.user_cache = None
            raise forms.ValidationError(self.error_messages["otp_invalid"], code="otp_invalid")
        # django_otp persists this device in the session when login() runs.
        user.otp_device = device
        return cleaned


# --- Enforcement ----------------------------------------------------------------------------
# Pages a user who still has to verify (or enrol) may open.
OTP_EXEMPT_URL_NAMES = {
    "admin-login",
    "admin:login",
    "admin:logout",
    "otp-setup",
    "otp-verify",
    "set_language",
    "healthz",
    "health",
}


class OTPRequiredMiddleware:
    """Sends users who must use two factors and have not verified one in this session to
    enrolment (no device yet) or to verification. DRF views are left to
    ``core.api_auth.OTPSessionAuthentication`` (a token client is not asked for a code)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.OTP_REQUIRED_FOR:
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        match = request.resolver_match
        if match is not None and match.view_name in OTP_EXEMPT_URL_NAMES:
            return None
        from rest_framework.views import APIView

        view_class = getattr(view_func, "cls", None)
        if isinstance(view_class, type) and issubclass(view_class, APIView):
            return None
        if not otp_required(user):
            return None
        target = "otp-verify" if has_device(user) else "otp-setup"
        return HttpResponseRedirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")


@never_cache
def admin_login(request, extra_context=None):
    """The admin login behind the ``login`` throttle: too many posts from one address → 429."""
    if request.method == "POST":
        from core.api_auth import LoginRateThrottle

        throttle = LoginRateThrottle()
        if not throttle.allow_request(request, None):
            wait = int(throttle.wait() or 60) + 1
            response = TemplateResponse(
                request,
                "admin/locked_out.html",
                {
                    **admin.site.each_context(request),
                    "title": gettext("Too many login attempts"),
                    "throttled": True,
                    "seconds": wait,
                },
                status=429,
            )
            response["Retry-After"] = str(wait)
            return response
    return admin.site.login(request, extra_context)
