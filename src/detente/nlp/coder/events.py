"""From frames to events: a sentence's frames become ``Event``s with their actors,
modality, date, quantities, place, context and confidence."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from detente.actors import state_codes
from detente.model import Actor, Event
from detente.nlp import lexicon as lx
from detente.nlp.coder.arguments import _distinct
from detente.nlp.coder.article import _drop_fragments, _enrich, _given_to_thanker
from detente.nlp.coder.constants import (
    ADVERSARY,
    BASE_CONFIDENCE,
    BILATERAL_LEMMAS,
    CODER_NAME,
    CORRIDOR_HOLDER,
    CORRIDOR_WORDS,
    FIRST_PLURAL,
    PLACE_TARGETED,
    PURPOSE_DEPS,
    QUANT_ENTS,
    RECIPROCAL_TYPES,
    SANCTIONED_BY,
    SYMMETRIC,
    TO_THE_COUNTERPART,
    WAR_GROUND,
)
from detente.nlp.coder.frames import FrameFinder, _np_lemmas, _over_remote
from detente.nlp.coder.state import Frame
from detente.nlp.quantities import quantity_of
from detente.nlp.tokens import children as _children
from detente.nlp.tokens import lemma as _lemma
from detente.nlp.verdicts import asserted_war_crime, implied_accusations


class _ArticleContext(FrameFinder):
    """Everything known about one article while its sentences are coded."""

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
        seen: dict[tuple[str, str | None, tuple[str, ...], tuple[str, ...]], int] = {}
        evacuations = _corridor_purposes(top)
        aid = {f.trigger.i for f in top if f.etype == "AID"}
        aid_purposes = {f.trigger.head.i: f for f in top if f.etype == "SUPPORT" and
                        f.kind == "verb" and f.trigger.dep_ in ("xcomp", "advcl") and
                        f.trigger.head.i in aid}
        # told with the corridor or the aid they are the purpose of, the harm they caused
        told_with = {f.trigger.i for fs in evacuations.values() for f in fs} | {
            f.trigger.i for f in aid_purposes.values()} | _attack_causes(top)
        talks = {f.trigger.i for f in top if f.etype == "CONSULT"}
        told: list[tuple[Frame, list[Event]]] = []
        for frame in top:
            if frame.trigger.i in told_with:
                continue
            if frame.etype == "CONSULT" and frame.trigger.dep_ in ("xcomp", "advcl") and \
                    frame.trigger.head.i in talks:
                continue  # "met with the ambassador to discuss ...": one meeting
            coded = self.events_of(frame, sent, s_idx)
            if frame.trigger.i in evacuations:
                coded = self._for_whom(coded, evacuations[frame.trigger.i][-1], sent, s_idx)
            if frame.trigger.i in aid_purposes:
                coded = self._for_whom(coded, aid_purposes[frame.trigger.i], sent, s_idx)
            told.append((frame, coded))
        for _frame, coded in _counts_placed(told, sent):
            for event in coded:
                # one event told twice is one event, but shelling and hostage-taking by the
                # same side against the same country are two, and so are a call and a visit
                kind = event.mode if event.event_type in ("ASSAULT", "COERCE") or \
                    event.mode == "phone" else None
                key = (event.event_type, kind, tuple(a.code or a.text for a in event.source),
                       tuple(a.code or a.text for a in event.target))
                if key in seen:
                    first = events[seen[key]]
                    if event.mode == "visit" and first.mode is None:
                        # "discussed ... with Pelosi who visited Kyiv": the talks were the visit
                        first = events[seen[key]] = _enrich(replace(first, mode="visit"))
                    # "shelled Kharkiv, killing 10 civilians": the count told with the second
                    first.quantities = first.quantities + [
                        q for q in event.quantities if q not in first.quantities]
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

    @staticmethod
    def _signed_at_talks(sent: Any) -> bool:
        """Does a sentence tell a signing at talks or between parties ("A package of documents
        was signed during the visit", "an agreement was signed between X and Y")?"""
        return any(_lemma(t) in ("visit", "talk", "meeting", "negotiation", "summit") or
                   t.lower_ == "between" for t in sent)

    def _names_state(self, actor: Actor, sent: Any) -> bool:
        """Is the actor the state itself ("Ukraine"), not a town or people of it?"""
        matches = (self.match_at.get(i) for i in range(sent.start, sent.end))
        return any(m is not None and m.kind == "state" and m.code == actor.code and
                   self.doc[m.start:m.end].text == actor.text for m in matches)

    def _for_whom(self, events: list[Event], purpose: Frame, sent: Any,
                  s_idx: int) -> list[Event]:
        """A corridor opened "to evacuate civilians from Mariupol" is for those civilians,
        money provided "to support the protest camp" for the camp."""
        evacuees = [t for e in self.events_of(purpose, sent, s_idx) for t in e.target if t.code]
        if not evacuees:
            return events
        return [e if e.target else _enrich(replace(e, target=evacuees[:1], id=""))
                for e in events]

    def _past_war(self, sent: Any) -> bool:
        """Is a sentence about an earlier war ("In 1941", "during the Second World War")?"""
        text = sent.text.lower()
        return self._old_year(sent) or any(w in text for w in lx.PAST_WARS)

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
        partners = [p for c in _children(frame.trigger, "prep") if c.lower_ == "with"
                    for p in _children(c, "pobj")]
        return self._location_code(frame) == self.home or any(
            self._located_at(t, *_children(t, "dobj")) == self.home for t in during + partners)

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

    def _counterpart_of(self, sources: list[Actor]) -> list[Actor]:
        """In the release of a call or a meeting of two sides, what one side offers, asks,
        backs or gives without naming to whom is for the other ("Canada would provide
        anti-tank systems" in "Conversation with the Prime Minister of Canada")."""
        pair = self._title_pair()
        codes = {a.code for a in sources if a.code}
        if len(pair) != 2 or len(codes) != 1 or not codes <= {a.code for a in pair}:
            return []
        return [Actor(text="", code=a.code, sector=a.sector) for a in pair if a.code not in codes]

    def _verdict_events(self, sent: Any, events: list[Event]) -> list[Event]:
        """ACCUSE events carried by verdict words ("ignore the crimes", "barbaric bombing by
        the Russian army") that no accusing verb of the sentence already codes."""
        if sent.text.rstrip().endswith("?"):
            return []
        accused = {t.code for e in events if e.event_type == "ACCUSE" for t in e.target}
        # "violations of the ceasefire": the attack told is the accusation
        breaches = {e.trigger for e in events if e.event_type == "ASSAULT"}
        out: list[Event] = []
        for who, target, verdict in implied_accusations(
                sent, self._owners, lambda h: self.actors_of(h, deep=True), self._verdict_voice,
                lambda v: self._war_criminal(v, sent)):
            if target.code in accused or verdict.text in breaches and _lemma(verdict) in (
                    "violation", "breach"):
                continue
            out.append(_enrich(Event(
                article_id=self.article.id, sentence=sent.text,
                span=(sent.start_char, sent.end_char), event_type="ACCUSE", mode="disapprove",
                context=self._context(sent, "ACCUSE", "disapprove", set()), source=[who],
                target=[target], date=self.published, modality="asserted",
                quantities=[], trigger=verdict.text, confidence=0.5, coder=CODER_NAME)))
        return out

    def _war_criminal(self, verdict: Any, sent: Any) -> list[Actor]:
        """Whom an outlet at war accuses of a war crime it names no culprit for ("What our
        cities have experienced are war crimes"): its enemy, as for unattributed attacks."""
        if self.home not in ADVERSARY or self._past_war(sent) or not asserted_war_crime(verdict):
            return []
        return [Actor(text="", code=ADVERSARY[self.home or ""], sector="MIL")]

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

    # -- from frame to events ------------------------------------------------------------------

    @staticmethod
    def _foreign(sources: list[Actor], targets: list[Actor]) -> bool:
        """Do states or blocs act on another country's people or firms?"""
        src = {a.code for a in sources if a.code}
        tgt = {a.code for a in targets if a.code}
        return bool(src and tgt) and not src & tgt and all(
            a.sector in (None, "GOV", "IGO") for a in sources if a.code)

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
            mode = mode or lx.request_mode(None, obj_lemmas) or (
                "yield" if lemma in lx.STOPPING_VERBS else None)  # "to stop the shelling"

        if negated and etype in ("AGREE", "AID") and lemma == "accept":
            # "we will not accept alternatives to EU accession", "refusal to accept Ukraine
            # into the Alliance": turning down what is offered is a rejection (the gold's
            # convention; "did not agree" stays a negated AGREE)
            etype, negated = "REJECT", False
            mode = lx.request_mode(None, obj_lemmas)
        if negated and frame.etype == "CONCEDE" and lemma == "give" and not frame.complements:
            # "we will not give up": a refusal to yield, given now
            etype, mode, negated = "REJECT", "yield", False
        if negated and etype == "AGREE" and lemma == "intention":
            # "had no intention of deploying": a one-sided assurance (PLOVER CONCEDE)
            etype, mode, negated = "CONCEDE", None, False
        # --- modality
        modality, claimant_tok, according = self._modality(frame, sent)
        question = sent.text.rstrip().endswith("?") and not _asks_why_it_was_done(sent, frame)
        if question and frame.kind == "noun":
            return []  # "What is the threat to us?"
        own_modality = modality
        if frame.governs and frame.kind == "noun" and modality == "future":
            modality = own_modality = "asserted"  # the assurance is given now; its content waits
        if question:
            modality = "hypothetical"
        elif etype == "THREATEN" and lemma == "consequence" or (
                etype == "REJECT" and lemma in ("accept", "give") and modality == "future"):
            modality = own_modality = "asserted"  # the warning or refusal is given now
        voice = None
        if frame.kind == "must":
            if claimant_tok is None and according is None:
                # the outlet's or speaker's "X should act" (not "X should be recognised",
                # but "enemy troops must be withdrawn": their side is asked to pull them out)
                withdrawn = mode == "yield" and any(
                    self._armed_actor(x) for x in _children(frame.pred, "nsubjpass"))
                voice = None if _children(frame.pred, "auxpass") and not withdrawn else \
                    self._own_voice(frame.trigger)
                if voice is None:
                    return []
            modality = "asserted"
        if modality == "hypothetical" and etype in lx.CONFLICTUAL and not negated:
            mode = {"SANCTION": "relations", "ASSAULT": "violence"}.get(
                etype, mode if mode in ("ban", "arrest", "restrict", "curfew") else "restrict")
            etype = "THREATEN"
        if modality == "future" and lemma == "boycott":
            etype, mode = "THREATEN", "relations"
        if own_modality == "future" and frame.kind != "must" and etype != "CONSULT":
            # talks "are to take place", "will meet with Boris Johnson" are future talks (our
            # codebook; the PLOVER GSR would read "will meet" as an agreement to meet)
            if etype == "RETREAT" and mode == "access" and self._opens_corridor(frame) and (
                    self._agentless(frame) or any(_lemma(s) in CORRIDOR_WORDS
                                                  for s in _children(frame.pred, "nsubj"))):
                pass  # "10 corridors will be opened on March 14", "nine corridors will open":
                # the corridor, to come
            elif etype in lx.COOPERATIVE:
                if etype in ("RETREAT", "CONCEDE") and not frame.reciprocal and (
                        mode in ("ceasefire", "access") or self._agentless(frame)):
                    # one side's corridor or ceasefire still to come, or "all sanctions will
                    # be lifted on citizens who ...", "prisoners will be released": a promise
                    # of a concession (the PLOVER gold codes "X will release" as AGREE)
                    etype = "CONCEDE"
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
        if etype in ("ASSAULT", "COERCE") and not targets:
            targets = self._struck_targets(frame, etype, sources)
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
        if etype in ("AID", "CONCEDE") and not sources and self.home and self._agentless(frame) \
                and not any(t.code == self.home and (t.sector == "GOV" or self._names_state(
                    t, sent)) for t in targets):
            # not "Ukraine was given military aid": the outlet's state is who was given it
            sources = [Actor(text="", code=self.home, sector="GOV")]  # "people were evacuated"
        if (etype in SYMMETRIC or lemma in ("sign", "conclude") and self._signed_at_talks(
                sent)) and not sources and not any(t.code for t in targets) and \
                self._agentless(frame) and modality in ("asserted", "reported") and \
                frame.pred.dep_ not in ("relcl", "xcomp"):  # not "needs to be discussed"
            # "It was agreed ...", "two corridors have been agreed": the article's two parties
            sources, targets = self._implied_parties(s_idx), []
            guests = [a for a in sources if a.code != self.home]
            if mode == "visit" and len(guests) == 1 < len(sources):
                # "The visit ... took place": the guest came to the outlet's country
                sources, targets = guests, [a for a in sources if a.code == self.home]
        # drop a target that repeats a source
        src_keys = {(a.code, a.name, a.sector) for a in sources}
        targets = [a for a in targets if (a.code, a.name, a.sector) not in src_keys or
                   a.code is None and a.name is None and a.sector is None]
        self._fill_codes(sources, targets, claimant, sent, frame)
        if etype in ("ASSAULT", "COERCE") and not sources and self.home in ADVERSARY and \
                not self._past_war(sent) and (
                any(t.code == self.home for t in targets) or etype == "ASSAULT" and
                frame.kind == "noun" and {t.code for t in targets if t.code} <= {
                    self.home, ADVERSARY[self.home or ""]}):
            # an outlet at war tells of an unattributed attack on its side, or a nominal
            # "shelling of Donbass cities" with no agent: the adversary's (war outlets name
            # their own side's strikes)
            sources = [Actor(text="", code=ADVERSARY[self.home or ""], sector="MIL")]
        if etype == "ASSAULT" and not sources and self.home in WAR_GROUND and not any(
                t.code for t in targets) and frame.kind in ("verb", "object") and not negated and (
                    self._agentless(frame) or self._plural_pronoun_subject(frame)) and \
                modality in ("asserted", "reported") and not self._past_war(sent):
            # an outlet at war: "Tens of thousands of houses were destroyed", "They bombed
            # the square": the enemy struck the land fought over
            sources = [Actor(text="", code=ADVERSARY[self.home or ""], sector="MIL")]
            targets = [replace(t, code=WAR_GROUND[self.home or ""]) for t in targets] or [
                Actor(text="", code=WAR_GROUND[self.home or ""], sector="CVL")]
        if etype == "ASSAULT" and not sources and self.home in ADVERSARY and targets and all(
                t.code == ADVERSARY[self.home or ""] and t.sector == "MIL" for t in targets):
            # "Almost 30,000 Russian soldiers killed" told by Kyiv: its own forces fought
            sources = [Actor(text="", code=self.home, sector="MIL")]
        if etype == "PROTEST" and not sources and frame.kind == "noun" and (
                where := self._place_code(frame.trigger) or self._place_code(frame.pred)):
            sources = [Actor(text="", code=where, sector="CVL")]  # the town's people rally
        if etype == "PROTEST" and not any(t.code for t in targets) and sources and \
                self.home in ADVERSARY and all(a.code == self.home for a in sources) and \
                not lx.OCCUPATION_WORDS.isdisjoint(self.word_positions()):
            # "a protest action took place in Berdyansk" in an article on the occupation
            targets = [Actor(text="", code=ADVERSARY[self.home or ""], sector="MIL")]
        if etype == "PROTEST" and mode == "boycott" and sources and all(
                a.code in state_codes() or a.sector in ("GOV", "IGO") for a in sources):
            etype, mode = "SANCTION", "discontinue"  # states boycotting Russian oil: an embargo
        if etype == "COERCE" and mode == "restrict" and "restriction" in obj_lemmas and \
                self._foreign(sources, targets):
            etype, mode = "SANCTION", None  # "the Western states imposed restrictions on
            # Russian companies": a state's restrictions on another country are sanctions
        if etype in ("COERCE", "ACCUSE") and not sources and self._agentless(frame) and \
                (frame.kind != "noun" or frame.pred.i != frame.trigger.i) and (
                    where := self._location_code(frame)) and where in state_codes():
            # "was arrested in Lebanon", "put under investigation in Italy": that state's
            # authorities act (CAMEO's reading of an agentless arrest or probe)
            sources = [Actor(text="", code=where, sector="GOV")]
        if etype == "SANCTION" and not sources and targets and all(
                t.code in SANCTIONED_BY for t in targets) and not negated:
            # "the sanctions that are being imposed on us": in 2021-2022, the West's
            sources = [Actor(text="", code=SANCTIONED_BY[targets[0].code or ""], sector="GOV")]
        if etype == "ASSAULT" and not sources and targets:
            # CAMEO's unidentified armed force: an attack nobody is named for is coded to the
            # one other country the sentence names ("killed by a bomb in the Iraqi city of")
            left = [c for c in self._sentence_codes(sent) if c not in {t.code for t in targets}]
            if len(left) == 1:
                sources = [Actor(text=frame.trigger.text, code=left[0], sector="UAF")]
        if etype == "ASSAULT" and not sources and (where := self._attack_place(frame)):
            # ... or to the place it happened in ("a roadside bomb near the town of X")
            sources = [Actor(text=frame.trigger.text, code=where, sector="UAF")]
        if etype == "AGREE" and not sources and not targets and frame.pred.dep_ == "acl" and \
                frame.pred.tag_ == "VBN" and lemma in ("reach", "conclude", "achieve"):
            # "the agreements reached during the visit of Zelenskyy to Poland": the parties
            # the clause names, else the article's two
            named = _distinct_codes([a for t in frame.pred.subtree if t.i != frame.pred.i and
                                     t.dep_ == "pobj" for a in self.actors_of(t) if a.code])
            sources = named if len(named) >= 2 else self._implied_parties(s_idx)
        if etype in SYMMETRIC and not any(t.code for t in targets):
            partner = self._implied_partner(frame, sources, sent, s_idx, etype, lemma)
            if partner is not None and mode == "visit":
                targets = [partner]  # a visit is told once, visitor to host
            elif partner is not None:
                sources, targets = sources + [partner], []  # paired both ways below
        if etype in PLACE_TARGETED and sources and not targets and (
                where := self._place_struck(frame)) and not (
                    etype == "MOBILIZE" and where in {a.code for a in sources}):
            # "imposed a curfew in the town of Cizre", "strengthened its forces in Lebanon",
            # "threatened to ban voting in East Jerusalem": the place's country bears it
            targets = [Actor(text="", code=where)]
        if etype in TO_THE_COUNTERPART and not any(t.code for t in targets) and not negated:
            targets = self._counterpart_of(sources) or targets
        if etype == "RETREAT" and mode == "ceasefire" and not sources and not targets and \
                frame.kind == "noun":
            # a truce held: both sides held fire (at war: the outlet's side and the enemy)
            sources = [Actor(text="", code=c, sector="MIL") for c in (
                self.home, ADVERSARY[self.home])] if self.home in ADVERSARY else \
                self._implied_parties(s_idx)
        if etype == "RETREAT" and mode == "access" and not sources and \
                self.home in CORRIDOR_HOLDER and self._opens_corridor(frame):
            # "10 humanitarian corridors will be opened", "the corridor did not work": told
            # by a side of the war, the corridor is the one the holding forces open
            sources = [Actor(text="", code=CORRIDOR_HOLDER[self.home or ""], sector="MIL")]
        if etype == "AGREE" and not sources and not any(t.code for t in targets) and \
                self.home in ADVERSARY and self._opens_corridor(frame):
            # "ten humanitarian corridors have been agreed": told by a side of the war, agreed
            # between the two sides
            sources, targets = [Actor(text="", code=c, sector="GOV") for c in (
                self.home, ADVERSARY[self.home or ""])], []
        if (etype in ("AID", "COOPERATE") or mode == "visit") and (
                thanks := self._thanked_for(frame.trigger)) is not None:
            # "thanked Turkey for its assistance", "thanked Poland for sheltering refugees"
            thanked = {a.code for a in thanks[1] if a.code}
            sources = thanks[1] or sources
            targets = [t for t in targets if t.code not in thanked] or thanks[0]
        if etype == "AID" and not any(t.code for t in targets) and (
                where := self._reached_place_code(frame)):
            targets = [Actor(text="", code=where, sector="CVL")]  # "buses sent to Mariupol"
        if etype == "AID" and lemma in ("supply", "equip", "arm") and targets and all(
                t.sector == "MIL" for t in targets) and {
                t.code for t in targets} <= ({a.code for a in sources} or {self.home}):
            # "Russian troops have been supplied with the latest weapons": a state arming its
            # own forces mobilizes them
            etype, mode, sources, targets = "MOBILIZE", "weapons", targets, []
        if etype == "AID" and not any(t.code for t in targets) and sources and \
                self.home and WAR_GROUND.get(self.home) == self.home and all(
                    a.code and a.code != self.home for a in sources):
            # "Germany has announced the supply of 1,000 grenade launchers", told by the
            # country at war: it is the one supplied
            targets = [Actor(text="", code=self.home, sector="GOV")]
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
                _over_remote(t) for t in (frame.pred, frame.trigger)) or _held_remotely(frame)):
            mode = "phone"  # talks reported in a "Telephone conversation with ..." release
        if etype == "CONSULT" and mode is None and self.home and self._met_at_home(frame):
            # "During the negotiations in Kyiv, Zelenskyy and Guterres discussed": the guest
            # visits the host (one event, as the gold codes visits)
            parties = [a for a in _distinct(sources + targets) if a.code]
            guests = [a for a in parties if a.code != self.home]
            hosts = [a for a in parties if a.code == self.home] or [
                Actor(text="", code=self.home, sector="GOV")]  # "following the talks with X"
            if len({a.code for a in guests}) == 1:
                mode, sources, targets = "visit", guests[:1], hosts[:1]
        if etype == "CONSULT" and mode is None and frame.kind != "noun" and not any(
                t.code for t in targets) and len(own := {a.code for a in sources if a.code}) == 1 \
                and (capital := self._capital_visited(frame)) and capital not in own:
            # "the UN Secretary-General was holding negotiations in Moscow": a visit to the
            # government there (not "talks in Istanbul", a venue)
            mode, targets = "visit", [Actor(text="", code=capital, sector="GOV")]
        conf = BASE_CONFIDENCE.get(frame.kind, 0.6)
        conf += 0.1 if sources else -0.15
        conf = round(max(0.1, min(0.95, conf)), 2)

        if not any(a.code or a.name for a in sources + targets):
            conf = round(max(0.1, conf - 0.2), 2)  # actors named only by their kind
        conf = round(max(0.1, conf - 0.05 * min(self._depth(frame.pred, sent), 3)), 2)

        # As the project's gold codes them: two parties of a joint act, one event each way
        # ("Putin and Erdogan met" -> RUS->TUR and TUR->RUS); three or more, one event of
        # them all with no target ("Ukraine, France and Germany are ready for contacts");
        # any other act, one event with every source and target ("X and Y shelled Z").
        recip = frame.reciprocal or self._reciprocal_words(frame)
        pairs: list[tuple[list[Actor], list[Actor]]]
        coded = [a for a in _distinct(sources + targets) if a.code]
        group = _distinct_codes(coded)
        if len(group) >= 3 and etype in SYMMETRIC and (recip or not targets or all(
                t.code in {a.code for a in sources} for t in targets)):
            pairs = [(group, [])]
        elif recip and etype in RECIPROCAL_TYPES and len(coded) >= 2 or (
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
        elif etype in SYMMETRIC and frame.mode not in ("visit", "host") and not targets and \
                len(group) == 1 and (unnamed := _uncoded_parties(sources)):
            # "Yermak met with Father Patrick Desbois": a party the dictionary does not
            # know still met him, both ways
            pairs = [(group, unnamed[:1]), (unnamed[:1], group)]
        else:
            pairs = [(_one_each(sources), _one_each(targets))]
            if etype == "RETREAT" and not targets and len(pairs[0][0]) > 1:
                pairs = [([a], []) for a in pairs[0][0]]  # a truce held: each side's own act
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


def _asks_why_it_was_done(sent: Any, frame: Frame) -> bool:
    """"Why did they torture people?", "How could they bomb a maternity hospital?": a
    question on a past act presupposes it."""
    if sent[0].lower_ not in ("why", "how") or frame.kind != "verb":
        return False
    pred = frame.pred
    return pred.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" and _lemma(c) in (
        "do", "have", "could") for c in pred.children)


