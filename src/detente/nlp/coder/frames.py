"""Finding frames: which event type, mode and predicate a trigger word carries in its
sentence, and folding frames under the governing frames above them."""

from __future__ import annotations

import re
from typing import Any

from detente.model import Actor
from detente.nlp import lexicon as lx
from detente.nlp.coder.arguments import ArgumentReader
from detente.nlp.coder.constants import (
    ADVERSARY,
    HOSTILE_LABELS,
    JOINT,
    NAMED_OPERATIONS,
    PASS_DEPS,
    PLURAL_COREF,
    SOFT_ASSAULT,
    STOP_DEPS,
    TOPIC_VERBS,
    WANT_VERBS,
    WON_VERBS,
)
from detente.nlp.coder.predicates import (
    FramePredicates,
    _backgrounded,
    _hoped_help,
    _in_doubt,
    _still_to_come,
    approved_clause,
    gathering_joined,
    opening_of,
    removed_from_a_body,
)
from detente.nlp.coder.state import Frame, _conjuncts
from detente.nlp.tokens import (
    by_object_above,
    clause_subjects,
    first_conjunct,
    has_aux,
    judged_important,
    looks_forward,
    participle_clause,
    purpose_clause,
    said_necessary,
    to_infinitive,
)
from detente.nlp.tokens import children as _children
from detente.nlp.tokens import lemma as _lemma
from detente.nlp.verdicts import is_label, is_to_blame

# verbs under which halting attacks is a truce agreed or offered, not an attack told
HALT_AGREED = frozenset({"agree", "propose", "offer", "promise", "pledge", "commit", "consent",
                         "decide", "accept"})
EXPLOITING_VERBS = frozenset({"use", "exploit", "abuse", "misuse"})
# who discuss things in public, holding no talks
COMMENTATORS = lx.PRESS | frozenset({"propagandist", "commentator", "expert", "analyst",
                                     "blogger", "pundit", "observer"})
# who puts someone "under fire" only in words ("came under fire from critics")
CRITICS = frozenset({"critic", "journalist", "media", "press", "opposition", "public",
                     "commentator", "expert"})


def _agreement_on_a_truce(trigger: Any) -> bool:
    """"an agreement on a ceasefire was reached", "agreed on a truce", "accepted the proposal
    for a ceasefire": what was agreed is a truce."""
    objects = [o for o in trigger.children if o.dep_ in ("dobj", "nsubjpass")]
    offered = any(_lemma(o) in lx.TABLED for o in objects)  # (the parse may hang "for" on
    # the verb: "accepted the US proposal for an immediate ceasefire")
    return any(_lemma(p) in lx.TRUCES for h in [trigger, *objects] for c in _children(h, "prep")
               if c.lower_ in ("on", "about", "regarding") or c.lower_ == "for" and (
                   _lemma(h) in lx.TABLED or h is trigger and offered)
               for p in _children(c, "pobj"))


SECURING_VERBS = frozenset({"secure", "obtain", "win", "achieve"})


def _np_lemmas(tok: Any) -> set[str]:
    """Lemmas of a noun phrase's head, its conjuncts and their compound/amod/of-modifiers."""
    out: set[str] = set()
    for head in _conjuncts(tok):
        out.add(_lemma(head))
        out.add(head.lower_)
        if _lemma(head) == "regime" and any(_lemma(c) == "silence" for c in head.subtree):
            out.add("ceasefire")  # "the silence regime", "regime of silence"
        if _lemma(head) in lx.HALT_NOUNS and any(
                _lemma(p) in lx.ATTACKS for c in _children(head, "prep")
                if c.lower_ in ("of", "on") for p in _children(c, "pobj")):
            out.add("ceasefire")  # "a 30-day halt of strikes on energy infrastructure"
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


