"""What the reports bring to the project's hooks (``core.hooks``, found by autodiscovery): the nightly
refresh of the snapshots and the annual-report figures as reference data. The figures themselves
are the other apps' (their ``figures.py``)."""

from core import hooks
from reports import nightly, reference

for step in nightly.STEPS:
    hooks.register_nightly_step(step)
hooks.register_reference(reference.seed)
