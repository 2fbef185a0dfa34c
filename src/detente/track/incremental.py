"""Re-tracking only what the events that came or went can change.

``update(store)`` (see the package) calls ``retrack(store)`` first; it returns None when only
a full re-track will do. The result is the board a full re-track would save, for these
reasons:

- Linking is greedy in date order, so with the events that came or went all dated on or
  after day ``D`` (mention days can be one earlier: "yesterday"), every mention before
  ``B = D - 1`` is read and linked as before, as long as the conflict dyad is the same and
  the articles of those mentions are unchanged (an article's events go and come together;
  the events the tracker keeps move only when the latest day or today moves, and then
  ``D`` goes back to the earliest event of any article that has an event in between).
- A mention on or after ``B`` can only join an agreement whose last active news is at most
  60 days before it (the widest window), one it names by date ("the March 18 agreement")
  or a named peace agreement. Those *candidates* are re-linked, with every mention they
  had before ``B`` and every mention from ``B`` on; any other agreement that shares an
  event with them comes along, so that replaying only these mentions gives the candidates
  the state they had at ``B`` (a mention of these events that founded nothing and joined
  nothing before still cannot). Agreements that stay apart keep their mentions.
- Versions: an agreement whose mentions changed gets all its versions anew; one whose
  mentions did not but which the new latest day or new ASSAULT events can change (a fixed
  duration that may run out, or incidents counted up to the latest day) gets its versions
  from ``B`` on; every other agreement is left as stored.

A full re-track is needed (None) when nothing was tracked yet, the tracker's code changed,
undated events are involved (an undated mention has no window), or the dyad changed.
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_left
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.model import Actor, Agreement, Event
from detente.track import lifecycle
from detente.track import mentions as _mentions
from detente.track.link import STRONG_WINDOW, Cluster, link

if TYPE_CHECKING:
    from detente.store import Store

# A mention on or after B joins no agreement whose active news ended more than this
# before B (the widest linking window, plus a day for "yesterday").
REACH = STRONG_WINDOW + 1
NO_INCIDENTS = ("talks", "peace_agreement", "other", "prisoner_exchange")


@lru_cache(maxsize=1)
def tracker_version() -> str:
    """Changes whenever the tracker's code or data change (the board must then be rebuilt)."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    for path in sorted(here.rglob("*")) + [here.parent / "model.py"]:
        if path.is_file() and path.suffix in (".py", ".tsv", ".csv", ".txt", ".json"):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def state_of(dyad: tuple[str, str] | None, ref: date | None, today: date) -> dict[str, Any]:
    return {"tracker": tracker_version(), "dyad": list(dyad) if dyad else None,
            "ref": ref.isoformat() if ref else None, "today": today.isoformat()}


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def retrack(store: Store, since: date | None = None) -> list[Agreement] | None:
    """Re-track what changed since the last re-track; None when a full one is needed."""
    from detente.track import HOSTILE, _order, _versions, latest_day_of, read_mentions

    today = date.today()
    state, dirty_raw = store.track_state()
    if not state or state.get("tracker") != tracker_version() or "today" not in state:
        return None
    dirty = json.loads(dirty_raw) if dirty_raw else {
        "since": None, "undated": False, "agreements": []}
    if dirty["undated"] or store.count_undated_events():
        return None
    counts = store.event_days()
    ref = latest_day_of(counts)
    old_ref, old_today = _day(state["ref"]), _day(state["today"])
    touched = [d for d in (_day(dirty["since"]), since) if d]
    # the events the tracker keeps (dated <= latest day, or after today) move with both days
    for a, b in ((old_ref, ref), (old_today, today)):
        if a == b:
            continue
        if a is None or b is None:
            return None
        lo, hi = min(a, b), max(a, b)
        touched.append(lo)
        moved = store.article_ids_dated(lo + timedelta(days=1), hi)
        earliest = store.earliest_event_of(moved)
        if earliest:
            touched.append(earliest)
    if not touched:
        state_now = state_of(_dyad_tuple(state["dyad"]), ref, today)
        store.replace_agreements([], (), {}, track_state=state_now, dirty_seen=dirty_raw)
        return _board(store)

    def kept(ev: Event) -> bool:
        return ev.date is not None and (ref is None or ev.date <= ref or ev.date > today)

    dyad = _dyad(store.hostile_actors(sorted(HOSTILE), ref, today))
    if dyad != _dyad_tuple(state["dyad"]):
        return None
    start = min(touched) - timedelta(days=1)  # B: mentions from here on are re-linked
    if ref is None or start > ref:
        return None  # only strays changed: rare, and a full re-track settles them

    # the events from B on, with their whole articles
    articles = store.article_ids_dated(start)
    loaded = {e.id: e for e in store.events_of_articles(articles) if kept(e)}
    found, _, _ = read_mentions(loaded.values(), dyad)
    refs = {d for m in found if m.day and m.day >= start for d in m.date_refs}

    # the candidates: the agreements they can join, and all that share events with those
    board = {a.id: a for a in store.agreements()}
    cand = store.agreements_linked(
        since=start - timedelta(days=REACH), event_ids=(),
        days={d + timedelta(days=i) for d in refs for i in (0, 1)})
    cand |= set(dirty["agreements"]) & set(board)
    cand |= {a.id for a in board.values() if a.kind == "peace_agreement"}
    cand |= {a.id for a in board.values() if _moves_with_time(a, start, old_ref != ref)}
    cand &= set(board)
    while True:
        events = {e for i in cand for e in board[i].events}
        more = store.agreements_linked(event_ids=events) & set(board)
        if more <= cand:
            break
        cand |= more
    old_events = {e for i in cand for e in board[i].events}
    articles |= store.article_ids_of_events(old_events)
    loaded = {e.id: e for e in store.events_of_articles(articles) if kept(e)}
    found, assaults, _ = read_mentions(loaded.values(), dyad)
    chosen = [m for m in found if (m.day and m.day >= start) or m.event.id in old_events]
    clusters = link(chosen, dyad)

    # the candidates founded before B must come back as they were
    for c in clusters:
        if c.founder.day and c.founder.day < start:
            old = board.get(c.id)
            if c.id not in cand or old is None or not {
                    m.event.id for m in c.mentions if m.day and m.day < start} <= set(old.events):
                return None

    # versions: anew for what changed, from B on for what only time moves
    anew = [c for c in clusters if not _same(c, board.get(c.id), start)]
    later = [c for c in clusters if _same(c, board.get(c.id), start)]
    firsts = [c.first for c in anew if c.first and c.kind not in NO_INCIDENTS]
    pool = _pool(store, min([start, *firsts]), loaded, assaults, dyad, kept)
    versions = _versions(anew, pool, dyad, ref)
    # what only time moves keeps its incidents before B (same mentions, same test)
    recent = [a for a in pool if a.date and a.date >= start]
    before = store.events_by_ids(i for c in later for i in board[c.id].incidents)
    for c in later:
        known = [e for i in board[c.id].incidents
                 if (e := before.get(i)) is not None and e.date and e.date < start]
        versions += _versions_from(c, sorted(known + recent, key=_order), dyad, ref, start)
    rewrite = {c.id for c in anew} | (cand - {c.id for c in clusters})
    store.replace_agreements(
        versions, rewrite, {c.id: start for c in later},
        track_state=state_of(dyad, ref, today), dirty_seen=dirty_raw)
    return _board(store)


