"""From a frame to its events, in named steps: ``EventBuilder`` holds the steps that
``_ArticleContext.events_of`` runs one after the other on a ``Draft`` (the governor's reading,
refusals, modality, the actors and the many ways of filling in the ones a text leaves unnamed,
date and other attributes, confidence, and the pairing of parties into events). Each step
refines the draft; one that returns False drops the frame."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Any

from detente.actors import state_codes
from detente.model import Actor, Event
from detente.nlp import lexicon as lx
from detente.nlp.coder.arguments import _distinct, go_between_word
from detente.nlp.coder.article import _enrich
from detente.nlp.coder.constants import (
    ADVERSARY,
    BASE_CONFIDENCE,
    BILATERAL_LEMMAS,
    CODER_NAME,
    CORRIDOR_HOLDER,
    CORRIDOR_WORDS,
    FIRST_PLURAL,
    FORMAT_MEMBERS,
    FROM_ABROAD,
    HOSTILE_TYPES,
    JOINT_SIGNING,
    MEETING_TITLE,
    MESSAGE_TITLE,
    PARTNERS_OF,
    PLACE_TARGETED,
    RECEIVING_VERBS,
    RECIPROCAL_TYPES,
    SANCTIONED_BY,
    SYMMETRIC,
    TO_THE_COUNTERPART,
    WAR_GROUND,
    WISHING,
)
from detente.nlp.coder.draft import Draft
from detente.nlp.coder.frames import (
    SECURING_VERBS,
    FrameFinder,
    _carried,
    _drafts_sanctions,
    _np_lemmas,
    _over_remote,
    _request_heeded,
    _time_anchor,
    judged_terms,
    named_operation,
)
from detente.nlp.coder.predicates import gathering_joined, joint_noun, opening_of
from detente.nlp.coder.state import Frame, _conjuncts
from detente.nlp.dates import is_duration, resolve_date
from detente.nlp.tokens import children as _children
from detente.nlp.tokens import (
    clause_subjects,
    first_conjunct,
    looks_forward,
    participle_clause,
    said_necessary,
)
from detente.nlp.tokens import lemma as _lemma
from detente.nlp.verdicts import _agents

# what is a threat when still to come (a protest to come stays a protest: "will protest
# tomorrow")
THREAT_TYPES = lx.CONFLICTUAL - {"ASSAULT", "PROTEST"}
# what one side of a war does with a truce only with the other ("Russia agreed to a truce",
# "Moscow proposed a ceasefire", "Ukraine was ready for a full ceasefire"; not "we support
# the truce")
TRUCE_DEALING = frozenset({"agree", "accept", "propose", "offer", "consent", "ready", "readiness",
                           "willing", "willingness", "prepared"})
CAPTIVITY = frozenset({"captivity", "captive", "prison", "detention", "custody", "imprisonment"})
# what one "has no intention of" doing that is no assurance but no talks offered
PEACEFUL_TALKS = frozenset({"CONSULT", "AGREE"})
ENDING_VERBS = frozenset({"end", "finish", "conclude", "expire", "close", "wrap"})
# the land Russia seized in 2014, whose seizure later texts retell
SEIZED_IN_2014 = re.compile(r"\b(?:Crimea|Crimean peninsula|Sevastopol)\b", re.I)
# verbs of giving up arms ("gave up its part of the Soviet nuclear arsenal")
NUCLEAR_RENOUNCING = frozenset({"give", "renounce", "abandon", "surrender", "relinquish"})


class EventBuilder(FrameFinder):
    """The steps that turn one frame into events, and the questions they ask of it."""

    # -- what the steps ask ---------------------------------------------------------------------

    @staticmethod
    def _foreign(sources: list[Actor], targets: list[Actor]) -> bool:
        """Do states or blocs act on another country's people or firms?"""
        src = {a.code for a in sources if a.code}
        tgt = {a.code for a in targets if a.code}
        return bool(src and tgt) and not src & tgt and all(
            a.sector in (None, "GOV", "IGO") for a in sources if a.code)

    @staticmethod
    def _signed_at_talks(sent: Any) -> bool:
        """Does a sentence tell a signing at talks or between parties ("A package of documents
        was signed during the visit", "an agreement was signed between X and Y")?"""
        return any(_lemma(t) in ("visit", "talk", "meeting", "negotiation", "summit") or
                   t.lower_ == "between" for t in sent)

    def _names_state(self, actor: Actor, sent: Any, kinds: tuple[str, ...] = ("state",)
                     ) -> bool:
        """Is the actor the state itself ("Ukraine"), not a town or people of it?"""
        matches = (self.match_at.get(i) for i in range(sent.start, sent.end))
        return any(m is not None and m.kind in kinds and m.code == actor.code and
                   self.doc[m.start:m.end].text == actor.text for m in matches)

    def _names_country(self, actor: Actor, sent: Any) -> bool:
        """Is the actor a country itself ("Russia", "Moscow", "our country")?"""
        last = actor.text.split()[-1].lower() if actor.text else ""
        return last in ("country", "state", "homeland") or self._names_state(
            actor, sent, kinds=("state", "capital"))

    def _unknown_speaker(self, tok: Any) -> bool:
        """Is the word said after a speaker's label the dictionary cannot read ("President
        of Iran (retranslated): Thank you")?"""
        return self.after_label(tok) and self._speaker_at(tok.i) is None

    @staticmethod
    def _opens_corridor(frame: Frame) -> bool:
        return any(_tells_corridor(t, ("nsubj", "nsubjpass", "dobj"))
                   for t in (frame.trigger, frame.pred))

    def _capital_visited(self, frame: Frame) -> str | None:
        """The state whose capital talks were held in ("negotiations in Moscow")."""
        heads = [frame.pred, frame.trigger, *_children(frame.pred, "dobj")]
        return next((m.code for t in heads for prep in _children(t, "prep") if prep.lower_ == "in"
                     for p in _children(prep, "pobj") if (m := self.match_at.get(p.i)) is not None
                     and m.kind == "capital" and m.code), None)

    def _met_at_home(self, frame: Frame) -> bool:
        """Were the talks held in the outlet's own country ("talks with Olaf Scholz in Kyiv",
        "During the negotiations in Kyiv, ... discussed")?"""
        during = [n for c in _children(frame.pred, "prep") if c.lower_ == "during"
                  for n in _children(c, "pobj")]
        # (not "met with UNICEF officials in Ukraine": posted there, a meeting both ways)
        partners = [p for c in _children(frame.trigger, "prep") if c.lower_ == "with"
                    for p in _children(c, "pobj") if _lemma(p) not in lx.ENVOYS | {"official"}]
        # "the meeting with President of Turkey Erdoğan in Kyiv": the place hangs on the name
        partners += [n for p in partners for c in _children(p, "prep") if c.lower_ == "of"
                     for n in _children(c, "pobj")]
        # "The meeting between Zelenskyy and Scholz ... started in Kyiv"
        told = [frame.trigger.head] if frame.kind == "noun" and frame.trigger.dep_ in (
            "nsubj", "nsubjpass") else []
        return self._location_code(frame) == self.home or any(
            self._located_at(t, *_children(t, "dobj")) == self.home
            for t in during + partners + told)

    def _attack_place(self, frame: Frame) -> str | None:
        """Where an attack happened, also when told on its subject ("a roadside bombing near
        the town of X killed ...")."""
        return self._location_code(frame) or next(
            (c for s in _children(frame.pred, "nsubj")
             if (c := self._located_at(s, *_children(s, "dobj")))), None)

    def _place_struck(self, frame: Frame) -> str | None:
        """The country of the place a measure is taken or threatened in."""
        return self._location_code(frame) or next(
            (c for x in _children(frame.trigger, "xcomp")
             if (c := self._located_at(x, *_children(x, "dobj")))), None)

    def _partner_texts(self, frame: Frame) -> set[str]:
        """The mentions of whoever a joint act was done with ("met with X and Y")."""
        heads = {frame.pred, frame.trigger}
        heads |= {n for c in _children(frame.pred, "prep") if c.lower_ == "during"
                  for n in _children(c, "pobj")}  # "during his conversations with X"
        if frame.kind == "object":
            heads |= set(_children(frame.pred, "dobj"))  # "held a conference call with mayors"
        return {a.text for t in heads for a in self._with_actors(t, deep=True) if a.text}

    def _counterpart_of(self, sources: list[Actor]) -> list[Actor]:
        """In the release of a call or a meeting of two sides, what one side offers, asks,
        backs or gives without naming to whom is for the other ("Canada would provide
        anti-tank systems" in "Conversation with the Prime Minister of Canada")."""
        pair = self._title_pair()
        codes = {a.code for a in sources if a.code}
        if not pair and codes == {self.home} and self._title_at_home():
            # "Meeting with Kaliningrad Region Governor Anton Alikhanov": what the President
            # asks or promises is for his own official
            return [Actor(text="", code=self.home, sector="GOV")]
        if len(pair) != 2 or len(codes) != 1 or not codes <= {a.code for a in pair}:
            return []
        return [Actor(text="", code=a.code, sector=a.sector) for a in pair if a.code not in codes]

    def _met_during(self, frame: Frame, sources: list[Actor]) -> list[Actor]:
        """The partner of the talks an act is told during ("During a meeting with Ursula von
        der Leyen, Zelenskyy called for a seventh package of sanctions": asked of her)."""
        own = {a.code for a in sources if a.code}
        met = self.met_during(frame.pred, talks_only=True)
        return [a for a in _distinct_codes(met) if a.code and a.code not in own]

    def _title_at_home(self) -> bool:
        """Is the release about a meeting or call with someone of the outlet's own state
        ("Meeting with Foreign Minister Sergei Lavrov")?"""
        _, matches = self.title_matches()
        return bool(MEETING_TITLE.match(self.article.title or "")) and any(
            m.kind == "person" for m in matches) and all(
                a.code == self.home for a in self.title_actors())

    # -- the steps of events_of ----------------------------------------------------------------

    def _draft(self, frame: Frame, sent: Any, s_idx: int) -> Draft:
        """The frame's type, mode and negation as found, and the lemmas of its objects and
        complements."""
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
        return Draft(frame=frame, sent=sent, s_idx=s_idx, lemma=lemma, etype=etype, mode=mode,
                     negated=negated, obj_lemmas=obj_lemmas, all_lemmas=all_lemmas)

    def _read_governor(self, d: Draft) -> bool:
        """The governor reads its complement ("agreed to exchange", "failed to stop", "vowed
        to strike"); "must" reads its object. False: nothing is coded."""
        frame, lemma = d.frame, d.lemma
        if frame.kind == "governor" or frame.governs:
            first = frame.complements[0] if frame.complements else None
            if lemma == "fail":
                if first is None:
                    return False
                d.etype, d.mode = first.etype, first.mode
                d.negated = True
            elif d.etype == "AGREE":
                if first is not None and first.etype in lx.CONFLICTUAL and lemma in {
                        "vow", "pledge", "promise"} | lx.READY_ADJ | lx.READINESS_NOUNS:
                    # "vowed to strike", "intentions to impose sanctions": a threat
                    d.etype = "THREATEN"
                    d.mode = "restrict" if first.etype in ("SANCTION", "COERCE") else "violence"
                elif first is not None and first.kind != "noun" and not first.reciprocal and \
                        not (lemma == "agree" and _joint_subject(frame.pred)) and \
                        not _options_offered(frame.pred) and (
                        first.etype == "CONCEDE" or (first.etype == "RETREAT" and first.mode in (
                            "ceasefire", "withdraw", "disarm") or lemma != "agree" and
                            first.mode in ("access", "release"))):
                    # one side ready to open access or to free someone concedes it (PLOVER);
                    # two sides agreeing to allow access agree
                    d.etype = "CONCEDE"
                    d.mode = "ceasefire" if first.mode == "ceasefire" else None
                elif lemma in lx.UNILATERAL_PROMISES and d.all_lemmas & (
                        lx.CEASEFIRES | lx.CORRIDORS | lx.PRISONERS):
                    # one side guaranteeing a ceasefire or corridor concedes it (PLOVER)
                    d.etype = "CONCEDE"
                    d.mode = "ceasefire" if d.all_lemmas & lx.CEASEFIRES else None
                elif d.all_lemmas & lx.CEASEFIRES or any(
                        c.etype == "RETREAT" and c.mode == "ceasefire"
                        for c in frame.complements[:1 if lemma == "agree" else 2]):
                    # (also "Russia and Ukraine agreed to halt strikes", "reached a deal to
                    # halt attacks at sea", the deal first)
                    d.mode = "ceasefire"
                # "agreed to hold meetings" is an asserted agreement: the future lies in
                # its complement, not in the speech act
            elif d.etype in ("REQUEST", "REJECT"):
                d.mode = lx.request_mode(first.etype if first else None, d.all_lemmas)
            elif d.etype == "THREATEN" and lemma == "warn" and any(
                    c.dep_ == "prep" and c.lower_ == "against" for c in frame.trigger.children):
                d.etype, d.mode = "ACCUSE", "disapprove"  # "warned against shifting the blame"
            elif d.etype == "THREATEN":
                if first is not None:
                    d.mode = {"SANCTION": "relations", "COERCE": first.mode if first.mode in (
                        "ban", "arrest", "restrict", "curfew") else "restrict",
                        "ASSAULT": "violence", "MOBILIZE": "violence"}.get(first.etype)
                elif lemma == "warn" and not frame.complements:
                    future_clause = any(
                        a.lower_ in lx.FUTURE_AUX | {"would"} for c in
                        _children(frame.trigger, "ccomp") for a in c.children if a.dep_ == "aux")
                    if not (future_clause or _children(frame.trigger, "dobj") or any(
                            c.dep_ == "prep" and c.lower_ in ("against", "of")
                            for c in frame.trigger.children)):
                        return False
            elif d.etype == "ACCUSE":
                if d.mode is None:
                    d.mode = "allege" if lemma in ("accuse", "blame", "charge", "allege") else \
                        "disapprove"
            elif d.etype == "SUPPORT" and lemma in ("support", "back", "endorse") and first and \
                    first.etype == "ASSAULT":
                pass
        if frame.kind == "must":
            d.mode = d.mode or lx.request_mode(None, d.obj_lemmas) or (
                "yield" if lemma in lx.STOPPING_VERBS else None)  # "to stop the shelling"
        return True

    def _retype_refusals(self, d: Draft) -> None:
        """Negated acceptances, concessions and intentions are refusals or assurances."""
        if d.negated and d.etype in ("AGREE", "AID") and d.lemma == "accept":
            # "we will not accept alternatives to EU accession", "refusal to accept Ukraine
            # into the Alliance": turning down what is offered is a rejection (the gold's
            # convention; "did not agree" stays a negated AGREE)
            d.etype, d.negated = "REJECT", False
            d.mode = lx.request_mode(None, d.obj_lemmas)
        if d.negated and d.frame.etype == "CONCEDE" and d.lemma == "give" and \
                not d.frame.complements and not _children(d.frame.trigger, "dobj"):
            # "we will not give up": a refusal to yield, given now ("will never give up their
            # freedom" stays the concession denied, as the codebook codes it)
            d.etype, d.mode, d.negated = "REJECT", "yield", False
        if d.negated and d.etype == "ASSAULT" and _assured_not_to(d.frame.trigger):
            # "Ukraine does not intend to attack Russia": an assurance given (PLOVER CONCEDE),
            # as "had no intention of attacking" is
            d.etype, d.mode, d.negated = "CONCEDE", None, False
        if d.negated and d.etype == "AGREE" and d.lemma == "intention" and not any(
                _lemma(p) in lx.VERBS and lx.VERBS[_lemma(p)][0] in PEACEFUL_TALKS
                for c in _children(d.frame.trigger, "prep", "acl") + [d.frame.trigger]
                for p in [c, *_children(c, "pcomp", "pobj")] if p is not d.frame.trigger):
            # "had no intention of deploying": a one-sided assurance (PLOVER CONCEDE); "no
            # intention of negotiating" is no talks offered
            d.etype, d.mode, d.negated = "CONCEDE", None, False

    def _read_modality(self, d: Draft) -> bool:
        """Modality, the reporting verb and "according to"; a question's, a must's voice.
        False: a question on a noun, or a "must" nobody in the text says."""
        frame, sent = d.frame, d.sent
        d.modality, d.claimant_tok, d.according = self._modality(frame, sent)
        question = _asked(sent, frame.trigger) and not _asks_why_it_was_done(sent, frame)
        if frame.kind == "must" and (subjects := clause_subjects(frame.pred)) and all(
                _lemma(x) in WEAPON_THINGS for x in subjects):
            return False  # "the aggressor's equipment, its tanks … must melt": a wish on
            # things, no demand of anyone
        if question and frame.kind in ("noun", "must"):
            return False  # "What is the threat to us?", "What exactly must Russian weapons
            # destroy?" (asked, no demand)
        if d.etype == "THREATEN" and frame.trigger.pos_ == "VERB" and \
                _threat_of_a_thing(frame.trigger):
            return False  # "cities threatened by Russian strikes": a danger, not a threat
        d.own_modality = d.modality
        if frame.kind == "noun" and d.modality == "future" and (
                frame.governs or frame.presupposed and frame.pred == frame.trigger):
            # the assurance is given now, its content waits; sanctions one will circumvent
            # are in force now
            d.modality = d.own_modality = "asserted"
        if frame.kind == "noun" and d.modality == "future" and _time_anchor(frame.trigger) and \
                frame.pred.tag_ == "VBN":
            d.modality = d.own_modality = "asserted"  # "the agreements reached during the talks"
        if question:
            d.modality = "hypothetical"
        elif frame.kind == "noun" and _in_the_making(frame.trigger):
            d.modality = d.own_modality = "future"  # "an invasion of our historic lands was
            # openly in the making": planned, not made
        elif d.etype == "THREATEN" and d.lemma == "consequence" or (
                d.etype == "REJECT" and d.lemma in ("accept", "give") or
                d.etype == "CONCEDE" and d.lemma == "concession" or
                named_operation(frame.trigger) is not None) and d.modality == "future":
            # the warning, refusal or concession is given now (as someone says it was); a
            # named war goes on
            d.modality = d.own_modality = "reported" if (
                d.claimant_tok is not None or d.according is not None) else "asserted"
        d.voice = None
        if frame.kind == "must":
            if d.claimant_tok is None and d.according is None:
                # the outlet's or speaker's "X should act" (not "X should be recognised",
                # but "enemy troops must be withdrawn": their side is asked to pull them out)
                withdrawn = d.mode == "yield" and any(
                    self._armed_actor(x) for x in _children(frame.pred, "nsubjpass"))
                d.voice = None if _children(frame.pred, "auxpass") and not withdrawn else \
                    self._own_voice(frame.trigger)
                if d.voice is None:
                    return False
            d.modality = "asserted"
        return True

    def _retype_future_and_hypothetical(self, d: Draft) -> None:
        """What may come or is to come: a sanction, coercion or protest is a threat (an attack
        stays an attack, its modality future or hypothetical), a cooperative act an
        agreement or a promised concession."""
        frame = d.frame
        if d.own_modality == "future" and frame.kind == "noun" and \
                frame.trigger.dep_ == "nsubj" and _lemma(frame.pred) in ENDING_VERBS:
            # "joint military exercises will end in a few days": under way now, their end to
            # come (no promise of them)
            d.modality = d.own_modality = "asserted"
            return
        # an attack to come or imagined stays an attack with that modality ("Russian troops
        # are preparing for an offensive", "if Russia kills Ukrainians": train gold 11 of 12)
        if d.modality == "hypothetical" and d.etype in THREAT_TYPES and not d.negated:
            d.mode = {"SANCTION": "relations"}.get(
                d.etype, d.mode if d.mode in ("ban", "arrest", "restrict", "curfew") else
                "restrict")
            d.etype = "THREATEN"
        if d.etype == "CONSULT" and d.mode != "visit" and d.own_modality == "future" and \
                _wished(frame.pred):
            # "I hope to have a constructive dialogue with you", "will be happy to continue the
            # dialogue": talks offered, not scheduled ("will meet", "are to take place")
            d.etype, d.mode = "AGREE", None
        if d.modality == "future" and d.lemma == "boycott":
            d.etype, d.mode = "THREATEN", "relations"
        if d.own_modality == "future" and frame.kind != "must" and d.etype != "CONSULT" and \
                not _gives_award(d):  # "will present state decorations to X" honours X
            # talks "are to take place", "will meet with Boris Johnson" are future talks (our
            # codebook; the PLOVER GSR would read "will meet" as an agreement to meet)
            if d.etype == "RETREAT" and d.mode == "access" and self._opens_corridor(frame) and (
                    self._agentless(frame) or any(_lemma(s) in CORRIDOR_WORDS
                                                  for s in _children(frame.pred, "nsubj"))):
                pass  # "10 corridors will be opened on March 14", "nine corridors will open":
                # the corridor, to come
            elif d.etype == "CONCEDE" and d.negated:
                pass  # "will never give up their freedom": a concession denied, no promise
            elif d.etype == "CONCEDE" and _assured_not_to(frame.trigger):
                d.modality = d.own_modality = "asserted"  # the assurance is given now
            elif d.etype == "SUPPORT" and d.lemma in JOINT_SIGNING and not _wished(frame.pred):
                pass  # "the parties will sign a declaration": a signing scheduled, as talks
                # are (train gold: 6 of 6 such events)
            elif d.etype == "COOPERATE" and frame.kind == "noun" and \
                    frame.trigger.dep_ == "dobj" and _lemma(frame.pred) in HOLDING_VERBS:
                pass  # "will hold joint events in Russia tomorrow": scheduled, as talks are
            elif d.etype in lx.COOPERATIVE:
                if d.etype in ("RETREAT", "CONCEDE") and not frame.reciprocal and (
                        d.mode in ("ceasefire", "access") or self._agentless(frame)):
                    # one side's corridor or ceasefire still to come, or "all sanctions will
                    # be lifted on citizens who ...", "prisoners will be released": a promise
                    # of a concession (the PLOVER gold codes "X will release" as AGREE)
                    d.etype = "CONCEDE"
                    d.mode = "ceasefire" if d.mode == "ceasefire" else None
                else:
                    d.mode = "ceasefire" if d.mode == "ceasefire" else None
                    d.etype = "AGREE"
            elif d.etype in THREAT_TYPES and not d.negated:
                d.mode = {"SANCTION": "relations"}.get(
                    d.etype, d.mode if d.mode in ("ban", "arrest", "restrict", "curfew") else
                    "restrict")
                d.etype = "THREATEN"

    def _read_enemy_forecasts(self, d: Draft) -> bool:
        """"They will bring it back because they will retreat": a withdrawal the outlet
        foresees of its enemy is no promise of it but the retreat foreseen (future)."""
        if d.etype == "AGREE" and d.frame.etype == "RETREAT" and d.frame.kind == "verb" and \
                d.own_modality == "future" and self.home in ADVERSARY and \
                {a.code for a in d.sources} == {ADVERSARY[self.home or ""]}:
            d.etype, d.mode = "RETREAT", d.frame.mode
        return True

    def _read_actors(self, d: Draft) -> bool:
        """Sources, targets and claimant from the parse, coreference resolved. False: a
        "must" that asks no one but its own speaker."""
        frame, s_idx = d.frame, d.s_idx
        if d.etype == "ASSAULT" and frame.kind != "noun" and any(
                _lemma(x) in lx.CROWDS for x in self._subjects(frame.pred)[0]):
            d.etype, d.mode = "PROTEST", "riot"  # "protesters clashed with police"
        d.sources, d.targets = self._arguments(frame, d.etype)
        if d.etype == "REJECT" and not any(a.code for a in d.targets):
            d.targets = self._turned_down_party(frame.pred) or d.targets
        if venues := self._talks_venues(d.sent):
            # "the swap agreed at the Istanbul talks": the talks' city is no party
            d.targets = [a for a in d.targets if not (
                a.code in venues and a.text.lower().split()[-1:] and
                a.text.lower().split()[-1].removesuffix("s") in lx.TALKS)]
        if d.etype == "CONSULT" and frame.kind == "noun" and not any(t.code for t in d.targets) \
                and (teller := _told_results_of(frame.trigger)) is not None:
            # "announced the results of his conversation yesterday with Putin": the parse
            # hangs the partner on the verb of telling
            own = {a.code for a in d.sources}
            d.targets = [a for a in self._with_actors(teller) if a.code not in own] or d.targets
        if d.etype in SYMMETRIC and d.mode not in ("visit", "host"):
            d.partner_texts = self._partner_texts(frame)
        if _gives_award(d) and not d.targets and frame.pred.dep_ == "conj":
            # "met with servicemen and presented state awards": to those met
            d.targets = self._with_actors(frame.pred.head)
        if d.etype in ("ASSAULT", "COERCE") and not d.targets:
            d.targets = self._struck_targets(frame, d.etype, d.sources)
        if (d.etype in ("MOBILIZE", "COOPERATE") or d.mode == "martial-law") and \
                frame.kind == "noun" and not d.sources:
            d.sources = self._clause_agents(frame.trigger)  # "I signed decrees on mobilization"
        if d.etype == "AID" and frame.kind == "noun" and \
                _lemma(frame.pred) in lx.PROMISING_VERBS:
            d.etype = "AGREE"  # "confirmed the provision of air defence systems": a promise
        if frame.etype in ("AID", "RETREAT") and _lemma(frame.pred) in (
                "receive", "get", "obtain", "accept") and not self._hosts_people(frame.pred):
            # "Ukraine received tanks from Poland": the giver is the source (also of aid to
            # come, a promise: "Ukraine will receive weapons from the US")
            givers = [a for t in [frame.pred, *_children(frame.pred, "dobj")]
                      for c in _children(t, "prep") if c.lower_ == "from"
                      for p in _children(c, "pobj") for a in self.actors_of(p, deep=True)]
            receivers = [a for s in self._subjects(frame.pred)[0] for a in self.actors_of(s)]
            d.sources, d.targets = _distinct(givers), _distinct(receivers)
            if frame.etype == "RETREAT" and not givers and self._at_war(d) and len(
                    {a.code for a in receivers}) == 1 and receivers[0].code in ADVERSARY:
                # the bodies or prisoners a side at war receives come from the other side
                d.sources = [Actor(text="", code=ADVERSARY[receivers[0].code or ""],
                                   sector="GOV")]
        if d.etype == "CONSULT" and not d.sources and frame.trigger.dep_ == "csubj":
            # "Also taking part in the plenary session will be President Tokayev"
            d.sources = [a for x in _children(frame.trigger.head, "attr")
                         for a in self.actors_of(x, deep=True)]
        if d.etype == "CONSULT" and (_lemma(frame.pred) in ("participate", "attend") or any(
                _lemma(o) == "part" for o in _children(frame.pred, "dobj"))):
            self._read_participants(d)
        if d.etype == "REQUEST" and (heeded := _request_heeded(frame.trigger)) is not None:
            self._read_request_heeded(d, heeded)
        d.claimant = self._claimant(d.claimant_tok, d.according)
        if frame.kind == "must":
            reporter = d.claimant or d.voice
            d.targets = d.sources
            necessary = not d.targets and said_necessary(frame.pred)
            if d.voice is not None and not (
                    {t.code for t in d.targets if t.code} - {d.voice.code}) and not (
                    not d.targets and self._asked_of_the_world(frame.pred)) and not necessary:
                return False  # "we must ...", "civilians should ...": no one else is asked
            if necessary:
                if self.home not in PARTNERS_OF:
                    return False  # "it is important to reduce imports": a policy, no pressure
                # "it is necessary to introduce an embargo", said in Kyiv: asked of its partners
                d.targets = [Actor(text="", code=PARTNERS_OF[self.home or ""], sector="GOV")]
            d.sources = [reporter] if reporter is not None else []
            d.claimant = None
        d.sources = [a for a in self._coref(list(d.sources), frame, s_idx, d.claimant_tok)
                     if a is not None]
        if d.etype == "ACCUSE" and frame.kind in ("governor", "verb", "object") and \
                d.sources and d.claimant is None and len(d.sources) == 1:
            d.claimant = d.sources[0]
        targets: list[Actor | None] = list(d.targets)
        if d.etype in ("REQUEST", "ACCUSE", "THREATEN", "COERCE", "ASSAULT") and any(
                a is not None and a.name == "__pair__" for a in targets):
            targets = self._coref(targets, frame, s_idx, None)  # "called on both sides to ..."
        d.targets = _claimants_own(d) or [a for a in targets if a is not None]
        return True

    def _read_participants(self, d: Draft) -> None:
        """Everyone a list of those taking part names, each by the person or body matched in
        it ("President of Brazil Jair Bolsonaro, President of ... China Xi Jinping, Prime
        Minister of India Narendra Modi ... are also taking part"); "also" adds the outlet's
        own leader, whose meeting it is."""
        pred = d.frame.pred
        # (the list the parse makes the attribute of "were": "Also taking part in the
        # meeting were Prime Minister of Armenia Nikol Pashinyan, ...")
        verbs = [pred, *_children(pred, "aux"), *([pred.head] if pred.dep_ == "csubj" else [])]
        lists = _children(pred, "nsubj") + [a for v in verbs for a in _children(v, "attr")]
        listed: list[Actor] = []
        for head in lists:
            start, end = head.left_edge.i, head.right_edge.i + 1
            people = [m for m in self.matches if start <= m.start and m.end <= end and
                      m.kind in ("person", "group", "state") and m.code]
            listed += [a for m in people if (a := self.actor_at(self.doc[m.end - 1])) is not None
                       and a.code]
        coded = {a.code for a in d.sources if a.code}
        d.sources += [a for a in _distinct_codes(listed) if a.code not in coded]
        also = any(c.lower_ == "also" for v in verbs for c in v.children)
        if also and self.home and len({a.code for a in d.sources}) >= 2 and \
                self.home not in {a.code for a in d.sources}:
            d.sources.append(Actor(text="", code=self.home, sector="GOV"))

    @staticmethod
    def _asked_of_the_world(verb: Any) -> bool:
        """A "must" whose subject is an act or everyone, not a party: "sanctions against
        Russia must be commensurate with its crimes", "these negotiations must be direct",
        "the whole world must join the fight" (asked of whoever would act)."""
        return any(_lemma(s) in lx.NOUNS and _lemma(s) not in NOT_ACTS or _lemma(s) in EVERYONE
                   for s in _children(verb, "nsubj", "nsubjpass"))

    def _read_security_demand(self, d: Draft) -> None:
        """Russia's proposals on security guarantees are asked of the US and NATO, both of
        them also where the sentence names one (as the gold codes them)."""
        if not self._security_demand(d):
            return
        d.sources = [Actor(text="", code="RUS", sector="GOV")]
        d.targets = [Actor(text="", code="USA", sector="GOV"),
                     Actor(text="", code="NATO", sector="IGO")]

    def _security_demand(self, d: Draft) -> bool:
        """Is the draft Moscow's proposals on security guarantees (a noun REQUEST)?"""
        return d.etype == "REQUEST" and d.frame.kind == "noun" and \
            d.lemma in lx.SECURITY_DEMANDS and self._russian_security_demand(d.frame.trigger)

    def _read_captor(self, d: Draft) -> None:
        """A release is the captor's, as the gold codes it ("We have managed to release the
        mayor of Melitopol from captivity": RUS>UKR): the state whose captivity it was ("from
        Russian captivity"), else, at war, the enemy when those freed are one's own people."""
        if d.etype != "RETREAT" or d.mode != "release" or d.negated:
            return
        trig = d.frame.trigger
        held_by = [m.code for c in _children(trig, "prep") if c.lower_ == "from"
                   for p in _children(c, "pobj") if _lemma(p) in CAPTIVITY
                   for t in p.children if t.dep_ in ("amod", "poss", "compound")
                   if (m := self.match_at.get(t.i)) is not None and m.code]
        # "the release of 215 of its fighters held by Russia": whoever holds them
        held_by += [a.code for c in _children(trig, "prep") if c.lower_ == "of"
                    for p in _children(c, "pobj") for w in p.subtree
                    if w.dep_ == "acl" and _lemma(w) == "hold"
                    for g in _children(w, "agent") for x in _children(g, "pobj")
                    for a in self.actors_of(x) if a.code]
        enemy = ADVERSARY.get(self.home or "")
        own = {a.code for a in d.sources if a.code} | {a.code for a in d.targets if a.code}
        secured = _lemma(d.frame.pred) in SECURING_VERBS and d.frame.kind == "noun"
        if secured:
            # "Turkey secured the release of 20 Ukrainian sailors": the sailors are the freed,
            # held by their side's enemy (the go-between is no party to the release)
            freed_codes = [a.code for c in _children(trig, "prep") if c.lower_ == "of"
                           for p in _children(c, "pobj") for a in self.actors_of(p) if a.code]
            if freed_codes:
                d.targets = [Actor(text="", code=freed_codes[0], sector="CVL")]
                own = {freed_codes[0]}
                held_by = held_by or [ADVERSARY[c] for c in freed_codes[:1] if c in ADVERSARY]
        if held_by:
            captor = held_by[0]
        elif enemy is not None and own == {self.home} and (
                not d.sources or any(c.lower_ == "from" for c in _children(trig, "prep")) or
                any(a.code == self.home for a in d.targets)):
            captor = enemy
        else:
            return
        freed = [a for a in d.targets if a.code and a.code != captor] or [
            Actor(text="", code=next(iter(own - {captor}), self.home), sector="CVL")]
        d.sources = [Actor(text="", code=captor, sector="GOV")]
        d.targets = freed

    def _read_threatened(self, d: Draft) -> None:
        """A threat's target is whoever its condition names ("threatened new sanctions if
        Moscow refused to accept the truce": USA>RUS)."""
        if d.etype != "THREATEN" or not d.sources or any(t.code for t in d.targets):
            return
        sources = {a.code for a in d.sources}
        verbs = [d.frame.pred, *_children(d.frame.pred, "xcomp")]  # "threatened to impose"
        named = [a for v in verbs for c in _children(v, "advcl")
                 if any(m.lower_ in ("if", "unless", "should") for m in _children(c, "mark"))
                 for s in self._subjects(c)[0] for a in self.actors_of(s)
                 if a.code and a.code not in sources]
        d.targets = _distinct(named) or d.targets

    def _read_rejected_proposer(self, d: Draft) -> None:
        """A rejection is aimed at whoever made the offer ("rejected a full ceasefire proposed
        by Washington": RUS>USA; "Moscow proposed a truce, but Kyiv rejected it": UKR>RUS)."""
        if d.etype != "REJECT" or any(t.code for t in d.targets):
            return
        sources = {a.code for a in d.sources}
        pred = d.frame.pred
        offered = [p for o in _children(pred, "dobj") for c in _children(o, "acl")
                   if _lemma(c) in lx.PROPOSING for g in _children(c, "agent")
                   for p in _children(g, "pobj")]
        if pred.dep_ == "conj" and _lemma(pred.head) in lx.PROPOSING and any(
                o.lower_ in ("it", "this", "that", "them") for o in _children(pred, "dobj")):
            offered += self._subjects(pred.head)[0]  # "Moscow proposed a truce, Kyiv rejected it"
            if any(_lemma(o) in lx.CEASEFIRES for o in _children(pred.head, "dobj")):
                d.mode = d.mode or "yield"  # a truce refused (the codebook's REJECT/yield)
        proposers = [a for p in offered for a in self.actors_of(p)
                     if a.code and a.code not in sources]
        d.targets = _distinct(proposers) or d.targets

    def _read_refused_terms(self, d: Draft) -> None:
        """Terms called unacceptable are refused by whoever says so, to whoever set them
        ("the Kremlin said the proposal was unacceptable": RUS; "Moscow called the Ukrainian
        demands unrealistic": RUS>UKR)."""
        trig = d.frame.trigger
        if d.etype != "REJECT" or d.frame.kind != "adj" or _lemma(trig) not in \
                lx.REFUSING_VERDICTS:
            return
        judge = [a for s in _children(trig.head, "nsubj") for a in self.actors_of(s)
                 if a.code] if trig.dep_ == "oprd" else []
        voice = judge[:1] or ([d.claimant] if d.claimant is not None and d.claimant.code
                              else [v] if (v := self._own_voice(trig)) is not None else [])
        codes = {a.code for a in voice}
        d.sources = voice
        d.targets = _distinct_codes([a for j in judged_terms(trig) for a in self._owners(j)
                                     if a.code and a.code not in codes])

    @staticmethod
    def _read_go_between_offer(d: Draft) -> None:
        """An international body's plan to open corridors is its proposal: it has no access
        to concede ("Guterres proposed a contact group … to open safe corridors")."""
        if d.etype == "CONCEDE" and d.frame.kind == "governor" and d.sources and all(
                a.sector == "IGO" for a in d.sources):
            d.etype, d.mode = "AGREE", None

    def _read_mediation(self, d: Draft) -> None:
        """A go-between's offer or good offices are aimed at the two sides it stands between
        ("offered to mediate between Russia and Ukraine": TUR>RUS,UKR), the war's two sides
        when it names none ("Turkey brokered a deal", told at war)."""
        own = {a.code for a in d.sources}
        # ("Bennett offered Israel as a mediator": his own state is no one it is aimed at)
        if d.etype not in ("AGREE", "CONSULT") or any(t.code and t.code not in own
                                                      for t in d.targets) or not d.sources:
            return
        heads = [d.frame.trigger, d.frame.pred, *(c.trigger for c in d.frame.complements)]
        words = list({w.i: w for h in heads for w in h.subtree}.values())  # (subtrees overlap)
        if not (any(go_between_word(w) for w in words) or
                d.etype == "AGREE" and any(_lemma(x) == "host" for x in
                                           _children(d.frame.pred, "xcomp"))):
            return  # (an offer "to host talks", but a guest's visit is CONSULT/host)
        sources = {a.code for a in d.sources}
        between = [a for w in words if w.dep_ == "prep" and
                   w.lower_ == "between" for p in _children(w, "pobj")
                   for x in (p, *p.conjuncts) for a in self.actors_of(x)
                   if a.code and a.code not in sources]
        sides = _distinct_codes(between) or ([a for a in self._warring_pair()
                                              if a.code not in sources]
                                             if self._at_war(d) else [])
        d.targets = sides or d.targets

    def _read_halt_demanded(self, d: Draft) -> None:
        """An end demanded to someone's act is asked of whoever does it ("demanded an end to
        Western military aid to Kyiv": RUS>WST, not Kyiv or the word "military")."""
        if d.etype != "REQUEST":
            return
        sources = {a.code for a in d.sources}
        owners = [t for o in _children(d.frame.pred, "dobj") if _lemma(o) in lx.HALT_NOUNS
                  for c in _children(o, "prep") if c.lower_ in ("to", "of")
                  for act in _children(c, "pobj")
                  for t in act.children if t.dep_ in ("amod", "poss", "compound")]
        doers = [code for t in owners if (code := "WST" if t.lower_ == "western" else (
            m.code if (m := self.match_at.get(t.i)) is not None and
            m.kind in ("state", "adj", "group") else None)) and code not in sources]
        if doers:
            d.targets = [Actor(text="", code=doers[0], sector="GOV")]

    def _read_liberation(self, d: Draft) -> bool:
        """Land taken back by force ("we liberated Bucha from the occupiers"): at war, an
        attack by the outlet's side on the occupier, the land freed no party (land retaken,
        "recaptured two villages", by either side, from the other). People freed
        ("liberate everyone", "the liberation of prisoners") are no attack; people freed from
        captivity are a release (``_read_captor`` then names the captor)."""
        if d.lemma in lx.RETAKING and (side := self._warring_side(d)) is not None:
            # "our forces recaptured two villages": won back from the other side of the war
            d.targets = [Actor(text="", code=ADVERSARY[side], sector="MIL")]
        if d.lemma not in lx.LIBERATING:
            return True
        trig = d.frame.trigger
        if any(_lemma(p) in CAPTIVITY for c in _children(trig, "prep") if c.lower_ == "from"
               for p in _children(c, "pobj")):
            # "we liberated 20 of our defenders from captivity": a release, the captor's
            d.etype, d.mode = "RETREAT", "release"
            return True
        freed = [t for t in trig.children if t.dep_ in ("dobj", "nsubjpass")] + [
            p for c in _children(trig, "prep") if c.lower_ == "of" for p in _children(c, "pobj")]
        if any(_lemma(t) in lx.CIVILIANS | lx.PRISONERS | {"everyone", "everybody"}
               for t in freed):
            return False
        occupiers = [a for c in _children(trig, "prep") if c.lower_ == "from"
                     for p in _children(c, "pobj") for a in self.actors_of(p, deep=True)
                     if a.code]
        enemy = ADVERSARY.get(self.home or "")
        if enemy is None:
            d.targets = occupiers or d.targets
            return True
        if any(a.code != enemy for a in occupiers) or not self._at_war(d) or \
                trig.head.lower_ == "of" and _lemma(trig.head.head) in ("anniversary", "day"):
            return False  # another war ("the anniversary of the liberation of your country")
        d.sources = [a for a in d.sources if a.code == self.home] or [
            Actor(text="", code=self.home, sector="MIL")]
        d.targets = occupiers or [Actor(text="", code=enemy, sector="MIL")]
        return True

    def _read_request_heeded(self, d: Draft, heeded: Any) -> None:
        """"At the request of Macky Sall, Putin informed him": Sall asked Putin. The one
        asking is not the one asked: an unknown or same-state asker in a call's readout is
        the call's other party ("At the Prime Minister's request, Putin told him")."""
        trig = d.frame.trigger
        askers = [p for c in trig.children if c.dep_ == "poss" or c.dep_ == "prep" and
                  c.lower_ in ("of", "from")
                  for p in ([c] if c.dep_ == "poss" else _children(c, "pobj"))]
        answerers = _children(heeded, "poss") if heeded.pos_ == "NOUN" else \
            self._subjects(heeded)[0]  # "your response to ...", "Tajikistan responded to"
        # (the parse may hang the clause's subject on the asker: "At the request of
        # Aleksandar Vucic, Vladimir Putin provided an update", Putin a conjunct of Vucic)
        answerers = answerers or [c for p in askers for c in _children(p, "conj", "appos")]
        d.targets = [a for s in answerers for a in self.actors_of(s)]
        asked = {t.code for t in d.targets if t.code}
        other = self._counterpart_of(d.targets)
        d.sources = [replace(a, code=other[0].code) if other and (
            a.code is None or a.code in asked) else a
            for p in askers if (a := self.actor_at(p)) is not None] or other

    def _fill_unnamed_sources(self, d: Draft) -> None:
        """Agentless and pronoun-led acts: the article's implied parties, the speaker's own
        voice or the outlet's state."""
        frame, sent, s_idx = d.frame, d.sent, d.s_idx
        joint = d.etype in SYMMETRIC and frame.etype in SYMMETRIC or \
            d.etype == "SUPPORT" and d.lemma in JOINT_SIGNING
        # (not aid promised, "they will receive medical help", which only the giver pledges)
        if joint and len({a.code for a in d.sources}) < 2 and \
                not any(t.code for t in d.targets) and (
                    self._plural_pronoun_subject(frame) or _participants(frame.pred) is not None):
            # "They discussed ...", "They expressed their readiness ...", "The parties approved
            # the Military Doctrine" in a bilateral readout
            parties = self._implied_parties(s_idx)
            named = {a.code for a in d.sources if a.code}
            if parties and named <= {a.code for a in parties}:
                # (not "they are not ready to compromise" of a third state, in a speech)
                d.sources, d.targets = parties, []
        if all(a.text in d.partner_texts for a in d.sources) and _diary_verb(frame.pred, sent) \
                and (voice := self._own_voice(frame.trigger)) is not None:
            # "Expressed support to our military and awarded the best.", "Met with Mariupol
            # residents.": the speaker's own day
            d.sources = [voice, *d.sources]
        if d.mode == "weapons" and d.lemma in ("launch", "test") and not d.sources and (
                where := self._location_code(frame) or self.home) in state_codes():
            # "the test launch of the Sarmat missile was performed from the Plesetsk
            # Cosmodrome": the military of where it was launched
            d.sources = [Actor(text="", code=where, sector="MIL")]
        if d.etype == "AGREE" and not d.sources and self._agentless(frame) and \
                len(agreeing := _distinct_codes([t for t in d.targets if t.code])) >= 2:
            # "It was agreed that the Lithuanian and Ukrainian parties will coordinate": the
            # parties named agreed, with each other
            d.sources, d.targets = agreeing, []
        if d.etype == "ACCUSE" and frame.kind == "noun" and not d.sources and d.targets and \
                d.claimant is None and self._agentless(frame):
            d.voice = self._own_voice(frame.trigger)  # "the investigation ... is underway"
            d.sources = [d.voice] if d.voice is not None else []
        if d.etype == "ASSAULT" and not d.sources and self._denied(frame.trigger) and (
                voice := self._own_voice(frame.trigger)) is not None:
            d.voice = voice
            d.sources = [voice]  # the side that denies the attack is the one it was blamed on
        if d.etype == "REQUEST" and not d.sources and _drafts_sanctions(frame.trigger) and (
                voice := self._own_voice(frame.trigger)) is not None:
            d.sources = [voice]  # "the working group on sanctions presented a Roadmap": the
            # outlet's experts ask for them
        if d.etype == "THREATEN" and _lemma(frame.trigger) == "consequence" and \
                not d.sources and (voice := self._own_voice(frame.trigger)) is not None:
            d.voice = voice
            d.sources = [voice]  # the speaker warns of what they will do
            d.targets = d.targets or [
                a for c in frame.pred.children if c.dep_ in ("acomp", "attr")
                for p in c.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in _children(p, "pobj") for a in self.actors_of(o)]
        if d.etype == "AID" and not d.sources and d.claimant is None and \
                _lemma(frame.pred) not in RECEIVING_VERBS and \
                (voice := self._own_voice(frame.trigger)) is not None and \
                (given := {t.code for t in d.targets if t.code}) and (
                    voice.code not in given or _lemma(frame.trigger) in lx.RESCUE_WORDS) and \
                not (ADVERSARY.get(voice.code or "") in given and d.all_lemmas & lx.WEAPONS):
            # "to render assistance to the people's republics", "continue the evacuation of
            # people from Mariupol": the speaker's side gives it (not "weapons are supplied to
            # us", given by someone else, nor "the assistance received", nor "the Kiev regime
            # is being pumped with arms", the enemy armed by others)
            d.voice = voice
            d.sources = [voice]
        if d.etype == "REQUEST" and frame.kind == "governor" and not d.sources and \
                self._agentless(frame) and (voice := self._own_voice(frame.trigger)) is not None:
            d.voice = voice
            d.sources = [voice]  # "Hope was expressed that ..." in a readout: its own side
        if d.etype == "CONSULT" and not d.sources and not any(t.code for t in d.targets) and \
                self.home and (who := _participants(frame.pred)) is not None:
            # "The participants discussed ..." in a readout: the two parties of a bilateral
            # meeting, else the outlet's own officials
            parties = self._implied_parties(s_idx)
            d.sources = parties if len(parties) >= 2 else [
                Actor(text=self.doc[who.left_edge.i:who.i + 1].text, code=self.home,
                      sector="GOV")]
        if d.etype == "SUPPORT" and not d.sources and (
                frame.kind == "adj" or frame.victim or d.lemma in lx.COURTESIES or
                _praise_taken_up(frame) or
                _praises_your_deeds(frame) or
                d.lemma == "thank" and frame.trigger.lower_ == "thank" and
                not self._unknown_speaker(frame.trigger)) and (
                voice := self._own_voice(frame.trigger)) is not None:
            d.voice = voice  # "It is gratifying that ...", "warmest greetings go to ...",
            d.sources = [voice]  # "your work deserves gratitude", "Thank you for ...": the
            # speaker's
        if _gives_award(d) and not d.sources and self.home and self._agentless(frame):
            # "202 servicemen were awarded state awards": by the outlet's state
            d.sources = [Actor(text="", code=self.home, sector="GOV")]
        if d.etype in ("AID", "CONCEDE") and not d.sources and self.home and \
                self._agentless(frame) and not any(
                    t.code == self.home and (t.sector == "GOV" or self._names_state(t, sent))
                    for t in d.targets) and not (
                    ADVERSARY.get(self.home) in {t.code for t in d.targets} and
                    d.all_lemmas & lx.WEAPONS):
            # not "Ukraine was given military aid": the outlet's state is who was given it;
            # nor "modern weapons are being pumped into Ukraine", told by Moscow: its enemy
            # armed by others
            d.sources = [Actor(text="", code=self.home, sector="GOV")]  # "people were evacuated"
        if (d.etype in SYMMETRIC or d.lemma in JOINT_SIGNING and self._signed_at_talks(
                sent)) and not d.sources and not any(t.code for t in d.targets) and \
                self._agentless(frame) and (d.modality in ("asserted", "reported") or
                                            d.modality == "future" and d.etype == "SUPPORT") and \
                frame.pred.dep_ not in ("relcl", "xcomp"):  # not "needs to be discussed"
            # "It was agreed ...", "two corridors have been agreed": the article's two parties
            d.sources, d.targets = self._implied_parties(s_idx, home_alone=True), []
            guests = [a for a in d.sources if a.code != self.home]
            if d.mode == "visit" and len(guests) == 1 < len(d.sources):
                # "The visit ... took place": the guest came to the outlet's country
                d.sources, d.targets = guests, [a for a in d.sources if a.code == self.home]

    def _drop_repeated_targets(self, d: Draft) -> None:
        """A target that repeats a source goes; then codes are filled in from the claimant,
        the sentence and the article."""
        src_keys = {(a.code, a.name, a.sector) for a in d.sources}
        src_texts = {a.text.lower() for a in d.sources}
        d.targets = [a for a in d.targets if (a.code, a.name, a.sector) not in src_keys or
                     a.code is None and a.name is None and a.sector is None or
                     d.etype in ("REQUEST", "CONSULT") and d.mode not in ("visit", "host") and
                     _another_official(a, src_texts)]
        if d.etype == "MOBILIZE" and (deployed := [
                a for a in d.targets if DEPLOYED_FORCES.search(a.text)]):
            # "we were deploying the Collective Peacekeeping Forces": what is deployed is no
            # one it is deployed against, but the side that deploys it ("a decree to increase
            # the number of personnel of the Armed Forces": Ukraine mobilizes)
            d.targets = [a for a in d.targets if a not in deployed]
            d.sources = d.sources or deployed
        if d.etype == "CONSULT" and d.mode == "host":
            own = {a.code for a in d.sources if a.code}
            # "I want to cordially welcome you to Moscow": the host's city is where, not whom
            d.targets = [a for a in d.targets if a.code not in own] or d.targets
        if d.etype == "RETREAT" and d.mode == "disarm":
            own = {a.code for a in d.sources if a.code}
            d.targets = [a for a in d.targets if a.code not in own]  # "surrendered at
            # Azovstal": their own ground is where, not to whom
        self._fill_codes(d.sources, d.targets, d.claimant, d.sent, d.frame)
        if d.etype == "REQUEST" and d.lemma == "need" and self.home in ADVERSARY and any(
                a.code == self.home for a in d.sources):
            # "Ukraine needs weapons and sanctions pressure on the aggressor": help is not
            # asked of the enemy the help is against
            d.targets = [t for t in d.targets if t.code != ADVERSARY[self.home or ""]]

    def _fill_war_sources(self, d: Draft) -> None:
        """An outlet at war: attacks nobody is named for are the enemy's, or its own side's
        when the enemy's soldiers fell or the war is told as against the enemy."""
        frame, sent = d.frame, d.sent
        enemy = ADVERSARY.get(self.home or "")
        if d.etype == "ASSAULT" and WAR_GROUND.get(self.home or "") == self.home and \
                enemy is not None and d.sources and d.targets and \
                d.lemma not in lx.LIBERATING and not d.negated and \
                all(a.code == self.home and self._no_state_named(sent, a) for a in d.sources) and \
                all(t.code == self.home for t in d.targets) and not self._past_war(sent):
            # "Civilians were killed by tanks", "Tanks shelled Kharkiv" told by Kyiv: a force
            # of no named state striking the outlet's own people is the enemy's
            d.sources = [replace(a, code=enemy) for a in d.sources]
        if d.etype == "ASSAULT" and d.lemma in lx.INVADING and not d.sources and d.targets and \
                enemy is not None and enemy != WAR_GROUND.get(self.home or "") and \
                all(t.code == enemy for t in d.targets):
            # "the full-scale invasion of the Russian Federation" on president.gov.ua: the
            # enemy, fighting on the outlet's land, invades it
            d.sources = d.targets
            d.targets = [Actor(text="", code=WAR_GROUND[self.home or ""])]
        if d.etype == "ASSAULT" and d.lemma == "war" and not any(a.code for a in d.sources) and \
                d.targets and all(t.code == enemy for t in d.targets):
            # "in the war against the Russian invaders": the outlet's own war of defence
            d.sources = [Actor(text="", code=self.home, sector="MIL")]
        if d.etype in ("ASSAULT", "COERCE") and not d.sources and enemy is not None and \
                not (d.mode in LAWS_AND_WORDS and WAR_GROUND.get(self.home or "") != self.home) \
                and self._outlet_at_war(sent, frame.trigger) and not self._past_war(sent) and (
                any(t.code == self.home for t in d.targets) or d.etype == "ASSAULT" and
                frame.kind == "noun" and {t.code for t in d.targets if t.code} <= {
                    self.home, enemy}):
            # an outlet at war tells of an unattributed attack on its side, or a nominal
            # "shelling of Donbass cities" with no agent: the adversary's (war outlets name
            # their own side's strikes)
            d.sources = [Actor(text="", code=enemy, sector="MIL")]
        if d.mode == "seize" and not d.sources and self._outlet_at_war(sent, frame.trigger) and \
                not d.negated and self._agentless(frame) and _land_taken(frame.pred) and \
                not self._past_war(sent):
            # "31% of the region's territory is occupied", "the settlements that were
            # occupied": by the enemy, of the land fought over
            self._enemy_on_the_ground(d)
        if d.etype == "ASSAULT" and not d.sources and self._outlet_at_war(
                sent, frame.trigger) and not any(t.code for t in d.targets) and \
                frame.kind in ("verb", "object") and \
                not d.negated and (
                    self._agentless(frame) or self._plural_pronoun_subject(frame)) and \
                d.modality in ("asserted", "reported") and not self._past_war(sent):
            # an outlet at war: "Tens of thousands of houses were destroyed", "They bombed
            # the square": the enemy struck the land fought over
            self._enemy_on_the_ground(d)
        if d.etype == "ASSAULT" and (waged := named_operation(frame.trigger)):
            # "the special military operation in Ukraine": waged by the state that named it,
            # on the land it is waged in ("in Syria and during the operation in Ukraine")
            d.sources = d.sources or [Actor(text="", code=waged, sector="MIL")]
            if not any(t.code for t in d.targets):
                d.targets = _distinct_codes([
                    Actor(text=self.doc[m.start:m.end].text, code=m.code)
                    for c in _children(frame.trigger, "prep")
                    if c.lower_ == "in" for p in c.subtree
                    if (m := self.match_at.get(p.i)) is not None and m.code]) or d.targets
        if d.etype == "ASSAULT" and not d.sources and self.home in ADVERSARY and d.targets and \
                all(t.code == ADVERSARY[self.home or ""] and t.sector == "MIL"
                    for t in d.targets):
            # "Almost 30,000 Russian soldiers killed" told by Kyiv: its own forces fought
            d.sources = [Actor(text="", code=self.home, sector="MIL")]

    def _no_state_named(self, sent: Any, actor: Actor) -> bool:
        """Is ``actor`` told by a bare force word ("tanks", "the military"), no state or
        "our" naming whose it is (so its code is only the outlet's default)?"""
        words = actor.text.split()
        if not words or any(w.lower() in ("our", "we", "us", "own") for w in words):
            return False
        for t in sent:
            if t.text == words[0] and sent.doc[t.i:t.i + len(words)].text == actor.text:
                return t.pos_ != "PRON" and not any(
                    (m := self.match_at.get(k)) is not None and m.code
                    for k in range(t.i, t.i + len(words)))
        return False

    def _enemy_on_the_ground(self, d: Draft) -> None:
        """The outlet's enemy acting on the land fought over (its people where none is named)."""
        d.sources = [Actor(text="", code=ADVERSARY[self.home or ""], sector="MIL")]
        d.targets = [replace(t, code=WAR_GROUND[self.home or ""]) for t in d.targets] or [
            Actor(text="", code=WAR_GROUND[self.home or ""], sector="CVL")]

    def _fill_protest_actors(self, d: Draft) -> None:
        """Protests: the town's people, the occupier protested against; a boycott by
        states is an embargo."""
        frame = d.frame
        if d.etype == "PROTEST" and not d.sources and (
                where := self._place_code(frame.trigger) or self._place_code(frame.pred)):
            # the town's people rally ("a rally in Tbilisi", "thousands demonstrated in Moscow")
            d.sources = [Actor(text="", code=where, sector="CVL")]
        if d.etype == "PROTEST" and not any(t.code for t in d.targets) and d.sources and \
                self.home in ADVERSARY and all(a.code == self.home for a in d.sources) and \
                (self._war_widened() or WAR_GROUND.get(self.home or "") == self.home) and \
                not lx.OCCUPATION_WORDS.isdisjoint(self.word_positions()):
            # (not Moscow's readout of the unrest in Kazakhstan, before its war)
            # "a protest action took place in Berdyansk" in an article on the occupation
            d.targets = [Actor(text="", code=ADVERSARY[self.home or ""], sector="MIL")]
        if d.etype == "PROTEST" and d.mode == "boycott" and d.sources and all(
                a.code in state_codes() or a.sector in ("GOV", "IGO") for a in d.sources):
            # states boycotting Russian oil: an embargo
            d.etype, d.mode = "SANCTION", "discontinue"

    def _fill_sanction_and_coercion_sources(self, d: Draft) -> None:
        """Sanctions and coercion: a state's restrictions abroad are sanctions; an agentless
        arrest is the authorities' of the place; sanctions on us are the West's; sanctions
        asked for are asked of whoever imposes them."""
        frame = d.frame
        if d.etype == "REQUEST" and d.targets and (imposers := self._sanctions_asked(d)) \
                is not None:
            # "He expressed hope that the sixth package of EU sanctions on Russia would be
            # approved": asked of the EU, not of Russia
            d.targets = imposers
        if d.etype == "COERCE" and d.mode == "restrict" and "restriction" in d.obj_lemmas and \
                self._foreign(d.sources, d.targets):
            d.etype, d.mode = "SANCTION", None  # "the Western states imposed restrictions on
            # Russian companies": a state's restrictions on another country are sanctions
        if d.etype in ("COERCE", "ACCUSE") and not d.sources and self._agentless(frame) and \
                (frame.kind != "noun" or frame.pred.i != frame.trigger.i) and (
                    where := self._location_code(frame)) and where in state_codes():
            # "was arrested in Lebanon", "put under investigation in Italy": that state's
            # authorities act (CAMEO's reading of an agentless arrest or probe)
            d.sources = [Actor(text="", code=where, sector="GOV")]
        if d.etype == "COERCE" and "liability" in d.obj_lemmas and self.home and \
                not any(a.code and a.code != self.home for a in d.sources + d.targets):
            # "the Federal Law introduces administrative liability for ...": the state's
            # own law, binding its own people
            d.sources = [a for a in d.sources if a.code] or [
                Actor(text="", code=self.home, sector="GOV")]
            d.targets = [a for a in d.targets if a.code] or [Actor(text="", code=self.home)]
        ground = WAR_GROUND.get(self.home or "")
        if d.etype == "SANCTION" and ground and (frame.presupposed or self._agentless(frame) and
                                                 any(_lemma(t) == "sanction" for t in d.sent)) \
                and not d.sources and not d.targets and not d.negated:
            # "Illegitimate sanctions have led to a wave of inflation", "new sanctions are
            # being introduced", told in the war: the sanctions on the invader (and so the
            # West's, below)
            d.targets = [Actor(text="", code=ADVERSARY[ground], sector="GOV")]
        if d.etype == "SANCTION" and not d.sources and d.targets and all(
                t.code in SANCTIONED_BY for t in d.targets) and not d.negated:
            # "the sanctions that are being imposed on us": in 2021-2022, the West's
            d.sources = [Actor(text="", code=SANCTIONED_BY[d.targets[0].code or ""],
                               sector="GOV")]
        if (d.etype == "SANCTION" or d.etype == "THREATEN" and d.mode == "restrict") and \
                ground and not any(t.code for t in d.targets) and (
                codes := {a.code for a in d.sources if a.code}) and \
                ADVERSARY[ground] not in codes and set(self._sentence_codes(d.sent)) <= codes | {
                    ground, ADVERSARY[ground]} and not d.negated and (d.lemma == "freeze" or any(
                        _lemma(t) == "sanction" for t in d.sent)):
            # "sanctions imposed by Western countries", "sanctions are issued by our partners",
            # "the EU is preparing a sixth package of sanctions": in the war the bundled
            # releases tell of, on the invader (Russia)
            d.targets = [Actor(text="", code=ADVERSARY[ground], sector="GOV")]

    def _fill_unidentified_attackers(self, d: Draft) -> None:
        """Attacks nobody is named for, told by an outlet not at war."""
        frame, sent = d.frame, d.sent
        if _war_toll(frame.pred):
            return  # "a 52-year war that killed more than 220,000 people": no one's attack
        if d.etype == "ASSAULT" and not d.sources and d.targets:
            # CAMEO's unidentified armed force: an attack nobody is named for is coded to the
            # one other country the sentence names ("killed by a bomb in the Iraqi city of")
            left = [c for c in self._sentence_codes(sent)
                    if c not in {t.code for t in d.targets}]
            if len(left) == 1:
                d.sources = [Actor(text=frame.trigger.text, code=left[0], sector="UAF")]
        if d.etype == "ASSAULT" and not d.sources and (where := self._attack_place(frame)) \
                and where != WAR_GROUND.get(self.home or ""):
            # ... or to the place it happened in ("a roadside bomb near the town of X"; not
            # the land an outlet at war fights on: "three wounded in Ukraine today", Kyiv)
            d.sources = [Actor(text=frame.trigger.text, code=where, sector="UAF")]

    def _fill_symmetric_parties(self, d: Draft) -> None:
        """Agreements reached and talks held: the parties named, the article's two, or the
        partner implied by the readout."""
        frame, sent, s_idx = d.frame, d.sent, d.s_idx
        if d.etype in ("CONSULT", "AGREE") and (formats := self._formats_told(d)):
            self._read_format_members(d, formats)
            return
        # (a visit is no bloc's gathering, but "the summit was held in Moscow" is one)
        if d.etype == "CONSULT" and (d.mode != "visit" or frame.trigger.pos_ != "NOUN") and \
                not any(t.code for t in d.targets) and (blocs := self._blocs_gathered(frame)):
            # "took part in the SCO summit", "a meeting of the CSTO Collective Security
            # Council": those named and the bloc, all together
            d.sources = _distinct_codes([a for a in d.sources if a.code and a.text] + blocs)
            d.targets, d.mode = [], "multilateral"
            return
        if d.etype == "COOPERATE" and d.lemma in lx.MAKING_VERBS:
            self._fill_makers(d)
        if (d.etype in SYMMETRIC or d.etype == "SUPPORT" and d.lemma in JOINT_SIGNING) and \
                frame.kind == "object" and not go_between_word(frame.trigger) and len(
                between := _distinct_codes([a for o in _children(frame.pred, "dobj", "nsubjpass")
                                            for c in _children(o, "prep") if c.lower_ == "between"
                                            for p in _children(c, "pobj")
                                            for a in self.actors_of(p) if a.code])) >= 2:
            # "the agreement between the American party and Poland has been reached"
            d.sources, d.targets = between, []
        if d.etype == "AGREE" and not d.sources and not d.targets and \
                participle_clause(frame.pred) and \
                d.lemma in ("reach", "conclude", "achieve"):
            # "the agreements reached during the visit of Zelenskyy to Poland": the parties
            # the clause names, else the article's two
            named = _distinct_codes([a for t in frame.pred.subtree if t.i != frame.pred.i and
                                     t.dep_ == "pobj" for a in self.actors_of(t) if a.code])
            d.sources = named if len(named) >= 2 else self._implied_parties(s_idx)
        if d.etype == "CONSULT" and not d.sources and not d.targets and \
                _time_anchor(frame.trigger):
            d.sources = self._implied_parties(s_idx)  # "reached during the March 3 talks"
        signed = d.etype == "SUPPORT" and d.lemma in JOINT_SIGNING
        if signed and not d.sources and not d.targets and self._agentless(frame):
            d.sources = self._implied_parties(s_idx)  # "a joint statement was adopted"
        between = self._between_in_phrase(frame.trigger) if d.etype == "CONSULT" and \
            frame.kind == "noun" and not any(t.code for t in d.targets) else []
        if (own := {a.code for a in d.sources if a.code}) and own < {a.code for a in between}:
            # "negotiations on the exchange of prisoners between Ukraine and Russia are being
            # conducted by the Main Intelligence Directorate of Ukraine": with the other one
            d.sources = d.sources + [a for a in between if a.code not in own]
            d.targets = []
        if (d.etype in SYMMETRIC or signed) and not any(t.code for t in d.targets) and \
                d.mode != "multilateral":  # (a bloc's summit: its members meet, no partner)
            partner = self._implied_partner(frame, d.sources, sent, s_idx, d.etype, d.lemma,
                                            teller=d.claimant)
            if partner is not None and d.mode == "visit":
                d.targets = [partner]  # a visit is told once, visitor to host
            elif partner is not None:
                d.sources, d.targets = d.sources + [partner], []  # paired both ways below
        foreign = {a.code for a in d.sources}
        if d.etype == "CONSULT" and d.mode not in ("visit", "host", "multilateral") and \
                not d.targets and \
                not d.negated and self.home and len(foreign) == 1 and \
                len({a.party for a in d.sources}) == 1 and \
                None not in foreign and self.home not in foreign and \
                d.lemma not in ("take", "participate", "attend", "chair") and \
                not any(a.sector == "CVL" and a.text for a in d.sources) and \
                set(self._sentence_codes(sent)) <= foreign | {self.home}:
            # "to meet with the Polish delegation", "the meeting with President of Turkey
            # Erdogan": talks with the outlet's side (train gold 8 of 12); not "they meet
            # pensioners", a side meeting its own people
            d.targets = [Actor(text="", code=self.home, sector="GOV")]

    def _between_in_phrase(self, noun: Any) -> list[Actor]:
        """The coded parties of a "between A and B" inside a noun's own phrase ("talks on the
        exchange of prisoners between Ukraine and Russia")."""
        found: list[Actor] = []
        for t in noun.subtree:
            if t.lower_ != "between" or t.dep_ != "prep":
                continue
            up = t
            while up.i != noun.i and up.dep_ in ("prep", "pobj"):
                up = up.head
            if up.i == noun.i:
                found += [a for p in _children(t, "pobj") for a in self.actors_of(p) if a.code]
        return _distinct_codes(found)

    def _blocs_gathered(self, frame: Frame) -> list[Actor]:
        """The blocs whose gathering a summit or meeting noun names ("the SCO summit", "a
        meeting of the CSTO Collective Security Council", "the CSTO summit was held")."""
        gatherings = [n for n in _gathering_nouns(frame) if _lemma(n) in BLOC_GATHERINGS]
        heads = [p for g in gatherings for c in _children(g, "prep") if c.lower_ == "of"
                 for p in _children(c, "pobj")]
        found = [m for g in gatherings for m in self._modifier_matches(g, ("group",))] + [
            m for h in heads for m in self._modifier_matches(h, ("group",))] + [
            m for h in heads if (m := self.match_at.get(h.i)) is not None and m.kind == "group"]
        return [Actor(text=self.doc[m.start:m.end].text, code=m.code, sector=m.sector)
                for m in found if m.code and m.sector in ("IGO", "LEG")]

    def _formats_told(self, d: Draft) -> list[Actor]:
        """The talks formats among the event's actors or in the words of its trigger ("the
        meeting of political advisers to the leaders of the Normandy Four countries")."""
        words = [self.match_at.get(t.i) for n in _gathering_nouns(d.frame)
                 for t in n.subtree]
        told = [Actor(text=self.doc[m.start:m.end].text, code=m.code) for m in words
                if m is not None and m.code in FORMAT_MEMBERS]
        return _distinct_codes([a for a in d.sources + d.targets if a.code in FORMAT_MEMBERS] +
                               told)

    @staticmethod
    def _read_format_members(d: Draft, formats: list[Actor]) -> None:
        """Talks or agreements in a format of the peace process ("a meeting of political
        advisers to the leaders of the Normandy Four", "negotiations within the Trilateral
        Contact Group"): its members, and anyone else named, all together."""
        members = [Actor(text=a.text, code=code, sector="IGO" if code == "OSCE" else "GOV")
                   for a in formats for code in FORMAT_MEMBERS[a.code or ""]]
        others = [a for a in d.sources + d.targets  # named, not filled in from the readout
                  if a.code and a.text and a.code not in FORMAT_MEMBERS]
        d.sources, d.targets = _distinct_codes(members + others), []
        if d.etype == "CONSULT" and d.mode != "visit":
            d.mode = "multilateral"

    def _fill_makers(self, d: Draft) -> None:
        """"The Office together with UNICEF created", "together with the Rada, a mechanism was
        developed" (by the outlet's side): all the makers, paired both ways."""
        partners = [a for p in self.made_with(d.frame.trigger) for a in self.actors_of(p)]
        partner_texts = {a.text for a in partners}
        makers = [a for a in d.sources if a.text not in partner_texts] or (
            [Actor(text="", code=self.home, sector="GOV")] if self.home else [])
        d.sources, d.targets = makers + partners, []

    def _fill_place_and_counterpart_targets(self, d: Draft) -> None:
        """Measures taken in a place bear on its country; what one side of a call or meeting
        offers or asks is for the other."""
        if d.etype in PLACE_TARGETED and d.sources and not d.targets and (
                where := self._place_struck(d.frame)) and not (
                    d.etype == "MOBILIZE" and where in {a.code for a in d.sources}):
            # "imposed a curfew in the town of Cizre", "strengthened its forces in Lebanon",
            # "threatened to ban voting in East Jerusalem": the place's country bears it
            d.targets = [Actor(text="", code=where)]
        if d.etype in TO_THE_COUNTERPART and not any(t.code for t in d.targets) and \
                not d.negated:
            met = self._giver_thanked(d) or self._met_during(d.frame, d.sources) or \
                self._counterpart_of(d.sources)
            if not self._peace_offered_to_a_friend(d, met):
                d.targets = met or d.targets
        if d.etype == "SUPPORT" and self.home and not any(t.code for t in d.targets) and {
                a.code for a in d.sources if a.code} == {self.home}:
            # "congratulate the players, coaches and fans", "I wish you all the best": praise
            # the outlet's side gives no one named goes to its own people, or in a message
            # to one state ("Congratulations to Aleksandar Vucic") to that state
            abroad = {a.code for a in self.title_actors() if a.code and a.code != self.home} \
                if MESSAGE_TITLE.match(self.article.title or "") else set()
            # "During a conversation with Prime Minister of Portugal António Costa, Zhovkva
            # expressed gratitude for the strong support": the one foreign state named
            abroad = abroad or set(self._sentence_codes(d.sent, opposed=False)) - {
                self.home, ADVERSARY.get(self.home, "")}
            to: str | None = abroad.pop() if len(abroad) == 1 else self.home
            if to == self.home and any(FROM_ABROAD.search(t.text) for t in d.targets):
                # "thanked the interlocutors", "congratulated the foreign ambassadors": the
                # state the release is about, if any, never the outlet's own
                to = self._counterpart(self.sent_index(d.frame.trigger.i),
                                       skip=ADVERSARY.get(self.home))
            d.targets = [replace(t, code=to) for t in d.targets] or [Actor(text="", code=to)]

    def _sanctions_asked(self, d: Draft) -> list[Actor] | None:
        """Who imposes the sanctions a request's complement asks for (those named, maybe
        none), when the request's targets are only the sanctioned; else None."""
        sanctioned: set[str] = set()
        imposers: list[Actor] = []
        for t in d.frame.trigger.subtree:
            if _lemma(t) not in lx.SANCTION_WORDS:
                continue
            sanctioned |= {a.code for c in _children(t, "prep") if c.lower_ in (
                "on", "against") for p in _children(c, "pobj") for a in self.actors_of(p)
                if a.code}
            imposers += [a for c in _children(t, "compound", "amod", "poss")
                         if (a := self.actor_at(c)) is not None and a.code]
        targets = {a.code for a in d.targets if a.code}
        if not sanctioned or not targets or not targets <= sanctioned:
            return None
        return _distinct_codes(imposers)

    def _giver_thanked(self, d: Draft) -> list[Actor]:
        """"Yermak thanked for the constant support of Great Britain": Britain is thanked."""
        if d.etype != "SUPPORT" or d.lemma not in lx.THANKS:
            return []
        return [a for c in _children(d.frame.trigger, "prep") if c.lower_ == "for"
                for p in _children(c, "pobj") for a in self._giver_named(p, d.sources)][:1]

    @staticmethod
    def _peace_offered_to_a_friend(d: Draft, met: list[Actor]) -> bool:
        """"Azerbaijan has voiced its readiness to launch work on a peace treaty", told at
        talks in Moscow: the peace is with a foe the sentence leaves unnamed, not the host."""
        return d.etype == "AGREE" and any(
            _lemma(t) in lx.PEACE_DEALS and any(c.lower_ == "peace" for c in t.children)
            for t in d.frame.trigger.subtree) and not any(
                ADVERSARY.get(a.code or "") in {m.code for m in met} for a in d.sources)

    def _fill_war_targets(self, d: Draft) -> None:
        """At war, an attack or a seizure nobody is named to suffer: the enemy's falls on the
        land fought over ("Russian troops shelled residential areas"), the side defending it
        fights the enemy ("our soldiers are fighting for our country"); told by the other outlet,
        the defenders' fire falls on their own land ("the shelling of Donbass")."""
        enemy = ADVERSARY.get(self.home or "")
        if d.etype == "ASSAULT" and enemy and WAR_GROUND.get(self.home or "") == self.home and \
                d.sources and d.targets and all(a.code == self.home for a in d.sources) and all(
                    t.code == self.home and t.sector == "MIL" and self._no_state_named(d.sent, t)
                    for t in d.targets):
            # "we need weapons to destroy armored vehicles and artillery systems": the
            # outlet's side fights the enemy's guns, not its own
            d.targets = [replace(t, code=enemy) for t in d.targets]
        if any(t.code for t in d.targets) or not d.sources or self.home not in WAR_GROUND or \
                d.etype not in ("ASSAULT", "COERCE") or self._past_war(d.sent) or \
                _lemma(d.frame.trigger) in lx.BREACH_WORDS:
            return  # "violated the ceasefire": a breach alleged, no one struck
        ground = WAR_GROUND[self.home or ""]
        named = set(self._sentence_codes(d.sent))
        codes = {a.code for a in d.sources}
        the_war = d.lemma in lx.INVADING and codes == {ADVERSARY[ground]}  # "Russia's invasion"
        if not the_war and (not named <= {ground, ADVERSARY[ground]} or
                            self.home != ground and ground not in named):
            return  # "real fighting went on in Almaty": another land, another war
        if codes == {ADVERSARY[ground]}:
            struck = ground
        elif codes == {ground} and d.etype == "ASSAULT":
            struck = ADVERSARY[ground] if self.home == ground else ground
        else:
            return
        d.targets = [replace(t, code=struck) for t in d.targets] or [Actor(text="", code=struck)]

    def _fill_truce_and_corridor_parties(self, d: Draft) -> None:
        """Truces and corridors with no one named: the sides of the war."""
        frame = d.frame
        if d.etype == "CONCEDE" and d.mode == "ceasefire" and d.modality == "hypothetical" and \
                self.home in ADVERSARY and frame.kind != "noun" and self._agentless(frame):
            # "if a ceasefire is declared in the region, Ukraine will react quickly": told by a
            # side of the war, the truce hoped for is the enemy's to declare
            d.sources = [Actor(text="", code=ADVERSARY[self.home or ""], sector="GOV")]
        if d.etype == "RETREAT" and d.mode == "ceasefire" and not d.sources and \
                not d.targets and frame.kind == "noun":
            # a truce held: both sides held fire (at war: the outlet's side and the enemy)
            d.sources = [Actor(text="", code=c, sector="MIL") for c in (
                self.home, ADVERSARY[self.home])] if self.home in ADVERSARY else \
                self._implied_parties(d.s_idx)
        if d.etype == "RETREAT" and d.mode == "release" and d.lemma in ("exchange", "swap") and \
                not d.sources and not any(t.code for t in d.targets) and \
                self.home in ADVERSARY and not self._past_war(d.sent):
            # "Another prisoner exchange took place today": told by a side of the war, the two
            # sides released each other's people (paired both ways)
            d.sources = [Actor(text="", code=c, sector="GOV") for c in (
                self.home, ADVERSARY[self.home or ""])]
            d.targets = []
        if d.etype == "RETREAT" and d.mode == "access" and not d.sources and \
                self.home in CORRIDOR_HOLDER and self._opens_corridor(frame):
            # "10 humanitarian corridors will be opened", "the corridor did not work": told
            # by a side of the war, the corridor is the one the holding forces open
            d.sources = [Actor(text="", code=CORRIDOR_HOLDER[self.home or ""], sector="MIL")]
        if (d.etype == "AGREE" and d.mode == "ceasefire" and d.lemma in TRUCE_DEALING or
                d.etype == "RETREAT" and d.mode == "release" or self._talks_with_enemy(d)) and \
                not any(t.code for t in d.targets) and (side := self._warring_side(d)) is not None:
            # "Russia agreed to a 30-day halt of strikes": agreed with the other side; "Russia
            # handed over the bodies of 757 fallen soldiers": to the other side
            d.targets = [Actor(text="", code=ADVERSARY[side], sector="GOV")]
        if d.etype == "REJECT" and not any(t.code for t in d.targets) and (any(
                _others_terms(o) for o in _children(frame.pred, "dobj")) or any(
                _lemma(x) in YIELDING for x in _children(frame.pred, "xcomp"))) and \
                (side := self._warring_side(d)) is not None:
            # "Kyiv rejected the accusation", "said the memorandum was an ultimatum and
            # rejected it": the other side's, at war
            d.targets = [Actor(text="", code=ADVERSARY[side], sector="GOV")]
        if d.etype == "AGREE" and not d.sources and not any(t.code for t in d.targets) and \
                self.home in ADVERSARY and (self._opens_corridor(frame) or d.mode == "ceasefire"
                                            and self._at_war(d)):
            # "ten humanitarian corridors have been agreed", "no agreement was reached on a
            # ceasefire": told by a side of the war, (not) agreed between the two sides
            d.sources, d.targets = [Actor(text="", code=c, sector="GOV") for c in (
                self.home, ADVERSARY[self.home or ""])], []

    def _talks_with_enemy(self, d: Draft) -> bool:
        """"Moscow is ready to continue contacts", in a story titled with the talks of the
        two sides at war: ready to go on talking with the other side."""
        codes = {a.code for a in self.title_actors()}
        return d.etype == "AGREE" and d.lemma in TRUCE_DEALING and any(
            c.etype == "CONSULT" for c in d.frame.complements) and any(
            ADVERSARY.get(c or "") in codes for c in codes)

    def _warring_side(self, d: Draft) -> str | None:
        """The one side of the war the draft's sources are, while that war is on (told by
        one of its sides or by an outlet of no country)."""
        sides = {a.code for a in d.sources}
        side = next(iter(sides)) if len(sides) == 1 else None
        told_by_a_side = self.home is None or self.home in ADVERSARY
        return side if told_by_a_side and side in ADVERSARY and self._at_war(d) else None

    def _at_war(self, d: Draft) -> bool:
        """Is the draft told while the war is on, and not of an earlier war?"""
        return not self._past_war(d.sent) and self._war_widened()

    def _fill_aid_targets(self, d: Draft) -> None:
        """Aid and thanks: the thanked give, the place reached or the country at war is
        given; a state arming its own forces mobilizes them."""
        frame = d.frame
        if (d.etype in ("AID", "COOPERATE", "AGREE") or d.mode == "visit" or
                d.etype == "SUPPORT" and
                (frame.kind == "noun" or any(t.code for t in d.targets))) and (
                thanks := self._thanked_for(frame.trigger)) is not None:
            # "thanked Turkey for its assistance", "thanked Poland for sheltering refugees",
            # "thanked the Danish side for its solidarity in supporting our country", "thank
            # you for inviting me"
            thanked = {a.code for a in thanks[1] if a.code}
            thanker = {a.code for a in thanks[0]}
            own = d.etype == "SUPPORT" and frame.kind == "noun" and any(
                a.code and a.code not in thanker for a in d.sources)
            # "the support of Britain"; never the thanker's own gift
            d.sources = d.sources if own else thanks[1] or [
                a for a in d.sources if a.code not in thanker]
            d.targets = [t for t in d.targets if t.code not in thanked] or thanks[0]
        if d.etype == "SANCTION" and (thanks := self._thanked_for(_carried(frame.trigger))) \
                is not None and thanks[1]:
            # "grateful to the EU for its sanctions policy against Russia": the thanked imposed
            # them, on the thanker's enemy when the sentence names no one else
            d.sources = thanks[1]
            enemy = [Actor(text="", code=ADVERSARY[self.home], sector="GOV")] \
                if self.home in ADVERSARY else []
            d.targets = [t for t in d.targets if t.code and t.code not in {
                a.code for a in thanks[0] + thanks[1]}] or enemy
        if d.etype == "AID" and not any(t.code for t in d.targets) and (
                where := self._reached_place_code(frame)):
            d.targets = [Actor(text="", code=where, sector="CVL")]  # "buses sent to Mariupol"
        if d.etype == "AID" and d.lemma in ("supply", "equip", "arm") and d.targets and all(
                t.sector == "MIL" for t in d.targets) and {
                t.code for t in d.targets} <= ({a.code for a in d.sources} or {self.home}):
            # "Russian troops have been supplied with the latest weapons": a state arming its
            # own forces mobilizes them
            d.etype, d.mode, d.sources, d.targets = "MOBILIZE", "weapons", d.targets, []
        if d.etype == "AID" and not any(t.code for t in d.targets) and d.sources and (
                own := _giver_owned(frame.trigger)) is not None:
            # "Russia uses the revenues to finance its military machine": the giver's own,
            # not the country at war
            d.targets = [Actor(text=own.text, code=d.sources[0].code,
                               sector=d.sources[0].sector)]
        if d.etype == "AID" and not any(t.code for t in d.targets) and d.sources and \
                self.home and WAR_GROUND.get(self.home) == self.home and all(
                    a.code and a.code != self.home for a in d.sources):
            # "Germany has announced the supply of 1,000 grenade launchers", told by the
            # country at war: it is the one supplied
            d.targets = [Actor(text="", code=self.home, sector="GOV")]
        if d.etype == "AID" and not d.targets and d.sources and self.home and all(
                a.code == self.home for a in d.sources) and not self._title_abroad():
            # "funding is being allocated", "medical workers are providing assistance to
            # patients", "60,000 of our citizens were rescued": the outlet's state aiding its
            # own people (train gold 5 of 5)
            d.targets = [Actor(text="", code=self.home, sector="CVL")]

    def _has_actors(self, d: Draft) -> bool:
        """False: nobody to code ("Thank you.", "the ship is ready to begin service"), not
        even a truce or an agentless act."""
        everyone = d.sources + d.targets
        return bool(everyone) or d.mode == "ceasefire" or self._agentless(d.frame)

    def _read_attributes(self, d: Draft) -> None:
        """Date (and history), quantities, location, context; an attack's mode."""
        frame, sent = d.frame, d.sent
        d.date, d.date_text = self._date(frame, sent, future=d.modality == "future")
        if d.modality in ("asserted", "reported") and d.date is not None and \
                self.published and d.date < self.published - timedelta(days=90):
            d.modality = "historical"
        if d.modality == "asserted" and self._old_year(sent):
            d.modality = "historical"
        if d.modality in ("asserted", "reported") and any(
                lx.HISTORY_ONLY.search(a.text) for a in d.sources + d.targets):
            # (those who act are of a past war; not "to mark the Soviet victory over Nazi
            # Germany", a truce of today)
            d.modality = "historical"
            if not re.search(r"\b1\d{3}\b", d.date_text or ""):
                d.date = None  # ("On December 6": of the war's year, not the report's)
        if d.modality in ("asserted", "reported") and d.date_text is None and \
                self._meeting_recalled(frame, sent):
            # "After my meeting with the incumbent US President in Geneva, we agreed to launch
            # this work" (Putin in November 2021 of June's summit): an earlier meeting
            d.modality, d.date = "historical", None
        if d.modality in ("asserted", "reported") and d.etype != "ASSAULT" and \
                _before_the_war(frame.pred) and self._war_widened():
            # "Before Russia's full-scale invasion, Ukraine exported more than 6 million tons
            # of grain via the Black Sea each month": how it was
            d.modality, d.date = "historical", None
        if d.modality in ("asserted", "reported") and d.etype == "ASSAULT" and not any(
                a.code for a in d.sources) and self._past_war(sent):
            # "mourn millions of innocent people who were tortured in concentration camps":
            # the victims of an earlier war, no attacker of today
            d.modality = "historical"
        if d.modality in ("asserted", "reported") and frame.kind == "noun" and \
                _used_as_a_tool(frame.trigger):
            d.modality = "historical"  # "Kiev tried to use dialogue with Russia as a bargaining
            # chip": conduct characterised, no talks of the day
        if d.modality in ("asserted", "reported") and any(
                _titled_out_of_office(a) for a in d.sources + d.targets):
            d.modality = "historical"  # "Mr Putin talked with President Bush as well" (2022):
            # told by an office its holder has long left, so of his term
        if d.modality in ("asserted", "reported") and _done_by_ancestors(frame.pred):
            d.modality = "historical"  # "your fathers and grandfathers did not fight the Nazi
            # occupiers to allow …": what a past generation did
        if d.modality in ("asserted", "reported") and _told_of_the_past(frame):
            d.modality, d.date = "historical", None  # a past the text looks back on, of no
            # day of the report
        if d.date_text is None and (_what_affected_them(frame.trigger) or
                                    _killed_or_died(frame.trigger)):
            d.undated = True  # "settlements affected by shelling by Russian troops": those
            # the war has hit, on no day told
        if d.modality in ("asserted", "reported") and d.date_text is None and \
                d.mode == "seize" and self.published and self.published.year >= 2015 and (
                    any(SEIZED_IN_2014.search(a.text or "") for a in d.targets) or any(
                        SEIZED_IN_2014.search(o.text) for o in _seized(frame))):
            d.modality, d.date = "historical", None  # "They captured our Crimea", "Russia has
            # temporarily occupied part of our territory - the Crimean peninsula": 2014's
        if d.modality in ("asserted", "reported") and d.date_text is None and \
                _nuclear_arms_given_up(frame.pred):
            d.modality, d.date = "historical", None  # "Our state gave up its part of the
            # Soviet nuclear arsenal": Ukraine's disarmament of 1994, retold
        if d.modality in ("asserted", "reported") and _of_earlier_ones(frame.pred):
            d.modality = "historical"  # "the UAE, which has mediated previous exchanges"
        if d.modality in ("asserted", "reported") and d.date_text is None and \
                _freed_ground(frame.trigger):
            # "demining cities and territories liberated from the occupiers": land described
            # by a liberation that came before, not one of the report's day
            d.modality, d.date = "historical", None
        if d.modality in ("asserted", "reported") and d.etype in ("ASSAULT", "COERCE") and \
                d.date_text is None and _since_its_start(frame.trigger):
            # "after the start of a full-scale Russian invasion, we joined …": the war's
            # outbreak, long before the report (whose day it would otherwise take)
            d.modality, d.date = "historical", None
        if d.modality in ("asserted", "reported") and self.published and (
                elapsed := _time_since(frame.pred)) is not None:
            # "it will be four months since Russia launched a full-scale war": the launch lies
            # that long before the report
            # (dateparser puts "four months ago" on the 1st: a day count only)
            d.date = None if re.search(r"month|year|decade", elapsed, re.I) else resolve_date(
                f"{elapsed} ago", self.published)
            d.date_text = None
            if d.date is None or d.date < self.published - timedelta(days=90):
                d.modality = "historical"
        d.quantities = self._quantities(sent)
        d.location = self._location(frame)
        d.context = self._context(sent, d.etype, d.mode, d.all_lemmas)
        if d.etype == "ASSAULT" and d.mode is None:
            d.mode = self._assault_mode(sent, frame)

    def _read_talk_modes(self, d: Draft) -> None:
        """Talks held by phone, or as a visit to the host (abroad or at home)."""
        frame = d.frame
        if d.etype == "CONSULT" and d.mode is None and (self._call_readout() and not (
                frame.kind == "noun" and _children_named(frame.trigger, "prep", "between"))
                and not self._held_in_a_place(frame)
                or any(_over_remote(t) for t in (frame.pred, frame.trigger))
                or _held_remotely(frame)):
            d.mode = "phone"  # talks reported in a "Telephone conversation with ..." release
            # (not the "round of talks between Russian and Ukrainian representatives" the
            # call discussed)
        if d.etype == "CONSULT" and d.mode is None and self.home and (
                self._met_at_home(frame) or self._president_received(d)):
            # "During the negotiations in Kyiv, Zelenskyy and Guterres discussed": the guest
            # visits the host (one event, as the gold codes visits)
            parties = [a for a in _distinct(d.sources + d.targets) if a.code]
            guests = [a for a in parties if a.code != self.home]
            hosts = [a for a in parties if a.code == self.home] or [
                Actor(text="", code=self.home, sector="GOV")]  # "following the talks with X"
            if 1 <= len({a.code for a in guests}) <= 4:
                # "met with Baerbock and Hoekstra who are on a visit": one visit of them all
                d.mode, d.sources, d.targets = "visit", _distinct_codes(guests), hosts[:1]
        if d.etype == "CONSULT" and d.mode is None and frame.kind != "noun" and not any(
                t.code for t in d.targets) and len(
                    own := {a.code for a in d.sources if a.code}) == 1 \
                and (capital := self._capital_visited(frame)) and capital not in own:
            # "the UN Secretary-General was holding negotiations in Moscow": a visit to the
            # government there (not "talks in Istanbul", a venue)
            d.mode, d.targets = "visit", [Actor(text="", code=capital, sector="GOV")]
        if d.etype == "CONSULT" and d.mode == "visit" and frame.kind == "verb" and not any(
                t.code for t in d.targets) and len({a.code for a in d.sources if a.code}) == 1 \
                and _children(frame.trigger, "dobj") and (
                    where := self._location_code(frame) or self.home):
            # "Putin toured the memorial display", "visited the hospital": a place of the
            # country it is in, else of the outlet's (a visit at home, as the gold codes it)
            d.targets = [Actor(text="", code=where, sector="GOV")]

    def _held_in_a_place(self, frame: Frame) -> bool:
        """Were the talks told in a call readout held somewhere ("the leaders met in Geneva",
        "talks held in Moscow on February 22"): in person, not by phone."""
        held = [c for c in frame.trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        return self._location(frame) is not None or \
            self.place_named_at(held, frozenset({"in", "at"})) is not None

    def _keep_visit_at_home(self, d: Draft) -> bool:
        """A visit within the visitor's own country ("visited the frontline positions") is
        kept; one to that country itself ("my visit to Moscow", "who is on a working visit
        to our country") is a guest's whose country was misread, and goes."""
        if d.etype != "CONSULT" or d.mode != "visit":
            return True
        own = {a.code for a in d.sources if a.code}
        if not own or own != {a.code for a in d.targets if a.code}:
            return True
        return _lemma(d.frame.pred) not in ("be", "arrive", "come") and not any(
            self._names_country(t, d.sent) for t in d.targets)

    def _confidence(self, d: Draft) -> None:
        """The rules' confidence: by the frame's kind, less without named actors and deep in
        the parse."""
        conf = BASE_CONFIDENCE.get(d.frame.kind, 0.6)
        conf += 0.1 if d.sources else -0.15
        conf = round(max(0.1, min(0.95, conf)), 2)

        if not any(a.code or a.name for a in d.sources + d.targets):
            conf = round(max(0.1, conf - 0.2), 2)  # actors named only by their kind
        conf = round(max(0.1, conf - 0.05 * min(self._depth(d.frame.pred, d.sent), 3)), 2)
        d.confidence = conf

    def _meeting_recalled(self, frame: Frame, sent: Any) -> bool:
        return frame.kind == "noun" and frame.etype == "CONSULT" and \
            _recalled_meeting(frame.trigger) and \
            not any(t.lower_ in ("today", "yesterday", "tonight") for t in sent)

    def _president_received(self, d: Draft) -> bool:
        """"President of Ukraine Volodymyr Zelenskyy met with EU Commissioner Várhelyi": a
        head of state told by his own office to have met a foreign official, with no place
        named, received a guest (the gold codes it as the guest's visit; his aides' meetings
        and those with ambassadors, who are posted there, are talks both ways)."""
        frame = d.frame
        if frame.kind != "verb" or _lemma(frame.pred) != "meet" or d.own_modality != "asserted" \
                or not d.sources:
            return False
        host = d.sources[0]
        if host.code != self.home or not re.match(r"(?:the )?President\b", host.text) or \
                "Office" in host.text:
            return False
        if self._location_code(frame) is not None or any(
                c.lower_ == "during" for c in _children(frame.pred, "prep")) or any(
                _lemma(t) in lx.GATHERINGS for t in d.sent):
            return False  # (nor "on the sidelines of the summit in Glasgow": both were guests)
        # (the caller takes it as a visit of up to four foreign parties)
        guests = [a for a in d.sources[1:] + d.targets if a.code and a.code != self.home]
        return not any(re.search(r"\bambassador|\bembass|\bbusiness|\bcompan", a.text, re.I)
                       for a in guests)

    def _visit_destination(self, frame: Frame) -> str | None:
        """The country of the trip a meeting was held during ("During a working visit to
        Brussels, Zelenskyy met with De Croo")."""
        trips = [n for c in _children(frame.pred, "prep") if c.lower_ == "during"
                 for n in _children(c, "pobj") if _lemma(n) in ("visit", "trip", "tour")]
        return next((code for n in trips for prep in _children(n, "prep")
                     if prep.lower_ in ("to", "in") for p in _children(prep, "pobj")
                     if (code := self._place_of(p) or self._group_at(p))), None)

    def _group_at(self, tok: Any) -> str | None:
        """The code of a bloc's seat a token names ("Brussels": the EU)."""
        m = self.match_at.get(tok.i)
        return m.code if m is not None and m.kind == "group" else None

    def _visit_pair(self, d: Draft) -> list[tuple[list[Actor], list[Actor]]]:
        """A meeting during a trip, told once as a visit: the one who travelled to the
        other (the subject abroad, or the guest met on a trip at home)."""
        dest = self._visit_destination(d.frame)
        parties = _distinct_codes([a for a in d.sources + d.targets if a.code])
        if dest is None or len(parties) != 2 or not d.sources or d.sources[0].code is None:
            return []
        subject = next(a for a in parties if a.code == d.sources[0].code)
        other = next(a for a in parties if a.code != subject.code)
        return [([other], [subject])] if subject.code == dest else [([subject], [other])]

    def _joint_visit(self, d: Draft) -> list[tuple[list[Actor], list[Actor]]]:
        """"President Lukashenko and I visited the Cosmodrome": two leaders touring a place
        in one's country; the other is the visitor, the place's country the host."""
        parties = _distinct_codes([a for a in d.sources if a.code])
        visited = {t.code for t in d.targets if t.code}
        where = visited.pop() if len(visited) == 1 else self._location_code(d.frame) or self.home
        if d.frame.kind != "verb" or len(parties) != 2 or visited or where not in {
                a.code for a in parties}:
            return []
        host = next(a for a in parties if a.code == where)
        return [([a], [host]) for a in parties if a.code != where]

    def _pairs(self, d: Draft) -> list[tuple[list[Actor], list[Actor]]]:
        """The (sources, targets) of each event.

        As the project's gold codes them: two parties of a joint act, one event each way
        ("Putin and Erdogan met" -> RUS->TUR and TUR->RUS); three or more, one event of
        them all with no target ("Ukraine, France and Germany are ready for contacts");
        any other act, one event with every source and target ("X and Y shelled Z")."""
        frame, etype, lemma, sources, targets = d.frame, d.etype, d.lemma, d.sources, d.targets
        recip = frame.reciprocal or self._reciprocal_words(frame)
        pairs: list[tuple[list[Actor], list[Actor]]]
        coded = [a for a in _distinct(sources + targets) if a.code]
        group = _distinct_codes(coded)
        if etype == "CONSULT" and d.mode == "multilateral":
            pairs = [(group, [])]  # a bloc's gathering: all who meet in it, together
        elif etype == "CONSULT" and lemma in ("take", "participate", "attend") and len(group) == 2 \
                and (gathering := gathering_joined(frame.pred)) is not None and \
                self._paired_modifiers(gathering):
            # "took part in the Ukrainian-Polish consultations": the two sides, both ways
            pairs = [([a], [b]) for a in group for b in group if a.code != b.code]
        elif etype == "CONSULT" and lemma in ("take", "participate", "attend"):
            pairs = [(_one_each(sources + targets), [])]  # those taking part in a gathering
        elif not targets and not recip and (with_partners := _partner_pairs(d)):
            pairs = with_partners
        elif len(group) >= 3 and etype in SYMMETRIC and (recip or not targets or all(
                t.code in {a.code for a in sources} for t in targets)):
            pairs = [(group, [])]
        elif recip and etype in RECIPROCAL_TYPES and len(coded) >= 2 or (
                lemma in JOINT_SIGNING and etype in ("SUPPORT", "AGREE") and
                len({a.code for a in coded}) == 2 and (lemma != "approve" or not targets)):
            # signing is bilateral: "We signed an agreement with the UK" -> UKR<->GBR (an
            # approval only when both approve: not "the Rada approved the deal with Poland")
            pairs = [([a], [b]) for a in coded for b in coded if a.code != b.code]
        elif etype == "CONSULT" and d.mode == "visit" and (visit := self._visit_pair(d) or
                                                           self._joint_visit(d)):
            pairs = visit
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
        elif etype in SYMMETRIC and frame.mode not in ("visit", "host") and not targets and \
                len(group) == 1 and (unnamed := _uncoded_parties(sources)):
            # "Yermak met with Father Patrick Desbois": a party the dictionary does not
            # know still met him, both ways
            pairs = [(group, unnamed[:1]), (unnamed[:1], group)]
        elif etype == "CONSULT" and d.mode not in ("visit", "host") and two_parties(sources,
                                                                                  targets):
            # "Zelenskyy met with Scholz": talks of two parties, both ways
            pairs = [(_one_each(sources), _one_each(targets)),
                     (_one_each(targets), _one_each(sources))]
        else:
            pairs = [(_one_each(sources), _one_each(targets))]
            if etype == "RETREAT" and not targets and len(pairs[0][0]) > 1:
                pairs = [([a], []) for a in pairs[0][0]]  # a truce held: each side's own act
            elif self._talks_at_home(d, pairs[0]):
                # "The President and the Governor discussed": talks among the outlet's own,
                # both ways
                home = [Actor(text="", code=self.home, sector="GOV")]
                pairs = [(pairs[0][0], home), (home, pairs[0][0])]
        return pairs[:12]

    def _talks_at_home(self, d: Draft, pair: tuple[list[Actor], list[Actor]]) -> bool:
        """Are talks held between two of the outlet's own people named as their subjects
        ("The President and the Governor discussed"), or opened by one of them, in a release
        about home affairs?
        (A meeting of a council with no one named is coded with no target.)"""
        both_named = len({a.text for a in d.sources}) >= 2 and any(
            _children(subj, "conj") for subj in _children(d.frame.pred, "nsubj"))
        # "At the start of the meeting, the President noted": the meeting the release is of
        opened = d.frame.kind == "noun" and opening_of(d.frame.trigger) is not None
        return d.etype == "CONSULT" and d.mode in (None, "phone") and not d.negated and \
            not pair[1] and (both_named or opened) and \
            {a.code for a in d.sources} == {self.home} and not self._title_abroad() and \
            set(self._sentence_codes(d.sent)) <= {self.home}

    def _own_fighters(self, actors: list[Actor]) -> list[Actor]:
        """An outlet at war calls its own soldiers "fighters" ("in constant contact with the
        fighters who remain in Mariupol", said in Kyiv): its military, not rebels (whom a
        brief would read as the enemy's proxies)."""
        if self.home not in ADVERSARY:
            return actors
        return [replace(a, sector="MIL") if a.sector == "REB" and a.code == self.home and
                a.text.lower().split()[-1:] in (["fighters"], ["fighter"]) else a
                for a in actors]

    def _demand_on_the_enemy(self, d: Draft) -> bool:
        """A demand or refusal between the outlet's side and its enemy in a release not
        about the enemy ("Russia refused to hold a TCG meeting. We insist on holding it", told
        of a call with Macron): no pair "the interlocutors" can then refer to."""
        enemy = ADVERSARY.get(self.home or "")
        return d.etype in ("REQUEST", "REJECT") and enemy is not None and \
            enemy in {a.code for a in d.sources + d.targets} and enemy not in self.title_codes()

    def _events(self, d: Draft, pairs: list[tuple[list[Actor], list[Actor]]]) -> list[Event]:
        """One event per pair; the draft's actors become the article's last pair (not a
        hostile act's: "missile strikes by the Russian occupiers at the Odesa region. ... The
        issues of industry were discussed" is a meeting of Ukrainians; nor a gathering of
        many: "the outcome of the Normandy Four meeting" leaves the call's two parties)."""
        sent = d.sent
        if (d.sources or d.targets) and d.etype not in HOSTILE_TYPES and \
                d.mode != "multilateral" and not self._security_demand(d) and \
                not self._demand_on_the_enemy(d):
            # (nor Moscow's demands of the US and NATO, told in talks with others)
            told = _distinct(d.sources + d.targets)
            if not (self.last_pair and d.s_idx - self.last_pair[0] <= 3 and len(told) < 2 <= len(
                    self.last_pair[1])):  # ("agreed to a ceasefire … after talks brokered by
                # Russia": the two who agreed stay the pair, not the broker; nor does "We insist
                # on holding it" undo "The Presidents discussed" two sentences before)
                self.last_pair = (d.s_idx, told)
        events = []
        attackers = {a.code for a in d.sources}
        for src, tgt in pairs:
            # "resisting the Russian invasion": the defenders' half is the resisting, not
            # the invasion
            fought_back = d.frame.victim and d.frame.reciprocal and bool(src) and not (
                {a.code for a in src} & attackers)
            events.append(Event(
                article_id=self.article.id,
                sentence=sent.text,
                span=(sent.start_char, sent.end_char),
                event_type=d.etype,
                mode=d.mode,
                context=d.context,
                source=self._own_fighters(src),
                target=self._own_fighters(tgt),
                # undated history has no day (not the report's)
                date=d.date or (self.published if d.modality != "historical" and not d.undated
                                else None),
                date_text=d.date_text,
                negated=d.negated,
                modality=d.modality,
                claimant=d.claimant,
                quantities=list(d.quantities),
                location=d.location,
                trigger=(d.frame.pred if fought_back else d.frame.trigger).text,
                confidence=d.confidence,
                coder=CODER_NAME,
            ))
        if d.etype == "ASSAULT" and (modes := self._weapon_modes(d.frame)):
            events = [replace(e, mode=m) for e in events for m in modes]
        if d.etype == "AGREE" and d.date_text and len(dates := self.listed_dates(
                sent, d.date_text, future=d.modality == "future")) > 1:
            # "the agreements reached on November 9, 2020, January 11 and November 26, 2021":
            # one agreement a day
            events = [replace(e, date=day, date_text=text) for e in events for day, text in dates]
        return [_enrich(e) for e in events]


WAR_NOUNS = frozenset({"war", "conflict", "fighting", "violence", "hostility", "clash",
                       "insurgency", "warfare"})


def _war_toll(verb: Any) -> bool:
    """Is the subject of the verb a war itself ("the war that killed", "fighting has
    killed")?"""
    for s in _children(verb, "nsubj"):
        noun = verb.head if s.lower_ in ("that", "which") and verb.dep_ == "relcl" else s
        if _lemma(noun) in WAR_NOUNS:
            return True
    return False


def _land_taken(verb: Any) -> bool:
    """Is what a passive verb tells taken a piece of land ("the territory that is occupied",
    "31% of the region's territory is occupied"; not "48,000 beds are occupied")?"""
    taken = clause_subjects(verb, "nsubjpass")
    if not taken and verb.dep_ == "conj":
        return _land_taken(verb.head)
    return any(_lemma(t) in lx.TERRITORY for s in taken for t in s.subtree)


def _asks_why_it_was_done(sent: Any, frame: Frame) -> bool:
    """"Why did they torture people?", "How could they bomb a maternity hospital?", "How
    many have been detained?": a question on a past act presupposes it."""
    if sent[0].lower_ not in ("why", "how") or frame.kind != "verb":
        return False
    pred = frame.pred
    return pred.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and (
        c.tag_ == "VBD" and _lemma(c) in ("do", "have", "could") or
        c.tag_ in ("VBP", "VBZ") and _lemma(c) == "have") for c in pred.children)


