"""What every reader shares: the caller's defaults, field cleaning, building an Article."""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from detente.errors import BadInput
from detente.model import Article
from detente.sources.dates import PLACEHOLDERS, parse_date

TITLE_MAX = 200


@dataclass(frozen=True)
class Options:
    """What the caller said: the date and source of articles that carry none."""

    published: date | None = None
    source: str | None = None


def open_bytes(path: Path) -> BinaryIO:
    """The file's bytes, gunzipped when its name ends in .gz."""
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def read_bytes(path: Path) -> bytes:
    with open_bytes(path) as fh:
        return fh.read()


def clean(value: object) -> str | None:
    """A metadata value as one line of text; None for blanks and placeholders like "NA"."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    elif isinstance(value, (list, tuple)):
        value = value[0] if value else None
    if value is None:
        return None
    text = " ".join(str(value).split())
    return None if text.lower() in PLACEHOLDERS else text


def url_host(url: str | None) -> str | None:
    """The outlet a link names when the record names none: its host, without "www."."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def short_title(line: str) -> str:
    """A title no longer than TITLE_MAX characters, cut at a word."""
    line = " ".join(line.split())
    if len(line) <= TITLE_MAX:
        return line
    return line[:TITLE_MAX].rsplit(" ", 1)[0] + "…"


def make_article(
    text: str | None, origin: str, opts: Options, *, title: object = None, url: object = None,
    published: object = None, source: object = None, location: object = None,
) -> Article | BadInput:
    """An Article, or BadInput "empty" when there is no text; the caller's defaults fill gaps."""
    body = (text or "").replace("\r\n", "\n").strip()
    if not body:
        return BadInput(origin, "empty: no article text")
    link = clean(url)
    return Article(
        text=body,
        title=clean(title) or "",
        url=link,
        published=parse_date(published) or opts.published,
        source=clean(source) or opts.source or url_host(link),
        location=clean(location),
        origin=origin,
    )
