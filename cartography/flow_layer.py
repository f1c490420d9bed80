"""Origin flows in QGIS: features from a :class:`core.flows.FlowResult`, and the flow map style
(width and colour by visitors, labels in the user's language, arrows at the map edge for far origins)."""

from __future__ import annotations

import struct

import numpy as np
from qgis.core import (QgsMapLayerLegend, QgsSimpleLegendNode, QgsSymbolLegendNode, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsFeatureRequest, QgsField, QgsFields, QgsGeometry, QgsGraduatedSymbolRenderer,
                       QgsLineSymbol, QgsMarkerSymbol, QgsPalLayerSettings, QgsPointXY, QgsProject,
                       QgsProperty, QgsRendererRange, QgsRuleBasedLabeling, QgsRuleBasedRenderer, QgsStyle, QgsSymbolLayer, QgsTextBufferSettings,
                       QgsTextFormat, QgsVectorLayer, QgsVectorLayerSimpleLabeling, QgsWkbTypes,
                       QgsGeometryGeneratorSymbolLayer)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, Qt, QTimeZone, QVariant
from qgis.PyQt.QtGui import QColor, QFont

from ..core.clock import EDGE_MS, clock_epochs
from ..core.flows import FlowResult, curves, distances_km
from . import fmt
from .layers import set_temporal_fields


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("FootfallFlows", text)


def language() -> str:
    """Two-letter language of the interface ('en', 'nl' or 'fr') for place names."""
    lang = fmt.locale().name()[:2]
    return lang if lang in ("nl", "fr") else "en"


def level_options(country: str | None = None) -> list[str]:
    """Translated labels of the aggregation levels, by rank (see core.gazetteer.LEVELS), named as the
    data's country names them: ``"BE"`` municipality, province, region (gewest); ``"FR"`` commune,
    département, région; None (the data is not known yet, as in a Processing dialog) names both."""
    if country == "BE":
        return [tr("As given (postcode, municipality, country)"), tr("Municipality"), tr("Province"),
                tr("Region"), tr("Country"), tr("Follows the map scale (municipality, province, country)")]
    if country == "FR":
        return [tr("As given (postcode, commune, département, country)"), tr("Commune"), tr("Département"),
                tr("Région"), tr("Country"), tr("Follows the map scale (commune, département, country)")]
    return [tr("As given (postcode, commune, département, country)"), tr("Municipality / commune"),
            tr("Province / département"), tr("Region / région"), tr("Country"),
            tr("Follows the map scale (municipality, province or département, country)")]


#: Scale range of each level of the view that follows the map scale, as QGIS's (minimum, maximum)
#: scale denominators (0: no limit): municipalities closer than 1:1,000,000, provinces and départements
#: to 1:5,000,000 (a whole country on a screen), countries beyond.
SCALE_RANGES = {1: (1_000_000, 0), 2: (5_000_000, 1_000_000), 4: (0, 5_000_000)}


def level_heading(level: int, country: str | None = None) -> str:
    """Legend heading of one level of the view that follows the map scale, in the words of the data's
    country (see :func:`level_options`)."""
    if country == "BE":
        names = {1: tr("Municipalities"), 2: tr("Provinces"), 3: tr("Regions")}
    elif country == "FR":
        names = {1: tr("Communes"), 2: tr("Départements"), 3: tr("Régions")}
    else:
        names = {1: tr("Municipalities / communes"), 2: tr("Provinces / départements"), 3: tr("Regions / régions")}
    return names.get(level) or {0: tr("Origins as given"), 4: tr("Countries")}[level]


def layer_country(layer: QgsVectorLayer) -> str | None:
    """"BE" or "FR" when a flow layer's origins are places of one of the two countries (Belgian
    municipalities or provinces; French communes or départements), else None."""
    idx = layer.fields().indexOf("origin_type")
    types = {str(v) for v in layer.uniqueValues(idx)} if idx >= 0 else set()
    be, fr = bool(types & {"municipality", "province"}), bool(types & {"commune", "department"})
    return "BE" if be and not fr else "FR" if fr and not be else None


def origin_label(flow, lang: str) -> str:
    """The name shown for a flow: the place, or “Other origins in …” for merged ones."""
    if not flow.other:
        return flow.name(lang)
    if flow.place is None:
        return tr("Other origins")
    return tr("Other origins in {place}").format(place=flow.place.name(lang))


