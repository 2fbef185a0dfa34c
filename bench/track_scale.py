"""How the tracker scales: tracking N copies of the gold events against N x one copy.

    python bench/track_scale.py [--copies 80] [--rounds 3]

The hand-coded events of the gold sentences (~440) are replicated ``--copies`` times, each
copy with its own article ids and sentences so that nothing is shared between copies, and
tracked in one call (``detente.track.track``). The baseline is tracking one copy, in the
same process; the figure ``ratio_vs_linear`` is time(N copies) / (N x time(one copy)):
1.0 means linear, below 1 means the fixed costs are shared. CPU time (``process_time``),
best of ``--rounds``. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace

from detente.model import Event
from detente.track import track
from detente.track.measure import gold_events


def copies(base: list[Event], n: int) -> list[Event]:
    return [replace(e, article_id=f"{e.article_id}-{k}", id=f"{e.id}-{k}",
                    sentence=f"{e.sentence} [{k}]") for k in range(n) for e in base]


def best_seconds(events: list[Event], rounds: int) -> tuple[float, int]:
    times, found = [], 0
    for _ in range(rounds):
        started = time.process_time()
        found = len(track(events))
        times.append(time.process_time() - started)
    return min(times), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=80)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    base = gold_events()
    one, one_found = best_seconds(copies(base, 1), args.rounds)
    many_events = copies(base, args.copies)
    many, many_found = best_seconds(many_events, args.rounds)
    print(json.dumps({
        "events_one_copy": len(base), "events": len(many_events), "copies": args.copies,
        "agreements_one_copy": one_found, "agreements": many_found,
        "seconds_one_copy": round(one, 4), "seconds": round(many, 3),
        "events_per_second": round(len(many_events) / many) if many else None,
        "ratio_vs_linear": round(many / (args.copies * one), 3) if one else None,
    }))


if __name__ == "__main__":
    main()
