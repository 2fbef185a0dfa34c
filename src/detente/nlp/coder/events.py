"""From frames to events: a sentence's frames become ``Event``s with their actors,
modality, date, quantities, place, context and confidence. The steps from one frame to its
events are ``building.EventBuilder``'s."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from detente.model import Actor, Event, Quantity
from detente.nlp import lexicon as lx
from detente.nlp.coder.article import _drop_fragments, _enrich, _given_to_thanker
from detente.nlp.coder.building import EventBuilder, _distinct_codes, _tells_corridor
from detente.nlp.coder.constants import (
    ADVERSARY,
    CODER_NAME,
    PURPOSE_DEPS,
    SYMMETRIC,
    WAR_GROUND,
)
from detente.nlp.coder.draft import Draft
from detente.nlp.coder.frames import asked_in_same_breath
from detente.nlp.coder.state import Frame
from detente.nlp.praise import addresses_you, credited_with_qualities
from detente.nlp.tokens import lemma as _lemma
from detente.nlp.verdicts import asserted_war_crime, denied_allegation, implied_accusations


class _ArticleContext(EventBuilder):
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
            return self._told_without_frames(sent, [])
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
        for frame, coded in _counts_placed(told, self.counts_of(sent)):
            own = len(events)  # one frame's events of other days are not folded (the
            # agreements of a list of days, "reached on November 9, 2020, and January 11")
            for event in coded:
                key = _one_event_key(event, frame)
                if key in seen and (seen[key] < own or events[seen[key]].date == event.date):
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
        events += self._told_without_frames(sent, events)
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

    def _for_whom(self, events: list[Event], purpose: Frame, sent: Any,
                  s_idx: int) -> list[Event]:
        """A corridor opened "to evacuate civilians from Mariupol" is for those civilians,
        money provided "to support the protest camp" for the camp."""
        evacuees = [t for e in self.events_of(purpose, sent, s_idx) for t in e.target if t.code]
        if not evacuees:
            return events
        return [e if e.target else _enrich(replace(e, target=evacuees[:1], id=""))
                for e in events]

    def _told_without_frames(self, sent: Any, events: list[Event]) -> list[Event]:
        """The events a statement (not a question) carries in words no frame codes: charges
        in verdict words, attacks in crimes committed, praise in qualities credited."""
        if sent.text.rstrip().endswith("?"):
            return []
        return self._verdict_events(sent, events) + self._crimes_committed(sent, events) + \
            self._praise_events(sent, events)

    def _sentence_event(self, sent: Any, etype: str, mode: str | None, source: Actor,
                        target: Actor, trigger: Any) -> Event:
        """An event a sentence carries without a frame, asserted on the article's date."""
        return _enrich(Event(
            article_id=self.article.id, sentence=sent.text,
            span=(sent.start_char, sent.end_char), event_type=etype, mode=mode,
            context=self._context(sent, etype, mode, set()), source=[source], target=[target],
            date=self.published, modality="asserted", quantities=[], trigger=trigger.text,
            confidence=0.5, coder=CODER_NAME))

    def _verdict_events(self, sent: Any, events: list[Event]) -> list[Event]:
        """ACCUSE events carried by verdict words ("ignore the crimes", "barbaric bombing by
        the Russian army") that no accusing verb of the sentence already codes."""
        accused = {t.code for e in events if e.event_type == "ACCUSE" for t in e.target}
        # "violations of the ceasefire": the attack told is the accusation
        breaches = {e.trigger for e in events if e.event_type == "ASSAULT"}
        # "the Russian demands are unacceptable": turned down (REJECT), no second charge
        refusals = {e.trigger for e in events if e.event_type == "REJECT"}
        out: list[Event] = []
        for who, target, verdict in implied_accusations(
                sent, self._owners, lambda h: self.actors_of(h, deep=True), self._verdict_voice,
                lambda v: self._war_criminal(v, sent)):
            if target.code in accused or verdict.text in breaches and _lemma(verdict) in (
                    "violation", "breach") or verdict.text in refusals:
                continue
            out.append(self._sentence_event(sent, "ACCUSE", "disapprove", who, target, verdict))
        return out

    def _praise_events(self, sent: Any, events: list[Event]) -> list[Event]:
        """SUPPORT carried by the qualities one is credited with ("the brigade showed courage",
        "an example of valour") where no frame of the sentence already praises."""
        if any(e.event_type == "SUPPORT" for e in events):
            return []
        out: list[Event] = []
        for quality, subject in credited_with_qualities(sent):
            voice = self._verdict_voice(quality)
            if voice is None or not voice.code:
                continue
            if subject.lower_ in ("this", "it"):
                praised = [Actor(text="", code=self.home)] if addresses_you(quality) else []
            else:
                praised = [a if a.code else replace(a, code=self.home)
                           for a in self._owners(subject) or self.actors_of(subject, deep=True)
                           if a.code or a.sector]
            for target in _distinct_codes([a for a in praised if a.code]):
                out.append(self._sentence_event(sent, "SUPPORT", None, voice, target, quality))
        return out

    def _crimes_committed(self, sent: Any, events: list[Event]) -> list[Event]:
        """Crimes told as committed on someone are attacks as well as charges ("the crimes
        committed by the Russian military against civilians", "war crimes committed against
        Ukrainians"): by whoever committed them (at war, unnamed: the enemy) on the victims
        (unnamed: the land fought over). Not "the crime of aggression"."""
        crimes = [t for t in sent if t.tag_ == "NNS" and _lemma(t) in ("crime", "atrocity")]
        if not crimes or self._past_war(sent):  # the costly check only where crimes are told
            return []
        told = {(tuple(e.source_codes), tuple(e.target_codes)) for e in events
                if e.event_type == "ASSAULT"}
        out: list[Event] = []
        for crime in crimes:
            done = [c for c in crime.children if c.dep_ == "acl" and _lemma(c) == "commit"]
            on = [p for t in [crime, *done] for c in t.children if c.dep_ == "prep" and
                  c.lower_ == "against" for p in c.children if p.dep_ == "pobj"]
            if not (done or on):
                continue
            culprits = [a for a in self._owners(crime) if a.code] or self._war_criminal_of()
            victims = [a for p in on for a in self.actors_of(p, deep=True) if a.code] or (
                [Actor(text="", code=WAR_GROUND[self.home or ""])]
                if self.home in WAR_GROUND else [])
            for culprit in _distinct_codes(culprits):
                for victim in _distinct_codes(victims):
                    key = ((culprit.code or "",), (victim.code or "",))
                    if culprit.code == victim.code or key in told:
                        continue
                    told.add(key)
                    out.append(self._sentence_event(sent, "ASSAULT", None, culprit, victim,
                                                    crime))
        return out

    def _war_criminal_of(self) -> list[Actor]:
        """At war, the one who commits the crimes an outlet names no culprit for: its enemy."""
        return [Actor(text="", code=ADVERSARY[self.home or ""], sector="MIL")] \
            if self.home in ADVERSARY else []

    def _war_criminal(self, verdict: Any, sent: Any) -> list[Actor]:
        """Whom an outlet at war accuses of a war crime it names no culprit for ("What our
        cities have experienced are war crimes"): its enemy, as for unattributed attacks."""
        if self._past_war(sent) or not (asserted_war_crime(verdict) or
                                         denied_allegation(verdict) is not None):
            return []  # (the enemy is also who makes the charges an outlet calls lies)
        return self._war_criminal_of()

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

    def actors_as(self, anchor: Any, etype: str) -> tuple[list[Actor], list[Actor]]:
        """The actors the rules read for an event of ``etype`` told by ``anchor``, a verb
        that is no trigger of that type (the learned proposals' anchor): (sources, targets)."""
        frame = Frame(anchor, anchor, etype, None, "verb")
        events = self.events_of(frame, anchor.sent, self.sent_index(anchor.i))
        if not events:
            return [], []
        return list(events[0].source), list(events[0].target)

    # -- from frame to events (the steps: building.EventBuilder) -------------------------------

    def events_of(self, frame: Frame, sent: Any, s_idx: int) -> list[Event]:
        """The events of one frame: a ``Draft`` of it goes through the steps of
        ``EventBuilder`` in order; a step that returns False drops the frame."""
        draft = self._draft(frame, sent, s_idx)
        steps: tuple[Callable[[Draft], bool | None], ...] = (
            self._read_governor, self._retype_refusals,  # the governor reads its complement
            self._read_modality, self._retype_future_and_hypothetical,
            self._read_actors, self._read_security_demand, self._read_liberation,
            self._read_captor, self._read_threatened, self._read_rejected_proposer,
            self._read_halt_demanded, self._read_go_between_offer, self._read_mediation,
            self._read_refused_terms,
            # from the parse; then the parties the text leaves unnamed
            self._fill_unnamed_sources, self._read_enemy_forecasts, self._drop_repeated_targets,
            self._fill_war_sources, self._fill_protest_actors,
            self._fill_sanction_and_coercion_sources, self._fill_unidentified_attackers,
            self._fill_symmetric_parties, self._fill_place_and_counterpart_targets,
            self._fill_war_targets,
            self._fill_truce_and_corridor_parties, self._fill_aid_targets, self._has_actors,
            self._read_attributes, self._read_talk_modes,  # date, quantities, place, context
            self._keep_visit_at_home, self._confidence,
        )
        for step in steps:
            if step(draft) is False:
                return []
        return self._events(draft, self._pairs(draft))