def _gathering_nouns(frame: Frame) -> list[Any]:
    """The noun naming the talks: the trigger, or what a holding verb holds ("a meeting of
    the Trilateral Contact Group is being held"; not what is discussed: "discussed the NATO
    Summit")."""
    if frame.trigger.pos_ == "NOUN":
        return [frame.trigger]
    if _lemma(frame.pred) in HOLDING_VERBS:
        return _children(frame.pred, "dobj", "nsubjpass")
    return []


def _tells_corridor(tok: Any, deps: tuple[str, ...]) -> bool:
    """Is ``tok`` a corridor, or does it take one in one of ``deps`` ("opened corridors")?"""
    return _lemma(tok) in CORRIDOR_WORDS or any(
        _lemma(c) in CORRIDOR_WORDS for c in tok.children if c.dep_ in deps)


def _held_remotely(frame: Frame) -> bool:
    """Talks held as a call ("held a video conference with", "had a phone conversation")."""
    return any(_lemma(o) in ("videoconference", "videocall") or any(
        _lemma(m) in lx.REMOTE | {"online"} for m in o.children
        if m.dep_ in ("compound", "amod", "nmod")) for o in _children(frame.pred, "dobj"))


PERSON_HEADS = frozenset({"representative", "member", "leader", "head", "director", "chief",
                          "delegate", "delegation", "official", "founder", "ceo", "chair"})


