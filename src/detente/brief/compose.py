"""The composer: from the store's events and agreements to a :class:`~detente.model.Brief`.

Sections (docs/BRIEF_FORMAT.md):

- **Details** — the period's developments (see :mod:`detente.brief.salience`), the most
  salient first as a lead sentence with date, actors, place, duration and outcome, then one
  bullet per other development. Statements of position (demands, refusals, offers, threats,
  accusations) are kept for Important to Know unless one of them is the lead.
- **Context** — earlier events from the database (the 90 days before the period, never from
  an article that Details cites): what happened last time on the same topic between the
  same parties, how the agreements in play began (who proposed, who accepted), and the
  most salient earlier developments.
- **Important to Know** — each party's stated positions and conditions in the period, where
  one side's demand or offer meets the other's refusal, and what each side says of the
  other (mutual accusations are called that).
- **Conclusion** — one paragraph: status of each agreement in play, the trend of
  cooperation and conflict between the parties (mean PLOVER score of their events this
  period against the previous period of equal length; negated events skipped), and the
  next dates to watch (agreement expiries, future-dated or future-modality talks).

Every sentence carries numbered citations; numbers in generated text come from the cited
events' quantities, dates from the cited events' dates (or the agreement's fixed end).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from detente.brief import names, prose, salience
from detente.brief.salience import Development
from detente.errors import NotFound
from detente.learn.proposals import is_proposal
from detente.model import (
    Actor,
    Agreement,
    Article,
    Brief,
    Bullet,
    Citation,
    Event,
    Section,
)
from detente.store import EventFilter, Store
from detente.track import (
    people_with_rebels,
    proxy_sides,
    rebel_lands,
    side_party,
    standing_with_rebels,
)
from detente.track.lifecycle import charged_both_ways
from detente.track.mentions import side_of
from detente.track.terms import GUARANTEES_LABEL, HOLIDAYS

LABELS = ("Details", "Context", "Important to Know", "Conclusion")
MUTUAL_TYPES = frozenset({"CONSULT", "COOPERATE"})  # told the same either way round
POSITION_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "ACCUSE"})
# acts done by saying them: their speaker is their source
SPEECH_ACTS = POSITION_TYPES | {"AGREE", "SUPPORT", "PROTEST"}
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE", "THREATEN", "MOBILIZE", "SANCTION",
                           "PROTEST", "REJECT", "REQUEST"})
DEALS_WITH = re.compile(r"(?:separate |a |an |two )?(?:deals?|agreements?|understandings?) with\b")
# "X will (not) visit": a plan, told as it stood ("X was (not) to visit")
WILL = re.compile(r" will (not )?")
KIND_LABEL = {
    "ceasefire": "ceasefire", "partial_ceasefire": "partial ceasefire",
    "humanitarian_pause": "humanitarian pause", "humanitarian_corridor": "humanitarian corridor",
    "prisoner_exchange": "prisoner exchange", "talks": "talks",
    "peace_agreement": "peace agreement", "other": "arrangement",
}
STATUS_PHRASE = {
    "proposed": "has only been proposed", "agreed": "has been agreed but is not reported in force",
    "in_force": "is in force", "contested": "is contested", "violated": "is reported violated",
    "collapsed": "has collapsed", "expired": "has expired", "implemented": "was carried out",
}
# talks are held, not in force
TALKS_STATUS_PHRASE = {"agreed": "have been agreed but are not reported held",
                       "in_force": "are under way", "implemented": "were held"}
# a corridor is used, a pause kept: "carried out" fits a swap or an evacuation
KIND_STATUS_PHRASE = {("humanitarian_corridor", "implemented"): "has been used",
                      ("humanitarian_pause", "implemented"): "was observed"}
# what a partial ceasefire spares, as its label says it
SPARED = {"energy infrastructure": "on energy infrastructure",
          "nuclear power plant": "around the nuclear power plant"}
POSITION_VERB = {"proposed": "proposed", "accepted": "accepted", "agreed": "agreed to",
                 "rejected": "rejected", "withdrawn": "withdrew from"}
POSITION_WORD = {"withdrawn": "withdrew"}  # ("Russia withdrew", not "Russia withdrawn")
PEACE_TOPICS = frozenset({"ceasefire", "corridor", "exchange", "talks", "grain", "nuclear"})
MAX_WORDS = 680
MIN_WORDS = 300
PRIOR_DAYS = 90


# -- citations ------------------------------------------------------------------------------

class Citer:
    """Numbers the cited sentences in order of first use; one number per sentence."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.by_key: dict[tuple[str, str], Citation] = {}
        self.articles: dict[str, Article | None] = {}

    def article(self, article_id: str) -> Article | None:
        if article_id not in self.articles:
            try:
                self.articles[article_id] = self.store.get_article(article_id)
            except NotFound:
                self.articles[article_id] = None
        return self.articles[article_id]

    def outlet(self, event: Event) -> str | None:
        art = self.article(event.article_id)
        return art.source if art else None

    def cite(self, events: Iterable[Event]) -> tuple[str, list[int]]:
        numbers: list[int] = []
        for ev in events:
            key = (ev.article_id, ev.sentence)
            if key not in self.by_key:
                art = self.article(ev.article_id)
                self.by_key[key] = Citation(
                    number=len(self.by_key) + 1, event_id=ev.id, article_id=ev.article_id,
                    sentence=ev.sentence, source=art.source if art else None,
                    title=art.title if art else "", published=art.published if art else None,
                    url=art.url if art else None)
            num = self.by_key[key].number
            if num not in numbers:
                numbers.append(num)
        return "".join(f"[{n}]" for n in numbers), numbers

    @property
    def citations(self) -> list[Citation]:
        return sorted(self.by_key.values(), key=lambda c: c.number)


@dataclass
class Writer:
    """Writes one sentence per event or development, tracking what has been used."""

    citer: Citer
    used: set[tuple[str, str]] = field(default_factory=set)
    used_text: set[str] = field(default_factory=set)
    turn: int = 0
    # a refusal's event id -> the offer it turns down, told with it ("Russia's proposal")
    turned_down: dict[str, Event] = field(default_factory=dict)

    def fresh(self, ev: Event) -> bool:
        return (ev.article_id, ev.sentence) not in self.used

    def mark(self, events: Iterable[Event]) -> None:
        for ev in events:
            self.used.add((ev.article_id, ev.sentence))

    def side_of(self, ev: Event) -> str | None:
        side = names.outlet_side(self.citer.outlet(ev))
        if ev.claimant and ev.claimant.code:
            return ev.claimant.code
        return side[0] if side else None

    def clause(self, ev: Event, subject: str | None = None, tense: str | None = None,
               attributed: bool = True, reciprocal: bool = False,
               dated: bool = False) -> str | None:
        """The event as a clause, attributed when it is a claim, dated when asked.

        A date the sentence itself gives (``date_text``) belongs to the act ("According to
        Kyiv, on 29 March 2022 Russian forces struck …"); a date taken from the publication
        belongs to the statement ("Andriy Yermak said on 31 March 2022 that …").
        """
        text = prose.clause(ev, subject=subject, tense=tense, side=self.side_of(ev),
                            reciprocal=reciprocal)
        if text is None:
            return None
        said_by = prose.attribution(ev, self.citer.outlet(ev)) if attributed else None
        subj = subject or prose.actors_phrase(ev.source) or ""
        teller = said_by if said_by != subj else None  # (not "Zelensky said Zelensky would")
        if said_by and said_by == subj and not subject and ev.modality == "reported" and \
                _plural_group(subj) and (own := prose.clause(
                    ev, subject="they", tense=tense, side=self.side_of(ev),
                    reciprocal=reciprocal)):
            text, teller = own, said_by  # "separatists said that they withdrew": a claim
        speaker = None if ev.event_type in SPEECH_ACTS and ev.claimant and \
            ev.claimant.code in {a.code for a in ev.source} else teller
        # (not "Kyiv said that Ukraine accused Russia of …")
        day = prose.fmt_date(ev.date) if dated and ev.date else None
        told = self._as_planned(ev, text, "would" if teller else None) if dated else None
        if told is not None:
            said_on, planned = told  # "As of 16 August 2025, Zelensky was to visit … on 18 …"
            if teller:  # "Vladimir Putin said on 4 September 2023 that Russia would return …"
                return f"{teller} said on {said_on} that {planned}"
            return f"As of {said_on}, {planned}"
        if speaker:
            self.turn += 1
            if day and not ev.date_text:
                return (f"{speaker} said on {day} that {text}" if self.turn % 2 else
                        f"According to {speaker} on {day}, {text}")
            if day:
                text = f"on {day} {text}"
            return prose.attribute(text, speaker, self.turn)
        if day:
            return f"On {day} {text}"
        return text

    def _as_planned(self, ev: Event, text: str, aux: str | None = None
                    ) -> tuple[str, str] | None:
        """A future act, told as it stood on the day it was told: that day and the plan
        ("Volodymyr Zelensky was to visit … on 18 August 2025"), not "On 18 August 2025
        Volodymyr Zelensky will visit" (nor a promise dated as if it were done)."""
        will = WILL.search(text)
        if ev.modality != "future" or will is None:
            return None
        art = self.citer.article(ev.article_id)
        told = art.published if art and art.published else ev.date
        if told is None:
            return None
        subject = text[:will.start()]
        be = "were" if prose.plural_subject(subject) else "was"
        planned = f"{subject} {aux} {will.group(1) or ''}{text[will.end():]}" if aux else \
            f"{subject} {be} {will.group(1) or ''}to {text[will.end():]}"
        if ev.date_text and ev.date and ev.date != told:
            planned += f" on {prose.fmt_date(ev.date)}"
        return prose.fmt_date(told), planned

    def bullet(self, text: str, events: Sequence[Event]) -> Bullet | None:
        """A cited sentence; citations already placed inside ``text`` are not repeated."""
        norm = " ".join(re.sub(r"\[\d+\]", "", text).lower().split())
        if events and all(e.event_type in MUTUAL_TYPES for e in events):
            # "Russia cooperated with Mongolia" and "Mongolia cooperated with Russia" say one
            # thing (not "Russia accused Ukraine" and "Ukraine accused Russia")
            norm = " ".join(sorted(norm.split()))
        if norm in self.used_text:
            return None
        _, numbers = self.citer.cite(events)
        inline = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
        cites = "".join(f"[{n}]" for n in numbers if n not in inline)
        self.used_text.add(norm)
        self.mark(events)
        return Bullet(text=prose.sentence(text, cites), event_ids=[e.id for e in events],
                      citations=numbers)


