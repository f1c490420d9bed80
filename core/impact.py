"""Economic impact of visitors: daily unique visitors by profile and origin group times spend.

Direct impact = Σ_p V_p × additionality_p × (1 − displacement_p) × (daily_spend_p + nights_p × spend_per_night_p),
total impact = direct × multiplier; low and high are analytic bounds (every input at its low or high end
together). See ``docs/methods.md`` ("Economic impact"). Nothing here imports ``qgis``.
"""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from .errors import ReadError
from .i18n import quoted, translate
from .model import DEFAULT_PRECISION, DEFAULT_THRESHOLD, table_number, table_records
from .progress import NULL_PROGRESS, Progress

PRESET_DIR = Path(__file__).resolve().parent.parent / "resources" / "presets"

#: Presets bundled with the plugin, by name (file ``resources/presets/impact_<name>.json``).
PRESETS: tuple[str, ...] = ("brussels", "lyon")

#: The values of a spend row, in table order.
SPEND_FIELDS: tuple[str, ...] = ("additionality", "daily_spend", "nights", "spend_per_night", "displacement")

#: Origin groups.
GROUPS: tuple[str, ...] = ("local", "rest_of_country", "abroad", "unknown", "all", "other")

#: Counting rules (codes written into every output).
RULE_DAILY_SUM = "daily_sum_zones"
RULE_DAILY_MAX = "daily_max_zones"
RULE_PEAK = "peak_simultaneous"
RULE_MIXED = "peak_simultaneous_and_daily_sum"  # some profiles sub-daily, others daily (presence + origins)
RULE_TABLE = "table"

BOUNDS_METHOD = "analytic"

#: Home country by time zone (for the 'abroad' group).
HOME_COUNTRY = {"Europe/Brussels": "BE", "Europe/Paris": "FR"}


class ImpactError(ReadError):
    """Input that does not allow an impact estimate; the message is translated and complete."""


def rule_text(code: str) -> str:
    """The translated sentence that states how the visitors were counted."""
    if code == RULE_DAILY_SUM:
        return translate("Impact", "Daily data: each day's unique visitors are summed over the zones and "
                                   "the days are added up (visitor-days); a person seen in two zones on one day "
                                   "is counted twice, so this may overstate the visitors.")
    if code == RULE_DAILY_MAX:
        return translate("Impact", "Daily data: each day's largest zone count is taken (a lower bound of the "
                                   "unique visitors of the day) and the days are added up (visitor-days).")
    if code == RULE_PEAK:
        return translate("Impact", "Sub-daily data: for each day, the peak over the time slots of the people "
                                   "present at once in all zones together (a lower bound of the day's unique "
                                   "visitors, never the sum of the slots); the days are added up (visitor-days).")
    if code == RULE_MIXED:
        return translate("Impact", "Mixed data: for the profiles with sub-daily slots, each day's peak over the "
                                   "slots of the people present at once in all zones together (a lower bound); for "
                                   "the profiles with daily slots (often the origin rows), each day's counts summed "
                                   "over the zones (a person seen in two zones is counted twice); the days are added "
                                   "up (visitor-days).")
    if code == RULE_TABLE:
        return translate("Impact", "Visitors given as a table by the user (taken as they are).")
    return code


def bounds_text() -> str:
    """The translated sentence that states how low and high were computed."""
    return translate("Impact", "Analytic bounds (all low / all high together): low takes the visitors minus "
                               "the precision margin and every spend, night and additionality value at its low "
                               "bound with displacement at its high bound; high the opposite.")


# -- spend table -------------------------------------------------------------------------------------
@dataclasses.dataclass
class Value:
    """A figure with its low and high bounds and where it comes from."""

    central: float
    low: float
    high: float
    source: str = ""

    def as_dict(self) -> dict[str, Any]:
        """As a JSON object."""
        return {"central": self.central, "low": self.low, "high": self.high, "source": self.source}


