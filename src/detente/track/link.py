"""Linking mentions into agreements.

How linking works, in short (the package docstring lists every rule and weight):

- Mentions are taken in date order. Each one is scored against the agreements of its kind
  family seen so far (most recently active first); ``score`` returns None when a hard rule
  keeps the two apart (another kind family, round, venue, named peace agreement, duration,
  partial-scope theme or holiday, disjoint places of a scoped kind, a later date
  reference, disjoint parties, a third state turning up later, too long a silence, a new
  day's declaration of a daily arrangement, a proposal after the agreement was reached),
  else a sum of what they share (date reference, round, duration, sentence, places,
  themes, article, venue, declaration day, go-betweens, parties, words).
- The mention joins the best agreement when the score reaches ``FOUND_MIN`` (a mention
  that could found its own agreement) or ``LINK_MIN`` (a reference or a claim).
- Otherwise it founds a new agreement if ``can_found`` allows it (a founding act and a
  party with a stated position), or is dropped.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date, timedelta

from detente.track import terms as t
from detente.track.mentions import KIND_FAMILY, SCOPED, Mention, has

# How long after its last mention an agreement still takes a mention that shares nothing
# specific with it (days). A shared round, venue, place, theme, duration or date widens it.
WINDOW = {
    "humanitarian": 2, "talks": 3, "prisoner_exchange": 21, "ceasefire": 30,
    "partial_ceasefire": 30, "peace_agreement": 45, "other": 7,
}
STRONG_WINDOW = 60
# Corridors and pauses are daily: a town they share is named in dozens of them, so sharing
# one stretches the window only this far.
STRONG_WINDOW_HUMANITARIAN = 21
ROUND_NEWS_DAYS = 3  # a numbered round joins unnumbered news of it only from its first days
CLAIM_WINDOW = 14  # a violation claim may come a while after the last news of the agreement
# "accused Israel of overturning the ceasefire agreement" two months on: a truce in force
# between the same two sides is the one charged, however long it has held
LONG_CLAIM_WINDOW = 365
# a deal told as another one ("signed a revised peace agreement")
_NEW_DEAL = re.compile(r"\b(?:revised|new|second|another|fresh|amended)\s+(?:\w+\s+)?"
                       r"(?:agreement|accord|deal|treaty)\b", re.I)
PEACE_PROCESS_WINDOW = 365  # days between steps of one treaty of the same two parties
SWAP_DONE_WINDOW = 60  # days an agreed exchange may take to be carried out
LINK_MIN = 2.0  # kind family alone
FOUND_MIN = 3.0  # a mention that could found its own agreement needs more to join one


@dataclass
class Cluster:
    id: str
    kind: str
    founder: Mention
    mentions: list[Mention] = field(default_factory=list)
    parties: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    themes: set[str] = field(default_factory=set)
    venues: set[str] = field(default_factory=set)
    duration: int | None = None
    round: int | None = None
    declared: date | None = None
    founding_days: set[date] = field(default_factory=set)
    first: date | None = None
    last: date | None = None  # last news of any kind
    active: date | None = None  # last news that did something (windows count from here)
    words: set[str] = field(default_factory=set)
    binding: bool = False  # something was agreed, declared or done (so it can be violated)
    articles: set[str] = field(default_factory=set)
    sentences: set[tuple[str, str]] = field(default_factory=set)  # (article, sentence)
    mediators: set[str] = field(default_factory=set)

    @property
    def family(self) -> str:
        return KIND_FAMILY[self.kind]

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.articles.add(m.event.article_id)
        self.sentences.add((m.event.article_id, m.event.sentence))
        self.mediators |= set(m.mediators)
        if m.day:
            self.first = min(self.first or m.day, m.day)
            self.last = max(self.last or m.day, m.day)
        if m.act in ("violation", "contested", "mention", "collapsed", "expired"):
            return
        if m.day:
            self.active = max(self.active or m.day, m.day)
        if m.act in ("agree", "in_force", "implemented") or (m.act == "accept" and any(
                pos in ("agreed", "accepted") and code not in m.positions
                for x in self.mentions[:-1] for code, pos in x.positions.items())):
            self.binding = True
        self.parties |= set(m.positions) or set(m.parties)
        self.places |= set(m.places)
        self.themes |= set(m.themes)
        if m.venue:
            self.venues.add(m.venue)
        self.duration = self.duration or m.duration
        self.round = self.round or m.round
        if m.founding and m.day:
            self.founding_days.add(m.day)
            if m.act in ("propose", "agree", "accept", "reject") and self.declared is None:
                self.declared = m.day
        if len(self.words) < 400:
            self.words |= m.words


def agreement_id(m: Mention) -> str:
    """Stable id: kind + sorted parties + scope + the founding event's id."""
    key = "|".join([
        m.family, ",".join(sorted(set(m.parties))), ",".join(sorted(m.scope)), m.event.id,
    ])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def score(m: Mention, c: Cluster, dyad: tuple[str, str] | None = None) -> float | None:
    """How well mention ``m`` fits agreement ``c``; None when they cannot be one agreement."""
    families = [KIND_FAMILY[k] for k in m.kinds]
    if c.family not in families and not _named_by_its_venue(m, c):
        return None
    if m.act in ("violation", "contested", "expired") and not c.binding:
        return None  # a proposal cannot be violated, nor run out
    if m.act in ("violation", "contested") and c.kind == "humanitarian_corridor" and \
            _ceasefire_only(m.event.sentence) and not _declared_with_a_ceasefire(c):
        return None  # "despite … the alleged cessation of hostilities": a ceasefire's claim
    primary = KIND_FAMILY[m.kind] == c.family
    s = 2.0 if primary else 0.75
    if not primary and m.act in ("violation", "contested") and _THE_TRUCE.search(
            m.event.sentence):
        s += 1.0  # "breached the truce and attacked positions in the Kursk region": a truce
        # known already, whatever the places say
    ref_match = bool(m.date_refs) and any(
        d == c.declared or d in c.founding_days for d in m.date_refs
    )
    if m.date_refs and not ref_match and c.declared and m.act not in ("violation", "contested") \
            and all(d > c.declared for d in m.date_refs):
        return None  # it names a later day than this agreement's declaration
    strong = ref_match
    if ref_match:
        s += 5
    # parties
    mp = set(m.positions) or set(m.parties)
    cp = set(c.parties)
    if dyad and cp & set(dyad) and c.family != "talks":
        cp |= set(dyad)  # the other belligerent is a party even before it is named
    apart = bool(mp and cp and not mp & cp)  # decided below: only shared terms can bridge it
    s += 0.5 * len(mp & cp)
    # the same go-between ("evacuated with the help of the UN and the Red Cross")
    s += 1.0 * len(set(m.mediators) & (c.mediators | c.parties))
    # talks: round and venue
    if m.round and c.round:
        if m.round != c.round:
            return None
        s += 4
        strong = True
    named = c.family == "peace_agreement" and bool(m.venue) and m.venue in c.venues
    if c.family == "peace_agreement" and m.venue and m.act not in (
            "violation", "contested") and (c.venues and m.venue not in c.venues
                                           or not c.venues and c.declared != m.day):
        return None  # "the Istanbul agreements" are not an earlier, placeless plan
    if named:  # "the Minsk agreements" are one agreement, however long ago they were news
        s += 4
        strong = True
    if c.family == "talks":
        if _other_talks(m, c):
            return None
        if m.venue and c.venues:
            s += 2
            strong = True
    # duration
    if m.duration and c.duration:
        if m.duration != c.duration:
            return None
        s += 3
        strong = True
    # themes that set a partial ceasefire apart, and holidays
    mt, ct = set(m.themes), c.themes
    for group in (t.PARTIAL_THEMES, t.HOLIDAYS):
        a, b = mt & group, ct & group
        if a and b:
            if not a & b:
                return None
            s += 2
            strong = True
        elif a and not b and c.family in ("ceasefire", "partial_ceasefire") and group is t.HOLIDAYS:
            return None
    same_article = m.event.article_id in c.articles
    if same_article:
        s += 2
    same_sentence = (m.event.article_id, m.event.sentence) in c.sentences
    if same_sentence:  # one sentence coded as several events tells of one agreement
        s += 3
        strong = True
    if m.day and m.day == c.declared:
        s += 1
    if m.backref and c.binding and c.family in ("ceasefire", "partial_ceasefire") and \
            m.act in ("agree", "accept", "in_force", "implemented"):
        s += 1  # "during the ceasefire declared by Moscow": one already on the board
    if m.act == "reject" and not c.binding and (m.backref or _THE_PROPOSAL.search(
            m.event.sentence) or m.full and c.founder.full):
        s += 1.5  # "was preparing to reject the proposal", "declined to back a full
        # ceasefire": the offer still open
    if t.RETURN_TO.search(m.event.sentence) and any(x.act == "withdraw" for x in c.mentions):
        s += 2  # "ready to return to the grain deal": the deal it left
        strong = True
    # places
    elsewhere = False
    if m.places and not c.places and m.act == "mention" and c.family == "humanitarian" and \
            _only_proposed(c) and c.founder.event.article_id != m.event.article_id:
        return None  # news of corridors somewhere is no news of a call for corridors anywhere
    if m.places and c.places:
        shared = set(m.places) & c.places
        package = same_article and m.day == c.declared and m.act in (
            "agree", "accept", "in_force", "implemented")  # one day's package of corridors
        if shared:
            s += 2 + 0.5 * min(2, len(shared))
            strong = True
        elif c.kind in SCOPED and m.kind in SCOPED and m.act not in (
                "violation", "contested") and not package:
            return None
        elif c.kind == m.kind == "partial_ceasefire":
            elsewhere = True  # a breach told at other places: this truce only if recent
            s -= 1
    if c.family == "humanitarian" and _other_waters(m, c):
        return None
    # time
    since = c.active or c.first
    if m.day and since and not ref_match and not named:
        gap = (m.day - since).days
        window = WINDOW[c.family]
        if strong:
            window = STRONG_WINDOW_HUMANITARIAN if c.family == "humanitarian" else STRONG_WINDOW
        if c.family == "peace_agreement" and len(set(m.parties)) >= 2 and \
                set(m.parties) == set(c.parties) and m.act in ("agree", "accept", "in_force") \
                and not _NEW_DEAL.search(m.event.sentence):
            window = max(window, PEACE_PROCESS_WINDOW)  # (the text agreed in March, initialled
            s += 1  # in August: one treaty of the same two states)
        if m.act == "implemented" and c.family == "prisoner_exchange" and m.day and \
                _agreed_not_done(c, m.day):
            window = max(window, SWAP_DONE_WINDOW)  # (a deal reached in March, done in April)
        if m.act in ("violation", "contested"):
            window = CLAIM_WINDOW if elsewhere else max(window, CLAIM_WINDOW)
            if not elsewhere and _charges_the_parties(m, c):
                window = LONG_CLAIM_WINDOW
        elif m.act in ("in_force", "expired") and _holds_between_the_parties(m, c):
            window = LONG_CLAIM_WINDOW  # "the ceasefire between Israel and Hezbollah will be
            s += 1.5  # extended": the one they agreed, however long ago
        if gap > window:
            return None
    # a new declaration of a daily arrangement (corridors, pauses) on another day is a new one
    declaring = ("agree", "accept", "propose") + (
        ("implemented",) if c.family in ("prisoner_exchange", "other") else ())
    if (c.family in ("humanitarian", "prisoner_exchange", "other") and m.act in declaring
            and m.day and c.declared and m.day != c.declared
            and not ref_match and not (m.backref and c.family != "humanitarian")
            and not (m.act in ("agree", "accept") and c.family != "humanitarian"
                     and c.declared and _only_proposed(c))
            and not (m.act == "implemented" and c.family == "prisoner_exchange"
                     and _agreed_not_done(c, m.day))):
        return None
    if c.family == "prisoner_exchange" and m.day and m.day != (c.declared or c.first) and \
            c.binding and _ANOTHER_SWAP.search(m.event.sentence):
        return None  # "the second such swap in three weeks": a new one
    if c.family == "humanitarian" and m.act == "propose" and c.binding and not ref_match:
        return None  # a proposal is new: what was already agreed is not proposed again
    if c.family == "humanitarian" and m.act in ("agree", "accept", "propose") and m.day \
            and c.declared and m.day != c.declared and not ref_match and m.backref \
            and not (set(m.places) & c.places):
        return None
    if apart and not same_sentence:
        if not strong or c.family == "talks":
            return None
        s -= 1
    newcomers = mp - cp - set(m.mediators) - set(dyad or ())
    if newcomers and m.act not in ("violation", "contested") and not strong \
            and m.day != c.declared:
        return None  # a third state turning up later is another arrangement
    if m.act == "in_force" and c.family in ("ceasefire", "partial_ceasefire") and \
            _awaits_its_start(c) and mp and mp <= cp:
        s += 1.5  # "came into force at midnight on Sunday", three days after it was agreed
    # wording
    if m.words and c.words:
        s += 2.0 * len(m.words & c.words) / len(m.words | c.words)
    return s


