"""footfall:catchment: ranked origins, bands, distance decay and rings, worked out by hand."""

from __future__ import annotations

import json
import subprocess

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from footfall.core import demo
from footfall.core.catchment import catchment, parse_bands, weighted_quantile
from footfall.core.gazetteer import gazetteer, haversine_km
from footfall.core.readers import read_exports

GRAND_PLACE = (4.35236, 50.84673)
#: origin -> visitors on one day, one profile (every count above the threshold of 30)
COUNTS = {"1000": 500, "9000": 200, "2000": 150, "4000": 100, "FR": 50}


@pytest.fixture()
def export(tmp_path):
    src = tmp_path / "herkomst.csv"
    lines = ["datum;zone;profiel;herkomst;aantal"] + [f"06/07/2019;Beurs;dagbezoekers;{c};{v}" for c, v in COUNTS.items()]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


def _distances():
    g = gazetteer()
    out = {}
    for code in COUNTS:
        p = g.resolve("country" if code == "FR" else "postcode", code, "BE")
        out[code] = float(haversine_km(p.lon, p.lat, *GRAND_PLACE))
    return out


def test_bands_shares_and_distances_by_hand(export):
    with read_exports([export], timezone="Europe/Brussels") as ds:
        res = catchment(ds, GRAND_PLACE)
    total = 500 + 200 + 150 + 100 + 50
    assert res.total == total
    rows = {r.flow.code: r for r in res.rows}
    # ranked 1000, 9000, 2000, 4000, FR; cumulative shares .5, .7, .85, .95, 1
    assert [r.rank for r in res.rows] == [1, 2, 3, 4, 5]
    assert [r.visitors for r in res.rows] == [500, 200, 150, 100, 50]
    assert [r.cum_share for r in res.rows] == pytest.approx([500 / total, 700 / total, 850 / total, 950 / total, 1.0])
    # band X: the share ranked before the origin is still below X %:
    # 0 < 50 -> 50; 0.50 is not below 50 -> 75; 0.70 -> 75; 0.85 -> 90; 0.95 is above every band -> none
    assert [r.band for r in res.rows] == [50, 75, 75, 90, None]
    assert res.band_visitors == {50: 500, 75: 350, 90: 100} and res.band_origins == {50: 1, 75: 2, 90: 1}
    d = _distances()
    assert [r.distance_km for r in res.rows] == pytest.approx([d[c] for c in ("1000", "9000", "2000", "4000", "FR")])
    assert d["1000"] < 2 < 25 < d["2000"] < d["9000"] < 50 < d["4000"] < 100 < 250 < d["FR"] < 500
    # by distance: 1000 (500), 2000 (150), 9000 (200), 4000 (100), FR (50); cumulative .5, .65, .85, .95, 1
    assert res.median_km == pytest.approx(d["1000"])  # half the visitors live in 1000
    assert res.p90_km == pytest.approx(d["4000"])
    assert res.ring_km == pytest.approx({50: d["1000"], 75: d["9000"], 90: d["4000"]})
    # decay bins: 0-5 km 500; 25-50 km 350 (Antwerp, Gent); 50-100 km 100 (Liège); 250-500 km 50 (France)
    decay = {(b.from_km, b.to_km): b.visitors for b in res.decay if b.visitors}
    assert decay == {(0, 5): 500, (25, 50): 150 + 200, (50, 100): 100, (250, 500): 50}
    assert res.decay[-1].cum_share == pytest.approx(1.0)
    # per 1,000 residents of Brussels (postcode 1000 has no population; the municipality level has)
    assert rows["1000"].per_1000_residents is None


def test_small_origins_are_ranked_only_inside_their_group(tmp_path):
    src = tmp_path / "h.csv"
    # 1020 and 1030 (Brussels) are below 30: suppressed on reading, never ranked alone
    rows = {"1000": 300, "1020": 12, "1030": 25, "9000": 100}
    src.write_text("datum;zone;profiel;herkomst;aantal\n" + "".join(
        f"06/07/2019;Beurs;dagbezoekers;{c};{v}\n" for c, v in rows.items()), encoding="utf-8")
    with read_exports([src], timezone="Europe/Brussels") as ds:
        res = catchment(ds, GRAND_PLACE)
    assert sum(r.visitors for r in res.rows) == res.total == 300 + 100  # suppressed counts are not guessed
    assert not any(r.flow.code in ("1020", "1030") and not r.flow.other for r in res.rows)
    assert all(r.visitors == 0 or r.visitors >= 30 for r in res.rows)
    # the merged group that holds them says "at least": its parts were suppressed
    assert sum(r.flow.suppressed_parts for r in res.rows) == 2


def test_band_text_and_weighted_quantile():
    assert parse_bands("50; 75 ,90%") == (50, 75, 90)
    assert parse_bands("") == (50, 75, 90)
    for bad in ("0", "120", "half"):
        with pytest.raises(ValueError):
            parse_bands(bad)
    # values 1, 2, 3 with weights 1, 1, 2: half the weight at 2, 90 % at 3
    v, w = np.array([3.0, 1.0, 2.0]), np.array([2.0, 1.0, 1.0])
    assert weighted_quantile(v, w, 0.5) == 2.0 and weighted_quantile(v, w, 0.9) == 3.0


