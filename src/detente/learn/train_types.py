"""Training of the sentence-type model (:mod:`detente.learn.proposals`).

One logistic regression per event type (balanced classes) over the gold train split's
sentences and, as "no event" examples, corpus sentences the rules code nothing in
(:func:`detente.learn.data.corpus_negatives`; always on the training side of a fold);
out-of-fold probabilities (folds by article) choose the threshold above which
a type the rules missed is proposed: the one that most raises ``detente eval``'s accuracy
plus macro-F1 on the train split among those whose proposals had a type the gold has at
least 60% of the time (``MIN_PRECISION``), or none (proposals off) when no such threshold
raises them by ``tuning.MIN_GAIN``. The precision the proposals had at that threshold
becomes their confidence.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

import numpy as np

from detente.learn.data import GoldSentence
from detente.learn.features import identity
from detente.learn.proposals import may_add
from detente.learn.tuning import best_candidate
from detente.model import EVENT_TYPES, Event

C = 1.0
FOLDS = 5
MIN_POSITIVES = 3  # a type with fewer gold sentences is never proposed
GRID = [0.5, 0.6, 0.7, 0.8, 0.9]
# cross-validated share of proposals of a type the gold has; above one half, because even a
# proposal of the right type often has the wrong actors (read around a guessed anchor)
MIN_PRECISION = 0.6


def _labels(sentences: Sequence[GoldSentence]) -> np.ndarray:
    return np.array([[int(t in {e.event_type for e in gs.record.events}) for t in EVENT_TYPES]
                     for gs in sentences])


def _fit(x: Any, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(coef (n_features, n_types), intercept) of one balanced regression per type."""
    from sklearn.linear_model import LogisticRegression

    coef = np.zeros((x.shape[1], len(EVENT_TYPES)))
    intercept = np.full(len(EVENT_TYPES), -30.0)  # never proposed
    for k in range(len(EVENT_TYPES)):
        if y[:, k].sum() < MIN_POSITIVES:
            continue
        model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(x, y[:, k])
        coef[:, k], intercept[k] = model.coef_[0], model.intercept_[0]
    return coef, intercept


def _probs(coef: np.ndarray, intercept: np.ndarray, x: Any) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-(x @ coef + intercept))))


def _with_negatives(feats: list[list[str]], y: np.ndarray, negatives: Sequence[list[str]]
                    ) -> tuple[list[list[str]], np.ndarray]:
    return feats + list(negatives), np.vstack([y, np.zeros((len(negatives), y.shape[1]),
                                                            dtype=y.dtype)])


def out_of_fold(sentences: Sequence[GoldSentence], negatives: Sequence[list[str]] = ()
                ) -> np.ndarray:
    """Type probabilities of each sentence from a model that never saw its article."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.model_selection import GroupKFold

    y = _labels(sentences)
    groups = [gs.record.article_id or gs.record.id for gs in sentences]
    probs = np.zeros(y.shape)
    for train_idx, test_idx in GroupKFold(n_splits=FOLDS).split(y, groups=groups):
        feats, labels = _with_negatives([sentences[i].type_feats for i in train_idx],
                                        y[train_idx], negatives)
        vec = CountVectorizer(analyzer=identity, min_df=2, binary=True)
        coef, intercept = _fit(vec.fit_transform(feats), labels)
        probs[test_idx] = _probs(coef, intercept,
                                 vec.transform([sentences[i].type_feats for i in test_idx]))
    return probs


def _proposals(gs: GoldSentence, probs: np.ndarray, threshold: float) -> list[Event]:
    found = {e.event_type for e in gs.rule_events}
    sources, targets = gs.actors
    return [Event(article_id=gs.record.article_id, sentence=gs.record.text,
                  span=(0, len(gs.record.text)), event_type=t, source=list(sources),
                  target=list(targets), date=gs.record.published)
            for k, t in enumerate(EVENT_TYPES) if probs[k] >= threshold and may_add(t, found)]


def simulate(sentences: Sequence[GoldSentence], probs: np.ndarray,
             threshold: float | None) -> dict[str, float]:
    """``detente eval``'s figures on the train split had these proposals been added, and
    the precision of the proposals."""
    from detente.eval import score

    predictions, proposed, right = [], 0, 0
    for gs, p in zip(sentences, probs, strict=True):
        extra = _proposals(gs, p, threshold) if threshold is not None else []
        gold = {e.event_type for e in gs.record.events}
        proposed += len(extra)
        right += sum(e.event_type in gold for e in extra)
        predictions.append([dataclasses.replace(e, id="") for e in gs.rule_events] + extra)
    m = score([gs.record for gs in sentences], predictions)
    return {"accuracy": m["accuracy"], "macro_f1": m["macro_f1"], "proposed": proposed,
            "precision": round(right / proposed, 3) if proposed else 0.0}


def tune(sentences: Sequence[GoldSentence], probs: np.ndarray) -> dict[str, Any]:
    base = simulate(sentences, probs, None)
    by_threshold: dict[float | None, dict[str, float]] = {
        t: simulate(sentences, probs, t) for t in GRID}
    # an event the coder adds must be right more often than not, whatever the scores gain
    sound = [t for t in GRID if by_threshold[t]["precision"] >= MIN_PRECISION]
    best, best_m = best_candidate(base, sound, by_threshold.__getitem__)
    return {"threshold": best, "cv_rules_only": base, "cv_proposed": best_m,
            "cv_by_threshold": by_threshold}


def build(sentences: Sequence[GoldSentence], negatives: Sequence[list[str]] = ()
          ) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the ``sentence_types`` part of the model file, its training report)."""
    from sklearn.feature_extraction.text import CountVectorizer

    tuned = tune(sentences, out_of_fold(sentences, negatives))
    feats, labels = _with_negatives([gs.type_feats for gs in sentences], _labels(sentences),
                                    negatives)
    vec = CountVectorizer(analyzer=identity, min_df=2, binary=True)
    coef, intercept = _fit(vec.fit_transform(feats), labels)
    bundle = {
        "types": list(EVENT_TYPES),
        "vocab": {f: int(i) for f, i in sorted(vec.vocabulary_.items())},
        "coef": np.ascontiguousarray(coef.astype(np.float32)),
        "intercept": intercept.astype(np.float32),
        "threshold": tuned["threshold"],
        "precision": float(tuned["cv_proposed"]["precision"]),
    }
    return bundle, {"sentence_types": tuned, "sentence_type_features": len(bundle["vocab"]),
                    "no_event_sentences": len(negatives)}