# the families a charge of breaking "the ceasefire agreement" may reach across kinds and months
TRUCE_FAMILIES = ("ceasefire", "partial_ceasefire", "peace_agreement")
_ANOTHER_SWAP = re.compile(r"\b(?:second|third|fourth|fifth|another|new|latest|fresh|next)"
                           r"(?: such)? (?:swap|exchange|prisoner exchange)\b", re.I)
_THE_TRUCE = re.compile(r"\bthe (?:\w+[- ])?(?:truce|ceasefire|cease-fire|moratorium|agreement|"
                        r"deal)\b", re.I)  # ("accused Russia of violating the agreement")


def _named_by_its_venue(m: Mention, c: Cluster) -> bool:
    """"a flagrant breach of the Minsk agreement": a charge on the truce agreed at talks in
    Minsk, whatever kind the sentence's words suggest."""
    return m.act in ("violation", "contested") and bool(m.venue) and m.venue in c.venues \
        and c.binding and c.family in TRUCE_FAMILIES


def _charges_the_parties(m: Mention, c: Cluster) -> bool:
    sides = {m.claimant, m.accused}
    return None not in sides and _the_truce_between(m, c, sides)


def _holds_between_the_parties(m: Mention, c: Cluster) -> bool:
    sides = set(m.positions) | set(m.parties)
    return c.binding and len(sides) >= 2 and _the_truce_between(m, c, sides)