def head_verb_of_as(tok: Any) -> Any:
    """The verb of "use X as <tok>" (None when the noun is not in such an "as" phrase)."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "as" and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _told_as_an_aim(tok: Any) -> bool:
    """Is the verb what "the goal/task is to" do?"""
    head = tok.head
    return tok.dep_ == "xcomp" and _lemma(head) == "be" and any(
        _lemma(s) in AIMS for s in _children(head, "nsubj"))


AIMS = frozenset({"goal", "task", "aim", "mission", "objective", "purpose"})
# what one is "ready to" do that offers no one anything
FLIGHT_VERBS = frozenset({"flee", "escape", "die", "emigrate"})


class FrameFinder(FramePredicates, ArgumentReader):
    """The frames of a sentence's triggers."""

    def frame_of(self, tok: Any) -> Frame | None:
        frame = self._frame_of(tok)
        if frame is not None and frame.etype != "CONSULT" and (
                any(_topic_asked_how(t) for t in {frame.trigger, frame.pred})
                or _topic_verb(frame.trigger)):
            return None  # "discussed how to unblock Ukrainian ports", "the issue of
            # unblocking the ports", "negotiations to unblock our ports": a topic, not an act
        if frame is not None and _told_as_an_aim(frame.trigger):
            return None  # "the directorate, whose task is to return Ukrainian citizens
            # home": what someone is there to do, not an act
        if frame is not None and frame.etype == "CONSULT" and _with_the_press(frame):
            return None  # "a conversation with media representatives", "told reporters"
        if frame is not None and frame.etype == "AGREE" and frame.mode is None and \
                _agreement_on_a_truce(frame.trigger):
            frame.mode = "ceasefire"  # "reached an agreement on a ceasefire"
        return frame

    def _frame_of(self, tok: Any) -> Frame | None:
        lemma = _lemma(tok)
        pos = tok.pos_
        if tok.i >= 2 and self.doc[tok.i - 1].text == "-" and \
                self.doc[tok.i - 2].lower_ == "de" and not self.doc[tok.i - 2].whitespace_:
            return None  # "we de-occupied this region" undoes the occupation
        if lemma in ("must", "should") or tok.lower_ in ("must", "should"):
            if tok.dep_ == "aux" and tok.head.pos_ in ("VERB", "AUX"):
                # "should order them to lay down arms": the order's content is what is asked
                # (an order given, "I order the Minister to put forces on alert", is done)
                return Frame(tok.head, tok.head, "REQUEST", None, "must",
                             governs=_asks_a_request(tok.head))
            return None
        if (asked := self._asked_in_same_breath(tok, lemma)) is not None:
            return asked
        if tok.lower_ == "besieged" and tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
            # "the besieged Mariupol", "the Russian-besieged city": a siege going on
            return Frame(tok, tok, "COERCE", "restrict", "noun", presupposed=True)
        if _important_for_other(tok) and self._verb_frame(tok, lemma) is not None and any(
                a.code for s in _children(tok, "nsubj") for a in self.actors_of(s)):
            return Frame(tok, tok, "REQUEST", None, "must")  # "important for Russia to stop"
        if said_necessary(tok) and (inner := self._verb_frame(tok, lemma)) is not None and \
                inner.etype == "SANCTION":
            # "it is necessary to block the financial flows that Russia uses": pressure asked
            # for, of whoever can apply it
            return Frame(tok, tok, "REQUEST", "change", "must")
        if (needed := _needed_of_other(tok)) is not None and self._frame_of(needed) and any(
                a.code for s in _children(tok, "nsubj") for a in self.actors_of(s)):
            return Frame(needed, tok, "REQUEST", None, "must")  # "Russia needs to withdraw"
        if lemma in ("recognize", "recognise", "recognition") and any(
                is_label(p) for t in [tok, *_children(tok, "dobj")] for c in _children(t, "prep")
                if c.lower_ == "as" for p in _children(c, "pobj")):
            return None  # "recognise Russia as a sponsor of terrorism": a verdict (verdicts)
        if tok.lower_ in lx.PLEASED_ADJ and approved_clause(tok) is not None:
            # "It is gratifying that you ...": the speaker's approval of the clause's subject
            return Frame(tok, tok.head if tok.dep_ in ("acomp", "attr") else tok, "SUPPORT", None,
                         "adj")
        if tok.lower_ == "frozen" and tok.dep_ == "amod" and _lemma(tok.head) in FROZEN_GOODS:
            # "the data on frozen Russian funds": assets frozen, a sanction in force
            return Frame(tok, tok, "SANCTION", None, "verb", presupposed=True)
        if pos == "VERB" or (pos == "AUX" and lemma in ("have",)):
            if tok.dep_ in ("amod", "compound", "nmod", "prep"):
                # a participle used as an adjective ("long-threatened invasion") or as a
                # preposition ("important given the build-up of NATO military capacity")
                return None
            if tok.dep_ == "acl" and _children(tok, "neg"):
                return None  # "a route not agreed upon" describes the route, it is no event
            if _nominal_gerund(tok):
                return self._noun_frame(tok, tok.lower_)  # "Shelling of kindergartens took
                # place", "Missile shelling of the Lviv region": the parser's VERB is a noun
            return self._verb_frame(tok, lemma)
        if pos in ("NOUN", "PROPN"):
            if lemma not in lx.NOUNS and tok.lower_.rstrip("s") in lx.NOUNS:
                lemma = tok.lower_.rstrip("s")
            if tok.i >= 2 and self.doc[tok.i - 1].text == "-" and not self.doc[
                    tok.i - 2].whitespace_ and f"{self.doc[tok.i - 2].lower_}-{lemma}" in lx.NOUNS:
                lemma = f"{self.doc[tok.i - 2].lower_}-{lemma}"  # "build-up", parsed "build - up"
            return self._noun_frame(tok, lemma)
        if pos == "ADJ" and lemma == "worthy" and tok.dep_ == "acomp" and not _children(
                tok.head, "neg") and any(_lemma(p) in lx.DESERVED for c in _children(tok, "prep")
                                         if c.lower_ == "of" for p in _children(c, "pobj")):
            # "your striving ... is worthy of respect": praise, as "deserves respect"
            return Frame(tok, tok.head, "SUPPORT", None, "adj", victim=True)
        if pos == "ADJ" and lemma in lx.REFUSING_VERDICTS and (judged := judged_terms(tok)):
            # "the proposal was unacceptable", "called the Ukrainian demands unrealistic":
            # terms turned down (the gold's REJECT), not a charge
            return Frame(tok, tok.head, "REJECT", lx.request_mode(None, {
                w for j in judged for w in _np_lemmas(j)}), "adj")
        if pos == "ADJ" and lemma in lx.GRATEFUL_ADJ and tok.dep_ in ("acomp", "ROOT", "oprd"):
            head = tok.head if tok.dep_ != "ROOT" else tok
            return Frame(tok, head, "SUPPORT", None, "adj")  # "I am grateful to Italy for"
        if pos == "ADJ" and lemma in lx.READY_ADJ and (_children(tok, "xcomp") or any(
                c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "to" and lemma in (
                    "committed", "open")) for c in tok.children)):
            head = tok.head if tok.dep_ in ("acomp", "amod", "oprd") else tok
            if self._ready_to_fight(tok, head):
                # "the Armed Forces of Ukraine are ready for a possible escalation": a force on
                # alert, no offer
                return Frame(tok, head, "MOBILIZE", "troops", "adj")
            if any(_lemma(x) in FLIGHT_VERBS for x in _children(tok, "xcomp")):
                return None  # "people there are ready to flee the area": no offer to anyone
            braced = [lx.noun_type(_lemma(p)) for c in _children(tok, "prep")
                      if c.lower_ == "for" for p in _children(c, "pobj")]
            if braced and not _children(tok, "xcomp") and set(braced) <= {
                    "ASSAULT", "COERCE", "THREATEN"}:
                return None  # "we have been ready for this attack": braced for it, no offer
            return Frame(tok, head, "AGREE", None, "adj", governs=True)
        return None

    def _asked_in_same_breath(self, tok: Any, lemma: str) -> Frame | None:
        """A verb joined to one a "must" or "should" asks for, with no subject or auxiliary
        of its own, is asked for too ("the G7 should impose an embargo, as well as help
        Ukraine close its budget deficit"): one request each, as the gold counts them."""
        if not asked_in_same_breath(tok):
            return None
        inner = self._verb_frame(tok, lemma)
        if inner is None and lemma not in ("help", "assist"):
            return None  # ("help Ukraine close its budget deficit": assistance asked)
        etype = inner.etype if inner is not None else "AID"
        return Frame(tok, tok, "REQUEST", lx.request_mode(etype, _np_lemmas(tok)), "must",
                     governs=_asks_a_request(tok))

    @staticmethod
    def _deemed_targets(tok: Any) -> bool:
        """Does the verb deem its object a military target ("as potential carriers of
        military cargo", "legitimate targets")?"""
        said = [w for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp") or
                c.dep_ == "prep" and c.lower_ == "as" for w in c.subtree]
        said += [w for o in _children(tok, "dobj") for c in o.children
                 if c.dep_ == "prep" and c.lower_ == "as" for w in c.subtree]
        lemmas = {_lemma(w) for w in said}
        return bool(lemmas & {"target", "cargo", "carrier", "combatant"}) and bool(
            lemmas & {"military", "legitimate", "potential", "hostile"})

    def _verb_frame(self, tok: Any, lemma: str) -> Frame | None:
        if lemma in TOPIC_VERBS and any(_lemma(sj) in COMMENTATORS
                                        for sj in _children(tok, "nsubj")):
            return None  # "Russian state propagandists openly discuss Russia's ability to
            # seize all neighboring European countries": talk about it, no talks
        if lemma in ("press", "push") and not _children(tok, "dobj", "xcomp", "ccomp") and any(
                c.lower_ in ("towards", "toward") or c.lower_ == "in" and any(
                    _lemma(p) == "direction" for p in _children(c, "pobj"))
                for c in _children(tok, "prep")):
            return Frame(tok, tok, "ASSAULT", None, "verb")  # "they are also pressing in the
            # direction of Lysychansk, Bakhmut": an advance, no demand
        if lemma in ("strike", "hit") and any(_lemma(o) in STRUCK_NOT_ATTACKED
                                              for o in _children(tok, "dobj")):
            return None  # "The President and the First Lady struck the Bell of Dignity"
        if _ordered_to_stop(tok.head) and tok.tag_ == "VBG" and tok.dep_ == "xcomp" and \
                _attack_verb(lemma):
            return None  # "ordered his fighters to stop firing at government troops": the
            # firing halts, no attack is told
        if _ordered_to_stop(tok) and any(x.tag_ == "VBG" and _attack_verb(_lemma(x))
                                         for x in _children(tok, "xcomp")):
            return Frame(tok, tok, "RETREAT", "ceasefire", "verb")  # (the halt ordered)
        if lemma in ("ask", "invite") and any(_lemma(x) in FLOOR_VERBS
                                              for x in _children(tok, "xcomp")):
            return None  # "I would like to ask Maxim Oreshkin to report": the floor given
        if _what_a_deal_did(tok):
            return None  # "the grain deal, which has allowed Ukraine to export grain": the
            # deal described, no act of its own
        if lemma in lx.DEEMING_VERBS and self._deemed_targets(tok):
            # "would regard all ships heading to Ukrainian ports as carriers of military
            # cargo", "will consider the convoys legitimate targets": a threat to strike them
            return Frame(tok, tok, "THREATEN", "violence", "verb")
        if lemma in ("coordinate", "align", "synchronize", "synchronise") and tok.tag_ == "VBN" \
                and tok.dep_ in ("advcl", "acl") and not _children(
                    tok, "nsubj", "nsubjpass", "aux", "auxpass"):
            return None  # "would provide guarantees for Ukraine, coordinated with the United
            # States": how the guarantees are given, no act of its own
        if lemma == "support" and self._purpose_of_a_thing(tok):
            return None  # "measures to support the people", "a program to support them": what
            # the measures are for, not support given
        if tok.lower_ == "promising" and not _children(tok, "aux", "xcomp", "ccomp", "dative"):
            return None  # "to support promising IT solutions": an adjective, no pledge
        if tok.lower_ == "pressing" and any(_lemma(o) in PRESSING_MATTERS
                                            for o in _children(tok, "dobj")):
            return None  # "advance on pressing issues": an adjective the parse took for a verb
        if _children(tok, "neg") and any(
                _lemma(p) in ("fight", "battle", "resistance") for c in _children(tok, "prep")
                if c.lower_ == "without" for p in _children(c, "pobj")):
            return None  # "do not release the invaders without a fight": a boast of resisting
        if tok.dep_ in ("xcomp", "advcl") and _lemma(tok.head) in lx.MASSING_VERBS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and (
                lx.VERBS.get(lemma, ("",))[0] == "ASSAULT") and not (
                _lemma(tok.head) == "prepare" and not _children(tok.head, "dobj")):
            # "trying to gather forces to attack Kharkiv": a purpose (not "they are preparing
            # to bomb Odesa": the attack to come)
            return None
        if lx.VERBS.get(lemma, ("",))[0] == "ASSAULT" and _by_a_mishap(tok):
            return None  # "an accident at the mine killed miners": no one attacked
        prts = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        objs = self._objects(tok)
        obj_lemmas: set[str] = set()
        for o in objs:
            obj_lemmas |= _np_lemmas(o)
        if lemma == "provide" and "guarantee" in obj_lemmas and not any(
                self._is_actor_head(sj) for sj in _children(tok, "nsubj")):
            return None  # "a treaty that would provide security guarantees", "the issue of
            # providing Russia with guarantees": terms, no one pledging them
        if lemma in ("help", "contribute") and any(
                _lemma(sj) in lx.MEASURES_TAKEN and not self._is_actor_head(sj)
                for sj in _children(tok, "nsubj")):
            return None  # "the formation of the High Council of Justice will help restore
            # trust": what a measure does, no one's act
        if lemma in ("occupy", "take", "hold") and any(
                _lemma(o) in NOT_SEIZED and (lemma == "occupy" or o.tag_ == "NN")
                for o in objs + _children(tok, "nsubjpass")) or lemma == "occupy" and any(
                    _lemma(o) in SHARES for o in _children(tok, "dobj")):
            # "is occupying solid positions in the market", "48,000 beds are occupied", "has
            # taken an advanced position in the green transformation": a standing, no seizure
            return None
        if lemma in ("seize", "capture", "grab") and any(
                _lemma(o) in CHANCES for o in objs + _children(tok, "nsubjpass")):
            return None  # "let us seize this opportunity": a chance taken, nothing seized
        if lemma == "use" and objs and not any(
                _lemma(o) in lx.WEAPONS | lx.FORCE_MEANS | USED_ARMS for o in objs):
            return None  # "a Nuclear Science Centre which would be used to research": no arms
        if lemma == "use" and any(_lemma(o) in lx.CEASEFIRES for o in _children(tok, "dobj")):
            return None  # "used the pause in hostilities to replenish their forces": abused
        if lemma == "execute" and obj_lemmas & EXECUTED_PAPERS:
            return None  # "court rulings are executed", "executing the federal budget"
        if lemma in ("hold", "keep") and tok.dep_ == "acl" and tok.tag_ == "VBN" and \
                _lemma(tok.head) in lx.POWS:
            return None  # "Ukrainian prisoners held by Russia": who holds them, no arrest
            # (civilians and hostages "held by" an army are taken, as the gold codes them)
        if lemma in ("defend", "hold") and any(o.lower_ == "positions" and not _children(
                o, "prep") for o in objs):
            return None  # "we defend our positions": the front line held, no stance backed
        if lemma in lx.STOPPING_VERBS and objs and _lemma(objs[0]) == "war":
            return None  # "ending the war (and more assistance)": peace sought, no truce
        if lemma in ("put", "place") and any(
                _lemma(p) in ("operation", "service", "effect", "practice")
                for c in _children(tok, "prep") if c.lower_ == "into"
                for p in _children(c, "pobj")):
            return None  # "put new units into operation": power units, no troops
        if lemma == "resume" and "work" in obj_lemmas and any(
                _np_lemmas(sj) & MISSIONS for sj in _children(tok, "nsubj")):
            return Frame(tok, tok, "SUPPORT", None, "verb")  # "the EU Delegation resumed its work"
        offered = [p for o in _children(tok, "dobj") for p in [o, *(
            p for c in _children(o, "prep") if c.lower_ == "of" and _lemma(o) in lx.CARRIER_NOUNS
            for p in _children(c, "pobj"))]]  # "my warmest words of gratitude"
        if lemma in ("offer", "extend") and {_lemma(o) for o in offered} & {
                "condolence", "congratulation", "greeting", "sympathy", "gratitude", "thanks"}:
            return None  # "offer my condolences": the condolences carry a SUPPORT, no offer
        if lemma == "give" and any(_lemma(o) == "credit" and not any(
                c.dep_ in ("det", "nummod", "amod", "compound") for c in o.children)
                for o in _children(tok, "dobj")):
            return Frame(tok, tok, "SUPPORT", None, "verb")  # "give credit to the veterans":
            # praise, no loan
        if lemma == "greet" and _children(tok, "auxpass"):
            return None  # "they were greeted by a community": a welcome, no greeting sent
        if lemma in lx.TELLING_VERBS and _over_remote(tok, (*REMOTE_PREPS, "on")):
            return Frame(tok, tok, "CONSULT", "phone", "verb")  # "told you over the phone"
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
            if self._subject_is_a_thing(tok):
                return None  # "security guarantees that rule out NATO's expansion": their terms
            return Frame(tok, tok, "REJECT", None, "verb", governs=True)
        if lemma in lx.STREET_VERBS and any(
                c.dep_ in ("prep", "prt") and c.lower_ in ("to", "on", "into", "onto", "out") and
                c.i > tok.i and any(_lemma(p) in ("street", "square") for p in c.subtree)
                for c in tok.children):
            # "took to the streets" (not "On our streets ... a battle took place")
            return Frame(tok, tok, "PROTEST", "demo", "verb")
        if lemma in ("do", "make"):
            return self._commitment(tok, lemma)
        if tok.dep_ == "xcomp" and _lemma(tok.head) in WANT_VERBS and _children(tok, "auxpass"):
            return None  # "200,000 people want to be evacuated": a wish, nobody acts
        if lemma == "invite" and any((_lemma(x) not in lx.INVITED_TO and not any(
                _lemma(o) in ("part", "visit") for o in x.children)) or _joins_work(x)
                for x in _children(tok, "xcomp")):
            # "invited Finland to take a region under its patronage", "invited Poland to take
            # part in the reconstruction": asked to act, not invited to come (nor "to pay a
            # visit")
            return Frame(tok, tok, "REQUEST", "assist", "governor", governs=True)
        if lemma in lx.HELP_VERBS and self._thanked_for(tok) is not None and (
                lemma not in ("accept", "receive", "host") or
                obj_lemmas & (lx.CIVILIANS | lx.CARED_FOR)):  # not "for accepting my invitation"
            return Frame(tok, tok, "AID", None, "verb")  # "thanked Poland for sheltering"
        if lemma in lx.DELIBERATING_VERBS and {w for o in _children(tok, "dobj", "nsubjpass")
                                               for w in (_lemma(o), _lemma(_of_object(o)))} & \
                lx.DELIBERATED and not _children(tok, "oprd", "xcomp", "ccomp") and not any(
                    c.lower_ == "as" or c.lower_ == "during" and any(
                        _children(p, "poss", "prep") for p in _children(c, "pobj"))
                    for c in _children(tok, "prep")):
            # "the leaders considered ways to expand cooperation", "issues were reviewed
            # during the conversation": talks (not "he is considered a talented man", "issues
            # considered as a package"; "during our talks, we considered": the talks')
            return Frame(tok, tok, "CONSULT", None, "verb")
        if lemma == "hope" and (tok.tag_ == "VBG" and tok.dep_ == "advcl" or
                                tok.tag_ == "VBD" and tok.dep_ != "ccomp"):
            return None  # "launched a war, hoping that ...", "then hoped that": a motive or a
            # past hope told, no one asked (but "he said he hoped that")
        if lemma == "hope" and _hoped_help(tok) is not None:
            return Frame(tok, tok, "REQUEST", "assist", "verb")  # "hopes for further aid"
        if lemma == "hope" and _children(tok, "ccomp"):
            # "expressed hope that the agreements will be observed", "we hope that X will"
            return Frame(tok, tok, "REQUEST", None, "governor", governs=True) \
                if self._hoped_of_someone(_children(tok, "ccomp")) else None
        if lemma == "ask" and _asks_a_question(tok):
            return None  # "I asked him what it was all about": a question, nothing asked for
        if lemma == "call" and (any(_lemma(o) == "other" for o in _children(tok, "dobj", "oprd"))
                                or _over_remote(tok, (*REMOTE_PREPS, "on"))):
            return Frame(tok, tok, "CONSULT", "phone", "verb")  # "called each other"
        if lemma == "meet" and any(c.lower_ == "halfway" for c in _children(tok, "advmod")):
            return Frame(tok, tok, "CONCEDE", None, "verb")  # "met our partners halfway"
        if lemma == "meet" and any(_lemma(o) in lx.MET_STANDARDS
                                   for o in _children(tok, "dobj", "nsubjpass")):
            return None  # "met this challenge", "met all the requirements": no talks
        if lemma == "back" and "down" in prts:
            return Frame(tok, tok, "CONCEDE", None, "verb")
        if lemma == "lay" and "down" in prts and obj_lemmas & {"arm", "weapon"}:
            return Frame(tok, tok, "RETREAT", "disarm", "verb")
        if lemma == "shoot" and "down" in prts:
            return Frame(tok, tok, "ASSAULT", "aerial", "verb")
        if lemma == "blow" and "up" in prts:
            return Frame(tok, tok, "ASSAULT", "explosives", "verb")
        if lemma == "give" and ("up" in prts or "away" in prts and _children(tok, "dobj")):
            if obj_lemmas & lx.WEAPONS:
                return Frame(tok, tok, "RETREAT", "disarm", "verb")
            if obj_lemmas & TRADED:
                return Frame(tok, tok, "SANCTION", "discontinue", "verb")  # "give up
                # Russian oil": an embargo, not a concession
            return Frame(tok, tok, "CONCEDE", None, "verb")
        if (lemma == "take" and any(_lemma(o) == "part" for o in _children(tok, "dobj")) or
                lemma in ("participate", "attend")) and gathering_joined(tok) is not None:
            return Frame(tok, tok, "CONSULT", None, "verb")  # "took part in the Congress"
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
            if any(_lemma(c) in ("fight", "combat", "defend", "serve", "work", "join")
                   for c in _children(tok, "xcomp", "advcl")):
                return None  # "allowed us to release 1,600 security officers to fight": freed
                # for other duties, no captives set free
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
        if lemma in lx.EXCLUDING and removed_from_a_body(tok):
            return Frame(tok, tok, "SANCTION", "expel", "verb")  # "expelled from the Council"
        if lemma in ("force", "drive") and ("out" in prts or any(
                c.dep_ == "prep" and c.lower_ == "out" for c in tok.children)) or lemma == "expel":
            if any(self.match_at.get(o.i) is not None and self.match_at[o.i].kind == "group"
                   for o in objs) or obj_lemmas & lx.ENVOYS:
                return Frame(tok, tok, "SANCTION", "expel", "object")
            if obj_lemmas & lx.CIVILIANS:
                return Frame(tok, tok, "ASSAULT", "cleansing", "object")  # mass expulsion
            if obj_lemmas & ARMED_FOES:
                # "law enforcement agencies have completely expelled terrorists and bandits from
                # a number of vital installations": driven out by force, not deported
                return Frame(tok, tok, "ASSAULT", None, "object")
            return Frame(tok, tok, "COERCE", "deport", "object")
        if lemma == "force" and (made := _children(tok, "xcomp")) and not any(
                _lemma(x) in LEAVING_VERBS for x in made):
            # "these people were forced to live in basements for eight long years": coerced,
            # not deported (as "forced to leave their homes" is)
            return Frame(tok, tok, "COERCE", None, "verb") if obj_lemmas & lx.CIVILIANS \
                else None
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
        if lemma == "work" and (any(c.lower_ in ("closely", "together", "jointly", "hand")
                                    for c in tok.children if c.dep_ in ("advmod", "npadvmod"))
                                or self._works_with_actor(tok)):
            # "our states will work closely", "we are working with our colleagues from Europe"
            return Frame(tok, tok, "COOPERATE", None, "verb")
        if lemma == "fail":
            if _children(tok, "xcomp"):
                return Frame(tok, tok, "REJECT", None, "governor", governs=True)
            return None
        if is_to_blame(tok):
            return None  # "Putin is to blame": a verdict on the subject (verdicts)
        if lemma == "deny":
            return Frame(tok, tok, "REJECT", None, "governor", governs=True)
        if lemma in ("warn", "threaten"):
            if self._subject_is_a_thing(tok):
                return None  # "weapons systems that threaten Russia", "nothing threatens them"
            return Frame(tok, tok, "THREATEN", None, "governor", governs=True)
        if lemma in ("speak", "talk", "communicate") and any(
                c.dep_ == "prep" and c.lower_ in ("with", "to") and any(
                    self._is_actorish(p) for p in _children(c, "pobj")) for c in tok.children):
            mode = "phone" if tok.sent.text.lower().find("phone") >= 0 else None
            return Frame(tok, tok, "CONSULT", mode, "verb")
        if lemma in ("speak", "talk") and (any(c.dep_ == "prep" and c.lower_ == "about"
                                               for c in tok.children) or not any(
                _children(sj, "conj") or PLURAL_COREF.match(
                    self.doc[sj.left_edge.i:sj.i + 1].text) for sj in _children(tok, "nsubj"))):
            # "are talking about a sixth round", "at the moment we are talking": speech;
            # but "Putin and Macron talked", "the two presidents spoke for two hours"
            return None
        if lemma == "speak":
            mode = "phone" if re.search(r"phone", tok.sent.text, re.I) else None
            return Frame(tok, tok, "CONSULT", mode, "verb")
        if lemma == "welcome" and objs and self._is_actor_head(objs[0]) and not (
                obj_lemmas & (lx.PROPOSALS | lx.TALKS | {"decision", "step", "move"})):
            return Frame(tok, tok, "CONSULT", "host", "verb")
        if lemma in ("demonstrate", "rally", "march", "picket") and (
                _children(tok, "dobj", "ccomp", "auxpass") or obj_lemmas & {"support"}):
            return None  # "demonstrated courage", "as is demonstrated by the fact that
        if lemma == "strike" and any(_lemma(o) in lx.AGREEMENTS for o in _children(
                tok, "dobj", "nsubjpass")):  # (not "struck the port in violation of a deal")
            return Frame(tok, tok, "AGREE", None, "object")
        if lemma in SOFT_ASSAULT and not self._military(tok):
            return None
        if lemma in ("fight", "battle", "combat") and any(
                c.lower_ in FIGURATIVE_MANNER for c in tok.children if c.dep_ == "advmod"):
            return None  # "countries that are fighting against Russia politically"
        if lemma == "fight" and not any(c.lower_ == "against" for c in _children(tok, "prep")) \
                and any(_lemma(p) in CAMPAIGNED_FOR for c in _children(tok, "prep")
                        if c.lower_ == "for" for p in _children(c, "pobj")):
            return None  # "we fight for a positive decision of the EU": a campaign
        if lemma in SOFT_ASSAULT and objs and all(_lemma(o) in lx.ABSTRACT_TARGETS
                                                  for o in objs):
            return None  # "destroyed the invaders' plans and the illusion that our country
            # can be conquered": a figure of speech
        if lemma in SOFT_ASSAULT and any(_lemma(c) in lx.ABSTRACT_CAUSES for a in _children(
                tok, "agent") for c in _children(a, "pobj")) or any(
                    _lemma(c) in lx.ABSTRACT_CAUSES for c in _children(tok, "nsubj")):
            return None  # "people hit hard by the consequences of the war": a figure of speech
        if lemma in ("strangle", "choke", "suffocate", "stifle") and any(
                (m := self.match_at.get(o.i)) is not None and m.kind == "state" for o in objs):
            return None  # "Belarus is still being strangled" by sanctions: a figure of speech
        if lemma == "open" and not _children(tok, "dobj") and any(
                _lemma(s) in lx.CORRIDORS for s in _children(tok, "nsubj")):
            return Frame(tok, tok, "RETREAT", "access", "verb")  # "nine corridors will open"
        if lemma == "face" and {_lemma(o) for o in objs} & lx.CHARGES:
            # "Vucic is facing charges of corruption", "will face trial": accused
            return Frame(tok, tok, "ACCUSE", "allege", "verb", victim=True)
        if lemma in ("examine", "study") and obj_lemmas & lx.EXAMINED_WRONGS:
            return Frame(tok, tok, "ACCUSE", "investigate", "verb")  # "examining war crimes"
        if lemma == "accept" and obj_lemmas & lx.COURTESIES or lemma == "pardon" and any(
                o.lower_ == "me" for o in objs):
            return None  # "Please accept my congratulations", "pardon me for repeating it"
        if lemma in ("accept", "guarantee") and _children(tok, "auxpass") and not _children(
                tok, "agent") and (_children(tok, "ccomp") or any(
                    _lemma(s) in ("result", "outcome", "success")
                    for s in _children(tok, "nsubjpass"))):
            return None  # "it is generally accepted that ...", "the result is not guaranteed"
        if lemma == "touch" and not any(c.lower_ in ("upon", "on") for c in tok.children):
            return None  # "touched the hearts", but "touched upon the second round of talks"
        if lemma == "beat" and obj_lemmas & {"record", "forecast", "expectation"}:
            return None  # "we have beaten the record of 2019"
        moving = [c for c in _children(tok, "xcomp", "ccomp") if _lemma(c) in
                  lx.LEAVING_VERBS | PASSING_VERBS and not _children(c, "acomp", "oprd")
                  ] if lemma in ("allow", "permit", "let") and _children(tok, "neg") else []
        if moving and all(_lemma(o) in lx.CIVILIANS | lx.CONVOYS | lx.AID_GOODS or
                          o.lower_ in ("them", "us", "anyone")
                          for o in objs + [x for c in moving for x in _children(c, "nsubj")]):
            # "did not allow people to leave the occupied territory", "did not allow the
            # buses to enter Mariupol": keeping them in, or out
            return Frame(tok, tok, "COERCE", "restrict", "verb", presupposed=True)
        if lemma in ("allow", "permit", "let") and not (obj_lemmas & (
                lx.CORRIDORS | lx.AID_GOODS)) and not any(
                    self._is_actor_head(o) and o.pos_ != "PRON" for o in objs):
            return None
        if lemma in ("receive", "host", "accept", "shelter") and self._hosts_people(tok):
            # "Spain receives our soldiers and children for treatment", "hosts refugees"
            return Frame(tok, tok, "AID", None, "verb")
        if lemma == "receive" and any(_lemma(o) in lx.PRISONERS for o in _children(tok, "dobj")):
            # "Ukraine received the bodies of 909 fallen defenders": handed over to it
            return Frame(tok, tok, "RETREAT", "release", "verb")
        if lemma == "receive" and {_lemma(o) for o in _children(tok, "dobj")} & RECEIVED_NEWS:
            return None  # "Ukraine regularly receives up-to-date intelligence on the activity
            # of Russian forces": news had, no guest hosted
        if lemma == "receive" and "credential" in obj_lemmas:
            return Frame(tok, tok, "CONSULT", None, "verb")  # "received credentials from"
        if lemma in ("receive", "host") and not (obj_lemmas & lx.AID_GOODS) and (
                obj_lemmas & lx.AWARDS or not any(
                self._is_actor_head(o) and o.pos_ != "PRON" for o in _children(tok, "dobj") or
                objs + _children(tok, "nsubjpass"))):
            return None  # not "received another jab, this time with Sputnik Light"
        if lemma in ("take", "transfer") and obj_lemmas & (lx.CIVILIANS | {"orphan"}) and \
                self.home in ADVERSARY and any(
                    (m := self.match_at.get(p.i)) is not None and m.code == ADVERSARY[self.home]
                    and m.kind in ("state", "capital") for c in _children(tok, "prep")
                    if c.lower_ == "to" for p in _children(c, "pobj")):
            # "they have taken more than two thousand children to Russia": deported
            return Frame(tok, tok, "ASSAULT", "cleansing", "verb")
        if lemma == "commit" and not (_children(tok, "xcomp") or any(
                c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)):
            return None  # "an act of aggression committed by ..."
        # (the parse may hang "at Ukraine" on the last of the weapons: "launched 3 missiles
        # and 112 drones at Ukraine")
        aimed = [*tok.children, *(c for o in objs for x in _conjuncts(o) for c in x.children)]
        if lemma == "launch" and obj_lemmas & lx.WEAPONS and not obj_lemmas & lx.ATTACKS and \
                not any(c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "toward",
                                                          "towards") or
                        c.lower_ == "into" and any(p.i in self.match_at for p in c.children)
                        for c in aimed):
            return None  # "launched a rocket into space", not "launch rockets into Ukraine"
        if lemma in ("travel", "arrive") and not any(
                (a.sector in ("GOV", "IGO", "LEG") or a.name) for sj in _children(tok, "nsubj")
                for a in self.actors_of(sj)) and _children(tok, "nsubj"):
            subj_lemmas = {_lemma(x) for sj in _children(tok, "nsubj") for x in sj.subtree}
            if not subj_lemmas & lx.TROOPS:
                return None
        enemy_words = HOSTILE_LABELS.get(self.home or "", frozenset())
        if lemma in ("stop", "halt", "end") and any(
                c.dep_ == "poss" and c.pos_ != "PRON" and (
                    self._is_actor_head(c) or _lemma(c) in enemy_words) or
                c.dep_ == "amod" and (m := self.match_at.get(c.i)) is not None and m.kind == "adj"
                or c.dep_ == "prep" and c.lower_ == "of" and any(
                    self._armed_actor(p) or (m := self.match_at.get(p.i)) is not None and
                    m.kind == "state" for p in _children(c, "pobj"))
                for o in objs for c in o.children):
            return None  # "to stop Russia's aggression", "stopped the enemy's attacks",
            # "stopped the offensive of the Russian army" is no ceasefire by the speaker (but
            # "stop the shelling of Kharkiv" asks one)
        if lemma in lx.STOPPING_VERBS and _children(tok, "neg") and \
                obj_lemmas & (lx.ATTACKS - {"fire"}):
            # "did not stop the shelling": the shelling is the event, not a truce; but "did
            # not cease fire" is the truce that did not hold
            return None
        if lemma in ("support", "help", "assist") and any(
                c.lower_ == "with" and any(_lemma(x) in lx.AID_GOODS - {"support", "help"}
                                           for p in _children(c, "pobj") for x in _conjuncts(p))
                for c in _children(tok, "prep")):
            return Frame(tok, tok, "AID", None, "verb")  # "supporting the army with weapons"
        if lemma == "deserve" or lemma in lx.EARNING_VERBS:
            # the deserving are the ones praised, not the praisers; so are those who have
            # earned respect ("you have won the respect of your colleagues")
            earned = lx.DESERVED if lemma == "deserve" else lx.EARNED
            return Frame(tok, tok, "SUPPORT", None, "verb", victim=True) if (
                obj_lemmas & earned and not _children(tok, "neg")) else None
        if lemma == "set" and any(c.lower_.endswith(("self", "selves")) for c in [
                *tok.children, *(p for c in _children(tok, "prep") for p in c.children)]):
            return None  # "we have set ourselves the task": an aim, no instruction
        if lemma == "need" and (tok.dep_ in ("relcl", "acl") or _children(tok, "auxpass") or
                                not _children(tok, "dobj")):
            return None  # "those who need help", "weapons needed by the army": no one asks
        if lemma in lx.TABLING_VERBS and (papers := [
                o for o in _children(tok, "dobj") if _lemma(o) in TERMS_PAPERS]):
            # "handed Ukraine a memorandum setting out its conditions for a ceasefire": terms
            # put to the other side (its demands asked, else an offer)
            demands = any(_lemma(t) in lx.DEMANDS for p in papers for t in p.subtree)
            if demands or any(_lemma(p) == "memorandum" or any(
                    _lemma(t) in lx.OFFERS for t in p.subtree) for p in papers):
                return Frame(tok, tok, "REQUEST" if demands else "AGREE", None, "verb")
        if tok.dep_ in ("acl", "pcomp") and _lemma(tok.head) in BANS or \
                tok.dep_ == "pcomp" and _lemma(tok.head.head) in BANS:
            return None  # "a ban on Ukraine joining NATO": what is barred, not done
        if lemma in lx.TABLING_VERBS and (tabled := [
                o for o in _children(tok, "dobj", "nsubjpass") if _lemma(o) in lx.TABLED]) and \
                not _drafts_sanctions(tok) and (lemma != "put" or any(
                    c.lower_ == "forward" for c in tok.children)) and not any(
                    (m := self.match_at.get(t.i)) is not None and m.sector == "LEG"
                    for t in tok.subtree):  # (not a bill put to parliament)
            # "outlined its proposals", "put forward an initiative": offered; Moscow's demands
            # on security guarantees are told by the noun (REQUEST)
            return None if any(self._russian_security_demand(o) for o in tabled) else \
                Frame(tok, tok, "AGREE", None, "verb")
        if lemma in lx.DRAFTING_VERBS and _drafts_sanctions(tok):
            return Frame(tok, tok, "REQUEST", "change", "verb")  # "presented the Roadmap of
            # Financial Sanctions": asked for them
        if lemma in lx.MAKING_VERBS and self._made_together(tok):
            return Frame(tok, tok, "COOPERATE", None, "verb")
        if lemma in lx.PRAISING_VERBS and {_lemma(o) for o in objs} & lx.PRAISED_DEEDS and \
                not _children(tok, "neg"):
            return Frame(tok, tok, "SUPPORT", None, "object")  # "note your contribution"
        if lemma == "pull" and any(_lemma(o) == "wool" for o in objs):
            return None  # "pulling the wool over our Western colleagues' eyes": deceiving
        if lemma == "help" and _helped_to_a_status(tok):
            return None  # "helping residents of Donbass to achieve a neutral status": a war aim
        if lemma == "help" and tok.dep_ in ("ROOT", "conj", "ccomp", "relcl") and \
                _children(tok, "nsubj") and not _children(tok, "neg") and \
                not self._subject_is_a_thing(tok):
            # "Portugal has been helping Ukraine since the first days", "our partners help us
            # cover the deficit": help given (not "sent material to help defend")
            return Frame(tok, tok, "AID", None, "verb")
        if lemma == "leave" and self._armed_leaving(tok):
            return Frame(tok, tok, "RETREAT", "withdraw", "verb")  # "the occupiers left Kherson"
        if lemma in ("give", "issue") and objs and all(
                o.lower_ in ("order", "orders") and not _children(o, "prep") for o in objs):
            return None  # "Putin had not given any new orders": commands, not the award
        if _violated_by_an_act(tok):
            return None  # "violated the ceasefire by striking Kharkiv": the strike is the act
        if lemma in ("violate", "breach") and any(
                o.lower_ in ("it", "this") for o in _children(tok, "dobj")) and \
                self._truce_told_before(tok):
            # "Russia's three-day ceasefire came into force at midnight. Ukraine said Russian
            # forces had violated it hundreds of times": the truce just told
            return Frame(tok, tok, "ASSAULT", None, "object")
        rules = lx.OBJECT_VERBS.get(lemma)
        if lemma == "take" and any(_lemma(o) in TAKEN_STEPS
                                   for o in _children(tok, "dobj", "nsubjpass")):
            rules = None  # "the first steps are being taken": no place seized
        if lemma == "invest" and any(
                _np_lemmas(p) & PRESSURE_MEANS for c in _children(tok, "prep") if c.lower_ == "in"
                for p in _children(c, "pobj")):
            return None  # "Russia is investing in various levers of pressure on European
            # countries": no economic dealings with anyone
        if rules and _orders_to(tok):
            rules = None  # "ordering his forces to halt all activity": the order's content
        if rules:
            # the object's head noun decides before its modifiers: "sent military aid" is aid
            # ("approved a package of documents": a batch noun's contents are its head)
            # not "pay for gas with rubles", "held a lesson for school students"
            head_only = lemma in lx.HEAD_ONLY_OBJECT_VERBS
            direct_only = lemma == "pay"
            counted = lx.BATCH_NOUNS | lx.SPAN_NOUNS | (lx.COUNT_NOUNS if head_only else set())
            heads = {_lemma(p) if _lemma(h) in counted and p is not h
                     else _lemma(h)
                     for o in objs if not direct_only or o.dep_ in ("dobj", "nsubjpass")
                     for h in _conjuncts(o) for p in [_of_object(h)]}
            # "held their largest prisoner swap": the swap carries its own event, whatever
            # its modifier would make of the verb (holding prisoners)
            told = {_lemma(h) for o in objs if o.dep_ == "dobj" for h in _conjuncts(o)}
            noun_told = bool(told) and told <= {"exchange", "swap"}
            for words in (heads,) if head_only or noun_told else (heads, obj_lemmas):
                for cls, etype, mode in rules:
                    if cls is not None and cls >= lx.WARS and (
                            obj_lemmas & lx.FIGURATIVE_WARS or tok.dep_ == "acl" or
                            words is obj_lemmas and not words & cls - lx.WARS - lx.HARMS_BROUGHT):
                        # "a sanctions war", "the war unleashed by Russia" (background), "bring
                        # war criminals to justice" (a war word only as a modifier)
                        continue
                    if cls is not None and words & cls:
                        if etype == "MOBILIZE" and (JOINT & obj_lemmas or any(
                                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)):
                            etype, mode = "COOPERATE", None
                        elif etype == "MOBILIZE" and obj_lemmas & {"peacekeeping",
                                                                   "peacekeeper"}:
                            etype, mode = "AID", None  # peacekeepers sent at a state's request
                        elif etype == "ASSAULT" and obj_lemmas & {"peacekeeping",
                                                                  "peacekeeper"}:
                            etype, mode = "AID", None  # "launch the peacekeeping operation"
                        if etype == "SUPPORT" and lemma == "grant" and not _children(
                                tok, "nsubj", "nsubjpass") and tok.head.pos_ != "VERB":
                            return None  # "the decision to grant Ukraine candidate status",
                            # "in support of granting": a status hoped for, not yet given
                        return Frame(tok, tok, etype, mode, "object",
                                     governs=lemma in lx.GOVERNORS or _deal_to_act(objs),
                                     reciprocal=lemma in ("exchange", "swap", "trade"))
            default = next(((t, m) for c, t, m in rules if c is None), None)
            if default is not None:
                return Frame(tok, tok, default[0], default[1], "verb",
                             governs=lemma in lx.GOVERNORS)
        if lemma in lx.GOVERNORS:
            return Frame(tok, tok, lx.GOVERNORS[lemma], None, "governor", governs=True)
        if lemma in lx.ADVISING_VERBS and _children(tok, "xcomp"):
            return Frame(tok, tok, "REQUEST", None, "governor", governs=True)
        if lemma in lx.VERBS:
            etype, mode = lx.VERBS[lemma]
            if lemma == "protest" and self._is_official(tok):
                return Frame(tok, tok, "ACCUSE", "allege", "verb")
            return Frame(tok, tok, etype, mode, "verb")
        return None

    def _truce_told_before(self, tok: Any) -> bool:
        """A truce named in the sentence before the token or in the one before that."""
        s_idx = self.sent_index(tok.i)
        start = self.sents[max(0, s_idx - 1)].start
        return any(_lemma(t) in lx.CEASEFIRES for t in self.doc[start:tok.i])

    @staticmethod
    def _stressed_need(tok: Any) -> Frame | None:
        """"stressed the need for the US and NATO to take Russia's demands seriously", "noted
        the need to introduce sanctions by the EU": a call on whoever must act."""
        if tok.dep_ != "dobj" or _lemma(tok.head) not in lx.REPORTING | lx.STRESS_VERBS:
            return None
        if not any(c.dep_ in ("acl", "advcl") or c.dep_ == "prep" and c.lower_ == "for"
                   for c in tok.children):
            return None
        return Frame(tok, tok.head, "REQUEST", None, "noun", governs=True)

    @staticmethod
    def _commitment(tok: Any, lemma: str) -> Frame | None:
        """A commitment to a helpful act is an offer (AGREE): "we will do everything
        possible to save people", "Austria will make efforts to create corridors"."""
        objs = _children(tok, "dobj")
        if lemma == "do" and any(_lemma(o) in ("everything", "all", "utmost", "best")
                                 for o in objs):
            acts = [c for c in tok.children if c.dep_ in ("advcl", "xcomp")] + [
                c for o in objs for c in _children(o, "acl")]
        elif lemma == "make" and any(_lemma(o) == "effort" for o in objs):
            acts = [c for o in objs for c in _children(o, "acl")]
        else:
            return None
        # (not "do everything possible for Russia to unblock the ports": another's act)
        act = next((a for a in acts if a.pos_ == "VERB" and _lemma(a) in lx.COMMITTED_ACTS and
                    any(c.lower_ == "to" and c.dep_ == "aux" for c in a.children) and
                    not _children(a, "nsubj")), None)
        if act is None:
            return None
        pred = act if act.dep_ in ("advcl", "xcomp") else tok  # where the subject climbs
        return Frame(tok, pred, "AGREE", None, "verb")

    def _noun_frame(self, tok: Any, lemma: str) -> Frame | None:
        if lemma == "fire" and tok.dep_ == "pobj" and tok.head.lower_ == "under" and \
                _lemma(tok.head.head) in ("be", "come", "remain", "find", "get") and not any(
                    _lemma(p) in CRITICS for t in (tok, tok.head.head)
                    for c in _children(t, "prep") if c.lower_ == "from"
                    for p in _children(c, "pobj")):
            # "a column of civilians came under fire", "Mariupol is under constant fire from
            # the occupiers": fired on ("fire" is no event noun of its own: "fire trucks")
            return Frame(tok, tok.head.head, "ASSAULT", "firearms", "noun", victim=True)
        if tok.dep_ == "dobj" and _violated_by_an_act(tok.head):
            return None  # (the truce broken by the strike told: no truce of its own)
        if _day_counted_in(tok):
            return None  # "today is the 35th day of Russia's full-scale invasion": a count of
            # days, the war told as a calendar (its start is told in its own week)
        if lemma in lx.SANCTION_WORDS and _in_a_drafted_plan(tok):
            return None  # "presented an Action Plan to strengthen sanctions": the plan is
            # told (REQUEST), no sanctions imposed
        if lemma == "cleansing" and not any(_lemma(c) == "ethnic" for c in tok.children) and \
                any(_lemma(p) in lx.INSTITUTIONS_CLEANSED for c in _children(tok, "prep")
                    if c.lower_ == "of" for p in _children(c, "pobj")):
            return None  # "further cleansing of the system", "of the judiciary": a purge of
            # office holders, no ethnic cleansing
        if (lemma in lx.ATTACKS or lemma == "war") and any(
                c.dep_ in ("compound", "amod") and _lemma(c) in lx.UNARMED_FIELDS
                for c in tok.children):
            return None  # "the entire sanctions attack on Russia", "an information war": no
            # armed attack
        if lemma in lx.ATTACKS and any(
                _lemma(p) in lx.UNARMED_TARGETS for c in _children(tok, "prep")
                if c.lower_ in ("on", "against") for p in _children(c, "pobj")):
            return None  # "reserves to repel attacks on the hryvnia exchange rate": a run on a
            # currency, no armed attack
        if lemma in lx.HALT_NOUNS and tok.dep_ == "nsubj" and _lemma(tok.head) in (
                "expire", "lapse", "end") and "ceasefire" in _np_lemmas(tok):
            # "the 30-day moratorium on strikes against energy infrastructure had expired":
            # the truce that was in force, told at its end
            return Frame(tok, tok.head, "AGREE", "ceasefire", "noun")
        if lemma in lx.OFFERS and self._offered_act(tok):
            # "Tokayev's proposal to hold a meeting": made, whatever is said of it
            return Frame(tok, tok, "AGREE", None, "noun", presupposed=True)
        if lemma in lx.SECURITY_DEMANDS and self._russian_security_demand(tok):
            # "the Russian proposals on long-term legally binding security guarantees",
            # "our three key demands": what Moscow asks of the US and NATO (the gold: 6 of 8)
            return Frame(tok, tok, "REQUEST", "change", "noun", presupposed=True)
        if lemma in lx.EXCLUDING and removed_from_a_body(tok):
            return Frame(tok, tok, "SANCTION", "expel", "noun")  # "exclusion from SWIFT"
        if lemma == "support" and _bare_reason_for_thanks(tok):
            return None  # "thank you very much for your support": why thanks are given (the
            # support told in its own right: "for their support of Ukraine")
        if lx.noun_type(lemma) == "COOPERATE" and _reason_for_thanks(tok):
            return None  # "thanked Merkel for many years of fruitful cooperation", "grateful
            # for their interaction": why thanks are given
        if lx.noun_type(lemma) == "COOPERATE" and _topic_of_talks(tok):
            return None  # "discussed current issues of bilateral cooperation": a topic
        if lemma in lx.APPRAISALS and tok.dep_ == "dobj" and any(
                _lemma(c) in ("high", "positive", "favourable", "favorable")
                for c in tok.children) and _lemma(tok.head) in ("give", "express", "voice"):
            # "gave a high appraisal of Kazakhstan's achievements": praise
            return Frame(tok, tok.head, "SUPPORT", None, "noun")
        if lemma == "understanding" and (shown := _understanding_shown(tok)) is not None:
            # "expressed understanding with respect to Russia's security concerns", "spoke
            # with understanding about the position of the Russian side": sympathy, no deal
            return Frame(tok, shown, "SUPPORT", None, "noun")
        if (lemma in lx.ATTACKS or lemma == "war") and tok.dep_ == "pobj" and \
                tok.head.lower_ == "for" and _lemma(tok.head.head) == "prepare" and \
                not _children(tok.head.head, "neg"):
            # "Russian troops are preparing for an offensive operation": forces readied
            return Frame(tok, tok.head.head, "MOBILIZE", "troops", "noun")
        if lemma in ("alert", "readiness"):
            if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.pos_ == "VERB":
                return Frame(tok, tok.head.head, "MOBILIZE", "troops", "noun")
            if any(c.lower_ in ("combat", "high", "full") for c in tok.children) and \
                    tok.head.pos_ == "VERB":
                return Frame(tok, tok.head, "MOBILIZE", "troops", "noun")
            if lemma == "alert":
                return None
            # "expressed their readiness to continue working together": an offer (AGREE)
        if lemma == "wish" and not (tok.tag_ == "NNS" and any(
                c.dep_ == "amod" and c.lower_ in lx.WARM_WISHES for c in tok.children)):
            return None
        if lx.noun_type(lemma) == "CONSULT" and tok.dep_ == "pobj" and \
                tok.head.lower_ in ("on", "to", "towards", "regarding") and \
                _lemma(tok.head.head) in STANCE_NOUNS:
            return None  # "his position on negotiations with Russia": a stance, not talks held
        if lemma == "aggression" and not (tok.dep_ == "dobj" and _lemma(tok.head) in
                                          lx.ENDURE_VERBS | {"condemn"}):
            return None  # named only as the war's background ("affected by the aggression")
        if lemma == "use":
            return self._use_of_force(tok)
        if lemma == "war":
            return Frame(tok, tok, "ASSAULT", None, "noun", presupposed=True) \
                if self._war_waged(tok) else None
        if lemma == "operation":
            # going on whatever governs it ("I want to address those involved in ...")
            return Frame(tok, tok, "ASSAULT", None, "noun", presupposed=True) \
                if self._operation_in_place(tok) else None
        if lemma == "request" and _request_heeded(tok) is not None:
            return Frame(tok, tok, "REQUEST", None, "noun")  # "at the request of X"
        if lemma == "law":
            if not any(c.lower_ == "martial" for c in tok.children) or _in_doubt(
                    tok, ("threat", "risk", "call", "demand")):
                return None
            return Frame(tok, tok, "COERCE", "martial-law", "noun")  # "extended martial law"
        if lemma in lx.BUILDUP_NOUNS:
            # (also "the concentration by the Russian Federation of an armed group", parsed
            # as the Federation's group)
            by = [p for c in _children(tok, "prep") if c.lower_ == "by"
                  for p in _children(c, "pobj")]
            if not any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    _lemma(p) in lx.TROOPS or _armed(p) for p in _children(c, "pobj"))
                    for t in [tok, *by] for c in t.children):
                return None
            if _in_doubt(tok, ("threat", "risk", "danger", "allegation")):
                return None
            return Frame(tok, tok, "MOBILIZE", "troops", "noun")  # "growth of NATO forces"
        if lemma in lx.TRIAL_NOUNS and not self._accused(tok):
            return None  # "field trials of the new engine" accuse no one
        if lemma in lx.BLAME_NOUNS:
            if tok.dep_ == "nsubj" and _lemma(tok.head) in ("lie", "rest") and any(
                    c.dep_ == "prep" and c.lower_ in ("with", "on") for c in tok.head.children):
                # "the responsibility for delaying the talks lies with the Russian party"
                return Frame(tok, tok.head, "ACCUSE", "disapprove", "noun")
            return None
        if lemma == "consequence":
            return self._warned_consequences(tok)
        if lemma == "need":
            return self._stressed_need(tok)
        if lemma == "hand" and not (tok.dep_ == "pobj" and tok.head.lower_ == "at" and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
            return None  # only "died at the hands of the occupiers"
        if lemma == "hope" and _hoped_help(tok) is not None:
            # "expressed hope for greater practical support from the Alliance": a request
            said = tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else tok
            return Frame(tok, said, "REQUEST", "assist", "noun")
        if tok.lower_ == "hope" and any(c.dep_ in ("acl", "ccomp") for c in tok.children) or (
                tok.lower_ == "hope" and tok.dep_ in ("dobj", "nsubjpass") and
                _lemma(tok.head) == "express" and _children(tok.head, "ccomp")):
            # "expressed hope that the agreements will be observed": asking for it
            said = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" \
                else tok
            clauses = [c for t in (tok, said) for c in t.children if c.dep_ in ("acl", "ccomp")]
            return Frame(tok, said, "REQUEST", None, "governor", governs=True) \
                if self._hoped_of_someone(clauses) else None
        if lemma == "guarantee" and _children(tok, "poss") and any(
                c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") for c in tok.children):
            # "have our guarantee that their lives will be spared": a one-sided assurance
            return Frame(tok, tok, "CONCEDE", None, "noun", governs=True)
        if lemma in lx.PLEDGE_NOUNS and tok.dep_ == "dobj" and _lemma(tok.head) in WON_VERBS and \
                any(c.lower_ == "from" for c in _children(tok, "prep") + _children(tok.head,
                                                                                  "prep")):
            # "received assurances from Biden that ...": the giver pledged it to the receiver
            return Frame(tok, tok.head, "AGREE", None, "noun")
        if lemma in ("assistance", "help") and any(
                _lemma(p) in FACILITATED for c in _children(tok, "prep") if c.lower_ == "in"
                for p in _children(c, "pcomp", "pobj") if p.tag_ == "VBG"):
            return None  # "its assistance in hosting another round of talks": good offices
        if lemma == "threat" and (threat := self._threat_faced(tok)) is not None:
            return threat
        if lemma == "demand" and _market_demand(tok):
            return None  # "met the demand of 2,600 companies for high-tech products": buyers'
        if lemma in ("demand", "request", "requirement") and (
                stated := self._demand_stated(tok)) is not None:
            return stated
        if lemma == "interest" and _interest_in_ties(tok):
            lemma = "readiness"  # "expressed interest in continuing close cooperation": an offer
        if lemma in ("launch", "test") and self._weapon_test(tok):
            return Frame(tok, tok, "MOBILIZE", "weapons", "noun")  # "the test launch of the
            # Sarmat missile was performed": testing weapons (PLOVER)
        if lemma == "mention" and tok.dep_ == "dobj" and _lemma(tok.head) in lx.LIGHT_VERBS and \
                any(_lemma(p) in lx.PRAISED_DEEDS for c in _children(tok, "prep")
                    if c.lower_ == "of" for p in _children(c, "pobj")):
            # "make special mention of your efforts": singling out deeds praises them
            return Frame(tok, tok.head, "SUPPORT", None, "noun")
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
        elif lemma == "release" and not (of_objs | mods) & (lx.PRISONERS | lx.HELD_FIGHTERS):
            return None  # "the release of funds", "a press release": only people held
        elif lemma in ("violation", "breach") and (of_objs or mods - {"numerous", "gross",
                                                                   "new", "other"}) and not (
                of_objs | mods) & (lx.CEASEFIRES | lx.AGREEMENTS | {"regime", "silence",
                                                                  "measure", "package"}):
            return None  # "violations of international law", "safety violations": a verdict,
            # no attack (not "violations of the ceasefire", "of the regime of silence")
        elif lemma in ("violation", "breach") and tok.dep_ == "pobj" and \
                tok.head.lower_ == "in" and _tells_an_act(tok.head.head):
            return None  # "struck the port in violation of the deal": the strike, told once
        elif lemma == "commitment" and any(
                _np_lemmas(p) & lx.PRINCIPLES for c in _children(tok, "prep")
                if c.lower_ == "to" for p in _children(c, "pobj")):
            return None  # "their commitment to these principles": a stance, no promise
        elif lemma == "execution" and of_objs & EXECUTED_PAPERS:
            return None  # "in execution of the treaties of friendship": carried out, no one shot
        elif lemma in ("resumption", "restoration"):
            if {_lemma(t) for c in _children(tok, "prep") if c.lower_ == "of"
                    for p in _children(c, "pobj") for t in p.subtree} & MISSIONS:
                pass  # "the resumption of the work of the Canadian embassy in Kyiv": support
            elif of_objs & {"relation", "tie"} and of_objs & {"diplomatic", "relation", "tie"}:
                pass  # "the resumption of diplomatic ties": diplomatic support, as the verb
            elif of_objs & lx.RELATIONS:
                etype = "COOPERATE"
            else:
                return None
        elif lemma in ("production", "project", "venture") and not self._joint(tok, mods) and \
                not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            return None  # only "joint projects", "Russian-Egyptian projects", "with India"
        elif lemma == "conviction" and (any(
                c.dep_ in ("acl", "ccomp", "poss") for c in tok.children) or _lemma(
                tok.head) in ("express", "share", "voice", "abandon", "state")):
            return None  # "expressed his conviction that ...": a belief, no verdict
        elif lemma == "supply" and not of_objs & (lx.WEAPONS | {
                "aid", "assistance", "medicine", "vaccine", "humanitarian"}):
            return None  # "the supply of 500 Stingers", not "gas supplies", "food supply"
        elif lemma == "payment" and not of_objs & {"tranche", "loan", "assistance", "aid",
                                                   "grant", "euro", "dollar"} and not any(
                _np_lemmas(p) & (lx.CIVILIANS | {"pensioner", "veteran"})
                for c in _children(tok, "prep") + _children(tok.head, "prep") if c.lower_ == "to"
                for p in _children(c, "pobj")):
            return None  # "the payment of the second tranche", "payments to pensioners", not
            # "payments for gas"
        elif lemma == "demand" and (mods & MARKET_DEMAND or tok.dep_ in ("dobj", "nsubj") and
                                    _lemma(tok.head) in DEMAND_MOVES):
            return None  # the market's: "we have reduced the demand for beds three-fold"
        elif lemma == "round" and (of_objs or tok.pos_ != "NOUN" or mods & {
                "election", "electoral", "voting", "presidential", "final"}):
            return None  # "a round of sanctions": what it is a round of carries the event
        elif lemma in lx.JOINT_ONLY_NOUNS and not JOINT & mods:
            return None
        elif lemma == "contact" and (tok.dep_ == "compound" or tok.pos_ != "NOUN" or
                                     tok.head.lower_ == "of" or mods & {
                                         "eye", "physical", "fire", "combat", "business"} or
                                     any(c.lower_ in ("every", "any") for c in tok.children)):
            # "the contact line", "the Trilateral Contact Group", "fire contact", "in every
            # contact with": no talks held
            return None
        elif lemma == "training" and not JOINT & mods and not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            return None  # only "joint training with the Samoa Navy"
        elif lemma == "coordination":
            if of_objs & lx.POSITIONS:
                etype = "CONSULT"  # "the coordination of positions": talks, as the verb
            elif not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
                return None  # "the coordination of the departments' activities": at home
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
        elif lemma in lx.BATCH_NOUNS and {w.rstrip("s") for w in of_objs} & lx.AGREEMENTS:
            return None  # "a package of documents was signed": the documents carry it
        elif lemma == "visit":
            mode = "visit"
            if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.pos_ in (
                    "AUX", "VERB") and _lemma(tok.head.head) in ("be", "arrive", "come"):
                return Frame(tok, tok.head.head, etype, mode, "noun")  # "who is on a visit"
        elif lemma == "trip" and not ("working" in mods or any(
                c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)):
            return None  # "a working trip to the Odesa region", not "wish you a safe trip"
        elif lemma == "deportation" and (of_objs | mods) & lx.DEPORTED_MASSES:
            etype, mode = "ASSAULT", "cleansing"
        elif lemma == "captivity":
            if not (tok.dep_ == "pobj" and tok.head.lower_ == "in" and
                    _lemma(tok.head.head) in lx.CAPTIVITY_VERBS) or tok.head.head.tag_ == "VBD" \
                    and _lemma(tok.head.head) == "be":
                return None  # (a captivity over: "our sailors ... They were in captivity")
            return Frame(tok, tok.head.head, etype, mode, "noun", victim=True)
        elif lemma == "shield":
            use = head_verb_of_as(tok)
            if "human" not in mods or use is None:
                return None
            return Frame(tok, use, "ASSAULT", "abduct", "noun")  # "using civilians as a shield"
        elif lemma == "withdrawal" and any(
                _lemma(p) in lx.AGREEMENTS | LEFT_BODIES for c in _children(tok, "prep")
                if c.lower_ == "from" for p in _children(c, "pobj")):
            # "the withdrawal of Russia from the Minsk agreements": a state leaving a treaty
            # or a group (PLOVER SANCTION/withdraw), told with who left
            if _in_doubt(tok, ("threat", "risk", "call", "demand", "possibility")) or not (
                    _children(tok, "poss") or self._modifier_codes(tok) or any(
                        self._is_actorish(p) for c in _children(tok, "prep")
                        if c.lower_ == "of" for p in _children(c, "pobj"))):
                return None
            return Frame(tok, tok, "SANCTION", "withdraw", "noun")
        elif lemma in ("exercise", "drill"):
            if not self._joint(tok, mods):
                etype, mode = "MOBILIZE", "troops"
            else:
                etype, mode = "COOPERATE", None  # "joint drills", "Russia-Belarus exercises"
        elif lemma == "support" and of_objs & lx.TRUCES:
            etype, mode = "AGREE", "ceasefire"  # "expressed support for a ceasefire"
        elif lemma == "support" and (mods & {"military", "financial", "material", "defense",
                                             "defence", "humanitarian", "economic"} or (
                tok.dep_ == "pobj" and tok.head.lower_ == "of" and
                _lemma(tok.head.head) in lx.BATCH_NOUNS)):
            etype = "AID"  # "a package of support for our state"
        elif etype == "AGREE" and lemma in ("ceasefire", "cease-fire", "truce", "armistice"):
            pass
        if etype == "CONSULT" and _in_a_role(tok):
            return None  # "Podolyak, a member of the Ukrainian delegation at the negotiations
            # with Russia, said": who he is, no talks of the day
        if etype == "CONSULT" and (valued := _talks_valued(tok)) is not None:
            # "emphasised the importance of Kiev's ... establishing a direct dialogue with
            # Donetsk", "noted the importance of stepping up the work of all negotiation
            # formats": talks asked for, none held
            stater = valued if valued.pos_ == "VERB" else None
            return Frame(tok, stater, "REQUEST", "meet", "verb") if stater is not None \
                else None
        # the noun needs a predicate: a light verb, a verb it is subject of, or the root
        dep = tok.dep_
        head = tok.head
        if dep == "conj" and head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass", "dobj") \
                and _lemma(head) not in lx.NOUNS and etype in lx.CONFLICTUAL:
            # "Hostilities in Donbass and the shelling of residential areas have continued":
            # the shelling shares the first conjunct's place in the clause
            dep, head = head.dep_, head.head
        if dep == "compound" and lx.noun_type(_lemma(head)) == etype:
            return None  # "a defence aid package": the package carries it
        if etype == "ASSAULT" and dep in ("compound", "amod") and head.pos_ == "NOUN" and \
                not lx.noun_type(_lemma(head)):
            return None  # a kind of arms, no attack: "strike weapons", "attack helicopters"
        carrier = tok
        if etype == "CONSULT" and any(c.dep_ == "prep" and c.lower_ == "between"
                                      for c in tok.children):
            return Frame(tok, tok, etype, mode, "noun")  # "talks between Russia and Ukraine"
        if mode == "cyber" and (dep == "nsubj" and head.pos_ == "VERB" and _lemma(
                head) not in lx.REPORTING or dep == "pobj" and head.dep_ == "agent"):
            # "a cyber attack crippled a power plant", "disabled by a cyber attack"
            return Frame(tok, tok, etype, mode, "noun")
        if etype == "PROTEST" and dep == "compound" and _lemma(head) in ("action", "act"):
            carrier = head  # "a protest action took place in Berdyansk"
            dep, head = carrier.dep_, carrier.head
        if etype == "ASSAULT" and dep == "appos" and head.pos_ == "NOUN" and (
                self._own_agent(head) or self._own_agent(tok)) and not _in_doubt(
                    tok, ("threat", "risk", "danger")):
            # "the barbarous action of the Ukrainian military – today's missile attack at
            # Donetsk": the attack renames a deed told with its doer
            return Frame(tok, tok, etype, mode, "noun")
        if etype == "ASSAULT" and self._denied(tok):
            return Frame(tok, tok, etype, mode, "noun", presupposed=True)  # alleged, denied
        if dep == "nsubj" and _lemma(head) in lx.STOPPING_VERBS and _children(head, "neg") and \
                etype in ("ASSAULT", "COERCE"):
            return Frame(tok, tok, etype, mode, "noun", presupposed=True)  # "did not stop"
        if dep == "pobj" and head.lower_ == "of" and _lemma(head.head) in lx.CARRIER_NOUNS and \
                etype == "SUPPORT":
            carrier = head.head  # "conveyed his words of sympathy", "a message of greetings"
            dep, head = carrier.dep_, carrier.head
        if etype == "SUPPORT" and dep == "nsubj" and _lemma(head) == "go" and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
            return Frame(tok, head, etype, mode, "noun")  # "warmest greetings go to the veterans"
        if dep == "pobj" and head.lower_ == "of" and (
                announcer := by_object_above(head)) is not None and _lemma(
                    announcer.head.head) in lx.ENACTING_NOUNS:
            # "the announcement by Biden of a new aid package": the parse hangs the package
            # on the one who announced it
            return Frame(tok, tok, etype, mode, "noun")
        if dep == "pobj" and head.lower_ == "of" and _lemma(head.head) in lx.ROUND_NOUNS | \
                lx.ENACTING_NOUNS:
            # "the second round of negotiations ... is to take place", "announced the
            # approval of the sixth package of sanctions"
            carrier = head.head
            dep, head = carrier.dep_, carrier.head
            if _lemma(carrier) in lx.ENACTING_NOUNS and (
                    self._enacted_by(carrier) or self._enacted_by(tok)):
                # "the announcement by Biden of a new aid package", "Russia's declaration
                # of a ceasefire": told as done by whoever enacted it
                if etype == "AGREE" and mode == "ceasefire":
                    etype = "CONCEDE"  # one side's own truce (PLOVER)
                return Frame(tok, tok, etype, mode, "noun")
        own_visit = mode == "visit" and any(c.dep_ == "poss" or c.dep_ == "prep" and
                                            c.lower_ == "of" for c in tok.children)
        if dep == "pobj" and etype == "CONSULT" and (head.lower_ == "during" or head.lower_ in (
                "at", "in") and _lemma(head.head) in lx.REPORTING) and \
                not own_visit and head.head.pos_ in ("VERB", "AUX") and (carrier != tok or any(
                    c.dep_ in ("prep", "poss", "compound") for c in tok.children)):
            # not "During the conversation, ...", which refers back to talks already told
            # "During the talks in Belarus, the delegations clarified ...", "stated in an
            # interview with CNN", "said at a meeting with students": the talks took place
            return Frame(tok, head.head, etype, mode, "noun")
        if etype == "CONSULT" and dep == "pobj" and head.lower_ == "for" and \
                _lemma(head.head) in GATHERING_PURPOSES and mode != "visit" and (
                    self._modifier_matches(tok, ("group",)) or any(
                        (m := self.match_at.get(t.i)) is not None and m.kind == "group"
                        for c in _children(tok, "prep") if c.lower_ == "of"
                        for p in _children(c, "pobj") for t in p.subtree)):
            # "arrived in Russia for the informal CIS summit", "preparations for the upcoming
            # CSTO meeting": the gathering is held, or to be, by those it gathers
            return Frame(tok, tok, etype, "multilateral", "noun")
        if etype == "CONSULT" and (held := _held_in_clause(tok)) is not None:
            # "talks, which took place on March 29", "the dialogue we are conducting with"
            doers = [s for s in _children(held, "nsubj") if s.lower_ not in ("which", "that")]
            return Frame(tok, held if doers else tok, etype, mode, "noun")
        if dep == "conj" and head.pos_ == "NOUN" and _lemma(head) in lx.NOUNS and \
                _lemma(head) != lemma:
            first = self._noun_frame(head, _lemma(head))
            if first is not None and first.etype == etype and (first.victim or
                                                              first.pred == head.head):
                # "repelled attacks and strikes by Russian troops": one attack; "offer my
                # greetings and congratulations": one message
                return None
            if first is not None and first.pred != head:
                # "carry out deportation or even mobilization of the residents"
                return Frame(tok, first.pred, etype, mode, "noun")
        if etype == "MOBILIZE" and JOINT & mods:
            etype, mode = "COOPERATE", None  # "a joint patrol"
        if etype == "COOPERATE" and self._joint(tok, mods) and not (
                dep == "pobj" and head.lower_ == "of" and _lemma(head.head) in VALUED_AIMS):
            # (not "the importance of joint work", "areas of joint work")
            # "developed joint production", "Russia-Belarus exercises": any verb will do
            pred = head if dep in ("dobj", "nsubj", "nsubjpass") and head.pos_ == "VERB" else tok
            if dep == "pobj" and head.lower_ in ("in", "into") and \
                    _lemma(head.head) in lx.PREP_PREDICATES:
                pred = head.head  # "regions are engaged in joint work with Korean partners"
            return Frame(tok, pred, etype, mode, "noun", reciprocal=True)
        if etype == "COOPERATE" and (held := self._held_by_two(tok)) is not None:
            # "Russia and Armenia have attained considerable experience of fruitful
            # cooperation": the two subjects cooperated, each with the other
            return Frame(tok, held, etype, mode, "noun", reciprocal=True)
        if dep == "dobj" and etype == "AGREE" and mode == "ceasefire" and \
                _lemma(head) in EXPLOITING_VERBS:
            return None  # "used the ceasefire to regroup": a truce abused, agreed by no one
        if dep == "dobj" and _lemma(head) in lx.STOPPING_VERBS and etype in (
                "ASSAULT", "COERCE") and (head.dep_ == "xcomp" and
                                          _lemma(head.head) in HALT_AGREED or _deals_act(head)):
            return None  # "agreed to halt strikes on energy infrastructure for 30 days", "a
            # deal to halt attacks at sea": the halt is what is agreed (a truce), no strike told
        if dep == "dobj" and _lemma(head) in lx.STOPPING_VERBS and etype == "ASSAULT" and \
                head.tag_ in ("VBD", "VBN") and not _children(head, "neg") and any(
                    self._armed_actor(s) for s in _children(head, "nsubj")):
            # "the Ukrainian army had stopped the offensive of the Russian army": fought it
            # back, as "repelled" (the attack made on them, both ways)
            return Frame(tok, head, etype, mode, "noun", victim=True, reciprocal=True)
        if dep == "dobj" and _lemma(head) in lx.STOPPING_VERBS and etype in (
                "ASSAULT", "COERCE") and (_children(head, "neg") or any(
                    c.dep_ == "prep" and c.lower_ in ("of", "on", "against") and
                    _children(c, "pobj") for c in tok.children)):
            # "stop the deportation of Ukrainian citizens", "did not stop the shelling": the
            # attack goes on (not "an order to stop the assault", one's own attack)
            return Frame(tok, tok, etype, mode, "noun", presupposed=True)
        if dep == "pobj" and head.lower_ == "under" and etype in ("ASSAULT", "COERCE",
                                                                  "SANCTION") and \
                _lemma(head.head) in ("be", "come", "remain", "find") and \
                not _in_doubt(tok, ("threat", "risk", "danger")):
            # "Kharkiv is under constant shelling", "the sites are under cyber attack",
            # "Belarus is always under sanctions"
            return Frame(tok, head.head, etype, mode, "noun", victim=True)
        if dep == "dobj" and etype in ("ASSAULT", "COERCE") and (
                _lemma(head) in lx.ENDURE_VERBS or _lemma(head) in ("see", "witness") and any(
                    (m := self.match_at.get(t.i)) is not None and m.kind in (
                        "state", "entity", "place", "capital") for s in _children(head, "nsubj")
                    for t in s.subtree)
                ) and not _in_doubt(tok, ("threat", "risk", "danger")):
            # ("the Lugansk People's Republic has seen bombings": a place that saw them)
            # "repelled attacks by Russian troops", "resisted cyberattacks by Russia": the
            # attack was made on whoever withstood it; resisting it is fighting back, both ways
            return Frame(tok, head, etype, mode, "noun", victim=True,
                         reciprocal=etype == "ASSAULT" and _lemma(head) in lx.FIGHT_BACK_VERBS)
        if dep == "attr" and _lemma(head) == "be" and _children(head, "expl") and not _children(
                head, "neg") and not any(c.lower_ in ("no", "any") for c in tok.children) and \
                (etype in ("ASSAULT", "COERCE", "PROTEST", "CONSULT") or etype == "AGREE" and
                 head.tag_ in ("VBZ", "VBP", "VBD")):  # (not "there will be an agreement")
            # "there was a missile strike at the centre of Donetsk", "there were barbarous
            # attacks on hospitals", "there is an agreement with Turkey": it happened
            return Frame(tok, head, etype, mode, "noun")
        if dep == "attr" and etype in ("RETREAT", "ASSAULT") and head.tag_ == "VBD" and \
                _lemma(head) == "be" and any(s.lower_ in ("it", "this", "that") for s in
                                             _children(head, "nsubj")):
            return Frame(tok, tok, etype, mode, "noun")  # "it was an inglorious withdrawal"
        if dep == "pobj" and head.lower_ == "of" and etype == "SANCTION" and \
                _lemma(head.head) in SANCTION_EFFECTS:
            # "analyze the real impact of sanctions against Russia": sanctions in force
            return Frame(tok, tok, etype, mode, "noun", presupposed=True)
        if dep == "dobj" and etype == "SANCTION" and _lemma(head) in EVADING_VERBS:
            # "Russia will be able to circumvent EU sanctions": sanctions in force
            return Frame(tok, tok, etype, mode, "noun", presupposed=True)
        if dep == "dobj" and lemma == "release" and _lemma(head) in SECURING_VERBS:
            # "secured the release of 215 of its fighters held by Russia": freed by their
            # captors, for the side that secured it
            return Frame(tok, head, etype, mode, "noun", victim=True)
        if dep in ("dobj", "attr") and head.pos_ in ("VERB", "AUX"):
            hl = _lemma(head)
            if hl in lx.PREVENT_VERBS or hl in ("need", "deserve"):
                # "to prevent an invasion": it did not happen; "Ukraine needs support":
                # asked for (the verb's REQUEST), not given; "deserves support": the verb's
                return None
            if hl in lx.LIGHT_VERBS or hl in lx.GOVERNORS or hl in lx.OBJECT_VERBS or (
                    etype == "AID" and hl in lx.PROMISING_VERBS) or (
                    etype in ("SUPPORT", "AID") and hl in WON_VERBS) or (
                    lemma in lx.READINESS_NOUNS and hl in ("show", "demonstrate", "display")):
                pred = head  # (also "does not show willingness for a real conversation")
            elif hl in lx.REPORTING or self._aims_at_act(tok, lemma):
                pred = tok  # an event mentioned in a statement: "stressed the strikes by ..."
            elif etype == "CONSULT" and (self._told_talks(tok) or mode == "visit" and
                                         self._told_visit(tok)):
                pred = tok  # "answering questions following the talks with Mark Rutte"
            else:
                return None
        elif (dep == "compound" and head.dep_ == "dobj" and _lemma(head.head) in lx.LIGHT_VERBS
              ) or (dep == "pobj" and head.head.pos_ == "VERB" and head.lower_ in (
                  "in", "into", "on", "to", "under") and _lemma(head.head) in lx.PREP_PREDICATES
                    ) or (etype not in lx.CONFLICTUAL and _looked_forward_to(tok)):
            pred = head.head
        elif etype == "CONSULT" and dep == "pobj" and head.lower_ == "in" and _lemma(
                head.head) in ("be", "remain", "stay") and any(
                    c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            pred = head.head  # "Ukraine is in constant consultation with international partners"
        elif etype in ("REQUEST", "THREATEN") and dep == "pobj" and head.lower_ == "with" and \
                head.head.pos_ == "VERB" and _lemma(head.head) not in lx.PREVENT_VERBS:
            # "addressed you with a request to help close our skies", "turned to the UN with
            # an appeal", "came out with a threat": the request or threat was made
            return Frame(tok, head.head, etype, mode, "noun", governs=True)
        elif etype == "ASSAULT" and dep == "pobj" and head.lower_ != "since" and \
                self._victim_verb(tok) is not None:  # not "suffered losses since the invasion"
            return Frame(tok, self._victim_verb(tok), etype, mode, "noun", victim=True)
        elif dep in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            happens = [c for c in _children(head, "xcomp") if _lemma(c) in
                       lx.NOUN_SUBJECT_VERBS] if _lemma(head) == "be" else []
            if own_visit and self._told_visit(tok):
                return Frame(tok, tok, etype, mode, "noun")  # "Scholz's visit to Kyiv was"
            if dep == "nsubj" and etype in JUDGED_AS_PAST and head.tag_ == "VBD" and \
                    _lemma(head) == "be" and _children(head, "acomp"):
                # "The talks with the President of Turkmenistan were quite substantive",
                # "Their withdrawal was also shameful": judged, so it took place
                return Frame(tok, tok, etype, mode, "noun")
            if dep == "nsubj" and _lemma(head) == "be" and etype in ("ASSAULT", "COERCE") and \
                    (self._own_agent(tok) or self._named_target(tok)) and _judged_as_done(head):
                # "the blockade of the city by the Russian occupiers is a deliberate step",
                # "the shelling of Kharkiv is unacceptable": the act is told as done, and judged
                return Frame(tok, tok, etype, mode, "noun")
            if dep == "nsubj" and etype in ("ASSAULT", "COERCE") and self._done_by(tok) and \
                    not has_aux(head, lx.HYPO_AUX | lx.FUTURE_AUX):
                # "the blockade of Ukrainian ports by Russian troops has caused a food
                # crisis": told as done, by whom, and blamed for what it does
                return Frame(tok, tok, etype, mode, "noun", presupposed=True)
            if dep == "nsubj" and etype == "CONSULT" and _lemma(head) in TOPIC_VERBS_OF_TALKS \
                    and self._implied_parties(self.sent_index(tok.i)):
                # "The discussion focused on trade" in a readout of a call: the two talked
                return Frame(tok, head, etype, mode, "noun")
            if dep == "nsubj" and etype == "SANCTION" and _told_as_in_force(head):
                # "Sanctions against Russia are very significant", "illegitimate sanctions have
                # led to a wave of inflation": sanctions in force
                return Frame(tok, tok, etype, mode, "noun", presupposed=True)
            goes_on = etype in ("ASSAULT", "COERCE") and _lemma(head) in ("go", "carry") and any(
                c.dep_ == "prt" and c.lower_ == "on" for c in head.children)  # "went on"
            if dep == "nsubj" and _lemma(head) not in lx.NOUN_SUBJECT_VERBS and not happens \
                    and not goes_on and not (_lemma(head) == "be" and any(
                        c.lower_ in ("underway", "ongoing") or c.lower_ == "under" and any(
                            w.lower_ == "way" for w in c.children) for c in head.children)):
                return None  # but "the investigation is underway" reports it
            if dep == "nsubjpass" and (_lemma(head) not in lx.LIGHT_VERBS | set(lx.OBJECT_VERBS)
                                       or _lemma(head) == "need"):  # "sanctions are needed"
                return None
            pred = happens[0] if happens else head  # "the round ... is to take place"
            if etype == "AGREE" and mode == "ceasefire" and _lemma(head) in (
                    "take", "come", "enter", "hold", "begin", "start", "remain"):
                etype = "RETREAT"
        elif dep == "ROOT" or dep in ("acl", "advcl") and _nominal_gerund(tok):
            pred = tok
        elif lemma in lx.COURTESIES and dep in ("appos", "npadvmod", "dep") and any(
                c.dep_ == "poss" and c.lower_ in ("my", "our") for c in tok.children):
            pred = tok  # "Your Holiness, My congratulations to you on the holiday."
        elif dep == "conj" and tok.head.dep_ in ("dobj", "nsubj", "nsubjpass"):
            return None  # coordinated with another event noun: that one carries the predicate
        elif etype in ("ASSAULT", "COERCE", "SANCTION") and self._own_agent(tok) and not (
                etype == "ASSAULT" and _backgrounded(tok) and not _strike_told_after(tok) and (
                    lemma not in lx.WAR_NOUNS or self._victim_verb(tok) is not None)) and \
                not _in_doubt(tok, ("threat", "risk", "danger")):
            pred = tok  # "affected by the Russian shelling", "sanctions by the West"
        elif etype == "RETREAT" and mode == "withdraw" and any(
                self._armed_actor(p) for c in _children(tok, "prep") if c.lower_ == "of"
                for p in _children(c, "pobj")) and not _still_to_come(tok) and \
                not _topic_of_talks(tok) and \
                not _in_doubt(tok, ("threat", "risk", "possibility", "demand", "need", "evidence",
                                    "sign")):
            pred = tok  # "after the withdrawal of Russian troops from the Kyiv region"
        elif etype == "PROTEST" and mode == "demo" and self._told_rally(tok):
            pred = tok  # "thousands of people at a resistance rally in occupied Lille"
        elif etype in ("AID", "COOPERATE", "SUPPORT") and self._thanked_for(tok) is not None:
            pred = tok  # "grateful to Romania for the defence assistance": it was given
        elif etype == "SANCTION" and self._thanked_for(_carried(tok)) is not None:
            pred = tok  # "thanked Japan for its sanctions", "for its sanctions policy"
        elif etype == "ASSAULT" and self._told_attack(tok):
            pred = tok  # "requested recognition in connection with massive shelling of Donbass"
        elif etype == "CONSULT" and (told := opening_of(tok)) is not None:
            pred = told  # "At the start of the meeting, the President noted": a participant
        elif etype == "CONSULT" and self._told_talks(tok):
            pred = tok  # "following the talks with Mark Rutte", "the results of his conversation"
        elif etype == "CONSULT" and _outcome_of(tok):
            pred = tok  # "the outcomes of the Russia-Iran top-level meeting": it was held
        elif etype == "CONSULT" and mode == "visit" and self._told_visit(tok):
            pred = tok  # "thanked him for the visit to Ukraine", "his visit to Moscow was"
        elif etype == "MOBILIZE" and self._told_deployment(tok):
            pred = tok  # "infrastructure for the deployment of a US brigade is being created"
        elif self._aims_at_act(tok, lemma):
            pred = tok
        else:
            return None
        # "confirms its readiness to open access": the readiness reads what it is for
        return Frame(tok, pred, etype, mode, "noun", reciprocal=reciprocal,
                     governs=self._aims_at_act(tok, lemma))

    def _purpose_of_a_thing(self, verb: Any) -> bool:
        """Is the verb what a thing or a deed is for ("measures to support the people"), not
        what an actor, a readiness, a decision or a pledge is to do?"""
        head = verb.head
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if verb.dep_ == "advcl" and infinitive:
            # "print more money to support its war effort" (not "arrived in Kyiv to support
            # Ukraine", a state or body backed)
            return not any((m := self.match_at.get(o.i)) is not None and m.kind in (
                "state", "group", "entity", "person") for o in _children(verb, "dobj"))
        return verb.dep_ in ("relcl", "acl") and head.pos_ == "NOUN" and infinitive and \
            not self._is_actor_head(head) and _lemma(head) not in lx.NOUNS and \
            _lemma(head) not in lx.READINESS_NOUNS | lx.DECISIONS | lx.PLEDGE_NOUNS

    @staticmethod
    def _weapon_test(tok: Any) -> bool:
        """A test of weapons told as done: "the test launch of the Sarmat missile", "the test
        of a hypersonic missile" (not "the launch of missiles at Kyiv", an attack, nor a test
        planned)."""
        if _lemma(tok) == "launch":
            tested = any(_lemma(c) == "test" for c in tok.children if c.dep_ in ("compound",
                                                                                 "amod"))
        else:
            tested = bool({_lemma(p) for c in _children(tok, "prep") if c.lower_ == "of"
                           for p in _children(c, "pobj")} & lx.TESTED_WEAPONS)
        return tested and not _still_to_come(tok) and not _in_doubt(
            tok, ("plan", "threat", "possibility"))

    def _ready_to_fight(self, ready: Any, head: Any) -> bool:
        """Is an armed force ready for something other than talks, aid or a truce?"""
        if not any(self._armed_actor(sj) for sj in _children(head, "nsubj")):
            return False
        wanted = [*_children(ready, "xcomp"), *(p for c in _children(ready, "prep")
                                                if c.lower_ == "for" for p in _children(c, "pobj"))]
        peaceful = lx.COOPERATIVE | {"AGREE"}
        return not any({lx.noun_type(_lemma(w)),
                        lx.VERBS.get(_lemma(w), ("", None))[0],
                        *(etype for _, etype, _ in lx.OBJECT_VERBS.get(_lemma(w), []))} & peaceful
                       for w in wanted)

    def _made_together(self, tok: Any) -> bool:
        """"Together with UNICEF" on the verb or its subject, naming an actor."""
        return any(self._is_actor_head(p) for p in self.made_with(tok))

    @staticmethod
    def made_with(tok: Any) -> list[Any]:
        """The heads after "together with" on a verb or its subject, conjuncts included."""
        holders = [tok, *_children(tok, "nsubj", "nsubjpass")]
        return [c for h in holders for w in _children(h, "prep")
                if w.lower_ == "with" and any(_lemma(a) == "together"
                                              for a in _children(w, "advmod"))
                for p in _children(w, "pobj") for c in _conjuncts(p)]

    def _operation_in_place(self, tok: Any) -> bool:
        """"During the special military operation in Ukraine", "participating in the special
        military operation in Donbass": a war waged under its own name, where it is fought
        (not "the special military operation to protect Donbass", its declared aim)."""
        if named_operation(tok) is None or _in_doubt(tok, ("threat", "risk", "danger", "plan")):
            return False
        return any(p.i in self.match_at for c in _children(tok, "prep") if c.lower_ == "in"
                   for p in c.subtree)

    def _subject_is_a_thing(self, verb: Any) -> bool:
        """Is what threatens, warns, rules out or helps a thing, not someone ("weapons systems
        that threaten Russia", "the steel industry has been warning us", "guarantees that rule
        out NATO's expansion", "it helps us endure this war")?"""
        subjects = clause_subjects(verb)
        return bool(subjects) and not any(
            self._is_actorish(s) or self._is_actor_head(s) or (  # (a pronoun but "it" is one)
                (a := self.actor_at(s)) is not None and bool(a.code or a.sector)) or
            _lemma(s) in lx.PEOPLE_STRUCK | {"wife", "husband", "spouse", "lady"}
            for s in subjects)

    def _war_waged(self, tok: Any) -> bool:
        """"Russia's full-scale war against Ukraine has been going on", "the war waged by
        Russia against our state", "in the war against the Russian invaders": a war told with
        who wages it or on whom, going on (not "despite the war", "suffered from the war", "a
        position on the war", "after the end of the war", "winning the war", "a sanctions
        war", "war crimes")."""
        if tok.dep_ in ("compound", "amod") or _in_doubt(tok, ("threat", "risk", "danger")) or \
                lx.FIGURATIVE_WARS & {_lemma(c) for c in tok.children} or _backgrounded(tok):
            return False
        if tok.dep_ == "pobj" and (
                tok.head.lower_ in lx.CAUSE_PREPS | {"given", "despite", "from", "on", "about"} or
                _lemma(tok.head.head) in lx.TIME_NOUNS | WAR_AFTERMATH):
            return False
        if tok.dep_ == "dobj" and _lemma(tok.head) in ("win", "end", "stop", "lose"):
            return False
        # "the war waged by Russia against ...", also parsed as the participle's subject
        waging = [c for c in tok.children if c.dep_ == "acl"] + (
            [tok.head] if tok.dep_ == "nsubj" and _children(tok.head, "agent") else [])
        waged_by = [p for c in waging for a in _children(c, "agent") for p in _children(a, "pobj")]
        against = [p for t in [tok, *waging] for c in _children(t, "prep")
                   if c.lower_ == "against" for p in _children(c, "pobj")]
        owners = [c for c in tok.children if c.dep_ in ("poss", "amod")]
        return any(self._is_actorish(p) for p in waged_by + against) or any(
            (m := self.match_at.get(c.i)) is not None and m.code for c in owners)

    def _armed_leaving(self, verb: Any) -> bool:
        """Do troops leave ground ("the occupiers left our land", "Russian troops have left
        Kherson"), not civilians a city nor a party a treaty?"""
        ground = [o for o in _children(verb, "dobj")
                  if _lemma(o) in lx.TERRITORY or self._is_place(o)]
        return bool(ground) and any(self._armed_actor(s) for s in self._subjects(verb)[0])

    def _offered_act(self, noun: Any) -> bool:
        """Is the proposal someone's offer of an act to come ("Kazakhstan's proposal to hold a
        meeting"), its maker named?"""
        owners = _children(noun, "poss") + [p for c in _children(noun, "prep") if c.lower_ == "of"
                                            for p in _children(c, "pobj")]
        return any(_children(a, "aux") and a.dep_ == "acl" for a in noun.children) and any(
            a.code for o in owners for a in self.actors_of(o))

    def _works_with_actor(self, verb: Any) -> bool:
        """"working with our colleagues from Europe" (not "work with refugees", not "who
        work with Russia", "its readiness to work with the United States")."""
        clause = first_conjunct(verb)
        if clause.dep_ in ("relcl", "acl"):
            return False
        return any((m := self.match_at.get(t.i)) is not None and m.code is not None and
                   m.kind not in ("place", "sector", "world_place")
                   for c in _children(verb, "prep") if c.lower_ == "with"
                   for p in _children(c, "pobj") for t in p.subtree)

    def _held_by_two(self, tok: Any) -> Any:
        """The verb whose object holds a joint act and whose subject is two coordinated
        states ("Russia and Uzbekistan have acquired experience in beneficial cooperation");
        None otherwise."""
        cur = tok
        for _ in range(4):
            if cur.dep_ not in ("dobj", "pobj", "prep", "conj"):
                return None
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                break
        else:
            return None
        if cur.pos_ not in ("VERB", "AUX") or has_aux(cur, lx.HYPO_AUX | lx.FUTURE_AUX):
            return None
        for subj in _children(cur, "nsubj"):
            states = {m.code for t in _conjuncts(subj) if (m := self.match_at.get(t.i)) is not None
                      and m.kind == "state" and m.code}
            if len(states) >= 2:
                return cur
        return None

    def _joint(self, tok: Any, mods: set[str]) -> bool:
        """Is an act told as two or more states' ("joint drills", "Russia-Belarus exercises")?"""
        return bool(JOINT & mods) or len(self._modifier_codes(tok)) >= 2

    def _enacted_by(self, tok: Any) -> bool:
        """Does an enacting noun name who enacted ("Russia's announcement", "the approval
        by the US Congress")?"""
        return any(c.dep_ == "poss" and self._is_actorish(c) for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ == "by" and any(
                self._is_actorish(p) for p in _children(c, "pobj")) for c in tok.children)

    def _russian_security_demand(self, noun: Any) -> bool:
        """Is the noun Russia's proposal or demand in a sentence on security guarantees, the
        US or NATO, and not only what talks were about?"""
        sent = noun.sent
        if not any(_lemma(t) == "guarantee" or (m := self.match_at.get(t.i)) is not None and
                   m.code in ("USA", "NATO") for t in sent) or any(
                       lx.noun_type(_lemma(a)) == "CONSULT" for a in noun.ancestors):
            return False  # (not "the dialogue on ... the Russian initiative": a topic)
        owned = [noun, noun.head] if noun.dep_ == "conj" else [noun]  # "Russia's concerns
        # and initiatives"
        owners = [c for n in owned for c in n.children if c.dep_ in ("poss", "amod")] + [
            s for n in owned for c in n.children if c.dep_ == "relcl"
            for s in _children(c, "nsubj")]
        return any(o.lower_ in ("our", "we") and self.speakers_state(o.i) == "RUS" or
                   (m := self.match_at.get(o.i)) is not None and m.code == "RUS"
                   for o in owners)

    @staticmethod
    def _demand_stated(tok: Any) -> Frame | None:
        """"Our demand is that Ukraine withdraw its troops", "one of our key demands is
        demilitarisation": a demand stated as what it is (REQUEST, governing its content)."""
        subj = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
            subj = tok.head.head
        be = subj.head
        if subj.dep_ != "nsubj" or _lemma(be) != "be" or not any(
                c.dep_ == "poss" for c in tok.children):
            return None  # only one's own stated demand, not "the demand is growing"
        if not _children(be, "ccomp", "attr", "acomp"):
            return None
        return Frame(tok, be, "REQUEST", None, "noun", governs=True)

    @staticmethod
    def _threat_faced(tok: Any) -> Frame | None:
        """"There is a threat of new sanctions", "Belarus faces the threat of an invasion":
        a threat of a hostile act hangs over someone (THREATEN), though no one utters it."""
        feared = [_lemma(p) for c in _children(tok, "prep") if c.lower_ == "of"
                  for p in _children(c, "pobj")]
        kinds = [lx.NOUNS[f][0] for f in feared if f in lx.NOUNS]
        if not kinds or kinds[0] not in lx.CONFLICTUAL:
            return None
        mode = "restrict" if kinds[0] in ("SANCTION", "COERCE") else "violence"
        head = tok.head
        if tok.dep_ in ("attr", "nsubj") and _lemma(head) == "be" and _children(head, "expl"):
            return Frame(tok, tok, "THREATEN", mode, "noun")
        if tok.dep_ == "dobj" and _lemma(head) in ("face", "fear"):
            return Frame(tok, head, "THREATEN", mode, "noun", victim=True)
        return None

    def _hoped_of_someone(self, clauses: list[Any]) -> bool:
        """Is what is hoped for asked of someone ("hope that Denmark will", "that the
        agreements will be observed"), not of a thing ("hope that the agreements we reached
        will bring results", "that your knowledge will benefit the region")?"""
        for clause in [x for c in clauses for x in _conjuncts(c)]:
            subjects = _children(clause, "nsubj")
            if not subjects or any(s.pos_ == "PRON" or any(
                    a.code or a.name or a.sector for a in self.actors_of(s)) for s in subjects):
                return True
        return False

    def _thanked_for(self, tok: Any) -> tuple[list[Actor], list[Actor]] | None:
        """(thanker, thanked) when a noun is what someone is thanked for ("grateful to
        Romania for the defence assistance"): the thanked gave it to the thanker."""
        while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head  # "for its political support and defence assistance"
        if tok.pos_ == "VERB" and tok.dep_ in ("acl", "xcomp") and tok.head.pos_ == "NOUN":
            tok = tok.head  # "for the decision to allocate $225 million"
        if tok.dep_ == "pcomp" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB":
            # the parse hangs "in supporting our country" on "thanked", beside "for"
            tok = next((p for c in _children(tok.head.head, "prep") if c.lower_ == "for"
                        for p in _children(c, "pobj")), tok)
        if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in ("in", "on") and \
                tok.head.head.pos_ == "NOUN":
            tok = tok.head.head  # "for its solidarity in supporting our country"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _lemma(tok.head.head) in lx.SPANS:
            tok = tok.head.head  # "for many years of practical support for Ukraine"
        if not (tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "for"):
            return None
        said = tok.head.head
        for _ in range(4):  # "expressed gratitude to the leadership of Poland and the Polish
            # people for the support": the parse hangs "for" on the people thanked
            if said.pos_ not in ("NOUN", "PROPN", "ADP") or said.dep_ not in (
                    "conj", "pobj", "prep"):
                break
            said = said.head
        if _lemma(said) == "be":  # "I am grateful to Italy for ...": "for" hangs on "am"
            said = next((c for c in said.children if c.dep_ == "acomp" and
                         _lemma(c) in lx.GRATEFUL_ADJ), said)
        said = next((c for c in _children(said, "dobj") if _lemma(c) in lx.THANKS), said)
        # "expressed gratitude to Biden for ...": "for" hangs on "expressed"
        thank = self.frame_of(said)
        if thank is None or thank.etype != "SUPPORT" or _lemma(thank.trigger) not in lx.THANKS:
            return None
        thanker, thanked = self._arguments(thank, "SUPPORT")
        thanker = [a for a in self._coref(list(thanker), thank, self.sent_index(tok.i), None)
                   if a is not None]
        if not thanker and not _children(said, "nsubj") and (
                voice := self._own_voice(said)) is not None:
            thanker = [voice]  # "Thank you for inviting me": the speaker thanks
        if thanker and not any(a.code or not _names_no_one(a.text) for a in thanked):
            # "thanked for the constant support of Great Britain": the giver named; else
            # "Erdogan expressed gratitude for ...", "thanked the interlocutors for ..." in a
            # readout of talks
            thanked = self._giver_named(tok, thanker) or [
                a for a in self._title_pair() if a.code not in {t.code for t in thanker}]
        if thanker and not thanked:
            # "In my address to the Slovak Parliament, I thanked for the strong defense,
            # sanctions and other support": the one other state the sentence names
            sent = self.sents[self.sent_index(tok.i)]
            others = set(self._sentence_codes(sent, opposed=False)) - {
                a.code for a in thanker} - {ADVERSARY.get(self.home or "")}
            thanked = [Actor(text="", code=others.pop(), sector="GOV")] if len(
                others) == 1 else []
        return (thanker, thanked) if thanker else None

    def _giver_named(self, given: Any, thanker: list[Actor]) -> list[Actor]:
        """The state a thing thanked for is "of": "the support of Great Britain"."""
        return [Actor(text=self.doc[m.start:m.end].text, code=m.code, sector="GOV")
                for c in _children(given, "prep") if c.lower_ == "of"
                for p in _children(c, "pobj")
                if (m := self.match_at.get(p.i)) is not None and m.kind == "state"
                and m.code and m.code not in {a.code for a in thanker}][:1]

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
        asked = {f.trigger.i for f in out}
        for f in by_trigger.values():
            if f.kind == "noun" and f.pred != f.trigger and f.pred.i in asked and \
                    not f.presupposed and not _goes_on(f):
                continue  # "the G7 should impose an embargo": the embargo is asked for
            if f.kind == "noun" and f.pred != f.trigger and f.pred.i in by_trigger:
                owner = by_trigger[f.pred.i]
                if (owner.kind == "object" or owner.kind == "verb" and owner.etype == "AGREE") \
                        and owner.etype != f.etype and _time_anchor(f.trigger):
                    out.append(f)  # "the agreements reached during the talks": both told
                    continue
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
        governors.update({f.pred.i: f for f in frames if f.governs and (
            f.kind == "adj" or f.kind == "noun" and f.pred != f.trigger and
            _lemma(f.pred) == "be")})  # "our demand is that ...": the copula carries it
        for f in frames:
            if f.presupposed or f.etype in lx.CONFLICTUAL and f.trigger.dep_ == "acl" and \
                    f.trigger.tag_ == "VBN" and _children(f.trigger, "agent"):
                continue  # "rebuild the territories destroyed by the army": told as done
            if f.kind == "noun" and any(c.dep_ == "acl" and c.tag_ == "VBN" and _children(
                    c, "agent") and _lemma(c) not in lx.PROPOSING for c in f.trigger.children):
                continue  # "praised the support provided by the Netherlands": given, so told
                # (not "rejected a ceasefire proposed by Washington": only offered)
            if f.kind == "object" and _told_as_past(f.trigger) and (_children(
                    f.trigger, "nsubj", "agent") or f.etype not in ("AGREE", "CONSULT") or any(
                        _time_anchor(n) and _lemma(n) in lx.TALKS for n in f.trigger.subtree)):
                continue  # "hope that the agreements we reached today will bring results",
                # "... reached during the March 3 talks" (their parties'; not "agreements
                # reached on such an issue", whose parties it leaves out)
            cur = f.trigger
            steps = 0
            if f.kind == "adj":
                cur = f.pred
            while steps < 7:
                dep = cur.dep_
                head = cur.head
                # "reached a deal to halt attacks", "accused Ukraine of sending saboteurs to
                # seize the plant", "called for the area to be demilitarised"
                deal_act = _deals_act(cur) or purpose_clause(cur)
                if head == cur or dep in STOP_DEPS and not deal_act:
                    break
                if dep not in PASS_DEPS and not deal_act or dep == "agent" and f.kind == "noun":
                    break  # "(corridor) affected by the shelling": a cause, not what was agreed
                if dep == "pobj" and head.lower_ in ("during", "after", "following", "since"):
                    break  # "during his visit to Moscow, Putin agreed", "After the rocket
                    # attack on Vinnytsia, Zelenskyy called on ...": when, not what
                if dep == "prep" and _is_cause(cur):
                    break  # "requested ... in connection with the shelling": why, not what
                if dep == "ccomp" and cur.i < head.i and _lemma(cur) in lx.REPORTING and \
                        _children(cur, "nsubj"):
                    break  # "The Head of State stressed that ... - he supports Ukraine": a
                    # report of its own the parse hangs on the later verb
                g = governors.get(head.i)
                if g is not None and g.kind == "adj" and head.i == g.pred.i and cur.i < head.i:
                    break  # "X is not preventing ...; we are ready to": a clause before the
                    # copula is not what the readiness is for
                if g is not None and dep == "conj" and not steps and head.i in (
                        g.trigger.i, g.pred.i) and cur.pos_ == "VERB":
                    break  # "failed to ratify them and refused to honour them", "remained
                    # committed to the truce and accused Indian forces of violations": a second
                    # predicate of the subject, not what the first one governs
                if dep == "conj" and cur.tag_ == "VBD" and head.tag_ == "VB" and \
                        to_infinitive(head):
                    break  # "agreed to make every effort ... and called on the Russian party":
                    # a past verb is no part of the infinitive the parse joins it to
                if g is not None and dep == "conj" and head.i == g.trigger.i and \
                        _lemma(cur) in lx.REPORTING:
                    break  # "denied the accusation and said Ukrainian drones had hit a
                    # depot": a claim of its own, not what was denied
                if g is not None and g is not f:
                    # "condemned the aggression of Russia against Ukraine": the condemned
                    # act is told as well, not only what the condemnation is about; so is
                    # a decided act that is welcomed ("welcomes the decisions to impose")
                    f.absorbed = not (g.etype == "ACCUSE" and (
                        f.etype in lx.CONFLICTUAL or f.kind == "noun" and f.governs)) and not (
                        g.etype == "SUPPORT" and f.trigger.dep_ == "acl" and
                        _lemma(f.trigger.head) in lx.DECISIONS)
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


# what used is a weapon besides the lexicon's arms ("used phosphorus bombs", "use nuclear")
USED_ARMS = frozenset({"bomb", "nuclear", "chemical", "biological", "agent", "phosphorus",
                       "mine", "weaponry"})
# what is occupied or taken without anything being seized (singular "position", for "take")
NOT_SEIZED = frozenset({"position", "place", "share", "niche", "bed", "seat", "post", "role",
                        "spot", "office"})
# what is seized as a chance, not as a place or a thing
CHANCES = frozenset({"opportunity", "chance", "moment", "initiative", "occasion", "attention",
                     "imagination"})
# what a state or bloc "occupies" as its extent ("occupies more than a quarter of the Earth's
# land area"; but "31% of the region's territory is occupied" is seized)
SHARES = frozenset({"quarter", "percent", "%", "third", "half", "fifth", "tenth"})
# what is executed without anyone being killed ("court rulings are executed")
EXECUTED_PAPERS = lx.AGREEMENTS | lx.DECISIONS | frozenset({
    "ruling", "order", "budget", "plan", "transaction", "instruction", "task", "programme",
    "program", "project", "decree", "law", "will", "duty", "mission"})
FROZEN_GOODS = frozenset({"asset", "account", "fund", "reserve", "property"})
PRESSING_MATTERS = frozenset({"issue", "matter", "problem", "question", "need", "concern",
                              "task", "challenge", "topic"})
TRADED = frozenset({"oil", "gas", "coal", "energy", "import", "imports", "export", "exports",
                    "product", "products", "goods", "trade", "fuel", "petroleum"})
# what a war is only the setting of: "the consequences of Putin's war", "winning the war"
WAR_AFTERMATH = frozenset({"win", "winning", "consequence", "effect", "impact", "cost",
                           "aftermath", "result"})
FIGURATIVE_MANNER = frozenset({"politically", "diplomatically", "economically", "legally",
                               "financially", "informationally", "ideologically"})
# what one campaigns for rather than takes by force ("we fight for a positive decision of the
# European Union", "we fight every day for the supply of modern weapons")
CAMPAIGNED_FOR = frozenset({"decision", "supply", "supplies", "delivery", "status", "candidacy",
                            "membership", "sanction", "embargo", "vote", "recognition",
                            "resolution", "support", "assistance", "aid", "package", "funding",
                            "accession", "investment", "visa"})


# what a chair asks a speaker to do: give the floor, no request ("asked Belousov to speak")
FLOOR_VERBS = frozenset({"speak", "report", "say", "tell", "comment", "begin", "start",
                         "brief"})


def _deal_to_act(objs: list[Any]) -> bool:
    """Is a deal reached one to do something ("reached a deal to halt attacks at sea")? The
    act is then what was agreed, as after "agreed to"."""
    return any(_deals_act(c) for o in objs for c in o.children) or any(
        _deals_act(c) for o in objs[:1] for c in o.head.children)


def _deals_act(tok: Any) -> bool:
    """Is a word the act a deal is for, an infinitive on the deal ("a deal to halt attacks")
    or, as the parse also hangs it, on the verb that made it (not "implement the agreements
    so as to strengthen the partnership", a purpose)?"""
    if not to_infinitive(tok):
        return False
    if tok.dep_ in ("acl", "relcl"):
        deal = tok.head
    elif tok.dep_ == "advcl":
        deal = next((o for o in _children(tok.head, "dobj") if _lemma(o) in lx.AGREEMENTS), None)
    else:
        return False
    return deal is not None and _lemma(deal) in lx.AGREEMENTS and deal.dep_ == "dobj" and \
        _lemma(deal.head) in DEAL_MAKING


# what is taken without seizing anything ("the first steps are being taken")
TAKEN_STEPS = frozenset({"step", "measure", "action", "decision", "effort", "precaution"})
# demand as a market has it ("growing demand for grain", "reduced the demand for beds")
MARKET_DEMAND = frozenset({"growing", "rising", "high", "low", "domestic", "consumer", "global",
                           "world", "market", "solvent", "external", "internal", "aggregate"})
DEMAND_MOVES = frozenset({"reduce", "increase", "grow", "rise", "fall", "drop", "cut", "lower",
                          "raise", "boost", "stimulate", "satisfy", "meet", "exceed", "outstrip",
                          "decline", "double", "triple"})
ARMED_FOES = frozenset({"terrorist", "bandit", "militant", "occupier", "invader", "enemy",
                        "insurgent", "rebel", "fighter", "gunman", "saboteur", "aggressor"})
LEAVING_VERBS = frozenset({"leave", "flee", "move", "relocate", "go", "evacuate", "emigrate",
                           "abandon", "depart", "resettle", "seek"})  # ("to seek asylum")
# what money spent on is no dealings with a partner
PRESSURE_MEANS = frozenset({"lever", "pressure", "propaganda", "war", "weapon", "army",
                            "armament", "subversion", "blackmail"})
# verbs that make a deal, whose infinitive tells what it is for ("struck a deal to ...")
DEAL_MAKING = frozenset({"reach", "strike", "conclude", "sign", "initial", "broker", "seal",
                         "clinch", "secure", "negotiate", "hammer", "agree"})
# papers that carry one side's terms when handed to the other
TERMS_PAPERS = frozenset({"memorandum", "list", "draft"})  # (an ultimatum is a threat)
# what bars an act named after it ("a ban on Ukraine joining NATO")
BANS = frozenset({"ban", "prohibition", "veto", "bar"})


def _understanding_shown(tok: Any) -> Any:
    """The verb one shows understanding for someone with ("expressed understanding", "spoke
    with understanding about"), not an understanding reached; None otherwise."""
    if any(_lemma(c) in ("mutual", "common", "full") for c in tok.children) or \
            _children(tok, "poss"):
        return None
    if tok.dep_ == "dobj" and _lemma(tok.head) in ("express", "show", "voice", "demonstrate"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and _lemma(tok.head.head) in (
            "speak", "talk", "treat", "react", "respond"):
        return tok.head.head
    return None


# words that name a party only by its part in the talks or the speech
STAND_INS = frozenset({"you", "interlocutor", "interlocutors", "counterpart", "counterparts",
                       "guest", "guests", "colleague", "colleagues"})


def _names_no_one(text: str) -> bool:
    """Does an actor's text name its party only by a pronoun or by its part in the talks
    ("you", "the interlocutors")?"""
    words = text.lower().split()
    return not words or words[-1] in STAND_INS


def _strike_told_after(tok: Any) -> bool:
    """"After the rocket attack by Russian troops on Vinnytsia, ...": one strike on a named
    target, told as what came before (not "during the invasion", the war's background)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("after", "following") and any(
        c.dep_ == "prep" and c.lower_ in ("on", "at", "against") and _children(c, "pobj")
        for c in tok.children)


def _reason_for_thanks(noun: Any) -> bool:
    """Is the noun what thanks are given for, directly or as "years of" it, with no partner
    named ("thanked Merkel for many years of fruitful cooperation")?"""
    cur = noun
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.dep_ == "pobj":
        cur = cur.head.head
    for_ = cur.head
    thanking = for_.head
    return cur.dep_ == "pobj" and for_.lower_ == "for" and _thanking(thanking) and not any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children)


def _thanking(word: Any) -> bool:
    """Does the word give thanks ("thanked", "expressed gratitude", "was grateful")?"""
    return _lemma(word) in lx.THANKS or any(
        _lemma(o) in lx.THANKS for o in _children(word, "dobj", "acomp"))


def _bare_reason_for_thanks(noun: Any) -> bool:
    """Is the noun only whose it is in a thanks ("thanked the Belgians for their support"),
    with no one it is for and nothing said of it?"""
    return [c.dep_ for c in noun.children] == ["poss"] and _reason_for_thanks(noun)


# (not "first": "since the first days of the invasion" tells the invasion, at its start)
_ORDINAL = re.compile(r"^(?:\d+(?:nd|rd|th)|\d*[02-9]1st|\w+(?:th|second|third))$")


def _market_demand(noun: Any) -> bool:
    """Is "demand" a market's ("the demand for high-tech products", "consumer demand")?"""
    return any(c.dep_ == "amod" and c.lower_ in lx.MARKET_ADJS for c in noun.children) or any(
        _lemma(p) in lx.GOODS for c in noun.subtree if c.dep_ == "prep" and c.lower_ == "for"
        for p in _children(c, "pobj"))  # (also "the demand of 2,600 companies for …")


def _day_counted_in(tok: Any) -> bool:
    """Is the noun what the days are counted in ("the 35th day of the invasion", "on the
    fifth day of Russia's full-scale war")?"""
    day = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and _lemma(day) == "day" and any(
        c.dep_ in ("amod", "nummod") and (c.ent_type_ == "ORDINAL" or _ORDINAL.match(
            c.lower_)) for c in day.children)


def _time_anchor(tok: Any) -> bool:
    """"the agreements reached during the March 3 talks": the talks are when, not what was
    reached, and are told in their own right."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("during", "after", "following")


# working on others to act: "communicating with partners to enhance sanctions"
CANVASSING_VERBS = frozenset({"communicate", "work", "talk", "coordinate", "consult",
                              "negotiate", "lobby", "campaign"})


def _drafts_sanctions(tok: Any) -> bool:
    """Does a verb draw up proposals for sanctions ("developing proposals on sanctions")?"""
    return any(_lemma(o).rstrip("s") in lx.PROPOSAL_DOCS for o in _children(tok, "dobj")) and \
        any(_lemma(t).rstrip("s") in lx.SANCTION_WORDS for t in tok.subtree) and \
        not _children(tok, "neg")


def _helped_to_a_status(verb: Any) -> bool:
    """"We are helping people, residents of Donbass, to achieve a neutral status": a war aim
    told as help, no aid given."""
    return any(_lemma(c) in ("achieve", "attain", "gain", "obtain") and any(
        _lemma(o) in lx.POLITICAL_ENDS for o in _children(c, "dobj"))
        for c in verb.children if c.dep_ in ("xcomp", "conj", "ccomp", "advcl"))


def _in_a_drafted_plan(tok: Any) -> bool:
    """Is the noun the object of the infinitive of a plan ("developed an Action Plan to
    strengthen sanctions", "handed over a Plan to strengthen sanctions")?"""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.dep_ not in ("advcl", "acl") or not to_infinitive(verb):
        return False
    if verb.dep_ == "acl":
        return _lemma(verb.head).rstrip("s") in lx.PROPOSAL_DOCS  # "handed over … a Plan to
        # strengthen sanctions": the plan's aim, whoever drew it up
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else verb
    if _lemma(verb.head) in CANVASSING_VERBS:
        return True  # "we are actively communicating with partners to enhance sanctions on
        # Russia": what the talks aim at, imposed by the partners if at all
    return _drafts_sanctions(verb.head) or _lemma(before).rstrip("s") in lx.PROPOSAL_DOCS
    # ("presented / handed over a Plan to strengthen …"; the plan's name just before "to",
    # whatever the parse hangs it on)


def _looked_forward_to(tok: Any) -> bool:
    """"Looks forward to effective cooperation with Ukraine": an act the subject intends."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "to" and looks_forward(prep.head)


def named_operation(tok: Any) -> str | None:
    """Who wages the war an operation noun names ("the (ongoing) special military
    operation"), if any."""
    if _lemma(tok) != "operation":
        return None
    mods = frozenset(_lemma(c) for c in tok.children if c.dep_ in ("amod", "compound"))
    return next((who for name, who in NAMED_OPERATIONS.items() if name <= mods), None)


def _important_for_other(act: Any) -> bool:
    """Is an act said to be needed of someone ("it is important for Russia to stop the
    shelling", "it is necessary for the occupiers to withdraw")?"""
    if act.pos_ != "VERB" or not any(c.dep_ == "mark" and c.lower_ == "for"
                                     for c in act.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return False
    if any(s.lower_ in ("us", "we", "me", "i") for s in _children(act, "nsubj")):
        return False
    return judged_important(act.head)


def _outcome_of(talks: Any) -> bool:
    """Are these talks the ones whose outcome is told ("the results of the meeting of
    Zelenskyy with Mitsotakis"), so held, not only planned?"""
    return talks.dep_ == "pobj" and talks.head.lower_ == "of" and \
        _lemma(talks.head.head) in ("outcome", "result") and not _still_to_come(talks)


def _needed_of_other(tok: Any) -> Any | None:
    """The act in "Russia needs (has) to withdraw its troops": asked of another, as "must"
    (not "we need to", what the speaker means to do, nor "had to", done)."""
    if _lemma(tok) not in ("need", "have") or tok.pos_ != "VERB" or tok.tag_ not in (
            "VBZ", "VBP"):
        return None
    subj = _children(tok, "nsubj")
    if not subj or any(s.lower_ in ("i", "we") for s in subj):
        return None
    return next((x for x in _children(tok, "xcomp") if x.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in x.children)), None)


REMOTE_PREPS = ("by", "via", "over")


def _over_remote(tok: Any, preps: tuple[str, ...] = REMOTE_PREPS) -> bool:
    """Is something done over a line ("spoke by phone", "via video link")?"""
    return any(c.lower_ in preps and any(_lemma(p) in lx.REMOTE for p in _children(c, "pobj"))
               for c in _children(tok, "prep"))


def _told_as_in_force(verb: Any) -> bool:
    """Is the clause a plain statement of fact (no negation, modal or future: not "sanctions
    should include", "sanctions are not enough", "will be tightened")?"""
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("ROOT", "conj", "ccomp") and \
        not _children(verb, "neg") and \
        not has_aux(verb, lx.FUTURE_AUX | lx.HYPO_AUX | {"must", "to"})


def _told_as_past(verb: Any) -> bool:
    """Is a verb a clause on a noun telling a past act ("the agreements we reached today",
    "the armed forces deployed around Ukraine's borders")?"""
    return verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ not in ("was", "were", "been", "had", "have",
                                                           "has") for c in verb.children)


def _with_the_press(frame: Frame) -> bool:
    """Are the talks only with journalists ("during a conversation with media
    representatives", "met with reporters")? A press briefing is no consultation."""
    partners = [p for c in frame.trigger.children
                if c.dep_ == "prep" and c.lower_ in ("with", "to") or c.dep_ == "dobj"
                for p in ([c] if c.dep_ == "dobj" else _children(c, "pobj"))]
    partners = [_of_object(p) if _lemma(p) in ("representative", "member") else p
                for p in partners]  # "representatives of the media"
    return bool(partners) and all(_lemma(p) in lx.PRESS or any(
        c.dep_ in ("compound", "amod") and _lemma(c) in lx.PRESS for c in p.children)
        for p in partners)


def _nominal_gerund(tok: Any) -> bool:
    """A gerund the parser calls a verb but used as an event noun: no subject, object or
    auxiliary of its own, and an "of" phrase or a noun's modifiers ("missile shelling of",
    "there is Russian artillery shelling")."""
    if tok.tag_ != "VBG" or tok.lower_ not in lx.NOUNS or tok.dep_ not in (
            "ROOT", "nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "acl",
            "advcl"):
        return False
    if _children(tok, "nsubj", "nsubjpass", "dobj", "aux", "auxpass", "csubj"):
        return False
    if tok.dep_ in ("acl", "advcl"):  # a headline's list: "Missile shelling of the Lviv
        # region", "strikes at the Lviv region, shelling of Hulyaipole"
        return tok.head.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True  # "Shelling has been ongoing", "Shelling continued"
    return any(c.dep_ in ("det", "amod", "compound", "nmod", "poss") or c.dep_ == "prep" and
               c.lower_ == "of" for c in tok.children)


def _armed(noun: Any) -> bool:
    """A force told by its arms ("an armed group", "NATO military capacity"), not money."""
    return any(c.dep_ == "amod" and c.lower_ in ("armed", "military") for c in noun.children) \
        and _lemma(noun) not in ("spending", "budget", "expenditure", "aid", "assistance")


# what is received as news, not as a guest
RECEIVED_NEWS = frozenset({"intelligence", "information", "data", "report", "message", "letter",
                           "update", "signal"})
# what is struck in ceremony or in words, not in war
STRUCK_NOT_ATTACKED = frozenset({"bell", "gong", "chord", "note", "pose", "balance", "tone"})
ORDERING_VERBS = frozenset({"order", "instruct", "command", "direct", "tell"})


def _ordered_to_stop(stop: Any) -> bool:
    """"ordered the army to stop …": a halt someone orders (not "did not stop")."""
    return _lemma(stop) in lx.STOPPING_VERBS and stop.dep_ == "xcomp" and \
        _lemma(stop.head) in ORDERING_VERBS and not _children(stop, "neg")


def _attack_verb(lemma: str) -> bool:
    return lx.VERBS.get(lemma, ("",))[0] == "ASSAULT" or any(
        etype == "ASSAULT" for _, etype, _ in lx.OBJECT_VERBS.get(lemma, ()))


def _goes_on(frame: Frame) -> bool:
    """An attack that whoever is asked to stop is making ("Russia must stop the shelling")."""
    return frame.etype in ("ASSAULT", "COERCE") and _lemma(frame.pred) in lx.STOPPING_VERBS


def _is_cause(prep: Any) -> bool:
    """Does a preposition tell a reason ("because of", "due to", "in connection with", "in
    response to", "as a result of")?"""
    if prep.lower_ in lx.CAUSE_PREPS:
        return True
    noun = prep.head
    return noun.dep_ == "pobj" and _lemma(noun) in lx.CAUSE_NOUNS and \
        noun.head.lower_ in ("in", "as")


def _carried(tok: Any) -> Any:
    """The noun a compound modifies ("sanctions policy"), else the token itself."""
    return tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok


# what a state withdraws from when it leaves, not pulls its troops back (SANCTION/withdraw)
LEFT_BODIES = frozenset({"organization", "organisation", "format", "council", "alliance",
                         "bloc", "group", "process", "initiative"})
# event nouns a past judgement tells as having taken place ("the talks were substantive")
JUDGED_AS_PAST = frozenset({"CONSULT", "RETREAT", "ASSAULT", "COERCE", "SANCTION", "AID"})
EVADING_VERBS = frozenset({"circumvent", "evade", "bypass", "dodge", "skirt"})
# what one comes or prepares for: a gathering ("arrived for the informal CIS summit")
GATHERING_PURPOSES = frozenset({"arrive", "come", "travel", "fly", "go", "head", "leave",
                                "preparation", "prepare", "ready"})
# what sanctions in force have ("the impact of sanctions against Russia")
SANCTION_EFFECTS = frozenset({"impact", "effect", "consequence", "influence", "burden"})


def _what_a_deal_did(tok: Any) -> bool:
    """Is the verb inside a relative clause that tells what an agreement has done or does
    ("the deal, which has allowed Ukraine to export grain")?"""
    cur = tok
    for _ in range(3):
        if cur.dep_ == "relcl":  # (in the perfect: what it has done all along, not the
            # news of "the document, which allowed us to start moving forces")
            return _lemma(cur.head) in lx.AGREEMENTS and any(
                c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in cur.children) \
                and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in cur.children)
        if cur.dep_ not in ("ccomp", "xcomp") or cur.head is cur:
            return False
        cur = cur.head
    return False


# diplomatic acts one assists in ("assistance in hosting talks"): good offices, no aid
FACILITATED = frozenset({"host", "exchange", "organize", "organise", "arrange", "mediate",
                         "negotiate", "settle", "resolve"})
STANCE_NOUNS = frozenset({"position", "approach", "stance", "view", "attitude"})
MISSIONS = frozenset({"embassy", "consulate", "mission", "delegation"})
TOPIC_VERBS_OF_TALKS = frozenset({"focus", "touch", "centre", "center", "concentrate", "cover",
                                  "revolve", "address"})


TALK_NOUNS = frozenset({"discussion", "exchange", "talk", "negotiation", "conversation",
                        "consultation", "agenda"})
TOPIC_PATH = frozenset({"pobj", "prep", "dobj", "conj", "compound", "appos", "nsubjpass",
                        "acl", "relcl"})
# documents whose subject is a topic, not an event: "a joint statement on cooperation"
DOCUMENT_NOUNS = frozenset({"statement", "declaration", "communique", "memorandum", "roadmap",
                            "document"})
ABOUT_VERBS = frozenset({"pertain", "relate", "concern", "regard", "set", "reflect"})


DEEMING_VERBS = frozenset({"call", "consider", "find", "deem", "describe"})


def judged_terms(adj: Any) -> list[Any]:
    """The offers or demands a verdict adjective turns down ("the proposal was unacceptable",
    "called the demands unrealistic"), none when it judges anything else."""
    if adj.dep_ == "acomp" and _lemma(adj.head) == "be" and not _children(adj.head, "neg"):
        judged = _children(adj.head, "nsubj")
    elif adj.dep_ == "oprd" and _lemma(adj.head) in DEEMING_VERBS:
        judged = _children(adj.head, "dobj")
    else:
        return []
    return [j for j in judged if _lemma(j) in lx.PROPOSALS | lx.DEMANDS]


# ways into or through a place that a side at war may bar ("did not let the buses enter")
PASSING_VERBS = frozenset({"enter", "pass", "reach", "come", "arrive", "cross"})


def _violated_by_an_act(verb: Any) -> bool:
    """"violated the ceasefire by striking Kharkiv": a breach told by the act that made it."""
    return _lemma(verb) in ("violate", "breach", "break") and any(
        _tells_an_act(v) for c in _children(verb, "prep") if c.lower_ == "by"
        for v in _children(c, "pcomp"))


def _tells_an_act(verb: Any) -> bool:
    """Is the verb an event's own word ("struck", "shelled", "used artillery"), not one that
    only the words around it make an act ("is using assault drones in violation of")?"""
    lemma = _lemma(verb)
    if lemma in lx.VERBS:
        return True
    objs = {w for o in _children(verb, "dobj") for w in _np_lemmas(o)}
    return any(told is None or told & objs for told, _, _ in lx.OBJECT_VERBS.get(lemma, ()))


def _topic_of_talks(tok: Any) -> bool:
    """Is the noun what talks were about ("the leaders discussed current issues of
    bilateral cooperation", "the discussion focused on the development of Russian-Pakistani
    ties")? The project's gold codes such a topic as no event (1 of 20 train sentences)."""
    t = tok
    for _ in range(8):
        if t.dep_ not in TOPIC_PATH or t.head is t:
            return False
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") and _lemma(t) in TALK_NOUNS | DOCUMENT_NOUNS and \
                t is not tok:
            return True  # (also "a joint statement that sets guidelines for cooperation")
        if t.pos_ == "VERB" and t.dep_ in ("acl", "relcl") and _lemma(t) in ABOUT_VERBS:
            continue  # "current issues pertaining to Russian-Vietnamese cooperation"
        if t.pos_ in ("VERB", "AUX"):
            return _lemma(t) in TOPIC_VERBS or _lemma(t) in TOPIC_VERBS_OF_TALKS or \
                _lemma(t) in lx.DELIBERATING_VERBS
    return False


def _held_in_clause(tok: Any) -> Any:
    """The verb of a clause on an event noun telling that it took place ("talks, which took
    place on March 29", "his meeting, held via videoconference", "the dialogue we are
    conducting with the Ukrainian side"), if any; not one still to come."""
    for rel in [c for c in tok.children if c.dep_ in ("relcl", "acl")]:
        if rel.tag_ == "VB" and rel.dep_ == "relcl" or any(
                c.dep_ == "aux" and c.lower_ in lx.FUTURE_AUX | {"to"} for c in rel.children):
            continue  # "talks which will take place", "which are to take place"
        if _lemma(rel) == "take" and any(_lemma(c) == "place" for c in rel.children) or \
                _lemma(rel) in ("hold", "conduct") and (
                    _children(rel, "auxpass") or participle_clause(rel)):
            return rel
        subjects = [s for s in _children(rel, "nsubj") if s.lower_ not in ("which", "that")]
        if rel.dep_ == "relcl" and _lemma(rel) in ("hold", "conduct", "have") and subjects:
            return rel
    return None


def _judged_as_done(be: Any) -> bool:
    """Does a copula judge its subject as a done act ("... is a deliberate step", "is a war
    crime"), not as a prospect ("is possible", "will be a disaster", "is a real risk")?"""
    if any(c.dep_ == "aux" for c in be.children):
        return False
    if any(_lemma(a) in lx.PREDICATED_VERDICTS for a in _children(be, "acomp")):
        # "the Russian strikes on Kharkiv are unacceptable" (not "any attack is")
        return not any(d.lower_ in ("any", "a", "an", "no") for s in _children(be, "nsubj")
                       for d in _children(s, "det"))
    attrs = _children(be, "attr")
    return bool(attrs) and all(_lemma(a) not in lx.PROSPECTS for a in attrs)


# verbs stating a position ("expressed", "reaffirmed their interest in ...") and the words of
# closer ties a stated interest may be in
STATING_VERBS = frozenset({"express", "reaffirm", "confirm", "show", "note", "stress", "voice",
                           "emphasise", "emphasize", "reiterate", "declare", "demonstrate"})
TIES_WORDS = frozenset({"cooperation", "development", "continue", "expand", "strengthen",
                        "develop", "deepen", "tie", "relation", "partnership", "interaction",
                        "dialogue", "cooperate", "expansion", "strengthening"})
def _in_a_role(noun: Any) -> bool:
    """Does the noun stand in an apposition naming a named person's role ("Podolyak, Adviser
    ... and a member of the delegation at the negotiations with Russia")?"""
    return any((a.dep_ == "appos" or a.dep_ == "conj" and a.pos_ == "NOUN") and
               a.head.pos_ == "PROPN" and a.head.ent_type_ == "PERSON"
               for a in (noun, *noun.ancestors))


# talks one can stress the need for before they are held
ASKED_TALKS = frozenset({"dialogue", "contact", "contacts", "negotiation", "negotiations", "talk",
                         "talks", "consultation", "consultations"})


def _talks_valued(noun: Any) -> Any:
    """Where talks are named only as what is needed or stressed ("the importance of the
    Alliance's dialogue with Russia", "emphasised ... on establishing a direct dialogue"), the
    verb that stresses them, or the noun that values them; None for talks told as held
    ("the importance of the talks held in Istanbul")."""
    if _lemma(noun) not in ASKED_TALKS or any(
            c.dep_ == "acl" and c.tag_ == "VBN" or c.lower_ in ("ongoing", "current", "today")
            for c in noun.subtree if c.i < noun.i or c.head == noun):
        return None  # "the importance of the visits of European leaders", "of Russia's
        # mediation", "of the talks held in Istanbul", "of the ongoing dialogue": held
    tok = noun
    for _ in range(3):
        if tok.dep_ == "dobj" and tok.head.tag_ == "VBG" and tok.head.dep_ == "pcomp":
            tok = tok.head  # "on establishing a direct dialogue", "of holding talks"
        if tok.dep_ not in ("pobj", "pcomp") or tok.head.lower_ not in ("of", "on", "for"):
            return None
        owner = tok.head.head
        if owner.pos_ == "VERB" and _lemma(owner) in STATING_VERBS and tok.head.lower_ == "on":
            return owner
        if _lemma(owner) in VALUED_AIMS:
            stater = owner.head
            return stater if owner.dep_ == "dobj" and _lemma(stater) in STATING_VERBS \
                else owner
        tok = owner
    return None


# what an act is valued as, not told as done: "the importance of joint work"
VALUED_AIMS = frozenset({"importance", "need", "necessity", "significance", "area", "prospect",
                         "value"})


# what one is invited to attend rather than to work in
INVITED_EVENTS = lx.TALKS | lx.GATHERINGS | frozenset({
    "event", "celebration", "ceremony", "festival", "exhibition", "parade", "game",
    "competition", "marathon", "opening", "initiative", "platform", "coalition", "project",
    "venture"})  # (joint projects are cooperation offered)


def _joins_work(verb: Any) -> bool:
    """"to take part in the reconstruction", "to join a program to rebuild schools": work to
    join (not "to take part in the Diia Summit", an event)."""
    if _lemma(verb) not in ("take", "join", "participate"):
        return False
    joined = _children(verb, "dobj") if _lemma(verb) == "join" else []
    joined += [p for h in [verb, *_children(verb, "dobj")] for c in _children(h, "prep")
               if c.lower_ == "in" for p in _children(c, "pobj")]
    return bool(joined) and not any(_np_lemmas(j) & INVITED_EVENTS or j.pos_ == "PROPN"
                                    for j in joined)


def asked_in_same_breath(verb: Any) -> bool:
    """Is ``verb`` joined, with no subject or auxiliary of its own, to one a "must" or
    "should" asks for ("should impose an embargo, as well as help Ukraine")?"""
    return verb.dep_ == "conj" and verb.pos_ == "VERB" and not _children(
        verb, "nsubj", "nsubjpass", "aux", "auxpass") and any(
            c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.head.children)


def _asks_a_request(verb: Any) -> bool:
    """Does a verb asked for ask something itself ("should call on", "should order them to
    lay down arms"): the request governs its content?"""
    return lx.GOVERNORS.get(_lemma(verb)) == "REQUEST" or _orders_to(verb)


def _orders_to(verb: Any) -> bool:
    """"order them to lay down arms" (not "ordered patrols by police": a deployment)."""
    return _lemma(verb) == "order" and any(
        c.lower_ == "to" for x in _children(verb, "xcomp") for c in _children(x, "aux"))


QUESTION_WORDS = frozenset({"what", "why", "how", "whether", "if", "when", "where", "who"})


# verbs whose "how to …", "whether to …" names what is weighed, not what is done
WEIGHING_VERBS = frozenset({"discuss", "negotiate", "talk", "consult", "confer", "consider",
                            "examine", "review", "explore", "study", "debate", "think",
                            "reflect"})
# the way up from a verb to the clause it completes ("how to do everything possible for
# Russia to unblock the ports": "unblock" is read inside "how to do")
_CLAUSE_LINKS = frozenset({"xcomp", "advcl", "ccomp", "conj", "dobj", "pobj", "prep", "acl",
                           "relcl", "pcomp"})


# what an act can be "the issue of" ("the issue of unblocking the ports"; not "accusations
# against our state of shelling", where "of" tells the charge)
TOPIC_HEADS = frozenset({"issue", "question", "matter", "topic", "aspect", "problem"})


def _topic_verb(tok: Any) -> bool:
    """Is a verb what an issue or talks are about ("the issue of unblocking Ukrainian
    ports", "negotiations to unblock our ports")?"""
    head = tok.head
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and head.lower_ in ("of", "on", "about"):
        return _lemma(head.head) in TOPIC_HEADS | TALK_NOUNS
    # (talks being held, not "ready for urgent talks to evacuate people", which offers both)
    return tok.dep_ == "acl" and tok.tag_ == "VB" and head.pos_ == "NOUN" and \
        _lemma(head) in TALK_NOUNS and any(c.lower_ == "to" for c in _children(tok, "aux")) \
        and head.dep_ == "dobj" and _lemma(head.head) in ("hold", "conduct", "continue")


def _topic_asked_how(tok: Any) -> bool:
    """Is ``tok`` inside a "how to …" or "whether to …" clause of a verb of weighing
    ("the leaders discussed how to unblock the ports")?"""
    cur = tok
    for _ in range(5):
        if cur.dep_ in ("xcomp", "ccomp") and _lemma(cur.head) in WEIGHING_VERBS and any(
                c.lower_ in QUESTION_WORDS for c in cur.children
                if c.dep_ in ("advmod", "mark") and c.i < cur.i):
            return True
        if cur.dep_ not in _CLAUSE_LINKS or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _asks_a_question(verb: Any) -> bool:
    """"asked the person what it was all about", "wanted to ask if you could comment": a
    question put, not an act or help asked for (no "to ..." or "for ...")."""
    if _children(verb, "xcomp") or any(c.lower_ == "for" for c in _children(verb, "prep")):
        return False
    # (not "I ask you, when you see the candles, remember": a time, no question)
    return any(t.lower_ in QUESTION_WORDS and t.head.dep_ != "advcl"
               for t in verb.subtree if t.i > verb.i) or any(
        _lemma(o) == "question" for o in _children(verb, "dobj"))


def _of_object(tok: Any) -> Any:
    """What a noun is "of" ("a package of X" holds X, "representatives of X" are X's), else
    the noun itself."""
    return next((p for c in _children(tok, "prep") if c.lower_ == "of"
                 for p in _children(c, "pobj")), tok)


def _request_heeded(tok: Any) -> Any:
    """The verb done "at the request of X", "at X's request", "as per your request" (the
    request was made to whoever does it), or the answer given to one ("your response to
    Kazakhstan's request", "responded to a request from the Kazakhstani leadership"); None
    for a request told otherwise."""
    head = tok.head
    if tok.dep_ != "pobj" or not (_children(tok, "poss") or any(
            c.lower_ in ("of", "from") for c in _children(tok, "prep"))):
        return None
    if head.lower_ == "to" and _lemma(head.head) in lx.ANSWERS:
        answer = head.head
        if not (answer.pos_ == "NOUN" and answer.dep_ == "pobj" and answer.head.lower_ == "in"):
            return answer
        head = answer.head  # "in response to requests from our colleagues, we sent"
    elif head.lower_ not in ("at", "per", "upon", "on"):
        return None
    while head.pos_ == "ADP" and head.dep_ == "prep" and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _interest_in_ties(tok: Any) -> bool:
    """Is "interest" a stated wish for closer ties ("reaffirmed their mutual interest in the
    development of relations", "expressed interest in continuing cooperation"), not a stake
    ("national interests")?"""
    if tok.dep_ not in ("dobj", "nsubjpass") or _lemma(tok.head) not in STATING_VERBS:
        return False
    return any(_lemma(c) == "mutual" for c in tok.children) or any(
        _lemma(t) in TIES_WORDS for c in _children(tok, "prep") if c.lower_ == "in"
        for t in c.subtree)


def _by_a_mishap(verb: Any) -> bool:
    """Is the harm told of a mishap, not an attacker: "an accident at the mine killed miners",
    "the fire, which killed several people", "people are killed in these accidents"?"""
    causes = _children(verb, "nsubj")
    if verb.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in causes):
        causes = [verb.head]
    if any(_lemma(c) in lx.MISHAPS for c in causes) or _harmed_in_a_mishap(verb):
        return True
    # "fewer were killed, although many are killed in these accidents, and fewer were
    # injured": an agentless harm told beside one a mishap caused shares the cause
    linked = _children(verb, "conj", "advcl") + ([verb.head] if verb.dep_ == "conj" else [])
    return not _children(verb, "agent") and any(
        _lemma(v) in lx.VICTIM_VERBS and not _children(v, "agent") and _harmed_in_a_mishap(v)
        for v in linked)


def _harmed_in_a_mishap(verb: Any) -> bool:
    """"killed in these accidents", "injured during the fire"."""
    return any(_lemma(p) in lx.MISHAPS for c in _children(verb, "prep")
               if c.lower_ in ("in", "during") for p in _children(c, "pobj"))

