"""Benchmark baseline: every household's Art. 8 status in one hand-written SQL statement (issue #18).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/art8 .venv/bin/python benchmarks/art8_sql.py [--as-of 2026-11-27]

What the statement judges, for every household: its titular (the latest affiliation as titular, as
``selectors.titulars_for`` takes it); not affiliated when that affiliation does not cover the event
month (Art. 6); else the window of Art. 8 §2 2° (the event month, the month of ``as_of``, and the 23
before, not before the month the affiliation started); entitled when every due of the window is
settled by ``as_of`` or owes nothing (a month without a due line owes nothing here), else suspended
(Art. 8 §3). Nothing else: no presumption, prior affiliation, judgment, hardship, legacy revocation,
unknown months; it is the floor of what the refresh (``members.services.statuses_refresh``) must do,
not a substitute for it.

``art8_statuses_sql(cursor, as_of, materialise=...)`` is importable by other benchmarks: with
``materialise=True`` it writes every status (status, reason, explanation, month, computed_at, as the
refresh writes ``HouseholdStatus``) into the UNLOGGED scratch table ``art8_sql_status``, which it
creates or truncates; with ``materialise=False`` it only computes them (and counts them).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: Art. 8 §2 2°: the event month and the 23 months before it (``members.rules.WINDOW_MONTHS_BEFORE``).
WINDOW_MONTHS_BEFORE = 23
SCRATCH_TABLE = "art8_sql_status"

_STATUSES = """
    WITH titular AS (
        SELECT DISTINCT ON (m.household_id) m.household_id, m.affiliation_start, m.affiliation_end
        FROM members_member m
        WHERE m.role = 'titular'
        ORDER BY m.household_id, m.affiliation_start DESC, m.id DESC
    ), judged AS (
        SELECT t.household_id, t.affiliation_start, t.affiliation_end,
               greatest(date_trunc('month', t.affiliation_start)::date, %(window_floor)s::date) AS window_start
        FROM titular t
    ), open AS (
        -- the dues of any window not settled by as_of: one pass over the dues, bounded by the window floor
        SELECT d.household_id, d.month
        FROM members_contributiondue d
        WHERE d.month >= %(window_floor)s AND d.month <= %(month)s
          AND (d.settled_on IS NULL OR d.settled_on > %(as_of)s) AND d.amount <> 0
    ), statuses AS (
        SELECT j.household_id, j.window_start,
               CASE WHEN j.affiliation_start >= %(next_month)s
                         OR (j.affiliation_end IS NOT NULL AND j.affiliation_end < %(month)s) THEN 'not_affiliated'
                    WHEN EXISTS (SELECT 1 FROM open o WHERE o.household_id = j.household_id
                                 AND o.month >= j.window_start) THEN 'suspended'
                    ELSE 'entitled' END AS status
        FROM judged j
    )
"""

_COMPUTE = (
    _STATUSES
    + """
    SELECT count(*), count(*) FILTER (WHERE status = 'entitled'), count(*) FILTER (WHERE status = 'suspended')
    FROM statuses
"""
)

_MATERIALISE = (
    _STATUSES
    + f"""
    INSERT INTO {SCRATCH_TABLE} (household_id, status, reason, explanation, month, computed_at)
    SELECT s.household_id, s.status,
           CASE s.status WHEN 'entitled' THEN 'Art. 8 §2: contributions paid for ' || to_char(s.window_start, 'YYYY-MM')
                                            || '–' || %(month_text)s || '.'
                         WHEN 'suspended' THEN 'Art. 8 §3: contributions unpaid in the window '
                                            || to_char(s.window_start, 'YYYY-MM') || '–' || %(month_text)s || '.'
                         ELSE 'not affiliated in ' || %(month_text)s || ' (Art. 6)' END,
           jsonb_build_array(jsonb_build_object(
               'code', CASE s.status WHEN 'entitled' THEN 'art8_2.paid_window' WHEN 'suspended'
                                     THEN 'entitlement.unpaid' ELSE 'entitlement.not_affiliated' END,
               'params', jsonb_build_object('window', to_char(s.window_start, 'YYYY-MM') || '–' || %(month_text)s))),
           %(month)s, now()
    FROM statuses s
"""
)


def _params(as_of: date) -> dict:
    month = date(as_of.year, as_of.month, 1)
    index = as_of.year * 12 + as_of.month - 1 - WINDOW_MONTHS_BEFORE
    next_index = as_of.year * 12 + as_of.month
    return {
        "as_of": as_of,
        "month": month,
        "month_text": f"{as_of.year:04d}-{as_of.month:02d}",
        "next_month": date(next_index // 12, next_index % 12 + 1, 1),
        "window_floor": date(index // 12, index % 12 + 1, 1),
    }


def art8_statuses_sql(cursor, as_of: date, *, materialise: bool) -> tuple[int, float]:
    """Every household's Art. 8 status on ``as_of`` in one statement: (households judged, seconds).

    ``cursor``: a DB-API cursor on the PostgreSQL database (Django's ``connection.cursor()`` or
    psycopg's). ``materialise=True`` also writes the statuses into ``art8_sql_status`` (UNLOGGED,
    created or truncated here; its creation and truncation are not timed)."""
    params = _params(as_of)
    if materialise:
        cursor.execute(
            f"""CREATE UNLOGGED TABLE IF NOT EXISTS {SCRATCH_TABLE} (
                    household_id bigint PRIMARY KEY, status varchar(16) NOT NULL, reason text NOT NULL,
                    explanation jsonb NOT NULL, month date NOT NULL, computed_at timestamptz NOT NULL)"""
        )
        cursor.execute(f"TRUNCATE {SCRATCH_TABLE}")
        started = time.perf_counter()
        cursor.execute(_MATERIALISE, params)
        households = cursor.rowcount
        return households, time.perf_counter() - started
    started = time.perf_counter()
    cursor.execute(_COMPUTE, params)
    households = cursor.fetchone()[0]
    return households, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--repeat", type=int, default=3, help="Runs of each; the best is printed.")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ["DJANGO_DEBUG"] = "0"
    import django

    django.setup()
    from django.db import connection, transaction

    if connection.vendor != "postgresql":
        sys.exit("art8_sql: PostgreSQL only (set DATABASE_URL)")
    with connection.cursor() as cursor:
        for materialise in (False, True):
            runs = []
            for _ in range(args.repeat):
                with transaction.atomic():
                    runs.append(art8_statuses_sql(cursor, args.as_of, materialise=materialise))
            households = runs[0][0]
            best = min(seconds for _, seconds in runs)
            label = "materialise" if materialise else "compute"
            print(
                f"art8_sql {label}: {households:,} households in {best:.2f} s (best of {args.repeat}: "
                + ", ".join(f"{seconds:.2f}" for _, seconds in runs)
                + ")",
                flush=True,
            )
        cursor.execute(f"SELECT status, count(*) FROM {SCRATCH_TABLE} GROUP BY status ORDER BY status")
        print("  by status: " + ", ".join(f"{status} {count:,}" for status, count in cursor.fetchall()))


if __name__ == "__main__":
    main()
