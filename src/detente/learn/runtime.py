"""Run time of the learned component: score, re-label and add the events rules missed.

The model file holds a multinomial logistic regression as plain arrays (vocabulary,
coefficients), a small logistic calibrator that turns (rule evidence, classifier
probability) into the probability that an event's type is right, the thresholds tuned by
cross-validation on the gold train split, and under ``sentence_types`` the sentence model
that proposes the types rules missed (:mod:`detente.learn.proposals`). Prediction is numpy
only.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from detente.learn.features import event_features, lemma, sentence_features
from detente.learn.proposals import ActorReader, TypeModel, aimed_at, proposed_events
from detente.model import Actor, Article, Event

NONE = "NONE"
LEARNED_CODER = "detente.learn.v2"


def evidence(rule_conf: float, probs: dict[str, float], etype: str) -> list[float]:
    """What the calibrator weighs for one event of type ``etype``."""
    p_type = probs.get(etype, 0.0)
    best = max((c for c in probs if c != NONE), key=probs.__getitem__)
    return [rule_conf, p_type, math.log(p_type + 1e-4), probs.get(NONE, 0.0),
            probs[best], 1.0 if best == etype else 0.0]


class Model:
    """The arrays of one trained model file, with prediction and calibration."""

    def __init__(self, bundle: dict[str, Any]) -> None:
        self.version: str = bundle["version"]
        self.classes: list[str] = list(bundle["classes"])
        self.vocab: dict[str, int] = bundle["vocab"]
        self.coef = np.asarray(bundle["coef"], dtype=np.float64)  # (n_features, n_classes)
        self.intercept = np.asarray(bundle["intercept"], dtype=np.float64)
        self.cal_coef = np.asarray(bundle["cal_coef"], dtype=np.float64)
        self.cal_intercept = float(bundle["cal_intercept"])
        self.thresholds: dict[str, float | None] = dict(bundle["thresholds"])

    def proba_rows(self, rows: Sequence[list[str]]) -> list[dict[str, float]]:
        """Class probabilities of each feature list (softmax of the linear scores)."""
        scores = np.tile(self.intercept, (len(rows), 1))
        for r, feats in enumerate(rows):
            idx = sorted({self.vocab[f] for f in feats if f in self.vocab})
            if idx:
                scores[r] += self.coef[idx].sum(axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        probs = exp / exp.sum(axis=1, keepdims=True)
        return [dict(zip(self.classes, map(float, row), strict=True)) for row in probs]

    def calibrated(self, rule_conf: float, probs: dict[str, float], etype: str) -> float:
        z = float(np.dot(self.cal_coef, evidence(rule_conf, probs, etype))) + self.cal_intercept
        return 1.0 / (1.0 + math.exp(-z))

    def relabel_to(self, probs: dict[str, float], etype: str) -> str | None:
        """Another type, when the classifier is confident the rules picked the wrong one."""
        margin, floor = self.thresholds.get("relabel_margin"), self.thresholds.get("relabel_min")
        if margin is None or floor is None:
            return None
        best = max((c for c in probs if c != NONE), key=probs.__getitem__)
        if best != etype and probs[best] >= floor and probs[best] - probs.get(etype, 0) >= margin:
            return best
        return None


def _keep_rule_order(events: list[Event]) -> None:
    """Cap confidences so that none exceeds the one before it in the sentence.

    The rules put a sentence's main event first with the highest confidence, and consumers
    that take "the top event" rely on it; re-ranking by learned confidence instead lowered
    PLOVER dev accuracy from 0.86 to 0.82."""
    ceiling = 1.0
    for event in events:
        event.confidence = min(event.confidence, ceiling)
        ceiling = event.confidence


def trigger_token(sent: Any, event: Event) -> Any:
    """The sentence token the rules named as the event's trigger (None: unknown)."""
    if not event.trigger:
        return None
    for tok in sent:
        if tok.text == event.trigger:
            return tok
    return None


def sentence_of(doc: Any, event: Event) -> Any:
    return doc.char_span(event.span[0], event.span[1], alignment_mode="expand")


def _retyped(event: Event, etype: str, confidence: float) -> Event:
    new = dataclasses.replace(event, event_type=etype, mode=None, id="", cameo=None,
                              goldstein=None, plover_score=None, acled_event_type=None,
                              acled_sub_event_type=None, confidence=confidence,
                              coder=LEARNED_CODER)
    return _enrich(new)


def _enrich(event: Event) -> Event:
    try:
        from detente.ontology import enrich

        return enrich(event)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - enrichment is optional; never lose the event
        return event


class Refiner:
    """Applies a :class:`Model` (and the sentence-type model, when the file has one) to the
    rule events of one parsed document."""

    def __init__(self, model: Model, types: TypeModel | None = None) -> None:
        self.model = model
        self.types = types

    def refine(self, coder: Any, doc: Any, article: Article, events: list[Event],
               read: ActorReader | None = None) -> list[Event]:
        by_span: dict[tuple[int, int], list[Event]] = {}
        for event in events:
            by_span.setdefault(tuple(event.span), []).append(event)  # type: ignore[arg-type]
        out: list[Event] = []
        for group in by_span.values():
            out += self._refine_sentence(doc, group)
        if self.types is not None:
            out += proposed_events(self.types, coder, doc, article, out, read)
        return out

    def _refine_sentence(self, doc: Any, group: list[Event]) -> list[Event]:
        sent = sentence_of(doc, group[0])
        if sent is None:
            return group
        shared = sentence_features(sent)
        rows = [event_features(sent, trigger_token(sent, e), e.event_type) + shared
                for e in group]
        refined = []
        for event, probs in zip(group, self.model.proba_rows(rows), strict=True):
            new_type = self.model.relabel_to(probs, event.event_type)
            if new_type is not None:
                conf = self.model.calibrated(event.confidence, probs, new_type)
                refined.append(_retyped(event, new_type, round(conf, 3)))
            else:
                event.confidence = round(self.model.calibrated(event.confidence, probs,
                                                               event.event_type), 3)
                refined.append(event)
        _keep_rule_order(refined)
        return refined


def subject_actor(coder: Any, doc: Any, sent: Any, article: Article) -> Actor | None:
    """The dictionary actor named by the subject of the sentence's root, if any."""
    actors = getattr(coder, "actors", None)
    if actors is None:
        return None
    for child in sent.root.children:
        if child.dep_ != "nsubj" or lemma(child) in ("it", "there", "this", "that"):
            continue
        start, end = child.left_edge.i, child.right_edge.i + 1
        matches = [m for m in actors.matches(doc, start, end)
                   if aimed_at(doc[m.start:m.end].root) is None]  # not "sanctions against Russia"
        if matches:
            found: Actor | None = actors.actor_of(doc, start, end, matches, article.published,
                                                  text=doc[start:end].text, head=child.i)
            return found
    return None


def load(path: Path) -> Refiner | None:
    """The refiner of a model file; None when the file or joblib is missing."""
    if not path.is_file():
        return None
    try:
        import joblib
    except ImportError:
        return None
    bundle = joblib.load(path)
    types = bundle.get("sentence_types")
    return Refiner(Model(bundle), TypeModel(types) if types else None)
