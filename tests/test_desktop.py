"""The plugin as a QGIS user meets it: where its menu is, how wide its panel opens, what the legend
shows, the open dialog's time zones, and the message when a file's columns are not recognised."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtWidgets import QMenu

import footfall

DATA = Path(__file__).parent / "data"


@pytest.fixture()
def plugins_menu(qgis_iface, monkeypatch):
    """QGIS's Plugins menu (pytest-qgis's interface has none)."""
    menu = QMenu("Plugins", qgis_iface.mainWindow())
    monkeypatch.setattr(qgis_iface, "pluginMenu", lambda: menu, raising=False)
    return menu


def test_the_menu_is_a_submenu_of_plugins_and_goes_on_unload(qgis_iface, qgis_new_project, plugins_menu):
    p = footfall.classFactory(qgis_iface)
    p.initGui()
    sub = [a.menu() for a in plugins_menu.actions() if a.menu() is not None]
    assert [m.title() for m in sub] == ["Footfall"]
    assert "Open footfall export…" in [a.text() for a in sub[0].actions()]
    bar = qgis_iface.mainWindow().menuBar()
    assert "Footfall" not in [a.text() for a in bar.actions()], "no menu of its own in the menu bar"
    assert len(p.toolbar.actions()) == 2  # open, and the panel
    p.unload()
    assert not [a for a in plugins_menu.actions() if a.menu() is not None]


def test_the_panel_opens_narrow_and_the_legend_shows_what_the_map_shows(qgis_iface, qgis_new_project, qtbot, tmp_path):
    from qgis.core import QgsSettings

    from footfall.core import demo
    QgsSettings().remove("footfall/dock_sized")
    mw = qgis_iface.mainWindow()
    mw.resize(1400, 900)
    mw.show()
    p = footfall.classFactory(qgis_iface)
    p.initGui()
    try:
        files = demo.write_lyon_demo(tmp_path / "lyon")
        task = p.open_files([str(files["presence"])], "Europe/Paris")
        qtbot.waitUntil(lambda: task not in p.tasks, timeout=120_000)
        qtbot.waitUntil(lambda: p.dock.isVisible(), timeout=5_000)
        qtbot.waitUntil(lambda: p.dock.width() <= 400, timeout=5_000)  # not 40 % of the window at first start
        assert QgsSettings().value("footfall/dock_sized", False, type=bool)
        dock = p.dock
        dock.pixel.setValue(100)
        dock.heat_box.setChecked(True)
        qtbot.waitUntil(lambda: dock.loaded.heat_layer_id is not None, timeout=120_000)
        root = QgsProject.instance().layerTreeRoot()
        heat, zones = root.findLayer(dock.loaded.heat_layer_id), root.findLayer(dock.loaded.layer_id)
        assert heat.isExpanded() and heat.isVisible()
        assert not zones.isExpanded() and not zones.itemVisibilityChecked()
        dock.heat_box.setChecked(False)
        assert zones.isExpanded() and zones.itemVisibilityChecked()
    finally:
        p.unload()
        mw.hide()


def test_the_open_dialog_offers_the_files_time_zone_first_and_refuses_a_wrong_one(qgis_iface, qtbot):
    from footfall.plugin.open_dialog import OpenExportDialog
    dlg = OpenExportDialog(qgis_iface.mainWindow())
    qtbot.addWidget(dlg)
    dlg.files.setFilePath(f'"{DATA / "fr_wide_profile_daily_latin1.csv"}"')
    assert dlg.timezone() == "Europe/Paris", "French headers: Paris first"
    assert dlg.tz.itemText(0) == "Europe/Paris"
    assert dlg.tz.findText("Asia/Tokyo") > 0, "every zone can be chosen"
    dlg.tz.setEditText("Europe/Brusels")
    dlg.accept()
    assert dlg.result() == 0 and dlg.tz_error.isVisibleTo(dlg)
    assert "“Europe/Brusels” is not a time zone" in dlg.tz_error.text()
    dlg.tz.setEditText("Europe/Brussels")
    dlg.accept()
    assert dlg.result() == 1


def test_unrecognised_columns_point_to_the_dialog_in_qgis_and_to_a_mapping_file_in_processing(
        qgis_iface, qgis_new_project, qtbot, qgis_processing, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    p = footfall.classFactory(qgis_iface)
    p.initGui()
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    try:
        task = p.open_files([str(DATA / "mapping_kol.csv")], "Europe/Brussels")
        qtbot.waitUntil(lambda: task not in p.tasks, timeout=60_000)
        assert task.needs_mapping
        assert "Use “Map columns…” to say which column holds what." in task.error
        assert "mapping file" not in task.error and "mapping file" not in task.bare_error
        with pytest.raises(QgsProcessingException, match="Assign the columns in a mapping file"):
            processing.run("footfall:import_export", {"INPUT": str(DATA / "mapping_kol.csv"),
                                                      "OUTPUT": str(tmp_path / "x.gpkg")})
    finally:
        p.unload()


def test_the_import_says_it_needs_a_file_a_folder_or_a_table(provider):
    from qgis.core import QgsApplication, QgsProcessingContext
    alg = QgsApplication.processingRegistry().createAlgorithmById("footfall:import_export")
    ok, msg = alg.checkParameterValues({"OUTPUT": "x.gpkg"}, QgsProcessingContext())
    assert not ok and msg == "Choose the footfall export file, a folder of export files, or a PostgreSQL table."
    assert alg.parameterDefinition("INPUT").description().startswith("Footfall export file (or a folder")
    tz = alg.parameterDefinition("TIMEZONE")
    assert tz.options()[:2] == ["Europe/Brussels", "Europe/Paris"] and "Asia/Tokyo" in tz.options()


def test_success_messages_group_their_digits(qgis_iface, qgis_new_project, qtbot, tmp_path):
    from qgis.core import QgsSettings

    from footfall.core import demo
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")  # QGIS in French: the plugin follows it
    p = footfall.classFactory(qgis_iface)
    p.initGui()
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    try:
        files = demo.write_lyon_demo(tmp_path / "lyon")
        task = p.open_files([str(files["presence"])], "Europe/Paris")
        qtbot.waitUntil(lambda: task not in p.tasks, timeout=120_000)
        rows = p.dock.loaded.dataset.row_count()
        text = " ".join(bar.get_messages(Qgis.Success))
    finally:
        p.unload()
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")
    assert rows > 1000 and str(rows) not in text
    assert f"{rows:,}".replace(",", "\u202f") in text, text


def test_the_zone_legend_classes_do_not_overlap(qgis_app):
    import re

    from qgis.core import QgsVectorLayer

    from footfall.cartography.layers import style_by_count
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370&field=count:double", "t", "memory")
    style_by_count(layer, [1300.0, 1500.0, 1700.0, 2300.0, 3500.0], 30, 19665.0)
    labels = [r.label() for r in layer.renderer().rootRule().children()]
    assert labels[-1] == "Suppressed (fewer than 30 people)"
    numbers = [[int(x.replace(",", "")) for x in re.findall(r"[\d,]+", lab)] for lab in labels[:-1]]
    assert labels[0] == "30 – 1,299" and labels[-2] == "3,500 or more", labels
    for (_lo, hi), (lo2, *_rest) in zip(numbers, numbers[1:]):
        assert hi + 1 == lo2, labels  # every whole count in exactly one class


def test_the_flows_legend_names_its_unit_and_shows_the_five_classes_drawn_at_the_scale(qgis_app, qgis_new_project):
    from qgis.core import QgsFeature, QgsGeometry, QgsLayerTreeModel, QgsPointXY, QgsProject, QgsVectorLayer

    from footfall.cartography.flow_layer import SCALE_RANGES, set_flow_legend, style_flows
    layer = QgsVectorLayer("LineString?crs=EPSG:31370&field=visitors:double&field=level:integer&field=label:string"
                           "&field=origin_type:string", "flows", "memory")
    feats = []
    for level, base in ((1, 100.0), (2, 1000.0), (4, 10000.0)):
        for i in range(20):
            f = QgsFeature(layer.fields())
            f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(i, 0), QgsPointXY(i, 1)]))
            f.setAttributes([base * (1 + i), level, "", "postcode"])
            feats.append(f)
    layer.dataProvider().addFeatures(feats)
    style_flows(layer, 30, labels=False)
    scale = {"now": 400_000.0}
    set_flow_legend(layer, "visitors per day", lambda: scale["now"])
    QgsProject.instance().addMapLayer(layer)
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())
    node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())

    def texts():
        return [n.data(0) for n in model.layerLegendNodes(node)]
    got = texts()
    assert got[0] == "Lines: visitors per day, summed over the zones and slots shown"
    assert 3 <= len(got) <= 6 and got[1].startswith("100 "), got  # the municipalities' classes at 1:400,000
    lo, hi = SCALE_RANGES[4]
    scale["now"] = max(lo, 1.0) * 2 if lo else 20_000_000.0
    layer.legend().itemsChanged.emit()
    got = texts()
    assert 3 <= len(got) <= 6 and got[1].startswith("10,000 ") and got[-1].endswith("or more"), got  # countries'
