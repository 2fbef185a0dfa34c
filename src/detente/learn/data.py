"""Training rows for the learned component, read off the rules coder's own parse.

Each row is (features, label) plus, for gold rows, the article (the cross-validation
group) and, for rows that stand for a rule event, that event (its type and confidence
are what the calibrator weighs; whether its type is the gold one is what it predicts).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.config import REPO_DIR
from detente.learn.features import features
from detente.learn.runtime import NONE, sentence_of, trigger_token
from detente.model import Actor, Article, Event

SYNTHETIC = REPO_DIR / "data" / "train" / "ngec_synthetic_events_2023-10-19.csv.zip"
GOLD = REPO_DIR / "data" / "gold" / "detente_gold.jsonl"
# sentences kept out of training and rule writing, to measure how the coder generalises
HELDOUT = REPO_DIR / "data" / "gold" / "detente_heldout.jsonl"


@dataclass
class Row:
    feats: list[str]
    label: str
    group: str = ""  # the gold article ("" for synthetic rows)
    rule: Event | None = None  # the rule event this row reads
    record: int = -1  # index of the gold record (sentence) the row belongs to


@dataclass
class GoldSentence:
    """One gold record with the rule events the coder found in it."""

    record: Any
    rule_events: list[Event] = field(default_factory=list)
    type_feats: list[str] = field(default_factory=list)  # what the sentence model reads
    actors: tuple[list[Actor], list[Actor]] = ([], [])  # a proposal's (sources, targets)


@dataclass
class Corpus:
    """All training rows: synthetic, gold train, the gold sentences they come from, and
    news sentences that stand for "no event" to the sentence-type model."""

    synthetic: list[Row]
    gold: list[Row]
    sentences: list[GoldSentence]
    negatives: list[list[str]] = field(default_factory=list)


def synthetic_stories(path: Path = SYNTHETIC, limit: int | None = None
                      ) -> Iterator[tuple[str, str]]:
    """(headline, label) and (lead sentence paragraph, label) of each synthetic story."""
    with zipfile.ZipFile(path) as archive:
        name = sorted(archive.namelist())[0]
        rows = csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8"))
        for n, row in enumerate(rows):
            if limit is not None and n >= limit:
                return
            # the prompt holds the headline with its placeholders filled in
            title = row["prompt"].strip().split("\n")[0]
            lead = row["text"].strip().split("\n")[0]
            yield title, row["label"]
            yield lead, row["label"]


def rules_coder() -> Any:
    from detente.nlp import Coder

    coder = Coder()
    coder.learned = False  # type: ignore[attr-defined]
    return coder


def synthetic_rows(coder: Any, limit: int | None = None) -> list[Row]:
    """One row per text: its first sentence read around the rules' top trigger there."""
    stories = list(synthetic_stories(limit=limit))
    rows = []
    docs = coder.nlp.pipe((t for t, _ in stories), batch_size=64)
    for doc, (text, label) in zip(docs, stories, strict=True):
        sents = list(doc.sents)
        if not sents:
            continue
        first = sents[0]
        events = [e for e in coder.extract(doc, Article(text=text))
                  if e.span[0] < first.end_char]
        top = max(events, key=lambda e: e.confidence) if events else None
        trig = trigger_token(first, top) if top else None
        rows.append(Row(features(first, trig, top.event_type if top else None), label))
    return rows


def gold_sentences(coder: Any, split: str, path: Path = GOLD, limit: int | None = None
                   ) -> tuple[list[GoldSentence], dict[str, Any]]:
    """Gold records of ``split`` (the first ``limit``) with the rule events of their
    sentence, each coded inside its article as ``detente eval`` does; also the parsed
    docs by record id."""
    from detente.eval import bundled_articles, read_gold

    _, records = read_gold(path, split)
    records = records[:limit]
    articles = bundled_articles(r.article_id for r in records if r.article_id)
    cache: dict[str, tuple[Any, list[Event]]] = {}
    out, docs = [], {}
    for rec in records:
        article = articles.get(rec.article_id)
        start = article.text.find(rec.text) if article is not None else -1
        if article is None or start < 0:
            article, start = Article(text=rec.text, published=rec.published), 0
        if article.id not in cache:
            doc = coder.nlp(article.text)
            cache[article.id] = (doc, coder.extract(doc, article))
        doc, events = cache[article.id]
        end = start + len(rec.text)
        docs[rec.id] = (doc, start, end, article)
        found = [e for e in events if e.span[0] < end and e.span[1] > start]
        out.append(_read_for_proposals(coder, GoldSentence(rec, found), doc, start, end,
                                       article))
    return out, docs


def _read_for_proposals(coder: Any, gs: GoldSentence, doc: Any, start: int, end: int,
                        article: Article) -> GoldSentence:
    """The sentence as the proposal model reads it: its features and proposals' actors."""
    from detente.learn.proposals import proposal_actors, sentence_type_features

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        gs.type_feats = sentence_type_features(span, {e.event_type for e in gs.rule_events})
        gs.actors = proposal_actors(coder, doc, span, article, gs.rule_events)
    return gs


def gold_rows(sentences: list[GoldSentence], docs: dict[str, Any]) -> list[Row]:
    """Rows of gold sentences: each rule event labelled with the gold event it matches
    (NONE: a false alarm); each missed gold event and each empty sentence read at the root."""
    from detente.eval import match_events

    rows = []
    for n, gs in enumerate(sentences):
        doc, start, end, _ = docs[gs.record.id]
        group = gs.record.article_id or gs.record.id
        span = doc.char_span(start, end, alignment_mode="expand")
        root_sent = span.sent if span is not None else None
        pairs = match_events(gs.record.events, gs.rule_events)
        for gold, pred in pairs:
            if pred is not None:
                sent = sentence_of(doc, pred)
                feats = features(sent, trigger_token(sent, pred), pred.event_type)
                rows.append(Row(feats, gold.event_type if gold else NONE, group, pred, n))
            elif gold is not None and root_sent is not None:
                rows.append(Row(features(root_sent), gold.event_type, group, None, n))
        if not pairs and root_sent is not None:
            rows.append(Row(features(root_sent), NONE, group, None, n))
    return rows


def dump_rows(rows: list[Row], path: Path) -> None:
    """Feature rows as JSON lines (for inspection)."""
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({"label": r.label, "group": r.group, "feats": r.feats}) + "\n")


SPLIT_SALT = "detente-gold-85"  # data/gold/README.md, "Split"
NEGATIVE_STEP = 8  # every 8th eligible corpus article ...
NEGATIVE_ARTICLES = 75  # ... up to 75 of them


def gold_split_of(article_id: str) -> str:
    """The split the gold's rule puts an article in (by its content hash)."""
    digest = hashlib.sha1((SPLIT_SALT + article_id).encode("utf-8")).hexdigest()
    return "train" if int(digest[:8], 16) % 100 < 60 else "test"


def corpus_negatives(coder: Any, path: Path = GOLD) -> list[list[str]]:
    """Sentence-type features of the corpus sentences the rules code nothing in, from
    train-split articles outside the held-out set (never a gold sentence itself). Most
    sentences of the news tell no event; the gold, chosen for its events, would otherwise
    teach the model they all do."""
    from detente.eval import bundled_corpus
    from detente.learn.proposals import sentence_type_features

    held = {json.loads(line).get("article_id") for line in HELDOUT.open(encoding="utf-8")} \
        if HELDOUT.is_file() else set()
    gold: dict[str, set[str]] = {}
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        gold.setdefault(rec.get("article_id", ""), set()).add(rec.get("text", "").strip())
    articles = [a for a in bundled_corpus()
                if a.id not in held and gold_split_of(a.id) == "train"]
    articles = articles[::NEGATIVE_STEP][:NEGATIVE_ARTICLES]
    out = []
    for doc, article in coder.nlp.pipe(((a.text, a) for a in articles), as_tuples=True):
        coded = {e.span[0] for e in coder.extract(doc, article)}
        told = gold.get(article.id, set())
        out += [sentence_type_features(sent, ()) for sent in doc.sents
                if sent.start_char not in coded and not any(
                    g in sent.text or sent.text.strip() in g for g in told)]
    return out
