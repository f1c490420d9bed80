"""Optional and required Python packages: one table (core/deps.py) that the README, metadata.txt, the
requirements and `make desktop-deps` agree with, and a translated message instead of a Python error
when a package is missing."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import footfall
from footfall.core import deps

ROOT = Path(footfall.__file__).resolve().parent


def _names(words: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[]", w.strip('"\''))[0] for w in words if w and not w.startswith("-")}


def test_the_readme_install_lines_name_exactly_the_packages_the_plugin_checks():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Install the plugin in QGIS"):text.index("### Open an export")]
    commands = re.findall(r"`([^`]*pip3? install[^`]*)`", section)
    assert len(commands) == 3, commands  # Debian/Ubuntu, Windows, macOS
    wanted = {d.package for d in deps.DEPENDENCIES}
    for cmd in commands:
        assert _names(cmd.split("install", 1)[1].split()) == wanted, cmd
    # the table of what each package is for names the same ones
    table = set(re.findall(r"^\s*\| `([a-z-]+)` \|", section, re.M))
    assert table == wanted


def test_metadata_requirements_and_desktop_deps_agree_with_the_table():
    wanted = {d.package for d in deps.DEPENDENCIES}
    about = next(line for line in (ROOT / "metadata.txt").read_text().splitlines() if line.startswith("about="))
    assert all(p in about for p in wanted), about
    req = [line.split("#")[0].strip() for line in (ROOT / "requirements.txt").read_text().splitlines()]
    assert _names([r for r in req if r]) == wanted
    make = (ROOT / "Makefile").read_text()
    rule = make[make.index("desktop-deps: setup"):].split("\n\n")[0]
    assert {pair.split(":")[1] for pair in re.findall(r"\b[a-z_]+:[a-z-]+\b", rule)} >= wanted
    dev = (ROOT / "requirements-dev.txt").read_text()
    assert all(re.search(rf"^{re.escape(p)}==", dev, re.M) for p in wanted), "desktop-deps installs the pinned versions"


def test_install_command_per_platform():
    absent = [d for d in deps.DEPENDENCIES if d.module in ("imageio", "pyarrow")]
    assert deps.install_command(absent, "linux") == \
        'python3 -m pip install --user --break-system-packages imageio "pyarrow<18"'
    assert deps.install_command(absent, "win32") == "python -m pip install imageio pyarrow"
    assert deps.install_command(absent, "darwin").endswith("pip3 install imageio pyarrow")


@pytest.fixture()
def no_imageio(monkeypatch):
    """imageio as if it were not installed: its import raises ImportError."""
    for name in [m for m in sys.modules if m == "imageio" or m.startswith("imageio.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "imageio", None)
    with pytest.raises(ImportError):
        import imageio  # noqa: F401
    yield


def test_without_imageio_the_export_says_what_to_install_in_dutch_before_any_file_dialog(
        qgis_iface, qgis_new_project, no_imageio, monkeypatch):
    from qgis.core import Qgis
    from qgis.PyQt.QtWidgets import QFileDialog

    from footfall.plugin.i18n import remove_translation, setup_translation
    from footfall.plugin.plugin import FootfallPlugin, LoadedExport

    def no_dialog(*_a, **_k):
        raise AssertionError("a file was asked for although the export cannot run")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", no_dialog)
    plugin = FootfallPlugin(qgis_iface)
    plugin.initGui()
    bar = qgis_iface.messageBar()  # pytest-qgis's bar records messages by level
    bar.clear_messages()
    plugin.unload()
    plugin.initGui()
    # at start: the missing optional package is named, with what it enables (English here)
    start = " ".join(bar.get_messages(Qgis.Info))
    assert "“imageio” for GIF and MP4 export of animations" in start
    bar.clear_messages()
    translator = setup_translation("nl")
    try:
        plugin.dock.loaded = LoadedExport(dataset=None, gpkg=None, layer_id=None, group=None, cube=object())
        assert plugin.export_animation() is None
        text = " ".join(bar.get_messages(Qgis.Warning))
    finally:
        plugin.dock.loaded = None
        remove_translation(translator)
        plugin.unload()
    assert "imageio" in text and "GIF- en MP4-export" in text, text
    assert "pip install" in text and "No module named" not in text


def test_without_imageio_the_processing_export_fails_with_the_message(provider, no_imageio, tmp_path):
    import numpy as np
    import processing
    from qgis.core import QgsProcessingException
    from scipy import sparse

    from footfall.core import heat
    grid = heat.HeatGrid(150000.0, 170000.0, 50.0, 4, 4)
    starts = np.array([1562364000.0, 1562364900.0])
    cube = heat.HeatCube(sparse.csr_matrix(np.ones((16, 1))), grid, np.array([[100.0], [200.0]]),
                         starts, starts + 900, "people_per_km2")
    path = str(tmp_path / "cube.tif")
    heat.write_geotiff(cube, path, "EPSG:31370")
    with pytest.raises(QgsProcessingException, match="imageio"):
        processing.run("footfall:export_animation", {"INPUT": path, "OUTPUT": str(tmp_path / "a.gif")})
    assert not (tmp_path / "a.gif").exists()
