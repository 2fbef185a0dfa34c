"""Developments (events that report the same thing) and how salient each one is.

A *development* groups the period's events that share an event type, an unordered pair of
actor codes and a topic (a keyword family found in the sentence — talks, ceasefire,
corridor, exchange, grain, sanctions, nuclear, weapons — or else the place, or the mode;
for a hostile act without a keyword topic, its source codes as well: "RUS>kharkiv").
Reciprocal codings of one sentence (RUS→UKR and UKR→RUS) and reports of the same thing in
several articles fall into one development.

Salience of a development d (higher leads)::

    S(d) = F(d) · ( 3·P + 2·log2(1 + A) + 2·N + 3·M + 1·G + 0.5·Q + 0.5·C )

    P  actor prominence, 0..1: the mean of the two most prominent distinct actor codes of d,
       each scored n_events(code, period) / max over codes of n_events(code, period); the
       parties the brief is about (``focus``) count 1.0.
    A  sources: the number of distinct articles reporting the same thing (naming one of
       its actors: an article whose events of d all infer their actors does not count) —
       for a keyword topic among the same actors (at least two codes): every article of
       the period that has an event on that topic
       involving one of d's codes and, anywhere in it, events involving all of d's codes —
       whatever their event type; otherwise the articles of d's own events.
    N  novelty, 0..1: e / (e + k/4), how far the story rises above its weekly rate of the
       28 days before the period: k = the number of earlier events (in those 28 days) on the
       same story, e = the number of the period's events on it — the same actor pair and
       keyword topic, whatever their type (the same type, pair and topic when the topic is a
       place or a mode). A new story scores 1; one told as often as before scores ½ for a
       week; a story that surges (talks moving to a new round) stays novel.
    M  magnitude, 0..1: |PLOVER score| / 10 of the representative event (Goldstein / 10 when
       the PLOVER score is missing, 0.3 when both are).
    G  2 when one of d's events changed an agreement's status (its history cites it: the
       peace process moved), 1 when the agreement tracker links one of d's events to an
       agreement, else 0.
    Q  1 when the development carries numbers (counts, durations, sums), else 0.
    C  mean coder confidence of its events.
    F  modality and coding factor: asserted 1.0, reported 0.9, future 0.7, hypothetical 0.3,
       historical 0.2; × 0.2 when no event names a coded actor; × 0.6 when the only actor
       code is the source's own state acting on itself (domestic news); × 0.5 when every
       event is negated (a refusal or an act not done is news, but rarely the main one),
       × 0.25 when that act is an attack or coercion ("we do not kill civilians": a denial);
       × 0.5 when no event names any of its actors in the sentence (all inferred, as from
       "which cannot be accepted"); × 0.6 when no event has a coded target and d is linked to no
       agreement or keyword topic ("we are ready to amaze the world"); × 0.9 when d is a
       hostile act with no place, mode or keyword topic (the war told in general: "they
       attacked us on land, in the air and from the sea"), unless it surges: five or more
       articles tell it, three times as often as the brief's prior events did (the
       invasion of 24 February 2022 is news).

The lead of Details is the highest-S development among asserted or reported ones.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from detente.brief import names, prose
from detente.model import Event, Quantity

TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(pattern, re.I)) for key, pattern in (
        ("ceasefire", r"cease-?fire|truce|cessation of hostilities|silence regime|cease hostil"),
        ("corridor", r"corridor|evacuat"),
        # (not an "exchange of views", "exchanged greetings", "foreign exchange proceeds")
        ("exchange", r"(?<!foreign )(?<!stock )(?<!currency )exchang(?:e|ed|es|ing)\b"
                     r"(?!\s+rates?\b)(?!\s+(?:of\s+)?(?:\w+\s+)?(?:views|opinions|"
                     r"information|greetings|experience|ideas|letters|messages|notes|"
                     r"congratulations|gifts|visits|assessments))|prisoners of war|\bPOWs?\b|"
                     r"captives|prisoner"),
        ("talks", r"\btalks\b|negotiat|delegation|round of|peace process"),
        ("grain", r"\bgrain|food exports|\bports?\b|Black Sea"),
        ("nuclear", r"nuclear|\bNPP\b|power plant|IAEA"),
        ("sanctions", r"sanction"),
        ("weapons", r"weapon|\barms\b|artillery|air defen[cs]e|missile systems|HIMARS|tanks"),
        ("membership", r"membership|candidate status|accession"),
        ("referendum", r"referend|annex"),
    )
)
MODALITY_FACTOR = {"asserted": 1.0, "reported": 0.9, "future": 0.7, "hypothetical": 0.3,
                   "historical": 0.2}


# Topics a hostile act can be about (an attack is not "about" sanctions or talks a sentence
# happens to mention).
HOSTILE_TOPICS = frozenset({"ceasefire", "corridor", "nuclear", "grain"})
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
# nouns that name the war itself: a heading made of one ("Russia's war against Ukraine.")
# shows less of what happened than a sentence that tells an act of it
WAR_NAMES = frozenset({"war", "wars", "invasion", "aggression"})
HEADING_WORDS = 7


def _names_the_war(event: Event) -> bool:
    return (event.trigger or "").lower() in WAR_NAMES and \
        len(event.sentence.split()) <= HEADING_WORDS


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(n.name.removeprefix("the ") for n in names.table().values())


def _place_rank(place: str | None) -> float:
    """A town ("Istanbul") tells more than the country it is in ("Turkey")."""
    if not place:
        return 0.0
    return 0.5 if place.removeprefix("the ") in _country_names() else 1.0


def topic_of(event: Event) -> str:
    for key, pattern in TOPICS:
        if event.event_type in HOSTILE_TYPES and key not in HOSTILE_TOPICS:
            continue
        if pattern.search(event.sentence):
            return key
    if event.event_type == "CONSULT" and len(set(event.source_codes) | set(event.target_codes)) > 1:
        return "talks"
    place = prose.place_of(event)
    topic = place.lower() if place else event.mode or ""
    if event.event_type in HOSTILE_TYPES:
        # who strikes whom is the story: Russia's attacks and Ukraine's are two
        return f"{'+'.join(sorted(set(event.source_codes)))}>{topic}"
    return topic


@lru_cache(maxsize=1 << 16)
def topics_in(text: str) -> frozenset[str]:
    # cached: coverage() asks it of every sentence of the period once per development
    return frozenset(key for key, pattern in TOPICS if pattern.search(text))


def pair_of(event: Event) -> tuple[str, ...]:
    return tuple(sorted(set(event.source_codes) | set(event.target_codes)))


def key_of(event: Event) -> tuple[str, tuple[str, ...], str]:
    return (event.event_type, pair_of(event), topic_of(event))


@dataclass
class Development:
    key: tuple[str, tuple[str, ...], str]
    events: list[Event] = field(default_factory=list)
    score: float = 0.0
    parts: dict[str, float] = field(default_factory=dict)

    @property
    def event_type(self) -> str:
        return self.key[0]

    @property
    def codes(self) -> tuple[str, ...]:
        return self.key[1]

    @property
    def topic(self) -> str:
        return self.key[2]

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(e.article_id for e in self.events))

    @property
    def day(self) -> date | None:
        days = [e.date for e in self.events if e.date]
        return min(days) if days else None

    @property
    def lead_event(self) -> Event:
        """The event whose fields best tell the development: asserted, with its actors named
        in the sentence (not inferred from a passive), numbers, a place, more than a
        heading that names the war, dated, sure."""
        def rank(e: Event) -> tuple[float, ...]:
            return (
                1.0 if e.modality in ("asserted", "reported") else 0.0,
                1.0 if all(a.text for a in (*e.source, *e.target)) else 0.0,
                1.0 if prose.useful_quantities(e) else 0.0,
                _place_rank(prose.place_of(e)),
                0.0 if _names_the_war(e) else 1.0,
                1.0 if e.source_codes and e.target_codes else 0.0,
                1.0 if e.date_text else 0.0,
                -len(e.sentence) / 1000,
                e.confidence,
            )
        return max(self.events, key=rank)

    @property
    def ids(self) -> list[str]:
        return [e.id for e in self.events]


def group(events: Iterable[Event]) -> list[Development]:
    found: dict[tuple[str, tuple[str, ...], str], Development] = {}
    for ev in events:
        key = key_of(ev)
        found.setdefault(key, Development(key)).events.append(ev)
    return [part for dev in found.values() for part in _apart(dev)]


SWAP_GAP_DAYS = 3


def _apart(dev: Development) -> list[Development]:
    """Releases of one pair days apart are separate swaps ("the second such swap in three
    weeks"), each its own development; other acts of a pair stay one development."""
    if dev.event_type != "RETREAT" or any(e.mode != "release" or e.date is None
                                          for e in dev.events):
        return [dev]
    parts: list[Development] = []
    for ev in sorted(dev.events, key=lambda e: e.date or date.min):
        last = parts[-1].events[-1].date if parts else None
        if last is None or ev.date is None or (ev.date - last).days > SWAP_GAP_DAYS:
            parts.append(Development(dev.key))
        parts[-1].events.append(ev)
    return parts


def prominence(events: Sequence[Event], focus: Iterable[str] = ()) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for ev in events:
        for code in set(ev.source_codes) | set(ev.target_codes):
            counts[code] += 1
    top = max(counts.values(), default=1)
    scores = {code: n / top for code, n in counts.items()}
    for code in focus:
        scores[code] = 1.0
    return scores


TOPIC_KEYS = frozenset(key for key, _ in TOPICS)


def named(dev: Development) -> bool:
    """Some event of d names one of its actors in the sentence (not all inferred)."""
    return any(a.text.strip() for e in dev.events for a in (*e.source, *e.target))


def aimless(dev: Development, linked: frozenset[str] | set[str] = frozenset()) -> bool:
    """No event has a target and d is tied to no agreement or keyword topic: "Ukraine
    declared readiness to amaze the world" says nothing of the parties' relations."""
    return (not any(e.target_codes for e in dev.events) and dev.topic not in TOPIC_KEYS
            and not any(e.id in linked for e in dev.events))


def vague(dev: Development) -> bool:
    """A hostile act with no place, mode or keyword topic ("They attacked us on land, in the
    air and from the sea"): the war told in general, not a development of the period."""
    return dev.event_type in HOSTILE_TYPES and dev.topic.endswith(">")


def war_length(dev: Development) -> bool:
    """The report that tells it says how long the fighting has lasted ("Russia's full-scale
    war against Ukraine has been going on for three months already", "we have been fighting
    for 36 days"): the war's length, no development of the period."""
    return dev.event_type in HOSTILE_TYPES and any(
        _long_span(q) for q in dev.lead_event.quantities)


def _long_span(q: Quantity) -> bool:
    """Two weeks or more ("for 36 days", "for three months")."""
    unit = q.unit.lower()
    if unit in ("months", "month", "years", "year", "decades", "decade"):
        return True
    return unit in ("days", "weeks") and q.value * (7 if unit == "weeks" else 1) >= 14


def surging(told: int, before: int, articles: int) -> bool:
    """Is a development told in five or more articles, at least three times as often as in
    the prior events?"""
    return articles >= 5 and told >= 3 * before


def coverage(dev: Development, events: Sequence[Event]) -> int:
    """How many articles report the same thing (see A in the module docstring)."""
    if dev.topic not in TOPIC_KEYS or len(dev.codes) < 2:
        # an article counts when it names an actor of d: one whose actors are all inferred
        # ("thousands of houses were destroyed", told by a side at war) does not say who
        told = {e.article_id for e in dev.events if any(
            a.text.strip() for a in (*e.source, *e.target))}
        return len(told) or len(dev.articles)
    wanted = set(dev.codes)
    codes: dict[str, set[str]] = {}
    on_topic: set[str] = set()
    for ev in events:
        involved = set(ev.source_codes) | set(ev.target_codes)
        codes.setdefault(ev.article_id, set()).update(involved)
        if involved & wanted and dev.topic in topics_in(ev.sentence):
            on_topic.add(ev.article_id)
    found = {a for a in on_topic if wanted <= codes.get(a, set())}
    return len(found | set(dev.articles))


def score(dev: Development, prom: dict[str, float], earlier: Counter[tuple[str, ...]] | None,
          events: Sequence[Event] = (), linked: frozenset[str] | set[str] = frozenset(),
          current: Counter[tuple[str, ...]] | None = None,
          moved: frozenset[str] | set[str] = frozenset()) -> float:
    """Fill ``dev.score`` and ``dev.parts`` by the formula in the module docstring."""
    ranked = sorted((prom.get(c, 0.0) for c in dev.codes), reverse=True)[:2]
    p = sum(ranked) / 2 if ranked else 0.0
    a = coverage(dev, events) if events else len(dev.articles)
    g = 2.0 if moved and any(e.id in moved for e in dev.events) else \
        1.0 if linked and any(e.id in linked for e in dev.events) else 0.0
    k = (earlier or Counter())[_flat(dev.key)]
    e = max((current or Counter())[_flat(dev.key)], len(dev.events))
    n = e / (e + k / 4)
    rep = dev.lead_event
    if rep.plover_score is not None:
        m = min(abs(rep.plover_score) / 10, 1.0)
    elif rep.goldstein is not None:
        m = min(abs(rep.goldstein) / 10, 1.0)
    else:
        m = 0.3
    q = 1.0 if any(prose.useful_quantities(e) for e in dev.events) else 0.0
    c = sum(e.confidence for e in dev.events) / len(dev.events)
    f = max(MODALITY_FACTOR.get(e.modality, 0.5) for e in dev.events)
    if not dev.codes:
        f *= 0.2
    elif len(dev.codes) == 1 and set(rep.source_codes) == set(rep.target_codes):
        f *= 0.6
    if all(e.negated for e in dev.events):
        f *= 0.5
        if rep.event_type in ("ASSAULT", "COERCE"):
            f *= 0.5  # "we do not kill civilians": a denial, seldom the period's news
    if not named(dev):
        f *= 0.5
    if aimless(dev, linked):
        f *= 0.6
    if vague(dev) and not surging(e, k, a):
        f *= 0.9
    if war_length(dev):
        f *= 0.4
    total = f * (3 * p + 2 * math.log2(1 + a) + 2 * n + 3 * m + 1 * g + 0.5 * q + 0.5 * c)
    dev.score = round(total, 3)
    dev.parts = {"P": round(p, 3), "A": a, "N": round(n, 3), "M": round(m, 3), "G": g, "Q": q,
                 "C": round(c, 3), "F": round(f, 3)}
    return dev.score


def _flat(key: tuple[str, tuple[str, ...], str]) -> tuple[str, ...]:
    if key[2] in TOPIC_KEYS:
        return ("*", *key[1], "|", key[2])  # a story: any type
    return (key[0], *key[1], "|", key[2])


def history_counts(events: Iterable[Event]) -> Counter[tuple[str, ...]]:
    return Counter(_flat(key_of(e)) for e in events)


def rank(events: Sequence[Event], prior: Sequence[Event] = (), focus: Iterable[str] = (),
         linked: frozenset[str] | set[str] = frozenset(),
         moved: frozenset[str] | set[str] = frozenset()) -> list[Development]:
    """The period's developments, most salient first. ``linked``: ids of agreement events;
    ``moved``: ids of the events that changed an agreement's status."""
    prom = prominence(events, focus)
    earlier = history_counts(prior)
    current = history_counts(events)
    devs = group(events)
    for dev in devs:
        score(dev, prom, earlier, events, linked, current, moved)
    return sorted(devs, key=lambda d: (-d.score, d.day or date.min, d.key))
