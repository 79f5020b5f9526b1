"""Admin for staff credentials: a superuser issues or revokes a user's API token and resets a
lost two-factor device from the user list (actions through ``core.auth_services``, audited).

DRF's own token admin is removed: it lists every key in clear.
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework.authtoken.models import TokenProxy

from core.admin import service_action
from core.auth_services import api_token_issue, api_token_revoke, two_factor_reset

User = get_user_model()


class StaffUserAdmin(UserAdmin):
    actions = ["issue_api_token", "revoke_api_token", "reset_two_factor"]

    def has_superuser_permission(self, request):
        return request.user.is_superuser

    issue_api_token = service_action(
        lambda staff, user, reason: api_token_issue(user=staff, actor=user, via="admin"),
        permissions=["superuser"],
        description=gettext_lazy("Issue a new API token (replaces the old one)"),
        select=lambda qs: qs.order_by("username"),
        respond=lambda request, issued: _tokens_page(request, issued),
    )
    revoke_api_token = service_action(
        lambda staff, user, reason: (
            None if api_token_revoke(user=staff, actor=user, via="admin") else _("no API token")
        ),
        permissions=["superuser"],
        description=gettext_lazy("Revoke API token"),
        done=gettext_lazy("%(n)d API tokens revoked."),
    )
    reset_two_factor = service_action(
        lambda staff, user, reason: (
            _("two-factor devices removed; they set it up again at their next login.")
            if two_factor_reset(user=staff, actor=user, via="admin")
            else _("no device")
        ),
        permissions=["superuser"],
        description=gettext_lazy("Reset two-factor authentication (lost phone)"),
    )


def _tokens_page(request, issued):
    """The new keys, shown once, in this response only (not in a message, which may travel in a cookie)."""
    response = TemplateResponse(
        request,
        "admin/auth/user/api_tokens.html",
        {
            **admin.site.each_context(request),
            "title": _("New API tokens"),
            "issued": issued,
            "opts": User._meta,
        },
    )
    response["Cache-Control"] = "no-store"
    return response


def register():
    if admin.site.is_registered(User):
        admin.site.unregister(User)
    admin.site.register(User, StaffUserAdmin)
    if admin.site.is_registered(TokenProxy):
        admin.site.unregister(TokenProxy)