def _the_truce_between(m: Mention, c: Cluster, sides: AbstractSet[str | None]) -> bool:
    """"The ceasefire", said of the sides of this truce: the one they have."""
    return c.family in TRUCE_FAMILIES and sides <= set(c.parties) and \
        bool(_THE_TRUCE.search(m.event.sentence))


def _other_talks(m: Mention, c: Cluster) -> bool:
    """Talks that cannot be these: held elsewhere, a numbered round after an unnumbered one
    ("the second round" is a new round), between other sides, or about the ports rather
    than about peace."""
    if m.venue and c.venues and not all(t.same_venue(m.venue, v) for v in c.venues):
        return True
    if m.round and not c.round and c.mentions and m.day and c.last and (
            m.day > c.last or c.first and (m.day - c.first).days > ROUND_NEWS_DAYS):
        return True  # (an unnumbered record weeks old is not this round, however chained)
    sides, theirs = set(m.positions) - set(m.mediators), c.parties - c.mediators
    if not (m.venue and c.venues) and len(sides) >= 2 and len(theirs) >= 2 and not (
            sides <= theirs | c.mediators and len(theirs - sides) <= 1 or theirs <= sides):
        return True  # a meeting of Putin and Zelenskiy is not the Anchorage summit, nor is
        # a Russian–Ukrainian round the Normandy format's four-way talks
    return _about_grain(m.event.sentence) != _about_grain(c.founder.event.sentence)


