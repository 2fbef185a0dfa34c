"""Train the learned component: ``python -m detente.learn.train``.

1. Rows: the synthetic stories (headline and lead, story label) and the gold train split
   (each rule event labelled with the gold event it matches), all featurized from the
   rules coder's parse (:mod:`detente.learn.data`).
2. A multinomial logistic regression on binary features; gold rows weighted up.
3. Out-of-fold probabilities for the gold train rows (folds by article), from which a
   logistic calibrator of "the event's type is right" is fitted and the re-label
   thresholds are tuned on ``detente eval``'s own scoring of the train split.
4. The sentence-type model that proposes types the rules missed, trained and tuned the
   same way on the train split's sentences (:mod:`detente.learn.train_types`).
5. The model file: plain arrays in joblib (deterministic: fixed folds, lbfgs, no shuffling).

Only the train split of data/gold/detente_gold.jsonl is read; the test split and the
PLOVER dev set are for measuring (``python -m detente.learn.measure``).
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from detente.learn import MODEL_PATH, train_types
from detente.learn.data import (
    Corpus,
    Row,
    corpus_negatives,
    gold_rows,
    gold_sentences,
    rules_coder,
    synthetic_rows,
)
from detente.learn.features import identity
from detente.learn.runtime import LEARNED_CODER, NONE, evidence
from detente.learn.tuning import best_candidate

VERSION = LEARNED_CODER
GOLD_WEIGHT = 8.0
C = 0.3
FOLDS = 5
RELABEL_GRID = [(m, f) for m in (0.1, 0.2, 0.3, 0.4, 0.5) for f in (0.4, 0.5, 0.6, 0.7, 0.8)]
# Re-labelling raised train-split CV figures a little (and the gold test split), but cost
# 11 points of accuracy on the PLOVER dev set, whose news domain the training data does
# not cover; so by default the model only sets confidences.
RELABEL_NOTE = "re-labelling off by default: it hurt the out-of-domain PLOVER dev set"


def collect(limit: int | None = None, gold_limit: int | None = None,
            coder: Any = None) -> Corpus:
    """Rows of the synthetic stories (the first ``limit``), the gold train split (its
    first ``gold_limit`` sentences) and, in a full run (no ``limit``), the corpus's
    "no event" sentences; parsed docs are not kept."""
    coder = coder if coder is not None else rules_coder()
    sentences, docs = gold_sentences(coder, "train", limit=gold_limit)
    gold = gold_rows(sentences, docs)
    return Corpus(synthetic_rows(coder, limit), gold, sentences,
                  corpus_negatives(coder) if limit is None else [])


def _fit(vectorizer: Any, rows: Sequence[Row], weights: np.ndarray) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, max_iter=3000)
    model.fit(vectorizer.transform([r.feats for r in rows]), [r.label for r in rows],
              sample_weight=weights)
    return model


def _weights(corpus: Corpus, gold: Sequence[Row]) -> np.ndarray:
    return np.array([1.0] * len(corpus.synthetic) + [GOLD_WEIGHT] * len(gold))


def _probs(model: Any, vectorizer: Any, rows: Sequence[Row]) -> list[dict[str, float]]:
    matrix = model.predict_proba(vectorizer.transform([r.feats for r in rows]))
    return [dict(zip(model.classes_, map(float, p), strict=True)) for p in matrix]


def out_of_fold(corpus: Corpus, vectorizer: Any) -> list[dict[str, float]]:
    """Probabilities for each gold row from a model that never saw its article."""
    from sklearn.model_selection import GroupKFold

    groups = [r.group for r in corpus.gold]
    probs: list[dict[str, float]] = [{} for _ in corpus.gold]
    for train_idx, test_idx in GroupKFold(n_splits=FOLDS).split(corpus.gold, groups=groups):
        train_gold = [corpus.gold[i] for i in train_idx]
        model = _fit(vectorizer, corpus.synthetic + train_gold, _weights(corpus, train_gold))
        for i, p in zip(test_idx, _probs(model, vectorizer, [corpus.gold[i] for i in test_idx]),
                        strict=True):
            probs[i] = {c: p.get(c, 0.0) for c in model.classes_} | {
                c: 0.0 for c in _classes(corpus) if c not in p}
    return probs


def _classes(corpus: Corpus) -> list[str]:
    return sorted({r.label for r in corpus.synthetic + corpus.gold})


def fit_calibrator(rows: Sequence[Row], probs: Sequence[dict[str, float]]) -> tuple[list[float],
                                                                                   float]:
    """Logistic regression of "the rule event's type is the gold one" on its evidence."""
    from sklearn.linear_model import LogisticRegression

    x, y = [], []
    for row, p in zip(rows, probs, strict=True):
        if row.rule is not None:
            x.append(evidence(row.rule.confidence, p, row.rule.event_type))
            y.append(int(row.label == row.rule.event_type))
    cal = LogisticRegression(C=1.0, max_iter=1000).fit(np.array(x), np.array(y))
    return [float(v) for v in cal.coef_[0]], float(cal.intercept_[0])


def simulate(corpus: Corpus, probs: Sequence[dict[str, float]],
             relabel: tuple[float, float] | None) -> dict[str, float]:
    """``detente eval``'s accuracy and macro-F1 on the train split had the refiner used
    ``probs`` with these thresholds (confidences do not matter to detente gold scoring)."""
    import dataclasses

    from detente.eval import score

    by_record: dict[int, list[tuple[Row, dict[str, float]]]] = {}
    for row, p in zip(corpus.gold, probs, strict=True):
        by_record.setdefault(row.record, []).append((row, p))
    predictions = []
    for n in range(len(corpus.sentences)):
        events = []
        for row, p in by_record.get(n, []):
            if row.rule is not None:
                etype = _relabelled(p, row.rule.event_type, relabel)
                events.append(dataclasses.replace(row.rule, event_type=etype, id=""))
        predictions.append(events)
    metrics = score([gs.record for gs in corpus.sentences], predictions)
    return {"accuracy": metrics["accuracy"], "macro_f1": metrics["macro_f1"]}


def _relabelled(p: dict[str, float], etype: str, relabel: tuple[float, float] | None) -> str:
    if relabel is None:
        return etype
    best = max((c for c in p if c != NONE), key=p.__getitem__)
    margin, floor = relabel
    return best if p[best] >= floor and p[best] - p.get(etype, 0.0) >= margin else etype


def tune(corpus: Corpus, probs: Sequence[dict[str, float]], relabel: bool = False
         ) -> dict[str, Any]:
    """Thresholds that raise the train-split CV figures; None where none does. The
    re-label search is reported but only kept with ``relabel`` (see RELABEL_NOTE)."""
    base = simulate(corpus, probs, None)
    best_relabel, best_relabel_m = best_candidate(
        base, RELABEL_GRID, lambda cand: simulate(corpus, probs, cand))
    report = {"cv_rules_only": base, "cv_relabel": best_relabel_m,
              "cv_relabel_thresholds": best_relabel}
    if not relabel:
        best_relabel, best_relabel_m = None, base
    return {"relabel_margin": best_relabel[0] if best_relabel else None,
            "relabel_min": best_relabel[1] if best_relabel else None,
            **report, "cv_refined": best_relabel_m}


def build(corpus: Corpus, relabel: bool = False) -> tuple[dict[str, Any], dict[str, Any]]:
    """(model bundle, training report) from collected rows."""
    from sklearn.feature_extraction.text import CountVectorizer

    vectorizer = CountVectorizer(analyzer=identity, min_df=2, binary=True)
    vectorizer.fit([r.feats for r in corpus.synthetic + corpus.gold])
    probs = out_of_fold(corpus, vectorizer)
    cal_coef, cal_intercept = fit_calibrator(corpus.gold, probs)
    tuned = tune(corpus, probs, relabel)
    model = _fit(vectorizer, corpus.synthetic + corpus.gold, _weights(corpus, corpus.gold))
    vocab = {f: int(i) for f, i in sorted(vectorizer.vocabulary_.items())}
    bundle = {
        "version": VERSION,
        "classes": [str(c) for c in model.classes_],
        "vocab": vocab,
        "coef": np.ascontiguousarray(model.coef_.T.astype(np.float32)),
        "intercept": model.intercept_.astype(np.float32),
        "cal_coef": cal_coef,
        "cal_intercept": cal_intercept,
        "thresholds": {k: tuned[k] for k in ("relabel_margin", "relabel_min")},
    }
    bundle["sentence_types"], types_report = train_types.build(corpus.sentences,
                                                               corpus.negatives)
    report = {"synthetic_rows": len(corpus.synthetic), "gold_train_rows": len(corpus.gold),
              "features": len(vocab), **tuned,
              "calibrator": {"coef": [round(c, 3) for c in cal_coef],
                             "intercept": round(cal_intercept, 3)}} | types_report
    return bundle, report


def save(bundle: dict[str, Any], out: Path) -> None:
    import joblib

    joblib.dump(bundle, out, compress=("zlib", 6))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--limit", type=int, default=None,
                        help="use only the first N synthetic stories (quick runs)")
    parser.add_argument("--rows", type=Path, default=None,
                        help="pickle of collected rows: read if it exists, else written")
    parser.add_argument("--relabel", action="store_true",
                        help="keep the CV-tuned re-label thresholds (off: see RELABEL_NOTE)")
    args = parser.parse_args()
    if args.rows is not None and args.rows.is_file():
        corpus = pickle.loads(args.rows.read_bytes())
    else:
        corpus = collect(args.limit)
        if args.rows is not None:
            args.rows.write_bytes(pickle.dumps(corpus))
    bundle, report = build(corpus, args.relabel)
    save(bundle, args.out)
    print(json.dumps(report | {"model_bytes": args.out.stat().st_size}, default=str))


if __name__ == "__main__":
    main()
