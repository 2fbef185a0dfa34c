"""Score a coder against gold files; floors that a coder must stay above.

Three gold formats, told apart by extension and content (:func:`detect_format`):

- ``plover``: PLOVER GSR JSONL, one sentence and one event a line
  (``id, text, date, event, mode, context`` (a string), ``source/target``
  ``[{actorText, code, sector?}]``);
- ``detente``: detente gold JSONL, ``{id, text, published, article_id?, split?, events:
  [Event dicts]}``; a sentence may hold zero, one or several events;
- ``tsv``: ``text<TAB>label`` lines, label a PLOVER type (or NONE); one header line is
  skipped when its label is not a type.

Matching. Single-label formats (plover, tsv) compare the gold event with the coder's top
event (highest confidence; NONE when it returns none). detente gold matches events inside
each sentence: first gold and predicted events of the same type (greedily, best actor
overlap first), then what is left of each side by actor overlap (a type confusion), then
the rest become misses (gold vs NONE) and false alarms (NONE vs predicted). A sentence
with no gold and no predicted event counts as one correct NONE/NONE pair.

Metrics (all in one JSON-ready dict, see :func:`score`): accuracy and macro-F1 of the
event type over those pairs (macro over the types present in gold or predictions, NONE
excluded), per-type precision/recall/F1/support, and attribute accuracies computed over
gold events, a gold event without a paired prediction counting as wrong:
mode (gold has a mode; same type and mode), context (gold context among predicted ones,
legacy names normalised), source/target country (gold has coded actors; any gold code
among the predicted codes), source/target sector (likewise with sector codes, first three
letters), the same country accuracies over the gold events the coder found (a paired
prediction of the same type: ``*_country_accuracy_found``, actor resolution apart from
recall), date (detente gold with a date), quantity recall (gold value+unit found among
the sentence's predicted quantities), negation F1, claimant and modality accuracy (detente
gold only). ``support`` gives the denominator of each.
"""

from __future__ import annotations

import gzip
import importlib
import inspect
import json
import os
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from detente.actors import state_codes
from detente.config import BUNDLED_CORPUS
from detente.errors import BadInput, DetenteError
from detente.model import EVENT_TYPES, Actor, Article, Event
from detente.ontology import normalize_context, normalize_mode

NONE = "NONE"
FORMATS = ("plover", "detente", "tsv")
FLOORS_FILE = "eval_floors.json"

__all__ = [
    "FORMATS", "NONE", "ArticleLookup", "Coder", "GoldRecord", "bundled_articles", "check_floors",
    "detect_format", "evaluate", "plover_code", "state_codes",
    "load_floors", "match_events", "read_gold", "score", "top_event",
]


class Coder(Protocol):
    name: str

    def code_text(
        self, text: str, published: date | None = None, article_id: str = ""
    ) -> list[Event]: ...


@dataclass
class GoldRecord:
    """One gold sentence: its expected events (empty: a deliberate no-event sentence)."""

    id: str
    text: str
    events: list[Event] = field(default_factory=list)
    published: date | None = None
    article_id: str = ""
    split: str | None = None
    format: str = "detente"
    url: str | None = None

    @property
    def single_label(self) -> bool:
        return self.format in ("plover", "tsv")


# ----------------------------------------------------------------------------- reading


def detect_format(path: str | Path) -> str:
    """'plover', 'detente' or 'tsv' from the extension and the first record."""
    p = Path(path)
    first = ""
    with p.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                first = line.strip()
                break
    if p.suffix.lower() in (".tsv", ".tab"):
        return "tsv"
    if first.startswith("{"):
        try:
            record = json.loads(first)
        except json.JSONDecodeError as exc:
            raise BadInput(str(path), f"line 1 is not JSON: {exc.msg}") from exc
        if "events" in record:
            return "detente"
        if "event" in record:
            return "plover"
        raise BadInput(str(path), "JSON lines with neither 'events' nor 'event'")
    if "\t" in first:
        return "tsv"
    raise BadInput(str(path), "not a gold file (PLOVER or detente JSONL, or text<TAB>label)")


