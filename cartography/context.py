"""Geographic context under (and over) every map Footfall draws: land and country outlines, Belgian
provinces and regions, French départements, place labels, a scale bar and a north arrow; offline by
default from the bundled data (``core.boundaries``), or an online basemap (OpenStreetMap or a user's XYZ
source) when the user asks for it, with its credit added and a clear message when it cannot be loaded.

Used by the animation frames (``render.py``), the flow maps (``flow_layer.py``), the report's maps, the
zone stills, the viewer and the plugin's *Add context layers to the project*.
"""

from __future__ import annotations

import dataclasses
import math

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsExpressionContext,
                       QgsExpressionContextUtils, QgsFeature, QgsField, QgsFillSymbol, QgsGeometry,
                       QgsLineSymbol, QgsMapRendererParallelJob, QgsMapSettings, QgsNullSymbolRenderer,
                       QgsPalLayerSettings, QgsPointXY, QgsProject, QgsProperty, QgsRasterLayer, QgsRectangle,
                       QgsRuleBasedRenderer, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, QVariant
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF

from ..core import boundaries

#: Colours of the offline context: sea, land, borders, place names.
SEA = QColor("#d8e5ee")
LAND = QColor("#f3f1ec")
BORDER = QColor("#8f887c")
ADMIN = QColor("#aaa397")
LABEL = QColor("#3b3b3b")

#: Maps narrower than this (km) do not draw the provinces and départements (too coarse at city scale).
ADMIN_MIN_KM = 80.0
OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("FootfallContext", text)


def basemap_options() -> list[tuple[str, str]]:
    """(value, translated label) of the basemap choices offered in dialogs."""
    return [("", tr("Bundled context (offline): countries, provinces, départements, place names")),
            ("osm", tr("OpenStreetMap (online; tiles are downloaded)")),
            ("xyz", tr("Your own XYZ tile source (online)"))]


@dataclasses.dataclass
class MapContext:
    """The layers of a map's context and what the map must say about them."""

    below: list  # drawn under the data (land, borders, or the online basemap)
    above: list  # drawn over the data (place labels)
    credits: list[str]  # credit lines to print on the map
    message: str = ""  # why the online basemap is not shown (offline), else empty
    online: bool = False

    def credit_text(self) -> str:
        """The credits joined for an attribution line."""
        return " · ".join(dict.fromkeys(c for c in self.credits if c))


