"""How well the rules generalise: event type of the NGEC synthetic stories' lead sentences.

The stories (data/train/, each written to show one PLOVER type) are split by story index:
even stories are the half rule writers may read ("look"), odd stories are never read
("check"). The check half's accuracy is the generalisation figure. Rules only (the learned
component trains on every story, so it is switched off here). Prints JSON.

    .venv/bin/python bench/synthetic.py [--half check|look|both] [--sample N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from collections import Counter

os.environ["DETENTE_LEARNED"] = "0"  # before detente is imported

from detente.eval import top_event  # noqa: E402
from detente.learn.data import synthetic_stories  # noqa: E402
from detente.model import Article  # noqa: E402
from detente.nlp import Coder, plover_label  # noqa: E402


def halves() -> dict[str, list[tuple[str, str]]]:
    """(lead sentence, label) of every story, by half."""
    leads = list(synthetic_stories())[1::2]  # the stories yield (headline, lead) pairs
    return {"look": leads[0::2], "check": leads[1::2]}


def score(coder: Coder, rows: list[tuple[str, str]]) -> dict[str, object]:
    started = time.perf_counter()
    right = 0
    confusions: Counter[str] = Counter()
    nothing = 0
    for doc, (_, label) in zip(coder.nlp.pipe((t for t, _ in rows), batch_size=64), rows,
                               strict=True):
        event = top_event(coder.extract(doc, Article(text=doc.text)))
        predicted = plover_label(event) if event else "NONE"
        right += predicted == label
        nothing += predicted == "NONE"
        if predicted != label:
            confusions[f"{label}->{predicted}"] += 1
    return {"n": len(rows), "accuracy": round(right / len(rows), 4),
            "no_event": round(nothing / len(rows), 4),
            "top_confusions": dict(confusions.most_common(8)),
            "seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("check", "look", "both"), default="check")
    parser.add_argument("--sample", type=int, default=0, help="stories per half (0: all)")
    args = parser.parse_args()
    coder = Coder()
    out = {}
    for name, rows in halves().items():
        if args.half not in (name, "both"):
            continue
        if args.sample:
            rows = random.Random(7).sample(rows, min(args.sample, len(rows)))
        out[name] = score(coder, rows)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
