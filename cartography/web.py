"""The web page for an article (``footfall:export_web_page``, the panel's and the viewer's export): the
plugin's own styles, dates and words in the page's language, a still image for readers without
JavaScript, and the one HTML file written whole or not at all.

What may be published and how the page is put together is ``core/webpage.py``; this module adds what
needs Qt and QGIS. It never installs a translator: the page's language is read from its own
``QTranslator``, so that a page can be written in a background task whatever the interface speaks.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable
from zoneinfo import ZoneInfo

import numpy as np
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext, QgsPointXY,
                       QgsUnitTypes)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QDate, QDateTime, QIODevice, QLocale, QPointF, QRectF, QTimeZone, QTranslator
from qgis.PyQt.QtGui import QColor, QFont, QLinearGradient, QPainter, QPen

from ..core import heat
from ..core import webpage as wp
from ..core.paths import I18N
from ..core.progress import Progress

#: Page languages and the locale of their numbers and dates (those of the post-event report).
LOCALES = {"en": "en_GB", "nl": "nl_BE", "fr": "fr_FR"}
LANGUAGES = tuple(LOCALES)


def translator(lang: str) -> Callable[[str, str], str]:
    """``translate(context, text)`` in ``lang`` from the plugin's .qm file, without installing anything."""
    if lang == "en":
        return lambda _ctx, text: text
    qt = QTranslator()
    if not qt.load(str(I18N / f"footfall_{lang}.qm")):
        raise FileNotFoundError(str(I18N / f"footfall_{lang}.qm"))

    def translate(ctx: str, text: str, _qt=qt) -> str:
        # QTranslator takes the context and source as C strings: UTF-8 bytes, as in the .qm file
        return _qt.translate(ctx.encode("utf-8"), text.encode("utf-8")) or text
    return translate


def page_locale(lang: str) -> QLocale:
    """The locale of the page's numbers and dates, digits grouped (as ``fmt.locale``)."""
    loc = QLocale(LOCALES.get(lang, "en_GB"))
    loc.setNumberOptions(loc.numberOptions() & ~QLocale.OmitGroupSeparator)
    return loc


def locale_info(loc: QLocale) -> dict:
    """What the page's script needs to write numbers as the plugin does."""
    return {"tag": loc.bcp47Name(), "group": loc.groupSeparator(), "decimal": loc.decimalPoint()}


def slot_caption(epoch: float, tz: str, loc: QLocale, translate) -> str:
    """'zaterdag 6 juli 2019, 14:15 (CEST)': the dock's caption of a slot, in the page's language."""
    start = dt.datetime.fromtimestamp(float(epoch), dt.timezone.utc).astimezone(ZoneInfo(tz))
    qdt = QDateTime.fromSecsSinceEpoch(int(start.timestamp()), QTimeZone(tz.encode()))
    return translate("WebPage", "{time} ({zone})").format(time=loc.toString(qdt, "dddd d MMMM yyyy, HH:mm"),
                                                          zone=start.tzname())


def period_caption(a: float, b: float, tz: str, loc: QLocale, translate) -> str:
    """An origin slot: the day ('zaterdag 6 juli 2019') when it is one local day, else its start and end."""
    zone = ZoneInfo(tz)
    s = dt.datetime.fromtimestamp(float(a), dt.timezone.utc).astimezone(zone)
    e = dt.datetime.fromtimestamp(float(b), dt.timezone.utc).astimezone(zone)
    qz = QTimeZone(tz.encode())
    qs = QDateTime.fromSecsSinceEpoch(int(a), qz)
    if s.time() == dt.time(0) and e.time() == dt.time(0) and (e.date() - s.date()).days == 1:
        return loc.toString(qs, "dddd d MMMM yyyy")
    qe = QDateTime.fromSecsSinceEpoch(int(b), qz)
    return translate("WebPage", "{start} – {end}").format(start=loc.toString(qs, "dddd d MMMM yyyy, HH:mm"),
                                                          end=loc.toString(qe, "HH:mm" if s.date() == e.date() else "d MMMM yyyy, HH:mm"))


def zone_classes(ds) -> list[dict]:
    """The zone layer's fixed scale (``cartography.layers``) as plain data for the page."""
    from .layers import count_classes, dataset_limits
    limits, maximum = dataset_limits(ds)
    return [{"lo": float(lo), "hi": float(hi), "color": c.name()}
            for lo, hi, c in count_classes(limits, int(ds.metadata.threshold), maximum)]


