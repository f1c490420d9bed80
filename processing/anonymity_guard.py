"""``footfall:anonymity_guard``: primary and secondary suppression of any footfall table."""

from __future__ import annotations

import numpy as np
from qgis.core import (QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsField, QgsFields, QgsProcessing,
                       QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QVariant

from ..core.model import DEFAULT_THRESHOLD
from ..core.privacy import GRAND_TOTAL, PrivacyError, guard
from .base import FootfallAlgorithm


class AnonymityGuardAlgorithm(FootfallAlgorithm):
    """Suppresses the cells of a table below the anonymity threshold, and the cells that would reveal them."""

    NAME = "anonymity_guard"
    CONTEXT = "AnonymityGuardAlgorithm"
    INPUT = "INPUT"
    COUNT_FIELD = "COUNT_FIELD"
    DIMENSION_FIELDS = "DIMENSION_FIELDS"
    THRESHOLD = "THRESHOLD"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Anonymity guard")

    def group(self) -> str:
        return self.tr("Analysis")

    def groupId(self) -> str:  # noqa: N802
        return "analysis"

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Applies the anonymity threshold k to any table of counts (one row per cell) and writes a copy "
            "with two fields more: suppressed (0 or 1) and suppression (primary, secondary, input, or "
            "empty). The count of a suppressed cell is NULL, never 0. The same rule guards every output "
            "of Footfall.\n\n"
            "Primary suppression: a count above 0 and below k. A true 0 is published; a NULL count of the "
            "input stays suppressed (suppression “input”).\n\n"
            "Groups: for every dimension field, the cells that share the values of all the other dimension "
            "fields (the cells a published total over that dimension adds up), and the grand total.\n\n"
            "Secondary suppression: a published total minus its published cells gives the sum of its "
            "suppressed cells. In every group, that sum must cover at least two cells and be at least k "
            "(suppressed input cells count as 0, their value being unknown). Otherwise one more published "
            "non-zero cell of the group is suppressed: preferably one whose other groups already hold a "
            "suppressed cell, then the smallest. This is repeated until no group breaks the rule. A group "
            "with nothing left to suppress is reported in the log: its total must not be published.\n\n"
            "Only totals over one dimension and the grand total are guarded, not totals over two "
            "dimensions at once.")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Table of counts"), [QgsProcessing.TypeVector])
        p.setHelp(self.tr("A table or vector layer with one row per cell; geometry, when present, is kept."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.COUNT_FIELD, self.tr("Count field"), parentLayerParameterName=self.INPUT,
                                        type=QgsProcessingParameterField.Numeric)
        p.setHelp(self.tr("The numeric field holding the counts; NULL means already suppressed."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.DIMENSION_FIELDS, self.tr("Dimension fields"), parentLayerParameterName=self.INPUT,
                                        allowMultiple=True, optional=True)
        p.setHelp(self.tr("The fields that identify a cell, for example zone_id, start and profile; totals over each of them are guarded. "
                          "Without any, only the grand total is guarded."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.THRESHOLD, self.tr("Anonymity threshold"), QgsProcessingParameterNumber.Integer,
                                         DEFAULT_THRESHOLD, minValue=1)
        p.setHelp(self.tr("The smallest count that may be published (30 for Proximus; use the dataset's threshold when it differs)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Guarded table"), QgsProcessing.TypeVectorAnyGeometry)
        p.setHelp(self.tr("A copy of the input with the suppressed counts set to NULL and the fields suppressed and suppression."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("PRIMARY", self.tr("Cells suppressed below the threshold")))
        self.addOutput(QgsProcessingOutputNumber("SECONDARY", self.tr("Cells suppressed to protect others")))
        self.addOutput(QgsProcessingOutputNumber("INPUT_SUPPRESSED", self.tr("Cells already suppressed in the input")))
        self.addOutput(QgsProcessingOutputNumber("UNSAFE_TOTALS", self.tr("Totals that must not be published")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        progress = self.progress(feedback)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        fields = source.fields()
        count_name = self.parameterAsString(parameters, self.COUNT_FIELD, context)
        ci = fields.indexOf(count_name)
        if ci < 0:
            raise QgsProcessingException(self.tr("The count field “{field}” is not in the table.").format(field=count_name))
        if not fields.at(ci).isNumeric():
            raise QgsProcessingException(self.tr("The count field “{field}” is not numeric; choose a field of numbers.").format(field=count_name))
        dim_names = self.parameterAsFields(parameters, self.DIMENSION_FIELDS, context)
        dim_idx = []
        for name in dim_names:
            i = fields.indexOf(name)
            if i < 0:
                raise QgsProcessingException(self.tr("The dimension field “{field}” is not in the table.").format(field=name))
            if i == ci:
                raise QgsProcessingException(self.tr("The count field cannot also be a dimension field."))
            dim_idx.append(i)
        k = self.parameterAsInt(parameters, self.THRESHOLD, context)

        # one pass for the cells (attributes only), by feature id
        n_total = source.featureCount()
        req = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([ci] + dim_idx)
        fids: list[int] = []
        counts: list[float] = []
        dims: list[list[str]] = [[] for _ in dim_idx]
        p1 = progress.sub(0, 40)
        for j, f in enumerate(source.getFeatures(req)):
            if j % 10000 == 0:
                p1.set(100.0 * j / max(n_total, 1))
            fids.append(f.id())
            v = f.attribute(ci)
            counts.append(float(v) if v is not None and not _is_null(v) else np.nan)
            for d, i in enumerate(dim_idx):
                a = f.attribute(i)
                dims[d].append("\x00NULL" if _is_null(a) else _key(a))
        try:
            result = guard(np.asarray(counts, dtype=float), [np.asarray(d, dtype=object).astype(str) for d in dims], k)
        except PrivacyError as exc:
            raise QgsProcessingException(str(exc)) from exc
        progress.set(50)
        row_of = {fid: j for j, fid in enumerate(fids)}

        out_fields = QgsFields(fields)
        for name, typ in (("suppressed", QVariant.Int), ("suppression", QVariant.String)):
            if out_fields.indexOf(name) >= 0:
                raise QgsProcessingException(self.tr("The table already has a field “{field}”; rename it first.").format(field=name))
            out_fields.append(QgsField(name, typ))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, out_fields, source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        kind = np.full(len(fids), "", dtype=object)
        kind[result.input_suppressed] = "input"
        kind[result.primary] = "primary"
        kind[result.secondary] = "secondary"
        supp = result.suppressed
        p2 = progress.sub(50, 100)
        batch = []
        for j, f in enumerate(source.getFeatures()):
            if j % 10000 == 0:
                p2.set(100.0 * j / max(n_total, 1))
            r = row_of[f.id()]
            attrs = list(f.attributes())
            if supp[r]:
                attrs[ci] = None
            attrs += [int(supp[r]), kind[r]]
            feat = QgsFeature(out_fields)
            feat.setGeometry(f.geometry())
            feat.setAttributes(attrs)
            batch.append(feat)
            if len(batch) >= 10000:
                sink.addFeatures(batch, QgsFeatureSink.FastInsert)
                batch = []
        sink.addFeatures(batch, QgsFeatureSink.FastInsert)

        names = dim_names
        for d, cells in result.unsafe_totals:
            for c in cells[:20]:
                if d == GRAND_TOTAL:
                    where = self.tr("the grand total")
                else:
                    where = ", ".join("{0} = {1}".format(names[i], dims[i][int(c)]) for i in range(len(names)) if i != d)
                feedback.pushWarning(self.tr("The total over {dimension} for {where} must not be published: it would reveal suppressed cells.").format(
                    dimension=names[d] if d != GRAND_TOTAL else self.tr("all cells"), where=where))
        feedback.pushInfo(self.tr("Threshold {k}: {p} cells suppressed below it, {s} to protect them, {i} already suppressed in the input; {n} passes.").format(
            k=k, p=int(result.primary.sum()), s=int(result.secondary.sum()), i=int(result.input_suppressed.sum()), n=result.passes))
        progress.set(100)
        return {self.OUTPUT: dest, "PRIMARY": int(result.primary.sum()), "SECONDARY": int(result.secondary.sum()),
                "INPUT_SUPPRESSED": int(result.input_suppressed.sum()), "UNSAFE_TOTALS": result.unsafe_total_count}


def _key(value) -> str:
    """A dimension value as text: dates and times in ISO 8601, the rest with str()."""
    if isinstance(value, (QDate, QDateTime, QTime)):
        return value.toString(Qt.ISODate)
    return str(value)


def _is_null(value) -> bool:
    """A QGIS NULL (a null QVariant) or None."""
    if value is None:
        return True
    is_null = getattr(value, "isNull", None)
    return bool(is_null()) if callable(is_null) else False
