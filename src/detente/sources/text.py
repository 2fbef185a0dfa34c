"""Plain text and Markdown: optional front matter, title from the first line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from detente.errors import BadInput
from detente.model import Article
from detente.sources.common import Options, make_article, read_bytes, short_title
from detente.sources.encoding import decode

KEYS = {"title", "published", "date", "source", "url", "location"}
_KEY_LINE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")


def read_text(path: Path, origin: str, opts: Options) -> Iterator[Article | BadInput]:
    meta, body = split_front_matter(decode(read_bytes(path), origin))
    title, body = split_title(meta.get("title"), body)
    yield make_article(
        body, origin, opts, title=title, url=meta.get("url"),
        published=meta.get("published") or meta.get("date"),
        source=meta.get("source"), location=meta.get("location"),
    )


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(metadata, body): a ``---`` block, or leading ``Key: value`` lines with known keys."""
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        for end in range(1, len(lines)):
            if lines[end].strip() in ("---", "..."):
                return _pairs(lines[1:end]), "\n".join(lines[end + 1:])
        return {}, text
    count = 0
    while count < len(lines) and _known_key(lines[count]):
        count += 1
    return _pairs(lines[:count]), "\n".join(lines[count:])


def _known_key(line: str) -> bool:
    match = _KEY_LINE.match(line)
    return bool(match) and match.group(1).lower() in KEYS  # type: ignore[union-attr]


def _pairs(lines: list[str]) -> dict[str, str]:
    meta = {}
    for line in lines:
        match = _KEY_LINE.match(line)
        if match and match.group(1).lower() in KEYS:
            meta[match.group(1).lower()] = _unquote(match.group(2))
    return meta


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def split_title(title: str | None, body: str) -> tuple[str, str]:
    """(title, text). Without a front-matter title the first non-empty line is the title,
    and it leaves the text when it is a heading (``#``, underlined, or a short line
    followed by a blank one)."""
    if title:
        return title, body
    lines = body.strip().splitlines()
    if not lines:
        return "", body
    first = lines[0].strip()
    following = lines[1] if len(lines) > 1 else None
    heading = first.startswith("#") or (following is not None and _SETEXT.match(following))
    short = len(first) <= 200 and following is not None and not following.strip()
    title = short_title(first.strip("#").strip())
    if heading or short:
        rest = lines[2:] if following is not None and _SETEXT.match(following) else lines[1:]
        return title, "\n".join(rest)
    return title, body
