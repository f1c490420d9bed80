"""Test set-up. pytest-qgis starts one QgsApplication offscreen with its settings isolated in
``.qgis-settings/`` at the repository root (gitignored), so the user's QGIS profile is never touched.
The plugin is imported as the package ``footfall`` through the alias made by ``scripts/setup.sh``;
the checkout itself is never on ``sys.path`` (run pytest with ``python -P``)."""

from __future__ import annotations

import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_STATUS = {"exit": 0}


def pytest_sessionfinish(session, exitstatus):
    """Remember the exit status for :func:`pytest_unconfigure`."""
    _STATUS["exit"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End the process once pytest has printed its summary and QGIS has exited: the interpreter's own
    teardown would make nanobind (DuckDB's bindings) print a page of 'leaked instance' warnings for the
    engines that QGIS objects still hold, after pytest's closing line."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_STATUS["exit"])
