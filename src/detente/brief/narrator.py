"""Optional narrator: a language model smooths the prose of each section, and may only rephrase.

Off by default. ``narrate(brief, store)`` (or ``compose(..., narrate=True)``) sends each
section's lines to an OpenAI-compatible endpoint::

    POST {DETENTE_LLM_URL}/chat/completions
    Authorization: Bearer {DETENTE_LLM_KEY}          (when set)
    {"model": DETENTE_LLM_MODEL, "messages": [...], "temperature": 0}

and reads ``choices[0].message.content``: the same numbered lines, rephrased. Each line is
checked before it replaces the deterministic text; it is rejected (and the original kept)
when it

- drops, adds or reorders citation markers ``[n]``;
- holds a number (digits or a number word) or a date that is neither in the original line
  nor in the sentences the line cites;
- names anything (a capitalised word that does not open a sentence) that is neither in the
  original line nor in the cited sentences;
- is empty or more than half as long again as the original.

Any network or protocol error leaves the brief as it was. What was accepted and rejected
is recorded in ``brief.scope["narrator"]``.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.request
from copy import deepcopy
from typing import Any

from detente.brief.prose import MONTHS, NUMBER_WORDS
from detente.model import Brief, Bullet
from detente.store import Store

_CITE = re.compile(r"\[(\d+)\]")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])")
_WORD_NUMBER = re.compile(r"\b(" + "|".join(NUMBER_WORDS[1:]) + r")\b", re.I)
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")(?: (\d{4}))?\b")
_LINE = re.compile(r"^\s*(\d+)[.)]\s+(.*\S)\s*$")
_NOT_NAMES = frozenset({"I", "The", "A", "An", "On", "In", "According", "Both", "Previously",
                        "Watch", "No", "By", "PLOVER", "While", "Meanwhile", "However",
                        "Details", "Context", "Important", "Know", "Conclusion"} | set(MONTHS))

SYSTEM = (
    "You are a copy editor for short intelligence briefs. Rewrite each numbered line so it "
    "reads smoothly in plain English. Rules: keep the meaning; keep every citation marker "
    "such as [3] exactly and at the end of the clause it supports; keep every number, date "
    "and name exactly as written; add no fact, name, number, date or adjective of judgement; "
    "keep attributions ('According to Kyiv', 'Moscow said'). Return exactly the same number "
    "of lines, each starting with its number and a period, and nothing else."
)


def _numbers(text: str) -> set[str]:
    body = _CITE.sub(" ", text)
    body = _DATE.sub(lambda m: f" {m.group(1)} {m.group(2)} {m.group(3) or ''} ", body)
    found = {m.group(0).replace(",", "") for m in _NUMBER.finditer(body)}
    found |= {m.group(1).lower() for m in _WORD_NUMBER.finditer(body)}
    return found


def _dates(text: str) -> set[str]:
    return {f"{int(m.group(1))} {m.group(2)}" for m in _DATE.finditer(text)}


def _names(text: str) -> set[str]:
    body = _CITE.sub(" ", text)
    found = set()
    for sentence in re.split(r"(?<=[.!?;:])\s+", body):
        words = sentence.split()
        for word in words[1:]:
            word = word.strip(",.;:!?()\"'“”’")
            if word[:1].isupper() and word not in _NOT_NAMES:
                found.add(word.removesuffix("'s").removesuffix("’s"))
    return found


def acceptable(original: str, rewritten: str, evidence: str) -> str | None:
    """None when ``rewritten`` may replace ``original``; else the reason it may not."""
    rewritten = rewritten.strip()
    if not rewritten:
        return "empty"
    if len(rewritten) > 1.5 * len(original) + 20:
        return "too long"
    if _CITE.findall(rewritten) != _CITE.findall(original):
        return "citation markers changed"
    if _dates(rewritten) - _dates(original):
        return f"dates not in the original: {sorted(_dates(rewritten) - _dates(original))}"
    allowed = original + " \n " + evidence
    extra = _numbers(rewritten) - _numbers(allowed) - {n.lower() for n in _numbers(allowed)}
    if extra:
        return f"numbers not in the evidence: {sorted(extra)}"
    lowered = allowed.lower()
    unknown = {n for n in _names(rewritten) if n.lower() not in lowered}
    if unknown:
        return f"names not in the evidence: {sorted(unknown)}"
    return None


def _chat(url: str, key: str | None, model: str, lines: list[str], timeout: float) -> list[str]:
    numbered = "\n".join(f"{i}. {line}" for i, line in enumerate(lines, start=1))
    payload: dict[str, Any] = {
        "model": model, "temperature": 0,
        "messages": [{"role": "system", "content": SYSTEM},
                     {"role": "user", "content": numbered}],
    }
    request = urllib.request.Request(
        url.rstrip("/") + "/chat/completions", data=json.dumps(payload).encode("utf-8"),
        headers={"Content-Type": "application/json",
                 **({"Authorization": f"Bearer {key}"} if key else {})},
        method="POST")
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
        data = json.loads(response.read().decode("utf-8"))
    content = data["choices"][0]["message"]["content"]
    out: dict[int, str] = {}
    for raw in str(content).splitlines():
        m = _LINE.match(raw)
        if m:
            out[int(m.group(1))] = m.group(2)
    return [out.get(i, "") for i in range(1, len(lines) + 1)]


def narrate(brief: Brief, store: Store | None = None, url: str | None = None,
            key: str | None = None, model: str | None = None, timeout: float = 60.0) -> Brief:
    """A copy of ``brief`` with each line rephrased where the rephrasing passes the checks."""
    url = url or os.environ.get("DETENTE_LLM_URL")
    if not url:
        return brief
    key = key if key is not None else os.environ.get("DETENTE_LLM_KEY")
    model = model or os.environ.get("DETENTE_LLM_MODEL") or "default"
    out = deepcopy(brief)
    by_number = {c.number: c.sentence for c in out.citations}
    report: dict[str, Any] = {"model": model, "accepted": 0, "rejected": []}
    for section in out.sections:
        bullets: list[Bullet] = [section.lead, *section.bullets]
        lines = [b.text for b in bullets]
        try:
            rewritten = _chat(url, key, model, lines, timeout)
        except (urllib.error.URLError, OSError, ValueError, KeyError, IndexError,
                TypeError) as exc:
            report["rejected"].append({"section": section.label, "reason": f"request: {exc}"})
            continue
        for bullet, new in zip(bullets, rewritten, strict=True):
            cited = [by_number[int(n)] for n in _CITE.findall(bullet.text)
                     if int(n) in by_number]
            cited += [by_number[n] for n in bullet.citations if n in by_number]
            reason = acceptable(bullet.text, new, " \n ".join(cited))
            if reason is None:
                bullet.text = new.strip()
                report["accepted"] += 1
            else:
                report["rejected"].append({"section": section.label, "reason": reason,
                                           "text": new[:200]})
    out.scope = {**out.scope, "narrator": report}
    return out
