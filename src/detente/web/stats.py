"""Aggregates for the overview and /api/actors, computed in SQL and cached.

The GROUP BY queries themselves are the Store's (``Store.type_counts_by_day``,
``dyad_scores``, ``actor_role_counts``, ``count_in_period``); this module shapes them.

Cached results are kept while the data is unchanged: on SQLite the cache is keyed by the
modification time and size of the database file and its WAL (any commit, by this process
or another, changes them); on other databases entries live ``TTL`` seconds. An ingest
through the app clears the cache at once.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from detente.model import EVENT_TYPES
from detente.store import Store

T = TypeVar("T")
TTL = 30.0

QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
QUAD_CSS = {
    "verbal cooperation": "vcoop", "material cooperation": "mcoop",
    "verbal conflict": "vconf", "material conflict": "mconf",
}


def quad_of(event_type: str) -> str:
    """The PLOVER quad class of a type ('' for an unknown one)."""
    return _quads().get(event_type, "")


_QUADS: dict[str, str] = {}


def _quads() -> dict[str, str]:
    if not _QUADS:
        from detente.ontology import quad_class

        _QUADS.update({t: quad_class(t) for t in EVENT_TYPES})
    return _QUADS


def sqlite_path(url: str) -> str | None:
    """The file of a sqlite:/// URL (None for other databases and in-memory SQLite)."""
    if not url.startswith("sqlite:///"):
        return None
    path = url[len("sqlite:///"):].split("?", 1)[0]
    return path if path and path != ":memory:" else None


class Cache:
    """A small cache keyed by (name, args), valid while the database is unchanged."""

    def __init__(self, db_file: str | None = None, ttl: float = TTL) -> None:
        self.db_file = db_file
        self.ttl = ttl
        self._data: dict[Any, tuple[float, Any, Any]] = {}
        self._lock = threading.Lock()

    def version(self) -> Any:
        if self.db_file is None:
            return None
        stamp = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(self.db_file + suffix)
            except OSError:
                stamp.append((0, 0))
            else:
                stamp.append((st.st_mtime_ns, st.st_size))
        return tuple(stamp)

    def get(self, key: Any, compute: Callable[[], T]) -> T:
        now = time.monotonic()
        version = self.version()
        with self._lock:
            hit = self._data.get(key)
        if hit is not None and hit[1] == version and (
            version is not None or now - hit[0] < self.ttl
        ):
            return hit[2]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            if len(self._data) > 512:
                self._data.clear()
            self._data[key] = (now, version, value)
        return value

    def peek(self, key: Any) -> Any:
        """The cached value if still valid, else None (computes nothing)."""
        version = self.version()
        with self._lock:
            hit = self._data.get(key)
        if hit is None or hit[1] != version or (
            version is None and time.monotonic() - hit[0] >= self.ttl
        ):
            return None
        return hit[2]

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


@dataclass
class DyadPoint:
    day: date
    source: str
    target: str
    n: int
    total: float  # sum of scores, so buckets can be merged into weighted means


def type_counts_by_day(store: Store, since: date | None, until: date | None
                       ) -> list[tuple[date, str, int]]:
    return store.type_counts_by_day(since, until)


def dyad_scores(store: Store, since: date | None, until: date | None) -> list[DyadPoint]:
    """Per day and directed dyad: the number of scored events and the sum of their scores
    (the PLOVER score, else Goldstein)."""
    return [DyadPoint(*row) for row in store.dyad_scores(since, until)]


def articles_in_period(store: Store, since: date | None, until: date | None) -> int:
    return store.count_in_period(since, until)[0]


def actor_counts(store: Store) -> list[dict[str, Any]]:
    """Every actor code on an active event: events as source, as target, as claimant."""
    found: dict[str, dict[str, Any]] = {}
    for code, role, n in store.actor_role_counts():
        rec = found.setdefault(code, {"code": code, "source": 0, "target": 0, "claimant": 0})
        rec[role] = rec.get(role, 0) + n
    for rec in found.values():
        rec["events"] = rec["source"] + rec["target"]
    return sorted(found.values(), key=lambda r: (-r["events"], r["code"]))
