"""Coding in several local processes: each worker loads the model once."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from itertools import islice

from detente.model import Article, Event

_CODER = None
Result = tuple[str, list[Event], int]


def _init_worker(model: str | None) -> None:
    global _CODER
    from detente.nlp import Coder

    _CODER = Coder(model)


def _code_batch(args: tuple[list[Article], int]) -> list[Result]:
    articles, batch_size = args
    assert _CODER is not None
    return [
        (c.article.id, c.events, c.n_sentences)
        for c in _CODER.code(articles, batch_size=batch_size)
    ]


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def code_in_processes(
    articles: Iterable[Article], model: str | None, workers: int, batch_size: int = 32
) -> Iterator[Result]:
    """Yield (article_id, events, n_sentences) as workers finish, in input order."""
    context = mp.get_context("spawn")
    jobs = ((chunk, batch_size) for chunk in batched(articles, batch_size))
    with context.Pool(workers, initializer=_init_worker, initargs=(model,)) as pool:
        for results in pool.imap(_code_batch, jobs):
            yield from results
