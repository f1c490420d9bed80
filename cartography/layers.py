"""Build the map layer of an opened export: zones per time slot, styled by count, played by the Temporal Controller."""

from __future__ import annotations

from qgis.core import (Qgis, QgsFillSymbol, QgsGraduatedSymbolRenderer, QgsRendererRange,
                       QgsRuleBasedRenderer, QgsStyle, QgsVectorLayer,
                       QgsVectorLayerTemporalProperties)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor



def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("FootfallLayers", text)


def nice_breaks(values: list[float], classes: int = 5) -> list[float]:
    """Class limits from quantiles, rounded to two significant digits, strictly increasing."""
    out: list[float] = []
    for v in values:
        if v <= 0:
            continue
        mag = 10 ** (len(str(int(v))) - 2) if v >= 100 else 1
        r = round(v / mag) * mag
        if not out or r > out[-1]:
            out.append(float(r))
    return out


def slot_field_aliases() -> dict[str, str]:
    """Field aliases of the ``zone_slots`` layer in the interface's language."""
    return {"zone_id": tr("Zone"), "start": tr("Start (UTC)"), "end": tr("End (UTC)"),
            "start_local": tr("Start (local time)"), "end_local": tr("End (local time)"),
            "clock_start": tr("Start (local clock, for the Temporal Controller)"),
            "clock_end": tr("End (local clock, for the Temporal Controller)"),
            "count": tr("People present"), "suppressed_parts": tr("Suppressed parts"), "parts": tr("Parts")}


def set_temporal_fields(layer: QgsVectorLayer, start: str = "start", end: str = "end") -> None:
    """Let the Temporal Controller filter ``layer`` by its ``clock_start``/``clock_end`` fields (local clock
    time, core/clock.py) when it has them, else by ``start``/``end``."""
    fields = layer.fields()
    if fields.indexOf("clock_start") >= 0 and fields.indexOf("clock_end") >= 0:
        start, end = "clock_start", "clock_end"
    tp = layer.temporalProperties()
    tp.setIsActive(True)
    tp.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields)
    tp.setStartField(start)
    tp.setEndField(end)
    # clock fields are one millisecond inside their slot (core/clock.py, EDGE_MS): both ends included
    tp.setLimitMode(Qgis.VectorTemporalLimitMode.IncludeBeginIncludeEnd if start == "clock_start"
                    else Qgis.VectorTemporalLimitMode.IncludeBeginExcludeEnd)


def zone_slot_layer(gpkg: str, name: str) -> QgsVectorLayer:
    """The ``zone_slots`` layer of a Footfall GeoPackage, with temporal properties set, field aliases in the
    interface's language, and the clock-time columns (for the Temporal Controller only) hidden in the
    attribute table, where the UTC and local times show."""
    layer = QgsVectorLayer(f"{gpkg}|layername=zone_slots", name, "ogr")
    set_temporal_fields(layer)
    for field, alias in slot_field_aliases().items():
        i = layer.fields().indexOf(field)
        if i >= 0:
            layer.setFieldAlias(i, alias)
    config = layer.attributeTableConfig()
    columns = config.columns()
    for col in columns:
        if col.name in ("clock_start", "clock_end", "fid"):
            col.hidden = True
    config.setColumns(columns)
    layer.setAttributeTableConfig(config)
    return layer


def dataset_limits(ds) -> tuple[list[float], float]:
    """Class limits (rounded quantiles of every zone-slot count, unfiltered) and the largest count: the
    one fixed scale of the zone layer, whatever the slot or the filter."""
    sql, params = ds.zone_slot_totals()
    qs = ds.con.execute(f"SELECT quantile_cont(count, [0.2, 0.4, 0.6, 0.8, 0.95]), max(count) FROM ({sql})",
                        params).fetchone()
    return nice_breaks(list(qs[0] or [])), float(qs[1] or ds.metadata.threshold)


def count_classes(limits: list[float], threshold: int, maximum: float) -> list[tuple[float, float, QColor]]:
    """The classes (lower, upper, colour) of the zone layer's fixed scale, from the threshold up."""
    ramp = QgsStyle.defaultStyle().colorRamp("YlOrRd")
    edges = [float(threshold)] + [x for x in limits if x > threshold]
    if maximum > edges[-1]:
        edges.append(float(maximum))
    if len(edges) < 2:
        edges.append(float(threshold) * 2)
    n = len(edges) - 1
    return [(edges[i], edges[i + 1], ramp.color(i / max(1, n - 1)) if ramp else QColor(255, 255 - 40 * i, 0))
            for i in range(n)]


def style_by_count(layer: QgsVectorLayer, limits: list[float], threshold: int, maximum: float) -> None:
    """One fixed graduated scale for every slot, plus a grey hatched class for suppressed cells."""
    from .flow_layer import class_labels  # (flow_layer imports this module)
    ranges = []
    classes = count_classes(limits, threshold, maximum)
    n = len(classes)
    # labels that do not overlap, as in the flows' legend: "30 – 1 299", "1 300 – 1 499", …, "3 500 or more"
    labels = class_labels([lo for lo, _hi, _c in classes] + [classes[-1][1]])
    for i, ((lo, hi, color), label) in enumerate(zip(classes, labels)):
        sym = QgsFillSymbol.createSimple({"color": color.name(), "outline_color": "255,255,255,90",
                                         "outline_width": "0.1"})
        sym.setOpacity(0.85)
        ranges.append(QgsRendererRange(lo, hi + (1e-9 if i == n - 1 else 0), sym, label))
    grad = QgsGraduatedSymbolRenderer("count", ranges)
    renderer = QgsRuleBasedRenderer.convertFromRenderer(grad)
    hatch = QgsFillSymbol.createSimple({"color": "190,190,190,120", "outline_color": "150,150,150",
                                        "outline_width": "0.1", "style": "b_diagonal"})
    rule = QgsRuleBasedRenderer.Rule(hatch, filterExp='"count" IS NULL',
                                     label=tr("Suppressed (fewer than {k} people)").format(k=threshold))
    renderer.rootRule().appendChild(rule)
    layer.setRenderer(renderer)
    layer.setCustomProperty("footfall/threshold", threshold)


def event_breaks(ds, classes: int = 5) -> tuple[list[float], float]:
    """Class limits that show the event's structure: percentiles (20, 40, 60, 80, 95) of the zone counts
    in the busiest tenth of the slots (at least one slot), rounded to 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5 × 10ⁿ;
    and the largest zone count of any slot (the top of the fixed scale). Quantiles over every slot, nights
    included, would put the whole peak in the top class."""
    import numpy as np

    from .flow_layer import round_break
    starts, _ends, totals, _s = ds.slot_totals()
    sql, params = ds.zone_slot_totals()
    top = float(ds.con.execute(f"SELECT max(count) FROM ({sql})", params).fetchone()[0] or 0.0)
    if len(totals) == 0:
        return [], top
    cut = float(np.quantile(totals, 0.9))
    busy = [float(s) for s, t in zip(starts, totals) if t >= cut]
    qs = ds.con.execute(
        f"SELECT quantile_cont(count, [0.2, 0.4, 0.6, 0.8, 0.95]) FROM ({sql}) q "
        "WHERE epoch(q.start) IN (SELECT unnest($busy)) AND count IS NOT NULL", {**params, "busy": busy}).fetchone()[0]
    limits: list[float] = []
    for v in qs or []:
        r = round_break(float(v))
        if r > 0 and (not limits or r > limits[-1]):
            limits.append(r)
    return limits, top
