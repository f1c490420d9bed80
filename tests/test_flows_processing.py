"""footfall:origin_flows and footfall:origin_summary through processing.run and qgis_process."""

from __future__ import annotations

import json
import subprocess

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from footfall.core import demo
from footfall.core.gazetteer import haversine_km
from footfall.core.readers import read_exports


@pytest.fixture(scope="module")
def lyon(tmp_path_factory):
    return demo.write_lyon_demo(tmp_path_factory.mktemp("lyon"))


@pytest.fixture(scope="module")
def brussels(tmp_path_factory):
    return demo.write_brussels_demo(tmp_path_factory.mktemp("bxl"))


def _flows(tmp_path, files, tz, **extra):
    import processing
    tmp_path.mkdir(parents=True, exist_ok=True)
    out = str(tmp_path / "flows.gpkg")
    params = {"INPUT": str(files["origin"]), "ZONES": str(files["zones"]), "ZONE_FIELD": "zone_id",
              "TIMEZONE": tz, "OUTPUT": out}
    params.update(extra)
    res = processing.run("footfall:origin_flows", params)
    layer = QgsVectorLayer(res["OUTPUT"], "flows", "ogr")
    assert layer.isValid()
    return res, layer


def _known_total(path, tz):
    with read_exports([path], timezone=tz) as ds:
        return ds.con.execute("SELECT sum(count) FROM footfall WHERE origin_code IS NOT NULL").fetchone()[0]


def test_lyon_flows_end_at_the_venue_and_add_up(provider, tmp_path, lyon):
    res, layer = _flows(tmp_path, lyon, "Europe/Paris", LEVEL=0)
    feats = list(layer.getFeatures())
    total = _known_total(lyon["origin"], "Europe/Paris")
    assert sum(f["visitors"] for f in feats) == pytest.approx(total)
    assert res["TOTAL"] == pytest.approx(total) and res["UNRESOLVED"] == 0
    assert sum(f["share"] for f in feats) == pytest.approx(1.0)
    by_code = {f["origin_code"]: f for f in feats}
    rhone = by_code["69"]
    assert rhone["origin_type"] == "department" and rhone["origin_name"] == "Rhône"
    assert rhone["distance_km"] < 30
    # every line ends at one venue point inside the study area (Lambert-93, near Place Bellecour)
    ends = {(round(f.geometry().vertexAt(f.geometry().constGet().nCoordinates() - 1).x()),
             round(f.geometry().vertexAt(f.geometry().constGet().nCoordinates() - 1).y())) for f in feats}
    assert len(ends) == 1
    (x, y), = ends
    assert abs(x - demo.LYON_CENTRE[0]) < 3000 and abs(y - demo.LYON_CENTRE[1]) < 3000
    it = by_code["IT"]
    start = it.geometry().vertexAt(0)
    assert start.x() > 1_000_000  # Italy lies east of Lyon in Lambert-93
    assert it["distance_km"] == pytest.approx(haversine_km(12.03476, 42.99285, 4.84, 45.76), rel=0.05)


def test_levels_keep_the_total_and_a_venue_point_is_used(provider, tmp_path, brussels):
    totals = []
    for level in range(5):
        _res, layer = _flows(tmp_path / str(level), brussels, "Europe/Brussels", LEVEL=level)
        totals.append(sum(f["visitors"] for f in layer.getFeatures()))
    assert totals == pytest.approx([totals[0]] * 5)
    _res, layer = _flows(tmp_path, brussels, "Europe/Brussels", LEVEL=4, VENUE="148080,176060 [EPSG:31370]")
    names = {f["origin_code"]: f for f in layer.getFeatures()}
    assert set(names) >= {"BE", "FR", "NL", "DE", "GB"}
    end = names["FR"].geometry().asPolyline()[-1]
    assert (round(end.x()), round(end.y())) == (148080, 176060)  # the Atomium


