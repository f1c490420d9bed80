"""Paths of the plugin's resources."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def icon_path(name: str) -> str:
    """Absolute path of an icon in resources/icons."""
    return str(ROOT / "resources" / "icons" / name)


def cache_dir() -> Path:
    """Folder of the GeoPackages the plugin writes for opened exports (in the QGIS profile)."""
    from qgis.core import QgsApplication
    d = Path(QgsApplication.qgisSettingsDirPath()) / "footfall" / "cache"
    d.mkdir(parents=True, exist_ok=True)
    return d