def _sides(event: Event) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who acts on whom, by country; by country and sector when both sides of a joint act are
    of one country ("the President met with servicemen": the GOV and the MIL side, both ways)."""
    domestic = event.event_type in SYMMETRIC and bool(event.source_codes) and \
        event.source_codes == event.target_codes

    def keys(side: list[Actor]) -> tuple[str, ...]:
        return tuple(f"{a.code or a.text}/{a.sector if domestic else ''}/"
                     f"{a.text.lower() if domestic else ''}" for a in side)

    return keys(event.source), keys(event.target)


FAR = 6  # dependency arcs beyond which a count outside an event's clause is not its own
NOBODY = -1


def _counts_placed(told: list[tuple[Frame, list[Event]]],
                   counts: list[tuple[Any, Quantity]]) -> list[tuple[Frame, list[Event]]]:
    """Each count of a sentence goes to the events of the frame nearest it in the parse: in
    "10 corridors will be opened to evacuate people from towns hit by shelling" the 10 counts
    the corridors, not the shelling. A count far from every frame and outside their clauses
    counts none of them ("Nine corridors for the residents of towns affected by the Russian
    invasion will open": no invasion of nine)."""
    coded = [(f, events) for f, events in told if events]
    if not coded:
        return told
    owner: dict[tuple[float, str], int] = {}
    for root, q in counts:
        distance, _, nearest = min(((min(
            _tree_distance(root, t) for t in (f.trigger, f.pred)),
            abs(f.trigger.i - root.i), f) for f, _ in coded), key=lambda x: x[:2])
        inside = any(f.pred.is_ancestor(root) for f, _ in coded)
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


def _one_event_key(event: Event, frame: Frame) -> tuple[str, str | None, tuple[str, ...],
                                                        tuple[str, ...]]:
    """Events of a sentence with the same key are one event told twice. Shelling and
    hostage-taking by the same side against the same country are two, and so are a call
    and a visit, and two verbs of attack ("attacked near Kyiv, dropped bombs on Borodyanka";
    but "were killed and wounded in the shelling" tells one)."""
    kind = event.mode if event.event_type in ("ASSAULT", "COERCE") or \
        event.mode == "phone" else None
    if event.event_type == "ASSAULT" and frame.kind == "verb" and \
            _lemma(frame.trigger) not in lx.CASUALTY_VERBS:
        kind = f"{kind}:{_lemma(frame.trigger)}"
    if frame.kind == "must" and asked_in_same_breath(frame.trigger):
        kind = str(frame.trigger.i)  # "should impose an embargo, as well as help
        # Ukraine": two acts asked for, two requests
    return (event.event_type, kind, *_sides(event))


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