def _board(store: Store) -> list[Agreement]:
    return sorted(store.agreements(), key=lambda a: (a.declared or date.min, a.id))


def _dyad_tuple(value: list[str] | None) -> tuple[str, str] | None:
    return (value[0], value[1]) if value else None


def _dyad(rows: Iterable[tuple[str, str, str, str, str | None]]) -> tuple[str, str] | None:
    """``conflict_dyad`` from the store's (event, type, role, code, sector) rows."""
    from detente.track import dyad_of

    return dyad_of((i, t, r, Actor(text="", code=c, sector=sec)) for i, t, r, c, sec in rows)


def _ended(a: Agreement) -> date | None:
    """The day the stored agreement's incident period ended (as ``lifecycle.build`` sets it)."""
    ended: date | None = None
    for h in a.history:
        if h.status == "collapsed":
            ended = h.date
        elif h.status == "expired" and h.date:
            ended = h.date - timedelta(days=1)
        elif h.status == "implemented":
            ended = ended or h.date
    return ended


def _moves_with_time(a: Agreement, start: date, ref_moved: bool) -> bool:
    """Whether the stored agreement can change with no new mention: its fixed duration may
    run out (or no longer) when the latest day moves, or it counts ASSAULT incidents up to
    the latest day."""
    if a.duration_days and ref_moved:
        return True
    if a.kind in NO_INCIDENTS or a.form is None:
        return False
    ended = _ended(a)
    return ended is None or ended >= start - timedelta(days=1)


