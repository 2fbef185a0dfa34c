"""Coding on a Ray cluster (optional extra: ``pip install 'detente[ray]'``).

Each actor loads the model once; batches go out round-robin and come back in order.
``RAY_ADDRESS`` picks a cluster; without it Ray starts a local one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from detente.engine.local import Result, batched
from detente.errors import DetenteError
from detente.model import Article


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise DetenteError("Ray is not installed: pip install 'detente[ray]'") from exc
    return ray


def code_with_ray(
    articles: Iterable[Article], model: str | None, workers: int, batch_size: int = 32
) -> Iterator[Result]:
    ray = _ray()
    if not ray.is_initialized():
        ray.init(ignore_reinit_error=True, log_to_driver=False)

    @ray.remote
    class CoderActor:
        def __init__(self, model: str | None) -> None:
            from detente.nlp import Coder

            self.coder = Coder(model)

        def code(self, chunk: list[Article]) -> list[Result]:
            return [
                (c.article.id, c.events, c.n_sentences)
                for c in self.coder.code(chunk, batch_size=batch_size)
            ]

    remote_actor: Any = CoderActor
    actors = [remote_actor.remote(model) for _ in range(max(1, workers))]
    in_flight: list[Any] = []
    for i, chunk in enumerate(batched(articles, batch_size)):
        in_flight.append(actors[i % len(actors)].code.remote(chunk))
        if len(in_flight) >= 2 * len(actors):
            yield from ray.get(in_flight.pop(0))
    for ref in in_flight:
        yield from ray.get(ref)
