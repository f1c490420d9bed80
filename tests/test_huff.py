"""footfall:huff: the Huff model worked by hand, its calibration, through processing.run and qgis_process.

Points lie on the Greenwich meridian, so that distances are whole degrees of latitude:
1° = 6371.0088 km × π / 180 = 111.195 km (the radius of ``core/gazetteer.py:haversine_km``).
"""

from __future__ import annotations

import json
import math
import subprocess

import numpy as np
import pytest
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

from footfall.core import huff

DEG_KM = 6371.0088 * math.pi / 180  # 111.195 km


# -- the core, by hand ---------------------------------------------------------------------------------
def test_distances_are_great_circle_km():
    d = huff.distances_km([(0, 1), (0, 2)], [(0, 0), (0, 3), (1, 0)])
    assert d.shape == (2, 3)
    assert d[0, 0] == pytest.approx(1 * DEG_KM) and d[0, 1] == pytest.approx(2 * DEG_KM)
    assert d[1, 0] == pytest.approx(2 * DEG_KM) and d[1, 1] == pytest.approx(1 * DEG_KM)
    # along the equator one degree of longitude is one degree of arc too
    assert huff.distances_km([(0, 0)], [(1, 0)])[0, 0] == pytest.approx(DEG_KM)


def test_two_origins_two_venues_by_hand():
    a = [10, 20]
    d = np.array([[1, 2], [2, 1]]) * DEG_KM  # origin 1 is 1° from venue 1 and 2° from venue 2; origin 2 the reverse
    p = huff.huff_probabilities(a, d, 2.0)
    # origin 1: 10/1² against 20/2² = 5  -> 10 / 15; origin 2: 10/2² = 2.5 against 20/1² -> 2.5 / 22.5
    assert p[0, 0] == pytest.approx(10 / (10 + 20 / 4)) and p[0, 1] == pytest.approx(5 / 15)
    assert p[1, 0] == pytest.approx((10 / 4) / (10 / 4 + 20)) and p[1, 1] == pytest.approx(20 / 22.5)
    assert p.sum(axis=1) == pytest.approx([1.0, 1.0])
    e = huff.expected_visitors([1000, 900], p)
    assert e[0, 0] == pytest.approx(1000 * 2 / 3) and e[1, 1] == pytest.approx(900 * 8 / 9)  # = 800
    # λ = 0: distance does not matter, shares follow the attractiveness, 10/30 and 20/30
    p0 = huff.huff_probabilities(a, d, 0.0)
    assert p0 == pytest.approx(np.array([[1 / 3, 2 / 3], [1 / 3, 2 / 3]]))


def test_origin_at_a_venue_uses_the_floor_distance_and_large_lambda_is_stable():
    d = np.array([[0.0, 3 * DEG_KM]])
    p = huff.huff_probabilities([10, 20], d, 2.0)
    near, far = 10 / 0.1 ** 2, 20 / (3 * DEG_KM) ** 2  # 0 km is counted as FLOOR_KM = 0.1 km
    assert huff.FLOOR_KM == 0.1
    assert p[0, 0] == pytest.approx(near / (near + far))
    # λ = 300 would overflow d^λ (111^300); in log space the nearest venue simply takes everything
    p = huff.huff_probabilities([10, 20], np.array([[1, 2]]) * DEG_KM, 300.0)
    assert np.all(np.isfinite(p)) and p[0, 0] == pytest.approx(1.0)


def _grid():
    """30 origins and 4 venues of known attractiveness in Belgium-sized space."""
    lon, lat = np.meshgrid(np.linspace(3.0, 5.0, 6), np.linspace(50.0, 51.0, 5))
    origins = np.column_stack([lon.ravel(), lat.ravel()])
    venues = np.array([(3.2, 50.2), (4.9, 50.1), (4.0, 50.9), (3.9, 50.5)])
    return origins, venues, np.array([10.0, 20.0, 35.0, 5.0])