# -- scope ----------------------------------------------------------------------------------

@dataclass
class Scope:
    since: date
    until: date
    actors: list[str]
    topic: str | None
    agreement: Agreement | None
    article: Article | None
    period: list[Event]
    prior: list[Event]
    previous: list[Event]  # the period of equal length just before (trend)
    focus: tuple[str, ...]


def _keep(ev: Event, actors: Sequence[str]) -> bool:
    """An actor-pair brief keeps events among the pair: no third state, at least one of them."""
    if not actors:
        return True
    codes = set(ev.source_codes) | set(ev.target_codes)
    wanted = set(actors)
    if not codes & wanted:
        return False
    return codes <= wanted or wanted <= codes


def _events(store: Store, flt: EventFilter, actors: Sequence[str],
            published_by: date | None = None) -> list[Event]:
    """Matching events; with ``published_by`` only those from articles published by then.

    A brief written as of a day knows nothing that was published later, even when a later
    article dates an event back into the period ("on the night of March 4 …").
    """
    # (a brief cites what the rules found: no proposal of the sentence model)
    coded = (e.as_parties() for e in store.events(flt, limit=None).items if not is_proposal(e))
    found = _with_both_sides([_own_forces(e) for e in coded if _keep(e, actors)], actors)
    if published_by is None or not found:
        return found
    ids = sorted({e.article_id for e in found})
    published: dict[str, date | None] = {}
    for start in range(0, len(ids), 500):
        for art in store.articles(ids=ids[start:start + 500]):
            published[art.id] = art.published
    return [e for e in found
            if (published.get(e.article_id) or date.min) <= published_by]


def _with_both_sides(events: list[Event], actors: Sequence[str]) -> list[Event]:
    """A pair's brief keeps one side's own acts only from articles where the other side
    acts too (not Kyiv's talk to Stanford students in a Poland–Ukraine brief)."""
    if len(actors) < 2:
        return events
    seen: dict[str, set[str]] = defaultdict(set)
    for e in events:
        seen[e.article_id] |= set(e.source_codes) | set(e.target_codes)
    wanted = set(actors)
    return [e for e in events if wanted <= seen[e.article_id]]


def _events_by_ids(store: Store, ids: Sequence[str]) -> dict[str, Event]:
    """Stored events by id, coded by party as the tracker reads them (``Event.as_parties``)."""
    return {i: e.as_parties() for i, e in store.events_by_ids(ids).items()}


WITNESSES = frozenset({"CVL", "MED"})  # who tell of strikes they did not make


def _own_forces(ev: Event) -> Event:
    """"Russia said its missiles had destroyed a warship": an attacker the coder left
    unidentified, coded to the state that claims the strike, is that state's."""
    said = ev.claimant.code if ev.claimant and ev.claimant.sector not in WITNESSES else None
    if said and any(a.sector == "UAF" and a.code == said for a in ev.source):
        return replace(ev, source=[replace(a, sector=None) if a.sector == "UAF" else a
                                   for a in ev.source])
    return ev


def _last_known(store: Store, found: Sequence[Event], last: date | None) -> date | None:
    """The day by which the latest of ``found`` was both dated and published.

    A brief as of a day leaves out what was published later, so a scoped brief must end
    on the publication day of its latest event, not on the day the event is dated.
    Events dated after the last article are references to the future (or misdated).
    """
    dated = [e for e in found if e.date and (last is None or e.date <= last)]
    if not dated:
        return None
    published = {a.id: a.published for a in store.articles(ids=sorted({
        e.article_id for e in dated}))}
    return max(max(e.date or date.min, published.get(e.article_id) or date.min)
               for e in dated)


def focus_pair(events: Iterable[Event]) -> tuple[str, ...]:
    """The two parties most often hostile to each other in these events (ASSAULT counts 3);
    the people of a land whose fighters are its rebels stand with them (Gaza's, Hamas's)."""
    hostile = [ev for ev in events if ev.event_type in HOSTILE_TYPES and not ev.negated]
    sides = people_with_rebels(a for ev in hostile for a in [*ev.source, *ev.target])
    pairs: Counter[tuple[str, str]] = Counter()
    for ev in hostile:
        for s in _sides(ev.source, sides):
            for t in _sides(ev.target, sides):
                if s != t:
                    pairs[tuple(sorted((s, t)))] += 3 if ev.event_type == "ASSAULT" else 1  # type: ignore[index]
    if not pairs:
        return ()
    return pairs.most_common(1)[0][0]


def _sides(actors: Iterable[Actor], people: frozenset[str]) -> set[str]:
    return {p for a in actors if (p := side_party(a, people))}


def _actors_by_code(events: Iterable[Event]) -> dict[str, list[Actor]]:
    found: dict[str, list[Actor]] = defaultdict(list)
    for e in events:
        for a in [*e.source, *e.target, *([e.claimant] if e.claimant else [])]:
            if a.code:
                found[a.code.upper()].append(a)
    return found


def resolve_scope(store: Store, since: date | None, until: date | None,
                  actors: Sequence[str] | None, agreement_id: str | None, topic: str | None,
                  article_id: str | None) -> Scope:
    codes = [a.strip().upper() for a in (actors or []) if a.strip()]
    agreement = store.get_agreement(agreement_id) if agreement_id else None
    article = store.get_article(article_id) if article_id else None
    base = EventFilter(q=topic or None,
                       agreement_id=agreement.id if agreement else None,
                       article_id=article.id if article else None)
    if article is not None:
        period = _events(store, base, codes)
        day = article.published or max((e.date for e in period if e.date), default=None)
        until = until or day or date.today()
        since = since or until
    else:
        record: list[Event] = []
        if until is None:
            last = store.date_range()[1]
            if agreement is not None or topic or codes:
                found = _events(store, base, codes)
                record = _its_news(agreement, found) if agreement is not None else [
                    e for e in found if len(codes) >= 2 and
                    set(codes) <= set(e.source_codes) | set(e.target_codes)]
                # (an agreement's brief ends with its last news, not the fighting since; a
                # pair's with their last dealings, not one's own affairs at home since)
                until = _last_known(store, record or found, last)
            else:
                until = last
            until = until or date.today()
        since = since or _record_start(record, until)
        flt = EventFilter(since=since, until=until, q=base.q, agreement_id=base.agreement_id)
        period = _events(store, flt, codes, published_by=until)
    if agreement is not None and not codes:
        codes = [p.code for p in agreement.parties][:2]
    prior_flt = EventFilter(since=since - timedelta(days=PRIOR_DAYS),
                            until=since - timedelta(days=1), q=topic or None)
    prior = _events(store, prior_flt, codes, published_by=until)
    if article is not None:
        prior = [e for e in prior if e.article_id != article.id]
    length = (until - since).days + 1
    prev_flt = EventFilter(since=since - timedelta(days=length), until=since - timedelta(days=1))
    previous = _events(store, prev_flt, codes, published_by=until)
    focus = tuple(codes[:2]) if len(codes) >= 2 else focus_pair([*period, *prior])
    if len(codes) == 1 and codes[0] not in focus:
        focus = (codes[0],)
    period, prior, previous = ([standing_with_rebels(e, focus) for e in events]
                               for events in (period, prior, previous))
    if len(focus) == 2 and (proxies := proxy_sides([*period, *prior], focus)):
        period, prior, previous = ([_with_patrons(e, focus, proxies) for e in events]
                                   for events in (period, prior, previous))
    return Scope(since, until, codes, topic, agreement, article, period, prior, previous, focus)


def _record_ids(agreement: Agreement) -> set[str]:
    return {i for h in agreement.history for i in h.evidence} | {
        i for c in agreement.violation_claims for i in c.evidence}


def _its_record(agreement: Agreement, found: Sequence[Event]) -> list[Event]:
    """The events that make an agreement's history and claims (not the incidents of the
    fighting in its scope)."""
    ids = _record_ids(agreement)
    return [e for e in found if e.id in ids]


def _its_news(agreement: Agreement, found: Sequence[Event]) -> list[Event]:
    """Its record and every other event told of it but the fighting in its scope: the swap
    talks "being conducted" after the offer end a prisoner exchange's brief, not the offer."""
    ids = _record_ids(agreement) | (set(agreement.events) - set(agreement.incidents))
    return [e for e in found if e.id in ids]


def _record_start(record: Sequence[Event], until: date) -> date:
    """A week back, or further to the first news of an agreement's record (four weeks at
    most): "Russia rejected the Easter truce" a week and a half before the offer retold."""
    first = min((e.date for e in record if e.date), default=until)
    return min(until - timedelta(days=6), max(first, until - timedelta(days=27)))


