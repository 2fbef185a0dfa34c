"""The learned component on real gold train sentences: the committed model loads, gives
calibrated confidences, can be switched off, and training is reproducible."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from detente.learn import MODEL_PATH, refiner
from detente.learn.measure import calibration_figures
from detente.learn.train import build, collect, save
from detente.model import Event
from detente.nlp import Coder

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
