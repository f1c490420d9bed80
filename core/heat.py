"""Heat cube: a kernel density surface of people for every time slot, computed for all frames at once.

The grid and the kernels follow QGIS's *Heatmap (Kernel Density Estimation)* algorithm
(``qgis:heatmapkerneldensityestimation``, ``QgsKernelDensityEstimation``) so that, with zones taken as
their centroids, a frame equals QGIS's output on the same weighted points pixel by pixel:

- extent = the points' bounding box grown by the radius; ``rows = max(ceil(height / pixel) + 1, 1)``,
  ``cols`` likewise; origin at (xmin, ymax);
- each point adds ``weight × K(d)`` to the pixels of a (2b+1)² block around it, b being the radius in
  pixels (rounded up when the remainder exceeds 0.5 map units, as QGIS does), d the distance from the
  point to a pixel centre, pixels farther than the radius untouched;
- kernels 0 quartic, 1 triangular (with decay), 2 uniform, 3 triweight, 4 Epanechnikov; raw or scaled
  values with QGIS's constants.

Because a point's stamp does not depend on time, the whole cube is a sparse matrix (pixels × zones)
times the counts (zones × slots): one sparse product instead of one algorithm run per frame.

A third output, ``density``, is in people per km² and conserves mass exactly: each zone's stamp is
normalised so that it integrates to one over the pixels (QGIS's scaled values do not integrate to one).
Zone mode 1 spreads each zone's count evenly over its area before smoothing (see ``docs/heat.md``).
"""

from __future__ import annotations

import dataclasses
import math
from typing import Sequence

import numpy as np
from scipy import sparse

#: QGIS's kernel numbering (parameter KERNEL of qgis:heatmapkerneldensityestimation).
KERNELS = ("quartic", "triangular", "uniform", "triweight", "epanechnikov")
#: Output values: 0 raw and 1 scaled as QGIS; 2 density in people per km² (mass-conserving).
OUTPUTS = ("raw", "scaled", "density")


@dataclasses.dataclass(frozen=True)
class HeatGrid:
    """A raster grid: origin (xmin, ymax), square pixels, rows × cols."""

    xmin: float
    ymax: float
    pixel: float
    rows: int
    cols: int
    #: the bottom of the KDE bounds (points' ymin − radius), from which QGIS measures pixel centres;
    #: the raster itself may reach lower, since its height is rounded up to whole pixels plus one
    ybase: float | None = None

    @property
    def ymin(self) -> float:
        return self.ymax - self.rows * self.pixel

    @property
    def xmax(self) -> float:
        return self.xmin + self.cols * self.pixel

    def geotransform(self) -> tuple[float, float, float, float, float, float]:
        """GDAL geotransform."""
        return (self.xmin, self.pixel, 0.0, self.ymax, 0.0, -self.pixel)


def qgis_grid(xmin: float, ymin: float, xmax: float, ymax: float, radius: float, pixel: float) -> HeatGrid:
    """The grid QGIS's KDE makes for points with this bounding box."""
    if pixel <= 0 or radius <= 0:
        raise ValueError("radius and pixel size must be positive")
    bx0, by0, bx1, by1 = xmin - radius, ymin - radius, xmax + radius, ymax + radius
    rows = max(int(math.ceil((by1 - by0) / pixel)) + 1, 1)
    cols = max(int(math.ceil((bx1 - bx0) / pixel)) + 1, 1)
    return HeatGrid(bx0, by1, pixel, rows, cols, by0)


def radius_in_pixels(radius: float, pixel: float) -> int:
    """QGIS's buffer size: whole pixels in the radius, plus one when the rest exceeds 0.5 map units."""
    b = int(radius / pixel)
    if radius - pixel * b > 0.5:
        b += 1
    return b


def kernel_values(d: np.ndarray, radius: float, kernel: int, output: int, decay: float = 0.0) -> np.ndarray:
    """Kernel value at distances ``d`` (≤ radius), QGIS's formulas; ``output`` 2 is computed as raw."""
    u = d / radius
    scaled = output == 1
    name = KERNELS[kernel]
    if name == "quartic":
        v = (1.0 - u ** 2) ** 2
        return v * (116.0 / (5.0 * math.pi * radius ** 2)) * (15.0 / 16.0) if scaled else v
    if name == "triweight":
        v = (1.0 - u ** 2) ** 3
        return v * (128.0 / (35.0 * math.pi * radius ** 2)) * (35.0 / 32.0) if scaled else v
    if name == "epanechnikov":
        v = 1.0 - u ** 2
        return v * (8.0 / (3.0 * math.pi * radius ** 2)) * 0.75 if scaled else v
    if name == "uniform":
        v = np.ones_like(d)
        return v * (2.0 / (math.pi * radius)) * (0.5 / radius) if scaled else v
    # triangular with decay
    v = 1.0 - (1.0 - decay) * u
    if scaled and decay >= 0:
        return v * 3.0 / ((1.0 + 2.0 * decay) * math.pi * radius ** 2)
    return v


