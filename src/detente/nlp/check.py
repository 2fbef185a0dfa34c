"""A quick check of the coder against a PLOVER gold file (JSON lines: text, event, source).

    python -m detente.nlp.check /work/shared/data/gold/plover_gsr_dev.jsonl [--errors]

Prints JSON: event-type accuracy and macro-F1 over the 16 PLOVER types (the first event the
coder gives for a sentence, read with ``plover_label``), and source-country accuracy (the
gold's first source code among the codes of the predicted sources; groupings count as IGO,
as the gold codes them). The full scorer is ``detente eval``; this is the coder's own check.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Any

from detente.eval import plover_code
from detente.model import EVENT_TYPES
from detente.nlp.coder import Coder, plover_label


def _country(code: str | None) -> str | None:
    return plover_code(code) if code else None


def macro_f1(gold: list[str], pred: list[str], labels: tuple[str, ...]) -> float:
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p != label)
        if tp + fp + fn == 0:
            continue
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores) if scores else 0.0


def check(path: str, coder: Coder | None = None, show_errors: bool = False) -> dict[str, Any]:
    coder = coder or Coder()
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    texts = [r["text"].strip().strip("{}") for r in rows]
    gold, pred = [], []
    src_ok = src_n = 0
    errors = []
    for row, doc in zip(rows, coder.nlp.pipe(texts, batch_size=64), strict=True):
        from detente.model import Article

        events = coder.extract(doc, Article(text=doc.text, id=row.get("id", "")))
        first = events[0] if events else None
        label = plover_label(first) if first else "NONE"
        gold.append(row["event"])
        pred.append(label)
        gsrc = [s.get("code") for s in row.get("source") or [] if s.get("code")]
        if gsrc:
            src_n += 1
            codes = {_country(a.code) for a in (first.source if first else [])}
            hit = _country(gsrc[0]) in codes
            src_ok += hit
        else:
            hit = True
        if show_errors and (label != row["event"] or not hit):
            errors.append({"gold": row["event"], "pred": label, "text": row["text"][:160],
                           "gold_src": gsrc[:2],
                           "pred_src": [a.code for a in first.source] if first else [],
                           "all": [e.event_type for e in events]})
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    result: dict[str, Any] = {
        "n": len(gold),
        "accuracy": round(acc, 3),
        "macro_f1": round(macro_f1(gold, pred, EVENT_TYPES), 3),
        "source_country_accuracy": round(src_ok / src_n, 3) if src_n else None,
        "no_event": pred.count("NONE"),
        "confusions": Counter(f"{g}->{p}" for g, p in zip(gold, pred, strict=True)
                              if g != p).most_common(15),
    }
    if show_errors:
        result["errors"] = errors
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)
    json.dump(check(args.gold, show_errors=args.errors), sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
