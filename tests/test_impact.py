"""footfall:economic_impact: daily unique visitors by a stated rule, spend by profile, analytic bounds,
anonymity, presets with sources, through the core, processing.run and qgis_process."""

from __future__ import annotations

import json
import subprocess

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from footfall.core import impact
from footfall.core.readers import read_export

# Two days, two zones, two profiles, daily slots, no origins.
DAILY = ("zone;date;profile;count\n"
         "A;06/07/2019;day visitors;120\n"
         "B;06/07/2019;day visitors;80\n"
         "A;06/07/2019;overnight visitors;50\n"
         "B;06/07/2019;overnight visitors;40\n"
         "A;07/07/2019;day visitors;100\n")
DAY_VISITORS = 120 + 80 + 100  # visitor-days, summed over the zones
OVERNIGHT = 50 + 40

SPEND_CSV = ("profile;additionality;additionality_low;additionality_high;daily_spend;daily_spend_low;daily_spend_high;"
             "nights;spend_per_night;spend_per_night_low;spend_per_night_high;displacement;displacement_low;displacement_high\n"
             "day_visitor;0.8;0.6;1.0;45;40;60;0;0;0;0;0.1;0;0.2\n"
             "overnight_visitor;0.9;0.7;1.0;60;50;80;2;80;70;100;0.05;0;0.1\n")

# 15-minute slots: day visitors in zones A and B; the peak of the sum over zones is 14:15 (120 + 70).
QUARTERS = ("zone;datetime;profile;count\n"
            "A;2019-07-06T14:00:00+02:00;day visitors;100\n"
            "B;2019-07-06T14:00:00+02:00;day visitors;50\n"
            "A;2019-07-06T14:15:00+02:00;day visitors;120\n"
            "B;2019-07-06T14:15:00+02:00;day visitors;70\n"
            "A;2019-07-06T14:30:00+02:00;day visitors;90\n"
            "B;2019-07-06T14:30:00+02:00;day visitors;60\n"
            "A;2019-07-07T15:00:00+02:00;day visitors;40\n")


@pytest.fixture()
def daily(tmp_path):
    p = tmp_path / "daily.csv"
    p.write_text(DAILY, encoding="utf-8")
    return p


@pytest.fixture()
def spend_csv(tmp_path):
    p = tmp_path / "spend.csv"
    p.write_text(SPEND_CSV, encoding="utf-8")
    return p


@pytest.fixture()
def quarters(tmp_path):
    p = tmp_path / "quarters.csv"
    p.write_text(QUARTERS, encoding="utf-8")
    return p


def _spend(spend_csv) -> impact.SpendTable:
    rows = impact.read_spend_csv(spend_csv)
    return impact.SpendTable(rows=rows, multiplier=impact.Value(1.5, 1.2, 1.8, "test"))


# -- core --------------------------------------------------------------------------------------------
def test_daily_visitors_sum_the_zones_and_say_so(daily):
    with read_export(daily, timezone="Europe/Brussels") as ds:
        vis = impact.daily_visitors(ds)
        assert vis.rule == impact.RULE_DAILY_SUM and "counted twice" in vis.rule_text
        got = dict(zip(zip(vis.profiles, vis.groups), vis.visitors))
        assert got == {("day_visitor", "all"): DAY_VISITORS, ("overnight_visitor", "all"): OVERNIGHT}
        assert vis.days == 2
        low = impact.daily_visitors(ds, rule=impact.RULE_DAILY_MAX)
        assert dict(zip(low.profiles, low.visitors)) == {"day_visitor": 120 + 100, "overnight_visitor": 50}