def test_detail_follows_the_map_scale(provider, qgis_iface, tmp_path, brussels):
    import processing
    from qgis.core import QgsProject, QgsRenderContext, QgsRuleBasedLabeling
    params = {"INPUT": str(brussels["origin"]), "ZONES": str(brussels["zones"]), "ZONE_FIELD": "zone_id",
              "TIMEZONE": "Europe/Brussels", "LEVEL": 5, "OUTPUT": str(tmp_path / "scale.gpkg")}
    res = processing.runAndLoadResults("footfall:origin_flows", params)
    # the loaded layer's name says what it counts (issue 14): the Brussels origin file is daily presence
    layer = QgsProject.instance().mapLayer(res["OUTPUT"]) or QgsProject.instance().mapLayersByName("Origin flows (visitors per day)")[0]
    feats = list(layer.getFeatures())
    # three levels, each adding up to the total of the placed origins
    for level in (1, 2, 4):
        assert sum(f["visitors"] for f in feats if f["level"] == level) == pytest.approx(res["TOTAL"])
    assert {f["level"] for f in feats} == {1, 2, 4}

    def drawn(scale):
        ctx = QgsRenderContext()
        ctx.setRendererScale(scale)
        r = layer.renderer().clone()
        r.startRender(ctx, layer.fields())
        out = {f["level"] for f in feats if r.willRenderFeature(f, ctx)}
        r.stopRender(ctx)
        return out
    # the style the toolbox applies on loading: municipalities in a city view, provinces for Belgium,
    # countries for Europe
    assert drawn(250_000) == {1} and drawn(2_500_000) == {2} and drawn(20_000_000) == {4}
    labeling = layer.labeling()
    assert isinstance(labeling, QgsRuleBasedLabeling)
    ranges = {r.filterExpression(): (r.minimumScale(), r.maximumScale()) for r in labeling.rootRule().children()}
    assert ranges == {'"level" = 1': (1_000_000, 0), '"level" = 2': (5_000_000, 1_000_000), '"level" = 4': (0, 5_000_000)}
    # the legend names the levels as Belgium does: provinces, not “Provinces / départements”
    assert [r.label() for r in layer.renderer().rootRule().children()] == ["Municipalities", "Provinces", "Countries"]
    assert [r.description() for r in labeling.rootRule().children()] == ["Municipalities", "Provinces", "Countries"]
    QgsProject.instance().removeMapLayer(layer.id())


def test_top_n_per_slot_and_profile_filter(provider, tmp_path, lyon):
    _res, layer = _flows(tmp_path, lyon, "Europe/Paris", LEVEL=4, TOP_N=3)
    assert [f["origin_code"] for f in layer.getFeatures()] == ["FR", "IT", "CH"]
    _res, per = _flows(tmp_path / "slot", lyon, "Europe/Paris", LEVEL=4, BY_SLOT=True)
    feats = list(per.getFeatures())
    assert len({f["start"] for f in feats}) == 4  # the four nights
    _res, whole = _flows(tmp_path / "whole", lyon, "Europe/Paris", LEVEL=4)
    assert sum(f["visitors"] for f in feats) == pytest.approx(sum(f["visitors"] for f in whole.getFeatures()))
    _res, tour = _flows(tmp_path / "tour", lyon, "Europe/Paris", LEVEL=4, PROFILES=[2])  # overnight visitors
    assert sum(f["visitors"] for f in tour.getFeatures()) < sum(f["visitors"] for f in whole.getFeatures())


def test_without_zones_or_venue_the_error_says_what_to_give(provider, tmp_path):
    import processing
    src = tmp_path / "origins.csv"
    src.write_text("zone;date;postcode;count\nStation;2019-07-06;1000;120\nStation;2019-07-06;9000;80\n")
    with pytest.raises(QgsProcessingException) as err:
        processing.run("footfall:origin_flows", {"INPUT": str(src), "OUTPUT": str(tmp_path / "x.gpkg")})
    assert "Neither zone geometry nor a venue" in str(err.value)
    assert not (tmp_path / "x.gpkg").exists()
    # with a venue point, the same file draws its two lines
    res = processing.run("footfall:origin_flows", {"INPUT": str(src), "VENUE": "4.3517,50.8503 [EPSG:4326]",
                                                   "OUTPUT": str(tmp_path / "y.gpkg")})
    layer = QgsVectorLayer(res["OUTPUT"], "y", "ogr")
    assert sorted(f["visitors"] for f in layer.getFeatures()) == [80, 120]