@dataclasses.dataclass
class SpendRow:
    """What one visitor of a profile (optionally of one origin group) spends and how much of it is new money."""

    profile: str
    additionality: Value
    daily_spend: Value
    nights: Value
    spend_per_night: Value
    displacement: Value
    origin_group: str = ""  # '' applies to every group of the profile

    def spend_per_person(self, which: str = "central") -> float:
        """daily_spend + nights × spend_per_night at one bound."""
        return getattr(self.daily_spend, which) + getattr(self.nights, which) * getattr(self.spend_per_night, which)

    def as_dict(self) -> dict[str, Any]:
        """As a JSON object."""
        out: dict[str, Any] = {"profile": self.profile, "origin_group": self.origin_group}
        for f in SPEND_FIELDS:
            out[f] = getattr(self, f).as_dict()
        return out


@dataclasses.dataclass
class SpendTable:
    """Spend rows by profile, the multiplier and the preset's settings."""

    rows: list[SpendRow]
    multiplier: Value
    name: str = ""
    home_country: str = ""
    local_codes: list[str] = dataclasses.field(default_factory=list)
    local_source: str = ""
    currency: str = "EUR"

    def lookup(self, profile: str, group: str) -> SpendRow | None:
        """The row for (profile, group), else the profile's row for every group."""
        generic = None
        for r in self.rows:
            if r.profile == profile:
                if r.origin_group == group:
                    return r
                if not r.origin_group:
                    generic = r
        return generic

    def with_rows(self, rows: Sequence[SpendRow]) -> SpendTable:
        """A copy where ``rows`` replace every row of their profiles (group-specific rows included)."""
        profiles = {r.profile for r in rows}
        kept = [r for r in self.rows if r.profile not in profiles]
        return dataclasses.replace(self, rows=kept + list(rows))


def _check_value(name: str, v: Value, where: str, unit_interval: bool) -> None:
    vals = (v.low, v.central, v.high)
    if any(x is None or not math.isfinite(x) for x in vals):
        raise ImpactError(translate("Impact", "{where}: “{name}” is not a number.").format(where=where, name=name))
    if not v.low <= v.central <= v.high:
        raise ImpactError(translate("Impact", "{where}: “{name}” must have low ≤ central ≤ high, not {low} / {central} / {high}.")
                          .format(where=where, name=name, low=v.low, central=v.central, high=v.high))
    if min(vals) < 0 or (unit_interval and max(vals) > 1):
        if unit_interval:
            raise ImpactError(translate("Impact", "{where}: “{name}” is a share and must lie between 0 and 1.")
                              .format(where=where, name=name))
        raise ImpactError(translate("Impact", "{where}: “{name}” must not be negative.").format(where=where, name=name))


def validate_row(row: SpendRow) -> None:
    """Raise :class:`ImpactError` when a value is not a number, out of range, or its bounds are disordered."""
    where = translate("Impact", "spend row “{profile}”").format(profile=row.profile)
    for f in SPEND_FIELDS:
        _check_value(f, getattr(row, f), where, f in ("additionality", "displacement"))


def _value(d: Any, default_source: str = "") -> Value:
    if isinstance(d, Mapping):
        c = float(d["central"])
        return Value(c, float(d.get("low", c)), float(d.get("high", c)), str(d.get("source", default_source)))
    c = float(d)
    return Value(c, c, c, default_source)


def load_preset(name: str) -> SpendTable:
    """The bundled preset ``name`` ('brussels' or 'lyon'), or a preset JSON file given by path."""
    path = Path(name)
    if not path.suffix:
        # a bare name is one of the bundled presets, never a path built from a name that could escape
        path = PRESET_DIR / f"impact_{name.lower()}.json" if name.lower() in PRESETS else PRESET_DIR / "-"
    if not path.is_file():
        raise ImpactError(translate("Impact", "unknown spend preset “{name}”; the bundled ones are {names}.")
                          .format(name=name, names=", ".join(PRESETS)))
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for key, vals in data["profiles"].items():
        row = SpendRow(vals.get("profile", key), *(_value(vals[f]) for f in SPEND_FIELDS),
                       origin_group=vals.get("origin_group", ""))
        validate_row(row)
        rows.append(row)
    local = data.get("local_codes", {})
    return SpendTable(rows=rows, multiplier=_value(data["multiplier"]), name=data.get("name", path.stem),
                      home_country=data.get("home_country", ""), local_codes=list(local.get("codes", [])),
                      local_source=local.get("source", ""), currency=data.get("currency", "EUR"))




