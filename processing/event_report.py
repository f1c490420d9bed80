"""``footfall:event_report``: the post-event report as a PDF in English, Dutch or French."""

from __future__ import annotations

from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessingAlgorithm, QgsCoordinateTransform,
                       QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingParameterEnum,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterPoint, QgsProcessingParameterString)

from ..core import heat
from ..core.impact import PRESETS
from .base import (add_input_parameter, add_period_parameters, add_zone_parameters, as_utc, FootfallAlgorithm,
                   load_dataset)


class EventReportAlgorithm(FootfallAlgorithm):
    """Key figures, maps, charts, economic impact and methodology of an event, as a PDF."""

    NAME = "event_report"
    CONTEXT = "EventReportAlgorithm"
    INPUT = "INPUT"
    ORIGINS = "ORIGINS"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    TIMEZONE = "TIMEZONE"
    START = "START"
    END = "END"
    VENUE = "VENUE"
    VENUE_NAME = "VENUE_NAME"
    TITLE = "TITLE"
    ORGANISATION = "ORGANISATION"
    LANGUAGE = "LANGUAGE"
    PRESET = "PRESET"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Post-event report (PDF)")

    def flags(self):
        # the report switches Qt's translator to its own language and prints a rich-text document:
        # both belong to the main thread
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def group(self) -> str:
        return self.tr("Reports")

    def groupId(self) -> str:  # noqa: N802
        return "reports"

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Writes a post-event report as a PDF in English, Dutch or French: key figures (visits per day "
            "and profile by the stated counting rule, the busiest day, the peak time slot with the people "
            "present at once, the share from abroad, the median travel distance, the economic impact with "
            "its low and high bounds), a chart of the people present over time by profile, a heat map at the "
            "peak, a map of the largest origin flows with the catchment rings, the largest origins, the "
            "catchment bands, the economic impact by profile and origin group, and an appendix on how the "
            "figures were made (source files and their SHA-256, operator, anonymity threshold, margins, "
            "counting rule, what the figures cannot tell).\n\n"
            "Every number comes from the same code as the algorithms (origin flows, catchment, economic "
            "impact) and no count below the anonymity threshold is printed.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_input_parameter(self, self.tr("A GeoPackage written by “Import footfall export”, or an operator's export (presence)."))
        p = QgsProcessingParameterFile(self.ORIGINS, self.tr("Second export (origins)"), extension="", optional=True)
        p.setHelp(self.tr("The operator's origin file of the same event, when it comes separately."))
        self.addParameter(p)
        add_zone_parameters(self)
        add_period_parameters(self, self.tr("Start of the event period; the whole export when empty."), self.tr("End of the event period; the whole export when empty."))
        p = QgsProcessingParameterPoint(self.VENUE, self.tr("Venue"), optional=True)
        p.setHelp(self.tr("Where distances and flows are measured to. Without it: the visitor-weighted centre of the zones."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.VENUE_NAME, self.tr("Name of the venue or area"), optional=True)
        p.setHelp(self.tr("Printed under the title."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True)
        p.setHelp(self.tr("The report's title, for example the event's name."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.ORGANISATION, self.tr("Organisation"), optional=True)
        p.setHelp(self.tr("Who writes the report (a city department, an agency), printed on the cover."))
        self.addParameter(p)
        from ..cartography import fmt
        ui = {"nl": 1, "fr": 2}.get(fmt.locale().name()[:2], 0)  # the interface's language by default
        p = QgsProcessingParameterEnum(self.LANGUAGE, self.tr("Language of the report"),
                                       [self.tr("English"), self.tr("Dutch"), self.tr("French")], defaultValue=ui)
        p.setHelp(self.tr("The report is written in this language whatever the interface's language is."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.PRESET, self.tr("Spend preset for the economic impact"),
                                       [self.tr("Brussels"), self.tr("Lyon"), self.tr("None (no impact section)")],
                                       defaultValue=0)
        p.setHelp(self.tr("The spend, additionality and multiplier values of “Economic impact”."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Report"), self.tr("PDF files (*.pdf)"))
        p.setHelp(self.tr("The PDF file to write."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("VISITOR_DAYS", self.tr("Visits over the period (visitor-days)")))
        self.addOutput(QgsProcessingOutputNumber("PEAK_PEOPLE", self.tr("People present at the peak (at least)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.readers import read_exports
        from ..cartography.report import LANGUAGES, write_report
        progress = self.progress(feedback)
        ds = load_dataset(self, parameters, context, feedback, progress.sub(0, 20))
        try:
            second = self.parameterAsFile(parameters, self.ORIGINS, context)
            if second:
                self.run_core(read_exports, [second], timezone=ds.metadata.timezone, dataset=ds)
            venue = None
            if parameters.get(self.VENUE) not in (None, ""):
                if not ds.zones_wkt():
                    raise QgsProcessingException(self.tr("A venue needs zone geometry to be placed on the maps: give a zone layer."))
                crs = QgsCoordinateReferenceSystem(heat.ensure_projected(ds))
                vcrs = self.parameterAsPointCrs(parameters, self.VENUE, context)
                venue = QgsCoordinateTransform(vcrs, crs, context.transformContext()).transform(
                    self.parameterAsPoint(parameters, self.VENUE, context))
            preset_i = self.parameterAsEnum(parameters, self.PRESET, context)
            preset = PRESETS[preset_i] if preset_i < len(PRESETS) else None
            path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
            start = as_utc(self.parameterAsDateTime(parameters, self.START, context)) if parameters.get(self.START) else None
            end = as_utc(self.parameterAsDateTime(parameters, self.END, context)) if parameters.get(self.END) else None
            fig = self.run_core(write_report, ds, path, LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)],
                                self.parameterAsString(parameters, self.TITLE, context) or "",
                                venue, self.parameterAsString(parameters, self.VENUE_NAME, context) or "",
                                start, end, preset, progress.sub(20, 100),
                                organisation=self.parameterAsString(parameters, self.ORGANISATION, context) or "")
        finally:
            ds.close()
        if not fig.days:
            feedback.pushWarning(self.tr("The period holds no data: the report is nearly empty."))
        return {self.OUTPUT: path, "VISITOR_DAYS": fig.visitor_days, "PEAK_PEOPLE": fig.peak_total}
