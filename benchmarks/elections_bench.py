"""Benchmark: tally and count 1,000,000 ballots for 300 candidates (issue #6, aim ≤ 10 s).

    .venv/bin/python benchmarks/elections_bench.py --ballots 1000000 --candidates 300 --seats 100

Ballots are generated in memory (a mix of list ballots, name ballots, over-voted and empty ones),
then tallied (validity per Art. 19) and counted (Art. 20) by the pure functions of elections.rules.
"""

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from elections.rules import Ballot, count, tally  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ballots", type=int, default=1_000_000)
    parser.add_argument("--candidates", type=int, default=300)
    parser.add_argument("--seats", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20)
    options = parser.parse_args()

    rng = random.Random(options.seed)
    names = [f"Candidate {i:03d}" for i in range(options.candidates)]
    weights = [1 / (i + 1) for i in range(options.candidates)]  # a few popular candidates, a long tail
    started = time.perf_counter()
    ballots = []
    for _ in range(options.ballots):
        roll = rng.random()
        if roll < 0.45:
            ballots.append(Ballot(list_vote=True))
        elif roll < 0.98:
            k = rng.randint(1, 3)
            ballots.append(Ballot(names=tuple(dict.fromkeys(rng.choices(names, weights=weights, k=k)))))
        elif roll < 0.99:
            ballots.append(Ballot(names=tuple(names[: options.seats + 1])))  # over-voted
        else:
            ballots.append(Ballot())  # no vote
    generated = time.perf_counter() - started

    started = time.perf_counter()
    result_tally = tally(ballots, options.seats, names)
    tallied = time.perf_counter() - started
    started = time.perf_counter()
    result = count(
        options.seats,
        result_tally.valid_ballots,
        result_tally.list_votes,
        [(n, result_tally.name_votes[n]) for n in names],
    )
    counted = time.perf_counter() - started

    print(
        f"ballots: {result_tally.cast:,} cast, {result_tally.valid_ballots:,} valid, {result_tally.list_votes:,} list votes; "
        f"invalid: {dict(result_tally.invalid)}"
    )
    print(
        f"quorum {result.quorum:,}, pot {result.pot:,}, pot left {result.pot_left:,}; first elected: {result.elected[:3]}"
    )
    print(
        f"generate {generated:.2f} s | tally (Art. 19) {tallied:.2f} s | count (Art. 20) {counted * 1000:.1f} ms | "
        f"TOTAL tally+count {tallied + counted:.2f} s (aim ≤ 10 s)"
    )


if __name__ == "__main__":
    main()
