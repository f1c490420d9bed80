"""``footfall:uplift``: event versus baseline, per zone and local time of day."""

from __future__ import annotations

import math

from qgis.core import (Qgis, QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsField, QgsFields,
                       QgsGeometry, QgsProcessing, QgsProcessingException,
                       QgsProcessingLayerPostProcessorInterface, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterNumber,
                       QgsProcessingParameterString, QgsVectorLayerTemporalProperties, QgsWkbTypes)
from qgis.PyQt.QtCore import QDateTime, QTimeZone, QVariant

from ..core.uplift import UpliftQuery, parse_days, uplift
from .base import (add_input_parameter, add_measure_parameter, add_profiles_parameter, add_zone_parameters,
                   check_measure, chosen_measure, chosen_profiles, FootfallAlgorithm, load_dataset, name_output,
                   report_measure)

_FIELDS = (("zone_id", QVariant.String), ("start", QVariant.DateTime), ("end", QVariant.DateTime),
           ("event", QVariant.Double), ("baseline", QVariant.Double), ("uplift", QVariant.Double),
           ("relative_change", QVariant.Double), ("references", QVariant.Int), ("suppressed", QVariant.Int),
           ("baseline_partial", QVariant.Int), ("event_low", QVariant.Double), ("event_high", QVariant.Double),
           ("baseline_low", QVariant.Double), ("baseline_high", QVariant.Double), ("uplift_low", QVariant.Double),
           ("uplift_high", QVariant.Double))


class TemporalSetter(QgsProcessingLayerPostProcessorInterface):
    """Makes the loaded output follow the Temporal Controller by its start and end fields."""

    instance = None  # QGIS does not own the post-processor: keep the last one alive

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is None or not layer.isValid():
            return
        tp = layer.temporalProperties()
        tp.setIsActive(True)
        tp.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields)
        tp.setStartField("start")
        tp.setEndField("end")
        tp.setLimitMode(Qgis.VectorTemporalLimitMode.IncludeBeginExcludeEnd)

    @staticmethod
    def create() -> TemporalSetter:
        """A new post-processor, kept referenced until the next run."""
        TemporalSetter.instance = TemporalSetter()
        return TemporalSetter.instance


def _qdt(value):
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone(b"UTC"))


def _num(x: float):
    return None if x is None or math.isnan(x) else float(x)


