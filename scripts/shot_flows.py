"""Run inside QGIS by ../shared/tools/qgis-shot: origin flows of the Lyon demo, styled, over France."""
import tempfile
from pathlib import Path

import processing
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.utils import iface

from footfall.core import demo
from footfall.cartography.flow_layer import style_flows

folder = Path(tempfile.mkdtemp(prefix="footfall-shot-"))
files = demo.demo_files("lyon", folder)
res = processing.run("footfall:origin_flows", {"INPUT": str(files["origin"]), "ZONES": str(files["zones"]),
                                                "ZONE_FIELD": "zone_id", "TIMEZONE": "Europe/Paris", "LEVEL": 0,
                                                "TOP_N": 25, "OUTPUT": str(folder / "flows.gpkg")})
zones = QgsVectorLayer(str(files["zones"]), "zones", "ogr")
QgsProject.instance().addMapLayer(zones)
layer = QgsVectorLayer(res["OUTPUT"], "flows", "ogr")
style_flows(layer, 30)
QgsProject.instance().addMapLayer(layer)
canvas = iface.mapCanvas()
canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
canvas.setExtent(QgsRectangle(842400 - 480000, 6519230 - 420000, 842400 + 480000, 6519230 + 420000))
canvas.refresh()
