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

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import numpy as np

from detente.actors import ActorDictionary, state_codes
from detente.actors.dictionary import Match
from detente.model import Actor, Article, Event, Quantity
from detente.nlp import lexicon as lx
from detente.nlp.dates import resolve_date, year_of
from detente.nlp.pipeline import load_nlp
from detente.nlp.quantities import quantity_of
from detente.nlp.tokens import children as _children
from detente.nlp.tokens import lemma as _lemma
from detente.nlp.verdicts import implied_accusations

CODER_NAME = "detente.rules.v4"

# Where a source's home government is implied ("the Ministry of Defence" on kremlin.ru).
HOME_CODES = {"kremlin.ru": "RUS", "president.gov.ua": "UKR", "mid.ru": "RUS", "mil.ru": "RUS",
              "mfa.gov.ua": "UKR", "whitehouse.gov": "USA", "state.gov": "USA",
              "gov.uk": "GBR"}
INSTITUTIONAL = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})
# An outlet's words for the other side's forces ("the occupiers" on president.gov.ua, "the
# nationalists" on kremlin.ru) name its adversary's military, as the gold codebook codes them.
ADVERSARY = {"UKR": "RUS", "RUS": "UKR"}
HOSTILE_LABELS = {"UKR": frozenset({"occupier", "invader", "enemy", "aggressor", "occupant",
                                    "racist", "orc"}),
                  "RUS": frozenset({"nationalist", "neo-nazi", "neo", "nazi", "neonazi"})}

OBJECT_PREPS = frozenset({"from", "of", "on", "to", "for", "into", "with", "against", "about",
                          "out", "off", "under", "in"})
SOFT_ASSAULT = frozenset({"hit", "target", "strike", "destroy", "fire", "pound", "battle", "fight",
                          "clash", "storm", "kill", "wound", "injure", "attack", "assault",
                          "raid", "damage"})
MILITARY_WORDS = frozenset({"missile", "rocket", "shell", "shelling", "artillery", "airstrike",
                            "strike", "attack", "army", "troop", "force", "military", "drone",
                            "bomb", "bombing", "soldier", "serviceman", "mortar", "tank",
                            "weapon", "militant", "rebel", "fighter", "gunman", "war",
                            "offensive", "invasion", "aircraft", "jet", "helicopter", "police",
                            "explosion", "blast", "frontline", "battalion", "unit", "sniper",
                            "terrorist", "occupier", "invader", "militia", "insurgent",
                            "hostility", "gun", "grenade", "mine", "combat", "armed"})
# Verbs read by hand in _verb_frame (particles, subjects): "stepped down", "spoke with".
# (WANT_VERBS and lexicon.DESCRIBE_VERBS are read there too and join the triggers.)
SPECIAL_VERBS = ("walk", "resume", "step", "rule", "turn", "lay", "shoot", "blow", "give",
                 "take", "call", "cut", "pull", "fail", "deny", "speak", "talk", "force",
                 "arrive", "travel", "come", "back", "release", "free", "welcome", "strike",
                 "demonstrate", "drive", "expel", "work", "hope")
# Verbs whose passive form reports what the subject does: "were engaged in ethnic cleansing",
# "is committed to", "are prepared to".
ACTIVE_PASSIVES = frozenset({"engage", "involve", "commit", "prepare", "determine", "resolve",
                             "oblige", "station", "base", "concentrate", "mass"})
COLLECTIVE_HEADS = frozenset({"group", "number", "hundred", "thousand", "dozen", "member",
                              "representative", "majority", "part", "most", "many", "some",
                              "all", "one", "two", "three", "several", "crowd", "team", "unit",
                              "delegation", "contingent", "batch", "patch", "wave", "column",
                              "third", "half", "quarter", "deployment", "rest", "remainder",
                              "bulk", "first", "dozens", "hundreds", "thousands"})
TOPIC_VERBS = frozenset({"discuss", "negotiate", "talk", "consult", "confer", "mediate",
                         "touch"})
TARGET_PREPS = frozenset({"with", "to", "against", "on", "at", "into", "toward", "towards",
                          "upon", "from", "for", "in", "over", "about"})
ACTOR_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
QUANT_ENTS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME"})
# Dependency relations through which a trigger is folded into a governing trigger above it.
PASS_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "conj", "acomp",
                       "attr", "compound", "amod", "nmod", "oprd", "dative", "nsubjpass", "acl",
                       "poss", "aux", "auxpass", "neg", "prt", "agent", "appos"})
STOP_DEPS = frozenset({"relcl", "parataxis", "nsubj", "csubj", "npadvmod", "mark", "cc",
                       "punct", "ROOT"})
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# verbs of agreeing and talking that need a second party even when the sentence names one
BILATERAL_LEMMAS = frozenset({"agree", "discuss", "negotiate", "talk", "consult", "confer",
                              "meet", "agreement", "talks", "negotiation", "cooperate",
                              "cooperation", "coordinate", "sign", "conclude", "reach"})
INTENT_VERBS = frozenset({"go", "intend", "plan", "mean", "seek", "aim", "want", "try"})
WANT_VERBS = frozenset({"want", "expect", "wish", "need", "like"})
# a release about a meeting, call or visit names its counterpart in the title
BILATERAL_TITLE = re.compile(r"\b(?:with|talks|meeting|met|meets|visit|conversation|call|"
                             r"negotiations|summit)\b", re.I)
NEGOTIATE = frozenset({"talks", "negotiate", "negotiation"})
# modifiers that make drills, patrols or projects shared ones
JOINT = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational", "jointly"})
FIRST_PLURAL = frozenset({"we", "us", "our"})
RECIPROCAL_TYPES = frozenset({"ACCUSE", "ASSAULT", "RETREAT", "THREATEN", "SANCTION", "REJECT",
                              "COERCE", "PROTEST"})
PLURAL_COREF = re.compile(r"^(?:the\s+)?(?:two|both)\s+(?:sides|leaders|presidents|countries|"
                          r"parties|delegations|states|governments|heads of state|ministers|"
                          r"nations|sides')$|^(?:the\s+)?(?:sides|parties|leaders|presidents|"
                          r"heads of state|interlocutors|counterparts)$", re.I)
ROMAN_SPEAKER = re.compile(r"^[A-Z][\w.\- ]{2,40}:$")

BASE_CONFIDENCE = {"verb": 0.75, "object": 0.8, "governor": 0.8, "noun": 0.6, "must": 0.6,
                   "adj": 0.7}


@dataclass
class CodedArticle:
    article: Article
    events: list[Event]
    n_sentences: int


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


def _in_doubt(tok: Any, doubts: tuple[str, ...]) -> bool:
    """Is an event noun negated or only feared ("the threat of shelling") above it?"""
    return any(t.lower_ in lx.NEGATORS or _lemma(t) in doubts for t in tok.ancestors)


def _backgrounded(tok: Any) -> bool:
    """Is an event noun only a time or purpose ("during the invasion", "after the start of
    the Russian invasion", "forces for new attacks")?"""
    when = tok
    while when.dep_ == "pobj" and when.head.lower_ == "of" and _lemma(
            when.head.head) in lx.TIME_NOUNS:
        when = when.head.head
    return when.dep_ == "pobj" and when.head.lower_ in lx.BACKGROUND_PREPS


def _conjuncts(tok: Any) -> list[Any]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out += _conjuncts(c)
    return out