def test_calibration_recovers_lambda_exactly_without_noise():
    origins, venues, a = _grid()
    d = huff.distances_km(origins, venues)
    shares = huff.huff_probabilities(a, d, 1.7)
    fit = huff.calibrate(shares, a, d)
    assert fit.lam == pytest.approx(1.7, abs=1e-6)
    assert fit.r2 == pytest.approx(1.0, abs=1e-9) and fit.rmse == pytest.approx(0.0, abs=1e-9)
    assert fit.pairs == 30 * (4 - 1)  # every origin gives one log-odds per venue besides its reference
    assert fit.se == pytest.approx(0.0, abs=1e-6) and fit.fitted
    # shares from observed visitors: 1,000 visitors per origin shared by P
    assert huff.observed_shares(1000 * shares) == pytest.approx(shares)


def test_calibration_with_noise_is_close_and_reports_a_margin():
    origins, venues, a = _grid()
    d = huff.distances_km(origins, venues)
    rng = np.random.default_rng(7)
    noisy = huff.huff_probabilities(a, d, 1.7) * np.exp(rng.normal(0.0, 0.1, d.shape))  # 10 % noise
    noisy /= noisy.sum(axis=1, keepdims=True)
    fit = huff.calibrate(noisy, a, d)
    assert abs(fit.lam - 1.7) < 3 * fit.se and 0 < fit.se < 0.2
    assert 0.8 < fit.r2 < 1.0 and 0 < fit.rmse < 0.05


def test_given_lambda_is_checked_not_fitted_and_attractiveness_can_be_fitted():
    origins, venues, a = _grid()
    d = huff.distances_km(origins, venues)
    shares = huff.huff_probabilities(a, d, 1.7)
    check = huff.calibrate(shares, a, d, lam=2.0)
    assert check.lam == 2.0 and not check.fitted and check.se is None and check.r2 < 1.0 and check.rmse > 0
    fit = huff.calibrate(shares, np.ones(4), d, fit_attractiveness=True)  # start from equal attractiveness
    assert fit.lam == pytest.approx(1.7, abs=1e-6)
    # recovered up to a common factor, kept at the geometric mean of the given values (1)
    assert fit.attractiveness / fit.attractiveness[0] == pytest.approx(a / a[0])
    assert np.prod(fit.attractiveness) == pytest.approx(1.0)


def test_origins_without_observations_and_zero_shares_are_left_out():
    d = np.array([[1, 2, 3], [2, 1, 3], [1, 1, 1], [3, 2, 1]]) * DEG_KM
    a = np.array([10.0, 20.0, 30.0])
    s = huff.huff_probabilities(a, d, 1.7)
    s[2] = np.nan  # not observed
    s[3] = [0.0, 0.3, 0.7]  # venue 1 not visited from origin 4: only venues 2 and 3 give a log-odds
    fit = huff.calibrate(s, a, d)
    assert fit.pairs == 2 + 2 + 1
    # origin 4 alone: log(0.7/0.3) = log(30/20) − λ log(1/2)  ->  λ = log(0.7/0.3 × 20/30) / log 2
    alone = huff.calibrate(np.array([[np.nan] * 3, [np.nan] * 3, [np.nan] * 3, [0.0, 0.3, 0.7]]), a, d)
    assert alone.pairs == 1
    assert alone.lam == pytest.approx(math.log(0.7 / 0.3 * 20 / 30) / math.log(2))


def test_core_errors():
    d = np.array([[1.0, 2.0]])
    with pytest.raises(huff.HuffError, match="at least two venues"):
        huff.huff_probabilities([10], d[:, :1], 2.0)
    with pytest.raises(huff.HuffError, match="above 0"):
        huff.huff_probabilities([10, 0], d, 2.0)
    with pytest.raises(huff.HuffError, match="nothing to fit"):
        huff.calibrate(np.array([[1.0, 0.0]]), [1, 1], d)
    with pytest.raises(huff.HuffError, match="below 0"):  # the farther venue draws more
        huff.calibrate(np.array([[0.2, 0.8]]), [1, 1], d)


