"""Geographic context under every map, and the newsroom exports (issue 18): bundled boundaries keyed like
the gazetteers, credits on every map that draws them, the export options (size, speed, window, title,
still), the GIF size budget of the Brussels demo, no flows baked into the heat, "synthetic" on demos."""

from __future__ import annotations

import json

import numpy as np
import pytest

from footfall.core import boundaries


# -- core.boundaries (no QGIS) ----------------------------------------------------------------------------
def test_boundaries_are_keyed_like_the_gazetteers():
    from footfall.core.gazetteer import gazetteer
    gaz = gazetteer()
    deps = boundaries.boundaries("fr_department")
    assert set(deps) == {p.code for p in gaz.of_level("department", "FR")}  # 01 … 95, 2A, 2B
    assert "2A" in deps and "69" in deps
    assert set(boundaries.boundaries("be_province")) == {p.code for p in gaz.of_level("province", "BE")}
    assert set(boundaries.boundaries("be_region")) == {"02000", "03000", "04000"}
    countries = boundaries.boundaries("country")
    assert {"BE", "FR", "IT", "CH", "NL", "DE", "GB", "US", "CN"} <= set(countries)
    # every id is an ISO code of the gazetteer (Kosovo has only the user-assigned XK)
    assert all(f"C:{c}" in gaz.places for c in countries if c != "XK")
    # kinds without bundled boundaries are empty, never an error
    assert boundaries.boundaries("be_municipality") == {} and "fr_commune" in boundaries.MISSING


def test_boundaries_are_valid_polygons_where_they_should_be():
    from osgeo import ogr
    wkt = boundaries.boundaries("fr_department")["69"]
    g = ogr.CreateGeometryFromWkt(wkt)
    assert g is not None and g.IsValid()
    assert g.Contains(ogr.CreateGeometryFromWkt("POINT (4.8357 45.7640)"))  # Lyon, place Bellecour
    be = ogr.CreateGeometryFromWkt(boundaries.boundaries("country")["BE"])
    assert be.Contains(ogr.CreateGeometryFromWkt("POINT (4.3517 50.8503)"))  # Brussels, Grand-Place
    assert 2.5 < be.GetArea() < 4.5  # square degrees: Belgium is about 30,700 km² at 50.5° N


def test_geojson_of_an_extent_for_the_web_page():
    ext = boundaries.degrees_around(4.35, 50.85, 150)
    fc = boundaries.geojson(ext, ["country", "be_province"], tolerance=0.01)
    ids = {(f["properties"]["kind"], f["properties"]["id"]) for f in fc["features"]}
    assert ("country", "BE") in ids and ("country", "NL") in ids and ("be_province", "10000") in ids
    assert ("country", "JP") not in ids
    assert fc["attribution"] == "Natural Earth"
    json.dumps(fc)  # serialisable as it is


def test_place_labels_of_a_city_map_show_its_arrondissements():
    names = [d["name"] for d in boundaries.place_labels((4.76, 45.70, 4.93, 45.82), "fr")]
    assert "Lyon 1er" in names and "Villeurbanne" in names and "Lyon" not in names
    nl = [d["name"] for d in boundaries.place_labels((4.25, 50.76, 4.49, 50.92), "nl")]
    assert nl[0] == "Brussel" and "Elsene" in nl and "Ixelles" not in nl


# -- QGIS: renderers ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def brussels(qgis_app, tmp_path_factory):
    from footfall.core import demo, heat
    from footfall.core.readers import read_exports
    files = demo.demo_files("brussels", tmp_path_factory.mktemp("bxl"))
    ds = read_exports([files["presence"], files["origin"]], "Europe/Brussels", operator="Proximus (demo)")
    cube, _z, _s = heat.cube_for_dataset(ds, heat.HeatParams(radius=500, pixel=100))
    yield ds, cube, heat.ensure_projected(ds)
    ds.close()


def _renderer(brussels, **kw):
    from qgis.core import QgsCoordinateReferenceSystem
    from footfall.cartography.render import FrameRenderer
    ds, cube, crs = brussels
    args = dict(width=400, height=300, vmax=cube.scale_max(0.999), timezone="Europe/Brussels", title="T",
                attribution="Footfall")
    args.update(kw)
    w, h = args.pop("width"), args.pop("height")
    return FrameRenderer(cube, QgsCoordinateReferenceSystem(crs), w, h, args.pop("vmax"), args.pop("timezone"),
                         args.pop("title"), args.pop("attribution"), **args)