def _plural_group(name: str) -> bool:
    """"separatists", "residents", "Ukrainian rebels": a group named in the plural (not a
    person, not a state)."""
    last = name.split()[-1] if name else ""
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def _with_patrons(ev: Event, pair: tuple[str, ...], proxies: frozenset[str]) -> Event:
    """The event with a side's proxies read as its patron's, as the tracker reads claims
    (``side_of``): "separatist forces violated the truce" (UKR REB) in a war of Russia and
    Ukraine is Russia's side. The actor keeps the name prose gave it ("separatists")."""
    dyad = (pair[0], pair[1])
    speaker = ev.claimant

    def patron(a: Actor) -> Actor:
        side = side_of(a, dyad, proxies)
        if side == a.code:
            return a
        if a.text.lower() in ("they", "it", "we") and speaker is not None and \
                (speaker.code, speaker.sector) == (a.code, a.sector):
            # "separatists said they had begun withdrawing": the separatists
            return replace(a, code=side, name=speaker.name or names.actor_name(speaker))
        return replace(a, code=side, name=a.name or names.actor_name(a))

    return ev.with_actors(patron)


# -- helpers ----------------------------------------------------------------------------------

def _usable(ev: Event) -> bool:
    return bool(ev.source_codes or ev.target_codes) and bool(prose.actors_phrase(ev.source))


def _dated(text: str, day: date | None) -> str:
    return f"on {prose.fmt_date(day)} {text}" if day else text


_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_MONTH_DAY = re.compile(
    r"\b(?:(\d{1,2})\s+(" + "|".join(prose.MONTHS) + r")|(" + "|".join(prose.MONTHS)
    + r")\s+(\d{1,2}))\b(?:,?\s+(\d{4}))?")
_PAST_CUES = re.compile(
    r"\b(?:years ago|(?:eight|seven|nine|ten|\d+) years\b|annex\w*\s+(?:of\s+)?Crimea|"
    r"Crimea\W+\w*\s*annex)", re.I)


def past_mention(ev: Event, since: date) -> bool:
    """The sentence recalls the past ("annexing Crimea", "since 2014", "on February 24")
    rather than reporting news of the period: no Details bullet."""
    if ev.modality == "historical":
        return True
    text = ev.sentence
    if any(int(y) < since.year for y in _YEAR.findall(text)) or _PAST_CUES.search(text):
        return True
    for m in _MONTH_DAY.finditer(text):
        month = prose.MONTHS.index(m.group(2) or m.group(3)) + 1
        try:
            day = date(int(m.group(5) or since.year), month, int(m.group(1) or m.group(4)))
        except ValueError:
            continue
        if m.group(5) is None and day > since + timedelta(days=180):
            day = day.replace(year=day.year - 1)  # "December 20" in a January brief
        if day < since - timedelta(days=14):
            return True
    return False


def _pair_phrase(codes: Sequence[str]) -> str | None:
    adjs = [names.adjective_of(c) for c in codes]
    if len(codes) == 2 and all(adjs):
        return f"{adjs[0]} and {adjs[1]} delegations"
    return None


def _words(text: str) -> int:
    return len(text.split())


def brief_words(sections: Sequence[Section]) -> int:
    return sum(_words(s.lead.text) + sum(_words(b.text) for b in s.bullets) for s in sections)


def _reciprocal(dev: Development) -> bool:
    """Both directions coded from one sentence ("the parties agreed", "delegations met")."""
    keys = {(e.article_id, e.sentence) for e in dev.events}
    return any(
        sum(1 for e in dev.events if (e.article_id, e.sentence) == k) > 1 for k in keys
    ) and len(dev.codes) == 2


JOINTLY_SIGNED = re.compile(r"sign|initial", re.I)  # a deal signed by both, coded both ways
EACH_OTHER = re.compile(r"\b(?:each other|one another)\b", re.I)
SWAPPED = re.compile(r"\b(?:exchanged|swapped|(?:completed|carried out|held) the "
                     r"(?:\w+ )?(?:exchange|swap))\b", re.I)


def dev_subject(dev: Development, ev: Event) -> str | None:
    """"Russia and Ukraine" when the told event's own sentence codes it both ways (not "we
    offer to the Russian party ...", one side's offer inside a two-way development)."""
    both_ways = any(e is not ev and (e.article_id, e.sentence) == (ev.article_id, ev.sentence)
                    and set(e.source_codes) == set(ev.target_codes) for e in dev.events)
    offered = _offered(ev) or (ev.trigger or "").lower().startswith("invit")
    mutual = dev.event_type == "CONSULT" or dev.event_type == "AGREE" and not offered or \
        EACH_OTHER.search(ev.sentence) or \
        dev.event_type == "RETREAT" and SWAPPED.search(ev.sentence) or \
        dev.event_type == "SUPPORT" and JOINTLY_SIGNED.match(ev.trigger or "")
    if mutual and both_ways and _reciprocal(dev):
        if dev.event_type == "CONSULT" and "delegation" in ev.sentence.lower():
            return _pair_phrase(dev.codes)
        return prose.join([n for n in (names.name_of(c) for c in dev.codes) if n])
    return None


def told_by(dev: Development, ev: Event) -> tuple[Event, str | None]:
    """The event to tell a development by and its subject (None: the event's own source).
    Deals one side made with others ("The United States reached separate deals with Ukraine
    and Russia …") are told by the one who made them, not as the pair's understanding."""
    if dev.event_type == "AGREE" and DEALS_WITH.match(prose.complement(ev) or ""):
        return next((e for e in dev.events if e.claimant and
                     e.claimant.code in e.source_codes), ev), None
    if dev.event_type == "AGREE" and _offered(ev):
        # talks offered are coded both ways: the offer is the one named before the verb's
        told = [e for e in dev.events if e.sentence == ev.sentence and e.trigger == ev.trigger]
        ev = min(told, key=lambda e: _named_at(e, e.sentence)) if told else ev
    return ev, dev_subject(dev, ev)


def _offered(ev: Event) -> bool:
    """The event is an offer by its trigger ("proposed", "offered", "suggested")."""
    return bool(re.match(r"propos|offer|suggest", (ev.trigger or "").lower()))


def _named_at(ev: Event, sentence: str) -> int:
    """Where the event's source is first named in its sentence (unnamed: at the end)."""
    places = [sentence.find(a.text) for a in ev.source if a.text and a.text in sentence]
    return min(places, default=len(sentence))


def describe(writer: Writer, dev: Development, lead: bool = False, commit: bool = True,
             ) -> tuple[str, list[Event]] | None:
    """One sentence for a development, citing its representative and a second outlet's report."""
    ev = dev.lead_event
    if not writer.fresh(ev):
        # (told as the lead was: not "the sooner we liberate our land …", hypothetical,
        # for a development of fighting told as done)
        fresh = [e for e in dev.events if writer.fresh(e) and not _denied_attack(e)
                 and _told_alike(e, ev)]
        if not fresh:
            return None
        ev = fresh[0]
    ev, subject = told_by(dev, ev)
    text = writer.clause(ev, subject=subject, reciprocal=subject is not None, dated=True)
    if text is None:
        return None
    # the same act told twice ("Russia massed forces against …", "Russian forces massed
    # forces against …") reads as a repeat: keep the first
    core = prose.clause(ev, subject="X", side=writer.side_of(ev), reciprocal=subject is not None)
    if core is not None:
        key = f"{ev.event_type}:{core}"
        if key in writer.used_text:
            return None
        if commit:
            writer.used_text.add(key)
    cited = [ev]
    # (a second report of the same act: not "we do not kill civilians" or "if Russia kills
    # Ukrainians" for "killed")
    others = [e for e in dev.events if e.article_id != ev.article_id and writer.fresh(e)
              and e not in cited and e.date == ev.date and e.negated == ev.negated
              and _told_alike(e, ev) and (ev.target_codes or _same_trigger(e, ev))]
    # (an act with no one it is towards is told again only with its own word: "we have
    # invested over 2 trillion rubles" is no report of "the multifaceted interaction between
    # Russia and South Africa")
    if others:
        cited.append(others[0])
    same_sentence = [e for e in dev.events if e.sentence == ev.sentence and e is not ev]
    cited.extend(same_sentence)
    return text, cited


def _same_trigger(a: Event, b: Event) -> bool:
    return (a.trigger or "").lower()[:5] == (b.trigger or "").lower()[:5] != ""


def _told_alike(a: Event, b: Event) -> bool:
    """Both told as done (asserted or reported), or both in the same other modality."""
    done = ("asserted", "reported")
    return a.modality == b.modality or a.modality in done and b.modality in done


def _lowerable(text: str) -> bool:
    first = text.split()[0]
    return first in ("The", "A", "An")


# -- sections -------------------------------------------------------------------------------