def map_caption(shown: int, total: float, threshold: int, precision: float | None = None) -> list[str]:
    """The lines under a flow map's title: what is shown, its margin and how it was counted."""
    if precision is not None:
        first = tr("Visitors by origin: the {n} largest lines of {total} visitors (±{p} %)").format(
            n=shown, total=fmt.number(total), p=fmt.number(100 * precision))
    else:
        first = tr("Visitors by origin: the {n} largest lines of {total} visitors").format(n=shown, total=fmt.number(total))
    return [first,
            tr("Sums of daily counts per zone; origins below {k} merged with their neighbours.").format(k=threshold)]


def flow_fields(by_slot: bool) -> QgsFields:
    """Fields of the flow layer."""
    fields = QgsFields()
    for name, typ in (("destination", QVariant.String), ("origin_type", QVariant.String),
                      ("origin_code", QVariant.String), ("origin_name", QVariant.String),
                      ("visitors", QVariant.Double), ("at_least", QVariant.Int), ("share", QVariant.Double),
                      ("distance_km", QVariant.Double), ("population", QVariant.Double),
                      ("per_1000_residents", QVariant.Double), ("merged_origins", QVariant.Int),
                      ("suppressed_parts", QVariant.Int), ("label", QVariant.String), ("level", QVariant.Int),
                      ("visitors_low", QVariant.Double), ("visitors_high", QVariant.Double)):
        fields.append(QgsField(name, typ))
    if by_slot:  # the slot in UTC, and in local clock time for the Temporal Controller (core/clock.py)
        for name in ("start", "end", "clock_start", "clock_end"):
            fields.append(QgsField(name, QVariant.DateTime))
    return fields


def _wkb_lines(coords: np.ndarray) -> list[bytes]:
    """WKB LineStrings from an array (n, vertices, 2), built in one numpy pass."""
    n, v, _ = coords.shape
    head = struct.pack("<BII", 1, 2, v)
    raw = np.ascontiguousarray(coords, dtype="<f8").reshape(n, v * 2).view(np.uint8)
    return [head + raw[i].tobytes() for i in range(n)]


def _qdt(d) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(d.timestamp()), QTimeZone.utc())


