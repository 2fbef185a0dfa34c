"""detente.eval: gold readers, event matching, the scoring math, floors."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from detente.errors import BadInput
from detente.eval import (
    GoldRecord,
    _unit,
    bundled_articles,
    check_floors,
    detect_format,
    evaluate,
    load_floors,
    match_events,
    plover_code,
    read_gold,
    score,
    top_event,
)
from detente.model import Actor, Article, Event, Quantity

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "data" / "gold"
PLOVER_GOLD = GOLD / "plover_gsr_dev.jsonl"
DETENTE_GOLD = GOLD / "detente_gold.jsonl"


def ev(event_type: str, src: str | None = None, tgt: str | None = None, **kw: object) -> Event:
    return Event(
        article_id="a", sentence="s", span=(0, 1), event_type=event_type,
        source=[Actor(text=src, code=src)] if src else [],
        target=[Actor(text=tgt, code=tgt)] if tgt else [],
        **kw,  # type: ignore[arg-type]
    )


def rec(*events: Event, fmt: str = "detente", rid: str = "r") -> GoldRecord:
    return GoldRecord(id=rid, text="s", events=list(events), format=fmt)


# ---------------------------------------------------------------------------- readers


def _first_lines(path: Path, n: int) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [next(fh) for _ in range(n)]


def test_plover_gold_reader_on_real_lines(tmp_path: Path) -> None:
    lines = _first_lines(PLOVER_GOLD, 3)
    path = tmp_path / "gsr.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    assert detect_format(path) == "plover"
    fmt, records = read_gold(path)
    assert fmt == "plover" and len(records) == 3
    first = records[0]
    raw = json.loads(lines[0])
    assert first.id == raw["id"] and first.text == raw["text"]
    assert first.single_label and len(first.events) == 1
    e = first.events[0]
    assert e.event_type == raw["event"]
    assert e.context == [raw["context"]]
    assert [a.code for a in e.source] == [a["code"] for a in raw["source"]]
    assert [a.text for a in e.source] == [a["actorText"] for a in raw["source"]]


def test_plover_gold_reader_whole_file() -> None:
    fmt, records = read_gold(PLOVER_GOLD)
    assert fmt == "plover" and len(records) == 159
    types = {r.events[0].event_type for r in records}
    assert len(types) == 16
    multi = [r for r in records if len(r.events[0].context) > 1]
    assert multi and all("," not in c for r in multi for c in r.events[0].context)


def test_detente_gold_reader_on_real_lines(tmp_path: Path) -> None:
    lines = _first_lines(DETENTE_GOLD, 2)
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    assert detect_format(path) == "detente"
    _, records = read_gold(path)
    raw = json.loads(lines[0])
    r = records[0]
    assert (r.id, r.article_id, r.split) == (raw["id"], raw["article_id"], raw["split"])
    assert r.published == date.fromisoformat(raw["published"])
    assert len(r.events) == len(raw["events"]) == 2
    assert r.events[0].source[0].code == raw["events"][0]["source"][0]["code"]
    assert r.events[0].date == date.fromisoformat(raw["events"][0]["date"])


def test_detente_gold_split_and_no_event_sentences() -> None:
    _, everything = read_gold(DETENTE_GOLD)
    _, test = read_gold(DETENTE_GOLD, split="test")
    _, train = read_gold(DETENTE_GOLD, split="train")
    assert len(everything) == 1930 and len(test) == 127 and len(train) == 1803
    assert sum(len(r.events) for r in everything) == 2674
    assert sum(1 for r in everything if not r.events) == 242
    assert any(e.claimant for r in everything for e in r.events)


def test_the_held_out_set_shares_no_article_with_the_gold() -> None:
    _, held = read_gold(DETENTE_GOLD.parent / "detente_heldout.jsonl")
    _, gold = read_gold(DETENTE_GOLD)
    assert len(held) == 120 and sum(len(r.events) for r in held) == 172
    assert {r.split for r in held} == {"heldout"}
    assert not {r.article_id for r in held} & {r.article_id for r in gold}
    assert not {r.text for r in held} & {r.text for r in gold}


def test_tsv_reader(tmp_path: Path) -> None:
    _, records = read_gold(DETENTE_GOLD)
    texts = [r.text for r in records[:3]]
    path = tmp_path / "labels.tsv"
    path.write_text(f"text\tlabel\n{texts[0]}\tconsult\n{texts[1]}\tAGREE\n{texts[2]}\tNONE\n",
                    encoding="utf-8")
    assert detect_format(path) == "tsv"
    fmt, tsv = read_gold(path)
    assert fmt == "tsv" and [r.text for r in tsv] == texts
    assert [[e.event_type for e in r.events] for r in tsv] == [["CONSULT"], ["AGREE"], []]
    bad = tmp_path / "bad.tsv"
    bad.write_text(f"{texts[0]}\tCONSULT\n{texts[1]}\tPEACE\n", encoding="utf-8")
    with pytest.raises(BadInput):
        read_gold(bad)


def test_detect_format_refuses_other_files(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": 1, "text": "no labels"}\n', encoding="utf-8")
    with pytest.raises(BadInput):
        detect_format(path)


# ---------------------------------------------------------------------------- matching


def test_top_event_is_the_most_confident() -> None:
    a, b = ev("AGREE", confidence=0.4), ev("ASSAULT", confidence=0.8)
    assert top_event([a, b]) is b and top_event([]) is None


def test_match_by_type_then_actors() -> None:
    g1, g2 = ev("CONSULT", "RUS", "TUR"), ev("CONSULT", "TUR", "RUS")
    p1, p2 = ev("CONSULT", "TUR", "RUS"), ev("CONSULT", "RUS", "TUR")
    pairs = match_events([g1, g2], [p1, p2])
    assert (g1, p2) in pairs and (g2, p1) in pairs
    g3 = ev("ASSAULT", "RUS", "UKR")
    p3, p4 = ev("ACCUSE", "RUS", "UKR"), ev("ASSAULT", "UKR")
    pairs = match_events([g3], [p3, p4])
    assert pairs == [(g3, p4), (None, p3)]
    assert match_events([g3], []) == [(g3, None)]


def test_negation_outweighs_a_country_in_the_other_role() -> None:
    # "there is no need to announce a general mobilization, instead there will be a call-up
    # of citizens": the coder's negated mobilization is the gold's negated one
    told = ev("MOBILIZE", "UKR", "UKR")
    denied = ev("MOBILIZE", "UKR", negated=True)
    coded = ev("MOBILIZE", "UKR", negated=True)
    assert match_events([told, denied], [coded]) == [(denied, coded), (told, None)]


# ----------------------------------------------------------------------------- scoring


def test_perfect_scores() -> None:
    _, records = read_gold(DETENTE_GOLD)
    m = score(records, [r.events for r in records], confusion=True)
    assert m["accuracy"] == m["macro_f1"] == 1.0
    for name in ("mode_accuracy", "context_accuracy", "source_country_accuracy",
                 "target_country_accuracy", "date_accuracy", "quantity_recall",
                 "negation_f1", "claimant_accuracy", "modality_accuracy"):
        assert m[name] == 1.0, name
    assert m["n"] == 1930 and m["n_gold_events"] == 2674
    assert m["confusion"]["NONE"] == {"NONE": 242}
    assert all(set(row) == {gold} for gold, row in m["confusion"].items())


def test_all_wrong() -> None:
    records = [rec(ev("AGREE", "RUS"), fmt="tsv"), rec(ev("ASSAULT", "UKR"), fmt="tsv")]
    m = score(records, [[ev("ASSAULT", "USA")], [ev("AGREE", "USA")]], confusion=True)
    assert m["accuracy"] == 0.0 and m["macro_f1"] == 0.0
    assert m["per_type"]["AGREE"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert m["source_country_accuracy"] == 0.0
    assert m["confusion"] == {"AGREE": {"ASSAULT": 1}, "ASSAULT": {"AGREE": 1}}


def test_partial_and_none_predictions() -> None:
    records = [rec(ev(t), fmt="plover") for t in ("AGREE", "AGREE", "ASSAULT", "REJECT")]
    preds = [[ev("AGREE")], [], [ev("ASSAULT", confidence=0.9), ev("AGREE", confidence=0.1)],
             [ev("AGREE")]]
    m = score(records, preds, confusion=True)
    assert m["accuracy"] == 0.5
    agree = m["per_type"]["AGREE"]
    assert (agree["precision"], agree["recall"], agree["support"]) == (0.5, 0.5, 2)
    assert m["per_type"]["ASSAULT"]["f1"] == 1.0
    assert m["per_type"]["REJECT"]["f1"] == 0.0
    assert m["macro_f1"] == pytest.approx((0.5 + 1.0 + 0.0) / 3, abs=1e-4)
    assert m["confusion"]["AGREE"] == {"AGREE": 1, "NONE": 1}


def test_macro_f1_ignores_types_absent_from_gold_and_predictions() -> None:
    records = [rec(ev("AGREE"), fmt="tsv"), rec(ev("CONSULT"), fmt="tsv")]
    m = score(records, [[ev("AGREE")], [ev("CONSULT")]])
    assert set(m["per_type"]) == {"AGREE", "CONSULT"}
    assert m["macro_f1"] == 1.0
    # a type only predicted counts (F1 0) and pulls the average down
    m = score(records, [[ev("AGREE")], [ev("SANCTION")]])
    assert set(m["per_type"]) == {"AGREE", "CONSULT", "SANCTION"}
    assert m["macro_f1"] == pytest.approx(1 / 3, abs=1e-4)


def test_multi_event_sentences() -> None:
    gold = [rec(ev("CONSULT", "RUS", "TUR"), ev("CONSULT", "TUR", "RUS"), ev("AGREE", "RUS")),
            rec()]  # a no-event sentence
    preds = [[ev("CONSULT", "TUR", "RUS"), ev("ASSAULT", "RUS")],
             [ev("ACCUSE", "UKR")]]
    m = score(gold, preds, confusion=True)
    # pairs: CONSULT/CONSULT, AGREE/ASSAULT (by actor), CONSULT/NONE, NONE/ACCUSE
    assert m["n_pairs"] == 4 and m["accuracy"] == 0.25
    assert m["confusion"]["CONSULT"] == {"CONSULT": 1, "NONE": 1}
    assert m["confusion"]["AGREE"] == {"ASSAULT": 1}
    assert m["confusion"]["NONE"] == {"ACCUSE": 1}
    assert m["per_type"]["CONSULT"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667,
                                        "support": 2}
    # source country: CONSULT TUR ok, AGREE RUS ok (paired with ASSAULT RUS), CONSULT RUS miss
    assert m["source_country_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["support"]["source_country_accuracy"] == 3
    # over the events found with their type: only the CONSULT TUR pair counts, and it is right
    assert m["source_country_accuracy_found"] == 1.0
    assert m["support"]["source_country_accuracy_found"] == 1


def test_attribute_metrics() -> None:
    g = ev("RETREAT", "RUS", "UKR", mode="ceasefire", context=["legal", "military"],
           date=date(2022, 3, 9), negated=True, modality="reported",
           claimant=Actor(text="Zelenskyy", code="UKR"),
           quantities=[Quantity(45, "buses", "45 buses"), Quantity(3, "days", "3 days")])
    g.source[0].sector = "GOV"
    p = replace(g, context=["judicial"], quantities=[Quantity(45.0, "bus", "45 buses")],
                source=[Actor(text="Russia", code="RUS", sector="MIL")])
    m = score([rec(g)], [[p]])
    assert m["mode_accuracy"] == m["context_accuracy"] == 1.0  # legal == judicial
    assert m["source_sector_accuracy"] == 0.0
    assert m["date_accuracy"] == m["claimant_accuracy"] == m["modality_accuracy"] == 1.0
    assert m["negation_f1"] == 1.0
    assert m["quantity_recall"] == 0.5
    wrong = replace(p, mode="withdraw", negated=False, claimant=None, modality="asserted",
                    date=None)
    m = score([rec(g)], [[wrong]])
    assert m["mode_accuracy"] == m["date_accuracy"] == 0.0
    assert m["claimant_accuracy"] == m["modality_accuracy"] == m["negation_f1"] == 0.0


def test_metrics_not_applicable_are_none() -> None:
    m = score([rec(ev("AGREE"), fmt="plover")], [[ev("AGREE")]])
    for name in ("mode_accuracy", "date_accuracy", "quantity_recall", "negation_f1",
                 "claimant_accuracy", "source_country_accuracy"):
        assert m[name] is None, name
    assert "confusion" not in m


def test_score_wants_one_prediction_list_per_record() -> None:
    with pytest.raises(ValueError):
        score([rec(ev("AGREE"))], [])


# ---------------------------------------------------------------------------- evaluate


class EchoCoder:
    """Returns the gold events of each sentence: the scorer's perfect case end to end."""

    name = "test.echo"

    def __init__(self, records: list[GoldRecord]) -> None:
        self.events = {(r.article_id or r.id, r.text): r.events for r in records}
        self.calls: list[tuple[date | None, str]] = []

    def code_text(self, text: str, published: date | None = None,
                  article_id: str = "") -> list[Event]:
        self.calls.append((published, article_id))
        return list(self.events.get((article_id, text), []))


