"""When detection is unsure: the plugin offers the mapping dialog, whose preview and choices give a mapping
that reads the file right (the same totals as the hand-written mapping file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import footfall
from footfall.core.errors import ReadError
from footfall.core.readers import read_export

DATA = Path(__file__).parent / "data"


def test_odd_headers_ask_for_a_mapping():
    with pytest.raises(ReadError) as err:
        read_export(DATA / "mapping_kol.csv")
    assert err.value.needs_mapping
    assert "mapping_kol.csv" in str(err.value) and "Kol1" in str(err.value)


def test_dialog_previews_and_builds_a_working_mapping(qgis_app, qtbot, tmp_path):
    from footfall.plugin.mapping_dialog import MappingDialog
    dlg = MappingDialog(str(DATA / "mapping_kol.csv"), "no count column found")
    qtbot.addWidget(dlg)
    assert dlg.pv.header == ["Kol1", "Kol2", "Kol3", "Kol4", "Kol5"]
    assert dlg.table.item(1, 0).text() == "G01"  # the first data row is shown under the role row
    for col, role in (("Kol1", "zone"), ("Kol2", "date"), ("Kol3", "time"), ("Kol4", "profile"), ("Kol5", "count")):
        dlg.set_role(col, role)
    dlg.date_format.setText("%Y%m%d")
    dlg.decimal.setCurrentIndex(dlg.decimal.findData(","))
    mapping = dlg.mapping()
    assert mapping["columns"] == {"zone": "Kol1", "date": "Kol2", "time": "Kol3", "profile": "Kol4", "count": "Kol5"}
    mapping["profile_values"] = json.loads((DATA / "mapping_kol.json").read_text())["profile_values"]
    mine = read_export(DATA / "mapping_kol.csv", mapping=mapping)
    ref = read_export(DATA / "mapping_kol.csv", mapping=DATA / "mapping_kol.json")
    assert mine.row_count() == ref.row_count() > 0
    assert mine.sum_counts() == pytest.approx(ref.sum_counts())
    assert mine.slot_starts() == ref.slot_starts()
    mine.close()
    ref.close()


def test_plugin_offers_the_mapping_when_the_import_fails_for_columns(qgis_iface, qgis_new_project, qtbot):
    p = footfall.classFactory(qgis_iface)
    p.initGui()
    try:
        task = p.open_files([str(DATA / "mapping_kol.csv")], "Europe/Brussels")
        qtbot.waitUntil(lambda: task not in p.tasks, timeout=60_000)
        assert task.needs_mapping and "Kol1" in task.error
    finally:
        p.unload()