def flow_features(result: FlowResult, dest_points: dict[str, QgsPointXY], crs: QgsCoordinateReferenceSystem,
                  by_slot: bool = False, lang: str | None = None, bend: float = 0.18,
                  tz: str | None = None) -> list[QgsFeature]:
    """Line features (in ``crs``) from each flow's origin point to its destination.

    ``dest_points`` gives each destination (zone id, or '' for the venue) in ``crs``. A flow without a
    point (the last “other origins” bucket) or whose origin cannot be projected gets no geometry but is
    kept, so that the layer's visitors always add up to the total.
    """
    lang = lang or language()
    fields = flow_fields(by_slot)
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    to_crs = QgsCoordinateTransform(wgs, crs, QgsProject.instance().transformContext())
    to_wgs = QgsCoordinateTransform(crs, wgs, QgsProject.instance().transformContext())
    flows = result.flows
    n = len(flows)
    dest_ll = {}
    for k, p in dest_points.items():
        if p is not None:
            q = to_wgs.transform(p)
            dest_ll[k] = (q.x(), q.y())
    dist = distances_km(flows, dest_ll)
    xy0 = np.full((n, 2), np.nan)
    xy1 = np.full((n, 2), np.nan)
    for i, f in enumerate(flows):  # one transform per distinct place, not per vertex
        d = dest_points.get(f.dest)
        if f.place is None or d is None:
            continue
        try:
            p = to_crs.transform(QgsPointXY(f.place.lon, f.place.lat))
        except Exception:  # noqa: BLE001  (a place the CRS cannot hold: no geometry)
            continue
        xy0[i] = (p.x(), p.y())
        xy1[i] = (d.x(), d.y())
    ok = np.isfinite(xy0).all(axis=1) & np.isfinite(xy1).all(axis=1) & (np.abs(xy0).max(axis=1) < 1e9)
    wkbs: dict[int, bytes] = {}
    if ok.any():
        idx = np.flatnonzero(ok)
        c = curves(xy0[idx, 0], xy0[idx, 1], xy1[idx, 0], xy1[idx, 1], bend=bend)
        wkbs = dict(zip(idx.tolist(), _wkb_lines(c)))
    total = result.total or 1.0
    out: list[QgsFeature] = []
    slots = [(_qdt(a), _qdt(b)) for a, b in result.slots]
    if result.slots:  # the same slots in local clock time (``tz``, else UTC)
        bounds = np.array([[a.timestamp(), b.timestamp()] for a, b in result.slots])
        clock = clock_epochs(bounds, tz or "UTC")
        # a slot ending in the hour repeated in autumn keeps its length (as in the zone layer, core/gpkg.py)
        clock[:, 1] = np.where(clock[:, 1] <= clock[:, 0], clock[:, 0] + bounds[:, 1] - bounds[:, 0], clock[:, 1])
        utc = QTimeZone.utc()
        edge = EDGE_MS  # one millisecond inside the slot, as in the zone layer (core/clock.py)
        slots = [(a, b, QDateTime.fromMSecsSinceEpoch(int(round(c0 * 1000)) + edge, utc),
                  QDateTime.fromMSecsSinceEpoch(int(round(c1 * 1000)) - edge, utc))
                 for (a, b), (c0, c1) in zip(slots, clock)]
    for i, f in enumerate(flows):
        name = origin_label(f, lang)
        pop = f.place.population if (f.place is not None and not f.other) else None
        geom = None
        if i in wkbs:
            geom = QgsGeometry()
            geom.fromWkb(wkbs[i])
        parts = [(f.visitors, None)] if not by_slot else [(float(v), s) for v, s in zip(f.per_slot, slots) if v > 0]
        for value, slot in parts:
            feat = QgsFeature(fields)
            if geom is not None:
                feat.setGeometry(geom)
            at_least = 1 if f.suppressed_parts else 0
            label = f"{name}\n{'≥ ' if at_least else ''}{fmt.number(value)}"
            attrs = [f.dest, f.origin_type, f.code, name, float(value), at_least, float(value) / total,
                     None if not np.isfinite(dist[i]) else round(float(dist[i]), 1), pop,
                     (float(value) * 1000.0 / pop) if pop else None, f.members, f.suppressed_parts, label,
                     result.level, *result.margin(float(value))]
            if by_slot:
                attrs += list(slot)
            feat.setAttributes(attrs)
            out.append(feat)
    return out


def memory_layer(features: list[QgsFeature], crs: QgsCoordinateReferenceSystem, name: str,
                 by_slot: bool = False) -> QgsVectorLayer:
    """A memory line layer holding the flow features (temporal when per slot)."""
    layer = QgsVectorLayer(f"LineString?crs={crs.authid() or 'EPSG:4326'}", name, "memory")
    if not crs.authid():
        layer.setCrs(crs)
    pr = layer.dataProvider()
    pr.addAttributes(flow_fields(by_slot).toList())
    layer.updateFields()
    pr.addFeatures(features)
    layer.updateExtents()
    if by_slot:
        set_temporal_fields(layer)
    return layer


#: Above this many lines in one group of classes, the smaller classes are drawn one pixel wide. Qt strokes
#: a one-pixel antialiased line about six times faster than a wider one (2,527 curves: 36 ms against 180
#: to 290 ms, bench/flows.py), and thousands of small flows read better as fine lines under a few thick ones.
MANY_LINES = 150
#: With many lines, the two thick classes hold about this many of the largest flows (never more than 40 %).
THICK_LINES = 120


def _class_probabilities(n: int, classes: int = 5) -> list[float]:
    """Quantiles that bound the classes: equal counts for a few lines; with many lines the thick classes
    (the last two) keep only the largest flows and the thin classes share the rest."""
    if n <= MANY_LINES:
        return list(np.linspace(0, 1, classes + 1))
    thick = min(0.4, THICK_LINES / n)
    thin = [(1 - thick) * i / (classes - 2) for i in range(classes - 1)]
    return thin + [1 - thick / 4, 1.0]


#: Round numbers the legend's class limits are taken from (times a power of ten).
ROUND_STEPS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.5, 10.0)


