"""A still of the zone layer at one time slot (the ``*_peak.png`` of the demo, the report): the zones on
their fixed classes over the geographic context, with title, local time, legend, source and credits,
scale bar and north arrow, like the heat still."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from qgis.core import QgsDateTimeRange, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QPointF, QRectF, QSize, Qt, QTimeZone
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from ..core.fsutil import atomic_file
from . import fmt


def tr(text: str) -> str:
    """Translate in the still's context."""
    return QCoreApplication.translate("FootfallStill", text)


def peak_subtitle() -> str:
    """The subtitle of a zone still at the busiest slot."""
    return tr("People present per zone at the busiest time slot")


def _box(p: QPainter, rect: QRectF, px: float) -> None:
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(255, 255, 255, 220))
    p.drawRoundedRect(rect, 6 * px, 6 * px)


def zone_still(layer, start: float, end: float, timezone: str, path: str, title: str = "", subtitle: str = "",
               source: str = "", credit: str = "", width: int = 1080, height: int = 1080, lang: str | None = None,
               synthetic: bool = False, online: str = "") -> list[str]:
    """Render ``layer`` (temporal zone layer) at the slot [start, end) (epoch seconds) to a PNG, whole or
    not at all; returns the credits printed."""
    from .context import SEA, draw_north_arrow, draw_scale_bar, map_context, north_angle, render
    from .flow_layer import language
    from .render import synthetic_text
    size = QSize(width, height)
    px = max(1.0, min(width, height * 1.4) / 960.0)
    ext = QgsRectangle(layer.extent())
    h = ext.height()
    ext = QgsRectangle(ext.xMinimum(), ext.yMinimum() - 0.10 * h, ext.xMaximum(), ext.yMaximum() + 0.22 * h)
    aspect = width / height
    if ext.width() / ext.height() < aspect:
        g = (ext.height() * aspect - ext.width()) / 2
        ext = QgsRectangle(ext.xMinimum() - g, ext.yMinimum(), ext.xMaximum() + g, ext.yMaximum())
    else:
        g = (ext.width() / aspect - ext.height()) / 2
        ext = QgsRectangle(ext.xMinimum(), ext.yMinimum() - g, ext.xMaximum(), ext.yMaximum() + g)
    crs = layer.crs()
    ctx = map_context(ext, crs, lang or language(), online, labels=True, label_limit=24)
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings
    ms = QgsMapSettings()
    ms.setLayers(ctx.above + [layer] + ctx.below)
    ms.setDestinationCrs(crs)
    ms.setOutputSize(size)
    ms.setExtent(ext)
    ms.setBackgroundColor(SEA)
    ms.setOutputDpi(96.0 * min(2.2, max(1.0, width / 1000.0)))
    utc = QTimeZone(b"UTC")
    t0, t1 = float(start), float(end)
    if layer.fields().indexOf("clock_start") >= 0:  # the layer filters on local clock time (core/clock.py)
        import numpy as np
        from ..core.clock import clock_epochs
        t0, t1 = (float(v) for v in clock_epochs(np.array([[t0, t1]]), timezone)[0])
    ms.setIsTemporal(True)
    ms.setTemporalRange(QgsDateTimeRange(QDateTime.fromMSecsSinceEpoch(int(round(t0 * 1000)), utc),
                                         QDateTime.fromMSecsSinceEpoch(int(round(t1 * 1000)), utc), True, False))
    job = QgsMapRendererParallelJob(ms)
    job.start()
    job.waitForFinished()
    img = job.renderedImage().convertToFormat(QImage.Format_ARGB32)
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing)
    # caption
    local = dt.datetime.fromtimestamp(float(start), dt.timezone.utc).astimezone(ZoneInfo(timezone))
    qdt = QDateTime.fromSecsSinceEpoch(int(start), QTimeZone(timezone.encode()))
    when = tr("{time} ({zone})").format(time=fmt.locale().toString(qdt, "dddd d MMMM yyyy, HH:mm"), zone=local.tzname())
    big, mid, bold = QFont("DejaVu Sans"), QFont("DejaVu Sans"), QFont("DejaVu Sans")
    big.setPixelSize(int(22 * px))
    big.setBold(True)
    mid.setPixelSize(int(15 * px))
    bold.setPixelSize(int(17 * px))
    bold.setBold(True)
    red = QFont(mid)
    red.setBold(True)
    lines = [(t, f, c) for t, f, c in ((title, big, "#1d1d1d"), (subtitle, mid, "#444444"), (when, bold, "#12355b"),
                                       (synthetic_text() if synthetic else "", red, "#b3261e")) if t]
    wmax, hsum, fms = 0.0, 0.0, []
    for t, f, _c in lines:
        p.setFont(f)
        fm = p.fontMetrics()
        fms.append(fm)
        wmax = max(wmax, min(width - 100 * px, fm.horizontalAdvance(t)))
        hsum += fm.height()
    rect = QRectF(12 * px, 12 * px, wmax + 24 * px, hsum + 16 * px)
    _box(p, rect, px)
    y = rect.top() + 8 * px
    for (t, f, c), fm in zip(lines, fms):
        p.setFont(f)
        p.setPen(QColor(c))
        p.drawText(QPointF(rect.left() + 12 * px, y + fm.ascent()), fm.elidedText(t, Qt.ElideRight, int(width - 100 * px)))
        y += fm.height()
    # legend: the layer's classes
    items = [i for i in layer.renderer().legendSymbolItems() if i.symbol() is not None] if layer.renderer() else []
    small = QFont("DejaVu Sans")
    small.setPixelSize(int(13 * px))
    p.setFont(small)
    fm = p.fontMetrics()
    heading = tr("People present per zone")
    lw = max([fm.horizontalAdvance(i.label()) for i in items] + [fm.horizontalAdvance(heading) - 30 * px]) + 54 * px
    lh = (len(items) + 1) * fm.height() + 18 * px
    lrect = QRectF(width - lw - 12 * px, height - lh - 12 * px, lw, lh)
    _box(p, lrect, px)
    p.setPen(QColor("#1d1d1d"))
    p.drawText(QPointF(lrect.left() + 10 * px, lrect.top() + 8 * px + fm.ascent()), heading)
    for k, item in enumerate(items):
        yy = lrect.top() + 8 * px + (k + 1) * fm.height()
        sw = QRectF(lrect.left() + 10 * px, yy + 2 * px, 28 * px, fm.height() - 4 * px)
        icon = item.symbol().asImage(QSize(int(sw.width()), int(sw.height())))
        p.drawImage(sw, icon)
        p.drawText(QPointF(sw.right() + 8 * px, yy + fm.ascent()), item.label())
    # source and credits
    credits = [c for c in [credit] + ctx.credits if c]
    texts = [s for s in (source, " · ".join(dict.fromkeys(credits))) if s]
    f2 = QFont("DejaVu Sans")
    f2.setPixelSize(int(11 * px))
    p.setFont(f2)
    fm2 = p.fontMetrics()
    maxw = width - lw - 48 * px
    texts = [fm2.elidedText(s, Qt.ElideRight, int(maxw)) for s in texts]
    top = height - 12 * px
    if texts:
        arect = QRectF(12 * px, height - len(texts) * fm2.height() - 20 * px,
                       max(fm2.horizontalAdvance(s) for s in texts) + 16 * px, len(texts) * fm2.height() + 8 * px)
        _box(p, arect, px)
        p.setPen(QColor("#333333"))
        for k, s in enumerate(texts):
            p.drawText(QPointF(arect.left() + 8 * px, arect.top() + 4 * px + fm2.ascent() + k * fm2.height()), s)
        top = arect.top()
    draw_scale_bar(p, 18 * px, top - 10 * px, ext, crs, width, px)
    r = 22 * px
    draw_north_arrow(p, width - r - 16 * px, r + 20 * px, 2 * r * 0.8, north_angle(ext, crs))
    p.end()
    from .render import set_metadata
    set_metadata(img, {"Title": title, "Copyright": " · ".join(dict.fromkeys(credits)),
                       "Description": " · ".join(s for s in (subtitle, when, source,
                                                             synthetic_text() if synthetic else "") if s)})
    with atomic_file(path, suffix=".png") as tmp:
        if not img.save(tmp, "PNG"):
            raise OSError(path)
    return credits