def flow_classes(values: list[float]) -> list[dict]:
    """The flow map's classes (``cartography.flow_layer``) for these visitor counts, as plain data: colour,
    width in CSS pixels (96 dpi) and whether the class is drawn one pixel wide."""
    from .flow_layer import _ranges
    out = []
    for lo, hi, sym, _label in _ranges([v for v in values if v > 0] or [1.0]):
        thin = sym.outputUnit() == QgsUnitTypes.RenderPixels
        width = float(sym.width()) if thin else float(sym.width()) * 96.0 / 25.4
        out.append({"lo": float(lo), "hi": float(hi), "color": sym.color().name(), "width": round(width, 2),
                    "opacity": round(float(sym.opacity()), 2), "thin": bool(thin)})
    return out


def level_flow_classes(figures: wp.FlowFigures, top_n: int) -> dict[int, list[dict]]:
    """Per level, the classes of the plugin's flow layer for the lines the page draws: the day values of the
    ``top_n`` largest origins of the unfiltered view (one fixed scale for every day and profile)."""
    out = {}
    for level, items in figures.flows.items():
        def total(it):
            if wp.ALL in it["values"]:
                return it["values"][wp.ALL]
            return np.sum([v for v in it["values"].values()], axis=0)
        per = [total(it) for it in items]
        order = np.argsort([-float(v.sum()) for v in per], kind="stable")[: top_n or None]
        vals = [float(x) for i in order for x in per[i] if x > 0]
        out[level] = flow_classes(vals)
    return out


def _flow_points(figures: wp.FlowFigures | None, top_n: int) -> list[tuple[float, float]]:
    """Where the drawn origins are (the largest ``top_n`` of each level), for the context's extent."""
    if figures is None:
        return []
    pts = []
    for items in figures.flows.values():
        for it in items[: max(1, top_n)]:
            if it["place"] is not None:
                pts.append((it["place"].lon, it["place"].lat))
    return pts


def venue_lonlat(ds) -> tuple[float, float] | None:
    """Where the flows end: the visitor-weighted centre of the zones (as the plugin's flow layer), WGS 84."""
    from .geometry import weighted_venue, zone_centroids
    crs = QgsCoordinateReferenceSystem(heat.ensure_projected(ds))
    p = weighted_venue(ds, zone_centroids(ds), None)
    if p is None:
        return None
    # a default context, not the project's: this may run in a background task
    t = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext())
    q = t.transform(QgsPointXY(p))
    return q.x(), q.y()


def still_image(cube, crs: str, vmax: float, slot: int, caption: str, title: str, subtitle: str, unit: str, top: str,
                credit: str, lang: str, width: int = 960, height: int = 720, quality: int = 80) -> bytes:
    """The heat of one slot as a JPEG (the page's ``<noscript>`` image): the animation's frame renderer, with
    the plugin's context layers, and the caption and legend in the page's language."""
    from .render import FrameRenderer

    class _Still(FrameRenderer):
        def caption(self, t: int) -> str:  # noqa: D401 - the page's own words
            return caption

        def _draw_legend(self, p: QPainter) -> None:
            W, H, px = self.size.width(), self.size.height(), self.px
            font = QFont("DejaVu Sans")
            font.setPixelSize(int(13 * px))
            p.setFont(font)
            fm = p.fontMetrics()
            bar_w, bar_h = int(220 * px), int(12 * px)
            box_w = max(bar_w, fm.horizontalAdvance(unit)) + 24 * px
            box_h = bar_h + 2 * fm.height() + 24 * px
            rect = QRectF(W - box_w - 12 * px, H - box_h - 12 * px, box_w, box_h)
            self._box(p, rect)
            grad = QLinearGradient(rect.left() + 12 * px, 0, rect.left() + 12 * px + bar_w, 0)
            for i in range(0, 256, 32):
                r, g, b, _a = (int(v) for v in self.lut[max(1, i)])
                grad.setColorAt(i / 255.0, QColor(r, g, b, 255))
            r, g, b, _a = (int(v) for v in self.lut[255])
            grad.setColorAt(1.0, QColor(r, g, b, 255))
            bar = QRectF(rect.left() + 12 * px, rect.top() + 12 * px + fm.height(), bar_w, bar_h)
            p.fillRect(bar, grad)
            p.setPen(QPen(QColor("#555555"), 1))
            p.drawRect(bar)
            p.setPen(QColor("#1d1d1d"))
            p.drawText(QPointF(rect.left() + 12 * px, rect.top() + 8 * px + fm.ascent()), unit)
            y = bar.bottom() + 4 * px + fm.ascent()
            p.drawText(QPointF(bar.left(), y), "0")
            p.drawText(QPointF(bar.right() - fm.horizontalAdvance(top), y), top)

    r = _Still(cube, QgsCoordinateReferenceSystem(crs), width, height, vmax, "UTC", title, credit,
               subtitle=subtitle, lang=lang, context=True)
    img = r.render(slot)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    img.convertToFormat(img.Format_RGB32).save(buf, "JPG", quality)
    buf.close()
    return bytes(data)


