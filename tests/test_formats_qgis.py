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
