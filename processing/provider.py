"""The Processing provider *Footfall* (id ``footfall``)."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..plugin.resources import icon_path
from .export_animation import ExportAnimationAlgorithm
from .heat_cube import HeatCubeAlgorithm
from .import_export import ImportExportAlgorithm
from .origin_flows import OriginFlowsAlgorithm
from .origin_summary import OriginSummaryAlgorithm


class FootfallProvider(QgsProcessingProvider):
    """Holds every Footfall algorithm."""

    def id(self) -> str:
        return "footfall"

    def name(self) -> str:
        return QCoreApplication.translate("FootfallProvider", "Footfall")

    def longName(self) -> str:  # noqa: N802
        return QCoreApplication.translate("FootfallProvider", "Footfall: mobile-network footfall exports")

    def icon(self) -> QIcon:
        return QIcon(icon_path("footfall.svg"))

    def loadAlgorithms(self) -> None:  # noqa: N802
        for alg in (ImportExportAlgorithm(), HeatCubeAlgorithm(), ExportAnimationAlgorithm(),
                    OriginFlowsAlgorithm(), OriginSummaryAlgorithm()):
            self.addAlgorithm(alg)
