"""The heat layer in QGIS: one Byte band per slot holding palette indices on one fixed colour scale
(``core.heat.write_display_geotiff``), a paletted renderer whose band follows the Temporal Controller,
and a short legend in people per km²."""

from __future__ import annotations

from qgis.core import (QgsDateTimeRange, QgsMapLayerLegend, QgsPalettedRasterRenderer,
                       QgsRasterLayer, QgsRasterLayerTemporalProperties, QgsRasterSymbolLegendNode,
                       QgsSimpleLegendNode)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QTimeZone
from qgis.PyQt.QtGui import QColor

from ..core import heat
from . import fmt


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("FootfallHeatLayer", text)


_CLASSES = None
_LEGENDS: dict[str, QgsMapLayerLegend] = {}


def palette() -> list:
    """The 256 paletted classes of the colour ramp (index 0 transparent)."""
    global _CLASSES
    if _CLASSES is None:
        lut = heat.ramp_lut()
        _CLASSES = [QgsPalettedRasterRenderer.Class(i, QColor(*(int(v) for v in lut[i])), "") for i in range(256)]
    return _CLASSES


class HeatLegend(QgsMapLayerLegend):
    """A short legend: the unit, then a few colours with their values on the fixed scale."""

    def __init__(self, vmax: float, unit: str) -> None:
        super().__init__()
        self.vmax = vmax
        self.unit = unit

    def createLayerTreeModelLegendNodes(self, node_layer):  # noqa: N802
        lut = heat.ramp_lut()
        nodes = [QgsSimpleLegendNode(node_layer, self.unit)]
        for i in (255, 192, 128, 64, 1):
            value = self.vmax * (i - 1) / 254.0
            label = tr("≥ {value}").format(value=fmt.number(value)) if i == 255 else fmt.number(value)
            nodes.append(QgsRasterSymbolLegendNode(node_layer, QColor(*(int(v) for v in lut[i])), label))
        for n in nodes:  # the layer tree model owns and deletes the nodes, not Python
            sip.transferto(n, None)
        return nodes


def heat_layer(path: str, name: str, vmax: float, unit_text: str, first: float, last: float) -> QgsRasterLayer:
    """The display layer of a cube, visible over the data's whole time range (epoch seconds)."""
    layer = QgsRasterLayer(path, name, "gdal")
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, palette()))
    legend = HeatLegend(vmax, unit_text)
    layer.setLegend(legend)
    # the layer does not keep the Python object alive: hold it until the layer is deleted
    _LEGENDS[layer.id()] = legend
    layer.willBeDeleted.connect(lambda lid=layer.id(): _LEGENDS.pop(lid, None))
    layer.setCustomProperty("footfall/heat", True)
    layer.setCustomProperty("footfall/vmax", float(vmax))
    tp = layer.temporalProperties()
    tp.setIsActive(True)
    tp.setMode(QgsRasterLayerTemporalProperties.ModeFixedTemporalRange)
    utc = QTimeZone(b"UTC")
    tp.setFixedTemporalRange(QgsDateTimeRange(QDateTime.fromSecsSinceEpoch(int(first), utc),
                                              QDateTime.fromSecsSinceEpoch(int(last), utc)))
    return layer


def show_band(layer: QgsRasterLayer, band: int) -> None:
    """Show slot ``band`` (1-based) on the same scale, and repaint."""
    r = layer.renderer()
    if r is not None and r.usesBands() == [band]:
        return
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), band, palette()))
    layer.triggerRepaint()