def test_direct_and_total_impact_by_hand(daily, spend_csv):
    with read_export(daily, timezone="Europe/Brussels") as ds:
        res = impact.impact_from_dataset(ds, _spend(spend_csv))
    day = DAY_VISITORS * 0.8 * (1 - 0.1) * (45 + 0 * 0)
    over = OVERNIGHT * 0.9 * (1 - 0.05) * (60 + 2 * 80)
    assert res.direct[1] == pytest.approx(day + over)
    assert res.total[1] == pytest.approx((day + over) * 1.5)
    # low: visitors −10 %, every value low, displacement high; high the opposite
    day_lo = DAY_VISITORS * 0.9 * 0.6 * (1 - 0.2) * 40
    over_lo = OVERNIGHT * 0.9 * 0.7 * (1 - 0.1) * (50 + 2 * 70)
    day_hi = DAY_VISITORS * 1.1 * 1.0 * (1 - 0.0) * 60
    over_hi = OVERNIGHT * 1.1 * 1.0 * (1 - 0.0) * (80 + 2 * 100)
    assert res.direct_extremes == pytest.approx((day_lo + over_lo, day_hi + over_hi))
    assert res.total_extremes == pytest.approx(((day_lo + over_lo) * 1.2, (day_hi + over_hi) * 1.8))
    # the 90 % interval lies strictly inside the extremes (every input erring the same way is unlikely)
    assert day_lo + over_lo < res.direct[0] < res.direct[1] < res.direct[2] < day_hi + over_hi
    assert (day_lo + over_lo) * 1.2 < res.total[0] < res.total[2] < (day_hi + over_hi) * 1.8
    by_profile = {r[0]: dict(zip(res.columns, r)) for r in res.rows}
    assert by_profile["overnight_visitor"]["spend_per_person"] == 60 + 2 * 80
    assert by_profile["day_visitor"]["direct"] == pytest.approx(day)
    s = res.summary()
    assert s["bounds"] == "monte_carlo_90" and "Monte Carlo" in s["bounds_text"]
    assert s["extremes"]["method"] == "analytic" and "all low / all high together" in s["extremes"]["text"]
    assert s["extremes"]["direct"]["low"] == pytest.approx(day_lo + over_lo)
    assert s["rule"] == impact.RULE_DAILY_SUM and s["precision"] == 0.1


def test_quarter_hours_use_the_peak_not_the_sum(quarters):
    with read_export(quarters, timezone="Europe/Brussels") as ds:
        assert ds.metadata.slot_minutes == 15
        vis = impact.daily_visitors(ds)
    assert vis.rule == impact.RULE_PEAK
    peak = max(100 + 50, 120 + 70, 90 + 60) + 40  # first day's peak of simultaneous presence + second day
    sum_of_quarters = 100 + 50 + 120 + 70 + 90 + 60 + 40
    assert float(vis.visitors.sum()) == peak == 230
    assert float(vis.visitors.sum()) != sum_of_quarters
    assert "peak" in vis.rule_text and vis.days == 2


def test_quarter_hour_presence_with_daily_origins_says_both_rules(tmp_path, quarters):
    # a presence file in 15-minute slots (day visitors) and a daily origin file (overnight visitors) in one
    # dataset, as the import of an operator's two files gives it
    from footfall.core.readers import read_exports
    origins = tmp_path / "origins.csv"
    origins.write_text("zone;date;profile;origin;count\n"
                       "A;06/07/2019;overnight visitors;FR;60\n"
                       "B;06/07/2019;overnight visitors;FR;45\n"
                       "A;06/07/2019;overnight visitors;9000;35\n", encoding="utf-8")
    with read_exports([quarters, origins], timezone="Europe/Brussels") as ds:
        vis = impact.daily_visitors(ds)
    assert vis.rule == impact.RULE_MIXED and "Mixed data" in vis.rule_text
    got = {(p, g): v for p, g, v in zip(vis.profiles, vis.groups, vis.visitors)}
    assert got[("day_visitor", "all")] == max(100 + 50, 120 + 70, 90 + 60) + 40  # peaks of the quarter hours
    assert got[("overnight_visitor", "abroad")] == 60 + 45  # the daily counts summed over the zones
    assert got[("overnight_visitor", "rest_of_country")] == 35


def test_daily_rule_on_quarter_hours_is_refused(quarters):
    with read_export(quarters, timezone="Europe/Brussels") as ds:
        with pytest.raises(impact.ImpactError, match="15-minute"):
            impact.daily_visitors(ds, rule=impact.RULE_DAILY_MAX)