def _to_wgs84(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> tuple[float, float, float, float]:
    if crs.isGeographic() and crs.authid() == "EPSG:4326":
        e = extent
    else:
        e = QgsCoordinateTransform(crs, WGS84, QgsProject.instance().transformContext()).transformBoundingBox(extent)
    return e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum()


def _polygon_layer(kind: str, extent_deg, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=id:string", name, "memory")
    feats = []
    for f in boundaries.in_extent(kind, extent_deg):
        feat = QgsFeature(layer.fields())
        feat.setGeometry(QgsGeometry.fromWkt(boundaries.geometry_wkt(f["geometry"])))
        feat.setAttributes([f["properties"]["id"]])
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer


def land_layer(extent_deg, name: str | None = None) -> QgsVectorLayer:
    """Countries meeting the extent: land filled, borders drawn."""
    layer = _polygon_layer("country", extent_deg, name or tr("Countries (Natural Earth)"))
    sym = QgsFillSymbol.createSimple({"color": LAND.name(), "outline_color": BORDER.name(),
                                      "outline_width": "0.35", "joinstyle": "round"})
    layer.renderer().setSymbol(sym)
    layer.setAttribution(boundaries.ATTRIBUTION)
    return layer


def admin_layer(extent_deg, country_codes: set[str] | None = None, name: str | None = None) -> QgsVectorLayer:
    """Belgian regions and provinces and French départements meeting the extent, as outlines only."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=id:string&field=kind:string",
                           name or tr("Provinces, regions, départements (Natural Earth)"), "memory")
    feats = []
    for kind in ("be_province", "fr_department", "be_region"):
        for f in boundaries.in_extent(kind, extent_deg):
            feat = QgsFeature(layer.fields())
            feat.setGeometry(QgsGeometry.fromWkt(boundaries.geometry_wkt(f["geometry"])))
            feat.setAttributes([f["properties"]["id"], kind])
            feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    thin = QgsFillSymbol.createSimple({"style": "no", "outline_color": ADMIN.name(), "outline_width": "0.25",
                                       "outline_style": "dash"})
    region = QgsFillSymbol.createSimple({"style": "no", "outline_color": BORDER.name(), "outline_width": "0.4",
                                         "outline_style": "dash"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(thin, 0, 0, "\"kind\" <> 'be_region'", tr("Provinces, départements")))
    root.appendChild(QgsRuleBasedRenderer.Rule(region, 0, 0, "\"kind\" = 'be_region'", tr("Belgian regions")))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.setAttribution(boundaries.ATTRIBUTION)
    return layer


def labels_layer(extent_deg, lang: str = "en", limit: int = 30, dots: bool = False,
                 name: str | None = None) -> QgsVectorLayer:
    """Place names from the gazetteers, larger places with larger type and first in line when labels
    collide (QGIS's labelling engine drops the ones that would overlap)."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", name or tr("Place names (GeoNames)"), "memory")
    pr = layer.dataProvider()
    pr.addAttributes([QgsField("name", QVariant.String), QgsField("rank", QVariant.Int),
                      QgsField("country", QVariant.Int)])
    layer.updateFields()
    feats = []
    for i, d in enumerate(boundaries.place_labels(extent_deg, lang, limit)):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(d["lon"], d["lat"])))
        f.setAttributes([d["name"], i, 1 if d["level"] == "country" else 0])
        feats.append(f)
    pr.addFeatures(feats)
    layer.updateExtents()
    if dots:
        from qgis.core import QgsMarkerSymbol, QgsSingleSymbolRenderer
        dot = QgsMarkerSymbol.createSimple({"name": "circle", "color": LABEL.name(), "size": "1.1",
                                           "outline_style": "no"})
        dot.symbolLayer(0).setDataDefinedProperty(
            dot.symbolLayer(0).PropertySize, QgsProperty.fromExpression('CASE WHEN "country" = 1 THEN 0 ELSE 1.1 END'))
        layer.setRenderer(QgsSingleSymbolRenderer(dot))
    else:
        layer.setRenderer(QgsNullSymbolRenderer())
    s = QgsPalLayerSettings()
    s.fieldName = "name"
    fmt_ = QgsTextFormat()
    font = QFont("DejaVu Sans")
    fmt_.setFont(font)
    fmt_.setSize(8)
    fmt_.setColor(LABEL)
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(1.0)
    buf.setColor(QColor(255, 255, 255, 230))
    fmt_.setBuffer(buf)
    s.setFormat(fmt_)
    s.placement = QgsPalLayerSettings.AroundPoint if dots else QgsPalLayerSettings.OverPoint
    s.dist = 0.8
    props = s.dataDefinedProperties()
    props.setProperty(QgsPalLayerSettings.Size, QgsProperty.fromExpression(
        'CASE WHEN "country" = 1 THEN 9 WHEN "rank" < 3 THEN 9 WHEN "rank" < 10 THEN 8 ELSE 7 END'))
    props.setProperty(QgsPalLayerSettings.Bold, QgsProperty.fromExpression('"rank" < 3 AND "country" = 0'))
    props.setProperty(QgsPalLayerSettings.Italic, QgsProperty.fromExpression('"country" = 1'))
    props.setProperty(QgsPalLayerSettings.Color, QgsProperty.fromExpression(
        "CASE WHEN \"country\" = 1 THEN '#6b6458' ELSE '#3b3b3b' END"))
    props.setProperty(QgsPalLayerSettings.Priority, QgsProperty.fromExpression('10 - least(9, "rank" / 3)'))
    s.displayAll = False
    layer.setLabeling(QgsVectorLayerSimpleLabeling(s))
    layer.setLabelsEnabled(True)
    layer.setAttribution(boundaries.PLACES_ATTRIBUTION)
    return layer


def online_layer(source: str, attribution: str = "") -> tuple[QgsRasterLayer, str]:
    """An XYZ tile layer: ``source`` "osm" or a URL template with {x}, {y}, {z}. Returns the layer and its
    credit (OpenStreetMap's is added automatically; a custom source's is the one given)."""
    if source == "osm":
        url, credit, name = OSM_URL, tr("© OpenStreetMap contributors"), tr("OpenStreetMap")
    else:
        url, credit, name = source, attribution, tr("Online basemap")
    uri = f"type=xyz&url={url}&zmax=19&zmin=0"
    layer = QgsRasterLayer(uri, name, "wms")
    layer.setAttribution(credit)
    return layer, credit


def _blank(img: QImage) -> bool:
    """True when an image holds no opaque pixel (an online layer that loaded no tile)."""
    import numpy as np
    im = img.convertToFormat(QImage.Format_ARGB32)
    ptr = im.constBits()
    ptr.setsize(im.bytesPerLine() * im.height())
    a = np.frombuffer(ptr, np.uint8).reshape(im.height(), im.bytesPerLine())[:, 3: 4 * im.width(): 4]
    return not bool((a > 0).any())


def map_context(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem, lang: str = "en",
                basemap: str = "", attribution: str = "", labels: bool = True, label_limit: int = 30,
                dots: bool = False, check_size: QSize | None = None) -> MapContext:
    """The context of a map of ``extent`` in ``crs``: the bundled layers (default), or an online basemap
    (``basemap`` "osm" or an XYZ URL) with the bundled place names over it. An online basemap that
    loads nothing (no connection) is replaced by the bundled layers, and ``message`` says so."""
    ext = _to_wgs84(extent, crs)
    pad = 0.05 * max(ext[2] - ext[0], ext[3] - ext[1])
    ext_pad = (ext[0] - pad, ext[1] - pad, ext[2] + pad, ext[3] + pad)
    above = [labels_layer(ext, lang, label_limit, dots)] if labels else []
    credits = [boundaries.PLACES_ATTRIBUTION] if labels else []
    if basemap:
        layer, credit = online_layer(basemap, attribution)
        if layer.isValid():
            img = render([layer], crs, extent, check_size or QSize(256, 256), QColor(0, 0, 0, 0))
            if not _blank(img):
                return MapContext([layer], above, [credit] + credits, "", True)
        message = tr("The online basemap could not be loaded (no internet connection?); the bundled "
                     "context layers are drawn instead.")
    else:
        message = ""
    width_km = (ext[2] - ext[0]) * 111.32 * math.cos(math.radians((ext[1] + ext[3]) / 2))
    # Natural Earth's provinces and départements are drawn at 1:10 million: on a city map their lines
    # would cross the streets they stand for, so they appear from a regional map on
    below = ([admin_layer(ext_pad)] if width_km >= ADMIN_MIN_KM else []) + [land_layer(ext_pad)]  # first on top
    return MapContext(below, above, [boundaries.ATTRIBUTION] + credits, message, False)


def render(layers: list, crs: QgsCoordinateReferenceSystem, extent: QgsRectangle, size: QSize,
           background: QColor = SEA, dpi: float | None = None) -> QImage:
    """Render ``layers`` (first on top) at ``size``; ``@map_extent`` is set for layers' expressions;
    symbols and labels grow with the image (96 dpi at 1,000 px wide, up to 2.2 times that)."""
    ms = QgsMapSettings()
    ms.setLayers(list(layers))
    ms.setDestinationCrs(crs)
    ms.setOutputSize(size)
    ms.setExtent(extent)
    ms.setBackgroundColor(background)
    ms.setOutputDpi(dpi or 96.0 * min(2.2, max(1.0, size.width() / 1000.0)))
    ctx = QgsExpressionContext()
    ctx.appendScope(QgsExpressionContextUtils.mapSettingsScope(ms))
    ms.setExpressionContext(ctx)
    from qgis.core import QgsMapRendererSequentialJob
    from qgis.PyQt.QtCore import QThread
    from qgis.PyQt.QtWidgets import QApplication
    app = QApplication.instance()
    # in a task's worker thread, render in that thread (the parallel job would hand back to the GUI's loop)
    main = app is not None and QThread.currentThread() == app.thread()
    job = QgsMapRendererParallelJob(ms) if main else QgsMapRendererSequentialJob(ms)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


# -- scale bar and north arrow ----------------------------------------------------------------------
def _metres_per_unit(crs: QgsCoordinateReferenceSystem, extent: QgsRectangle) -> float:
    if crs.isGeographic():
        lat = extent.center().y()
        return 111_320.0 * max(0.05, math.cos(math.radians(lat)))
    from qgis.core import QgsUnitTypes
    return QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), QgsUnitTypes.DistanceMeters)