class UpliftAlgorithm(FootfallAlgorithm):
    """Event uplift against a baseline."""

    NAME = "uplift"
    CONTEXT = "UpliftAlgorithm"
    INPUT = "INPUT"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    TIMEZONE = "TIMEZONE"
    EVENT_DAYS = "EVENT_DAYS"
    REFERENCE_DAYS = "REFERENCE_DAYS"
    PREVIOUS_WEEKDAYS = "PREVIOUS_WEEKDAYS"
    PROFILES = "PROFILES"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Event uplift against a baseline")

    def group(self) -> str:
        return self.tr("Analysis")

    def groupId(self) -> str:  # noqa: N802
        return "analysis"

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Compares the event days with reference days, per zone and time slot. Slots are matched by "
            "local time of day, so that a slot after a daylight-saving change meets the same clock time "
            "on the reference days.\n\n"
            "event = the zone's count in the slot; baseline = the median of the counts of the reference "
            "days at the same zone and local time; uplift = event − baseline; relative_change = uplift ÷ "
            "baseline (NULL when the baseline is 0). references = reference days with a cell there. "
            "Reference days are the days given, or the N previous same weekdays before the first event day "
            "(for each event day, the days of its own weekday). A reference day without any data is left "
            "out and named in the log.\n\n"
            "Profiles are summed as elsewhere: the rows of profile “all” when the export has them, "
            "otherwise the sum of the other profiles.\n\n"
            "Suppressed cells: a suppressed (or partly suppressed) event cell stays suppressed "
            "(suppressed = 1, event, uplift and relative_change NULL). A suppressed reference cell lies "
            "somewhere below the threshold; baseline_partial = 1 then, and the baseline is given only when "
            "the median is the same whatever the suppressed values are, otherwise NULL. No event count or "
            "baseline above 0 and below the anonymity threshold is shown.\n\n"
            "The totals (event, baseline, uplift) are sums over the zones and slots where both the event "
            "and the baseline are published, so that total uplift = total event − total baseline; they are "
            "visitor-slots, not people.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_input_parameter(self)
        add_zone_parameters(self, timezone_help=self.tr("Only used for an export with local times; days and times of day are local to it."))
        p = QgsProcessingParameterString(self.EVENT_DAYS, self.tr("Event days"))
        p.setHelp(self.tr("The days of the event, separated by commas, for example 2019-07-06,2019-07-07."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.REFERENCE_DAYS, self.tr("Reference days"), optional=True)
        p.setHelp(self.tr("Ordinary days to compare with, separated by commas; when empty, the previous same weekdays are used."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.PREVIOUS_WEEKDAYS, self.tr("Previous same weekdays"),
                                         QgsProcessingParameterNumber.Integer, 4, minValue=1, maxValue=52)
        p.setHelp(self.tr("When no reference day is given: how many of the same weekdays before the first event day make the baseline."))
        self.addParameter(p)
        add_profiles_parameter(self)
        add_measure_parameter(self)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Uplift"), QgsProcessing.TypeVectorAnyGeometry)
        p.setHelp(self.tr("One row per zone and event slot: zone polygons when the zone geometry is known, else a table."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("TOTAL_EVENT", self.tr("Total event count (published cells with a baseline)")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_BASELINE", self.tr("Total baseline (same cells)")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_UPLIFT", self.tr("Total uplift (same cells)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        progress = self.progress(feedback)
        events = self.run_core(parse_days, self.parameterAsString(parameters, self.EVENT_DAYS, context))
        refs = self.run_core(parse_days, self.parameterAsString(parameters, self.REFERENCE_DAYS, context) or "")
        if not events:
            raise QgsProcessingException(self.tr("Give at least one event day, for example 2019-07-06."))
        q = UpliftQuery(event_days=events, reference_days=refs or None,
                        previous_weekdays=self.parameterAsInt(parameters, self.PREVIOUS_WEEKDAYS, context),
                        profiles=chosen_profiles(self, parameters, context) or None,
                        measure=chosen_measure(self, parameters, context))
        ds = load_dataset(self, parameters, context, feedback, progress.sub(0, 40))
        try:
            check_measure(ds, q.measure)
            q.measure = q.measure or ds.default_measure()
            label = report_measure(feedback, ds, q.measure)
            res = self.run_core(uplift, ds, q, progress.sub(40, 70))
            zones = ds.zones_wkt()
            crs = QgsCoordinateReferenceSystem(ds.metadata.crs) if ds.metadata.crs else QgsCoordinateReferenceSystem()
        finally:
            ds.close()
        for e, days in res.reference_days.items():
            feedback.pushInfo(self.tr("Event day {event}: reference days {days}.").format(
                event=e.isoformat(), days=", ".join(d.isoformat() for d in days)))
        if res.missing_reference_days:
            feedback.pushWarning(self.tr("No data on the reference days {days}; the baseline uses the others.").format(
                days=", ".join(d.isoformat() for d in res.missing_reference_days)))
        fields = QgsFields()
        for name, typ in _FIELDS:
            fields.append(QgsField(name, typ))
        geom_type = QgsWkbTypes.MultiPolygon if zones else QgsWkbTypes.NoGeometry
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, geom_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        geoms = {}
        for zid, wkt in zones.items():
            g = QgsGeometry.fromWkt(wkt)
            g.convertToMultiType()
            geoms[zid] = g
        no_geom = set()
        feats = []
        rng = res.ranges()
        sub = progress.sub(70, 100)
        n = len(res.zone_id)
        for i in range(n):
            if i % 10000 == 0:
                sub.set(100.0 * i / max(n, 1))
            feat = QgsFeature(fields)
            zid = res.zone_id[i]
            if zones:
                g = geoms.get(zid)
                if g is None:
                    no_geom.add(zid)
                else:
                    feat.setGeometry(g)
            feat.setAttributes([zid, _qdt(res.start[i]), _qdt(res.end[i]), _num(res.event[i]), _num(res.baseline[i]),
                                _num(res.uplift[i]), _num(res.relative[i]), int(res.references[i]),
                                int(res.suppressed[i]), int(res.baseline_partial[i])]
                               + [_num(rng[k][i]) for k in ("event_low", "event_high", "baseline_low", "baseline_high",
                                                            "uplift_low", "uplift_high")])
            feats.append(feat)
        sink.addFeatures(feats, QgsFeatureSink.FastInsert)
        if no_geom:
            feedback.pushWarning(self.tr("{n} zones have no geometry; their rows have none.").format(n=len(no_geom)))
        feedback.pushInfo(self.tr("Totals over the {n} zone-slot cells where event and baseline are both published: "
                                  "event {event}, baseline {baseline}, uplift {uplift}.").format(
            n=res.cells_in_totals, event=_num(res.total_event), baseline=_num(res.total_baseline), uplift=_num(res.total_uplift)))
        if context.willLoadLayerOnCompletion(dest):
            context.layerToLoadOnCompletionDetails(dest).setPostProcessor(TemporalSetter.create())
        name_output(context, dest, self.tr("Uplift"), label)
        progress.set(100)
        lo, hi = res.total_uplift_range()
        return {self.OUTPUT: dest, "TOTAL_EVENT": _num(res.total_event), "TOTAL_BASELINE": _num(res.total_baseline),
                "TOTAL_UPLIFT": _num(res.total_uplift), "TOTAL_UPLIFT_LOW": _num(lo) if res.cells_in_totals else None,
                "TOTAL_UPLIFT_HIGH": _num(hi) if res.cells_in_totals else None}
