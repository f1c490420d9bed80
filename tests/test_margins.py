"""A margin on every figure (issue #16, point 5): flows, catchment, origin summary, uplift and Huff's expected
visitors carry their low and high values as fields, worked out here by hand (± the counts' precision;
for the uplift, a difference of two estimates; for Huff, λ ± 1.645 standard errors)."""

from __future__ import annotations

import pytest
from qgis.core import QgsVectorLayer

from footfall.core import huff
from footfall.core.readers import read_export

# one zone, one day, three origins: 1000 (Brussels), 9000 (Gent), FR
EXPORT = ("zone;date;profile;origin;count\n"
          "A;06/07/2019;day visitors;1000;500\n"
          "A;06/07/2019;day visitors;9000;300\n"
          "A;06/07/2019;day visitors;FR;200\n")


@pytest.fixture()
def export(tmp_path):
    p = tmp_path / "o.csv"
    p.write_text(EXPORT, encoding="utf-8")
    return p


def _layer(path):
    return {f["origin_code"]: f for f in QgsVectorLayer(path, "l", "ogr").getFeatures()}


def test_flows_and_origin_summary_carry_the_range(provider, tmp_path, export):
    import processing
    res = processing.run("footfall:origin_flows", {
        "INPUT": str(export), "TIMEZONE": "Europe/Brussels", "LEVEL": 0, "VENUE": "4.3525,50.8467 [EPSG:4326]",
        "OUTPUT": str(tmp_path / "f.gpkg")})
    rows = _layer(res["OUTPUT"])
    assert (rows["9000"]["visitors"], rows["9000"]["visitors_low"], rows["9000"]["visitors_high"]) == pytest.approx(
        (300, 270, 330))  # ±10 %, the default precision
    res = processing.run("footfall:origin_summary", {
        "INPUT": str(export), "TIMEZONE": "Europe/Brussels", "LEVEL": 0, "OUTPUT": str(tmp_path / "s.gpkg")})
    rows = _layer(res["OUTPUT"])
    assert (rows["FR"]["visitors_low"], rows["FR"]["visitors_high"]) == pytest.approx((180, 220))
    assert (res["TOTAL_LOW"], res["TOTAL"], res["TOTAL_HIGH"]) == pytest.approx((900, 1000, 1100))


def test_catchment_rows_bands_and_bins_carry_the_range(provider, tmp_path, export):
    import processing
    res = processing.run("footfall:catchment", {
        "INPUT": str(export), "TIMEZONE": "Europe/Brussels", "VENUE": "4.3525,50.8467 [EPSG:4326]",
        "LEVEL": 0, "BANDS": "50, 90", "OUTPUT": str(tmp_path / "c.gpkg"),
        "OUTPUT_BANDS": str(tmp_path / "b.gpkg"), "OUTPUT_DECAY": str(tmp_path / "d.gpkg")})
    rows = _layer(res["OUTPUT"])
    assert (rows["1000"]["visitors_low"], rows["1000"]["visitors_high"]) == pytest.approx((450, 550))
    assert (res["TOTAL_LOW"], res["TOTAL_HIGH"]) == pytest.approx((900, 1100))
    for f in QgsVectorLayer(res["OUTPUT_BANDS"], "b", "ogr").getFeatures():
        assert (f["visitors_low"], f["visitors_high"]) == pytest.approx((0.9 * f["visitors"], 1.1 * f["visitors"]))
    for f in QgsVectorLayer(res["OUTPUT_DECAY"], "d", "ogr").getFeatures():
        assert (f["visitors_low"], f["visitors_high"]) == pytest.approx((0.9 * f["visitors"], 1.1 * f["visitors"]))


def test_uplift_range_is_a_difference_of_two_estimates(tmp_path):
    import datetime as dt
    from footfall.core.uplift import UpliftQuery, uplift
    lines = ["zone;date;time;profile;count"]
    for day, v in (("2019-06-08", 100), ("2019-06-15", 120), ("2019-06-22", 90), ("2019-06-29", 300),
                   ("2019-07-06", 410)):
        lines.append(f"A;{day};10:00;all;{v}")
    src = tmp_path / "u.csv"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with read_export(src, timezone="Europe/Brussels") as ds:
        res = uplift(ds, UpliftQuery(event_days=[dt.date(2019, 7, 6)]))
    r = res.ranges()
    # event 410 ± 10 %, baseline the median 110 ± 10 %: uplift 300, between 369 − 121 and 451 − 99
    assert (r["event_low"][0], r["event_high"][0]) == pytest.approx((369, 451))
    assert (r["baseline_low"][0], r["baseline_high"][0]) == pytest.approx((99, 121))
    assert (r["uplift_low"][0], res.uplift[0], r["uplift_high"][0]) == pytest.approx((248, 300, 352))
    assert res.total_uplift_range() == pytest.approx((248, 352))


def test_huff_expected_visitors_at_lambda_plus_minus_its_standard_error():
    a = [1.0, 2.0]
    d = [[1.0, 2.0], [3.0, 1.5]]
    pop = [1000, 900]
    lo, hi = huff.expected_range(pop, a, d, 2.0, 0.1)
    # by hand at λ = 2 − 0.1645 and 2 + 0.1645: origin 1, venue 1 gets A/d^λ of the sum
    for lam in (2 - 0.1645, 2 + 0.1645):
        w1, w2 = 1.0 / 1.0 ** lam, 2.0 / 2.0 ** lam
        e = 1000 * w1 / (w1 + w2)
        assert lo[0, 0] - 1e-9 <= e <= hi[0, 0] + 1e-9
    w = [1.0 / 1.0 ** (2 - 0.1645), 2.0 / 2.0 ** (2 - 0.1645)]
    v = [1.0 / 1.0 ** (2 + 0.1645), 2.0 / 2.0 ** (2 + 0.1645)]
    assert sorted([lo[0, 0], hi[0, 0]]) == pytest.approx(sorted([1000 * w[0] / sum(w), 1000 * v[0] / sum(v)]))
    mid = huff.expected_visitors(pop, huff.huff_probabilities(a, d, 2.0))
    assert (lo <= mid + 1e-9).all() and (mid <= hi + 1e-9).all()
    assert huff.expected_range(pop, a, d, 2.0, None) is None  # λ given: no statistical margin