def nice_length(max_metres: float) -> float:
    """The largest 1, 2 or 5 × 10ⁿ metres not above ``max_metres``."""
    if max_metres <= 0:
        return 0.0
    p = 10 ** math.floor(math.log10(max_metres))
    for m in (5, 2, 1):
        if m * p <= max_metres:
            return m * p
    return p


def length_text(metres: float) -> str:
    """“500 m”, “2 km” in the interface's number format."""
    from . import fmt
    if metres >= 1000:
        return tr("{n} km").format(n=fmt.number(metres / 1000.0, 0 if metres % 1000 == 0 else 1))
    return tr("{n} m").format(n=fmt.number(metres, 0))


def draw_scale_bar(p: QPainter, x: float, y: float, extent: QgsRectangle, crs, width_px: int,
                   px: float = 1.0) -> QRectF:
    """A scale bar whose left end is at (x, y) (baseline), about a fifth of the map wide; returns its box."""
    m_per_px = extent.width() * _metres_per_unit(crs, extent) / max(1, width_px)
    metres = nice_length(m_per_px * width_px / 5.0)
    if metres <= 0:
        return QRectF()
    bar = metres / m_per_px
    font = QFont("DejaVu Sans")
    font.setPixelSize(int(round(11 * px)))
    p.setFont(font)
    fm = p.fontMetrics()
    text = length_text(metres)
    h = 5 * px
    box = QRectF(x - 6 * px, y - h - fm.height() - 8 * px, bar + 12 * px + fm.horizontalAdvance(text) / 2,
                 h + fm.height() + 14 * px)
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(255, 255, 255, 200))
    p.drawRoundedRect(box, 4 * px, 4 * px)
    p.setBrush(QColor("#333333"))
    p.drawRect(QRectF(x, y - h, bar / 2, h))
    p.setBrush(QColor("#ffffff"))
    p.setPen(QPen(QColor("#333333"), max(1.0, px)))
    p.drawRect(QRectF(x + bar / 2, y - h, bar / 2, h))
    p.setBrush(Qt.NoBrush)
    p.drawRect(QRectF(x, y - h, bar, h))
    p.setPen(QColor("#222222"))
    p.drawText(QPointF(x, y - h - 4 * px), "0")
    p.drawText(QPointF(x + bar - fm.horizontalAdvance(text) / 2, y - h - 4 * px), text)
    return box


