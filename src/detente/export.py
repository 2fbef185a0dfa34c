"""Writing records as JSON, JSON lines or CSV (shared by the CLI and the web app)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

from detente.model import Event

EVENT_COLUMNS = [
    "id", "date", "event_type", "mode", "context", "source", "source_sector", "target",
    "target_sector", "negated", "modality", "claimant", "quantities", "location", "cameo",
    "goldstein", "plover_score", "acled_event_type", "acled_sub_event_type", "confidence",
    "coder", "article_id", "span_start", "span_end", "sentence",
]


def _codes(actors: Sequence[Any], attr: str) -> str:
    return ";".join(str(getattr(a, attr) or "") for a in actors)


def event_row(e: Event) -> dict[str, Any]:
    return {
        "id": e.id, "date": e.date.isoformat() if e.date else "", "event_type": e.event_type,
        "mode": e.mode or "", "context": ";".join(e.context),
        "source": _codes(e.source, "code"), "source_sector": _codes(e.source, "sector"),
        "target": _codes(e.target, "code"), "target_sector": _codes(e.target, "sector"),
        "negated": e.negated, "modality": e.modality,
        "claimant": e.claimant.code if e.claimant else "",
        "quantities": ";".join(q.text for q in e.quantities), "location": e.location or "",
        "cameo": e.cameo or "", "goldstein": e.goldstein, "plover_score": e.plover_score,
        "acled_event_type": e.acled_event_type or "",
        "acled_sub_event_type": e.acled_sub_event_type or "", "confidence": e.confidence,
        "coder": e.coder, "article_id": e.article_id, "span_start": e.span[0],
        "span_end": e.span[1], "sentence": e.sentence,
    }


def event_rows(events: Iterable[Event]) -> tuple[list[dict[str, Any]], list[str]]:
    return [event_row(e) for e in events], EVENT_COLUMNS


def write_rows(
    stream: TextIO, fmt: str, records: list[dict[str, Any]],
    csv_rows: Callable[[], tuple[list[dict[str, Any]], list[str]]] | None = None,
) -> None:
    """``json``: one document (a list); ``jsonl``: one object per line; ``csv``: flat rows."""
    if fmt == "json":
        stream.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        rows, columns = csv_rows() if csv_rows else (records, list(records[0]) if records else [])
        writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        raise ValueError(f"unknown format {fmt}")
