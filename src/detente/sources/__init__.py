"""Read news into Articles: text/Markdown, saved HTML, JSONL/CSV dumps, RSS/Atom feeds, WARC.

``read(paths)`` walks files, folders and globs and yields an ``Article`` per article and
a ``BadInput`` per input it skips (never raised), so callers can count them. The same
content (``Article.id``, the content hash) is yielded once per call. Dumps and archives
are streamed, never loaded whole.

``Article.origin`` and ``BadInput.origin`` name the file, plus ``:LINE`` for a JSONL or
CSV record (the line it starts on) and ``#N`` for the N-th feed item, WARC record or
item of a JSON array.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from detente.errors import BadInput
from detente.model import Article
from detente.sources.common import Options
from detente.sources.dates import parse_date
from detente.sources.dumps import read_csv, read_jsonl
from detente.sources.feeds import read_feed
from detente.sources.html import read_html
from detente.sources.paths import expand, kind_of
from detente.sources.text import read_text
from detente.sources.warc import read_warc

__all__ = ["BadInput", "read"]

Reader = Callable[[Path, str, Options], Iterator[Article | BadInput]]
READERS: dict[str, Reader] = {
    "text": read_text, "html": read_html, "jsonl": read_jsonl, "csv": read_csv,
    "feed": read_feed, "warc": read_warc,
}


def read(
    paths: Iterable[str | Path] | str | Path, published: date | None = None,
    source: str | None = None,
) -> Iterator[Article | BadInput]:
    """Articles from files, folders (recursive, hidden entries skipped) and globs.

    ``published`` dates articles that carry no date; ``source`` names the source of those
    that carry none. A second copy of the same content is dropped silently.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    opts = Options(published=parse_date(published), source=source)
    seen: set[str] = set()
    for item in expand(paths):
        if isinstance(item, BadInput):
            yield item
            continue
        for found in _read_file(item, opts):
            if isinstance(found, Article):
                if found.id in seen:
                    continue
                seen.add(found.id)
            yield found


def _read_file(path: Path, opts: Options) -> Iterator[Article | BadInput]:
    """Everything in one file; whatever stops the file is yielded as a BadInput naming it."""
    origin = str(path)
    try:
        yield from READERS[kind_of(path)](path, origin, opts)
    except BadInput as bad:
        yield bad
    except Exception as exc:  # a bad file must not stop the run
        yield BadInput(origin, f"cannot read ({type(exc).__name__}: {exc})")