def _plover_contexts(value: Any) -> list[str]:
    if not value:
        return []
    items = value if isinstance(value, list) else re.split(r"[,;]", str(value))
    return [str(c).strip().lower() for c in items if str(c).strip()]


def _plover_record(data: dict[str, Any], n: int) -> GoldRecord:
    text = data.get("text") or ""
    rid = str(data.get("id") or f"line-{n}")
    event = Event(
        article_id=rid, sentence=text, span=(0, len(text)),
        event_type=str(data.get("event") or "").upper(),
        mode=normalize_mode(data.get("mode")),
        context=_plover_contexts(data.get("context")),
        source=[Actor.from_dict(a) for a in data.get("source") or []],
        target=[Actor.from_dict(a) for a in data.get("target") or [] if isinstance(a, dict)],
    )
    # GSR dates are placeholders (every record: 2000-01-01): they are neither scored nor given
    # to the coder, whose time-aware actor dictionary would read them as the day of the story.
    return GoldRecord(rid, text, [event], None, rid, data.get("split"), "plover")


def _detente_record(data: dict[str, Any], n: int) -> GoldRecord:
    text = data.get("text") or ""
    rid = str(data.get("id") or f"line-{n}")
    article_id = data.get("article_id") or ""
    events = []
    for e in data.get("events") or []:
        merged = {"article_id": article_id, "sentence": text, "span": [0, len(text)], **e}
        events.append(Event.from_dict(merged))
    return GoldRecord(rid, text, events, _parse_date(data.get("published")), article_id,
                      data.get("split"), "detente", data.get("url"))


def _parse_date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def read_gold(path: str | Path, split: str | None = None) -> tuple[str, list[GoldRecord]]:
    """(format, records) of a gold file, only records of ``split`` when given."""
    fmt = detect_format(path)
    records: list[GoldRecord] = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            if fmt == "tsv":
                text, _, label = line.rstrip("\n").rpartition("\t")
                label = label.strip().upper()
                if not text:
                    raise BadInput(f"{path}:{n}", "expected text<TAB>label")
                if label not in EVENT_TYPES and label != NONE:
                    if n == 1 and not records:
                        continue  # a header line
                    raise BadInput(f"{path}:{n}", f"unknown label {label!r}")
                events = [] if label == NONE else [
                    Event(article_id=f"line-{n}", sentence=text, span=(0, len(text)),
                          event_type=label)]
                records.append(GoldRecord(f"line-{n}", text, events, format="tsv"))
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BadInput(f"{path}:{n}", f"not JSON: {exc.msg}") from exc
            rec = _plover_record(data, n) if fmt == "plover" else _detente_record(data, n)
            records.append(rec)
    if split:
        records = [r for r in records if r.split == split]
    return fmt, records


# ---------------------------------------------------------------------------- matching


def top_event(events: Sequence[Event]) -> Event | None:
    """The predicted event with the highest confidence (the first one on ties)."""
    best: Event | None = None
    for e in events:
        if best is None or e.confidence > best.confidence:
            best = e
    return best


def plover_code(code: str) -> str:
    """A code as PLOVER GSR gold writes it: states keep their ISO code, every grouping or
    international body (EU, UN, NATO, Red Cross, ICC ...) is ``IGO``."""
    code = code.upper()
    return code if code in state_codes() else "IGO"


def _codes(actors: Iterable[Actor], plover: bool = False) -> set[str]:
    codes = {a.code.upper() for a in actors if a.code}
    return {plover_code(c) for c in codes} if plover else codes


def _texts(actors: Iterable[Actor]) -> set[str]:
    return {a.text.strip().lower() for a in actors if a.text}


def _sectors(actors: Iterable[Actor]) -> set[str]:
    out = set()
    for a in actors:
        s = re.sub(r"[^A-Za-z]", "", a.sector or "")[:3].upper()
        if len(s) == 3:
            out.add(s)
    return out


