"""Agreement tracker: from coded events to agreements, positions, statuses and claims.

API
---
``track(events, as_of=None) -> list[Agreement]``
    Pure. Events in any order; with ``as_of`` only events dated <= as_of count and expiry
    is judged on that day (else on the latest event date).
``track_versions(events) -> list[tuple[date, Agreement]]``
    One snapshot per date an agreement's state changed (for ``Store.save_agreements``).
``update(store, full=False, since=None) -> list[Agreement]``
    Re-tracks the store's active events, saves the versions, returns the current board.
    Incremental by default: the store notes the dates of the events that came or went, and
    only the agreements those can change are re-linked and re-built (see
    ``detente.track.incremental``); the board is the one a full re-track (``full=True``)
    would save.
``to_ethprio_row(agreement)``, ``ETHPRIO_COLUMNS``
    CSV export lined up with the ETH/PRIO Civil Conflict Ceasefire dataset (see
    ``detente.track.ethprio`` for the column mapping).

How an event becomes part of an agreement
-----------------------------------------
1. **Mentions** (``mentions.read``). An event is agreement-related when its type is one of
   AGREE, CONCEDE, RETREAT, REJECT, REQUEST, CONSULT (talks), ACCUSE/ASSAULT/COERCE
   (violation claims), COOPERATE/AID (exchanges, evacuations) or SUPPORT (signing), and
   its sentence names an arrangement (ceasefire, truce, moratorium, silence regime,
   corridor, evacuation, prisoner exchange, talks/round, peace/Istanbul agreements, grain
   and ports, a captive's release). From the sentence come the *kind* (with alternatives:
   "silence regime on the route" is a humanitarian pause or corridor), scope *themes*
   (energy infrastructure, Black Sea, Easter …) and *places* (proper nouns that are not
   people, states or institutions), a fixed *duration*, a talks *round* and *venue*,
   *date references* ("the March 18 agreement") and back-references ("previously
   agreed", "its commitments"). From the event type, negation, modality and wording comes
   the *act* — propose, accept, agree, reject, withdraw, in_force, implemented,
   violation, contested, collapsed or a plain reference — and the position it gives each
   party: a negated AGREE is a refusal; "the US proposal" / "proposed by our state" makes
   that actor the proposer; reciprocal wording ("reached an agreement", "have been agreed",
   "the parties") gives every party "agreed"; a passive with no actors names the two
   belligerents (the dyad with most hostile events between them, ASSAULT weighing most).
   The wording outranks the event type when they disagree: a demand ("must stop",
   "urge"), an offer ("was offered", "ready to"), a hedge ("I believe"), a question, a
   condition ("if a ceasefire is declared") or "not yet" never counts as agreement or
   entry into force. When the coder found no actor, the states and organisations the
   sentence names stand in, and "I"/"we" is the article's own side (the belligerent most
   often the source of its speech acts; a third party only when no belligerent speaks and
   it speaks at least three times), or, for an offer addressed to one belligerent ("I
   offer the Russian Federation …"), the other one. "The two leaders agreed …" are the
   sides the sentence names, not the coder's guess; an implied actor (no words in the
   sentence) counts only if it is a belligerent or the sentence names it (the coder's UN
   behind "three corridors have been agreed" does not), and the Red Cross, a neutral
   intermediary, is always a mediator, never a side. The wording is read whatever event
   type the coder chose: a meeting (CONSULT) that "reached an agreement on corridors" is an
   agreement on corridors (and, aside, a round held); "confirms its readiness to open" is
   a commitment, not a corridor in force; talks about unblocking ports are not a round
   held; a call on one's own citizens to evacuate proposes nothing. A sentence that names
   a talks round or venue while telling of something else ("during the third round of
   talks in Belarus … corridors") also gives a mention of that round.
2. **Linking** (``link.link``), greedy in date order (within a day, declarations before
   what is done or claimed under them; talks in text order). A mention joins the existing
   agreement that scores best, or founds a new one if its act can found one (a proposal,
   agreement, refusal, entry into force, implementation) *and* someone stands behind it: a
   party with a stated position, not just "undecided" ("Buses will be sent from Bakhmut",
   "7,295 people were evacuated" name nobody who agreed to anything: they join an
   agreement already there or are dropped). Talks found a record only between the two
   belligerents, as a numbered round, at a venue, or about grain and ports (a call with a
   third state about "the negotiating process" is not a round). Claims and plain
   references that fit nowhere are dropped, and claims only join agreements that were
   agreed or took effect (a proposal cannot be violated); a claim that names only a
   ceasefire ("despite … the alleged cessation of hostilities") does not join a corridor.
   A founding sentence only joins agreements of its own kind family (a generic "ceasefire"
   sentence may join a local pause or partial ceasefire when it shares places, a date or a
   duration). Hard rules — any one keeps two mentions apart: different kind family (a full
   ceasefire is never the partial one; corridors and pauses are one family); different
   talks round or venue; differently named peace agreements (Minsk is not Istanbul);
   different durations; disjoint partial-scope themes (energy vs Black Sea) or holidays;
   disjoint places for scoped kinds (the Sumy corridor is not the Mariupol one), except one
   day's package of corridors announced in one article; a date reference later than the
   agreement's declaration ("the March 18 agreement" is not the March 11 proposal);
   disjoint parties with nothing specific shared; a third state that turns up on a later
   day with nothing specific shared; a gap since the agreement's last *active* news (not
   mere references, so references cannot chain an agreement forward) longer than the
   family's window (2 days for corridors, 3 for talks, 1–6 weeks for exchanges, ceasefires,
   peace agreements; 14 for claims; 60 when something specific is shared, but only 21 for
   corridors and pauses, whose towns recur in dozens of them; none for a named peace
   agreement: "the Minsk agreements" are one record however far apart); a *new
   declaration* of a corridor/pause/exchange/release on another day without a
   back-reference (each day's corridors are their own agreement, as are two offers); and a
   proposal of a corridor or pause once that agreement was reached (the 97 settlements
   Ukraine proposed are not the three corridors agreed the same day). Scores add up what
   is shared: the kind (2, or 0.75 for an alternative reading), a date reference (5),
   round (4), a named peace agreement (4), duration (3), the same sentence (3: one sentence
   coded as several events tells of one agreement, whatever parties the coder gave each),
   places and themes (2+), the same article (2), venue (2), the declaration day (1), each
   shared go-between (1: "with the help of the UN"), each shared party (0.5) and word
   overlap (up to 2). Founding mentions need 3 to join, references 2. Because linking runs
   in date order, the agreements for events up to a day are a prefix of those for all
   events: ``track(as_of=d)`` and the versions agree.
3. **Lifecycle** (``lifecycle.build``). Positions per party change with dated evidence
   (proposed → accepted/agreed → withdrawn; rejected). Status: proposed → agreed (two
   parties agreeing, reciprocal wording, or a unilateral declaration) → in_force
   ("introduced", "started working", "no direct fighting") → violated (a claim from one
   side) / contested (claims both ways, "alleged", "in limbo", a withdrawal the other side
   disputes) → collapsed (rejected proposal, all parties out), expired (the fixed duration
   ran out before as_of / the latest event) or implemented (an exchange or release
   happened, a round of talks was held, an evacuation was carried out). Every history
   entry cites the events whose sentence says so (for expiry: the one that fixed the
   duration). Violation claims keep claimant, accused, date, what was hit and evidence;
   they are claims, never facts. ASSAULT events between the parties inside the scope and
   the period in force become ``incidents``.

The reference day for expiry is ``as_of`` or the latest day the news covers; dates after
today, and a last date far beyond all others (a misresolved year), are coding errors.

Ids are ``sha1(kind family | sorted founding parties | founding scope | founding event
id)``: stable across re-runs and across ``as_of``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from detente.learn.proposals import is_proposal
from detente.model import REBELS, Actor, Agreement, Event, base_code
from detente.track import mentions as _mentions
from detente.track.ethprio import ETHPRIO_COLUMNS, to_ethprio_row
from detente.track.lifecycle import build
from detente.track.link import Cluster, link
from detente.track.mentions import Mention

if TYPE_CHECKING:
    from detente.store import Store

__all__ = [
    "ETHPRIO_COLUMNS", "Mention", "conflict_dyad", "read_mentions", "to_ethprio_row", "track",
    "track_versions", "update",
]


def _order(ev: Event) -> tuple[date, str, int, str]:
    return (ev.date or date.min, ev.article_id, ev.span[0] if ev.span else 0, ev.id)


DECLARING = {"propose": 0, "agree": 0, "accept": 0, "reject": 0, "withdraw": 0}


def _day_order(m: Mention) -> tuple[date, int]:
    """Within a day, what was declared comes before what was done or claimed under it."""
    if m.family == "talks":  # a round is told in order: held, then what was decided there
        return (m.day or date.min, 1)
    return (m.day or date.min, DECLARING.get(m.act, 1))


HOSTILE = {"ASSAULT": 3.0, "COERCE": 1.0, "ACCUSE": 1.0, "THREATEN": 1.0, "REJECT": 0.5,
           "SANCTION": 0.5}


def conflict_dyad(events: Iterable[Event]) -> tuple[str, str] | None:
    """The two belligerents: the pair of parties with most hostile events between them
    (ASSAULT counts most)."""
    return dyad_of((ev.id, ev.event_type, role, a) for ev in events if ev.event_type in HOSTILE
                   for role, side in (("source", ev.source), ("target", ev.target)) for a in side)


def dyad_of(rows: Iterable[tuple[str, str, str, Actor]]) -> tuple[str, str] | None:
    """``conflict_dyad`` from (event id, event type, role, actor) rows of hostile events."""
    found = list(rows)
    sides = people_with_rebels(a for *_, a in found)
    roles: dict[str, tuple[str, set[str], set[str]]] = {}
    for event_id, event_type, role, actor in found:
        party = side_party(actor, sides)
        if not party:
            continue
        entry = roles.setdefault(event_id, (event_type, set(), set()))
        (entry[1] if role == "source" else entry[2]).add(party)
    pairs: dict[tuple[str, str], float] = defaultdict(float)
    for event_type, sources, targets in roles.values():
        for s in sources:
            for t in targets:
                if s != t:
                    a, b = sorted((s, t))
                    pairs[(a, b)] += HOSTILE[event_type]
    if not pairs:
        return None
    return max(pairs.items(), key=lambda kv: (kv[1], kv[0]))[0]


def people_with_rebels(actors: Iterable[Actor]) -> frozenset[str]:
    """The lands whose only fighters are their rebels: their people are on the rebels' side
    ("Israeli strikes killed 400 people in Gaza" is Israel against Hamas)."""
    found = list(actors)
    rebels = {a.party for a in found if a.sector == "REB"}
    armed = {a.party for a in found if a.sector not in ("REB", "CVL")}
    return frozenset(c for c in {a.party for a in found if a.sector == "CVL"}
                     if c and c + REBELS in rebels and c not in armed)


def side_party(actor: Actor, people_with_rebels: frozenset[str]) -> str | None:
    """The party an actor stands with (``Actor.party``, civilians by ``people_with_rebels``)."""
    party = actor.party
    if party and actor.sector == "CVL" and party in people_with_rebels:
        return party + REBELS
    return party


def rebel_lands(pair: Iterable[str]) -> frozenset[str]:
    """The lands whose rebels are a side of ``pair``: ("ISR", "PSEREB") -> {"PSE"}."""
    return frozenset(base_code(c) for c in pair if c.endswith(REBELS))


def standing_with_rebels(ev: Event, pair: tuple[str, ...] | None) -> Event:
    """The event with the people of a land whose side in ``pair`` is its rebels coded as
    theirs (``side_party``): "Israel freed 90 Palestinian prisoners" in a war with Hamas."""
    people = rebel_lands(pair or ()) - set(pair or ())

    def theirs(a: Actor) -> Actor:
        party = side_party(a, people)
        return a if party == a.code else replace(a, code=party)

    return ev.with_actors(theirs, claimant=False)


def _contexts(events: list[Event]) -> dict[str, str]:
    """The two sentences before each event's sentence in its article (those with events)."""
    by_article: dict[str, dict[str, int]] = defaultdict(dict)
    for ev in events:
        seen = by_article[ev.article_id]
        start = ev.span[0] if ev.span else 0
        if ev.sentence not in seen or start < seen[ev.sentence]:
            seen[ev.sentence] = start
    previous: dict[str, str] = {}
    for _article, sentences in by_article.items():
        ordered = [sent for sent, _ in sorted(sentences.items(), key=lambda kv: kv[1])]
        for i, sent in enumerate(ordered):
            if i:
                previous[sent] = " ".join(ordered[max(0, i - 2):i])
    return previous


