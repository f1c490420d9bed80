"""``footfall:economic_impact``: direct and total spend of the visitors, by profile and origin group, with
a 90 % Monte Carlo interval, the inputs that make its width, and the counting rule stated."""

from __future__ import annotations

from qgis.core import (QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsProcessing, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString,
                       QgsProcessingParameterVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ..core import impact
from .base import (add_input_parameter, add_period_parameters, add_zone_parameters, as_utc, FootfallAlgorithm,
                   load_dataset)

_TYPES = {"profile": QVariant.String, "origin_group": QVariant.String}


def _records(layer) -> list[dict]:
    """The attribute rows of a (table) layer as dictionaries by lower-case field name."""
    names = [f.name().strip().lower() for f in layer.fields()]
    out = []
    for feat in layer.getFeatures():
        out.append({n: (None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
                    for n, v in zip(names, feat.attributes())})
    return out


class EconomicImpactAlgorithm(FootfallAlgorithm):
    """Visitors × additionality × (1 − displacement) × spend, with a multiplier and a 90 % interval."""

    NAME = "economic_impact"
    CONTEXT = "EconomicImpactAlgorithm"
    INPUT = "INPUT"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    TIMEZONE = "TIMEZONE"
    VISITORS_TABLE = "VISITORS_TABLE"
    RULE = "RULE"
    PRESET = "PRESET"
    SPEND_TABLE = "SPEND_TABLE"
    MULTIPLIER = "MULTIPLIER"
    MULTIPLIER_LOW = "MULTIPLIER_LOW"
    MULTIPLIER_HIGH = "MULTIPLIER_HIGH"
    PRECISION = "PRECISION"
    LOCAL_CODES = "LOCAL_CODES"
    START = "START"
    END = "END"
    OUTPUT = "OUTPUT"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Economic impact")

    def group(self) -> str:
        return self.tr("Analysis")

    def groupId(self) -> str:  # noqa: N802
        return "analysis"

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Estimates the economic impact of the visitors: direct impact = Σ over profiles and origin groups of "
            "V × additionality × (1 − displacement) × (daily_spend + nights × spend_per_night), and total impact = "
            "direct × multiplier.\n\n"
            "V is the number of daily unique visitors added up over the days (visitor-days), never the sum of "
            "15-minute presence counts, which include the same person many times. Daily data: the day's counts "
            "summed over the zones (a person seen in two zones is counted twice), or the largest zone as a lower "
            "bound. Sub-daily data: for each day, the peak over the slots of the people present at once in all "
            "zones (a lower bound). The rule used is written into the outputs. Suppressed cells are not read as 0: "
            "each counts as a third of the anonymity threshold (between a sixth and a half in the interval).\n\n"
            "Origin groups: abroad (a country other than the home country), local (the local codes), rest of "
            "country, unknown; all when the export has no origins.\n\n"
            "Margins: a 90 % interval from a seeded Monte Carlo (20,000 draws): every input is drawn from a "
            "triangular distribution between its low and high values, peaking at its central value — the counts "
            "(± the precision), each spend, night, additionality and displacement value, and the multiplier. The "
            "log says which inputs make most of the width; the summary also keeps the extremes (every input at its "
            "low, or its high, end together).\n\n"
            "The presets' figures come from published sources (each value names its source, year and confidence); "
            "figures that were not found are marked as assumptions and should be replaced.\n\n"
            "Anonymity: rows with fewer visitors than the threshold are merged into an “other” group of their "
            "profile, then into one “other” row; the totals include every row.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_input_parameter(self, self.tr("A GeoPackage written by “Import footfall export”, or an operator's export. Leave empty "
                          "when the visitors are given as a table."), optional=True)
        add_zone_parameters(self, timezone_help=self.tr("Used for local times and to cut the data into local days."))
        p = QgsProcessingParameterVectorLayer(self.VISITORS_TABLE, self.tr("Visitors table (instead of an export)"),
                                              [QgsProcessing.TypeVector], optional=True)
        p.setHelp(self.tr("A table with the fields profile, origin_group (optional) and visitors, for example "
                          "official figures typed by hand. Used instead of the export."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.RULE, self.tr("Counting rule for daily data"),
                                       [self.tr("Sum over the zones (a person in two zones is included twice)"),
                                        self.tr("Largest zone (a lower bound)")], defaultValue=0)
        p.setHelp(self.tr("How daily counts become daily unique visitors. Sub-daily data always uses the peak "
                          "of simultaneous presence."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.PRESET, self.tr("Spend preset"),
                                       [self.tr("Brussels"), self.tr("Lyon"), self.tr("None (spend table only)")],
                                       defaultValue=0)
        p.setHelp(self.tr("Bundled spend, additionality, displacement and multiplier values with their sources "
                          "(see the methods documentation); figures marked as assumptions must be replaced."))
        self.addParameter(p)
        p = QgsProcessingParameterVectorLayer(self.SPEND_TABLE, self.tr("Spend table"), [QgsProcessing.TypeVector], optional=True)
        p.setHelp(self.tr("A table (layer or CSV) with one row per profile: profile, additionality, daily_spend, "
                          "nights, spend_per_night, displacement, each optionally with _low and _high columns, and "
                          "optionally origin_group. Its rows replace the preset's rows of the same profiles."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.MULTIPLIER, self.tr("Multiplier"), QgsProcessingParameterNumber.Double,
                                         None, optional=True, minValue=0.0)
        p.setHelp(self.tr("Total impact = direct impact × multiplier. Empty: the preset's."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.MULTIPLIER_LOW, self.tr("Multiplier, low bound"),
                                         QgsProcessingParameterNumber.Double, None, optional=True, minValue=0.0)
        p.setHelp(self.tr("Empty: the preset's, or the multiplier itself when one is given."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.MULTIPLIER_HIGH, self.tr("Multiplier, high bound"),
                                         QgsProcessingParameterNumber.Double, None, optional=True, minValue=0.0)
        p.setHelp(self.tr("Empty: the preset's, or the multiplier itself when one is given."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.PRECISION, self.tr("Relative margin of the counts"),
                                         QgsProcessingParameterNumber.Double, None, optional=True, minValue=0.0, maxValue=0.99)
        p.setHelp(self.tr("For example 0.1 for ±10 %. Empty: the dataset's (±10 % unless it says otherwise)."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.LOCAL_CODES, self.tr("Local origin codes"), optional=True)
        p.setHelp(self.tr("Comma-separated origin codes of the area itself (postcodes, municipality or "
                          "département codes); a trailing * matches a prefix. Empty: the preset's."))
        self.addParameter(p)
        add_period_parameters(self)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Economic impact table"), QgsProcessing.TypeVector)
        p.setHelp(self.tr("One row per profile and origin group, with low, central and high direct and total impact."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(self.OUTPUT_SUMMARY, self.tr("Summary for the report (JSON)"),
                                                  self.tr("JSON files (*.json)"), optional=True, createByDefault=False)
        p.setHelp(self.tr("Inputs, preset, sources, counting rule, margins and totals, for the report."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("DIRECT", self.tr("Direct impact (central)")))
        self.addOutput(QgsProcessingOutputNumber("DIRECT_LOW", self.tr("Direct impact, 5th percentile")))
        self.addOutput(QgsProcessingOutputNumber("DIRECT_HIGH", self.tr("Direct impact, 95th percentile")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL", self.tr("Total impact (central)")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_LOW", self.tr("Total impact, 5th percentile")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_HIGH", self.tr("Total impact, 95th percentile")))
        self.addOutput(QgsProcessingOutputString("RULE", self.tr("Counting rule")))

    def _number(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsDouble(parameters, name, context)

    def _spend(self, parameters, context) -> impact.SpendTable:
        preset = [*impact.PRESETS, ""][self.parameterAsEnum(parameters, self.PRESET, context)]
        spend = (self.run_core(impact.load_preset, preset) if preset
                 else impact.SpendTable(rows=[], multiplier=impact.Value(1.0, 1.0, 1.0, "none (1)"), name=""))
        layer = self.parameterAsVectorLayer(parameters, self.SPEND_TABLE, context)
        if layer is not None:
            rows = self.run_core(impact.spend_rows_from_records, _records(layer),
                                 self.tr("user's spend table {name}").format(name=layer.name()))
            spend = spend.with_rows(rows)
        elif not preset:
            raise QgsProcessingException(self.tr("Choose a spend preset or give a spend table."))
        m = self._number(parameters, self.MULTIPLIER, context)
        lo = self._number(parameters, self.MULTIPLIER_LOW, context)
        hi = self._number(parameters, self.MULTIPLIER_HIGH, context)
        if m is not None or lo is not None or hi is not None:
            base = spend.multiplier
            c = base.central if m is None else m
            default = m is not None
            spend.multiplier = impact.Value(c, (c if default else base.low) if lo is None else lo,
                                            (c if default else base.high) if hi is None else hi,
                                            self.tr("given by the user"), kind="user")
        codes = self.parameterAsString(parameters, self.LOCAL_CODES, context)
        if codes and codes.strip():
            spend.local_codes = [c.strip() for c in codes.split(",") if c.strip()]
            spend.local_source = self.tr("given by the user")
        return spend

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        progress = self.progress(feedback)
        spend = self._spend(parameters, context)
        precision = self._number(parameters, self.PRECISION, context)
        table = self.parameterAsVectorLayer(parameters, self.VISITORS_TABLE, context)
        extra = {}
        if table is not None:
            visitors = self.run_core(impact.visitors_from_records, _records(table))
            extra["input"] = table.source()
        else:
            if not self.parameterAsFile(parameters, self.INPUT, context):
                raise QgsProcessingException(self.tr("Give a footfall export or a visitors table."))
            ds = load_dataset(self, parameters, context, feedback, progress.sub(0, 50))
            try:
                rule = impact.RULE_DAILY_MAX if self.parameterAsEnum(parameters, self.RULE, context) == 1 else None
                start = as_utc(self.parameterAsDateTime(parameters, self.START, context)) if parameters.get(self.START) else None
                end = as_utc(self.parameterAsDateTime(parameters, self.END, context)) if parameters.get(self.END) else None
                home = impact.HOME_COUNTRY.get(ds.metadata.timezone) or spend.home_country or None
                visitors = self.run_core(impact.daily_visitors, ds, rule=rule, start=start, end=end,
                                         local_codes=spend.local_codes, home_country=home, progress=progress.sub(50, 85))
                from ..core.measures import measures_text
                from .base import say_measure
                used = ["presence"] + (["nights"] if getattr(visitors, "nights", None) is not None else [])
                say_measure(feedback, measures_text(used, ds.metadata.slot_minutes, ds.metadata.period))
                extra.update({"input": ds.metadata.source_name, "input_sha256": ds.metadata.source_sha256,
                              "operator": ds.metadata.operator, "timezone": ds.metadata.timezone,
                              "slot_minutes": ds.metadata.slot_minutes, "home_country": home,
                              "start": start.isoformat() if start else None, "end": end.isoformat() if end else None})
            finally:
                ds.close()
        result = self.run_core(impact.compute_impact, visitors, spend, precision=precision)
        progress.set(90)
        feedback.pushInfo(result.rule_text)
        feedback.pushInfo(result.bounds_text)
        feedback.pushInfo(impact.extremes_text())
        for sens in result.sensitivity[:5]:
            feedback.pushInfo(self.tr("Width of the interval: {input} makes {share} % of it.").format(
                input=impact.input_label(sens.profile, sens.origin_group, sens.field),
                share=round(100 * sens.share)))
        fields = QgsFields()
        for name in result.columns:
            fields.append(QgsField(name, _TYPES.get(name, QVariant.Double)))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        feats = []
        for row in result.rows:
            f = QgsFeature(fields)
            f.setAttributes(list(row))
            feats.append(f)
        if not sink.addFeatures(feats, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(self.tr("The impact table could not be written: {error}").format(error=sink.lastError()))
        out = {self.OUTPUT: dest, "DIRECT": result.direct[1], "DIRECT_LOW": result.direct[0],
               "DIRECT_HIGH": result.direct[2], "TOTAL": result.total[1],
               "TOTAL_LOW": result.total[0], "TOTAL_HIGH": result.total[2], "RULE": result.rule_text}
        summary = self.parameterAsFileOutput(parameters, self.OUTPUT_SUMMARY, context)
        if summary and parameters.get(self.OUTPUT_SUMMARY) is not None:
            impact.write_summary(result, summary, extra)
            out[self.OUTPUT_SUMMARY] = summary
        if result.merged_rows:
            feedback.pushInfo(self.tr("{n} rows below the anonymity threshold were merged into “other”.")
                              .format(n=result.merged_rows))
        progress.set(100)
        return out