def test_heat_frames_draw_the_context_and_credit_it(brussels):
    r = _renderer(brussels)
    assert "Natural Earth" in r.attribution and "GeoNames" in r.attribution
    assert r.context_layers, "land and place names are drawn"
    bare = _renderer(brussels, context=False)
    assert "Natural Earth" not in bare.attribution
    a = r.to_rgb(r.render(10))
    b = bare.to_rgb(bare.render(10))
    assert (a != b).any(), "the context changes the picture"


def test_an_online_basemap_that_cannot_load_says_so_and_falls_back(brussels):
    r = _renderer(brussels, online="http://127.0.0.1:9/{z}/{x}/{y}.png", online_attribution="© nobody")
    assert "could not be loaded" in r.message
    assert "Natural Earth" in r.attribution and "© nobody" not in r.attribution


def test_export_options_change_the_output(brussels, tmp_path):
    from PIL import Image
    from footfall.cartography.render import export_animation
    ds, cube, _crs = brussels
    r = _renderer(brussels, width=270, height=480, title="Grand Départ", subtitle="Heat", source="Source: demo",
                  synthetic=True)
    starts = np.asarray(cube.starts, dtype=float)
    window = (starts[40], starts[40] + 3600.0)  # four 15-minute slots
    res = export_animation(r, str(tmp_path / "a.gif"), None, 4.0, start=window[0], end=window[1],
                           still=str(tmp_path / "a.png"), still_slot=41)
    assert res["frames"] == 4 and res["step"] == 1
    gif = Image.open(tmp_path / "a.gif")
    assert gif.size == (270, 480) and gif.n_frames == 4
    assert gif.info["duration"] == 250  # 4 slots per second
    assert b"Grand D" in gif.info.get("comment", b"")
    still = Image.open(tmp_path / "a.png")
    assert still.size == (270, 480)
    assert still.text["Title"] == "Grand Départ"
    assert "Synthetic demo data" in still.text["Description"] and "Source: demo" in still.text["Description"]
    assert "Natural Earth" in still.text["Copyright"]
    # the still is the slot asked for: its caption's time is that slot's
    assert r.caption(41).split(",")[1].strip()[:5] in still.text["Description"]
    # speed: 8 slots per second halves each frame's duration
    export_animation(r, str(tmp_path / "b.gif"), None, 8.0, start=window[0], end=window[1])
    assert abs(Image.open(tmp_path / "b.gif").info["duration"] - 125) <= 10  # GIF counts in 1/100 s
    # an empty window is an error, and nothing is written
    with pytest.raises(ValueError):
        export_animation(r, str(tmp_path / "c.gif"), None, 8.0, start=starts[-1] + 1)
    assert not (tmp_path / "c.gif").exists()
    # a title changes the picture
    other = _renderer(brussels, width=270, height=480, title="Another title", subtitle="Heat", source="Source: demo",
                      synthetic=True)
    assert (other.to_rgb(other.render(41)) != r.to_rgb(r.render(41))).any()


def test_gif_budget_holds_for_the_brussels_demo_at_1080(qgis_app, tmp_path):
    """The demo's own settings (20 m pixels, radius 500 m), 192 slots, 1080 × 1080: under 8 MB."""
    from qgis.core import QgsCoordinateReferenceSystem
    from footfall.cartography.render import GIF_BUDGET_BYTES, FrameRenderer, export_animation
    from footfall.core import demo, heat
    from footfall.core.readers import read_exports
    files = demo.demo_files("brussels", tmp_path / "bxl")
    ds = read_exports([files["presence"], files["origin"]], "Europe/Brussels")
    try:
        cube, _z, _s = heat.cube_for_dataset(ds, heat.HeatParams(radius=500, pixel=20))
        r = FrameRenderer(cube, QgsCoordinateReferenceSystem(heat.ensure_projected(ds)), 1080, 1080,
                          cube.scale_max(0.999), "Europe/Brussels", "Tour de France 2019", "Footfall", synthetic=True)
        res = export_animation(r, str(tmp_path / "bxl.gif"), None, 8.0)
    finally:
        ds.close()
    size = (tmp_path / "bxl.gif").stat().st_size
    assert size <= GIF_BUDGET_BYTES == 8_000_000
    assert res["bytes"] == size and res["frames"] == len(range(0, 192, res["step"]))
    assert res["step"] <= 4, "at least one frame per hour"


