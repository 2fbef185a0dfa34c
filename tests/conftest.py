"""Shared fixtures: the bundled corpus, real articles from it, and store URLs."""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.config import BUNDLED_CORPUS
from detente.model import Article

ROOT = Path(__file__).resolve().parent.parent


def corpus_records(limit: int | None = None) -> Iterator[dict]:
    with gzip.open(BUNDLED_CORPUS, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            yield json.loads(line)


def corpus_articles(match: str | None = None, limit: int | None = None) -> list[Article]:
    """Articles of the bundled corpus, optionally only those whose text contains ``match``."""
    found = []
    for rec in corpus_records():
        if match and match.lower() not in rec["text"].lower():
            continue
        found.append(Article.from_dict(rec | {"published": rec["published"][:10]}))
        if limit and len(found) >= limit:
            break
    return found


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh SQLite file, and the CI PostgreSQL database when DETENTE_TEST_PG names one."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    url = os.environ.get("DETENTE_TEST_PG")
    if not url:
        pytest.skip("DETENTE_TEST_PG not set (CI starts PostgreSQL and sets it)")
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    yield url
