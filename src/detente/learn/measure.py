"""Rules only vs rules + learned, and the calibration of event confidence:
``python -m detente.learn.measure`` (default: detente gold test split and PLOVER dev).

Each text is parsed once; the rules' events are scored as they are and after the learned
refinement (the same call ``Coder.extract`` ends with), with ``detente eval``'s scorer, so
the figures equal ``DETENTE_LEARNED=0 detente eval GOLD`` and ``detente eval GOLD``.
Calibration: each predicted event paired with gold as the scorer pairs them (detente gold:
every event; single-label gold: the top event) is right when its type is the gold type;
Brier score and expected calibration error (10 equal-width bins) of its confidence.
"""

from __future__ import annotations

import argparse
import copy
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from detente.config import REPO_DIR
from detente.learn import refine
from detente.model import Article, Event

DEFAULT_SETS = [(REPO_DIR / "data" / "gold" / "detente_gold.jsonl", "test"),
                (REPO_DIR / "data" / "gold" / "plover_gsr_dev.jsonl", None)]


def _records_events(coder: Any, records: Sequence[Any]) -> tuple[list[list[Event]],
                                                                 list[list[Event]]]:
    """(rules-only events, refined events) of each gold record, coded as detente eval does."""
    from detente.eval import bundled_articles

    articles = bundled_articles(r.article_id for r in records if r.format == "detente"
                                and r.article_id)
    cache: dict[str, tuple[list[Event], list[Event]]] = {}
    rules_out, learned_out = [], []
    for rec in records:
        article = articles.get(rec.article_id) if rec.format == "detente" else None
        start = article.text.find(rec.text) if article is not None else -1
        key = article.id if article is not None else f"sentence:{rec.id}"
        if article is None or start < 0:
            article = Article(text=rec.text, published=rec.published,
                              id=rec.article_id or rec.id, source=rec.url)
            start, key = 0, f"sentence:{rec.id}"
        if key not in cache:
            cache[key] = _both(coder, article)
        end = start + len(rec.text)
        rules, learned = cache[key]
        rules_out.append([e for e in rules if e.span[0] < end and e.span[1] > start])
        learned_out.append([e for e in learned if e.span[0] < end and e.span[1] > start])
    return rules_out, learned_out


def _both(coder: Any, article: Article) -> tuple[list[Event], list[Event]]:
    doc = coder.nlp(article.text)
    coder.learned = False
    rules = coder.extract(doc, article)
    coder.learned = True
    return rules, refine(coder, doc, article, copy.deepcopy(rules))


def reliability(records: Sequence[Any], predictions: Sequence[Sequence[Event]]
                ) -> dict[str, float | int]:
    """Brier score and ECE of confidence as the probability that an event's type is right."""
    from detente.eval import match_events, top_event

    points: list[tuple[float, int]] = []
    for rec, predicted in zip(records, predictions, strict=True):
        if rec.single_label:
            top = top_event(predicted)
            gold = rec.events[0] if rec.events else None
            pairs = [(gold, top)] if top is not None else []
        else:
            pairs = [(g, p) for g, p in match_events(rec.events, predicted) if p is not None]
        for g, p in pairs:
            assert p is not None
            points.append((p.confidence, int(g is not None and g.event_type == p.event_type)))
    return calibration_figures(points)


def calibration_figures(points: Sequence[tuple[float, int]], bins: int = 10
                        ) -> dict[str, float | int]:
    if not points:
        return {"events": 0}
    n = len(points)
    brier = sum((c - y) ** 2 for c, y in points) / n
    ece = 0.0
    for b in range(bins):
        inside = [(c, y) for c, y in points
                  if b / bins <= c < (b + 1) / bins or (b == bins - 1 and c == 1.0)]
        if inside:
            gap = abs(sum(c for c, _ in inside) - sum(y for _, y in inside)) / len(inside)
            ece += len(inside) / n * gap
    return {"events": n, "brier": round(brier, 4), "ece": round(ece, 4),
            "mean_confidence": round(sum(c for c, _ in points) / n, 4),
            "share_right": round(sum(y for _, y in points) / n, 4)}


def measure(path: Path, split: str | None, coder: Any) -> dict[str, Any]:
    from detente.eval import read_gold, score

    _, records = read_gold(path, split)
    rules, learned = _records_events(coder, records)
    out: dict[str, Any] = {"gold": str(path.name), "split": split, "records": len(records)}
    for name, preds in (("rules", rules), ("rules+learned", learned)):
        metrics = score(records, preds)
        out[name] = {"accuracy": metrics["accuracy"], "macro_f1": metrics["macro_f1"],
                     "calibration": reliability(records, preds)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: both sets)")
    parser.add_argument("--split", default=None, help="split of the gold files given")
    args = parser.parse_args()
    from detente.nlp import Coder

    coder = Coder()
    sets = [(p, args.split) for p in args.gold] if args.gold else DEFAULT_SETS
    for path, split in sets:
        print(json.dumps(measure(path, split, coder)))


if __name__ == "__main__":
    main()