def round_break(x: float) -> float:
    """``x`` rounded to the nearest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5 × 10ⁿ (at least 10 for counts)."""
    if x <= 0:
        return 0.0
    if x < 10:
        return float(max(1, round(x)))
    mag = 10 ** int(np.floor(np.log10(x)))
    steps = np.asarray(ROUND_STEPS) * mag
    return float(steps[int(np.argmin(np.abs(np.log(steps) - np.log(x))))])


def class_labels(edges: list[float]) -> list[str]:
    """Legend labels of the classes [edges[i], edges[i+1]) that never overlap: “30 – 99”, “100 – 249”,
    …, “1.000 or more” (counts are shown rounded to whole visitors)."""
    loc = fmt.locale()
    out = []
    n = len(edges) - 1
    for i in range(n):
        lo, hi = edges[i], edges[i + 1]
        lo_text = loc.toString(float(np.floor(lo)), "f", 0)
        if i == n - 1:
            out.append(tr("{n} or more").format(n=lo_text) if n > 1 else f"{lo_text} – {loc.toString(float(np.ceil(hi)), 'f', 0)}")
        else:
            top = np.ceil(hi) - 1 if float(hi).is_integer() else np.floor(hi)
            out.append(f"{lo_text} – {loc.toString(float(max(top, np.floor(lo))), 'f', 0)}")
    return out


def _breaks(values: list[float], classes: int = 5) -> list[float]:
    v = np.asarray(sorted(x for x in values if x > 0))
    if v.size == 0:
        return [0.0, 1.0]
    qs = np.unique(np.quantile(v, _class_probabilities(v.size, classes)))

    def nice(x: float) -> float:
        return round_break(x)
    out = []
    for q in qs:
        r = nice(float(q))
        if not out or r > out[-1]:
            out.append(r)
    out[0] = min(out[0], float(v[0]))
    if out[-1] < v[-1]:
        out[-1] = float(v[-1])
    if len(out) == 1:
        out.append(out[0] * 2 or 1.0)
    return out


def _ranges(values: list[float]) -> list[tuple[float, float, QgsLineSymbol, str]]:
    """Graduated classes (lower, upper, symbol, legend label) for these visitor counts: wider and darker
    lines for larger flows, with an arrowhead at the map edge for far origins.

    With many lines (:data:`MANY_LINES`) only the largest flows are thick, with arrows at the map edge;
    the thin classes are one pixel wide without arrows, so that the arrows at the edge stay few and
    readable and the map redraws in under 100 ms (bench/flows.py)."""
    many = sum(1 for x in values if x and x > 0) > MANY_LINES
    edges = _breaks(values)
    labels = class_labels(edges)
    ramp = QgsStyle.defaultStyle().colorRamp("Blues")
    out = []
    n = len(edges) - 1
    for i in range(n):
        lo, hi = edges[i], edges[i + 1]
        color = ramp.color(0.35 + 0.65 * i / max(1, n - 1)) if ramp else QColor(30, 90, 200)
        thin = many and i < n - 2
        if thin:
            sym = QgsLineSymbol.createSimple({"line_color": color.name(), "line_width": "1",
                                              "line_width_unit": "Pixel", "capstyle": "round"})
        else:
            width = 0.5 + 3.5 * i / max(1, n - 1)
            sym = QgsLineSymbol.createSimple({"line_color": color.name(), "line_width": f"{width:.2f}",
                                              "capstyle": "round"})
        sym.setOpacity(0.85)
        if not thin:  # arrows at the map edge for the thick classes: the largest flows, foreign ones included
            sym.appendSymbolLayer(_edge_arrow(color))
        out.append((lo, hi + (1e-6 if i == n - 1 else 0), sym, labels[i]))
    return out


def layer_levels(layer: QgsVectorLayer) -> list[int]:
    """The aggregation levels present in a flow layer (several: the view that follows the map scale)."""
    idx = layer.fields().indexOf("level")
    if idx < 0:
        return []
    return sorted(int(v) for v in layer.uniqueValues(idx) if v is not None and str(v) != "NULL")


