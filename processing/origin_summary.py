"""``footfall:origin_summary``: visitors per origin place at one level, as points and, with an area
layer, as a choropleth with visitors per 1,000 residents."""

from __future__ import annotations

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsField, QgsFields,
                       QgsGeometry, QgsPointXY, QgsProcessing, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterField,
                       QgsProcessingParameterVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ..core.flows import FlowQuery, origin_flows
from ..cartography.flow_layer import language, level_options, origin_label
from .base import (add_input_parameter, add_measure_parameter, add_profiles_parameter, add_zone_parameters,
                   check_measure, chosen_measure, chosen_profiles, FootfallAlgorithm, load_dataset, name_output,
                   say_measure)

_FIELDS = (("origin_type", QVariant.String), ("origin_code", QVariant.String), ("origin_name", QVariant.String),
           ("visitors", QVariant.Double), ("at_least", QVariant.Int), ("share", QVariant.Double),
           ("population", QVariant.Double), ("per_1000_residents", QVariant.Double),
           ("merged_origins", QVariant.Int), ("visitors_low", QVariant.Double), ("visitors_high", QVariant.Double))


def summary_fields(prefix: QgsFields | None = None) -> QgsFields:
    """The summary's fields, after the fields of ``prefix`` (the area layer's) when given."""
    fields = QgsFields(prefix) if prefix is not None else QgsFields()
    for name, typ in _FIELDS:
        if fields.indexOf(name) < 0:
            fields.append(QgsField(name, typ))
    return fields


class OriginSummaryAlgorithm(FootfallAlgorithm):
    """Visitors per origin place (with the anonymity rule), as points and as a choropleth."""

    NAME = "origin_summary"
    CONTEXT = "OriginSummaryAlgorithm"
    INPUT = "INPUT"
    TIMEZONE = "TIMEZONE"
    LEVEL = "LEVEL"
    PROFILES = "PROFILES"
    AREAS = "AREAS"
    AREA_FIELD = "AREA_FIELD"
    OUTPUT = "OUTPUT"
    OUTPUT_AREAS = "OUTPUT_AREAS"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Origin summary and choropleth")

    def group(self) -> str:
        return self.tr("Maps")

    def groupId(self) -> str:  # noqa: N802
        return "maps"

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Visitors per origin place at the chosen level, as points at the gazetteer's representative "
            "point (WGS 84): visitors, share of the total, population where the gazetteer knows it, and "
            "per_1000_residents = visitors × 1000 / population.\n\n"
            "With an area layer (for example municipalities or départements with their code in a field), "
            "the same figures are joined to its polygons by code for a choropleth; areas without visitors "
            "get 0.\n\n"
            "The anonymity rule is the one of “Origin flows”: origins below the threshold are merged into "
            "“Other origins in …” (the place one level up), and the rows add up to the total of the placed origins.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_input_parameter(self, self.tr("A GeoPackage written by “Import footfall export”, or an operator's export with origins."))
        add_zone_parameters(self, zones=False)
        p = QgsProcessingParameterEnum(self.LEVEL, self.tr("Level"), level_options()[:5], defaultValue=0)
        p.setHelp(self.tr("Roll origins up to this level."))
        self.addParameter(p)
        add_profiles_parameter(self)
        add_measure_parameter(self)
        p = QgsProcessingParameterVectorLayer(self.AREAS, self.tr("Origin areas (for a choropleth)"),
                                              [QgsProcessing.TypeVectorPolygon], optional=True)
        p.setHelp(self.tr("Polygons of the origin places at the chosen level."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.AREA_FIELD, self.tr("Area code field"), parentLayerParameterName=self.AREAS, optional=True)
        p.setHelp(self.tr("The field holding the code (postcode, NIS or INSEE code, département, ISO country code)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Origin summary"), QgsProcessing.TypeVectorPoint)
        p.setHelp(self.tr("Points with the figures per origin place."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT_AREAS, self.tr("Origin choropleth"), QgsProcessing.TypeVectorPolygon,
                                              optional=True, createByDefault=False)
        p.setHelp(self.tr("The area layer with the figures joined."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("TOTAL", self.tr("Visitors of the placed origins")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        progress = self.progress(feedback)
        ds = load_dataset(self, parameters, context, feedback, progress.sub(0, 40))
        try:
            q = FlowQuery(level=self.parameterAsEnum(parameters, self.LEVEL, context),
                          profiles=chosen_profiles(self, parameters, context) or None,
                          measure=chosen_measure(self, parameters, context))
            check_measure(ds, q.measure)
            result = self.run_core(origin_flows, ds, q, progress.sub(40, 80))
        finally:
            ds.close()
        say_measure(feedback, result.measure_label)
        lang = language()
        total = result.total or 1.0
        rows = []
        for f in result.flows:
            pop = f.place.population if (f.place is not None and not f.other) else None
            rows.append((f, [f.origin_type, f.code, origin_label(f, lang), f.visitors, 1 if f.suppressed_parts else 0,
                             f.visitors / total, pop, f.visitors * 1000.0 / pop if pop else None, f.members,
                             *result.margin(f.visitors)]))
        fields = summary_fields()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point,
                                          QgsCoordinateReferenceSystem("EPSG:4326"))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        feats = []
        for f, attrs in rows:
            feat = QgsFeature(fields)
            if f.place is not None:
                feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(f.place.lon, f.place.lat)))
            feat.setAttributes(attrs)
            feats.append(feat)
        sink.addFeatures(feats, QgsFeatureSink.FastInsert)
        name_output(context, dest, self.tr("Origin summary"), result.measure_label)
        lo, hi = result.margin(result.total)
        out = {self.OUTPUT: dest, "TOTAL": result.total, "TOTAL_LOW": lo, "TOTAL_HIGH": hi}
        areas = self.parameterAsVectorLayer(parameters, self.AREAS, context)
        if areas is not None and parameters.get(self.OUTPUT_AREAS) is not None:
            field = self.parameterAsString(parameters, self.AREA_FIELD, context)
            if not field or areas.fields().indexOf(field) < 0:
                raise QgsProcessingException(self.tr("Choose the field of the area layer that holds the codes."))
            by_code = {str(f.code).upper(): attrs for f, attrs in rows if not f.other}
            afields = summary_fields(areas.fields())
            asink, adest = self.parameterAsSink(parameters, self.OUTPUT_AREAS, context, afields,
                                                areas.wkbType(), areas.crs())
            if asink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_AREAS))
            n_src = len(areas.fields())
            matched = 0
            for a in areas.getFeatures():
                feat = QgsFeature(afields)
                feat.setGeometry(a.geometry())
                code = str(a[field]).strip().upper()
                attrs = by_code.get(code)
                if attrs is not None:
                    matched += 1
                extra = attrs if attrs is not None else [None, code, None, 0.0, 0, 0.0, None, 0.0, 0, 0.0, 0.0]
                values = list(a.attributes())[:n_src] + [None] * (len(afields) - n_src)
                for (name, _t), v in zip(_FIELDS, extra):  # by name: the area layer may hold some already
                    values[afields.indexOf(name)] = v
                feat.setAttributes(values)
                asink.addFeature(feat, QgsFeatureSink.FastInsert)
            feedback.pushInfo(self.tr("{n} areas joined to an origin.").format(n=matched))
            name_output(context, adest, self.tr("Origin choropleth"), result.measure_label)
            out[self.OUTPUT_AREAS] = adest
        progress.set(100)
        return out
