"""Paths of the plugin's own files (icons, translations, bundled data); no import of ``qgis``."""

from __future__ import annotations

from pathlib import Path

#: The plugin's root folder (the package ``footfall``).
ROOT = Path(__file__).resolve().parent.parent

#: The translations (``footfall_nl.qm`` …).
I18N = ROOT / "i18n"

#: Bundled data: icons, styles, gazetteers, demo data.
RESOURCES = ROOT / "resources"


def icon_path(name: str) -> str:
    """Absolute path of an icon in resources/icons."""
    return str(RESOURCES / "icons" / name)
