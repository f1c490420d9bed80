"""Render animation frames of a heat cube: optional basemap, heat on a fixed scale, time caption, legend,
attribution; and write them as GIF, MP4 or PNG frames (whole or not at all)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QPointF, QRectF, QSize, Qt, QTimeZone
from qgis.PyQt.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPen

from ..core import heat
from ..core.errors import Cancelled
from ..core.fsutil import publish, publish_dir
from . import fmt


def tr(text: str) -> str:
    """Translate in the renderer's context."""
    return QCoreApplication.translate("FrameRenderer", text)


def unit_label(unit: str) -> str:
    """The legend's unit, translated."""
    return {"km2": tr("people per km²"), "raw": tr("people × kernel weight per pixel"),
            "scaled": tr("scaled density (QGIS)")}.get(unit, unit)


class FrameRenderer:
    """Draws frames of a cube at a fixed size; the basemap is rendered once."""

    def __init__(self, cube: heat.HeatCube, crs, width: int = 960, height: int = 720,
                 vmax: float | None = None, timezone: str = "Europe/Brussels", title: str = "",
                 attribution: str = "", basemap_layers=None) -> None:
        self.cube = cube
        self.crs = crs
        self.size = QSize(int(width) // 2 * 2, int(height) // 2 * 2)  # even sizes for video codecs
        self.vmax = float(vmax if vmax is not None else cube.scale_max())
        self.zone = ZoneInfo(timezone)
        self.tzname = timezone
        self.title = title
        self.attribution = attribution
        self.lut = heat.ramp_lut()
        g = cube.grid
        ext = QgsRectangle(g.xmin, g.ymin, g.xmax, g.ymax)
        # room for the caption above and the legend below, so that they never hide a hot spot
        h = ext.height()
        ext = QgsRectangle(ext.xMinimum(), ext.yMinimum() - 0.10 * h, ext.xMaximum(), ext.yMaximum() + 0.16 * h)
        # keep the heat's aspect: grow the extent to the frame's aspect ratio
        aspect = self.size.width() / self.size.height()
        if ext.width() / ext.height() < aspect:
            grow = (ext.height() * aspect - ext.width()) / 2
            ext = QgsRectangle(ext.xMinimum() - grow, ext.yMinimum(), ext.xMaximum() + grow, ext.yMaximum())
        else:
            grow = (ext.width() / aspect - ext.height()) / 2
            ext = QgsRectangle(ext.xMinimum(), ext.yMinimum() - grow, ext.xMaximum(), ext.yMaximum() + grow)
        self.extent = ext
        self.background = QImage(self.size, QImage.Format_ARGB32_Premultiplied)
        self.background.fill(QColor("#f2efe9"))
        if basemap_layers:
            ms = QgsMapSettings()
            ms.setLayers(list(basemap_layers))
            ms.setDestinationCrs(crs)
            ms.setExtent(ext)
            ms.setOutputSize(self.size)
            ms.setBackgroundColor(QColor("#f2efe9"))
            job = QgsMapRendererParallelJob(ms)
            job.start()
            job.waitForFinished()
            self.background = job.renderedImage().convertToFormat(QImage.Format_ARGB32_Premultiplied)

    def _heat_rect(self) -> QRectF:
        g, e = self.cube.grid, self.extent
        sx = self.size.width() / e.width()
        sy = self.size.height() / e.height()
        return QRectF((g.xmin - e.xMinimum()) * sx, (e.yMaximum() - g.ymax) * sy,
                      (g.xmax - g.xmin) * sx, (g.ymax - g.ymin) * sy)

    def caption(self, t: int) -> str:
        """The local date and time of slot ``t`` in the user's language, with the time zone."""
        start = dt.datetime.fromtimestamp(float(self.cube.starts[t]), dt.timezone.utc).astimezone(self.zone)
        qdt = QDateTime.fromSecsSinceEpoch(int(start.timestamp()), QTimeZone(self.tzname.encode()))
        return tr("{time} ({zone})").format(time=fmt.locale().toString(qdt, "dddd d MMMM yyyy, HH:mm"),
                                           zone=start.tzname())

    def render(self, t: int, frame: np.ndarray | None = None) -> QImage:
        """One frame as an image."""
        img = self.background.copy()
        f = self.cube.frame(t) if frame is None else frame
        rgba = np.ascontiguousarray(heat.colorize(f, self.vmax, self.lut))
        h, w = rgba.shape[:2]
        himg = QImage(rgba.data, w, h, 4 * w, QImage.Format_RGBA8888)
        p = QPainter(img)
        p.setRenderHint(QPainter.SmoothPixmapTransform, True)
        p.setRenderHint(QPainter.Antialiasing, True)
        p.drawImage(self._heat_rect(), himg)
        self._draw_caption(p, t)
        self._draw_legend(p, t)
        self._draw_attribution(p)
        p.end()
        return img

    def _box(self, p: QPainter, rect: QRectF) -> None:
        p.setPen(Qt.NoPen)
        p.setBrush(QColor(255, 255, 255, 215))
        p.drawRoundedRect(rect, 6, 6)

    def _draw_caption(self, p: QPainter, t: int) -> None:
        W = self.size.width()
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(14, W // 40))
        font.setBold(True)
        p.setFont(font)
        text = self.caption(t)
        lines = [self.title, text] if self.title else [text]
        fm = p.fontMetrics()
        width = max(fm.horizontalAdvance(s) for s in lines) + 24
        height = fm.height() * len(lines) + 16
        rect = QRectF(12, 12, width, height)
        self._box(p, rect)
        p.setPen(QColor("#1d1d1d"))
        for i, s in enumerate(lines):
            p.drawText(QPointF(24, 12 + 8 + fm.ascent() + i * fm.height()), s)

    def margin_line(self, t: int) -> str:
        """The legend's margin: the counts' ± precision, and whether some zones are only partly known."""
        prec = fmt.number(100 * getattr(self.cube, "precision", 0.1))
        n = self.cube.partial_zones(t) if hasattr(self.cube, "partial_zones") else 0
        if n:
            return tr("±{p} %; a lower bound near {n} zones with suppressed parts").format(p=prec, n=fmt.number(n))
        return tr("±{p} %").format(p=prec)

    def _draw_legend(self, p: QPainter, t: int = 0) -> None:
        W, H = self.size.width(), self.size.height()
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(11, W // 70))
        p.setFont(font)
        fm = p.fontMetrics()
        bar_w, bar_h = max(160, W // 4), max(10, H // 50)
        unit = unit_label(self.cube.unit)
        top = fmt.number(self.vmax)
        margin = self.margin_line(t)
        box_w = max(bar_w, fm.horizontalAdvance(unit), fm.horizontalAdvance(margin)) + 24
        box_h = bar_h + 3 * fm.height() + 28
        rect = QRectF(W - box_w - 12, H - box_h - 12, box_w, box_h)
        self._box(p, rect)
        grad = QLinearGradient(rect.left() + 12, 0, rect.left() + 12 + bar_w, 0)
        for i in range(0, 256, 32):
            r, g, b, a = (int(v) for v in self.lut[max(1, i)])
            grad.setColorAt(i / 255.0, QColor(r, g, b, 255))
        r, g, b, _a = (int(v) for v in self.lut[255])
        grad.setColorAt(1.0, QColor(r, g, b, 255))
        bar = QRectF(rect.left() + 12, rect.top() + 12 + fm.height(), bar_w, bar_h)
        p.fillRect(bar, grad)
        p.setPen(QPen(QColor("#555555"), 1))
        p.setBrush(Qt.NoBrush)
        p.drawRect(bar)
        p.setPen(QColor("#1d1d1d"))
        p.drawText(QPointF(rect.left() + 12, rect.top() + 8 + fm.ascent()), unit)
        y = bar.bottom() + 4 + fm.ascent()
        p.drawText(QPointF(bar.left(), y), "0")
        label = tr("≥ {value}").format(value=top)
        p.drawText(QPointF(bar.right() - fm.horizontalAdvance(label), y), label)
        p.setPen(QColor("#555555"))
        p.drawText(QPointF(bar.left(), y + fm.height() + 2), margin)

    def _draw_attribution(self, p: QPainter) -> None:
        if not self.attribution:
            return
        W, H = self.size.width(), self.size.height()
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(10, W // 90))
        p.setFont(font)
        fm = p.fontMetrics()
        width = fm.horizontalAdvance(self.attribution) + 16
        rect = QRectF(12, H - fm.height() - 20, width, fm.height() + 8)
        self._box(p, rect)
        p.setPen(QColor("#333333"))
        p.drawText(QPointF(20, rect.top() + 4 + fm.ascent()), self.attribution)

    @staticmethod
    def to_rgb(img: QImage) -> np.ndarray:
        """An image as an (h, w, 3) uint8 array."""
        img = img.convertToFormat(QImage.Format_RGB888)
        w, h = img.width(), img.height()
        ptr = img.constBits()
        ptr.setsize(img.bytesPerLine() * h)
        arr = np.frombuffer(ptr, np.uint8).reshape(h, img.bytesPerLine())[:, : 3 * w]
        return arr.reshape(h, w, 3).copy()


def export_animation(renderer: FrameRenderer, output: str | None = None, frames_folder: str | None = None,
                     fps: float = 4.0, progress=None) -> dict[str, object]:
    """Write a GIF or MP4 (by ``output``'s extension) and/or a folder of PNG frames; whole or not at all.

    Returns {"frames": n, "output": path, "frames_folder": path}.
    """
    import imageio.v2 as imageio

    n = len(renderer.cube.starts)
    tmp_out = None
    writer = None
    result: dict[str, object] = {"frames": n, "output": output, "frames_folder": frames_folder}
    tmp_dir = None
    try:
        if output:
            ext = Path(output).suffix.lower()
            fd, tmp_out = tempfile.mkstemp(prefix=".anim-", suffix=ext, dir=os.path.dirname(os.path.abspath(output)))
            os.close(fd)
            if ext == ".gif":
                writer = imageio.get_writer(tmp_out, mode="I", format="GIF", duration=1.0 / fps, loop=0)
            elif ext == ".mp4":
                writer = imageio.get_writer(tmp_out, format="FFMPEG", fps=fps, codec="libx264",
                                            quality=8, pixelformat="yuv420p", macro_block_size=2)
            else:
                raise ValueError(tr("The animation must be a .gif or .mp4 file."))
        if frames_folder:
            if os.path.isdir(frames_folder) and os.listdir(frames_folder):
                raise FileExistsError(tr("The frames folder {path} already holds files; choose an empty or new folder.").format(path=frames_folder))
            parent = os.path.dirname(os.path.abspath(frames_folder)) or "."
            os.makedirs(parent, exist_ok=True)
            tmp_dir = tempfile.mkdtemp(prefix=".frames-", dir=parent)
        for t, frame in renderer.cube.frames():
            img = renderer.render(t, frame)
            if writer is not None:
                writer.append_data(FrameRenderer.to_rgb(img))
            if tmp_dir is not None:
                img.save(os.path.join(tmp_dir, f"frame_{t + 1:04d}.png"))
            if progress is not None:
                progress.set(100.0 * (t + 1) / n)
        if writer is not None:
            writer.close()
            writer = None
            publish(tmp_out, output)
            tmp_out = None
        if tmp_dir is not None:
            if os.path.isdir(frames_folder):
                os.rmdir(frames_folder)  # empty, checked above
            publish_dir(tmp_dir, frames_folder)
            tmp_dir = None
        return result
    except (Cancelled, Exception):
        if writer is not None:
            try:
                writer.close()
            except Exception:
                pass
        if tmp_out and os.path.exists(tmp_out):
            os.unlink(tmp_out)
        if tmp_dir and os.path.isdir(tmp_dir):
            shutil.rmtree(tmp_dir, ignore_errors=True)
        raise