def _other_waters(m: Mention, c: Cluster) -> bool:
    """A corridor at sea is not one on land: the evacuation of ships from the Black Sea
    ports shares nothing with the Zaporizhzhia corridors, nor with "people who have been
    evacuated" told without a place."""
    sea = t.PARTIAL_THEMES - {"energy infrastructure"}
    mine, theirs = bool(set(m.themes) & sea), bool(c.themes & sea)
    if theirs and has(t.PEOPLE_EVACUATED, m.event.sentence) and \
            not set(t.themes(m.event.sentence)) & sea:  # (its themes include its context's)
        return not set(m.places) & c.places  # people leave by land, not by a ships' corridor
    return mine != theirs and bool(m.places or m.themes) and bool(c.places or c.themes) \
        and not set(m.places) & c.places


def _about_grain(text: str) -> bool:
    return has(t.GRAIN, text)


def _declared_with_a_ceasefire(c: Cluster) -> bool:
    """A corridor declared with a ceasefire to open it ("would observe a ceasefire at the
    plant … and open humanitarian corridors"): a breach of that ceasefire is its breach."""
    return any(has(t.CEASEFIRE, x.event.sentence) for x in c.mentions
               if x.act in ("propose", "agree", "accept", "in_force"))


def _ceasefire_only(text: str) -> bool:
    """The sentence names a ceasefire and neither corridors nor evacuations."""
    return has(t.CEASEFIRE, text) and not has(t.CORRIDOR, text)