def build_web_page(ds, path: str, options: wp.WebPageOptions, progress: Progress | None = None) -> dict:
    """Write the page of ``ds`` to ``path`` (whole or not at all). Returns what was written: size in bytes,
    slots shown and in the data, whether and how slots were thinned, the heat scale's top."""
    progress = progress or Progress()
    lang = options.language if options.language in LOCALES else "en"
    options.language = lang
    translate = translator(lang)
    loc = page_locale(lang)
    meta = ds.metadata
    tz = meta.timezone
    texts = wp.page_texts(translate)
    measure = wp.measure_of(ds, translate, ds.default_measure() or "presence")
    texts = wp.measure_texts(texts, measure, translate)
    if not ds.zones_wkt():
        raise ValueError(translate("WebPage", "The web page needs zone geometry: give a zone layer."))
    crs = heat.ensure_projected(ds)
    progress.set(2)
    figures = wp.published_figures(ds, options.flows, progress.sub(2, 45))
    progress.check()
    # the heat: the plugin's cube (the panel's kernel) for the colour scale's top and the still image
    cube, _zones, _supp = heat.cube_for_dataset(ds, heat.HeatParams(radius=options.radius, pixel=options.pixel))
    vmax = float(cube.scale_max(options.scale_quantile)) or 1.0
    progress.set(65)
    progress.check()
    starts = figures.cells.starts
    captions = [slot_caption(s, tz, loc, translate) for s in starts]
    flow_caps = [period_caption(a, b, tz, loc, translate) for a, b in figures.flows.slots] if figures.flows else []
    generated = loc.toString(QDate.currentDate(), "d MMMM yyyy")
    style = wp.PageStyle(
        zone_classes=zone_classes(ds), heat_vmax=vmax, heat_lut=heat.ramp_lut(),
        flow_classes=level_flow_classes(figures.flows, options.flow_top_n) if figures.flows else {},
        slot_captions=captions, flow_slot_captions=flow_caps, locale=locale_info(loc),
        venue=venue_lonlat(ds) if figures.flows else None, generated=generated,
        context=context_layers(wp.encode_zones(ds.zones_wkt(), ds.metadata.crs, figures.cells.zone_ids)[2], lang,
                               _flow_points(figures.flows, options.flow_top_n) if options.flows else None))
    totals = np.nansum(np.where(np.isfinite(wp.view_values(figures.cells.views, figures.cells.profiles, None)),
                                wp.view_values(figures.cells.views, figures.cells.profiles, None), 0.0), axis=1)
    peak = int(np.argmax(totals)) if len(totals) else 0
    cube_peak = int(np.argmin(np.abs(cube.starts - starts[peak]))) if len(starts) else 0
    top = translate("WebPage", "≥ {value}").format(value=loc.toString(vmax, "f", 0))
    from ..core.demo import demo_of
    synthetic = demo_of(meta.source_name) is not None
    if synthetic:  # a built-in demo says so, in the page's language, under the title and in the still
        texts["synthetic"] = translate("WebPage", "Synthetic demo data – not a measurement")
    still = still_image(cube, crs, vmax, cube_peak, captions[peak] if captions else "", options.title,
                        " · ".join(x for x in (options.subtitle, texts.get("synthetic", "")) if x),
                        texts["legend_heat"], top, options.credit or meta.operator, lang)
    progress.set(80)
    progress.check()
    profile_labels = {"resident": translate("WebPage", "Residents"), "day_visitor": translate("WebPage", "Day visitors"),
                      "overnight_visitor": translate("WebPage", "Overnight visitors"),
                      "commuter": translate("WebPage", "Commuters"), "transit": translate("WebPage", "Transit"),
                      "visitor": translate("WebPage", "Visitors")}
    from .flow_layer import SCALE_RANGES

    def origin_name(item) -> str:
        place = item["place"]
        if not item["other"]:
            return place.name(lang) if place is not None else ""
        if place is None:
            return texts["other_origins"]
        return texts["other_origins_in"].format(place=place.name(lang))

    headings = {lvl: texts.get(f"level_{lvl}", "") for lvl in (1, 2, 3, 4)}
    fixed = len(still) * 4 // 3 + 400_000  # the still (base64), the library and the script
    data = wp.page_data(ds, figures, style, texts, options, origin_name, [], measure,
                        profile_labels, headings, SCALE_RANGES, fixed)
    data["source"] = wp.source_lines(translate, ds, options, loc.toString(vmax, "f", 0), generated,
                                     data["slots"]["thinned"], data["flows"] is not None)
    progress.set(90)
    html_text = wp.render_html(data, texts, still)
    size = wp.write_page(path, html_text)
    progress.set(100)
    return {"bytes": size, "slots": len(data["slots"]["start"]), "slots_in_data": len(starts),
            "thinned": data["slots"]["thinned"], "vmax": vmax, "path": path}


