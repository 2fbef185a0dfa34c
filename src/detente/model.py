"""The vocabulary of detente: Article, Actor, Quantity, Event, Agreement, Claim, Brief.

Plain dataclasses with ``to_dict``/``from_dict`` that follow the JSON contracts in
docs/DESIGN.md. Every stage takes and returns these; nothing else lives here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from typing import Any

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "reported", "future", "hypothetical", "historical")
AGREEMENT_KINDS = (
    "ceasefire", "partial_ceasefire", "humanitarian_pause", "humanitarian_corridor",
    "prisoner_exchange", "talks", "peace_agreement", "other",
)
POSITIONS = ("proposed", "accepted", "agreed", "rejected", "undecided", "withdrawn")
STATUSES = (
    "proposed", "agreed", "in_force", "contested", "violated", "collapsed", "expired",
    "implemented",
)


def content_hash(text: str) -> str:
    """Stable id of an article's content: whitespace-normalised SHA-1, 16 hex digits."""
    normalised = " ".join(text.split())
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()[:16]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


@dataclass
class Article:
    text: str
    title: str = ""
    url: str | None = None
    published: date | None = None
    source: str | None = None
    location: str | None = None
    origin: str | None = None  # the file (and line) it was read from
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["published"] = _iso(self.published)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        kwargs["published"] = _date(data.get("published"))
        return cls(**kwargs)


def _as_party(actor: Actor) -> Actor:
    return actor if actor.party == actor.code else replace(actor, code=actor.party)


REBELS = "REB"  # the suffix of a rebel party's code ("SDNREB")


def base_code(party: str) -> str:
    """The country of a party: "SDNREB" -> "SDN"; a state's code stays as it is."""
    return party[:-len(REBELS)] if len(party) > len(REBELS) and party.endswith(REBELS) else party


@dataclass
class Actor:
    text: str
    name: str | None = None
    code: str | None = None
    sector: str | None = None

    @property
    def party(self) -> str | None:
        """The side the actor stands for: its code, and for a state's rebels CAMEO's compound
        code (SDN REB -> "SDNREB"), so that a civil war has two parties, not one."""
        if self.code and self.sector == "REB" and not self.code.endswith(REBELS):
            return self.code + REBELS
        return self.code

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(
            text=data.get("text") or data.get("actorText") or "",
            name=data.get("name"),
            code=data.get("code"),
            sector=data.get("sector"),
        )


@dataclass
class Quantity:
    value: float
    unit: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": value, "unit": self.unit, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quantity:
        return cls(value=float(data["value"]), unit=data.get("unit", ""), text=data.get("text", ""))


@dataclass
class Event:
    article_id: str
    sentence: str
    span: tuple[int, int]
    event_type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    date: date | None = None
    date_text: str | None = None
    negated: bool = False
    modality: str = "asserted"
    claimant: Actor | None = None
    quantities: list[Quantity] = field(default_factory=list)
    location: str | None = None
    cameo: str | None = None
    goldstein: float | None = None
    plover_score: float | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    trigger: str | None = None  # the word that carries the event ("agreed", "shelled")
    confidence: float = 0.5
    coder: str = "detente.rules.v1"
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            key = f"{self.article_id}:{self.span[0]}:{self.span[1]}:{self.event_type}:"
            sides = [",".join(a.code or a.text for a in side)
                     for side in (self.source, self.target)]
            key += ">".join(sides)
            if sides[0] == sides[1]:  # one country both ways: "the President met servicemen"
                key += ":" + ">".join(",".join(a.sector or "" for a in side)
                                      for side in (self.source, self.target))
            self.id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    @property
    def source_codes(self) -> list[str]:
        return [a.code for a in self.source if a.code]

    @property
    def target_codes(self) -> list[str]:
        return [a.code for a in self.target if a.code]

    def as_parties(self) -> Event:
        """The event with each actor coded by its party (``Actor.party``): how the tracker
        and the brief tell the sides apart. Same id; the stored event keeps its codes."""
        return self.with_actors(_as_party)

    def with_actors(self, recode: Callable[[Actor], Actor], claimant: bool = True) -> Event:
        """The event with ``recode`` applied to each actor (source, target and, unless
        ``claimant`` is false, the claimant); the event itself when no actor changes."""
        source = [recode(a) for a in self.source]
        target = [recode(a) for a in self.target]
        said = recode(self.claimant) if claimant and self.claimant else self.claimant
        if source == self.source and target == self.target and said == self.claimant:
            return self
        return replace(self, source=source, target=target, claimant=said)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "span": list(self.span),
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "date": _iso(self.date),
            "date_text": self.date_text,
            "negated": self.negated,
            "modality": self.modality,
            "claimant": self.claimant.to_dict() if self.claimant else None,
            "quantities": [q.to_dict() for q in self.quantities],
            "location": self.location,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "plover_score": self.plover_score,
            "acled_event_type": self.acled_event_type,
            "acled_sub_event_type": self.acled_sub_event_type,
            "trigger": self.trigger,
            "confidence": self.confidence,
            "coder": self.coder,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        claimant = data.get("claimant")
        if isinstance(claimant, str):
            claimant = {"text": claimant, "code": claimant}
        context = data.get("context") or []
        if isinstance(context, str):
            context = [context]
        return cls(
            id=data.get("id") or "",
            article_id=data.get("article_id") or "",
            sentence=data.get("sentence") or data.get("text") or "",
            span=tuple(data.get("span") or (0, 0)),  # type: ignore[arg-type]
            event_type=data.get("event_type") or data.get("event") or "",
            mode=data.get("mode"),
            context=list(context),
            source=[Actor.from_dict(a) for a in data.get("source") or []],
            target=[Actor.from_dict(a) for a in data.get("target") or []],
            date=_date(data.get("date")),
            date_text=data.get("date_text"),
            negated=bool(data.get("negated", False)),
            modality=data.get("modality") or "asserted",
            claimant=Actor.from_dict(claimant) if claimant else None,
            quantities=[Quantity.from_dict(q) for q in data.get("quantities") or []],
            location=data.get("location"),
            cameo=data.get("cameo"),
            goldstein=data.get("goldstein"),
            plover_score=data.get("plover_score"),
            acled_event_type=data.get("acled_event_type"),
            acled_sub_event_type=data.get("acled_sub_event_type"),
            trigger=data.get("trigger"),
            confidence=float(data.get("confidence", 0.5)),
            coder=data.get("coder") or "detente.rules.v1",
        )