FAR = 6  # dependency arcs beyond which a count outside an event's clause is not its own
NOBODY = -1


def _counts_placed(told: list[tuple[Frame, list[Event]]],
                   sent: Any) -> list[tuple[Frame, list[Event]]]:
    """Each count of a sentence goes to the events of the frame nearest it in the parse: in
    "10 corridors will be opened to evacuate people from towns hit by shelling" the 10 counts
    the corridors, not the shelling. A count far from every frame and outside their clauses
    counts none of them ("Nine corridors for the residents of towns affected by the Russian
    invasion will open": no invasion of nine)."""
    coded = [(f, events) for f, events in told if events]
    if not coded:
        return told
    owner: dict[tuple[float, str], int] = {}
    for ent in sent.ents:
        if ent.label_ in QUANT_ENTS and (q := quantity_of(ent)) is not None:
            distance, _, nearest = min(((min(
                _tree_distance(ent.root, t) for t in (f.trigger, f.pred)),
                abs(f.trigger.i - ent.root.i), f) for f, _ in coded), key=lambda x: x[:2])
            inside = any(f.pred.is_ancestor(ent.root) for f, _ in coded)
            owner.setdefault((q.value, q.unit),
                             nearest.trigger.i if distance <= FAR or inside else NOBODY)

    def own(f: Frame, event: Event) -> Event:
        kept = [q for q in event.quantities
                if owner.get((q.value, q.unit), f.trigger.i) == f.trigger.i]
        return event if len(kept) == len(event.quantities) else replace(event, quantities=kept)
    return [(f, [own(f, e) for e in events]) for f, events in told]