def test_evaluate_with_a_coder_and_split() -> None:
    _, records = read_gold(DETENTE_GOLD)
    coder = EchoCoder(records)
    m = evaluate(DETENTE_GOLD, coder=coder, confusion=True, split="test", articles={})
    assert m["coder"] == "test.echo" and m["split"] == "test" and m["format"] == "detente"
    assert m["n"] == 127 and m["accuracy"] == 1.0
    assert m["context"] == {"sentence": 127}  # no article known: each sentence alone
    assert m["elapsed_s"] >= 0 and "confusion" in m
    assert all(published is not None and article_id for published, article_id in coder.calls)
    json.dumps(m)


def test_evaluate_plover_gold() -> None:
    _, records = read_gold(PLOVER_GOLD)
    m = evaluate(PLOVER_GOLD, coder=EchoCoder(records))
    assert m["n"] == 159 and m["accuracy"] == 1.0 and m["date_accuracy"] is None


def test_evaluate_with_the_real_coder() -> None:
    nlp = pytest.importorskip("detente.nlp")
    if not hasattr(nlp, "Coder"):
        pytest.skip("detente.nlp.Coder not written yet")
    try:
        coder = nlp.Coder()
    except Exception as exc:  # a missing model
        pytest.skip(f"no coder: {exc}")
    m = evaluate(PLOVER_GOLD, coder=coder, confusion=True)
    assert m["n"] == 159 and 0.0 <= m["accuracy"] <= 1.0
    assert m["coder"] == coder.name
    failures = check_floors(m, load_floors(PLOVER_GOLD))
    assert not failures, failures


