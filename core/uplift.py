"""Event versus baseline: the uplift of footfall on event days against the median of reference days.

For each zone, event day and local time of day (slots are aligned by the local clock, so that 10:00 on
an event day after the autumn daylight-saving change is compared with 10:00 on reference days before
it, not with 09:00):

- ``event`` is the zone's count in that slot (the profiles summed by the rule used everywhere:
  rows of profile ``all`` when present, else the sum of the other profiles; rows without an origin
  breakdown when present);
- ``baseline`` is the median of the reference days' counts at the same zone and local time of day;
- ``uplift = event − baseline`` and ``relative = uplift / baseline`` (NULL when the baseline is 0).

Suppressed cells (see ``docs/methods.md``, "Event uplift"): a suppressed event cell stays suppressed
(and so do cells only partly known, when one of the summed profiles is suppressed). A suppressed
reference cell is only known to lie in [known parts, known parts + k × suppressed parts); the median is
monotone in each value, so the medians of the lower and of the upper ends bound it. When both are equal
the median does not depend on the suppressed cells and is published; otherwise the baseline is NULL
(``baseline_partial`` = 1 in both cases). An event count or a baseline above 0 and below the threshold is
never published. Everything heavy is one DuckDB query.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Sequence

import numpy as np

from .errors import ReadError
from .i18n import translate
from .privacy import below_threshold
from .progress import NULL_PROGRESS, Progress


@dataclasses.dataclass
class UpliftQuery:
    """What to compare."""

    event_days: Sequence[dt.date]
    reference_days: Sequence[dt.date] | None = None  # None: the N previous same weekdays
    previous_weekdays: int = 4
    profiles: Sequence[str] | None = None
    #: what is compared (a measure of model.MEASURES); None: the dataset's first for the filters
    measure: str | None = None


@dataclasses.dataclass
class UpliftResult:
    """One row per zone × event slot (arrays of equal length), the reference days and the totals."""

    zone_id: list[str]
    start: list[dt.datetime]  # UTC, aware
    end: list[dt.datetime]
    event: np.ndarray  # NaN where withheld
    baseline: np.ndarray  # NaN where unknown or withheld
    uplift: np.ndarray
    relative: np.ndarray
    references: np.ndarray  # reference days with a cell (known or suppressed) at that zone and time
    suppressed: np.ndarray  # 1: the event count is withheld (suppressed, partly suppressed or below k)
    baseline_partial: np.ndarray  # 1: some reference cells were suppressed
    reference_days: dict[dt.date, list[dt.date]]  # by event day
    missing_reference_days: list[dt.date]  # reference days without any data
    threshold: int
    total_event: float = 0.0  # over the rows where event and baseline are both published
    total_baseline: float = 0.0
    total_uplift: float = 0.0
    cells_in_totals: int = 0
    precision: float = 0.1  # the counts' relative margin

    def ranges(self) -> dict[str, np.ndarray]:
        """Low and high values of the event, the baseline and the uplift, ± the counts' precision: the uplift
        is a difference of two estimates, so its range is the event's low minus the baseline's high, and
        the event's high minus the baseline's low (NaN where the value is withheld)."""
        p = self.precision
        ev_lo, ev_hi = self.event * (1 - p), self.event * (1 + p)
        bl_lo, bl_hi = self.baseline * (1 - p), self.baseline * (1 + p)
        up_ok = np.isfinite(self.uplift)
        return {"event_low": ev_lo, "event_high": ev_hi, "baseline_low": bl_lo, "baseline_high": bl_hi,
                "uplift_low": np.where(up_ok, ev_lo - bl_hi, np.nan), "uplift_high": np.where(up_ok, ev_hi - bl_lo, np.nan)}

    def total_uplift_range(self) -> tuple[float, float]:
        """The total uplift's low and high values (the same rule on the totals)."""
        p = self.precision
        return (self.total_event * (1 - p) - self.total_baseline * (1 + p),
                self.total_event * (1 + p) - self.total_baseline * (1 - p))


def parse_days(text: str) -> list[dt.date]:
    """Dates written YYYY-MM-DD (or DD/MM/YYYY), separated by commas, semicolons or spaces."""
    days = []
    for part in re.split(r"[,; ]+", text or ""):
        part = part.strip()
        if not part:
            continue
        try:
            if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}", part):
                d, m, y = re.split(r"[/.-]", part)
                days.append(dt.date(int(y), int(m), int(d)))
            else:
                days.append(dt.date.fromisoformat(part))
        except ValueError as exc:
            raise ReadError(translate("Uplift", "“{day}” is not a date; write days as 2019-07-06, separated by commas.").format(day=part)) from exc
    return sorted(set(days))


def reference_plan(q: UpliftQuery) -> dict[dt.date, list[dt.date]]:
    """The reference days of every event day: the given ones, or the N same weekdays before the first event day."""
    events = sorted(set(q.event_days))
    if not events:
        raise ReadError(translate("Uplift", "No event day was given."))
    if q.reference_days:
        refs = sorted(set(q.reference_days))
        clash = sorted(set(refs) & set(events))
        if clash:
            raise ReadError(translate("Uplift", "{day} is both an event day and a reference day.").format(day=clash[0].isoformat()))
        return {e: refs for e in events}
    n = int(q.previous_weekdays)
    if n < 1:
        raise ReadError(translate("Uplift", "Give reference days, or at least one previous weekday."))
    first = events[0]
    plan = {}
    for e in events:
        back = (first - e).days % 7 or 7  # the last day before the first event day with e's weekday
        last = first - dt.timedelta(days=back)
        plan[e] = [last - dt.timedelta(days=7 * i) for i in range(n)][::-1]
    return plan


