"""Dates as written in feeds, pages and dumps, to ``datetime.date``."""

from __future__ import annotations

import re
import time
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
PLACEHOLDERS = {"", "na", "n/a", "nan", "none", "null", "-", "unknown"}


def parse_date(value: object) -> date | None:
    """A date from a date, datetime, struct_time, Unix timestamp or text; None if none.

    The date is the one written (the publisher's local day), not converted to UTC.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time.struct_time):
        return date(*value[:3])
    if isinstance(value, (int, float)):
        return _from_timestamp(float(value))
    text = str(value).strip()
    if text.lower() in PLACEHOLDERS:
        return None
    return _iso(text) or _rfc822(text) or _dateparser(text)


def _from_timestamp(seconds: float) -> date | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None


def _iso(text: str) -> date | None:
    if not _ISO.match(text):
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _rfc822(text: str) -> date | None:
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


@lru_cache(maxsize=4096)
def _dateparser(text: str) -> date | None:
    if len(text) > 80:
        return None
    import dateparser

    found = dateparser.parse(
        text, settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]}
    )
    return found.date() if found else None
