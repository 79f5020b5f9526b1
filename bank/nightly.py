"""Nightly step of the bank (issue #15), registered in ``bank/hooks.py``; its place in the chain is in
``core.nightly.NIGHTLY_ORDER``."""

from bank import services
from core.nightly import Step

STEPS = [
    Step(
        "bank.mandates_expire",
        "Expire direct-debit mandates unused for 36 months (SEPA Core rulebook)",
        once=lambda day: {"expired": services.mandates_expire(today=day)},
    ),
]
