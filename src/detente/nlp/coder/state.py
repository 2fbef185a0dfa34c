"""The state of one article while it is coded (its parse, sentences, actor matches and
entities) and the ``Frame`` a trigger is read into."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from detente.actors import ActorDictionary
from detente.actors.dictionary import Match
from detente.model import Actor, Article, Quantity
from detente.nlp.coder.constants import HOME_CODES
from detente.nlp.lexicon import CITY_DOCUMENTS
from detente.nlp.quantities import sentence_quantities
from detente.nlp.tokens import lemma


@dataclass
class Frame:
    """A trigger read in its sentence, before its actors are attached."""

    trigger: Any  # the spaCy token that carries the event
    pred: Any  # the verb whose arguments are the event's actors (== trigger for verbs)
    etype: str
    mode: str | None
    kind: str  # verb | object | governor | noun | must | adj
    governs: bool = False
    negated: bool = False
    reciprocal: bool = False
    complements: list[Frame] = field(default_factory=list)
    absorbed: bool = False
    victim: bool = False  # the predicate's subject suffered the event ("died of torture")
    distance: int = 0  # steps to the governor it was folded into
    presupposed: bool = False  # told as going on whatever governs it ("stop the deportation")


def _conjuncts(tok: Any) -> list[Any]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" or _listed_as_apposition(tok, c):
            out += _conjuncts(c)
    return out


def _listed_as_apposition(tok: Any, child: Any) -> bool:
    """"The United States, Canada, United Kingdom ... and New Zealand": the parse takes the
    second name of a list for an apposition of the first and hangs the rest on it."""
    return child.dep_ == "appos" and tok.pos_ == child.pos_ == "PROPN" and tok.i < child.i \
        and any(c.dep_ == "conj" for c in child.children) and \
        not any(t.pos_ in ("ADP", "DET") for t in child.subtree if t.i < child.i)


def home_code(article: Article) -> str | None:
    where = f"{article.source or ''} {article.url or ''}".lower()
    for domain, code in HOME_CODES.items():
        if domain in where:
            return code
    return None


class CoderTools(Protocol):
    """What an article's state takes from its ``Coder``: the spaCy pipeline and the actor
    dictionary."""

    nlp: Any
    actors: ActorDictionary


class ArticleState:
    """One article's parse, sentences, actor matches and entities, and what coding its
    sentences has found so far."""

    def __init__(self, coder: CoderTools, doc: Any, article: Article) -> None:
        self.coder = coder
        self.doc = doc
        self.article = article
        self.published = article.published
        self.home = home_code(article)
        self.sents = list(doc.sents)
        self._starts = [s.start for s in self.sents]
        self.owning: set[int] = set()  # force words whose "its"/"their" is being read
        self.matches: list[Match] = [m for m in coder.actors.matches(doc)
                                     if not _names_a_document(doc, m) and not (
                                         m.kind == "sector" and _describes_a_thing(doc, m))]
        self.match_at: dict[int, Match] = {}
        for m in self.matches:
            for i in range(m.start, m.end):
                self.match_at[i] = m
        self.ent_at: dict[int, Any] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
        self.last_pair: tuple[int, list[Actor]] | None = None  # (sentence, actors)
        self._speakers: list[tuple[int, Actor]] | None = None
        self._title_actors: list[Actor] | None = None
        self._title_partners: list[str] | None = None
        self._title_read: tuple[Any, list[Match]] | None = None
        self._codes_named: frozenset[str] | None = None
        self._counts: dict[int, list[tuple[Any, Quantity]]] = {}  # sentence start -> counts
        self._old_years: dict[int, bool] = {}  # sentence start -> tells an old date
        self._word_positions: dict[str, list[int]] | None = None  # lower-case word -> tokens
        self.mentions_by_name: dict[str, list[tuple[int, Any]]] = {}  # name -> its mentions

    def title_matches(self) -> tuple[Any, list[Match]]:
        """The release's title (tokenized) and its actor-dictionary matches, read once."""
        if self._title_read is None:
            tdoc = self.coder.nlp.make_doc(self.article.title or "")
            self._title_read = (tdoc, self.coder.actors.matches(tdoc))
        return self._title_read

    def codes_named(self) -> frozenset[str]:
        """The codes of every actor-dictionary match in the article, read once."""
        if self._codes_named is None:
            self._codes_named = frozenset(m.code for m in self.matches if m.code)
        return self._codes_named

    def title_codes(self) -> set[str]:
        """The countries the release's title names, by state, people or leader ("Russian-
        Mongolian talks": RUS and MNG)."""
        return {m.code for m in self.title_matches()[1] if m.code}

    def counts_of(self, sent: Any) -> list[tuple[Any, Quantity]]:
        """(root token, Quantity) of each count of a sentence, read once for all its frames."""
        if sent.start not in self._counts:
            self._counts[sent.start] = sentence_quantities(sent)
        return self._counts[sent.start]

    def word_positions(self) -> dict[str, list[int]]:
        """Lower-case word -> its token positions in the article (built once)."""
        if self._word_positions is None:
            self._word_positions = {}
            for t in self.doc:
                self._word_positions.setdefault(t.lower_, []).append(t.i)
        return self._word_positions

    def sent_index(self, i: int) -> int:
        lo, hi = 0, len(self._starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._starts[mid] <= i:
                lo = mid
            else:
                hi = mid - 1
        return lo


def _describes_a_thing(doc: Any, match: Match) -> bool:
    """Is a sector word an adjective of a thing ("an official visit"), not an official?"""
    tok = doc[match.start]
    return match.end - match.start == 1 and tok.dep_ == "amod" and tok.lower_ == "official"


def _names_a_document(doc: Any, match: Match) -> bool:
    last = doc[match.end - 1]
    return match.kind in ("capital", "place") and last.dep_ in ("compound", "amod", "nmod") \
        and (lemma(last.head) in CITY_DOCUMENTS or
             last.head.lower_.rstrip("s") in CITY_DOCUMENTS)
    # ("the Minsk Agreements": a capitalised plural keeps its -s in the lemma)