def uplift(ds, q: UpliftQuery, progress: Progress = NULL_PROGRESS) -> UpliftResult:
    """Event versus baseline per zone and local time of day (see the module's docstring)."""
    k = int(ds.metadata.threshold)
    tz = ds.metadata.timezone or "Europe/Brussels"
    plan = reference_plan(q)
    events = sorted(plan)
    con = ds.con
    cells_sql, params = ds.zone_slot_totals(q.profiles or None, None, measure=q.measure)
    progress.set(5)
    present = {r[0] for r in con.execute(
        f"SELECT DISTINCT CAST(timezone('{_lit(tz)}', start) AS DATE) FROM ({cells_sql})", params).fetchall()}
    absent = [e for e in events if e not in present]
    if absent:
        raise ReadError(translate("Uplift", "The export holds no data on the event day {day} (time zone {tz}).").format(
            day=", ".join(d.isoformat() for d in absent), tz=tz))
    all_refs = sorted({r for refs in plan.values() for r in refs})
    missing = [r for r in all_refs if r not in present]
    if len(missing) == len(all_refs):
        raise ReadError(translate("Uplift", "The export holds no data on any reference day ({days}).").format(
            days=", ".join(d.isoformat() for d in all_refs)))
    progress.set(20)
    pairs_e = [e for e in events for _r in plan[e]]
    pairs_r = [r for e in events for r in plan[e]]
    p = dict(params)
    p.update({"ev": events, "pe": pairs_e, "pr": pairs_r})
    sql = f"""
    WITH c AS (
        SELECT zone_id, start, "end", count, suppressed_parts, parts,
               CAST(timezone('{_lit(tz)}', start) AS DATE) AS day,
               CAST(timezone('{_lit(tz)}', start) AS TIME) AS tod
        FROM ({cells_sql})),
    plan AS (SELECT unnest($pe) AS eday, unnest($pr) AS rday),
    ref AS (
        SELECT plan.eday, c.zone_id, c.tod,
               median(coalesce(c.count, 0)) AS lo,
               median(coalesce(c.count, 0) + {k} * c.suppressed_parts) AS hi,
               CAST(count(*) AS INTEGER) AS n,
               CAST(max(CASE WHEN c.suppressed_parts > 0 THEN 1 ELSE 0 END) AS INTEGER) AS partial
        FROM c JOIN plan ON c.day = plan.rday
        GROUP BY ALL),
    ev AS (SELECT * FROM c WHERE day IN (SELECT unnest($ev)))
    SELECT ev.zone_id, ev.start, ev."end",
           CASE WHEN ev.suppressed_parts > 0 OR (ev.count > 0 AND ev.count < {k}) THEN NULL ELSE ev.count END AS event,
           CASE WHEN ref.lo IS NULL OR abs(ref.hi - ref.lo) > 1e-9 OR (ref.lo > 0 AND ref.lo < {k}) THEN NULL ELSE ref.lo END AS baseline,
           coalesce(ref.n, 0) AS n,
           CASE WHEN ev.suppressed_parts > 0 OR (ev.count > 0 AND ev.count < {k}) THEN 1 ELSE 0 END AS supp,
           coalesce(ref.partial, 0) AS partial
    FROM ev LEFT JOIN ref ON ref.eday = ev.day AND ref.zone_id = ev.zone_id AND ref.tod = ev.tod
    ORDER BY ev.zone_id, ev.start"""
    rows = con.execute(sql, p).fetchall()
    progress.set(80)
    zone = [r[0] for r in rows]
    start = [r[1].astimezone(dt.timezone.utc) for r in rows]
    end = [r[2].astimezone(dt.timezone.utc) for r in rows]
    ev = np.array([np.nan if r[3] is None else float(r[3]) for r in rows], dtype=float)
    base = np.array([np.nan if r[4] is None else float(r[4]) for r in rows], dtype=float)
    up = ev - base
    with np.errstate(divide="ignore", invalid="ignore"):
        rel = np.where(base > 0, up / base, np.nan)
    both = ~np.isnan(ev) & ~np.isnan(base)
    tot_e = float(ev[both].sum())
    tot_b = float(base[both].sum())
    if below_threshold(tot_e, k):  # an aggregate of published cells, but still never a count below k
        tot_e = float("nan")
    if below_threshold(tot_b, k):
        tot_b = float("nan")
    res = UpliftResult(zone, start, end, ev, base, up, rel,
                       np.array([r[5] for r in rows], dtype=np.int64), np.array([r[6] for r in rows], dtype=np.int64),
                       np.array([r[7] for r in rows], dtype=np.int64), plan, missing, k,
                       tot_e, tot_b, float(up[both].sum()), int(both.sum()),
                       precision=float(ds.metadata.precision if ds.metadata.precision is not None else 0.1))
    progress.set(100)
    return res


def _lit(text: str) -> str:
    """A string safe inside single quotes in SQL."""
    return str(text).replace("'", "''")
