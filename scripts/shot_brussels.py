"""Run inside QGIS by ../shared/tools/qgis-shot: open the Brussels demo, show the heatmap, go to Sunday 15:15."""
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

p = plugins["footfall"]
p.open_demo("brussels")
state = {"heat": False}


def _later():
    d = p.dock
    if d is not None and d.loaded is not None:
        if not state["heat"]:
            state["heat"] = True
            d.heat_box.setChecked(True)
        if d.loaded.heat_layer_id:
            d.slider.setValue(157)  # Sunday 7 July 2019, 15:15, the demo's peak
            return
    QTimer.singleShot(500, _later)


QTimer.singleShot(1500, _later)
