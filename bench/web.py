"""Latency of every page and JSON API call of the web app over a 100,000-event database.

    python bench/web.py [--db /tmp/detente-bench-web.db] [--events 100000] [--requests 15]

Builds the database once (and reuses it): ~150 bundled-corpus articles, spread over the
corpus, are coded with the real coder and tracked; then articles and their events are
replicated with fresh ids, the dates of each replica shifted by whole weeks, and written
through ``Store.replace_events`` until the table holds ``--events`` active events (so the
type, actor and date mix is the coder's own). A copy of it is served by uvicorn in a separate
process on 127.0.0.1 and each call is timed from this process, after one warm-up request.
Prints one JSON object: per call the median and p95 latency in ms (and the first, cold
request), and whether every read median is under the 300 ms target.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import hashlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

import httpx

from detente.config import BUNDLED_CORPUS
from detente.model import Article, Event
from detente.store import EventFilter, Store

TOKEN = "bench-token"
SEED_ARTICLES = 150


def seed_articles(n: int) -> list[Article]:
    """``n`` articles spread evenly over the corpus."""
    with gzip.open(BUNDLED_CORPUS, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    step = max(1, len(records) // n)
    return [Article.from_dict(r | {"published": r["published"][:10]})
            for r in islice(records[::step], n)]


def _shift(day: date | None, days: int) -> date | None:
    return day + timedelta(days=days) if day else None


def build(path: Path, target: int) -> dict[str, Any]:
    from detente import track
    from detente.nlp import Coder

    started = time.perf_counter()
    store = Store(f"sqlite:///{path}")
    seeds = seed_articles(SEED_ARTICLES)
    store.add_articles(seeds)
    coder = Coder()
    coded: list[tuple[Article, list[Event], int]] = []
    for item in coder.code(seeds):
        store.replace_events(item.article.id, item.events, coder=coder.name,
                             n_sentences=item.n_sentences)
        coded.append((item.article, item.events, item.n_sentences))
    agreements = len(track.update(store))  # the board of the seed (its evidence ids exist)
    seeded = time.perf_counter()
    per_round = sum(len(evs) for _, evs, _ in coded)
    total, replica = per_round, 0
    while total < target:
        replica += 1
        days = 7 * replica
        copies = []
        for article, events, n_sent in coded:
            art_id = hashlib.sha1(f"{article.id}:{replica}".encode()).hexdigest()[:16]
            copy = dataclasses.replace(article, id=art_id, published=_shift(article.published,
                                                                            days))
            fresh = [dataclasses.replace(
                ev, id=hashlib.sha1(f"{ev.id}:{replica}".encode()).hexdigest()[:16],
                article_id=art_id, date=_shift(ev.date, days)) for ev in events]
            copies.append((copy, fresh, n_sent))
        store.add_articles(c for c, _, _ in copies)
        for copy, fresh, n_sent in copies:
            store.replace_events(copy.id, fresh, coder=coder.name, n_sentences=n_sent)
            total += len(fresh)
    counts = store.counts()
    store.close()
    return {"seed_articles": len(seeds), "seed_events": per_round, "replicas": replica,
            "articles": counts.articles, "events": counts.events, "agreements": agreements,
            "seed_s": round(seeded - started, 1),
            "replicate_s": round(time.perf_counter() - seeded, 1)}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(db: Path, port: int) -> subprocess.Popen[bytes]:
    code = (
        "import sys, uvicorn; from detente.web import create_app; "
        "uvicorn.run(create_app(sys.argv[1], token=sys.argv[2]), host='127.0.0.1', "
        "port=int(sys.argv[3]), log_level='warning', access_log=False)"
    )
    return subprocess.Popen([sys.executable, "-c", code, f"sqlite:///{db}", TOKEN, str(port)])


def wait_up(base: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the server exited")
        try:
            if httpx.get(base + "/openapi.json", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not start")


def calls(db: Path) -> list[tuple[str, str]]:
    store = Store(f"sqlite:///{db}")
    first, last = store.date_range()
    assert first and last
    month = (last - timedelta(days=29)).isoformat()
    board = store.agreements()
    agreement = max(board, key=lambda a: len(a.events))
    rus = store.events(EventFilter(actor="RUS"), limit=50)
    event = rus.items[-1]
    cursor = rus.next_cursor or ""
    store.close()
    try:
        from detente import brief
        has_brief = hasattr(brief, "compose")
    except ImportError:
        has_brief = False
    found = [
        ("page /", "/"),
        ("page / (last 30 days)", f"/?since={month}&until={last}"),
        ("page /agreements", "/agreements"),
        ("page /agreements?as_of", "/agreements?as_of=2022-03-15"),
        ("page /agreements/{id}", f"/agreements/{agreement.id}"),
        ("page /events", "/events"),
        ("page /events?actor&type", "/events?actor=RUS&type=ASSAULT"),
        ("page /events?since&until&actor", f"/events?since={month}&until={last}&actor=UKR"),
        ("page /events?q", "/events?q=ceasefire"),
        ("page /events?agreement", f"/events?agreement={agreement.id}"),
        ("page /events?cursor", f"/events?actor=RUS&cursor={cursor}"),
        ("page /events.csv", "/events.csv?actor=RUS&type=ASSAULT"),
        ("page /events.json", "/events.json?actor=RUS&type=ASSAULT"),
        ("page /articles", "/articles"),
        ("page /articles/{id}", f"/articles/{event.article_id}"),
        ("page /briefs (form)", "/briefs"),
        ("page /ingest (form)", "/ingest"),
        ("api /api/articles", "/api/articles"),
        ("api /api/articles/{id}", f"/api/articles/{event.article_id}"),
        ("api /api/events", "/api/events"),
        ("api /api/events?actor&since&until", f"/api/events?actor=RUS&since={month}&until={last}"),
        ("api /api/events?type&total", "/api/events?type=AGREE,CONCEDE&total=true"),
        ("api /api/events?q", "/api/events?q=prisoners"),
        ("api /api/events?agreement", f"/api/events?agreement={agreement.id}"),
        ("api /api/events?cursor", f"/api/events?actor=RUS&cursor={cursor}"),
        ("api /api/events?limit=500", "/api/events?limit=500"),
        ("api /api/events/{id}", f"/api/events/{event.id}"),
        ("api /api/agreements", "/api/agreements"),
        ("api /api/agreements?as_of", "/api/agreements?as_of=2022-03-15&actor=RUS"),
        ("api /api/agreements/{id}", f"/api/agreements/{agreement.id}"),
        ("api /api/actors", "/api/actors"),
        ("api /openapi.json", "/openapi.json"),
    ]
    if has_brief:
        found += [
            ("page /briefs?since&until", f"/briefs?since={month}&until={last}&actors=RUS,UKR"),
            ("page /briefs.md", f"/briefs.md?since={month}&until={last}"),
            ("api /api/briefs", f"/api/briefs?since={month}&until={last}&actors=RUS,UKR"),
        ]
    return found


def ms(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return {"median_ms": round(statistics.median(ordered), 1), "p95_ms": round(p95, 1)}


def ensure_store(db: Path, events: int, rebuild: bool = False) -> dict[str, Any]:
    """The bench database at ``db`` with at least ``events`` events, built when missing, too
    small or ``rebuild`` is asked; returns what was built ({} when reused)."""
    if rebuild and db.exists():
        for p in db.parent.glob(db.name + "*"):
            p.unlink()
    existing = Store(f"sqlite:///{db}").counts().events if db.exists() else 0
    if existing >= events:
        return {}
    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    print(f"building {db} ({events} events)…", file=sys.stderr)
    return build(db, events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/detente-bench-web.db"))
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=15)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--no-ingest", action="store_true", help="Skip timing POST /api/ingest.")
    opts = parser.parse_args()

    built = ensure_store(opts.db, opts.events, rebuild=opts.rebuild)
    counts = Store(f"sqlite:///{opts.db}").counts()
    served = opts.db.with_name(opts.db.name + ".serving")
    for p in served.parent.glob(served.name + "*"):
        p.unlink()
    shutil.copy(opts.db, served)  # POST /api/ingest re-tracks: keep the built one intact

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = serve(served, port)
    results: dict[str, Any] = {}
    try:
        wait_up(base, proc)
        with httpx.Client(base_url=base, timeout=120) as http:
            for name, path in calls(served):
                times = []
                for i in range(opts.requests + 1):
                    t0 = time.perf_counter()
                    resp = http.get(path)
                    elapsed = (time.perf_counter() - t0) * 1000
                    if resp.status_code != 200:
                        raise SystemExit(f"{name}: HTTP {resp.status_code} {resp.text[:200]}")
                    if i == 0:
                        first = elapsed
                    else:
                        times.append(elapsed)
                results[name] = ms(times) | {"first_ms": round(first, 1),
                                             "bytes": len(resp.content)}
            if not opts.no_ingest:
                times = []
                for i in range(4):
                    text = (f"On {i + 1} June 2022 Russia and Ukraine exchanged {140 + i} "
                            "prisoners of war, the Ukrainian ombudsman said "
                            f"(bench {time.time()}).")
                    t0 = time.perf_counter()
                    resp = http.post("/api/ingest", data={"text": text},
                                     headers={"Authorization": f"Bearer {TOKEN}"})
                    elapsed = (time.perf_counter() - t0) * 1000
                    if resp.status_code != 200:
                        raise SystemExit(f"ingest: HTTP {resp.status_code} {resp.text[:200]}")
                    times.append(elapsed)
                results["write POST /api/ingest (1 text; codes, re-tracks all)"] = ms(
                    times[1:]) | {"first_ms": round(times[0], 1)}
    finally:
        proc.terminate()
        proc.wait(10)
        for p in served.parent.glob(served.name + "*"):
            p.unlink()
    reads = {k: v for k, v in results.items() if not k.startswith("write")}
    slowest = max(reads, key=lambda k: reads[k]["median_ms"])
    print(json.dumps({
        "db": str(opts.db), "events": counts.events, "articles": counts.articles,
        "agreements": counts.agreements, "requests_per_call": opts.requests,
        "build": built or "reused", "cpu": os.cpu_count(),
        "all_read_medians_under_300ms": all(v["median_ms"] < 300 for v in reads.values()),
        "slowest_read": {slowest: reads[slowest]},
        "calls": results,
    }, indent=1))


if __name__ == "__main__":
    main()
