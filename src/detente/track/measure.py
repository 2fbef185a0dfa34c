"""Measure the tracker against the hand-checked agreements of the 2022 corpus.

``python -m detente.track.measure [--events gold|coder] [--limit N]`` prints JSON:

- ``agreements``: recall = gold agreements found with the right kind and parties / gold
  agreements; precision = tracker agreements that share an evidence sentence with the gold
  set and match the gold agreement they overlap most / such tracker agreements.
- ``positions``: over found agreements, (party, position) pairs the tracker and the gold
  give alike, as precision and recall.
- ``linking``: over gold evidence sentences the tracker linked somewhere, pairs of sentences
  put in one agreement: correctly linked (same gold agreement) and wrongly merged
  (different gold agreements), with precision and recall of the pairs.
- ``status_agreement``: found agreements whose current status equals the gold final status.
- ``statuses_backed``: history entries whose evidence events' sentences say that status.

``--events gold`` tracks the hand-coded events of data/gold/detente_gold.jsonl (what a
perfect coder would give on those sentences); ``--events coder`` (default) codes the 2022
corpus articles that mention agreement words with ``detente.nlp.Coder``.

A tracker agreement *matches* a gold one when they share an evidence sentence, the kind is
equal, every gold party with a stated position is among the tracker's parties, and every
tracker party backed by evidence is a gold party or mediator.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from detente.config import BUNDLED_CORPUS, REPO_DIR
from detente.model import Agreement, Article, Event, content_hash

GOLD_AGREEMENTS = REPO_DIR / "data" / "gold" / "agreements_2022.json"
GOLD_EVENTS = REPO_DIR / "data" / "gold" / "detente_gold.jsonl"
KEYWORDS = re.compile(  # articles that tell of agreements (199 of the 1,360 from 2022)
    r"cease-?fire|cease fire|truce|silence regime|humanitarian corridor|green corridor|"
    r"maritime corridor|exchange of prisoners|prisoners of war|exchange offer|"
    r"exchang\w+ (?:prisoners|everyone)|round of (?:talks|negotiations)|talks in Istanbul|"
    r"Istanbul agreements|agreements in Istanbul|captivity|Azovstal|contact group|"
    r"grain export|export of (?:Ukrainian )?grain|unblock\w* (?:Ukrainian |our |the )?ports|"
    r"stop the assault|cargo ships|cargo shipping|safe navigation",
    re.I,
)

# What a sentence must say for a status to stand on it (independent of the tracker's cues).
STATUS_SAYS: dict[str, re.Pattern[str]] = {
    "proposed": re.compile(r"propos|offer|suggest|ready|readiness|willing|call|initiative|"
                           r"stood for|exchange|urge|demand|plan|agree|request|involv|accept|"
                           r"provide|open|organi[sz]e|sent|send|will|evacuat|commit|guarantee|"
                           r"cease|truce|corridor|silence|would like|unblock|talks|negotiat|"
                           r"grain|ports", re.I),
    "agreed": re.compile(r"agre|accept|approv|consent|confirm|reach|decision|decided|commit|"
                         r"undert|guarantee|sign|promis|order|instruct|arrang|establish|"
                         r"managed|ready|readiness|willing|take place|scheduled|planned|"
                         r"next round|announc|declar", re.I),  # a truce declared, not yet seen
    "in_force": re.compile(r"introduc|in force|effect|work|open|start|began|begin|launch|"
                           r"observ|no direct fighting|suspend|stopp|declared|ceasefire|"
                           r"silence|corridor", re.I),
    "violated": re.compile(r"violat|breach|broke|break|fir|shell|bomb|attack|disrupt|block|"
                           r"not open|not stop|not allow|"
                           r"not cease|did not|do not|does not|prevent|sabotag|strik|struck|"
                           r"hostage|despite|there (?:are|is|were|was) no",
                           re.I),
    "contested": re.compile(r"violat|breach|broke|break|accus|alleg|dispute|limbo|each other|"
                            r"walked away|attack|strik|struck|shoot|tank|not (?:been )?implement|"
                            r"not open|not stop|not allow|will not|won't|refus|reject|"
                            r"renounc|withdr|despite|misled|bomb|fir|shell|reject|refus|"
                            r"dismantl|scrap|abolish|repeal|rescind", re.I),
    "collapsed": re.compile(r"reject|refus|collaps|broke down|ended|walked away|renounc|"
                            r"withdr|cancel|terminat|not agree|declin|suspend|block|stall|"
                            r"frozen|not intend|cannot|not meet|not ready|will not|won't|"
                            r"not (?:been )?implement|not stop|did not|dismantl|scrap|"
                            r"abolish|repeal|rescind", re.I),
    "expired": re.compile(r"\d|day|week|month|hour|expir|extend|renew|prolong|ran out|"
                          r"came to an end", re.I),
    "implemented": re.compile(r"held|took place|conclud|evacuat|exchang|releas|free|return|"
                              r"complet|rescued|round|talks|negotiat|discuss", re.I),
}


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 40 and short in long_


def load_gold(path: Path = GOLD_AGREEMENTS) -> list[dict[str, Any]]:
    return list(json.loads(path.read_text(encoding="utf-8")))


def corpus_articles(year: int | None = 2022, keywords: re.Pattern[str] | None = KEYWORDS
                    ) -> list[Article]:
    found = []
    with gzip.open(BUNDLED_CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if year and not str(rec.get("published", "")).startswith(str(year)):
                continue
            if keywords is not None and not keywords.search(rec["text"]):
                continue
            found.append(Article.from_dict(rec | {"published": rec["published"][:10]}))
    return found


def gold_events(path: Path = GOLD_EVENTS) -> list[Event]:
    """The hand-coded events of the gold sentences, placed at their offset in the article."""
    texts: dict[str, str] = {}
    with gzip.open(BUNDLED_CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            texts[content_hash(rec["text"])] = rec["text"]
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        start = max(0, texts.get(rec["article_id"], "").find(rec["text"]))
        for i, data in enumerate(rec["events"]):
            ev = Event.from_dict(data | {
                "article_id": rec["article_id"], "sentence": rec["text"],
                "span": [start, start + len(rec["text"])],
                "date": data.get("date") or rec.get("published"),
                "id": "",
            })
            ev.id = f"{rec['id']}-{i}"
            events.append(ev)
    return events


def coder_events(articles: Sequence[Article]) -> list[Event]:
    import importlib

    nlp = importlib.import_module("detente.nlp")  # the coder is optional for the tracker
    coder = nlp.Coder()
    events: list[Event] = []
    for coded in coder.code(articles):
        events.extend(coded.events)
    return events


def _parties_ok(agreement: Agreement, gold: dict[str, Any]) -> bool:
    stated = {code for code, pos in gold["positions"].items() if pos != "undecided"}
    allowed = set(gold["parties"]) | set(gold.get("mediators") or [])
    mine = {p.code for p in agreement.parties}
    backed = {p.code for p in agreement.parties if p.evidence}
    return stated <= mine and backed <= allowed and bool(backed)


def evaluate(agreements: Sequence[Agreement], events: Iterable[Event],
             gold: Sequence[dict[str, Any]]) -> dict[str, Any]:
    by_id = {e.id: e for e in events}
    gold_sents = [[_norm(e["sentence"]) for e in g["evidence"]] for g in gold]
    mine_sents = [
        {_norm(by_id[i].sentence) for i in a.events if i in by_id} for a in agreements
    ]

    def overlap(ai: int, gi: int) -> int:
        return sum(1 for gs in gold_sents[gi] if any(_same(gs, ms) for ms in mine_sents[ai]))

    overlaps = {(ai, gi): n for ai in range(len(agreements)) for gi in range(len(gold))
                if (n := overlap(ai, gi))}
    found, found_loose, details = 0, 0, []
    pos_tp = pos_mine = pos_gold = 0
    status_same = 0
    for gi, g in enumerate(gold):
        cands = [(n, ai) for (ai, gj), n in overlaps.items() if gj == gi]
        good = [(n, ai) for n, ai in cands
                if agreements[ai].kind == g["kind"] and _parties_ok(agreements[ai], g)]
        row: dict[str, Any] = {"gold": g["id"], "kind": g["kind"], "found": bool(good)}
        if cands:
            found_loose += 1
            best = max(cands)[1]
            row["nearest"] = {"id": agreements[best].id, "kind": agreements[best].kind,
                              "parties": {p.code: p.position for p in agreements[best].parties},
                              "status": agreements[best].status}
        pos_gold += len(g["positions"])
        if good:
            found += 1
            a = agreements[max(good)[1]]
            mine = {p.code: p.position for p in a.parties}
            pos_mine += len(mine)
            pos_tp += sum(1 for code, pos in g["positions"].items() if mine.get(code) == pos)
            status_same += int(a.status == g["final_status"])
            row["status"] = [a.status, g["final_status"]]
        details.append(row)
    touched = sorted({ai for ai, _ in overlaps})
    precise = 0
    for ai in touched:
        gi = max((n, gj) for (aj, gj), n in overlaps.items() if aj == ai)[1]
        a, g = agreements[ai], gold[gi]
        precise += int(a.kind == g["kind"] and _parties_ok(a, g))
    # linking pairs over gold evidence sentences the tracker linked somewhere
    placed: dict[tuple[int, int], set[int]] = {}
    for gi, sents in enumerate(gold_sents):
        for si, gs in enumerate(sents):
            homes = {ai for ai, ms in enumerate(mine_sents) if any(_same(gs, m) for m in ms)}
            if homes:
                placed[(gi, si)] = homes
    correct = wrong = missed = 0
    for (k1, h1), (k2, h2) in combinations(placed.items(), 2):
        if gold_sents[k1[0]][k1[1]] == gold_sents[k2[0]][k2[1]]:
            continue
        together = bool(h1 & h2)
        same_gold = k1[0] == k2[0]
        if same_gold and together:
            correct += 1
        elif together:
            wrong += 1
        elif same_gold:
            missed += 1
    backed = total = 0
    for a in agreements:
        for change in a.history:
            total += 1
            says = STATUS_SAYS[change.status]
            if change.evidence and all(
                i in by_id and says.search(by_id[i].sentence) for i in change.evidence
            ):
                backed += 1

    def ratio(a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    return {
        "agreements": {
            "gold": len(gold), "found": found, "recall": ratio(found, len(gold)),
            "found_any_kind": found_loose,
            "overlapping_tracker_agreements": len(touched), "matching": precise,
            "precision": ratio(precise, len(touched)), "tracker_total": len(agreements),
        },
        "positions": {"correct": pos_tp, "tracker": pos_mine, "gold": pos_gold,
                      "precision": ratio(pos_tp, pos_mine), "recall": ratio(pos_tp, pos_gold)},
        "linking": {"sentences_placed": len(placed), "correctly_linked": correct,
                    "wrongly_merged": wrong, "missed_links": missed,
                    "precision": ratio(correct, correct + wrong),
                    "recall": ratio(correct, correct + missed)},
        "status_agreement": {"same": status_same, "found": found,
                             "ratio": ratio(status_same, found)},
        "statuses_backed": {"backed": backed, "total": total, "ratio": ratio(backed, total)},
        "details": details,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m detente.track.measure")
    parser.add_argument("--events", choices=["coder", "gold"], default="coder")
    parser.add_argument("--limit", type=int, default=None, help="code at most N articles")
    parser.add_argument("--details", action="store_true", help="per gold agreement rows")
    parser.add_argument("--cache", type=Path, default=None,
                        help="JSONL of coded events: read if it exists, else written")
    args = parser.parse_args(argv)
    from detente.track import track

    started = time.perf_counter()
    if args.events == "gold":
        events = gold_events()
        n_articles = len({e.article_id for e in events})
    elif args.cache and args.cache.exists():
        events = [Event.from_dict(json.loads(line))
                  for line in args.cache.read_text(encoding="utf-8").splitlines()]
        n_articles = len({e.article_id for e in events})
    else:
        articles = corpus_articles()
        if args.limit:
            articles = articles[:args.limit]
        n_articles = len(articles)
        events = coder_events(articles)
        if args.cache:
            args.cache.write_text("".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n"
                                          for e in events), encoding="utf-8")
    coded = time.perf_counter()
    agreements = track(events)
    tracked = time.perf_counter()
    report = evaluate(agreements, events, load_gold())
    if not args.details:
        report.pop("details")
    report["run"] = {"events_from": args.events, "articles": n_articles, "events": len(events),
                     "code_seconds": round(coded - started, 2),
                     "track_seconds": round(tracked - coded, 3),
                     "as_of": str(max((e.date for e in events if e.date), default=date.min))}
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
