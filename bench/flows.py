"""Benchmark of origin flows against drawing the same rows as plain QGIS line features, in the same run.

    .venv/bin/python -P bench/flows.py [--rows 100000] [--redraws 15]

1. Footfall: 100,000 origin–destination rows (Belgian postcodes, French communes and countries, to 50
   zones of Brussels, over 10 days) aggregated with the anonymity rule (DuckDB + numpy), turned into
   curved line features and styled; then the median redraw of that flow layer at 1000 × 1000 pixels,
   for every origin as given, and for the view whose detail follows the map scale (the panel's default)
   at three scales: Europe (countries), Belgium (provinces) and the Brussels area (municipalities).
2. The alternative: the same 100,000 rows as straight QGIS line features (origin → zone centroid) in a
   memory layer with the same graduated renderer; build time and median redraw.

Goal (issue #4): a redraw under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--redraws", type=int, default=15)
    args = ap.parse_args()

    import numpy as np
    import pandas as pd
    from qgis.core import (QgsApplication, QgsExpressionContext, QgsExpressionContextUtils, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature,
                           QgsGeometry, QgsMapRendererSequentialJob, QgsMapSettings, QgsPointXY, QgsProject,
                           QgsRectangle, QgsVectorLayer)
    from qgis.PyQt.QtCore import QSize

    app = QgsApplication([], False)
    app.initQgis()
    from footfall.core.dataset import Dataset
    from footfall.core.flows import FlowQuery, origin_flows, origin_flows_by_level
    from footfall.core.gazetteer import gazetteer
    from footfall.cartography.flow_layer import flow_features, memory_layer, style_flows

    g = gazetteer()
    rng = np.random.default_rng(4)
    pcs = [p for p in g.places.values() if p.level == "postcode"]
    communes = [p for p in g.places.values() if p.level == "commune"][::20]
    countries = [p for p in g.places.values() if p.level == "country"]
    origins = [("postcode", p.code) for p in pcs] + [("municipality", p.code) for p in communes] + \
              [("country", p.code) for p in countries]
    n = args.rows
    pick = rng.integers(0, len(origins), n)
    zones = [f"z{i:02d}" for i in range(50)]
    zone_xy = {z: (148850 + 3000 * np.cos(i), 170700 + 3000 * np.sin(i)) for i, z in enumerate(zones)}
    day = rng.integers(0, 10, n)
    start = pd.to_datetime("2019-07-01", utc=True) + pd.to_timedelta(day, unit="D")
    df = pd.DataFrame({
        "zone_id": np.array(zones, dtype=object)[rng.integers(0, 50, n)],
        "start": start, "end": start + pd.Timedelta(days=1),
        "profile": np.where(rng.random(n) < 0.6, "day_visitor", "overnight_visitor"),
        "origin_type": [origins[i][0] for i in pick], "origin_code": [origins[i][1] for i in pick],
        "count": np.round(rng.lognormal(4.0, 1.0, n)), "suppressed": np.zeros(n, dtype=np.int8)})
    df.loc[df["count"] < 30, "count"] = np.nan
    df.loc[df["count"].isna(), "suppressed"] = 1
    df = df.drop_duplicates(["zone_id", "start", "profile", "origin_type", "origin_code"])
    ds = Dataset(":memory:")
    ds.metadata.crs = "EPSG:31370"
    ds.con.register("bench_df", df)
    ds.insert_rows("bench_df")
    crs = QgsCoordinateReferenceSystem("EPSG:31370")
    venue = QgsPointXY(148850, 170700)
    extent = QgsRectangle(-150_000, -50_000, 450_000, 550_000)

    def redraw(layer, ext=None) -> float:
        ms = QgsMapSettings()
        ms.setLayers([layer])
        ms.setDestinationCrs(crs)
        ms.setExtent(ext or extent)
        ms.setOutputSize(QSize(1000, 1000))
        ctx = QgsExpressionContext()  # as the canvas does: @map_extent for the edge arrows and labels
        ctx.appendScope(QgsExpressionContextUtils.mapSettingsScope(ms))
        ms.setExpressionContext(ctx)
        times = []
        for _ in range(args.redraws):
            t = time.perf_counter()
            job = QgsMapRendererSequentialJob(ms)
            job.start()
            job.waitForFinished()
            times.append((time.perf_counter() - t) * 1000)
        return statistics.median(times)

    t0 = time.perf_counter()
    res = origin_flows(ds, FlowQuery(level=0))
    t_agg = time.perf_counter() - t0
    feats = flow_features(res, {"": venue}, crs)
    layer = memory_layer(feats, crs, "flows")
    style_flows(layer, 30, labels=False)
    t_footfall = time.perf_counter() - t0
    r_footfall = redraw(layer)
    # the view whose detail follows the map scale: three levels in one layer, one drawn per scale
    t0 = time.perf_counter()
    levels = origin_flows_by_level(ds, FlowQuery())
    lay2 = memory_layer([f for r in levels for f in flow_features(r, {"": venue}, crs)], crs, "flows2")
    style_flows(lay2, 30, labels=False)
    t_scale = time.perf_counter() - t0
    # the panel's default: the same view with the 30 largest lines of each level
    top = origin_flows_by_level(ds, FlowQuery(top_n=30))
    lay3 = memory_layer([f for r in top for f in flow_features(r, {"": venue}, crs)], crs, "flows3")
    style_flows(lay3, 30, labels=True)
    views = {}
    for name, half in (("Europe, countries", 1_500_000), ("Belgium, provinces", 300_000),
                       ("Brussels area, municipalities", 60_000)):
        ext = QgsRectangle(venue.x() - half, venue.y() - half, venue.x() + half, venue.y() + half)
        views[name] = (redraw(lay2, ext), redraw(lay3, ext))

    # the alternative: every row as a plain straight line feature
    t0 = time.perf_counter()
    rows = ds.con.execute("SELECT origin_type, origin_code, zone_id, count FROM footfall WHERE count IS NOT NULL").fetchall()
    to_crs = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsProject.instance().transformContext())
    plain = QgsVectorLayer("LineString?crs=EPSG:31370&field=visitors:double&field=label:string", "plain", "memory")
    out = []
    cache = {}
    for t, c, z, v in rows:
        p = cache.get((t, c))
        if p is None:
            place = g.resolve(t, c, "BE")
            p = cache[(t, c)] = to_crs.transform(QgsPointXY(place.lon, place.lat)) if place else None
        if p is None:
            continue
        f = QgsFeature(plain.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([p, QgsPointXY(*zone_xy[z])]))
        f.setAttributes([float(v), ""])
        out.append(f)
    plain.dataProvider().addFeatures(out)
    style_flows(plain, 30, labels=False)
    t_plain = time.perf_counter() - t0
    r_plain = redraw(plain)

    print(f"{len(df):,} origin–destination rows, {len(res.flows)} flows after aggregation "
          f"({res.merged_origins} origins merged, {len(res.unresolved)} unresolved)")
    print(f"{'':34}{'build s':>10}{'redraw ms':>12}")
    print(f"{'Footfall (aggregated, curved)':34}{t_footfall:10.2f}{r_footfall:12.1f}   (aggregation {t_agg:.2f} s)")
    print(f"{'plain QGIS lines, one per row':34}{t_plain:10.2f}{r_plain:12.1f}")
    print(f"ratio: build {t_plain / t_footfall:.1f}x, redraw {r_plain / r_footfall:.1f}x faster")
    print(f"\nDetail follows the map scale ({', '.join(str(len(r.flows)) for r in levels)} flows at levels "
          f"{', '.join(str(r.level) for r in levels)}), build {t_scale:.2f} s:")
    print(f"  {'':32}{'all lines ms':>14}{'30 largest per level, labelled ms':>36}")
    for name, (all_, top_) in views.items():
        print(f"  {name:32}{all_:14.1f}{top_:36.1f}")
    worst = max(v[0] for v in views.values())
    worst_top = max(v[1] for v in views.values())
    print(f"goal redraw < 100 ms: every origin as given {'met' if r_footfall < 100 else 'NOT met'} "
          f"({r_footfall:.0f} ms); detail following the scale, all lines {'met' if worst < 100 else 'NOT met'} "
          f"(slowest {worst:.0f} ms), panel default {'met' if worst_top < 100 else 'NOT met'} (slowest {worst_top:.0f} ms)")
    ds.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