# ------------------------------------------------------------------------------ floors


def test_floors_file_covers_the_bundled_gold() -> None:
    floors = json.loads((ROOT / "eval_floors.json").read_text(encoding="utf-8"))
    for key in floors:
        if not key.startswith("_"):
            assert (ROOT / key.partition("#")[0]).is_file(), key
    assert load_floors(DETENTE_GOLD, "test") == floors["data/gold/detente_gold.jsonl#test"]
    assert load_floors(PLOVER_GOLD) == floors["data/gold/plover_gsr_dev.jsonl"]
    assert load_floors(Path("/elsewhere/plover_gsr_dev.jsonl"))  # by file name
    assert load_floors(Path("other.tsv")) == {}


def test_check_floors(tmp_path: Path) -> None:
    metrics = {"accuracy": 0.6, "macro_f1": None, "per_type": {"AGREE": {"f1": 0.9}}}
    floors = {"accuracy": 0.5, "per_type.AGREE.f1": 0.95, "macro_f1": 0.1, "nope": 0.1}
    failures = check_floors(metrics, floors)
    assert failures == ["per_type.AGREE.f1: 0.9 < 0.95", "macro_f1: missing (floor 0.1)",
                        "nope: missing (floor 0.1)"]
    assert check_floors(metrics, {"accuracy": 0.6}) == []
    own = tmp_path / "floors.json"
    own.write_text(json.dumps({"g.jsonl": {"accuracy": 0.7}}), encoding="utf-8")
    assert load_floors("g.jsonl", path=own) == {"accuracy": 0.7}
    assert check_floors(metrics, load_floors("g.jsonl", path=own)) == ["accuracy: 0.6 < 0.7"]


