"""What the members app brings to the project's hooks (``core.hooks``, found by autodiscovery)."""

from core import hooks
from members import demo, figures, nightly, reference, selectors

for step in nightly.STEPS:
    hooks.register_nightly_step(step)
hooks.register_reference(reference.seed)
hooks.register_demo(demo.seed, sized=True)  # the demo population: --households N
hooks.register_figures("membership", figures.membership)
hooks.register_figures("contributions", figures.contributions)
hooks.register_figures("correspondence", figures.correspondence)  # issue #15: letters per kind and month
# issue #17: a suspended household that paying a small debt restores (Art. 8 §3)
hooks.register_rights_detector("members.arrears_restorable", selectors.restorable_arrears_rights)
