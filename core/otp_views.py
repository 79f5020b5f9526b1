"""Two-factor pages for staff: set up an authenticator app, verify a code in this session.

Enrolment creates an unconfirmed TOTP device, shows its QR code (inline SVG, no image library),
and confirms it only once the user has typed a code from it; then it issues ten single-use backup
codes (shown once) and marks the session verified. Each step is in the audit trail of the user.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.auth import confirmed_devices, otp_required, verify_code
from core.auth_services import two_factor_confirmed

BACKUP_CODES = 10
APP_DEVICE_NAME = "authenticator app"
BACKUP_DEVICE_NAME = "backup codes"


class CodeForm(forms.Form):
    otp_token = forms.CharField(
        label=_("Verification code"),
        max_length=16,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return "/admin/"


def _context(request, **extra):
    return {**admin.site.each_context(request), "next": _next_url(request), **extra}


def _qr_svg(url: str) -> str:
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=8, border=2)
    return image.to_string(encoding="unicode")


def _secret_groups(device: TOTPDevice) -> str:
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@never_cache
@sensitive_post_parameters("otp_token")
@login_required
def otp_setup(request):
    """Set up two-factor authentication (tweestapsverificatie) for the logged-in staff user."""
    user = request.user
    if not user.is_staff:
        return redirect("admin:login")
    totp, static = confirmed_devices(user)
    if (totp or static) and not user.is_verified():
        # Replacing a second factor takes the current one first.
        return redirect(f"{reverse('otp-verify')}?{urlencode({'next': request.get_full_path()})}")
    if totp:
        return TemplateResponse(
            request,
            "otp/setup.html",
            _context(request, title=gettext("Two-factor authentication"), enrolled=True, required=otp_required(user)),
        )

    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["otp_token"].replace(" ", "")):
            codes = _confirm(request, device)
            return TemplateResponse(
                request, "otp/backup_codes.html", _context(request, title=gettext("Your backup codes"), codes=codes)
            )
        form.add_error(
            "otp_token",
            gettext("This code is not valid. Check the time on your phone and type the code that is shown now."),
        )
    return TemplateResponse(
        request,
        "otp/setup.html",
        _context(
            request,
            title=gettext("Set up two-factor authentication"),
            form=form,
            enrolled=False,
            required=otp_required(user),
            qr_svg=_qr_svg(device.config_url),
            secret=_secret_groups(device),
        ),
    )


@transaction.atomic
def _confirm(request, device: TOTPDevice) -> list[str]:
    user = request.user
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    StaticDevice.objects.filter(user=user).delete()
    backup = StaticDevice.objects.create(user=user, name=BACKUP_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=backup, token=code) for code in codes])
    request.session.cycle_key()
    otp_login(request, device)
    two_factor_confirmed(user=user)
    return codes


@never_cache
@sensitive_post_parameters("otp_token")
@login_required
def otp_verify(request):
    """Give the second factor for a session that was opened without it."""
    user = request.user
    totp, static = confirmed_devices(user)
    if not (totp or static):
        return redirect(f"{reverse('otp-setup')}?{urlencode({'next': _next_url(request)})}")
    if user.is_verified():
        return redirect(_next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = verify_code(user, form.cleaned_data["otp_token"])
        if device is not None:
            request.session.cycle_key()
            otp_login(request, device)
            if isinstance(device, StaticDevice):
                left = device.token_set.count()
                messages.warning(request, gettext("You used a backup code; %(left)d left.") % {"left": left})
            return redirect(_next_url(request))
        form.add_error("otp_token", gettext("This code is not valid."))
    return TemplateResponse(
        request, "otp/verify.html", _context(request, title=gettext("Two-factor verification"), form=form)
    )