def test_origin_groups_local_rest_abroad(tmp_path):
    src = tmp_path / "origins.csv"
    src.write_text("zone;date;profile;origin;count\n"
                   "A;06/07/2019;day visitors;1000;200\n"   # local (Brussels postcode)
                   "A;06/07/2019;day visitors;9000;150\n"   # Ghent: rest of country
                   "A;06/07/2019;day visitors;FR;45\n"      # abroad
                   "A;06/07/2019;day visitors;DE;<30\n"     # suppressed: left out, counted in the summary
                   "A;06/07/2019;overnight visitors;NL;60\n", encoding="utf-8")
    with read_export(src, timezone="Europe/Brussels") as ds:
        res = impact.impact_from_dataset(ds, "brussels")
    rows = {(r[0], r[1]): dict(zip(res.columns, r)) for r in res.rows}
    assert {k: r["visitors"] for k, r in rows.items()} == {
        ("day_visitor", "abroad"): 45, ("day_visitor", "local"): 200, ("day_visitor", "rest_of_country"): 150,
        ("overnight_visitor", "abroad"): 60}
    assert rows[("day_visitor", "local")]["direct"] == 0  # people of the area bring no new money
    assert res.suppressed_cells == 1 and rows[("day_visitor", "abroad")]["suppressed_cells"] == 1
    assert res.suppressed_allowance[1] == 10 and res.summary()["suppressed"]["cells"] == 1
    p = json.loads((impact.PRESET_DIR / "impact_brussels.json").read_text(encoding="utf-8"))["profiles"]
    d = {k: v["central"] for k, v in p["day_visitor"].items() if isinstance(v, dict)}
    a = {k: v["central"] for k, v in p["day_visitor|abroad"].items() if isinstance(v, dict)}  # its own spend row
    o = {k: v["central"] for k, v in p["overnight_visitor"].items() if isinstance(v, dict)}
    day = (150 * d["additionality"] * (1 - d["displacement"]) * (d["daily_spend"] + d["nights"] * d["spend_per_night"])
           # FR 45, and the suppressed DE cell counted at a third of the threshold (10), not at 0
           + (45 + 30 / 3) * a["additionality"] * (1 - a["displacement"]) * a["daily_spend"])
    over = 60 * o["additionality"] * (1 - o["displacement"]) * (o["daily_spend"] + o["nights"] * o["spend_per_night"])
    assert res.direct[1] == pytest.approx(day + over)


def test_rows_below_the_threshold_are_merged(spend_csv):
    vis = impact.visitors_from_records([
        {"profile": "day_visitor", "origin_group": "local", "visitors": 500},
        {"profile": "day_visitor", "origin_group": "abroad", "visitors": 20},
        {"profile": "day_visitor", "origin_group": "unknown", "visitors": 15},
        {"profile": "overnight_visitor", "origin_group": "abroad", "visitors": 100},
        {"profile": "overnight_visitor", "origin_group": "local", "visitors": 10}])
    res = impact.compute_impact(vis, _spend(spend_csv))
    rows = {(r[0], r[1]): dict(zip(res.columns, r)) for r in res.rows}
    # day visitors 20 + 15 = 35 form their profile's 'other' row; the lone 10 is still below the threshold,
    # so it is merged with the smallest shown row (that one) into a single ('other', 'other') row
    assert {k: r["visitors"] for k, r in rows.items()} == {
        ("day_visitor", "local"): 500, ("overnight_visitor", "abroad"): 100, ("other", "other"): 20 + 15 + 10}
    assert all(r["visitors"] >= 30 for r in rows.values())
    assert rows[("other", "other")]["additionality"] is None  # mixed profiles: no single value
    assert res.visitors == 500 + 20 + 15 + 100 + 10
    assert res.direct[1] == pytest.approx((500 + 35) * 0.8 * 0.9 * 45 + 110 * 0.9 * 0.95 * (60 + 2 * 80))
    assert res.merged_rows == 4
    with pytest.raises(impact.ImpactError, match="threshold"):
        impact.compute_impact(impact.visitors_from_records([{"profile": "day_visitor", "visitors": 12}]), _spend(spend_csv))