def _np_lemmas(tok: Any) -> set[str]:
    """Lemmas of a noun phrase's head, its conjuncts and their compound/amod/of-modifiers."""
    out: set[str] = set()
    for head in _conjuncts(tok):
        out.add(_lemma(head))
        out.add(head.lower_)
        if _lemma(head) == "regime" and any(_lemma(c) == "silence" for c in head.subtree):
            out.add("ceasefire")  # "the silence regime", "regime of silence"
        for c in head.children:
            if c.dep_ in ("compound", "amod", "nmod"):
                out.add(_lemma(c))
            elif c.dep_ == "prep" and c.lower_ in ("of", "for"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.add(_lemma(p))
                        out.update(_lemma(x) for x in p.children if x.dep_ in ("compound",
                                                                                "amod"))
    return out


def home_code(article: Article) -> str | None:
    where = f"{article.source or ''} {article.url or ''}".lower()
    for domain, code in HOME_CODES.items():
        if domain in where:
            return code
    return None


def plover_label(event: Event) -> str:
    """The PLOVER type a gold coder would give: a negated cooperative act is a rejection."""
    if event.negated and event.event_type in ("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
                                              "COOPERATE", "AID", "RETREAT"):
        return "REJECT"
    return event.event_type


class Coder:
    """Codes articles into PLOVER events with the rules of ``detente.rules.v4``."""

    name = CODER_NAME

    def __init__(self, model: str | None = None, nlp: Any = None,
                 actors: ActorDictionary | None = None) -> None:
        self.nlp = nlp if nlp is not None else load_nlp(model)
        self.actors = actors if actors is not None else ActorDictionary(self.nlp)
        strings = self.nlp.vocab.strings
        words: set[str] = set(lx.VERBS) | set(lx.OBJECT_VERBS) | set(lx.GOVERNORS) | set(
            lx.NOUNS) | set(lx.READY_ADJ) | lx.GRATEFUL_ADJ | lx.BUILDUP_NOUNS | {
                "must", "should", "alert", "readiness", "law", "consequence", "consequences"} | set(
            SPECIAL_VERBS) | WANT_VERBS | lx.DESCRIBE_VERBS | lx.HELP_VERBS | lx.STREET_VERBS
        words |= {w + "s" for w in lx.NOUNS}
        for verb in set(lx.VERBS) | set(lx.OBJECT_VERBS) | set(lx.GOVERNORS):
            stem = verb[:-1] if verb.endswith("e") else verb
            words |= {verb + "s", verb + "ed", verb + "d", stem + "ing", verb + "ing"}
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
            by_sent.setdefault(ctx.sent_index(i), []).append(i)
        for s_idx in sorted(by_sent):
            events += ctx.sentence_events(s_idx, by_sent[s_idx])
        events = _fold_into_visits(events)
        from detente.learn import refine  # learned confidences; off: DETENTE_LEARNED=0

        return refine(self, doc, article, events)


class _ArticleContext:
    """Everything known about one article while its sentences are coded."""

    def __init__(self, coder: Coder, doc: Any, article: Article) -> None:
        self.coder = coder
        self.doc = doc
        self.article = article
        self.published = article.published
        self.home = home_code(article)
        self.sents = list(doc.sents)
        self._starts = [s.start for s in self.sents]
        self.matches: list[Match] = coder.actors.matches(doc)
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

    def sent_index(self, i: int) -> int:
        lo, hi = 0, len(self._starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._starts[mid] <= i:
                lo = mid
            else:
                hi = mid - 1
        return lo

    # -- frames --------------------------------------------------------------------------------

    def sentence_events(self, s_idx: int, token_ids: list[int]) -> list[Event]:
        sent = self.sents[s_idx]
        frames: list[Frame] = []
        for i in token_ids:
            frame = self.frame_of(self.doc[i])
            if frame is not None:
                frames.append(frame)
        if not frames:
            return self._verdict_events(sent, [])
        frames = self._dedupe_frames(frames)
        self._fold(frames)
        top = [f for f in frames if not f.absorbed]
        top.sort(key=lambda f: (self._depth(f.pred, sent), f.trigger.i))
        events: list[Event] = []
        seen: dict[tuple[str, tuple[str, ...], tuple[str, ...]], int] = {}
        for frame in top:
            for event in self.events_of(frame, sent, s_idx):
                key = (event.event_type, tuple(a.code or a.text for a in event.source),
                       tuple(a.code or a.text for a in event.target))
                if key in seen:
                    told = events[seen[key]]
                    if event.mode == "visit" and told.mode is None:
                        # "discussed ... with Pelosi who visited Kyiv": the talks were the visit
                        events[seen[key]] = _enrich(replace(told, mode="visit"))
                    continue
                seen[key] = len(events)
                events.append(event)
        events += self._verdict_events(sent, events)
        events = _drop_fragments(_given_to_thanker(events))
        # the main event of the sentence (shallowest in the parse) comes first and carries
        # the highest confidence, so "the top event" means the same thing to every consumer
        ceiling = 1.0
        for i, event in enumerate(events):
            if i and (event.source, event.target, event.event_type) != (
                    events[i - 1].source[::-1], events[i - 1].target[::-1],
                    events[i - 1].event_type) and event.confidence >= ceiling:
                event.confidence = round(max(0.05, ceiling - 0.01), 2)
            ceiling = min(ceiling, event.confidence)
        return events

    def _verdict_events(self, sent: Any, events: list[Event]) -> list[Event]:
        """ACCUSE events carried by verdict words ("ignore the crimes", "barbaric bombing by
        the Russian army") that no accusing verb of the sentence already codes."""
        if sent.text.rstrip().endswith("?"):
            return []
        accused = {(a.code, t.code) for e in events if e.event_type == "ACCUSE"
                   for a in e.source for t in e.target}
        out: list[Event] = []
        for who, target, verdict in implied_accusations(
                sent, self._owners, lambda h: self.actors_of(h, deep=True), self._verdict_voice):
            if (who.code, target.code) in accused:
                continue
            out.append(_enrich(Event(
                article_id=self.article.id, sentence=sent.text,
                span=(sent.start_char, sent.end_char), event_type="ACCUSE", mode="disapprove",
                context=self._context(sent, "ACCUSE", "disapprove", set()), source=[who],
                target=[target], date=self.published, modality="asserted",
                quantities=[], trigger=verdict.text, confidence=0.5, coder=CODER_NAME)))
        return out

    def _verdict_voice(self, tok: Any) -> Actor | None:
        """Who passes a verdict: the subject of the reporting verb above it, else the
        sentence's own voice."""
        cur = tok
        while cur.head.i != cur.i:
            cur = cur.head
            if cur.pos_ == "VERB" and _lemma(cur) in lx.REPORTING:
                said = self._claimant(cur, None)
                if said is not None and said.code:
                    return Actor(text=said.text, name=said.name, code=said.code,
                                 sector=said.sector or "GOV")
        return self._own_voice(tok)

    def frame_of(self, tok: Any) -> Frame | None:
        lemma = _lemma(tok)
        pos = tok.pos_
        if lemma in ("must", "should") or tok.lower_ in ("must", "should"):
            if tok.dep_ == "aux" and tok.head.pos_ in ("VERB", "AUX"):
                return Frame(tok.head, tok.head, "REQUEST", None, "must")
            return None
        if pos == "VERB" or (pos == "AUX" and lemma in ("have",)):
            if tok.dep_ in ("amod", "compound", "nmod"):
                return None  # a participle used as an adjective: "long-threatened invasion"
            if tok.dep_ == "acl" and _children(tok, "neg"):
                return None  # "a route not agreed upon" describes the route, it is no event
            return self._verb_frame(tok, lemma)
        if pos in ("NOUN", "PROPN"):
            if lemma not in lx.NOUNS and tok.lower_.rstrip("s") in lx.NOUNS:
                lemma = tok.lower_.rstrip("s")
            return self._noun_frame(tok, lemma)
        if pos == "ADJ" and lemma in lx.GRATEFUL_ADJ and tok.dep_ in ("acomp", "ROOT", "oprd"):
            head = tok.head if tok.dep_ != "ROOT" else tok
            return Frame(tok, head, "SUPPORT", None, "adj")  # "I am grateful to Italy for"
        if pos == "ADJ" and lemma in lx.READY_ADJ and (_children(tok, "xcomp") or any(
                c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "to" and lemma in (
                    "committed", "open")) for c in tok.children)):
            head = tok.head if tok.dep_ in ("acomp", "amod", "oprd") else tok
            return Frame(tok, head, "AGREE", None, "adj", governs=True)
        return None

    def _objects(self, tok: Any) -> list[Any]:
        objs = _children(tok, "dobj", "attr", "oprd")
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            objs.append(tok.head)  # "the sanctions imposed by ...": the noun is the object
        if any(c.dep_ == "auxpass" for c in tok.children):
            objs += _children(tok, "nsubjpass")
            if tok.dep_ == "xcomp" and not _children(tok, "nsubjpass"):
                objs += _children(tok.head, "nsubj")  # "buses were to be allowed to pass"
        for prep in _children(tok, "prep"):
            if prep.lower_ in OBJECT_PREPS:
                objs += _children(prep, "pobj")
        for x in _children(tok, "xcomp"):
            objs += _children(x, "dobj")
        return objs

    def _verb_frame(self, tok: Any, lemma: str) -> Frame | None:
        if tok.dep_ in ("xcomp", "advcl") and _lemma(tok.head) in lx.MASSING_VERBS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and (
                lx.VERBS.get(lemma, ("",))[0] == "ASSAULT"):
            return None  # "trying to gather forces to attack Kharkiv": a purpose
        prts = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        objs = self._objects(tok)
        obj_lemmas: set[str] = set()
        for o in objs:
            obj_lemmas |= _np_lemmas(o)
        if lemma in lx.DESCRIBE_VERBS and self._described_badly(tok):
            return Frame(tok, tok, "ACCUSE", "disapprove", "verb")
        # particle verbs
        away = [c for c in tok.children if c.dep_ in ("prt", "advmod") and c.lower_ in (
            "away", "out")]
        if lemma in ("walk", "back", "pull") and away and any(
                _np_lemmas(p) & lx.AGREEMENTS for t in [tok, *away] for c in _children(t, "prep")
                if c.lower_ in ("from", "of") for p in _children(c, "pobj")):
            return Frame(tok, tok, "REJECT", None, "verb")  # "walked away from the agreements"
        if lemma == "step" and "down" in prts:
            return Frame(tok, tok, "RETREAT", "resign", "verb")
        if lemma in ("rule", "turn") and prts & {"out", "down"}:
            return Frame(tok, tok, "REJECT", None, "verb", governs=True)
        if lemma in lx.STREET_VERBS and any(
                c.dep_ in ("prep", "prt") and c.lower_ in ("to", "on", "into", "onto", "out") and
                any(_lemma(p) in ("street", "square") for p in c.subtree)
                for c in tok.children):
            return Frame(tok, tok, "PROTEST", "demo", "verb")  # "took to the streets"
        if lemma in lx.HELP_VERBS and self._thanked_for(tok) is not None:
            return Frame(tok, tok, "AID", None, "verb")  # "thanked Poland for sheltering"
        if lemma == "hope" and _children(tok, "ccomp"):
            # "expressed hope that the agreements will be observed", "we hope that X will"
            return Frame(tok, tok, "REQUEST", None, "governor", governs=True)
        if lemma == "back" and "down" in prts:
            return Frame(tok, tok, "CONCEDE", None, "verb")
        if lemma == "lay" and "down" in prts and obj_lemmas & {"arm", "weapon"}:
            return Frame(tok, tok, "RETREAT", "disarm", "verb")
        if lemma == "shoot" and "down" in prts:
            return Frame(tok, tok, "ASSAULT", "aerial", "verb")
        if lemma == "blow" and "up" in prts:
            return Frame(tok, tok, "ASSAULT", "explosives", "verb")
        if lemma == "give" and "up" in prts:
            if obj_lemmas & lx.WEAPONS:
                return Frame(tok, tok, "RETREAT", "disarm", "verb")
            return Frame(tok, tok, "CONCEDE", None, "verb")
        if lemma == "take" and any(_lemma(o) in ("part", "place", "step", "measure", "note",
                                                  "action", "care", "time", "look")
                                   for o in _children(tok, "dobj")):
            return None  # "take part in", "take steps", "take place"
        if lemma == "cease" and _children(tok, "xcomp"):
            return None  # "ceased to be"
        if lemma == "take" and "over" in prts:
            return Frame(tok, tok, "COERCE", "seize", "verb")
        if lemma == "call":
            if "off" in prts:
                if obj_lemmas & (lx.ATTACKS - {"strike"}):
                    return Frame(tok, tok, "RETREAT", "ceasefire", "verb")
                return Frame(tok, tok, "CONCEDE", None, "verb")
            if "up" in prts:
                return Frame(tok, tok, "MOBILIZE", "troops", "verb")
            preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
            if preps & {"for", "on", "upon"} or _children(tok, "xcomp", "ccomp"):
                return Frame(tok, tok, "REQUEST", None, "governor", governs=True)
            if _children(tok, "oprd") or any(c.dep_ == "attr" for c in tok.children):
                return None
            dobj = _children(tok, "dobj")
            if dobj and self._is_actor_head(dobj[0]) and not _children(tok, "ccomp", "acomp"):
                return Frame(tok, tok, "CONSULT", "phone", "verb")  # not "called X absurd"
            return None
        if lemma in WANT_VERBS and self._wanted_of_other(tok):
            return Frame(tok, tok, "REQUEST", None, "governor", governs=True)
        if lemma in ("release", "free") and objs and self._is_actorish(objs[0]) and not (
                obj_lemmas & lx.AID_GOODS):
            return Frame(tok, tok, "RETREAT", "release", "object")
        if lemma in ("arrive", "travel", "come"):
            subj_lemmas: set[str] = set()
            for sj in _children(tok, "nsubj"):
                subj_lemmas |= _np_lemmas(sj)
            if subj_lemmas & lx.TROOPS:
                if subj_lemmas & {"peacekeeping", "peacekeeper", "humanitarian"}:
                    return Frame(tok, tok, "AID", None, "verb")
                return Frame(tok, tok, "MOBILIZE", "troops", "verb")
            if lemma == "come":
                return None
        if lemma in ("force", "drive") and ("out" in prts or any(
                c.dep_ == "prep" and c.lower_ == "out" for c in tok.children)) or lemma == "expel":
            if any(self.match_at.get(o.i) is not None and self.match_at[o.i].kind == "group"
                   for o in objs) or obj_lemmas & lx.ENVOYS:
                return Frame(tok, tok, "SANCTION", "expel", "object")
            if obj_lemmas & lx.CIVILIANS:
                return Frame(tok, tok, "ASSAULT", "cleansing", "object")  # mass expulsion
            return Frame(tok, tok, "COERCE", "deport", "object")
        if lemma == "cut" and "off" in prts and not obj_lemmas:
            return Frame(tok, tok, "SANCTION", "discontinue", "verb")
        if lemma == "pull" and prts & {"out", "back"}:
            return Frame(tok, tok, "RETREAT", "withdraw", "verb")
        if lemma == "resume" and not objs:
            # "flights have resumed": the subject is what resumed
            for sj in _children(tok, "nsubj"):
                if _np_lemmas(sj) & lx.RELATIONS:
                    # the noun carries the parties: "flights between Russia and Turkey"
                    return Frame(sj, tok, "COOPERATE", None, "noun", reciprocal=True)
        if lemma == "block" and any((m := self.match_at.get(o.i)) is not None and
                                    m.kind in ("place", "capital")
                                    for o in _children(tok, "dobj", "nsubjpass")):
            return Frame(tok, tok, "COERCE", "restrict", "object")  # "blocked Mariupol"
        if lemma == "work" and any(c.lower_ in ("closely", "together", "jointly", "hand")
                                   for c in tok.children if c.dep_ in ("advmod", "npadvmod")):
            return Frame(tok, tok, "COOPERATE", None, "verb")  # "our states will work closely"
        if lemma == "fail":
            if _children(tok, "xcomp"):
                return Frame(tok, tok, "REJECT", None, "governor", governs=True)
            return None
        if lemma == "deny":
            return Frame(tok, tok, "REJECT", None, "governor", governs=True)
        if lemma in ("warn", "threaten"):
            return Frame(tok, tok, "THREATEN", None, "governor", governs=True)
        if lemma in ("speak", "talk") and any(
                c.dep_ == "prep" and c.lower_ in ("with", "to") and any(
                    self._is_actorish(p) for p in _children(c, "pobj")) for c in tok.children):
            mode = "phone" if tok.sent.text.lower().find("phone") >= 0 else None
            return Frame(tok, tok, "CONSULT", mode, "verb")
        if lemma in ("speak", "talk") and (any(c.dep_ == "prep" and c.lower_ == "about"
                                               for c in tok.children) or not any(
                _children(sj, "conj") for sj in _children(tok, "nsubj"))):
            # "are talking about a sixth round", "at the moment we are talking": speech;
            # but "Putin and Macron talked"
            return None
        if lemma == "welcome" and objs and self._is_actor_head(objs[0]) and not (
                obj_lemmas & (lx.PROPOSALS | lx.TALKS | {"decision", "step", "move"})):
            return Frame(tok, tok, "CONSULT", "host", "verb")
        if lemma in ("demonstrate", "rally", "march", "picket") and (
                _children(tok, "dobj", "ccomp") or obj_lemmas & {"support"}):
            return None
        if lemma == "strike" and obj_lemmas & lx.AGREEMENTS:
            return Frame(tok, tok, "AGREE", None, "object")
        if lemma in SOFT_ASSAULT and not self._military(tok):
            return None
        if lemma in ("strangle", "choke", "suffocate", "stifle") and any(
                (m := self.match_at.get(o.i)) is not None and m.kind == "state" for o in objs):
            return None  # "Belarus is still being strangled" by sanctions: a figure of speech
        if lemma == "touch" and not any(c.lower_ in ("upon", "on") for c in tok.children):
            return None  # "touched the hearts", but "touched upon the second round of talks"
        if lemma == "beat" and obj_lemmas & {"record", "forecast", "expectation"}:
            return None  # "we have beaten the record of 2019"
        if lemma in ("allow", "permit", "let") and not (obj_lemmas & (
                lx.CORRIDORS | lx.AID_GOODS)) and not any(
                    self._is_actor_head(o) and o.pos_ != "PRON" for o in objs):
            return None
        if lemma in ("receive", "host", "accept", "shelter") and self._hosts_people(tok):
            # "Spain receives our soldiers and children for treatment", "hosts refugees"
            return Frame(tok, tok, "AID", None, "verb")
        if lemma in ("receive", "host") and not (obj_lemmas & lx.AID_GOODS) and not any(
                self._is_actor_head(o) and o.pos_ != "PRON" for o in objs + _children(
                    tok, "nsubjpass")):
            return None
        if lemma == "commit" and not (_children(tok, "xcomp") or any(
                c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)):
            return None  # "an act of aggression committed by ..."
        if lemma == "launch" and obj_lemmas & lx.WEAPONS and not obj_lemmas & lx.ATTACKS and \
                not any(c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "toward",
                                                          "towards") for c in tok.children):
            return None  # "launched a rocket into space"
        if lemma in ("travel", "arrive") and not any(
                (a.sector in ("GOV", "IGO", "LEG") or a.name) for sj in _children(tok, "nsubj")
                for a in self.actors_of(sj)) and _children(tok, "nsubj"):
            subj_lemmas = {_lemma(x) for sj in _children(tok, "nsubj") for x in sj.subtree}
            if not subj_lemmas & lx.TROOPS:
                return None
        if lemma in ("stop", "halt", "end") and any(
                c.dep_ == "poss" and c.pos_ != "PRON" and self._is_actor_head(c) or
                c.dep_ == "amod" and (m := self.match_at.get(c.i)) is not None and m.kind == "adj"
                for o in objs for c in o.children):
            return None  # "to stop Russia's aggression" is no ceasefire by the speaker
        rules = lx.OBJECT_VERBS.get(lemma)
        if rules:
            # the object's head noun decides before its modifiers: "sent military aid" is aid
            heads = {_lemma(h) for o in objs for h in _conjuncts(o)}
            for words in (heads, obj_lemmas):
                for cls, etype, mode in rules:
                    if cls is not None and words & cls:
                        if etype == "MOBILIZE" and (JOINT & obj_lemmas or any(
                                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)):
                            etype, mode = "COOPERATE", None
                        elif etype == "MOBILIZE" and obj_lemmas & {"peacekeeping",
                                                                   "peacekeeper"}:
                            etype, mode = "AID", None  # peacekeepers sent at a state's request
                        return Frame(tok, tok, etype, mode, "object",
                                     governs=lemma in lx.GOVERNORS,
                                     reciprocal=lemma in ("exchange", "swap", "trade"))
            default = next(((t, m) for c, t, m in rules if c is None), None)
            if default is not None:
                return Frame(tok, tok, default[0], default[1], "verb",
                             governs=lemma in lx.GOVERNORS)
        if lemma in lx.GOVERNORS:
            return Frame(tok, tok, lx.GOVERNORS[lemma], None, "governor", governs=True)
        if lemma in lx.VERBS:
            etype, mode = lx.VERBS[lemma]
            if lemma == "protest" and self._is_official(tok):
                return Frame(tok, tok, "ACCUSE", "allege", "verb")
            return Frame(tok, tok, etype, mode, "verb")
        return None

    def _noun_frame(self, tok: Any, lemma: str) -> Frame | None:
        if lemma in ("alert", "readiness"):
            if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.pos_ == "VERB":
                return Frame(tok, tok.head.head, "MOBILIZE", "troops", "noun")
            if any(c.lower_ in ("combat", "high", "full") for c in tok.children) and \
                    tok.head.pos_ == "VERB":
                return Frame(tok, tok.head, "MOBILIZE", "troops", "noun")
            if lemma == "alert":
                return None
            # "expressed their readiness to continue working together": an offer (AGREE)
        if lemma == "use":
            return self._use_of_force(tok)
        if lemma == "law":
            if not any(c.lower_ == "martial" for c in tok.children) or _in_doubt(
                    tok, ("threat", "risk", "call", "demand")):
                return None
            return Frame(tok, tok, "COERCE", "martial-law", "noun")  # "extended martial law"
        if lemma in lx.BUILDUP_NOUNS:
            if not any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    _lemma(p) in lx.TROOPS for p in _children(c, "pobj")) for c in tok.children):
                return None
            if _in_doubt(tok, ("threat", "risk", "danger", "allegation")):
                return None
            return Frame(tok, tok, "MOBILIZE", "troops", "noun")  # "growth of NATO forces"
        if lemma == "consequence":
            return self._warned_consequences(tok)
        if tok.lower_ == "hope" and any(c.dep_ in ("acl", "ccomp") for c in tok.children) or (
                tok.lower_ == "hope" and tok.dep_ in ("dobj", "nsubjpass") and
                _lemma(tok.head) == "express" and _children(tok.head, "ccomp")):
            # "expressed hope that the agreements will be observed": asking for it
            said = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" \
                else tok
            return Frame(tok, said, "REQUEST", None, "governor", governs=True)
        if lemma == "guarantee" and _children(tok, "poss") and any(
                c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") for c in tok.children):
            # "have our guarantee that their lives will be spared": a one-sided assurance
            return Frame(tok, tok, "CONCEDE", None, "noun", governs=True)
        if lemma not in lx.NOUNS:
            return None
        if lemma in lx.ENACTING_NOUNS and any(
                _lemma(p) in lx.NOUNS or p.lower_.rstrip("s") in lx.NOUNS
                for c in _children(tok, "prep") if c.lower_ == "of" for p in _children(c, "pobj")):
            return None  # "the approval of the sixth package": the package carries the event
        in_force = self._in_force(tok, lemma)
        if in_force is not None or lemma in ("regime", "corridor"):
            return in_force
        etype, mode = lx.NOUNS[lemma]
        mods = {_lemma(c) for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        of_objs: set[str] = set()
        for prep in _children(tok, "prep"):
            if prep.lower_ in ("of", "for"):
                for p in _children(prep, "pobj"):
                    of_objs |= _np_lemmas(p)
        reciprocal = False
        if lemma == "strike":
            if "hunger" in mods:
                etype, mode = "PROTEST", "hunger"
            elif mods & {"general", "labor", "labour", "national", "nationwide", "warning"} or \
                    self._labour_strike(tok):
                etype, mode = "PROTEST", "strike"
        elif lemma in ("attack", "assault") and mods & {"cyber", "hacker", "computer"}:
            etype, mode = "COERCE", "cyber"  # "a cyber attack on the ministry's servers"
        elif lemma in ("exchange", "swap"):
            stuff = mods | of_objs
            if stuff & lx.PRISONERS:
                etype, mode, reciprocal = "RETREAT", "release", True
            elif stuff & lx.VIEWS:
                etype, mode = "CONSULT", None
            elif stuff & {"fire", "shot", "blow"}:
                etype, mode, reciprocal = "ASSAULT", None, True
            elif stuff & lx.INFO:
                etype, mode = "COOPERATE", None
            else:
                return None
        elif lemma == "call":
            if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
                etype, mode = "REQUEST", None
            elif not mods & {"phone", "telephone", "video", "conference"}:
                return None
        elif lemma in ("conversation", "meeting", "talk", "consultation", "conference") and mods & {
                "phone", "telephone", "video", "online"}:
            mode = "phone"
        elif lemma in lx.BATCH_NOUNS and {w.rstrip("s") for w in of_objs | mods} & \
                lx.SANCTION_WORDS:  # "a package of sanctions", "five sanction packages"
            etype, mode = "SANCTION", None  # "a new package of sanctions against Russia"
        elif lemma == "visit":
            mode = "visit"
            if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.pos_ in (
                    "AUX", "VERB") and _lemma(tok.head.head) in ("be", "arrive", "come"):
                return Frame(tok, tok.head.head, etype, mode, "noun")  # "who is on a visit"
        elif lemma == "deportation" and (of_objs | mods) & lx.CIVILIANS:
            etype, mode = "ASSAULT", "cleansing"
        elif lemma == "captivity":
            if not (tok.dep_ == "pobj" and tok.head.lower_ == "in" and
                    _lemma(tok.head.head) in lx.CAPTIVITY_VERBS):
                return None
            return Frame(tok, tok.head.head, etype, mode, "noun", victim=True)
        elif lemma == "shield":
            use = head_verb_of_as(tok)
            if "human" not in mods or use is None:
                return None
            return Frame(tok, use, "ASSAULT", "abduct", "noun")  # "using civilians as a shield"
        elif lemma in ("exercise", "drill"):
            if not JOINT & mods and len(self._modifier_codes(tok)) < 2:
                etype, mode = "MOBILIZE", "troops"
            else:
                etype, mode = "COOPERATE", None  # "joint drills", "Russia-Belarus exercises"
        elif lemma == "support" and mods & {"military", "financial", "material", "defense",
                                            "defence", "humanitarian", "economic"}:
            etype = "AID"
        elif etype == "AGREE" and lemma in ("ceasefire", "cease-fire", "truce", "armistice"):
            pass
        # the noun needs a predicate: a light verb, a verb it is subject of, or the root
        dep = tok.dep_
        head = tok.head
        carrier = tok
        if etype == "CONSULT" and any(c.dep_ == "prep" and c.lower_ == "between"
                                      for c in tok.children):
            return Frame(tok, tok, etype, mode, "noun")  # "talks between Russia and Ukraine"
        if etype == "PROTEST" and dep == "compound" and _lemma(head) in ("action", "act"):
            carrier = head  # "a protest action took place in Berdyansk"
            dep, head = carrier.dep_, carrier.head
        if etype == "ASSAULT" and self._denied(tok):
            return Frame(tok, tok, etype, mode, "noun", presupposed=True)  # alleged, denied
        if dep == "nsubj" and _lemma(head) in lx.STOPPING_VERBS and _children(head, "neg") and \
                etype in ("ASSAULT", "COERCE"):
            return Frame(tok, tok, etype, mode, "noun", presupposed=True)  # "did not stop"
        if dep == "pobj" and head.lower_ == "of" and _lemma(head.head) in lx.ROUND_NOUNS | \
                lx.ENACTING_NOUNS:
            # "the second round of negotiations ... is to take place", "announced the
            # approval of the sixth package of sanctions"
            carrier = head.head
            dep, head = carrier.dep_, carrier.head
        if dep == "pobj" and head.lower_ == "during" and etype == "CONSULT" and \
                head.head.pos_ in ("VERB", "AUX") and (carrier != tok or any(
                    c.dep_ in ("prep", "poss", "compound") for c in tok.children)):
            # not "During the conversation, ...", which refers back to talks already told
            # "During the talks in Belarus, the delegations clarified ...": the talks took place
            return Frame(tok, head.head, etype, mode, "noun")
        if dep == "conj" and head.pos_ == "NOUN" and _lemma(head) in lx.NOUNS and \
                _lemma(head) != lemma:
            first = self._noun_frame(head, _lemma(head))
            if first is not None and first.pred != head:
                # "carry out deportation or even mobilization of the residents"
                return Frame(tok, first.pred, etype, mode, "noun")
        if etype == "MOBILIZE" and JOINT & mods:
            etype, mode = "COOPERATE", None  # "a joint patrol"
        if etype == "COOPERATE" and (JOINT & mods or len(self._modifier_codes(tok)) >= 2):
            # "developed joint production", "Russia-Belarus exercises": any verb will do
            pred = head if dep in ("dobj", "nsubj", "nsubjpass") and head.pos_ == "VERB" else tok
            return Frame(tok, pred, etype, mode, "noun", reciprocal=True)
        if dep == "dobj" and _lemma(head) in lx.STOPPING_VERBS and etype in (
                "ASSAULT", "COERCE") and any(c.dep_ == "prep" and c.lower_ in (
                    "of", "on", "against") and _children(c, "pobj") for c in tok.children):
            # "stop the deportation of Ukrainian citizens": the deportation goes on (not
            # "an order to stop the assault", one's own attack)
            return Frame(tok, tok, etype, mode, "noun", presupposed=True)
        if dep in ("dobj", "attr") and head.pos_ in ("VERB", "AUX"):
            hl = _lemma(head)
            if hl in lx.LIGHT_VERBS or hl in lx.GOVERNORS or hl in lx.OBJECT_VERBS or (
                    etype == "AID" and hl in lx.PROMISING_VERBS):
                pred = head
            elif hl in lx.REPORTING or self._aims_at_act(tok, lemma):
                pred = tok  # an event mentioned in a statement: "stressed the strikes by ..."
            else:
                return None
        elif (dep == "compound" and head.dep_ == "dobj" and _lemma(head.head) in lx.LIGHT_VERBS
              ) or (dep == "pobj" and head.head.pos_ == "VERB" and head.lower_ in (
                  "in", "into", "on", "to", "under") and _lemma(head.head) in lx.PREP_PREDICATES):
            pred = head.head
        elif etype == "ASSAULT" and dep == "pobj" and self._victim_verb(tok) is not None:
            return Frame(tok, self._victim_verb(tok), etype, mode, "noun", victim=True)
        elif dep in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            happens = [c for c in _children(head, "xcomp") if _lemma(c) in
                       lx.NOUN_SUBJECT_VERBS] if _lemma(head) == "be" else []
            if dep == "nsubj" and _lemma(head) not in lx.NOUN_SUBJECT_VERBS and not happens \
                    and not (_lemma(head) == "be" and any(
                        c.lower_ in ("underway", "ongoing") for c in head.children)):
                return None  # but "the investigation is underway" reports it
            if dep == "nsubjpass" and _lemma(head) not in lx.LIGHT_VERBS | set(lx.OBJECT_VERBS):
                return None
            pred = happens[0] if happens else head  # "the round ... is to take place"
            if etype == "AGREE" and mode == "ceasefire" and _lemma(head) in (
                    "take", "come", "enter", "hold", "begin", "start", "remain"):
                etype = "RETREAT"
        elif dep == "ROOT":
            pred = tok
        elif dep == "conj" and tok.head.dep_ in ("dobj", "nsubj", "nsubjpass"):
            return None  # coordinated with another event noun: that one carries the predicate
        elif etype in ("ASSAULT", "COERCE", "SANCTION") and self._own_agent(tok) and not (
                etype == "ASSAULT" and _backgrounded(tok)):
            pred = tok  # "affected by the Russian shelling", "sanctions by the West"
        elif etype == "PROTEST" and mode == "demo" and self._told_rally(tok):
            pred = tok  # "thousands of people at a resistance rally in occupied Lille"
        elif etype in ("AID", "COOPERATE") and self._thanked_for(tok) is not None:
            pred = tok  # "grateful to Romania for the defence assistance": it was given
        elif etype == "ASSAULT" and self._told_attack(tok):
            pred = tok  # "requested recognition in connection with massive shelling of Donbass"
        elif etype == "CONSULT" and self._told_talks(tok):
            pred = tok  # "following the talks with Mark Rutte", "the results of his conversation"
        elif etype == "MOBILIZE" and self._told_deployment(tok):
            pred = tok  # "infrastructure for the deployment of a US brigade is being created"
        elif self._aims_at_act(tok, lemma):
            pred = tok
        else:
            return None
        # "confirms its readiness to open access": the readiness reads what it is for
        return Frame(tok, pred, etype, mode, "noun", reciprocal=reciprocal,
                     governs=self._aims_at_act(tok, lemma))

    @staticmethod
    def _warned_consequences(tok: Any) -> Frame | None:
        """"The consequences will be very severe for Russia": a warning of what the speaker's
        side will do (THREATEN), when the consequences are still to come."""
        be = tok.head
        if tok.dep_ != "nsubj" or _lemma(be) != "be" or not any(
                c.dep_ == "aux" and c.lower_ in lx.FUTURE_AUX | {"would"} for c in be.children):
            return None
        if not any(c.dep_ in ("acomp", "attr", "advcl") for c in be.children):
            return None  # "will be very severe", "will be such as you have never seen"
        return Frame(tok, be, "THREATEN", None, "noun")

    def _thanked_for(self, tok: Any) -> tuple[list[Actor], list[Actor]] | None:
        """(thanker, thanked) when a noun is what someone is thanked for ("grateful to
        Romania for the defence assistance"): the thanked gave it to the thanker."""
        while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head  # "for its political support and defence assistance"
        if not (tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "for"):
            return None
        said = tok.head.head
        if _lemma(said) == "be":  # "I am grateful to Italy for ...": "for" hangs on "am"
            said = next((c for c in said.children if c.dep_ == "acomp" and
                         _lemma(c) in lx.GRATEFUL_ADJ), said)
        thank = self.frame_of(said)
        if thank is None or thank.etype != "SUPPORT" or _lemma(thank.trigger) not in lx.THANKS:
            return None
        thanker, thanked = self._arguments(thank, "SUPPORT")
        thanker = [a for a in self._coref(list(thanker), thank, self.sent_index(tok.i), None)
                   if a is not None]
        if thanker and not thanked:  # "Erdogan expressed gratitude for ..." in a call readout
            thanked = [a for a in self._title_pair() if a.code not in {t.code for t in thanker}]
        return (thanker, thanked) if thanker else None

    @staticmethod
    def _aims_at_act(tok: Any, lemma: str) -> bool:
        """"(described as counterproductive) the intentions of European states to impose
        sanctions": a stated intention to act is told whatever verb names it."""
        return lemma in lx.READINESS_NOUNS and any(
            c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB" for c in tok.children)

    def _own_voice(self, tok: Any) -> Actor | None:
        """Who speaks a sentence nobody is reported to say: the transcript's speaker or the
        quoted one, else the state whose president publishes the text."""
        spk = self._speaker_at(tok.i) or self._quoted_speaker(tok)
        if spk is not None and spk.code:
            return Actor(text="", name=spk.name, code=spk.code, sector=spk.sector or "GOV")
        return Actor(text="", code=self.home, sector="GOV") if self.home else None

    def _owners(self, tok: Any) -> list[Actor]:
        """The actors a noun phrase names or belongs to: "Russia" itself, or "Russia" in
        "Russia's actions", "the Russian strikes", "the intentions of European states"."""
        own = self.actor_at(tok)
        if own is not None and own.code:
            return [own]
        found: list[Actor] = []
        for c in tok.children:
            if c.dep_ in ("poss", "amod", "compound") and c.i in self.match_at:
                found += self.actors_of(c)
            elif c.dep_ == "prep" and c.lower_ in ("of", "by"):
                found += [a for p in _children(c, "pobj") for a in self.actors_of(p)]
            elif c.dep_ == "acl":  # "the crimes committed by the Russian military"
                found += [a for ag in _children(c, "agent") for p in _children(ag, "pobj")
                          for a in self.actors_of(p)]
        return [a for a in found if a.code]

    @staticmethod
    def _described_badly(tok: Any) -> bool:
        """"described as counterproductive the intentions of ...", "called the strikes
        barbaric": a negative verdict on someone's acts (PLOVER ACCUSE, disapprove)."""
        for c in tok.children:
            verdict = c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") or (
                c.dep_ == "prep" and c.lower_ == "as")
            if verdict and any(_lemma(t) in lx.NEGATIVE_VERDICTS for t in c.subtree):
                return True
        return False

    def _wanted_of_other(self, tok: Any) -> bool:
        """"We want Russian troops to be withdrawn", "we expect Moscow to fulfil ...": a
        wish about what another actor should do is a request to it (PLOVER REQUEST)."""
        own = {_lemma(s) for s in _children(tok, "nsubj")}
        own_codes = {a.code for s in _children(tok, "nsubj") for a in self.actors_of(s)}
        for comp in _children(tok, "ccomp", "xcomp"):
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
                continue
            for subj in _children(comp, "nsubj", "nsubjpass"):
                other = self.actor_at(subj) if subj.pos_ != "PRON" else None
                if _lemma(subj) not in own and other is not None and other.code and \
                        other.code not in own_codes:
                    return True
        return False

    def _use_of_force(self, tok: Any) -> Frame | None:
        """"The use of water cannon and tear gas by Polish security forces", "the use of the
        Bayraktar drone by the Ukrainian military": using weapons on someone (ASSAULT)."""
        used = {_lemma(x) for c in _children(tok, "prep") if c.lower_ == "of"
                for p in _children(c, "pobj") for x in p.subtree}
        if not used & (lx.WEAPONS | lx.FORCE_MEANS) or not self._own_agent(tok):
            return None
        mode = "crowd-control" if used & {"cannon", "gas", "baton", "bullet"} and \
            used & {"water", "tear", "rubber", "stun"} else None
        return Frame(tok, tok, "ASSAULT", mode, "noun")

    def _labour_strike(self, tok: Any) -> bool:
        """"Workers went on strike", "the union began a strike", "teachers are on strike":
        a walkout, not an air strike."""
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "on" else tok.head
        subjects = {_lemma(s) for s in _children(verb, "nsubj")} | {
            _lemma(c) for c in tok.children if c.dep_ in ("poss", "compound")}
        return bool(subjects & lx.WORKERS)

    def _call_readout(self) -> bool:
        return bool(re.search(r"\b(?:telephone|phone|video ?conference|videoconference)\b",
                              self.article.title or "", re.I))

    def _plural_pronoun_subject(self, frame: Frame) -> bool:
        subj, _, _ = self._subjects(frame.pred)
        return bool(subj) and subj[0].lower_ in ("they", "both")

    def _in_force(self, tok: Any, lemma: str) -> Frame | None:
        """A ceasefire or corridor reported as working: RETREAT (PLOVER), not an agreement."""
        truce = lemma in lx.CEASEFIRE_NOUNS or lemma == "regime" and any(
            _lemma(t) in ("silence", "ceasefire") for t in tok.subtree)
        if not truce and lemma != "corridor":
            return None
        mode = "ceasefire" if truce else "access"
        head = tok.head
        at = tok
        if tok.dep_ == "pobj" and head.lower_ == "of" and _lemma(head.head) in lx.SPANS and \
                _children(head.head, "nummod"):
            at = head.head  # "two days of real ceasefire" (not "short periods of ceasefire")
        if at.dep_ in ("attr", "nsubj") and _lemma(at.head) == "be" and _children(at.head, "expl"):
            return Frame(tok, at.head, "RETREAT", mode, "noun")  # "there were two days of ..."
        if tok.dep_ == "nsubj" and _lemma(head) in lx.IN_FORCE_VERBS or \
                tok.dep_ == "nsubjpass" and _lemma(head) in lx.IN_FORCE_PASSIVES:
            return Frame(tok, head, "RETREAT", mode, "noun")
        if tok.dep_ == "pobj" and head.lower_ == "of" and _lemma(head.head) in (
                "beginning", "start", "introduction"):
            # "we announce the beginning of the silence regime"
            verb = head.head.head if head.head.dep_ == "dobj" else head.head
            return Frame(tok, verb, "RETREAT", mode, "noun")
        return None

    def _own_agent(self, tok: Any) -> bool:
        """Does an event noun name who did it ("Russian shelling", "bombing by the army")?"""
        for c in tok.children:
            if c.dep_ in ("poss", "amod", "compound") and (m := self.match_at.get(c.i)) and \
                    m.code and m.kind in ("state", "adj", "group", "entity", "capital"):
                return True
            if c.dep_ == "prep" and c.lower_ == "by" and any(
                    self.actor_at(p) is not None for p in _children(c, "pobj")):
                return True
            if c.dep_ == "prep" and c.lower_ == "of" and any(
                    self._armed_actor(p) for p in _children(c, "pobj")):
                return True  # "the shelling of the Russian troops": an armed force acts
        return False

    def _told_rally(self, tok: Any) -> bool:
        """A rally told with the place it was held in ("a rally in occupied Lille", "a rally
        on Vabaduse Square in Tallinn"), not one only feared or named as a topic."""
        if tok.dep_ in ("dobj", "attr") or _in_doubt(tok, ("threat", "risk", "call", "ban")):
            return False
        return self._place_code(tok) is not None

    def _place_code(self, tok: Any) -> str | None:
        """The country of a place an event noun is held in or at."""
        for prep in _children(tok, "prep"):
            if prep.lower_ in ("in", "at", "on", "near", "outside"):
                for p in _children(prep, "pobj"):
                    for t in p.subtree:
                        m = self.match_at.get(t.i)
                        if m is not None and m.code and m.kind in ("state", "place", "capital"):
                            return m.code
        return None

    @staticmethod
    def _told_attack(tok: Any) -> bool:
        """An attack noun told as a fact inside another clause: it names its target or how
        hard it was ("massive shelling of cities", "the barbaric shelling")."""
        if tok.dep_ not in ("pobj", "conj", "appos") or _in_doubt(
                tok, ("threat", "risk", "danger", "allegation")):
            return False
        if _backgrounded(tok):
            return False  # "during the invasion of Ukraine", "forces for new attacks"
        return any(c.dep_ == "prep" and c.lower_ in ("of", "on", "against") and
                   _children(c, "pobj") for c in tok.children) or any(
            _lemma(c) in lx.ATTACK_INTENSITY for c in tok.children if c.dep_ == "amod")

    def _hosts_people(self, tok: Any) -> bool:
        """Does a verb of receiving take in people as aid ("receives our wounded for
        treatment", "has received two million refugees")?"""
        objs = self._objects(tok)
        return bool({_lemma(o) for o in objs for o in _conjuncts(o)} & lx.CARED_FOR) or any(
            _lemma(t) in lx.CARE and t.head.lower_ == "for" for o in objs for t in o.subtree) \
            or any(_lemma(p) in lx.CARE for c in _children(tok, "prep") if c.lower_ == "for"
                   for p in _children(c, "pobj"))

    def _told_talks(self, tok: Any) -> bool:
        """Talks named with their partner inside another clause, held and not only proposed,
        planned or refused ("announced the results of his conversation with Putin")."""
        if tok.dep_ not in ("pobj", "dobj", "conj", "appos") or _in_doubt(tok, (
                "call", "proposal", "offer", "demand", "refusal", "readiness", "threat",
                "plan", "possibility", "need")):
            return False
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if any(_lemma(c) in lx.NOT_YET for c in tok.children if c.dep_ in ("amod", "compound")
               ) or any(c.lower_ in ("tomorrow", "soon") for c in tok.sent) or (
                verb is not None and any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_AUX
                                         for c in verb.children)):
            # "the planned talks", "will depend on my meeting with President Zelensky"
            return False
        return any(c.dep_ == "prep" and c.lower_ == "with" and any(
            self._is_actorish(p) for p in _children(c, "pobj")) for c in tok.children)

    def _told_deployment(self, tok: Any) -> bool:
        """A deployment or mobilisation noun told as a fact inside another clause: it names
        whose it is ("the deployment of a US brigade", "Russia's mobilisation") or what kind
        ("general mobilization"), and is not only feared."""
        if _in_doubt(tok, ("threat", "risk", "danger", "allegation", "call", "demand")):
            return False
        if any(_lemma(c) in lx.MOBILIZATION_KINDS for c in tok.children if c.dep_ == "amod"):
            return True
        return self._own_agent(tok) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                self._modifier_codes(p) or self._armed_actor(p) for p in _children(c, "pobj"))
            for c in tok.children)

    def _armed_actor(self, tok: Any) -> bool:
        actor = self.actor_at(tok)
        return actor is not None and (actor.sector in ("MIL", "REB", "UAF") or
                                      _lemma(tok) in lx.TROOPS)

    def _modifier_codes(self, tok: Any) -> set[str]:
        """Countries named in a noun's own modifiers ("Russia-Belarus exercises")."""
        lo = min((c.left_edge.i for c in tok.children if c.i < tok.i), default=tok.i)
        return {m.code for i in range(lo, tok.i) if (m := self.match_at.get(i)) is not None
                and m.code and m.kind in ("state", "adj")}

    def _military(self, tok: Any) -> bool:
        """Is a soft verb of violence ("hit", "destroy", "fight") about armed force here?"""
        sent = tok.sent
        lemmas = {_lemma(t) for t in sent}
        if lemmas & MILITARY_WORDS:
            return True
        for subj in _children(tok, "nsubj", "agent"):
            actor = self.actor_at(subj)
            if actor is not None and actor.sector in ("MIL", "REB", "COP"):
                return True
        return False

    def _victim_verb(self, tok: Any) -> Any:
        """'died as a result of torture', 'killed in an air strike' -> the verb of harm."""
        cur = tok
        for _ in range(5):
            if cur.dep_ not in ("pobj", "prep", "pcomp"):
                return None
            cur = cur.head
            if cur.pos_ == "VERB":
                return cur if _lemma(cur) in lx.VICTIM_VERBS else None
        return None

    def _is_actor_head(self, tok: Any) -> bool:
        """Does the phrase head itself name an actor (not "Reagan's statement")?"""
        if tok.pos_ == "PRON":
            return tok.lower_ not in ("it", "this", "that", "which", "what")
        m = self.match_at.get(tok.i)
        if m is not None:
            return m.kind != "sector" or m.sector not in (None,)
        ent = self.ent_at.get(tok.i)
        if ent is not None and ent.label_ in ACTOR_ENTS:
            return True
        return tok.pos_ == "PROPN" or _lemma(tok) in {"guest", "delegation", "participant",
                                                      "colleague", "friend", "partner"}

    def _is_actorish(self, tok: Any) -> bool:
        if tok.pos_ in ("PROPN",) or tok.i in self.match_at:
            return True
        start, end = self._np_range(tok)
        for i in range(start, end):
            ent = self.ent_at.get(i)
            if ent is not None and ent.label_ in ACTOR_ENTS:
                return True
            m = self.match_at.get(i)
            if m is not None and m.kind != "sector":
                return True
        return False

    def _is_official(self, tok: Any) -> bool:
        """Is the subject of ``tok`` a government (a diplomatic protest, not a demonstration)?"""
        for subj in _children(tok, "nsubj"):
            actor = self.actor_at(subj)
            if actor is not None and (actor.sector in ("GOV", None) and actor.code):
                return not (actor.sector is None and subj.pos_ == "NOUN")
        return False

    def _dedupe_frames(self, frames: list[Frame]) -> list[Frame]:
        """One frame per predicate: a verb's own frame beats a noun it takes as object;
        a 'must' frame replaces the frame of its verb."""
        by_trigger = {f.trigger.i: f for f in frames if f.kind != "must"}
        out: list[Frame] = []
        for f in frames:
            if f.kind == "must":
                inner = by_trigger.pop(f.trigger.i, None)
                if inner is not None:
                    f.mode = lx.request_mode(inner.etype, _np_lemmas(inner.trigger))
                out.append(f)
        for f in by_trigger.values():
            if f.kind == "noun" and f.pred != f.trigger and f.pred.i in by_trigger:
                owner = by_trigger[f.pred.i]
                if owner.kind != "noun":
                    if owner.mode is None and f.mode and owner.etype == f.etype:
                        owner.mode = f.mode
                    if owner.governs:
                        out.append(f)  # folded below, e.g. "proposed talks"
                    continue
            out.append(f)
        seen: set[int] = set()
        final = []
        for f in out:
            key = f.trigger.i
            if key in seen:
                continue
            seen.add(key)
            final.append(f)
        return final

    def _fold(self, frames: list[Frame]) -> None:
        """Fold frames under governing frames above them in the parse."""
        governors = {f.trigger.i: f for f in frames if f.governs}
        governors.update({f.pred.i: f for f in frames if f.governs and f.kind == "adj"})
        for f in frames:
            if f.presupposed:
                continue
            cur = f.trigger
            steps = 0
            if f.kind == "adj":
                cur = f.pred
            while steps < 7:
                dep = cur.dep_
                head = cur.head
                if head == cur or dep in STOP_DEPS:
                    break
                if dep not in PASS_DEPS or dep == "agent" and f.kind == "noun":
                    break  # "(corridor) affected by the shelling": a cause, not what was agreed
                g = governors.get(head.i)
                if g is not None and g is not f:
                    # "condemned the aggression of Russia against Ukraine": the condemned
                    # act is told as well, not only what the condemnation is about
                    f.absorbed = not (g.etype == "ACCUSE" and (
                        f.etype in lx.CONFLICTUAL or f.kind == "noun" and f.governs))
                    f.distance = steps
                    g.complements.append(f)
                    break
                cur = head
                steps += 1
        for g in governors.values():
            g.complements.sort(key=lambda c: (c.distance, c.trigger.i))

    def _depth(self, tok: Any, sent: Any) -> int:
        depth = 0
        cur = tok
        while cur.head != cur and depth < 12:
            if not (_lemma(cur.head) in lx.REPORTING and cur.dep_ in ("ccomp", "parataxis")):
                depth += 1
            cur = cur.head
        return depth

    # -- from frame to events ------------------------------------------------------------------

    def events_of(self, frame: Frame, sent: Any, s_idx: int) -> list[Event]:
        etype, mode = frame.etype, frame.mode
        comp_lemmas: set[str] = set()
        comp_types: list[str] = []
        negated = self._negated(frame)
        for c in frame.complements:
            comp_types.append(c.etype)
            comp_lemmas.add(_lemma(c.trigger))
            comp_lemmas |= _np_lemmas(c.trigger)
            for o in self._objects(c.trigger):
                comp_lemmas |= _np_lemmas(o)
        obj_lemmas: set[str] = set()
        for o in self._objects(frame.trigger):
            obj_lemmas |= _np_lemmas(o)
        all_lemmas = comp_lemmas | obj_lemmas
        lemma = _lemma(frame.trigger)

        # --- the governor reads its complement
        if frame.kind == "governor" or frame.governs:
            first = frame.complements[0] if frame.complements else None
            if lemma == "fail":
                if first is None:
                    return []
                etype, mode = first.etype, first.mode
                negated = True
            elif etype == "AGREE":
                if first is not None and first.etype in lx.CONFLICTUAL and lemma in {
                        "vow", "pledge", "promise"} | lx.READY_ADJ | lx.READINESS_NOUNS:
                    # "vowed to strike", "intentions to impose sanctions": a threat
                    etype = "THREATEN"
                    mode = "restrict" if first.etype in ("SANCTION", "COERCE") else "violence"
                elif first is not None and first.kind != "noun" and not first.reciprocal and (
                        first.etype == "CONCEDE" or (first.etype == "RETREAT" and first.mode in (
                            "ceasefire", "withdraw", "disarm") or lemma != "agree" and
                            first.mode in ("access", "release"))):
                    # one side ready to open access or to free someone concedes it (PLOVER);
                    # two sides agreeing to allow access agree
                    etype = "CONCEDE"
                    mode = "ceasefire" if first.mode == "ceasefire" else None
                elif lemma in lx.UNILATERAL_PROMISES and all_lemmas & (
                        lx.CEASEFIRES | lx.CORRIDORS | lx.PRISONERS):
                    # one side guaranteeing a ceasefire or corridor concedes it (PLOVER)
                    etype = "CONCEDE"
                    mode = "ceasefire" if all_lemmas & lx.CEASEFIRES else None
                elif all_lemmas & lx.CEASEFIRES:
                    mode = "ceasefire"
                # "agreed to hold meetings" is an asserted agreement: the future lies in
                # its complement, not in the speech act
            elif etype in ("REQUEST", "REJECT"):
                mode = lx.request_mode(first.etype if first else None, all_lemmas)
            elif etype == "THREATEN" and lemma == "warn" and any(
                    c.dep_ == "prep" and c.lower_ == "against" for c in frame.trigger.children):
                etype, mode = "ACCUSE", "disapprove"  # "warned against shifting the blame"
            elif etype == "THREATEN":
                if first is not None:
                    mode = {"SANCTION": "relations", "COERCE": first.mode if first.mode in (
                        "ban", "arrest", "restrict", "curfew") else "restrict",
                        "ASSAULT": "violence", "MOBILIZE": "violence"}.get(first.etype)
                elif lemma == "warn" and not frame.complements:
                    future_clause = any(
                        a.lower_ in lx.FUTURE_AUX | {"would"} for c in
                        _children(frame.trigger, "ccomp") for a in c.children if a.dep_ == "aux")
                    if not (future_clause or _children(frame.trigger, "dobj") or any(
                            c.dep_ == "prep" and c.lower_ in ("against", "of")
                            for c in frame.trigger.children)):
                        return []
            elif etype == "ACCUSE":
                if mode is None:
                    mode = "allege" if lemma in ("accuse", "blame", "charge", "allege") else \
                        "disapprove"
            elif etype == "SUPPORT" and lemma in ("support", "back", "endorse") and first and \
                    first.etype == "ASSAULT":
                pass
        if frame.kind == "must":
            mode = mode or lx.request_mode(None, obj_lemmas)

        if negated and etype == "AGREE" and lemma == "intention":
            # "had no intention of deploying": a one-sided assurance (PLOVER CONCEDE)
            etype, mode, negated = "CONCEDE", None, False
        # --- modality
        modality, claimant_tok, according = self._modality(frame, sent)
        question = sent.text.rstrip().endswith("?")
        if question and frame.kind == "noun":
            return []  # "What is the threat to us?"
        own_modality = modality
        if frame.governs and frame.kind == "noun" and modality == "future":
            modality = own_modality = "asserted"  # the assurance is given now; its content waits
        if question:
            modality = "hypothetical"
        elif etype == "THREATEN" and lemma == "consequence":
            modality = own_modality = "asserted"  # the warning is given now
        voice = None
        if frame.kind == "must":
            if claimant_tok is None and according is None:
                # the outlet's or speaker's "X should act" (not "X should be recognised")
                voice = None if _children(frame.pred, "auxpass") else self._own_voice(
                    frame.trigger)
                if voice is None:
                    return []
            modality = "asserted"
        if modality == "hypothetical" and etype in lx.CONFLICTUAL and not negated:
            mode = {"SANCTION": "relations", "ASSAULT": "violence"}.get(
                etype, mode if mode in ("ban", "arrest", "restrict", "curfew") else "restrict")
            etype = "THREATEN"
        if modality == "future" and lemma == "boycott":
            etype, mode = "THREATEN", "relations"
        if own_modality == "future" and frame.kind != "must" and not (
                etype == "CONSULT" and frame.kind in ("noun", "object")):
            # talks "are to take place", "will hold a series of talks" are future talks;
            # "will meet" is an agreement to meet (PLOVER)
            if etype in lx.COOPERATIVE:
                if etype in ("RETREAT", "CONCEDE") and mode in ("ceasefire", "access") and \
                        not frame.reciprocal:
                    etype = "CONCEDE"  # one side's corridor or ceasefire still to come
                    mode = "ceasefire" if mode == "ceasefire" else None
                else:
                    mode = "ceasefire" if mode == "ceasefire" else None
                    etype = "AGREE"
            elif etype in lx.CONFLICTUAL and not negated:
                mode = {"SANCTION": "relations", "ASSAULT": "violence"}.get(
                    etype, mode if mode in ("ban", "arrest", "restrict", "curfew") else
                    "restrict")
                etype = "THREATEN"

        if etype == "ASSAULT" and frame.kind != "noun" and any(
                _lemma(x) in lx.CROWDS for x in self._subjects(frame.pred)[0]):
            etype, mode = "PROTEST", "riot"  # "protesters clashed with police"
        # --- actors
        sources, targets = self._arguments(frame, etype)
        if (etype in ("MOBILIZE", "COOPERATE") or mode == "martial-law") and \
                frame.kind == "noun" and not sources:
            sources = self._clause_agents(frame.trigger)  # "I signed decrees on mobilization"
        if etype == "AID" and frame.kind == "noun" and _lemma(frame.pred) in lx.PROMISING_VERBS:
            etype = "AGREE"  # "confirmed the provision of air defence systems": a promise
        if etype == "AID" and _lemma(frame.pred) in ("receive", "get", "obtain", "accept") \
                and not self._hosts_people(frame.pred):
            # "Ukraine received tanks from Poland": the giver is the source
            givers = [a for t in [frame.pred, *_children(frame.pred, "dobj")]
                      for c in _children(t, "prep") if c.lower_ == "from"
                      for p in _children(c, "pobj") for a in self.actors_of(p, deep=True)]
            receivers = [a for s in self._subjects(frame.pred)[0] for a in self.actors_of(s)]
            sources, targets = _distinct(givers), _distinct(receivers)
        claimant = self._claimant(claimant_tok, according)
        if frame.kind == "must":
            reporter = claimant or voice
            targets = sources
            if voice is not None and not ({t.code for t in targets if t.code} - {voice.code}):
                return []  # "we must ...", "civilians should ...": no one else is asked
            sources = [reporter] if reporter is not None else []
            claimant = None
        sources = [a for a in self._coref(list(sources), frame, s_idx, claimant_tok)
                   if a is not None]
        if etype == "ACCUSE" and frame.kind in ("governor", "verb", "object") and sources \
                and claimant is None and len(sources) == 1:
            claimant = sources[0]
        targets = [a for a in targets if a is not None]
        if etype in SYMMETRIC and len({a.code for a in sources}) < 2 and \
                not any(t.code for t in targets) and self._plural_pronoun_subject(frame):
            # "They discussed ...", "They expressed their readiness ..." in a bilateral readout
            parties = self._implied_parties(s_idx)
            if parties:
                sources, targets = parties, []
        if etype == "ACCUSE" and frame.kind == "noun" and not sources and targets and \
                claimant is None and self._agentless(frame):
            voice = self._own_voice(frame.trigger)  # "the investigation ... is underway"
            sources = [voice] if voice is not None else []
        if etype == "ASSAULT" and not sources and self._denied(frame.trigger) and (
                voice := self._own_voice(frame.trigger)) is not None:
            sources = [voice]  # the side that denies the attack is the one it was blamed on
        if etype == "THREATEN" and _lemma(frame.trigger) == "consequence" and not sources and \
                (voice := self._own_voice(frame.trigger)) is not None:
            sources = [voice]  # the speaker warns of what they will do
            targets = targets or [a for c in frame.pred.children if c.dep_ in ("acomp", "attr")
                                  for p in c.children if p.dep_ == "prep" and p.lower_ == "for"
                                  for o in _children(p, "pobj") for a in self.actors_of(o)]
        if etype == "REQUEST" and frame.kind == "governor" and not sources and \
                self._agentless(frame) and (voice := self._own_voice(frame.trigger)) is not None:
            sources = [voice]  # "Hope was expressed that ..." in a readout: its own side
        if etype == "AID" and not sources and self.home and self._agentless(frame):
            sources = [Actor(text="", code=self.home, sector="GOV")]  # "people were evacuated"
        if etype in SYMMETRIC and not sources and not any(t.code for t in targets) and \
                self._agentless(frame) and modality in ("asserted", "reported") and \
                frame.pred.dep_ not in ("relcl", "xcomp"):  # not "needs to be discussed"
            # "It was agreed ...", "two corridors have been agreed": the article's two parties
            sources, targets = self._implied_parties(s_idx), []
        # drop a target that repeats a source
        src_keys = {(a.code, a.name, a.sector) for a in sources}
        targets = [a for a in targets if (a.code, a.name, a.sector) not in src_keys or
                   a.code is None and a.name is None and a.sector is None]
        self._fill_codes(sources, targets, claimant, sent, frame)
        if etype in ("ASSAULT", "COERCE") and not sources and self.home in ADVERSARY and (
                any(t.code == self.home for t in targets) or etype == "ASSAULT" and
                frame.kind == "noun" and {t.code for t in targets if t.code} <= {
                    self.home, ADVERSARY[self.home or ""]}):
            # an outlet at war tells of an unattributed attack on its side, or a nominal
            # "shelling of Donbass cities" with no agent: the adversary's (war outlets name
            # their own side's strikes)
            sources = [Actor(text="", code=ADVERSARY[self.home or ""], sector="MIL")]
        if etype == "ASSAULT" and not sources and self.home in ADVERSARY and targets and all(
                t.code == ADVERSARY[self.home or ""] and t.sector == "MIL" for t in targets):
            # "Almost 30,000 Russian soldiers killed" told by Kyiv: its own forces fought
            sources = [Actor(text="", code=self.home, sector="MIL")]
        if etype == "PROTEST" and not sources and frame.kind == "noun" and (
                where := self._place_code(frame.trigger) or self._place_code(frame.pred)):
            sources = [Actor(text="", code=where, sector="CVL")]  # the town's people rally
        if etype == "PROTEST" and mode == "boycott" and sources and all(
                a.code in state_codes() or a.sector in ("GOV", "IGO") for a in sources):
            etype, mode = "SANCTION", "discontinue"  # states boycotting Russian oil: an embargo
        if etype in ("COERCE", "ACCUSE") and not sources and self._agentless(frame) and \
                frame.kind != "noun" and (where := self._location_code(frame)) and \
                where in state_codes():
            # "was arrested in Lebanon", "put under investigation in Italy": that state's
            # authorities act (CAMEO's reading of an agentless arrest or probe)
            sources = [Actor(text="", code=where, sector="GOV")]
        if etype == "ASSAULT" and not sources and targets:
            # CAMEO's unidentified armed force: an attack nobody is named for is coded to the
            # one other country the sentence names ("killed by a bomb in the Iraqi city of")
            left = [c for c in self._sentence_codes(sent) if c not in {t.code for t in targets}]
            if len(left) == 1:
                sources = [Actor(text=frame.trigger.text, code=left[0], sector="UAF")]
        if etype in SYMMETRIC and not any(t.code for t in targets):
            partner = self._implied_partner(frame, sources, sent, s_idx, etype, lemma)
            if partner is not None:
                sources, targets = sources + [partner], []  # paired both ways below
        if etype == "RETREAT" and mode == "ceasefire" and not sources and not targets and \
                frame.kind == "noun":
            # a truce held: both sides held fire (at war: the outlet's side and the enemy)
            sources = [Actor(text="", code=c, sector="MIL") for c in (
                self.home, ADVERSARY[self.home])] if self.home in ADVERSARY else \
                self._implied_parties(s_idx)
        if etype in ("AID", "COOPERATE") and (
                thanks := self._thanked_for(frame.trigger)) is not None:
            # "thanked Turkey for its assistance", "thanked Poland for sheltering refugees"
            sources, targets = thanks[1] or sources, targets or thanks[0]
        everyone = sources + targets
        if not everyone and mode != "ceasefire" and not self._agentless(frame):
            return []  # nobody to code: "Thank you.", "the ship is ready to begin service"

        # --- date, quantities, location, context
        ev_date, date_text = self._date(frame, sent, future=modality == "future")
        if modality in ("asserted", "reported") and ev_date is not None and self.published and \
                ev_date < self.published - timedelta(days=90):
            modality = "historical"
        if modality == "asserted" and self._old_year(sent):
            modality = "historical"
        quantities = self._quantities(sent)
        location = self._location(frame)
        context = self._context(sent, etype, mode, all_lemmas)
        if etype == "ASSAULT" and mode is None:
            mode = self._assault_mode(sent, frame)
        if etype == "CONSULT" and mode is None and (self._call_readout() or any(
                _lemma(p) in ("phone", "telephone", "video", "videoconference")
                for t in (frame.pred, frame.trigger) for c in _children(t, "prep")
                if c.lower_ in ("by", "via", "over") for p in _children(c, "pobj"))):
            mode = "phone"  # talks reported in a "Telephone conversation with ..." release
        conf = BASE_CONFIDENCE.get(frame.kind, 0.6)
        conf += 0.1 if sources else -0.15
        conf = round(max(0.1, min(0.95, conf)), 2)

        if not any(a.code or a.name for a in sources + targets):
            conf = round(max(0.1, conf - 0.2), 2)  # actors named only by their kind
        conf = round(max(0.1, conf - 0.05 * min(self._depth(frame.pred, sent), 3)), 2)

        # One source and at most one target per event (as the project's gold codes them):
        # "Putin and Erdogan met" -> RUS->TUR and TUR->RUS; "X and Y shelled Z" -> X->Z, Y->Z.
        recip = frame.reciprocal or self._reciprocal_words(frame)
        pairs: list[tuple[list[Actor], list[Actor]]]
        coded = [a for a in _distinct(sources + targets) if a.code]
        if recip and etype in RECIPROCAL_TYPES and len(coded) >= 2 or (
                lemma in ("sign", "conclude") and len({a.code for a in coded}) == 2):
            # signing is bilateral: "We signed an agreement with the UK" -> UKR<->GBR
            pairs = [([a], [b]) for a in coded for b in coded if a.code != b.code]
        elif etype in SYMMETRIC and len(party_codes := {a.code for a in sources if a.code}) >= 2 \
                and all(t.code is None or t.code in party_codes for t in targets):
            # "Moscow and Kyiv agreed on a corridor from Mariupol": the parties, both ways
            parties = [a for a in _distinct(sources) if a.code]
            pairs = [([a], [b]) for a in parties for b in parties if a.code != b.code]
        elif etype in SYMMETRIC and lemma in BILATERAL_LEMMAS and len(
                {a.code for a in coded}) == 2 and any(
                    a.text.lower() in FIRST_PLURAL for a in sources):
            # "We agreed that France would provide support": we, the two of the readout
            pairs = [([a], [b]) for a in coded for b in coded if a.code != b.code]
        else:
            src_opts: list[list[Actor]] = [[a] for a in sources] or [[]]
            tgt_opts: list[list[Actor]] = [[b] for b in targets] or [[]]
            pairs = [(a, b) for a in src_opts for b in tgt_opts]
        pairs = pairs[:12]
        if sources or targets:
            self.last_pair = (s_idx, _distinct(sources + targets))
        events = []
        for src, tgt in pairs:
            events.append(Event(
                article_id=self.article.id,
                sentence=sent.text,
                span=(sent.start_char, sent.end_char),
                event_type=etype,
                mode=mode,
                context=context,
                source=src,
                target=tgt,
                # undated history has no day (not the report's)
                date=ev_date or (self.published if modality != "historical" else None),
                date_text=date_text,
                negated=negated,
                modality=modality,
                claimant=claimant,
                quantities=list(quantities),
                location=location,
                trigger=frame.trigger.text,
                confidence=conf,
                coder=CODER_NAME,
            ))
        return [_enrich(e) for e in events]

    # -- arguments -----------------------------------------------------------------------------

    def _subjects(self, pred: Any) -> tuple[list[Any], list[Any], bool]:
        """(subject heads, passive-subject heads, passive?) of a predicate, climbing to the
        verb that controls it when it has no subject of its own."""
        cur = pred
        for _ in range(4):
            subj = _children(cur, "nsubj", "csubj")
            subjpass = _children(cur, "nsubjpass")
            passive = any(c.dep_ == "auxpass" for c in cur.children) or bool(subjpass)
            if subj or subjpass:
                return subj, subjpass, passive
            if cur.dep_ in ("xcomp", "conj", "acomp", "advcl", "pcomp", "prep") and \
                    cur.head != cur:
                cur = cur.head
                continue
            if cur.dep_ == "relcl":
                return [cur.head], [], passive
            if cur.dep_ == "acl" and cur.tag_ == "VBN":
                return [], [cur.head], True
            if cur.dep_ == "acl" and cur.head.dep_ in ("dobj", "pobj") and \
                    _lemma(cur.head) in lx.REPORTING_NOUNS | {"resolution", "decision", "order"}:
                cur = cur.head.head  # "issued a declaration demanding ..."
                continue
            break
        return [], [], False

    def _arguments(self, frame: Frame, etype: str) -> tuple[list[Actor], list[Actor]]:
        pred = frame.pred
        trig = frame.trigger
        subj, subjpass, passive = self._subjects(pred)
        sources: list[Actor] = []
        targets: list[Actor] = []
        if frame.victim or (etype == "ASSAULT" and trig.tag_ == "VBN" and pred == trig and
                            not any(c.dep_ in ("aux", "auxpass") for c in trig.children)):
            # "died of torture"; "Almost 30,000 Russian soldiers killed." (a headline's
            # participle: the subject is the victim)
            for s in subj + subjpass:
                targets += self.actors_of(s)
            subj, subjpass = [], []
        if passive and subjpass and not _children(pred, "agent") and (
                _lemma(pred) in ACTIVE_PASSIVES or etype == "MOBILIZE" or (
                    etype == "RETREAT" and frame.mode in ("disarm", "withdraw", "resign"))):
            # "forces were engaged in", "guerrillas have been demobilized", "troops deployed"
            subj, subjpass, passive = subjpass, [], False
        for s in subj:
            sources += self.actors_of(s)
        if frame.kind == "verb" and trig.tag_ == "VBG" and trig.dep_ in ("pobj", "pcomp", "advcl") \
                and not subj:
            # a gerund used as a noun: "killed in barbaric shelling by neo-Nazis"
            by = [a for c in _children(trig, "prep") if c.lower_ == "by"
                  for p in _children(c, "pobj") for a in self.actors_of(p)]
            sources += [a for a in by if a.code] or by[:1]
        if passive:
            for s in subjpass:
                targets += self.actors_of(s)
            for agent in _children(pred, "agent"):
                for p in _children(agent, "pobj"):
                    sources += self.actors_of(p)
        # noun triggers carry their own actors: "Russia's attack", "Russian strikes",
        # "talks between Russia and Ukraine", "attack by Russian forces"
        if frame.kind == "noun":
            own_src: list[Actor] = []
            for c in trig.children:
                if c.dep_ == "poss" and c.lower_ in ("its", "their") and \
                        _lemma(trig.head) in lx.REPORTING:
                    # "The Russian side noted its commitment": the reporter's own
                    own_src += [a for sj in _children(trig.head, "nsubj")
                                for a in self.actors_of(sj)]
                elif c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and
                                          c.i in self.match_at):
                    own_src += self.actors_of(c)
                elif c.dep_ == "prep" and (c.lower_ in ("by", "between", "among") or (
                        c.lower_ == "of" and (etype in ("CONSULT", "MOBILIZE") or
                                              frame.governs))):
                    # "negotiations of the Russian parties", "intentions of European states",
                    # "the deployment of a US brigade"
                    for p in _children(c, "pobj"):
                        own_src += self.actors_of(p)
                elif c.dep_ == "prep" and c.lower_ == "of" and etype == "AID":
                    # "the assistance of the French government", not "provision of weapons"
                    own_src += [a for p in _children(c, "pobj") if self._is_actor_head(p)
                                for a in self.actors_of(p)]
                elif c.dep_ == "prep" and c.lower_ == "of" and etype in ("ASSAULT", "COERCE"):
                    # "the shelling of the Russian troops": the force fires, not is fired at
                    for p in _children(c, "pobj"):
                        if self._armed_actor(p):
                            own_src += self.actors_of(p)
                        elif frame.presupposed or frame.victim:
                            targets += self.actors_of(p)  # "the deportation of citizens"
            vague = all(a is None or not (a.code or a.name or a.sector) for a in sources)
            if own_src and (vague or pred == trig or _lemma(pred) not in lx.LIGHT_VERBS):
                sources = own_src + [a for a in sources if a is not None]
        # objects
        obj_heads: list[Any] = []
        if frame.kind != "noun" and not (etype == "CONSULT" and _lemma(trig) in TOPIC_VERBS
                                         ) and _lemma(trig) != "use":  # "use X against Y"
            obj_heads += _children(pred, "dobj", "dative", "iobj")
        counted = [p for c in _children(trig, "prep") if c.lower_ == "of"
                   for p in _children(c, "pobj")] if _lemma(trig) in lx.BATCH_NOUNS else []
        for prep in _children(pred, "prep") + (
                _children(trig, "prep") if trig != pred else []) + [
                    c for p in counted for c in _children(p, "prep")]:  # "package of X against"
            if prep.lower_ in TARGET_PREPS:
                if etype in SYMMETRIC and prep.lower_ == "against":
                    continue  # "working together with us against Russian aggression"
                if frame.mode in ("deport", "cleansing") and prep.lower_ in ("to", "into", "from"):
                    continue  # "deported to Russia": where to, not whom
                if prep.lower_ in ("in", "for", "from") and etype not in (
                        "AID", "SANCTION", "REJECT", "REQUEST", "ACCUSE") and not (
                        frame.mode == "visit" and prep.lower_ == "in"):
                    continue  # but a visit "in Kyiv" is to its host
                if prep.lower_ == "from" and etype in ("AID",):
                    continue
                if prep.lower_ in ("over", "about") and etype not in (
                        "ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN"):
                    continue
                obj_heads += _children(prep, "pobj")
        # not "told Putin about ... during his visit": the main verb's object is not met
        if frame.kind == "noun" and trig != pred and trig.dep_ != "dobj" and \
                trig.head.lower_ != "during":
            obj_heads += _children(pred, "dobj", "dative")
        if etype == "ACCUSE" and _lemma(trig) in lx.DESCRIBE_VERBS:
            # the verdict falls on whoever owns what is judged ("the intentions of European
            # states", "the Russian strikes")
            judged = _children(trig, "dobj") + [p for c in _children(trig, "prep")
                                                if c.lower_ == "as" for p in _children(c, "pobj")]
            return _distinct(sources), _distinct([a for j in judged for a in self._owners(j)])
        with_actors: list[Actor] = []
        for o in list(obj_heads):
            if o.dep_ == "dobj" and not self._is_actor_head(o):
                # "threatened further action against Russia", "imposed sanctions on Iran"
                for prep in _children(o, "prep"):
                    if prep.lower_ in ("against", "on", "to", "toward", "towards", "with",
                                       "upon"):
                        obj_heads += _children(prep, "pobj")
        for o in obj_heads:
            if o.i == trig.i or _lemma(o) in lx.AGREEMENTS and any(
                    (m := self.match_at.get(c.i)) is not None and m.kind in ("place", "capital")
                    for c in o.children if c.dep_ in ("compound", "amod")):
                continue  # "the Minsk agreements" names a place, not a party
            if etype == "MOBILIZE" and _lemma(o) in lx.DEPLOYED:
                # "deploying more tanks", "building up its capabilities along the border":
                # what is moved and where are the mover's, not a target
                if not any(a is not None and a.code for a in sources):
                    # whose they are: "its capabilities", "deploying Russian troops"
                    sources += [a for p in _children(o, "poss") for a in self.actors_of(p)]
                    sources += [a for c in o.children if c.dep_ in ("amod", "compound") and
                                c.i in self.match_at for a in self.actors_of(c)]
                continue
            found = self.actors_of(o, deep=True)
            if etype == "ACCUSE" and not any(a.code for a in found):
                found = self._owners(o) or found  # "an investigation into X's crimes"
            if not found:
                continue
            if o.dep_ == "pobj" and o.head.lower_ == "with":
                with_actors += found
            else:
                targets += found
        # the complement's subject is the one asked / accused / warned ("demanded that X ...")
        if not targets and frame.complements:
            for c in frame.complements:
                csubj, cpass, cpassive = self._subjects(c.pred)
                if c.pred != pred:
                    for s in csubj or cpass:
                        if s.head == c.pred:
                            targets += self.actors_of(s)
                if targets:
                    break
        if not targets and trig.lower_ in ("hope", "hoped", "hopes"):
            # "hope that Charles Michel would work with Warsaw": the one hoped of
            clauses = [c for t in {trig, pred} for c in t.children if c.dep_ in ("acl", "ccomp")]
            targets += [a for c in clauses for sj in _children(c, "nsubj")
                        for a in self.actors_of(sj)]
        if not targets and frame.governs:
            for c in frame.complements:
                if c.pred != pred:
                    targets += self._arguments(c, c.etype)[1]
                if targets:
                    break
        if frame.kind == "must":
            csubj = _children(pred, "nsubj", "nsubjpass")
            sources = [a for s in csubj for a in self.actors_of(s)]
            return sources, []
        if etype == "CONSULT" and not with_actors and not targets:
            # "during a conversation with Biden, he discussed ...": the conversation's partner
            with_actors = [a for d in _children(pred, "prep") if d.lower_ == "during"
                           for n in _children(d, "pobj") for w in _children(n, "prep")
                           if w.lower_ == "with" for p in _children(w, "pobj")
                           for a in self.actors_of(p, deep=True)]
        if etype in SYMMETRIC and frame.mode not in ("visit", "host") and etype != "AID":
            sources += with_actors
            if etype == "CONSULT" and frame.mode in ("phone", None) and not passive:
                direct = {o.i for o in _children(pred, "dobj", "dative")}
                sources += [a for o in obj_heads if o.i in direct for a in self.actors_of(o)]
                targets = []
        elif frame.mode == "visit":
            sources += with_actors  # "visited Kyiv together with a Congress delegation"
        else:
            targets += with_actors
        return _distinct(sources), _distinct(targets)

    def actors_of(self, head: Any, deep: bool = False) -> list[Actor]:
        """Actors named by a noun phrase head and its conjuncts."""
        out: list[Actor] = []
        for h in _conjuncts(head):
            actor = self.actor_at(h, deep=deep)
            if actor is None:
                continue
            out.append(actor)
            if _lemma(h) in COLLECTIVE_HEADS:
                # "the representatives of Ukraine and the Russian Federation": both
                for prep in _children(h, "prep"):
                    if prep.lower_ == "of":
                        for p in _children(prep, "pobj"):
                            out += [a for c in _conjuncts(p)[1:]
                                    if (a := self.actor_at(c, deep=deep)) is not None and
                                    a.code and a.code != actor.code]
            # "Russian and Ukrainian negotiators": one actor per coordinated adjective
            for mod in h.children:
                if mod.dep_ in ("amod", "compound", "nmod") and mod.i in self.match_at:
                    for other in _conjuncts(mod)[1:]:
                        m = self.match_at.get(other.i)
                        if m is not None and m.code and m.code != actor.code and \
                                m.kind in ("adj", "state", "group", "entity"):
                            out.append(Actor(text=actor.text, code=m.code, sector=actor.sector))
        return out

    def actor_at(self, h: Any, deep: bool = False) -> Actor | None:
        doc = self.doc
        if h.lower_ in ("who", "which", "that") and h.dep_ in ("nsubj", "nsubjpass"):
            if h.head.dep_ == "relcl" and h.head.head.i != h.i:
                return self._relative_antecedent(h.head.head)
            cleft = _children(h.head.head, "attr") if h.head.dep_ == "ccomp" and \
                _lemma(h.head.head) == "be" else []
            if cleft:
                return self._relative_antecedent(cleft[0])  # "it was NATO that was building"
        if h.pos_ == "PRON" or h.lower_ in ("who", "which", "that"):
            return self._pronoun(h)
        if _lemma(h) in ("country", "state", "nation", "homeland", "motherland") and any(
                c.dep_ == "poss" and c.lower_ in ("our", "my", "his", "her") for c in h.children):
            ours = self._pronoun(next(c for c in h.children if c.dep_ == "poss"))
            if ours is not None and ours.code:  # "for our country", "his country": their state
                return Actor(text=_strip_det(self.doc[h.left_edge.i:h.i + 1].text),
                             code=ours.code, sector="GOV")
        if _lemma(h) in COLLECTIVE_HEADS:
            # "a group of refugees", "hundreds of protesters": the members are the actor
            for prep in _children(h, "prep"):
                if prep.lower_ == "of":
                    for p in _children(prep, "pobj"):
                        inner = self.actor_at(p, deep=deep)
                        if inner is not None:
                            start, end = self._np_range(h)
                            inner.text = _strip_det(doc[start:end].text)
                            return inner
        start, end = self._np_range(h)
        on = self.published
        actor = self.coder.actors.actor_of(doc, start, end, self.matches, on,
                                           text=_strip_det(doc[start:end].text), head=h.i)
        if (actor is None or actor.code is None) and self._hostile_label(h, start, end):
            return Actor(text=_strip_det(doc[start:end].text), code=ADVERSARY[self.home or ""],
                         sector="MIL")
        if deep and (actor is None or actor.code is None and actor.name is None):
            # "rejected a US offer", "condemned Russia's attack on ...", "a proposal by Kyiv";
            # "the military activity of NATO" is NATO's, not some unnamed military's
            near = [c for c in h.children if c.dep_ == "poss"]
            for prep in h.children:
                if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
                    near += _children(prep, "pobj")
            near += [c for c in h.children if c.dep_ in ("compound", "amod")]
            for c in near:
                found = self.actor_at(c)
                if found is not None and (found.code or found.name):
                    return found
        if actor is None:
            ents = {self.ent_at[i] for i in range(start, end) if i in self.ent_at}
            ents = {e for e in ents if e.label_ in ACTOR_ENTS and e.label_ != "GPE"}
            if ents:
                ent = min(ents, key=lambda e: abs(e.root.i - h.i))
                if ent.label_ == "PERSON":
                    actor = Actor(text=ent.text, name=ent.text)
                else:
                    actor = Actor(text=_strip_det(doc[start:end].text))
            else:
                if PLURAL_COREF.match(doc[start:end].text.strip()):
                    return self._pair_coref(doc[start:end].text)
                return None
        if actor.name is None and actor.code is None or actor.name is None and \
                actor.sector in ("GOV", "MIL", "LEG", "JUD", "OPP", "ELI", "REB", None):
            for i in range(start, end):
                ent = self.ent_at.get(i)
                if ent is not None and ent.label_ == "PERSON" and ent.end <= end and \
                        self.match_at.get(i) is None:
                    actor.name = ent.text
                    break
        if actor.code is None and actor.sector in INSTITUTIONAL and self.home and (
                doc[start].lower_ == "the" or actor.sector != "GOV") and not any(
                    c.dep_ == "prep" and c.lower_ == "of" and c.i not in self.match_at
                    for c in h.children):
            if PLURAL_COREF.match(doc[start:end].text.strip()):
                return self._pair_coref(doc[start:end].text)
            # "the police" in a transcript: the speaker's country, else the outlet's
            speaker = self._speaker_at(h.i)
            actor.code = speaker.code if speaker is not None and speaker.code in \
                state_codes() else self.home
        if actor.code is None and actor.name is None and PLURAL_COREF.match(
                doc[start:end].text.strip()):
            return self._pair_coref(doc[start:end].text)
        return actor

    def _relative_antecedent(self, noun: Any) -> Actor | None:
        """"Speaker ... Nancy Pelosi who visited Kyiv": the one the relative clause is on,
        or the title the name stands beside when the name itself has no country."""
        actor = self.actor_at(noun, deep=True)
        if (actor is None or actor.code is None) and noun.dep_ == "appos":
            outer = self.actor_at(noun.head, deep=True)
            if outer is not None and outer.code:
                return outer
        return actor

    def _hostile_label(self, h: Any, start: int, end: int) -> bool:
        words = HOSTILE_LABELS.get(self.home or "")
        if not words:
            return False
        return _lemma(h) in words or any(t.lower_.rstrip("s") in words and t.i < h.i
                                         for t in self.doc[start:end])

    def _np_range(self, h: Any) -> tuple[int, int]:
        start = h.i
        for c in h.lefts:
            if c.dep_ in ("punct", "cc", "preconj"):
                continue
            start = min(start, c.left_edge.i)
        end = h.i + 1
        for c in h.rights:
            if c.dep_ in ("compound", "flat", "nmod", "appos") or (
                    c.dep_ == "prep" and c.lower_ in ("of", "in", "from")):
                end = max(end, c.right_edge.i + 1)
            else:
                break
        return start, end

    def speakers(self) -> list[tuple[int, Actor]]:
        """Transcript turns: 'President of Russia Vladimir Putin: ...' -> (colon index, actor)."""
        if self._speakers is None:
            self._speakers = []
            for tok in self.doc:
                if tok.text != ":" or tok.i == 0:
                    continue
                prev = self.doc[tok.i - 1]
                m = self.match_at.get(prev.i)
                ent = self.ent_at.get(prev.i)
                if (m is not None and m.kind == "person") or (ent is not None and
                                                              ent.label_ == "PERSON"):
                    # the turn label runs back to the previous sentence end: a title and name
                    start = tok.i
                    while start > 0 and tok.i - start < 24 and \
                            self.doc[start - 1].text not in (".", "!", "?", "\"", "”", ")", ":"):
                        start -= 1
                    label = self.doc[start:tok.i]
                    if tok.i - start >= 24 or any(t.pos_ in ("VERB", "AUX") for t in label):
                        continue
                    actor = self.coder.actors.actor_of(self.doc, start, tok.i, self.matches,
                                                       self.published, head=prev.i)
                    if actor is None and ent is not None:
                        actor = Actor(text=ent.text, name=ent.text)
                    if actor is not None:
                        self._speakers.append((tok.i, actor))
        return self._speakers

    def _speaker_at(self, i: int) -> Actor | None:
        found = None
        for colon, actor in self.speakers():
            if colon < i:
                found = actor
            else:
                break
        return found

    def _pronoun(self, h: Any) -> Actor | None:
        """I/we -> the transcript speaker; he/she -> the nearest person named before;
        it/they/we in reported speech -> the reporter (see _coref)."""
        low = h.lower_
        if low in ("i", "we", "me", "us", "my", "our"):
            spk = self._speaker_at(h.i) or self._quoted_speaker(h)
            if spk is None and self.home:
                spk = Actor(text="", code=self.home, sector="GOV")  # the president's own text
            if spk is None:
                return None
            if low in ("we", "us", "our"):
                return Actor(text=h.text, code=spk.code, sector="GOV" if spk.sector in (
                    "GOV", None) else spk.sector)
            return Actor(text=h.text, name=spk.name, code=spk.code, sector=spk.sector)
        if low in ("they", "them", "their"):
            found = self._plural_antecedent(h)
            if found is not None or low != "their":
                return found
        if low in ("its", "their") and h.dep_ == "poss":
            return self._clause_subject(h)
        if low in ("he", "his", "him") and self.home in ADVERSARY:
            # "The enemy expected ..., so he seized the plant": the enemy in one person
            sent = self.sents[self.sent_index(h.i)]
            for t in self.doc[sent.start:h.i]:
                if t.dep_ == "nsubj" and _lemma(t) in HOSTILE_LABELS.get(self.home, ()):
                    return Actor(text=h.text, code=ADVERSARY[self.home], sector="MIL")
        if low in ("he", "she", "his", "her", "him"):
            s_idx = self.sent_index(h.i)
            for t in self.doc[self.sents[s_idx].start:h.i]:
                if t.lower_ == "according" and t.i + 1 < h.i and self.doc[t.i + 1].lower_ == "to":
                    # "According to Zelenskyy, during a conversation with Biden, he discussed"
                    for p in _children(self.doc[t.i + 1], "pobj") or _children(t, "pobj"):
                        if p.pos_ == "PRON":
                            continue  # "According to him": no name to take
                        found = self.actor_at(p)
                        if found is not None and found.code:
                            return Actor(text=h.text, name=found.name, code=found.code,
                                         sector=found.sector)
            for prev in (self.sents[s_idx].start, self.sents[s_idx - 1].start if s_idx else -1):
                if prev < 0:
                    continue
                root = self.sents[self.sent_index(prev)].root
                if prev == self.sents[s_idx].start and root.i >= h.i:
                    continue
                for subj in _children(root, "nsubj"):
                    m = self.match_at.get(subj.i)
                    titled = prev == self.sents[s_idx].start and _lemma(subj) in lx.OFFICIAL_TITLES
                    if (m is not None and m.kind == "person" or titled) and subj.i < h.i:
                        # "the Prime Minister of Portugal noted that his country ..."
                        found = self.actor_at(subj)
                        if found is not None and (found.code or not titled):
                            return Actor(text=h.text, name=found.name, code=found.code,
                                         sector=found.sector)
            for i in range(h.i - 1, max(-1, h.i - 120), -1):
                m = self.match_at.get(i)
                if m is not None and m.kind == "person":
                    return self.coder.actors.actor_of(self.doc, m.start, m.end, self.matches,
                                                      self.published, text=h.text)
                ent = self.ent_at.get(i)
                if ent is not None and ent.label_ == "PERSON" and i == ent.end - 1:
                    actor = self.actor_at(ent.root) if ent.root.pos_ != "PRON" else None
                    if actor is not None:
                        return Actor(text=h.text, name=actor.name or ent.text, code=actor.code,
                                     sector=actor.sector)
                    return Actor(text=h.text, name=ent.text)
        return None

    def _clause_agents(self, tok: Any) -> list[Actor]:
        """The active subject of the nearest clause above a noun."""
        verb = tok.head
        for _ in range(10):
            if verb.pos_ in ("VERB", "AUX"):
                subj, _, passive = self._subjects(verb)
                if subj and not passive:
                    return [a for s in subj for a in self.actors_of(s)]
            if verb.head.i == verb.i:
                break
            verb = verb.head
        return []

    def _clause_subject(self, h: Any) -> Actor | None:
        """"NATO ... building up its military capabilities": a possessive refers to the
        subject of its own clause."""
        verb = h.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        for subj in self._subjects(verb)[0]:
            if subj.pos_ != "PRON" and subj.i != h.i:
                actor = self.actor_at(subj)
                if actor is not None and actor.code and not actor.name:
                    return actor  # a state or body, not a person ("the President ... its")
        return None

    def _plural_antecedent(self, h: Any) -> Actor | None:
        """"they" -> the nearest coded group or state that was the subject of a clause
        before it, in this sentence or the two before ("The occupiers ... They started")."""
        s_idx = self.sent_index(h.i)
        lo = self.sents[max(0, s_idx - 2)].start
        for i in range(h.i - 1, lo - 1, -1):
            tok = self.doc[i]
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ == "PRON" or any(
                    c.lower_ in ("they", "them", "their") for c in tok.subtree):
                continue
            found = self.actor_at(tok)
            if found is not None and found.code and (
                    tok.tag_ in ("NNS", "NNPS") or found.code in state_codes()):
                return Actor(text=h.text, code=found.code, sector=found.sector)
        return None

    def _quoted_speaker(self, h: Any) -> Actor | None:
        """The named speaker of a quotation the pronoun stands in ("'We will ...', said the
        Deputy Prime Minister"; "Guterres said we ...")."""
        sent = self.sents[self.sent_index(h.i)]
        for tok in sent:
            if _lemma(tok) in lx.REPORTING and tok.dep_ in ("ROOT", "parataxis"):
                for subj in _children(tok, "nsubj"):
                    if subj.pos_ != "PRON":
                        found = self.actor_at(subj)
                        if found is not None and found.code:
                            return found
        return None

    def _pair_coref(self, text: str) -> Actor | None:
        # returns the first of the pair; the caller expands with _coref
        return Actor(text=text, name="__pair__")

    def _coref(self, sources: list[Actor | None], frame: Frame, s_idx: int,
               reporter_tok: Any) -> list[Actor | None]:
        out: list[Actor | None] = []
        for a in sources:
            if a is not None and a.name == "__pair__":
                unresolved = Actor(text=a.text, sector="GOV" if re.search(
                    r"leaders|presidents|heads|delegations|governments|ministers", a.text,
                    re.I) else None)
                # "the parties" of a call or meeting readout are its two leaders, not the
                # last two states the text named ("Telephone conversation with Macron")
                people = self._recent_people(s_idx) if re.search(
                    r"leaders|presidents|heads", a.text, re.I) or BILATERAL_TITLE.search(
                        self.article.title or "") else []
                people = self._title_pair() or people  # the call's two, not the last named
                if len(people) == 2:
                    out += [Actor(text=a.text, name=b.name, code=b.code, sector=b.sector)
                            for b in people]
                elif self.last_pair and s_idx - self.last_pair[0] <= 3 and \
                        len(self.last_pair[1]) >= 2:
                    out += [Actor(text=a.text, name=b.name, code=b.code, sector=b.sector)
                            for b in self.last_pair[1][:2]]
                else:
                    pair = self._recent_pair(s_idx) or self._recent_people(s_idx)
                    out += [Actor(text=a.text, name=b.name, code=b.code, sector=b.sector)
                            for b in pair] or [unresolved]
                continue
            out.append(a)
        if not [a for a in out if a is not None]:
            subj, _, passive = self._subjects(frame.pred)
            if subj and not passive and subj[0].pos_ == "PRON" and reporter_tok is not None:
                low = subj[0].lower_
                if low in ("it", "they", "we", "he", "she", "i"):
                    for r in _children(reporter_tok, "nsubj"):
                        found = self.actors_of(r)
                        if found:
                            return [Actor(text=subj[0].text, name=f.name, code=f.code,
                                          sector=f.sector) for f in found]
        return out

    def _fill_codes(self, sources: list[Actor], targets: list[Actor], claimant: Actor | None,
                    sent: Any, frame: Frame) -> None:
        """An actor without a country ("Judge X", "the elders") takes the one state the
        sentence names besides the other parties (the usual PLOVER reading)."""
        uncoded = [a for a in sources + targets + ([claimant] if claimant else [])
                   if a.code is None]
        if not uncoded:
            return
        names = {t.text for t in sent if t.pos_ == "PROPN"}
        missing = [a for a in uncoded if a.sector or a.name or _names_someone(a.text, names)]
        if not missing:
            return
        codes = self._sentence_codes(sent)
        if frame.etype in ("CONSULT", "COOPERATE", "SUPPORT", "AID") and \
                self.home in ADVERSARY:
            # "We discussed with Prime Minister Karins ... the crises that Russia organizes":
            # an unnamed partner in friendly dealings is not the outlet's enemy (deals on
            # corridors and truces are made with the enemy, though)
            codes = [c for c in codes if c != ADVERSARY[self.home or ""]]
        for a in missing:
            if a is claimant:
                others = {x.code for x in sources + targets if x.code}
            else:
                others = {x.code for x in sources + targets if x is not a and x.code and
                          (x.sector is None or x.sector == a.sector)}
            left = [c for c in codes if c not in others]
            if len(left) == 1:
                a.code = left[0]
            elif not codes and a.sector == "CVL" and self.home:
                # "more than a hundred civilians were evacuated": the speaker's people
                speaker = self._speaker_at(frame.trigger.i)
                a.code = speaker.code if speaker is not None and speaker.code in \
                    state_codes() else self.home
            elif len(left) > 1 and self._location_code(frame) in left:
                # "crowds blocked streets in Hong Kong", "the government of X declared a
                # state of siege in Haiti": the place decides between the states named
                a.code = self._location_code(frame)

    def _agentless(self, frame: Frame) -> bool:
        """An event reported without its actors: a passive ("rallies were held", "two
        corridors have been agreed") or an event noun with its own verb ("the investigation
        is underway"). Kept, with low confidence; imperatives and fragments are not."""
        pred = frame.pred
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in pred.children):
            return True
        return frame.kind == "noun" and pred != frame.trigger and frame.trigger.dep_ in (
            "nsubj", "nsubjpass")

    def _sentence_codes(self, sent: Any, kinds: tuple[str, ...] = (
            "state", "adj", "capital", "seat", "entity", "place")) -> list[str]:
        """The countries (and entities) a sentence names, in order."""
        codes: list[str] = []
        for m in self.matches:
            if m.start >= sent.end:
                break
            if m.start >= sent.start and m.kind in kinds \
                    and m.code and m.code not in codes and not _ethnic(self.doc, m):
                codes.append(m.code)
        return codes

    def _recent_people(self, s_idx: int) -> list[Actor]:
        """The two leaders last named (persons of different countries), for "the leaders"."""
        hi = self.sents[s_idx].start
        lo = self.sents[max(0, s_idx - 6)].start
        found: list[Actor] = []
        codes: set[str] = set()
        i = hi - 1
        while i >= lo and len(found) < 2:
            m = self.match_at.get(i)
            ent = self.ent_at.get(i)
            actor = None
            if m is not None and m.kind == "person":
                actor = self.coder.actors.actor_of(self.doc, m.start, m.end, self.matches,
                                                   self.published)
                i = m.start
            elif ent is not None and ent.label_ == "PERSON":
                actor = self.actor_at(self.doc[ent.end - 1])
                i = ent.start
            if actor is not None and actor.code and actor.code not in codes:
                codes.add(actor.code)
                found.append(actor)
            i -= 1
        found.reverse()
        # a release titled "Telephone conversation with President of Uzbekistan ..." names
        # the counterpart only in its title; the publisher's own leader is the other party
        for actor in self.title_actors() + ([Actor(text="", code=self.home, sector="GOV")]
                                            if self.home else []):
            if len(found) >= 2:
                break
            if actor.code and actor.code not in codes:
                codes.add(actor.code)
                found.append(actor)
        return found[:2]

    def _title_pair(self) -> list[Actor]:
        """The two sides of a "Telephone conversation with President of Turkey ..." release:
        the publishing state and the one its title names."""
        if not self.home or not BILATERAL_TITLE.search(self.article.title or ""):
            return []
        named = [a for a in self.title_actors() if a.code and a.code != self.home]
        if len({a.code for a in named}) != 1:
            return []
        return [Actor(text="", code=self.home, sector="GOV"), named[0]]

    def title_actors(self) -> list[Actor]:
        if self._title_actors is None:
            self._title_actors = []
            title = self.article.title or ""
            if title:
                tdoc = self.coder.nlp.make_doc(title)
                for m in self.coder.actors.matches(tdoc):
                    if m.kind in ("person", "state", "group", "entity"):
                        actor = self.coder.actors.actor_of(tdoc, m.start, m.end, [m],
                                                           self.published)
                        if actor is not None and actor.code:
                            if actor.sector is None:
                                actor.sector = "GOV"
                            self._title_actors.append(actor)
        return self._title_actors

    def _implied_parties(self, s_idx: int) -> list[Actor]:
        """The two parties an impersonal report of an agreement or talks is about: on an
        outlet with a home country, home and the state it last dealt with."""
        if self.last_pair and s_idx - self.last_pair[0] <= 3:
            pair = [a for a in self.last_pair[1] if a.code][:2]
        else:
            pair = self._recent_pair(s_idx) or self._recent_people(s_idx)
        if self.home and (self.home not in {a.code for a in pair} or len(pair) < 2):
            other = next((a.code for a in pair if a.code in state_codes() and
                          a.code != self.home), None) or self._counterpart(s_idx)
            pair = [Actor(text="", code=self.home, sector="GOV")] + (
                [Actor(text="", code=other, sector="GOV")] if other else [])
        if len({a.code for a in pair}) < 2:
            return []
        return [Actor(text="", name=a.name, code=a.code, sector=a.sector or "GOV") for a in pair]

    def _counterpart(self, s_idx: int) -> str | None:
        """The foreign state an article is about: named in its title, or else the one its
        text names most often up to this sentence."""
        for actor in self.title_actors():
            if actor.code in state_codes() and actor.code != self.home:
                return actor.code
        counts: dict[str, int] = {}
        end = self.sents[s_idx].end
        for m in self.matches:
            if m.start >= end:
                break
            if m.code in state_codes() and m.code != self.home and not _ethnic(self.doc, m):
                counts[m.code] = counts.get(m.code, 0) + 1
        return max(counts, key=lambda c: counts[c]) if counts else None

    def _recent_pair(self, s_idx: int) -> list[Actor]:
        lo = self.sents[max(0, s_idx - 3)].start
        hi = self.sents[s_idx].start
        found: list[Actor] = []
        codes: set[str] = set()
        for m in reversed(self.matches):
            if m.start >= hi or m.start < lo or m.kind in ("sector", "place", "capital"):
                continue
            actor = self.coder.actors.actor_of(self.doc, m.start, m.end, self.matches,
                                               self.published)
            if actor is None or not actor.code or actor.code in codes:
                continue
            codes.add(actor.code)
            found.append(actor)
            if len(found) == 2:
                break
        return list(reversed(found)) if len(found) == 2 else []

    # -- modality, claimant, negation ----------------------------------------------------------

    @staticmethod
    def _denied(tok: Any) -> bool:
        """Is an act told inside an allegation its speaker calls untrue ("the allegations
        about missile attacks on Kiev are untrue")?"""
        for claim in list(tok.ancestors)[:4]:
            if _lemma(claim) in lx.ALLEGATION_NOUNS and claim.dep_ == "nsubj" and \
                    _lemma(claim.head) == "be":
                said = [c for c in claim.head.children if c.dep_ in ("acomp", "attr")]
                return any(_lemma(w) in lx.DENIALS for c in said for w in _conjuncts(c))
        return False

    def _negated(self, frame: Frame) -> bool:
        if frame.trigger.pos_ in ("NOUN", "VERB") and frame.etype == "ASSAULT" and \
                self._denied(frame.trigger):
            return True
        toks = [frame.trigger, frame.pred]
        for t in toks:
            for c in t.children:
                if c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("advmod", "det"):
                    return True
                if c.dep_ in ("nsubj", "nsubjpass") and any(
                        d.lower_ in ("neither", "no") and d.dep_ in ("det", "preconj")
                        for d in c.children):
                    return True  # "Neither side has announced a truce"
            if any(_lemma(d) == "no" and d.dep_ == "det" for c in _children(t, "nsubjpass")
                   for d in c.children):
                return True  # "No other routes were agreed."
            if t.dep_ == "pobj" and t.head.lower_ == "without":
                return True
            if t.dep_ == "xcomp" and _lemma(t.head) in INTENT_VERBS and _lemma(
                    t.head) not in lx.GOVERNORS and _children(t.head, "neg"):
                return True  # "we are not going to call up reservists"
            first = t.head if t.dep_ == "conj" else t  # "refusal to provide ... and cooperate"
            if first.dep_ in ("acl", "xcomp") and _lemma(first.head) in (
                    "failure", "refusal", "inability", "unwillingness", "reluctance"):
                return True  # "the failure of the EU to impose an embargo"
        # "did not agree to ..." seen from the governed verb is handled by the governor
        return False

    def _modality(self, frame: Frame, sent: Any) -> tuple[str, Any, Any]:
        """(modality, reporting-verb token or None, 'according to' object or None)."""
        pred = frame.pred
        reporter = None
        future = False
        hypothetical = False
        cur = pred
        for _ in range(8):
            auxes = {c.lower_ for c in cur.children if c.dep_ in ("aux", "auxpass")}
            if auxes & lx.FUTURE_AUX:
                future = True
            if "going" in auxes or any(c.lower_ == "going" for c in cur.children):
                future = True
            if auxes & lx.HYPO_AUX and _lemma(cur) in lx.POLITE_VERBS:
                pass  # "I would like to thank": politeness
            elif auxes & lx.HYPO_AUX:
                if "would" in auxes and reporter is None:
                    hypothetical = True  # may turn into future under a past reporting verb
                elif auxes & {"could", "might", "may"}:
                    hypothetical = True
            if any(c.dep_ == "mark" and c.lower_ in lx.COND_MARKERS for c in cur.children):
                hypothetical = True
            head = cur.head
            if head == cur:
                break
            hl = _lemma(head)
            if cur.dep_ in ("xcomp",) and hl in lx.FUTURE_GOVERNORS and not (
                    hl == "set" and frame.kind == "noun"):
                future = True
            if cur.dep_ == "xcomp" and hl == "be" and any(c.lower_ == "to" for c in
                                                           cur.children):
                future = True
            if cur.dep_ in ("ccomp", "parataxis", "xcomp", "advcl") and hl in lx.REPORTING \
                    and head != frame.trigger:
                reporter = head
                break
            if cur == frame.trigger and frame.kind == "noun" and cur.dep_ == "dobj" and \
                    hl in lx.REPORTING:
                reporter = head
                break
            if cur.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and \
                    hl in lx.REPORTING_NOUNS and head.head.pos_ == "VERB":
                reporter = head.head  # "issued a reminder to Iraq that it must ..."
                break
            if cur.dep_ in ("advcl", "relcl"):
                break
            cur = head
        if reporter is None:
            for c in pred.children:
                if c.dep_ in ("parataxis", "advcl", "ccomp") and _lemma(c) in lx.REPORTING and \
                        c != frame.trigger and _children(c, "nsubj"):
                    reporter = c
                    break
        if reporter is None and pred.dep_ == "ROOT":
            for t in sent:
                if t.dep_ == "parataxis" and t.head == pred and _lemma(t) in lx.REPORTING:
                    reporter = t
        according = None
        for t in sent:
            if t.lower_ == "according" and t.i + 1 < len(self.doc) and \
                    self.doc[t.i + 1].lower_ == "to":
                objs = _children(self.doc[t.i + 1], "pobj") or _children(t, "pobj")
                if not objs:
                    for c in t.children:
                        objs += _children(c, "pobj")
                according = objs[0] if objs else None
        if hypothetical and reporter is not None and any(
                c.lower_ == "would" for c in pred.children):
            hypothetical = False
            future = True
        if hypothetical and not future:
            return "hypothetical", reporter, according
        if future:
            return "future", reporter, according
        if reporter is not None or according is not None:
            return "reported", reporter, according
        return "asserted", reporter, according

    def _claimant(self, reporter: Any, according: Any) -> Actor | None:
        if reporter is not None:
            for s in _children(reporter, "nsubj"):
                found = self.actors_of(s)
                if found:
                    return found[0]
            for agent in _children(reporter, "agent"):
                for p in _children(agent, "pobj"):
                    found = self.actors_of(p)
                    if found:
                        return found[0]
        if according is not None:
            found = self.actors_of(according)
            if found:
                return found[0]
        if reporter is not None and self.home and self._impersonal(reporter):
            # "It was noted that ..." in a Kremlin readout: the Russian side says so
            return Actor(text="", code=self.home, sector="GOV")
        return None

    @staticmethod
    def _impersonal(verb: Any) -> bool:
        """A passive with no agent, or with expletive "it": "it was stressed", "was noted"."""
        if _children(verb, "agent", "nsubj"):
            return False
        subj = _children(verb, "nsubjpass")
        return bool(_children(verb, "auxpass")) and (not subj or subj[0].lower_ == "it")

    def _implied_partner(self, frame: Frame, sources: list[Actor], sent: Any, s_idx: int,
                         etype: str, lemma: str) -> Actor | None:
        """The unnamed other party of "We agreed to expand cooperation" or "we are transiting
        our gas via Ukrainian territory": the one other state the sentence names, else, when
        "we" speaks for the outlet's side, the state the article is about."""
        codes = {a.code for a in sources if a.code}
        if len(codes) != 1 or self._negated(frame) or (
                etype != "COOPERATE" and lemma not in BILATERAL_LEMMAS):
            return None
        if frame.kind == "verb" and any(c.dep_ == "prep" and c.lower_ == "about"
                                        for c in frame.trigger.children):
            return None  # "we are talking about recognising ...": speech, not talks
        if any(c.dep_ == "prep" and c.lower_ in ("with", "between") and any(
                self._is_actorish(p) for p in _children(c, "pobj"))
               for c in frame.trigger.children):
            return None  # "agreed with the EU ..." whose partner the coder did not code
            # (not "With regard to the negotiations, we reached ...")
        own = next(iter(codes))
        # the enemy is a partner only in talks; "we discussed sanctions on Russia" is a topic
        # (agreements and deals are made with the enemy too: "we reached certain agreements in
        # Istanbul", "we are transiting our gas via Ukrainian territory")
        shut = {own} | ({ADVERSARY[own]} if own in ADVERSARY and lemma not in NEGOTIATE and
                        etype not in ("AGREE", "COOPERATE") else set())
        others = list(dict.fromkeys(c for c in self._sentence_codes(sent, kinds=("state", "adj"))
                                    if c not in shut and c in state_codes()))
        if etype == "CONSULT" and others:
            return None  # a state named in talks is usually their topic
        if len(others) == 1:
            return Actor(text="", code=others[0], sector="GOV")
        if others or not any(a.text.lower() in FIRST_PLURAL for a in sources):
            return None
        if own != self.home:
            return None
        titled = self.title_actors() if BILATERAL_TITLE.search(self.article.title or "") \
            else []
        partners = [a.code for a in titled + self._recent_people(s_idx)
                    if a.code in state_codes() and a.code not in shut]
        if not partners and etype == "AGREE" and own in ADVERSARY and any(
                _lemma(t) in lx.ROUND_NOUNS | lx.TALKS for t in sent):
            partners = [ADVERSARY[own]]  # "we agreed to continue working in the third round"
        return Actor(text="", code=partners[0], sector="GOV") if partners else None

    def _reciprocal_words(self, frame: Frame) -> bool:
        for t in (frame.pred, frame.trigger):
            for c in t.subtree:
                if c.lower_ in ("other", "another") and c.i > 0 and self.doc[c.i - 1].lower_ in (
                        "each", "one"):
                    return True
                if c.lower_ in ("mutual", "mutually") and c.head in (frame.trigger, frame.pred):
                    return True
        return False

    # -- dates, quantities, places, contexts ---------------------------------------------------

    def _date(self, frame: Frame, sent: Any, future: bool) -> tuple[date | None, str | None]:
        dates = [e for e in sent.ents if e.label_ == "DATE"]
        if not dates:
            return None, None
        sub = self._clause_tokens(frame.pred) | self._clause_tokens(frame.trigger)
        dates = [e for e in dates if e.root.i in sub]
        dates.sort(key=lambda e: abs(e.root.i - frame.pred.i))
        for ent in dates:
            resolved = resolve_date(ent.text, self.published, future)
            if resolved is not None and self._plausible(resolved, future):
                return resolved, ent.text
        return None, None

    def _plausible(self, day: date, future: bool) -> bool:
        """A past event cannot postdate its report, nor a forecast lie a decade ahead."""
        if self.published is None:
            return 1900 <= day.year <= date.today().year + 10
        if future:
            return day.year <= self.published.year + 10
        return day <= self.published + timedelta(days=1)

    @staticmethod
    def _clause_tokens(tok: Any) -> set[int]:
        """Token ids of a predicate's own clause: its subtree less relative/adverbial clauses
        and clausal complements (which carry their own events and dates)."""
        out: set[int] = set()
        stack = [tok]
        while stack:
            t = stack.pop()
            out.add(t.i)
            for c in t.children:
                if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "parataxis") and t != tok \
                        or c.dep_ in ("relcl", "ccomp", "parataxis"):
                    continue
                stack.append(c)
        return out

    def _old_year(self, sent: Any) -> bool:
        if not self.published:
            return False
        for e in sent.ents:
            if e.label_ == "DATE":
                y = year_of(e.text)
                if y is not None and y < self.published.year - 1:
                    return True
                if "ago" in e.text.lower() and "year" in e.text.lower():
                    return True
        return False

    def _quantities(self, sent: Any) -> list[Quantity]:
        out = []
        for ent in sent.ents:
            if ent.label_ in QUANT_ENTS:
                q = quantity_of(ent)
                if q is not None:
                    out.append(q)
        return out

    def _location_code(self, frame: Frame) -> str | None:
        """The country of the place where the event happened ("... in Almaty", "blocked
        streets in Hong Kong")."""
        for t in (frame.pred, frame.trigger, *_children(frame.pred, "dobj")):
            for prep in _children(t, "prep"):
                if prep.lower_ in ("in", "near", "at", "outside", "around", "inside"):
                    for p in _children(prep, "pobj"):
                        m = self.match_at.get(p.i)
                        if m is not None and m.code and m.kind in ("state", "place", "capital"):
                            return m.code
        return None

    def _location(self, frame: Frame) -> str | None:
        for t in (frame.pred, frame.trigger):
            for prep in _children(t, "prep"):
                if prep.lower_ in ("in", "near", "at", "outside", "around", "inside"):
                    for p in _children(prep, "pobj"):
                        ent = self.ent_at.get(p.i)
                        if ent is not None and ent.label_ in PLACE_ENTS:
                            return str(ent.text)
        if frame.etype in ("ASSAULT", "COERCE", "RETREAT"):
            for o in _children(frame.pred, "dobj", "nsubjpass"):
                m = self.match_at.get(o.i)
                if m is not None and m.kind in ("place", "capital"):
                    return str(self.doc[m.start:m.end].text)
                ent = self.ent_at.get(o.i)
                if ent is not None and ent.label_ in PLACE_ENTS:
                    return str(ent.text)
        return None

    def _context(self, sent: Any, etype: str, mode: str | None, extra: set[str]) -> list[str]:
        lemmas = {_lemma(t) for t in sent} | extra
        found = [name for name, words in lx.CONTEXT_WORDS.items() if lemmas & words]
        default = {"ASSAULT": "military", "MOBILIZE": "military", "CONSULT": "diplomatic",
                   "THREATEN": None, "SANCTION": "diplomatic", "COERCE": None}.get(etype)
        if mode in ("ceasefire", "withdraw", "disarm", "troops", "violence"):
            default = "military"
        if mode in ("arrest", "investigate", "allege", "convict"):
            default = "legal"
        if default and default not in found:
            found.insert(0, default)
        return found[:3]

    def _assault_mode(self, sent: Any, frame: Frame) -> str | None:
        lemmas = {_lemma(t) for t in sent}
        text = sent.text.lower()
        if "suicide" in lemmas:
            return "suicide-attack"
        if lemmas & {"drone", "uav", "kamikaze", "shahed"}:
            return "drone"
        if lemmas & {"chemical", "biological"} or "nuclear weapon" in text:
            return "unconventional"
        if lemmas & {"airstrike", "aircraft", "warplane", "jet", "helicopter", "bomber",
                     "aviation"} or "air strike" in text or "air raid" in text:
            return "aerial"
        if lemmas & {"shell", "shelling", "artillery", "tank", "missile", "rocket", "mortar",
                     "howitzer", "mlrs", "grad", "himars", "bombard", "bombardment", "invade",
                     "invasion", "launcher", "iskander", "kalibr"}:
            return "heavy-weapons"
        if lemmas & {"bomb", "bombing", "explosive", "mine", "landmine", "ied", "grenade",
                     "blast", "explosion", "detonate", "explode"}:
            return "explosives"
        if lemmas & {"shoot", "gun", "rifle", "sniper", "gunfire", "gunman", "bullet",
                     "pistol", "machine-gun"}:
            return "firearms"
        if lemmas & {"torture"}:
            return "torture"
        if lemmas & {"kidnap", "abduct", "hijack", "hostage"}:
            return "abduct"
        return None


