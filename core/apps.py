from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from core import auth_admin, schema  # noqa: F401 (schema: registers an OpenAPI extension)
        from core.roles import sync_roles_after_migrate

        # Token and two-factor actions on the user admin (after admin.autodiscover registered it).
        auth_admin.register()

        # The admin's app list (sidebar, index) once per user and permissions, not on every page (issue #18).
        from django.contrib import admin

        from core import admin_nav

        admin_nav.install(admin.site)

        # Admin actions and services stamp their reason and author on the audit entries they write.
        from core import audit

        audit.connect()

        # Decision reasons are shown in the user's language (the rules that build them stay pure).
        from django.utils.translation import gettext

        from core import reasons

        reasons.set_translator(gettext)

        # Roles are (re)built after every migrate, once all permissions exist.
        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="core.sync_roles")

        # The hooks (nightly steps, reference and demo seeders, member-page panels, report figures):
        # every app's hooks.py, found as contrib.admin finds admin.py; and the check of the chain's order.
        from django.core import checks as django_checks

        from core import checks, hooks

        hooks.autodiscover()
        django_checks.register(checks.nightly_order)
