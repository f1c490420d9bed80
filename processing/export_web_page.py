"""``footfall:export_web_page``: one self-contained interactive HTML file for an article."""

from __future__ import annotations

from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)

from ..core import webpage as wp
from .base import FootfallAlgorithm, add_input_parameter, add_zone_parameters, load_dataset


class ExportWebPageAlgorithm(FootfallAlgorithm):
    """The crowd map with its time slider, profile filters and origin flows, as one HTML file that works
    offline and inside an iframe."""

    NAME = "export_web_page"
    CONTEXT = "ExportWebPageAlgorithm"
    INPUT = "INPUT"
    ORIGINS = "ORIGINS"
    LANGUAGE = "LANGUAGE"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    CREDIT = "CREDIT"
    VIEW = "VIEW"
    RADIUS = "RADIUS"
    PIXEL_SIZE = "PIXEL_SIZE"
    SCALE_QUANTILE = "SCALE_QUANTILE"
    FLOWS = "FLOWS"
    TOP_N = "TOP_N"
    BASEMAP = "BASEMAP"
    MAX_MB = "MAX_MB"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Export web page (interactive HTML)")

    def group(self) -> str:
        return self.tr("Maps")

    def groupId(self) -> str:  # noqa: N802
        return "maps"

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Writes one HTML file for an article: the zones or the heat of every time slot on the plugin's "
            "fixed colour scale with its legend, a time slider with play/pause and the local date and time, "
            "visitor-profile filters, the origin flows of the day with the flow map's classes and labels, a "
            "title, a subtitle and a source line with the parameters, in English, Dutch or French.\n\n"
            "The file opens in any current browser without a network: the map library (Leaflet, BSD "
            "licence) and the data are inside it. Only the optional OpenStreetMap basemap is loaded from "
            "the internet, by the reader's browser, when the reader switches it on. Put it in an article by "
            "uploading the file, or in an iframe; it fits a phone's width and works with the keyboard.\n\n"
            "Only published figures go into the page: the zone counts per slot and profile with the "
            "anonymity threshold applied (suppressed, never zero) and the origin flows with small origins "
            "merged, as in every other output; no raw table. When the data would make the page larger than "
            "the size limit, every n-th slot is kept, and the page says so.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_input_parameter(self, self.tr("A GeoPackage written by “Import footfall export”, or an operator's export (presence)."))
        p = QgsProcessingParameterFile(self.ORIGINS, self.tr("Second export (origins)"), extension="", optional=True)
        p.setHelp(self.tr("The operator's origin file of the same event, when it comes separately."))
        self.addParameter(p)
        add_zone_parameters(self)
        from ..cartography import fmt
        ui = {"nl": 1, "fr": 2}.get(fmt.locale().name()[:2], 0)
        p = QgsProcessingParameterEnum(self.LANGUAGE, self.tr("Language of the page"),
                                       [self.tr("English"), self.tr("Dutch"), self.tr("French")], defaultValue=ui)
        p.setHelp(self.tr("Every text, number and date of the page is in this language, whatever the interface's language is."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True)
        p.setHelp(self.tr("The page's title, for example the event's name."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.SUBTITLE, self.tr("Subtitle"), optional=True)
        p.setHelp(self.tr("A line under the title."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.CREDIT, self.tr("Credit line"), optional=True)
        p.setHelp(self.tr("Added to the source line, for example the newsroom's credit."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.VIEW, self.tr("Map shown first"), [self.tr("People per zone"), self.tr("Heatmap")],
                                       defaultValue=0)
        p.setHelp(self.tr("The reader can switch between both."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.RADIUS, self.tr("Heatmap radius (m)"), QgsProcessingParameterNumber.Double,
                                         500.0, minValue=50, maxValue=5000)
        p.setHelp(self.tr("Kernel radius: how far one zone's people are spread."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.PIXEL_SIZE, self.tr("Heatmap pixel size (m)"), QgsProcessingParameterNumber.Double,
                                         25.0, minValue=5, maxValue=500)
        p.setHelp(self.tr("Size of one pixel of the heatmap, computed by the reader's browser."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.SCALE_QUANTILE, self.tr("Colour scale maximum (quantile of all frames)"),
                                         QgsProcessingParameterNumber.Double, 0.99, minValue=0.5, maxValue=1.0)
        p.setHelp(self.tr("1 uses the maximum over all frames; 0.99 lets the top 1 % of pixels saturate. The same scale holds for every slot and profile."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.FLOWS, self.tr("Origin flows"), defaultValue=True)
        p.setHelp(self.tr("Lines from where visitors live to the study area, for the day the slider is in (when the export has origins)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.TOP_N, self.tr("Largest lines per day"), QgsProcessingParameterNumber.Integer,
                                         30, minValue=1, maxValue=1000)
        p.setHelp(self.tr("How many of the largest origins the page draws for each day and level."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.BASEMAP, self.tr("OpenStreetMap basemap"),
                                       [self.tr("None (the page never goes online)"),
                                        self.tr("Offered, off until the reader switches it on"),
                                        self.tr("On when the reader is online")], defaultValue=1)
        p.setHelp(self.tr("Map tiles from openstreetmap.org, loaded by the reader's browser, with their attribution. Without them the page shows the data alone."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.MAX_MB, self.tr("Size limit (MB)"), QgsProcessingParameterNumber.Double,
                                         10.0, minValue=1, maxValue=200)
        p.setHelp(self.tr("When the data would make the page larger, every n-th time slot is kept (the page says which)."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Web page"), self.tr("HTML files (*.html)"))
        p.setHelp(self.tr("The HTML file to write."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("BYTES", self.tr("Size of the page (bytes)")))
        self.addOutput(QgsProcessingOutputNumber("SLOTS", self.tr("Time slots in the page")))
        self.addOutput(QgsProcessingOutputString("THINNED", self.tr("Thinning of the time slots")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.readers import read_exports
        from ..cartography.web import LANGUAGES, build_web_page
        progress = self.progress(feedback)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path.lower().endswith((".html", ".htm")):
            raise QgsProcessingException(self.tr("The web page must be an .html file."))
        ds = load_dataset(self, parameters, context, feedback, progress.sub(0, 20))
        try:
            second = self.parameterAsFile(parameters, self.ORIGINS, context)
            if second:
                self.run_core(read_exports, [second], timezone=ds.metadata.timezone, dataset=ds)
            if not ds.zones_wkt():
                raise QgsProcessingException(self.tr("The web page needs zone geometry: give a zone layer."))
            q = self.parameterAsDouble(parameters, self.SCALE_QUANTILE, context)
            options = wp.WebPageOptions(
                language=LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)],
                title=self.parameterAsString(parameters, self.TITLE, context) or "",
                subtitle=self.parameterAsString(parameters, self.SUBTITLE, context) or "",
                credit=self.parameterAsString(parameters, self.CREDIT, context) or "",
                view=("zones", "heat")[self.parameterAsEnum(parameters, self.VIEW, context)],
                radius=self.parameterAsDouble(parameters, self.RADIUS, context),
                pixel=self.parameterAsDouble(parameters, self.PIXEL_SIZE, context),
                scale_quantile=None if q >= 1.0 else q,
                flows=self.parameterAsBoolean(parameters, self.FLOWS, context),
                flow_top_n=self.parameterAsInt(parameters, self.TOP_N, context),
                basemap=self.parameterAsEnum(parameters, self.BASEMAP, context),
                max_bytes=int(self.parameterAsDouble(parameters, self.MAX_MB, context) * 1_000_000))
            try:
                res = self.run_core(build_web_page, ds, path, options, progress.sub(20, 100))
            except (OSError, ValueError) as exc:
                raise QgsProcessingException(str(exc)) from exc
        finally:
            ds.close()
        thinned = res["thinned"]
        note = ""
        if thinned:
            note = self.tr("one time slot in {step} kept ({kept} of {total})").format(
                step=thinned["step"], kept=thinned["kept"], total=thinned["of"])
            feedback.pushWarning(self.tr("To stay under the size limit, {note}.").format(note=note))
        from ..cartography import fmt
        feedback.pushInfo(self.tr("Web page written: {path} ({mb} MB, {n} time slots).").format(
            path=path, mb=fmt.number(res["bytes"] / 1e6, 1), n=res["slots"]))
        return {self.OUTPUT: path, "BYTES": res["bytes"], "SLOTS": res["slots"], "THINNED": note}
