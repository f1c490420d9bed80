"""The heat cube against QGIS's own KDE algorithm, mass conservation, the fixed scale, suppressed cells."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from footfall.core import heat


def _points(n=40, seed=3):
    rng = np.random.default_rng(seed)
    x = 148000 + rng.uniform(0, 4000, n)
    y = 170000 + rng.uniform(0, 3000, n)
    w = rng.uniform(30, 5000, (3, n))
    return x, y, w


def _qgis_kde(tmp_path, x, y, w, radius, pixel, kernel, output, decay=0.0):
    import processing
    layer = QgsVectorLayer("Point?crs=EPSG:31370", "pts", "memory")
    layer.dataProvider().addAttributes([QgsField("w", QVariant.Double)])
    layer.updateFields()
    feats = []
    for xi, yi, wi in zip(x, y, w):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(xi), float(yi))))
        f["w"] = float(wi)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    out = str(tmp_path / f"kde_{kernel}_{output}.tif")
    processing.run("qgis:heatmapkerneldensityestimation", {
        "INPUT": layer, "RADIUS": radius, "PIXEL_SIZE": pixel, "WEIGHT_FIELD": "w", "KERNEL": kernel,
        "DECAY": decay, "OUTPUT_VALUE": output, "OUTPUT": out})
    ds = gdal.Open(out)
    arr = ds.GetRasterBand(1).ReadAsArray().astype(np.float64)
    arr[arr == -9999] = 0.0
    return arr, ds.GetGeoTransform()


@pytest.mark.parametrize("kernel", range(5))
@pytest.mark.parametrize("output", [0, 1])
def test_frames_equal_qgis_kde_pixel_by_pixel(qgis_processing, tmp_path, kernel, output):
    x, y, w = _points()
    radius, pixel = 420.0, 25.0
    grid = heat.qgis_grid(x.min(), y.min(), x.max(), y.max(), radius, pixel)
    m = heat.point_matrix(x, y, grid, radius, kernel, output, decay=0.2 if kernel == 1 else 0.0)
    cube = heat.HeatCube(m, grid, w, np.arange(3), np.arange(3) + 1, "raw")
    for t in range(3):
        ref, gt = _qgis_kde(tmp_path, x, y, w[t], radius, pixel, kernel, output, 0.2 if kernel == 1 else 0.0)
        assert ref.shape == (grid.rows, grid.cols)
        assert gt == pytest.approx(grid.geotransform())
        mine = cube.frame(t)
        assert np.abs(mine - ref).max() < 1e-4 * ref.max()


def test_density_conserves_mass_and_is_per_km2():
    x, y, w = _points()
    radius, pixel = 500.0, 20.0
    grid = heat.qgis_grid(x.min(), y.min(), x.max(), y.max(), radius, pixel)
    cube = heat.HeatCube(heat.point_matrix(x, y, grid, radius, 0, 2), grid, w, np.arange(3), np.arange(3), "km2")
    for t in range(3):
        # people per km² times the pixel area in km² gives back every person of the frame (the grid is
        # grown by the radius, so no stamp is cut at the edge)
        assert cube.frame(t).sum() * (pixel * pixel / 1e6) == pytest.approx(w[t].sum(), rel=1e-5)


def test_spread_over_area_conserves_mass_and_flattens_a_large_zone():
    from footfall.core.grids import cell_wkt
    small = cell_wkt(250, 148000, 170000)
    large = cell_wkt(2000, 150000, 170000)
    xs = np.array([148125.0, 151000.0])
    ys = np.array([170125.0, 171000.0])
    radius, pixel = 300.0, 25.0
    grid = heat.qgis_grid(148000, 170000, 152000, 172000, radius, pixel)
    counts = np.array([[1000.0, 1000.0]])
    spread = heat.HeatCube(heat.area_matrix(heat.rasterize_zones([small, large], grid), grid, radius),
                           grid, counts, np.arange(1), np.arange(1), "km2").frame(0)
    assert spread.sum() * (pixel * pixel / 1e6) == pytest.approx(2000.0, rel=1e-5)
    centroid = heat.HeatCube(heat.point_matrix(xs, ys, grid, radius, 0, 2), grid, counts,
                             np.arange(1), np.arange(1), "km2").frame(0)
    # the same 1000 people over 4 km² instead of 0.0625 km²: the large zone's peak falls at least 20-fold
    r, c = int((grid.ymax - 171000) / pixel), int((151000 - grid.xmin) / pixel)
    assert centroid[r - 2:r + 3, c - 2:c + 3].max() > 20 * spread[r - 2:r + 3, c - 2:c + 3].max()


def test_suppressed_cells_contribute_nothing():
    x, y, _ = _points(3)
    grid = heat.qgis_grid(x.min(), y.min(), x.max(), y.max(), 400, 50)
    counts = np.array([[100.0, np.nan, 50.0]])
    cube = heat.HeatCube(heat.point_matrix(x, y, grid, 400, 0, 2), grid, counts, np.arange(1), np.arange(1), "km2")
    assert cube.frame(0).sum() * (50 * 50 / 1e6) == pytest.approx(150.0, rel=1e-5)


def test_one_scale_for_all_frames():
    x, y, w = _points()
    grid = heat.qgis_grid(x.min(), y.min(), x.max(), y.max(), 400, 50)
    w[1] *= 10  # one busy slot
    cube = heat.HeatCube(heat.point_matrix(x, y, grid, 400, 0, 2), grid, w, np.arange(3), np.arange(3), "km2")
    top = cube.scale_max()
    assert top == pytest.approx(max(cube.frame(t).max() for t in range(3)))
    assert cube.scale_max(0.99) < top


def test_refiltering_reuses_the_matrix_and_keeps_the_file_unread(tmp_path):
    from footfall.core.readers import read_export
    src = tmp_path / "g.csv"
    src.write_text("zone;datum;tijdstip;profiel;aantal\n"
                   "500mE148000N170000;06/07/2019;14:00;dagbezoekers;100\n"
                   "500mE148000N170000;06/07/2019;14:00;inwoners;300\n"
                   "500mE149000N170500;06/07/2019;14:00;dagbezoekers;60\n"
                   "500mE149000N170500;06/07/2019;14:15;inwoners;40\n", encoding="utf-8")
    ds = read_export(src)
    params = heat.HeatParams(radius=400, pixel=50)
    all_, _z, _s = heat.cube_for_dataset(ds, params)
    src.unlink()  # the cube of a new filter comes from the engine, not from the file
    day, _z, _s = heat.cube_for_dataset(ds, params, ["day_visitor"])
    assert day.matrix is all_.matrix
    px = 50 * 50 / 1e6
    assert all_.frame(0).sum() * px == pytest.approx(460, rel=1e-5)
    assert day.frame(0).sum() * px == pytest.approx(160, rel=1e-5)
    # the 14:15 slot has no day visitors: the filtered cube has one slot
    assert [f.sum() * px for _t, f in day.frames()] == pytest.approx([160], abs=1e-3)
    ds.close()