def _outcome(writer: Writer, scope: Scope, dev: Development, agreements: list[Agreement],
             ) -> tuple[str, list[Event]]:
    """What the lead development led to: an agreement reached, and/or no ceasefire.

    "no ceasefire" is said only of talks held, when a ceasefire was asked for, refused or
    denied in the period between these parties (a cited sentence) and no ceasefire agreement
    in play is agreed, in force, contested or violated.
    """
    if dev.event_type not in ("CONSULT", "AGREE", "REQUEST", "REJECT", "CONCEDE"):
        return "", []
    ids = set(dev.ids)
    pair = set(dev.codes)
    day = dev.day
    near = [e for e in scope.period if e.id not in ids and writer.fresh(e)
            and (not day or not e.date or abs((e.date - day).days) <= 2)
            and pair and (set(e.source_codes) | set(e.target_codes)) == pair]
    # what the sides agreed must come from a report of this meeting (same article): an
    # "agreed to maintain contact" from another call is not this meeting's outcome
    agreed = [e for e in near if e.article_id in set(dev.articles)
              and e.event_type == "AGREE" and not e.negated
              and e.modality in ("asserted", "future") and prose.complement(e)
              and e.trigger and e.trigger.lower().startswith("agree")]
    # agreeing with someone ("agreed with President Putin") is no outcome of the meeting
    agreed = [e for e in agreed if not (prose.complement(e) or "").startswith("with ")]
    comp = prose.complement(agreed[0]) if agreed else None
    no_ceasefire: Event | None = None
    if dev.event_type == "CONSULT" and dev.lead_event.modality in ("asserted", "reported"):
        # (an invitation or an offer does not "end", nor talks still to come)
        live = [a for a in agreements if a.kind == "ceasefire" and (
            a.status in ("in_force", "agreed", "contested", "violated") or a.status == "expired"
            and any(h.status in ("agreed", "in_force") for h in a.history))]  # (one that held
        # for its days and ran out was no episode "without a ceasefire")
        signs = [e for e in scope.period if e.id not in ids and writer.fresh(e)
                 and "ceasefire" in salience.topics_in(e.sentence)
                 and (e.negated and e.event_type in ("AGREE", "CONCEDE", "CONSULT")
                      or e.event_type in ("REJECT", "REQUEST"))  # ("had not respected the
                 # ceasefire", a negated RETREAT, charges a breach of one that exists)
                 and set(e.source_codes) & pair]
        if not live and signs and scope.focus and pair >= set(scope.focus):
            no_ceasefire = signs[0]
    noun = "the talks" if dev.event_type == "CONSULT" else "it"
    if no_ceasefire is not None and comp:
        return (f"{noun} ended without a ceasefire, but the sides agreed {comp}",
                [no_ceasefire, agreed[0]])
    if no_ceasefire is not None:
        return f"{noun} ended without a ceasefire", [no_ceasefire]
    if comp:
        return f"the sides agreed {comp}", [agreed[0]]
    return "", []


def _first_describable(writer: Writer, devs: list[Development], modalities: tuple[str, ...],
                       record: frozenset[str] = frozenset()) -> Development | None:
    # an agreement's brief leads with its own news (``record``: the ids of its history and
    # claims), not the fighting of the days; an act aimed at no one, of no topic the brief
    # follows, leads only when nothing else can ("We also agreed to clearly define what is
    # included in these 70 percent", told at a meeting on the coal industry)
    for dev in sorted(devs, key=lambda d: (not any(e.id in record for e in d.events),
                                           _alone_and_aimless(d, frozenset()))):
        if dev.lead_event.modality in modalities and dev.codes \
                and describe(writer, dev, commit=False) is not None:
            return dev
    return None


def _new_truce_after(writer: Writer, devs: list[Development], lead: Development | None
                     ) -> Development | None:
    """A truce the same parties agreed after charges of breaking the last one, when the
    fighting or the charges would lead ("accused each other of breaking the truce" on the
    11th, "agreed to a new humanitarian truce" on the 17th): the peace process's latest
    state is the news."""
    if lead is None or lead.event_type not in HOSTILE_TYPES or lead.day is None:
        return None
    broken = [d for d in devs if d.event_type in HOSTILE_TYPES and d.topic == "ceasefire"
              and set(d.codes) == set(lead.codes) and d.day is not None]
    if not broken:
        return None  # (a truce after fighting that broke none is no new truce)
    return next((d for d in devs if d.event_type in ("AGREE", "CONCEDE")
                 and d.topic == "ceasefire" and set(lead.codes) <= set(d.codes)
                 and (d.lead_event.date or date.min) > max(lead.day, *(b.day for b in broken
                                                                    if b.day is not None))
                 and d.lead_event.modality in ("asserted", "reported")
                 and not d.lead_event.negated
                 and describe(writer, d, commit=False) is not None), None)


@dataclass
class Ending:
    """An agreement told run out or collapsed: the lead's text, a headline, its sentence."""
    text: str
    head: str
    event: Event


def ending_told(writer: Writer, scope: Scope, agreements: list[Agreement]) -> Ending | None:
    """'Dmitry Peskov said on 17 April 2025 that the partial ceasefire had expired': an
    agreement told run out or collapsed in the period (not one whose days were counted out)
    is that day's news, whoever it names."""
    for agreement in agreements:
        last = agreement.history[-1] if agreement.history else None
        if last is None or last.status not in ("expired", "collapsed") or last.note or \
                not last.evidence or not last.date or not scope.since <= last.date <= scope.until:
            continue
        ev = _events_by_ids(writer.citer.store, last.evidence[:1]).get(last.evidence[0])
        if ev is None or not writer.fresh(ev):
            continue
        label = agreement_label(agreement, [ev])
        verb = last.status  # ("expired" or "collapsed")
        speaker = prose.attribution(ev, writer.citer.outlet(ev))
        text = f"{speaker} said on {prose.fmt_date(last.date)} that {label} had {verb}" \
            if speaker else _dated(f"{label} {verb}", last.date)
        head = re.sub(r"^the |\)$", "", label).replace(" (", " on ") + f" Has {verb.title()}"
        side = names.outlet_side(writer.citer.outlet(ev))
        says = names.speaker(ev.claimant.code) if ev.claimant and ev.claimant.code else \
            names.speaker(side[0]) if side else None
        head = prose.headline_case(f"{head}, {says} Says" if says else head)
        return Ending(names.cap(text), head, ev)
    return None


def details_lead(writer: Writer, scope: Scope, devs: list[Development],
                 agreements: list[Agreement], ending: Ending | None = None
                 ) -> tuple[Section, Development | None, str]:
    record = frozenset(e.id for e in _its_record(scope.agreement, [
        e for d in devs for e in d.events])) if scope.agreement is not None else frozenset()
    lead_dev = _first_describable(writer, devs, ("asserted", "reported"), record)
    if lead_dev is None:
        # nothing was reported as done: lead with what was promised or planned
        lead_dev = _first_describable(writer, devs, ("future", "hypothetical"), record)
    lead_dev = _new_truce_after(writer, devs, lead_dev) or lead_dev
    news = lead_dev
    if lead_dev is not None and lead_dev.event_type != "CONSULT" \
            and lead_dev.topic in PEACE_TOPICS and len(lead_dev.codes) >= 2:
        # the story is a meeting: its outcome (an offer, an agreement) follows in the lead
        meeting = [d for d in devs if d.event_type == "CONSULT" and d.codes == lead_dev.codes
                   and d.topic == lead_dev.topic and _same_days(d, lead_dev)
                   and describe(writer, d, commit=False) is not None]
        if meeting:
            lead_dev = meeting[0]
    if lead_dev is None:
        lead = Bullet(text=NO_EVENTS_LEAD if not scope.period else UNCLEAR_EVENTS_LEAD)
        return Section("Details", lead, []), None, ""
    offer = _offer_turned_down(writer, devs, lead_dev)
    refusal = writer.clause(lead_dev.lead_event) if offer is not None else None
    said = describe(writer, offer, lead=True) if offer is not None and refusal else \
        describe(writer, lead_dev, lead=True)
    assert said is not None
    text, cited = said
    if offer is not None and refusal:
        # the offer, then its refusal: "Vladimir Putin said … that Russia would order a
        # ceasefire … if Kyiv withdrew …; Volodymyr Zelensky dismissed the proposal …"
        text, cited = f"{text}; {refusal}", [*cited, lead_dev.lead_event]
        writer.mark([lead_dev.lead_event])
        writer.turned_down[lead_dev.lead_event.id] = offer.lead_event
    outcome, outcome_events = _outcome(writer, scope, lead_dev, agreements)
    if not outcome and news is not None and news is not lead_dev and writer.fresh(
            news.lead_event) and news.event_type not in HOSTILE_TYPES and (
                after := writer.clause(news.lead_event)) is not None:
        # the meeting leads, and what came of it is the news: "… held talks in Istanbul;
        # afterwards Russia promised to drastically reduce military activity around Kyiv"
        # (not shelling told beside the talks: no outcome of them)
        outcome, outcome_events = f"afterwards {prose.lower_first(after)}", [news.lead_event]
    if outcome:
        text = f"{text}; {outcome}"
    made = writer.bullet(text, [*cited, *outcome_events])
    assert made is not None
    if ending is not None and lead_dev.day and ending.event.date and \
            ending.event.date >= lead_dev.day:
        told = writer.bullet(ending.text, [ending.event])
        if told is not None:
            return Section("Details", told, [made]), lead_dev, outcome
    return Section("Details", made, []), lead_dev, outcome


_THE_OFFER = re.compile(r"\b(?:the|this|that|his|its|their) (?:proposal|offer|initiative|plan)\b",
                        re.I)


def _offer_turned_down(writer: Writer, devs: list[Development], lead: Development
                       ) -> Development | None:
    """The offer a refusal that leads turns down ("dismissed the proposal as an
    ultimatum"), made by the side it is aimed at in the same days and tellable."""
    ev = lead.lead_event
    if lead.event_type != "REJECT" or ev.negated or not _THE_OFFER.search(ev.sentence):
        return None
    for dev in devs:
        offer = dev.lead_event
        before = offer.date is None or ev.date is None or offer.date <= ev.date
        if dev is not lead and dev.event_type in ("AGREE", "CONCEDE") and not offer.negated \
                and set(offer.source_codes) & set(ev.target_codes) and _same_days(dev, lead) \
                and before and describe(writer, dev, commit=False) is not None:
            return dev
    return None


def _same_days(a: Development, b: Development) -> bool:
    """Told on the same day or the next (a meeting and the deal it reached), not a meeting
    two days before a deal made elsewhere."""
    return a.day is None or b.day is None or abs((a.day - b.day).days) <= 1