def test_visitors_typed_as_a_table(spend_csv):
    vis = impact.visitors_from_records([{"profile": "day_visitor", "origin_group": "abroad", "visitors": "1000"},
                                        {"profile": "overnight_visitor", "visitors": 400}])
    res = impact.compute_impact(vis, _spend(spend_csv))
    assert res.rule == impact.RULE_TABLE
    assert res.direct[1] == pytest.approx(1000 * 0.8 * 0.9 * 45 + 400 * 0.9 * 0.95 * (60 + 2 * 80))


def test_presets_load_and_every_value_has_a_source():
    for name in impact.PRESETS:
        data = json.loads((impact.PRESET_DIR / f"impact_{name}.json").read_text(encoding="utf-8"))
        values = [data["multiplier"]] + [row[f] for row in data["profiles"].values() for f in impact.SPEND_FIELDS]
        assert all(v["source"].strip() for v in values)
        assert all(v["low"] <= v["central"] <= v["high"] for v in values)
        spend = impact.load_preset(name)
        for profile in ("resident", "commuter"):
            row = spend.lookup(profile, "all")
            assert row.additionality.high == 0  # the spec: not new money
        assert spend.lookup("overnight_visitor", "abroad").spend_per_night.central > 0
        assert spend.local_codes
    assert impact.load_preset("lyon").home_country == "FR"


def test_missing_profile_in_spend_table_is_named(daily):
    spend = impact.SpendTable(rows=[r for r in impact.load_preset("brussels").rows if r.profile != "overnight_visitor"],
                              multiplier=impact.Value(1, 1, 1))
    with read_export(daily, timezone="Europe/Brussels") as ds:
        with pytest.raises(impact.ImpactError, match="overnight_visitor"):
            impact.impact_from_dataset(ds, spend)


def test_bad_spend_values_are_refused():
    with pytest.raises(impact.ImpactError, match="additionality"):
        impact.spend_rows_from_records([{"profile": "day_visitor", "additionality": 1.4, "daily_spend": 50,
                                         "nights": 0, "spend_per_night": 0, "displacement": 0}])
    with pytest.raises(impact.ImpactError, match="daily_spend"):
        impact.spend_rows_from_records([{"profile": "day_visitor", "additionality": 0.5, "daily_spend": 50,
                                         "daily_spend_low": 60, "nights": 0, "spend_per_night": 0, "displacement": 0}])
    with pytest.raises(impact.ImpactError, match="spend_per_night"):
        impact.spend_rows_from_records([{"profile": "day_visitor", "additionality": 0.5, "daily_spend": 50,
                                         "nights": 0, "displacement": 0}])


# -- processing ------------------------------------------------------------------------------------------
def _run(tmp_path, **params):
    import processing
    out = str(tmp_path / "impact.gpkg")
    base = {"TIMEZONE": "Europe/Brussels", "OUTPUT": out}
    base.update(params)
    res = processing.run("footfall:economic_impact", base)
    layer = QgsVectorLayer(res["OUTPUT"], "impact", "ogr")
    assert layer.isValid()
    return res, {f["profile"]: f for f in layer.getFeatures()}