# -- through Processing ---------------------------------------------------------------------------------
def _points(path, rows):
    """A GeoJSON point layer from (lon, lat, properties) rows."""
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": [x, y]}}
        for x, y, props in rows]}), encoding="utf-8")
    return str(path)


@pytest.fixture()
def two_by_two(tmp_path):
    origins = _points(tmp_path / "origins.geojson", [(0, 1, {"code": 1, "pop": 1000}),
                                                      (0, 2, {"code": 2, "pop": 900})])
    venues = _points(tmp_path / "venues.geojson", [(0, 0, {"name": "South", "floor": 10}),
                                                    (0, 3, {"name": "North", "floor": 20})])
    return origins, venues


def _null(value) -> bool:
    return value is None or value == NULL


class _Log:
    """A feedback that keeps what the algorithm says."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.lines = []

            def pushInfo(self, info):  # noqa: N802
                self.lines.append(info)

            def pushWarning(self, warning):  # noqa: N802
                self.lines.append(warning)
        return Feedback()


def _run(tmp_path, origins, venues, feedback=None, **extra):
    import processing
    params = {"ORIGINS": origins, "ORIGIN_ID_FIELD": "code", "VENUES": venues, "VENUE_ID_FIELD": "name",
              "ATTRACTIVENESS_FIELD": "floor", "OUTPUT": str(tmp_path / "huff.gpkg")}
    params.update(extra)
    res = processing.run("footfall:huff", params, feedback=feedback)
    layer = QgsVectorLayer(res["OUTPUT"], "huff", "ogr")
    assert layer.isValid()
    return res, {(f["origin_id"], f["venue_id"]): f for f in layer.getFeatures()}


def test_processing_two_by_two_by_hand(provider, tmp_path, two_by_two):
    res, rows = _run(tmp_path, *two_by_two, POPULATION_FIELD="pop")
    assert len(rows) == 4 and res["LAMBDA"] == 2.0 and res["R2"] is None
    assert rows[("1", "South")]["probability"] == pytest.approx(10 / (10 + 20 / 2 ** 2))  # 2/3
    assert rows[("2", "North")]["probability"] == pytest.approx(20 / (10 / 2 ** 2 + 20))  # 8/9
    assert rows[("2", "North")]["expected_visitors"] == pytest.approx(900 * 20 / 22.5)  # 800
    assert _null(rows[("2", "North")]["expected_low"])  # λ given: the model has no statistical margin
    assert rows[("1", "North")]["distance_km"] == pytest.approx(2 * DEG_KM, rel=1e-6)
    assert _null(rows[("1", "South")]["observed_share"])  # no observed table
    for o in ("1", "2"):
        assert rows[(o, "South")]["probability"] + rows[(o, "North")]["probability"] == pytest.approx(1.0)
    # the point is the origin's, in the origins' CRS
    pt = rows[("2", "South")].geometry().asPoint()
    assert (pt.x(), pt.y()) == (0, 2)
    # without population the expected visitors are empty
    (tmp_path / "nopop").mkdir()
    _res, rows = _run(tmp_path / "nopop", *two_by_two, LAMBDA=0.0)
    assert _null(rows[("1", "South")]["expected_visitors"])
    assert rows[("1", "South")]["probability"] == pytest.approx(10 / 30)  # λ = 0: shares of A


def test_polygon_origins_use_a_point_on_their_surface(provider, tmp_path, two_by_two):
    _o, venues = two_by_two
    poly = tmp_path / "areas.geojson"
    # a square around (0, 1): its point on surface is at 1° from the South venue
    poly.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"code": "A"}, "geometry": {"type": "Polygon", "coordinates": [
            [[-0.1, 0.9], [0.1, 0.9], [0.1, 1.1], [-0.1, 1.1], [-0.1, 0.9]]]}}]}))
    _res, rows = _run(tmp_path, str(poly), venues)
    f = rows[("A", "South")]
    assert f.geometry().asPoint().y() == pytest.approx(1.0, abs=0.1)
    assert f["distance_km"] == pytest.approx(DEG_KM, rel=0.1)


def _observed_csv(path, rows):
    path.write_text("origin;venue;visitors\n" + "".join(f"{o};{v};{n}\n" for o, v, n in rows), encoding="utf-8")
    return str(path)


def test_processing_calibration_recovers_lambda(provider, tmp_path):
    origins, venues, a = _grid()
    opath = _points(tmp_path / "o.geojson", [(x, y, {"code": f"O{i}", "pop": 5000})
                                             for i, (x, y) in enumerate(origins)])
    vpath = _points(tmp_path / "v.geojson", [(x, y, {"name": f"V{j}", "floor": float(a[j])})
                                             for j, (x, y) in enumerate(venues)])
    # observed: 1,000 visitors per origin, shared with λ = 1.7 (written with all their digits)
    p = huff.huff_probabilities(a, huff.distances_km(origins, venues), 1.7)
    obs = _observed_csv(tmp_path / "obs.csv", [(f"O{i}", f"V{j}", repr(1000 * p[i, j]))
                                               for i in range(len(origins)) for j in range(len(venues))])
    common = {"OBSERVED": obs, "OBSERVED_ORIGIN_FIELD": "origin", "OBSERVED_VENUE_FIELD": "venue",
              "OBSERVED_VISITORS_FIELD": "visitors", "POPULATION_FIELD": "pop"}
    log = _Log()
    res, rows = _run(tmp_path, opath, vpath, feedback=log, CALIBRATE=True, **common)
    assert res["LAMBDA"] == pytest.approx(1.7, abs=1e-6)
    assert res["R2"] == pytest.approx(1.0, abs=1e-9) and res["RMSE"] == pytest.approx(0.0, abs=1e-9)
    assert res["PAIRS"] == 30 * (4 - 1)
    assert "λ fitted to the observed shares: 1.700 (standard error 0.000), from 90 log-odds." in log.lines
    assert "R² of the log-odds: 1.000; RMSE of the predicted shares: 0.0000." in log.lines
    f = rows[("O0", "V0")]
    assert f["probability"] == pytest.approx(p[0, 0], abs=1e-9)
    assert f["expected_visitors"] == pytest.approx(5000 * p[0, 0], rel=1e-6)
    # fitted without noise: the standard error is ~0, so the margin of the expected visitors closes on them
    assert f["expected_low"] == pytest.approx(f["expected_visitors"], rel=1e-4)
    assert f["expected_high"] == pytest.approx(f["expected_visitors"], rel=1e-4)
    # observed shares appear only where the observed count is at least 30 ...
    small = [(i, j) for i in range(30) for j in range(4) if 1000 * p[i, j] < 30]
    whole = [i for i in range(30) if all(1000 * p[i, j] >= 30 for j in range(4))]
    assert small and whole
    for j in range(4):  # an origin without small cells shows all its shares
        assert rows[(f"O{whole[0]}", f"V{j}")]["observed_share"] == pytest.approx(p[whole[0], j])
    for i, j in small:
        assert _null(rows[(f"O{i}", f"V{j}")]["observed_share"])
    # ... and never exactly one share of an origin is hidden: it would be 1 minus the shares shown
    for i in range(30):
        hidden = [j for j in range(4) if _null(rows[(f"O{i}", f"V{j}")]["observed_share"])]
        assert len(hidden) != 1, (i, hidden)
    # with every attractiveness at 1, fitting them too gives back λ and the probabilities
    equal = _points(tmp_path / "v1.geojson", [(x, y, {"name": f"V{j}", "floor": 1}) for j, (x, y) in enumerate(venues)])
    (tmp_path / "fit_a").mkdir()
    res3, rows3 = _run(tmp_path / "fit_a", opath, equal, FIT_ATTRACTIVENESS=True, **common)
    assert res3["LAMBDA"] == pytest.approx(1.7, abs=1e-6)
    assert rows3[("O0", "V2")]["probability"] == pytest.approx(p[0, 2], abs=1e-9)
    # without calibration, λ = 2 is kept and the fit says it is worse
    (tmp_path / "check").mkdir()
    res2, _rows = _run(tmp_path / "check", opath, vpath, **common)
    assert res2["LAMBDA"] == 2.0 and res2["R2"] < 1.0 and res2["RMSE"] > 0


def test_processing_suppressed_observed_counts_leave_the_origin_out(provider, tmp_path, two_by_two):
    # origin 1: 120 and 40 -> shares 0.75 / 0.25 ; origin 2: a suppressed cell ("s") -> out of the fit
    obs = _observed_csv(tmp_path / "obs.csv", [(1, "South", 120), (1, "North", 40), (2, "South", "s"),
                                               (2, "North", 300)])
    res, rows = _run(tmp_path, *two_by_two, OBSERVED=obs, OBSERVED_ORIGIN_FIELD="origin",
                     OBSERVED_VENUE_FIELD="venue", OBSERVED_VISITORS_FIELD="visitors", CALIBRATE=True)
    # one log-odds: log(40/120) = log(20/10) − λ log(2/1)  ->  λ = log(2 × 3) / log 2
    assert res["PAIRS"] == 1
    assert res["LAMBDA"] == pytest.approx(math.log(2 * 120 / 40) / math.log(2))
    assert rows[("1", "South")]["observed_share"] == pytest.approx(120 / 160)
    assert _null(rows[("2", "North")]["observed_share"])


def test_error_messages(provider, tmp_path, two_by_two):
    origins, venues = two_by_two
    bad = _points(tmp_path / "bad.geojson", [(0, 0, {"name": "South", "floor": 10}),
                                             (0, 3, {"name": "North", "floor": 0})])
    with pytest.raises(QgsProcessingException, match="Venue “North” has an attractiveness of 0"):
        _run(tmp_path, origins, bad)
    empty = _points(tmp_path / "empty.geojson", [(0, 0, {"name": "South", "floor": 10}),
                                                 (0, 3, {"name": "Gare", "floor": None})])
    with pytest.raises(QgsProcessingException, match="Venue “Gare” has no attractiveness"):
        _run(tmp_path, origins, empty)
    one = _points(tmp_path / "one.geojson", [(0, 0, {"name": "South", "floor": 10})])
    with pytest.raises(QgsProcessingException, match="at least two venues"):
        _run(tmp_path, origins, one)
    with pytest.raises(QgsProcessingException, match="Calibration needs observed visitors"):
        _run(tmp_path, origins, venues, CALIBRATE=True)
    assert not (tmp_path / "huff.gpkg").exists()  # nothing written


def test_qgis_process_huff(tmp_path, two_by_two, qgis_process_env):
    origins, venues = two_by_two
    out = tmp_path / "h.gpkg"
    run = subprocess.run(["qgis_process.bin", "--json", "run", "footfall:huff", "--", f"ORIGINS={origins}",
                          "ORIGIN_ID_FIELD=code", "POPULATION_FIELD=pop", f"VENUES={venues}", "VENUE_ID_FIELD=name",
                          "ATTRACTIVENESS_FIELD=floor", "LAMBDA=1", f"OUTPUT={out}"],
                         env=qgis_process_env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    res = json.loads(run.stdout[run.stdout.index("{"):])
    assert res["results"]["LAMBDA"] == 1.0
    rows = {(f["origin_id"], f["venue_id"]): f for f in QgsVectorLayer(str(out), "h", "ogr").getFeatures()}
    # λ = 1: origin 2 sees 10/2 = 5 against 20/1 = 20 -> 20 / 25 of 900 people
    assert rows[("2", "North")]["expected_visitors"] == pytest.approx(900 * 20 / 25)