RANK_WORDS = lx.OFFICIAL_TITLES | {"prime", "deputy", "vice", "first", "general", "the", "of",
                                   "and", "office", "affairs", "state", "foreign"}


def _praises_your_deeds(frame: Frame) -> bool:
    """"This high distinction recognises your special merits", "a great honour and
    recognition of your heroism": the speaker's praise of the one addressed."""
    heads = [frame.trigger, *_children(frame.trigger, "dobj")]
    heads += [p for h in list(heads) for c in _children(h, "prep") if c.lower_ == "of"
              for p in _children(c, "pobj")]
    return any(_lemma(h) in lx.PRAISED_DEEDS and any(
        c.dep_ == "poss" and c.lower_ == "your" for c in h.children) for h in heads)


def _assured_not_to(act: Any) -> bool:
    """Is an act one its subject says it does not intend to do ("Ukraine does not intend to
    attack Russia", "is not going to")?"""
    return act.dep_ == "xcomp" and _lemma(act.head) in ("intend", "plan", "mean", "want", "go") \
        and bool(_children(act.head, "neg"))


def _diary_verb(pred: Any, sent: Any) -> bool:
    """Does the sentence open with its verb and name no subject, as a leader's diary of the
    day does ("Met with Mariupol residents.", "Thanked them for their service.")?"""
    pred = first_conjunct(pred)
    return pred.dep_ == "ROOT" and pred.i == sent.start and pred.tag_ in ("VBD", "VBN") and \
        not _children(pred, "nsubj", "nsubjpass", "aux", "auxpass", "expl")


