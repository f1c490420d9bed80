"""Local clock time for QGIS's Temporal Controller. No import of ``qgis``.

The data model keeps every slot in UTC. QGIS 3.22's Temporal Controller has no time zone: its date
fields, its "Current frame" label and its step are shown in UTC whatever the data or the machine. So
that it reads what the Footfall panel reads (Brussels 15:15 CEST, not 13:15), the map layers give it
the *local clock time* of each slot written in the UTC notation ("clock" times): 15:15 in Brussels on
7 July 2019 becomes 2019-07-07T15:15Z. A day is then always 24 clock hours, a 15-minute slot always 15
clock minutes, so frames and slots line up. Two consequences, both stated in docs/data-model.md:
when clocks go forward, the last slot before the change ends at 03:00 on the clock and stays on the
map through the hour that does not exist; when they go back, the repeated hour has two sets of slots on
the same clock frames (the controller shows both passes at once; the panel and its slider tell them
apart). The true UTC times stay in the layers' ``start``/``end`` fields.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np


def _offsets(epochs: np.ndarray, tz: str) -> tuple[np.ndarray, np.ndarray]:
    """The distinct epochs and their UTC offsets in seconds (one zoneinfo call per distinct value)."""
    zone = ZoneInfo(tz)
    uniq, inverse = np.unique(np.asarray(epochs, dtype=np.float64), return_inverse=True)
    off = np.array([dt.datetime.fromtimestamp(float(t), dt.timezone.utc).astimezone(zone).utcoffset().total_seconds()
                    if np.isfinite(t) else 0.0 for t in uniq], dtype=np.float64)
    return off, inverse


def clock_epochs(epochs, tz: str) -> np.ndarray:
    """The local clock time of each UTC epoch (seconds) in ``tz``, as epoch seconds in the UTC notation."""
    arr = np.asarray(epochs, dtype=np.float64)
    if arr.size == 0:
        return arr.copy()
    off, inverse = _offsets(arr.ravel(), tz)
    return (arr.ravel() + off[inverse]).reshape(arr.shape)


#: The layers' clock fields start one millisecond after the slot and end one millisecond before it, and are
#: filtered with both ends included: QGIS compiles the Temporal Controller's filter into SQL that compares
#: the GeoPackage's date-time text with a literal such as ``2019-07-06T12:00:00``, so a slot that ends at
#: ``12:00:00.000Z`` is taken for one that ends after 12:00, and every frame drew the previous slot too
#: (tests/test_plugin.py counts the features of a frame).
EDGE_MS = 1


def clock_iso(epoch: float, tz: str, shift_ms: int = 0) -> str:
    """The clock time of ``epoch`` (moved by ``shift_ms``) as a GeoPackage date-time (``…T15:15:00.001Z``)."""
    t = float(clock_epochs([epoch], tz)[0]) + shift_ms / 1000.0
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def local_text(epoch: float, tz: str) -> str:
    """The local date and time of ``epoch`` for people: ``2019-07-07 15:15 CEST``."""
    d = dt.datetime.fromtimestamp(float(epoch), dt.timezone.utc).astimezone(ZoneInfo(tz))
    return f"{d:%Y-%m-%d %H:%M} {d.tzname()}"


def natural_step(seconds: float) -> tuple[float, str]:
    """A slot length as (value, unit) the way people say it: (15, 'minutes'), (1, 'hours'), (1, 'days')."""
    s = float(seconds)
    for unit, size in (("weeks", 604800.0), ("days", 86400.0), ("hours", 3600.0), ("minutes", 60.0)):
        if s >= size and s % size == 0:
            return s / size, unit
    return s, "seconds"


#: Zones a footfall export of this project's users is most likely in, first.
COMMON_ZONES = ("Europe/Brussels", "Europe/Paris", "Europe/Madrid", "Europe/Amsterdam", "Europe/Luxembourg",
                "Europe/London", "Europe/Berlin", "Europe/Lisbon", "UTC")


def all_zones() -> list[str]:
    """Every IANA time zone this machine knows, sorted."""
    from zoneinfo import available_timezones
    return sorted(z for z in available_timezones() if "/" in z or z == "UTC")


def likely_zones(paths: list[str], locale: str = "", last: str = "") -> list[str]:
    """Time zones to offer first for these files: the zone of a recognised operator format, the zone its
    headers' language suggests (French: Paris, Dutch: Brussels), the interface's country, the zone used
    last, then the usual ones. Reads only the first lines of the first file; never fails."""
    out: list[str] = []
    try:
        if paths:
            from . import formats
            from .preview import preview
            from .vocab import header_language
            pv = preview(paths[0], limit=5)
            fam = formats.recognise(pv.header, Path(paths[0]).name)
            if fam is not None and fam.family.options.get("timezone"):
                out.append(fam.family.options["timezone"])
            lang = header_language(pv.header)
            out += {"fr": ["Europe/Paris", "Europe/Brussels"], "nl": ["Europe/Brussels", "Europe/Amsterdam"],
                    "es": ["Europe/Madrid"]}.get(lang, [])
    except Exception:  # noqa: BLE001 - a hint only: a file that cannot be previewed gets the usual list
        pass
    country = locale.split("_")[1].upper() if "_" in locale else ""
    out += {"BE": ["Europe/Brussels"], "FR": ["Europe/Paris"], "NL": ["Europe/Amsterdam"], "ES": ["Europe/Madrid"],
            "LU": ["Europe/Luxembourg"], "GB": ["Europe/London"]}.get(country, [])
    if last:
        out.append(last)
    out += list(COMMON_ZONES)
    seen: set[str] = set()
    return [z for z in out if not (z in seen or seen.add(z))]


def valid_zone(name: str) -> bool:
    """True for an IANA time zone name this machine knows."""
    try:
        ZoneInfo(name)
        return bool(name)
    except (ValueError, KeyError, OSError):
        return False
