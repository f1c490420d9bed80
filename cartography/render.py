"""Render animation frames of a heat cube: optional basemap, heat on a fixed scale, time caption, legend,
attribution; and write them as GIF, MP4 or PNG frames (whole or not at all)."""

from __future__ import annotations

import datetime as dt
import math
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
from ..core.fsutil import atomic_file, publish, publish_dir
from . import fmt


def tr(text: str) -> str:
    """Translate in the renderer's context."""
    return QCoreApplication.translate("FrameRenderer", text)


def unit_label(unit: str) -> str:
    """The legend's unit, translated."""
    return {"km2": tr("people per km²"), "raw": tr("people × kernel weight per pixel"),
            "scaled": tr("scaled density (QGIS)")}.get(unit, unit)


#: Size presets of the export dialogs: (key, width, height).
SIZE_PRESETS = (("square", 1080, 1080), ("landscape", 1920, 1080), ("portrait", 1080, 1920))
#: The GIF size the exports aim under (a newsroom's CMS and social networks take about this much).
GIF_BUDGET_BYTES = 8_000_000


def size_preset_labels() -> dict[str, str]:
    """Translated labels of :data:`SIZE_PRESETS` and of the custom size."""
    return {"square": tr("Square 1080 × 1080 (social media)"), "landscape": tr("Landscape 1920 × 1080 (video, web)"),
            "portrait": tr("Portrait 1080 × 1920 (stories, phones)"), "custom": tr("Custom size")}


def heat_subtitle(radius_m: float) -> str:
    """The usual subtitle of a heat map."""
    return tr("Heat of the people present, radius {r} m").format(r=fmt.number(radius_m))


def source_line(operator: str) -> str:
    """The usual source line of a map of operator data."""
    return tr("Source: {operator}, anonymised aggregates").format(operator=operator or tr("the operator"))


def synthetic_text() -> str:
    """The line every output made from a built-in demo carries."""
    return tr("Synthetic demo data – not a measurement")