def test_processing_daily_export_with_a_spend_table(provider, tmp_path, daily, spend_csv):
    summary = tmp_path / "summary.json"
    res, rows = _run(tmp_path, INPUT=str(daily), PRESET=2, SPEND_TABLE=str(spend_csv), MULTIPLIER=1.5,
                     MULTIPLIER_LOW=1.2, MULTIPLIER_HIGH=1.8, OUTPUT_SUMMARY=str(summary))
    day = DAY_VISITORS * 0.8 * (1 - 0.1) * 45
    over = OVERNIGHT * 0.9 * (1 - 0.05) * (60 + 2 * 80)
    assert res["DIRECT"] == pytest.approx(day + over)
    assert res["TOTAL"] == pytest.approx((day + over) * 1.5)
    extreme_low = (DAY_VISITORS * 0.9 * 0.6 * 0.8 * 40 + OVERNIGHT * 0.9 * 0.7 * 0.9 * (50 + 2 * 70)) * 1.2
    assert extreme_low < res["TOTAL_LOW"] < res["TOTAL"] < res["TOTAL_HIGH"]
    assert "counted twice" in res["RULE"]
    assert rows["day_visitor"]["visitors"] == DAY_VISITORS and rows["day_visitor"]["origin_group"] == "all"
    assert rows["overnight_visitor"]["total"] == pytest.approx(over * 1.5)
    s = json.loads(summary.read_text(encoding="utf-8"))
    assert s["total"]["central"] == pytest.approx((day + over) * 1.5)
    assert s["rule"] == "daily_sum_zones" and s["days"] == 2 and s["input"] == "daily.csv"
    assert s["multiplier"]["low"] == 1.2 and s["input_sha256"]
    assert s["extremes"]["total"]["low"] == pytest.approx(extreme_low)
    assert s["total"]["low"] == pytest.approx(res["TOTAL_LOW"])


def test_processing_quarter_hours_with_the_lyon_preset_and_a_period(provider, tmp_path, quarters):
    res, rows = _run(tmp_path, INPUT=str(quarters), PRESET=1, END="2019-07-06T23:00:00+02:00")
    p = json.loads((impact.PRESET_DIR / "impact_lyon.json").read_text(encoding="utf-8"))
    d = {k: v["central"] for k, v in p["profiles"]["day_visitor"].items() if isinstance(v, dict)}
    expected = (120 + 70) * d["additionality"] * (1 - d["displacement"]) * (d["daily_spend"] + d["nights"] * d["spend_per_night"])
    assert rows["day_visitor"]["visitors"] == 120 + 70  # the peak of the first day only, not 490
    assert res["DIRECT"] == pytest.approx(expected)
    assert res["TOTAL"] == pytest.approx(expected * p["multiplier"]["central"])
    assert "peak" in res["RULE"]


