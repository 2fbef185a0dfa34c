"""Types the rules missed: a sentence-level classifier proposes them.

On sentences nobody tuned the rules on, the rules find about half of the gold events at a
precision of 0.8-1.0 (the blind batches of ``data/gold/README.md``). A one-vs-rest logistic
regression per event type, over what a sentence says (its content lemmas, each verb with
its object or preposition, negations, modals, entity labels) and which types the rules
already found there, reads the whole sentence instead of one trigger; corpus sentences
the rules code nothing in are its "no event" examples, since most sentences of the news
tell none. Where it is sure of a type the rules did not code (its threshold tuned by
cross-validation on the gold train split), the sentence gets one event of that type,
coded ``detente.learn.v2``: its actors are those of the sentence's first rule event, else
those the rules read around the proposal's anchor (the word whose features weigh most for
its type) as if it were a trigger, with the subject, else the first actor the sentence
names, as the source where that reading finds no country (never one an act is aimed at:
"sanctions against Russia"), and for a hostile act, aid or support with no target the first
state named after a preposition of aim; talks between two parties are coded both ways. Its
confidence is the precision such proposals had in that cross-validation, capped by the
confidence of the sentence's rule events.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any, NamedTuple

import numpy as np

from detente.learn.features import content_features
from detente.model import Actor, Article, Event, Quantity
from detente.nlp.coder.building import two_parties
from detente.nlp.quantities import sentence_quantities

_HEAD_POS = frozenset({"VERB", "NOUN", "AUX"})
_ANCHOR_POS = frozenset({"VERB", "AUX"})
_ARG_DEPS = frozenset({"dobj", "attr", "xcomp", "ccomp", "oprd", "nsubjpass", "acomp"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "shall",
                     "can"})


def sentence_type_features(tokens: Iterable[Any], rule_types: Iterable[str]) -> list[str]:
    """Feature strings of one sentence (its tokens) and the types the rules coded there."""
    words = [tok for tok in tokens if not tok.is_punct]
    feats = set(content_features(words))
    for tok in words:
        low = tok.lemma_.lower()
        if tok.pos_ == "VERB":
            feats.add("v=" + low)
        head = tok.head
        if head.i != tok.i and head.pos_ in _HEAD_POS:
            feats.update(_head_features(tok, low, head.lemma_.lower()))
    feats.update({"rule=" + t for t in rule_types} or {"rule=none"})
    return sorted(feats)


def token_features(tok: Any) -> list[str]:
    """The features of ``sentence_type_features`` that one token takes part in."""
    low = tok.lemma_.lower()
    feats = [f"w={low}"] + (["v=" + low] if tok.pos_ == "VERB" else [])
    if tok.head.i != tok.i and tok.head.pos_ in _HEAD_POS:
        feats += _head_features(tok, low, tok.head.lemma_.lower())
    if tok.pos_ in _HEAD_POS:
        for child in tok.children:
            if not child.is_punct:
                feats += _head_features(child, child.lemma_.lower(), low)
    return feats


def _head_features(tok: Any, low: str, head: str) -> list[str]:
    dep = tok.dep_
    if dep in _ARG_DEPS:
        return [f"hd={head}>{dep}>{low}"]
    if dep == "prep":
        return [f"hp={head}>{low}"] + [f"hpo={head}>{low}>{g.lemma_.lower()}"
                                       for g in tok.children if g.dep_ == "pobj"]
    if dep == "neg":
        return ["neg", "neg=" + head]
    if dep == "aux" and tok.lower_ in _MODALS:
        return ["modal=" + tok.lower_]
    return []


class TypeModel:
    """One-vs-rest type probabilities of a sentence, from plain arrays."""

    def __init__(self, bundle: dict[str, Any]) -> None:
        self.types: list[str] = list(bundle["types"])
        self.vocab: dict[str, int] = bundle["vocab"]
        self.coef = np.asarray(bundle["coef"], dtype=np.float64)  # (n_features, n_types)
        self.intercept = np.asarray(bundle["intercept"], dtype=np.float64)
        self.threshold: float | None = bundle["threshold"]
        self.precision = float(bundle["precision"])

    def proba(self, feats: Sequence[str]) -> dict[str, float]:
        idx = sorted({self.vocab[f] for f in feats if f in self.vocab})
        z = self.intercept + (self.coef[idx].sum(axis=0) if idx else 0.0)
        return dict(zip(self.types, map(float, 1.0 / (1.0 + np.exp(-z))), strict=True))

    def anchor(self, sent: Any, etype: str) -> Any:
        """The word the model reads ``etype`` from most: the token whose own features (its
        lemma, its head and dependents) weigh most for the type; None in a verbless line."""
        col = self.types.index(etype)
        best, best_score = None, 0.0
        for tok in sent:
            if tok.pos_ not in _ANCHOR_POS or tok.is_stop:
                continue
            idx = {self.vocab[f] for f in token_features(tok) if f in self.vocab}
            score = float(self.coef[sorted(idx), col].sum()) if idx else 0.0
            if best is None or score > best_score:
                best, best_score = tok, score
        return best

    def missed_types(self, feats: Sequence[str], found: set[str]) -> list[str]:
        """Types the model is sure of that the rules did not code, in the order of types."""
        if self.threshold is None:
            return []
        probs = self.proba(feats)
        return [t for t in self.types if probs[t] >= self.threshold and may_add(t, found)]


# the rules' reading of a frame's actors: (anchor token, type) -> (sources, targets)
ActorReader = Callable[[Any, str], tuple[list[Actor], list[Actor]]]


def proposal_actors(coder: Any, doc: Any, sent: Any, article: Article,
                    rule_events: Sequence[Event], read: ActorReader | None = None,
                    anchor: Any = None, etype: str = "") -> tuple[list[Actor], list[Actor]]:
    """(sources, targets) of a proposed event: the first rule event's, else those the
    rules read around its anchor as if it were a trigger of its type; where these name no
    country, the source is the subject's, else the first actor the sentence names, and the
    target the first one the act is aimed at (``AIMING_PREPS``)."""
    if rule_events:
        return list(rule_events[0].source), list(rule_events[0].target)
    sources: list[Actor] = []
    targets: list[Actor] = []
    if read is not None and anchor is not None:
        sources, targets = read(anchor, etype)
    if not any(a.code for a in sources):
        from detente.learn.runtime import subject_actor

        actor = subject_actor(coder, doc, sent, article) or first_named_actor(
            coder, doc, sent, article)
        sources = [actor] if actor is not None else sources
    if not any(a.code for a in targets) and (preps := AIMING_PREPS.get(etype)):
        own = {a.code for a in sources}
        aimed = first_named_actor(coder, doc, sent, article, aimed=preps, besides=own)
        targets = [aimed] if aimed is not None else targets
    return sources, targets


def first_named_actor(coder: Any, doc: Any, sent: Any, article: Article,
                      aimed: frozenset[str] = frozenset(),
                      besides: Collection[str | None] = ()) -> Actor | None:
    """The first dictionary actor with a code in ``sent`` (places left out) that no act is
    aimed at ("sanctions against Russia"), or with ``aimed`` the first object of one of
    those prepositions; codes in ``besides`` left out."""
    actors = getattr(coder, "actors", None)
    if actors is None:
        return None
    for match in actors.matches(doc, sent.start, sent.end):
        prep = aimed_at(doc[match.start:match.end].root)
        if match.kind == "place" or (prep not in aimed if aimed else prep is not None):
            continue
        found: Actor | None = actors.actor_of(doc, match.start, match.end, [match],
                                              article.published,
                                              text=doc[match.start:match.end].text)
        if found is not None and found.code and found.code not in besides:
            return found
    return None


# "sanctions against Russia", "aid to Ukraine": whom an act is aimed at does not do it
TARGET_PREPS = frozenset({"against", "on", "to", "at", "into", "toward", "towards"})
_HOSTILE_AIM = frozenset({"against", "on", "at", "into"})
# where a proposal with no target looks for one: "sanctions against the Russian Federation"
AIMING_PREPS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "PROTEST"),
                    _HOSTILE_AIM),
    **dict.fromkeys(("AID", "SUPPORT"), frozenset({"to"})),
}


def aimed_at(tok: Any) -> str | None:
    """The preposition of aim ``tok`` (or the phrase it is part of) is the object of."""
    while tok.dep_ in ("compound", "conj", "appos", "amod", "poss") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in TARGET_PREPS:
        return str(tok.head.lower_)
    return None


THREATENED_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# what is asked for is not done: "urged the EU to impose new sanctions" is one REQUEST
REQUESTED_ACTS = frozenset({"SANCTION", "AID", "RETREAT", "CONCEDE"})


# what a refusal refuses: "We will not give up" is no concession
REFUSED_ACTS = frozenset({"CONCEDE", "AGREE", "RETREAT"})


def may_add(etype: str, found: set[str]) -> bool:
    """May a proposal of ``etype`` join the types the rules found in the sentence? Not one
    they found, nor the act when they read only its threat ("How many will they kill?"), a
    request for it or a promise of it ("agree on strengthening sanctions"), nor a request
    for an act they read done ("joined the sanctions"), nor what they read refused, nor a
    threat when they read the act done: the rules' reading of modality stands."""
    if etype in found or etype in REQUESTED_ACTS and found & {"REQUEST", "AGREE"}:
        return False
    if etype == "REQUEST" and found & REQUESTED_ACTS or etype in REFUSED_ACTS and \
            "REJECT" in found:
        return False
    if etype in THREATENED_ACTS:
        return "THREATEN" not in found
    return etype != "THREATEN" or not found & THREATENED_ACTS


