"""``footfall:catchment``: how far the event draws its visitors — ranked origins with their catchment
band, the bands as dissolved areas or distance rings, and the distance decay."""

from __future__ import annotations

import numpy as np
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsFeatureSink,
                       QgsField, QgsFields, QgsGeometry, QgsPointXY, QgsProcessing, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterField,
                       QgsProcessingParameterPoint, QgsProcessingParameterString,
                       QgsProcessingParameterVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ..core import heat
from ..core.catchment import DEFAULT_BANDS, catchment, parse_bands
from ..core.flows import FlowQuery
from ..cartography import fmt
from ..cartography.flow_layer import language, level_options, origin_label
from .base import (add_input_parameter, add_measure_parameter, add_period_parameters, add_profiles_parameter,
                   add_zone_parameters, as_utc, check_measure, chosen_measure, chosen_profiles, FootfallAlgorithm,
                   load_dataset, name_output, say_measure, zone_layer_needed)
from ..cartography.geometry import geodesic_circle, weighted_venue, zone_centroids

_ROW_FIELDS = (("rank", QVariant.Int), ("origin_type", QVariant.String), ("origin_code", QVariant.String),
               ("origin_name", QVariant.String), ("visitors", QVariant.Double), ("at_least", QVariant.Int),
               ("share", QVariant.Double), ("cum_share", QVariant.Double), ("band", QVariant.Double),
               ("distance_km", QVariant.Double), ("population", QVariant.Double),
               ("per_1000_residents", QVariant.Double), ("merged_origins", QVariant.Int),
               ("visitors_low", QVariant.Double), ("visitors_high", QVariant.Double))
_BAND_FIELDS = (("band", QVariant.Double), ("visitors", QVariant.Double), ("share", QVariant.Double),
                ("origins", QVariant.Int), ("radius_km", QVariant.Double), ("kind", QVariant.String),
                ("visitors_low", QVariant.Double), ("visitors_high", QVariant.Double))
_DECAY_FIELDS = (("from_km", QVariant.Double), ("to_km", QVariant.Double), ("visitors", QVariant.Double),
                 ("share", QVariant.Double), ("cum_share", QVariant.Double),
                 ("visitors_low", QVariant.Double), ("visitors_high", QVariant.Double))


def _fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, typ in spec:
        fields.append(QgsField(name, typ))
    return fields


