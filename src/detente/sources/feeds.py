"""RSS and Atom feeds, with feedparser: one article per item."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser

from detente.errors import BadInput
from detente.model import Article
from detente.sources.common import Options, clean, make_article, read_bytes
from detente.sources.dates import parse_date
from detente.sources.encoding import bom_encoding
from detente.sources.markup import html_to_text, looks_like_html


def read_feed(path: Path, origin: str, opts: Options) -> Iterator[Article | BadInput]:
    data = read_bytes(path)
    if not data.strip():
        raise BadInput(origin, "empty file")
    if b"\x00" in data and not bom_encoding(data):
        raise BadInput(origin, "not text (binary data)")
    parsed = feedparser.parse(io.BytesIO(data))  # a stream: feedparser never fetches
    if not parsed.entries:
        if parsed.get("bozo"):
            raise BadInput(origin, f"broken feed: {parsed.get('bozo_exception')}")
        raise BadInput(origin, "empty: the feed has no items")
    feed_title = clean(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, 1):
        yield entry_article(entry, f"{origin}#{number}", feed_title, opts)


def entry_article(
    entry: Any, origin: str, feed_title: str | None, opts: Options
) -> Article | BadInput:
    """An item: text from its content, else its summary; published as the item says."""
    written = entry.get("published") or entry.get("updated") or entry.get("created")
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    published = parse_date(written) or parse_date(parsed)
    source = feed_title or clean((entry.get("source") or {}).get("title"))
    return make_article(
        _plain(_entry_html(entry)), origin, opts, title=_plain(entry.get("title") or ""),
        url=entry.get("link"), published=published, source=source,
    )


def _entry_html(entry: Any) -> str:
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    longest = max(contents, key=len, default="")
    return longest if longest.strip() else entry.get("summary") or ""


def _plain(value: str) -> str:
    return html_to_text(value) if looks_like_html(value) else value.strip()