def _partner_pairs(d: Draft) -> list[tuple[list[Actor], list[Actor]]]:
    """"Zelenskyy met with servicemen", "his telephone conversations with Lukashenko and
    Pashinyan": the subject and each partner, both ways, also of one country (but a
    conversation with Scholz and Macron is one talk of the three; "reached deals with Ukraine
    and Russia" is a deal with each, "agreed with X and Y on a ceasefire" one of all three);
    none otherwise."""
    partners = _distinct_kinds([a for a in d.sources if a.text in d.partner_texts and (
        a.code or _uncoded_parties([a]))])
    kinds = {(a.code, a.sector) for a in partners if a.code}
    others = [a for a in d.sources if a.text not in d.partner_texts]
    # "X, our friend Y": one partner; but "the President met with the mayors": two sides
    own = _one_each([a for a in others if (a.code, a.sector) not in kinds] or others)
    if not partners or not any(a.code for a in own):
        return []
    separate_deals = d.etype == "AGREE" and len({a.code for a in partners}) == len(partners) \
        and any(o.tag_ == "NNS" and _lemma(o) in lx.AGREEMENTS or any(
            _lemma(m) == "separate" for m in o.children) for o in _children(d.frame.pred, "dobj"))
    if len(partners) > 1 and not separate_deals and not (d.etype == "CONSULT" and (
            _several_talks(d.frame) or _separate_meetings(d, partners))):
        # "spoke with servicemen and civilians", "met with the G7 and EU ambassadors": the
        # subject and the group met, both ways
        # (a meeting told as a noun, "my meeting with X and Y", is one of them all)
        met_group = d.frame.kind == "verb" or len({a.code for a in partners}) == 1
        met = [a for a in partners if a.sector != "MED"]  # (not the journalists also there)
        return [(own, met), (met, own)] if met and met_group and all(
            a.code for a in partners) else []
    return [pair for p in partners for pair in ((own, [p]), ([p], own))]


