"""The plugin in a real QGIS: classFactory, initGui, opening the Brussels demo in a task, the dock, unload."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from qgis.core import (QgsApplication, QgsFeatureRequest, QgsProject, QgsUnitTypes, QgsVectorLayerTemporalContext,
                       QgsVectorLayerTemporalProperties)

import footfall


@pytest.fixture()
def plugin(qgis_iface, qgis_new_project):
    p = footfall.classFactory(qgis_iface)
    p.initGui()
    yield p
    p.unload()


def _wait_task(qtbot, plugin, task):
    qtbot.waitUntil(lambda: task not in plugin.tasks, timeout=120_000)


def test_init_gui_registers_menu_toolbar_dock_and_provider(plugin, qgis_iface):
    reg = QgsApplication.processingRegistry()
    assert reg.providerById("footfall") is not None
    assert reg.algorithmById("footfall:import_export") is not None
    texts = [a.text() for a in plugin.menu.actions()]
    assert "Open footfall export…" in texts
    assert plugin.toolbar.actions(), "the toolbar has the open action"
    assert plugin.dock is not None


def test_open_brussels_demo_adds_a_temporal_layer_and_drives_the_dock(plugin, qgis_iface, qtbot, tmp_path):
    from footfall.core import demo
    files = demo.write_brussels_demo(tmp_path)
    task = plugin.open_files([str(files["presence"]), str(files["origin"])], "Europe/Brussels",
                             None, None, None)
    _wait_task(qtbot, plugin, task)
    assert task.error is None, task.error
    layers = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.customProperty("footfall/source")]
    assert len(layers) == 1
    layer = layers[0]
    tp = layer.temporalProperties()
    assert tp.isActive()
    assert tp.mode() == QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields
    # zones come from the grid ids (453 cells) and every slot is a feature: 453 x 192 slots
    assert layer.featureCount() == 453 * 192
    group = QgsProject.instance().layerTreeRoot().children()[0]
    assert group.name().startswith("Footfall — brussels_tdf2019_aanwezigheid.csv")
    dock = plugin.dock
    assert dock.slider.maximum() == 191
    # the Temporal Controller reads local clock time, like the panel: the first slot is Saturday 6 July
    # 2019 00:00 in Brussels (5 July 22:00 UTC), the range ends at Monday 00:00, a step is 15 minutes
    tc = qgis_iface.mapCanvas().temporalController()
    ext = tc.temporalExtents()
    assert (ext.begin().toString("yyyy-MM-dd HH:mm"), ext.end().toString("yyyy-MM-dd HH:mm")) == \
        ("2019-07-06 00:00", "2019-07-08 00:00")
    step = tc.frameDuration()
    assert (step.originalDuration(), step.originalUnit()) == (15, QgsUnitTypes.TemporalMinutes)
    assert tc.totalFrameCount() == 192
    # the project keeps them, as QGIS's own Temporal Controller panel does (a saved project reopens on them)
    project = QgsProject.instance()
    assert project.timeSettings().temporalRange() == ext
    assert project.readNumEntry("TemporalControllerWidget", "/NavigationMode")[0] == 1  # animated
    dock.slider.setValue(48)  # 12:00 local
    rng = tc.dateTimeRangeForFrameNumber(tc.currentFrameNumber())
    assert rng.begin().toString("yyyy-MM-dd HH:mm") == "2019-07-06 12:00"
    assert "12:00 (CEST)" in dock.time_label.text()
    # what the map draws in this frame: the 453 zones of the slot that starts at 10:00 UTC, 12:00 CEST
    ctx = QgsVectorLayerTemporalContext()
    ctx.setLayer(layer)
    shown = list(layer.getFeatures(QgsFeatureRequest().setFilterExpression(tp.createFilterString(ctx, rng))))
    assert len(shown) == 453
    assert {f["start"].toUTC().toString("yyyy-MM-ddTHH:mm") for f in shown} == {"2019-07-06T10:00"}
    assert {f["start_local"] for f in shown} == {"2019-07-06 12:00 CEST"}
    # the attribute table names the fields in the user's language and hides the controller's clock columns
    assert layer.attributeDisplayName(layer.fields().indexOf("start_local")) == "Start (local time)"
    hidden = {c.name for c in layer.attributeTableConfig().columns() if c.hidden}
    assert {"clock_start", "clock_end"} <= hidden and "start" not in hidden
    assert "12:00" in dock.time_label.text()
    # the dock's total is the sum of the known counts of that slot, computed here from the file
    import csv
    total = 0.0
    with open(files["presence"], encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            if row["datum"] == "06/07/2019" and row["tijdstip"] == "12:00":
                total += sum(float(row[c]) for c in ("inwoners", "dagbezoekers", "verblijfsbezoekers",
                                                     "pendelaars", "transit") if row[c])
    shown = float(dock._totals[48])
    assert shown == pytest.approx(total)
    # filtering one profile recomputes the layer in a background task: fewer people
    from footfall.plugin.task import FilterTask
    base = layer.source()
    renderer = layer.renderer().type()
    dock.profiles.setCheckedItems(["Day visitors"])
    assert plugin.dock.loaded.profiles == ["day_visitor"]
    assert float(dock._totals[48]) < total  # the dock's totals at once
    filters = [t for t in plugin.tasks if isinstance(t, FilterTask)]
    assert len(filters) == 1
    qtbot.waitUntil(lambda: filters[0] not in plugin.tasks, timeout=60_000)
    assert filters[0].error is None, filters[0].error
    assert "-filter-" in layer.source() and layer.source() != base
    # the same layer, its style and its time properties kept
    assert layer.isValid() and layer.renderer().type() == renderer and layer.temporalProperties().isActive()
    assert layer.featureCount() == 453 * 192
    count_sum = sum(f["count"] or 0 for f in layer.getFeatures("\"start\" = '2019-07-06T10:00:00.000Z'"))
    assert count_sum == pytest.approx(float(dock._totals[48]))
    # all profiles again: the import's own file, at once, and the filtered copy is gone
    filtered = Path(layer.source().split("|")[0])
    dock.profiles.deselectAllOptions()
    assert plugin.dock.loaded.profiles == []
    assert not [t for t in plugin.tasks if isinstance(t, FilterTask)]
    assert layer.source() == base and not filtered.exists()
    assert sum(f["count"] or 0 for f in layer.getFeatures("\"start\" = '2019-07-06T10:00:00.000Z'")) == pytest.approx(total)


def test_unload_leaves_nothing_behind(qgis_iface, qgis_new_project):
    p = footfall.classFactory(qgis_iface)
    p.initGui()
    mw = qgis_iface.mainWindow()
    p.unload()
    assert QgsApplication.processingRegistry().providerById("footfall") is None
    assert p.menu is None and p.toolbar is None and p.dock is None
    assert not [a for a in mw.menuBar().actions() if a.text() == "Footfall"]


def test_a_bad_file_shows_a_message_and_adds_nothing(plugin, qgis_iface, qtbot, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("zone;datum;aantal\nA;06/07/2019;-5\n", encoding="utf-8")
    before = len(QgsProject.instance().mapLayers())
    task = plugin.open_files([str(bad)], "Europe/Brussels")
    _wait_task(qtbot, plugin, task)
    assert task.error and "bad.csv" in task.error and "row 2" in task.error and "negative" in task.error
    assert len(QgsProject.instance().mapLayers()) == before
    assert not QgsProject.instance().layerTreeRoot().children()


def test_cancelling_an_import_adds_nothing_and_leaves_no_file(plugin, qgis_iface, qtbot, tmp_path):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(footfall.__file__).resolve().parent / "bench"))
    try:
        from generate import generate_export
    finally:
        sys.path.pop(0)
    big = generate_export(tmp_path / "big.csv", 2_000_000)
    from footfall.plugin.resources import cache_dir
    before_cache = set(cache_dir().iterdir())
    task = plugin.open_files([str(big)], "Europe/Brussels")
    progress = []
    task.progressChanged.connect(progress.append)
    qtbot.waitUntil(lambda: task.progress() > 0, timeout=60_000)
    task.cancel()
    _wait_task(qtbot, plugin, task)
    assert task.cancelled and task.dataset is None
    assert progress, "the task reported progress before it was cancelled"
    assert not QgsProject.instance().mapLayers()
    assert set(cache_dir().iterdir()) == before_cache


def test_heatmap_follows_the_slider_and_exports_a_gif(plugin, qgis_iface, qtbot, tmp_path):
    from footfall.core import demo
    files = demo.write_lyon_demo(tmp_path / "lyon")
    task = plugin.open_files([str(files["presence"])], "Europe/Paris")
    _wait_task(qtbot, plugin, task)
    dock = plugin.dock
    dock.pixel.setValue(50)
    dock.heat_box.setChecked(True)
    qtbot.waitUntil(lambda: dock.loaded.heat_layer_id is not None, timeout=120_000)
    heat = QgsProject.instance().mapLayer(dock.loaded.heat_layer_id)
    assert heat.bandCount() == 96
    # no zone-slot is wholly suppressed, but many only in part (a category below 30): counted from the file
    import csv
    with open(files["presence"], encoding="cp1252", newline="") as fh:
        fh.readline()
        rows = list(csv.reader(fh, delimiter=";"))[1:]
    cells: dict = {}
    for r in rows:
        cells.setdefault((r[0], r[1], r[2]), []).append(r[4] == "<30")
    partial = sum(1 for v in cells.values() if any(v) and not all(v))
    assert partial > 10_000
    text = heat.abstract().replace("\u202f", " ").replace("\u00a0", " ")
    assert (f"Suppressed zone-slot cells left out: 0; partly suppressed (the heat around them is a lower bound): "
            f"{partial:,}.") in text
    assert heat.temporalProperties().isActive()
    dock.slider.setValue(44)  # Friday 7 December 2018, 20h in Lyon
    assert heat.renderer().usesBands() == [45]
    assert "20:00" in dock.time_label.text()
    # the legend states the unit and the fixed scale's top
    from qgis.core import QgsLayerTreeLayer, QgsLayerTreeModel
    node = QgsProject.instance().layerTreeRoot().findLayer(heat.id())
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())
    labels = [n.data(0) for n in model.layerLegendNodes(node)]
    assert labels[0] == "People per km²" and labels[1].startswith("≥ ")
    out = tmp_path / "lyon.gif"
    export = plugin.export_animation(str(out))
    _wait_task(qtbot, plugin, export)
    assert export.error is None, export.error
    import imageio.v2 as imageio
    assert imageio.get_reader(str(out)).get_length() == 96
    # switching the heatmap off removes its layer
    heat_id = heat.id()
    dock.heat_box.setChecked(False)
    assert QgsProject.instance().mapLayer(heat_id) is None


def test_origin_flows_from_the_panel_follow_the_level_and_switch_off(plugin, qgis_iface, qtbot, tmp_path):
    from footfall.core import demo
    from footfall.core.flows import FOLLOW_SCALE
    files = demo.write_lyon_demo(tmp_path / "lyon")
    task = plugin.open_files([str(files["presence"]), str(files["origin"])], "Europe/Paris")
    _wait_task(qtbot, plugin, task)
    dock = plugin.dock
    assert dock.flow_level.currentData() == FOLLOW_SCALE  # the panel opens with the detail following the scale
    # French data: the levels are named as France names them (département, not province)
    assert [dock.flow_level.itemText(i) for i in (1, 2, 3, 5)] == [
        "Commune", "Département", "Région", "Follows the map scale (commune, département, country)"]
    dock.flow_level.setCurrentIndex(4)  # countries
    dock.flow_top.setValue(0)
    dock.flows_box.setChecked(True)
    qtbot.waitUntil(lambda: dock.loaded.flow_layer_id is not None, timeout=120_000)
    layer = QgsProject.instance().mapLayer(dock.loaded.flow_layer_id)
    feats = list(layer.getFeatures())
    known = dock.loaded.dataset.con.execute(
        "SELECT sum(count) FROM footfall WHERE origin_code IS NOT NULL").fetchone()[0]
    assert sum(f["visitors"] for f in feats) == pytest.approx(known)
    assert [f["origin_code"] for f in sorted(feats, key=lambda f: -f["visitors"])][:3] == ["FR", "IT", "CH"]
    assert layer.labelsEnabled()
    # a coarser level replaces the layer; switching off removes it
    first = layer.id()
    dock.flow_level.setCurrentIndex(2)
    qtbot.waitUntil(lambda: dock.loaded.flow_layer_id not in (None, first), timeout=120_000)
    assert QgsProject.instance().mapLayer(first) is None
    dock.flows_box.setChecked(False)
    assert dock.loaded.flow_layer_id is None


def test_post_event_report_of_the_open_export(plugin, qgis_iface, qtbot, tmp_path):
    import shutil
    import subprocess
    from qgis.PyQt.QtCore import QCoreApplication
    from footfall.core import demo
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is missing")
    files = demo.write_lyon_demo(tmp_path / "lyon")
    task = plugin.open_files([str(files["presence"]), str(files["origin"])], "Europe/Paris")
    _wait_task(qtbot, plugin, task)
    assert plugin.report_action.text() == "Post-event report…"
    out = tmp_path / "rapport.pdf"
    fig = plugin.write_loaded_report(str(out), "fr", "Fête des Lumières")
    import unicodedata
    text = unicodedata.normalize("NFKC", subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                                        text=True, check=True).stdout)  # ligatures back to letters
    assert "Chiffres clés" in text and "Fête des Lumières" in text and "Italie" in text
    assert fig.days[0].isoformat() == "2018-12-06" and len(fig.days) == 4
    # the interface is still in English afterwards
    assert QCoreApplication.translate("FootfallPlugin", "Post-event report…") == "Post-event report…"
    # the menu's way: figures and heat in a background task, the PDF laid out when it ends
    out2 = tmp_path / "rapport2.pdf"
    task = plugin.start_report(str(out2), "nl")
    qtbot.waitUntil(lambda: getattr(task, "written", None) == str(out2), timeout=120_000)
    text2 = unicodedata.normalize("NFKC", subprocess.run(["pdftotext", str(out2), "-"], capture_output=True,
                                                         text=True, check=True).stdout)
    assert "Kerncijfers" in text2 and "Italië" in text2 and task not in plugin.tasks