def point_matrix(x: np.ndarray, y: np.ndarray, grid: HeatGrid, radius: float, kernel: int = 0,
                 output: int = 0, decay: float = 0.0, chunk: int = 64) -> sparse.csr_matrix:
    """Sparse (pixels × points) matrix of each point's kernel stamp, placed as QGIS places it."""
    px = grid.pixel
    b = radius_in_pixels(radius, px)
    size = 2 * b + 1
    off = np.arange(size, dtype=np.float64)
    ybase = grid.ymin if grid.ybase is None else grid.ybase
    rows_l, cols_l, vals_l = [], [], []
    n = len(x)
    for s in range(0, n, chunk):
        xs, ys = np.asarray(x[s:s + chunk], float), np.asarray(y[s:s + chunk], float)
        xpos = np.trunc((xs - grid.xmin) / px - b).astype(np.int64)
        ypos = np.trunc((ys - ybase) / px - b).astype(np.int64)
        yio = np.trunc((grid.ymax - ys) / px - b).astype(np.int64)
        # QGIS reads and writes the whole block: a block outside the raster adds nothing
        inside = (xpos >= 0) & (yio >= 0) & (xpos + size <= grid.cols) & (yio + size <= grid.rows)
        cx = (xpos[:, None] + off[None, :] + 0.5) * px + grid.xmin  # (n, size) along x
        cy = (ypos[:, None] + off[None, :] + 0.5) * px + ybase  # (n, size) along y (from the bottom)
        dx = cx - xs[:, None]
        dy = cy - ys[:, None]
        d = np.sqrt(dy[:, :, None] ** 2 + dx[:, None, :] ** 2)  # (n, yp, xp)
        keep = (d <= radius) & inside[:, None, None]
        val = np.zeros_like(d)
        val[keep] = kernel_values(d[keep], radius, kernel, output, decay)
        if output == 2:  # density: each stamp integrates to one person over its pixels (per km²)
            tot = val.reshape(len(xs), -1).sum(axis=1)
            tot[tot == 0] = 1.0
            val = val / tot[:, None, None] / (px * px) * 1e6
        pi, yp, xp = np.nonzero(keep)
        prow = yio[pi] + yp  # QGIS writes the block top-down from yPositionIO
        pcol = xpos[pi] + xp
        rows_l.append(prow * grid.cols + pcol)
        cols_l.append(pi + s)
        vals_l.append(val[pi, yp, xp])
    if not rows_l:
        return sparse.csr_matrix((grid.rows * grid.cols, n), dtype=np.float32)
    m = sparse.coo_matrix((np.concatenate(vals_l).astype(np.float64),
                           (np.concatenate(rows_l), np.concatenate(cols_l))),
                          shape=(grid.rows * grid.cols, n))
    return m.tocsr().astype(np.float32)


def area_matrix(zone_masks: Sequence[tuple[int, int, np.ndarray]], grid: HeatGrid, radius: float,
                kernel: int = 0, output: int = 2, decay: float = 0.0) -> sparse.csr_matrix:
    """Sparse (pixels × zones) matrix spreading each zone evenly over its pixels, then smoothing.

    ``zone_masks`` holds, per zone, (row0, col0, boolean mask) of the pixels whose centre is in the zone.
    """
    from scipy.signal import fftconvolve
    px = grid.pixel
    b = radius_in_pixels(radius, px)
    off = (np.arange(2 * b + 1) - b) * px
    d = np.sqrt(off[:, None] ** 2 + off[None, :] ** 2)
    k = np.zeros_like(d)
    inside = d <= radius
    k[inside] = kernel_values(d[inside], radius, kernel, 0 if output == 2 else output, decay)
    rows_l, cols_l, vals_l = [], [], []
    for j, (r0, c0, mask) in enumerate(zone_masks):
        n = int(mask.sum())
        if n == 0:
            continue
        spread = fftconvolve(mask.astype(np.float64) / n, k, mode="full")
        spread[spread < 1e-12 * spread.max()] = 0.0
        if output == 2:
            spread = spread / spread.sum() / (px * px) * 1e6
        rr, cc = np.nonzero(spread)
        gr, gc = rr + r0 - b, cc + c0 - b
        ok = (gr >= 0) & (gr < grid.rows) & (gc >= 0) & (gc < grid.cols)
        rows_l.append(gr[ok] * grid.cols + gc[ok])
        cols_l.append(np.full(ok.sum(), j))
        vals_l.append(spread[rr[ok], cc[ok]])
    m = sparse.coo_matrix((np.concatenate(vals_l) if vals_l else np.zeros(0),
                           (np.concatenate(rows_l) if rows_l else np.zeros(0, int),
                            np.concatenate(cols_l) if cols_l else np.zeros(0, int))),
                          shape=(grid.rows * grid.cols, len(zone_masks)))
    return m.tocsr().astype(np.float32)