def test_processing_missing_profile_names_it(provider, tmp_path, daily):
    spend = tmp_path / "spend_day_only.csv"
    spend.write_text("profile,additionality,daily_spend,nights,spend_per_night,displacement\n"
                     "day_visitor,0.8,45,0,0,0.1\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="overnight_visitor"):
        _run(tmp_path, INPUT=str(daily), PRESET=2, SPEND_TABLE=str(spend))
    with pytest.raises(QgsProcessingException, match="visitors table"):
        _run(tmp_path, PRESET=0)


def test_qgis_process_economic_impact(tmp_path, daily, spend_csv, qgis_process_env):
    out = tmp_path / "i.gpkg"
    run = subprocess.run(["qgis_process.bin", "--json", "run", "footfall:economic_impact", "--", f"INPUT={daily}",
                          "TIMEZONE=Europe/Brussels", "PRESET=2", f"SPEND_TABLE={spend_csv}", "MULTIPLIER=2",
                          f"OUTPUT={out}"], env=qgis_process_env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    res = json.loads(run.stdout[run.stdout.index("{"):])["results"]
    expected = DAY_VISITORS * 0.8 * 0.9 * 45 + OVERNIGHT * 0.9 * 0.95 * (60 + 2 * 80)
    assert res["DIRECT"] == pytest.approx(expected)
    assert res["TOTAL"] == pytest.approx(expected * 2)
    assert QgsVectorLayer(str(out), "i", "ogr").featureCount() == 2


def test_the_brussels_local_codes_are_the_regions_places_in_the_gazetteer():
    from footfall.core.gazetteer import gazetteer
    g = gazetteer()
    codes = set(impact.load_preset("brussels").local_codes)
    region = {p.code for p in g.places.values() if p.level in ("postcode", "municipality")
              and "04000" in [x.code for x in g.chain(p)]}
    assert codes == region and len([c for c in codes if len(c) == 4]) == 22  # 1000 ... 1210


# -- the Monte Carlo interval and its sensitivity --------------------------------------------------------
def _triangular_quantile(u: float, a: float, c: float, b: float) -> float:
    """The inverse distribution function of a triangular distribution on [a, b] with its mode at c."""
    if u < (c - a) / (b - a):
        return a + ((b - a) * (c - a) * u) ** 0.5
    return b - ((b - a) * (b - c) * (1 - u)) ** 0.5


def _one_row(spend_value: impact.Value, visitors: float = 1000.0, precision: float = 0.0,
             multiplier: impact.Value | None = None) -> impact.ImpactResult:
    fixed = lambda x: impact.Value(x, x, x)  # noqa: E731
    row = impact.SpendRow("day_visitor", fixed(1.0), spend_value, fixed(0.0), fixed(0.0), fixed(0.0))
    vis = impact.visitors_from_records([{"profile": "day_visitor", "visitors": visitors}], precision=precision)
    return impact.compute_impact(vis, impact.SpendTable([row], multiplier or fixed(1.0)))


def test_one_varying_input_gives_the_quantiles_of_its_distribution():
    # 1000 visitors x a spend drawn from triangular(40, 45, 60): the interval is 1000 x its 5th and 95th
    # percentiles, worked out from the distribution's inverse by hand (20,000 draws: within 1 %)
    res = _one_row(impact.Value(45.0, 40.0, 60.0))
    assert res.direct[1] == 45_000
    assert res.direct[0] == pytest.approx(1000 * _triangular_quantile(0.05, 40, 45, 60), rel=0.01)  # 42,449
    assert res.direct[2] == pytest.approx(1000 * _triangular_quantile(0.95, 40, 45, 60), rel=0.01)  # 55,669
    assert res.direct_extremes == (40_000, 60_000)
    assert [s.field for s in res.sensitivity] == ["daily_spend"] and res.sensitivity[0].share == 1
    # nothing uncertain: the interval is the central value
    still = _one_row(impact.Value(45.0, 45.0, 45.0))
    assert still.direct == (45_000, 45_000, 45_000) and still.sensitivity == []


def test_the_interval_is_seeded_and_the_widest_input_leads_the_sensitivity():
    # counts +-10 %, spend 40..60 (+-20 %), multiplier 1.2..1.8 (+-20 %, skewed): the spend and the multiplier
    # make most of the width, the counts less
    a = _one_row(impact.Value(50.0, 40.0, 60.0), precision=0.1, multiplier=impact.Value(1.5, 1.2, 1.8))
    b = _one_row(impact.Value(50.0, 40.0, 60.0), precision=0.1, multiplier=impact.Value(1.5, 1.2, 1.8))
    assert a.total == b.total and a.summary()["interval"]["seed"] == impact.MC_SEED
    fields = [s.field for s in a.sensitivity]
    assert set(fields) == {"visitors", "daily_spend", "multiplier"} and fields[-1] == "visitors"
    assert sum(s.share for s in a.sensitivity) == pytest.approx(1.0)
    by = {s.field: s for s in a.sensitivity}
    # a triangular(1 - p, 1, 1 + p) factor has variance p^2 / 6: counts 0.01 / 6, spend 0.04 / 6, multiplier 0.04 / 6
    assert by["visitors"].share == pytest.approx(1 / 9, abs=0.01)
    assert a.total_extremes[0] < a.total[0] < a.total[1] < a.total[2] < a.total_extremes[1]
    # the headline interval is far narrower than the extremes: x1.6 instead of x2.8 here
    assert a.total[2] / a.total[0] < 0.6 * a.total_extremes[1] / a.total_extremes[0]


def test_nights_of_the_visitors_and_those_the_event_brought():
    fixed = lambda x: impact.Value(x, x, x)  # noqa: E731
    row = impact.SpendRow("overnight_visitor", fixed(0.5), fixed(30.0), fixed(0.65), fixed(150.0), fixed(0.0))
    vis = impact.visitors_from_records([{"profile": "overnight_visitor", "visitors": 10_000}], precision=0.0)
    res = impact.compute_impact(vis, impact.SpendTable([row], fixed(1.0)))
    assert res.nights == pytest.approx((6500, 6500, 6500))  # 10,000 visitor-days x 0.65 nights
    assert res.nights_additional == pytest.approx((3250, 3250, 3250))  # of which half came for the event