def north_angle(extent: QgsRectangle, crs) -> float:
    """Degrees clockwise from the top of the map to true north at the map's centre."""
    if crs.isGeographic():
        return 0.0
    ct = QgsCoordinateTransform(crs, WGS84, QgsProject.instance().transformContext())
    c = extent.center()
    ll = ct.transform(c)
    back = QgsCoordinateTransform(WGS84, crs, QgsProject.instance().transformContext())
    north = back.transform(QgsPointXY(ll.x(), ll.y() + 0.01))
    return math.degrees(math.atan2(north.x() - c.x(), north.y() - c.y()))


def draw_north_arrow(p: QPainter, cx: float, cy: float, size: float, angle: float = 0.0) -> None:
    """A north arrow centred at (cx, cy), ``size`` pixels tall, turned by ``angle`` degrees."""
    p.save()
    p.translate(cx, cy)
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(255, 255, 255, 200))
    p.drawEllipse(QPointF(0, 0), size * 0.62, size * 0.62)
    p.rotate(angle)
    half = size / 2
    left = QPolygonF([QPointF(0, -half), QPointF(-half * 0.45, half * 0.55), QPointF(0, half * 0.3)])
    right = QPolygonF([QPointF(0, -half), QPointF(half * 0.45, half * 0.55), QPointF(0, half * 0.3)])
    p.setBrush(QColor("#333333"))
    p.drawPolygon(left)
    p.setBrush(QColor("#ffffff"))
    p.setPen(QPen(QColor("#333333"), max(1.0, size / 30)))
    p.drawPolygon(right)
    font = QFont("DejaVu Sans")
    font.setPixelSize(int(size * 0.36))
    font.setBold(True)
    p.setFont(font)
    fm = p.fontMetrics()
    p.setPen(QColor("#222222"))
    p.drawText(QPointF(-fm.horizontalAdvance("N") / 2, -half - 2), "N")
    p.restore()


# -- QGIS desktop -------------------------------------------------------------------------------------
def add_to_project(project: QgsProject, extent: QgsRectangle | None = None, crs=None, lang: str = "en",
                   osm: bool = False):
    """Add the bundled context layers (and, with ``osm``, QGIS's OpenStreetMap layer) to ``project`` in a
    group *Context* at the bottom of the layer tree; returns the group. Nothing else of the project
    changes."""
    if extent is not None and crs is not None:
        ext = _to_wgs84(extent, crs)
        pad = 0.5 * max(ext[2] - ext[0], ext[3] - ext[1])
        ext = (ext[0] - pad, ext[1] - pad, ext[2] + pad, ext[3] + pad)
    else:
        ext = (-25.0, 34.0, 45.0, 72.0)
    admin = admin_layer(ext)
    # Natural Earth's provinces and départements are too coarse for a city map: shown from 1:400,000 out
    admin.setScaleBasedVisibility(True)
    admin.setMaximumScale(400_000)
    admin.setMinimumScale(0)
    layers = [labels_layer(ext, lang, 60, dots=True), admin, land_layer(None)]
    if osm:
        layers.append(online_layer("osm")[0])
    root = project.layerTreeRoot()
    group = root.insertGroup(len(root.children()), tr("Context (Natural Earth, GeoNames)"))
    for layer in layers:
        layer.setCustomProperty("footfall/context", True)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return group
