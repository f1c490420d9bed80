"""Base class of Footfall's Processing algorithms: translation, help, progress and errors."""

from __future__ import annotations

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingFeedback, QgsProcessingParameterEnum,
                       QgsProcessingParameterNumber)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..cartography.geometry import zones_from_layer
from ..core.errors import Cancelled, ReadError
from ..core.progress import Progress
from ..core.paths import icon_path


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

    #: Decimals shown by the dialog's number fields, by parameter name (else :data:`DECIMALS`): QGIS 3.22
    #: shows six ("8,000000" in French) unless told otherwise.
    PARAMETER_DECIMALS: dict[str, int] = {}
    DECIMALS = 2

    def addParameter(self, parameter, createOutput: bool = True) -> bool:  # noqa: N802, N803 - QGIS API
        """Add a parameter; a decimal number field shows :data:`PARAMETER_DECIMALS` (or 2) decimals."""
        if isinstance(parameter, QgsProcessingParameterNumber) and \
                parameter.dataType() == QgsProcessingParameterNumber.Double:
            meta = dict(parameter.metadata())
            wrapper = dict(meta.get("widget_wrapper") or {})
            wrapper.setdefault("decimals", self.PARAMETER_DECIMALS.get(parameter.name(), self.DECIMALS))
            meta["widget_wrapper"] = wrapper
            parameter.setMetadata(meta)
        return super().addParameter(parameter, createOutput)

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


# -- the parameters every algorithm that reads an export shares (what load_dataset reads) ------------
def add_input_parameter(alg: FootfallAlgorithm, help_text: str | None = None, optional: bool = False) -> None:
    """INPUT: a Footfall GeoPackage or an operator's export (``help_text`` says what this algorithm needs)."""
    from qgis.core import QgsProcessingParameterFile
    p = QgsProcessingParameterFile("INPUT", QCoreApplication.translate("FootfallAlgorithm", "Footfall GeoPackage or export"),
                                   extension="", optional=optional)
    p.setHelp(help_text or QCoreApplication.translate("FootfallAlgorithm", "A GeoPackage written by “Import footfall export”, or an operator's export."))
    alg.addParameter(p)


def add_zone_parameters(alg: FootfallAlgorithm, timezone_help: str | None = None, zones: bool = True) -> None:
    """ZONES and ZONE_FIELD (zone polygons for an export without them) and TIMEZONE."""
    from qgis.core import (QgsProcessing, QgsProcessingParameterField, QgsProcessingParameterVectorLayer)
    if zones:
        p = QgsProcessingParameterVectorLayer("ZONES", QCoreApplication.translate("FootfallAlgorithm", "Zone layer"),
                                              [QgsProcessing.TypeVectorPolygon], optional=True)
        p.setHelp(QCoreApplication.translate("FootfallAlgorithm", "Polygons of the zones, when the input does not carry them."))
        alg.addParameter(p)
        p = QgsProcessingParameterField("ZONE_FIELD", QCoreApplication.translate("FootfallAlgorithm", "Zone id field"),
                                        parentLayerParameterName="ZONES", optional=True)
        p.setHelp(QCoreApplication.translate("FootfallAlgorithm", "The field of the zone layer that holds the zone ids."))
        alg.addParameter(p)
    p = timezone_parameter("TIMEZONE", QCoreApplication.translate("FootfallAlgorithm", "Time zone of the export"))
    p.setHelp(timezone_help or QCoreApplication.translate("FootfallAlgorithm", "Only used for an export with local times."))
    alg.addParameter(p)


def timezone_parameter(name: str, description: str, default: str = "Europe/Brussels"):
    """A time zone chosen from a list (the usual ones first, then every IANA zone) instead of free text; its
    value is the zone's name, as in ``qgis_process … --TIMEZONE=Europe/Paris``."""
    from ..core.clock import COMMON_ZONES, all_zones
    zones = list(COMMON_ZONES) + [z for z in all_zones() if z not in COMMON_ZONES]
    return QgsProcessingParameterEnum(name, description, options=zones, defaultValue=default, usesStaticStrings=True)


def add_profiles_parameter(alg: FootfallAlgorithm) -> None:
    """PROFILES: an optional multiple choice of visitor profiles (read with :func:`chosen_profiles`)."""
    from qgis.core import QgsProcessingParameterEnum
    p = QgsProcessingParameterEnum("PROFILES", QCoreApplication.translate("FootfallAlgorithm", "Profiles"),
                                   [label for _c, label in profile_options()], allowMultiple=True, optional=True)
    p.setHelp(QCoreApplication.translate("FootfallAlgorithm", "Only these visitor profiles; all when none is chosen."))
    alg.addParameter(p)


