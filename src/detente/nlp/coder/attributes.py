"""What the clause around a frame tells of its event: negation, modality, the date,
quantities, the place, the context and the mode of an attack."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from detente.model import Quantity
from detente.nlp import lexicon as lx
from detente.nlp.coder.constants import INTENT_VERBS, PLACE_ENTS, PLACE_KINDS, WAR_GROUND
from detente.nlp.coder.state import ArticleState, Frame, _conjuncts
from detente.nlp.dates import resolve_date, year_of
from detente.nlp.tokens import children as _children
from detente.nlp.tokens import (
    comma_participle,
    first_conjunct,
    looks_forward,
    participle_clause,
    purpose_clause,
    said_necessary,
    to_infinitive,
)
from detente.nlp.tokens import lemma as _lemma

PLANNED = frozenset({"planned", "upcoming", "forthcoming", "scheduled", "expected"})
# verbs that make a meeting, their object, one still to be held ("arranging a meeting")
ARRANGING = frozenset({"arrange", "organise", "organize", "plan", "schedule", "prepare"})
# nouns of what one could do ("Russia's ability to seize ...")
ABILITIES = frozenset({"ability", "capability", "capacity", "potential"})
# the conditions a promised or foreseen act waits for ("would take effect after ...")
WAITED_FOR = frozenset({"after", "once", "until", "when", "before"})
# verbs whose "of"/"for" gerund is what one side claims the other did ("accused Moscow of
# violating the truce")
ACCUSING_VERBS = frozenset({"accuse", "blame", "suspect", "charge"})
# the marks of a clause told beside another, not its source ("…, while the RSF said …")
CONTRASTS = frozenset({"while", "whereas", "although", "though"})
# verbs that say what a thing amounts to ("consultations do not mean dialogue")
MEANING_VERBS = frozenset({"mean", "imply", "constitute", "amount"})
# the prepositions of the means by which a thing is done ("ended through negotiations")
MEANS_PREPS = frozenset({"with", "through", "by", "via"})


def _only_possible(noun: Any) -> bool:
    """"A potential attack", "possible sanctions" (not "all possible assistance")."""
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "det", "predet")}
    return bool(words & lx.POSSIBLE_ADJS) and not words & {"all", "every", "any", "each"}


def _any_at_all(noun: Any) -> bool:
    """"Ready to repel any violations" (not "today's strikes … and any other strikes", where
    the list's first item happened)."""
    return noun.dep_ != "conj" and any(c.dep_ == "det" and c.lower_ == "any"
                                       for c in noun.children)


# what a period runs to or a deadline is set by ("halt all activity until midnight on
# Sunday", "by Friday"): not the day the event is told of
PERIOD_ENDS = frozenset({"until", "till", "through", "by"})


def _ends_a_period(ent: Any) -> bool:
    doc = ent.doc
    k = ent.start - 1
    while k >= max(0, ent.start - 4) and (doc[k].lower_ in ("on", "at") or doc[k].ent_type_ in (
            "TIME", "DATE")):
        k -= 1  # "until midnight on Sunday"
    if k >= 0 and doc[k].lower_ in PERIOD_ENDS:
        return True
    cur = ent.root
    for _ in range(3):
        if cur.dep_ not in ("pobj", "prep", "npadvmod", "compound") or cur.head is cur:
            return False
        cur = cur.head
        if cur.dep_ == "prep" and cur.lower_ in PERIOD_ENDS:
            return True
    return False


# verbs of witnessing: an act "not seen" is not done ("we have not seen Israel join")
SEEING_VERBS = frozenset({"see", "witness", "notice", "observe", "hear"})
# attitudes to an act that tell it is not (yet) done ("not afraid to talk to Russia")
UNDECIDED_ADJS = frozenset({"afraid", "scared", "reluctant", "hesitant", "unwilling"})


# prepositions of where an act took place ("in Almaty", "near the town of X")
LOCATIVE_PREPS = frozenset({"in", "near", "at", "outside", "around", "inside"})


class AttributeReader(ArticleState):
    """Negation, modality, dates, quantities, places and contexts of frames."""

    # -- modality, negation --------------------------------------------------------------------

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
        if frame.presupposed and frame.kind == "verb":
            return False  # "did not allow people to leave" tells a restriction
        if _no_need_for(frame.pred):
            return True  # "there is no need to announce a general mobilization"
        if _denied_claim(frame.pred):
            return True  # "it cannot be stated that Russia is withdrawing its troops"
        toks = [frame.trigger, frame.pred]
        for t in toks:
            for c in t.children:
                if c.dep_ == "neg" and _scoped_on_frequency(t):
                    continue  # "we do not meet very often": we meet, now and then
                if c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("advmod", "det"):
                    return True
                if c.dep_ in ("nsubj", "nsubjpass") and (any(
                        d.lower_ in ("neither", "no") and d.dep_ in ("det", "preconj")
                        for d in c.children) or c.lower_ in ("nobody", "none") or _not_all(c)):
                    return True  # "Neither side has announced a truce", "not all EU
                    # countries agree", "nobody supported it"
            if any(_lemma(d) == "no" and d.dep_ == "det" for c in _children(t, "nsubjpass")
                   for d in c.children):
                return True  # "No other routes were agreed."
            if t.dep_ == "pobj" and t.head.lower_ == "without":
                return True
            if t.dep_ == "xcomp" and _lemma(t.head) in INTENT_VERBS and _lemma(
                    t.head) not in lx.GOVERNORS and _children(t.head, "neg"):
                return True  # "we are not going to call up reservists"
            if t.dep_ == "dobj" and _lemma(t.head) in MEANING_VERBS and _children(t.head, "neg"):
                return True  # "consultations do not mean direct dialogue between Donbass and
                # Kiev": no dialogue
            if t.dep_ == "ccomp" and _lemma(t.head) in SEEING_VERBS and _children(t.head, "neg"):
                return True  # "we have not yet seen Israel join the sanctions regime"
            first = t.head if t.dep_ == "conj" else t  # "refusal to provide ... and cooperate"
            if first.dep_ in ("acl", "xcomp") and _lemma(first.head) in (
                    "failure", "refusal", "inability", "unwillingness", "reluctance"):
                return True  # "the failure of the EU to impose an embargo"
            if first.dep_ == "acl" and _lemma(first.head) in ("attempt", "effort", "bid") and \
                    first.head.dep_ == "nsubj" and _lemma(first.head.head) in ("fail", "collapse"):
                return True  # "a second attempt to evacuate civilians failed"
        # "did not agree to ..." seen from the governed verb is handled by the governor
        return False

    def _modality(self, frame: Frame, sent: Any) -> tuple[str, Any, Any]:
        """(modality, reporting-verb token or None, 'according to' object or None)."""
        pred = frame.pred
        reporter = None
        future = False
        hypothetical = False
        unplanned = False  # a condition ("if ...") or a call ("it is necessary to ..."), even
        # of the future
        of_today = any(t.lower_ in ("today", "now") for t in sent)
        cur = pred
        own_tense = False
        for _ in range(8):
            if looks_forward(cur):
                future = True  # "look forward to continuing our cooperation": intended
            auxes = {c.lower_ for c in cur.children if c.dep_ in ("aux", "auxpass")} if \
                not own_tense else set()
            if auxes & lx.FUTURE_AUX:
                future = True
            if "going" in auxes or any(c.lower_ == "going" for c in cur.children):
                future = True
            if auxes & lx.HYPO_AUX and _lemma(cur) in lx.POLITE_VERBS:
                pass  # "I would like to thank": politeness
            elif auxes & lx.HYPO_AUX:
                if "would" in auxes and reporter is None:
                    hypothetical = True  # may turn into future under a past reporting verb
                elif auxes & {"could", "might", "may"} or "can" in auxes and (
                        frame.etype in ("ASSAULT", "COERCE") or
                        frame.etype == "SANCTION" and frame.kind != "noun" or
                        frame.etype == "AID" and cur.dep_ == "relcl" or
                        frame.etype == "CONSULT" and frame.kind == "verb" and cur is pred and
                        not any(c.dep_ == "neg" for c in cur.children) and
                        not of_today or
                        frame.kind == "noun" and _lemma(cur) in lx.NOUN_SUBJECT_VERBS and
                        frame.trigger.dep_ == "nsubj" and frame.trigger.head == cur):
                    # an attack or a cut-off one "can" make is a capability, no act
                    # ("Lukashenko can cut off our deliveries"), talks one "can" hold a
                    # possibility ("we can discuss with Russia the future of Crimea and
                    # Donbas", but "we cannot negotiate with them" refuses); talks that "can
                    # begin" are a
                    # way open ("the dialogue can begin with the release of detainees")
                    hypothetical = True
            if auxes & (lx.HYPO_AUX | {"must"}) and frame.kind == "noun" and _means_of(
                    frame.trigger, cur):
                hypothetical = True  # "the war can be finished with direct negotiations":
                # the means of an end still to come, not talks held
            if cur.dep_ == "advcl" and _the_comparative(cur):
                hypothetical = True  # "the sooner we liberate our land, the sooner …": a
                # condition
            if cur.dep_ == "csubj" and any(c.lower_ == "wherever" for c in cur.children):
                hypothetical = True  # "wherever we attack is our land": any place, no attack
                # (but "wherever the enemy kills our people, our forces are there" tells it)
            if any(c.dep_ == "mark" and c.lower_ in lx.COND_MARKERS for c in cur.children):
                hypothetical = unplanned = True
            if _so_that(cur) or any(c.dep_ == "advmod" and c.lower_ == "sooner" and any(
                    x.lower_ == "later" for x in c.children) for c in cur.children):
                hypothetical = True  # "so that sooner or later we start talking to Russia": a
                # purpose or a someday, no talks held
            if cur is pred and _yet_to_come(cur):
                hypothetical = True  # "no negotiations until Russia withdraws its troops"
            if cur is pred and frame.etype == "CONSULT" and said_necessary(cur):
                hypothetical = unplanned = True  # "if Russia has any questions to Ukraine, it
                # is necessary to meet and talk": talks called for, none held or set
            if cur is pred and cur.dep_ == "acl" and _lemma(cur.head) in ABILITIES:
                hypothetical = True  # "Russia's ability to seize all neighboring European
                # countries": what could be done
            if cur is pred and frame.etype in ("ASSAULT", "COERCE") and _imperative(cur):
                hypothetical = True  # "Sabotage the orders of the occupiers.": urged, not done
            if frame.kind == "noun" and cur is frame.trigger and cur.dep_ == "pobj" and \
                    cur.head.lower_ == "of" and cur.head.head.lower_ in ("favor", "favour"):
                hypothetical = True  # "I am in favor of a faster meeting with Russia": wished
            if frame.kind == "noun" and cur is frame.trigger and cur.dep_ == "pobj" and \
                    cur.head.lower_ in ("until", "till"):
                hypothetical = True  # "sanctions should last until the complete withdrawal
                # of Russian troops": a withdrawal waited for
            head = cur.head
            if head == cur:
                break
            hl = _lemma(head)
            if frame.kind == "noun" and cur is frame.trigger and cur.dep_ == "dobj" and \
                    hl in WANTED_TALKS_VERBS and frame.etype == "CONSULT":
                hypothetical = True  # "They want contacts between the Office of the President
                # and the administration of the President of Russia": wished, none held
            if hl == "let" and head.tag_ == "VB" and any(
                    c.dep_ == "nsubj" and c.lower_ in ("'s", "us", "’s") for c in cur.children) \
                    and not of_today:
                hypothetical = True  # "Let's have a dialogue with Russia": proposed, not held
                # (a chair's "Let us discuss these issues today" opens the talk it names)
            if cur.dep_ in ("xcomp",) and hl in lx.FUTURE_GOVERNORS and not (
                    hl == "set" and frame.kind == "noun"):
                future = True
            if cur.dep_ == "xcomp" and hl in lx.READY_ADJ and frame.etype in (
                    "ASSAULT", "COERCE") and cur is pred:
                hypothetical = True  # "our forces are ready to resist Russian aggression":
                # a readiness, no fight yet
            if cur.dep_ == "xcomp" and hl in UNDECIDED_ADJS:
                hypothetical = True  # "we are not afraid to talk to Russia": no talks held
            if cur.dep_ == "prep" and cur.lower_ == "in" and hl == "interested":
                future = True  # "we were interested in formats of talks": intended
            if cur is pred and cur.dep_ in ("relcl", "acl") and to_infinitive(cur) and \
                    head.dep_ == "dobj" and _lemma(head.head) in ("need", "want", "request"):
                hypothetical = True  # "we need weapons to destroy armored vehicles": the use
                # of what is asked for
            if cur is pred and cur.dep_ == "advcl" and to_infinitive(cur) and \
                    _wanted_of_an_object(head):
                hypothetical = True  # "we want those who seized power in Kiev to stop
                # hostilities" (the infinitive parsed into the relative clause): asked of them
            if cur.dep_ == "advcl" and to_infinitive(cur) and head.dep_ == "xcomp" and \
                    to_infinitive(head) and _lemma(head.head) in lx.READY_ADJ:
                hypothetical = True  # "ready to send a delegation to Minsk to hold talks"
            if cur.dep_ == "xcomp" and hl in lx.PURPOSE_PASSIVES and _children(head, "auxpass"):
                future = True  # "the truce is meant to allow the sides to exchange prisoners"
            if cur.dep_ == "xcomp" and hl in ("want", "wish") and _lemma(cur) not in \
                    lx.THANKS | lx.REPORTING | {"congratulate", "welcome", "express", "wish",
                                            "greet", "praise", "commend"}:
                future = True  # "they want to destroy Donbas" (not "I want to thank you")
            if cur.dep_ == "xcomp" and hl == "be" and any(c.lower_ == "to" for c in
                                                           cur.children):
                future = True
            if cur.dep_ == "xcomp" and hl == "go" and head.tag_ == "VBG" and any(
                    c.dep_ == "aux" and _lemma(c) == "be" for c in head.children):
                future = True  # "they are going to discuss trade"
            if cur.dep_ == "xcomp" and hl in ("need", "have") and head.tag_ != "VBD" and any(
                    c.lower_ == "to" for c in cur.children) and any(
                    s.lower_ in ("we", "i") for s in _children(head, "nsubj")):
                future = True  # "we need to give up Russian oil": what we mean to do (not
                # "we had to airlift peacekeepers", done)
            if cur.dep_ in ("ccomp", "parataxis", "xcomp", "advcl") and hl in lx.REPORTING \
                    and head != frame.trigger:
                reporter = head
                break
            if cur.dep_ == "pcomp" and head.lower_ in ("of", "for") and \
                    _lemma(head.head) in ACCUSING_VERBS:
                reporter = head.head  # "accused Moscow of violating the truce": Kyiv's claim
                break
            if cur == frame.trigger and frame.kind == "noun" and _arranged(cur):
                future = True  # "had begun arranging a meeting between Putin and Zelenskiy"
            if cur == frame.trigger and frame.kind == "noun" and cur.dep_ == "dobj" and \
                    hl in lx.REPORTING:
                reporter = head
                break
            if cur.dep_ in ("acl", "ccomp") and _called_false(head) or cur.dep_ == "prep" and \
                    cur.lower_ in ("about", "on") and _called_false(head, INSINCERE_ADJS):
                hypothetical = True  # "how absurd the statements that the shelling is
                # carried out by Ukraine sound": a claim the teller rejects
                break
            if cur.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and \
                    hl in lx.REPORTING_NOUNS and head.head.pos_ == "VERB":
                reporter = head.head  # "issued a reminder to Iraq that it must ..."
                break
            if cur.dep_ == "advcl" and _waited_for(cur):
                hypothetical = True  # "the deal would only take effect after sanctions were
                # lifted": a condition still to be met
            if cur is pred and to_infinitive(cur) and any(
                    c.lower_ in ("how", "whether") and c.i < cur.i for c in cur.children):
                hypothetical = True  # "talking to Boris on how to lift the Russian blockade of
                # our ports": a topic, nothing lifted
            if cur is pred and frame.etype == "RETREAT" and frame.mode in (
                    "return", "withdraw") and _aim_of_a_retreat(cur):
                hypothetical = True  # "ready for direct talks ... to establish peace and return
                # the temporarily occupied territories": a return sought, none made (corridors
                # opened "to ensure the safe departure" of ships are told as opened: the gold)
            if head.pos_ in ("VERB", "AUX") and purpose_clause(cur):
                if not _children(cur, "nsubj"):
                    hypothetical = True  # "sending saboteurs to seize the plant": meant
                    cur = head
                    continue
                if cur == frame.trigger:  # "will do everything for Russia to unblock the
                    hypothetical = True  # ports": sought, not promised (not the shelling of
                    break  # "for Russia to stop the shelling", which goes on)
            if comma_participle(cur) and head.pos_ in ("VERB", "AUX"):
                cur = head  # "said Ukraine had violated the truce, attacking Russian
                continue  # positions": the participle is said too
            if cur.dep_ == "advcl" or cur.dep_ == "relcl" and not (
                    to_infinitive(cur) and not _children(cur, "nsubj")):
                break  # (but "could be used as a tool to meet with Putin": the infinitive on
                # a noun has no tense of its own)
            if cur == frame.trigger and participle_clause(cur):
                own_tense = True  # "the agreements reached in March will be observed": done
            if cur.dep_ == "ccomp" and _tensed(cur):
                own_tense = True  # "I will remind you that we have already discussed it"
            cur = head
        if reporter is None:
            for c in pred.children:
                if c.dep_ in ("parataxis", "advcl", "ccomp") and _lemma(c) in lx.REPORTING and \
                        c != frame.trigger and _children(c, "nsubj") and not any(
                        m.lower_ in CONTRASTS for m in _children(c, "mark")):
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
        if frame.kind == "noun" and (_purpose_of_a_means(frame.trigger) or
                                     frame.etype == "CONSULT" and (_passed_up(frame.trigger) or
                                                                   _sabotaged(frame.trigger))):
            hypothetical = True  # "a serious tool for talks with the Russian Federation"
        if frame.kind == "noun" and (_only_possible(frame.trigger) or _any_at_all(frame.trigger)):
            hypothetical = True  # "repelling a potential attack", "ready to repel any
            # violations": it may never come
        if frame.kind == "noun" and any(c.lower_ in PLANNED for c in frame.trigger.children
                                        if c.dep_ in ("amod", "compound")):
            future = True  # "on the eve of the planned talks between Biden and Putin"
        if frame.kind == "noun" and _lemma(frame.trigger) in lx.OFFERS and any(
                c.dep_ == "poss" for c in frame.trigger.children):
            hypothetical = future = False  # "would study Zelenskiy's proposal": made already
        if hypothetical and (not future or unplanned):
            # ("if we want to reach final agreements": a condition, not a plan)
            return "hypothetical", reporter, according
        if future:
            return "future", reporter, according
        if reporter is not None or according is not None:
            return "reported", reporter, according
        return "asserted", reporter, according

    def _reciprocal_words(self, frame: Frame) -> bool:
        if frame.trigger != frame.pred and _lemma(frame.pred) == "exchange":
            return True  # "the presidents exchanged greetings", "exchanged accusations"
        if frame.etype == "RETREAT" and any(
                c.lower_ == "in" and any(_lemma(x) == "exchange" for x in _children(c, "pobj"))
                for c in _children(frame.pred, "prep")):
            return True  # "handed over 52 prisoners in exchange for 50 defenders": a swap
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
        dates = [e for e in dates if e.root.i in sub and not _ends_a_period(e) and
                 not _dates_a_gathering_referred_to(e, frame)]
        dates.sort(key=lambda e: abs(e.root.i - frame.pred.i))
        for ent in dates:
            if _starts_then(ent) and not future and frame.etype in DEAL_TYPES:
                continue  # "a truce starting on Saturday": the truce's day, not the deal's
            resolved = resolve_date(ent.text, self.published, future)
            if resolved is not None and self._plausible(resolved, future):
                return resolved, ent.text
        return None, None

    def listed_dates(self, sent: Any, first: str, future: bool) -> list[tuple[date, str]]:
        """The dates listed with the one an event is dated by ("reached on November 9, 2020,
        January 11 and November 26, 2021"): each resolved, a bare day taking the year of the
        next one that names it; just the first when it stands alone."""
        ents = [e for e in sent.ents if e.label_ == "DATE"]
        start = next((k for k, e in enumerate(ents) if e.text == first), None)
        if start is None:
            return []
        run = [ents[start]]
        for ent in ents[start + 1:]:
            between = sent.doc[run[-1].end:ent.start]
            if len(between) > 3 or any(t.lower_ not in DATE_LINKS for t in between):
                break
            run.append(ent)
        out: list[tuple[date, str]] = []
        for k, ent in enumerate(run):
            text = ent.text
            if not YEAR_RE.search(text) and (later := next(
                    (y.group(0) for e in run[k + 1:] if (y := YEAR_RE.search(e.text))), None)):
                text = f"{text}, {later}"
            resolved = resolve_date(text, self.published, future)
            if resolved is not None and self._plausible(resolved, future):
                out.append((resolved, ent.text))
        return out

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
        """Does the sentence date something well before the article (read once a sentence:
        every frame of it asks)?"""
        if sent.start not in self._old_years:
            self._old_years[sent.start] = self._dates_old(sent)
        return self._old_years[sent.start]

    def _dates_old(self, sent: Any) -> bool:
        if not self.published:
            return False
        for e in sent.ents:
            if e.label_ == "DATE":
                y = year_of(e.text)
                if y is not None and y < self.published.year - 1:
                    return True
                if "ago" in e.text.lower() and "year" in e.text.lower():
                    return True
                if (day := resolve_date(e.text, self.published, False)) and \
                        day < self.published - timedelta(days=180):
                    return True  # "the official visit ... to Austria in September 2020"
        return False

    def _quantities(self, sent: Any) -> list[Quantity]:
        return [q for _, q in self.counts_of(sent)]

    def _place_of(self, tok: Any) -> str | None:
        """The country of a state, place or capital the token names."""
        m = self.match_at.get(tok.i)
        return m.code if m is not None and m.code and m.kind in PLACE_KINDS else None

    def _location_code(self, frame: Frame) -> str | None:
        """The country of the place where the event happened ("... in Almaty", "blocked
        streets in Hong Kong")."""
        return self._located_at(frame.pred, frame.trigger, *_children(frame.pred, "dobj"))

    def _located_at(self, *heads: Any) -> str | None:
        """The country of the place one of ``heads`` is in, near or at ("in Kherson", "in the
        town of Kherson")."""
        for t in heads:
            for prep in _children(t, "prep"):
                if prep.lower_ in LOCATIVE_PREPS:
                    for p in _children(prep, "pobj"):
                        for q in [p, *(q for c in _children(p, "prep") if c.lower_ == "of"
                                       for q in _children(c, "pobj"))]:
                            if code := self._place_of(q):
                                return code
        return None

    def place_named_at(self, heads: Iterable[Any],
                       preps: frozenset[str] = LOCATIVE_PREPS) -> str | None:
        """The place entity a locative phrase on one of ``heads`` names ("in Geneva")."""
        for t in heads:
            for prep in _children(t, "prep"):
                if prep.lower_ in preps:
                    for p in _children(prep, "pobj"):
                        ent = self.ent_at.get(p.i)
                        if ent is not None and ent.label_ in PLACE_ENTS:
                            return str(ent.text)
        return None

    def _reached_place_code(self, frame: Frame) -> str | None:
        """The country of the place aid is sent to, brought to or people are taken from
        ("45 buses were sent to Mariupol", "the evacuation of people from Mariupol")."""
        heads = [frame.pred, frame.trigger, *_children(frame.pred, "dobj", "nsubjpass"),
                 *_children(frame.trigger, "dobj")]
        heads += [p for h in list(heads) for prep in _children(h, "prep") if prep.lower_ == "of"
                  for p in _children(prep, "pobj")]
        return next((code for t in heads for prep in _children(t, "prep", "dative")
                     if prep.lower_ in ("to", "into", "from") for p in _children(prep, "pobj")
                     if (code := self._place_of(p))), None)

    def _location(self, frame: Frame) -> str | None:
        if (place := self.place_named_at((frame.pred, frame.trigger))) is not None:
            return place
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

    def _call_readout(self) -> bool:
        return bool(re.search(r"\b(?:telephone|phone|video ?conference|videoconference)\b",
                              self.article.title or "", re.I))

    def _weapon_modes(self, frame: Frame) -> list[str]:
        """The modes of an attack told with weapons of more than one kind ("Russian missiles
        and air bombs hit our country", "bombing and shelling of our cities"): the gold
        codes one event for each; one mode or none gives []."""
        pred, trig = frame.pred, frame.trigger
        first = first_conjunct(trig)  # "bombing and shelling": the list from its first item
        heads = [first, *_children(pred, "nsubj", "nsubjpass")]
        heads += [p for t in (pred, trig) for c in _children(t, "prep")
                  if c.lower_ in ("by", "with", "from", "against") for p in _children(c, "pobj")]
        if _lemma(pred) in ("use", "launch", "fire", "drop", "deploy"):
            heads += _children(pred, "dobj")
        modes: list[str] = []
        # (verbs joined to the trigger are attacks of their own: "shelled X and bombed Y")
        for tok in {t.i: t for h in heads for t in _conjuncts(h)
                    if t.pos_ not in ("VERB", "AUX") or t.i == trig.i}.values():
            mode = WEAPON_MODES.get(_lemma(tok))
            if _lemma(tok) in MODIFIED_ATTACKS:
                mode = next((WEAPON_MODES.get(_lemma(c), "aerial" if c.lower_ == "air" else None)
                             for c in tok.children if c.dep_ in ("compound", "amod")), None)
            if mode == "aerial" and _lemma(tok) == "bomb" and any(
                    c.lower_ in PLANTED_BOMBS for c in tok.children):
                mode = "explosives"
            if mode is not None and mode not in modes:
                modes.append(mode)
        return modes if len(modes) > 1 else []

    def _assault_mode(self, sent: Any, frame: Frame) -> str | None:
        """The weapon an attack is made with, read in its own clause first ("shelled Kharkiv
        and bombed Mariupol": two attacks, two weapons), else in its sentence."""
        own = _own_clause(frame.pred)
        return self._weapon_mode(_weapon_lemmas(own), " ".join(t.lower_ for t in own)) or \
            self._weapon_mode(_weapon_lemmas(sent), sent.text.lower())

    def _weapon_mode(self, lemmas: set[str], text: str) -> str | None:
        if "suicide" in lemmas:
            return "suicide-attack"
        if lemmas & {"drone", "uav", "kamikaze", "shahed"}:
            return "drone"
        if re.search(r"\b(?:chemical|biological|nuclear) (?:weapon|attack|munition|agent|strike)",
                     text):
            return "unconventional"  # not "chemical production" near the strikes
        if lemmas & {"airstrike", "aircraft", "warplane", "jet", "helicopter", "bomber",
                     "aviation"} or re.search(r"\bair (?:strike|raid|bomb)", text) or (
                         lemmas & {"bomb", "bombing"} and not lemmas & GROUND_BOMBS):
            return "aerial"  # "Russia is bombing our cities" (not "a roadside bomb")
        if lemmas & {"shell", "shelling", "artillery", "tank", "missile", "rocket", "mortar",
                     "howitzer", "mlrs", "grad", "himars", "bombard", "bombardment",
                     "launcher", "iskander", "kalibr"} or lemmas & {"invade", "invasion"} and \
                self.home not in WAR_GROUND:
            # an invasion is fought with heavy weapons (PLOVER), but told by a side at war it
            # is the war itself, with no weapon named (the project's gold: 31 of 33)
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


def _weapon_lemmas(tokens: Any) -> set[str]:
    """The lemmas an attack's weapon is read from; a power plant plants no bomb."""
    return {_lemma(t) for t in tokens if not (t.pos_ == "NOUN" and _lemma(t) == "plant")}


def _own_clause(pred: Any) -> list[Any]:
    """The words of a predicate's clause, without the predicates joined to it."""
    others = {t.i for c in pred.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
              for t in c.subtree}
    return [t for t in pred.subtree if t.i not in others]


# what a conjoined list of weapons is fired from, one mode each ("missiles and air bombs")
WEAPON_MODES = {**{w: "aerial" for w in ("airstrike", "aircraft", "warplane", "jet", "helicopter",
                                          "bomber", "aviation", "bomb", "bombing")},
                **{w: "heavy-weapons" for w in ("shell", "shelling", "artillery", "tank",
                                                "missile", "rocket", "mortar", "howitzer",
                                                "mlrs", "launcher", "bombardment")}}
MODIFIED_ATTACKS = frozenset({"strike", "attack", "raid", "fire"})  # "air strikes"

# bombs set off on the ground, not dropped from the air ("a roadside bombing", "a bomb attack")
PLANTED_BOMBS = frozenset({"roadside", "car", "plant", "improvised", "explode", "detonate",
                           "suicide", "attack", "terrorist", "terror", "device"})
GROUND_BOMBS = PLANTED_BOMBS | {"rocket", "missile"}  # "rocket bombing" is artillery


def _denied_claim(pred: Any) -> bool:
    """Is the clause what "cannot be said" or "is not true" ("it cannot be stated that the
    Russian Federation is fully withdrawing its troops")?"""
    head = pred.head
    if pred.dep_ != "ccomp" or head.i == pred.i or not _children(head, "neg"):
        return False
    return bool(_children(head, "auxpass")) and _lemma(head) in (
        "say", "state", "claim", "confirm", "argue") or _lemma(head) == "be" and any(
            _lemma(c) in ("true", "case") for c in _children(head, "acomp", "attr"))


WANTED_TALKS_VERBS = frozenset({"want", "wish"})


def _no_need_for(tok: Any) -> bool:
    """Is ``tok`` what there is "no need", "no reason" or "no plan" to do?"""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("dobj", "xcomp", "acl", "relcl") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if _lemma(cur) in ("need", "reason", "plan", "intention", "necessity") and (any(
                c.dep_ == "det" and c.lower_ == "no" for c in cur.children) or
                cur.dep_ == "attr" and _children(cur.head, "neg")):
            return True  # "there is no plan to", "it is not our plan to occupy"
    return False


# what a thing is for ("a tool for talks", "the basis for negotiations"): those talks are
# what it may serve, not talks held
MEANS_NOUNS = frozenset({"tool", "instrument", "basis", "platform", "argument", "foundation",
                         "precondition", "prerequisite", "condition", "chance", "opportunity",
                         "ground", "room", "lever", "leverage"})


# nouns through which a talk refers to another gathering ("in the context of the summit")
REFERRING_NOUNS = frozenset({"context", "result", "outcome", "implementation", "follow",
                             "preparation", "light"})


def _dates_a_gathering_referred_to(ent: Any, frame: Frame) -> bool:
    """Is the date the one of another gathering the act refers to, told just before it
    ("were touched upon in the context of the Russian-Indian summit in New Delhi in December
    2021": the summit's date, whatever the parse hangs it on)?"""
    doc = ent.doc
    before = doc[max(frame.pred.i, frame.trigger.i) + 1:ent.start]
    nouns = [t for t in before if t.pos_ == "NOUN"]
    return any(_lemma(t) in REFERRING_NOUNS for t in nouns) and any(
        _lemma(t) in lx.GATHERINGS | {"meeting", "talks", "visit", "negotiation"} for t in nouns) \
        and not any(t.pos_ in ("VERB", "AUX") for t in before)


# words that call a statement false
INSINCERE_ADJS = frozenset({"ritual", "hollow", "empty"})  # ("ritual statements": not meant)
FALSITY_ADJS = frozenset({"absurd", "false", "groundless", "baseless", "unfounded",
                          "ridiculous", "fake", "untrue", "mendacious", "preposterous"}) | \
    INSINCERE_ADJS
CLAIM_NOUNS = frozenset({"statement", "claim", "allegation", "accusation", "assertion",
                         "story", "report", "rumour", "rumor", "insinuation"})


def _called_false(noun: Any, words: frozenset[str] = FALSITY_ADJS) -> bool:
    """Is the noun a statement the sentence calls false ("absurd statements", "the claims
    that ... are groundless"), or, with ``INSINCERE_ADJS``, not meant ("ritual statements
    about their willingness"; "allegations about attacks" called untrue deny the attacks)?"""
    if _lemma(noun) not in CLAIM_NOUNS:
        return False
    near = [*noun.children, *(noun.head.children if noun.dep_ in ("nsubj", "attr") else ())]
    return any(c.dep_ in ("amod", "acomp") and c.lower_ in words for c in near)


def _aim_of_a_retreat(verb: Any) -> bool:
    """Is the verb a to-infinitive of purpose with no subject, or joined to one ("to establish
    peace and return the territories")?"""
    first = verb.head if verb.dep_ == "conj" else verb
    return first.dep_ == "advcl" and to_infinitive(first) and not _children(first, "nsubj")


def _so_that(verb: Any) -> bool:
    """Is the clause one of purpose, "so that ..." ("so that we start talking")?"""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"]
    return bool(marks) and any(c.lower_ == "so" and c.i == marks[0].i - 1 for c in verb.children)


def _wanted_of_an_object(verb: Any) -> bool:
    """Is the verb in a relative clause on the object of "want"/"demand" ("want those who
    seized and continue to hold power ...")?"""
    while verb.dep_ in ("xcomp", "conj") and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and \
        _lemma(verb.head.head) in ("want", "demand", "expect", "require")


def _purpose_of_a_means(noun: Any) -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and \
        _lemma(noun.head.head) in MEANS_NOUNS


# verbs of a chance let pass: the talks they hang on were not held
PASSED_UP_VERBS = lx.NEGLECT_VERBS | frozenset({"miss", "squander", "waste"})


def _passed_up(noun: Any) -> bool:
    """Is ``noun`` a means or purpose of a chance let pass ("disregarding all opportunities
    for a peaceful restoration ... via direct dialogue", "missed the chance for talks")?"""
    cur = noun
    for _ in range(4):
        if cur.dep_ != "pobj" or cur.head.lower_ not in ("via", "through", "for", "of"):
            return False
        cur = cur.head.head
        if cur.pos_ in ("VERB", "AUX"):
            return _lemma(cur) in PASSED_UP_VERBS
        if _lemma(cur) in ("opportunity", "chance", "possibility") and cur.dep_ == "dobj":
            return _lemma(cur.head) in PASSED_UP_VERBS
    return False


# verbs of talks kept from going on: "Kiev was sabotaging the talks between Russia and Ukraine"
SABOTAGING = frozenset({"sabotage", "torpedo", "derail", "disrupt", "undermine", "wreck",
                        "stall", "freeze", "obstruct"})


def _sabotaged(noun: Any) -> bool:
    return noun.dep_ in ("dobj", "nsubjpass") and _lemma(noun.head) in SABOTAGING


def _the_comparative(verb: Any) -> bool:
    """``verb`` opens with "the" and a comparative ("the sooner we liberate …")."""
    return any(c.tag_ in ("RBR", "JJR") and c.i < verb.i and c.i > 0
               and c.doc[c.i - 1].lower_ == "the" for c in verb.children)


def _means_of(noun: Any, verb: Any) -> bool:
    """``noun`` is the means of ``verb``: "can be finished with negotiations"."""
    return noun.dep_ == "pobj" and noun.head.lower_ in MEANS_PREPS and noun.head.head == verb


def _tensed(verb: Any) -> bool:
    """Does a clause carry its own tense ("that we have discussed", "that they agreed")?"""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        for c in verb.children)


