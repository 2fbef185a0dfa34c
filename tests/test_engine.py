"""Scale-out gives the same events as coding in one process: worker processes and Ray."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import corpus_articles

from detente import engine
from detente.store import EventFilter, Store

ARTICLES = 12


def coded_store(tmp_path: Path, name: str, **how: object) -> Store:
    store = Store(f"sqlite:///{tmp_path / name}.db")
    store.add_articles(corpus_articles(match="ceasefire", limit=ARTICLES))
    summary = engine.code(store, batch_size=4, **how)  # type: ignore[arg-type]
    assert summary.articles_coded == ARTICLES
    return store


def fingerprint(store: Store) -> list[tuple]:
    page = store.events(EventFilter(), limit=None)
    return sorted((e.article_id, e.sentence, e.event_type,
                   tuple(a.code or "" for a in e.source), tuple(a.code or "" for a in e.target))
                  for e in page.items)


@pytest.fixture(scope="module")
def in_process(tmp_path_factory: pytest.TempPathFactory) -> list[tuple]:
    found = fingerprint(coded_store(tmp_path_factory.mktemp("one"), "one"))
    assert len(found) > 20
    return found


def test_worker_processes_code_the_same(in_process: list[tuple], tmp_path: Path) -> None:
    assert fingerprint(coded_store(tmp_path, "two", workers=2)) == in_process


def test_ray_codes_the_same(in_process: list[tuple], tmp_path: Path) -> None:
    ray = pytest.importorskip("ray", reason="Ray is an optional extra: pip install -e '.[ray]'")
    try:
        assert fingerprint(coded_store(tmp_path, "ray", workers=2, use_ray=True)) == in_process
    finally:
        ray.shutdown()