def _same(c: Cluster, old: Agreement | None, start: date) -> bool:
    """The agreement has the mentions it had (all before B)."""
    if old is None or any(m.day is None or m.day >= start for m in c.mentions):
        return False
    return list(dict.fromkeys(m.event.id for m in c.mentions)) == old.events


def _pool(store: Store, first: date, loaded: dict[str, Event], assaults: list[Event],
          dyad: tuple[str, str] | None, kept: Any) -> list[Event]:
    """The ASSAULT events that are not mentions, from ``first`` on, in tracker order."""
    from detente.store import EventFilter
    from detente.track import _order, read_mentions

    pool = {e.id: e for e in assaults if e.date and e.date >= first}
    unsure: set[str] = set()
    for stored in store.all_events(EventFilter(event_type="ASSAULT", since=first)):
        ev = stored.as_parties()
        if ev.id in loaded or not kept(ev):
            continue
        if _mentions.may_mention(ev):
            unsure.add(ev.article_id)
        else:
            pool[ev.id] = ev
    if unsure:
        more = [e for e in store.events_of_articles(unsure) if kept(e)]
        _, extra, _ = read_mentions(more, dyad)
        pool.update({e.id: e for e in extra if e.date and e.date >= first})
    return sorted(pool.values(), key=_order)


def _versions_from(c: Cluster, assaults: list[Event], dyad: tuple[str, str] | None,
                   ref: date, start: date) -> list[tuple[date, Agreement]]:
    """``_versions`` of an agreement whose mentions all lie before ``start``, only the
    versions dated on or after ``start`` (the state before them is the one of the last day
    before it that ``_versions`` looks at).

    ``assaults`` need only hold its incidents before ``start`` and every candidate from
    ``start`` on. Every snapshot from the last mention on has the same parties, scope,
    claims and start as the final one and ends no later, so its incidents are those of
    the final one up to its day: the snapshots are built from those alone."""
    from detente.track import _assaults_for

    pool = _assaults_for(c, assaults)
    final = lifecycle.build(c, c.mentions, ref, pool, dyad)
    extra = [h.date for h in final.history if h.date and h.status == "expired"]
    day_of = {a.id: a.date for a in pool}
    extra += [d for d in (day_of.get(i) for i in final.incidents) if d]
    days = sorted({m.day for m in c.mentions if m.day} | set(extra))
    if not days:
        return [(final.declared or date.min, final)] if (final.declared or date.min) >= start \
            else []
    incidents = set(final.incidents)
    pool = [a for a in pool if a.id in incidents]
    dates = [a.date or date.min for a in pool]

    def snapshot(day: date) -> Agreement:
        upto = [m for m in c.mentions if m.day is None or m.day <= day]
        return lifecycle.build(c, upto, day, pool[:bisect_left(dates, day + timedelta(days=1))],
                               dyad)

    out: list[tuple[date, Agreement]] = []
    i = bisect_left(days, start)
    previous: dict | None = snapshot(days[i - 1]).to_dict() if i else None
    for day in days[i:]:
        snap = snapshot(day)
        state = snap.to_dict()
        if state != previous:
            out.append((day, snap))
            previous = state
    if days[-1] < ref and ref >= start:
        snap = lifecycle.build(c, c.mentions, ref, pool, dyad)
        if snap.to_dict() != previous:
            out.append((ref, snap))
    return out
