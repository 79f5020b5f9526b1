"""What the bank brings to the project's hooks (``core.hooks``, found by autodiscovery)."""

from django.utils.translation import gettext_lazy as _

from bank import demo, nightly, selectors
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
# a month a direct debit is collecting gets no arrears reminder (members.rules.arrears_reminder)
hooks.register_months_being_collected("bank.direct_debits", selectors.months_being_collected)
# The one search box (issue #16): an IBAN finds the household that pays from it and its payments
hooks.register_search(
    "bank.households_by_iban",
    selectors.search_households_by_iban,
    group="households",
    title=_("Households"),
    category=Category.BANK,
    permission="members.view_household",
    model="members.household",
    order=20,
    changelist="admin:members_household_changelist",
)
hooks.register_search(
    "bank.payments_by_iban",
    selectors.search_payments_by_iban,
    group="payments",
    title=_("Payments"),
    category=Category.CONTRIBUTIONS,
    permission="members.view_payment",
    model="members.payment",
    order=50,
    changelist="admin:members_payment_changelist",
)
# issue #17: lending's rights detectors check that a refund's transfer really left (or came back)
hooks.register_payout_status("bank.payout_transfers", selectors.payout_statuses)
