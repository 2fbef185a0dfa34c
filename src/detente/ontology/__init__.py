"""PLOVER types, modes, contexts and scores; CAMEO, Goldstein and ACLED mappings.

Everything is read once from the data files in ``ontology/data`` (see their header
comments for sources and rules) and cached; :func:`enrich` is a few dict look-ups.

- ``EVENT_TYPES``: the 16 PLOVER types; ``modes(t)``: the codebook modes of a type;
  ``CONTEXTS``: the 36 contexts; ``normalize_context`` maps legacy spellings onto them.
- ``quad_class(t)``: verbal/material cooperation/conflict.
- ``plover_score(t, mode)``: the -10..+10 score. Type level: the PLOVER manual's
  "Schrodt scores"; mode level: the type score shifted by half of how far the mode's
  CAMEO code's Goldstein score lies from the mean Goldstein score of the type's CAMEO
  codes, at most 2 points (plover_scores.csv, made by :func:`derive_mode_scores`).
- ``cameo_code(t, mode, contexts)``, ``goldstein(code)``, ``cameo_name(code)``,
  ``acled(t, mode)``, ``plover_of_cameo(code)``.
- ``enrich(event)`` fills cameo, goldstein, plover_score, acled_event_type and
  acled_sub_event_type.

Negated events ("did not agree", "refused to withdraw") keep the mapping of their type:
the CAMEO code, Goldstein score, PLOVER score and ACLED label describe the act that is
negated, not its absence. Consumers that sum scores should skip or flip ``negated``
events themselves; ``enrich`` does not guess which.
"""

from __future__ import annotations

from functools import lru_cache

from detente.model import EVENT_TYPES as _MODEL_TYPES
from detente.model import Event
from detente.ontology import tables
from detente.ontology.tables import CameoPlover

EVENT_TYPES: tuple[str, ...] = _MODEL_TYPES
QUAD_CLASSES: tuple[str, ...] = (
    "verbal cooperation", "material cooperation", "verbal conflict", "material conflict",
)
CONTEXTS: tuple[str, ...] = tables.context_table()[0]
MAX_MODE_SHIFT = 2.0  # how far a mode's score may move from its type's (derive_mode_scores)

__all__ = [
    "CONTEXTS", "EVENT_TYPES", "QUAD_CLASSES", "CameoPlover", "acled", "cameo_code",
    "cameo_name", "context_description", "derive_mode_scores", "enrich", "goldstein",
    "is_mode", "modes", "normalize_context", "normalize_mode", "plover_of_cameo",
    "plover_score", "quad_class", "type_definition",
]


def _check_type(event_type: str) -> str:
    t = (event_type or "").upper()
    if t not in EVENT_TYPES:
        raise ValueError(f"not a PLOVER event type: {event_type!r}")
    return t


def modes(event_type: str) -> tuple[str, ...]:
    """The codebook modes of a type, in codebook order (empty for AGREE, AID, ...)."""
    return tables.codebook()[1].get(_check_type(event_type), ())


def is_mode(event_type: str, mode: str | None) -> bool:
    """True when ``mode`` is one of the codebook modes of ``event_type``."""
    return bool(mode) and normalize_mode(mode) in modes(event_type)


def normalize_mode(mode: str | None) -> str | None:
    """Lower-case, trimmed mode; '' becomes None."""
    m = (mode or "").strip().lower().replace("_", "-").replace(" ", "-")
    return m or None


def type_definition(event_type: str) -> str:
    """The codebook definition of a type."""
    return tables.codebook()[2][_check_type(event_type)]


def quad_class(event_type: str) -> str:
    """'verbal cooperation', 'material cooperation', 'verbal conflict' or 'material conflict'."""
    return tables.type_table()[_check_type(event_type)][0]


def context_description(context: str) -> str:
    return tables.context_table()[1][context]


def normalize_context(name: str | None) -> str | None:
    """A canonical context for a context name or legacy alias; None when it is not one.

    ``"legal"`` -> ``"judicial"``, ``"refugees"`` -> ``"migration"``, ``"Military "`` ->
    ``"military"``; ``"future"``/``"historical"`` (modality in detente) and unknown names
    -> None.
    """
    key = (name or "").strip().lower().replace(" ", "_").replace("-", "_")
    if not key:
        return None
    contexts, _, aliases = tables.context_table()
    if key in contexts:
        return key
    return aliases.get(key) or None


