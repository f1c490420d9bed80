"""The heat layer in QGIS: a multi-band GeoTIFF (one band per slot) on one fixed colour scale, whose
band follows the Temporal Controller."""

from __future__ import annotations

import datetime as dt

from qgis.core import (QgsColorRampShader, QgsDateTimeRange, QgsRasterLayer,
                       QgsRasterLayerTemporalProperties, QgsRasterShader,
                       QgsSingleBandPseudoColorRenderer)
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QTimeZone
from qgis.PyQt.QtGui import QColor

from ..core import heat
from . import fmt


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("FootfallHeatLayer", text)


def heat_layer(path: str, name: str, vmax: float, unit_text: str, first: float, last: float) -> QgsRasterLayer:
    """A raster layer of the cube: pseudocolour from 0 to ``vmax`` (fixed for every band), transparent
    where nobody is, visible over the whole time range of the data (epoch seconds ``first``–``last``)."""
    layer = QgsRasterLayer(path, name, "gdal")
    lut = heat.ramp_lut()
    items = []
    for i in (1, 32, 64, 96, 128, 160, 192, 224, 255):
        r, g, b, a = (int(v) for v in lut[i])
        value = vmax * (i - 1) / 254.0
        label = fmt.number(value)
        items.append(QgsColorRampShader.ColorRampItem(value, QColor(r, g, b, a), label))
    items[0] = QgsColorRampShader.ColorRampItem(vmax * 1e-4, QColor(255, 255, 255, 0), "0")
    items[-1] = QgsColorRampShader.ColorRampItem(vmax, items[-1].color, tr("≥ {value}").format(value=fmt.number(vmax)))
    ramp = QgsColorRampShader(0.0, vmax)
    ramp.setColorRampType(QgsColorRampShader.Interpolated)
    ramp.setColorRampItemList(items)
    ramp.setClip(False)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(vmax)
    layer.setRenderer(renderer)
    layer.setCustomProperty("footfall/heat", True)
    layer.setCustomProperty("footfall/unit", unit_text)
    tp = layer.temporalProperties()
    tp.setIsActive(True)
    tp.setMode(QgsRasterLayerTemporalProperties.ModeFixedTemporalRange)
    utc = QTimeZone(b"UTC")
    tp.setFixedTemporalRange(QgsDateTimeRange(QDateTime.fromSecsSinceEpoch(int(first), utc),
                                              QDateTime.fromSecsSinceEpoch(int(last), utc)))
    return layer


def show_band(layer: QgsRasterLayer, band: int) -> None:
    """Show band ``band`` (1-based) with the same fixed scale, and repaint."""
    r = layer.renderer()
    if isinstance(r, QgsSingleBandPseudoColorRenderer) and r.band() != band:
        r.setBand(band)
        layer.triggerRepaint()


def band_for_time(starts, t: float) -> int:
    """1-based band of the slot containing epoch second ``t``."""
    import numpy as np
    i = int(np.searchsorted(starts, t, side="right") - 1)
    return max(1, min(len(starts), i + 1))


def iso(t: float) -> str:
    """Epoch seconds as ISO 8601 UTC."""
    return dt.datetime.fromtimestamp(float(t), dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
