"""The Processing provider *Footfall* (id ``footfall``)."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.paths import icon_path
from .anonymity_guard import AnonymityGuardAlgorithm
from .catchment import CatchmentAlgorithm
from .economic_impact import EconomicImpactAlgorithm
from .event_report import EventReportAlgorithm
from .export_animation import ExportAnimationAlgorithm
from .export_web_page import ExportWebPageAlgorithm
from .extrapolate import ExtrapolateAlgorithm
from .heat_cube import HeatCubeAlgorithm
from .huff import HuffAlgorithm
from .import_export import ImportExportAlgorithm
from .origin_flows import OriginFlowsAlgorithm
from .origin_summary import OriginSummaryAlgorithm
from .uplift import UpliftAlgorithm


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
                    OriginFlowsAlgorithm(), OriginSummaryAlgorithm(), CatchmentAlgorithm(), HuffAlgorithm(),
                    EconomicImpactAlgorithm(), ExtrapolateAlgorithm(), AnonymityGuardAlgorithm(), UpliftAlgorithm(),
                    EventReportAlgorithm(), ExportWebPageAlgorithm()):
            self.addAlgorithm(alg)