def _details_worthy(dev: Development, linked: frozenset[str] | set[str]) -> bool:
    """Not a Details bullet: no coded actor, every actor inferred (the sentence may be about
    someone else), an act aimed at no one and tied to nothing the brief follows, or a denied
    attack ("we do not kill civilians")."""
    return bool(dev.codes) and salience.named(dev) and not salience.aimless(dev, linked) and \
        not _denied_attack(dev.lead_event) and not _alone_and_aimless(dev, linked)


def _alone_and_aimless(dev: Development, linked: frozenset[str] | set[str]) -> bool:
    """One party's act, told by an event aimed at no one, of no topic the brief follows ("We
    can offer the biggest cabin in this category", grouped with Russia's other offers)."""
    return len(set(dev.codes)) < 2 and not dev.lead_event.target_codes and \
        dev.topic not in salience.TOPIC_KEYS and dev.lead_event.id not in linked


def _denied_attack(ev: Event) -> bool:
    return ev.negated and ev.event_type in ("ASSAULT", "COERCE")


def details_bullets(writer: Writer, section: Section, devs: list[Development],
                    lead_dev: Development | None,
                    linked: frozenset[str] | set[str] = frozenset()) -> None:
    bullets = section.bullets
    words = _words(section.lead.text)
    for dev in devs:
        if len(bullets) >= 7 or words > 260:
            break
        if dev is lead_dev or dev.event_type in POSITION_TYPES:
            continue
        if dev.lead_event.modality in ("hypothetical", "historical") or \
                not _details_worthy(dev, linked):
            continue
        said = describe(writer, dev)
        if said is None:
            continue
        made = writer.bullet(*said)
        if made:
            bullets.append(made)
            words += _words(made.text)


_BOTH = re.compile(r"^(?:the )?(?:both|two) (?:sides|parties|countries|states)$|^both$", re.I)


def _told_jointly(ev: Event) -> bool:
    """"Both sides will withdraw heavy weapons": a commitment of the two, not one's position."""
    return bool(ev.source) and all(_BOTH.match((a.text or "").strip()) for a in ev.source)


def _joint_commitment(writer: Writer, positions: dict[str, list[Event]],
                      parties: list[str]) -> Bullet | None:
    if len(parties) != 2:
        return None
    for ev in positions[parties[0]] + positions[parties[1]]:
        if not _told_jointly(ev) or not writer.fresh(ev) or \
                set(ev.source_codes) | set(ev.target_codes) != set(parties):
            continue
        pair = prose.join([n for p in parties if (n := names.name_of(p))])
        text = writer.clause(ev, subject=pair, attributed=False, reciprocal=True)
        if text:
            return writer.bullet(f"Both sides' commitments: {text}", [ev])
    return None


def context(writer: Writer, scope: Scope, lead_dev: Development | None,
            agreements: list[Agreement], store: Store) -> Section:
    detail_articles = {a for a, _ in writer.used}
    prior = [e for e in scope.prior if e.article_id not in detail_articles
             and e.modality in ("asserted", "reported", "historical") and _usable(e)]
    devs = salience.rank(prior, focus=scope.focus)
    # background is recent background: a development loses up to half its salience with age
    for dev in devs:
        age = (scope.since - (max(e.date for e in dev.events if e.date)
                              if any(e.date for e in dev.events) else scope.since)).days
        dev.score = round(dev.score * (1 - 0.5 * min(age, PRIOR_DAYS) / PRIOR_DAYS), 3)
    devs.sort(key=lambda d: (-d.score, d.key))
    bullets: list[Bullet] = []
    lead: Bullet | None = None
    told: tuple[str, tuple[str, ...], str] | None = None  # the story the lead tells
    # what happened last time: the latest earlier development of the lead's kind
    if lead_dev is not None:
        same = [d for d in devs if d.event_type == lead_dev.event_type
                and set(d.codes) == set(lead_dev.codes) and d.topic == lead_dev.topic]
        same = same or [d for d in devs if set(d.codes) == set(lead_dev.codes)
                        and d.topic == lead_dev.topic]
        if same:
            last = latest_news(max(same, key=lambda d: (d.day or date.min, d.score)))
            said = describe(writer, last)
            if said:
                text, cited = said
                lead = writer.bullet(f"Previously, {text[:1].lower()}{text[1:]}"
                                     if text.startswith("On ") else text, cited)
                told = last.key
    # how the agreements in play began
    for agreement in agreements[:3]:
        made = _agreement_origin(writer, agreement, scope, store)
        if made:
            bullets.append(made)
    for dev in _agreement_topic_first(devs, scope.agreement):
        if len(bullets) >= 4:
            break
        if dev.key == told:
            continue  # an older telling of the story the lead just told
        if scope.focus and not set(scope.focus) <= set(dev.codes) and not (
                lead_dev is not None and lead_dev.topic and dev.topic == lead_dev.topic
                and set(dev.codes) & set(scope.focus)):
            continue  # (no topic is no shared story: "We can offer the biggest cabin in
            # this category" is no background to Kyiv's hopes of Germany)
        said = describe(writer, dev)
        if said is None:
            continue
        made = writer.bullet(*said)
        if made:
            if lead is None:
                lead = made
            else:
                bullets.append(made)
    if lead is None:
        lead = Bullet(text="The database holds no earlier events for these parties.")
    return Section("Context", lead, bullets)


# the Context topic of an agreement's kind (a Black Sea deal is about grain, see below)
KIND_TOPIC = {"ceasefire": "ceasefire", "partial_ceasefire": "ceasefire",
              "humanitarian_pause": "ceasefire", "humanitarian_corridor": "corridor",
              "prisoner_exchange": "exchange", "talks": "talks", "peace_agreement": "talks"}


def _agreement_topic_first(devs: list[Development], agreement: Agreement | None
                           ) -> list[Development]:
    """An agreement's background is first what came before on its own topic (earlier swaps
    before a prisoner exchange), then the rest of what the parties did."""
    if agreement is None:
        return devs
    topic = "grain" if "grain" in salience.topics_in(" ".join(agreement.scope)) else \
        KIND_TOPIC.get(agreement.kind)
    if topic is None:
        return devs
    return sorted(devs, key=lambda d: d.topic != topic)


def _named_mid_sentence(name: str, sentences: Sequence[str]) -> bool:
    """A capitalised word that only opens sentences ("Nonetheless", "Since") is no name."""
    pattern = re.compile(rf"(?<![.!?:;\"“]\s)(?<!^)\b{re.escape(name)}\b")
    return any(pattern.search(s.strip()) for s in sentences)


def agreement_label(agreement: Agreement, evidence: Sequence[Event]) -> str:
    if agreement.title.startswith("Grain deal"):
        return "the Black Sea grain deal" if "Black Sea" in agreement.scope else \
            "the grain deal"
    label = KIND_LABEL.get(agreement.kind, "arrangement")
    if agreement.title.lower().startswith(GUARANTEES_LABEL):
        label = GUARANTEES_LABEL
    sentences = [e.sentence for e in evidence]
    scope = [s for s in agreement.scope if s and s[:1].isupper() and len(s.split()) <= 3
             and _named_mid_sentence(s, sentences)][:2]
    if scope and (agreement.kind == "talks" or scope[0] in HOLIDAYS) and len(scope) == 1:
        # "the Black Sea talks", "the Easter ceasefire", not "the talks (Black Sea)"
        return f"the {scope[0]} {label}"
    if scope:
        return f"the {label} ({', '.join(scope)})"
    spared = [s for s in agreement.scope if s in SPARED]
    if agreement.kind == "partial_ceasefire" and spared:
        return f"the {label} {SPARED[spared[0]]}"  # "the partial ceasefire on energy …"
    if agreement.duration_days and agreement.kind in ("ceasefire", "partial_ceasefire"):
        return f"the {agreement.duration_days}-day {label}"  # "the 30-day ceasefire"
    return f"the {label}"


def latest_news(dev: Development, days: int = 7) -> Development:
    """The development as last told: its events of the last ``days`` days it was in the
    news (a story running since January is told by its latest round, not its first)."""
    last = max((e.date for e in dev.events if e.date), default=None)
    if last is None:
        return dev
    recent = [e for e in dev.events if e.date and e.date > last - timedelta(days=days)]
    return Development(dev.key, recent, dev.score, dev.parts)


def _agreement_origin(writer: Writer, agreement: Agreement, scope: Scope,
                      store: Store) -> Bullet | None:
    """'On 21 April 2022 Ukraine proposed the humanitarian corridor (Mariupol); Russia agreed.'"""
    ids = [i for p in agreement.parties for i in p.evidence]
    ids += [i for h in agreement.history for i in h.evidence]
    found = _events_by_ids(store, ids)
    early = sorted((e for e in found.values() if e.date and e.date < scope.since
                    and writer.fresh(e)), key=lambda e: (e.date or date.min, e.id))
    if not early:
        return None
    first = early[0]
    label = agreement_label(agreement, early)
    moves: list[tuple[date, str, str, str]] = []
    left = _withdrawals(agreement, found, scope.since)
    moves += left
    for party in agreement.parties:
        verb = POSITION_VERB.get(party.position)
        who = names.name_of(party.code)
        if verb == "proposed" and any(code == party.code for _, _, _, code in left):
            verb = "offered to return to"  # "Russia was ready to return to the grain deal"
        if verb and who and party.since and party.since < scope.since:
            moves.append((party.since, verb, who, party.code))
    if not moves:
        return None
    moves.sort(key=lambda m: (m[0], m[2]))
    # each move on its own day; the parties that took the same step that day together
    steps: list[tuple[date, str, list[str]]] = []
    for day, verb, who, _ in moves[:3]:
        if steps and steps[-1][:2] == (day, verb):
            steps[-1][2].append(who)
        else:
            steps.append((day, verb, [who]))
    parts = [_dated(f"{prose.join(whos)} {verb} {label if i == 0 else 'it'}",
                    day if i == 0 or day != steps[i - 1][0] else None)
             for i, (day, verb, whos) in enumerate(steps[:2])]
    # each step cited by an event of its day and party, so the dates it tells are checkable
    shown = {step[0] for step in steps[:2]}
    by_step: list[Event] = []
    for day, _, _, code in moves[:3]:
        ev = next((e for e in early if e.date == day and code in e.source_codes), None)
        if day in shown and ev is not None and all(ev.id != x.id for x in by_step):
            by_step.append(ev)
    told = {code for _, _, _, code in moves[:3]}
    first_day = moves[0][0]  # (moves are in date order)
    by_party = [e for e in early if set(e.source_codes) & told and e.date and
                e.date >= first_day]
    cited = (by_step or by_party or [first])[:2]
    return writer.bullet(names.cap("; ".join(parts)), cited)


