"""What the members app brings to the project's hooks (``core.hooks``, found by autodiscovery)."""

from core import hooks
from members import demo, figures, nightly, reference

for step in nightly.STEPS:
    hooks.register_nightly_step(step)
hooks.register_reference(reference.seed)
hooks.register_demo(demo.seed, sized=True)  # the demo population: --households N
hooks.register_figures("membership", figures.membership, years=figures.membership_years)
hooks.register_figures("contributions", figures.contributions, years=figures.contributions_years)
hooks.register_figures(
    "correspondence", figures.correspondence, years=figures.correspondence_years
)  # issue #15: letters per kind and month