def test_flow_map_and_zone_still_credit_the_context(brussels, tmp_path):
    from PIL import Image
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
    from footfall.cartography.flow_layer import flow_features, memory_layer, render_flow_map, style_flows
    from footfall.cartography.geometry import weighted_venue, zone_centroids
    from footfall.core.flows import FlowQuery, origin_flows
    ds, _cube, crs = brussels
    qcrs = QgsCoordinateReferenceSystem(crs)
    res = origin_flows(ds, FlowQuery(level=1, top_n=10))
    venue = weighted_venue(ds, zone_centroids(ds), None)
    layer = memory_layer(flow_features(res, {"": venue}, qcrs), qcrs, "flows")
    style_flows(layer, 30)
    ext = QgsRectangle(venue.x() - 120e3, venue.y() - 100e3, venue.x() + 120e3, venue.y() + 100e3)
    credits = render_flow_map([layer], qcrs, ext, 600, 500, "Flows", ["line"], str(tmp_path / "f.png"),
                              credits=["Footfall"], synthetic=True)
    assert "Natural Earth" in credits
    img = Image.open(tmp_path / "f.png")
    assert "Natural Earth" in img.text["Copyright"] and "Synthetic" in img.text["Description"]


def test_flow_legend_classes_are_round_and_do_not_overlap():
    from footfall.cartography.flow_layer import _breaks, class_labels, round_break
    assert [round_break(x) for x in (13, 97, 130, 270, 1320, 4100, 68_000)] == [15, 100, 150, 250, 1500, 4000, 75_000]
    edges = _breaks(list(np.linspace(31, 5432, 40)))
    labels = class_labels(edges)
    assert labels[-1].endswith("or more")
    # each class ends one below where the next starts: no value belongs to two labels
    for a, b in zip(labels[:-1], labels[1:]):
        hi = float(a.split("–")[1].replace(",", "").replace(".", "").strip())
        lo = float(b.split("–")[0].split(" or")[0].replace(",", "").replace(".", "").strip())
        assert hi + 1 == lo


