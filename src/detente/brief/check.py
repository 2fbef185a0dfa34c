"""``check(brief, store)``: the rules a brief must keep, as a list of problems (empty = fine).

- four sections, labelled exactly Details, Context, Important to Know, Conclusion, in order;
  a headline and a one-sentence dek;
- in the Markdown rendering each label opens its paragraph and each bullet starts with ``► ``;
- every ``►`` bullet cites evidence; a lead paragraph may go uncited only when it states an
  absence and holds no number or date;
- every ``[n]`` in a text is one of the brief's citations and is listed in the bullet's
  ``citations``; every citation and every ``event_ids`` entry names an event in the store,
  whose sentence and article the citation repeats;
- every number in a text (digits, and number words from "two" up) occurs in the sentences
  the text cites; every date ("29 March 2022") is the date of a cited event, the publication
  date of a cited article, a date written in a cited sentence, or a declared/effective/end
  date of an agreement that a cited event belongs to;
- no bullet repeated (same text, citations left out) anywhere in the brief;
- 300–700 words (``min_words``/``max_words``), Sources excluded.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from datetime import date

from detente.brief.prose import MONTHS, NUMBER_WORDS
from detente.brief.render import render_markdown
from detente.model import Brief, Bullet, Event
from detente.store import Store

LABELS = ("Details", "Context", "Important to Know", "Conclusion")
_CITE = re.compile(r"\[(\d+)\]")
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])")
_WORD_NUMBER = re.compile(r"\b(" + "|".join(NUMBER_WORDS[1:]) + r")\b", re.I)
_ABSENCE = re.compile(r"\b(no|none|not)\b", re.I)


def _strip(text: str) -> str:
    return " ".join(_CITE.sub("", text).split()).strip().lower()


def _dates_in_sentence(sentence: str, year_hint: Iterable[int]) -> set[date]:
    """'29 March', 'March 29', '29 March 2022' written in a source sentence."""
    found: set[date] = set()
    months = "|".join(MONTHS)
    years = list(year_hint) or [date.today().year]
    for m in re.finditer(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({months})(?:,? (\d{{4}}))?", sentence):
        for y in ([int(m.group(3))] if m.group(3) else years):
            with contextlib.suppress(ValueError):
                found.add(date(y, MONTHS.index(m.group(2)) + 1, int(m.group(1))))
    for m in re.finditer(rf"\b({months}) (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}))?", sentence):
        for y in ([int(m.group(3))] if m.group(3) else years):
            with contextlib.suppress(ValueError):
                found.add(date(y, MONTHS.index(m.group(1)) + 1, int(m.group(2))))
    return found


class _Evidence:
    def __init__(self, brief: Brief, store: Store) -> None:
        self.brief = brief
        self.store = store
        self.by_number = {c.number: c for c in brief.citations}
        ids = [c.event_id for c in brief.citations]
        ids += [i for s in brief.sections for b in (s.lead, *s.bullets) for i in b.event_ids]
        self.events: dict[str, Event] = store.events_by_ids(ids)
        self.agreement_dates: dict[str, set[date]] = {}
        for agreement in store.agreements():
            days = {d for d in (agreement.declared, agreement.effective, agreement.ends) if d}
            linked = set(agreement.events) | {i for p in agreement.parties for i in p.evidence}
            linked |= {i for h in agreement.history for i in h.evidence}
            for event_id in linked:
                self.agreement_dates.setdefault(event_id, set()).update(days)

    def for_bullet(self, bullet: Bullet) -> tuple[str, set[date]]:
        numbers = {int(n) for n in _CITE.findall(bullet.text)} | set(bullet.citations)
        citations = [self.by_number[n] for n in numbers if n in self.by_number]
        events = [self.events[c.event_id] for c in citations if c.event_id in self.events]
        events += [self.events[i] for i in bullet.event_ids if i in self.events]
        sentences = [c.sentence for c in citations] + [e.sentence for e in events]
        days: set[date] = {e.date for e in events if e.date}
        days |= {c.published for c in citations if c.published}
        for ev in events:
            days |= self.agreement_dates.get(ev.id, set())
        years = {d.year for d in days}
        for sentence in sentences:
            days |= _dates_in_sentence(sentence, years)
        return " \n ".join(sentences), days


def _number_problems(where: str, text: str, evidence: str, days: set[date]) -> list[str]:
    problems = []
    body = _CITE.sub("", text)
    for m in _DATE.finditer(body):
        try:
            day = date(int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1)))
        except ValueError:
            problems.append(f"{where}: impossible date {m.group(0)!r}")
            continue
        if day not in days:
            problems.append(f"{where}: date {m.group(0)!r} is not in its cited evidence")
    body = _DATE.sub(" ", body)
    for m in _NUMBER.finditer(body):
        token = m.group(0).rstrip(".,")
        plain = token.replace(",", "")
        if not re.search(rf"(?<![\d]){re.escape(token)}(?![\d])", evidence) and \
                not re.search(rf"(?<![\d,]){re.escape(plain)}(?![\d])", evidence.replace(",", "")):
            problems.append(f"{where}: number {token!r} is not in its cited sentences")
    lowered = evidence.lower()
    for m in _WORD_NUMBER.finditer(body):
        if not re.search(rf"\b{m.group(1).lower()}\b", lowered):
            problems.append(f"{where}: number {m.group(1)!r} is not in its cited sentences")
    return problems


def check(brief: Brief, store: Store, min_words: int = 300, max_words: int = 700) -> list[str]:
    problems: list[str] = []
    labels = tuple(s.label for s in brief.sections)
    if labels != LABELS:
        problems.append(f"sections are {labels}, expected {LABELS}")
    if not brief.headline.strip():
        problems.append("no headline")
    if not brief.dek.strip():
        problems.append("no dek")
    elif len(re.findall(r"[.!?](?:\s|$)", brief.dek.strip())) > 1:
        problems.append("the dek is more than one sentence")
    evidence = _Evidence(brief, store)
    known = set(evidence.by_number)
    for c in brief.citations:
        ev = evidence.events.get(c.event_id)
        if ev is None:
            problems.append(f"citation [{c.number}]: event {c.event_id} is not in the store")
        elif ev.sentence != c.sentence or ev.article_id != c.article_id:
            problems.append(f"citation [{c.number}]: sentence or article differs from the event")
    seen: dict[str, str] = {}
    all_sentences: list[str] = []
    all_days: set[date] = set()
    for section in brief.sections:
        for i, bullet in enumerate((section.lead, *section.bullets)):
            where = f"{section.label} {'lead' if i == 0 else f'bullet {i}'}"
            marks = {int(n) for n in _CITE.findall(bullet.text)}
            if not marks and not bullet.citations and (
                    i > 0 or _NUMBER.search(bullet.text) or not _ABSENCE.search(bullet.text)):
                problems.append(f"{where}: not cited")
            for n in marks - known:
                problems.append(f"{where}: cites [{n}], which is not a citation of the brief")
            for n in marks - set(bullet.citations):
                problems.append(f"{where}: [{n}] is in the text but not in the bullet's citations")
            for event_id in bullet.event_ids:
                if event_id not in evidence.events:
                    problems.append(f"{where}: event {event_id} is not in the store")
            text, days = evidence.for_bullet(bullet)
            all_sentences.append(text)
            all_days |= days
            problems += _number_problems(where, bullet.text, text, days)
            norm = _strip(bullet.text)
            if norm and norm in seen:
                problems.append(f"{where}: repeats {seen[norm]}")
            seen.setdefault(norm, where)
    whole = " \n ".join(all_sentences)
    problems += _number_problems("headline", brief.headline, whole, all_days)
    problems += _number_problems("dek", brief.dek, whole, all_days)
    md = render_markdown(brief)
    body = md.split("\nSources\n")[0]
    for label in LABELS:
        if not re.search(rf"^{re.escape(label)}\. ", body, re.M):
            problems.append(f"markdown: no paragraph opens with '{label}.'")
    for section in brief.sections:
        for bullet in section.bullets:
            if f"\n► {bullet.text}\n" not in md:
                problems.append(f"markdown: bullet does not start with '► ': {bullet.text[:40]}")
    words = len(" ".join([brief.headline, brief.dek, *[
        b.text for s in brief.sections for b in (s.lead, *s.bullets)]]).split())
    if words > max_words or words < min_words:
        problems.append(f"length: {words} words, expected {min_words}–{max_words}")
    return problems
