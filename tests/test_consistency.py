"""One computation per figure (issue #16, point 6): the same figure is equal in the demo's PNG, the
report, the JSON and the QGIS layer — the heat scale's top, the number of flow lines, the visitors."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
from pathlib import Path

import pytest
from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from footfall.core import demo, heat
from footfall.core.readers import read_exports

ROOT = Path(__file__).resolve().parents[1]


def _run_demo():
    spec = importlib.util.spec_from_file_location("footfall_run_demo", ROOT / "scripts" / "run_demo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def lyon(qgis_app, tmp_path_factory):
    from footfall.cartography.report import prepare_report
    from footfall.core.gpkg import write_gpkg
    from footfall.core.report_data import Published
    rd = _run_demo()
    cfg = rd.DEMOS["lyon"]
    folder = tmp_path_factory.mktemp("consistency")
    files = demo.write_lyon_demo(folder / "data")
    ds = read_exports([files["presence"], files["origin"]], cfg["tz"], operator=cfg["operator"])
    prepared = prepare_report(ds, preset="lyon", published=Published(*cfg["published"]))
    out = folder / "out"
    out.mkdir()
    gpkg = write_gpkg(ds, out / "lyon.gpkg")
    yield {"rd": rd, "cfg": cfg, "files": files, "ds": ds, "prepared": prepared, "out": out, "gpkg": gpkg}
    ds.close()


def test_heat_scale_top_is_one_figure(lyon, provider, monkeypatch, tmp_path, qgis_iface):
    import processing
    from footfall.cartography import render, report
    prepared, ds = lyon["prepared"], lyon["ds"]
    top = heat.scale_top(prepared.cube)
    # the demo's PNG and animation (scripts/run_demo.py)
    seen = []
    real = render.FrameRenderer.__init__

    def spy(self, cube, crs, width=960, height=720, vmax=None, *a, **kw):
        seen.append(vmax)
        real(self, cube, crs, width, height, vmax, *a, **kw)
    monkeypatch.setattr(render.FrameRenderer, "__init__", spy)
    assert lyon["rd"].animate(ds, prepared, "lyon", lyon["cfg"], lyon["out"]) == top
    # the report's map of the peak
    assert report.map_heat_peak(ds, prepared.figures, "t", str(tmp_path / "peak.png"), prepared.cube)
    assert seen and all(v == top for v in seen)
    # the GeoTIFF the demo writes, read back as the animation's export reads it
    tif = gdal.Open(str(lyon["out"] / "lyon_heat.tif"))
    assert float(tif.GetMetadataItem("FOOTFALL_SCALE_TOP")) == top
    assert heat.GeoTiffCube(str(lyon["out"] / "lyon_heat.tif")).scale_max(heat.SCALE_QUANTILE) == top
    # a QGIS export: the Processing algorithm with the report's parameters on the same files
    res = processing.run("footfall:heat_cube", {
        "INPUT": str(lyon["files"]["presence"]), "ZONES": str(lyon["files"]["zones"]), "ZONE_FIELD": "zone_id",
        "TIMEZONE": "Europe/Paris", "RADIUS": 500, "PIXEL_SIZE": 25, "OUTPUT": str(tmp_path / "export.tif")})
    assert res["SCALE_TOP"] == pytest.approx(top, rel=1e-9)
    # the plugin's heat layer: its default colour scale is the same quantile
    from footfall.plugin.dock import FootfallDock
    dock = FootfallDock(qgis_iface)
    assert dock.heat_settings()[1] == heat.SCALE_QUANTILE


def test_flow_lines_and_visitors_are_one_figure(lyon, provider, tmp_path):
    import processing
    from footfall.cartography.flow_layer import flow_features, map_caption
    prepared, ds = lyon["prepared"], lyon["ds"]
    fig = prepared.figures
    flows = fig.map_flows
    # the demo's PNG and the report's map draw the same flows, with the same caption
    n = lyon["rd"].flow_map(ds, prepared, "lyon", lyon["cfg"], lyon["gpkg"], lyon["out"])
    assert n == len(flows.flows) == 25
    caption = " ".join(map_caption(len(flows.flows), flows.total, fig.threshold, flows.precision))
    assert "±10 %" in caption.replace("\u00a0", " ")
    assert "25" in caption
    crs = QgsCoordinateReferenceSystem(heat.ensure_projected(ds))
    assert len(flow_features(flows, {"": prepared.venue}, crs)) == 25
    # a QGIS layer: the Processing algorithm with the report's level and number of lines
    res = processing.run("footfall:origin_flows", {
        "INPUT": str(lyon["files"]["origin"]), "TIMEZONE": "Europe/Paris", "LEVEL": 1, "TOP_N": 25,
        "OUTPUT": str(tmp_path / "flows.gpkg")})
    layer = QgsVectorLayer(res["OUTPUT"], "flows", "ogr")
    assert layer.featureCount() == 25
    assert sorted(round(f["visitors"], 6) for f in layer.getFeatures()) == sorted(round(f.visitors, 6) for f in flows.flows)
    # the visitors: one figure in the report's figures, the catchment, the flows and the impact's JSON
    assert fig.visitors == fig.catchment.total == flows.total
    lyon["rd"].impact_tables(prepared, "lyon", lyon["out"])
    data = json.loads((lyon["out"] / "lyon_impact.json").read_text(encoding="utf-8"))
    assert data["visitors_excluding_residents"] == fig.visitors


def test_the_report_prints_the_one_visitors_figure(lyon, tmp_path):
    from footfall.cartography.report import layout_report
    from footfall.cartography import fmt
    prepared = lyon["prepared"]
    path = tmp_path / "r.pdf"
    layout_report(lyon["ds"], prepared, str(path), "en", title="t")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    v = re.sub(r"[\u00a0\u202f]", " ", fmt.number(prepared.figures.visitors, 0))
    assert text.count(v) >= 2
    # the figure one lower (the float noise of a second sum: 1,562,093 for 1,562,094) is nowhere
    lower = re.sub(r"[\u00a0\u202f]", " ", fmt.number(round(prepared.figures.visitors) - 1, 0))
    assert lower not in text