def style_flows(layer: QgsVectorLayer, threshold: int, labels: bool = True) -> None:
    """Graduated width and colour by visitors (one legend), labels at the origin or at the map edge.

    A layer holding several levels (the view that follows the map scale) gets one group of classes per
    level, each drawn only in its scale range (:data:`SCALE_RANGES`), so zooming in reveals finer origins.
    """
    levels = layer_levels(layer)
    country = layer_country(layer) if len(levels) > 1 else None
    order = QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("visitors", True)])
    if len(levels) > 1:
        root = QgsRuleBasedRenderer.Rule(None)
        for level in levels:
            lo_scale, hi_scale = SCALE_RANGES.get(level, (0, 0))
            parent = QgsRuleBasedRenderer.Rule(None, hi_scale, lo_scale, f'"level" = {level}', level_heading(level, country))
            values = [f["visitors"] for f in layer.getFeatures(QgsFeatureRequest().setFilterExpression(f'"level" = {level}'))
                      if f["visitors"] is not None]
            for lo, hi, sym, label in _ranges(values):
                parent.appendChild(QgsRuleBasedRenderer.Rule(sym, 0, 0, f'"visitors" >= {lo!r} AND "visitors" < {hi!r}', label))
            root.appendChild(parent)
        renderer = QgsRuleBasedRenderer(root)
    else:
        values = [f["visitors"] for f in layer.getFeatures() if f["visitors"] is not None]
        renderer = QgsGraduatedSymbolRenderer("visitors", [QgsRendererRange(lo, hi, sym, label) for lo, hi, sym, label in _ranges(values)])
        renderer.setClassAttribute("visitors")
    # draw small flows first, large ones on top
    renderer.setOrderByEnabled(True)
    renderer.setOrderBy(order)
    layer.setRenderer(renderer)
    layer.setCustomProperty("footfall/threshold", threshold)
    layer.setCustomProperty("footfall/kind", "flows")
    if labels:
        set_labels(layer, levels if len(levels) > 1 else None, country)


#: The point where a flow enters the map when its origin lies outside it (else NULL).
#: (Whether the origin is inside is four comparisons, not a geometry test: most flows end here.)
EDGE_POINT = ("with_variable('o', start_point($geometry), CASE WHEN x(@o) >= x_min(@map_extent) AND "
              "x(@o) <= x_max(@map_extent) AND y(@o) >= y_min(@map_extent) AND y(@o) <= y_max(@map_extent) "
              "THEN NULL ELSE start_point(intersection($geometry, buffer(@map_extent, -0.03 * bounds_width(@map_extent)))) END)")


#: Label positions around the label point: turned towards the inside of the map near its edges.
LABEL_POSITIONS = (
    f"with_variable('p', coalesce({EDGE_POINT}, start_point($geometry)), with_variable('c', centroid(@map_extent), "
    "CASE WHEN x(@p) > x(@c) + 0.4 * bounds_width(@map_extent) THEN 'L,TL,BL' "
    "WHEN x(@p) < x(@c) - 0.4 * bounds_width(@map_extent) THEN 'R,TR,BR' "
    "WHEN y(@p) > y(@c) + 0.4 * bounds_height(@map_extent) THEN 'B,BR,BL' "
    "WHEN y(@p) < y(@c) - 0.4 * bounds_height(@map_extent) THEN 'T,TR,TL' "
    "ELSE 'TR,TL,BR,BL,R,L,T,B' END))")


def _edge_arrow(color: QColor) -> QgsGeometryGeneratorSymbolLayer:
    """An arrowhead at the map edge, pointing along the flow, for origins outside the map."""
    marker = QgsMarkerSymbol.createSimple({"name": "filled_arrowhead", "color": color.name(), "size": "4",
                                           "outline_color": "white", "outline_width": "0.3"})
    marker.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertyAngle,
        QgsProperty.fromExpression(
            "line_interpolate_angle(intersection(@geometry_part_geometry, buffer(@map_extent, "
            "-0.03 * bounds_width(@map_extent))), 0) - 90"))
    gen = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": EDGE_POINT, "SymbolType": "Marker"})
    gen.setSubSymbol(marker)
    return gen


