"""footfall:import_export through processing.run and through the real qgis_process command line."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer


DATA = Path(__file__).parent / "data"


def _run(params):
    import processing
    return processing.run("footfall:import_export", params)


def test_import_writes_table_zones_and_temporal_layer(provider, tmp_path):
    from footfall.core import demo
    files = demo.write_brussels_demo(tmp_path / "demo")
    out = tmp_path / "bxl.gpkg"
    res = _run({"INPUT": str(files["presence"]), "ZONES": str(files["zones"]), "ZONE_FIELD": "zone_id",
                "TIMEZONE": "Europe/Brussels", "OUTPUT": str(out)})
    assert res["OUTPUT"] == str(out) and out.is_file()
    db = sqlite3.connect(out)
    n, total, supp = db.execute("SELECT count(*), sum(count), sum(suppressed) FROM footfall").fetchone()
    # 453 zones x 192 slots x 5 profile columns, one row per cell
    assert n == 453 * 192 * 5 == res["ROWS"]
    assert supp == res["SUPPRESSED"]
    first = db.execute("SELECT min(start) FROM footfall").fetchone()[0]
    assert first == "2019-07-05T22:00:00.000Z"  # 6 July 00:00 in Brussels
    meta = dict(db.execute("SELECT key, value FROM footfall_metadata").fetchall())
    assert json.loads(meta["timezone"]) == "Europe/Brussels"
    assert json.loads(meta["slot_minutes"]) == 15
    assert len(json.loads(meta["source_sha256"])) == 64
    db.close()
    layer = QgsVectorLayer(f"{out}|layername=zone_slots", "slots", "ogr")
    assert layer.isValid() and layer.featureCount() == 453 * 192
    assert layer.crs().authid() == "EPSG:31370"


def test_bad_input_raises_a_clear_error_and_leaves_no_output(provider, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("zone;datum;aantal\nA;06/07/2019;12\nB;31/02/2019;50\n", encoding="utf-8")
    out = tmp_path / "never.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        _run({"INPUT": str(bad), "OUTPUT": str(out)})
    msg = str(err.value)
    assert "bad.csv" in msg and "row 3" in msg and "31/02/2019" in msg
    assert not out.exists()
    assert not list(tmp_path.glob("*.gpkg")) and not list(tmp_path.glob(".*part*"))


def test_source_file_is_never_modified(provider, tmp_path):
    src = tmp_path / "copy.csv"
    shutil.copy(DATA / "nl_long_semicolon_ddmmyyyy.csv", src)
    before = src.read_bytes(), src.stat().st_mtime_ns
    _run({"INPUT": str(src), "OUTPUT": str(tmp_path / "o.gpkg")})
    assert (src.read_bytes(), src.stat().st_mtime_ns) == before


def test_qgis_process_runs_import_on_the_lyon_demo(tmp_path, qgis_process_env):
    from footfall.core import demo
    files = demo.write_lyon_demo(tmp_path / "demo")
    env = qgis_process_env
    out = tmp_path / "lyon.gpkg"
    run = subprocess.run(["qgis_process.bin", "--json", "run", "footfall:import_export", "--",
                          f"INPUT={files['presence']}", f"ZONES={files['zones']}", "ZONE_FIELD=zone_id",
                          "TIMEZONE=Europe/Paris", f"OUTPUT={out}"],
                         env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:] + run.stdout[-3000:]
    result = json.loads(run.stdout[run.stdout.index("{"):])
    rows = result["results"]["ROWS"]
    # the Lyon presence file: 201 zones x 96 hourly slots x 5 categories
    assert rows == 201 * 96 * 5
    db = sqlite3.connect(out)
    assert db.execute("SELECT count(*) FROM footfall").fetchone()[0] == rows
    # 6 December 2018 00h00 in Lyon is 5 December 23:00 UTC (CET, UTC+1)
    assert db.execute("SELECT min(start) FROM footfall").fetchone()[0] == "2018-12-05T23:00:00.000Z"
    db.close()


def test_unmatched_zone_ids_are_reported_with_their_counts(provider, tmp_path):
    from footfall.core.readers import read_export
    src = tmp_path / "z.csv"
    src.write_text("zone;datum;aantal\nA;06/07/2019;100\nB;06/07/2019;250\nC;06/07/2019;40\n", encoding="utf-8")
    zones = tmp_path / "zones.geojson"
    zones.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"zone_id":"A"},'
                     '"geometry":{"type":"Polygon","coordinates":[[[4.35,50.84],[4.36,50.84],[4.36,50.85],[4.35,50.84]]]}}]}',
                     encoding="utf-8")
    res = _run({"INPUT": str(src), "ZONES": str(zones), "ZONE_FIELD": "zone_id", "OUTPUT": str(tmp_path / "z.gpkg")})
    assert res["UNMATCHED_ZONES"] == 2
    ds = read_export(src)
    layer = QgsVectorLayer(str(zones), "z", "ogr")
    from footfall.cartography.geometry import zones_from_layer
    ds.set_zones(*zones_from_layer(layer, "zone_id"))
    assert ds.unmatched_zones() == [("B", 250.0, 1), ("C", 40.0, 1)]
    ds.close()


def test_grid_cell_ids_get_their_square(provider, tmp_path):
    from footfall.core.readers import read_export
    src = tmp_path / "g.csv"
    src.write_text("zone;datum;aantal\n250mE148000N170250;06/07/2019;100\n", encoding="utf-8")
    ds = read_export(src)
    assert ds.metadata.crs == "EPSG:31370"
    from qgis.core import QgsGeometry
    g = QgsGeometry.fromWkt(ds.zones_wkt()["250mE148000N170250"])
    assert g.area() == 250 * 250
    assert g.boundingBox().xMinimum() == 148000 and g.boundingBox().yMinimum() == 170250
    ds.close()


def test_unknown_encoding_in_a_mapping_is_a_clear_error(provider, tmp_path):
    src = tmp_path / "e.csv"
    src.write_text("zone;datum;aantal\nA;06/07/2019;100\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        _run({"INPUT": str(src), "MAPPING": _mapping(tmp_path, {"encoding": "klingon-8"}), "OUTPUT": str(tmp_path / "e.gpkg")})
    assert "klingon-8" in str(err.value) and "e.csv" in str(err.value)


def _mapping(tmp_path, data) -> str:
    p = tmp_path / "m.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    return str(p)


def test_decimal_fields_of_the_dialogs_show_few_decimals(provider, qgis_app):
    """QGIS 3.22 shows six decimals in a number field ("8,000000" in French) unless told otherwise."""
    from qgis.core import QgsProcessingContext, QgsProcessingParameterNumber
    from qgis.gui import QgsGui, QgsProcessingGui
    from qgis.PyQt.QtCore import QLocale
    from qgis.PyQt.QtWidgets import QDoubleSpinBox
    registry = QgsGui.processingGuiRegistry()
    context = QgsProcessingContext()
    seen = {}
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        for alg in provider.algorithms():
            for p in alg.parameterDefinitions():
                if isinstance(p, QgsProcessingParameterNumber) and p.dataType() == QgsProcessingParameterNumber.Double:
                    wrapper = registry.createParameterWidgetWrapper(p, QgsProcessingGui.Standard)
                    widget = wrapper.createWrappedWidget(context)
                    spin = wrapper.wrappedWidget()
                    if not isinstance(spin, QDoubleSpinBox):  # a field with a data-defined button beside it
                        spin = spin.findChild(QDoubleSpinBox)
                    seen[f"{alg.name()}:{p.name()}"] = (spin.decimals(), spin.text())
                    widget.deleteLater()
    finally:
        QLocale.setDefault(QLocale("en_US"))
    assert seen and all(d <= 2 for d, _t in seen.values()), seen
    assert seen["export_animation:FPS"] == (1, "8,0")