def test_no_flows_in_the_heat_frames_of_the_plugin(qgis_iface, qgis_new_project, brussels):
    """The flows layer on the canvas is never drawn under the heat (it was, as a faded basemap)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsLineSymbol, QgsPointXY, QgsProject, QgsVectorLayer
    import footfall
    from footfall.plugin.plugin import LoadedExport
    ds, cube, crs = brussels
    g = cube.grid
    flows = QgsVectorLayer(f"LineString?crs={crs}", "flows", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(g.xmin, g.ymin), QgsPointXY(g.xmax, g.ymax)]))
    flows.dataProvider().addFeatures([f])
    flows.setRenderer(flows.renderer().clone())
    flows.renderer().setSymbol(QgsLineSymbol.createSimple({"line_color": "0,255,0", "line_width": "3"}))
    flows.setCustomProperty("footfall/kind", "flows")
    QgsProject.instance().addMapLayer(flows)
    qgis_iface.mapCanvas().setLayers([flows])
    plugin = footfall.classFactory(qgis_iface)
    plugin.initGui()
    try:
        loaded = LoadedExport(ds, None, None, None, cube=cube, vmax=cube.scale_max(0.999), heat_crs=crs)
        r = plugin.frame_renderer(loaded, 400, 400)
        rgb = r.to_rgb(r.render(0))
        green = (rgb[..., 1] > 200) & (rgb[..., 0] < 60) & (rgb[..., 2] < 60)
        assert not green.any(), "no flow line under the heat"
        assert r.synthetic, "a demo's frames say synthetic"
    finally:
        plugin.unload()


def test_plugin_adds_the_context_layers_to_the_project_on_request(qgis_iface, qgis_new_project):
    from qgis.core import QgsProject
    import footfall
    plugin = footfall.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert "Add context layers to the project…" in [a.text() for a in plugin.menu.actions()]
        group = plugin.add_context_layers(osm=False)
        layers = [n.layer() for n in group.findLayers()]
        assert len(layers) == 3 and all(lyr.isValid() for lyr in layers)
        assert all(lyr.customProperty("footfall/context") for lyr in layers)
        assert {"Natural Earth", "GeoNames (CC BY 4.0), Statbel, INSEE"} <= {lyr.attribution() for lyr in layers}
        root = QgsProject.instance().layerTreeRoot()
        assert root.children()[-1] is group, "at the bottom of the layer tree, under the data"
        countries = next(lyr for lyr in layers if lyr.name() == "Countries (Natural Earth)")
        assert countries.featureCount() == len(boundaries.boundaries("country"))
    finally:
        plugin.unload()


def test_export_dialog_gives_the_options_asked_for(qgis_app, qtbot, tmp_path):
    from footfall.plugin.export_dialog import ExportDialog, default_name
    starts = np.arange(1562364000, 1562364000 + 192 * 900, 900, dtype=float)  # Sat 6 July 2019 00:00 CEST
    dlg = ExportDialog(None, title="Tour de France 2019 — Grand Départ, Brussel", starts=starts,
                       timezone="Europe/Brussels", fps=4.0, folder=str(tmp_path))
    qtbot.addWidget(dlg)
    assert dlg.name.text() == "footfall_tour_de_france_2019_grand_départ_brussel_2019-07-06"
    assert dlg.speed.currentData() == 4.0, "the panel's speed by default"
    assert dlg.start.dateTime().toString("dd/MM/yyyy HH:mm") == "06/07/2019 00:00"  # local time shown
    dlg.size.setCurrentIndex(2)  # portrait
    dlg.start.setDateTime(dlg.start.dateTime().addSecs(12 * 3600))  # from noon
    dlg.end.setDateTime(dlg.start.dateTime().addSecs(3600))
    dlg.mp4.setChecked(True)
    o = dlg.options()
    assert (o.width, o.height) == (1080, 1920)
    assert o.start == 1562364000 + 12 * 3600  # noon CEST = 10:00 UTC
    assert o.end == o.start + 3600 + 1
    assert o.outputs() == [str(tmp_path / f"{dlg.name.text()}.{e}") for e in ("gif", "mp4", "png")]
    dlg.gif.setChecked(False), dlg.mp4.setChecked(False), dlg.still.setChecked(False)
    assert "at least one" in dlg.problem()
    assert default_name("", None) == "footfall_heat"


def test_viewer_shows_the_context_under_the_data_offline(qgis_app, qgis_new_project, qtbot):
    from qgis.core import QgsProject, QgsSettings
    from footfall.viewer.app import LANGUAGE_KEY, RECENT_KEY, Viewer
    s = QgsSettings()
    s.remove(RECENT_KEY)
    s.remove(LANGUAGE_KEY)
    v = Viewer("fr")
    v.window.show()
    try:
        w = v.window
        w.open_entry({"demo": "lyon"})
        qtbot.waitUntil(lambda: w.loaded() is not None and not w.running_tasks(), timeout=180_000)
        qtbot.waitUntil(lambda: bool(w.context_ids), timeout=10_000)
        layers = [QgsProject.instance().mapLayer(i) for i in w.context_ids]
        assert len(layers) == 3 and all(lyr is not None and lyr.isValid() for lyr in layers)
        assert not [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.providerType() == "wms"], \
            "nothing online unless the user ticks it"
        names = next(lyr for lyr in layers if lyr.geometryType() == 0)
        assert "Lyon 1er" in [f["name"] for f in names.getFeatures()], "place names of the city, in French"
        qtbot.wait(100)
        zones = QgsProject.instance().mapLayer(w.loaded().layer_id)
        canvas_ext = w.canvas.extent()
        assert canvas_ext.width() < 3 * zones.extent().width(), "the map stays on the data, not on Europe"
        ids = list(w.context_ids)
        w.clear()
        assert not w.context_ids and all(QgsProject.instance().mapLayer(i) is None for i in ids)
    finally:
        v.close()
        s.remove(RECENT_KEY)
        s.remove(LANGUAGE_KEY)


def test_zone_still_shows_the_slot_asked_for(brussels, tmp_path):
    """The first slot (Saturday 00:00 CEST) is on the still: the layer filters on local clock time, the
    still's range must too (a range in UTC would ask for Friday 22:00, where there is no data)."""
    from PIL import Image
    from footfall.cartography.layers import event_breaks, style_by_count, zone_slot_layer
    from footfall.cartography.still import zone_still
    from footfall.core.gpkg import write_gpkg
    ds, _cube, _crs = brussels
    gpkg = write_gpkg(ds, tmp_path / "bxl.gpkg")
    layer = zone_slot_layer(str(gpkg), "zones")
    limits, top = event_breaks(ds)
    style_by_count(layer, limits, ds.metadata.threshold, top)
    starts, ends, _t, _s = ds.slot_totals()
    credits = zone_still(layer, float(starts[0]), float(ends[0]), "Europe/Brussels", str(tmp_path / "s.png"),
                         "T", width=400, height=400, synthetic=True)
    assert "Natural Earth" in credits
    img = np.asarray(Image.open(tmp_path / "s.png").convert("RGB")).astype(int)
    warm = (img[..., 0] > 200) & (img[..., 2] < 170) & (img[..., 1] < 235)  # the ramp's yellows to reds
    assert warm.sum() > 2000, "the zones of the first slot are drawn"
    assert "00:00" in Image.open(tmp_path / "s.png").text["Description"]
