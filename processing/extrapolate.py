"""``footfall:extrapolate``: from an operator's own-customer counts to a population estimate, with the
factors used written on every row."""

from __future__ import annotations

import math

from qgis.core import (QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsField, QgsFields, QgsProcessing,
                       QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterVectorLayer)
from qgis.PyQt.QtCore import QVariant

from ..core import extrapolate as ex
from ..core.model import DEFAULT_PRECISION, DEFAULT_THRESHOLD
from .base import FootfallAlgorithm

_NEW = ("estimate", "estimate_low", "estimate_high", "market_share", "penetration", "factor")


def _value(v):
    if v is None or (hasattr(v, "isNull") and v.isNull()):
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return math.nan


class ExtrapolateAlgorithm(FootfallAlgorithm):
    """customers / (market share × device penetration), per row."""

    NAME = "extrapolate"
    CONTEXT = "ExtrapolateAlgorithm"
    INPUT = "INPUT"
    COUNT_FIELD = "COUNT_FIELD"
    MARKET_SHARE = "MARKET_SHARE"
    MARKET_SHARE_FIELD = "MARKET_SHARE_FIELD"
    AGE_TABLE = "AGE_TABLE"
    PENETRATION = "PENETRATION"
    PRECISION = "PRECISION"
    THRESHOLD = "THRESHOLD"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Extrapolate to population")

    def group(self) -> str:
        return self.tr("Analysis")

    def groupId(self) -> str:  # noqa: N802
        return "analysis"

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Turns counts of one operator's own customers into an estimate of all people:\n"
            "estimate = customers / (market_share × penetration), so factor = 1 / (market_share × penetration).\n\n"
            "market_share is the operator's share of the people in the area (from a field per row, else one "
            "value). penetration is the share of people who carry a phone; with an age-band table "
            "(age_band, pop_share, penetration) it is Σ pop_share × penetration over the bands, the shares "
            "adding up to 1.\n\n"
            "estimate_low and estimate_high are estimate × (1 − margin) and estimate × (1 + margin).\n\n"
            "Counts that are suppressed (NULL) stay NULL, and counts below the anonymity threshold are "
            "suppressed in the output too: neither the count nor its estimate is written. Do not use this on "
            "counts the operator has already extrapolated to the population.")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Customer counts"), [QgsProcessing.TypeVector])
        p.setHelp(self.tr("A layer or table with a count field, for example the zone_slots layer of a Footfall GeoPackage."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.COUNT_FIELD, self.tr("Count field"), "count", self.INPUT,
                                        QgsProcessingParameterField.Numeric)
        p.setHelp(self.tr("The operator's own-customer counts."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.MARKET_SHARE, self.tr("Market share"), QgsProcessingParameterNumber.Double,
                                         0.4, minValue=0.0, maxValue=1.0)
        p.setHelp(self.tr("The operator's share of the people in the area, between 0 (excluded) and 1; used when no "
                          "market share field is chosen."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.MARKET_SHARE_FIELD, self.tr("Market share field"), None, self.INPUT,
                                        QgsProcessingParameterField.Numeric, optional=True)
        p.setHelp(self.tr("A field with the operator's market share per row (for example per zone)."))
        self.addParameter(p)
        p = QgsProcessingParameterVectorLayer(self.AGE_TABLE, self.tr("Age-band table"), [QgsProcessing.TypeVector], optional=True)
        p.setHelp(self.tr("A table or CSV with the fields age_band, pop_share (share of the residents in the band) and "
                          "penetration (share of the band carrying a phone)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.PENETRATION, self.tr("Device penetration"), QgsProcessingParameterNumber.Double,
                                         1.0, minValue=0.0, maxValue=1.0)
        p.setHelp(self.tr("Share of the people who carry a phone, used when no age-band table is given."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.PRECISION, self.tr("Relative margin of the estimate"),
                                         QgsProcessingParameterNumber.Double, DEFAULT_PRECISION, minValue=0.0, maxValue=0.99)
        p.setHelp(self.tr("For example 0.1 for ±10 %: gives estimate_low and estimate_high."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.THRESHOLD, self.tr("Anonymity threshold"), QgsProcessingParameterNumber.Integer,
                                         DEFAULT_THRESHOLD, minValue=1)
        p.setHelp(self.tr("Counts below it are suppressed in the output, with their estimate."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Population estimate"), QgsProcessing.TypeVector)
        p.setHelp(self.tr("The input with the fields estimate, estimate_low, estimate_high, market_share, penetration and factor."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("PENETRATION_USED", self.tr("Device penetration used")))
        self.addOutput(QgsProcessingOutputNumber("SUPPRESSED", self.tr("Rows suppressed")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        progress = self.progress(feedback)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        count_field = self.parameterAsString(parameters, self.COUNT_FIELD, context)
        ci = source.fields().lookupField(count_field)
        if ci < 0:
            raise QgsProcessingException(self.tr("The count field “{field}” is not in the input.").format(field=count_field))
        share_field = self.parameterAsString(parameters, self.MARKET_SHARE_FIELD, context)
        si = source.fields().lookupField(share_field) if share_field else -1
        ages = self.parameterAsVectorLayer(parameters, self.AGE_TABLE, context)
        if ages is not None:
            names = [f.name().strip().lower() for f in ages.fields()]
            records = [dict(zip(names, [_value(v) if n != "age_band" else v for n, v in zip(names, f.attributes())]))
                       for f in ages.getFeatures()]
            bands = self.run_core(ex.age_bands_from_records, records)
            penetration = self.run_core(ex.weighted_penetration, bands)
            feedback.pushInfo(self.tr("Device penetration from {n} age bands: {value}").format(n=len(bands), value=round(penetration, 4)))
        else:
            penetration = self.parameterAsDouble(parameters, self.PENETRATION, context)
        k = self.parameterAsInt(parameters, self.THRESHOLD, context)
        margin = self.parameterAsDouble(parameters, self.PRECISION, context)
        counts, shares, ids = [], [], []
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        attrs = [ci] + ([si] if si >= 0 else [])
        request.setSubsetOfAttributes(attrs)
        total = source.featureCount() or 1
        for n, feat in enumerate(source.getFeatures(request)):
            if n % 10000 == 0:
                progress.set(40.0 * n / total)
            counts.append(_value(feat.attributes()[ci]))
            if si >= 0:
                shares.append(_value(feat.attributes()[si]))
            ids.append(feat.id())
        market = shares if si >= 0 else self.parameterAsDouble(parameters, self.MARKET_SHARE, context)
        res = self.run_core(ex.extrapolate, counts, market, penetration, k, labels=[str(i) for i in ids])
        progress.set(50)
        fields = QgsFields(source.fields())
        for name in _NEW:
            if fields.lookupField(name) < 0:
                fields.append(QgsField(name, QVariant.Double))
        idx = [fields.lookupField(name) for name in _NEW]
        out_ci = fields.lookupField(count_field)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        n_src = len(source.fields())
        position = None
        for m, feat in enumerate(source.getFeatures()):
            if m % 10000 == 0:
                progress.set(50 + 50.0 * m / total)
            n = m
            if m >= len(ids) or ids[m] != feat.id():  # a provider that does not keep the order
                position = position or {fid: i for i, fid in enumerate(ids)}
                n = position[feat.id()]
            out = QgsFeature(fields)
            out.setGeometry(feat.geometry())
            values = list(feat.attributes())[:n_src] + [None] * (len(fields) - n_src)
            est = float(res.estimate[n])
            sup = bool(res.suppressed[n])
            if sup:
                values[out_ci] = None  # never publish a customer count below the threshold
            new = (None if sup else est, None if sup else est * (1 - margin), None if sup else est * (1 + margin),
                   float(res.market_share[n]), res.penetration, float(res.factor[n]))
            for i, v in zip(idx, new):
                values[i] = v
            out.setAttributes(values)
            if not sink.addFeature(out, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.tr("The output could not be written: {error}").format(error=sink.lastError()))
        n_sup = int(res.suppressed.sum())
        if n_sup:
            feedback.pushInfo(self.tr("{n} rows are suppressed (NULL or below the anonymity threshold of {k}).").format(n=n_sup, k=k))
        progress.set(100)
        return {self.OUTPUT: dest, "PENETRATION_USED": res.penetration, "SUPPRESSED": n_sup}