SPEECH = {"CONSULT", "SUPPORT", "REQUEST", "AGREE", "AID", "COOPERATE", "CONCEDE"}


HOME_MIN = 3  # speech acts a third party needs to be the voice of an article


def _homes(events: list[Event], dyad: tuple[str, str] | None) -> dict[str, str]:
    """Each article's own side: the code that is most often the source of its events
    (Kremlin transcripts: RUS; Ukrainian addresses: UKR). Speaks for "I" and "we".

    The outlets of this kind of news speak for one of the belligerents, so a belligerent
    that speaks in the article outranks a visitor who speaks more often (a call with the
    Dutch prime minister does not make "we" Dutch)."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for ev in events:
        if ev.event_type not in SPEECH:
            continue  # what the other side does (attacks, arrests) is reported, not spoken
        for code in set(ev.source_codes):
            counts[ev.article_id][code] += 1
    homes = {}
    for article, by_code in counts.items():
        pool = {c: n for c, n in by_code.items() if dyad and c in dyad} or {
            c: n for c, n in by_code.items() if not dyad or n >= HOME_MIN}
        ranked = sorted(pool.items(), key=lambda kv: (-kv[1], kv[0]))
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            homes[article] = ranked[0][0]
    return homes


YESTERDAY = re.compile(r"\byesterday\b|\bthe day before\b|\blast night\b", re.I)


def _article_days(events: list[Event]) -> dict[str, date]:
    """Each article's own day: the date most of its events carry."""
    counts: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for ev in events:
        if ev.date:
            counts[ev.article_id][ev.date] += 1
    return {a: max(days.items(), key=lambda kv: (kv[1], kv[0]))[0] for a, days in counts.items()}