def test_origin_summary_and_choropleth(provider, tmp_path, lyon):
    import processing
    areas = tmp_path / "deps.geojson"
    areas.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"code": c}, "geometry": {"type": "Polygon", "coordinates": [
            [[x, 45], [x + 1, 45], [x + 1, 46], [x, 46], [x, 45]]]}} for c, x in (("69", 4), ("38", 5), ("05", 6))]}))
    res = processing.run("footfall:origin_summary", {
        "INPUT": str(lyon["origin"]), "TIMEZONE": "Europe/Paris", "LEVEL": 2, "AREAS": str(areas),
        "AREA_FIELD": "code", "OUTPUT": str(tmp_path / "sum.gpkg"), "OUTPUT_AREAS": str(tmp_path / "areas.gpkg")})
    pts = {f["origin_code"]: f for f in QgsVectorLayer(res["OUTPUT"], "s", "ogr").getFeatures()}
    rhone = pts["69"]
    # per 1,000 residents = visitors x 1000 / the département's population (INSEE, from the gazetteer)
    assert rhone["per_1000_residents"] == pytest.approx(rhone["visitors"] * 1000 / rhone["population"])
    assert rhone["population"] > 1_800_000
    poly = {f["code"]: f for f in QgsVectorLayer(res["OUTPUT_AREAS"], "a", "ogr").getFeatures()}
    assert poly["69"]["visitors"] == pytest.approx(rhone["visitors"])
    assert poly["05"]["visitors"] == 0  # Hautes-Alpes sent nobody in the demo


def test_qgis_process_origin_flows(tmp_path, lyon, qgis_process_env):
    out = tmp_path / "f.gpkg"
    run = subprocess.run(["qgis_process.bin", "--json", "run", "footfall:origin_flows", "--", f"INPUT={lyon['origin']}",
                          f"ZONES={lyon['zones']}", "ZONE_FIELD=zone_id", "TIMEZONE=Europe/Paris", "LEVEL=4",
                          f"OUTPUT={out}"], env=qgis_process_env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    res = json.loads(run.stdout[run.stdout.index("{"):])
    assert res["results"]["UNRESOLVED"] == 0
    layer = QgsVectorLayer(str(out), "f", "ogr")
    assert layer.featureCount() == 11


def _line_layer(values):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY
    layer = QgsVectorLayer("LineString?crs=EPSG:31370&field=visitors:double&field=origin_type:string", "lines", "memory")
    feats = []
    for i, v in enumerate(values):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(i * 100.0, 0), QgsPointXY(150_000, 170_000)]))
        f.setAttributes([float(v), "postcode"])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_many_lines_are_drawn_thin_under_a_few_thick_ones(qgis_app):
    """With hundreds of lines only the largest flows are thick (with arrows at the map edge); the others
    are one pixel wide, which Qt strokes about six times faster (bench/flows.py)."""
    import numpy as np
    from qgis.core import QgsRenderContext, QgsUnitTypes
    from footfall.cartography.flow_layer import MANY_LINES, THICK_LINES, style_flows
    values = np.round(np.random.default_rng(7).lognormal(4.0, 1.2, 2500)) + 30
    layer = _line_layer(values)
    assert len(values) > MANY_LINES
    style_flows(layer, 30, labels=False)
    ranges = layer.renderer().ranges()
    assert len(ranges) == 5
    for i, r in enumerate(ranges):
        sym = r.symbol()
        line = sym.symbolLayer(0)
        if i < 3:
            assert (line.width(), line.widthUnit()) == (1, QgsUnitTypes.RenderPixels)
            assert sym.symbolLayerCount() == 1  # no edge arrow
        else:
            assert line.widthUnit() == QgsUnitTypes.RenderMillimeters and line.width() >= 2
            assert sym.symbolLayer(1).layerType() == "GeometryGenerator"
    thick = int((values >= ranges[3].lowerValue()).sum())
    assert THICK_LINES / 2 <= thick <= 2 * THICK_LINES
    # every line is drawn by exactly one class
    ctx = QgsRenderContext()
    r = layer.renderer().clone()
    r.startRender(ctx, layer.fields())
    assert all(len(r.symbolsForFeature(f, ctx)) == 1 for f in layer.getFeatures())
    r.stopRender(ctx)
    # a few lines keep the graduated widths in millimetres and every class its arrow
    few = _line_layer(sorted(values)[-40:])
    style_flows(few, 30, labels=False)
    assert [r.symbol().symbolLayerCount() for r in few.renderer().ranges()] == [2] * len(few.renderer().ranges())
    assert {r.symbol().symbolLayer(0).widthUnit() for r in few.renderer().ranges()} == {QgsUnitTypes.RenderMillimeters}
