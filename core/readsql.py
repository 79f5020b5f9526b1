"""One read-only gateway for the raw SQL a selector needs (STYLE: selectors only read).

A selector that must write its own SQL (a ``UNION`` of index-only branches the ORM cannot express, issue #18)
runs it through ``rows``, which refuses any statement that is not a ``SELECT``: the selectors' rooms test
(``core/tests/test_rooms.py``) keeps ``.execute()`` out of every ``selectors.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection


class NotARead(ValueError):
    """The statement given to ``rows`` is not a SELECT."""


def rows(sql: str, params: Sequence[object] = ()) -> list[tuple]:
    """The rows of one SELECT statement (parenthesised or not); anything else is refused before it runs."""
    head = sql.lstrip().lstrip("(").lstrip()
    if not head[:6].upper() == "SELECT" or ";" in sql:
        raise NotARead(f"only one SELECT may run here, not: {sql[:60]!r}")
    with connection.cursor() as cursor:
        cursor.execute(sql, list(params))
        return cursor.fetchall()
