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


#: Profiles that are not visitors: residents have their own table and never count among the visitors.
NOT_VISITORS = ("resident",)

#: The origin flows drawn on the report's map and on the demo's flow map: one query, one figure.
MAP_FLOWS = FlowQuery(level=1, top_n=25)


@dataclasses.dataclass
class Published:
    """A published figure to set beside ours: what it measures, its value and where it comes from."""

    measure: str  # one of PUBLISHED_MEASURES
    value: float
    source: str = ""


#: What a published figure may be compared with: our direct impact, total impact, paid nights, nights
#: brought by the event, or visitors.
PUBLISHED_MEASURES = ("direct", "total", "nights", "nights_additional", "visitors")


@dataclasses.dataclass
class EventFigures:
    """Everything the report prints, already safe to publish.

    ``visitors`` is the one visitors figure of every page and output: the visitor-days of every profile
    but the residents, by the counting rule of the economic impact (the same numbers as its table);
    residents stay in their own table (``residents_per_day``).
    """

    timezone: str
    start: dt.datetime | None  # the period asked (UTC), None: the whole export
    end: dt.datetime | None
    days: list[dt.date]
    profiles: list[str]  # the visitors' profiles (residents apart)
    per_day: dict[dt.date, dict[str, float | None]]  # visitors by day and profile (None: withheld)
    day_totals: dict[dt.date, float | None]  # visitors (residents apart) by day
    profile_totals: dict[str, float | None]
    visitor_days: float  # = visitors: kept for callers of the first version
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
    residents_per_day: dict[dt.date, float | None] = dataclasses.field(default_factory=dict)
    residents_total: float | None = None
    map_flows: FlowResult | None = None  # the flows of the map (MAP_FLOWS)
    published: Published | None = None
    #: suppressed cells behind the visitors (the counts leave them out)
    visitors_suppressed_cells: int = 0

    @property
    def visitors(self) -> float:
        """Visitor-days of every profile but the residents (the counts published by the operator)."""
        return self.visitor_days

    @property
    def visitors_range(self) -> tuple[float, float]:
        """The visitors ± the precision of the counts."""
        return margin(self.visitors, self.precision)

    @property
    def peak_day(self) -> dt.date | None:
        """The day with the most visitors."""
        known = {d: v for d, v in self.day_totals.items() if v is not None}
        return max(known, key=known.get) if known else None

    def comparison(self) -> tuple[float, float, float] | None:
        """Our (5th percentile, central, 95th percentile) of the published figure's measure, or None."""
        if self.published is None:
            return None
        m = self.published.measure
        if m == "visitors":
            lo, hi = self.visitors_range
            return (lo, self.visitors, hi)
        if self.impact is None:
            return None
        return {"direct": self.impact.direct, "total": self.impact.total, "nights": self.impact.nights,
                "nights_additional": self.impact.nights_additional}.get(m)


def margin(value: float | None, precision: float) -> tuple[float, float]:
    """A count's low and high values by the precision of the counts (± precision)."""
    if value is None:
        return (float("nan"), float("nan"))
    return (value * (1 - precision), value * (1 + precision))


def tidy(value: float) -> float:
    """A sum of counts without the last bits of floating-point noise, so that the same figure summed in
    a different order prints the same everywhere (1,562,093.4999999998 and 1,562,093.5000000002 → .5)."""
    return round(float(value), 6)


