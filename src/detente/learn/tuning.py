"""Choosing a threshold from cross-validated figures, the same way for every learned part:
the candidate that most raises ``detente eval``'s accuracy plus macro-F1 on the train split,
kept only if it raises them by ``MIN_GAIN``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")
MIN_GAIN = 0.005  # a threshold is kept only if it raises train-split CV accuracy + macro-F1


def gain(figures: dict[str, float]) -> float:
    return figures["accuracy"] + figures["macro_f1"]


def best_candidate(base: dict[str, float], candidates: Iterable[T],
                   figures_of: Callable[[T], dict[str, float]]
                   ) -> tuple[T | None, dict[str, float]]:
    """(the best candidate, its figures), or (None, ``base``) when none gains enough."""
    best: T | None = None
    best_figures = base
    for candidate in candidates:
        figures = figures_of(candidate)
        if gain(figures) > gain(best_figures) + MIN_GAIN:
            best, best_figures = candidate, figures
    return best, best_figures