def _withdrawals(agreement: Agreement, found: dict[str, Event], since: date
                 ) -> list[tuple[date, str, str, str]]:
    """(day, "withdrew from", name, code) of each party told leaving the agreement before
    ``since`` (its history keeps the day; its position may have moved on since)."""
    out = []
    for change in agreement.history:
        events = [found[i] for i in change.evidence if i in found]
        if change.note != "withdrawn" or not change.date or change.date >= since or not events:
            continue
        for code in events[0].source_codes[:1]:
            who = names.name_of(code)
            if who:
                out.append((change.date, "withdrew from", who, code))
    return out


def _voice(writer: Writer, ev: Event) -> str | None:
    """Whose statement an event is: the claimant, the outlet's side, else the source."""
    if ev.claimant and ev.claimant.code:
        return ev.claimant.code
    side = names.outlet_side(writer.citer.outlet(ev))
    if side:
        return side[0]
    codes = ev.source_codes
    return codes[0] if codes else None


def _aimed(ev: Event, other: str) -> bool:
    """Aimed at the other party: its code among the targets, or its name in the sentence."""
    if other in ev.target_codes:
        return True
    known = names.table().get(other)
    words = [w for w in ((known.name.removeprefix("the "), known.adjective, known.capital)
                         if known else ()) if w]
    return any(re.search(rf"\b{re.escape(w)}", ev.sentence) for w in words)


def _is_position(ev: Event) -> bool:
    return ev.event_type in POSITION_TYPES or (
        ev.event_type in ("AGREE", "CONCEDE") and ev.modality in ("future", "hypothetical")
    ) or (ev.event_type in ("AGREE", "CONCEDE", "RETREAT") and ev.negated
          and ev.modality != "reported")


def important(writer: Writer, scope: Scope) -> Section:
    pool = [e for e in scope.period if writer.fresh(e) and _usable(e)
            and e.modality != "historical"]
    parties = list(scope.focus) or [c for c, _ in Counter(
        c for e in pool for c in e.source_codes).most_common(2)]
    positions: dict[str, list[Event]] = {p: [] for p in parties}
    for ev in pool:
        if not _is_position(ev) or ev.event_type == "ACCUSE":
            continue
        for party in parties:
            others = [o for o in parties if o != party]
            if party in ev.source_codes and _voice(writer, ev) == party and (
                    not others or any(_aimed(ev, o) for o in others)
                    or salience.topics_in(ev.sentence) & PEACE_TOPICS):
                positions[party].append(ev)
    for party in parties:
        positions[party].sort(key=lambda e: (
            -(len(set(e.target_codes) & set(parties) - {party}) > 0),
            -len(salience.topics_in(e.sentence)), -abs(e.plover_score or 0), -e.confidence,
            e.id))
    lead: Bullet | None = None
    # a clash: one side's demand or offer on a topic, the other's refusal on it
    if len(parties) == 2:
        a, b = parties
        for x, y in ((a, b), (b, a)):
            asks = [e for e in positions[x] if e.event_type in ("REQUEST", "AGREE", "CONCEDE")
                    and not e.negated]
            nos = [e for e in positions[y] if e.event_type == "REJECT" or e.negated]
            for ask in asks:
                if not _aimed(ask, y):
                    continue
                shared = [n for n in nos if salience.topics_in(n.sentence)
                          & salience.topics_in(ask.sentence) and _aimed(n, x)]
                if not shared:
                    continue
                first = writer.clause(ask)
                second = writer.clause(shared[0])
                if first and second:
                    topic = sorted(salience.topics_in(ask.sentence)
                                   & salience.topics_in(shared[0].sentence))[0]
                    cites_a, _ = writer.citer.cite([ask])
                    lead = writer.bullet(
                        f"The sides' positions clash on {topic}: {first} {cites_a}, "
                        f"while {prose.lower_first(second)}", [ask, shared[0]])
                    break
            if lead:
                break
    bullets: list[Bullet] = []
    joint = _joint_commitment(writer, positions, parties)
    if joint:
        bullets.append(joint)
    for party in parties:
        name = names.name_of(party)
        chosen = [e for e in positions[party] if writer.fresh(e) and not _told_jointly(e)
                  and prose.has_content(e, writer.side_of(e))][:6]
        parts: list[str] = []
        cited: list[Event] = []
        for ev in chosen:
            if len(parts) >= 2:
                break
            text = writer.clause(ev, attributed=False)
            if not text or any(text == p.rsplit(" [", 1)[0] for p in parts):
                continue
            cites, _ = writer.citer.cite([ev])
            parts.append(f"{text} {cites}")
            cited.append(ev)
        if not parts or name is None:
            continue
        body = "; ".join(parts)
        body = body[: body.rfind(" [")]  # the last citation goes after the sentence
        made = writer.bullet(f"{names.possessive(names.cap(name))} stated positions: {body}",
                             cited)
        if made:
            bullets.append(made)
    accuse = _mutual_accusations(writer, scope, parties)
    if accuse:
        bullets.append(accuse)
    if lead is None and bullets:
        lead = bullets.pop(0)
    if lead is None:
        lead = Bullet(text="The sources record no stated positions of the parties in this period.")
    return Section("Important to Know", lead, bullets)


def _mutual_accusations(writer: Writer, scope: Scope, parties: Sequence[str]) -> Bullet | None:
    if len(parties) != 2:
        return None
    a, b = parties
    found: dict[str, Event] = {}
    # an accusation already told in Details still counts: "only Kyiv's accusations" would be
    # untrue beside Moscow's told above (fresh ones are preferred)
    for ev in sorted(scope.period, key=lambda e: not writer.fresh(e)):
        if ev.event_type not in ("ACCUSE", "ASSAULT", "COERCE") or ev.negated or \
                ev.modality == "hypothetical":
            continue  # (not "if Russia uses chemical weapons": a condition, no charge)
        # an accusation is its accuser's, whoever reports it ("Russia and Ukraine accused
        # each other", told by a wire)
        accuser = ev.source_codes if ev.event_type == "ACCUSE" else []
        side = accuser[0] if len(accuser) == 1 else writer.side_of(ev)
        accused = {a.code for a in ev.source if a.sector != "UAF"} \
            if ev.event_type != "ACCUSE" else set(ev.target_codes)  # (no unidentified force)
        for speaker, other in ((a, b), (b, a)):
            if side == speaker and other in accused and speaker not in found \
                    and writer.clause(ev, attributed=False):
                found[speaker] = ev
    def told(speaker: str, ev: Event) -> str:
        said = writer.clause(ev, attributed=False) or ""
        if speaker in ev.source_codes:
            # the side's own act of accusing: "Kyiv condemned …" ("Russia and Ukraine
            # accused each other of …" told of one of them: "Kyiv accused Russia of …")
            own = writer.clause(ev, subject=names.speaker(speaker), attributed=False) or said
            other = names.name_of(b if speaker == a else a) or "the other side"
            return re.sub(r"\beach other\b", other, own)
        return f"{names.speaker(speaker)} said {said}"

    if len(found) == 2:
        cites_a, _ = writer.citer.cite([found[a]])
        return writer.bullet(
            f"Both sides accuse each other: {told(a, found[a])} {cites_a}, and "
            f"{told(b, found[b])}", [found[a], found[b]])
    for speaker, ev in found.items():
        said = writer.clause(ev, attributed=False)
        other = b if speaker == a else a
        if said and writer.fresh(ev):  # (not a repeat of Details)
            return writer.bullet(
                f"Only {names.speaker(speaker)}'s accusations against {names.name_of(other)} "
                f"are in the sources for this period: {prose.lower_first(said)}", [ev])
    return None


def _trend(scope: Scope) -> tuple[str, list[Event], dict[str, float | int | None]]:
    pair = set(scope.focus)

    def relevant(ev: Event) -> bool:
        codes = set(ev.source_codes) | set(ev.target_codes)
        return bool(pair) and pair <= codes and not ev.negated \
            and ev.plover_score is not None and ev.modality in ("asserted", "reported")

    now = [e for e in scope.period if relevant(e)]
    before = [e for e in scope.previous if relevant(e)]
    mean_now = sum(e.plover_score or 0 for e in now) / len(now) if now else None
    mean_before = sum(e.plover_score or 0 for e in before) / len(before) if before else None
    figures: dict[str, float | int | None] = {
        "events": len(now), "mean_score": round(mean_now, 2) if mean_now is not None else None,
        "previous_events": len(before),
        "previous_mean_score": round(mean_before, 2) if mean_before is not None else None,
    }
    if mean_now is None or len(pair) != 2:
        return "", [], figures
    a, b = sorted(pair)
    who = f"{names.name_of(a)} and {names.name_of(b)}"
    tone = "hostile" if mean_now < -1 else "cooperative" if mean_now > 1 else "mixed"
    if mean_before is None:
        change = f"relations between {who} were {tone} in this period"
    else:
        diff = mean_now - mean_before
        if abs(diff) < 0.5:
            change = f"relations between {who} stayed {tone}, much as in the previous period"
        elif diff < 0:
            change = f"relations between {who} grew more hostile than in the previous period"
        else:
            change = (f"relations between {who} were less hostile than in the previous period"
                      if mean_now < 0 else
                      f"relations between {who} grew more cooperative than in the previous "
                      "period")
    extreme = min(now, key=lambda e: (e.plover_score or 0, e.id)) if mean_now < 0 else \
        max(now, key=lambda e: (e.plover_score or 0, e.id))
    return f"By the PLOVER scores of their coded events, {change}", [extreme], figures