def _actor_overlap(g: Event, p: Event) -> float:
    score: float = len(_codes(g.source) & _codes(p.source))
    score += len(_codes(g.target) & _codes(p.target))
    score += 0.5 * (len(_texts(g.source) & _texts(p.source))
                    + len(_texts(g.target) & _texts(p.target)))
    score += 0.25 * (len(_codes(g.source) & _codes(p.target))
                     + len(_codes(g.target) & _codes(p.source)))
    # a negated act and its affirmed twin are different events: agreeing on negation weighs
    # more than a country found in the other role
    return score + (0.3 if g.negated == p.negated else 0.0)


def match_events(
    gold: Sequence[Event], predicted: Sequence[Event]
) -> list[tuple[Event | None, Event | None]]:
    """Pair a sentence's gold and predicted events: same type first, then actors.

    Returns (gold, predicted) pairs; either side may be None (a miss, a false alarm).
    """
    free_g = set(range(len(gold)))
    free_p = set(range(len(predicted)))
    pairs: list[tuple[Event | None, Event | None]] = []
    predicted_types = {p.event_type for p in predicted}
    for same_type in (True, False):
        # Ties go to a gold event whose type the coder never predicted (a real confusion)
        # rather than to the second of two same-type events, then to the earlier events.
        candidates = sorted(
            ((_actor_overlap(g, p), g.event_type not in predicted_types, -gi, -pi, gi, pi)
             for gi, g in enumerate(gold) if gi in free_g
             for pi, p in enumerate(predicted) if pi in free_p
             if (g.event_type == p.event_type) == same_type),
            reverse=True,
        )
        for *_, gi, pi in candidates:
            if gi in free_g and pi in free_p:
                free_g.discard(gi)
                free_p.discard(pi)
                pairs.append((gold[gi], predicted[pi]))
    pairs.extend((gold[gi], None) for gi in sorted(free_g))
    pairs.extend((None, predicted[pi]) for pi in sorted(free_p))
    return pairs


# ----------------------------------------------------------------------------- scoring


def _ratio(hits: int, n: int) -> float | None:
    return round(hits / n, 4) if n else None


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


CURRENCY_UNITS = {"$": "usd", "dollars": "usd", "dollar": "usd", "€": "eur", "euros": "eur",
                  "euro": "eur", "hryvnias": "uah", "hryvnia": "uah", "hryvnas": "uah",
                  "rubles": "rub", "roubles": "rub", "ruble": "rub", "rouble": "rub",
                  "£": "gbp", "pounds": "gbp", "%": "percent", "pct": "percent"}


def _unit(text: str) -> str:
    words = text.strip().lower().split()
    u = words[-1] if words else ""  # the head noun: "humanitarian corridors" ~ "corridors"
    u = CURRENCY_UNITS.get(u, u)
    if u.endswith("es") and u[:-2].endswith(("s", "x", "ch", "sh")):
        return u[:-2]  # buses, boxes
    return u[:-1] if len(u) > 3 and u.endswith("s") and not u.endswith("ss") else u


class _Tally:
    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.n: Counter[str] = Counter()

    def add(self, name: str, ok: bool) -> None:
        self.n[name] += 1
        self.hits[name] += int(ok)

    def value(self, name: str) -> float | None:
        return _ratio(self.hits[name], self.n[name])


