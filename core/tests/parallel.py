"""Run a write several times at once, each on its own thread and database connection, as parallel
clients do. Row locks only exist on PostgreSQL: SQLite serialises whole-database writes, so the
tests that need them skip there (loudly) and run in CI."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections


def require_row_locks() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (SQLite serialises whole-database writes); runs in CI")


def run_at_once(work, times: int = 4) -> tuple[list, list[Exception]]:
    """Call ``work(i)`` for i in 0..times-1 on as many threads, released together by a barrier;
    return the results and the exceptions raised."""
    barrier = threading.Barrier(times)
    results, errors = [], []
    guard = threading.Lock()

    def run(index):
        try:
            barrier.wait()
            result = work(index)
            with guard:
                results.append(result)
        except Exception as exc:  # noqa: BLE001 - handed to the test
            with guard:
                errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results, errors
