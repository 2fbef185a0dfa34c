"""GROUP BY queries behind the overview charts and /api/actors.

A chart over 100,000 events must be one aggregate in SQL, not a loop over
``Store.events``; these run on a connection the Store opens and return plain tuples.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, func, select

from detente.store import schema as s


def _period(col: Any, since: date | None, until: date | None) -> list[Any]:
    conds = []
    if since:
        conds.append(col >= since)
    if until:
        conds.append(col <= until)
    return conds


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def type_counts_by_day(conn: Connection, since: date | None, until: date | None
                       ) -> list[tuple[date, str, int]]:
    """(day, event type, active events); answered from ix_events_timeline alone."""
    ev = s.events.c
    query = (
        select(ev.date, ev.event_type, func.count())
        .where(ev.active.is_(True), ev.date.is_not(None), *_period(ev.date, since, until))
        .group_by(ev.date, ev.event_type)
    )
    return [(d, str(t), int(n)) for d0, t, n in conn.execute(query)
            if (d := _day(d0)) is not None]


def dyad_scores(conn: Connection, since: date | None, until: date | None
                ) -> list[tuple[date, str, str, int, float]]:
    """(day, source code, target code, scored events, sum of scores): the PLOVER score,
    else Goldstein, of active events between two different actors."""
    ev = s.events.c
    src = s.event_actors.alias("src")
    tgt = s.event_actors.alias("tgt")
    score = func.coalesce(ev.plover_score, ev.goldstein)
    query = (
        select(ev.date, src.c.code, tgt.c.code, func.count(), func.sum(score))
        .select_from(
            s.events.join(src, and_(src.c.event_id == ev.id, src.c.role == "source"))
            .join(tgt, and_(tgt.c.event_id == ev.id, tgt.c.role == "target"))
        )
        .where(ev.active.is_(True), ev.date.is_not(None), score.is_not(None),
               src.c.code != tgt.c.code, *_period(ev.date, since, until))
        .group_by(ev.date, src.c.code, tgt.c.code)
    )
    out = []
    for d0, a, b, n, total in conn.execute(query):
        d = _day(d0)
        if d is not None:
            out.append((d, str(a), str(b), int(n), float(total or 0.0)))
    return out


def actor_role_counts(conn: Connection) -> list[tuple[str, str, int]]:
    """(actor code, role, active events) for every code on an active event."""
    ev = s.events.c
    ea = s.event_actors.c
    query = (
        select(ea.code, ea.role, func.count())
        .select_from(s.event_actors.join(s.events, ev.id == ea.event_id))
        .where(ev.active.is_(True))
        .group_by(ea.code, ea.role)
    )
    return [(str(code), str(role), int(n)) for code, role, n in conn.execute(query)]


def articles_in_period(conn: Connection, since: date | None, until: date | None) -> int:
    art = s.articles.c
    query = select(func.count()).select_from(s.articles).where(
        *_period(art.published, since, until))
    return int(conn.scalar(query) or 0)


def events_in_period(conn: Connection, since: date | None, until: date | None) -> int:
    ev = s.events.c
    query = select(func.count()).where(ev.active.is_(True), *_period(ev.date, since, until))
    return int(conn.scalar(query) or 0)
