"""Bytes to text: the declared encoding (BOM, HTTP, meta charset, XML declaration), then
UTF-8, then charset-normalizer's guess. Binary data is refused as "not text"."""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Callable, Generator
from typing import BinaryIO

from charset_normalizer import from_bytes

from detente.errors import BadInput

SAMPLE = 1 << 16  # bytes read to choose the encoding of a line-by-line dump
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)|<meta[^>]*?charset\s*=\s*["']?([\w.:-]+)""",
    re.IGNORECASE,
)
# As browsers do: pages labelled Latin-1 or ASCII are in practice Windows-1252.
_WINDOWS_1252 = {"latin_1", "ascii", "iso8859_1"}


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML meta tag or an XML declaration names, when Python knows it."""
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    return _codec(str(match.group(1) or match.group(2), "ascii"))


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "cp1252" if name.replace("-", "_") in _WINDOWS_1252 else name


def detect_encoding(data: bytes) -> str | None:
    """charset-normalizer's guess; among equally clean guesses Windows-1252 wins."""
    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    for match in results:
        if match.chaos <= best.chaos and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return best.encoding


def _try(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _first_decoding(data: bytes, *encodings: str | None) -> str | None:
    for encoding in encodings:
        text = _try(data, encoding)
        if text is not None:
            return text
    return None


def decode(data: bytes, origin: str, declared: str | None = None) -> str:
    """The text of a whole file; BadInput "empty" or "not text" when there is none."""
    if not data.strip():
        raise BadInput(origin, "empty file")
    bom = bom_encoding(data)
    text = _try(data, bom) if bom else None
    if text is None and b"\x00" in data:
        raise BadInput(origin, "not text (binary data)")
    if text is None:
        text = _first_decoding(data, _codec(declared), declared_encoding(data), "utf-8")
    if text is None:
        text = _try(data, detect_encoding(data))
    if text is None:
        raise BadInput(origin, "not text (no encoding decodes it)")
    return text.lstrip("\ufeff")


def stream_encoding(head: bytes, origin: str) -> str:
    """The encoding of a dump, chosen from its first bytes."""
    if not head.strip():
        raise BadInput(origin, "empty file")
    bom = bom_encoding(head)
    if bom:
        return bom
    if b"\x00" in head:
        raise BadInput(origin, "not text (binary data)")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    guessed = detect_encoding(head)
    if guessed is None:
        raise BadInput(origin, "not text (no encoding decodes it)")
    return guessed


def _decode_line(raw: bytes, encoding: str) -> str:
    text = _try(raw, encoding)
    if text is None:
        text = _try(raw, detect_encoding(raw))
    return text if text is not None else raw.decode(encoding, errors="replace")


def numbered_lines(
    opener: Callable[[], BinaryIO], origin: str
) -> Generator[tuple[int, str], None, None]:
    """(line number, text) for each line of a file, streamed; newlines kept as written."""
    with opener() as fh:
        encoding = stream_encoding(fh.read(SAMPLE), origin)
    with opener() as fh:
        if encoding in ("utf-16", "utf-32"):
            yield from enumerate(io.TextIOWrapper(fh, encoding=encoding, newline=""), 1)
            return
        for number, raw in enumerate(fh, 1):
            yield number, _decode_line(raw, encoding)