def _date_yesterday(found: list[Mention], article_days: dict[str, date]) -> None:
    """"Yesterday, during the talks, …" happened the day before the article, also when the
    coder left the event on the article's day."""
    for m in found:
        ev = m.event
        if m.day and not ev.date_text and m.day == article_days.get(ev.article_id) and \
                YESTERDAY.search(ev.sentence):
            m.day = m.day - timedelta(days=1)


def _date_when_said(found: list[Mention], article_days: dict[str, date]) -> None:
    """"Russia and Ukraine would exchange 175 prisoners each on Wednesday", said on Tuesday:
    agreed on Tuesday, to be done on Wednesday."""
    for m in found:
        said = article_days.get(m.event.article_id)
        if m.act in ("agree", "accept", "propose") and m.event.modality == "future" and \
                m.day and said and m.day > said:
            m.starts = m.starts or m.day
            m.day = said


def proxy_sides(events: list[Event], dyad: tuple[str, str] | None) -> frozenset[str]:
    """The dyad sides whose rebels fight for the other side (Donbas separatists, coded UKR
    REB, are Russia's side): those whose state and rebels are more often hostile to each
    other (an attack, a charge, either way, or the state claiming the rebels' attack) than
    the rebels are to the other side; told of no such act, those acting mostly through
    their government and army."""
    if dyad is None:
        return frozenset()
    state: Counter[str] = Counter()
    rebels: Counter[str] = Counter()
    at_war: Counter[tuple[str, str]] = Counter()  # (land, side its rebels are hostile to)
    for ev in events:
        for a in [*ev.source, *ev.target]:
            side = base_code(a.code or "")
            if side in dyad:
                if a.sector == "REB":
                    rebels[side] += 1
                elif a.sector in (None, "GOV", "MIL"):
                    state[side] += 1
        if ev.event_type in HOSTILE:
            for land, foe in _rebel_foes(ev, dyad):
                at_war[(land, foe)] += 1

    def proxy(side: str) -> bool:
        other = dyad[1] if side == dyad[0] else dyad[0]
        own, theirs = at_war[(side, side)], at_war[(side, other)]
        return own > theirs if own or theirs else state[side] > 2 * rebels[side]

    return frozenset(c for c in rebels if c + REBELS not in dyad and proxy(c))


