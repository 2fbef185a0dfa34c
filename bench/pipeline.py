"""Throughput of the whole pipeline against spaCy parse+NER alone on the same text.

    python bench/pipeline.py --articles 200

Both are measured in this process on the first N articles of the bundled corpus, so the
ratio holds on a noisy machine. The pipeline is: read the articles, code them (spaCy plus
detente's components), write articles and events to a fresh SQLite store.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

import spacy
from thinc.api import NumpyOps, set_current_ops

from detente.config import BUNDLED_CORPUS, model_name
from detente.model import Article
from detente.nlp import Coder
from detente.store import Store


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def first_articles(n: int) -> list[Article]:
    with gzip.open(BUNDLED_CORPUS, "rt", encoding="utf-8") as fh:
        return [Article.from_dict(json.loads(line)) for line in islice(fh, n)]


def time_parse(texts: list[str], batch_size: int) -> tuple[float, int]:
    set_current_ops(NumpyOps(use_blis=False))  # the same ops the coder uses
    nlp = spacy.load(model_name())  # the stock model: parser, tagger, lemmatizer, NER
    started = time.perf_counter()
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=batch_size))
    return time.perf_counter() - started, sentences


def time_pipeline(articles: list[Article], batch_size: int) -> tuple[float, int, int, list]:
    coder = Coder()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        started = time.perf_counter()
        store.add_articles(articles)
        events = sentences = 0
        rss_trace = []
        for i, coded in enumerate(coder.code(iter(articles), batch_size=batch_size), 1):
            store.replace_events(coded.article.id, coded.events, coder.name, coded.n_sentences)
            events += len(coded.events)
            sentences += coded.n_sentences
            if i % max(1, len(articles) // 4) == 0:
                rss_trace.append(round(rss_mb(), 1))
        elapsed = time.perf_counter() - started
        store.close()
    return elapsed, sentences, events, rss_trace


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args(argv)
    articles = first_articles(args.articles)
    texts = [a.text for a in articles]
    time_parse(texts[:5], args.batch_size)  # warm-up: model load and first-batch costs
    parse_s, _ = time_parse(texts, args.batch_size)
    pipe_s, sentences, events, rss_trace = time_pipeline(articles, args.batch_size)
    result = {
        "articles": len(articles),
        "words": sum(len(t.split()) for t in texts),
        "articles_per_s": round(len(articles) / pipe_s, 2),
        "sentences_per_s": round(sentences / pipe_s, 1),
        "events_per_s": round(events / pipe_s, 1),
        "events": events,
        "parse_seconds": round(parse_s, 2),
        "pipeline_seconds": round(pipe_s, 2),
        "ratio_vs_parse": round(parse_s / pipe_s, 3),
        "peak_rss_mb": round(rss_mb(), 1),
        "rss_trace_mb": rss_trace,
    }
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