def spend_rows_from_records(records: Iterable[Mapping[str, Any]], source: str = "") -> list[SpendRow]:
    """Spend rows from records with profile, the five values and optional ``_low``/``_high`` and origin_group.

    A value's low and high default to its central value; a missing value is an error naming it.
    """
    rows = []
    for i, rec in enumerate(records, start=1):
        rec = {str(k).strip().lower(): v for k, v in rec.items() if k is not None}
        profile = str(rec.get("profile") or "").strip()
        if not profile:
            raise ImpactError(translate("Impact", "spend table, row {row}: the profile is empty.").format(row=i))
        where = translate("Impact", "spend row “{profile}”").format(profile=profile)
        vals = []
        for f in SPEND_FIELDS:
            c = table_number(rec.get(f))
            if c is None:
                raise ImpactError(translate("Impact", "{where}: the value “{name}” is missing.").format(where=where, name=f))
            lo = table_number(rec.get(f + "_low"))
            hi = table_number(rec.get(f + "_high"))
            vals.append(Value(c, c if lo is None else lo, c if hi is None else hi, str(rec.get("source") or source)))
        row = SpendRow(profile, *vals, origin_group=str(rec.get("origin_group") or "").strip())
        validate_row(row)
        rows.append(row)
    return rows


def read_spend_csv(path: str | Path) -> list[SpendRow]:
    """Spend rows from a CSV file (',' or ';' separated, UTF-8)."""
    return spend_rows_from_records(table_records(path),
                                   source=translate("Impact", "user's spend table {name}").format(name=Path(path).name))


# -- visitors -----------------------------------------------------------------------------------------
@dataclasses.dataclass
class Visitors:
    """Daily unique visitors (summed over the days: visitor-days) by profile and origin group."""

    profiles: list[str]
    groups: list[str]
    visitors: np.ndarray
    rule: str
    days: int = 0
    suppressed_cells: int = 0
    precision: float = DEFAULT_PRECISION
    threshold: int = DEFAULT_THRESHOLD
    #: (profile, origin group, local day, visitors) before the days are added up (from a dataset only)
    by_day: list = dataclasses.field(default_factory=list)
    #: nights measured by the operator (the dataset's measure 'nights'), aligned with profiles and groups;
    #: None when the data have none (then the spend table's nights per visitor are used)
    nights: np.ndarray | None = None
    #: what the visitors are: the measure they were read from (always 'presence': never nights)
    measure: str = "presence"

    @property
    def rule_text(self) -> str:
        """The translated counting rule."""
        return rule_text(self.rule)


def _group_sql(has_local: bool) -> str:
    local = "regexp_full_match(upper(origin_code), $local)" if has_local else "FALSE"
    return ("CASE WHEN origin_code IS NULL THEN 'all' "
            f"WHEN origin_type <> 'country' AND {local} THEN 'local' "
            "WHEN origin_type = 'country' AND origin_code <> $home THEN 'abroad' "
            "WHEN origin_type = 'group' THEN origin_code "
            "WHEN origin_type = 'special' AND origin_code IN ('foreign', 'other_countries', 'abroad') THEN 'abroad' "
            "WHEN origin_type = 'country_group' AND NOT contains(origin_code, $home) THEN 'abroad' "
            "WHEN origin_type IN ('country', 'postcode', 'municipality', 'department') THEN 'rest_of_country' "
            "ELSE 'unknown' END")