def set_labels(layer: QgsVectorLayer, levels: list[int] | None = None, country: str | None = None) -> None:
    """Place name and visitors at the origin, or at the map edge for far origins (with ``levels``: each
    level's labels only in its scale range, its rule named for the data's ``country``)."""
    s = QgsPalLayerSettings()
    s.fieldName = "label"
    s.isExpression = False
    fmt_ = QgsTextFormat()
    fmt_.setFont(QFont("DejaVu Sans"))
    fmt_.setSize(8)
    fmt_.setColor(QColor(20, 40, 80))
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.9)
    buf.setColor(QColor(255, 255, 255, 220))
    fmt_.setBuffer(buf)
    s.setFormat(fmt_)
    s.geometryGeneratorEnabled = True
    s.geometryGeneratorType = QgsWkbTypes.PointGeometry
    s.geometryGenerator = f"coalesce({EDGE_POINT}, start_point($geometry))"
    # around the origin, turned inwards at the map edge; the flow lines are not obstacles (every label
    # crosses lines)
    s.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
    s.dist = 0.6
    # origins close to the venue: their labels are pushed away from the crowd of lines there and joined
    # to their origin by a leader line (a callout), instead of being dropped or piled up
    near = ("distance(start_point($geometry), end_point($geometry)) < 0.06 * bounds_width(@map_extent) "
            "AND $length > 0")
    s.dataDefinedProperties().setProperty(QgsPalLayerSettings.LabelDistance,
                                          QgsProperty.fromExpression(f"CASE WHEN {near} THEN 7 ELSE 0.6 END"))
    from qgis.core import QgsSimpleLineCallout
    callout = QgsSimpleLineCallout()
    callout.setEnabled(True)
    callout.setMinimumLength(1.5)
    line = QgsLineSymbol.createSimple({"line_color": "60,70,90,200", "line_width": "0.25"})
    callout.setLineSymbol(line)
    s.setCallout(callout)
    s.dataDefinedProperties().setProperty(QgsPalLayerSettings.PredefinedPositionOrder,
                                          QgsProperty.fromExpression(LABEL_POSITIONS))
    s.obstacleSettings().setIsObstacle(False)
    s.priority = 5
    s.dataDefinedProperties().setProperty(QgsPalLayerSettings.Priority,
                                          QgsProperty.fromExpression('scale_linear("visitors", 0, maximum("visitors"), 1, 10)'))
    s.displayAll = False
    if levels:
        root = QgsRuleBasedLabeling.Rule(None)
        for level in levels:
            lo_scale, hi_scale = SCALE_RANGES.get(level, (0, 0))
            rule = QgsRuleBasedLabeling.Rule(QgsPalLayerSettings(s), hi_scale, lo_scale, f'"level" = {level}', level_heading(level, country))
            root.appendChild(rule)
        layer.setLabeling(QgsRuleBasedLabeling(root))
    else:
        layer.setLabeling(QgsVectorLayerSimpleLabeling(s))
    layer.setLabelsEnabled(True)



def _drop_labels_near_flows(labels, layers: list, crs, extent) -> None:
    """Remove the place names that would repeat or crowd a flow's own label: those near a flow's origin,
    and those near the venue (where the lines meet)."""
    pts = []
    for lyr in layers:
        if not isinstance(lyr, QgsVectorLayer) or lyr.geometryType() != QgsWkbTypes.LineGeometry:
            continue
        for f in lyr.getFeatures():
            g = f.geometry()
            if g is None or g.isEmpty():
                continue
            line = g.asPolyline() or (g.asMultiPolyline()[0] if g.isMultipart() else [])
            if line:
                pts.append((line[0], 0.025))
                pts.append((line[-1], 0.06))
    if not pts:
        return
    to_map = QgsCoordinateTransform(labels.crs(), crs, QgsProject.instance().transformContext())
    w = extent.width()
    drop = []
    for f in labels.getFeatures():
        p = to_map.transform(f.geometry().asPoint())
        if any((p.x() - q.x()) ** 2 + (p.y() - q.y()) ** 2 < (r * w) ** 2 for q, r in pts):
            drop.append(f.id())
    labels.dataProvider().deleteFeatures(drop)


