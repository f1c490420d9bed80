"""Stand-in plugin when a required Python package is missing: it says what to install, and does nothing else."""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication

from ..core.deps import Dependency, missing_message
from .i18n import remove_translation, setup_translation


class MissingDependencyPlugin:
    """Shows one clear, translated message in the message bar."""

    def __init__(self, iface, deps: list[Dependency]) -> None:
        self.iface = iface
        self.deps = deps
        self.translator = None

    def initGui(self) -> None:  # noqa: N802
        self.translator = setup_translation()
        self.iface.messageBar().pushMessage(
            QCoreApplication.translate("MissingDependencyPlugin", "Footfall cannot start"),
            missing_message(self.deps), Qgis.Critical, 0)

    def unload(self) -> None:
        remove_translation(self.translator)
