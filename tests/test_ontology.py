"""detente.ontology: tables read right, mappings complete, enrich fills every field."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from detente import ontology
from detente.model import EVENT_TYPES as MODEL_TYPES
from detente.model import Actor, Event
from detente.ontology import tables

DATA = Path(ontology.__file__).parent / "data"

ACLED_TYPES = {
    "Battles": {
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    },
    "Explosions/Remote violence": {
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {
        "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    },
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    },
}


def _event(event_type: str, mode: str | None = None, **kw: object) -> Event:
    return Event(article_id="a", sentence="s", span=(0, 1), event_type=event_type, mode=mode,
                 **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------- types, modes, contexts


def test_event_types_are_the_16_of_the_model_and_the_codebook() -> None:
    assert ontology.EVENT_TYPES == MODEL_TYPES
    assert len(ontology.EVENT_TYPES) == 16
    assert set(tables.codebook()[0]) == set(MODEL_TYPES)


def test_modes_come_from_the_codebook() -> None:
    assert ontology.modes("CONSULT") == ("visit", "third-party", "multilateral", "phone")
    assert ontology.modes("RETREAT") == (
        "withdraw", "release", "return", "disarm", "ceasefire", "access", "resign")
    assert "drone" in ontology.modes("ASSAULT") and "heavy-weapons" in ontology.modes("ASSAULT")
    assert ontology.modes("AGREE") == () and ontology.modes("aid") == ()
    for t in ontology.EVENT_TYPES:
        assert all(m == m.lower() and m.strip() == m for m in ontology.modes(t))
    assert ontology.is_mode("RETREAT", "Ceasefire")
    assert not ontology.is_mode("RETREAT", "demo")
    with pytest.raises(ValueError):
        ontology.modes("CRIME")


def test_contexts_are_36_lower_case_and_aliases_resolve() -> None:
    assert len(ontology.CONTEXTS) == 36 == len(set(ontology.CONTEXTS))
    for c in ("abduction", "barrier", "crime", "cyber", "disaster", "economic", "election",
              "environment", "executive", "health", "human_rights", "humanitarian",
              "intelligence", "judicial", "legislative", "migration", "military", "pandemic",
              "peacekeeping", "political_violence", "resource", "terrorism", "territory",
              "diplomatic"):
        assert c in ontology.CONTEXTS
    assert all(c == c.lower() for c in ontology.CONTEXTS)
    assert ontology.normalize_context("Legal") == "judicial"
    assert ontology.normalize_context("refugees") == "migration"
    assert ontology.normalize_context(" military ") == "military"
    assert ontology.normalize_context("future") is None
    assert ontology.normalize_context("nonsense") is None
    assert ontology.context_description("cbrn").startswith("chemical")


def test_every_context_of_the_detente_gold_and_cameo_table_is_known() -> None:
    for row in tables.cameo2plover().values():
        for c in row.contexts:
            assert ontology.normalize_context(c), (row.code, c)


def test_quad_classes() -> None:
    assert ontology.quad_class("AGREE") == "verbal cooperation"
    assert ontology.quad_class("RETREAT") == "material cooperation"
    assert ontology.quad_class("THREATEN") == "verbal conflict"
    assert ontology.quad_class("assault") == "material conflict"
    counts = {q: sum(ontology.quad_class(t) == q for t in ontology.EVENT_TYPES)
              for q in ontology.QUAD_CLASSES}
    assert counts == {"verbal cooperation": 4, "material cooperation": 3,
                      "verbal conflict": 4, "material conflict": 5}


# ----------------------------------------------------------------------------- CAMEO tables


def test_goldstein_values_are_read_right() -> None:
    assert ontology.goldstein("010") == 0.0
    assert ontology.goldstein("011") == -0.1
    assert ontology.goldstein("0871") == 9.0
    assert ontology.goldstein("190") == -10.0
    assert ontology.goldstein("1056") == -5.0
    names, scores = tables.cameo_table()
    assert set(names) == set(scores)
    assert all(-10.0 <= s <= 10.0 for s in scores.values())


def test_the_glued_line_of_the_gdelt_table_is_split() -> None:
    # line 156: "1056<TAB>Demand de-escalation of military engagement106:[-5.0] Demand withdrawal"
    raw = (DATA / "cameo_eventcodes.txt").read_text(encoding="utf-8")
    assert "engagement106:[-5.0]" in raw
    assert ontology.cameo_name("1056") == "Demand de-escalation of military engagement"
    assert ontology.goldstein("106") == -5.0  # only the glued record carries it
    assert "106\t" not in (DATA / "cameo_goldstein.txt").read_text(encoding="utf-8")
    assert ontology.cameo_name("106") == "Demand meeting, negotiation"  # CAMEO 1.1b3 name


def test_cameo_names_are_repaired() -> None:
    assert ontology.cameo_name("044") == "Meet at a 'third' location"
    assert (ontology.cameo_name("105") or "").startswith("Demand that target yields")
    assert ontology.cameo_name("111") == "Criticize or denounce"  # trailing blank trimmed
    assert ontology.cameo_name("0871") == "Declare truce, ceasefire"
    assert ontology.cameo_name("9999") is None


def test_goldstein_falls_back_to_the_parent_code() -> None:
    assert ontology.goldstein("0813") == ontology.goldstein("081")  # 2021-table-only code
    assert ontology.goldstein(None) is None and ontology.goldstein("99") is None


def test_cameo_to_plover_table_quirks() -> None:
    t = tables.cameo2plover()
    assert t["0871"] == ("0871", "RETREAT", "ceasefire", ("military",), "Declare truce, ceasefire")
    assert t["163"].event_type == "COERCE"  # the 2021 table's choice, see plover_cameo.csv
    assert t["175"].mode is None and "pro_autocracy" in t["175"].contexts
    assert t["0813"].description == "Ease curfew"
    row = ontology.plover_of_cameo("094")
    assert row is not None and row.contexts == ("military", "legal")


# -------------------------------------------------------------------------------- mappings


@pytest.mark.parametrize("event_type", MODEL_TYPES)
def test_mappings_are_complete_for_every_type_and_mode(event_type: str) -> None:
    names, _ = tables.cameo_table()
    for mode in (None, *ontology.modes(event_type)):
        code = ontology.cameo_code(event_type, mode)
        assert code in names, (event_type, mode, code)
        assert ontology.goldstein(code) is not None
        acled_type, sub = ontology.acled(event_type, mode)
        assert sub in ACLED_TYPES[acled_type], (event_type, mode, acled_type, sub)
        assert -10.0 <= ontology.plover_score(event_type, mode) <= 10.0
        assert (event_type, mode or "") in tables.score_map()


def test_every_row_of_the_data_tables_names_a_type_and_a_mode_it_knows() -> None:
    for name in ("plover_cameo.csv", "plover_acled.csv", "plover_scores.csv"):
        rows = csv.DictReader(line for line in (DATA / name).read_text().splitlines()
                              if not line.startswith("#"))
        for row in rows:
            assert row["event"] in MODEL_TYPES, (name, row)
            legacy = {"ease", "political", "confiscate", "martial-law"}  # 2021-table modes
            assert not row["mode"] or row["mode"] in ontology.modes(row["event"]) + tuple(legacy)
            if row.get("context"):
                assert row["context"] in ontology.CONTEXTS


def test_specific_cameo_choices() -> None:
    assert ontology.cameo_code("RETREAT", "ceasefire") == "0871"
    assert ontology.cameo_code("CONSULT", "phone") == "041"
    assert ontology.cameo_code("ASSAULT", "heavy-weapons") == "194"
    assert ontology.cameo_code("SANCTION", "discontinue") == "163"
    assert ontology.cameo_code("AID") == "070"
    assert ontology.cameo_code("AID", contexts=("humanitarian",)) == "073"
    assert ontology.cameo_code("AID", contexts=("asylum",)) == "075"  # via alias -> migration
    assert ontology.cameo_code("RETREAT", "access", ("humanitarian",)) == "0863"
    assert ontology.cameo_code("ASSAULT", "not-a-mode") == ontology.cameo_code("ASSAULT")


def test_acled_choices() -> None:
    assert ontology.acled("ASSAULT", "drone") == ("Explosions/Remote violence", "Air/drone strike")
    assert ontology.acled("ASSAULT", "heavy-weapons")[1] == "Shelling/artillery/missile attack"
    assert ontology.acled("ASSAULT") == ("Battles", "Armed clash")
    assert ontology.acled("PROTEST", "riot") == ("Riots", "Violent demonstration")
    assert ontology.acled("COERCE", "arrest") == ("Strategic developments", "Arrests")
    assert ontology.acled("AGREE") == ("Strategic developments", "Agreement")


def test_scores_follow_the_manual_and_order_the_types() -> None:
    assert ontology.plover_score("ASSAULT") == -9.3
    assert ontology.plover_score("RETREAT") == 7.6
    assert ontology.plover_score("COERCE") == -7.2 and ontology.plover_score("MOBILIZE") == -5.3
    assert ontology.plover_score("PROTEST", "riot") < ontology.plover_score("PROTEST", "demo")
    assert ontology.plover_score("ASSAULT", "massacre") < ontology.plover_score("ASSAULT")
    quad = ontology.quad_class
    coop = [ontology.plover_score(t) for t in MODEL_TYPES if "cooperation" in quad(t)]
    conflict = [ontology.plover_score(t) for t in MODEL_TYPES if "conflict" in quad(t)]
    assert min(coop) > 0 > max(conflict)


def test_scores_file_matches_its_derivation_rule() -> None:
    assert ontology.derive_mode_scores() == tables.score_map()
    for (t, m), s in tables.score_map().items():
        assert abs(s - tables.type_table()[t][1]) <= ontology.MAX_MODE_SHIFT + 1e-9, (t, m)


# --------------------------------------------------------------------------------- enrich


@pytest.mark.parametrize("event_type", MODEL_TYPES)
def test_enrich_fills_every_field_for_every_type(event_type: str) -> None:
    for mode in (None, *ontology.modes(event_type)):
        event = _event(event_type, mode, context=["military"])
        assert ontology.enrich(event) is event
        assert event.cameo and ontology.cameo_name(event.cameo)
        assert event.goldstein == ontology.goldstein(event.cameo)
        assert event.plover_score == ontology.plover_score(event_type, mode)
        assert event.acled_event_type and event.acled_sub_event_type
        d = event.to_dict()
        assert d["cameo"] == event.cameo and d["goldstein"] == event.goldstein


def test_enrich_example_from_the_contract() -> None:
    e = _event("RETREAT", "ceasefire", source=[Actor(text="Putin", code="RUS")])
    ontology.enrich(e)
    assert (e.cameo, e.goldstein) == ("0871", 9.0)
    assert e.acled_sub_event_type == "Agreement"


def test_enrich_negated_keeps_the_mapping_of_the_type() -> None:
    plain, negated = _event("AGREE"), _event("AGREE", negated=True)
    ontology.enrich(plain)
    ontology.enrich(negated)
    assert (negated.cameo, negated.goldstein, negated.plover_score) == (
        plain.cameo, plain.goldstein, plain.plover_score)


def test_enrich_tolerates_odd_input() -> None:
    e = _event("assault", "Heavy weapons")
    ontology.enrich(e)
    assert e.cameo == "194"
    unknown = _event("NONSENSE")
    assert ontology.enrich(unknown).cameo is None