def render_flow_map(layers: list, crs: QgsCoordinateReferenceSystem, extent, width: int, height: int,
                    title: str, lines: list[str], path: str, *, context: bool = True, lang: str | None = None,
                    online: str = "", online_attribution: str = "", credits: list[str] | None = None,
                    synthetic: bool = False, at_least_note: bool | None = None) -> list[str]:
    """Render ``layers`` (flows on top first) over their geographic context to a PNG of ``width`` ×
    ``height`` pixels: the map with place names, scale bar and north arrow, and under it a caption band
    with the title, ``lines``, the legend and the credits (the context's included), so that no label
    is hidden. Returns the credits printed."""
    from qgis.core import QgsVectorLayer as _VL
    from qgis.PyQt.QtCore import QPointF, QSize
    from qgis.PyQt.QtGui import QFontMetrics, QImage, QPainter, QPen

    from .context import SEA, draw_north_arrow, draw_scale_bar, map_context, north_angle, render

    px = max(1.0, width / 1000.0)
    font = QFont("DejaVu Sans")
    font.setPixelSize(int(20 * px))
    font.setBold(True)
    small = QFont("DejaVu Sans")
    small.setPixelSize(int(13 * px))
    red = QFont(small)
    red.setBold(True)
    fm, fs = QFontMetrics(font), QFontMetrics(small)
    # the flows' legend (graduated classes: colour, width and visitors) on the right of the band
    legend = []
    has_at_least = False
    for lyr in layers:
        r = lyr.renderer() if hasattr(lyr, "renderer") else None
        if isinstance(r, QgsGraduatedSymbolRenderer):
            legend = [(rg.symbol().color(), rg.symbol().width(), rg.label()) for rg in r.ranges()]
            if isinstance(lyr, _VL) and lyr.fields().indexOf("at_least") >= 0:
                has_at_least = any(f["at_least"] for f in lyr.getFeatures())
            break
    if at_least_note is not None:
        has_at_least = at_least_note
    ctx = map_context(extent, crs, lang or language(), online, online_attribution, labels=context,
                      label_limit=30, dots=True) if (context or online) else None
    all_credits = list(credits or []) + (ctx.credits if ctx is not None else [])
    credit_line = " · ".join(dict.fromkeys(c for c in all_credits if c))
    text_lines = list(lines)
    notes = []
    if has_at_least:
        notes.append(tr("≥: at least this many (some daily cells were below the anonymity threshold and are not counted)."))
    if synthetic:
        notes.append(None)  # the synthetic line, in red
    rows_left = len(text_lines) + len(notes) + (1 if credit_line else 0)
    rows = max(rows_left * fs.height() + fm.height(), (len(legend) + 2) * fs.height())
    band = int(rows + 24 * px)
    map_h = max(1, height - band)
    size = QSize(width, map_h)
    above = ctx.above if ctx is not None else []
    for lyr in above:
        _drop_labels_near_flows(lyr, layers, crs, extent)
    below = ctx.below if ctx is not None else []
    for lyr in above:  # place names give way to the flows' labels
        lab = lyr.labeling()
        if lab is not None:
            s = lab.settings()
            s.dataDefinedProperties().setProperty(QgsPalLayerSettings.Priority, QgsProperty.fromExpression('3 - least(2, "rank" / 10)'))
            lyr.setLabeling(QgsVectorLayerSimpleLabeling(s))
    rendered = render(above + list(layers) + below, crs, extent, size, SEA if below else QColor("#f2efe9"))
    img = QImage(width, height, QImage.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing)
    p.drawImage(0, 0, rendered)
    draw_scale_bar(p, 16 * px, map_h - 14 * px, extent, crs, width, px)
    r_ = 20 * px
    draw_north_arrow(p, width - r_ - 14 * px, r_ + 16 * px, 2 * r_ * 0.8, north_angle(extent, crs))
    p.setPen(QColor("#bdb8ad"))
    p.drawLine(0, map_h, width, map_h)
    p.setPen(QColor("#1d1d1d"))
    p.setFont(font)
    lw = (max(fs.horizontalAdvance(lab) for _c, _w, lab in legend) + 70 * px) if legend else 0
    text_w = int(width - lw - 48 * px)
    p.drawText(QPointF(16 * px, map_h + 10 * px + fm.ascent()), fm.elidedText(title, Qt.ElideRight, text_w))
    p.setFont(small)
    y = map_h + 10 * px + fm.height() + fs.ascent()
    for s in text_lines:
        p.drawText(QPointF(16 * px, y), fs.elidedText(s, Qt.ElideRight, text_w))
        y += fs.height()
    for note in notes:
        if note is None:
            from .render import synthetic_text
            p.setFont(red)
            p.setPen(QColor("#b3261e"))
            p.drawText(QPointF(16 * px, y), synthetic_text())
            p.setFont(small)
            p.setPen(QColor("#1d1d1d"))
        else:
            p.drawText(QPointF(16 * px, y), fs.elidedText(note, Qt.ElideRight, text_w))
        y += fs.height()
    if credit_line:
        p.setPen(QColor("#555555"))
        p.drawText(QPointF(16 * px, y), fs.elidedText(credit_line, Qt.ElideRight, text_w))
        p.setPen(QColor("#1d1d1d"))
    if legend:
        x0 = width - lw - 16 * px
        p.drawText(QPointF(x0, map_h + 10 * px + fs.ascent()), tr("Visitors"))
        for i, (color, w_mm, lab) in enumerate(legend):
            yy = map_h + 10 * px + (i + 1) * fs.height() + fs.height() / 2
            p.setPen(QPen(color, max(1.0, w_mm * 96 * px / 25.4), Qt.SolidLine, Qt.RoundCap))
            p.drawLine(QPointF(x0, yy), QPointF(x0 + 50 * px, yy))
            p.setPen(QColor("#1d1d1d"))
            p.drawText(QPointF(x0 + 60 * px, yy + fs.ascent() / 2 - 2), lab)
    p.end()
    from .render import set_metadata, synthetic_text
    set_metadata(img, {"Title": title, "Copyright": credit_line,
                       "Description": " · ".join(s for s in (*lines, synthetic_text() if synthetic else "") if s)})
    img.save(path)
    return all_credits


