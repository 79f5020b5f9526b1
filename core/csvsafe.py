"""Spreadsheet formula injection (CSV injection, OWASP): a cell whose text starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return is run as a formula by Excel and LibreOffice
(``=HYPERLINK(…)``, ``=cmd|' /C calc'!A0``). Every CSV and XLSX the back office writes passes its cells
through ``safe_cell``: such text gets a leading apostrophe, which spreadsheets show as text.

Numbers stay numbers: ``Decimal``/``int`` values are not text, and text that is only a signed
amount (``-12,50``, ``-1.234,56``, ``+3``) cannot call anything, so it is left as it is.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_SIGNED_NUMBER = re.compile(r"[+-]\s?\d[\d.,\s]*(?:[eE][+-]?\d+)?\s?€?")


def safe_cell(value):
    """``value`` as a spreadsheet shows it as text, never as a formula (non-text values unchanged)."""
    if not isinstance(value, str) or not value or not value.startswith(FORMULA_START):
        return value
    if value in ("+", "-") or _SIGNED_NUMBER.fullmatch(value):
        return value
    return "'" + value


def safe_row(row: Iterable) -> list:
    return [safe_cell(value) for value in row]


class SafeWriter:
    """``csv.writer`` whose rows go through ``safe_cell`` (``;`` by default, as Belgian Excel reads)."""

    def __init__(self, out, delimiter=";", **kwargs):
        self._writer = csv.writer(out, delimiter=delimiter, **kwargs)

    def writerow(self, row):
        return self._writer.writerow(safe_row(row))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(out, delimiter=";", **kwargs) -> SafeWriter:
    return SafeWriter(out, delimiter=delimiter, **kwargs)
