"""Economic impact of visitors: daily unique visitors by profile and origin group times spend.

Direct impact = Σ_p V_p × additionality_p × (1 − displacement_p) × (daily_spend_p + nights_p × spend_per_night_p),
total impact = direct × multiplier. The interval is the 5th–95th percentile of a seeded Monte Carlo over
the inputs' stated ranges (counts ± precision, spend, nights, additionality, displacement, multiplier);
the all-low / all-high extremes are kept beside it, and a sensitivity table says which inputs make the
width. See ``docs/methods.md`` ("Economic impact"). Nothing here imports ``qgis``.
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

BOUNDS_METHOD = "monte_carlo_90"
EXTREMES_METHOD = "analytic"

#: The Monte Carlo: number of draws, seed (the same inputs always give the same interval) and percentiles.
MC_DRAWS = 20_000
MC_SEED = 16
MC_PERCENTILES = (5.0, 95.0)

#: What a preset value's figure is (field ``kind`` of a preset value): a figure published for the place,
#: one calculated from published figures, a published figure of another place, year or population used
#: in its stead, an assumption (nothing published was found), a definition, a method's rule, or a value
#: the user gave.
KINDS = ("published", "derived", "proxy", "assumption", "definition", "method", "user")

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
    """The translated sentence that states how the interval was computed."""
    return translate("Impact", "90 % interval: the 5th and 95th percentiles of {draws} Monte Carlo draws (seed {seed}). "
                               "Each input is drawn from a triangular distribution between its low and high values, "
                               "peaking at its central value: the visitors (± the precision of the counts, one "
                               "draw for all rows, because the operator's extrapolation errs the same way "
                               "everywhere), each spend, night, additionality and displacement value, and the "
                               "multiplier.").format(draws=fmt_int(MC_DRAWS), seed=MC_SEED)


def extremes_text() -> str:
    """The translated sentence that states how the all-low / all-high extremes were computed."""
    return translate("Impact", "Extremes (all low / all high together): low takes the visitors minus the precision "
                               "margin and every spend, night and additionality value at its low bound with "
                               "displacement at its high bound; high the opposite. Every input erring the same way "
                               "at once is very unlikely: read them as limits, not as the interval.")


def suppressed_value(k: float) -> Value:
    """What a suppressed cell is counted at: a third of the threshold, between a sixth and a half."""
    return Value(k / 3, k / 6, k / 2, translate("Impact", "assumption — a suppressed cell holds fewer than the threshold; "
                                                          "small counts are more often near 0 than near the threshold"),
                 kind="assumption")


def suppressed_text(k: float) -> str:
    """The translated sentence that states how suppressed cells enter the estimate."""
    return translate("Impact", "Suppressed cells (fewer than {k} each) are not read as 0: each is counted at {mid} "
                               "(a third of the threshold, as small counts are more often near 0), between {lo} and "
                               "{hi} in the interval (one draw for all cells), and between 0 and {k} in the "
                               "extremes.").format(k=fmt_int(k), mid=f"{k / 3:g}", lo=f"{k / 6:g}", hi=f"{k / 2:g}")


def fmt_int(n: float) -> str:
    """An integer with a thin space between thousands (language-neutral, for the sentences above)."""
    return f"{int(round(n)):,}".replace(",", "\u202f")


def profile_label(code: str) -> str:
    """A profile's name in the interface's language (the glossary's terms)."""
    return {"resident": translate("Impact", "Residents"), "day_visitor": translate("Impact", "Day visitors"),
            "overnight_visitor": translate("Impact", "Overnight visitors"),
            "commuter": translate("Impact", "Commuters"), "transit": translate("Impact", "Transit"),
            "visitor": translate("Impact", "Visitors"), "all": translate("Impact", "All profiles"),
            "other": translate("Impact", "other (merged)")}.get(code, code)


def group_label(code: str) -> str:
    """An origin group's name in the interface's language."""
    return {"local": translate("Impact", "local"), "rest_of_country": translate("Impact", "rest of the country"),
            "abroad": translate("Impact", "abroad"), "unknown": translate("Impact", "unknown"),
            "all": translate("Impact", "all origins"), "other": translate("Impact", "other (merged)"),
            "": translate("Impact", "every origin")}.get(code, code)


def field_label(field: str) -> str:
    """An input's name in the interface's language."""
    return {"additionality": translate("Impact", "additionality"),
            "daily_spend": translate("Impact", "spend per day (EUR)"),
            "nights": translate("Impact", "paid nights per visitor-day"),
            "spend_per_night": translate("Impact", "spend per night (EUR)"),
            "displacement": translate("Impact", "displacement"),
            "visitors": translate("Impact", "visitors (± precision of the counts)"),
            "suppressed": translate("Impact", "value of a suppressed cell"),
            "multiplier": translate("Impact", "multiplier")}.get(field, field)


def kind_label(kind: str) -> str:
    """What a preset value is (see :data:`KINDS`), in the interface's language."""
    return {"published": translate("Impact", "published"), "derived": translate("Impact", "derived"),
            "proxy": translate("Impact", "proxy"), "assumption": translate("Impact", "assumption"),
            "definition": translate("Impact", "definition"), "method": translate("Impact", "method"),
            "user": translate("Impact", "given by the user")}.get(kind, kind)


def input_label(profile: str, group: str, field: str) -> str:
    """“Day visitors (abroad): spend per day (EUR)”, or the field alone for the counts and the multiplier."""
    if not profile:
        return field_label(field)
    who = profile_label(profile) if not group else translate("Impact", "{profile} ({group})").format(
        profile=profile_label(profile), group=group_label(group))
    return translate("Impact", "{who}: {input}").format(who=who, input=field_label(field))


# -- spend table -------------------------------------------------------------------------------------
@dataclasses.dataclass
class Value:
    """A figure with its low and high bounds and where it comes from.

    ``refs`` are the ids of the published figures it rests on (the table in ``docs/methods.md``,
    "Sources of the preset figures"), ``year`` the year(s) they describe, ``confidence`` H / M / L as
    the research rates them, ``kind`` one of :data:`KINDS`.
    """

    central: float
    low: float
    high: float
    source: str = ""
    refs: tuple[str, ...] = ()
    year: str = ""
    confidence: str = ""
    kind: str = ""

    def as_dict(self) -> dict[str, Any]:
        """As a JSON object."""
        out: dict[str, Any] = {"central": self.central, "low": self.low, "high": self.high, "source": self.source}
        if self.kind:
            out.update({"kind": self.kind, "refs": list(self.refs), "year": self.year, "confidence": self.confidence})
        return out

    @property
    def varies(self) -> bool:
        """True when low and high differ (the value is drawn in the Monte Carlo)."""
        return self.high > self.low

    def draw(self, rng: np.random.Generator, n: int) -> np.ndarray:
        """``n`` draws of a triangular distribution on [low, high] peaking at central."""
        if not self.varies:
            return np.full(n, float(self.central))
        return rng.triangular(self.low, self.central, self.high, n)


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
        kind = str(d.get("kind", ""))
        if kind and kind not in KINDS:
            raise ImpactError(translate("Impact", "unknown kind of source “{kind}”.").format(kind=kind))
        return Value(c, float(d.get("low", c)), float(d.get("high", c)), str(d.get("source", default_source)),
                     tuple(str(r) for r in d.get("refs", ())), str(d.get("year", "")), str(d.get("confidence", "")),
                     kind)
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
            vals.append(Value(c, c if lo is None else lo, c if hi is None else hi, str(rec.get("source") or source),
                              kind="user"))
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
    #: suppressed cells behind each row's count (the counts leave them out), None: none known
    suppressed: np.ndarray | None = None
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
        # for daily rows there is one slot per day: the peak of the slots is the day's sum over the zones;
        # the suppressed cells counted are those of the peak slot
        q = (sel + ", per_slot AS (SELECT profile, grp, day, start, sum(count) AS n, sum(suppressed) AS sp "
             "FROM s GROUP BY ALL), "
             "per_day AS (SELECT profile, grp, day, max(n) AS n, arg_max(sp, coalesce(n, 0)) AS sp FROM per_slot GROUP BY ALL) ")
    elif rule == RULE_DAILY_MAX:
        q = (sel + ", per_zone AS (SELECT profile, grp, day, zone_id, sum(count) AS n, sum(suppressed) AS sp "
             "FROM s GROUP BY ALL), "
             "per_day AS (SELECT profile, grp, day, max(n) AS n, arg_max(sp, coalesce(n, 0)) AS sp FROM per_zone GROUP BY ALL) ")
    elif rule == RULE_DAILY_SUM:
        q = sel + ", per_day AS (SELECT profile, grp, day, sum(count) AS n, sum(suppressed) AS sp FROM s GROUP BY ALL) "
    else:
        raise ImpactError(translate("Impact", "unknown counting rule “{rule}”.").format(rule=rule))
    # one row per profile, group and day (few rows): the days are added up here, and kept for reports
    q += "SELECT profile, grp, day, coalesce(n, 0) AS n, coalesce(sp, 0) AS sp FROM per_day ORDER BY profile, grp, day"
    progress.set(10)
    rows = con.execute(q, params).fetchall()
    by_day = [(r[0], r[1], r[2], float(r[3])) for r in rows]
    acc: dict[tuple[str, str], list[float]] = {}
    for p_, g_, _d, n_, sp_ in rows:
        a_ = acc.setdefault((p_, g_), [0.0, 0.0])
        a_[0] += float(n_)
        a_[1] += float(sp_)
    res = [(p_, g_, n_, sp_) for (p_, g_), (n_, sp_) in sorted(acc.items())]
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
                res.append((key[0], key[1], 0.0, 0.0))
            res.sort()
            nights = np.array([got.get((r[0], r[1]), 0.0) for r in res], dtype=float)
    progress.set(100)
    return Visitors(profiles=[r[0] for r in res], groups=[r[1] for r in res],
                    visitors=np.array([float(r[2]) for r in res], dtype=float), rule=rule,
                    days=int(info[0] or 0), suppressed_cells=int(info[1] or 0),
                    precision=float(md.precision if md.precision is not None else DEFAULT_PRECISION),
                    threshold=int(md.threshold or DEFAULT_THRESHOLD), by_day=by_day, nights=nights,
                    suppressed=np.array([float(r[3]) for r in res], dtype=float))


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
class Sensitivity:
    """What one input alone does to the total impact (every other input at its central value)."""

    profile: str  # '' for the counts and the multiplier
    origin_group: str
    field: str  # a SPEND_FIELDS name, 'visitors' or 'multiplier'
    low: float  # the input's range
    high: float
    total_low: float  # 5th and 95th percentiles of the total impact when only this input varies
    total_high: float
    share: float  # its share of the sum of the one-at-a-time variances (0..1)

    def as_dict(self) -> dict[str, Any]:
        """As a JSON object."""
        return dataclasses.asdict(self)


@dataclasses.dataclass
class ImpactResult:
    """The impact table (already safe to publish), the totals with their interval and what produced them."""

    columns: tuple[str, ...]
    rows: list[tuple]
    direct: tuple[float, float, float]  # 5th percentile, central, 95th percentile
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
    #: all low / all high together (analytic), for the appendix
    direct_extremes: tuple[float, float] = (0.0, 0.0)
    total_extremes: tuple[float, float] = (0.0, 0.0)
    #: paid nights (visitors × nights) and the part brought by the event (× additionality): 5th, central, 95th
    nights: tuple[float, float, float] = (0.0, 0.0, 0.0)
    nights_additional: tuple[float, float, float] = (0.0, 0.0, 0.0)
    sensitivity: list[Sensitivity] = dataclasses.field(default_factory=list)
    draws: int = MC_DRAWS
    seed: int = MC_SEED
    #: the suppressed cells behind the visitors, the value each is counted at, and the visitor-days they add
    suppressed_in_rows: int = 0
    suppressed_value: Value | None = None
    suppressed_allowance: tuple[float, float, float] = (0.0, 0.0, 0.0)
    #: nights measured by the operator and used in place of nights per visitor (None: none in the data)
    nights_measured: float | None = None
    #: the visitors without the residents (the report's one visitors figure: the same sum, the same rounding)
    visitors_non_resident: float = 0.0

    def summary(self) -> dict[str, Any]:
        """Everything a report needs, as a JSON-serialisable dictionary."""
        def tri(t):
            return {"low": t[0], "central": t[1], "high": t[2]}
        return {
            "method": "economic_impact",
            "formula": "direct = sum_p V_p * additionality_p * (1 - displacement_p) * "
                       "(daily_spend_p + nights_p * spend_per_night_p); total = direct * multiplier",
            "preset": self.preset, "currency": self.spend.currency,
            "rule": self.rule, "rule_text": self.rule_text,
            "bounds": self.bounds, "bounds_text": self.bounds_text,
            "interval": {"percentiles": list(MC_PERCENTILES), "draws": self.draws, "seed": self.seed,
                         "distribution": "triangular(low, central, high) per input; one draw of the counts for all rows"},
            "precision": self.precision, "threshold": self.threshold,
            "days": self.days, "suppressed_cells_left_out": self.suppressed_cells,
            "rows_merged_for_anonymity": self.merged_rows,
            "visitors": self.visitors,
            "visitors_excluding_residents": self.visitors_non_resident,
            "visitors_measure": "presence",
            "nights_measured": self.nights_measured,
            "nights_source": ("measured (the export's nights)" if self.nights_measured is not None
                              else "assumed (nights per visitor of the spend table)"),
            "direct": tri(self.direct),
            "total": tri(self.total),
            "extremes": {"method": EXTREMES_METHOD, "text": extremes_text(),
                         "direct": {"low": self.direct_extremes[0], "high": self.direct_extremes[1]},
                         "total": {"low": self.total_extremes[0], "high": self.total_extremes[1]}},
            "nights": tri(self.nights), "nights_additional": tri(self.nights_additional),
            "suppressed": {"cells": self.suppressed_in_rows, "text": suppressed_text(self.threshold),
                           "value_per_cell": self.suppressed_value.as_dict() if self.suppressed_value else None,
                           "visitor_days": tri(self.suppressed_allowance)},
            "sensitivity": [x.as_dict() for x in self.sensitivity],
            "multiplier": self.multiplier.as_dict(),
            "home_country": self.spend.home_country, "local_codes": self.spend.local_codes,
            "local_codes_source": self.spend.local_source,
            "spend": [r.as_dict() for r in self.spend.rows],
            "table": [dict(zip(self.columns, r)) for r in self.rows],
        }


COLUMNS = ("profile", "origin_group", "visitors", "suppressed_cells", "additionality", "displacement", "spend_per_person",
           "direct_low", "direct", "direct_high", "total_low", "total", "total_high")


def _common(values: list[float]) -> float | None:
    return float(values[0]) if values and all(abs(v - values[0]) < 1e-12 for v in values) else None


class _Draws:
    """The Monte Carlo draws of every input, vectorised: (draws × spend rows) per field."""

    def __init__(self, rows: list[SpendRow], mult: Value, prec: float, n: int, seed: int) -> None:
        rng = np.random.default_rng(seed)
        self.n = n
        self.counts = Value(1.0, 1.0 - prec, 1.0 + prec).draw(rng, n)
        self.fields = {f: np.column_stack([getattr(r, f).draw(rng, n) for r in rows]) if rows else np.zeros((n, 0))
                       for f in SPEND_FIELDS}
        self.mult = mult.draw(rng, n)
        self.central = {f: np.array([getattr(r, f).central for r in rows], dtype=float) for f in SPEND_FIELDS}


def _per_visitor(V: np.ndarray, j: np.ndarray, f: dict[str, np.ndarray], counts,
                 N: np.ndarray | None = None) -> np.ndarray:
    """Direct impact of each visitor row for arrays of inputs (draws × spend rows, or spend rows); with
    ``N``, the nights measured by the operator replace visitors × nights per visitor."""
    def col(name):
        a = f[name]
        return a[..., j]
    c = counts if np.ndim(counts) == 0 else np.asarray(counts)[:, None]
    if N is not None:
        return (c * col("additionality") * (1 - col("displacement"))
                * (V * col("daily_spend") + N * col("spend_per_night")))
    return (V * c * col("additionality") * (1 - col("displacement"))
            * (col("daily_spend") + col("nights") * col("spend_per_night")))


def _pair(lo_hi: tuple[float, float], central: float) -> tuple[float, float, float]:
    return (float(lo_hi[0]), float(central), float(lo_hi[1]))


def compute_impact(visitors: Visitors, spend: SpendTable, precision: float | None = None,
                   threshold: int | None = None, multiplier: Value | None = None,
                   draws: int = MC_DRAWS, seed: int = MC_SEED) -> ImpactResult:
    """The impact per (profile, origin group) and in total, with a 90 % Monte Carlo interval.

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
    looked = [spend.lookup(p, g) for p, g in zip(visitors.profiles, visitors.groups)]
    V = np.asarray(visitors.visitors, dtype=float)
    S = (np.zeros(n) if visitors.suppressed is None else np.asarray(visitors.suppressed, dtype=float))
    N = None if visitors.nights is None else np.asarray(visitors.nights, dtype=float)  # measured nights
    sv = suppressed_value(k)
    # the spend rows used, once each (a row shared by several origin groups is one input, drawn once)
    used: list[SpendRow] = []
    j = np.zeros(n, dtype=np.int64)
    for i, r in enumerate(looked):
        if r is None:  # no visitors: a placeholder row of zeros
            r = SpendRow("", *(Value(0.0, 0.0, 0.0) for _ in SPEND_FIELDS))
        for u, r2 in enumerate(used):
            if r2 is r:
                j[i] = u
                break
        else:
            j[i] = len(used)
            used.append(r)

    def bound(field: str, which: str) -> np.ndarray:
        return np.array([getattr(getattr(r, field), which) for r in used], dtype=float)

    central = {f: bound(f, "central") for f in SPEND_FIELDS}
    lo = {f: bound(f, "low") for f in SPEND_FIELDS}
    hi = {f: bound(f, "high") for f in SPEND_FIELDS}
    lo["displacement"], hi["displacement"] = hi["displacement"], lo["displacement"]
    Vc = V + S * sv.central  # the visitors with the suppressed cells' allowance, central
    d_mid = _per_visitor(Vc, j, central, 1.0, N=N) if n else np.zeros(0)
    d_low = _per_visitor(V, j, lo, 1 - prec, N=N) if n else np.zeros(0)  # suppressed cells at 0
    d_high = _per_visitor(V + S * k, j, hi, 1 + prec, N=N) if n else np.zeros(0)  # ... and at the threshold

    # Monte Carlo: every input drawn at once (draws × visitor rows), a few MB at most
    mc = _Draws(used, mult, prec, draws, seed)
    m_supp = sv.draw(np.random.default_rng(seed + 1), draws)  # the suppressed cells' value, one draw for all
    Vd = V[None, :] + S[None, :] * m_supp[:, None]
    D = _per_visitor(Vd, j, mc.fields, mc.counts, N=N) if n else np.zeros((draws, 0))
    pct = list(MC_PERCENTILES)

    def interval(samples: np.ndarray) -> tuple[float, float]:
        a_, b_ = np.percentile(samples, pct)
        return float(a_), float(b_)

    direct_draws = D.sum(axis=1)
    total_draws = direct_draws * mc.mult
    d_lo, d_hi = interval(direct_draws)
    t_lo, t_hi = interval(total_draws)
    direct_t = (d_lo, float(d_mid.sum()), d_hi)
    total_t = (t_lo, float(d_mid.sum()) * mult.central, t_hi)

    # nights: paid nights of the visitors, and those the event brought (× additionality)
    if N is not None:  # measured: the operator's nights, with the counts' precision
        nights_c = N.copy()
        nights_d = N[None, :] * mc.counts[:, None] if n else np.zeros((draws, 0))
    else:
        nights_c = Vc * central["nights"][j]
        nights_d = Vd * mc.counts[:, None] * mc.fields["nights"][:, j] if n else np.zeros((draws, 0))
    add_nights_d = nights_d * mc.fields["additionality"][:, j] if n else nights_d
    nights_t = (*interval(nights_d.sum(axis=1)),)
    add_t = (*interval(add_nights_d.sum(axis=1)),)
    nights = (nights_t[0], float(nights_c.sum()), nights_t[1])
    nights_add = (add_t[0], float((nights_c * central["additionality"][j]).sum()), add_t[1])

    # sensitivity: each input alone (the others central), its share of the one-at-a-time variances
    sens: list[Sensitivity] = []
    if n:
        def alone(field: str, u: int) -> dict[str, np.ndarray]:
            # every input central, but column u of ``field`` drawn
            out = {g: np.broadcast_to(central[g], (draws, len(used))) for g in SPEND_FIELDS}
            col = np.array(out[field])
            col[:, u] = mc.fields[field][:, u]
            out[field] = col
            return out

        cand = []
        if prec > 0:
            cand.append(("", "", "visitors", 1 - prec, 1 + prec,
                         _per_visitor(Vc, j, central, mc.counts, N=N).sum(axis=-1) * mult.central))
        if S.any():
            cand.append(("", "", "suppressed", sv.low, sv.high,
                         _per_visitor(Vd, j, central, 1.0, N=N).sum(axis=-1) * mult.central))
        for u, r in enumerate(used):
            if not (Vc[j == u] > 0).any():
                continue
            for f in SPEND_FIELDS:
                v = getattr(r, f)
                if not v.varies or (f == "nights" and N is not None):
                    continue
                out = _per_visitor(Vc, j, alone(f, u), 1.0, N=N).sum(axis=-1) * mult.central
                if np.ptp(out) > 0:
                    cand.append((r.profile, r.origin_group, f, v.low, v.high, out))
        if mult.varies:
            cand.append(("", "", "multiplier", mult.low, mult.high, float(d_mid.sum()) * mc.mult))
        var = np.array([float(np.var(c[5])) for c in cand])
        tot_var = float(var.sum()) or 1.0
        for c, v_ in zip(cand, var):
            a_, b_ = interval(c[5])
            sens.append(Sensitivity(c[0], c[1], c[2], float(c[3]), float(c[4]), a_, b_, v_ / tot_var))
        sens.sort(key=lambda x: (-x.share, x.profile, x.origin_group, x.field))

    add = central["additionality"][j]
    disp = central["displacement"][j]
    if N is not None:
        per_visitor = np.divide(N, V, out=np.zeros_like(N), where=V > 0)
        spp = central["daily_spend"][j] + per_visitor * central["spend_per_night"][j]
    else:
        spp = central["daily_spend"][j] + central["nights"][j] * central["spend_per_night"][j]

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
        row_draws = D[:, idx].sum(axis=1)
        r_lo, r_hi = interval(row_draws)
        rt_lo, rt_hi = interval(row_draws * mc.mult)
        mid = float(d_mid[idx].sum())
        out_rows.append((p, g, v, int(S[idx].sum()), _common([add[i] for i in idx]), _common([disp[i] for i in idx]),
                         _common([spp[i] for i in idx]), r_lo, mid, r_hi, rt_lo, mid * mult.central, rt_hi))
    return ImpactResult(COLUMNS, out_rows, direct_t, total_t, float(V.sum()), visitors.rule, visitors.rule_text,
                        BOUNDS_METHOD, bounds_text(), prec, k, mult, spend, visitors.days,
                        visitors.suppressed_cells, merged, spend.name,
                        direct_extremes=(float(d_low.sum()), float(d_high.sum())),
                        total_extremes=(float(d_low.sum()) * mult.low, float(d_high.sum()) * mult.high),
                        nights=nights, nights_additional=nights_add, sensitivity=sens, draws=draws, seed=seed,
                        suppressed_in_rows=int(S.sum()), suppressed_value=sv,
                        suppressed_allowance=(*_pair(interval(S.sum() * m_supp), S.sum() * sv.central),),
                        nights_measured=None if N is None else float(N.sum()),
                        visitors_non_resident=round(float(sum(v for p, v in zip(visitors.profiles, visitors.visitors)
                                                              if p != "resident")), 6))


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
