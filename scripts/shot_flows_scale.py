"""Run inside QGIS by ../shared/tools/qgis-shot: the Brussels demo's origin flows in the panel's default
view, whose detail follows the map scale, zoomed in on the Brussels area (municipality lines)."""
from qgis.core import QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

p = plugins["footfall"]
p.open_demo("brussels")
state = {"on": False}


def _later():
    d = p.dock
    if d is not None and d.loaded is not None:
        if not state["on"]:
            state["on"] = True
            d.flows_box.setChecked(True)
        if d.loaded.flow_layer_id:
            # about 1:600,000 on this screen: the municipality level
            iface.mapCanvas().setExtent(QgsRectangle(148850 - 45000, 170700 - 30000, 148850 + 45000, 170700 + 30000))
            root = QgsProject.instance().layerTreeRoot()
            for node in root.findLayers():
                node.setExpanded(node.layerId() == d.loaded.flow_layer_id)
            iface.mapCanvas().refresh()
            return
    QTimer.singleShot(500, _later)


QTimer.singleShot(1500, _later)