def score(
    records: Sequence[GoldRecord],
    predictions: Sequence[Sequence[Event]],
    confusion: bool = False,
) -> dict[str, Any]:
    """Metrics of ``predictions`` (one list of events per record) against ``records``."""
    if len(records) != len(predictions):
        raise ValueError("one list of predicted events per gold record is needed")
    fmt = records[0].format if records else "detente"
    labels: list[tuple[str, str]] = []
    tally = _Tally()
    neg = Counter[str]()
    n_gold = n_pred = 0
    for record, predicted in zip(records, predictions, strict=True):
        n_gold += len(record.events)
        n_pred += len(predicted)
        if record.single_label:
            top = top_event(predicted)
            gold = record.events[0] if record.events else None
            pairs: list[tuple[Event | None, Event | None]] = [(gold, top)]
        else:
            pairs = match_events(record.events, predicted) or [(None, None)]
        quantities = {(round(float(q.value), 6), _unit(q.unit))
                      for p in predicted for q in p.quantities}
        for g, p in pairs:
            labels.append((g.event_type if g else NONE, p.event_type if p else NONE))
            if record.format == "detente":
                gn, pn = bool(g and g.negated), bool(p and p.negated)
                neg["tp" if gn and pn else "fn" if gn else "fp" if pn else "tn"] += 1
            if g is None:
                continue
            _score_attributes(g, p, record, tally, quantities)
    return _report(fmt, records, labels, tally, neg, n_gold, n_pred, confusion)


def _score_attributes(
    g: Event, p: Event | None, record: GoldRecord, tally: _Tally,
    quantities: set[tuple[float, str]],
) -> None:
    if g.mode:
        tally.add("mode_accuracy", bool(p and p.event_type == g.event_type
                                        and normalize_mode(p.mode) == normalize_mode(g.mode)))
    gold_ctx = {c for c in map(normalize_context, g.context) if c}
    if gold_ctx:
        pred_ctx = {c for c in map(normalize_context, p.context) if c} if p else set()
        tally.add("context_accuracy", bool(gold_ctx & pred_ctx))
    plover = record.format == "plover"
    for role in ("source", "target"):
        gold_actors: list[Actor] = getattr(g, role)
        pred_actors: list[Actor] = getattr(p, role) if p else []
        gold_codes = _codes(gold_actors, plover)
        if gold_codes:
            right = bool(gold_codes & _codes(pred_actors, plover))
            tally.add(f"{role}_country_accuracy", right)
            if p is not None and p.event_type == g.event_type:
                tally.add(f"{role}_country_accuracy_found", right)
        if _sectors(gold_actors):
            tally.add(f"{role}_sector_accuracy",
                      bool(_sectors(gold_actors) & _sectors(pred_actors)))
    if record.format != "detente":
        return
    if g.date:
        tally.add("date_accuracy", bool(p and p.date == g.date))
    for q in g.quantities:
        tally.add("quantity_recall", (round(float(q.value), 6), _unit(q.unit)) in quantities)
    claim_ok = False
    if p is not None:
        if g.claimant is None or p.claimant is None:
            claim_ok = g.claimant is None and p.claimant is None
        else:
            claim_ok = not g.claimant.code or (p.claimant.code or "").upper() == g.claimant.code
    tally.add("claimant_accuracy", claim_ok)
    tally.add("modality_accuracy", bool(p and p.modality == g.modality))


ATTRIBUTES = (
    "mode_accuracy", "context_accuracy", "source_country_accuracy", "target_country_accuracy",
    "source_country_accuracy_found", "target_country_accuracy_found",
    "source_sector_accuracy", "target_sector_accuracy", "date_accuracy", "quantity_recall",
    "claimant_accuracy", "modality_accuracy",
)


