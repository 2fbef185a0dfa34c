"""WARC archives, with warcio: one article per HTML response record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from detente.errors import BadInput
from detente.model import Article
from detente.sources.common import Options
from detente.sources.html import page_article

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, origin: str, opts: Options) -> Iterator[Article | BadInput]:
    pages = 0
    with path.open("rb") as fh:
        try:
            for number, record in enumerate(ArchiveIterator(fh), 1):
                if _is_html_page(record):
                    pages += 1
                    yield _record_article(record, f"{origin}#{number}", opts)
        except ArchiveLoadFailed as exc:
            raise BadInput(origin, f"broken WARC: {exc}") from None
    if not pages:
        yield BadInput(origin, "empty: no HTML response records")


def _is_html_page(record: Any) -> bool:
    """A response record holding a successful HTML page (not a redirect or an image)."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    status = record.http_headers.get_statuscode() or ""
    return content_type.startswith(_HTML_TYPES) and status.startswith("2")


def _record_article(record: Any, origin: str, opts: Options) -> Article | BadInput:
    content_type = record.http_headers.get_header("Content-Type") or ""
    _, _, charset = content_type.lower().partition("charset=")
    return page_article(
        record.content_stream().read(), origin, opts,
        url=record.rec_headers.get_header("WARC-Target-URI"),
        fallback_date=record.rec_headers.get_header("WARC-Date"),
        charset=charset.strip(" \"';") or None,
    )
