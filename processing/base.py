"""Base class of Footfall's Processing algorithms: translation, help, progress and errors."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingFeedback
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.errors import Cancelled, ReadError
from ..core.progress import Progress
from ..plugin.resources import icon_path


class FootfallAlgorithm(QgsProcessingAlgorithm):
    """Common behaviour; subclasses set NAME and implement the Qt-named methods."""

    NAME = ""
    CONTEXT = "FootfallAlgorithm"

    def tr(self, text: str) -> str:
        """Translate in the algorithm's own context."""
        return QCoreApplication.translate(self.CONTEXT, text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self) -> str:
        return self.NAME

    def group(self) -> str:
        return QCoreApplication.translate("FootfallAlgorithm", "Data")

    def groupId(self) -> str:  # noqa: N802
        return "data"

    def icon(self) -> QIcon:
        return QIcon(icon_path("footfall.svg"))

    @staticmethod
    def progress(feedback: QgsProcessingFeedback | None) -> Progress:
        """Adapt QGIS's feedback to the core's progress object."""
        if feedback is None:
            return Progress()
        return Progress(feedback.setProgress, feedback.isCanceled, feedback.pushInfo)

    def run_core(self, func, *args, **kwargs):
        """Run core code, turning its errors into QgsProcessingException with the translated message."""
        try:
            return func(*args, **kwargs)
        except ReadError as exc:
            raise QgsProcessingException(str(exc)) from exc
        except Cancelled as exc:
            raise QgsProcessingException(QCoreApplication.translate("FootfallAlgorithm", "Cancelled by the user; nothing was written.")) from exc


def profile_options() -> list[tuple[str, str]]:
    """(code, translated label) of the profiles a filter offers."""
    # literal translate() calls, so that pylupdate5 extracts them (a local helper is not extracted)
    return [("resident", QCoreApplication.translate("FootfallAlgorithm", "Residents")),
            ("day_visitor", QCoreApplication.translate("FootfallAlgorithm", "Day visitors")),
            ("overnight_visitor", QCoreApplication.translate("FootfallAlgorithm", "Overnight visitors")),
            ("commuter", QCoreApplication.translate("FootfallAlgorithm", "Commuters")),
            ("transit", QCoreApplication.translate("FootfallAlgorithm", "Transit")),
            ("visitor", QCoreApplication.translate("FootfallAlgorithm", "Visitors"))]


def load_dataset(alg: FootfallAlgorithm, parameters, context, feedback, progress: Progress):
    """Read INPUT (a Footfall GeoPackage or an export) with TIMEZONE and, when given, ZONES/ZONE_FIELD."""
    from ..core.readers import read_export
    from .import_export import zones_from_layer
    src = alg.parameterAsFile(parameters, "INPUT", context)
    tz = alg.parameterAsString(parameters, "TIMEZONE", context) or "Europe/Brussels"
    ds = alg.run_core(read_export, src, timezone=tz, progress=progress)
    layer = alg.parameterAsVectorLayer(parameters, "ZONES", context)
    if layer is not None:
        field = alg.parameterAsString(parameters, "ZONE_FIELD", context)
        ds.set_zones(*zones_from_layer(layer, field))
    for w in ds.metadata.warnings:
        feedback.pushWarning(w)
    return ds


def chosen_profiles(alg: FootfallAlgorithm, parameters, context, name: str = "PROFILES") -> list[str]:
    """Profile codes of an optional multiple enum (QGIS 3.22 gives [0] when nothing was chosen)."""
    codes = [c for c, _l in profile_options()]
    chosen = parameters.get(name)
    if chosen in (None, "", []):
        return []
    return [codes[i] for i in alg.parameterAsEnums(parameters, name, context)]


def as_utc(qdt):
    """A valid QDateTime as an aware UTC datetime; None when empty or invalid."""
    import datetime as dt
    if qdt is None or not qdt.isValid():
        return None
    return dt.datetime.fromtimestamp(qdt.toSecsSinceEpoch(), dt.timezone.utc)
