"""Nightly step of the benefits app (SPEC §6, step 3), registered in ``benefits/hooks.py``; its place in the
chain is in ``core.nightly.NIGHTLY_ORDER``."""

from datetime import date

from benefits import services, worklist
from core.nightly import Step


def _deadlines_and_batch(day: date) -> dict:
    expired = services.claims_flag_expired(today=day)
    batch = services.batch_release()
    return {"expired": expired, "batched": batch.claim_count if batch else 0, "batch": batch.pk if batch else 0}


STEPS = [
    Step(
        "benefits.deadlines_and_batch",
        "Flag claims past the filing deadline (Art. 42.4); put approved claims into the next payment batch",
        once=_deadlines_and_batch,
    ),
]


def _rights_scan(day: date, first_id: int, last_id: int) -> dict:
    return worklist.rights_scan_chunk(day=day, id_range=(first_id, last_id))


# issue #17: the rights nobody claims, after the night's statuses, rents, deadlines and Art. 54 refunds
STEPS.append(
    Step(
        "benefits.rights_scan",
        "Find the rights members leave unclaimed; close the findings claimed or past their deadline (issue #17)",
        ids=worklist.household_ids,
        chunk=_rights_scan,
        unit="members.household",
    )
)