def _ethnic(doc: Any, m: Match) -> bool:
    """'ethnic Albanians': an ethnicity, coded by where they live, not as a state."""
    return m.kind == "adj" and m.start > 0 and doc[m.start - 1].lower_ == "ethnic"


def head_verb_of_as(tok: Any) -> Any:
    """The verb of "use X as <tok>" (None when the noun is not in such an "as" phrase)."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "as" and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _names_someone(text: str, names: set[str]) -> bool:
    """"the military government of President Prosper Avril", "the reserves of the Bank of
    Russia": a proper name after the phrase's first word (not "Civilians" starting a
    sentence, not the adjective in "our European colleagues")."""
    return any(w in names for w in text.split()[1:])


def _drop_fragments(events: list[Event]) -> list[Event]:
    """Leave out the pieces of an event the sentence already tells whole: an event with no
    actor at all beside events that have some ("Talks ... will be held"), the killing
    or wounding with no coded target that follows the same side's attack on a coded one
    ("shelled Kharkiv, killing 7 people and wounding 24"), and an attack or aid by no one
    for those another one of the sentence has a source for."""
    def coded(actors: list[Actor]) -> frozenset[str]:
        return frozenset(a.code for a in actors if a.code)

    anyone = any(e.source or e.target for e in events)
    aimed = {(e.event_type, coded(e.source)) for e in events if coded(e.target)}
    done_by_someone = {(e.event_type, t) for e in events if coded(e.source)
                       for t in coded(e.target)}
    out = []
    for e in events:
        if anyone and not e.source and not e.target:
            continue
        if e.event_type in ("ASSAULT", "AID") and not coded(e.source) and coded(e.target) and \
                {(e.event_type, t) for t in coded(e.target)} <= done_by_someone:
            # "were killed in shelling by the army": the shelling is the attack; "the aid
            # provided by the ministry to evacuate Turkish nationals": one aid
            continue
        if e.event_type == "ASSAULT" and not coded(e.target) and coded(e.source) and \
                (e.event_type, coded(e.source)) in aimed and \
                (e.trigger or "").lower().startswith(("kill", "wound", "injur")):
            continue
        out.append(e)
    return out


def _given_to_thanker(events: list[Event]) -> list[Event]:
    """What someone is thanked for was given by the thanked to the thanker: "I am grateful
    to Italy for the defence assistance" -> AID ITA>UKR beside SUPPORT UKR>ITA."""
    thanks = [e for e in events if e.event_type == "SUPPORT" and e.source_codes and
              (e.trigger or "").lower().startswith(("grat", "thank"))]
    aid = [e for e in events if e.event_type in ("AID", "COOPERATE")]
    given = [e for e in aid if not e.target_codes]
    if len(thanks) != 1 or not aid:
        return events
    thanker, thanked = thanks[0].source, thanks[0].target
    if not thanks[0].target_codes:
        givers = {a.code for e in aid for a in e.source if a.code}
        if len(givers) != 1:
            return events
        thanked = [a for e in aid for a in e.source if a.code][:1]  # "for the aid provided by"
    out = []
    for e in events:
        if e is thanks[0] and not e.target_codes:
            e = replace(e, target=thanked)
        elif e in given:
            e = replace(e, source=e.source if e.source_codes else thanked, target=thanker)
        out.append(e)
    return out