def _cuts_of(ds, measure: str) -> list[str]:
    """The cuts whose rows make the totals of ``measure`` (the coarsest; see Dataset.selection)."""
    if not hasattr(ds, "selection"):
        return [""]
    sel = ds.selection(measure)
    if not sel.cids:
        return []
    return [r[0] for r in ds.con.execute("SELECT DISTINCT cut FROM ff_cut WHERE list_contains(?, id)", [sel.cids]).fetchall()]


def local_pattern(codes: Sequence[str]) -> str:
    """A regular expression matching the local codes (exact, or a prefix when the code ends with ``*``)."""
    import re
    parts = []
    for c in codes:
        c = c.strip().upper()
        if c.endswith("*") and c[:-1]:
            parts.append(re.escape(c[:-1]) + ".*")
        elif c and c != "*":
            parts.append(re.escape(c))
    return "(?:" + "|".join(parts) + ")" if parts else ""


def daily_visitors(ds, rule: str | None = None, start=None, end=None, local_codes: Sequence[str] = (),
                   home_country: str | None = None, progress: Progress | None = None,
                   measure: str = "presence", with_nights: bool = True) -> Visitors:
    """Daily unique visitors per profile and origin group from a :class:`Dataset`, by a stated rule.

    Daily slots (``slot_minutes`` ≥ 1440): the day's counts summed over the zones (``daily_sum_zones``;
    a person seen in two zones is counted twice) or, with ``rule='daily_max_zones'``, the largest zone
    (a lower bound). Shorter slots: per day, the peak over the slots of the sum over the zones
    (``peak_simultaneous``, a lower bound). The days are added up. Per profile, rows with an origin
    breakdown are used when the profile has any, else its rows without origin (group 'all'); profile
    'all' is dropped when other profiles exist. ``local_codes`` are origin codes of the area itself
    (a trailing ``*`` matches a prefix). Suppressed cells are left out (so the result is a lower bound).

    Only the measure ``presence`` (people present; for daily slots, visitors per day) gives visitors: nights
    are never added to visitors (``measure='nights'`` is refused). When the dataset also holds nights
    (Flux Vision *Nuitée*, MITMA *Pernoctaciones*), they are summed by profile and origin group the same
    way into ``nights``, and the impact uses them instead of assumed nights per visitor. When the zones
    may contain one another (Flux Vision), the largest zone is taken (``daily_max_zones``) unless a rule
    is given.
    """
    progress = progress or NULL_PROGRESS
    if measure != "presence":
        raise ImpactError(translate("Impact", "the visitors of the impact are people present or visitors per day; "
                                              "“{measure}” cannot be added to them (nights are spent by visitors, "
                                              "they are not more visitors).").format(measure=measure))
    md = ds.metadata
    tz = md.timezone or "Europe/Brussels"
    home = (home_country or HOME_COUNTRY.get(tz, "BE")).upper()
    con = ds.con
    params: dict[str, Any] = {"home": home, "tz": tz}
    pattern = local_pattern(local_codes)
    if pattern:
        params["local"] = pattern
    where = ["TRUE"]
    measures = ds.measures() if hasattr(ds, "measures") else ["presence"]
    if "presence" not in measures:
        from .measures import measures_text
        raise ImpactError(translate("Impact", "the export holds no visitors (people present or visitors per day), only {measures}: "
                                              "the economic impact needs visitors, and trips or nights are not visitors.").format(
            measures=measures_text(measures, md.slot_minutes, getattr(md, "period", ""))))
    if hasattr(ds, "measures"):
        where.append("measure = $measure AND list_contains($cuts, cut)")
        params["measure"] = "presence"
        params["cuts"] = _cuts_of(ds, "presence")
    if start is not None:
        where.append("start >= $t0")
        params["t0"] = start
    if end is not None:
        where.append("\"end\" <= $t1")
        params["t1"] = end
    sel = (
        "WITH f AS (SELECT * FROM footfall WHERE " + " AND ".join(where) + "), "
        "ph AS (SELECT profile, bool_or(origin_code IS NOT NULL) AS has_o FROM f GROUP BY profile), "
        "others AS (SELECT count(*) > 0 AS yes FROM ph WHERE profile <> 'all'), "
        "s AS (SELECT f.*, " + _group_sql(bool(pattern)) + " AS grp, "
        "CAST(timezone($tz, f.start) AS DATE) AS day FROM f JOIN ph USING (profile), others "
        "WHERE ((ph.has_o AND f.origin_code IS NOT NULL) OR (NOT ph.has_o AND f.origin_code IS NULL)) "
        "AND NOT (f.profile = 'all' AND others.yes)) "
    )
    # the slot length of the rows actually used, per profile (a presence file may be 15-minute while
    # the origin file of the same dataset is daily)
    durs = con.execute(sel + "SELECT profile, min(epoch(\"end\") - epoch(start)) / 60 FROM s GROUP BY profile",
                       params).fetchall()
    minutes = [float(d) for _p, d in durs if d is not None] or [float(md.slot_minutes or 1440)]
    # a day lasts 23 hours on the spring clock change: still a day, not 1380-minute slots
    all_daily = min(minutes) >= 1380
    any_daily = max(minutes) >= 1380
    if rule in (RULE_DAILY_SUM, RULE_DAILY_MAX) and not all_daily:
        raise ImpactError(translate("Impact", "the export has {minutes}-minute slots: daily rules need daily data; "
                                              "the peak of simultaneous presence is used for sub-daily data.").format(
            minutes=int(min(minutes))))
    if rule is None and all_daily and getattr(md, "nested_zones", False):
        rule = RULE_DAILY_MAX  # a zone and the zones inside it are never added
    if rule is None or rule == RULE_PEAK:
        rule = RULE_DAILY_SUM if all_daily else (RULE_MIXED if any_daily else RULE_PEAK)
    if rule in (RULE_PEAK, RULE_MIXED):
        # for daily rows there is one slot per day: the peak of the slots is the day's sum over the zones
        q = (sel + ", per_slot AS (SELECT profile, grp, day, start, sum(count) AS n FROM s GROUP BY ALL), "
             "per_day AS (SELECT profile, grp, day, max(n) AS n FROM per_slot GROUP BY ALL) ")
    elif rule == RULE_DAILY_MAX:
        q = (sel + ", per_zone AS (SELECT profile, grp, day, zone_id, sum(count) AS n FROM s GROUP BY ALL), "
             "per_day AS (SELECT profile, grp, day, max(n) AS n FROM per_zone GROUP BY ALL) ")
    elif rule == RULE_DAILY_SUM:
        q = sel + ", per_day AS (SELECT profile, grp, day, sum(count) AS n FROM s GROUP BY ALL) "
    else:
        raise ImpactError(translate("Impact", "unknown counting rule “{rule}”.").format(rule=rule))
    # one row per profile, group and day (few rows): the days are added up here, and kept for reports
    q += "SELECT profile, grp, day, coalesce(n, 0) AS n FROM per_day ORDER BY profile, grp, day"
    progress.set(10)
    by_day = [(r[0], r[1], r[2], float(r[3])) for r in con.execute(q, params).fetchall()]
    acc: dict[tuple[str, str], float] = {}
    for p_, g_, _d, n_ in by_day:
        acc[(p_, g_)] = acc.get((p_, g_), 0.0) + n_
    res = [(p_, g_, n_) for (p_, g_), n_ in sorted(acc.items())]
    progress.set(80)
    info = con.execute(sel + "SELECT count(DISTINCT day), coalesce(sum(suppressed), 0) FROM s", params).fetchone()
    nights = None
    if with_nights and "nights" in measures and params.get("cuts") is not None:
        # the measured nights, by the same profiles and groups: summed over the days and the zones (the
        # largest zone when zones are nested); never added to the visitors
        p2 = dict(params, measure="nights", cuts=_cuts_of(ds, "nights"))
        agg = "max" if getattr(md, "nested_zones", False) else "sum"
        nq = (sel + f", per_zone AS (SELECT profile, grp, day, zone_id, sum(count) AS n FROM s GROUP BY ALL), "
              f"per_day AS (SELECT profile, grp, day, {agg}(n) AS n FROM per_zone GROUP BY ALL) "
              "SELECT profile, grp, coalesce(sum(n), 0) FROM per_day GROUP BY ALL ORDER BY 1, 2")
        got = {(r[0], r[1]): float(r[2]) for r in con.execute(nq, p2).fetchall()}
        if got:
            for key in sorted(set(got) - set(acc)):
                res.append((key[0], key[1], 0.0))
            res.sort()
            nights = np.array([got.get((r[0], r[1]), 0.0) for r in res], dtype=float)
    progress.set(100)
    return Visitors(profiles=[r[0] for r in res], groups=[r[1] for r in res],
                    visitors=np.array([float(r[2]) for r in res], dtype=float), rule=rule,
                    days=int(info[0] or 0), suppressed_cells=int(info[1] or 0),
                    precision=float(md.precision if md.precision is not None else DEFAULT_PRECISION),
                    threshold=int(md.threshold or DEFAULT_THRESHOLD), by_day=by_day, nights=nights)