def _rebel_foes(ev: Event, dyad: tuple[str, str]) -> list[tuple[str, str]]:
    """(land, state) for each dyad state a hostile event sets a dyad land's rebels against:
    the rebels' target, whoever claims their act, or who acts against them."""
    def states(actors: list[Actor]) -> set[str]:
        return {a.code for a in actors if a.sector != "REB" and a.code in dyad}

    found = []
    for rebel in ev.source:
        if rebel.sector == "REB" and (land := base_code(rebel.code or "")) in dyad:
            found += [(land, c) for c in states(
                [*ev.target, *([ev.claimant] if ev.claimant else [])])]
    for rebel in ev.target:
        if rebel.sector == "REB" and (land := base_code(rebel.code or "")) in dyad:
            found += [(land, c) for c in states(ev.source)]
    return found


def _may_tell_a_round(m: Mention | None) -> bool:
    """Whether a sentence may also tell that a round of talks was held: not when it is
    itself about the talks, nor when the venue names an agreement ("the agreements we
    reached in Istanbul" are news of the agreement, not of the round)."""
    if m is None:
        return True
    return m.family != "talks" and not (m.family == "peace_agreement" and m.venue)


def read_mentions(events: Iterable[Event], dyad: tuple[str, str] | None = None
                  ) -> tuple[list[Mention], list[Event], tuple[str, str] | None]:
    """Mentions (date order), ASSAULT events that are not claims, and the conflict dyad.
    A type the sentence model proposed is left out: it has no trigger, mode or terms to
    tell an agreement or a breach by."""
    items = sorted((e.as_parties() for e in events if not is_proposal(e)), key=_order)
    if dyad is None:
        dyad = conflict_dyad(items)
    items = [standing_with_rebels(e, dyad) for e in items]
    context = _contexts(items)
    homes = _homes(items, dyad)
    proxies = proxy_sides(items, dyad)
    found: list[Mention] = []
    assaults: list[Event] = []
    aside_done: set[str] = set()
    for ev in items:
        m = _mentions.read(ev, dyad, context.get(ev.sentence, ""), homes.get(ev.article_id),
                           proxies)
        if m is not None:
            found.append(m)
        elif ev.event_type == "ASSAULT":
            assaults.append(ev)
        if _may_tell_a_round(m) and ev.sentence not in aside_done:
            aside = _mentions.talks_aside(ev, dyad)
            if aside is not None:
                aside_done.add(ev.sentence)
                found.append(aside)
    days = _article_days(items)
    _date_yesterday(found, days)
    _date_when_said(found, days)
    found.sort(key=_day_order)  # stable: article and span order stay within each group
    return found, assaults, dyad


