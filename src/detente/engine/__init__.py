"""Batch runners: ingest, code and track, locally (one or more processes) or on Ray.

The store is the only shared state. Articles are coded one at a time into the store, so
a run that is killed halfway resumes with the articles not yet coded by this coder.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from detente.errors import BadInput
from detente.model import Article
from detente.store import Store

Progress = Callable[[str, int, int | None], None]  # (stage, advance, total)


@dataclass
class RunSummary:
    articles_read: int = 0
    articles_added: int = 0
    duplicates: int = 0
    articles_coded: int = 0
    sentences: int = 0
    events: int = 0
    agreements: int = 0
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "articles_read": self.articles_read, "articles_added": self.articles_added,
            "duplicates": self.duplicates, "articles_coded": self.articles_coded,
            "sentences": self.sentences, "events": self.events,
            "agreements": self.agreements, "skipped": len(self.skipped),
            "seconds": round(self.seconds, 2),
        }


def _noop(stage: str, advance: int, total: int | None) -> None:
    return None


def ingest(
    store: Store, paths: Iterable[str | Path], published: date | None = None,
    source: str | None = None, summary: RunSummary | None = None,
    progress: Progress = _noop, on_skip: Callable[[BadInput], None] | None = None,
    batch: int = 200,
) -> RunSummary:
    """Read every input into the store; bad inputs are reported and counted, never raised."""
    from detente.sources import read

    summary = summary or RunSummary()
    pending: list[Article] = []
    done = 0

    def flush() -> None:
        nonlocal done
        added = store.add_articles(pending)
        summary.articles_added += added
        summary.duplicates += len(pending) - added
        done += len(pending)
        progress("ingest", len(pending), None)
        pending.clear()

    for item in read(paths, published=published, source=source):
        if isinstance(item, BadInput):
            summary.skipped.append(str(item))
            if on_skip:
                on_skip(item)
            continue
        summary.articles_read += 1
        pending.append(item)
        if len(pending) >= batch:
            flush()
    flush()
    progress("ingest", 0, done)  # the total is known now: the stage is done
    return summary


def code(
    store: Store, model: str | None = None, workers: int = 1, use_ray: bool = False,
    summary: RunSummary | None = None, progress: Progress = _noop, batch_size: int = 32,
) -> RunSummary:
    """Code every article not yet coded by the current coder."""
    from detente.nlp import Coder

    summary = summary or RunSummary()
    coder_name = Coder.name
    total = store.count_articles(uncoded_by=coder_name)
    progress("code", 0, total)
    if total == 0:
        return summary
    todo = store.iter_articles(uncoded_by=coder_name)
    if use_ray:
        from detente.engine.ray_runner import code_with_ray

        results = code_with_ray(todo, model=model, workers=workers, batch_size=batch_size)
    elif workers > 1:
        from detente.engine.local import code_in_processes

        results = code_in_processes(todo, model=model, workers=workers, batch_size=batch_size)
    else:
        results = _code_here(todo, model=model, batch_size=batch_size)
    for article_id, events, n_sentences in results:
        store.replace_events(article_id, events, coder=coder_name, n_sentences=n_sentences)
        summary.articles_coded += 1
        summary.sentences += n_sentences
        summary.events += len(events)
        progress("code", 1, total)
    return summary


def _code_here(articles: Iterable[Article], model: str | None, batch_size: int) -> Iterator:
    from detente.nlp import Coder

    coder = Coder(model)
    for coded in coder.code(articles, batch_size=batch_size):
        yield coded.article.id, coded.events, coded.n_sentences


def track(store: Store, summary: RunSummary | None = None, full: bool = False) -> RunSummary:
    """Re-track what the events that came or went can change (``full``: every event)."""
    from detente import track as tracker

    summary = summary or RunSummary()
    summary.agreements = len(tracker.update(store, full=full))
    return summary


def run_pipeline(
    store: Store, paths: Iterable[str | Path], published: date | None = None,
    source: str | None = None, model: str | None = None, workers: int = 1,
    use_ray: bool = False, progress: Progress = _noop,
    on_skip: Callable[[BadInput], None] | None = None,
) -> RunSummary:
    """Ingest, code and track in one go; returns what was done."""
    started = time.perf_counter()
    summary = ingest(store, paths, published, source, progress=progress, on_skip=on_skip)
    code(store, model=model, workers=workers, use_ray=use_ray, summary=summary,
         progress=progress)
    track(store, summary)
    summary.seconds = time.perf_counter() - started
    return summary