def add_period_parameters(alg: FootfallAlgorithm, start_help: str | None = None, end_help: str | None = None) -> None:
    """START and END: an optional period (read with :func:`as_utc`)."""
    from qgis.core import QgsProcessingParameterDateTime
    p = QgsProcessingParameterDateTime("START", QCoreApplication.translate("FootfallAlgorithm", "From"), optional=True)
    p.setHelp(start_help or QCoreApplication.translate("FootfallAlgorithm", "Only slots that start at or after this time."))
    alg.addParameter(p)
    p = QgsProcessingParameterDateTime("END", QCoreApplication.translate("FootfallAlgorithm", "Until"), optional=True)
    p.setHelp(end_help or QCoreApplication.translate("FootfallAlgorithm", "Only slots that end at or before this time."))
    alg.addParameter(p)


def load_dataset(alg: FootfallAlgorithm, parameters, context, feedback, progress: Progress):
    """Read INPUT (a Footfall GeoPackage or an export) with TIMEZONE and, when given, ZONES/ZONE_FIELD."""
    from ..core.readers import read_export
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


# -- what the numbers count (issue 14: the measure named in every output) ------------------------------
def add_measure_parameter(alg: FootfallAlgorithm) -> None:
    """MEASURE: which measure of the export the algorithm counts (read with :func:`chosen_measure`); by
    default the first one the export holds, in the order people present / visitors per day, nights,
    trips… (see docs/data-model.md). Two measures are never added together."""
    from qgis.core import QgsProcessingParameterEnum
    from ..core.measures import measure_label
    from ..core.model import MEASURES
    p = QgsProcessingParameterEnum(
        "MEASURE", QCoreApplication.translate("FootfallAlgorithm", "Measure"),
        [QCoreApplication.translate("FootfallAlgorithm", "The first the export holds")] + [measure_label(m) for m in MEASURES],
        defaultValue=0, optional=True)
    p.setHelp(QCoreApplication.translate("FootfallAlgorithm", "Which measure to use when the export holds several (visitors per day and nights, trips…); two are never added together."))
    alg.addParameter(p)


def chosen_measure(alg: FootfallAlgorithm, parameters, context) -> str | None:
    """The measure chosen with MEASURE, or None for the export's first."""
    from ..core.model import MEASURES
    if parameters.get("MEASURE") in (None, ""):
        return None
    i = alg.parameterAsEnum(parameters, "MEASURE", context)
    return MEASURES[i - 1] if 0 < i <= len(MEASURES) else None


def check_measure(ds, measure: str | None) -> None:
    """Refuse a measure the dataset does not hold, saying which it holds."""
    from ..core.measures import measures_text
    if measure is not None and measure not in ds.measures():
        raise QgsProcessingException(QCoreApplication.translate(
            "FootfallAlgorithm", "The export holds no “{measure}”; it holds: {have}.").format(
            measure=_label(ds, measure), have=measures_text(ds.measures(), ds.metadata.slot_minutes, ds.metadata.period)))


def _label(ds, measure: str) -> str:
    from ..core.measures import measure_label
    return measure_label(measure, ds.metadata.slot_minutes, ds.metadata.period)


def report_measure(feedback, ds, measure: str | None) -> str:
    """Say in the log what the algorithm's figures count ("What the figures measure: trips per hour.") and
    return the measure's name, for layer names and legends."""
    label = _label(ds, measure or "presence")
    say_measure(feedback, label)
    return label


def say_measure(feedback, label: str) -> None:
    """“What the figures measure: {measure}.” in the log."""
    if feedback is not None:
        feedback.pushInfo(QCoreApplication.translate("FootfallAlgorithm", "What the figures measure: {measure}.").format(measure=label))


def name_output(context, dest_id: str, title: str, label: str) -> None:
    """The loaded layer's name says what it counts: “Origin flows (trips per hour)”."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        context.layerToLoadOnCompletionDetails(dest_id).name = QCoreApplication.translate(
            "FootfallAlgorithm", "{title} ({measure})").format(title=title, measure=label)


def zone_layer_needed(ds) -> str:
    """“ This export needs: MITMA's zoning layer…” for a recognised format whose zone polygons are not
    bundled ('' otherwise): appended to the messages that ask for a zone layer."""
    from ..core.formats import zone_layer_hint
    hint = zone_layer_hint(ds.metadata.format_ids)
    if not hint:
        return ""
    return " " + QCoreApplication.translate("FootfallAlgorithm", "This export needs: {layer}.").format(layer=hint)
