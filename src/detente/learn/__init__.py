"""The learned part of the event coder: a calibrated classifier over parse features.

Rules name a trigger and its reading; where they are unsure (a lemma that can carry
several PLOVER types, or no trigger at all) this model weighs the sentence's parse
features: the trigger's lemma, dependency and object, negation and modality cues, and
the content lemmas around it. It is a logistic regression on hashed features,
calibrated (sigmoid) so its probability can serve as the event's confidence.

Trained by ``python -m detente.learn.train`` on the 4,500 synthetic NGEC stories (lead
sentence and headline, labelled by story) and the train split of detente's own gold set
(weighted up: in-domain, sentence-level). The PLOVER dev set is never used for training.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MODEL_PATH = Path(__file__).resolve().parent / "event_types.joblib"
NONE = "NONE"
_CONTENT = {"NOUN", "VERB", "PROPN", "ADJ"}
_MODALS = {"will", "would", "could", "may", "might", "should", "must", "shall", "can"}


def identity(feats: list[str]) -> list[str]:
    """The vectorizer's analyzer: features are already strings (module-level to pickle)."""
    return feats


def _head_verb(sent: Span) -> Token:
    return sent.root


def features(sent: Span, trigger: Token | None = None) -> list[str]:
    """Feature strings for one sentence read around its trigger (default: the root)."""
    trig = trigger if trigger is not None else _head_verb(sent)
    feats = [f"t={trig.lemma_.lower()}", f"tpos={trig.pos_}", f"tdep={trig.dep_}",
             f"ttag={trig.tag_}"]
    for child in trig.children:
        lemma = child.lemma_.lower()
        if child.dep_ in ("dobj", "attr", "xcomp", "ccomp", "prep", "agent", "acomp", "oprd"):
            feats.append(f"t>{child.dep_}={lemma}")
            feats.append(f"t+{lemma}")
            if child.dep_ == "prep":
                feats += [f"t+{lemma}+{g.lemma_.lower()}" for g in child.children
                          if g.dep_ == "pobj"]
        if child.dep_ == "neg":
            feats.append("neg")
        if child.dep_ == "aux" and lemma in _MODALS:
            feats.append(f"modal={lemma}")
        if child.dep_ in ("nsubj", "nsubjpass"):
            feats.append(f"subj_ent={child.ent_type_ or child.pos_}")
    if trig.head is not trig:
        feats.append(f"head={trig.head.lemma_.lower()}")
    feats += [f"w={t.lemma_.lower()}" for t in sent if t.pos_ in _CONTENT and not t.is_stop]
    return feats


@lru_cache(maxsize=1)
def _load(path: str) -> Any:
    import joblib

    return joblib.load(path)


class TypeClassifier:
    """Predicts PLOVER type probabilities for a sentence and trigger."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        bundle = _load(str(path))
        self.vectorizer = bundle["vectorizer"]
        self.model = bundle["model"]
        self.classes: list[str] = list(self.model.classes_)
        self.version: str = bundle.get("version", "detente.learn.v1")

    @staticmethod
    def available(path: Path = MODEL_PATH) -> bool:
        return path.is_file()

    def proba(self, sent: Span, trigger: Token | None = None) -> dict[str, float]:
        return self.proba_many([(sent, trigger)])[0]

    def proba_many(self, items: list[tuple[Span, Token | None]]) -> list[dict[str, float]]:
        if not items:
            return []
        matrix = self.vectorizer.transform([features(s, t) for s, t in items])
        rows = self.model.predict_proba(matrix)
        return [dict(zip(self.classes, map(float, row), strict=True)) for row in rows]