def _not_all(subject: Any) -> bool:
    """Is a subject "not all X", "not every X" (a denial of the act by the group)?"""
    quantifier = subject if subject.lower_ in ("all", "every", "everyone", "everybody") else \
        next((d for d in subject.children if d.lower_ in ("all", "every") and
              d.dep_ in ("det", "predet")), None)
    return quantifier is not None and quantifier.i > 0 and \
        subject.doc[quantifier.i - 1].lower_ == "not"


YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# words between the dates of one list: "on November 9, 2020, and on January 11"
DATE_LINKS = frozenset({",", "and", "on", "as", "well", "also"})


def _scoped_on_frequency(verb: Any) -> bool:
    """Does a "not" deny only how often the act is done ("do not meet very often"), not the
    act?"""
    return any(c.dep_ == "advmod" and c.lower_ in ("often", "frequently")
               for c in verb.children)


# subordinators that, with a verb in the present tense, tell of what is still to come
LATER_MARKERS = frozenset({"until", "till", "once", "before", "after"})


def _imperative(verb: Any) -> bool:
    """A bare verb that opens its sentence with no subject: "Sabotage the orders ..."."""
    first = next((t for t in verb.sent if not t.is_punct), None)
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and verb == first and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in verb.children)


def _yet_to_come(verb: Any) -> bool:
    """"until Russia withdraws its troops", "once sanctions are lifted": a time still ahead."""
    present = verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    return present and any(c.dep_ == "mark" and c.lower_ in LATER_MARKERS for c in verb.children)


