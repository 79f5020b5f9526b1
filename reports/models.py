from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportAccess(models.Model):
    """Holds the permission to read the report pages; no table behind it."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_reports", _("Can view the report pages"))]
        verbose_name = _("report access")