def cameo_name(code: str) -> str | None:
    """The CAMEO description of a code (GDELT's table, repaired), or None if unknown."""
    return tables.cameo_table()[0].get(str(code).strip())


def goldstein(code: str | None) -> float | None:
    """The Goldstein score of a CAMEO code; unknown sub-codes fall back to their parent."""
    if not code:
        return None
    scores = tables.cameo_table()[1]
    c = str(code).strip()
    while c:
        if c in scores:
            return scores[c]
        c = c[:-1] if len(c) > 3 else ""
    return None


def plover_of_cameo(code: str) -> CameoPlover | None:
    """The 2021 CAMEO->PLOVER table's reading of a CAMEO code (type, mode, contexts)."""
    return tables.cameo2plover().get(str(code).strip())


@lru_cache(maxsize=4096)
def _cameo(event_type: str, mode: str | None, contexts: tuple[str, ...]) -> str:
    mapping = tables.cameo_map()
    m = mode if mode and (event_type, mode, "") in mapping else None
    for ctx in contexts:
        code = mapping.get((event_type, m or "", ctx))
        if code:
            return code
    return mapping[(event_type, m or "", "")]


def cameo_code(event_type: str, mode: str | None = None, contexts: tuple[str, ...] = ()) -> str:
    """The CAMEO code for a type and mode; a context may pick a more specific code
    (AID + humanitarian -> 073). Unknown modes fall back to the type's code."""
    t = _check_type(event_type)
    ctx = tuple(c for c in (normalize_context(x) for x in contexts) if c)
    return _cameo(t, normalize_mode(mode), ctx)


def acled(event_type: str, mode: str | None = None) -> tuple[str, str]:
    """(ACLED event type, ACLED sub-event type) for a type and mode."""
    t = _check_type(event_type)
    mapping = tables.acled_map()
    return mapping.get((t, normalize_mode(mode) or "")) or mapping[(t, "")]


def plover_score(event_type: str, mode: str | None = None) -> float:
    """The -10..+10 PLOVER score for a type and mode (type score for unknown modes)."""
    t = _check_type(event_type)
    scores = tables.score_map()
    return scores.get((t, normalize_mode(mode) or ""), scores[(t, "")])


def enrich(event: Event) -> Event:
    """Fill cameo, goldstein, plover_score, acled_event_type and acled_sub_event_type.

    Works in place and returns the event. Negated events get the mapping of their type
    (see the module docstring). An event whose type is not a PLOVER type is returned
    unchanged.
    """
    t = (event.event_type or "").upper()
    if t not in EVENT_TYPES:
        return event
    mode = normalize_mode(event.mode)
    code = _cameo(t, mode, _contexts_key(tuple(event.context)))
    event.cameo = code
    event.goldstein = goldstein(code)
    event.plover_score = plover_score(t, mode)
    event.acled_event_type, event.acled_sub_event_type = acled(t, mode)
    return event


@lru_cache(maxsize=1024)
def _contexts_key(contexts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c for c in (normalize_context(x) for x in contexts) if c)


def derive_mode_scores() -> dict[tuple[str, str], float]:
    """Recompute plover_scores.csv: (type, mode or '') -> score.

    Type rows: the manual's type score. Mode rows: type score + half the distance between
    the Goldstein score of the mode's CAMEO code and the mean Goldstein score of the CAMEO
    codes the 2021 table maps to the type, that shift limited to +-2 (so a mode never
    leaves its type's neighbourhood: Goldstein's spread inside a cue category is wide,
    e.g. 191 blockade -9.5 vs 172 administrative sanctions -5.0), rounded to one decimal
    and clipped to -10..+10.
    """
    names, _ = tables.cameo_table()
    table = tables.cameo2plover()
    out: dict[tuple[str, str], float] = {}
    for t in EVENT_TYPES:
        base = tables.type_table()[t][1]
        gs = [g for row in table.values() if row.event_type == t
              if (g := goldstein(row.code)) is not None and row.code in names]
        mean = sum(gs) / len(gs)
        out[(t, "")] = base
        mode_keys = [m for (tt, m, ctx) in tables.cameo_map() if tt == t and m and not ctx]
        for m in dict.fromkeys([*modes(t), *mode_keys]):
            g = goldstein(tables.cameo_map()[(t, m, "")])
            assert g is not None
            shift = max(-MAX_MODE_SHIFT, min(MAX_MODE_SHIFT, (g - mean) / 2))
            out[(t, m)] = max(-10.0, min(10.0, round(base + shift, 1)))
    return out