def _another_official(target: Actor, source_texts: set[str]) -> bool:
    """Is a target of the same state and sector as a source another official ("The Governor
    asked the President", "I met with members of the Presidential Council")?"""
    text = target.text.lower()
    return bool(text) and target.sector is not None and text not in source_texts and \
        text not in FIRST_PLURAL and not text.startswith(("our ", "my ", "its ", "their ")) \
        and not set(text.split()) & {"interlocutor", "counterpart", "him", "her", "them",
                                     "they", "it", "this", "these"}


def _separate_meetings(d: Draft, partners: list[Actor]) -> bool:
    """"will meet with Johnson, Scholz and Harris", "met in Washington with Barrow and
    Sullivan": one meeting with each foreign party (guests met at home are one visit)."""
    return d.frame.kind == "verb" and d.lemma == "meet" and d.mode not in ("visit", "host") \
        and len({a.code for a in partners}) == len(partners) and all(a.name for a in partners)


def _several_talks(frame: Frame) -> bool:
    """"telephone conversations with X and Y": one talk with each (not "talks", always
    plural)."""
    nouns = [frame.trigger, *(n for c in _children(frame.pred, "prep") if c.lower_ == "during"
                              for n in _children(c, "pobj"))]
    return any(n.tag_ == "NNS" and _lemma(n) not in ("talk", "negotiation") for n in nouns)


