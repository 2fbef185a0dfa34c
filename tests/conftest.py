"""Shared fixtures: the bundled corpus, real articles from it, store URLs, and one coded
database that the API, web and brief tests share."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from datetime import date
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


# -- one coded database, shared by the API, web and brief tests ---------------------------
#
# Coding ~540 corpus articles with the real coder takes minutes, so it is done once and kept
# in pytest's cache folder, keyed by the source of every stage that shapes the database;
# each test module works on its own copy.

SRC = ROOT / "src" / "detente"
API_ARTICLES = 150
API_KEYWORDS = ("ceasefire", "corridor", "prisoner", "negotiat", "talks")
# (since, until): the week before the invasion, the invasion, the first talks in Belarus,
# Istanbul, the Easter truce, the Azovstal evacuation and exchanges
BRIEF_WEEKS = [
    (date(2022, 2, 14), date(2022, 2, 20)),
    (date(2022, 2, 21), date(2022, 2, 27)),
    (date(2022, 2, 28), date(2022, 3, 6)),
    (date(2022, 3, 28), date(2022, 4, 3)),
    (date(2022, 4, 18), date(2022, 4, 24)),
    (date(2022, 5, 16), date(2022, 5, 22)),
]


def _article(rec: dict) -> Article:
    return Article.from_dict(rec | {"published": rec["published"][:10]})


def api_articles(limit: int = API_ARTICLES) -> list[Article]:
    """Corpus articles about Ukraine and talks, ceasefires, corridors or prisoners."""
    found: list[Article] = []
    for rec in corpus_records():
        text = rec["text"].lower()
        if "ukrain" in text and any(k in text for k in API_KEYWORDS):
            found.append(_article(rec))
            if len(found) >= limit:
                break
    return found


def week_articles(weeks: list[tuple[date, date]] = BRIEF_WEEKS) -> list[Article]:
    """Every corpus article published in one of ``weeks``."""
    return [a for a in map(_article, corpus_records())
            if a.published and any(lo <= a.published <= hi for lo, hi in weeks)]


def shared_articles() -> list[Article]:
    """The articles of the shared database: the API set and the brief weeks."""
    unique = {a.id: a for a in [*api_articles(), *week_articles()]}
    return list(unique.values())


def code_fingerprint() -> str:
    """Changes whenever a stage that shapes the coded database changes."""
    digest = hashlib.sha1(f"{API_ARTICLES}|{BRIEF_WEEKS}".encode())
    for sub in ("nlp", "actors", "track", "ontology", "store"):
        for path in sorted((SRC / sub).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".tsv", ".csv", ".txt", ".json"):
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    digest.update((SRC / "model.py").read_bytes())
    return digest.hexdigest()[:12]


def build_coded_db(path: Path, articles: list[Article]) -> None:
    """Store, code and track ``articles`` into the SQLite file at ``path``."""
    from detente import track
    from detente.nlp import Coder
    from detente.store import Store

    store = Store(f"sqlite:///{path}")
    store.add_articles(articles)
    coder = Coder()
    for coded in coder.code(articles):
        store.replace_events(coded.article.id, coded.events, coder=coder.name,
                             n_sentences=coded.n_sentences)
    track.update(store)
    store.close()


def cached_coded_db(cache_dir: Path) -> Path:
    """The shared coded database in ``cache_dir``, built when the code changed."""
    cached = cache_dir / f"coded-{code_fingerprint()}.db"
    if not cached.exists():
        for old in cache_dir.glob("coded-*.db*"):
            if not old.name.startswith(cached.name):
                old.unlink(missing_ok=True)
        # a file of this process's own: two test runs may build at once (the later rename
        # wins; both built the same thing)
        building = cache_dir / f"building-{os.getpid()}.db"
        for leftover in cache_dir.glob(f"{building.name}*"):
            leftover.unlink(missing_ok=True)
        build_coded_db(building, shared_articles())
        building.replace(cached)
        for journal in cache_dir.glob(f"{building.name}-*"):
            journal.unlink(missing_ok=True)
    return cached


@pytest.fixture(scope="session")
def coded_db(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared coded database (read-only: copy it with ``copy_coded_db`` to write)."""
    pytest.importorskip("detente.nlp")
    pytest.importorskip("detente.track")
    cache = getattr(pytestconfig, "cache", None)  # None under -p no:cacheprovider
    folder = cache.mkdir("detente-coded") if cache else tmp_path_factory.mktemp("coded")
    return cached_coded_db(Path(folder))


def copy_coded_db(coded_db: Path, dest: Path) -> Path:
    shutil.copy(coded_db, dest)
    return dest
