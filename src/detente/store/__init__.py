"""The store: articles, events and versioned agreements on SQLite or PostgreSQL.

    store = Store("sqlite:///detente.db")
    store.add_article(article)              # False when the content is already stored
    store.replace_events(article.id, events, coder="detente.rules.v1", n_sentences=42)
    page = store.events(EventFilter(actor="RUS", since=date(2022, 3, 1)), limit=50)
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    create_engine,
    delete,
    event,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from detente.config import db_url
from detente.errors import NotFound, StoreError
from detente.model import REBELS, Agreement, Article, Event, base_code
from detente.store import aggregates
from detente.store import schema as s
from detente.store.migrations import SCHEMA_VERSION, migrate

__all__ = ["EventFilter", "Page", "Store", "SCHEMA_VERSION"]


@dataclass
class EventFilter:
    since: date | None = None
    until: date | None = None
    actor: str | None = None  # a code, as source or target
    source: str | None = None
    target: str | None = None
    event_type: Sequence[str] | str | None = None
    agreement_id: str | None = None
    claimant: str | None = None
    article_id: str | None = None
    q: str | None = None  # text search in the sentence
    ids: Sequence[str] | None = None
    min_confidence: float | None = None  # 0-1: leaves out the coder's less sure events


@dataclass
class Page:
    items: list[Event]
    next_cursor: str | None = None
    total: int | None = None


@dataclass
class Counts:
    articles: int = 0
    coded_articles: int = 0
    sentences: int = 0
    events: int = 0
    agreements: int = 0
    extra: dict[str, int] = field(default_factory=dict)


def _encode_cursor(day: date | None, event_id: str) -> str:
    raw = f"{day.isoformat() if day else ''}|{event_id}"
    return base64.urlsafe_b64encode(raw.encode()).decode()


def _decode_cursor(cursor: str) -> tuple[date | None, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor.encode()).decode()
        day, event_id = raw.split("|", 1)
        return (date.fromisoformat(day) if day else None), event_id
    except (ValueError, UnicodeDecodeError) as exc:
        raise StoreError(f"invalid cursor {cursor!r}") from exc


def _make_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

    return engine


class Store:
    """All reads and writes of detente go through here."""

    def __init__(self, url: str | None = None) -> None:
        self.url = db_url(url)
        try:
            self.engine = _make_engine(self.url)
            migrate(self.engine)
        except (SQLAlchemyError, ModuleNotFoundError, RuntimeError) as exc:
            reason = str(exc).splitlines()[0]
            raise StoreError(f"cannot open database {self.url}: {reason}") from exc

    def close(self) -> None:
        self.engine.dispose()

    # -- articles ---------------------------------------------------------------

    def add_article(self, article: Article) -> bool:
        """Store an article; False when the same content is already stored."""
        return self.add_articles([article]) == 1

    def add_articles(self, batch: Iterable[Article]) -> int:
        rows = [_article_row(a) for a in batch]
        if not rows:
            return 0
        with self.engine.begin() as conn:
            ids = [r["id"] for r in rows]
            known = set(conn.scalars(select(s.articles.c.id).where(s.articles.c.id.in_(ids))))
            fresh, seen = [], set(known)
            for row in rows:
                if row["id"] not in seen:
                    seen.add(row["id"])
                    fresh.append(row)
            if fresh:
                conn.execute(s.articles.insert(), fresh)
        return len(fresh)

    def get_article(self, article_id: str) -> Article:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.articles).where(s.articles.c.id == article_id)).first()
        if row is None:
            raise NotFound(f"no article {article_id}")
        return _article_from_row(row._mapping)

    def articles(
        self, ids: Sequence[str] | None = None, uncoded_by: str | None = None,
        since: date | None = None, until: date | None = None, limit: int | None = None,
        offset: int = 0,
    ) -> list[Article]:
        query = select(s.articles).order_by(s.articles.c.published, s.articles.c.id)
        if ids is not None:
            query = query.where(s.articles.c.id.in_(list(ids)))
        if uncoded_by is not None:
            query = query.where(
                or_(s.articles.c.coded_by.is_(None), s.articles.c.coded_by != uncoded_by)
            )
        if since:
            query = query.where(s.articles.c.published >= since)
        if until:
            query = query.where(s.articles.c.published <= until)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [_article_from_row(r._mapping) for r in conn.execute(query)]

    def iter_articles(self, uncoded_by: str | None = None, batch: int = 200) -> Iterator[Article]:
        """Stream articles in id order without holding the corpus in memory."""
        last = ""
        while True:
            query = (
                select(s.articles).where(s.articles.c.id > last)
                .order_by(s.articles.c.id).limit(batch)
            )
            if uncoded_by is not None:
                query = query.where(
                    or_(s.articles.c.coded_by.is_(None), s.articles.c.coded_by != uncoded_by)
                )
            with self.engine.connect() as conn:
                rows = [_article_from_row(r._mapping) for r in conn.execute(query)]
            if not rows:
                return
            yield from rows
            last = rows[-1].id

    def count_articles(self, uncoded_by: str | None = None) -> int:
        query = select(func.count()).select_from(s.articles)
        if uncoded_by is not None:
            query = query.where(
                or_(s.articles.c.coded_by.is_(None), s.articles.c.coded_by != uncoded_by)
            )
        with self.engine.connect() as conn:
            return int(conn.scalar(query) or 0)

    # -- events -----------------------------------------------------------------

    def replace_events(
        self, article_id: str, events: Sequence[Event], coder: str, n_sentences: int | None = None
    ) -> None:
        """Make ``events`` the article's active events for ``coder``, in one transaction.

        Events of other coders stay in the table, inactive, so a re-coding can be compared
        with the one before it and rolled back.
        """
        with self.engine.begin() as conn:
            _mark_dirty(conn, article_id, events)
            same = select(s.events.c.id).where(
                s.events.c.article_id == article_id, s.events.c.coder == coder
            )
            conn.execute(delete(s.event_actors).where(s.event_actors.c.event_id.in_(same)))
            conn.execute(delete(s.agreement_events).where(s.agreement_events.c.event_id.in_(same)))
            conn.execute(
                delete(s.events).where(
                    s.events.c.article_id == article_id, s.events.c.coder == coder
                )
            )
            conn.execute(
                update(s.events).where(s.events.c.article_id == article_id).values(active=False)
            )
            unique = {e.id: e for e in events}
            if unique:
                conn.execute(s.events.insert(), [_event_row(e, coder) for e in unique.values()])
                actor_rows = [r for e in unique.values() for r in _actor_rows(e)]
                if actor_rows:
                    conn.execute(s.event_actors.insert(), actor_rows)
            conn.execute(
                update(s.articles).where(s.articles.c.id == article_id)
                .values(coded_by=coder, n_sentences=n_sentences)
            )

    def events(
        self, flt: EventFilter | None = None, limit: int | None = 100, cursor: str | None = None,
        with_total: bool = False,
    ) -> Page:
        """Active events, oldest first (undated ones last), ``limit`` at a time; pass
        ``next_cursor`` back for the next page."""
        flt = flt or EventFilter()
        conditions = self._event_conditions(flt)
        wanted = None if limit is None else limit + 1
        with self.engine.connect() as conn:
            if _walk_date_index(flt):
                rows = _rows_by_index(conn, conditions, cursor, wanted)
            else:
                rows = _rows_by_sort(conn, conditions, cursor, wanted)
            total = None
            if with_total:
                total = int(conn.scalar(select(func.count()).where(*conditions)) or 0)
        more = limit is not None and len(rows) > limit
        rows = rows[:limit] if limit is not None else rows
        items = [Event.from_dict(json.loads(r.data)) for r in rows]
        next_cursor = (
            _encode_cursor(_as_date(rows[-1].date), rows[-1].id) if more and rows else None
        )
        return Page(items=items, next_cursor=next_cursor, total=total)

    def all_events(self, flt: EventFilter | None = None, batch: int = 2000) -> Iterator[Event]:
        cursor = None
        while True:
            page = self.events(flt, limit=batch, cursor=cursor)
            yield from page.items
            if not page.next_cursor:
                return
            cursor = page.next_cursor

    def get_event(self, event_id: str) -> Event:
        page = self.events(EventFilter(ids=[event_id]), limit=1)
        if not page.items:
            raise NotFound(f"no event {event_id}")
        return page.items[0]

    def events_by_ids(self, ids: Iterable[str]) -> dict[str, Event]:
        wanted = list(dict.fromkeys(ids))
        found: dict[str, Event] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            page = self.events(EventFilter(ids=chunk), limit=None)
            found.update({e.id: e for e in page.items})
        return found

    def _event_conditions(self, flt: EventFilter) -> list[Any]:
        ev = s.events.c
        walk = _walk_date_index(flt)
        active, day = (ev.active, ev.date) if walk else (_opaque(ev.active), _opaque(ev.date))
        conds: list[Any] = [active.is_(True)]
        if flt.since:
            conds.append(day >= flt.since)
        if flt.until:
            conds.append(day <= flt.until)
        if flt.event_type:
            types = [flt.event_type] if isinstance(flt.event_type, str) else list(flt.event_type)
            conds.append(ev.event_type.in_([t.upper() for t in types]))
        if flt.article_id:
            conds.append(ev.article_id == flt.article_id)
        if flt.claimant:
            conds.append(ev.claimant_code == flt.claimant.upper())
        if flt.q:
            conds.append(ev.sentence.ilike(f"%{flt.q}%"))
        if flt.ids is not None:
            conds.append(ev.id.in_(list(flt.ids)))
        if flt.min_confidence is not None:
            conds.append(ev.confidence >= flt.min_confidence)
        for role, code in (("any", flt.actor), ("source", flt.source), ("target", flt.target)):
            if code:
                conds.append(_has_actor(code.upper(), role))
        if flt.agreement_id:
            ae = s.agreement_events.c
            conds.append(
                exists().where(ae.event_id == ev.id, ae.agreement_id == flt.agreement_id)
            )
        return conds

    def counts(self) -> Counts:
        with self.engine.connect() as conn:
            art = s.articles.c
            return Counts(
                articles=int(conn.scalar(select(func.count()).select_from(s.articles)) or 0),
                coded_articles=int(
                    conn.scalar(select(func.count()).where(art.coded_by.is_not(None))) or 0
                ),
                sentences=int(
                    conn.scalar(select(func.coalesce(func.sum(art.n_sentences), 0))) or 0
                ),
                events=int(
                    conn.scalar(select(func.count()).where(s.events.c.active.is_(True))) or 0
                ),
                agreements=int(conn.scalar(select(func.count()).select_from(s.agreements)) or 0),
            )

    def date_range(self) -> tuple[date | None, date | None]:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(func.min(s.articles.c.published), func.max(s.articles.c.published))
            ).first()
        if row is None:
            return None, None
        return _as_date(row[0]), _as_date(row[1])

    # -- aggregates (charts, actor lists) -------------------------------------------

    def type_counts_by_day(self, since: date | None = None, until: date | None = None
                           ) -> list[tuple[date, str, int]]:
        """(day, event type, number of active events) for dated events in the period."""
        with self.engine.connect() as conn:
            return aggregates.type_counts_by_day(conn, since, until)

    def dyad_scores(self, since: date | None = None, until: date | None = None
                    ) -> list[tuple[date, str, str, int, float]]:
        """(day, source, target, scored events, sum of scores) per directed dyad and day."""
        with self.engine.connect() as conn:
            return aggregates.dyad_scores(conn, since, until)

    def actor_role_counts(self) -> list[tuple[str, str, int]]:
        """(code, role, active events) with role source, target or claimant."""
        with self.engine.connect() as conn:
            return aggregates.actor_role_counts(conn)

    def count_in_period(self, since: date | None = None, until: date | None = None
                        ) -> tuple[int, int]:
        """(articles published, active events dated) between since and until."""
        with self.engine.connect() as conn:
            return (aggregates.articles_in_period(conn, since, until),
                    aggregates.events_in_period(conn, since, until))

    # -- agreements -------------------------------------------------------------

    def save_agreements(
        self, versions: Sequence[tuple[date | None, Agreement]],
        track_state: dict[str, Any] | None = None, dirty_seen: str | None = None,
    ) -> int:
        """Replace the agreement board with the tracker's output.

        ``versions`` holds, per agreement, one snapshot per date its state changed
        (the last one is current). Returns the number of agreements stored.
        ``track_state`` (what the tracker saw) is kept for the next incremental re-track,
        and the mark of changed events ``dirty_seen`` (as ``track_state()`` read it) is
        cleared unless events changed again meanwhile.
        """
        latest: dict[str, tuple[date | None, Agreement]] = {}
        for valid_from, agreement in versions:
            known = latest.get(agreement.id)
            if known is None or (valid_from or date.min) >= (known[0] or date.min):
                latest[agreement.id] = (valid_from, agreement)
        with self.engine.begin() as conn:
            conn.execute(delete(s.agreement_events))
            conn.execute(delete(s.agreement_versions))
            conn.execute(delete(s.agreements))
            if latest:
                conn.execute(s.agreements.insert(), [
                    _agreement_row(a, valid_from) for valid_from, a in latest.values()
                ])
                conn.execute(s.agreement_versions.insert(), _version_rows(versions))
                links = {(a.id, e) for _, a in latest.values() for e in _linked_ids(a)}
                if links:
                    conn.execute(s.agreement_events.insert(), [
                        {"agreement_id": a, "event_id": e} for a, e in sorted(links)
                    ])
            _finish_tracking(conn, track_state, dirty_seen)
        return len(latest)

    def replace_agreements(
        self, versions: Sequence[tuple[date | None, Agreement]], rewrite: Iterable[str],
        since: dict[str, date], track_state: dict[str, Any] | None = None,
        dirty_seen: str | None = None,
    ) -> None:
        """Replace part of the board (what an incremental re-track recomputed).

        Every stored version of the agreements in ``rewrite`` goes and ``versions`` holds
        their new ones; for an agreement in ``since`` only the versions dated on or after
        its day go (the ones before it stand). The current row and the event links of each
        agreement named are then rebuilt from its newest version; the rest of the board is
        left as it is. ``track_state`` and ``dirty_seen``: as for ``save_agreements``.
        """
        rewrite = set(rewrite)
        v = s.agreement_versions.c
        with self.engine.begin() as conn:
            for ids in _chunks(sorted(rewrite)):
                conn.execute(delete(s.agreement_versions).where(v.agreement_id.in_(ids)))
            for agreement_id, day in since.items():
                conn.execute(delete(s.agreement_versions).where(
                    v.agreement_id == agreement_id, v.valid_from >= day))
            rows = _version_rows(versions)
            if rows:
                conn.execute(s.agreement_versions.insert(), rows)
            touched = sorted(rewrite | set(since))
            for ids in _chunks(touched):
                conn.execute(delete(s.agreements).where(s.agreements.c.id.in_(ids)))
                conn.execute(delete(s.agreement_events).where(
                    s.agreement_events.c.agreement_id.in_(ids)))
                newest = (
                    select(v.agreement_id, func.max(v.valid_from).label("valid_from"))
                    .where(v.agreement_id.in_(ids)).group_by(v.agreement_id).subquery()
                )
                current = conn.execute(select(v.valid_from, v.data).join(newest, and_(
                    v.agreement_id == newest.c.agreement_id, v.valid_from == newest.c.valid_from
                ))).all()
                board = [(_as_date(day), Agreement.from_dict(json.loads(data)))
                         for day, data in current]
                if board:
                    conn.execute(s.agreements.insert(), [
                        _agreement_row(a, day) for day, a in board])
                    links = {(a.id, e) for _, a in board for e in _linked_ids(a)}
                    if links:
                        conn.execute(s.agreement_events.insert(), [
                            {"agreement_id": a, "event_id": e} for a, e in sorted(links)])
            _finish_tracking(conn, track_state, dirty_seen)

    # -- what the tracker needs to re-track only what changed -----------------------

    def track_state(self) -> tuple[dict[str, Any] | None, str | None]:
        """(what the last re-track saw, the raw mark of what changed since; None when none).

        The mark is JSON ``{"since": day, "undated": bool, "agreements": [id, ...]}``:
        the earliest date of an event that came or went since the last re-track, whether
        an undated one did, and the agreements that were linked to the events that went.
        """
        with self.engine.connect() as conn:
            rows = dict(conn.execute(select(s.meta.c.key, s.meta.c.value).where(
                s.meta.c.key.in_([TRACK_STATE, TRACK_DIRTY]))).all())
        state = rows.get(TRACK_STATE)
        return (json.loads(state) if state else None), rows.get(TRACK_DIRTY)

    def event_days(self) -> dict[date, int]:
        """Active events per date (dated ones)."""
        ev = s.events.c
        query = (select(ev.date, func.count())
                 .where(ev.active.is_(True), ev.date.is_not(None)).group_by(ev.date))
        with self.engine.connect() as conn:
            return {d: int(n) for d0, n in conn.execute(query) if (d := _as_date(d0))}

    def count_undated_events(self) -> int:
        ev = s.events.c
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).where(
                ev.active.is_(True), ev.date.is_(None))) or 0)

    def hostile_actors(self, types: Sequence[str], latest: date | None, today: date
                       ) -> list[tuple[str, str, str, str, str | None]]:
        """(event id, event type, role, code, sector) of active events of ``types`` dated on or
        before ``latest`` or after ``today`` (the tracker's own selection), source and
        target roles only."""
        ev = s.events.c
        ea = s.event_actors.c
        conds: list[Any] = [ev.active.is_(True), ev.event_type.in_(list(types)),
                 ea.role.in_(["source", "target"])]
        if latest is not None:
            conds.append(or_(ev.date.is_(None), ev.date <= latest, ev.date > today))
        query = (
            select(ev.id, ev.event_type, ea.role, ea.code, ea.sector)
            .select_from(s.events.join(s.event_actors, ea.event_id == ev.id)).where(*conds)
        )
        with self.engine.connect() as conn:
            return [(str(i), str(t), str(r), str(c), sec)
                    for i, t, r, c, sec in conn.execute(query)]

    def article_ids_dated(self, since: date, until: date | None = None) -> set[str]:
        """Articles with an active event dated on or after ``since`` (and <= ``until``)."""
        ev = s.events.c
        conds = [ev.active.is_(True), ev.date >= since]
        if until is not None:
            conds.append(ev.date <= until)
        with self.engine.connect() as conn:
            return set(conn.scalars(select(ev.article_id).where(*conds).distinct()))

    def earliest_event_of(self, article_ids: Iterable[str]) -> date | None:
        """The earliest date of an active event of these articles."""
        ev = s.events.c
        found: list[date] = []
        with self.engine.connect() as conn:
            for ids in _chunks(sorted(set(article_ids))):
                day = _as_date(conn.scalar(select(func.min(ev.date)).where(
                    ev.active.is_(True), ev.article_id.in_(ids))))
                if day:
                    found.append(day)
        return min(found, default=None)

    def events_of_articles(self, article_ids: Iterable[str]) -> list[Event]:
        """Every active event of these articles."""
        ev = s.events.c
        out: list[Event] = []
        with self.engine.connect() as conn:
            for ids in _chunks(sorted(set(article_ids))):
                query = select(ev.data).where(ev.active.is_(True), ev.article_id.in_(ids))
                out += [Event.from_dict(json.loads(r[0])) for r in conn.execute(query)]
        return out

    def article_ids_of_events(self, event_ids: Iterable[str]) -> set[str]:
        ev = s.events.c
        found: set[str] = set()
        with self.engine.connect() as conn:
            for ids in _chunks(sorted(set(event_ids))):
                found |= set(conn.scalars(select(ev.article_id).where(ev.id.in_(ids))))
        return found

    def agreements_linked(self, since: date | None = None, days: Iterable[date] = (),
                          event_ids: Iterable[str] = ()) -> set[str]:
        """Stored agreements linked to an event dated on or after ``since``, dated on one
        of ``days``, or among ``event_ids`` (active or not)."""
        ae = s.agreement_events.c
        ev = s.events.c
        found: set[str] = set()
        joined = s.agreement_events.join(s.events, ev.id == ae.event_id)
        with self.engine.connect() as conn:
            if since is not None:
                found |= set(conn.scalars(select(ae.agreement_id).select_from(joined)
                                          .where(ev.date >= since).distinct()))
            for chunk in _chunks(sorted(set(days))):
                found |= set(conn.scalars(select(ae.agreement_id).select_from(joined)
                                          .where(ev.date.in_(chunk)).distinct()))
            for chunk in _chunks(sorted(set(event_ids))):
                found |= set(conn.scalars(select(ae.agreement_id)
                                          .where(ae.event_id.in_(chunk)).distinct()))
        return found

    def agreements(self, as_of: date | None = None, kind: str | None = None,
                   status: str | None = None, actor: str | None = None) -> list[Agreement]:
        """The board now, or as it stood on ``as_of`` (agreements not yet known are left out)."""
        if as_of is None:
            query = select(s.agreements.c.data)
        else:
            v = s.agreement_versions.c
            newest = (
                select(v.agreement_id, func.max(v.valid_from).label("valid_from"))
                .where(v.valid_from <= as_of).group_by(v.agreement_id).subquery()
            )
            query = select(v.data).join(newest, and_(
                v.agreement_id == newest.c.agreement_id, v.valid_from == newest.c.valid_from
            ))
        with self.engine.connect() as conn:
            found = [Agreement.from_dict(json.loads(r[0])) for r in conn.execute(query)]
        found = [
            a for a in found
            if (kind is None or a.kind == kind) and (status is None or a.status == status)
            and (actor is None or actor.upper() in {p.code for p in a.parties})
        ]
        return sorted(found, key=lambda a: (a.declared or date.min, a.id), reverse=True)

    def get_agreement(self, agreement_id: str, as_of: date | None = None) -> Agreement:
        """One agreement by id (or by a prefix of its id), now or as it stood on ``as_of``."""
        with self.engine.connect() as conn:
            data = _agreement_data(conn, agreement_id, as_of)
            if data is None:
                full_id = _id_from_prefix(conn, agreement_id)
                data = _agreement_data(conn, full_id, as_of) if full_id else None
        if data is None:
            raise NotFound(f"no agreement {agreement_id}")
        return Agreement.from_dict(json.loads(data))

    def agreement_versions(self, agreement_id: str) -> list[tuple[date, Agreement]]:
        v = s.agreement_versions.c
        query = select(v.valid_from, v.data).where(v.agreement_id == agreement_id)
        with self.engine.connect() as conn:
            rows = list(conn.execute(query.order_by(v.valid_from)))
        return [(_as_date(r[0]) or date.min, Agreement.from_dict(json.loads(r[1]))) for r in rows]


TRACK_STATE = "track.state"
TRACK_DIRTY = "track.dirty"


def _chunks(items: Sequence[Any], size: int = 500) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def _mark_dirty(conn: Connection, article_id: str, events: Sequence[Event]) -> None:
    """Note, for the next incremental re-track, the dates of the article's events that go
    (its active ones) and come, and the agreements linked to the ones that go."""
    ev = s.events.c
    old = conn.execute(select(ev.id, ev.date).where(
        ev.article_id == article_id, ev.active.is_(True))).all()
    days = [_as_date(d) for _, d in old] + [e.date for e in events]
    if not days:
        return
    ae = s.agreement_events.c
    linked: set[str] = set()
    for ids in _chunks([i for i, _ in old]):
        linked |= set(conn.scalars(select(ae.agreement_id).where(ae.event_id.in_(ids))))
    raw = conn.scalar(select(s.meta.c.value).where(s.meta.c.key == TRACK_DIRTY))
    mark = json.loads(raw) if raw else {"since": None, "undated": False, "agreements": []}
    dated = [d for d in days if d is not None]
    if dated:
        earliest = min(dated)
        if mark["since"] is not None:
            earliest = min(earliest, date.fromisoformat(mark["since"]))
        mark["since"] = earliest.isoformat()
    mark["undated"] = mark["undated"] or len(dated) < len(days)
    mark["agreements"] = sorted(set(mark["agreements"]) | linked)
    conn.execute(delete(s.meta).where(s.meta.c.key == TRACK_DIRTY))
    conn.execute(s.meta.insert().values(key=TRACK_DIRTY, value=json.dumps(mark)))


def _finish_tracking(conn: Connection, state: dict[str, Any] | None, dirty_seen: str | None
                     ) -> None:
    """Keep what the tracker saw; clear the mark it worked from (unless it changed since)."""
    meta = s.meta.c
    conn.execute(delete(s.meta).where(meta.key == TRACK_STATE))
    if state is not None:
        conn.execute(s.meta.insert().values(key=TRACK_STATE, value=json.dumps(state)))
    if dirty_seen is not None:
        conn.execute(delete(s.meta).where(meta.key == TRACK_DIRTY, meta.value == dirty_seen))


def _walk_date_index(flt: EventFilter) -> bool:
    """Whether a page should be read by walking the (active, date, id) index in order.

    Not for a text search, which must read every row anyway (a table scan and a sort beat a
    random read per row), nor for one article or a list of ids, which their own indexes
    find at once: there SQLite would otherwise pick the date index to skip the sort.
    """
    return not (flt.q or flt.article_id or flt.ids is not None)


def _opaque(col: Any) -> Any:
    """The column's value, in a form no index matches (so the planner cannot pick one)."""
    return func.coalesce(col, col)


def _rows_by_index(conn: Connection, conditions: list[Any], cursor: str | None,
                   wanted: int | None) -> list[Any]:
    """A page read in index order: dated events on (active, date, id), then undated ones on
    (active, date, id) with date NULL; no sort, and a cursor is a range start, not an OR."""
    day, last_id = _decode_cursor(cursor) if cursor else (None, None)
    rows: list[Any] = []
    if cursor is None or day is not None:
        rows = _dated_rows(conn, conditions, day, last_id, wanted)
    if wanted is None or len(rows) < wanted:
        after = last_id if cursor and day is None else None
        rows += _undated_rows(conn, conditions, after,
                              None if wanted is None else wanted - len(rows))
    return rows


def _dated_rows(conn: Connection, conditions: list[Any], day: date | None,
                last_id: str | None, wanted: int | None) -> list[Any]:
    ev = s.events.c
    query = select(ev.data, ev.date, ev.id).where(*conditions, ev.date.is_not(None))
    if day is not None:
        # "date >= day" bounds the index range; the OR only filters within it
        query = query.where(ev.date >= day, or_(ev.date > day, ev.id > (last_id or "")))
    query = query.order_by(ev.date, ev.id)
    return list(conn.execute(query if wanted is None else query.limit(wanted)))


def _undated_rows(conn: Connection, conditions: list[Any], last_id: str | None,
                  wanted: int | None) -> list[Any]:
    ev = s.events.c
    query = select(ev.data, ev.date, ev.id).where(*conditions, ev.date.is_(None))
    if last_id is not None:
        query = query.where(ev.id > last_id)
    query = query.order_by(ev.id)
    return list(conn.execute(query if wanted is None else query.limit(wanted)))


def _rows_by_sort(conn: Connection, conditions: list[Any], cursor: str | None,
                  wanted: int | None) -> list[Any]:
    """A page of a selection that no date index serves, in one query and one sort."""
    ev = s.events.c
    key = _opaque(ev.date)
    query = select(ev.data, ev.date, ev.id).where(*conditions)
    if cursor:
        day, last_id = _decode_cursor(cursor)
        query = query.where(
            and_(key.is_(None), ev.id > last_id) if day is None else
            or_(key > day, and_(key == day, ev.id > last_id), key.is_(None)))
    query = query.order_by(key.is_(None), key, ev.id)
    return list(conn.execute(query if wanted is None else query.limit(wanted)))


def _agreement_data(conn: Connection, agreement_id: str, as_of: date | None) -> str | None:
    """The stored JSON of one agreement (its latest version on or before ``as_of``)."""
    if as_of is None:
        a = s.agreements.c
        return conn.scalar(select(a.data).where(a.id == agreement_id))  # type: ignore[no-any-return]
    v = s.agreement_versions.c
    return conn.scalar(  # type: ignore[no-any-return]
        select(v.data).where(v.agreement_id == agreement_id, v.valid_from <= as_of)
        .order_by(v.valid_from.desc()).limit(1)
    )


def _id_from_prefix(conn: Connection, prefix: str) -> str | None:
    """The one agreement id starting with ``prefix`` (None when none or several do)."""
    if not prefix or not prefix.isalnum():
        return None
    a = s.agreements.c
    found = list(conn.scalars(select(a.id).where(a.id.startswith(prefix)).limit(2)))
    return found[0] if len(found) == 1 else None


def _has_actor(code: str, role: str) -> Any:
    """An event with ``code`` in ``role``; a rebel party's code ("SDNREB") finds its
    country's actors of sector REB, a country's code all of that country's actors."""
    ea = s.event_actors.c
    land = base_code(code)
    conds = [ea.event_id == s.events.c.id, ea.code == land]
    if land != code:
        conds.append(ea.sector == REBELS)
    if role != "any":
        conds.append(ea.role == role)
    else:
        conds.append(ea.role.in_(["source", "target"]))
    return exists().where(*conds)


def _as_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id, "url": article.url, "title": article.title or "",
        "published": article.published, "source": article.source,
        "location": article.location, "origin": article.origin, "text": article.text,
        "ingested_at": datetime.now(timezone.utc).replace(tzinfo=None),
    }


