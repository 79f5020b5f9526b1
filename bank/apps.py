from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BankConfig(AppConfig):
    name = "bank"
    verbose_name = _("Bank (SEPA direct debit)")

    def ready(self):
        from bank import checks  # noqa: F401 - registers the SEPA creditor settings check