def _prepare(events: Iterable[Event], as_of: date | None
             ) -> tuple[list[Cluster], list[Event], tuple[str, str] | None, date | None]:
    kept = [e for e in events if as_of is None or (e.date is not None and e.date <= as_of)]
    latest = latest_day(kept)
    if latest is not None:  # stray dates are coding errors, not news of a later day
        kept = [e for e in kept if e.date is None or e.date <= latest or e.date > date.today()]
    mentions, assaults, dyad = read_mentions(kept)
    clusters = link(mentions, dyad)
    return clusters, assaults, dyad, as_of or latest


OUTLIER_GAP = 60  # days
OUTLIER_SHARE = 0.02


def latest_day(events: Iterable[Event]) -> date | None:
    """The latest day the news covers. Dates after today are coding errors, and so are a
    few events dated far beyond all the others (a "March 3" resolved into the wrong
    year): at most 2% of the events, more than 60 days after the rest."""
    counts: dict[date, int] = defaultdict(int)
    for e in events:
        if e.date:
            counts[e.date] += 1
    return latest_day_of(counts)


def latest_day_of(counts: dict[date, int]) -> date | None:
    """``latest_day`` from the number of events per date."""
    today = date.today()
    counts = {d: n for d, n in counts.items() if d <= today}
    days = sorted(counts)
    total = sum(counts.values())
    stray = 0
    while len(days) > 1 and (days[-1] - days[-2]).days > OUTLIER_GAP:
        stray += counts[days[-1]]
        if stray > OUTLIER_SHARE * total:
            break
        days.pop()
    return days[-1] if days else None


