"""The figures of a post-event report, computed from a dataset without QGIS.

Every figure comes from code that already applies the anonymity rule: visitors per day and by profile
from :func:`.impact.daily_visitors` (the stated counting rule), the peak slot from the dataset's slot
totals (sums of published cells, "at least"), origins from :func:`.flows.origin_flows` (small origins
merged), the catchment from :func:`.catchment.catchment` and the economic impact from
:func:`.impact.compute_impact`. Profile and day totals below the threshold are withheld here too
(:func:`withhold`), so no number in the report is a count below the threshold.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Sequence
from zoneinfo import ZoneInfo

import numpy as np

from . import impact as impact_mod
from .catchment import CatchmentResult, catchment
from .flows import FlowQuery, FlowResult, origin_flows
from .gazetteer import home_country
from .privacy import below_threshold
from .progress import NULL_PROGRESS, Progress


def withhold(value: float | None, k: float) -> float | None:
    """A count as it may be published: None when it lies between 0 and the threshold (exclusive)."""
    if value is None or not np.isfinite(value):
        return None
    return None if bool(below_threshold(value, k)) else float(value)


@dataclasses.dataclass
class EventFigures:
    """Everything the report prints, already safe to publish."""

    timezone: str
    start: dt.datetime | None  # the period asked (UTC), None: the whole export
    end: dt.datetime | None
    days: list[dt.date]
    profiles: list[str]
    per_day: dict[dt.date, dict[str, float | None]]  # visitors by day and profile (None: withheld)
    day_totals: dict[dt.date, float | None]
    profile_totals: dict[str, float | None]
    visitor_days: float
    rule: str
    rule_text: str
    peak_start: dt.datetime | None  # local time
    peak_end: dt.datetime | None
    peak_total: float | None
    peak_suppressed_parts: int
    slot_starts: np.ndarray  # epoch seconds, for the chart
    slot_by_profile: dict[str, np.ndarray]
    countries: FlowResult | None
    origins: FlowResult | None  # municipality / commune level
    foreign_share: float | None
    home: str
    catchment: CatchmentResult | None
    impact: impact_mod.ImpactResult | None
    threshold: int
    precision: float
    suppressed_cells: int
    sources: list[dict]
    operator: str
    extrapolation: str
    dwell_time: bool = False  # exports with dwell time: none of the supported layouts carries it yet
    #: what the peak slot and the series over time count (a measure of model.MEASURES), and its name
    measure: str = "presence"
    measure_label: str = ""
    #: every measure the export holds, named ("visitors per day, nights"), for the methodology
    measures_text: str = ""
    #: the measures (model.MEASURES), the slot length and calendar period, to name them again in the
    #: report's own language (:meth:`label`)
    measures: tuple = ()
    slot_minutes: int | None = None
    period: str = ""

    def label(self, measure: str | None = None) -> str:
        """A measure's name in the language installed now (the report's, while it is written)."""
        from .measures import measure_label
        return measure_label(measure or self.measure, self.slot_minutes, self.period)

    def labels(self) -> str:
        """Every measure of the export, named in the language installed now."""
        from .measures import measures_text
        return measures_text(list(self.measures), self.slot_minutes, self.period)

    @property
    def peak_day(self) -> dt.date | None:
        """The day with the most visitors."""
        known = {d: v for d, v in self.day_totals.items() if v is not None}
        return max(known, key=known.get) if known else None


def event_figures(ds, start: dt.datetime | None = None, end: dt.datetime | None = None,
                  venue_lonlat: tuple[float, float] | None = None, preset: str | None = None,
                  progress: Progress | None = None) -> EventFigures:
    """The figures of the period [start, end) of the dataset (the whole export when None)."""
    progress = progress or NULL_PROGRESS
    md = ds.metadata
    k = float(md.threshold)
    tz = md.timezone or "Europe/Brussels"
    zone = ZoneInfo(tz)
    # visitors by day and profile, by the counting rule of the economic impact; an export without
    # visitors (MITMA trips, nights alone) has none: its figures are of its own measure, named
    from .measures import measure_label, measures_text
    measures = ds.measures() if hasattr(ds, "measures") else ["presence"]
    has_visitors = "presence" in measures
    vis = impact_mod.daily_visitors(ds, start=start, end=end, progress=progress.sub(0, 30)) if has_visitors else None
    measure = ds.default_measure() if hasattr(ds, "default_measure") else "presence"
    per_day: dict[dt.date, dict[str, float]] = {}
    for profile, _grp, day, n in (vis.by_day if vis is not None else []):
        d = per_day.setdefault(day, {})
        d[profile] = d.get(profile, 0.0) + n
    days = sorted(per_day)
    profiles = sorted({p for d in per_day.values() for p in d})
    day_totals = {d: withhold(sum(per_day[d].values()), k) for d in days}
    profile_totals = {p: withhold(sum(per_day[d].get(p, 0.0) for d in days), k) for p in profiles}
    per_day_pub = {d: {p: withhold(per_day[d].get(p), k) for p in profiles} for d in days}
    visitor_days = float(sum(sum(v.values()) for v in per_day.values()))
    progress.set(35)

    # the peak slot and the series by profile (sums of published cells per slot)
    starts, _ends, totals, supp = ds.slot_totals(measure=measure)
    sel = np.ones(len(starts), dtype=bool)
    if start is not None:
        sel &= starts >= start.timestamp()
    if end is not None:
        sel &= _ends <= end.timestamp()
    peak_start = peak_end = None
    peak_total = None
    peak_supp = 0
    if sel.any():
        idx = np.flatnonzero(sel)
        i = int(idx[np.argmax(totals[idx])])
        peak_start = dt.datetime.fromtimestamp(float(starts[i]), dt.timezone.utc).astimezone(zone)
        peak_end = dt.datetime.fromtimestamp(float(_ends[i]), dt.timezone.utc).astimezone(zone)
        peak_total = withhold(float(totals[i]), k)
        peak_supp = int(supp[i] or 0)
    slot_starts = starts[sel]
    by_profile = {}
    for p in profiles or ["all"]:  # without visitors by profile: the total of the measure, as one series
        s_, _e, t_, _s = ds.slot_totals(profiles=[p] if profiles else None, measure=measure)
        m = dict(zip(s_.tolist(), t_.tolist()))
        by_profile[p] = np.array([m.get(x, 0.0) for x in slot_starts.tolist()], dtype=float)
    progress.set(50)

    countries = origins = None
    foreign = None
    home = home_country(tz)
    cres = None
    if ds.origin_types():
        q = FlowQuery(level=4, start=start, end=end)
        countries = origin_flows(ds, q, progress.sub(50, 60))
        origins = origin_flows(ds, dataclasses.replace(q, level=1), progress.sub(60, 70))
        if countries.total > 0:
            abroad = sum(f.visitors for f in countries.flows
                         if f.place is not None and not f.other and f.place.code != home)
            foreign = abroad / countries.total
        if venue_lonlat is not None:
            cres = catchment(ds, venue_lonlat, dataclasses.replace(q, level=1), progress=progress.sub(70, 80))
    progress.set(80)
    imp = None
    if preset and has_visitors:
        spend = impact_mod.load_preset(preset)
        vis_imp = impact_mod.daily_visitors(ds, start=start, end=end, local_codes=spend.local_codes,
                                            home_country=home)
        imp = impact_mod.compute_impact(vis_imp, spend)
        imp.preset = preset
    progress.set(100)
    sources = [{"file": m.source_name, "sha256": m.source_sha256, "operator": m.operator,
                "slot_minutes": m.slot_minutes, "layout": m.layout, "encoding": m.encoding} for m in ds.sources]
    return EventFigures(tz, start, end, days, profiles, per_day_pub, day_totals, profile_totals, visitor_days,
                        vis.rule if vis is not None else "", vis.rule_text if vis is not None else "",
                        peak_start, peak_end, peak_total, peak_supp, slot_starts,
                        by_profile, countries, origins, foreign, home, cres, imp, int(k),
                        float(md.precision), int(ds.suppressed_count()), sources,
                        md.operator or ", ".join(sorted({m.operator for m in ds.sources if m.operator})),
                        md.extrapolation or "", measure=measure or "presence",
                        measure_label=measure_label(measure, md.slot_minutes, getattr(md, "period", "")),
                        measures_text=measures_text(measures, md.slot_minutes, getattr(md, "period", "")),
                        measures=tuple(measures), slot_minutes=md.slot_minutes, period=getattr(md, "period", ""))


def top_flows(res: FlowResult | None, n: int = 10) -> list:
    """The ``n`` largest flows (places and merged groups), largest first."""
    if res is None:
        return []
    return sorted(res.flows, key=lambda f: (-f.visitors, f.key))[:n]


def profile_order(profiles: Sequence[str]) -> list[str]:
    """Profiles in the interface's order (see core.model.PROFILES)."""
    from .model import PROFILES
    return sorted(profiles, key=lambda p: PROFILES.index(p) if p in PROFILES else len(PROFILES))
