"""Readers for the ontology data tables in ``ontology/data``.

Each reader parses one file once (``functools.lru_cache``) and returns plain dicts and
tuples; :mod:`detente.ontology` builds the public API on top of them.

Upstream quirks handled here (see docs in the data files):

- ``cameo_eventcodes.txt`` (GDELT's CAMEO.eventcodes.txt) has a record glued onto line
  156: ``1056<TAB>Demand de-escalation of military engagement106:[-5.0] Demand withdrawal``.
  The tail ``106:[-5.0] Demand withdrawal`` is code 106 with its Goldstein score; it is
  split off, and 106 (missing from ``cameo_goldstein.txt``) gets its score from it.
- The same file has mojibake on 044 (``Meet at a \\xd2hird\\xd3location``) and GDELT's
  names for 105-108 follow an older CAMEO draft that contradicts its own sub-codes
  (105 "Demand mediation" over 1051-1056 "Demand easing ..."); the CAMEO 1.1b3 names,
  which the 2021 CAMEO->PLOVER table also uses, replace them.
- ``cameo2plover_2021.txt`` repeats 175, puts a context (``pro_autocracy``) in the mode
  column of 175, and lists codes that are not CAMEO codes (0813, 0814).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

# A record glued onto another one: "106:[-5.0] Demand withdrawal".
_GLUED = re.compile(r"(?P<code>\d{2,4}):\[(?P<score>-?\d+(?:\.\d+)?)\]\s*(?P<name>.*)$")

# GDELT names that are wrong for the CAMEO 1.1b3 codes (see the module docstring).
_CAMEO_NAME_FIXES = {
    "044": "Meet at a 'third' location",
    "105": "Demand that target yields, not specified below",
    "106": "Demand meeting, negotiation",
    "107": "Demand settling of dispute",
    "108": "Demand mediation",
}


class CameoPlover(NamedTuple):
    """One row of the CAMEO->PLOVER 2021 table."""

    code: str
    event_type: str
    mode: str | None
    contexts: tuple[str, ...]
    description: str


def _text(name: str) -> str:
    return resources.files("detente.ontology").joinpath("data", name).read_text(encoding="utf-8")


def _csv_rows(name: str) -> Iterator[dict[str, str]]:
    lines = [line for line in _text(name).splitlines() if line and not line.startswith("#")]
    for row in csv.DictReader(lines):
        yield {k: (v or "").strip() for k, v in row.items()}


def _records(name: str) -> Iterator[tuple[str, str, float | None]]:
    """(code, text, glued score) for each record of a GDELT two-column table.

    A line may carry a second record glued onto its text ("...engagement106:[-5.0] Demand
    withdrawal"); it is yielded as its own record with the score written in it.
    """
    for line in _text(name).splitlines()[1:]:
        if "\t" not in line:
            continue
        code, rest = (part.strip() for part in line.split("\t", 1))
        glued = _GLUED.search(rest)
        if glued and glued.start() > 0:
            yield code, rest[: glued.start()].strip(), None
            yield glued["code"], glued["name"].strip(), float(glued["score"])
        else:
            yield code, rest, None


@lru_cache(maxsize=1)
def cameo_table() -> tuple[dict[str, str], dict[str, float]]:
    """(names, goldstein): CAMEO code -> description, CAMEO code -> Goldstein score.

    Names come from ``cameo_eventcodes.txt`` (with the fixes above), scores from
    ``cameo_goldstein.txt`` plus any score written in a glued record of either file.
    """
    names: dict[str, str] = {}
    scores: dict[str, float] = {}
    for code, text, score in _records("cameo_eventcodes.txt"):
        names.setdefault(code, text)
        if score is not None:
            scores.setdefault(code, score)
    for code, text, score in _records("cameo_goldstein.txt"):
        if score is not None:  # glued record: text is its name
            scores[code] = score
            names.setdefault(code, text)
        else:
            scores[code] = float(text)
    names.update(_CAMEO_NAME_FIXES)
    return names, scores


@lru_cache(maxsize=1)
def codebook() -> tuple[tuple[str, ...], dict[str, tuple[str, ...]], dict[str, str]]:
    """(types in codebook order, type -> modes in codebook order, type -> definition)."""
    types: list[str] = []
    modes: dict[str, list[str]] = {}
    definitions: dict[str, str] = {}
    for row in _csv_rows("plover_codebook.csv"):
        event = row["event"].upper()
        if event not in modes:
            types.append(event)
            modes[event] = []
            definitions[event] = row["event_def"]
        mode = row["mode"].lower()
        if mode and mode not in modes[event]:
            modes[event].append(mode)
    return tuple(types), {k: tuple(v) for k, v in modes.items()}, definitions


@lru_cache(maxsize=1)
def type_table() -> dict[str, tuple[str, float, str]]:
    """type -> (quad class, type-level score, CAMEO root)."""
    return {
        row["event"]: (row["quad_class"], float(row["score"]), row["cameo_root"])
        for row in _csv_rows("plover_types.csv")
    }


@lru_cache(maxsize=1)
def context_table() -> tuple[tuple[str, ...], dict[str, str], dict[str, str]]:
    """(contexts, context -> description, alias -> context or '' for "not a context")."""
    rows = list(_csv_rows("contexts.csv"))
    contexts = tuple(r["context"] for r in rows)
    descriptions = {r["context"]: r["description"] for r in rows}
    aliases = {r["alias"]: r["context"] for r in _csv_rows("context_aliases.csv")}
    return contexts, descriptions, aliases


def _key(event: str, mode: str | None, context: str | None = None) -> tuple[str, str, str]:
    return event, mode or "", context or ""


@lru_cache(maxsize=1)
def cameo_map() -> dict[tuple[str, str, str], str]:
    """(type, mode or '', context or '') -> CAMEO code."""
    return {
        _key(r["event"], r["mode"], r["context"]): r["cameo"] for r in _csv_rows("plover_cameo.csv")
    }


@lru_cache(maxsize=1)
def acled_map() -> dict[tuple[str, str], tuple[str, str]]:
    """(type, mode or '') -> (ACLED event type, ACLED sub-event type)."""
    return {
        (r["event"], r["mode"]): (r["acled_event_type"], r["acled_sub_event_type"])
        for r in _csv_rows("plover_acled.csv")
    }


@lru_cache(maxsize=1)
def score_map() -> dict[tuple[str, str], float]:
    """(type, mode or '') -> PLOVER score."""
    return {(r["event"], r["mode"]): float(r["score"]) for r in _csv_rows("plover_scores.csv")}


@lru_cache(maxsize=1)
def cameo2plover() -> dict[str, CameoPlover]:
    """CAMEO code -> its row in ``cameo2plover_2021.txt`` (first row wins on repeats)."""
    _, modes, _ = codebook()
    contexts, _, aliases = context_table()
    known_contexts = set(contexts) | set(aliases)
    out: dict[str, CameoPlover] = {}
    row = re.compile(r"^(?P<code>\d{3,4}):\s*(?P<body>[^#]*)(?:#(?P<desc>.*))?$")
    for line in _text("cameo2plover_2021.txt").splitlines():
        match = row.match(line.strip())
        if not match:
            continue
        parts = [p.strip() for p in match["body"].split(",")]
        parts += [""] * (3 - len(parts))
        event, mode, ctx = parts[0].upper(), parts[1].lower(), ",".join(parts[2:])
        ctxs = [c.strip().lower() for c in re.split(r"[;,]", ctx) if c.strip()]
        # A context written in the mode column (175: "ASSAULT, pro_autocracy, military").
        if mode and mode not in modes.get(event, ()) and mode in known_contexts:
            ctxs.insert(0, mode)
            mode = ""
        desc = (match["desc"] or "").strip()
        desc = re.sub(r"\s+\d{2}\.\d{2}\.\d{2}:.*$", "", desc)  # drop dated editor notes
        out.setdefault(
            match["code"], CameoPlover(match["code"], event, mode or None, tuple(ctxs), desc)
        )
    return out