def _article_from_row(row: Any) -> Article:
    return Article(
        id=row["id"], url=row["url"], title=row["title"], published=_as_date(row["published"]),
        source=row["source"], location=row["location"], origin=row["origin"], text=row["text"],
    )


def _event_row(ev: Event, coder: str) -> dict[str, Any]:
    return {
        "id": ev.id, "article_id": ev.article_id, "sentence": ev.sentence,
        "span_start": ev.span[0], "span_end": ev.span[1], "event_type": ev.event_type,
        "mode": ev.mode, "date": ev.date, "negated": ev.negated, "modality": ev.modality,
        "claimant_code": ev.claimant.code if ev.claimant else None,
        "plover_score": ev.plover_score, "goldstein": ev.goldstein,
        "confidence": ev.confidence, "coder": coder, "active": True,
        "data": json.dumps(ev.to_dict(), ensure_ascii=False),
    }


def _actor_rows(ev: Event) -> list[dict[str, Any]]:
    rows = []
    for role, actors in (("source", ev.source), ("target", ev.target)):
        codes = {(a.code, a.sector) for a in actors if a.code}
        rows += [{"event_id": ev.id, "role": role, "code": c, "sector": sec} for c, sec in codes]
    if ev.claimant and ev.claimant.code:
        rows.append({"event_id": ev.id, "role": "claimant", "code": ev.claimant.code,
                     "sector": ev.claimant.sector})
    return rows


def _agreement_row(agreement: Agreement, valid_from: date | None) -> dict[str, Any]:
    return {
        "id": agreement.id, "title": agreement.title, "kind": agreement.kind,
        "status": agreement.status, "declared": agreement.declared, "updated": valid_from,
        "data": json.dumps(agreement.to_dict(), ensure_ascii=False),
    }


def _version_rows(versions: Sequence[tuple[date | None, Agreement]]) -> list[dict[str, Any]]:
    rows: dict[tuple[str, date], dict[str, Any]] = {}
    for valid_from, agreement in versions:
        day = valid_from or agreement.declared or date.min
        rows[(agreement.id, day)] = {
            "agreement_id": agreement.id, "valid_from": day, "status": agreement.status,
            "data": json.dumps(agreement.to_dict(), ensure_ascii=False),
        }
    return list(rows.values())


def _linked_ids(agreement: Agreement) -> set[str]:
    ids = set(agreement.events) | set(agreement.incidents)
    for party in agreement.parties:
        ids |= set(party.evidence)
    for change in agreement.history:
        ids |= set(change.evidence)
    for claim in agreement.violation_claims:
        ids |= set(claim.evidence)
    return ids
