"""A Flux Vision delivery and a MITMA week of daily gzip files, each opened as ONE dataset without a
mapping file: in the plugin (the GUI's open path, ImportTask through FootfallPlugin.open_files), through
footfall:import_export with processing.run, and through the real qgis_process command line."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

import footfall

DATA = Path(__file__).parent / "data" / "formats"
FV_ROWS = 8 + 6 + 4  # Diurne, Nuitee, Nuitee_Departement (make_formats.py)
FV_NIGHTS = 15200 + 2300 + 45 + 4100 + 16800 + 4450  # the Nuitee cut
MITMA_TRIPS = round(12.048 * 28, 6)  # (6.329 + 2.925 + 2.794) x (1 + ... + 7)


@pytest.fixture()
def plugin(qgis_iface, qgis_new_project):
    p = footfall.classFactory(qgis_iface)
    p.initGui()
    yield p
    p.unload()


@pytest.mark.parametrize("folder, rows, measures, format_ids", [
    ("fluxvision_2023B1", FV_ROWS, ["presence", "nights"],
     ["fluxvision.diurne", "fluxvision.nuitee", "fluxvision.nuitee_departement"]),
    ("mitma_week", 21, ["trips"], ["mitma.v2_viajes"]),
])
def test_plugin_opens_a_delivery_folder_as_one_dataset(plugin, qtbot, folder, rows, measures, format_ids):
    task = plugin.open_files([str(DATA / folder)], "Europe/Brussels", None, None, None)
    qtbot.waitUntil(lambda: task not in plugin.tasks, timeout=120_000)
    assert task.error is None, task.error
    ds = task.dataset
    assert ds is not None
    assert ds.row_count() == rows
    assert ds.measures() == measures
    assert ds.metadata.format_ids == format_ids
    from footfall.core.measures import recognised_text
    text = recognised_text(ds.metadata)
    assert text.startswith("Recognised: ")
    if folder.startswith("flux"):
        assert "Orange Flux Vision — Nuitée by département: nights" in text
        assert ds.metadata.timezone == "Europe/Paris"
    else:
        assert "MITMA" in text and "trips per hour" in text


def _check_gpkg(path: Path, rows: int, sums: dict) -> None:
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT count(*) FROM footfall").fetchone()[0] == rows
        got = {(m, c): round(v, 6) for m, c, v in db.execute(
            "SELECT measure, cut, sum(count) FROM footfall WHERE suppressed = 0 GROUP BY 1, 2").fetchall()}
        for key, val in sums.items():
            assert got[key] == val
        meta = dict(db.execute("SELECT key, value FROM footfall_metadata").fetchall())
        assert json.loads(meta["format_ids"])
    finally:
        db.close()


def test_import_export_reads_a_folder_without_mapping(provider, tmp_path):
    import processing
    out = tmp_path / "fv.gpkg"
    res = processing.run("footfall:import_export", {"FOLDER": str(DATA / "fluxvision_2023B1"), "OUTPUT": str(out)})
    assert res["ROWS"] == FV_ROWS
    _check_gpkg(out, FV_ROWS, {("nights", "fluxvision.nuitee"): FV_NIGHTS})


def test_qgis_process_imports_a_mitma_week_folder(tmp_path, qgis_process_env):
    out = tmp_path / "mitma.gpkg"
    run = subprocess.run(["qgis_process.bin", "--json", "run", "footfall:import_export", "--",
                          f"FOLDER={DATA / 'mitma_week'}", f"OUTPUT={out}"],
                         env=qgis_process_env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:] + run.stdout[-3000:]
    result = json.loads(run.stdout[run.stdout.index("{"):])
    assert result["results"]["ROWS"] == 21
    _check_gpkg(out, 21, {("trips", "mitma.v2_viajes"): MITMA_TRIPS})


def test_mapping_dialog_prefills_a_near_miss_and_offers_measure_breakdowns_and_non_counts(qgis_app, qtbot, tmp_path):
    """A MITMA day whose count column was renamed ('viaje'): refused with what differs, then the mapping
    dialog comes pre-filled with the format's roles, its eight breakdowns and viajes_km as a non-count;
    the user maps the count and says it counts trips: the file opens with its breakdowns, trips by hand."""
    from footfall.core.errors import ReadError
    from footfall.core.readers import read_export
    from footfall.plugin.mapping_dialog import MappingDialog
    p = tmp_path / "20240301_Viajes_distritos.csv"
    p.write_text("fecha|periodo|origen|destino|distancia|actividad_origen|actividad_destino|estudio_origen_posible|"
                 "estudio_destino_posible|residencia|renta|edad|sexo|viaje|viajes_km\n"
                 "20240301|19|01009_AM|01001|0.5-2|frecuente|casa|no|no|01|10-15|NA|NA|51.24|61.20\n"
                 "20240301|15|01002|01001|10-50|frecuente|casa|no|no|01|10-15|45-65|mujer|32.36|1000.36\n", encoding="ascii")
    with pytest.raises(ReadError) as err:
        read_export(p)
    dlg = MappingDialog(str(p), str(err.value))
    qtbot.addWidget(dlg)
    roles = dict(zip(dlg.pv.header, dlg.roles()))
    assert roles["destino"] == "zone" and roles["fecha"] == "date" and roles["origen"] == "origin"
    assert roles["edad"] == "dimension" and roles["distancia"] == "dimension" and roles["viajes_km"] == "not_count"
    # the format's settings too: decimal point, YYYYMMDD, trips, Spanish time
    assert dlg.decimal.currentData() == "." and dlg.date_format.text() == "%Y%m%d"
    assert dlg.measure.currentData() == "trips"
    dlg.set_role("viaje", "count")
    mapping = dlg.mapping()
    assert mapping["measure"] == "trips" and mapping["ignore"] == {"viajes_km": ""}
    assert mapping["timezone"] == "Europe/Madrid"
    with read_export(p, mapping=mapping) as ds:
        assert ds.measures() == ["trips"]
        assert ds.sum_counts("trips") == pytest.approx(51.24 + 32.36)
        assert ds.dimensions()["edad"] == ["45-65", "NA"]


def test_plugin_names_the_measure_in_its_total_and_heatmap(plugin, qtbot):
    """CRT Occitanie's nights: the départements get their bundled polygons, the panel's total and the
    heatmap say nights, never people (issue 14)."""
    from qgis.core import QgsProject
    task = plugin.open_files([str(DATA / "crt_occitanie" / "nuitees.csv")], "Europe/Paris", None, None, None)
    qtbot.waitUntil(lambda: task not in plugin.tasks, timeout=120_000)
    assert task.error is None, task.error
    dock = plugin.dock
    qtbot.waitUntil(lambda: dock.loaded is not None and "nights" in dock.total_label.text(), timeout=30_000)
    # the first day: 1000 + 2000 + ... + 13000 nights (make_formats.py)
    assert dock.total_label.text().startswith("Total in this time slot: 91")
    assert dock.total_label.text().endswith("(nights)")
    dock.heat_box.setChecked(True)
    qtbot.waitUntil(lambda: dock.loaded.heat_layer_id is not None, timeout=120_000)
    heat = QgsProject.instance().mapLayer(dock.loaded.heat_layer_id)
    assert heat.name() == "Heatmap (nights per km²)"
    assert heat.abstract().startswith("nights per km² by kernel density")
