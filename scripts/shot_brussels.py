"""Run inside QGIS by ../shared/tools/qgis-shot: open the Brussels demo and move to Sunday 15:15."""
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

p = plugins["footfall"]
p.open_demo("brussels")


def _later():
    if p.dock is not None and p.dock.loaded is not None:
        p.dock.slider.setValue(157)  # Sunday 7 July 2019, 15:15, the demo's peak
    else:
        QTimer.singleShot(500, _later)


QTimer.singleShot(1500, _later)
