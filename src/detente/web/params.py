"""Query-string parsing shared by the pages and the JSON API.

Pages submit empty fields as ``since=`` so every parameter is read as a string, blank
means absent, and a value that cannot be read raises :class:`BadParam` (HTTP 422) with a
message that names the parameter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated
from urllib.parse import urlencode

from fastapi import Query

from detente.errors import NotFound
from detente.model import AGREEMENT_KINDS, EVENT_TYPES, STATUSES, Agreement
from detente.store import EventFilter, Store

MAX_LIMIT = 500
_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{0,15}$")


class BadParam(ValueError):
    """A query or form parameter that cannot be read (HTTP 422)."""


def blank(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def parse_date(name: str, value: str | None) -> date | None:
    value = blank(value)
    if value is None:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value).date()
    except ValueError:
        raise BadParam(f"{name}: {value!r} is not a date (use YYYY-MM-DD)") from None


def parse_code(name: str, value: str | None) -> str | None:
    value = blank(value)
    if value is None:
        return None
    if not _CODE.match(value):
        raise BadParam(f"{name}: {value!r} is not an actor code (e.g. RUS, UKR, NATO)")
    return value.upper()


def parse_share(name: str, value: str | None) -> float | None:
    """A number from 0 to 1 ("0.5")."""
    value = blank(value)
    if value is None:
        return None
    try:
        share = float(value)
    except ValueError:
        raise BadParam(f"{name}: {value!r} is not a number from 0 to 1") from None
    if not 0.0 <= share <= 1.0:
        raise BadParam(f"{name}: {value!r} is not a number from 0 to 1")
    return share


def parse_codes(name: str, value: str | None) -> list[str]:
    value = blank(value)
    if value is None:
        return []
    return [c for c in (parse_code(name, part) for part in re.split(r"[,\s]+", value)) if c]


def parse_types(values: list[str] | None) -> list[str]:
    found: list[str] = []
    for value in values or []:
        for part in re.split(r"[,\s]+", value.strip()):
            if not part:
                continue
            if part.upper() not in EVENT_TYPES:
                raise BadParam(
                    f"type: {part!r} is not a PLOVER event type ({', '.join(EVENT_TYPES)})"
                )
            if part.upper() not in found:
                found.append(part.upper())
    return found


def parse_limit(value: str | None, default: int) -> int:
    value = blank(value)
    if value is None:
        return default
    try:
        limit = int(value)
    except ValueError:
        raise BadParam(f"limit: {value!r} is not a whole number") from None
    if not 1 <= limit <= MAX_LIMIT:
        raise BadParam(f"limit: must be between 1 and {MAX_LIMIT}, got {limit}")
    return limit


def parse_choice(name: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    value = blank(value)
    if value is None:
        return None
    if value.lower() not in choices:
        raise BadParam(f"{name}: {value!r} is not one of {', '.join(choices)}")
    return value.lower()


def parse_kind(value: str | None) -> str | None:
    return parse_choice("kind", value, AGREEMENT_KINDS)


def parse_status(value: str | None) -> str | None:
    return parse_choice("status", value, STATUSES)


def parse_id(name: str, value: str | None) -> str | None:
    value = blank(value)
    if value is None:
        return None
    if len(value) > 64 or not re.match(r"^[A-Za-z0-9_-]+$", value):
        raise BadParam(f"{name}: {value!r} is not an id")
    return value


@dataclass
class EventQuery:
    """The events filter of a request, as read from its query string."""

    flt: EventFilter
    limit: int
    cursor: str | None
    params: dict[str, str]  # the non-blank filter parameters, for links

    def link(self, path: str, **changes: str | None) -> str:
        """``path`` with this query's parameters, changed by ``changes`` (None drops one)."""
        params = dict(self.params)
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = value
        return f"{path}?{urlencode(params)}" if params else path

    @property
    def filtered(self) -> bool:
        return any(k not in ("limit", "cursor") for k in self.params)


def event_query(
    since: str | None = Query(None, description="First day, YYYY-MM-DD (event date)."),
    until: str | None = Query(None, description="Last day, YYYY-MM-DD."),
    actor: str | None = Query(None, description="Actor code as source or target (RUS)."),
    source: str | None = Query(None, description="Actor code as source."),
    target: str | None = Query(None, description="Actor code as target."),
    type: Annotated[  # noqa: A002 - the public parameter name
        list[str] | None,
        Query(description="PLOVER event type(s); repeat or separate with commas."),
    ] = None,
    agreement: str | None = Query(None, description="Events linked to this agreement id."),
    claimant: str | None = Query(None, description="Actor code of the claimant."),
    article: str | None = Query(None, description="Events of this article id."),
    q: str | None = Query(None, description="Text search in the sentence."),
    min_confidence: str | None = Query(
        None, description="Only events the coder is at least this sure of, 0-1 (0.75 leaves "
                          "out the learned component's proposals)."),
    limit: str | None = Query(None, description=f"Rows per page, 1-{MAX_LIMIT} (default 50)."),
    cursor: str | None = Query(None, description="next_cursor of the previous page."),
) -> EventQuery:
    types = parse_types(type)
    text = blank(q)
    if text is not None and len(text) > 200:
        raise BadParam("q: search text is longer than 200 characters")
    flt = EventFilter(
        since=parse_date("since", since), until=parse_date("until", until),
        actor=parse_code("actor", actor), source=parse_code("source", source),
        target=parse_code("target", target), event_type=types or None,
        agreement_id=parse_id("agreement", agreement),
        claimant=parse_code("claimant", claimant), article_id=parse_id("article", article),
        q=text, min_confidence=parse_share("min_confidence", min_confidence),
    )
    if flt.since and flt.until and flt.since > flt.until:
        raise BadParam(f"since ({flt.since}) is after until ({flt.until})")
    cur = blank(cursor)
    if cur is not None and (len(cur) > 200 or not re.match(r"^[A-Za-z0-9_=-]+$", cur)):
        raise BadParam("cursor: not a cursor returned by this server")
    params = {
        k: v for k, v in {
            "since": flt.since.isoformat() if flt.since else None,
            "until": flt.until.isoformat() if flt.until else None,
            "actor": flt.actor, "source": flt.source, "target": flt.target,
            "type": ",".join(types) if types else None, "agreement": flt.agreement_id,
            "claimant": flt.claimant, "article": flt.article_id, "q": text,
            "min_confidence": blank(min_confidence), "limit": blank(limit), "cursor": cur,
        }.items() if v
    }
    return EventQuery(flt=flt, limit=parse_limit(limit, 50), cursor=cur, params=params)


def agreement_as_of(store: Store, agreement_id: str, as_of: str | None) -> Agreement:
    """The agreement (by id or unique id prefix) as it stood on ``as_of`` (default: now)."""
    day = parse_date("as_of", as_of)
    try:
        return store.get_agreement(agreement_id, as_of=day)
    except NotFound:
        if day:
            raise NotFound(f"no agreement {agreement_id} as of {day}") from None
        raise
