"""``footfall:huff``: Huff model for competing venues, with an optional calibration of λ to observed visitors."""

from __future__ import annotations

import math

import numpy as np
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsFeatureRequest,
                       QgsFeatureSink, QgsField, QgsFields, QgsGeometry, QgsProcessing, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterBoolean, QgsProcessingParameterDefinition,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterNumber, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ..core import huff
from ..core.model import DEFAULT_THRESHOLD
from ..core.privacy import guard
from .base import FootfallAlgorithm

_FIELDS = (("origin_id", QVariant.String), ("venue_id", QVariant.String), ("distance_km", QVariant.Double),
           ("probability", QVariant.Double), ("expected_visitors", QVariant.Double),
           ("observed_share", QVariant.Double), ("expected_low", QVariant.Double), ("expected_high", QVariant.Double))


def _key(value) -> str | None:
    """An id as text (1, 1.0 and "1" are the same id); None for NULL."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _number(value) -> float | None:
    """A numeric attribute as float; None for NULL or text that is not a number."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, str):
        value = value.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def _fmt(value: float | None, spec: str = ".3f") -> str:
    """A figure of the fit for the log; a dash when there is none."""
    return "–" if value is None else format(value, spec)


class HuffAlgorithm(FootfallAlgorithm):
    """Huff model for competing venues."""

    NAME = "huff"
    CONTEXT = "HuffAlgorithm"
    ORIGINS = "ORIGINS"
    ORIGIN_ID_FIELD = "ORIGIN_ID_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    VENUES = "VENUES"
    VENUE_ID_FIELD = "VENUE_ID_FIELD"
    ATTRACTIVENESS_FIELD = "ATTRACTIVENESS_FIELD"
    LAMBDA = "LAMBDA"
    OBSERVED = "OBSERVED"
    OBSERVED_ORIGIN_FIELD = "OBSERVED_ORIGIN_FIELD"
    OBSERVED_VENUE_FIELD = "OBSERVED_VENUE_FIELD"
    OBSERVED_VISITORS_FIELD = "OBSERVED_VISITORS_FIELD"
    CALIBRATE = "CALIBRATE"
    FIT_ATTRACTIVENESS = "FIT_ATTRACTIVENESS"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Huff model for competing venues")

    def group(self) -> str:
        return self.tr("Analysis")

    def groupId(self) -> str:  # noqa: N802
        return "analysis"

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "The probability that a visitor from origin i chooses venue j among competing venues (Huff, 1963):\n"
            "P(i→j) = (A_j / d_ij^λ) / Σ_k (A_k / d_ik^λ)\n"
            "with A the attractiveness of a venue (a field, above 0), d the great-circle distance in km from "
            "the origin to the venue and λ the distance decay (2 by default). Distances below 0.1 km are "
            "counted as 0.1 km, so that an origin at a venue does not give it the whole origin. Polygons "
            "are represented by a point on their surface.\n\n"
            "expected_visitors = population × P, where the origins have a population field. These are model "
            "outputs, not counts.\n\n"
            "Calibration: with a table of observed visitors per origin and venue, the observed shares "
            "S_ij = V_ij / Σ_k V_ik give the log-odds log(S_ij / S_ir) = log(A_j / A_r) − λ log(d_ij / d_ir) "
            "against a reference venue r of the same origin, and λ is fitted by least squares on the pairs "
            "with S above 0 on both sides (each origin's reference is eliminated by centring its values, so "
            "the fit does not depend on the choice of r). The fit is reported: λ and its standard error, R² "
            "of the log-odds, RMSE of the predicted shares and the number of log-odds used. Without "
            "calibration, the same figures describe how well the given λ fits.\n\n"
            "A pair missing from the observed table counts as 0 visitors; an empty or suppressed count (text "
            "such as “s” or “n.d.”) leaves its origin out of the fit.\n\n"
            "Anonymity: observed_share is written only where the anonymity guard publishes the observed count: "
            "at least 30 (the anonymity threshold), and with secondary suppression so that a hidden share can "
            "never be recovered as 1 minus the shares shown for the same origin; otherwise it is left empty. "
            "Observed counts themselves are never written.")

    def initAlgorithm(self, config=None):  # noqa: N802
        pts_polys = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
        p = QgsProcessingParameterFeatureSource(self.ORIGINS, self.tr("Origins"), pts_polys)
        p.setHelp(self.tr("Points or polygons where visitors come from (for example postcode areas); "
                          "polygons are represented by a point on their surface."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.ORIGIN_ID_FIELD, self.tr("Origin id field"),
                                        parentLayerParameterName=self.ORIGINS)
        p.setHelp(self.tr("The field that identifies each origin (also used to match the observed table)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.POPULATION_FIELD, self.tr("Population field"),
                                        parentLayerParameterName=self.ORIGINS,
                                        type=QgsProcessingParameterField.Numeric, optional=True)
        p.setHelp(self.tr("Population of each origin; when given, expected_visitors = population × P."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.VENUES, self.tr("Venues"), pts_polys)
        p.setHelp(self.tr("The competing venues (at least two), points or polygons."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.VENUE_ID_FIELD, self.tr("Venue id field"),
                                        parentLayerParameterName=self.VENUES)
        p.setHelp(self.tr("The field that identifies each venue (also used to match the observed table)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.ATTRACTIVENESS_FIELD, self.tr("Attractiveness field"),
                                        parentLayerParameterName=self.VENUES,
                                        type=QgsProcessingParameterField.Numeric)
        p.setHelp(self.tr("Attractiveness A of each venue, above 0 (for example floor area or capacity)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.LAMBDA, self.tr("Distance decay λ"),
                                         QgsProcessingParameterNumber.Double, defaultValue=2.0, minValue=0.0)
        p.setHelp(self.tr("Exponent of the distance: 0 ignores distance, larger values make far venues "
                          "less likely. Replaced by the fitted value when calibrating."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.OBSERVED, self.tr("Observed visitors"),
                                                [QgsProcessing.TypeVector], optional=True)
        p.setHelp(self.tr("Optional table with observed visitors per origin and venue, to fit or check λ."))
        self.addParameter(p)
        for name, label, helptext in (
                (self.OBSERVED_ORIGIN_FIELD, self.tr("Observed origin id field"),
                 self.tr("The field of the observed table holding the origin id.")),
                (self.OBSERVED_VENUE_FIELD, self.tr("Observed venue id field"),
                 self.tr("The field of the observed table holding the venue id.")),
                (self.OBSERVED_VISITORS_FIELD, self.tr("Observed visitors field"),
                 self.tr("The field of the observed table holding the visitors; text that is not a number "
                         "(such as “s” or “n.d.”) counts as an empty, suppressed count."))):
            p = QgsProcessingParameterField(name, label, parentLayerParameterName=self.OBSERVED, optional=True)
            p.setHelp(helptext)
            self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.CALIBRATE, self.tr("Calibrate λ to the observed visitors"),
                                          defaultValue=False)
        p.setHelp(self.tr("Fit λ by least squares on the log-odds of the observed shares and use it."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.FIT_ATTRACTIVENESS,
                                          self.tr("Also fit the attractiveness of each venue"), defaultValue=False)
        p.setHelp(self.tr("Calibrate the attractiveness of every venue together with λ (up to a common "
                          "factor, kept at the geometric mean of the given values). Needs observed visitors."))
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Huff probabilities"),
                                              QgsProcessing.TypeVectorPoint)
        p.setHelp(self.tr("One point per origin and venue, at the origin: distance, probability, expected "
                          "visitors and observed share."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber("LAMBDA", self.tr("λ used")))
        self.addOutput(QgsProcessingOutputNumber("LAMBDA_SE", self.tr("Standard error of the fitted λ")))
        self.addOutput(QgsProcessingOutputNumber("R2", self.tr("R² of the log-odds")))
        self.addOutput(QgsProcessingOutputNumber("RMSE", self.tr("RMSE of the predicted shares")))
        self.addOutput(QgsProcessingOutputNumber("PAIRS", self.tr("Observed log-odds used")))

    # -- reading -------------------------------------------------------------------------------------
    def _points(self, source, id_field: str, value_field: str | None, context, progress, what: str):
        """(ids, geometries in the source CRS, lon/lat array, values) of a point or polygon source."""
        to_wgs = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                        context.transformContext())
        ids, geoms, lonlat, values = [], [], [], []
        n = max(source.featureCount(), 1)
        for k, f in enumerate(source.getFeatures()):
            if k % 1000 == 0:
                progress.set(100.0 * k / n)
            key = _key(f[id_field])
            if key is None:
                if what == "origin":
                    raise QgsProcessingException(self.tr("An origin has an empty id."))
                raise QgsProcessingException(self.tr("A venue has an empty id."))
            g = f.geometry()
            pt = g.pointOnSurface() if g is not None and not g.isEmpty() else QgsGeometry()
            if pt.isNull() or pt.isEmpty():
                if what == "origin":
                    raise QgsProcessingException(self.tr("Origin “{id}” has no geometry.").format(id=key))
                raise QgsProcessingException(self.tr("Venue “{id}” has no geometry.").format(id=key))
            xy = pt.asPoint()
            w = to_wgs.transform(xy)
            ids.append(key)
            geoms.append(pt)
            lonlat.append((w.x(), w.y()))
            values.append(f[value_field] if value_field else None)
        return ids, geoms, np.array(lonlat, dtype=float).reshape(-1, 2), values

    def _observed(self, parameters, context, origin_ids, venue_ids, feedback) -> np.ndarray:
        """Observed visitors (origins × venues): 0 where absent, NaN where a count is empty."""
        source = self.parameterAsSource(parameters, self.OBSERVED, context)
        fo = self.parameterAsString(parameters, self.OBSERVED_ORIGIN_FIELD, context)
        fv = self.parameterAsString(parameters, self.OBSERVED_VENUE_FIELD, context)
        fn = self.parameterAsString(parameters, self.OBSERVED_VISITORS_FIELD, context)
        names = source.fields().names()
        if not all(f and f in names for f in (fo, fv, fn)):
            raise QgsProcessingException(self.tr("Choose the origin id, venue id and visitors fields of the "
                                                 "observed table."))
        row = {k: i for i, k in enumerate(origin_ids)}
        col = {k: j for j, k in enumerate(venue_ids)}
        v = np.zeros((len(origin_ids), len(venue_ids)))
        unmatched = 0
        req = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([fo, fv, fn],
                                                                                                 source.fields())
        for f in source.getFeatures(req):
            i, j = row.get(_key(f[fo])), col.get(_key(f[fv]))
            if i is None or j is None:
                unmatched += 1
                continue
            count = _number(f[fn])
            if count is not None and count < 0:
                raise QgsProcessingException(self.tr("The observed visitors from origin “{origin}” at venue "
                                                     "“{venue}” are negative.").format(origin=origin_ids[i],
                                                                                      venue=venue_ids[j]))
            v[i, j] += np.nan if count is None else count
        if unmatched:
            feedback.pushWarning(self.tr("{n} rows of the observed table name an origin or a venue that is not "
                                         "in the layers; they are ignored.").format(n=unmatched))
        empty = int(np.isnan(v).any(axis=1).sum())
        if empty:
            feedback.pushWarning(self.tr("{n} origins have an empty (suppressed) observed count; they are left "
                                         "out of the fit and get no observed share.").format(n=empty))
        return v

    # -- running -------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        progress = self.progress(feedback)
        origins = self.parameterAsSource(parameters, self.ORIGINS, context)
        venues = self.parameterAsSource(parameters, self.VENUES, context)
        if origins is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ORIGINS))
        if venues is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.VENUES))
        lam = self.parameterAsDouble(parameters, self.LAMBDA, context)
        fit_a = self.parameterAsBool(parameters, self.FIT_ATTRACTIVENESS, context)
        calibrate = self.parameterAsBool(parameters, self.CALIBRATE, context) or fit_a
        has_observed = parameters.get(self.OBSERVED) not in (None, "")
        if calibrate and not has_observed:
            raise QgsProcessingException(self.tr("Calibration needs observed visitors: choose the observed "
                                                 "table and its fields, or untick the calibration."))

        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        o_ids, o_geoms, o_ll, o_pop = self._points(
            origins, self.parameterAsString(parameters, self.ORIGIN_ID_FIELD, context), pop_field, context,
            progress.sub(0, 30), "origin")
        v_ids, _v_geoms, v_ll, v_attr = self._points(
            venues, self.parameterAsString(parameters, self.VENUE_ID_FIELD, context),
            self.parameterAsString(parameters, self.ATTRACTIVENESS_FIELD, context), context, progress.sub(30, 35),
            "venue")
        if not o_ids:
            raise QgsProcessingException(self.tr("The origin layer has no features."))
        if len(v_ids) < 2:
            raise QgsProcessingException(self.tr("The Huff model needs at least two venues; the venue layer "
                                                 "has {n}.").format(n=len(v_ids)))
        seen = set()
        for k in v_ids:
            if k in seen:
                raise QgsProcessingException(self.tr("Two venues have the id “{id}”; venue ids must be "
                                                     "unique.").format(id=k))
            seen.add(k)
        if has_observed and len(set(o_ids)) < len(o_ids):
            dup = next(k for i, k in enumerate(o_ids) if k in o_ids[:i])
            raise QgsProcessingException(self.tr("Two origins have the id “{id}”; origin ids must be unique to "
                                                 "match the observed table.").format(id=dup))
        attr = []
        for k, value in zip(v_ids, v_attr):
            a = _number(value)
            if a is None:
                raise QgsProcessingException(self.tr("Venue “{id}” has no attractiveness; every venue needs a "
                                                     "number above 0.").format(id=k))
            if a <= 0:
                raise QgsProcessingException(self.tr("Venue “{id}” has an attractiveness of {value}; it must be "
                                                     "above 0.").format(id=k, value=value))
            attr.append(a)
        attr = np.array(attr)
        pop = None
        if pop_field:
            pop = np.array([np.nan if _number(x) is None else _number(x) for x in o_pop])
            bad = np.flatnonzero(pop < 0)
            if bad.size:
                raise QgsProcessingException(self.tr("Origin “{id}” has a negative population.").format(
                    id=o_ids[bad[0]]))
        progress.check()

        dist = huff.distances_km(o_ll, v_ll)
        out = {"LAMBDA": lam, "LAMBDA_SE": None, "R2": None, "RMSE": None, "PAIRS": None}
        shares = None
        if has_observed:
            visitors = self._observed(parameters, context, o_ids, v_ids, feedback)
            shares = huff.observed_shares(visitors)
            try:
                fit = huff.calibrate(shares, attr, dist, lam=None if calibrate else lam, fit_attractiveness=fit_a)
            except huff.HuffError as exc:
                if calibrate:
                    raise QgsProcessingException(str(exc)) from exc
                fit = None  # only a check of the given λ: say why there is none, and go on
                feedback.pushWarning(str(exc))
            if fit is not None:
                self._report(fit, fit_a, v_ids, attr, feedback)
                lam, attr = fit.lam, fit.attractiveness
                out.update({"LAMBDA": fit.lam, "LAMBDA_SE": fit.se, "R2": fit.r2, "RMSE": fit.rmse,
                            "PAIRS": fit.pairs})
        progress.set(40)
        try:
            prob = huff.huff_probabilities(attr, dist, lam)
        except huff.HuffError as exc:
            raise QgsProcessingException(str(exc)) from exc
        expected = huff.expected_visitors(pop, prob) if pop is not None else None
        e_range = (huff.expected_range(pop, attr, dist, lam, out.get("LAMBDA_SE")) if pop is not None else None)
        if pop is not None and e_range is None:
            feedback.pushInfo(self.tr("Expected visitors have no margin: λ was given, not fitted to observed visitors "
                                      "(expected_low and expected_high stay empty)."))
        if shares is not None:
            # anonymity: the shares of an origin are its counts divided by its total, so they go through the
            # anonymity guard like any table (origin × venue): primary suppression below the threshold and
            # secondary suppression so that a hidden share is never 1 minus the shares shown
            # (only the origins' own totals are implied by shares: each origin is guarded as its own table)
            counts = np.where(np.isfinite(visitors), visitors, np.nan)
            hide = np.zeros(counts.shape, dtype=bool)
            risky = np.flatnonzero(np.any(np.isnan(counts) | ((counts > 0) & (counts < DEFAULT_THRESHOLD)), axis=1))
            venues_axis = [np.arange(counts.shape[1])]
            for i in risky:  # usually a few origins; the guard itself is vectorised
                hide[i] = guard(counts[i], venues_axis, DEFAULT_THRESHOLD).suppressed
            shares = np.where(hide, np.nan, shares)

        fields = QgsFields()
        for name, typ in _FIELDS:
            fields.append(QgsField(name, typ))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point,
                                          origins.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        n_o, n_v = dist.shape
        feats = []
        for i in range(n_o):
            if i % 500 == 0:
                progress.set(40 + 50.0 * i / n_o)
            for j in range(n_v):
                feat = QgsFeature(fields)
                feat.setGeometry(o_geoms[i])
                e = None if expected is None or np.isnan(expected[i, j]) else float(expected[i, j])
                s = None if shares is None or np.isnan(shares[i, j]) else float(shares[i, j])
                lo = hi = None
                if e_range is not None and np.isfinite(e_range[0][i, j]):
                    lo, hi = float(e_range[0][i, j]), float(e_range[1][i, j])
                feat.setAttributes([o_ids[i], v_ids[j], float(dist[i, j]), float(prob[i, j]), e, s, lo, hi])
                feats.append(feat)
        progress.check()
        sink.addFeatures(feats, QgsFeatureSink.FastInsert)
        progress.set(100)
        out[self.OUTPUT] = dest
        return out

    def _report(self, fit, fit_a: bool, v_ids, given, feedback) -> None:
        """The fit in plain words."""
        if fit.fitted:
            feedback.pushInfo(self.tr("λ fitted to the observed shares: {lam} (standard error {se}), from {n} "
                                      "log-odds.").format(lam=_fmt(fit.lam), se=_fmt(fit.se), n=fit.pairs))
        else:
            feedback.pushInfo(self.tr("λ as given: {lam}; checked against {n} observed log-odds.").format(
                lam=_fmt(fit.lam), n=fit.pairs))
        feedback.pushInfo(self.tr("R² of the log-odds: {r2}; RMSE of the predicted shares: {rmse}.").format(
            r2=_fmt(fit.r2), rmse=_fmt(fit.rmse, ".4f")))
        if fit_a:
            for k, a, g in zip(v_ids, fit.attractiveness, given):
                feedback.pushInfo(self.tr("Venue “{id}”: attractiveness fitted {fitted}, given {given}.").format(
                    id=k, fitted=_fmt(float(a), ".4g"), given=_fmt(float(g), ".4g")))
