"""make zip builds a ZIP that QGIS installs: the plugin folder footfall/ with metadata, code, resources and
translations, without tests; once unzipped into a profile, qgis_process finds its algorithms."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sysconfig
import zipfile
from pathlib import Path

import pytest

import footfall

ROOT = Path(footfall.__file__).resolve().parent


def test_metadata_is_complete():
    cp = configparser.ConfigParser()
    cp.read(ROOT / "metadata.txt", encoding="utf-8")
    g = cp["general"]
    assert g["qgisMinimumVersion"] == "3.22"
    assert g["hasProcessingProvider"] == "yes"
    for key in ("name", "description", "about", "version", "author", "email", "tracker", "repository", "tags", "icon"):
        assert g.get(key, "").strip(), key
    assert (ROOT / g["icon"]).is_file()


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs the git checkout")
def test_zip_installs_and_qgis_process_lists_the_algorithms(tmp_path):
    out = tmp_path / "footfall.zip"
    subprocess.run(["bash", str(ROOT / "scripts" / "make_zip.sh"), str(out)], check=True, cwd=ROOT,
                   capture_output=True)
    names = zipfile.ZipFile(out).namelist()
    assert "footfall/metadata.txt" in names and "footfall/__init__.py" in names
    assert "footfall/processing/import_export.py" in names
    assert "footfall/resources/gazetteers/countries.csv" in names
    assert not [n for n in names if n.startswith(("footfall/tests/", "footfall/bench/", "footfall/.venv"))]
    if list((ROOT / "i18n").glob("*.ts")):
        assert "footfall/i18n/footfall_nl.qm" in names and "footfall/i18n/footfall_fr.qm" in names
    if not shutil.which("qgis_process.bin"):
        pytest.skip("qgis_process is not installed")
    cfg = tmp_path / "cfg"
    plugins = cfg / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(out).extractall(plugins)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(cfg), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=sysconfig.get_paths()["purelib"])
    subprocess.run(["qgis_process.bin", "plugins", "enable", "footfall"], env=env, check=True,
                   capture_output=True, timeout=300)
    listing = subprocess.run(["qgis_process.bin", "list"], env=env, capture_output=True, text=True, timeout=300)
    assert "footfall:import_export" in listing.stdout
