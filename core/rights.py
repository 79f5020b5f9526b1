"""Rights nobody claims (issue #17): what a detector reports, pure (no Django).

Each app's detectors are pure rules beside the benefit's own rule (``benefits.rights``, ``lending.rules``,
``members.rules``), fed by set-based selectors; the apps register them in their ``hooks.py``
(``core.hooks.register_rights_detector``), and the nightly step ``benefits.rights_scan`` keeps the worklist
(``benefits.Finding``) from what they report.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


class Kind(enum.StrEnum):
    """The stable codes of the rights the detectors look for (the API's ``kind``)."""

    BIRTH_PREMIUM = "birth_premium"  # Art. 57
    DIAPERS = "diapers"  # Art. 45
    TOOTHBRUSH = "toothbrush"  # Art. 51
    FOOT_CARE = "foot_care"  # Art. 44
    ALARM_SUBSIDY = "alarm_subsidy"  # Art. 54
    MAX_INVOICE_REFUND = "max_invoice_refund"  # Art. 54
    FILING_DEADLINE = "filing_deadline"  # Art. 42.4
    ARREARS_RESTORABLE = "arrears_restorable"  # Art. 8 §3


@dataclass(frozen=True)
class Right:
    """A right a member very likely has and has not claimed (or a payout that did not reach them).

    ``subject`` tells two rights of the same kind and member apart (the child, the year of life, the
    year, the claim): a finding is made once per (kind, member, subject). ``amount`` is what the member
    would receive (None when the detector cannot tell), ``deadline`` the last day the right can be
    claimed (None: no end). ``evidence`` names what to bring (the rule's evidence codes)."""

    kind: Kind
    article: str
    member_id: int
    household_id: int
    subject: str
    amount: Decimal | None
    deadline: date | None
    evidence: tuple[str, ...] = ()
    note: str = ""

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.kind.value, self.member_id, self.subject)