def visitors_from_records(records: Iterable[Mapping[str, Any]], precision: float = DEFAULT_PRECISION,
                          threshold: int = DEFAULT_THRESHOLD) -> Visitors:
    """Visitors typed by the user: records with profile, origin_group (optional) and visitors."""
    acc: dict[tuple[str, str], float] = {}
    for i, rec in enumerate(records, start=1):
        rec = {str(k).strip().lower(): v for k, v in rec.items() if k is not None}
        profile = str(rec.get("profile") or "").strip()
        group = str(rec.get("origin_group") or "").strip() or "all"
        n = table_number(rec.get("visitors"))
        if not profile or n is None or not math.isfinite(n) or n < 0:
            raise ImpactError(translate("Impact", "visitors table, row {row}: expected a profile and a number of "
                                                  "visitors that is not negative.").format(row=i))
        acc[(profile, group)] = acc.get((profile, group), 0.0) + n
    keys = sorted(acc)
    return Visitors([k[0] for k in keys], [k[1] for k in keys], np.array([acc[k] for k in keys], dtype=float),
                    RULE_TABLE, precision=precision, threshold=threshold)


# -- impact ------------------------------------------------------------------------------------------
@dataclasses.dataclass
class ImpactResult:
    """The impact table (already safe to publish), the totals with their bounds and what produced them."""

    columns: tuple[str, ...]
    rows: list[tuple]
    direct: tuple[float, float, float]  # low, central, high
    total: tuple[float, float, float]
    visitors: float
    rule: str
    rule_text: str
    bounds: str
    bounds_text: str
    precision: float
    threshold: int
    multiplier: Value
    spend: SpendTable
    days: int
    suppressed_cells: int
    merged_rows: int
    preset: str = ""
    #: nights measured by the operator and used in place of nights per visitor (None: none in the data)
    nights_measured: float | None = None

    def summary(self) -> dict[str, Any]:
        """Everything a report needs, as a JSON-serialisable dictionary."""
        return {
            "method": "economic_impact",
            "formula": "direct = sum_p V_p * additionality_p * (1 - displacement_p) * "
                       "(daily_spend_p + nights_p * spend_per_night_p); total = direct * multiplier",
            "preset": self.preset, "currency": self.spend.currency,
            "rule": self.rule, "rule_text": self.rule_text,
            "bounds": self.bounds, "bounds_text": self.bounds_text,
            "precision": self.precision, "threshold": self.threshold,
            "days": self.days, "suppressed_cells_left_out": self.suppressed_cells,
            "rows_merged_for_anonymity": self.merged_rows,
            "visitors": self.visitors,
            "visitors_measure": "presence",
            "nights_measured": self.nights_measured,
            "nights_source": ("measured (the export's nights)" if self.nights_measured is not None
                              else "assumed (nights per visitor of the spend table)"),
            "direct": {"low": self.direct[0], "central": self.direct[1], "high": self.direct[2]},
            "total": {"low": self.total[0], "central": self.total[1], "high": self.total[2]},
            "multiplier": self.multiplier.as_dict(),
            "home_country": self.spend.home_country, "local_codes": self.spend.local_codes,
            "local_codes_source": self.spend.local_source,
            "spend": [r.as_dict() for r in self.spend.rows],
            "table": [dict(zip(self.columns, r)) for r in self.rows],
        }


