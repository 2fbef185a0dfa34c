"""Saved web pages: trafilatura finds the article, its title, date, URL and site."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import trafilatura
from trafilatura.settings import Document

from detente.errors import BadInput
from detente.model import Article
from detente.sources.common import Options, make_article, read_bytes
from detente.sources.encoding import decode


def read_html(path: Path, origin: str, opts: Options) -> Iterator[Article | BadInput]:
    yield page_article(read_bytes(path), origin, opts)


def page_article(
    data: bytes, origin: str, opts: Options, *, url: str | None = None,
    fallback_date: str | None = None, charset: str | None = None,
) -> Article | BadInput:
    """The article of one HTML page. ``url`` (e.g. a WARC target) wins over the page's own;
    the page's date wins over ``fallback_date``."""
    try:
        page = decode(data, origin, declared=charset)
    except BadInput as bad:
        return bad
    doc = trafilatura.bare_extraction(
        page, url=url, with_metadata=True, include_comments=False, include_tables=True,
    )
    meta: dict[str, Any] = doc.as_dict() if isinstance(doc, Document) else doc or {}
    text = meta.get("text") or ""
    if not text.strip():
        return BadInput(origin, "empty: no article text found in the page")
    return make_article(
        _without_title(text, meta.get("title")), origin, opts, title=meta.get("title"),
        url=url or meta.get("url"), published=meta.get("date") or fallback_date,
        source=meta.get("sitename") or meta.get("hostname"),
    )


def _without_title(text: str, title: str | None) -> str:
    """trafilatura often repeats the headline as the first line of the text; drop it."""
    first, _, rest = text.strip().partition("\n")
    if title and rest.strip() and " ".join(first.split()) == " ".join(title.split()):
        return rest
    return text
