"""What the members app brings to the project's hooks (``core.hooks``, found by autodiscovery)."""

from django.utils.translation import gettext_lazy as _

from core import hooks
from core.privacy import Category
from members import demo, figures, nightly, reference, selectors

for step in nightly.STEPS:
    hooks.register_nightly_step(step)
hooks.register_reference(reference.seed)
hooks.register_demo(demo.seed, sized=True)  # the demo population: --households N
hooks.register_figures("membership", figures.membership, years=figures.membership_years)
hooks.register_figures("contributions", figures.contributions, years=figures.contributions_years)
hooks.register_figures(
    "correspondence", figures.correspondence, years=figures.correspondence_years
)  # issue #15: letters per kind and month

# The one search box (issue #16): members (first: a name typed is a person) and households, for every role
# that sees identity.
hooks.register_search(
    "members.households",
    selectors.search_households,
    group="households",
    title=_("Households"),
    category=Category.IDENTITY,
    permission="members.view_household",
    model="members.household",
    order=20,
    changelist="admin:members_household_changelist",
)
hooks.register_search(
    "members.members",
    selectors.search_members,
    group="members",
    title=_("Members"),
    category=Category.IDENTITY,
    permission="members.view_member",
    model="members.member",
    order=10,
    changelist="admin:members_member_changelist",
)
# issue #17: a suspended household that paying a small debt restores (Art. 8 §3)
hooks.register_rights_detector("members.arrears_restorable", selectors.restorable_arrears_rights)
