"""Re-tracking after one new article: incremental vs full, over a 100,000-event database.

    python bench/track.py [--db /tmp/detente-bench-web.db] [--events 100000] [--rounds 3]

Uses the database of bench/web.py (built by it when missing: ~150 coded corpus articles
replicated with fresh ids, shifted by whole weeks). A copy is fully tracked once; then, per
round, one stored article about an agreement is added again with fresh ids, its events
moved to a new article's day (round 0: the latest day the news covers; round n: n days
later, so the latest day moves and agreements with a duration or open incidents are
re-built too), and the board is
re-tracked incrementally (``track.update(store)``) and then fully
(``track.update(store, full=True)``) on the same store, both timed in this process. The two
boards (every version, current row and event link) must be identical. Prints one JSON
object with the times and the ratio incremental / full.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import shutil
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from detente import track
from detente.model import Event
from detente.store import EventFilter, Store
from detente.store import schema as s

sys.path.insert(0, str(Path(__file__).resolve().parent))
from web import ensure_store  # noqa: E402  (bench/web.py builds the shared database)


def board(store: Store) -> tuple[list[Any], ...]:
    with store.engine.connect() as conn:
        return tuple(sorted(tuple(map(str, row)) for row in conn.execute(select(table)))
                     for table in (s.agreement_versions, s.agreements, s.agreement_events))


def donors(store: Store, latest: date, n: int) -> list[tuple[str, list[Event]]]:
    """Recent articles whose events include agreement news (AGREE / REQUEST / CONSULT)."""
    picked: list[tuple[str, list[Event]]] = []
    page = store.events(EventFilter(event_type=["AGREE"], since=latest - timedelta(days=60)),
                        limit=200)
    for ev in reversed(page.items):
        if any(ev.article_id == a for a, _ in picked):
            continue
        events = store.events(EventFilter(article_id=ev.article_id), limit=None).items
        picked.append((ev.article_id, events))
        if len(picked) == n:
            break
    return picked


def add_copy(store: Store, article_id: str, events: list[Event], day: date, tag: str) -> int:
    """The article again, with fresh ids, its events on ``day`` (a new article of the day)."""
    article = store.get_article(article_id)
    art_id = hashlib.sha1(f"{article.id}:{tag}".encode()).hexdigest()[:16]
    copy = dataclasses.replace(article, id=art_id, published=day,
                               text=article.text + f"\n\n(bench {tag})")
    fresh = [dataclasses.replace(
        ev, id=hashlib.sha1(f"{ev.id}:{tag}".encode()).hexdigest()[:16], article_id=art_id,
        date=day if ev.date else None) for ev in events]
    store.add_articles([copy])
    store.replace_events(art_id, fresh, coder=events[0].coder if events else "bench")
    return len(fresh)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/detente-bench-web.db"))
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    opts = parser.parse_args()

    built = ensure_store(opts.db, opts.events)
    work = opts.db.with_name(opts.db.name + ".track")
    for p in work.parent.glob(work.name + "*"):
        p.unlink()
    shutil.copy(opts.db, work)
    store = Store(f"sqlite:///{work}")
    try:
        t0 = time.perf_counter()
        track.update(store, full=True)  # the board as it stands before the new articles
        first_full = time.perf_counter() - t0
        counts = store.counts()
        latest = track.latest_day_of(store.event_days())
        assert latest is not None
        rounds = []
        for i, (article_id, events) in enumerate(donors(store, latest, opts.rounds)):
            day = latest + timedelta(days=i)
            added = add_copy(store, article_id, events, day, f"round{i}")
            t0 = time.perf_counter()
            incremental = track.update(store)
            t_inc = time.perf_counter() - t0
            after_inc = board(store)
            t0 = time.perf_counter()
            full = track.update(store, full=True)
            t_full = time.perf_counter() - t0
            same = after_inc == board(store) and \
                [a.to_dict() for a in incremental] == [a.to_dict() for a in full]
            rounds.append({"day": day.isoformat(), "events_added": added,
                           "incremental_s": round(t_inc, 3), "full_s": round(t_full, 3),
                           "ratio": round(t_inc / t_full, 4),
                           "identical": same})
        print(json.dumps({
            "db": str(opts.db), "events": counts.events, "articles": counts.articles,
            "agreements": counts.agreements, "latest_day": latest.isoformat(),
            "build": built or "reused", "cpu": os.cpu_count(),
            "first_full_s": round(first_full, 2),
            "median_incremental_s": round(statistics.median(r["incremental_s"] for r in rounds), 3),
            "median_full_s": round(statistics.median(r["full_s"] for r in rounds), 3),
            "median_ratio_incremental_over_full": round(
                statistics.median(r["ratio"] for r in rounds), 4),
            "all_identical": all(r["identical"] for r in rounds),
            "rounds": rounds,
        }, indent=1))
    finally:
        store.close()
        for p in work.parent.glob(work.name + "*"):
            p.unlink()


if __name__ == "__main__":
    main()