def event_figures(ds, start: dt.datetime | None = None, end: dt.datetime | None = None,
                  venue_lonlat: tuple[float, float] | None = None, preset: str | None = None,
                  progress: Progress | None = None, published: Published | None = None) -> EventFigures:
    """The figures of the period [start, end) of the dataset (the whole export when None)."""
    progress = progress or NULL_PROGRESS
    md = ds.metadata
    k = float(md.threshold)
    tz = md.timezone or "Europe/Brussels"
    zone = ZoneInfo(tz)
    home = home_country(tz)
    # visitors by day and profile, by the counting rule of the economic impact: one computation for the
    # tables, the key figures and the impact; an export without visitors (MITMA trips, nights alone) has
    # none: its figures are of its own measure, named
    from .measures import measure_label, measures_text
    measures = ds.measures() if hasattr(ds, "measures") else ["presence"]
    has_visitors = "presence" in measures
    measure = ds.default_measure() if hasattr(ds, "default_measure") else "presence"
    spend = impact_mod.load_preset(preset) if (preset and has_visitors) else None
    vis = (impact_mod.daily_visitors(ds, start=start, end=end, local_codes=spend.local_codes if spend else (),
                                     home_country=home if spend else None, progress=progress.sub(0, 30))
           if has_visitors else impact_mod.Visitors([], [], np.zeros(0), ""))
    per_day: dict[dt.date, dict[str, float]] = {}
    for profile, _grp, day, n in (vis.by_day if vis is not None else []):
        d = per_day.setdefault(day, {})
        d[profile] = d.get(profile, 0.0) + n
    days = sorted(per_day)
    everyone = sorted({p for d in per_day.values() for p in d})
    profiles = [p for p in everyone if p not in NOT_VISITORS]
    day_totals = {d: withhold(tidy(sum(per_day[d].get(p, 0.0) for p in profiles)), k) for d in days}
    profile_totals = {p: withhold(tidy(sum(per_day[d].get(p, 0.0) for d in days)), k) for p in profiles}
    per_day_pub = {d: {p: withhold(tidy(per_day[d][p]), k) if p in per_day[d] else None for p in profiles}
                   for d in days}
    visitors = tidy(sum(v for p, v in zip(vis.profiles, vis.visitors) if p not in NOT_VISITORS))
    vis_supp = int(sum(s_ for p, s_ in zip(vis.profiles, vis.suppressed if vis.suppressed is not None
                                          else np.zeros(len(vis.profiles))) if p not in NOT_VISITORS))
    residents = {d: withhold(tidy(per_day[d]["resident"]), k) if "resident" in per_day[d] else None for d in days}
    res_total = (withhold(tidy(sum(per_day[d].get("resident", 0.0) for d in days)), k)
                 if any("resident" in per_day[d] for d in days) else None)
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
        peak_total = withhold(tidy(totals[i]), k)
        peak_supp = int(supp[i] or 0)
    slot_starts = starts[sel]
    by_profile = {}
    for p in everyone or ["all"]:  # without visitors by profile: the total of the measure, as one series
        s_, _e, t_, _s = ds.slot_totals(profiles=[p] if everyone else None, measure=measure)
        m = dict(zip(s_.tolist(), t_.tolist()))
        by_profile[p] = np.array([m.get(x, 0.0) for x in slot_starts.tolist()], dtype=float)
    progress.set(50)

    countries = origins = map_res = None
    foreign = None
    cres = None
    if ds.origin_types():
        q = FlowQuery(level=4, start=start, end=end)
        countries = origin_flows(ds, q, progress.sub(50, 60))
        origins = origin_flows(ds, dataclasses.replace(q, level=1), progress.sub(60, 70))
        map_res = origin_flows(ds, dataclasses.replace(MAP_FLOWS, start=start, end=end))
        if countries.total > 0:
            abroad = sum(f.visitors for f in countries.flows
                         if f.place is not None and not f.other and f.place.code != home)
            foreign = abroad / countries.total
        if venue_lonlat is not None:
            cres = catchment(ds, venue_lonlat, dataclasses.replace(q, level=1), progress=progress.sub(70, 80))
    progress.set(80)
    imp = None
    if spend is not None:
        imp = impact_mod.compute_impact(vis, spend)
        imp.preset = preset
    progress.set(100)
    sources = [{"file": m.source_name, "sha256": m.source_sha256, "operator": m.operator,
                "slot_minutes": m.slot_minutes, "layout": m.layout, "encoding": m.encoding} for m in ds.sources]
    return EventFigures(tz, start, end, days, profiles, per_day_pub, day_totals, profile_totals, visitors,
                        vis.rule, vis.rule_text if vis.rule else "", peak_start, peak_end, peak_total, peak_supp,
                        slot_starts, by_profile, countries, origins, foreign, home, cres, imp, int(k),
                        float(md.precision), int(ds.suppressed_count()), sources,
                        md.operator or ", ".join(sorted({m.operator for m in ds.sources if m.operator})),
                        md.extrapolation or "", residents_per_day=residents, residents_total=res_total,
                        map_flows=map_res, published=published, visitors_suppressed_cells=vis_supp,
                        measure=measure or "presence",
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
