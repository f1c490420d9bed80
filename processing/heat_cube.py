"""``footfall:heat_cube``: a heat surface of people for every time slot, as a multi-band GeoTIFF."""

from __future__ import annotations

from qgis.core import (QgsUnitTypes, QgsCoordinateReferenceSystem, QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterDistance, QgsProcessingParameterEnum,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterString)

from ..core import heat
from ..cartography import fmt
from .base import (add_input_parameter, add_measure_parameter, add_profiles_parameter, add_zone_parameters,
                   check_measure, chosen_measure, FootfallAlgorithm, load_dataset, name_output, profile_options,
                   report_measure, zone_layer_needed)


class HeatCubeAlgorithm(FootfallAlgorithm):
    """Kernel density of people per slot, QGIS's kernels and grid, all frames in one pass."""

    NAME = "heat_cube"
    CONTEXT = "HeatCubeAlgorithm"
    INPUT = "INPUT"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    TIMEZONE = "TIMEZONE"
    PROFILES = "PROFILES"
    ORIGINS = "ORIGINS"
    KERNEL = "KERNEL"
    RADIUS = "RADIUS"
    PIXEL_SIZE = "PIXEL_SIZE"
    OUTPUT_VALUE = "OUTPUT_VALUE"
    ZONE_MODE = "ZONE_MODE"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Heat cube (heatmap per time slot)")

    def group(self) -> str:
        return self.tr("Maps")

    def groupId(self) -> str:  # noqa: N802
        return "maps"

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Computes a heat surface of people for every time slot of a footfall dataset and writes a "
            "multi-band GeoTIFF: one band per slot, each band's description its slot start in ISO 8601 UTC.\n\n"
            "Kernels, radius, pixel size and grid are those of QGIS's Heatmap (Kernel Density Estimation): "
            "the extent is the zones' extent grown by the radius, and each zone adds count × K(d) to the "
            "pixels within the radius, with K quartic (1 − (d/r)²)², triangular 1 − (1 − decay)·d/r, uniform 1, "
            "triweight (1 − (d/r)²)³ or Epanechnikov 1 − (d/r)². With zones taken as their centroids a band "
            "equals QGIS's algorithm run on the same weighted points.\n\n"
            "Output values: raw or scaled (as QGIS), or people per km², where each zone's kernel is "
            "normalised to integrate to one so that the band times the pixel area sums to the slot's count. "
            "Zone mode “spread over area” spreads each zone's count evenly over its area before "
            "smoothing, so that a large zone does not look like a hot spot.\n\n"
            "Suppressed cells contribute nothing; their number is reported. All frames are computed "
            "together as one sparse product, not one run per frame.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_input_parameter(self)
        add_zone_parameters(self)
        add_profiles_parameter(self)
        add_measure_parameter(self)
        p = QgsProcessingParameterString(self.ORIGINS, self.tr("Origins"), optional=True)
        p.setHelp(self.tr("Only these origins: codes separated by commas (IT, FR, 1000, 69) or origin types (country); all when empty."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.KERNEL, self.tr("Kernel shape"),
                                       [self.tr("Quartic"), self.tr("Triangular"), self.tr("Uniform"),
                                        self.tr("Triweight"), self.tr("Epanechnikov")], defaultValue=0)
        p.setHelp(self.tr("As in QGIS's Heatmap (Kernel Density Estimation), with the same numbering."))
        self.addParameter(p)
        p = QgsProcessingParameterDistance(self.RADIUS, self.tr("Radius"), 500.0, self.ZONES, minValue=0.0)
        p.setDefaultUnit(QgsUnitTypes.DistanceMeters)  # the zones' projected CRS: not "unknown" without a layer
        p.setHelp(self.tr("Search radius in map units of the zones' projected CRS (metres)."))
        self.addParameter(p)
        p = QgsProcessingParameterDistance(self.PIXEL_SIZE, self.tr("Pixel size"), 25.0, self.ZONES, minValue=0.0)
        p.setDefaultUnit(QgsUnitTypes.DistanceMeters)
        p.setHelp(self.tr("Pixel size in map units (metres)."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.OUTPUT_VALUE, self.tr("Output values"),
                                       [self.tr("Raw (as QGIS)"), self.tr("Scaled (as QGIS)"), self.tr("People per km²")],
                                       defaultValue=2)
        p.setHelp(self.tr("Raw and scaled are QGIS's values; people per km² conserves the count of every slot."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.ZONE_MODE, self.tr("Zones as"),
                                       [self.tr("Centroids"), self.tr("Spread over area")], defaultValue=0)
        p.setHelp(self.tr("0: each zone's count at its centroid (as QGIS's algorithm on points); 1: spread evenly over the zone before smoothing."))
        self.addParameter(p)
        p = QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Heat cube"))
        p.setHelp(self.tr("The multi-band GeoTIFF to write."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("BANDS", self.tr("Bands (time slots)")))
        self.addOutput(QgsProcessingOutputNumber("SUPPRESSED", self.tr("Suppressed zone-slot cells")))
        self.addOutput(QgsProcessingOutputNumber("SCALE_MAX", self.tr("Maximum over all frames")))
        self.addOutput(QgsProcessingOutputNumber("SCALE_TOP", self.tr("Top of the colour scale (99.9th percentile of the pixels of all frames)")))
        self.addOutput(QgsProcessingOutputNumber("PARTIAL", self.tr("Zone-slot cells known only in part (the heat there is a lower bound)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        progress = self.progress(feedback)
        ds = load_dataset(self, parameters, context, feedback, progress.sub(0, 30))
        try:
            if not ds.zones_wkt():
                raise QgsProcessingException(self.tr("No zone geometry is known: give a zone layer.") + zone_layer_needed(ds))
            try:
                crs = heat.ensure_projected(ds)
            except ValueError as exc:
                raise QgsProcessingException(self.tr("The zones have no usable coordinate reference system.")) from exc
            codes = [c for c, _l in profile_options()]
            # parameterAsEnums() gives [0] for an absent optional enum: no choice means no filter
            chosen = parameters.get(self.PROFILES)
            profiles = ([codes[i] for i in self.parameterAsEnums(parameters, self.PROFILES, context)]
                        if chosen not in (None, "", []) else [])
            origins = [o.strip() for o in (self.parameterAsString(parameters, self.ORIGINS, context) or "").split(",") if o.strip()]
            params = heat.HeatParams(
                radius=self.parameterAsDouble(parameters, self.RADIUS, context),
                pixel=self.parameterAsDouble(parameters, self.PIXEL_SIZE, context),
                kernel=self.parameterAsEnum(parameters, self.KERNEL, context),
                output=self.parameterAsEnum(parameters, self.OUTPUT_VALUE, context),
                zone_mode=self.parameterAsEnum(parameters, self.ZONE_MODE, context))
            if params.radius <= 0 or params.pixel <= 0:
                raise QgsProcessingException(self.tr("The radius and the pixel size must be greater than zero."))
            measure = chosen_measure(self, parameters, context)
            check_measure(ds, measure)
            measure = measure or ds.default_measure(origins or None)
            label = report_measure(feedback, ds, measure)
            cube, zones, suppressed = heat.cube_for_dataset(ds, params, profiles or None, origins or None, measure)
            t, rows, cols = cube.shape
            if t == 0:
                raise QgsProcessingException(self.tr("No time slot is left after the filters."))
            if rows * cols > 50_000_000:
                raise QgsProcessingException(self.tr("The grid would have {n} pixels per band; choose a larger pixel size.").format(n=fmt.number(rows * cols)))
            feedback.pushInfo(self.tr("{bands} bands of {cols} × {rows} pixels; {n} suppressed zone-slot cells contribute nothing.").format(
                bands=fmt.number(t), cols=fmt.number(cols), rows=fmt.number(rows), n=fmt.number(suppressed)))
            if cube.partial_cells:
                feedback.pushWarning(self.tr("{n} of {total} zone-slot totals are only partly known (some of their "
                                             "profiles or origins are suppressed): the heat around them is a lower "
                                             "bound. Each band says how many zones it has (PARTIAL_ZONES).").format(
                    n=fmt.number(cube.partial_cells), total=fmt.number(cube.counts.size)))
            out = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
            wkt = QgsCoordinateReferenceSystem(crs).toWkt()
            self.run_core(heat.write_geotiff, cube, out, wkt, progress.sub(30, 100), source=ds.metadata.source_name)
            name_output(context, out, self.tr("Heat cube"), label)
            return {self.OUTPUT: out, "BANDS": t, "SUPPRESSED": suppressed, "SCALE_MAX": cube.frame_max,
                    "SCALE_TOP": heat.scale_top(cube), "PARTIAL": cube.partial_cells}
        finally:
            ds.close()
