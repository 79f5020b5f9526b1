"""The population generator of the benchmarks: a realistic member population with three years of contribution history, fast.

    manage.py generate_population --households 1000000 [--seed 1] [--start 2023-12] [--through 2026-11]

What is generated (households are appended to whatever is already there):

- ``N`` households (Flanders 60 %, Brussels 15 %, Wallonia 22 %, abroad 3 %), each with a titular
  and 0–4 dependents (45 % single; partners; children), Flemish, French and other names.
- Valid Belgian national numbers (rijksregisternummers) that agree with the birth date and gender
  (odd serial = male; mod-97 check with the 2000+ variant), unique across the whole table: the
  serial is the rank of the person among the people born on the same day with the same gender,
  counted on from the highest serial already in the table for that day.
- Affiliation start (first of a month) between 1990 and today; ``titular_since`` = affiliation
  start for titulars.
- One ``ContributionDue`` per household and month from max(affiliation start, ``--start``) through
  ``--through``, priced by the contribution table in force (``rules.table_in_force``). A synthetic
  table (``synthetic=True``) is created for 2026 when the real one does not exist yet, and one from
  ``--start`` on when no table is in force then (see ``ensure_tables``).
- Payment behaviour: 85 % pay every month in time (yearly, quarterly or monthly ``Payment`` rows),
  10 % make some payments late, 4 % have open arrears in their last 1–6 months, 1 % have 25–36
  consecutive unpaid months (suspended, not revoked: Art. 8 §4, nobody acquires the revoked status
  from 1 January 2021 on). Settled dues point at their ``Payment``;
  a payment's amount is the sum of its dues; ``source='generated'``.

How, in three modules:

- ``plan`` (pure): the distributions, the run's ``Options`` and the Python draws of a household;
  national numbers come from ``members.rules.national_number_for``.
- ``postgres``: set-based SQL (INSERT … SELECT) in one transaction, indexes rebuilt around it.
- ``python``: SQLite (no ``DATABASE_URL``) and other databases: the same distributions drawn in
  Python and written with ``bulk_create`` in batches, in one transaction. Meant for a few thousand
  households.

Bulk writes bypass ``save()`` and the auditlog signals: intended for generated data.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.db import connection

from devtools.population.plan import FIRST_AFFILIATION, GenerationError, Options

__all__ = ["GenerationError", "Options", "Progress", "generate"]


class Progress:
    """Prints what a run does: a line, or one phase's rows, seconds and rows per second."""

    def __init__(self, write: Callable[[str], None] | None = None):
        self.write = write

    def say(self, text: str):
        if self.write:
            self.write(text)

    def phase(self, name: str, started: float, count: int | None = None) -> float:
        """Print one phase's figures; return the clock for the next phase."""
        now = time.monotonic()
        rows = f"{count:>12,} rows" if count is not None else " " * 17
        rate = f"  {count / (now - started):>12,.0f} rows/s" if count and now > started else ""
        self.say(f"  {name:<46}{rows} {now - started:8.1f} s{rate}")
        return now


def generate(
    options: Options,
    progress: Progress | None = None,
    *,
    rebuild_indexes: str = "auto",
    maintenance_work_mem: str = "2GB",
    validate_foreign_keys: bool = False,
) -> dict[str, int]:
    """Append ``options.households`` generated households; return the rows added per table."""
    progress = progress or Progress()
    if options.households <= 0:
        raise GenerationError("--households must be positive.")
    if options.through < options.start:
        raise GenerationError("--through is before --start.")
    if options.start < FIRST_AFFILIATION:
        raise GenerationError(f"--start must not be before {FIRST_AFFILIATION}.")
    started = time.monotonic()
    progress.say(
        f"Generating {options.households:,} households, dues {options.start}–{options.through}, "
        f"as of {options.as_of}, seed {options.seed}, on {connection.vendor}."
    )
    if connection.vendor == "postgresql":
        from devtools.population.postgres import PostgresGenerator

        counts = PostgresGenerator(
            progress, options, rebuild_indexes, maintenance_work_mem, validate_foreign_keys
        ).run()
    else:
        from devtools.population.python import PythonGenerator

        counts = PythonGenerator(progress, options).run()
    progress.say(
        "Done in {:.1f} s: {}.".format(
            time.monotonic() - started, ", ".join(f"{count:,} {name}" for name, count in counts.items())
        )
    )
    return counts
