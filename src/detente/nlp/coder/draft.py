"""The ``Draft`` of a frame's events: what the steps of ``EventBuilder`` read and refine,
one after the other, before the events are made."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from detente.model import Actor, Quantity
from detente.nlp.coder.state import Frame


@dataclass(eq=False)
class Draft:
    """One frame on its way to events (``_ArticleContext.events_of`` runs the steps of
    ``building.EventBuilder`` on it)."""

    frame: Frame
    sent: Any  # the spaCy sentence span
    s_idx: int  # the sentence's index in the article
    lemma: str  # the trigger's lemma
    etype: str
    mode: str | None
    negated: bool
    obj_lemmas: set[str]  # lemmas of the trigger's objects
    all_lemmas: set[str]  # ... and of its complements, their triggers and objects
    # -- modality (EventBuilder._read_modality)
    modality: str = ""
    own_modality: str = ""  # the frame's own, before a question or "must" overrides it
    claimant_tok: Any = None  # the reporting verb
    according: Any = None  # the object of "according to"
    voice: Actor | None = None  # the outlet's or speaker's own voice ("X should ...")
    # -- actors (EventBuilder._read_actors and the _fill_* steps)
    claimant: Actor | None = None
    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    partner_texts: set[str] = field(default_factory=set)  # "met with X": who X names
    # -- attributes (EventBuilder._read_attributes, _confidence)
    date: dt.date | None = None
    date_text: str | None = None
    undated: bool = False  # told of no day, not even the report's
    quantities: list[Quantity] = field(default_factory=list)
    location: str | None = None
    context: list[str] = field(default_factory=list)
    confidence: float = 0.0
