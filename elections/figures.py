"""The elections' report figures (registered in ``elections/hooks.py``; ``reports.snapshots`` stores
them): each election of the year with its roll, ballots, turnout and the elected."""

from __future__ import annotations

from datetime import date

from core.formatting import in_every_language
from elections.models import Election


def elections_years() -> list[int]:
    """The years of the elections on record (the demo's is ahead of today)."""
    return sorted(set(Election.objects.values_list("year", flat=True)))


def elections(year: int, today: date) -> dict:
    """The elections of ``year``: roll, ballots cast, turnout and the elected."""
    result = []
    for election in Election.objects.filter(year=year):
        voters = election.voters.count()
        cast = (election.result or {}).get("cast", election.ballots.count())
        result.append(
            {
                "election": str(election),
                "status": election.get_status_display(),
                # in every language, shown in the reader's (issue #16)
                "names": in_every_language(election),
                "status_names": in_every_language(_Display(election.get_status_display)),
                "seats": election.seats,
                "voters": voters,
                "cast": cast,
                "turnout": round(100 * cast / voters, 1) if voters else 0,
                "elected": (election.result or {}).get("elected", []),
            }
        )
    return {"elections": result}


class _Display:
    """A display method called when shown (``in_every_language`` calls ``str`` per language)."""

    def __init__(self, display) -> None:
        self.display = display

    def __str__(self) -> str:
        return str(self.display())
