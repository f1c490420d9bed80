"""``footfall:event_report``: the post-event report as a PDF in English, Dutch or French."""

from __future__ import annotations

from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessingAlgorithm, QgsCoordinateTransform,
                       QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingParameterEnum,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterPoint, QgsProcessingParameterString)

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
    COMPARE_MEASURE = "COMPARE_MEASURE"
    COMPARE_VALUE = "COMPARE_VALUE"
    COMPARE_SOURCE = "COMPARE_SOURCE"
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
            "Writes a post-event report as a PDF in English, Dutch or French: key figures (visitors — residents "
            "apart, in their own table — per day and profile by the stated counting rule, each count with its "
            "margin, the busiest day, the peak time slot with the people present at once, the share from "
            "abroad, the median travel distance, the economic impact with its 90 % interval and, when given, a "
            "published figure beside ours), a chart of the people present over time by profile, a heat map at the "
            "peak, a map of the largest origin flows with the catchment rings, the largest origins, the "
            "catchment bands, the economic impact by profile and origin group with the inputs that make its "
            "interval wide, and an appendix on how the figures were made (source files and their SHA-256, "
            "operator, anonymity threshold, margins, counting rule, the assumptions behind the impact with "
            "their sources, what the figures cannot tell).\n\n"
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
        p = QgsProcessingParameterEnum(self.COMPARE_MEASURE, self.tr("Published figure to compare with"),
                                       [self.tr("None"), self.tr("Direct impact (EUR)"), self.tr("Total impact (EUR)"),
                                        self.tr("Paid nights"), self.tr("Nights brought by the event"),
                                        self.tr("Visitors (visitor-days)")], defaultValue=0)
        p.setHelp(self.tr("A figure published about the same event (for example the tourism office's spend or the "
                          "hotels' nights). The report prints it beside our estimate and says whether it lies inside "
                          "our 90 % interval."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.COMPARE_VALUE, self.tr("Published value"),
                                         QgsProcessingParameterNumber.Double, None, optional=True, minValue=0.0)
        p.setHelp(self.tr("In EUR for an impact, in nights or visitor-days otherwise."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.COMPARE_SOURCE, self.tr("Source of the published value"), optional=True)
        p.setHelp(self.tr("Who published it, and when; printed beside it."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Report"), self.tr("PDF files (*.pdf)"))
        p.setHelp(self.tr("The PDF file to write."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("VISITOR_DAYS", self.tr("Visitors over the period (visitor-days, residents apart)")))
        self.addOutput(QgsProcessingOutputNumber("DIRECT", self.tr("Direct impact (central)")))
        self.addOutput(QgsProcessingOutputNumber("DIRECT_LOW", self.tr("Direct impact, 5th percentile")))
        self.addOutput(QgsProcessingOutputNumber("DIRECT_HIGH", self.tr("Direct impact, 95th percentile")))
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
            published = None
            which = self.parameterAsEnum(parameters, self.COMPARE_MEASURE, context)
            if which:
                if parameters.get(self.COMPARE_VALUE) in (None, ""):
                    raise QgsProcessingException(self.tr("Give the published value to compare with."))
                from ..core.report_data import PUBLISHED_MEASURES, Published
                measure = ("direct", "total", "nights", "nights_additional", "visitors")[which - 1]
                assert measure in PUBLISHED_MEASURES
                if measure != "visitors" and preset is None:
                    raise QgsProcessingException(self.tr("An impact or nights figure needs a spend preset to compare with."))
                published = Published(measure, self.parameterAsDouble(parameters, self.COMPARE_VALUE, context),
                                       self.parameterAsString(parameters, self.COMPARE_SOURCE, context) or "")
            fig = self.run_core(write_report, ds, path, LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)],
                                self.parameterAsString(parameters, self.TITLE, context) or "",
                                venue, self.parameterAsString(parameters, self.VENUE_NAME, context) or "",
                                start, end, preset, progress.sub(20, 100), published=published,
                                organisation=self.parameterAsString(parameters, self.ORGANISATION, context) or "")
        finally:
            ds.close()
        if not fig.days:
            feedback.pushWarning(self.tr("The period holds no data: the report is nearly empty."))
        out = {self.OUTPUT: path, "VISITOR_DAYS": fig.visitors, "PEAK_PEOPLE": fig.peak_total}
        if fig.impact is not None:
            out.update({"DIRECT": fig.impact.direct[1], "DIRECT_LOW": fig.impact.direct[0],
                        "DIRECT_HIGH": fig.impact.direct[2]})
        return out
