"""Benchmark of the heat cube against QGIS's own tools, in the same run.

    .venv/bin/python -P bench/heat.py [--pixel 12.5] [--radius 600] [--qgis-frames 5]

1. Footfall: every frame of the Brussels demo (192 slots, 453 zones) at about 1000 × 1000 pixels,
   computed as one sparse product; then QGIS's *Heatmap (Kernel Density Estimation)* on a few of the
   same frames (same weighted points, radius, pixel size); milliseconds per frame and the ratio, and
   the largest difference between the two (relative to the frame's maximum).
2. Redraw when the slider moves, at 1000 × 1000: Footfall's heat layer (one paletted Byte band per
   slot) against QGIS's heatmap renderer on a point layer of every zone and slot filtered to one slot
   with a subset string. Median milliseconds over many slots.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--pixel", type=float, default=12.5)
    ap.add_argument("--radius", type=float, default=600.0)
    ap.add_argument("--qgis-frames", type=int, default=5)
    ap.add_argument("--redraws", type=int, default=40)
    args = ap.parse_args()

    import numpy as np
    from osgeo import gdal
    from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFeature, QgsField,
                           QgsGeometry, QgsHeatmapRenderer, QgsMapRendererSequentialJob,
                           QgsMapSettings, QgsPointXY, QgsVectorLayer)
    from qgis.PyQt.QtCore import QSize, QVariant

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing

    from footfall.core import demo, heat
    from footfall.core.readers import read_exports
    from footfall.cartography.heat_layer import heat_layer, show_band

    tmp = Path(tempfile.mkdtemp(prefix="footfall-bench-heat-"))
    files = demo.write_brussels_demo(tmp / "demo")
    ds = read_exports([files["presence"]], "Europe/Brussels")
    params = heat.HeatParams(radius=args.radius, pixel=args.pixel, output=0)  # raw, as QGIS's default
    t0 = time.perf_counter()
    cube, zones, _s = heat.cube_for_dataset(ds, params)
    cube._tile_blocks()  # part of the one-time set-up: reused for every filter of the same zones
    build = time.perf_counter() - t0
    t, rows, cols = cube.shape
    t0 = time.perf_counter()
    frames = {}
    pick = np.linspace(20, t - 20, args.qgis_frames).astype(int)
    for i, f in cube.frames():
        if i in pick:
            frames[i] = f.copy()
    ours = (time.perf_counter() - t0) / t
    print(f"grid {cols} x {rows} pixels, {t} slots, {len(zones)} zones, radius {args.radius} m, pixel {args.pixel} m")
    print(f"footfall: matrix and tiles built once in {build * 1000:.0f} ms (reused when filters change); "
          f"all frames {ours * 1000:.2f} ms per frame, {(build / t + ours) * 1000:.2f} ms with the set-up spread over the frames")

    # QGIS's KDE on the same weighted points, a few frames
    wkts = ds.zones_wkt()
    xs, ys = heat.zone_centroids([wkts[z] for z in zones])
    qtimes, worst = [], 0.0
    for i in pick:
        layer = QgsVectorLayer("Point?crs=EPSG:31370", "pts", "memory")
        layer.dataProvider().addAttributes([QgsField("w", QVariant.Double)])
        layer.updateFields()
        feats = []
        for x, y, w in zip(xs, ys, cube.counts[i]):
            f = QgsFeature(layer.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
            f["w"] = float(w)
            feats.append(f)
        layer.dataProvider().addFeatures(feats)
        layer.updateExtents()
        out = str(tmp / f"kde{i}.tif")
        t0 = time.perf_counter()
        processing.run("qgis:heatmapkerneldensityestimation", {
            "INPUT": layer, "RADIUS": args.radius, "PIXEL_SIZE": args.pixel, "WEIGHT_FIELD": "w",
            "KERNEL": 0, "OUTPUT_VALUE": 0, "OUTPUT": out})
        qtimes.append(time.perf_counter() - t0)
        g = gdal.Open(out)
        ref = g.GetRasterBand(1).ReadAsArray().astype(np.float64)
        g = None
        ref[ref == -9999] = 0
        worst = max(worst, float(np.abs(ref - frames[i]).max() / max(ref.max(), 1e-12)))
    q = statistics.median(qtimes)
    print(f"qgis:heatmapkerneldensityestimation: {q * 1000:.1f} ms per frame (median of {len(qtimes)})")
    print(f"ratio: footfall is {q / ours:.0f} x faster per frame ({q / (build / t + ours):.0f} x counting the set-up); "
          f"largest difference {worst:.2e} of the frame maximum")

    # redraw when the slider moves
    crs = QgsCoordinateReferenceSystem("EPSG:31370")
    display = str(tmp / "heatview.tif")
    vmax = cube.scale_max()
    heat.write_display_geotiff(cube, display, crs.toWkt(), vmax)
    hl = heat_layer(display, "heat", vmax, "", float(cube.starts[0]), float(cube.ends[-1]))
    ms = QgsMapSettings()
    ms.setDestinationCrs(crs)
    ms.setExtent(hl.extent())
    ms.setOutputSize(QSize(1000, 1000))

    def timed(layer, step, n):
        ms.setLayers([layer])
        out = []
        for k in range(n):
            step(20 + k)
            t0 = time.perf_counter()
            job = QgsMapRendererSequentialJob(ms)
            job.start()
            job.waitForFinished()
            out.append(time.perf_counter() - t0)
        return statistics.median(out)

    ours_redraw = timed(hl, lambda s: show_band(hl, s + 1), args.redraws)
    pts = QgsVectorLayer("Point?crs=EPSG:31370&field=slot:integer&field=w:double", "slots", "memory")
    feats = []
    for s in range(t):
        for x, y, w in zip(xs, ys, cube.counts[s]):
            f = QgsFeature(pts.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
            f.setAttributes([s, float(w)])
            feats.append(f)
    pts.dataProvider().addFeatures(feats)
    pts.updateExtents()
    hr = QgsHeatmapRenderer()
    hr.setWeightExpression('"w"')
    hr.setRadius(args.radius)
    from qgis.core import QgsUnitTypes
    hr.setRadiusUnit(QgsUnitTypes.RenderMapUnits)
    pts.setRenderer(hr)
    theirs_redraw = timed(pts, lambda s: pts.setSubsetString(f'"slot" = {s}'), args.redraws)
    print(f"redraw at 1000 x 1000 when the slot changes: footfall heat layer {ours_redraw * 1000:.1f} ms, "
          f"QGIS heatmap renderer with a subset filter {theirs_redraw * 1000:.1f} ms "
          f"(ratio {theirs_redraw / ours_redraw:.1f}); 30 frames per second needs under 33 ms")
    ds.close()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