def _may_cross(m: Mention) -> bool:
    """A generic ceasefire sentence ("there were two days of real ceasefire") may belong to a
    local pause, corridor or partial ceasefire; other founding sentences stay in their kind."""
    return m.family == "ceasefire" and not m.full


def _names_the_deal(m: Mention) -> bool:
    """A deal left that the sentence names ("pulled out of the Black Sea grain deal"): on
    the board even when its making is not in the sources."""
    return bool(m.themes) and bool(t.LEFT_A_DEAL.search(m.event.sentence))


_THE_PROPOSAL = re.compile(r"\b(?:the|this|that|their|its|his) (?:\w+ )?(?:proposal|offer|"
                           r"initiative|plan|idea)\b", re.I)


def _only_proposed(c: Cluster) -> bool:
    return all(m.act in ("propose", "mention") for m in c.mentions)


def _awaits_its_start(c: Cluster) -> bool:
    """Agreed, and not yet told in force or done."""
    return any(m.act in ("agree", "accept") for m in c.mentions) and not any(
        m.act in ("in_force", "implemented") for m in c.mentions)


def _agreed_not_done(c: Cluster, day: date) -> bool:
    """An exchange agreed and not carried out before ``day``: the swap that follows is it
    (each side's half of it told on that day)."""
    return any(m.act in ("agree", "accept") for m in c.mentions) and not any(
        m.act == "implemented" and m.day != day for m in c.mentions)


def link(mentions: Iterable[Mention], dyad: tuple[str, str] | None = None) -> list[Cluster]:
    """Greedy, in date order: each mention joins its best-scoring agreement or founds one;
    one that could do neither tries again to join at the end of its day, when what that
    day founded is known ("talks with Russia" told in the sentence that proposes them).

    Processing in date order makes the result for events up to a day a prefix of the result
    for all events, so ``track(as_of=d)`` and the versions agree.
    """
    clusters: list[Cluster] = []
    by_family: dict[str, list[Cluster]] = defaultdict(list)
    waiting: list[Mention] = []
    for m in mentions:
        if waiting and m.day != waiting[0].day:
            _join_late(waiting, by_family, dyad)
        if _other_half(m, by_family) or _half_of_a_swap(m, by_family) or \
                _join(m, by_family, dyad):
            continue
        if not m.founding or m.act == "withdraw" and not _names_the_deal(m) or \
                not can_found(m, dyad):
            waiting.append(m)
            continue
        c = Cluster(id=agreement_id(m), kind=m.kind, founder=m)
        c.add(m)
        clusters.append(c)
        by_family[c.family].append(c)
    _join_late(waiting, by_family, dyad)
    return clusters


