"""The rule-based event coder: spaCy parse + trigger lexicon + actor dictionary -> Events.

Per article: one vectorised look-up finds trigger lemmas; only sentences holding one are
read. In such a sentence each trigger becomes a *frame* (type, mode, predicate); frames under
a governing verb ("agreed to exchange", "called for a ceasefire", "accused Kyiv of shelling",
"refused to meet") are folded into it; each remaining frame gets its actors from the parse
(subject -> source, object / with / to / against / on -> target), its modality, negation and
claimant from the clause around it, a date from the sentence's DATE entities (resolved against
the published date) and quantities from the numeric entities.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np

from detente.actors import ActorDictionary
from detente.model import Article, Event
from detente.nlp import lexicon as lx
from detente.nlp import praise
from detente.nlp.coder.article import _fold_into_visits
from detente.nlp.coder.constants import CODER_NAME, SPECIAL_VERBS, WANT_VERBS
from detente.nlp.coder.events import _ArticleContext
from detente.nlp.coder.state import Frame, home_code
from detente.nlp.pipeline import load_nlp
from detente.nlp.tokens import IRREGULAR

if TYPE_CHECKING:
    from detente.learn.proposals import ActorReader

__all__ = ["CODER_NAME", "CodedArticle", "Coder", "Frame", "home_code", "plover_label"]


@dataclass
class CodedArticle:
    article: Article
    events: list[Event]
    n_sentences: int


def plover_label(event: Event) -> str:
    """The PLOVER type a gold coder would give: a negated cooperative act is a rejection."""
    if event.negated and event.event_type in ("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
                                              "COOPERATE", "AID", "RETREAT"):
        return "REJECT"
    return event.event_type


class Coder:
    """Codes articles into PLOVER events with the rules of ``detente.rules.v7``."""

    name = CODER_NAME

    def __init__(self, model: str | None = None, nlp: Any = None,
                 actors: ActorDictionary | None = None) -> None:
        self.nlp = nlp if nlp is not None else load_nlp(model)
        self.actors = actors if actors is not None else ActorDictionary(self.nlp)
        strings = self.nlp.vocab.strings
        words: set[str] = set(lx.VERBS) | set(lx.OBJECT_VERBS) | set(lx.GOVERNORS) | set(
            lx.NOUNS) | set(lx.READY_ADJ) | lx.GRATEFUL_ADJ | lx.PLEASED_ADJ | lx.BUILDUP_NOUNS | {
                "must", "should", "alert", "readiness", "law", "consequence", "consequences",
                "interest", "operation", "war", "hope", "hopes", "hoped", "hoping"} | set(
            SPECIAL_VERBS) | WANT_VERBS | lx.DESCRIBE_VERBS | lx.HELP_VERBS | lx.STREET_VERBS | \
            lx.BLAME_NOUNS | lx.PLEDGE_NOUNS | lx.DELIBERATING_VERBS | lx.PRAISING_VERBS | \
            lx.MAKING_VERBS | lx.DRAFTING_VERBS | lx.ADVISING_VERBS | lx.EXCLUDING | \
            lx.OFFERS | praise.QUALITIES | lx.SECURITY_DEMANDS | lx.TABLING_VERBS | {
                w + "s" for w in lx.SECURITY_DEMANDS}
        # verdict words carry accusations of their own (detente.nlp.verdicts)
        words |= lx.VERDICT_NOUNS | lx.VERDICT_ADJS | lx.PREDICATED_VERDICTS | \
            lx.REFUSING_VERDICTS | \
            lx.NEGLECT_VERBS | lx.BLAME_ADJS | {
            "lie", "lied", "lying", "frozen", "besieged", "worthy"}
        words |= {w + "s" for w in set(lx.NOUNS) | lx.VERDICT_NOUNS | lx.PLEDGE_NOUNS} | {
            "told"}
        words |= {w.rsplit("-", 1)[1] for w in lx.NOUNS if "-" in w}  # "build - up"
        words |= lx.APPRAISALS  # "gave a high appraisal of"
        words |= lx.HALT_NOUNS  # "the moratorium on strikes had expired"
        words |= lx.DEEMING_VERBS  # "would regard all ships … as carriers of military cargo"
        for verb in set(lx.VERBS) | set(lx.OBJECT_VERBS) | set(lx.GOVERNORS) | \
                lx.TELLING_VERBS | lx.HARM_VERBS | lx.NEGLECT_VERBS | lx.PRAISING_VERBS | \
                lx.DELIBERATING_VERBS | lx.ADVISING_VERBS | lx.EXCLUDING | \
                lx.MAKING_VERBS | lx.DRAFTING_VERBS | lx.TABLING_VERBS | lx.DEEMING_VERBS:
            stem = verb[:-1] if verb.endswith("e") else verb
            words |= {verb + "s", verb + "ed", verb + "d", stem + "ing", verb + "ing"}
        words |= {"sent", "made", "transmitted"}  # (irregular forms of the tabling verbs)
        words |= set(IRREGULAR)  # "retook", whose lemma tokens.lemma repairs
        self._trigger_hashes = np.array(sorted(strings.add(w) for w in words), dtype=np.uint64)

    # -- public API ----------------------------------------------------------------------------

    def code(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[CodedArticle]:
        """Stream articles through ``nlp.pipe`` and yield their events, article by article."""
        stream = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
            events = self.extract(doc, article)
            yield CodedArticle(article=article, events=events,
                               n_sentences=sum(1 for _ in doc.sents))

    def code_text(self, text: str, published: date | None = None, article_id: str = "", *,
                  source: str | None = None, title: str = "") -> list[Event]:
        """Events of one text. ``source`` (a site or URL, e.g. en.kremlin.ru) lets "the
        Ministry of Defence" take its home country; ``title`` names parties the text only
        calls "the leaders" ("Telephone conversation with President of Uzbekistan ...")."""
        article = Article(text=text, published=published, id=article_id, source=source,
                          title=title)
        return self.extract(self.nlp(text), article)

    def actor_reader(self, doc: Any, article: Article) -> ActorReader:
        """(sources, targets) the rules read in ``doc`` around a word taken as the trigger of
        an event of a given type (how the learned proposals get their actors)."""
        return _ArticleContext(self, doc, article).actors_as

    # -- per article ---------------------------------------------------------------------------

    def extract(self, doc: Any, article: Article) -> list[Event]:
        from spacy.attrs import LEMMA, NORM

        if not len(doc):
            return []
        arr = doc.to_array([LEMMA, NORM])
        hit = np.isin(arr[:, 0], self._trigger_hashes) | np.isin(arr[:, 1],
                                                                 self._trigger_hashes)
        candidates = np.flatnonzero(hit)
        if not len(candidates):
            return []
        ctx = _ArticleContext(self, doc, article)
        events: list[Event] = []
        by_sent: dict[int, list[int]] = {}
        for i in candidates.tolist():
            if doc[i].ent_type_ == "DATE" and doc[i].pos_ == "PROPN":
                continue  # "on March 29" names a day, not a march
            by_sent.setdefault(ctx.sent_index(i), []).append(i)
        for s_idx in sorted(by_sent):
            events += ctx.sentence_events(s_idx, by_sent[s_idx])
        events = _fold_into_visits(events)
        from detente.learn import refine  # learned confidences; off: DETENTE_LEARNED=0

        return refine(self, doc, article, events, ctx.actors_as)