def test_processing_rings_areas_and_decay(provider, tmp_path, export):
    import processing
    res = processing.run("footfall:catchment", {
        "INPUT": str(export), "TIMEZONE": "Europe/Brussels", "VENUE": f"{GRAND_PLACE[0]},{GRAND_PLACE[1]} [EPSG:4326]",
        "LEVEL": 0, "BANDS": "50, 75, 90", "OUTPUT": str(tmp_path / "c.gpkg"),
        "OUTPUT_BANDS": str(tmp_path / "bands.gpkg"), "OUTPUT_DECAY": str(tmp_path / "decay.gpkg")})
    d = _distances()
    assert res["TOTAL"] == 1000 and res["MEDIAN_KM"] == pytest.approx(d["1000"])
    pts = {f["origin_code"]: f for f in QgsVectorLayer(res["OUTPUT"], "c", "ogr").getFeatures()}
    assert pts["9000"]["band"] == 75 and pts["9000"]["cum_share"] == pytest.approx(0.7)
    assert pts["FR"]["band"] is None or str(pts["FR"]["band"]) == "NULL"
    rings = sorted(QgsVectorLayer(res["OUTPUT_BANDS"], "b", "ogr").getFeatures(), key=lambda f: f["band"])
    # exclusive rings: 0-r50 holds 1000 (500), r50-r75 holds 2000 and 9000 (350), r75-r90 holds 4000 (100)
    assert [f["visitors"] for f in rings] == [500, 350, 100]
    assert [f["radius_km"] for f in rings] == pytest.approx([round(d["1000"], 1), round(d["9000"], 1), round(d["4000"], 1)])
    # the 90 % ring reaches Liège: its area is close to pi (r90² − r75²) on the sphere
    from qgis.core import QgsDistanceArea, QgsCoordinateReferenceSystem, QgsProject
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    da.setEllipsoid("EPSG:7030")
    area_km2 = da.measureArea(rings[2].geometry()) / 1e6
    assert area_km2 == pytest.approx(np.pi * (d["4000"] ** 2 - d["9000"] ** 2), rel=0.02)
    decay = list(QgsVectorLayer(res["OUTPUT_DECAY"], "d", "ogr").getFeatures())
    assert sum(f["visitors"] for f in decay) == 1000
    assert sum(f["share"] for f in decay) == pytest.approx(1.0)


def test_bands_as_dissolved_areas(provider, tmp_path):
    import processing
    files = demo.write_lyon_demo(tmp_path / "lyon")
    # three made-up département squares: 69 and 01 (Ain) and 38 (Isère)
    areas = tmp_path / "deps.geojson"
    areas.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"code": c}, "geometry": {"type": "Polygon", "coordinates": [
            [[x, 45], [x + 1, 45], [x + 1, 46], [x, 46], [x, 45]]]}} for c, x in (("69", 4), ("01", 5), ("38", 6))]}))
    res = processing.run("footfall:catchment", {
        "INPUT": str(files["origin"]), "ZONES": str(files["zones"]), "ZONE_FIELD": "zone_id",
        "TIMEZONE": "Europe/Paris", "LEVEL": 2, "AREAS": str(areas), "AREA_FIELD": "code",
        "OUTPUT": str(tmp_path / "c.gpkg"), "OUTPUT_BANDS": str(tmp_path / "b.gpkg")})
    pts = {f["origin_code"]: f for f in QgsVectorLayer(res["OUTPUT"], "c", "ogr").getFeatures()}
    bands = {f["band"]: f for f in QgsVectorLayer(res["OUTPUT_BANDS"], "b", "ogr").getFeatures()}
    # each band polygon is the union of its départements among the three squares
    for b, feat in bands.items():
        mine = [c for c in ("69", "01", "38") if pts[c]["band"] == b]
        assert feat.geometry().area() == pytest.approx(len(mine) * 1.0)  # 1°×1° squares, in degrees²
        assert feat["visitors"] == pytest.approx(sum(f["visitors"] for f in pts.values() if f["band"] == b))
    assert pts["69"]["band"] == 50  # the Rhône is the largest origin


def test_errors_are_clear(provider, tmp_path, export):
    import processing
    with pytest.raises(QgsProcessingException) as err:
        processing.run("footfall:catchment", {"INPUT": str(export), "BANDS": "50, 150", "OUTPUT": "memory:"})
    assert "between 0 and 100" in str(err.value)
    with pytest.raises(QgsProcessingException) as err:
        processing.run("footfall:catchment", {"INPUT": str(export), "OUTPUT": "memory:"})
    assert "Neither zone geometry nor a venue" in str(err.value)


def test_qgis_process_catchment(tmp_path, export, qgis_process_env):
    out = tmp_path / "c.gpkg"
    run = subprocess.run(["qgis_process.bin", "--json", "run", "footfall:catchment", "--", f"INPUT={export}",
                          "TIMEZONE=Europe/Brussels", f"VENUE={GRAND_PLACE[0]},{GRAND_PLACE[1]} [EPSG:4326]",
                          "LEVEL=0", f"OUTPUT={out}"], env=qgis_process_env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    res = json.loads(run.stdout[run.stdout.index("{"):])
    assert res["results"]["TOTAL"] == 1000
    assert res["results"]["P90_KM"] == pytest.approx(_distances()["4000"])
    assert QgsVectorLayer(str(out), "c", "ogr").featureCount() == 5
