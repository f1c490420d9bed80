"""``footfall:origin_flows``: lines from where visitors live to the venue, by level, with the anonymity rule."""

from __future__ import annotations

import dataclasses

from qgis.core import (QgsProcessingOutputString, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureSink, QgsGeometry,
                       QgsProcessingLayerPostProcessorInterface, QgsPointXY, QgsProcessing,
                       QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterNumber, QgsProcessingParameterPoint,
                       QgsProcessingParameterVectorLayer, QgsWkbTypes)

from ..core import heat
from ..core.flows import FOLLOW_SCALE, FlowQuery, origin_flows, origin_flows_by_level
from ..cartography.flow_layer import flow_features, flow_fields, language, level_options, set_flow_legend, style_flows
from ..cartography import fmt
from ..cartography.geometry import weighted_venue, zone_centroids
from .base import (add_input_parameter, add_measure_parameter, add_period_parameters, add_profiles_parameter,
                   add_zone_parameters, as_utc, check_measure, chosen_measure, chosen_profiles, FootfallAlgorithm,
                   load_dataset, name_output, say_measure, zone_layer_needed)


class FlowStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles the flow layer when the toolbox loads it: graduated lines, labels, scale ranges per level."""

    instance = None  # QGIS does not own the post-processor: keep the last one alive

    def __init__(self, threshold: int, measure_label: str = "") -> None:
        super().__init__()
        self.threshold = threshold
        self.measure_label = measure_label

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is not None and layer.isValid():
            style_flows(layer, self.threshold)
            from qgis.utils import iface  # QGIS desktop: the legend follows its map's scale
            canvas = iface.mapCanvas() if iface is not None else None
            set_flow_legend(layer, self.measure_label, canvas.scale if canvas is not None else (lambda: 0.0))
            i = layer.fields().indexOf("visitors")
            if i >= 0 and self.measure_label:  # the value field says what it counts
                layer.setFieldAlias(i, self.measure_label)

    @staticmethod
    def create(threshold: int, measure_label: str = "") -> FlowStyler:
        """A new post-processor, kept referenced until the next run."""
        FlowStyler.instance = FlowStyler(threshold, measure_label)
        return FlowStyler.instance


def venue_zones(venue_layer, ds_crs: QgsCoordinateReferenceSystem, centroids: dict[str, QgsPointXY], context
                ) -> list[str]:
    """Zones whose centroid lies in one of the venue layer's polygons."""
    tr = QgsCoordinateTransform(venue_layer.crs(), ds_crs, context.transformContext())
    geoms = []
    for f in venue_layer.getFeatures():
        g = QgsGeometry(f.geometry())
        if g.isEmpty():
            continue
        g.transform(tr)
        geoms.append(g)
    if not geoms:
        return []
    union = QgsGeometry.unaryUnion(geoms)
    eng = QgsGeometry.createGeometryEngine(union.constGet())
    eng.prepareGeometry()
    return [z for z, p in centroids.items() if eng.contains(QgsGeometry.fromPointXY(p).constGet())]