def _wished(pred: Any) -> bool:
    """Is a verb told as what a hope, a wish or gladness is for ("hope to have", "happy to
    continue"), not a clause under it ("I hope that today we will discuss")?"""
    cur = pred
    for _ in range(4):
        if _lemma(cur) in WISHING and cur.tag_ not in ("VBD", "VBN") or looks_forward(cur):
            return True  # not "we have long wanted to discuss it, and today we will"
        if cur.dep_ not in ("xcomp", "acomp", "dobj", "pobj", "prep", "pcomp"):
            return False
        cur = cur.head
    return False


def _joint_subject(pred: Any) -> bool:
    """"Ukraine and Poland agreed", "the parties agreed": two sides, not one conceding."""
    return any(_children(subj, "conj") or joint_noun(subj) for subj in _children(pred, "nsubj"))


def _gives_award(d: Draft) -> bool:
    """Is the act an honour bestowed ("awarded X", "presented state awards to X")?"""
    return d.etype == "SUPPORT" and (d.lemma in ("award", "decorate") or d.lemma in (
        "present", "hand", "give") and bool(d.obj_lemmas & lx.AWARDS))


# the subjects of a demand put to whoever would act ("the whole world must join")
EVERYONE = frozenset({"world", "everyone", "everybody", "all", "humanity", "mankind"})
# verbs that hold talks ("a meeting of the Trilateral Contact Group is being held")
HOLDING_VERBS = frozenset({"hold", "convene", "organize", "organise", "host", "conduct"})
# gatherings a bloc holds ("the SCO summit", "a session of the UN General Assembly")
BLOC_GATHERINGS = frozenset({"summit", "meeting", "session", "conference", "forum", "assembly",
                             "congress", "council"})
