"""JSONL and CSV dumps, streamed line by line; one BadInput per bad line, named file:line."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import Any

from detente.errors import BadInput
from detente.model import Article
from detente.sources.common import Options, make_article, open_bytes, read_bytes
from detente.sources.encoding import decode, numbered_lines
from detente.sources.markup import html_to_text, looks_like_html

TEXT = ("text", "content", "body", "maintext", "article", "full_text", "story")
PUBLISHED = ("published", "date", "pubdate", "published_at", "date_publish", "datetime")
TITLE = ("title", "headline")
URL = ("url", "link", "uri")
SOURCE = ("source", "sitename", "site", "outlet", "publisher", "domain")
LOCATION = ("location", "place", "dateline")
_DELIMITERS = (",", ";", "\t", "|")


def _first(fields: dict[str, Any], names: Iterable[str]) -> tuple[str, Any]:
    for name in names:
        if fields.get(name) not in (None, ""):
            return name, fields[name]
    return "", None


def record_article(record: dict[str, Any], origin: str, opts: Options) -> Article | BadInput:
    """An article from one dump record; field names are matched case-insensitively."""
    fields = {str(k).strip().lower(): v for k, v in record.items()}
    name, text = _first(fields, TEXT)
    if not name:
        present = "empty" if any(k in fields for k in TEXT) else "missing"
        return BadInput(origin, f"{present} field 'text' (or content, body)")
    if isinstance(text, list):
        text = "\n".join(str(part) for part in text)
    text = str(text)
    if looks_like_html(text):
        text = html_to_text(text)
    if not text.strip():
        return BadInput(origin, f"empty field '{name}'")
    return make_article(
        text, origin, opts, title=_first(fields, TITLE)[1], url=_first(fields, URL)[1],
        published=_first(fields, PUBLISHED)[1], source=_first(fields, SOURCE)[1],
        location=_first(fields, LOCATION)[1],
    )


def read_jsonl(path: Path, origin: str, opts: Options) -> Iterator[Article | BadInput]:
    if _holds_one_document(path, origin):
        yield from _read_json_document(path, origin, opts)
        return
    with closing(numbered_lines(partial(open_bytes, path), origin)) as lines:
        for number, line in lines:
            if line.strip():
                yield _line_article(line, f"{origin}:{number}", opts)


def _holds_one_document(path: Path, origin: str) -> bool:
    """True for a .json file holding one document (an array, or an object spread over
    lines) rather than one object per line."""
    if not path.name.lower().removesuffix(".gz").endswith(".json"):
        return False
    with closing(numbered_lines(partial(open_bytes, path), origin)) as lines:
        first = next((line for _, line in lines if line.strip()), "")
    try:
        return not isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        return True


def _line_article(line: str, origin: str, opts: Options) -> Article | BadInput:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return BadInput(origin, f"invalid JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(record, dict):
        return BadInput(origin, "not a JSON object")
    return record_article(record, origin, opts)


def _read_json_document(path: Path, origin: str, opts: Options) -> Iterator[Article | BadInput]:
    """A .json file that is one array (or an object holding one) of records."""
    try:
        document = json.loads(decode(read_bytes(path), origin))
    except json.JSONDecodeError as exc:
        raise BadInput(origin, f"invalid JSON: {exc.msg} (line {exc.lineno})") from None
    if isinstance(document, dict):
        lists = [v for v in document.values() if isinstance(v, list)]
        document = [document] if _first(document, TEXT)[0] or not lists else lists[0]
    for number, record in enumerate(document, 1):
        where = f"{origin}#{number}"
        if isinstance(record, dict):
            yield record_article(record, where, opts)
        else:
            yield BadInput(where, "not a JSON object")


def read_csv(path: Path, origin: str, opts: Options) -> Iterator[Article | BadInput]:
    csv.field_size_limit(2**31 - 1)  # article texts can be long; the default is 128 KiB
    with closing(numbered_lines(partial(open_bytes, path), origin)) as numbered:
        lines = (line for _, line in numbered)
        header = next(lines)  # numbered_lines raised BadInput "empty" if there is none
        tsv = path.name.lower().removesuffix(".gz").endswith(".tsv")
        delimiter = "\t" if tsv else _delimiter(header)
        reader = csv.reader(_chain(header, lines), delimiter=delimiter)
        keys = [key.strip().lower() for key in next(reader)]
        yield from _rows(reader, keys, origin, opts)


def _rows(reader: Any, keys: list[str], origin: str, opts: Options
          ) -> Iterator[Article | BadInput]:
    """One article per row, named by the line the row starts on."""
    while True:
        where = f"{origin}:{reader.line_num + 1}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield BadInput(where, f"bad CSV row: {exc}")
            continue
        if any(cell.strip() for cell in row):
            yield record_article(dict(zip(keys, row, strict=False)), where, opts)


def _delimiter(header: str) -> str:
    return max(_DELIMITERS, key=header.count)


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest
