"""Train the event-type classifier: ``python -m detente.learn.train``.

Data: data/train/ngec_synthetic_events_*.csv.zip (headline + lead sentence of each story,
labelled by story) and the train split of data/gold/detente_gold.jsonl (weighted up).
Prints held-out figures on the gold test split and writes src/detente/learn/event_types.joblib.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from detente.config import REPO_DIR
from detente.learn import MODEL_PATH, NONE, features, identity

SYNTHETIC = REPO_DIR / "data" / "train" / "ngec_synthetic_events_2023-10-19.csv.zip"
GOLD = REPO_DIR / "data" / "gold" / "detente_gold.jsonl"
GOLD_WEIGHT = 5.0


def synthetic_texts(path: Path = SYNTHETIC) -> Iterator[tuple[str, str]]:
    with zipfile.ZipFile(path) as archive:
        name = archive.namelist()[0]
        rows = csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8"))
        for row in rows:
            title = re.sub(r"\{[a-z_0-9]+\}", "Country", row["title"])
            lead = row["text"].strip().split("\n")[0]
            yield title, row["label"]
            yield lead, row["label"]


def gold_texts(split: str, path: Path = GOLD) -> Iterator[tuple[str, str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record.get("split") != split:
                continue
            events = record.get("events") or []
            yield record["text"], events[0]["event_type"] if events else NONE


def _featurize(nlp, texts: list[str]) -> list[list[str]]:
    out = []
    for doc in nlp.pipe(texts, batch_size=64):
        sents = list(doc.sents)
        out.append(features(sents[0]) if sents else ["empty"])
    return out


def _load_parser():
    try:
        from detente.nlp import load_nlp
    except ImportError:
        import spacy
        from thinc.api import NumpyOps, set_current_ops

        from detente.config import model_name

        set_current_ops(NumpyOps(use_blis=False))
        return spacy.load(model_name())
    return load_nlp()


def train(out: Path = MODEL_PATH) -> dict[str, float]:
    import joblib
    import numpy as np
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, f1_score

    nlp = _load_parser()
    synth = list(synthetic_texts())
    gold_train = list(gold_texts("train"))
    gold_test = list(gold_texts("test"))
    texts = [t for t, _ in synth + gold_train]
    labels = [y for _, y in synth + gold_train]
    weights = np.array([1.0] * len(synth) + [GOLD_WEIGHT] * len(gold_train))
    vectorizer = CountVectorizer(analyzer=identity, min_df=2, binary=True)
    matrix = vectorizer.fit_transform(_featurize(nlp, texts))
    base = LogisticRegression(max_iter=2000, C=0.5, class_weight="balanced")
    model = CalibratedClassifierCV(base, method="sigmoid", cv=3, ensemble=False)
    model.fit(matrix, labels, sample_weight=weights)
    figures: dict[str, float] = {"train_examples": float(len(labels))}
    if gold_test:
        predicted = model.predict(vectorizer.transform(_featurize(nlp, [t for t, _ in gold_test])))
        truth = [y for _, y in gold_test]
        figures["gold_test_accuracy"] = round(float(accuracy_score(truth, predicted)), 3)
        figures["gold_test_macro_f1"] = round(
            float(f1_score(truth, predicted, average="macro", zero_division=0)), 3)
    joblib.dump({"vectorizer": vectorizer, "model": model, "version": "detente.learn.v1"},
                out, compress=3)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    print(json.dumps(train(args.out)))


if __name__ == "__main__":
    main()
