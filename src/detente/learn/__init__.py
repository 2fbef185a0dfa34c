"""The learned part of the event coder: a calibrated classifier over parse features.

Rules name a trigger and its reading; this component reads the same parse around that
trigger (its lemma, dependents, negation and modality, the clause verb, the entity labels
of subject and object, the sentence's content lemmas, the rules' own type) with a
multinomial logistic regression, and then

- sets each rule event's ``confidence`` to a calibrated probability that its type is
  right (a logistic calibrator over the rule's confidence and the classifier's
  probabilities, fitted on out-of-fold predictions for the gold train split), capped so
  that a sentence's first (main) event keeps the highest confidence;
- can re-label an event where the classifier is confident the rules chose the wrong type
  (thresholds tuned by cross-validation on the gold train split; the shipped model has
  them off, ``None``: re-labelling helped the gold test split a little but cost 11 points
  on the PLOVER dev set; ``python -m detente.learn.train --relabel`` turns them on);
- can add, beside an event the rules coded, an event of a type they missed where a
  sentence-level one-vs-rest model is sure of it (:mod:`detente.learn.proposals`; its
  threshold tuned by cross-validation on the gold train split, ``None`` (off) unless the
  proposals have a type the gold has at least 60% of the time and raise accuracy plus
  macro-F1 there by 0.005; the shipped model has it off: at 0.9 they gained 0.0041, at
  0.8 0.0065 with a precision of 0.55).
  Such events are coded ``detente.learn.v2``, carry the cross-validated precision as
  confidence, and neither the agreement tracker nor the briefs use them.

Trained by ``python -m detente.learn.train`` on the synthetic NGEC stories (headline and
lead sentence, labelled by story) and the train split of detente's gold set. Measured by
``python -m detente.learn.measure``. The model file is numpy arrays in a joblib file; when
it, or joblib, is missing the coder runs on its rules alone. ``DETENTE_LEARNED=0`` (or
``coder.learned = False``) switches the component off.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.learn.features import features, identity

if TYPE_CHECKING:
    from detente.learn.proposals import ActorReader
    from detente.learn.runtime import Refiner
    from detente.model import Article, Event

MODEL_PATH = Path(__file__).resolve().parent / "event_types.joblib"
NONE = "NONE"
ENV_FLAG = "DETENTE_LEARNED"

__all__ = ["ENV_FLAG", "MODEL_PATH", "NONE", "enabled", "features", "identity", "refine",
           "refiner"]


def enabled(coder: Any = None) -> bool:
    """On unless ``coder.learned`` is false or ``DETENTE_LEARNED`` is 0/false/off/no."""
    flag = getattr(coder, "learned", None)
    if flag is not None:
        return bool(flag)
    return os.environ.get(ENV_FLAG, "1").strip().lower() not in ("0", "false", "off", "no")


@lru_cache(maxsize=4)
def refiner(path: Path = MODEL_PATH) -> Refiner | None:
    """The loaded model (once per path); None when it or its libraries are missing."""
    try:
        from detente.learn.runtime import load
    except ImportError:  # pragma: no cover - numpy is a core dependency
        return None
    return load(path)


def refine(coder: Any, doc: Any, article: Article, events: list[Event],
           read: ActorReader | None = None) -> list[Event]:
    """The coder's final events for ``doc``, refined by the learned model when available;
    ``read`` gives the actors the rules read around a word taken as a trigger."""
    if not enabled(coder):
        return events
    model = refiner(getattr(coder, "learned_model", None) or MODEL_PATH)
    if model is None:
        return events
    return model.refine(coder, doc, article, events, read)
