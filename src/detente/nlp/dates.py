"""Absolute dates for spaCy DATE entities, relative to the article's published date.

dateparser is called only for the DATE entities of event sentences, with a cache keyed on
(text, published, direction), and never on durations ("30 days", "two weeks"), which are
quantities, not dates.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
           r"fifteen|twenty|thirty|forty|fifty|sixty|ninety|a|an|several|few|a few|"
           r"\w+-(?:day|week|month|year|hour))")
_UNIT = r"(?:hours?|days?|weeks?|months?|years?|minutes?|decades?|nights?)"
# "30 days", "the next two weeks", "a 30-day", "two hours": durations, not points in time.
DURATION_RE = re.compile(
    rf"^(?:the\s+)?(?:(?:next|past|last|first|coming|more than|over|about|almost|nearly|up to|"
    rf"at least|some)\s+)*{_NUMBER}(?:[\s-]+{_UNIT})(?:\s+(?:long|each))?$", re.I)
YEAR_ONLY_RE = re.compile(r"^(?:in\s+)?(?:the\s+)?(?:year\s+)?(\d{4})s?$", re.I)
_LEAD_RE = re.compile(r"^(?:on|in|at|by|since|from|during|until|till|of|as of)\s+", re.I)
_VAGUE = re.compile(r"^(?:this|the)\s+(?:year|month|week)$|^(?:recently|now|currently|"
                    r"earlier|later|soon|today's|annual|daily|weekly)$", re.I)


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_MONTHS_LOWER = tuple(m.lower() for m in MONTHS)
# "last December", "next March": dateparser reads neither
_RELATIVE_MONTH = re.compile(rf"^(last|next|this)\s+({'|'.join(_MONTHS_LOWER)})$")


def _month_named(which: str, month: str, base: date) -> date:
    """The first day of the month "last December" / "next March" names, from ``base``."""
    number = _MONTHS_LOWER.index(month) + 1
    if which == "last":
        return date(base.year - (number >= base.month), number, 1)
    if which == "next":
        return date(base.year + (number <= base.month), number, 1)
    return date(base.year, number, 1)


def is_duration(text: str) -> bool:
    t = text.strip()
    return bool(DURATION_RE.match(t)) and "ago" not in t.lower()


def year_of(text: str) -> int | None:
    """The year a DATE text names on its own ("2014", "in the 1990s"), else None."""
    m = YEAR_ONLY_RE.match(text.strip())
    return int(m.group(1)) if m else None


@lru_cache(maxsize=20000)
def resolve_date(text: str, published: date | None, future: bool = False) -> date | None:
    """The calendar date a DATE entity names, relative to ``published`` (None if vague)."""
    t = _LEAD_RE.sub("", " ".join(text.split())).strip(" ,.")
    low = t.lower()
    if not t or is_duration(t) or _VAGUE.match(t) or year_of(t) is not None:
        return None
    base = published or date.today()
    if low == "today" or low == "tonight" or low == "this morning" or low == "this evening":
        return base
    if low in ("yesterday", "last night"):
        return base - timedelta(days=1)
    if low == "tomorrow":
        return base + timedelta(days=1)
    if low in _WEEKDAYS:
        delta = (base.weekday() - _WEEKDAYS.index(low)) % 7
        if future:
            return base + timedelta(days=(_WEEKDAYS.index(low) - base.weekday()) % 7)
        return base - timedelta(days=delta)
    if (m := _RELATIVE_MONTH.match(low)) is not None:
        return _month_named(m.group(1), m.group(2), base)
    try:
        import dateparser
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["month"],
    }
    try:
        found = dateparser.parse(t, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - dateparser raises on odd input; a date is optional
        found = None
    if found is None:
        return None
    day = found.date()
    if not re.search(r"\b\d{4}\b", t) and re.search(r"[a-z]", low) and not re.search(
            r"\b(?:ago|last|next|this|previous|coming)\b", low):
        # "February 20" without a year: the nearest such day, a little ahead allowed
        options = []
        for year in (base.year - 1, base.year, base.year + 1):
            try:
                options.append(day.replace(year=year))
            except ValueError:
                continue
        ahead = 366 if future else 45
        fitting = [d for d in options if (d - base).days <= ahead]
        if fitting:
            day = max(fitting) if not future else min(
                (d for d in options if d >= base), default=max(fitting))
    return day
