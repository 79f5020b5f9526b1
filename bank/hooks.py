"""What the bank brings to the project's hooks (``core.hooks``, found by autodiscovery)."""

from django.utils.translation import gettext_lazy as _

from bank import demo, nightly
from bank.admin import direct_debit_panel
from bank.member_file import direct_debit_section
from core import hooks
from core.privacy import Category

for step in nightly.STEPS:
    hooks.register_nightly_step(step)
hooks.register_member_panel(
    "bank.direct_debit", title=_("Direct debit (SEPA)"), render=direct_debit_panel, category=Category.BANK
)
hooks.register_file_section(  # issue #16: the household's member file
    "bank.direct_debit", title=_("Direct debit (SEPA)"), render=direct_debit_section, category=Category.BANK
)
hooks.register_demo(demo.seed)  # mandates, a collection run, a settlement and a return (issue #15)