def _report(
    fmt: str, records: Sequence[GoldRecord], labels: list[tuple[str, str]], tally: _Tally,
    neg: Counter[str], n_gold: int, n_pred: int, confusion: bool,
) -> dict[str, Any]:
    present = {g for g, _ in labels} | {p for _, p in labels}
    types = [t for t in EVENT_TYPES if t in present]
    per_type: dict[str, dict[str, float | int]] = {}
    f1s = []
    for t in types:
        tp = sum(1 for g, p in labels if g == t and p == t)
        fp = sum(1 for g, p in labels if g != t and p == t)
        fn = sum(1 for g, p in labels if g == t and p != t)
        prec, rec, f1 = _prf(tp, fp, fn)
        f1s.append(f1)
        per_type[t] = {"precision": round(prec, 4), "recall": round(rec, 4),
                       "f1": round(f1, 4), "support": tp + fn}
    metrics: dict[str, Any] = {
        "format": fmt,
        "n": len(records),
        "n_gold_events": n_gold,
        "n_predicted_events": n_pred,
        "n_pairs": len(labels),
        "accuracy": _ratio(sum(1 for g, p in labels if g == p), len(labels)),
        "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else None,
        "per_type": per_type,
    }
    for name in ATTRIBUTES:
        metrics[name] = tally.value(name)
    negation_f1 = None
    if fmt == "detente" and (neg["tp"] + neg["fp"] + neg["fn"]):
        negation_f1 = round(_prf(neg["tp"], neg["fp"], neg["fn"])[2], 4)
    metrics["negation_f1"] = negation_f1
    metrics["support"] = {name: tally.n[name] for name in ATTRIBUTES}
    metrics["support"]["negation_f1"] = neg["tp"] + neg["fn"]
    if confusion:
        table: dict[str, dict[str, int]] = defaultdict(dict)
        for (g, p), n in sorted(Counter(labels).items()):
            table[g][p] = n
        metrics["confusion"] = dict(table)
    return metrics


# ---------------------------------------------------------------------------- evaluate


ArticleLookup = Callable[[str], Article | None]


