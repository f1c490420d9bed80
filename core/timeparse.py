"""Parse the dates and times of exports (day first, ISO 8601, separate columns) and localise them.

Only the distinct raw values of a file are parsed here (a few thousand at most for millions of rows);
the results are joined back inside the engine.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

_DATE_PATTERNS = (
    # (regex, order) with named groups d, m, y
    re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"),
    re.compile(r"^(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})"),
    re.compile(r"^(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{2})(?!\d)"),
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?!\d)"),
)
# '2019-07': a month (INE's ``mes``), read as its first day
_MONTH = re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})$")
_TIME = re.compile(
    r"^(?P<H>\d{1,2})(?:\s*[:hHuU.]\s*(?P<M>\d{2})?(?::(?P<S>\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(?P<tz>Z|UTC|[+-]\d{2}(?::?\d{2})?)?$"
)
# '14:00-15:00', '14h - 15h', '14h à 15h': a slot given as a range; only its start matters.
_RANGE = re.compile(r"^(\d{1,2}(?:\s*[:hHuU.]\s*\d{0,2})?)\s*(?:[-–/]|\sà\s|\sa\s|\stot\s|\sto\s)\s*\d{1,2}(?:\s*[:hHuU.]\s*\d{0,2})?$")


class TimeParseError(ValueError):
    """A date or time value that no known format matches."""


def parse_date(text: str, date_format: str | None = None) -> tuple[dt.date, str]:
    """Parse the date at the start of ``text``; return it and the rest of the text (a time, maybe)."""
    s = text.strip()
    if date_format:
        # the date part is the longest prefix strptime accepts
        for cut in range(len(s), 5, -1):
            try:
                return dt.datetime.strptime(s[:cut], date_format).date(), s[cut:].strip(" T")
            except ValueError:
                continue
        raise TimeParseError(s)
    mm = _MONTH.match(s)
    if mm:
        try:
            return dt.date(int(mm.group("y")), int(mm.group("m")), 1), ""
        except ValueError as exc:
            raise TimeParseError(s) from exc
    for pat in _DATE_PATTERNS:
        m = pat.match(s)
        if m:
            y = int(m.group("y"))
            if len(m.group("y")) == 2:  # '06/07/19'; a four-digit '0019' is the year 19, refused later
                y += 2000
            try:
                d = dt.date(y, int(m.group("m")), int(m.group("d")))
            except ValueError as exc:
                raise TimeParseError(s) from exc
            return d, s[m.end():].strip(" T")
    raise TimeParseError(s)


def parse_time(text: str) -> tuple[dt.time, dt.tzinfo | None] | None:
    """Parse a time of day ('14:15', '14h15', '14h', '14', '14:15:00+02:00', '14:00-15:00'); None if empty."""
    s = text.strip()
    if not s:
        return None
    r = _RANGE.match(s)
    if r:
        s = r.group(1)
    m = _TIME.match(s)
    if not m:
        raise TimeParseError(s)
    h, mi, se = int(m.group("H")), int(m.group("M") or 0), int(m.group("S") or 0)
    if h == 24 and mi == 0 and se == 0:
        h = 0  # '24:00' ends a day; callers treat slot starts, so this is rare
    if not (0 <= h <= 23 and 0 <= mi <= 59 and 0 <= se <= 59):
        raise TimeParseError(s)
    tz = m.group("tz")
    tzinfo: dt.tzinfo | None = None
    if tz:
        if tz in ("Z", "UTC"):
            tzinfo = dt.timezone.utc
        else:
            sign = 1 if tz[0] == "+" else -1
            digits = tz[1:].replace(":", "")
            hh, mm = int(digits[:2]), int(digits[2:4] or 0)
            tzinfo = dt.timezone(sign * dt.timedelta(hours=hh, minutes=mm))
    return dt.time(h, mi, se), tzinfo


def parse_timestamp(date_text: str | None, time_text: str | None, date_format: str | None = None
                    ) -> tuple[dt.datetime, bool, bool]:
    """Parse a date (with or without a time part) and an optional separate time.

    Returns (naive or aware datetime, has_time, is_aware).
    """
    d, rest = parse_date(date_text or "", date_format)
    t = parse_time(rest) if rest else None
    if time_text is not None and time_text.strip():
        t2 = parse_time(time_text)
        if t2 is not None:
            t = t2
    if t is None:
        return dt.datetime(d.year, d.month, d.day), False, False
    tm, tz = t
    value = dt.datetime.combine(d, tm)
    if tz is not None:
        return value.replace(tzinfo=tz), True, True
    return value, True, False


def is_ambiguous(local: dt.datetime, zone: ZoneInfo) -> bool:
    """True when a naive local time occurs twice (the repeated autumn hour)."""
    a = local.replace(tzinfo=zone, fold=0).utcoffset()
    b = local.replace(tzinfo=zone, fold=1).utcoffset()
    return a != b and _exists(local, zone)


def _exists(local: dt.datetime, zone: ZoneInfo) -> bool:
    aware = local.replace(tzinfo=zone)
    back = aware.astimezone(dt.timezone.utc).astimezone(zone).replace(tzinfo=None)
    return back == local


def is_nonexistent(local: dt.datetime, zone: ZoneInfo) -> bool:
    """True when a naive local time does not exist (the skipped spring hour)."""
    return not _exists(local, zone)


def to_utc(local: dt.datetime, zone: ZoneInfo, fold: int = 0) -> dt.datetime:
    """Convert a naive local time (or an aware one) to UTC; ``fold=1`` picks the second repeated hour."""
    if local.tzinfo is not None:
        return local.astimezone(dt.timezone.utc)
    return local.replace(tzinfo=zone, fold=fold).astimezone(dt.timezone.utc)