def _arranged(noun: Any) -> bool:
    """A meeting being arranged or planned, not held: the object of an arranging verb that
    is not done ("is arranging", "to organise"), or planned at all ("no meeting was planned")."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or _lemma(verb) not in ARRANGING:
        return False
    return noun.dep_ == "nsubjpass" or verb.tag_ in ("VBG", "VB") or _lemma(verb) in (
        "plan", "schedule")


def _waited_for(clause: Any) -> bool:
    """Is a clause the condition a promised or foreseen act waits for ("will sign after the
    sanctions are lifted", reported "would take effect once they were lifted"; not "will
    resume after Russia stopped the shelling", done)?"""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    soon = "as" in marks and clause.head.lower_ == "soon"  # "would return as soon as …"
    if not (marks & WAITED_FOR or soon):
        return False
    head = clause.head.head if soon else clause.head
    auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
    if auxes & {"would", "could", "might"}:
        return True  # (told in the past: "were lifted" is the tense of the report)
    told_past = clause.tag_ == "VBD" or any(c.tag_ == "VBD" for c in clause.children
                                             if c.dep_ in ("aux", "auxpass"))
    return bool(auxes & lx.FUTURE_AUX) and not told_past


STARTING = frozenset({"start", "starting", "begin", "beginning", "effective", "from"})
# the events that agree to something which starts later (not the act that starts: "starting
# from November 19, the delegation is holding meetings")
DEAL_TYPES = frozenset({"AGREE", "CONCEDE", "SUPPORT"})


def _starts_then(ent: Any) -> bool:
    """"a truce starting on Saturday": the day something agreed starts."""
    before = [t for t in ent.doc[max(0, ent.start - 3):ent.start] if t.lower_ != "on"]
    return bool(before) and before[-1].lower_ in STARTING - {"from"} or (
        len(before) >= 2 and before[-1].lower_ == "from" and before[-2].lower_ in STARTING)