def bundled_corpus() -> Iterator[Article]:
    """The articles of the bundled corpus, in file order (none when it is missing)."""
    if not BUNDLED_CORPUS.is_file():
        return
    with gzip.open(BUNDLED_CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            data = json.loads(line)
            yield Article.from_dict(
                data | {"id": "", "published": str(data.get("published") or "")[:10]})


def bundled_articles(ids: Iterable[str]) -> dict[str, Article]:
    """Articles of the bundled corpus whose content hash is among ``ids``."""
    wanted = set(ids)
    if not wanted:
        return {}
    return {article.id: article for article in bundled_corpus() if article.id in wanted}


def _lookup_of(articles: ArticleLookup | Mapping[str, Article] | None,
               records: Sequence[GoldRecord]) -> ArticleLookup:
    if callable(articles):
        return articles
    if articles is None:
        articles = bundled_articles(r.article_id for r in records if r.article_id)
    return articles.get


def _code_article(coder: Coder, article: Article) -> list[Event]:
    code = getattr(coder, "code", None)
    if callable(code):
        return [e for coded in code([article]) for e in coded.events]
    return _code_sentence(coder, article.text, article.published, article.id,
                          article.source or article.url, article.title)


def _code_sentence(coder: Coder, text: str, published: date | None, article_id: str,
                   source: str | None = None, title: str = "") -> list[Event]:
    params = inspect.signature(coder.code_text).parameters
    if source is not None and "source" in params and "title" in params:
        return coder.code_text(text, published=published, article_id=article_id,
                               source=source, title=title)  # type: ignore[call-arg]
    return coder.code_text(text, published=published, article_id=article_id)


def _overlapping(events: Sequence[Event], start: int, end: int) -> list[Event]:
    return [e for e in events if e.span[0] < end and e.span[1] > start]


class _ArticleCoder:
    """Codes each gold sentence inside its whole article when the article is known, so
    that "the leaders", "he" and an outlet's home country resolve as in the pipeline."""

    def __init__(self, coder: Coder, lookup: ArticleLookup) -> None:
        self.coder = coder
        self.lookup = lookup
        self.cache: dict[str, list[Event]] = {}
        self.modes: Counter[str] = Counter()

    def events(self, record: GoldRecord) -> list[Event]:
        if record.format == "detente" and record.article_id:
            article = self.lookup(record.article_id)
            start = article.text.find(record.text) if article is not None else -1
            if article is not None and start >= 0:
                if article.id not in self.cache:
                    self.cache[article.id] = _code_article(self.coder, article)
                self.modes["article"] += 1
                return _overlapping(self.cache[article.id], start, start + len(record.text))
        self.modes["sentence"] += 1
        return _code_sentence(self.coder, record.text, record.published,
                              record.article_id or record.id, record.url, "")


def evaluate(
    path: str | Path,
    coder: Coder | None = None,
    confusion: bool = False,
    split: str | None = None,
    articles: ArticleLookup | Mapping[str, Article] | None = None,
) -> dict[str, Any]:
    """Code every gold sentence with ``coder`` (default: ``detente.nlp.Coder()``) and score.

    detente gold sentences are coded inside their article (``articles``: a mapping or a
    function from article id to :class:`Article`; default the bundled corpus), scoring the
    events of the sentence(s) overlapping the gold text; a sentence whose article is not
    found, and every PLOVER/TSV sentence, is coded alone. Returns :func:`score`'s metrics
    plus ``gold``, ``split``, ``coder``, ``context`` (records per mode) and ``elapsed_s``.
    """
    fmt, records = read_gold(path, split)
    if coder is None:
        try:
            nlp = importlib.import_module("detente.nlp")
            coder = nlp.Coder()
        except (ImportError, AttributeError) as exc:  # pragma: no cover - needs detente.nlp
            raise DetenteError(f"no coder available: {exc}") from exc
    lookup = _lookup_of(articles, records) if fmt == "detente" else (lambda _id: None)
    article_coder = _ArticleCoder(coder, lookup)
    started = time.perf_counter()
    predictions = [article_coder.events(r) for r in records]
    elapsed = time.perf_counter() - started
    metrics = {"gold": str(path), "split": split,
               "coder": getattr(coder, "name", type(coder).__name__)}
    metrics.update(score(records, predictions, confusion=confusion))
    metrics["format"] = fmt
    metrics["context"] = dict(article_coder.modes)
    metrics["elapsed_s"] = round(elapsed, 3)
    return metrics


# ------------------------------------------------------------------------------ floors


def _floors_file(path: str | Path | None) -> Path | None:
    candidates = [Path(path)] if path else []
    if not path:
        if os.environ.get("DETENTE_EVAL_FLOORS"):
            candidates.append(Path(os.environ["DETENTE_EVAL_FLOORS"]))
        candidates.append(Path.cwd() / FLOORS_FILE)
        candidates.append(Path(__file__).resolve().parents[3] / FLOORS_FILE)
    return next((c for c in candidates if c.is_file()), None)


def load_floors(
    gold: str | Path, split: str | None = None, path: str | Path | None = None
) -> dict[str, float]:
    """The floors (metric -> minimum) pinned for a gold file (and split) in eval_floors.json.

    Keys of the file are gold paths as written in the repository
    (``data/gold/detente_gold.jsonl``), with ``#test``/``#train`` for a split; a gold path
    matches a key with the same resolved path or, failing that, the same file name.
    An unknown gold file has no floors ({}).
    """
    file = _floors_file(path)
    if file is None:
        return {}
    table: dict[str, dict[str, float]] = json.loads(file.read_text(encoding="utf-8"))
    gold_path = Path(gold)
    suffix = f"#{split}" if split else ""
    resolved = gold_path.resolve()
    by_name: dict[str, float] | None = None
    for key, floors in table.items():
        if key.startswith("_"):
            continue  # comments
        name, _, key_split = key.partition("#")
        if (f"#{key_split}" if key_split else "") != suffix:
            continue
        if (file.parent / name).resolve() == resolved or Path(name).resolve() == resolved:
            return dict(floors)
        if Path(name).name == gold_path.name:
            by_name = dict(floors)
    return by_name or {}


def _lookup(metrics: dict[str, Any], dotted: str) -> Any:
    value: Any = metrics
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def check_floors(metrics: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """One line per metric below its floor (or missing). Dotted names reach into
    nested metrics (``per_type.AGREE.f1``)."""
    failures = []
    for name, floor in floors.items():
        value = _lookup(metrics, name)
        if not isinstance(value, int | float):
            failures.append(f"{name}: missing (floor {floor})")
        elif value < floor:
            failures.append(f"{name}: {value} < {floor}")
    return failures
