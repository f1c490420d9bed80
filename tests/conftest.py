"""Test set-up: isolated QGIS settings, the plugin imported as the package ``footfall``."""

from __future__ import annotations

import os
import tempfile

# Settings of the tests never touch the user's QGIS profile (Lizmap's habit).
os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="footfall-qgis-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