# event nouns that name no act by themselves ("this work must be continuous", "our farmers'
# needs should be the top priority")
NOT_ACTS = lx.JOINT_ONLY_NOUNS | {"need", "project", "production", "venture"}


# what a side holds that the other strikes ("shelled its positions")
HELD_TARGETS = frozenset({"position", "positions", "troops", "forces", "units", "base", "bases",
                          "lines", "line", "trenches", "fighters", "soldiers"})


def _claimants_own(d: Draft) -> list[Actor]:
    """"The RSF said the army had shelled its positions": the claimant's own positions, when
    the attacker is another party."""
    attackers = {a.party for a in d.sources}
    if d.etype != "ASSAULT" or d.claimant is None or not d.claimant.code or \
            d.claimant.party in attackers or any(a.party not in attackers for a in d.targets):
        return []  # (an "its" read as the attacker's own is no target either)
    held = [o for o in _children(d.frame.pred, "dobj") if o.lower_ in HELD_TARGETS and any(
        p.lower_ in ("its", "their", "our") for p in _children(o, "poss")) or
        o.lower_ in HELD_LANDS and (_under_own_control(o) or _under_own_control(d.frame.pred))]
    return [d.claimant] if held else []


# what a side holds as land ("shelled areas under its control")
HELD_LANDS = frozenset({"area", "areas", "territory", "territories", "towns", "villages",
                        "districts", "positions"})