def is_proposal(event: Event) -> bool:
    """Was ``event`` proposed by the sentence model (it has no trigger word)?"""
    from detente.learn.runtime import LEARNED_CODER

    return event.coder == LEARNED_CODER and not event.trigger


def proposed_events(model: TypeModel, coder: Any, doc: Any, article: Article,
                    events: Sequence[Event], read: ActorReader | None = None) -> list[Event]:
    """One event per sentence and missed type the model is sure of."""
    if model.threshold is None:
        return []
    by_start: dict[int, list[Event]] = {}
    for event in events:
        by_start.setdefault(event.span[0], []).append(event)
    out = []
    for sent in doc.sents:
        found = by_start.get(sent.start_char, [])
        found_types = {e.event_type for e in found}
        types = model.missed_types(sentence_type_features(sent, found_types), found_types)
        if not types:
            continue
        # the rules' events keep the lead: consumers take a sentence's first as its main one
        confidence = min([model.precision] + [e.confidence for e in found])
        # the counts no rule event of the sentence carries ("a payment of 150 million euros")
        counted = [q for e in found for q in e.quantities]
        counts = [q for _, q in sentence_quantities(sent) if q not in counted]
        for etype in types:
            anchor = None if found else model.anchor(sent, etype)
            sources, targets = proposal_actors(coder, doc, sent, article, found, read, anchor,
                                               etype)
            # (no negation: read from the anchor, it found more denials than it missed)
            told = Told(confidence, counts)
            out.append(_proposal(article, sent, etype, sources, targets, told))
            if etype in TALKS and two_parties(sources, targets):
                # the project's gold codes talks between two parties one event each way
                out.append(_proposal(article, sent, etype, targets, sources, told))
    return out


TALKS = frozenset({"CONSULT", "COOPERATE"})


class Told(NamedTuple):
    """What a proposal tells besides its type and actors."""

    confidence: float
    quantities: list[Quantity]


def _proposal(article: Article, sent: Any, etype: str, sources: list[Actor],
              targets: list[Actor], told: Told) -> Event:
    from detente.learn.runtime import LEARNED_CODER, _enrich

    return _enrich(Event(
        article_id=article.id, sentence=sent.text, span=(sent.start_char, sent.end_char),
        event_type=etype, source=list(sources), target=list(targets), date=article.published,
        quantities=list(told.quantities),
        confidence=round(told.confidence, 3), coder=LEARNED_CODER))
