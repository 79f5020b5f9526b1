"""A calendar month as a small value type (never a string)."""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, order=True, slots=True)
class Month:
    year: int
    month: int

    def __post_init__(self):
        if not 1 <= self.month <= 12:
            raise ValueError(f"month must be 1..12, got {self.month}")
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @classmethod
    def parse(cls, text: str) -> Month:
        """``"2026-01"`` → ``Month(2026, 1)``; anything else is a ``ValueError``."""
        match = _MONTH_RE.match(str(text).strip())
        if not match:
            raise ValueError(f"not a month (YYYY-MM): {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def index(self) -> int:
        """Months since year 0: makes differences and ranges plain integer arithmetic."""
        return self.year * 12 + (self.month - 1)

    @classmethod
    def from_index(cls, index: int) -> Month:
        return _from_index(index)

    def __add__(self, months: int) -> Month:
        return Month.from_index(self.index + months)

    def __sub__(self, other):
        if isinstance(other, Month):
            return self.index - other.index
        return Month.from_index(self.index - other)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def quarter_start(self) -> Month:
        return Month(self.year, 3 * ((self.month - 1) // 3) + 1)


@functools.lru_cache(maxsize=4096)
def _from_index(index: int) -> Month:
    """Months are frozen: the nightly refresh builds millions of them, so instances are shared."""
    return Month(index // 12, index % 12 + 1)


def month_range(first: Month, last: Month) -> Iterator[Month]:
    """Every month from ``first`` to ``last`` inclusive (empty when last < first)."""
    for index in range(first.index, last.index + 1):
        yield Month.from_index(index)