COLUMNS = ("profile", "origin_group", "visitors", "additionality", "displacement", "spend_per_person",
           "direct_low", "direct", "direct_high", "total_low", "total", "total_high")


def _common(values: list[float]) -> float | None:
    return float(values[0]) if values and all(abs(v - values[0]) < 1e-12 for v in values) else None


def compute_impact(visitors: Visitors, spend: SpendTable, precision: float | None = None,
                   threshold: int | None = None, multiplier: Value | None = None) -> ImpactResult:
    """The impact per (profile, origin group) and in total, with analytic low / high bounds.

    Rows whose visitors are below the anonymity threshold are merged into an 'other' group of their
    profile, then into one ('other', 'other') row; when that row is still below the threshold, the
    smallest shown row is merged into it too, so no shown row and no difference of rows reveals a
    count below the threshold. Totals include every row.
    """
    prec = visitors.precision if precision is None else float(precision)
    k = visitors.threshold if threshold is None else int(threshold)
    mult = multiplier or spend.multiplier
    if not 0 <= prec < 1:
        raise ImpactError(translate("Impact", "the precision must lie between 0 and 1 (0.1 means ±10 %)."))
    _check_value("multiplier", mult, translate("Impact", "multiplier"), False)
    n = len(visitors.profiles)
    nts = visitors.nights if visitors.nights is not None else np.zeros(n)
    missing = sorted({p for p, g, v, nn in zip(visitors.profiles, visitors.groups, visitors.visitors, nts)
                      if (v > 0 or nn > 0) and spend.lookup(p, g) is None})
    if missing:
        raise ImpactError(translate("Impact", "the spend table has no row for the profile(s) {profiles} found in the "
                                              "visitors; add them to the spend table (additionality 0 to leave them out).")
                          .format(profiles=", ".join(quoted(p) for p in missing)))
    rows = [spend.lookup(p, g) for p, g in zip(visitors.profiles, visitors.groups)]
    V = np.asarray(visitors.visitors, dtype=float)

    def arr(field: str, which: str) -> np.ndarray:
        return np.array([getattr(getattr(r, field), which) if r is not None else 0.0 for r in rows], dtype=float)

    N = None if visitors.nights is None else np.asarray(visitors.nights, dtype=float)

    def direct(which_v: float, lo: str, disp: str) -> np.ndarray:
        if N is not None:  # nights measured by the operator, in place of nights per visitor
            return (which_v * arr("additionality", lo) * (1 - arr("displacement", disp))
                    * (V * arr("daily_spend", lo) + N * arr("spend_per_night", lo)))
        return (V * which_v * arr("additionality", lo) * (1 - arr("displacement", disp))
                * (arr("daily_spend", lo) + arr("nights", lo) * arr("spend_per_night", lo)))

    d_low = direct(1 - prec, "low", "high") if n else np.zeros(0)
    d_mid = direct(1.0, "central", "central") if n else np.zeros(0)
    d_high = direct(1 + prec, "high", "low") if n else np.zeros(0)
    add = arr("additionality", "central")
    disp = arr("displacement", "central")
    if N is not None:
        per_visitor = np.divide(N, V, out=np.zeros_like(N), where=V > 0)
        spp = arr("daily_spend", "central") + per_visitor * arr("spend_per_night", "central")
    else:
        spp = arr("daily_spend", "central") + arr("nights", "central") * arr("spend_per_night", "central")

    # anonymity: merge rows below the threshold
    keep = [i for i in range(n) if V[i] > 0]
    shown: dict[tuple[str, str], list[int]] = {}
    small: dict[str, list[int]] = {}
    for i in keep:
        if V[i] >= k:
            shown[(visitors.profiles[i], visitors.groups[i])] = [i]
        else:
            small.setdefault(visitors.profiles[i], []).append(i)
    merged = sum(len(v) for v in small.values())
    leftover: list[int] = []
    for p, idx in small.items():
        if V[idx].sum() >= k and len(idx) > 1:
            shown[(p, "other")] = idx
        else:
            leftover += idx
    if leftover:
        if V[leftover].sum() < k and shown:
            key = min(shown, key=lambda kk: V[shown[kk]].sum())
            leftover += shown.pop(key)
            merged += 1
        shown[("other", "other")] = leftover
    out_rows = []
    for (p, g), idx in sorted(shown.items(), key=lambda kv: (kv[0][0] == "other", kv[0][0], kv[0][1] == "other", kv[0][1])):
        v = float(V[idx].sum())
        if v < k:  # everything together is below the threshold: nothing can be shown
            raise ImpactError(translate("Impact", "fewer visitors in total than the anonymity threshold ({k}); "
                                                  "no impact can be published.").format(k=k))
        out_rows.append((p, g, v, _common([add[i] for i in idx]), _common([disp[i] for i in idx]),
                         _common([spp[i] for i in idx]),
                         float(d_low[idx].sum()), float(d_mid[idx].sum()), float(d_high[idx].sum()),
                         float(d_low[idx].sum() * mult.low), float(d_mid[idx].sum() * mult.central),
                         float(d_high[idx].sum() * mult.high)))
    direct_t = (float(d_low.sum()), float(d_mid.sum()), float(d_high.sum()))
    total_t = (direct_t[0] * mult.low, direct_t[1] * mult.central, direct_t[2] * mult.high)
    res = ImpactResult(COLUMNS, out_rows, direct_t, total_t, float(V.sum()), visitors.rule, visitors.rule_text,
                       BOUNDS_METHOD, bounds_text(), prec, k, mult, spend, visitors.days,
                       visitors.suppressed_cells, merged, spend.name)
    res.nights_measured = None if N is None else float(N.sum())
    return res


