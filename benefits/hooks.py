"""What the benefits app brings to the project's hooks (``core.hooks``, found by autodiscovery)."""

from django.utils.translation import gettext_lazy as _

from benefits import demo, figures, member_file, nightly, reference, selectors, worklist
from benefits.admin import benefit_usage_panel, findings_panel
from core import hooks
from core.privacy import Category

for step in nightly.STEPS:
    hooks.register_nightly_step(step)
hooks.register_reference(reference.seed)
hooks.register_demo(demo.seed)
hooks.register_member_panel(
    "benefits.usage", title=_("Benefits used this year"), render=benefit_usage_panel, category=Category.HEALTH
)
hooks.register_figures("benefits", figures.benefits, years=figures.benefits_years)
# The one search box (issue #16): claims are health data (core.privacy)
hooks.register_search(
    "benefits.claims",
    selectors.search_claims,
    group="claims",
    title=_("Claims"),
    category=Category.HEALTH,
    permission="benefits.view_claim",
    model="benefits.claim",
    order=30,
    changelist="admin:benefits_claim_changelist",
)
hooks.register_file_section(  # issue #16: the household's member file
    "benefits.claims", title=_("Claims and benefits used"), render=member_file.claims_section, category=Category.HEALTH
)
# issue #17: the benefits' detectors of rights nobody claims (Art. 44, 45, 51, 57; Art. 42.4)
hooks.register_rights_detector("benefits.unclaimed_benefits", worklist.benefit_rights)
hooks.register_member_panel(
    "benefits.findings", title=_("Rights not claimed (worklist)"), render=findings_panel, category=Category.HEALTH
)
hooks.register_figures(  # issue #17: rights found, claimed, after a letter
    "take_up", figures.take_up, years=figures.take_up_years
)