@dataclass
class Party:
    code: str
    position: str = "undecided"
    since: date | None = None
    evidence: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "position": self.position, "since": _iso(self.since),
                "evidence": list(self.evidence)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Party:
        return cls(code=data["code"], position=data.get("position", "undecided"),
                   since=_date(data.get("since")), evidence=list(data.get("evidence") or []))


@dataclass
class StatusChange:
    date: date | None
    status: str
    evidence: list[str] = field(default_factory=list)
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"date": _iso(self.date), "status": self.status, "evidence": list(self.evidence),
                "note": self.note}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StatusChange:
        return cls(date=_date(data.get("date")), status=data["status"],
                   evidence=list(data.get("evidence") or []), note=data.get("note"))


@dataclass
class Claim:
    """A violation claim: one side says the other broke an agreement. Never a fact."""

    date: date | None
    claimant: str | None
    accused: str | None
    evidence: list[str] = field(default_factory=list)
    target: str | None = None  # what was hit, as the claim words it

    def to_dict(self) -> dict[str, Any]:
        return {"date": _iso(self.date), "claimant": self.claimant, "accused": self.accused,
                "evidence": list(self.evidence), "target": self.target}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        return cls(date=_date(data.get("date")), claimant=data.get("claimant"),
                   accused=data.get("accused"), evidence=list(data.get("evidence") or []),
                   target=data.get("target"))


@dataclass
class Agreement:
    title: str
    kind: str
    scope: list[str] = field(default_factory=list)
    form: str | None = None  # written | verbal
    purpose: str | None = None  # humanitarian | peace_process | holiday | other
    declared: date | None = None
    effective: date | None = None
    duration_days: int | None = None
    ends: date | None = None
    parties: list[Party] = field(default_factory=list)
    mediators: list[dict[str, Any]] = field(default_factory=list)
    status: str = "proposed"
    history: list[StatusChange] = field(default_factory=list)
    violation_claims: list[Claim] = field(default_factory=list)
    incidents: list[str] = field(default_factory=list)  # ASSAULT event ids in scope/period
    quantities: list[Quantity] = field(default_factory=list)
    events: list[str] = field(default_factory=list)  # every linked event id
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "scope": list(self.scope),
            "form": self.form,
            "purpose": self.purpose,
            "declared": _iso(self.declared),
            "effective": _iso(self.effective),
            "duration_days": self.duration_days,
            "ends": _iso(self.ends),
            "parties": [p.to_dict() for p in self.parties],
            "mediators": list(self.mediators),
            "status": self.status,
            "history": [h.to_dict() for h in self.history],
            "violation_claims": [c.to_dict() for c in self.violation_claims],
            "incidents": list(self.incidents),
            "quantities": [q.to_dict() for q in self.quantities],
            "events": list(self.events),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Agreement:
        return cls(
            id=data.get("id") or "",
            title=data["title"],
            kind=data["kind"],
            scope=list(data.get("scope") or []),
            form=data.get("form"),
            purpose=data.get("purpose"),
            declared=_date(data.get("declared")),
            effective=_date(data.get("effective")),
            duration_days=data.get("duration_days"),
            ends=_date(data.get("ends")),
            parties=[Party.from_dict(p) for p in data.get("parties") or []],
            mediators=list(data.get("mediators") or []),
            status=data.get("status", "proposed"),
            history=[StatusChange.from_dict(h) for h in data.get("history") or []],
            violation_claims=[Claim.from_dict(c) for c in data.get("violation_claims") or []],
            incidents=list(data.get("incidents") or []),
            quantities=[Quantity.from_dict(q) for q in data.get("quantities") or []],
            events=list(data.get("events") or []),
        )


@dataclass
class Citation:
    number: int
    event_id: str
    article_id: str
    sentence: str
    source: str | None
    title: str
    published: date | None
    url: str | None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["published"] = _iso(self.published)
        return data


@dataclass
class Bullet:
    text: str
    event_ids: list[str] = field(default_factory=list)
    citations: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Section:
    label: str  # Details | Context | Important to Know | Conclusion
    lead: Bullet
    bullets: list[Bullet] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "lead": self.lead.to_dict(),
                "bullets": [b.to_dict() for b in self.bullets]}


@dataclass
class Brief:
    headline: str
    dek: str
    since: date | None
    until: date | None
    sections: list[Section] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    scope: dict[str, Any] = field(default_factory=dict)  # actors, agreement, topic asked for

    def to_dict(self) -> dict[str, Any]:
        return {
            "headline": self.headline,
            "dek": self.dek,
            "since": _iso(self.since),
            "until": _iso(self.until),
            "scope": dict(self.scope),
            "sections": [s.to_dict() for s in self.sections],
            "citations": [c.to_dict() for c in self.citations],
        }
