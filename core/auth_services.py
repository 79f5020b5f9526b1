"""Writes about staff credentials: API tokens and two-factor devices. Atomic and audited (an
auditlog entry on the user, with the actor; the token itself is never logged)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _


def _audit(user, field: str, old: str, new: str, *, actor, via: str) -> None:
    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    LogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(user.__class__),
        object_pk=str(user.pk),
        object_id=user.pk,
        object_repr=str(user)[:200],
        action=LogEntry.Action.UPDATE,
        changes={field: [old, new]},
        actor=actor,
        additional_data={"via": via},
    )


def _require_superuser(actor) -> None:
    # None: the command line (whoever runs manage.py already controls the server).
    if actor is not None and not actor.is_superuser:
        raise ValidationError(_("Only a superuser manages API tokens and two-factor devices."))


@transaction.atomic
def api_token_issue(*, user, actor, via: str) -> str:
    """A new API token for ``user`` (any previous one stops working). Returns the key, which is
    shown once to the superuser who issued it."""
    from rest_framework.authtoken.models import Token

    _require_superuser(actor)
    if not user.is_active:
        raise ValidationError({"user": _("User %(user)s is inactive: no API token.") % {"user": user}})
    replaced = Token.objects.filter(user=user).delete()[0] > 0
    token = Token.objects.create(user=user)
    _audit(user, "api_token", "replaced" if replaced else "", "issued", actor=actor, via=via)
    return token.key


@transaction.atomic
def api_token_revoke(*, user, actor, via: str) -> bool:
    """Revoke ``user``'s API token; False when there was none."""
    from rest_framework.authtoken.models import Token

    _require_superuser(actor)
    revoked = Token.objects.filter(user=user).delete()[0] > 0
    if revoked:
        _audit(user, "api_token", "issued", "revoked", actor=actor, via=via)
    return revoked


@transaction.atomic
def two_factor_reset(*, user, actor, via: str) -> int:
    """Remove all of ``user``'s two-factor devices (a lost phone): the next login asks them to set
    it up again (required roles cannot go further until they do). Returns how many were removed."""
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    _require_superuser(actor)
    removed = TOTPDevice.objects.filter(user=user).delete()[1].get("otp_totp.TOTPDevice", 0)
    removed += StaticDevice.objects.filter(user=user).delete()[1].get("otp_static.StaticDevice", 0)
    if removed:
        _audit(user, "two_factor", "devices", "reset", actor=actor, via=via)
    return removed


def two_factor_confirmed(*, user) -> None:
    _audit(user, "two_factor", "", "authenticator app confirmed, backup codes issued", actor=user, via="enrolment")
