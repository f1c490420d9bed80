"""Run inside QGIS by ../shared/tools/qgis-shot: open the Lyon demo and switch on origin flows in the panel."""
from qgis.core import QgsRectangle
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

p = plugins["footfall"]
p.open_demo("lyon")
state = {"on": False}


def _later():
    d = p.dock
    if d is not None and d.loaded is not None:
        if not state["on"]:
            state["on"] = True
            d.flows_box.setChecked(True)
        if d.loaded.flow_layer_id:
            iface.mapCanvas().setExtent(QgsRectangle(842400 - 200000, 6519230 - 160000, 842400 + 200000, 6519230 + 160000))
            iface.mapCanvas().refresh()
            return
    QTimer.singleShot(500, _later)


QTimer.singleShot(1500, _later)
