"""What the lending service brings to the project's hooks (``core.hooks``, found by autodiscovery)."""

from django.utils.translation import gettext_lazy as _

from core import hooks
from core.privacy import Category
from lending import demo, figures, member_file, nightly, reference, selectors
from lending.admin import care_fee_panel, incontinence_panel, lending_panel

for step in nightly.STEPS:
    hooks.register_nightly_step(step)
hooks.register_reference(reference.seed)
hooks.register_demo(demo.seed)
hooks.register_member_panel(
    "lending.comfoplus", title=_("Lending (ComfoPlus)"), render=lending_panel, category=Category.LENDING
)
hooks.register_member_panel(
    "lending.care_fees", title=_("Sick-child care fees (Art. 52)"), render=care_fee_panel, category=Category.HEALTH
)
hooks.register_member_panel(
    "lending.home_care_shop",
    title=_("Home-care shop (Art. 54)"),
    render=incontinence_panel,
    category=Category.LENDING,
)
hooks.register_figures("lending", figures.lending, years=figures.lending_years)
# The one search box (issue #16): rentals, for the roles that see lending data (core.privacy)
hooks.register_search(
    "lending.rentals",
    selectors.search_rentals,
    group="rentals",
    title=_("Rentals"),
    category=Category.LENDING,
    permission="lending.view_rental",
    model="lending.rental",
    order=40,
    changelist="admin:lending_rental_changelist",
)
hooks.register_file_section(  # issue #16: the household's member file
    "lending.rentals",
    title=_("Rentals and maximum invoice"),
    render=member_file.rentals_section,
    category=Category.LENDING,
)
# issue #17: Art. 54 refunds and alarm subsidies computed but not received (no IBAN, a transfer came back)
hooks.register_rights_detector("lending.unreceived_payouts", selectors.unreceived_payout_rights)
