"""Stand-in plugin when a Python dependency is missing: it says what to install, and does nothing else."""

from __future__ import annotations

import sys

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication

from .i18n import remove_translation, setup_translation


class MissingDependencyPlugin:
    """Shows one clear, translated message in the message bar."""

    def __init__(self, iface, package: str) -> None:
        self.iface = iface
        self.package = package
        self.translator = None

    def initGui(self) -> None:  # noqa: N802
        self.translator = setup_translation()
        if sys.platform.startswith("win"):
            cmd = f"python -m pip install {self.package}"
        elif sys.platform == "darwin":
            cmd = f"/Applications/QGIS.app/Contents/MacOS/bin/pip3 install {self.package}"
        else:
            cmd = f"python3 -m pip install --user --break-system-packages {self.package}"
        self.iface.messageBar().pushMessage(
            QCoreApplication.translate("MissingDependencyPlugin", "Footfall"),
            QCoreApplication.translate("MissingDependencyPlugin",
                                       "Footfall needs the Python package “{package}”. Install it in QGIS's Python "
                                       "(for example: {command}) and restart QGIS.").format(package=self.package, command=cmd),
            Qgis.Warning, 0)

    def unload(self) -> None:
        remove_translation(self.translator)