def context_layers(bounds: tuple[float, float, float, float] | None, lang: str,
                   points: list[tuple[float, float]] | None = None) -> list[dict]:
    """The offline context of the plugin's maps (``core.boundaries``, ``cartography.context``) as the page's
    ``context`` entries (``docs/web-page.md``): land and country borders over the zones and every drawn
    origin, province and département borders (from a regional view on, as on the plugin's maps), the
    municipalities' names on the city map and the countries' on a map of Europe."""
    from ..core import boundaries
    from .context import ADMIN, ADMIN_MIN_KM, BORDER, LABEL, LAND, SEA
    if bounds is None:
        return []
    x0, y0, x1, y1 = bounds
    xs = [x0, x1] + [p[0] for p in points or []]
    ys = [y0, y1] + [p[1] for p in points or []]
    # the reach of the flows, within Europe and its neighbours (a far origin is drawn at the map's edge)
    ext = (max(-30.0, min(xs) - 2), max(30.0, min(ys) - 2), min(50.0, max(xs) + 2), min(72.0, max(ys) + 2))
    region = boundaries.degrees_around((x0 + x1) / 2, (y0 + y1) / 2, 400)
    out = [
        {"name": "land", "kind": "polygon", "unit": wp.CONTEXT_UNIT, "attribution": boundaries.ATTRIBUTION,
         "style": {"fill": LAND.name(), "fill_opacity": 1, "color": BORDER.name(), "width": 1.2, "sea": SEA.name()},
         "features": wp.encode_geojson(boundaries.geojson(ext, ("country",), 0.005)), "extent": list(ext)},
        {"name": "admin", "kind": "line", "unit": wp.CONTEXT_UNIT, "attribution": boundaries.ATTRIBUTION,
         "style": {"color": ADMIN.name(), "width": 0.8}, "min_width_km": ADMIN_MIN_KM,
         "features": wp.encode_geojson(boundaries.geojson(region, ("be_province", "fr_department"), 0.003))},
        {"name": "places", "kind": "label", "attribution": boundaries.PLACES_ATTRIBUTION,
         "style": {"color": LABEL.name()}, "max_width_km": 150.0,
         "features": [{"name": p["name"], "point": [round(p["lon"], 5), round(p["lat"], 5)]}
                      for p in boundaries.place_labels(bounds, lang, 30)]},
        {"name": "countries", "kind": "label", "attribution": boundaries.PLACES_ATTRIBUTION,
         "style": {"color": LABEL.name()}, "min_width_km": 500.0,
         "features": [{"name": p["name"], "point": [round(p["lon"], 5), round(p["lat"], 5)]}
                      for p in boundaries.place_labels(ext, lang, 40) if p["level"] == "country"]},
    ]
    return out