def _under_own_control(word: Any) -> bool:
    """"areas under its control", "territory under their control" (the parse may hang the
    "under" on the verb)."""
    return any(_lemma(c) == "control" and any(p.lower_ in ("its", "their", "our")
                                               for p in _children(c, "poss"))
               for u in _children(word, "prep") if u.lower_ == "under"
               for c in _children(u, "pobj"))


def _options_offered(verb: Any) -> bool:
    """Does the verb offer options or proposals ("Ukraine constantly offers the Russian side
    options for organizing humanitarian corridors"): a proposal, not a concession?"""
    return _lemma(verb) in ("offer", "propose", "suggest") and any(
        _lemma(o) in ("option", "proposal", "variant", "idea", "plan", "solution", "format")
        for o in _children(verb, "dobj"))


def _told_of_the_past(frame: Frame) -> bool:
    """Is the act a past the text looks back on: recalled ("as you recall, we met in Minsk"),
    the war's toll ("14,000 defenders and civilians killed in this war": the gold has such
    tolls as asserted; undated, only "historical" keeps a brief from dating them to the
    report), the war as a background ("settlements affected by the Russian invasion"), a
    habit ("Russia always worked with Ukraine in an open and honest manner") or what a
    memory is of ("the memories of the tragedy in Odessa, where protesters were murdered")?"""
    pred = frame.pred
    return _recalled(pred) or _toll_of_the_war(pred) or _always_did(pred) or \
        _remembered(pred) or frame.kind == "noun" and (
            _the_war_as_a_cause(frame.trigger) or _what_one_remembers(frame.trigger))


def _what_one_remembers(noun: Any) -> bool:
    """Is the act what someone remembers ("I remember a public meeting with residents of
    Svetlogorsk where she spoke about ...")?"""
    return noun.dep_ == "dobj" and _lemma(noun.head) in ("remember", "recall")


def _always_did(pred: Any) -> bool:
    """Is the verb a past habit ("Russia always worked with Ukraine")?"""
    return pred.tag_ == "VBD" and any(c.lower_ == "always" for c in pred.children)


def _recalled(pred: Any) -> bool:
    """Is the act told "as you recall / remember" (or "as we all remember")?"""
    return any(c.dep_ == "advcl" and _lemma(c) in ("recall", "remember") and
               _children_named(c, "mark", "as") for c in pred.children)


def _toll_of_the_war(pred: Any) -> bool:
    """Is the verb a participle on those counted as its victims "in this war" ("14,000 killed
    in this war")?"""
    return pred.tag_ == "VBN" and pred.dep_ == "acl" and any(
        prep.lower_ in ("in", "during", "since") and any(
            _lemma(p) in ("war", "conflict", "aggression", "invasion")
            for p in _children(prep, "pobj")) for prep in _children(pred, "prep"))


def _the_war_as_a_cause(noun: Any) -> bool:
    """Is the war itself named as what a place or people suffered ("settlements affected by
    the Russian invasion", "cities hit by the war")?"""
    participle = noun.head.head
    return _lemma(noun) in ("invasion", "aggression", "war") and noun.dep_ == "pobj" and \
        noun.head.lower_ == "by" and participle.tag_ == "VBN" and \
        participle.dep_ in ("acl", "amod")


def _remembered(pred: Any) -> bool:
    """Is the act told in a clause on what a memory is of ("the memory of the Odessa martyrs
    who were burned alive", "memories of the tragedy in Odessa, where ... were murdered")?"""
    if pred.dep_ not in ("relcl", "acl"):
        return False
    tok = pred.head
    for _ in range(6):
        if _lemma(tok) in ("memory", "remembrance", "commemoration"):
            return True
        if tok.dep_ not in ("pobj", "prep", "conj", "appos", "compound") or tok.head == tok:
            return False
        tok = tok.head
    return False


def _distinct_codes(actors: list[Actor]) -> list[Actor]:
    """The first actor of each party: a country, or its rebels ("Sudan's army and the Rapid
    Support Forces agreed" has two)."""
    seen: set[str | None] = set()
    out = []
    for a in actors:
        if a.party not in seen:
            seen.add(a.party)
            out.append(a)
    return out


def _distinct_kinds(actors: list[Actor]) -> list[Actor]:
    """The first actor of each country and sector (every uncoded one)."""
    seen: set[tuple[str, str | None]] = set()
    out = []
    for a in actors:
        if a.code is None or (a.code, a.sector) not in seen:
            seen.add((a.code or "", a.sector))
            out.append(a)
    return out


def _uncoded_parties(actors: list[Actor]) -> list[Actor]:
    """People named but unknown to the dictionary (no code, no office: an office with no
    country is most often the speaker's own, "met with the deputy prime ministers")."""
    return [a for a in actors if a.code is None and a.text and (
        a.name and a.sector is None or _names_body(a.text))]


def _names_body(text: str) -> bool:
    """Does an office without a country name the body it serves ("President of the World
    Economic Forum", "leaders of Jewish organizations"), not just a rank ("the deputy prime
    ministers", "Deputy Prime Minister")?"""
    words = text.split()
    if "of" not in words:
        return False
    cut = words.index("of")
    office = [w.lower().rstrip("s") for w in words[:cut]]
    return bool(office) and all(w in RANK_WORDS or w in PERSON_HEADS for w in office) and any(
        w[:1].isupper() and w.lower().strip("(),.") not in RANK_WORDS for w in words[cut + 1:])


def _one_each(actors: list[Actor]) -> list[Actor]:
    """One actor per country code, and no uncoded actor beside coded ones ("our soldiers and
    children": UKR)."""
    coded = _distinct_codes([a for a in actors if a.code])
    return coded or actors


def two_parties(sources: list[Actor], targets: list[Actor]) -> bool:
    """Do the sources name one country and the targets one other?"""
    src = {a.code for a in sources if a.code}
    tgt = {a.code for a in targets if a.code}
    return len(src) == 1 and len(tgt) == 1 and src != tgt


PRAISING_VERBS = frozenset({"congratulate", "thank", "greet", "praise", "commend", "recognise",
                            "recognize", "honour", "honor"})


def _praise_taken_up(frame: Frame) -> bool:
    """"a great opportunity to congratulate your colleagues": praise with no subject of its
    own, taken up by whoever speaks."""
    trig = frame.trigger
    return frame.kind == "verb" and _lemma(trig) in PRAISING_VERBS and \
        trig.dep_ == "acl" and trig.head.pos_ == "NOUN" and not _children(trig, "nsubj")


def _participants(pred: Any) -> Any:
    """The subject of ``pred`` when it is "the (meeting) participants", "the parties" or
    "the interlocutors", else None."""
    return next((c for c in pred.children if c.dep_ == "nsubj" and
                 _lemma(c) in ("participant", "party", "interlocutor") and c.tag_ == "NNS"),
                None)


def _threat_of_a_thing(verb: Any) -> bool:
    """Is what "threatens" an attack, a weapon, a mishap or nothing, not someone ("missiles
    threaten homes", "we are not threatened by ocean storms", "when nothing threatens them")?"""
    doers = [c for p in _agents(verb, preps=()) for c in _conjuncts(p)]
    doers += _children(verb, "nsubj")
    return any(_lemma(x) in lx.ATTACKS | lx.WEAPONS | lx.MISHAPS or x.lower_ == "nothing"
               for x in doers)


# what one side at war refuses to give the other ("refused to cede territory")
YIELDING = frozenset({"cede", "surrender", "recognize", "recognise", "give", "hand",
                      "return"})
# what one side at war turns down of the other's: its charges and its terms
TURNED_DOWN = lx.ALLEGATION_NOUNS | lx.OFFERS | lx.DEMANDS | {"memorandum", "ultimatum"}


def _others_terms(obj: Any) -> bool:
    """Is a rejected object a charge or terms that no one is named for ("rejected the
    accusation", "the memorandum was an ultimatum and rejected it")?"""
    if obj.lower_ in ("it", "them"):
        return any(_lemma(t) in TURNED_DOWN for t in obj.sent)
    return _lemma(obj) in TURNED_DOWN and not _children(obj, "poss") and not any(
        p.lower_ in ("of", "by", "from") for p in _children(obj, "prep"))


def _of_earlier_ones(pred: Any) -> bool:
    """Is a relative clause about earlier acts of its kind ("which has mediated previous
    exchanges"), background rather than news?"""
    return pred.dep_ == "relcl" and any(
        _lemma(m) in ("previous", "past", "earlier", "former", "prior")
        for o in _children(pred, "dobj") for m in _children(o, "amod"))


# ground a liberation can describe ("territories liberated from the occupiers")
FREED_GROUND = frozenset({"territory", "city", "town", "village", "area", "region", "land",
                          "settlement", "district", "community"})


# an office title right before a name ("President Bush", "US President George Bush"; not
# "Deputy Head of the Office of the President Andriy Sybiha" nor "Wife of the President …")
OFFICE_TITLE = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}?(?:President|Prime Minister|"
                          r"Chancellor|Premier)\s+(?:[A-Z][\w.'-]*\s*)+$")


def _recalled_meeting(noun: Any) -> bool:
    """"After my meeting with X in Geneva": a meeting of the speaker's, placed, that an act
    told in the past followed."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "after" and any(
        c.dep_ == "poss" and c.lower_ in ("my", "our") for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.ent_type_ == "GPE" for p in c.subtree)
        for c in noun.subtree) and \
        noun.head.head.tag_ == "VBD"


def _what_affected_them(trigger: Any) -> bool:
    """"settlements affected by shelling", "the population affected by the Russian invasion":
    the act told as what marks those it hit."""
    return trigger.dep_ in ("pobj", "pcomp") and trigger.head.dep_ == "agent" and \
        _lemma(trigger.head.head) in ("affect", "hit", "ravage")


def _killed_or_died(trigger: Any) -> bool:
    """"the children of servicepeople who were killed or died, sustained an injury": a class
    of people a decree provides for, on no day."""
    return _lemma(trigger) == "kill" and any(
        _lemma(t) == "die" for t in trigger.doc[trigger.i + 1:trigger.i + 4])


def _seized(frame: Any) -> list[Any]:
    """The spans a seizing verb names as seized: its objects, with their appositions ("part
    of our territory - the Crimean peninsula")."""
    return [o.doc[o.left_edge.i:o.right_edge.i + 1] for o in
            _children(frame.pred, "dobj", "nsubjpass")] if frame.kind == "verb" else []


def _nuclear_arms_given_up(verb: Any) -> bool:
    """"gave up its part of the Soviet nuclear arsenal", "renounced nuclear weapons": told in
    the past tense, a disarmament long done."""
    return verb.tag_ in ("VBD", "VBN") and _lemma(verb) in NUCLEAR_RENOUNCING and any(
        t.lower_ == "nuclear" for o in _children(verb, "dobj") for t in o.subtree)


def _before_the_war(verb: Any) -> bool:
    """Is the verb's time "before the war" ("Before Russia's full-scale invasion, ...")?"""
    return any(c.dep_ == "prep" and c.lower_ == "before" and any(
        _lemma(p) in lx.WARS | {"invasion", "aggression"} for p in _children(c, "pobj"))
        for c in verb.children)


def _titled_out_of_office(actor: Actor) -> bool:
    """"President Bush" in 2022: a person called by an office held no longer (the dictionary
    gives such a person the ELI sector); not "Former President Poroshenko"."""
    return actor.sector == "ELI" and bool(OFFICE_TITLE.match(actor.text)) and \
        not re.search(r"\b(?:former|ex-|then)\b", actor.text, re.I)


def _used_as_a_tool(noun: Any) -> bool:
    """"used dialogue as a bargaining chip": the noun is what someone used as something."""
    verb = noun.head
    return noun.dep_ == "dobj" and _lemma(verb) in ("use", "exploit", "abuse") and any(
        c.lower_ == "as" for c in _children(verb, "prep"))


ANCESTORS = frozenset({"father", "grandfather", "great-grandfather", "ancestor", "forefather",
                       "grandparent", "great-grandparent", "predecessor"})


def _done_by_ancestors(pred: Any) -> bool:
    """Is the subject of ``pred`` (or of the clause it is coordinated with or serves) a past
    generation ("your fathers, grandfathers and great-grandfathers")?"""
    chain = [pred]
    while chain[-1].dep_ in ("conj", "advcl", "xcomp") and len(chain) < 4:
        chain.append(chain[-1].head)
    for verb in chain:
        for subj in clause_subjects(verb):
            # ("Comrade officers, your fathers …": the parse makes them an apposition)
            named = [w for x in [subj, *_children(subj, "appos")] for w in _conjuncts(x)]
            if any(_lemma(w) in ANCESTORS for w in named):
                return True
    return False


# things a "must" can be laid on without asking anyone ("the aggressor's tanks must melt")
WEAPON_THINGS = lx.WEAPONS | {"equipment", "iron", "machinery"}


def _told_results_of(talks: Any) -> Any:
    """The verb of telling whose object is the outcome of ``talks`` ("announced the results
    of his conversation"), or None."""
    outcome = talks.head.head if talks.dep_ == "pobj" and talks.head.lower_ == "of" else None
    if outcome is None or outcome.dep_ != "dobj" or _lemma(outcome.head) not in lx.REPORTING:
        return None
    return outcome.head


def _giver_owned(verb: Any) -> Any:
    """The object of ``verb`` that is its giver's own ("finance its army", "their own
    forces"), or None."""
    for obj in _children(verb, "dobj"):
        if any(c.dep_ == "poss" and c.lower_ == "its" or c.lower_ == "own"
               for c in obj.children):
            return obj
    return None


def _freed_ground(verb: Any) -> bool:
    """Is a participle or relative clause a description of land freed before ("cities and
    territories liberated from the occupiers", "the cities of the Kyiv region that had been
    liberated from the occupiers"), with no one named who freed it?"""
    described = verb.dep_ == "acl" or verb.dep_ == "relcl" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    return described and verb.tag_ == "VBN" and _lemma(verb) in (
        "liberate", "free", "deoccupy") and _lemma(verb.head) in FREED_GROUND and not any(
        c.dep_ == "agent" for c in verb.children)


def _since_its_start(noun: Any) -> bool:
    """Is an event noun the act whose start a "since", "after" or "from" phrase dates from
    ("since the beginning of the war", "from the first days of the invasion")?"""
    phase = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if phase is None or _lemma(phase) not in ("start", "beginning", "outset", "day", "onset"):
        return False
    return phase.dep_ == "pobj" and phase.head.lower_ in ("since", "after", "from")


def _time_since(verb: Any) -> str | None:
    """The time a "since" clause is told to lie back ("four months" in "it will be four
    months since Russia launched the war", "100 days have passed since the invasion")."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "since"
                                       for c in verb.children):
        return None
    clause = verb.head
    inside = {t.i for t in verb.subtree}
    return next((ent.text for ent in clause.sent.ents if ent.label_ == "DATE" and
                 ent.start not in inside and ent.root.head.i == clause.i and
                 is_duration(ent.text)), None)


def _children_named(tok: Any, dep: str, word: str) -> bool:
    return any(c.dep_ == dep and c.lower_ == word for c in tok.children)


def _asked(sent: Any, trigger: Any) -> bool:
    """Is the clause of the trigger a question: the sentence ends in "?", or a "?" closes the
    quote it stands in ("You went down in history because people were imprisoned?" said
    Zelenskyy)?"""
    return sent.text.rstrip().endswith("?") or any(
        t.text == "?" for t in sent if t.i > trigger.i)


# troops named as what is deployed: "deploying the Collective Peacekeeping Forces"
DEPLOYED_FORCES = re.compile(r"(?i)\b(?:forces|troops|units|contingents?|battalions?|brigades?|"
                             r"soldiers|servicemen)$")
# coercion by law or word, which an outlet whose war is fought abroad does not lay on its enemy
# unnamed ("Russian writers and their books are banned" is no act of Kyiv's told by Moscow)
LAWS_AND_WORDS = frozenset({"ban", "censor", "restrict", "misinformation", "curfew",
                            "martial-law", "withhold"})


def _in_the_making(noun: Any) -> bool:
    """Is the noun (or the one it renames) said to be "in the making"?"""
    for _ in range(5):  # "Another punitive operation in Donbass, an invasion of ..., was"
        if noun.dep_ not in ("appos", "conj", "pobj", "prep") or noun.head.i == noun.i:
            break
        noun = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.lower_ == "in" and any(p.lower_ == "making" for p in c.children)
        for c in noun.head.children)

