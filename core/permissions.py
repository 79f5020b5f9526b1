"""API permissions (kept apart from ``core.api``: DRF imports them while it loads)."""

from rest_framework import permissions


class StrictModelPermissions(permissions.DjangoModelPermissions):
    """Model permissions, with ``view`` required for reads (DRF's default lets any user read)."""

    perms_map = {
        **permissions.DjangoModelPermissions.perms_map,
        "GET": ["%(app_label)s.view_%(model_name)s"],
        "HEAD": ["%(app_label)s.view_%(model_name)s"],
        "OPTIONS": ["%(app_label)s.view_%(model_name)s"],
    }
