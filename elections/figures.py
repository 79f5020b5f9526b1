"""The elections' report figures (registered in ``elections/hooks.py``; ``reports.snapshots`` stores
them): each election of the year with its roll, ballots, turnout and the elected."""

from __future__ import annotations

from datetime import date

from elections.models import Election


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
                "seats": election.seats,
                "voters": voters,
                "cast": cast,
                "turnout": round(100 * cast / voters, 1) if voters else 0,
                "elected": (election.result or {}).get("elected", []),
            }
        )
    return {"elections": result}
