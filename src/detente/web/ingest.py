"""Ingest through the web: uploaded files and pasted text → store → code → track."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from detente.model import Article
from detente.store import EventFilter, Store

MAX_UPLOAD_BYTES = 50 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000


@dataclass
class Upload:
    filename: str
    data: bytes


@dataclass
class IngestReport:
    read: int = 0
    added: int = 0
    duplicates: int = 0
    coded: int = 0
    events: int = 0
    agreements: int = 0
    skipped: list[dict[str, str]] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read, "added": self.added, "duplicates": self.duplicates,
            "coded": self.coded, "events": self.events, "agreements": self.agreements,
            "skipped": list(self.skipped), "articles": list(self.articles),
        }


def safe_name(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name.replace("\\", "/")).name).strip("._")
    base = base[-100:] or "upload.txt"
    candidate, i = base, 1
    while candidate in taken:
        i += 1
        candidate = f"{i}-{base}"
    taken.add(candidate)
    return candidate


def coder_of(app: FastAPI) -> Any:
    """The app's Coder, loaded once (the spaCy model takes seconds) and kept."""
    with app.state.coder_lock:
        if app.state.coder is None:
            from detente.nlp import Coder

            app.state.coder = Coder()
        return app.state.coder


def run_ingest(
    app: FastAPI, uploads: list[Upload], text: str | None = None, title: str | None = None,
    published: date | None = None, source: str | None = None, url: str | None = None,
) -> IngestReport:
    """Read, store, code and re-track; returns counts and the inputs that were skipped."""
    store: Store = app.state.store
    report = IngestReport()
    articles: list[Article] = []
    with tempfile.TemporaryDirectory(prefix="detente-ingest-") as tmp:
        folder = Path(tmp)
        names: dict[str, str] = {}
        taken: set[str] = set()
        paths = []
        for up in uploads:
            name = safe_name(up.filename or "upload.txt", taken)
            (folder / name).write_bytes(up.data)
            names[str(folder / name)] = up.filename or name
            paths.append(folder / name)
        if paths:
            from detente.sources import read

            for item in read(paths, published=published, source=source):
                if isinstance(item, Article):
                    item.origin = _rename(item.origin, tmp, names)
                    articles.append(item)
                else:
                    origin = _rename(getattr(item, "origin", ""), tmp, names)
                    report.skipped.append({"origin": origin or "upload",
                                           "reason": str(getattr(item, "reason", item))})
    if text and text.strip():
        articles.append(Article(
            text=text.strip(), title=(title or "").strip(), published=published,
            source=source or "pasted", url=url, origin="pasted text",
        ))
    unique: dict[str, Article] = {}
    for article in articles:
        unique.setdefault(article.id, article)
    articles = list(unique.values())
    report.read = len(articles)
    if not articles:
        return report
    with app.state.ingest_lock:
        report.added = store.add_articles(articles)
        report.duplicates = report.read - report.added
        coder = coder_of(app)
        todo = store.articles(ids=[a.id for a in articles], uncoded_by=coder.name)
        had_events = any(store.events(EventFilter(article_id=a.id), limit=1).items
                         for a in todo)
        for coded in coder.code(todo):
            store.replace_events(coded.article.id, coded.events, coder=coder.name,
                                 n_sentences=coded.n_sentences)
            report.coded += 1
            report.events += len(coded.events)
        # the board only changes when events came or went; the store noted their dates, so
        # only the agreements they can change are re-tracked
        if report.events or had_events:
            from detente import track

            report.agreements = len(track.update(store))
        else:
            report.agreements = store.counts().agreements
        app.state.cache.clear()
    stored = {a.id: a for a in store.articles(ids=[a.id for a in articles])}
    for a in articles:
        got = stored.get(a.id, a)
        report.articles.append({"id": a.id, "title": got.title, "published":
                                got.published.isoformat() if got.published else None,
                                "origin": a.origin})
    return report


def _rename(origin: str | None, tmp: str, names: dict[str, str]) -> str:
    """Show the uploaded file name, not the temp path."""
    if not origin:
        return ""
    for path, name in names.items():
        if origin.startswith(path):
            return name + origin[len(path):]
    return origin.replace(tmp + "/", "")