def rasterize_zones(wkts: Sequence[str], grid: HeatGrid) -> list[tuple[int, int, np.ndarray]]:
    """Per zone, the pixels of ``grid`` whose centre falls inside it, as (row0, col0, mask)."""
    from osgeo import gdal, ogr
    gdal.UseExceptions()
    out = []
    for wkt in wkts:
        geom = ogr.CreateGeometryFromWkt(wkt)
        x0, x1, y0, y1 = geom.GetEnvelope()
        c0 = max(0, int(math.floor((x0 - grid.xmin) / grid.pixel)))
        c1 = min(grid.cols, int(math.ceil((x1 - grid.xmin) / grid.pixel)) + 1)
        r0 = max(0, int(math.floor((grid.ymax - y1) / grid.pixel)))
        r1 = min(grid.rows, int(math.ceil((grid.ymax - y0) / grid.pixel)) + 1)
        if c1 <= c0 or r1 <= r0:
            out.append((0, 0, np.zeros((0, 0), bool)))
            continue
        drv = gdal.GetDriverByName("MEM")
        ds = drv.Create("", c1 - c0, r1 - r0, 1, gdal.GDT_Byte)
        ds.SetGeoTransform((grid.xmin + c0 * grid.pixel, grid.pixel, 0, grid.ymax - r0 * grid.pixel, 0, -grid.pixel))
        mem = ogr.GetDriverByName("Memory").CreateDataSource("")
        lyr = mem.CreateLayer("z")
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(geom)
        lyr.CreateFeature(f)
        gdal.RasterizeLayer(ds, [1], lyr, burn_values=[1])
        mask = ds.ReadAsArray().astype(bool)
        if not mask.any():  # a zone smaller than a pixel: its centre pixel
            cx, cy = geom.Centroid().GetX(), geom.Centroid().GetY()
            mask = np.zeros_like(mask)
            rr = min(mask.shape[0] - 1, max(0, int((grid.ymax - cy) / grid.pixel) - r0))
            cc = min(mask.shape[1] - 1, max(0, int((cx - grid.xmin) / grid.pixel) - c0))
            mask[rr, cc] = True
        out.append((r0, c0, mask))
    return out


class HeatCube:
    """Frames of a heat surface for zones × slots counts; frames are computed on demand or all at once."""

    def __init__(self, matrix: sparse.csr_matrix, grid: HeatGrid, counts: np.ndarray,
                 starts: np.ndarray, ends: np.ndarray, unit: str) -> None:
        self.matrix = matrix
        self.grid = grid
        self.counts = np.nan_to_num(np.asarray(counts, dtype=np.float32))  # (slots, zones); suppressed → 0
        self.starts = starts
        self.ends = ends
        self.unit = unit
        self._cache: dict[int, np.ndarray] = {}

    @property
    def shape(self) -> tuple[int, int, int]:
        return (len(self.counts), self.grid.rows, self.grid.cols)

    def frame(self, t: int) -> np.ndarray:
        """One frame (rows × cols, float32)."""
        f = self._cache.get(t)
        if f is None:
            f = (self.matrix @ self.counts[t]).astype(np.float32).reshape(self.grid.rows, self.grid.cols)
            if len(self._cache) > 64:
                self._cache.pop(next(iter(self._cache)))
            self._cache[t] = f
        return f

    def frames(self, first: int = 0, last: int | None = None, batch: int = 16):
        """Yield (t, frame) for a range of slots, computed in batches with one sparse product each."""
        last = len(self.counts) if last is None else last
        for s in range(first, last, batch):
            block = self.counts[s:min(last, s + batch)]  # (b, zones)
            res = (self.matrix @ block.T).T  # (b, pixels)
            for i, row in enumerate(np.asarray(res, dtype=np.float32)):
                yield s + i, row.reshape(self.grid.rows, self.grid.cols)

    def cube(self) -> np.ndarray:
        """The whole cube (slots × rows × cols) in memory."""
        out = np.empty(self.shape, dtype=np.float32)
        for t, f in self.frames():
            out[t] = f
        return out

    def scale_max(self, quantile: float | None = None, sample: int = 200_000) -> float:
        """One colour-scale maximum for the whole animation: the maximum over all frames, or a quantile
        of the non-zero pixel values of all frames."""
        best = 0.0
        vals = []
        rng = np.random.default_rng(0)
        for _t, f in self.frames():
            best = max(best, float(f.max()))
            if quantile is not None:
                nz = f[f > 0]
                if nz.size:
                    take = min(nz.size, max(1, sample // max(1, len(self.counts))))
                    vals.append(rng.choice(nz, take, replace=False))
        if quantile is None or not vals:
            return best
        return float(np.quantile(np.concatenate(vals), quantile))
