"""The learned component on real gold train sentences: the committed model loads, gives
calibrated confidences, can be switched off, and training is reproducible."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from detente.learn import MODEL_PATH, refiner, train_types
from detente.learn.data import gold_split_of
from detente.learn.measure import calibration_figures
from detente.learn.proposals import TypeModel, is_proposal, may_add, proposed_events
from detente.learn.runtime import LEARNED_CODER
from detente.learn.train import build, collect, save
from detente.model import EVENT_TYPES, Actor, Article, Event
from detente.nlp import Coder
from detente.track import track

GOLD = Path(__file__).resolve().parent.parent / "data" / "gold" / "detente_gold.jsonl"


def gold_train(limit: int) -> list[tuple[str, date]]:
    """Texts of gold train sentences that carry events."""
    out = []
    with GOLD.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["split"] == "train" and rec["events"]:
                out.append((rec["text"], date.fromisoformat(rec["published"])))
    return out[:limit]


@pytest.fixture(scope="module")
def coder() -> Iterator[Coder]:
    yield Coder()


def code_all(coder: Coder, texts: list[tuple[str, date]]) -> list[Event]:
    return [e for text, day in texts for e in coder.code_text(text, published=day)]


def test_model_file_loads_and_is_small() -> None:
    assert MODEL_PATH.is_file()
    assert MODEL_PATH.stat().st_size < 5_000_000
    model = refiner(MODEL_PATH)
    assert model is not None
    assert "NONE" in model.model.classes and "AGREE" in model.model.classes


def test_confidences_are_probabilities_that_differ(coder: Coder) -> None:
    events = code_all(coder, gold_train(25))
    assert len(events) >= 10
    confidences = [e.confidence for e in events]
    assert all(0.0 <= c <= 1.0 for c in confidences)
    assert len(set(confidences)) >= 5
    for i in range(1, len(events)):
        if events[i].span == events[i - 1].span:  # the sentence's top event leads
            assert events[i].confidence <= events[i - 1].confidence


def test_switching_off_gives_the_rules_alone(coder: Coder, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    texts = gold_train(8)
    learned = code_all(coder, texts)
    monkeypatch.setenv("DETENTE_LEARNED", "0")
    rules = code_all(coder, texts)
    monkeypatch.delenv("DETENTE_LEARNED")
    assert [e.confidence for e in learned] != [e.confidence for e in rules]
    coder.learned = False  # type: ignore[attr-defined]
    try:
        assert [e.to_dict() for e in code_all(coder, texts)] == [e.to_dict() for e in rules]
    finally:
        del coder.learned  # type: ignore[attr-defined]
    coder.learned_model = Path("/nonexistent/model.joblib")  # type: ignore[attr-defined]
    try:  # a missing model file: the rules alone, no error
        assert [e.to_dict() for e in code_all(coder, texts)] == [e.to_dict() for e in rules]
    finally:
        del coder.learned_model  # type: ignore[attr-defined]


def test_training_is_reproducible(coder: Coder, tmp_path: Path) -> None:
    coder.learned = False  # type: ignore[attr-defined]
    try:
        corpus = collect(limit=20, gold_limit=30, coder=coder)
    finally:
        del coder.learned  # type: ignore[attr-defined]
    first, _ = build(corpus)
    second, _ = build(corpus)
    assert first["vocab"] == second["vocab"] and first["thresholds"] == second["thresholds"]
    assert np.array_equal(first["coef"], second["coef"])
    save(first, tmp_path / "a.joblib")
    save(second, tmp_path / "b.joblib")
    assert (tmp_path / "a.joblib").read_bytes() == (tmp_path / "b.joblib").read_bytes()


def test_calibration_figures() -> None:
    figures = calibration_figures([(0.9, 1), (0.8, 1), (0.2, 0), (0.6, 0)])
    assert figures["events"] == 4
    assert 0 <= figures["ece"] <= 1 and figures["brier"] == pytest.approx(0.1125, abs=1e-4)


# -- proposals: the types the rules missed -----------------------------------------------------


def _consult_means_cooperate(threshold: float | None) -> TypeModel:
    """A hand-set sentence model: where the rules coded CONSULT, COOPERATE is likely."""
    coef = np.zeros((1, len(EVENT_TYPES)))
    coef[0, EVENT_TYPES.index("COOPERATE")] = 8.0
    return TypeModel({"types": list(EVENT_TYPES), "vocab": {"rule=CONSULT": 0}, "coef": coef,
                      "intercept": np.full(len(EVENT_TYPES), -4.0), "threshold": threshold,
                      "precision": 0.6})


def test_proposals_sit_beside_rule_events_only(coder: Coder) -> None:
    text = "Zelensky held talks with Macron in Kyiv. The weather was fine that day."
    article = Article(text=text, published=date(2022, 5, 1), id="p")
    doc = coder.nlp(text)
    coder.learned = False  # type: ignore[attr-defined]
    try:
        rules = coder.extract(doc, article)
    finally:
        del coder.learned  # type: ignore[attr-defined]
    assert {e.event_type for e in rules} == {"CONSULT"}
    proposed = proposed_events(_consult_means_cooperate(0.5), coder, doc, article, rules)
    # one each way between the talks' two parties, and none in the weather sentence
    assert [e.event_type for e in proposed] == ["COOPERATE", "COOPERATE"]
    event, back = proposed
    assert is_proposal(event) and not any(is_proposal(e) for e in rules)
    assert event.span == back.span == rules[0].span and event.source == rules[0].source
    assert (back.source, back.target) == (event.target, event.source)
    assert event.confidence <= min(e.confidence for e in rules) and event.cameo is not None
    assert proposed_events(_consult_means_cooperate(None), coder, doc, article, rules) == []


def test_a_proposal_takes_the_actors_the_rules_read_around_its_anchor(coder: Coder) -> None:
    text = "Russian troops flattened Borodianka, a town near Kyiv."
    article = Article(text=text, published=date(2022, 4, 5), id="a", source="president.gov.ua")
    doc = coder.nlp(text)
    coef = np.zeros((1, len(EVENT_TYPES)))
    coef[0, EVENT_TYPES.index("ASSAULT")] = 8.0  # no rule trigger: only the model knows it
    model = TypeModel({"types": list(EVENT_TYPES), "vocab": {"v=flatten": 0}, "coef": coef,
                       "intercept": np.full(len(EVENT_TYPES), -4.0), "threshold": 0.5,
                       "precision": 0.6})
    assert model.anchor(next(doc.sents), "ASSAULT").text == "flattened"
    event, = proposed_events(model, coder, doc, article, [], coder.actor_reader(doc, article))
    assert [(a.code, a.sector) for a in event.source] == [("RUS", "MIL")]
    assert [a.code for a in event.target] == ["UKR"]
    # without the rules' reading, only the subject: no target
    event, = proposed_events(model, coder, doc, article, [])
    assert [a.code for a in event.source] == ["RUS"] and event.target == []
    # a proposal carries the sentence's counts
    text = "Russian troops flattened 12 villages."
    event, = proposed_events(model, coder, coder.nlp(text), Article(text=text, id="q"), [])
    assert [(q.value, q.unit) for q in event.quantities] == [(12, "villages")]


def test_a_proposal_keeps_to_the_rules_reading_and_to_sound_thresholds() -> None:
    assert may_add("COOPERATE", {"CONSULT"}) and not may_add("CONSULT", {"CONSULT"})
    assert not may_add("ASSAULT", {"THREATEN"})  # "How many people will they kill?"
    assert not may_add("THREATEN", {"SANCTION"}) and may_add("THREATEN", {"AGREE"})
    assert not may_add("SANCTION", {"REQUEST"})  # "urged the EU to impose sanctions"
    assert not may_add("SANCTION", {"AGREE"})  # "agree on strengthening sanctions"
    assert not may_add("REQUEST", {"SANCTION"})  # "Switzerland joined the EU sanctions"
    assert not may_add("CONCEDE", {"REJECT"})  # "We will not give up"
    assert may_add("REQUEST", {"ACCUSE"}) and may_add("COOPERATE", {"AGREE"})
    # a threshold whose proposals are mostly wrong is never chosen, however the scores gain
    figures = {None: (0.60, 0.70, 0.0), 0.5: (0.62, 0.72, 0.4), 0.6: (0.61, 0.71, 0.6),
               0.7: (0.60, 0.70, 0.9)}

    def simulate(_sentences: object, _probs: object, t: float | None) -> dict[str, float]:
        return dict(zip(("accuracy", "macro_f1", "precision"), figures[t], strict=True))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(train_types, "GRID", [0.5, 0.6, 0.7])
        mp.setattr(train_types, "simulate", simulate)
        assert train_types.tune([], np.zeros(0))["threshold"] == 0.6


def test_the_tracker_leaves_proposals_out() -> None:
    def agree(coder_name: str, trigger: str | None) -> Event:
        side = [Actor("Russia", code="RUS", sector="GOV")], [Actor("Ukraine", code="UKR",
                                                                    sector="GOV")]
        return Event(article_id="t", sentence="The sides agreed on a ceasefire in Mariupol.",
                     span=(0, 44), event_type="AGREE", mode="ceasefire", context=["ceasefire"],
                     source=side[0], target=side[1], date=date(2022, 3, 5), trigger=trigger,
                     coder=coder_name)

    assert track([agree("detente.rules.v7", "agreed")])
    assert track([agree(LEARNED_CODER, None)]) == []


def test_the_gold_split_rule_is_the_gold_files() -> None:
    with GOLD.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    assert all(gold_split_of(r["article_id"]) == r["split"] for r in records)