IN_PERSON = (None, "visit")


def _fold_into_visits(events: list[Event]) -> list[Event]:
    """A meeting with someone the article says is visiting is that visit, told once from
    visitor to host ("I held talks with Justin Trudeau ... grateful to Justin for visiting
    our country"): the host-to-visitor half goes, the other half becomes the visit."""
    visits = {(s, t) for e in events if e.event_type == "CONSULT" and e.mode == "visit"
              and e.modality in ("asserted", "reported") and not e.negated
              for s in e.source_codes for t in e.target_codes}
    if not visits:
        return events
    out: list[Event] = []
    told: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()
    for e in events:
        pair = (tuple(e.source_codes), tuple(e.target_codes))
        if e.event_type == "CONSULT" and e.mode in IN_PERSON and len(pair[0]) == 1 == \
                len(pair[1]) and not e.negated:
            if (pair[1][0], pair[0][0]) in visits:
                continue
            if pair[0][0:1] + pair[1][0:1] in visits and e.mode is None:
                e = _enrich(replace(e, mode="visit"))
        key = (e.sentence, *pair)
        if e.event_type == "CONSULT" and e.mode == "visit":
            if key in told:
                continue
            told.add(key)
        out.append(e)
    return out


def _strip_det(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)


def _distinct(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    keys: set[tuple[str | None, str | None, str]] = set()
    for a in actors:
        if a is None:
            continue
        key = (a.code, a.name, a.text if not a.code and not a.name else "")
        if key in keys:
            continue
        keys.add(key)
        out.append(a)
    return out


def _enrich(event: Event) -> Event:
    try:
        from detente.ontology import enrich  # type: ignore[attr-defined]
    except ImportError:
        return event
    try:
        return enrich(event)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - enrichment is optional; never lose the event
        return event