class OriginFlowsAlgorithm(FootfallAlgorithm):
    """Flow lines from origins (postcodes, communes, départements, countries) to the venue or the zones."""

    PARAMETER_DECIMALS = {"MIN_VISITORS": 0}
    NAME = "origin_flows"
    CONTEXT = "OriginFlowsAlgorithm"
    INPUT = "INPUT"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    TIMEZONE = "TIMEZONE"
    VENUE = "VENUE"
    VENUE_LAYER = "VENUE_LAYER"
    DESTINATION = "DESTINATION"
    LEVEL = "LEVEL"
    MIN_VISITORS = "MIN_VISITORS"
    TOP_N = "TOP_N"
    PROFILES = "PROFILES"
    START = "START"
    END = "END"
    BY_SLOT = "BY_SLOT"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Origin flows")

    def group(self) -> str:
        return self.tr("Maps")

    def groupId(self) -> str:  # noqa: N802
        return "maps"

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Draws where visitors came from: one gently curved line from each origin (postcode, municipality, "
            "commune, département or country, placed with the bundled gazetteers) to the venue or to each "
            "zone, with fields origin_type, origin_code, origin_name (in the interface's language), visitors, "
            "share, distance_km (great circle), population and per_1000_residents where the gazetteer knows "
            "the population.\n\n"
            "visitors is the sum of the export's known origin counts over the chosen zones, profiles and slots "
            "(for daily exports: visitor-days per zone, not unique people); at_least = 1 when some of its "
            "parts were suppressed.\n\n"
            "Level: origins are rolled up postcode → municipality → province → region → country (Belgium) "
            "or commune → département → région → country (France). “Follows the map scale” writes the "
            "municipality, province and country levels together (field level: 1, 2, 4) and styles the layer so "
            "that each level is drawn only in its scale range: municipalities closer than 1:1,000,000, "
            "provinces and départements to 1:5,000,000, countries beyond; each level adds up to the total.\n\n"
            "Anonymity: a flow is shown alone only if every one of its cells (profile × slot, over the whole "
            "export) is 0 or at least the dataset's threshold; the others are merged into “Other origins in "
            "…” (the place one level up) at the next level up, with the smallest whole sibling added when the merged group is "
            "still too small. The lines always add up to the total of the placed origins; origins the "
            "gazetteers do not know are listed in the log with their visitors.\n\n"
            "Minimum visitors and top N only hide lines; share is always against the total.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_input_parameter(self, self.tr("A GeoPackage written by “Import footfall export”, or an operator's export with origins."))
        add_zone_parameters(self)
        p = QgsProcessingParameterPoint(self.VENUE, self.tr("Venue"), optional=True)
        p.setHelp(self.tr("Where the lines end. Without it: the visitor-weighted centre of the zones (of the venue area when one is given)."))
        self.addParameter(p)
        p = QgsProcessingParameterVectorLayer(self.VENUE_LAYER, self.tr("Venue area"), [QgsProcessing.TypeVectorPolygon], optional=True)
        p.setHelp(self.tr("Only the zones whose centre lies in these polygons are used."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.DESTINATION, self.tr("Lines end at"),
                                       [self.tr("The venue"), self.tr("Each zone's centre")], defaultValue=0)
        p.setHelp(self.tr("One set of lines to the venue, or one set per zone."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.LEVEL, self.tr("Level"), level_options(), defaultValue=0)
        p.setHelp(self.tr("Roll origins up to this level before drawing."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.MIN_VISITORS, self.tr("Minimum visitors"), QgsProcessingParameterNumber.Double, 0.0, minValue=0.0)
        p.setHelp(self.tr("Hide lines with fewer visitors."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.TOP_N, self.tr("Top N"), QgsProcessingParameterNumber.Integer, 0, minValue=0)
        p.setHelp(self.tr("Keep only the N largest lines per destination (0: all)."))
        self.addParameter(p)
        add_profiles_parameter(self)
        add_measure_parameter(self)
        add_period_parameters(self)
        p = QgsProcessingParameterBoolean(self.BY_SLOT, self.tr("One line per time slot (for the Temporal Controller)"), False)
        p.setHelp(self.tr("Adds start and end fields so that the flows play with the Temporal Controller."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Origin flows"), QgsProcessing.TypeVectorLine)
        p.setHelp(self.tr("The line layer to write."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("TOTAL", self.tr("Visitors of the placed origins")))
        self.addOutput(QgsProcessingOutputNumber("UNRESOLVED", self.tr("Visitors of origins the gazetteers do not know")))
        self.addOutput(QgsProcessingOutputNumber("MERGED", self.tr("Origins merged for anonymity")))
        self.addOutput(QgsProcessingOutputString("MEASURE", self.tr("What the figures measure (a measure of the data model)")))

    def run_flows(self, parameters, context, feedback, progress):
        """Load the dataset and compute the flows: (dataset, result, destinations in the dataset's CRS, CRS)."""
        ds = load_dataset(self, parameters, context, feedback, progress.sub(0, 40))
        try:
            crs = None
            centroids: dict[str, QgsPointXY] = {}
            if ds.zones_wkt():
                try:
                    crs = QgsCoordinateReferenceSystem(heat.ensure_projected(ds))
                except ValueError:
                    crs = None
                centroids = zone_centroids(ds) if crs is not None else {}
            venue = parameters.get(self.VENUE)
            venue_pt = None
            if venue not in (None, ""):
                vcrs = self.parameterAsPointCrs(parameters, self.VENUE, context)
                venue_pt = self.parameterAsPoint(parameters, self.VENUE, context)
                if crs is None:
                    crs = vcrs if vcrs.isValid() else QgsCoordinateReferenceSystem("EPSG:4326")
                else:
                    venue_pt = QgsCoordinateTransform(vcrs, crs, context.transformContext()).transform(venue_pt)
            if crs is None:
                raise QgsProcessingException(self.tr("Neither zone geometry nor a venue is known: give a zone layer or a venue point.") + zone_layer_needed(ds))
            zones = None
            vlayer = self.parameterAsVectorLayer(parameters, self.VENUE_LAYER, context)
            if vlayer is not None:
                zones = venue_zones(vlayer, crs, centroids, context)
                if not zones:
                    raise QgsProcessingException(self.tr("No zone lies in the venue area."))
            per_zone = self.parameterAsEnum(parameters, self.DESTINATION, context) == 1
            if per_zone and not centroids:
                raise QgsProcessingException(self.tr("Lines to each zone need zone geometry: give a zone layer.") + zone_layer_needed(ds))
            q = FlowQuery(level=self.parameterAsEnum(parameters, self.LEVEL, context),
                          profiles=chosen_profiles(self, parameters, context) or None,
                          start=as_utc(self.parameterAsDateTime(parameters, self.START, context)) if parameters.get(self.START) else None,
                          end=as_utc(self.parameterAsDateTime(parameters, self.END, context)) if parameters.get(self.END) else None,
                          zones=zones, per_zone=per_zone,
                          min_visitors=self.parameterAsDouble(parameters, self.MIN_VISITORS, context),
                          top_n=self.parameterAsInt(parameters, self.TOP_N, context),
                          measure=chosen_measure(self, parameters, context))
            check_measure(ds, q.measure)
            if q.level == FOLLOW_SCALE:
                results = self.run_core(origin_flows_by_level, ds, dataclasses.replace(q, level=0), progress=progress.sub(40, 80))
            else:
                results = [self.run_core(origin_flows, ds, q, progress.sub(40, 80))]
            result = results[0]
            if per_zone:
                dests = {z: centroids.get(z) for r in results for z in {f.dest for f in r.flows}}
            else:
                if venue_pt is None:
                    venue_pt = weighted_venue(ds, centroids, zones, result.measure)
                dests = {"": venue_pt}
            for r in results:
                self.report(r, feedback)
            return ds, results, dests, crs
        except Exception:
            ds.close()
            raise

    def report(self, result, feedback) -> None:
        """Totals, merges and unresolved origins in the log (never a count below the threshold)."""
        say_measure(feedback, result.measure_label)
        feedback.pushInfo(self.tr("{n} lines; {shown} of {total} visitors shown; {merged} origins merged for anonymity (threshold {k}).").format(
            n=len(result.flows), shown=fmt.number(result.shown_total), total=fmt.number(result.total),
            merged=result.merged_origins, k=result.threshold))
        if result.unresolved:
            from ..core.origins import special_label
            items = [f"{special_label(t, c, language()) or c} ({fmt.number(v) if v >= result.threshold else '< ' + str(result.threshold)})"
                     for t, c, v, _n in result.unresolved[:20] if t != "zone"]
            if items:
                feedback.pushWarning(self.tr("{n} origins are not places the map can show, and are not drawn: {items}").format(
                    n=len(items), items=", ".join(items)))
            if result.zones_without_geometry:
                feedback.pushWarning(self.tr("{n} origins are zones of the export's own zoning (such as MITMA districts), which have no geometry here: give their zone layer (Zone layer, Zone id field) to draw them.").format(
                    n=result.zones_without_geometry))
        if result.withheld:
            feedback.pushWarning(self.tr("Some visitors are not shown: even all together they are below the anonymity threshold."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        progress = self.progress(feedback)
        by_slot = self.parameterAsBool(parameters, self.BY_SLOT, context)
        ds, results, dests, crs = self.run_flows(parameters, context, feedback, progress)
        result = results[0]
        try:
            sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, flow_fields(by_slot),
                                                 QgsWkbTypes.LineString, crs)
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
            for r in results:
                sink.addFeatures(flow_features(r, dests, crs, by_slot=by_slot, tz=ds.metadata.timezone),
                                 QgsFeatureSink.FastInsert)
            if context.willLoadLayerOnCompletion(dest_id):
                context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(FlowStyler.create(result.threshold, result.measure_label))
                name_output(context, dest_id, self.tr("Origin flows"), result.measure_label)
            progress.set(100)
            return {self.OUTPUT: dest_id, "TOTAL": result.total, "UNRESOLVED": result.unresolved_total,
                    "MERGED": result.merged_origins, "MEASURE": result.measure}
        finally:
            ds.close()