def _tree_distance(a: Any, b: Any) -> int:
    """The number of dependency arcs between two tokens of a sentence."""
    up = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return n + up[t.i]
    return len(up) + n + 1


def _tells_corridor(tok: Any, deps: tuple[str, ...]) -> bool:
    """Is ``tok`` a corridor, or does it take one in one of ``deps`` ("opened corridors")?"""
    return _lemma(tok) in CORRIDOR_WORDS or any(
        _lemma(c) in CORRIDOR_WORDS for c in tok.children if c.dep_ in deps)


def _held_remotely(frame: Frame) -> bool:
    """Talks held as a call ("held a video conference with", "had a phone conversation")."""
    return any(_lemma(o) in ("videoconference", "videocall") or any(
        _lemma(m) in lx.REMOTE | {"online"} for m in o.children
        if m.dep_ in ("compound", "amod", "nmod")) for o in _children(frame.pred, "dobj"))


def _corridor_purposes(frames: list[Frame]) -> dict[int, list[Frame]]:
    """The evacuations and aid that corridors are opened for ("corridors will be opened to
    evacuate people", "the opening of corridors for the exit of civilians"): the gold codes
    the corridor alone. Maps the corridor frame's trigger to the aid frames."""
    corridors = {t.i: f for f in frames if f.etype in ("RETREAT", "CONCEDE", "AGREE")
                 for t in (f.trigger, f.pred)
                 if _tells_corridor(t, ("nsubj", "nsubjpass", "dobj", "pobj"))}
    out: dict[int, list[Frame]] = {}
    for f in frames:
        if f.etype != "AID":
            continue
        cur, steps = f.trigger, 0
        while steps < 4 and cur.dep_ in PURPOSE_DEPS and cur.head != cur:
            cur, steps = cur.head, steps + 1
            if (corridor := corridors.get(cur.i)) is not None and corridor is not f:
                out.setdefault(corridor.trigger.i, []).append(f)
                break
    return out