def _assaults_for(c: Cluster, assaults: list[Event]) -> list[Event]:
    """ASSAULT events from the agreement's first news on (``assaults`` is in date order)."""
    if c.first is None or c.kind in ("talks", "peace_agreement", "other", "prisoner_exchange"):
        return []
    days = [a.date or date.min for a in assaults]
    return assaults[bisect_left(days, c.first):]


def track(events: Iterable[Event], as_of: date | None = None) -> list[Agreement]:
    """The agreements that the events tell, as they stood on ``as_of`` (default: latest)."""
    clusters, assaults, dyad, ref = _prepare(events, as_of)
    agreements = [build(c, c.mentions, ref, _assaults_for(c, assaults), dyad) for c in clusters]
    return sorted(agreements, key=lambda a: (a.declared or date.min, a.id))


def track_versions(events: Iterable[Event]) -> list[tuple[date, Agreement]]:
    """One (valid_from, snapshot) per date on which an agreement's state changed."""
    clusters, assaults, dyad, ref = _prepare(events, None)
    return _versions(clusters, assaults, dyad, ref)


def _versions(clusters: list[Cluster], assaults: list[Event], dyad: tuple[str, str] | None,
              ref: date | None) -> list[tuple[date, Agreement]]:
    out: list[tuple[date, Agreement]] = []
    for c in clusters:
        pool = _assaults_for(c, assaults)
        days = sorted({m.day for m in c.mentions if m.day})
        final = build(c, c.mentions, ref, pool, dyad)
        extra = [h.date for h in final.history if h.date and h.status == "expired"]
        day_of = {a.id: a.date for a in pool}
        extra += [d for d in (day_of.get(i) for i in final.incidents) if d]
        days = sorted(set(days) | set(extra))
        if not days:
            out.append((final.declared or date.min, final))
            continue
        previous: dict | None = None
        for day in days:
            upto = [m for m in c.mentions if m.day is None or m.day <= day]
            snap = build(c, upto, day, [a for a in pool if a.date and a.date <= day], dyad)
            state = snap.to_dict()
            if state != previous:
                out.append((day, snap))
                previous = state
        if ref and days[-1] < ref:
            snap = build(c, c.mentions, ref, pool, dyad)
            if snap.to_dict() != previous:
                out.append((ref, snap))
    return out


def update(store: Store, full: bool = False, since: date | None = None) -> list[Agreement]:
    """Re-track the store's events, save the versioned board, return it.

    The store notes the dates of the events that come and go (``Store.replace_events``),
    so by default only what those can change is re-tracked (``track.incremental``), with
    the same result as a full re-track; ``since`` adds an earliest changed date of one's
    own. ``full`` re-reads and re-links every event (done anyway when nothing was tracked
    yet, the tracker changed, undated events are involved or the conflict dyad moved).
    """
    if not full:
        from detente.track.incremental import retrack

        board = retrack(store, since)
        if board is not None:
            return board
    return _update_full(store)


def _update_full(store: Store) -> list[Agreement]:
    from detente.track.incremental import state_of

    _state, dirty = store.track_state()
    today = date.today()
    events = list(store.all_events())
    clusters, assaults, dyad, ref = _prepare(events, None)
    versions = _versions(clusters, assaults, dyad, ref)
    store.save_agreements(versions, track_state=state_of(dyad, ref, today), dirty_seen=dirty)
    current: dict[str, tuple[date, Agreement]] = {}
    for day, agreement in versions:
        if agreement.id not in current or day >= current[agreement.id][0]:
            current[agreement.id] = (day, agreement)
    return sorted((a for _, a in current.values()), key=lambda a: (a.declared or date.min, a.id))