class ArticleCoder:
    """Codes a whole article: one AGREE event on the span of every sentence with "agreed"."""

    name = "test.article"

    def __init__(self) -> None:
        self.articles: list[str] = []

    def code_text(self, text: str, published: date | None = None, article_id: str = "", *,
                  source: str | None = None, title: str = "") -> list[Event]:
        self.articles.append(article_id)
        events = []
        for m in re.finditer(r"[^.]*\bagreed\b[^.]*\.", text):
            events.append(Event(article_id=article_id, sentence=m.group(0),
                                span=(m.start(), m.end()), event_type="AGREE"))
        return events


def test_evaluate_codes_sentences_inside_their_article(tmp_path: Path) -> None:
    article = Article(text="The leaders met. They agreed to meet again. Nothing else happened.",
                      url="http://en.kremlin.ru/x", source="en.kremlin.ru")
    rows = [{"id": f"a{i}", "article_id": article.id, "text": text, "published": "2022-03-01",
             "events": events}
            for i, (text, events) in enumerate([
                ("They agreed to meet again.", [{"event_type": "AGREE"}]),
                ("Nothing else happened.", []),
            ])]
    rows.append({"id": "b", "article_id": "unknown", "text": "Kyiv agreed.",
                 "published": "2022-03-01", "events": [{"event_type": "AGREE"}]})
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    coder = ArticleCoder()
    m = evaluate(gold, coder=coder, articles={article.id: article})
    assert m["context"] == {"article": 2, "sentence": 1}
    assert m["accuracy"] == 1.0
    assert coder.articles.count(article.id) == 1  # the article is coded once
    # a lookup function works as well as a mapping
    m = evaluate(gold, coder=ArticleCoder(), articles=lambda aid: None)
    assert m["context"] == {"sentence": 3}


def test_bundled_articles_are_found_by_content_hash() -> None:
    _, records = read_gold(DETENTE_GOLD, "train")
    ids = {r.article_id for r in records[:5]}
    found = bundled_articles(ids)
    assert set(found) == ids
    for r in records[:5]:
        assert r.text in found[r.article_id].text


def test_plover_codes_fold_groupings_into_igo() -> None:
    assert plover_code("RUS") == "RUS" and plover_code("ukr") == "UKR"
    for code in ("EUR", "UN", "NATO", "ICRC", "ICC", "IGO"):
        assert plover_code(code) == "IGO"


def test_quantity_units_compare_by_head_noun_and_currency() -> None:
    assert _unit("humanitarian corridors") == _unit("corridors") == "corridor"
    assert _unit("hryvnias") == _unit("UAH") and _unit("$") == _unit("USD")
    assert _unit("%") == _unit("percent") != _unit("people")  # "60%" is "60 percent"
