"""A saved QGIS project with Footfall layers reopens exactly as it was: layers valid (no prompt about
unavailable layers), the panel reconnected to its export with its filters and slot, the Temporal
Controller on the data's range; and the cache files a saved project uses are never deleted."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProject, QgsProjectBadLayerHandler, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

import footfall


class RecordingHandler(QgsProjectBadLayerHandler):
    """Records the layers QGIS would ask the user about ("unavailable layers")."""

    def __init__(self) -> None:
        super().__init__()
        self.bad: list[str] = []

    def handleBadLayers(self, layers):  # noqa: N802 - QGIS API
        self.bad += [n.toElement().firstChildElement("layername").text() for n in layers]


@pytest.fixture()
def plugin(qgis_iface, qgis_new_project):
    p = footfall.classFactory(qgis_iface)
    p.initGui()
    yield p
    p.unload()
    QgsProject.instance().clear()
    # forget the projects saved here, so that other tests' filtered files are not kept for them
    from footfall.plugin.resources import cache_dir
    (cache_dir() / "projects.json").unlink(missing_ok=True)


def _wait(qtbot, plugin, task):
    qtbot.waitUntil(lambda: task not in plugin.tasks, timeout=180_000)
    assert task.error is None, task.error


def _open_brussels(plugin, qtbot, folder: Path):
    from footfall.core import demo
    files = demo.write_brussels_demo(folder)
    zones = QgsVectorLayer(str(files["zones"]), "zones", "ogr")
    task = plugin.open_files([str(files["presence"]), str(files["origin"])], "Europe/Brussels", zones, "zone_id")
    _wait(qtbot, plugin, task)
    return plugin.dock.loaded


def _tick_profile(plugin, qtbot, code: str):
    dock = plugin.dock
    i = next(i for i in range(dock.profiles.count()) if dock.profiles.itemData(i) == code)
    dock.profiles.setCheckedItems(dock.profiles.checkedItems() + [dock.profiles.itemText(i)])
    qtbot.waitUntil(lambda: not [t for t in plugin.tasks if type(t).__name__ == "FilterTask"], timeout=120_000)


def _checked(combo) -> list[str]:
    return [combo.itemData(i) for i in range(combo.count()) if combo.itemCheckState(i) == Qt.Checked]


def test_a_saved_project_with_a_filter_reopens_as_it_was(plugin, qgis_iface, qtbot, tmp_path):
    loaded = _open_brussels(plugin, qtbot, tmp_path / "demo")
    _tick_profile(plugin, qtbot, "day_visitor")
    layer = QgsProject.instance().mapLayer(loaded.layer_id)
    filtered = Path(layer.source().split("|")[0])
    assert "-filter-" in filtered.name and filtered.is_file()
    dock = plugin.dock
    dock.slider.setValue(157)  # Sunday 7 July 2019, 15:15 CEST
    before = (dock.time_label.text(), dock.total_label.text(), layer.featureCount())
    tc = qgis_iface.mapCanvas().temporalController()
    extents = (tc.temporalExtents().begin(), tc.temporalExtents().end())

    path = tmp_path / "tour.qgz"
    assert QgsProject.instance().write(str(path))
    QgsProject.instance().clear()
    assert plugin.dock.loaded is None
    assert filtered.is_file(), "the filtered GeoPackage a saved project uses is never deleted"

    handler = RecordingHandler()
    QgsProject.instance().setBadLayerHandler(handler)
    assert QgsProject.instance().read(str(path))
    assert handler.bad == [], "QGIS would ask about unavailable layers"
    layers = list(QgsProject.instance().mapLayers().values())
    assert layers and all(lyr.isValid() for lyr in layers)
    qtbot.waitUntil(lambda: plugin.dock.loaded is not None, timeout=180_000)
    reopened = plugin.dock.loaded
    assert reopened.layer_id == loaded.layer_id and reopened.profiles == ["day_visitor"]
    assert _checked(dock.profiles) == ["day_visitor"] and _checked(dock.origins) == []
    layer = QgsProject.instance().mapLayer(reopened.layer_id)
    assert (dock.time_label.text(), dock.total_label.text(), layer.featureCount()) == before
    # the Temporal Controller is on the data's range and the saved frame, in local clock time
    tc = qgis_iface.mapCanvas().temporalController()
    assert (tc.temporalExtents().begin(), tc.temporalExtents().end()) == extents
    rng = qgis_iface.mapCanvas().temporalRange()
    assert rng.begin().toString("yyyy-MM-dd HH:mm") == "2019-07-07 15:15"
    # a new filter still works on the reconnected export
    _tick_profile(plugin, qtbot, "overnight_visitor")
    assert sorted(plugin.dock.loaded.profiles) == ["day_visitor", "overnight_visitor"]


def test_without_a_filter_the_map_is_not_blank_after_reopening(plugin, qgis_iface, qtbot, tmp_path):
    loaded = _open_brussels(plugin, qtbot, tmp_path / "demo")
    plugin.dock.slider.setValue(48)
    path = tmp_path / "plain.qgs"
    assert QgsProject.instance().write(str(path))
    QgsProject.instance().clear()
    assert QgsProject.instance().read(str(path))
    # the project itself holds the controller's range and step (as QGIS's own panel stores them)
    ts = QgsProject.instance().timeSettings()
    assert ts.temporalRange().begin().toString("yyyy-MM-dd HH:mm") == "2019-07-06 00:00"
    assert (ts.timeStep(), ts.timeStepUnit()) == (15, 2)  # 15 minutes
    assert QgsProject.instance().readNumEntry("TemporalControllerWidget", "/NavigationMode")[0] == 1
    qtbot.waitUntil(lambda: plugin.dock.loaded is not None, timeout=180_000)
    assert plugin.dock.loaded.layer_id == loaded.layer_id and plugin.dock.slider.value() == 48
    layer = QgsProject.instance().mapLayer(loaded.layer_id)
    from qgis.core import QgsFeatureRequest, QgsVectorLayerTemporalContext
    ctx = QgsVectorLayerTemporalContext()
    ctx.setLayer(layer)
    expr = layer.temporalProperties().createFilterString(ctx, qgis_iface.mapCanvas().temporalRange())
    assert len(list(layer.getFeatures(QgsFeatureRequest().setFilterExpression(expr)))) == 453


def test_a_filter_file_no_saved_project_uses_is_deleted_when_the_project_closes(plugin, qtbot, tmp_path):
    loaded = _open_brussels(plugin, qtbot, tmp_path / "demo")
    _tick_profile(plugin, qtbot, "transit")  # a filter no other test's saved project uses
    filtered = Path(QgsProject.instance().mapLayer(loaded.layer_id).source().split("|")[0])
    assert filtered.is_file()
    QgsProject.instance().clear()  # never saved: nothing refers to the filtered copy any more
    assert not filtered.exists()


def test_a_missing_export_keeps_the_layer_and_says_why(plugin, qgis_iface, qtbot, tmp_path):
    from qgis.core import Qgis
    demo_dir = tmp_path / "demo"
    _open_brussels(plugin, qtbot, demo_dir)
    path = tmp_path / "moved.qgz"
    assert QgsProject.instance().write(str(path))
    QgsProject.instance().clear()
    (demo_dir / "brussels_tdf2019_herkomst.csv").rename(tmp_path / "elsewhere.csv")
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    assert QgsProject.instance().read(str(path))
    qtbot.waitUntil(lambda: not [t for t in plugin.tasks if type(t).__name__ == "ReopenTask"], timeout=120_000)
    assert all(lyr.isValid() for lyr in QgsProject.instance().mapLayers().values())
    assert plugin.dock.loaded is None
    text = " ".join(bar.get_messages(Qgis.Warning))
    assert "brussels_tdf2019_herkomst.csv is no longer where the project found it" in text, text