def write_summary(result: ImpactResult, path: str | Path, extra: Mapping[str, Any] | None = None) -> None:
    """Write :meth:`ImpactResult.summary` (and ``extra``) as a JSON file, whole or not at all."""
    from .fsutil import atomic_file
    data = result.summary()
    data.update(extra or {})
    with atomic_file(str(path), suffix=".json") as tmp:
        Path(tmp).write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


def impact_from_dataset(ds, preset_or_spend: str | SpendTable = "brussels", rule: str | None = None,
                        start=None, end=None, local_codes: Sequence[str] | None = None,
                        precision: float | None = None, multiplier: Value | None = None,
                        progress: Progress | None = None) -> ImpactResult:
    """Daily visitors of ``ds`` (one DuckDB aggregation) times the spend of a preset name or table.

    Works without QGIS; ``local_codes`` default to the preset's.
    """
    progress = progress or NULL_PROGRESS
    spend = load_preset(preset_or_spend) if isinstance(preset_or_spend, str) else preset_or_spend
    codes = spend.local_codes if local_codes is None else list(local_codes)
    home = HOME_COUNTRY.get(ds.metadata.timezone) or spend.home_country or None
    vis = daily_visitors(ds, rule=rule, start=start, end=end, local_codes=codes,
                         home_country=home, progress=progress.sub(0, 90))
    res = compute_impact(vis, spend, precision=precision, multiplier=multiplier)
    progress.set(100)
    return res
