"""Test set-up. pytest-qgis starts one QgsApplication offscreen with its settings isolated in
``.qgis-settings/`` at the repository root (gitignored), so the user's QGIS profile is never touched.
The plugin is imported as the package ``footfall`` through the alias made by ``scripts/setup.sh``;
the checkout itself is never on ``sys.path`` (run pytest with ``python -P``)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
