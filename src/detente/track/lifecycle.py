"""From a linked set of mentions to an Agreement: positions, terms, status history, claims."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from datetime import date, timedelta

from detente.model import Agreement, Claim, Event, Party, Quantity, StatusChange
from detente.track import terms as t
from detente.track.link import Cluster
from detente.track.mentions import MEDIATOR_CODES, SCOPED, Mention

# days after a term counted in 30-day months that an extension may still come ("hours
# before it was due to expire", two calendar months on)
EXTENSION_GRACE = 5
# (article, sentence, claimant, accused): one charge
ClaimKey = tuple[str, str, str | None, str | None]
# Quantities worth keeping on an agreement (prisoners, people, buses, corridors, days ...).
QUANTITY_UNITS = re.compile(
    r"prisoner|pow|captive|people|person|civilian|resident|evacuee|bus|vehicle|corridor|"
    r"settlement|route|day|hour|servicem|soldier|defender|fighter|commander|child|ship|vessel|"
    r"tonne|ton\b",
    re.I,
)
ACTIVE = ("agreed", "in_force", "violated", "contested")
IMPLEMENTABLE = {"prisoner_exchange", "other", "talks", "humanitarian_corridor",
                 "humanitarian_pause"}


def _set_position(parties: dict[str, Party], code: str, position: str, m: Mention) -> bool:
    party = parties.get(code)
    if party is None:
        party = parties[code] = Party(code=code, position="undecided", since=None, evidence=[])
    if m.event.id not in party.evidence:
        party.evidence.append(m.event.id)
    if position == "undecided" or position == party.position:
        if party.since is None and position == party.position:
            party.since = m.day
        return False
    if m.weak_positions and party.position not in ("undecided", "proposed"):
        return False  # (what was carried out was agreed by those who had proposed it)
    # an acceptance does not undo a firmer agreement
    if position == "accepted" and party.position == "agreed":
        return False
    if position == "proposed" and party.position in ("agreed", "accepted"):
        return False
    party.position = position
    party.since = m.day
    return True


def build(c: Cluster, mentions: Sequence[Mention], ref_day: date | None,
          assaults: Sequence[Event] = (), dyad: tuple[str, str] | None = None) -> Agreement:
    """The agreement as the given mentions (all dated <= ref_day) tell it on ``ref_day``."""
    parties: dict[str, Party] = {}
    history: list[StatusChange] = []
    # one claim per sentence, claimant and accused, in the order told
    claims: dict[ClaimKey, Claim] = {}
    status: str | None = None
    mediators: list[str] = []
    duration: int | None = None
    duration_event: str | None = None
    declared: date | None = None
    effective: date | None = None
    agreed_on: date | None = None  # a verbal deal's days run from the day it was agreed
    written = False
    agreed_seen = False
    ended: date | None = None  # collapse/expiry/implementation ends the incident period

    def change(new: str, m: Mention | None, day: date | None, note: str | None = None) -> None:
        nonlocal status, agreed_on
        if new == "agreed" and agreed_on is None:
            agreed_on = day
        if new == status:
            if m is not None and history and m.event.id not in history[-1].evidence \
                    and history[-1].date == day:
                history[-1].evidence.append(m.event.id)
            return
        status = new
        history.append(StatusChange(date=day, status=new,
                                    evidence=[m.event.id] if m is not None else
                                    ([duration_event] if duration_event else []), note=note))

    prolonged: date | None = None  # the last day an extension told of, before it ran out

    def term_ends() -> tuple[date, date] | None:
        """(start, last day) of a fixed term, an extension told included."""
        start = effective or agreed_on or declared
        if not (duration and start):
            return None
        return start, max(start + timedelta(days=duration), prolonged or start)

    def extend_by(m: Mention) -> None:
        nonlocal prolonged
        term = term_ends()
        if not (m.until and m.act == "in_force" and term and m.day):
            return
        ends = term[1]
        if m.day <= ends + timedelta(days=EXTENSION_GRACE) and m.until > ends:
            prolonged = m.until  # ("extend the truce for two more months", on its last day)

    def expire_before(day: date | None) -> None:
        nonlocal ended
        term = term_ends()
        if not (term and status in ACTIVE):
            return
        start, ends = term
        if day is None or day > ends:
            change("expired", None, ends + timedelta(days=1),
                   note=f"{duration} days from {start.isoformat()} ran out on {ends.isoformat()}")
            ended = ends

    offered_in: set[str] = set()  # the articles that told a proposal of it
    for m in mentions:
        extend_by(m)
        expire_before(m.day)
        for code in m.mediators:
            if code not in mediators:
                mediators.append(code)
        if m.duration and duration is None and m.act not in ("violation", "mention"):
            duration, duration_event = m.duration, m.event.id
        if m.act in ("violation", "contested"):
            if m.claimant or m.accused:
                claimant = m.claimant
                if claimant is None and dyad and m.accused in dyad:
                    # the outlet's own accusation: the other belligerent is making it
                    claimant = dyad[1] if m.accused == dyad[0] else dyad[0]
                said = _same_charge(claims, (m.event.article_id, m.event.sentence, claimant,
                                             m.accused))
                if said in claims:  # the accusation and the act it alleges: one claim
                    claims[said].evidence.append(m.event.id)
                    claims[said].target = claims[said].target or m.hit
                    claims[said].accused = claims[said].accused or m.accused
                else:
                    claims[said] = Claim(date=m.day, claimant=claimant, accused=m.accused,
                                         evidence=[m.event.id], target=m.hit)
            if status in ACTIVE and (m.accused or m.act == "contested"):
                if m.act == "contested" or charged_both_ways(claims.values()) or \
                        t.CONTESTED.search(m.event.sentence):
                    change("contested", m, m.day)
                elif status != "contested":
                    change("violated", m, m.day)
            continue
        proposers = {code for code, p in parties.items() if p.position == "proposed"}
        for code, position in m.positions.items():
            _set_position(parties, code, position, m)
        if m.act in ("agree", "accept", "in_force", "implemented") and m.written:
            written = True
        if m.act == "mention":
            continue
        if m.act in ("collapsed", "expired"):
            if status in ACTIVE:
                change(m.act, m, m.day)
                # (an expiry is told the day after the truce's last, as a duration's is dated)
                ended = m.day - timedelta(days=1) if m.act == "expired" and m.day and \
                    not m.event.date_text else m.day  # ("ended … on Saturday": that day)
            continue
        if declared is None and m.act in ("propose", "agree", "accept", "reject"):
            declared = m.day
        stated = {code: p.position for code, p in parties.items() if p.evidence}
        agreeing = [code for code, pos in stated.items() if pos in ("agreed", "accepted")]
        refusing = [code for code, pos in stated.items() if pos in ("rejected", "withdrawn")]
        if m.act == "reject" and status == "proposed" and (refused := {
                code for code, pos in m.positions.items() if pos == "rejected"}) and \
                refused <= proposers and m.event.article_id not in offered_in:
            # "Russia refuses to provide green corridors", said in Kyiv after Russia offered
            # to help export grain: the offer is disputed, not turned down by the other side
            change("contested", m, m.day)
            continue
        if m.act == "propose":
            offered_in.add(m.event.article_id)
        if m.act in ("reject", "withdraw"):
            if status in (None, "proposed"):
                others = [code for code in agreeing if stated.get(code) != "proposed"]
                if not others or m.act == "reject":
                    change("collapsed", m, m.day,
                           note="proposal rejected" if status == "proposed" else
                           "withdrawn" if m.act == "withdraw" else "refused")
                    ended = m.day
            elif status in ACTIVE:
                still = [code for code in agreeing if code not in refusing]
                change("contested" if still else "collapsed", m, m.day)
                if not still:
                    ended = m.day
            continue
        if m.act == "propose":
            if status is None:
                change("proposed", m, m.day)
            continue
        if m.act in ("agree", "accept") and m.starts and effective is None and (
                m.day is None or m.starts >= m.day):
            effective = m.starts  # "a 72-hour ceasefire … from May 8 to May 10"
        if m.act in ("agree", "accept"):
            unilateral = m.event.event_type in ("CONCEDE", "RETREAT")
            if (len(agreeing) >= 2 or m.reciprocal or unilateral or (
                    m.act == "agree" and agreeing and not refusing and c.kind in ("talks",))) \
                    and status in (None, "proposed", "collapsed"):
                change("agreed", m, m.day)
                agreed_seen = True
            elif status is None:
                change("proposed", m, m.day)
            continue
        if m.act == "in_force":
            if c.kind == "talks":
                continue  # talks are held (implemented), not in force
            if status in (None, "proposed", "agreed", "collapsed", "violated", "contested") and (
                    status not in ("violated", "contested")):
                change("in_force", m, m.day)
                agreed_seen = True
                effective = effective or m.day
            continue
        if m.act == "implemented":
            if c.kind in IMPLEMENTABLE:
                if c.kind == "talks" and m.event.modality == "future":
                    continue
                change("implemented", m, m.day)
                ended = ended or m.day
            elif status not in ("violated", "contested"):
                change("in_force", m, m.day)
            agreed_seen = True
            effective = effective or m.day
            continue
    expire_before(ref_day)

    # the other belligerent, when only one is named, is a party with no stated position
    named = [code for code, p in parties.items() if p.evidence and code not in MEDIATOR_CODES]
    if dyad and c.kind not in ("talks", "other", "peace_agreement") and len(named) == 1 and (
            named[0] in dyad):
        for code in dyad:
            parties.setdefault(code, Party(code=code, position="undecided"))
    if agreed_seen and effective is None and duration:
        effective = agreed_on or declared
    if declared and effective and effective < declared:
        declared = effective  # a round first told as held was agreed by then at the latest
    ends = effective + timedelta(days=duration) if effective and duration else None
    extended = max((m.until for m in mentions if m.until and (not ends or m.until > ends)),
                   default=None)
    ends = extended or ends  # "will be extended until February 18"
    if ends and ended and status == "expired":
        ends = min(ends, ended)  # told as run out before its days were up
    status_final = status or "proposed"
    kind = _kind(c, mentions)
    scope = _scope(c, mentions)
    claimed = list(claims.values())
    agreement = Agreement(
        id=c.id, title=_title(c, kind, scope, duration, parties), kind=kind, scope=scope,
        form=("written" if written else "verbal")
        if agreed_seen or status_final in ACTIVE else None,
        purpose=_purpose(c, scope, mentions),
        declared=declared or _known_by(c.declared, ref_day) or min(
            (d for d in c.founding_days if _known_by(d, ref_day)), default=None),
        effective=effective, duration_days=duration, ends=ends,
        parties=list(parties.values()),
        mediators=[{"code": code} for code in mediators],
        status=status_final, history=history, violation_claims=claimed,
        incidents=_incidents(c, parties, assaults, effective or (declared if agreed_seen else None),
                             ended or ref_day, scope, agreed_seen, claimed),
        quantities=_quantities(mentions),
        events=list(dict.fromkeys(m.event.id for m in mentions)),
    )
    return agreement


# the share of an agreement's sentences that must name a theme or place for its scope
SCOPE_SHARE = 0.05


def _scope(c: Cluster, mentions: Sequence[Mention]) -> list[str]:
    """The themes and places the agreement's mentions name, the most often named first
    ("Minsk Agreements" before a place one sentence brought up)."""
    counts: dict[str, int] = {}
    said: set[tuple[str, str]] = set()
    told: set[str] = set()
    for m in mentions:
        if m.act in ("violation", "contested", "mention", "expired", "collapsed"):
            continue  # (where the war went on after a truce ran out is not its scope)
        told.add(m.event.sentence)
        for term in dict.fromkeys(m.themes + m.places):
            if (term, m.event.sentence) not in said:  # (a sentence's events count once)
                said.add((term, m.event.sentence))
                counts[term] = counts.get(term, 0) + 1
    # an agreement told many times is not about what one or two of its sentences bring up
    # ("South Ossetia", "Nord Stream" beside the Minsk agreements)
    least = max(1, round(SCOPE_SHARE * len(told)))
    found = sorted((term for term in counts if counts[term] >= least),
                   key=lambda term: -counts[term])  # stable: first seen breaks ties
    if c.kind == "talks":  # a round's places are the venue; corridor towns are other news
        found = [s for s in found if s not in (c.venues or ()) and s in t.PARTIAL_THEMES | {
            "grain", "prisoners of war"}]
    return found[:12]


def _kind(c: Cluster, mentions: Sequence[Mention]) -> str:
    """A corridor or a pause: what most sentences that agree or declare it call it. The
    evacuations carried out under it tell how it was used, not what was agreed, so they
    only decide when nothing declared it."""
    if c.family != "humanitarian":
        return c.kind
    declaring = [m for m in mentions if m.act in ("propose", "agree", "accept", "in_force")]
    voters = declaring or [m for m in mentions if m.act == "implemented"]
    votes: dict[str, dict[str, float]] = {"humanitarian_corridor": {}, "humanitarian_pause": {}}
    for m in voters:
        for i, k in enumerate(m.kinds):  # the sentence's first reading counts 1, others 0.5
            if k in votes:
                votes[k][m.event.sentence] = max(votes[k].get(m.event.sentence, 0),
                                                 1.0 if i == 0 else 0.5)
    corridor = sum(votes["humanitarian_corridor"].values())
    pause = sum(votes["humanitarian_pause"].values())
    if corridor == pause:
        return c.kind
    return "humanitarian_pause" if pause > corridor else "humanitarian_corridor"


def _known_by(day: date | None, ref_day: date | None) -> date | None:
    """The day, if it had come by ``ref_day`` (a snapshot names no later declaration)."""
    return day if day is None or ref_day is None or day <= ref_day else None


def _title(c: Cluster, kind: str, scope: list[str], duration: int | None,
           parties: dict[str, Party]) -> str:
    label = t.KIND_LABEL[kind]
    if kind == "talks":
        bits = []
        if c.round:
            bits.append(f"round {c.round} of")
        bits.append("talks")
        if c.venues:
            bits.append("in " + sorted(c.venues)[0])
        label = " ".join(bits)
    if kind == "partial_ceasefire" and "grain" in scope and any(
            t.GRAIN_DEAL.search(m.event.sentence) for m in c.mentions):
        label = "grain deal"  # safe passage for the grain ships: the Black Sea grain deal
        scope = [s for s in scope if s != "grain"]
    if kind == "peace_agreement" and t.guarantees_only([m.event.sentence for m in c.mentions]):
        label = t.GUARANTEES_LABEL  # "the security guarantees proposed by the Russian
        # Federation": no peace deal is named
    if duration:
        label = f"{duration}-day {label}"
    label = label[0].upper() + label[1:]
    named = [code for code, p in parties.items() if p.evidence][:4]
    where = f" ({', '.join(scope[:3])})" if scope else ""
    who = f" {'–'.join(named)}" if named else ""
    return f"{label}{where}{who}"


def _purpose(c: Cluster, scope: list[str], mentions: Sequence[Mention]) -> str:
    if set(scope) & t.HOLIDAYS:
        return "holiday"
    if c.kind in ("humanitarian_corridor", "humanitarian_pause", "prisoner_exchange"):
        return "humanitarian"
    text = " ".join(m.event.sentence for m in mentions[:5])
    if c.kind in ("talks", "peace_agreement") or t.PEACE_PURPOSE.search(text):
        return "peace_process"
    if t.HUMANITARIAN.search(text):
        return "humanitarian"
    return "other" if c.kind != "ceasefire" else "peace_process"


def _quantities(mentions: Sequence[Mention]) -> list[Quantity]:
    found: dict[str, Quantity] = {}
    for m in mentions:
        if m.act in ("violation", "contested"):
            continue
        for q in m.event.quantities:
            if (QUANTITY_UNITS.search(q.unit or "") or QUANTITY_UNITS.search(q.text or "")) \
                    and not _of_the_talks(q, m.event.sentence):
                found.setdefault(q.text or f"{q.value} {q.unit}", q)
    return list(found.values())


def _of_the_talks(q: Quantity, sentence: str) -> bool:
    """"after more than 16 hours of talks", "after four days of missile strikes": how long the
    talks or the fighting took, no figure of the deal."""
    at = sentence.find(q.text) if q.text else -1
    return at >= 0 and bool(t.OF_TALKS.match(sentence, at + len(q.text)))


def charged_both_ways(claims: Iterable[Claim], among: Collection[str] | None = None) -> bool:
    """Whether two sides (of ``among``, when given) each accuse the other."""
    pairs = {(c.claimant, c.accused) for c in claims}
    return any((b, a) in pairs for a, b in pairs
               if a and b and (among is None or {a, b} <= set(among)))


def _same_charge(claims: dict[ClaimKey, Claim], said: ClaimKey) -> ClaimKey:
    """The key of the claim a sentence already made when this one names no accused, or names
    the one that claim lacked ("accused Ukraine of blowing up the station, calling it a
    violation": one charge)."""
    if said in claims:
        return said
    for key, claim in claims.items():
        if key[:3] == said[:3] and (said[3] is None or claim.accused is None):
            return key
    return said


def _incidents(c: Cluster, parties: dict[str, Party], assaults: Sequence[Event],
               start: date | None, end: date | None, scope: list[str], agreed: bool,
               claims: list[Claim]) -> list[str]:
    """ASSAULT events between the parties, inside the agreement's scope and period."""
    if not agreed or start is None or c.kind in ("talks", "peace_agreement", "other",
                                                  "prisoner_exchange"):
        return []
    codes = set(parties)
    claimed = {e for cl in claims for e in cl.evidence}
    places = [s for s in scope if s not in t.HOLIDAYS]
    found = []
    for ev in assaults:  # in date order
        if end and ev.date and ev.date > end:
            break
        if ev.date is None or ev.date < start or ev.id in claimed:
            continue
        src = set(ev.source_codes)
        if not src & codes or (ev.target_codes and not set(ev.target_codes) & codes):
            continue
        if c.kind in SCOPED and places:
            text = f"{ev.sentence} {ev.location or ''}"
            if not any(_mentions_term(text, s) for s in places):
                continue
        found.append(ev.id)
    return found


def _mentions_term(text: str, term: str) -> bool:
    for _name, pattern in t.THEMES:
        if _name == term:
            return bool(pattern.search(text))
    return term in text