PLURAL_HEADS = ("talks", "negotiations", "consultations", "exchanges", "corridors",
                "pauses", "ceasefires", "agreements", "arrangements", "guarantees")


def _plural_label(label: str, kind: str | None = None) -> bool:
    """"the talks (Black Sea)", "humanitarian corridors": a plural subject takes "have"."""
    head = re.sub(r"\s*\([^)]*\)", "", label).strip().lower()
    return kind == "talks" or head.endswith(PLURAL_HEADS)


def _plural_status(status: str) -> str:
    """"has only been proposed" -> "have only been proposed"; "has been agreed but is not
    reported in force" -> "have been agreed but are not reported in force"."""
    plural = {"has": "have", "is": "are", "was": "were"}
    status = re.sub(r"^(has|is|was)\b", lambda m: plural[m.group(1)], status, count=1)
    return re.sub(r"\bbut (is|was|has)\b", lambda m: f"but {plural[m.group(1)]}", status)


def party_positions(agreement: Agreement) -> list[str]:
    """Whoever proposed it first: "the United States proposed, Ukraine accepted, Russia
    withdrew" (at most three)."""
    stated = sorted((p for p in agreement.parties if names.name_of(p.code) and
                     p.position in POSITION_VERB), key=lambda p: p.position != "proposed")
    return [f"{names.name_of(p.code)} {POSITION_WORD.get(p.position, p.position)}"
            for p in stated][:3]


def conclusion(writer: Writer, scope: Scope, agreements: list[Agreement],
               store: Store) -> tuple[Section, dict[str, float | int | None]]:
    sentences: list[str] = []
    numbers: list[int] = []
    ids: list[str] = []

    def add(text: str, events: Sequence[Event]) -> None:
        cites, nums = writer.citer.cite(events)
        sentences.append(prose.sentence(text, cites))
        numbers.extend(n for n in nums if n not in numbers)
        ids.extend(e.id for e in events)

    told = [(a, found) for a in agreements[:3]
            if (found := _latest_evidence(a, store, scope.until))]
    repeated = Counter(agreement_label(a, evidence) for a, evidence in told)
    for agreement, evidence in told:
        label = agreement_label(agreement, evidence)
        if repeated[label] > 1 and agreement.declared:
            label += f" of {prose.fmt_date(agreement.declared)}"  # two corridors proposed
        status = TALKS_STATUS_PHRASE.get(agreement.status) if agreement.kind == "talks" \
            else KIND_STATUS_PHRASE.get((agreement.kind, agreement.status))
        status = status or STATUS_PHRASE.get(agreement.status, agreement.status)
        parties = party_positions(agreement)
        if _plural_label(label, agreement.kind):
            status = _plural_status(status)
        text = f"{label} {status}"
        if charged_both_ways(agreement.violation_claims, [p.code for p in agreement.parties]):
            # (two claimants are not enough: a go-between's charge is no side's)
            text += ", with each side accusing the other of violations"
        if parties:
            text += f" ({', '.join(parties)})"
        add(names.cap(text), evidence[:1])
    trend, extreme, figures = _trend(scope)
    if trend:
        add(trend, extreme)
    watch: list[tuple[str, list[Event]]] = []
    for agreement in agreements:
        if agreement.ends and agreement.ends >= scope.until and agreement.status in (
                "agreed", "in_force", "contested", "violated"):
            evidence = _latest_evidence(agreement, store, scope.until)
            if evidence:
                label = agreement_label(agreement, evidence)
                due = "are" if _plural_label(label, agreement.kind) else "is"
                watch.append((f"{label} {due} due to end on "
                               f"{prose.fmt_date(agreement.ends)}", evidence[:1]))
    talks = [e for e in scope.period if e.event_type == "CONSULT" and e.modality == "future"
             and not e.negated and e.date and e.date >= scope.until
             and (not scope.focus or set(scope.focus) & set(e.source_codes + e.target_codes))
             and len(set(e.source_codes + e.target_codes)) >= 2]  # (not a leader's talk with
    # his own ministers: "I will talk ... with the Prime Minister")
    for ev in _one_per_pair(sorted(talks, key=lambda e: e.date_text is None))[:2]:
        said = writer.clause(ev, tense="future")
        if said:  # a day only where the text gives one, not the report's own
            watch.append((f"{said} on {prose.fmt_date(ev.date)}" if ev.date and ev.date_text
                           else said, [ev]))
    if watch:
        add("Watch for: " + "; ".join(w for w, _ in watch[:3]),
            [e for _, evs in watch[:3] for e in evs])
    elif any(a.status in ("expired", "collapsed") for a in agreements):
        # (not "no expiry date" beside a truce that has just expired)
        sentences.append("No new arrangement or scheduled meeting is recorded in the sources; "
                         "watch for announcements of the next contacts between the parties.")
    else:
        sentences.append("No expiry date or scheduled meeting is recorded in the sources; "
                         "watch for announcements of the next contacts between the parties.")
    lead = Bullet(text=" ".join(sentences), event_ids=list(dict.fromkeys(ids)), citations=numbers)
    return Section("Conclusion", lead, []), figures


def _one_per_pair(events: list[Event]) -> list[Event]:
    """The first event of each pair of parties, whichever way it is told."""
    seen: set[frozenset[str]] = set()
    out = []
    for ev in events:
        pair = frozenset(ev.source_codes + ev.target_codes)
        if pair not in seen:
            seen.add(pair)
            out.append(ev)
    return out


def _latest_evidence(agreement: Agreement, store: Store, until: date) -> list[Event]:
    ids = [i for h in agreement.history for i in h.evidence] + agreement.events
    found = _events_by_ids(store, ids[:200])
    dated = [e for e in found.values() if e.date and e.date <= until]
    return sorted(dated, key=lambda e: (e.date or date.min, e.id), reverse=True)


def agreements_in_play(store: Store, scope: Scope) -> list[Agreement]:
    period_ids = {e.id for e in scope.period}
    if scope.agreement is not None:
        board = [scope.agreement]
    else:
        board = []
        for agreement in store.agreements(as_of=scope.until):
            linked = set(agreement.events) | {i for h in agreement.history for i in h.evidence}
            if not linked & period_ids:
                continue
            codes = {p.code for p in agreement.parties} | {
                m.get("code") for m in agreement.mediators}
            if scope.focus and not codes & set(scope.focus):
                continue
            if len(scope.actors) >= 2 and not set(scope.actors) <= codes:
                continue  # a pair's brief: the Minsk agreements are no Poland–Ukraine deal
            board.append(agreement)
    rank = {"in_force": 0, "contested": 1, "violated": 1, "agreed": 2, "implemented": 3,
            "proposed": 4, "collapsed": 5, "expired": 6}

    def ranked(a: Agreement) -> float:
        if a.status in ("collapsed", "expired") and a.history and scope.since and \
                a.history[-1].date and a.history[-1].date >= scope.since:
            return 2.5  # it fell in the period: news, before talks held or offers made
        return rank.get(a.status, 9)
    return sorted(board, key=lambda a: (ranked(a), -len(a.parties), a.id))


# -- headline -------------------------------------------------------------------------------

HEADLINE_WORDS = 14
NO_EVENTS_LEAD = "No coded event in the database matches this period and scope."
UNCLEAR_EVENTS_LEAD = ("No coded event in this period and scope says clearly enough who did "
                       "what to whom to be reported here.")
# a headline cut short must not end on a word that needs a continuation ("... Affected by the")
DANGLING = frozenset({
    "a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "with", "by", "at", "from",
    "as", "but", "that", "which", "who", "its", "their", "his", "her", "most", "more", "than",
    "into", "over", "about", "between", "against", "under", "after", "before", "during",
    "if", "when", "unless", "while", "via", "whether", "so",
})
# two words that need a continuation ("... at Any Time in Order")
DANGLING_PAIRS = frozenset({"in order", "so as", "such as", "as well", "in terms", "rather than",
                            "in view", "in line", "in response", "in favour", "in favor"})


