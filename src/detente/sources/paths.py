"""Paths to files: folders walked (hidden entries skipped), globs expanded, kinds told."""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from detente.errors import BadInput
from detente.sources.common import open_bytes

KINDS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc",
}
_FEED = re.compile(r"<(rss|feed|rdf:rdf)\b")
_HTML = re.compile(r"<(!doctype html|html|head|body)\b")


def expand(paths: Iterable[str | Path]) -> Iterator[Path | BadInput]:
    """Every file the paths name, in a stable order; BadInput for those naming nothing."""
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path
        elif path.exists():
            yield BadInput(str(raw), "not a regular file")
        elif _is_pattern(str(raw)):
            yield from _glob(str(raw))
        else:
            yield BadInput(str(raw), "no such file or directory")


def _is_pattern(text: str) -> bool:
    return any(char in text for char in "*?[")


def _glob(pattern: str) -> Iterator[Path | BadInput]:
    matches = sorted(glob.glob(os.path.expanduser(pattern), recursive=True))
    if not matches:
        yield BadInput(pattern, "no file matches this pattern")
    yield from expand(matches)


def _walk(root: Path) -> Iterator[Path]:
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(folder) / name


def kind_of(path: Path) -> str:
    """text, html, jsonl, csv, feed or warc: by extension (under .gz), else by content."""
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    suffix = Path(name.removesuffix(".gz")).suffix
    return KINDS.get(suffix) or sniff(path)


def sniff(path: Path) -> str:
    with open_bytes(path) as fh:
        head = fh.read(4096)
    if head.startswith(b"WARC/"):
        return "warc"
    start = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n").lower()
    if start.startswith("<"):
        if _FEED.search(start):
            return "feed"
        if _HTML.search(start):
            return "html"
    if start.startswith("{"):
        return "jsonl"
    return "text"
