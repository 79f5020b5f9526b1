"""Admin for staff credentials: a superuser issues or revokes a user's API token and resets a
lost two-factor device from the user list (actions through ``core.auth_services``, audited).

DRF's own token admin is removed: it lists every key in clear.
"""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.utils.translation import ngettext
from rest_framework.authtoken.models import TokenProxy

from core.auth_services import api_token_issue, api_token_revoke, two_factor_reset

User = get_user_model()


class StaffUserAdmin(UserAdmin):
    actions = ["issue_api_token", "revoke_api_token", "reset_two_factor"]

    def has_superuser_permission(self, request):
        return request.user.is_superuser

    @admin.action(permissions=["superuser"], description=gettext_lazy("Issue a new API token (replaces the old one)"))
    def issue_api_token(self, request, queryset):
        issued = []
        for user in queryset.order_by("username"):
            try:
                issued.append((user, api_token_issue(user=user, actor=request.user, via="admin")))
            except ValidationError as exc:
                self.message_user(request, " ".join(exc.messages), messages.ERROR)
        if not issued:
            return None
        # Shown once, in this response only (not in a message, which may travel in a cookie).
        response = TemplateResponse(request, "admin/auth/user/api_tokens.html", {
            **self.admin_site.each_context(request),
            "title": _("New API tokens"),
            "issued": issued,
            "opts": self.opts,
        })
        response["Cache-Control"] = "no-store"
        return response

    @admin.action(permissions=["superuser"], description=gettext_lazy("Revoke API token"))
    def revoke_api_token(self, request, queryset):
        revoked = sum(api_token_revoke(user=user, actor=request.user, via="admin") for user in queryset)
        self.message_user(request, ngettext("%(count)d API token revoked.", "%(count)d API tokens revoked.",
                                            revoked) % {"count": revoked}, messages.SUCCESS)

    @admin.action(permissions=["superuser"], description=gettext_lazy("Reset two-factor authentication (lost phone)"))
    def reset_two_factor(self, request, queryset):
        reset = [user.username for user in queryset if two_factor_reset(user=user, actor=request.user, via="admin")]
        self.message_user(request, _("Two-factor devices removed for: %(users)s. They set it up again at their "
                                     "next login.") % {"users": ", ".join(reset) or "—"}, messages.SUCCESS)


def register():
    if admin.site.is_registered(User):
        admin.site.unregister(User)
    admin.site.register(User, StaffUserAdmin)
    if admin.site.is_registered(TokenProxy):
        admin.site.unregister(TokenProxy)