class FlowLegend(QgsMapLayerLegend):
    """The flows' legend in QGIS's layer tree: what the lines measure, then the classes drawn at the map's
    scale (at most five: the view that follows the scale holds three levels of five classes, of which one
    level is drawn at a time)."""

    def __init__(self, title: str, scale=lambda: 0.0) -> None:
        super().__init__()
        self.title = title
        self.scale = scale

    def items(self, layer) -> list:
        """The legend items of ``layer``'s renderer drawn at the current scale."""
        renderer = layer.renderer()
        if renderer is None:
            return []
        scale = float(self.scale() or 0.0)
        items = [i for i in renderer.legendSymbolItems() if i.symbol() is not None]
        if not isinstance(renderer, QgsRuleBasedRenderer):
            return items
        root = renderer.rootRule()
        parents = {i.parentRuleKey() for i in items}
        by_key = {k: root.findRuleByKey(k) for k in parents if k}
        if scale <= 0:  # no map to ask: the finest level
            finest = next((k for k, r in sorted(by_key.items(), key=lambda kr: kr[1].maximumScale() or 0)
                           if r is not None), None)
            return [i for i in items if i.parentRuleKey() == finest] if finest else items
        return [i for i in items if by_key.get(i.parentRuleKey()) is None or by_key[i.parentRuleKey()].isScaleOK(scale)]

    def createLayerTreeModelLegendNodes(self, node_layer):  # noqa: N802 - QGIS API
        nodes = [QgsSimpleLegendNode(node_layer, self.title)]
        nodes += [QgsSymbolLegendNode(node_layer, item) for item in self.items(node_layer.layer())]
        for n in nodes:  # the layer tree model owns and deletes the nodes, not Python
            sip.transferto(n, None)
        return nodes


#: The flow layers' legends, kept alive as long as their layer (QGIS does not own the Python object).
_LEGENDS: dict[str, FlowLegend] = {}


def legend_title(measure_label: str) -> str:
    """The legend's first line: what the width and colour of a line count."""
    text = measure_label or tr("visitors")
    return tr("Lines: {measure}, summed over the zones and slots shown").format(measure=text)


def set_flow_legend(layer: QgsVectorLayer, measure_label: str, scale=lambda: 0.0) -> FlowLegend:
    """Give ``layer`` the flows' legend (its unit, and the classes drawn at ``scale()``)."""
    legend = FlowLegend(legend_title(measure_label), scale)
    layer.setLegend(legend)
    _LEGENDS[layer.id()] = legend
    layer.willBeDeleted.connect(lambda lid=layer.id(): _LEGENDS.pop(lid, None))
    return legend


def refresh_flow_legends() -> None:
    """The map's scale changed: let every flow legend show the classes now drawn."""
    for legend in list(_LEGENDS.values()):
        try:
            legend.itemsChanged.emit()
        except RuntimeError:  # its layer is gone
            pass
