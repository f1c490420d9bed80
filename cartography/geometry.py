"""Geometry helpers shared by Processing, the GUI, the viewer and the report: zone centroids, the venue,
great-circle rings, zones read from a QGIS layer. Imports qgis; never imports ``plugin`` or ``processing``."""

from __future__ import annotations

import math

import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication


def zone_centroids(ds) -> dict[str, QgsPointXY]:
    """Centroid of every zone with geometry, in the dataset's CRS."""
    out = {}
    for zid, wkt in ds.zones_wkt().items():
        g = QgsGeometry.fromWkt(wkt)
        if g is not None and not g.isEmpty():
            out[zid] = g.centroid().asPoint()
    return out


def weighted_venue(ds, centroids: dict[str, QgsPointXY], zones: list[str] | None,
                   measure: str | None = None) -> QgsPointXY | None:
    """The visitor-weighted centroid of the (chosen) zones' centroids, weighted by the origin rows of one
    measure and cut (those of the flows, :func:`core.flows.flow_measure`): never nights added to visitors."""
    from ..core.flows import flow_measure
    m, cuts = flow_measure(ds, measure)
    where, params = ("measure = $m AND list_contains($c, cut)", {"m": m, "c": cuts}) if m is not None else ("TRUE", {})
    rows = ds.con.execute("SELECT zone_id, coalesce(sum(count), 0) FROM footfall WHERE origin_code IS NOT NULL "
                          f"AND {where} GROUP BY 1", params).fetchall()
    keep = set(zones) if zones is not None else None
    sx = sy = sw = 0.0
    for z, w in rows:
        p = centroids.get(z)
        if p is None or (keep is not None and z not in keep):
            continue
        w = float(w) or 1e-9
        sx += p.x() * w
        sy += p.y() * w
        sw += w
    return QgsPointXY(sx / sw, sy / sw) if sw else None


def geodesic_circle(lon: float, lat: float, radius_km: float, vertices: int = 144) -> QgsGeometry:
    """A circle of ``radius_km`` (great-circle distance) around a WGS 84 point, as a polygon."""
    r = 6371.0088
    d = radius_km / r
    phi1, lam1 = math.radians(lat), math.radians(lon)
    brg = np.linspace(0, 2 * np.pi, vertices, endpoint=False)
    phi2 = np.arcsin(np.sin(phi1) * np.cos(d) + np.cos(phi1) * np.sin(d) * np.cos(brg))
    lam2 = lam1 + np.arctan2(np.sin(brg) * np.sin(d) * np.cos(phi1), np.cos(d) - np.sin(phi1) * np.sin(phi2))
    pts = [QgsPointXY(float(x), float(y)) for x, y in zip(np.degrees(lam2), np.degrees(phi2))]
    return QgsGeometry.fromPolygonXY([pts + [pts[0]]])


def zones_from_layer(layer, field: str | None, ds_crs_hint: str | None = None) -> tuple[dict[str, str], str]:
    """Zone WKT by id from a vector layer (its own CRS), read once on the calling thread."""
    if not field:
        for cand in ("zone_id", "zone", "id", "code"):
            if layer.fields().indexOf(cand) >= 0:
                field = cand
                break
    if not field or layer.fields().indexOf(field) < 0:
        raise QgsProcessingException(
            QCoreApplication.translate("FootfallAlgorithm", "The zone layer has no field “{field}”; choose the field that holds the zone ids.").format(field=field or ""))
    req = QgsFeatureRequest().setSubsetOfAttributes([field], layer.fields())
    zones = {}
    for f in layer.getFeatures(req):
        g = f.geometry()
        if g is not None and not g.isEmpty():
            zones[str(f[field]).strip()] = g.asWkt()
    return zones, layer.crs().authid() or layer.crs().toWkt()