def shorten_headline(head: str, limit: int = HEADLINE_WORDS) -> str:
    """At most ``limit`` words, cut before a comma or a preposition rather than mid-phrase."""
    words = head.split()
    if len(words) <= limit:
        return head
    words = words[:limit]
    commas = [i for i, w in enumerate(words) if w.endswith(",") and i >= limit // 2]
    if commas:
        words = words[:commas[-1] + 1]
    while len(words) > 3:
        if words[-1].lower().strip(",;") in DANGLING or words[-1].endswith((",", ";")):
            words.pop()
        elif len(words) > 4 and " ".join(words[-2:]).lower() in DANGLING_PAIRS:
            del words[-2:]
        else:
            break
    return " ".join(words)


_ROUND = re.compile(r"\b(first|second|third|fourth|fifth|sixth|new|next) round\b", re.I)


def _talks_detail(head: str, dev: Development) -> str:
    """"Hold Talks" told with the round its sentences give ("Hold the Second Round of
    Talks"), so that two weeks of talks do not read alike."""
    if dev.event_type != "CONSULT" or not head.lower().endswith("hold talks"):
        return head
    told = [e for e in dev.events if e.modality in ("asserted", "reported")]
    rounds = [m.group(1).lower() for e in told if (m := _ROUND.search(e.sentence))]
    if rounds and rounds[0] not in ("new", "next"):
        head = head[:-len("talks")] + f"the {rounds[0]} round of talks"
    return head


DEAL_TYPES = frozenset({"AGREE", "REJECT", "CONCEDE", "RETREAT"})


def headline_and_dek(writer: Writer, lead_dev: Development | None, outcome: str,
                     devs: Sequence[Development], scope: Scope) -> tuple[str, str]:
    if lead_dev is None and not scope.period:
        return ("No Coded Developments in This Period",
                "The database holds no events for the period and scope asked for.")
    if lead_dev is None:
        return ("No Clearly Reported Developments in This Period",
                "The events coded for this period and scope do not say clearly who did what "
                "to whom.")
    ev, subject = told_by(lead_dev, lead_dev.lead_event)
    # (a lead only planned or imagined is headed so: "Russia Might Attack Ukraine")
    tense = ev.modality if ev.modality in ("future", "hypothetical") else "present"
    head = prose.clause(ev, subject=subject, tense=tense, side=writer.side_of(ev),
                        reciprocal=subject is not None) or ""
    offer = writer.turned_down.get(ev.id)
    offerer = names.name_of(offer.source_codes[0]) if offer and offer.source_codes else None
    if offerer and (the := _THE_OFFER.search(head)):
        # "Zelensky Dismisses Russia's Proposal", not "the Proposal" with nothing before it
        head = f"{head[:the.start()]}{names.possessive(offerer)} {the.group(0).split()[-1]}" \
               f"{head[the.end():]}"
    head = shorten_headline(_talks_detail(head.split(" (")[0], lead_dev))
    if "without a ceasefire" in outcome:
        head += " but Reach No Ceasefire" if " and " in head.split(" Hold")[0] or \
            head.split()[0].endswith("s") else " but Reaches No Ceasefire"
    elif outcome.startswith("the sides agreed "):
        head += " and Agree " + outcome.removeprefix("the sides agreed ")
    headline = prose.headline_case(head)
    speaker = prose.attribution(ev, writer.citer.outlet(ev))
    if speaker and speaker not in headline and ev.event_type in prose.HOSTILE:
        headline = f"{headline}, {speaker} Says"
    # the dek: what it came to (the outcome, or the next development) and where relations went
    parts = []
    if outcome:
        parts.append(names.cap(outcome.replace("it ended", "the episode ended")
                               .removeprefix("afterwards ")))
    else:
        others = [d for d in devs if d is not lead_dev and d.codes
                  and d.lead_event.modality in ("asserted", "reported")
                  and d.event_type != lead_dev.event_type
                  and set(scope.focus) <= set(d.codes)]
        # what was agreed or refused says more of a peace process than one more claim (a
        # charge denied is one more claim)
        second = next((d for d in others if d.event_type in DEAL_TYPES and not (
            d.lead_event.trigger or "").lower().startswith(("deni", "deny"))), None) or next(
            iter(others), None)
        if second is not None:
            sub = dev_subject(second, second.lead_event)
            said = writer.clause(second.lead_event, subject=sub, reciprocal=sub is not None)
            if said:
                parts.append(said)
    trend, _, _ = _trend(scope)
    if trend:
        parts.append(trend.removeprefix("By the PLOVER scores of their coded events, "))
    if not parts:
        side = names.outlet_side(writer.citer.outlet(ev))
        said = writer.clause(ev, subject=subject, attributed=False, reciprocal=subject is not None)
        teller = side[1] if side else "the sources"
        parts.append(f"{names.cap(teller)} reported that {prose.lower_first(said or head)}")
    if len(parts) == 2:
        dek = f"{names.cap(parts[0])}, and {prose.lower_first(parts[1])}."
    else:
        dek = names.cap(parts[0]) + "."
    return headline, dek


# -- entry point ------------------------------------------------------------------------------

def compose(store: Store, since: date | None = None, until: date | None = None,
            actors: Sequence[str] | None = None, agreement_id: str | None = None,
            topic: str | None = None, article_id: str | None = None,
            narrate: bool = False) -> Brief:
    """Write the brief for a period, an actor pair, a topic, one agreement or one article.

    Default period: the last 7 days of data in the store (of the matching events when
    actors, a topic or an agreement narrow the scope; the article's date for an article).
    The lead of Details is the most salient development (formula in
    :mod:`detente.brief.salience`: actor prominence, number of articles, novelty against
    the 28 days before, magnitude of the PLOVER score, numbers, confidence). With
    ``narrate=True`` the optional language-model narrator smooths each section's prose and
    falls back to this text wherever its output fails the evidence check.
    """
    scope = resolve_scope(store, since, until, actors, agreement_id, topic, article_id)
    token = names.SPOKEN_AS.set(names.spoken_as(_actors_by_code([*scope.period,
                                                                 *scope.prior])))
    # a civil war's state side is not its capital: "Khartoum said" names neither side
    at_home = names.AT_WAR_WITH_REBELS.set(rebel_lands(scope.focus) & set(scope.focus))
    try:
        return _compose(store, scope, narrate)
    finally:
        names.AT_WAR_WITH_REBELS.reset(at_home)
        names.SPOKEN_AS.reset(token)


def _compose(store: Store, scope: Scope, narrate: bool) -> Brief:
    novelty = [e for e in scope.prior if scope.since - timedelta(days=28) <= (e.date or date.min)]
    agreements = agreements_in_play(store, scope)
    board = store.agreements(as_of=scope.until)
    linked = {i for a in board for i in a.events}
    moved = {i for a in board for change in a.history for i in change.evidence}
    devs = salience.rank([e for e in scope.period if _usable(e)
                          and not past_mention(e, scope.since)], novelty, scope.focus, linked,
                         moved)
    if scope.article is not None:
        # an article's own events: dates may precede its publication (historical mentions)
        devs = [d for d in devs if d.lead_event.modality != "historical"] or devs
    if len(scope.actors) >= 2:
        # a pair's brief tells their dealings first, each one's own affairs after
        devs.sort(key=lambda d: not set(scope.actors) <= set(d.codes))
    citer = Citer(store)
    writer = Writer(citer)
    ending = ending_told(writer, scope, agreements)
    det, lead_dev, outcome = details_lead(writer, scope, devs, agreements, ending)
    if ending is not None and det.lead.event_ids != [ending.event.id]:
        ending = None  # older than the lead
    ik = important(writer, scope)
    details_bullets(writer, det, devs, lead_dev, linked)
    ctx = context(writer, scope, lead_dev, agreements, store)
    con, figures = conclusion(writer, scope, agreements, store)
    # fill Details up to the minimum length with further developments
    sections = [det, ctx, ik, con]
    if brief_words(sections) < MIN_WORDS:
        for dev in devs:
            if brief_words(sections) >= MIN_WORDS + 20:
                break
            if dev is lead_dev or not _details_worthy(dev, linked):
                continue
            said = describe(writer, dev)
            if said is None:
                continue
            made = writer.bullet(*said)
            if made:
                det.bullets.append(made)
    while brief_words(sections) > MAX_WORDS and det.bullets:
        det.bullets.pop()
    day_of = {e.id: e.date for e in [*scope.period, *scope.prior]}
    for section in (det, ctx):
        in_date_order(section, day_of)
    headline, dek = headline_and_dek(writer, lead_dev, outcome, devs, scope)
    if ending is not None:
        headline = ending.head
    brief = Brief(
        headline=headline, dek=dek, since=scope.since, until=scope.until,
        sections=sections, citations=[],
        scope={
            "actors": list(scope.actors), "focus": list(scope.focus), "topic": scope.topic,
            "agreement_id": scope.agreement.id if scope.agreement else None,
            "article_id": scope.article.id if scope.article else None,
            "trend": figures,
            "lead": {"key": list(lead_dev.key[:1]) + [list(lead_dev.codes), lead_dev.topic],
                     "score": lead_dev.score, "parts": lead_dev.parts} if lead_dev else None,
        },
    )
    _renumber(brief, citer)
    if narrate:
        from detente.brief.narrator import narrate as smooth

        brief = smooth(brief, store)
    return brief


def in_date_order(section: Section, day_of: dict[str, date | None]) -> None:
    """Bullets after the lead told in the order things happened (stable within a day)."""
    def first_day(bullet: Bullet) -> date:
        days = [d for d in (day_of.get(i) for i in bullet.event_ids) if d]
        return min(days, default=date.max)

    section.bullets.sort(key=first_day)


def _renumber(brief: Brief, citer: Citer) -> None:
    """Number citations in reading order (they were assigned in writing order)."""
    import re

    order: list[int] = []
    bullets = [b for s in brief.sections for b in (s.lead, *s.bullets)]
    for b in bullets:
        for n in re.findall(r"\[(\d+)\]", b.text):
            if int(n) not in order:
                order.append(int(n))
    mapping = {old: new for new, old in enumerate(order, start=1)}
    for b in bullets:
        b.text = re.sub(r"\[(\d+)\]", lambda m: f"[{mapping[int(m.group(1))]}]", b.text)
        b.citations = [mapping[n] for n in b.citations if n in mapping]
    kept = []
    for c in citer.citations:
        if c.number in mapping:
            c.number = mapping[c.number]
            kept.append(c)
    brief.citations = sorted(kept, key=lambda c: c.number)