class FrameRenderer:
    """Draws frames of a cube at a fixed size over its geographic context (rendered once): title,
    subtitle and time caption, legend, source and credits, scale bar and north arrow.

    ``context`` draws the bundled context layers (land, borders, place names); ``online`` "osm" or an
    XYZ URL draws that basemap instead of the bundled land and borders (``online_attribution`` is the
    credit of a custom source); when it cannot be loaded, ``message`` says so and the bundled layers are
    drawn. ``basemap_layers`` are more layers drawn under the heat (from the project). ``synthetic``
    marks a built-in demo in the caption and in the files' metadata."""

    def __init__(self, cube: heat.HeatCube, crs, width: int = 960, height: int = 720,
                 vmax: float | None = None, timezone: str = "Europe/Brussels", title: str = "",
                 attribution: str = "", basemap_layers=None, *, subtitle: str = "", source: str = "",
                 context: bool = True, online: str = "", online_attribution: str = "", lang: str | None = None,
                 synthetic: bool = False, scale_bar: bool = True, north_arrow: bool = True) -> None:
        self.cube = cube
        self.crs = crs
        self.size = QSize(int(width) // 2 * 2, int(height) // 2 * 2)  # even sizes for video codecs
        self.vmax = float(vmax if vmax is not None else cube.scale_max())
        self.zone = ZoneInfo(timezone)
        self.tzname = timezone
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.synthetic = synthetic
        self.scale_bar = scale_bar
        self.north_arrow = north_arrow
        self.lut = heat.ramp_lut()
        #: pixels per "design pixel": type and boxes grow with the frame (1 at 960 px wide or less)
        self.px = max(1.0, min(self.size.width(), self.size.height() * 1.4) / 960.0)
        g = cube.grid
        ext = QgsRectangle(g.xmin, g.ymin, g.xmax, g.ymax)
        # room for the caption above and the legend below, so that they never hide a hot spot
        h = ext.height()
        ext = QgsRectangle(ext.xMinimum(), ext.yMinimum() - 0.12 * h, ext.xMaximum(), ext.yMaximum() + 0.20 * h)
        # keep the heat's aspect: grow the extent to the frame's aspect ratio
        aspect = self.size.width() / self.size.height()
        if ext.width() / ext.height() < aspect:
            grow = (ext.height() * aspect - ext.width()) / 2
            ext = QgsRectangle(ext.xMinimum() - grow, ext.yMinimum(), ext.xMaximum() + grow, ext.yMaximum())
        else:
            grow = (ext.width() / aspect - ext.height()) / 2
            ext = QgsRectangle(ext.xMinimum(), ext.yMinimum() - grow, ext.xMaximum(), ext.yMaximum() + grow)
        self.extent = ext
        self.message = ""
        below, above, credits = [], [], []
        if context or online:
            from .context import map_context
            from .flow_layer import language
            ctx = map_context(ext, crs, lang or language(), online if online else "", online_attribution,
                              labels=context, label_limit=24, check_size=QSize(256, 256))
            below, above, credits, self.message = ctx.below, ctx.above, ctx.credits, ctx.message
            self.context_layers = below + above
        else:
            self.context_layers = []
        extra = list(basemap_layers or [])
        credits = credits + [c for c in (lyr.attribution() for lyr in extra) if c]
        self.attribution = " · ".join(dict.fromkeys([attribution] + credits if attribution else credits))
        from .context import SEA
        self._sea = SEA if below else QColor("#f2efe9")
        self._layers_below = extra + below
        self._layers_above = above
        # rendered on the first frame, in the thread that draws the frames (a task's worker, not the GUI)
        self._background: QImage | None = None
        self._overlay: QImage | None = None

    def _prepare(self) -> None:
        from .context import render
        if self._background is not None:
            return
        bg = QImage(self.size, QImage.Format_ARGB32_Premultiplied)
        bg.fill(self._sea)
        if self._layers_below:
            bg = render(self._layers_below, self.crs, self.extent, self.size, self._sea).convertToFormat(
                QImage.Format_ARGB32_Premultiplied)
        if self._layers_above:
            self._overlay = render(self._layers_above, self.crs, self.extent, self.size, QColor(0, 0, 0, 0))
        self._background = bg

    @property
    def background(self) -> QImage:
        """The context under the heat (rendered once)."""
        self._prepare()
        return self._background

    @property
    def overlay(self) -> QImage | None:
        """The place names over the heat (rendered once), or None."""
        self._prepare()
        return self._overlay

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
        if self.overlay is not None:
            p.drawImage(0, 0, self.overlay)
        self._draw_caption(p, t)
        self._slot = t  # the legend's margin line reads it (subclasses keep _draw_legend(p))
        self._draw_legend(p)
        bottom = self._draw_attribution(p)
        if self.scale_bar:
            from .context import draw_scale_bar
            draw_scale_bar(p, 18 * self.px, bottom - 10 * self.px, self.extent, self.crs, self.size.width(), self.px)
        if self.north_arrow:
            from .context import draw_north_arrow, north_angle
            r = 22 * self.px
            draw_north_arrow(p, self.size.width() - r - 16 * self.px, r + 20 * self.px, 2 * r * 0.8,
                             north_angle(self.extent, self.crs))
        p.end()
        return img

    def still(self, t: int, path: str) -> str:
        """Write slot ``t`` as a PNG (whole or not at all), its title, time, source and credits in the
        file's metadata; returns ``path``."""
        img = self.render(t)
        set_metadata(img, self.metadata(t))
        with atomic_file(path, suffix=".png") as tmp:
            if not img.save(tmp, "PNG"):
                raise OSError(tr("The image could not be written to {path}").format(path=path))
        return path

    def metadata(self, t: int | None = None) -> dict[str, str]:
        """Title, description (time, source, synthetic), credits: for PNG text chunks, GIF and MP4 comments."""
        desc = [s for s in (self.subtitle, self.caption(t) if t is not None else "", self.source,
                            synthetic_text() if self.synthetic else "") if s]
        return {"Title": self.title or tr("Heat of the people present"), "Description": " · ".join(desc),
                "Copyright": self.attribution, "Software": "Footfall"}

    def _box(self, p: QPainter, rect: QRectF) -> None:
        p.setPen(Qt.NoPen)
        p.setBrush(QColor(255, 255, 255, 215))
        p.drawRoundedRect(rect, 6, 6)

    def _draw_caption(self, p: QPainter, t: int) -> None:
        px = self.px
        big = QFont("DejaVu Sans")
        big.setPixelSize(int(22 * px))
        big.setBold(True)
        mid = QFont("DejaVu Sans")
        mid.setPixelSize(int(15 * px))
        time_font = QFont("DejaVu Sans")
        time_font.setPixelSize(int(17 * px))
        time_font.setBold(True)
        red = QFont(mid)
        red.setBold(True)
        lines = []  # (text, font, colour)
        if self.title:
            lines.append((self.title, big, QColor("#1d1d1d")))
        if self.subtitle:
            lines.append((self.subtitle, mid, QColor("#444444")))
        lines.append((self.caption(t), time_font, QColor("#12355b")))
        if self.synthetic:
            lines.append((synthetic_text(), red, QColor("#b3261e")))
        max_w = self.size.width() - 24 * px - (60 * px if self.north_arrow else 0)
        width = 0.0
        height = 0.0
        metrics = []
        for text, font, _c in lines:
            p.setFont(font)
            fm = p.fontMetrics()
            metrics.append(fm)
            width = max(width, min(max_w, fm.horizontalAdvance(text)))
            height += fm.height()
        rect = QRectF(12 * px, 12 * px, width + 24 * px, height + 16 * px)
        self._box(p, rect)
        y = rect.top() + 8 * px
        for (text, font, colour), fm in zip(lines, metrics):
            p.setFont(font)
            p.setPen(colour)
            p.drawText(QPointF(rect.left() + 12 * px, y + fm.ascent()), fm.elidedText(text, Qt.ElideRight, int(max_w)))
            y += fm.height()

    def margin_line(self, t: int) -> str:
        """The legend's margin: the counts' ± precision, and whether some zones are only partly known."""
        prec = fmt.number(100 * getattr(self.cube, "precision", 0.1))
        n = self.cube.partial_zones(t) if hasattr(self.cube, "partial_zones") else 0
        if n:
            return tr("±{p} %; a lower bound near {n} zones with suppressed parts").format(p=prec, n=fmt.number(n))
        return tr("±{p} %").format(p=prec)

    def _draw_legend(self, p: QPainter) -> None:
        W, H = self.size.width(), self.size.height()
        px = self.px
        font = QFont("DejaVu Sans")
        font.setPixelSize(int(13 * px))
        p.setFont(font)
        fm = p.fontMetrics()
        bar_w, bar_h = int(220 * px), int(12 * px)
        unit = unit_label(self.cube.unit)
        top = fmt.number(self.vmax)
        margin = self.margin_line(getattr(self, "_slot", 0))
        box_w = max(bar_w, fm.horizontalAdvance(unit), fm.horizontalAdvance(margin)) + 24
        box_h = bar_h + 3 * fm.height() + 28
        rect = QRectF(W - box_w - 12 * px, H - box_h - 12 * px, box_w, box_h)
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

    def _draw_attribution(self, p: QPainter) -> float:
        """Source line and credits in the lower left corner; returns the top of their box."""
        H = self.size.height()
        px = self.px
        lines = [s for s in (self.source, self.attribution) if s]
        if not lines:
            return H - 12 * px
        font = QFont("DejaVu Sans")
        font.setPixelSize(int(11 * px))
        p.setFont(font)
        fm = p.fontMetrics()
        max_w = self.size.width() * 0.62
        texts = [fm.elidedText(s, Qt.ElideRight, int(max_w)) for s in lines]
        width = max(fm.horizontalAdvance(s) for s in texts) + 16 * px
        rect = QRectF(12 * px, H - len(texts) * fm.height() - 20 * px, width, len(texts) * fm.height() + 8 * px)
        self._box(p, rect)
        p.setPen(QColor("#333333"))
        for i, text in enumerate(texts):
            p.drawText(QPointF(rect.left() + 8 * px, rect.top() + 4 * px + fm.ascent() + i * fm.height()), text)
        return rect.top()

    @staticmethod
    def to_rgb(img: QImage) -> np.ndarray:
        """An image as an (h, w, 3) uint8 array."""
        img = img.convertToFormat(QImage.Format_RGB888)
        w, h = img.width(), img.height()
        ptr = img.constBits()
        ptr.setsize(img.bytesPerLine() * h)
        arr = np.frombuffer(ptr, np.uint8).reshape(h, img.bytesPerLine())[:, : 3 * w]
        return arr.reshape(h, w, 3).copy()


def set_metadata(img: QImage, items: dict[str, str]) -> None:
    """PNG text chunks (title, description, credits) of an image."""
    for key, value in items.items():
        if value:
            img.setText(key, value)


def window_slots(starts: np.ndarray, start: float | None = None, end: float | None = None) -> list[int]:
    """Indices of the slots that start in [``start``, ``end``) (epoch seconds; None: no limit)."""
    keep = np.ones(len(starts), dtype=bool)
    if start is not None:
        keep &= starts >= start
    if end is not None:
        keep &= starts < end
    return np.flatnonzero(keep).tolist()


def _palette_image(renderer: FrameRenderer, slots: list[int]):
    """One 255-colour palette for the whole GIF, from a few frames across it (no flicker between frames)."""
    from PIL import Image
    pick = sorted({slots[int(i)] for i in np.linspace(0, len(slots) - 1, min(4, len(slots)))})
    arrays = [FrameRenderer.to_rgb(renderer.render(t)) for t in pick]
    sample = Image.fromarray(np.concatenate(arrays, axis=0))
    return sample.quantize(colors=255, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)


def _gif_frame(rgb: np.ndarray, palette):
    from PIL import Image
    return Image.fromarray(rgb).quantize(palette=palette, dither=Image.Dither.NONE)


def gif_step(renderer: FrameRenderer, slots: list[int], palette, budget: int) -> int:
    """Every how many slots a frame must be kept for the GIF to stay under ``budget`` bytes: the size
    of a frame is measured on six consecutive frames around the busiest slot."""
    import io
    from PIL import Image
    if len(slots) <= 6:
        return 1
    busiest = int(np.argmax([float(np.asarray(renderer.cube.counts[t]).sum()) if hasattr(renderer.cube, "counts")
                             else 0.0 for t in slots]))
    first = max(0, min(len(slots) - 6, busiest - 3))
    frames = [_gif_frame(FrameRenderer.to_rgb(renderer.render(t)), palette) for t in slots[first:first + 6]]
    one, six = io.BytesIO(), io.BytesIO()
    frames[0].save(one, format="GIF")
    frames[0].save(six, format="GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    per_frame = max(1.0, (six.tell() - one.tell()) / 5.0)
    allowed = max(1.0, (0.92 * budget - one.tell()) / per_frame)
    return max(1, int(math.ceil(len(slots) / allowed)))


def _write_gif(renderer: FrameRenderer, slots: list[int], path: str, fps: float, budget: int | None,
               progress, comment: str) -> dict[str, object]:
    palette = _palette_image(renderer, slots)
    step = gif_step(renderer, slots, palette, budget) if budget else 1
    try:
        return _gif_passes(renderer, slots, path, fps, budget, progress, comment, palette, step)
    finally:
        if os.path.exists(path + ".keep"):
            os.unlink(path + ".keep")


def _gif_passes(renderer, slots, path, fps, budget, progress, comment, palette, step) -> dict[str, object]:
    refine, kept = True, None
    while True:
        chosen = slots[::step]
        n = len(chosen)

        def frames():
            for i, t in enumerate(chosen):
                yield _gif_frame(FrameRenderer.to_rgb(renderer.render(t)), palette)
                if progress is not None:
                    progress.set(100.0 * (i + 1) / n)
        it = frames()
        first = next(it)
        # the frames kept show the same stretch of time at the speed asked for
        first.save(path, format="GIF", save_all=True, append_images=it, duration=int(round(1000.0 * step / fps)),
                   loop=0, comment=comment.encode("utf-8")[:250], disposal=1, optimize=False)
        size = os.path.getsize(path)
        if not budget or size <= budget or step >= len(slots):
            if budget and step > 1 and refine and size * step / (step - 1) < 0.95 * budget:
                # the estimate was cautious: one slot fewer skipped still fits
                refine = False
                kept = (path + ".keep", size)
                os.replace(path, kept[0])
                step -= 1
                continue
            if kept is not None:
                os.unlink(kept[0])
            return {"frames": n, "step": step, "bytes": size}
        if kept is not None:  # the finer try did not fit: back to the one that did
            os.replace(kept[0], path)
            return {"frames": len(slots[::step + 1]), "step": step + 1, "bytes": kept[1]}
        step += 1


def export_animation(renderer: FrameRenderer, output: str | None = None, frames_folder: str | None = None,
                     fps: float = 4.0, progress=None, start: float | None = None, end: float | None = None,
                     still: str | None = None, still_slot: int | None = None,
                     gif_budget: int | None = GIF_BUDGET_BYTES) -> dict[str, object]:
    """Write a GIF or MP4 (by ``output``'s extension), a folder of PNG frames and/or a PNG ``still`` of
    slot ``still_slot`` (default: the busiest slot of the window); whole or not at all.

    ``start``/``end`` (epoch seconds) keep the slots starting in that window. A GIF keeps one slot in
    every ``step`` when all of them would exceed ``gif_budget`` bytes (None: no budget), each frame then
    lasting ``step`` / ``fps`` seconds so that the animation keeps its speed.

    Returns {"frames", "output", "frames_folder", "still", "step", "bytes"}.
    """
    import imageio.v2 as imageio

    slots = window_slots(np.asarray(renderer.cube.starts, dtype=float), start, end)
    if not slots:
        raise ValueError(tr("No time slot starts in the chosen window."))
    n = len(slots)
    tmp_out = None
    writer = None
    result: dict[str, object] = {"frames": n, "output": output, "frames_folder": frames_folder, "still": still,
                                 "step": 1, "bytes": None}
    tmp_dir = None
    meta = renderer.metadata()
    comment = " · ".join(v for v in (meta["Title"], meta["Description"], meta["Copyright"]) if v)
    try:
        ext = Path(output).suffix.lower() if output else ""
        if output:
            if ext not in (".gif", ".mp4"):
                raise ValueError(tr("The animation must be a .gif or .mp4 file."))
            fd, tmp_out = tempfile.mkstemp(prefix=".anim-", suffix=ext, dir=os.path.dirname(os.path.abspath(output)))
            os.close(fd)
            if ext == ".mp4":
                writer = imageio.get_writer(tmp_out, format="FFMPEG", fps=fps, codec="libx264",
                                            quality=8, pixelformat="yuv420p", macro_block_size=2,
                                            output_params=["-metadata", f"title={meta['Title']}",
                                                           "-metadata", f"comment={comment}"])
        if frames_folder:
            if os.path.isdir(frames_folder) and os.listdir(frames_folder):
                raise FileExistsError(tr("The frames folder {path} already holds files; choose an empty or new folder.").format(path=frames_folder))
            parent = os.path.dirname(os.path.abspath(frames_folder)) or "."
            os.makedirs(parent, exist_ok=True)
            tmp_dir = tempfile.mkdtemp(prefix=".frames-", dir=parent)
        if ext == ".gif":
            sub = progress.sub(0, 80) if (progress is not None and (frames_folder or still)) else progress
            result.update(_write_gif(renderer, slots, tmp_out, fps, gif_budget, sub, comment))
        if writer is not None or tmp_dir is not None:
            for i, t in enumerate(slots):
                img = renderer.render(t)
                if writer is not None:
                    writer.append_data(FrameRenderer.to_rgb(img))
                if tmp_dir is not None:
                    img.save(os.path.join(tmp_dir, f"frame_{i + 1:04d}.png"))
                if progress is not None:
                    progress.set(100.0 * (i + 1) / n)
        if writer is not None:
            writer.close()
            writer = None
        if tmp_out is not None:
            publish(tmp_out, output)
            tmp_out = None
            result["bytes"] = os.path.getsize(output)
        if tmp_dir is not None:
            if os.path.isdir(frames_folder):
                os.rmdir(frames_folder)  # empty, checked above
            publish_dir(tmp_dir, frames_folder)
            tmp_dir = None
        if still:
            if still_slot is None:
                counts = getattr(renderer.cube, "counts", None)
                still_slot = slots[int(np.argmax([float(counts[t].sum()) for t in slots]))] if counts is not None else slots[0]
            renderer.still(int(still_slot), still)
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
