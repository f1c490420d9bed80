"""Where the plugin keeps its files in the QGIS profile."""

from __future__ import annotations

from pathlib import Path


def cache_dir() -> Path:
    """Folder of the GeoPackages the plugin writes for opened exports (in the QGIS profile)."""
    from qgis.core import QgsApplication
    d = Path(QgsApplication.qgisSettingsDirPath()) / "footfall" / "cache"
    d.mkdir(parents=True, exist_ok=True)
    return d