def _attack_causes(frames: list[Frame]) -> set[int]:
    """Attacks told as the cause of the harm a verb tells ("the school was destroyed by
    Russian shelling", "destroyed as a result of a missile strike"): one attack, coded on the
    verb with the weapon's mode. Returns the cause frames' triggers."""
    harms = {f.trigger.i: f for f in frames if f.etype == "ASSAULT" and f.kind == "verb"}
    out: set[int] = set()
    for f in frames:
        if f.etype != "ASSAULT" or f.kind != "noun":
            continue
        cur, steps = f.trigger, 0
        while steps < 5 and cur.dep_ in ("pobj", "prep", "agent", "pcomp") and cur.head != cur:
            cur, steps = cur.head, steps + 1
            if (harm := harms.get(cur.i)) is not None:
                out.add(f.trigger.i)
                harm.mode = f.mode  # the weapon tells the mode (None: read from the sentence)
                break
    return out


PERSON_HEADS = frozenset({"representative", "member", "leader", "head", "director", "chief",
                          "delegate", "delegation", "official", "founder", "ceo", "chair"})
RANK_WORDS = lx.OFFICIAL_TITLES | {"prime", "deputy", "vice", "first", "general", "the", "of",
                                   "and", "office", "affairs", "state", "foreign"}


def _distinct_codes(actors: list[Actor]) -> list[Actor]:
    """The first actor of each country code."""
    seen: set[str | None] = set()
    out = []
    for a in actors:
        if a.code not in seen:
            seen.add(a.code)
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
