"""CSV rows that line up with the ETH/PRIO Civil Conflict Ceasefire (CF) dataset.

CF (Clayton et al. 2022, J. Conflict Resolution) keeps one row per ceasefire and actor with
declaration, effect and end dates split into year/month/day, whether it was written,
partial, of fixed duration (and how long), its purposes, its class and the mediators.
detente writes one row per agreement; the parties go into ``actor_name`` and are split
into ``side_a`` (the side that declared or proposed it first) and ``side_b``.

Mapping (CF column <- detente field):

============================  =============================================================
cf_id                         agreement id
location                      scope terms joined with "; " (CF: the country)
actor_name, side_a, side_b    party codes (";"-joined); side_a = first declaring/proposing
cf_dec_yr/_month/_day         declared
cf_effect_yr/_month/_day      effective (first evidence that it took effect)
end_yr/_month/_day            ends (fixed duration) or the date it collapsed/expired/was
                              implemented, from the status history
ended                         1 when the status is collapsed, expired or implemented, else 0
                              (CF codes the kind of ending; detente's is in ``end_type``)
end_type                      detente status at the end (collapsed, expired, implemented)
written                       1 written, 0 verbal, -1 unclear (form unknown)
partial                       1 for partial ceasefires, humanitarian pauses and corridors
                              (limited in space, target or purpose), 0 for full ones
fixed, fixed_time             1 and the number of days when a fixed duration is stated
timing                        "fixed" / "open" — the duration type asked for in detente's
                              issue; CF's own fixed/fixed_time carry the same information
purpose_1, p_humanitarian,    CF purpose codes 1 humanitarian, 2 peace process, 3 holiday,
p_peaceprocess, p_holiday,    4 election, 5 other; the p_* columns are 0/1 dummies
p_election, p_other, p_unclear
ceasefire_class               1 cessation (ceasefires, pauses, corridors), 3 definitive
                              (peace agreements), -1 for what CF would not list (talks,
                              exchanges)
mediator_nego                 mediator codes (";"-joined), empty when none is known
kind, status, title, scope,   detente's own fields (PA-X-style agreement kind, current
positions, n_violation_claims status, party:position pairs, claims count) and the ids of
evidence_onset, evidence_end  the events behind the first and last status change
============================  =============================================================

CF covers intrastate conflicts and ceasefires only; talks and prisoner exchanges are exported
with ``ceasefire_class`` -1 so that a filter on it reproduces CF's universe.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from detente.model import Agreement

ETHPRIO_COLUMNS = [
    "cf_id", "location", "actor_name", "side_a", "side_b",
    "cf_dec_yr", "cf_dec_month", "cf_dec_day",
    "cf_effect_yr", "cf_effect_month", "cf_effect_day",
    "end_yr", "end_month", "end_day", "ended", "end_type",
    "written", "partial", "fixed", "fixed_time", "timing",
    "purpose_1", "p_humanitarian", "p_peaceprocess", "p_holiday", "p_election", "p_other",
    "p_unclear", "ceasefire_class", "mediator_nego",
    "kind", "status", "title", "scope", "positions", "n_violation_claims",
    "evidence_onset", "evidence_end",
]
PURPOSE_CODE = {"humanitarian": 1, "peace_process": 2, "holiday": 3, "election": 4, "other": 5}
PARTIAL_KINDS = {"partial_ceasefire", "humanitarian_pause", "humanitarian_corridor"}
CESSATION = {"ceasefire", "partial_ceasefire", "humanitarian_pause", "humanitarian_corridor"}
ENDINGS = ("collapsed", "expired", "implemented")


def _ymd(day: date | None) -> tuple[Any, Any, Any]:
    return (day.year, day.month, day.day) if day else ("", "", "")


def _end(agreement: Agreement) -> tuple[date | None, str]:
    for change in reversed(agreement.history):
        if change.status in ENDINGS:
            return change.date, change.status
    if agreement.status in ENDINGS:
        return agreement.ends, agreement.status
    return None, ""


def to_ethprio_row(agreement: Agreement) -> dict[str, Any]:
    """One CSV row for an agreement, keyed by ``ETHPRIO_COLUMNS``."""
    named = [p for p in agreement.parties if p.evidence] or list(agreement.parties)
    first = None
    for p in sorted(named, key=lambda p: (p.since or date.max)):
        if p.position in ("proposed", "agreed", "accepted"):
            first = p.code
            break
    side_a = [first] if first else [p.code for p in named[:1]]
    side_b = [p.code for p in named if p.code not in side_a]
    end_day, end_type = _end(agreement)
    dec, eff, end = _ymd(agreement.declared), _ymd(agreement.effective), _ymd(end_day)
    purpose = agreement.purpose or ""
    code = PURPOSE_CODE.get(purpose, -1)
    if agreement.kind in CESSATION:
        cls: int = 1
    elif agreement.kind == "peace_agreement":
        cls = 3
    else:
        cls = -1
    written = {"written": 1, "verbal": 0}.get(agreement.form or "", -1)
    return {
        "cf_id": agreement.id,
        "location": "; ".join(agreement.scope),
        "actor_name": ";".join(p.code for p in named),
        "side_a": ";".join(side_a),
        "side_b": ";".join(side_b),
        "cf_dec_yr": dec[0], "cf_dec_month": dec[1], "cf_dec_day": dec[2],
        "cf_effect_yr": eff[0], "cf_effect_month": eff[1], "cf_effect_day": eff[2],
        "end_yr": end[0], "end_month": end[1], "end_day": end[2],
        "ended": 1 if end_type else 0,
        "end_type": end_type,
        "written": written,
        "partial": 1 if agreement.kind in PARTIAL_KINDS else 0,
        "fixed": 1 if agreement.duration_days else 0,
        "fixed_time": agreement.duration_days or "",
        "timing": "fixed" if agreement.duration_days else "open",
        "purpose_1": code,
        "p_humanitarian": int(purpose == "humanitarian"),
        "p_peaceprocess": int(purpose == "peace_process"),
        "p_holiday": int(purpose == "holiday"),
        "p_election": int(purpose == "election"),
        "p_other": int(purpose == "other"),
        "p_unclear": int(not purpose),
        "ceasefire_class": cls,
        "mediator_nego": ";".join(str(m.get("code", "")) for m in agreement.mediators),
        "kind": agreement.kind,
        "status": agreement.status,
        "title": agreement.title,
        "scope": "; ".join(agreement.scope),
        "positions": ";".join(f"{p.code}:{p.position}" for p in agreement.parties),
        "n_violation_claims": len(agreement.violation_claims),
        "evidence_onset": ";".join(agreement.history[0].evidence) if agreement.history else "",
        "evidence_end": ";".join(agreement.history[-1].evidence) if agreement.history else "",
    }