class CatchmentAlgorithm(FootfallAlgorithm):
    """Venue catchment: cumulative-share bands, distance rings or areas, distance decay."""

    NAME = "catchment"
    CONTEXT = "CatchmentAlgorithm"
    INPUT = "INPUT"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    TIMEZONE = "TIMEZONE"
    VENUE = "VENUE"
    LEVEL = "LEVEL"
    PROFILES = "PROFILES"
    START = "START"
    END = "END"
    BANDS = "BANDS"
    AREAS = "AREAS"
    AREA_FIELD = "AREA_FIELD"
    OUTPUT = "OUTPUT"
    OUTPUT_BANDS = "OUTPUT_BANDS"
    OUTPUT_DECAY = "OUTPUT_DECAY"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Venue catchment")

    def group(self) -> str:
        return self.tr("Analysis")

    def groupId(self) -> str:  # noqa: N802
        return "analysis"

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "How far the event draws its visitors.\n\n"
            "Origins (at the chosen level, with the anonymity rule of “Origin flows”: small origins are only "
            "ranked inside their “Other origins in …” group) are ranked by visitors, largest first. "
            "share = visitors / total; cum_share = the running sum of share. The X % catchment is the "
            "smallest set of top-ranked origins whose cumulative share reaches X %: an origin gets band X "
            "when the cumulative share of the origins ranked before it is still below X % (bands 50, 75, "
            "90 by default). distance_km is the great-circle distance from the origin's representative "
            "point to the venue; per_1000_residents = visitors × 1000 / population where the gazetteer "
            "knows the population.\n\n"
            "Bands as areas: with an area layer whose code field matches the origin codes, each band's "
            "areas are dissolved (“Other origins” groups have no area of their own and only count in the "
            "visitors). Without it, distance rings: the ring of band X has the radius within which X % of "
            "the visitors with a known distance live (a visitor-weighted quantile), drawn as a "
            "great-circle circle around the venue. Each band polygon carries the visitors of its own origins "
            "only (for rings: those living between the previous ring and this one).\n\n"
            "Distance decay: the share of visitors per distance bin (0, 5, 10, 25, 50, 100, 250, 500, 1000, "
            "2500 km and beyond), with the visitor-weighted median and 90th percentile of the travel "
            "distance.\n\n"
            "visitors are sums of the export's known origin counts (for daily exports: visitor-days per "
            "zone, not unique people); distances are to where visitors most probably live, not the trip "
            "they made that day.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_input_parameter(self, self.tr("A GeoPackage written by “Import footfall export”, or an operator's export with origins."))
        add_zone_parameters(self)
        p = QgsProcessingParameterPoint(self.VENUE, self.tr("Venue"), optional=True)
        p.setHelp(self.tr("Where distances are measured to. Without it: the visitor-weighted centre of the zones."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.LEVEL, self.tr("Level"), level_options()[:5], defaultValue=1)
        p.setHelp(self.tr("Roll origins up to this level before ranking them."))
        self.addParameter(p)
        add_profiles_parameter(self)
        add_measure_parameter(self)
        add_period_parameters(self)
        p = QgsProcessingParameterString(self.BANDS, self.tr("Catchment bands (%)"),
                                         defaultValue=", ".join(f"{b:g}" for b in DEFAULT_BANDS))
        p.setHelp(self.tr("Cumulative shares of the visitors, in percent, separated by commas."))
        self.addParameter(p)
        p = QgsProcessingParameterVectorLayer(self.AREAS, self.tr("Origin areas (for dissolved bands)"),
                                              [QgsProcessing.TypeVectorPolygon], optional=True)
        p.setHelp(self.tr("Polygons of the origin places at the chosen level; without them the bands are distance rings."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.AREA_FIELD, self.tr("Area code field"), parentLayerParameterName=self.AREAS, optional=True)
        p.setHelp(self.tr("The field holding the code (postcode, NIS or INSEE code, département, ISO country code)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Catchment by origin"), QgsProcessing.TypeVectorPoint)
        p.setHelp(self.tr("One point per ranked origin with its share, cumulative share, band and distance."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT_BANDS, self.tr("Catchment bands"), QgsProcessing.TypeVectorPolygon,
                                              optional=True)
        p.setHelp(self.tr("One polygon per band: dissolved origin areas, or a distance ring."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT_DECAY, self.tr("Distance decay"), QgsProcessing.TypeVector,
                                              optional=True)
        p.setHelp(self.tr("Share of visitors per distance bin."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("TOTAL", self.tr("Visitors of the placed origins")))
        self.addOutput(QgsProcessingOutputNumber("MEDIAN_KM", self.tr("Median travel distance (km)")))
        self.addOutput(QgsProcessingOutputNumber("P90_KM", self.tr("90th percentile of the travel distance (km)")))

    def venue_lonlat(self, ds, parameters, context, measure: str | None = None) -> tuple[float, float]:
        """The venue in WGS 84: the VENUE point, or the visitor-weighted centre of the zones."""
        wgs = QgsCoordinateReferenceSystem("EPSG:4326")
        if parameters.get(self.VENUE) not in (None, ""):
            vcrs = self.parameterAsPointCrs(parameters, self.VENUE, context)
            pt = self.parameterAsPoint(parameters, self.VENUE, context)
            if vcrs.isValid() and vcrs != wgs:
                pt = QgsCoordinateTransform(vcrs, wgs, context.transformContext()).transform(pt)
            return pt.x(), pt.y()
        if not ds.zones_wkt():
            raise QgsProcessingException(self.tr("Neither zone geometry nor a venue is known: give a zone layer or a venue point.") + zone_layer_needed(ds))
        crs = QgsCoordinateReferenceSystem(heat.ensure_projected(ds))
        pt = weighted_venue(ds, zone_centroids(ds), None, measure)
        if pt is None:
            raise QgsProcessingException(self.tr("The export has no origins."))
        pt = QgsCoordinateTransform(crs, wgs, context.transformContext()).transform(pt)
        return pt.x(), pt.y()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        progress = self.progress(feedback)
        try:
            bands = parse_bands(self.parameterAsString(parameters, self.BANDS, context))
        except ValueError as exc:
            raise QgsProcessingException(self.tr("Catchment bands must be percentages between 0 and 100, such as “50, 75, 90”; got “{text}”.").format(
                text=self.parameterAsString(parameters, self.BANDS, context))) from exc
        ds = load_dataset(self, parameters, context, feedback, progress.sub(0, 40))
        try:
            if not ds.origin_types():
                raise QgsProcessingException(self.tr("The export has no origins."))
            measure = chosen_measure(self, parameters, context)
            check_measure(ds, measure)
            venue = self.venue_lonlat(ds, parameters, context, measure)
            q = FlowQuery(measure=measure, level=self.parameterAsEnum(parameters, self.LEVEL, context),
                          profiles=chosen_profiles(self, parameters, context) or None,
                          start=as_utc(self.parameterAsDateTime(parameters, self.START, context)) if parameters.get(self.START) else None,
                          end=as_utc(self.parameterAsDateTime(parameters, self.END, context)) if parameters.get(self.END) else None)
            res = self.run_core(catchment, ds, venue, q, bands, progress.sub(40, 80))
        finally:
            ds.close()
        lang = language()
        say_measure(feedback, res.flows.measure_label)
        self.report(res, feedback)

        fields = _fields(_ROW_FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point,
                                          QgsCoordinateReferenceSystem("EPSG:4326"))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for r in res.rows:
            f = r.flow
            feat = QgsFeature(fields)
            if f.place is not None:
                feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(f.place.lon, f.place.lat)))
            feat.setAttributes([r.rank, f.origin_type, f.code, origin_label(f, lang), r.visitors,
                                1 if f.suppressed_parts else 0, r.share, r.cum_share, r.band,
                                None if r.distance_km is None else round(r.distance_km, 1), r.population,
                                r.per_1000_residents, f.members, *res.flows.margin(r.visitors)])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        name_output(context, dest, self.tr("Catchment"), res.flows.measure_label)
        lo, hi = res.flows.margin(res.total)
        out = {self.OUTPUT: dest, "TOTAL": res.total, "TOTAL_LOW": lo, "TOTAL_HIGH": hi, "MEDIAN_KM": res.median_km,
               "P90_KM": res.p90_km}
        progress.set(85)
        if parameters.get(self.OUTPUT_BANDS) is not None:
            out[self.OUTPUT_BANDS] = self.write_bands(res, venue, parameters, context, feedback)
        if parameters.get(self.OUTPUT_DECAY) is not None:
            dfields = _fields(_DECAY_FIELDS)
            dsink, ddest = self.parameterAsSink(parameters, self.OUTPUT_DECAY, context, dfields, QgsWkbTypes.NoGeometry,
                                                QgsCoordinateReferenceSystem())
            if dsink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_DECAY))
            for b in res.decay:
                feat = QgsFeature(dfields)
                feat.setAttributes([b.from_km, b.to_km, b.visitors, b.share, b.cum_share, *res.flows.margin(b.visitors)])
                dsink.addFeature(feat, QgsFeatureSink.FastInsert)
            out[self.OUTPUT_DECAY] = ddest
        progress.set(100)
        return out

    def report(self, res, feedback) -> None:
        """The summary figures in the log."""
        km = lambda v: "–" if v is None else fmt.number(v, 1)  # noqa: E731
        feedback.pushInfo(self.tr("{n} origins ranked; {total} visitors; median travel distance {median} km, 90th percentile {p90} km.").format(
            n=len(res.rows), total=fmt.number(res.total), median=km(res.median_km), p90=km(res.p90_km)))
        for b in res.bands:
            feedback.pushInfo(self.tr("{band} % catchment: {n} origins, {visitors} visitors; ring radius {radius} km.").format(
                band=fmt.number(b, 0), n=res.band_origins[b], visitors=fmt.number(res.band_visitors[b]),
                radius=km(res.ring_km[b])))
        if res.unplaced:
            feedback.pushInfo(self.tr("{visitors} visitors of merged origins have no distance (the last “Other origins” group).").format(
                visitors=fmt.number(res.unplaced)))
        if res.flows.unresolved:
            feedback.pushWarning(self.tr("{n} origins are not in the gazetteers and are not ranked; see “Origin flows” for the list.").format(
                n=len(res.flows.unresolved)))

    def write_bands(self, res, venue, parameters, context, feedback):
        """Dissolved origin areas per band, or distance rings around the venue."""
        bfields = _fields(_BAND_FIELDS)
        areas = self.parameterAsVectorLayer(parameters, self.AREAS, context)
        total = res.total or 1.0
        rows_out = []  # (band, geometry, radius)
        if areas is not None:
            field = self.parameterAsString(parameters, self.AREA_FIELD, context)
            if not field or areas.fields().indexOf(field) < 0:
                raise QgsProcessingException(self.tr("Choose the field of the area layer that holds the codes."))
            band_of = {str(r.flow.code).upper(): r.band for r in res.rows if not r.flow.other and r.band is not None}
            geoms: dict[float, list[QgsGeometry]] = {b: [] for b in res.bands}
            for a in areas.getFeatures():
                b = band_of.get(str(a[field]).strip().upper())
                if b is not None and a.hasGeometry():
                    geoms[b].append(QgsGeometry(a.geometry()))
            crs = areas.crs()
            matched = sum(len(g) for g in geoms.values())
            feedback.pushInfo(self.tr("{n} areas joined to a ranked origin.").format(n=matched))
            for b in res.bands:
                rows_out.append((b, QgsGeometry.unaryUnion(geoms[b]) if geoms[b] else QgsGeometry(), None, "areas",
                                 res.band_visitors[b], res.band_origins[b]))
        else:
            crs = QgsCoordinateReferenceSystem("EPSG:4326")
            inner = None
            dist = np.array([np.nan if r.distance_km is None else r.distance_km for r in res.rows], dtype=float)
            vis = np.array([r.visitors for r in res.rows], dtype=float)
            prev = -1.0
            for b in res.bands:
                radius = res.ring_km[b]
                disc = geodesic_circle(venue[0], venue[1], max(radius or 0.0, 0.05))
                ring = disc.difference(inner) if inner is not None else disc
                inner = disc
                inside = (dist > prev) & (dist <= (radius if radius is not None else -1.0))
                prev = radius if radius is not None else prev
                rows_out.append((b, ring, radius, "ring", float(vis[inside].sum()), int(inside.sum())))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_BANDS, context, bfields, QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_BANDS))
        for b, geom, radius, kind, visitors, origins in rows_out:  # each polygon: the visitors it holds alone
            feat = QgsFeature(bfields)
            if not geom.isEmpty():
                geom.convertToMultiType()
                feat.setGeometry(geom)
            feat.setAttributes([b, visitors, visitors / total, origins, None if radius is None else round(radius, 1), kind,
                                *res.flows.margin(visitors)])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        return dest