def _join(m: Mention, by_family: dict[str, list[Cluster]], dyad: tuple[str, str] | None
          ) -> bool:
    """Add ``m`` to the agreement it fits best, if one fits well enough."""
    need = FOUND_MIN if m.founding else LINK_MIN
    best: Cluster | None = None
    best_score = 0.0
    for i, family in enumerate(dict.fromkeys(KIND_FAMILY[k] for k in m.kinds)):
        if i and m.founding and not _may_cross(m):
            break  # what a sentence declares about one kind is not news about another
        for c in reversed(by_family[family]):
            if m.day and c.last and (m.day - c.last).days > 400:
                break
            s = score(m, c, dyad)
            if s is not None and i and m.founding:
                s = s if s >= 3.5 else None  # a generic ceasefire joins a local one
            if s is not None and s > best_score:
                best, best_score = c, s
        if i == 0 and best is not None and best_score >= need:
            break
    if best is None or best_score < need:
        return False
    best.add(m)
    if m.act != "mention" or best.mentions[0] is not m:
        _touch(by_family[best.family], best)
    return True


def _other_half(m: Mention, by_family: dict[str, list[Cluster]]) -> bool:
    """"In return, Kyiv handed over 55 Russian prisoners", told after "Ukraine secured the
    release of 215 of its fighters" in the same report: the release was one half of a swap.
    The release's record becomes the exchange (its id kept, so earlier versions agree)."""
    if m.kind != "prisoner_exchange" or m.act != "implemented" or not m.day or \
            not _IN_RETURN.search(m.event.sentence):
        return False
    for c in reversed(by_family["other"]):
        if m.event.article_id in c.articles and c.first and abs((m.day - c.first).days) <= 1 \
                and all(x.event.event_type == "RETREAT" for x in c.mentions
                        if x.act == "implemented"):
            by_family["other"].remove(c)
            c.kind = "prisoner_exchange"
            c.add(m)
            by_family["prisoner_exchange"].append(c)
            return True
    return False


_IN_RETURN = re.compile(r"\bin return\b", re.I)


def _half_of_a_swap(m: Mention, by_family: dict[str, list[Cluster]]) -> bool:
    """"Among the Russians freed were servicemen captured in the Kursk region", told after
    "Russia and Ukraine each returned 115 prisoners" in the same report: the swap's news."""
    if m.kind != "other" or m.act != "implemented" or m.event.mode != "release" or not m.day:
        return False
    for c in reversed(by_family["prisoner_exchange"]):
        if m.event.article_id in c.articles and c.first == m.day and c.binding:
            c.add(m)
            return True
    return False


def _join_late(waiting: list[Mention], by_family: dict[str, list[Cluster]],
               dyad: tuple[str, str] | None) -> None:
    for m in waiting:
        _join(m, by_family, dyad)
    waiting.clear()


def can_found(m: Mention, dyad: tuple[str, str] | None) -> bool:
    """Whether a mention can put a new agreement on the board.

    Someone must have done something: a party with a stated position, or one that carried
    it out ("Buses will be sent from Bakhmut", "7,295 people were evacuated" name nobody
    who agreed to anything and only join an agreement already there). Talks found a record
    only between the belligerents, or as a numbered round, at a venue, or about grain
    and ports: a call about "the negotiating process" with a third state is not a round.
    """
    if m.act == "propose" and m.mediators and (
            m.family in ("ceasefire", "partial_ceasefire") or
            m.family == "talks" and dyad is not None and set(dyad) <= set(m.parties)):
        return True  # a go-between's plan ("the IAEA called for a protection zone around
        # the plant", Trump "arranging a meeting between Putin and Zelenskiy"): on the table
        # before either side has answered
    if not any(pos != "undecided" for pos in m.positions.values()):
        return False
    if m.family != "talks" or m.round or set(m.themes) & {"grain", "Black Sea"}:
        return True
    if m.venue:  # a round at a venue, told with both its sides (not Kyiv's "initiatives to
        # intensify the negotiation process … and the implementation of the Minsk agreements")
        return len([c for c in m.positions if c not in m.mediators]) >= 2
    return dyad is None or set(dyad) <= set(m.positions)


def _touch(items: list[Cluster], c: Cluster) -> None:
    """Keep each family's list ordered by last activity (most recent at the end)."""
    if items and items[-1] is c:
        return
    items.remove(c)
    items.append(c)


def days_between(a: date, b: date) -> int:
    return (b - a).days


def plus(d: date, days: int) -> date:
    return d + timedelta(days=days)
