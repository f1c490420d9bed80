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

from .fsutil import atomic_file

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
        self.partial = np.zeros(self.counts.shape, dtype=bool)  # zone-slot totals known only in part
        self.partial_cells = 0
        self.suppressed_cells = 0
        self.precision = 0.1

    def partial_zones(self, t: int) -> int:
        """Zones whose count in slot ``t`` is partly suppressed (the heat around them is a lower bound)."""
        return int(self.partial[t].sum()) if self.partial.size else 0

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

    def _tile_blocks(self, size: int = 64) -> list:
        """The matrix cut into square pixel tiles, each a small dense (zones near the tile × pixels)
        block: a batch of frames is then one BLAS product per tile (much faster than a sparse product
        whose rows hold three values on average)."""
        if getattr(self, "_tiles", None) is None:
            rows, cols = self.grid.rows, self.grid.cols
            a = self.matrix.tocsr()
            tiles = []
            for ty in range(0, rows, size):
                for tx in range(0, cols, size):
                    th, tw = min(size, rows - ty), min(size, cols - tx)
                    pix = ((np.arange(ty, ty + th)[:, None]) * cols + np.arange(tx, tx + tw)[None, :]).ravel()
                    sub = a[pix]
                    near = np.unique(sub.indices)
                    if len(near) == 0:
                        continue
                    dense = np.ascontiguousarray(sub[:, near].toarray().T, dtype=np.float32)  # (zones, pixels)
                    tiles.append((ty, tx, th, tw, near, dense))
            self._tiles = tiles
            key = getattr(self, "_cache_key", None)
            if key is not None and key in _MATRICES:
                _MATRICES[key] = (self.grid, self.matrix, tiles)
        return self._tiles

    def frames(self, first: int = 0, last: int | None = None, batch: int = 8):
        """Yield (t, frame) for a range of slots, computed in batches: one small dense product per tile."""
        last = len(self.counts) if last is None else last
        tiles = self._tile_blocks()
        rows, cols = self.grid.rows, self.grid.cols
        for s in range(first, last, batch):
            block = self.counts[s:min(last, s + batch)]  # (b, zones)
            out = np.zeros((len(block), rows, cols), dtype=np.float32)
            for ty, tx, th, tw, near, dense in tiles:
                out[:, ty:ty + th, tx:tx + tw] = (block[:, near] @ dense).reshape(len(block), th, tw)
            for i in range(len(block)):
                yield s + i, out[i]

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


def zone_centroids(wkts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Centroids (x, y) of zone polygons given as WKT."""
    from osgeo import ogr
    xs, ys = np.empty(len(wkts)), np.empty(len(wkts))
    for i, wkt in enumerate(wkts):
        c = ogr.CreateGeometryFromWkt(wkt).Centroid()
        xs[i], ys[i] = c.GetX(), c.GetY()
    return xs, ys


@dataclasses.dataclass
class HeatParams:
    """Parameters of a heat cube, as the Processing algorithm takes them."""

    radius: float = 500.0
    pixel: float = 25.0
    kernel: int = 0
    output: int = 2
    zone_mode: int = 0
    decay: float = 0.0


#: The top of the heat's colour scale: this quantile of the non-zero pixels of every frame. One definition
#: for the demo's PNG and animation, the report's map, the plugin's layer and the exported GeoTIFF.
SCALE_QUANTILE = 0.999


def scale_top(cube) -> float:
    """The top of the colour scale of a cube (the same number wherever the cube is shown)."""
    return float(cube.scale_max(SCALE_QUANTILE))


def slot_matrix(ds, profiles: Sequence[str] | None = None, origins: Sequence[str] | None = None,
                zone_ids: Sequence[str] | None = None, measure: str | None = None, with_partial: bool = False):
    """Counts of one measure (the dataset's first when None) as a (slots × zones) float32 array, NaN where
    suppressed; with slot starts/ends (epoch s), the zone ids (columns) and the number of suppressed
    zone-slot cells. With ``with_partial``, also the (slots × zones) mask of the totals that are known only
    in part (some of their parts suppressed: the count is a lower bound)."""
    sql, params = ds.zone_slot_totals(profiles, origins, measure=measure)
    res = ds.con.execute(f"SELECT zone_id, epoch(start) AS s, epoch(\"end\") AS e, count, suppressed_parts AS sp "
                         f"FROM ({sql})", params).fetchnumpy()
    zones = list(zone_ids) if zone_ids is not None else sorted(set(res["zone_id"].tolist()))
    zindex = {z: i for i, z in enumerate(zones)}
    starts, inv = np.unique(np.asarray(res["s"], dtype=np.float64), return_inverse=True)
    ends = np.zeros_like(starts)
    ends[inv] = np.asarray(res["e"], dtype=np.float64)
    col = np.array([zindex.get(z, -1) for z in res["zone_id"].tolist()], dtype=np.int64)
    counts = np.zeros((len(starts), len(zones)), dtype=np.float32)
    raw = res["count"]
    vals = np.asarray(raw.filled(np.nan) if hasattr(raw, "filled") else raw, dtype=np.float64)
    ok = col >= 0
    counts[inv[ok], col[ok]] = vals[ok]
    suppressed = int(np.isnan(vals[ok]).sum())
    if not with_partial:
        return counts, starts, ends, zones, suppressed
    partial = np.zeros(counts.shape, dtype=bool)
    sp = np.asarray(res["sp"].filled(0) if hasattr(res["sp"], "filled") else res["sp"], dtype=np.int64)
    part = ok & (sp > 0) & ~np.isnan(vals)
    partial[inv[part], col[part]] = True
    return counts, starts, ends, zones, suppressed, partial


def cube_for_dataset(ds, params: HeatParams, profiles: Sequence[str] | None = None,
                     origins: Sequence[str] | None = None, measure: str | None = None) -> tuple[HeatCube, list[str], int]:
    """The heat cube of a dataset's zones (which must have geometry in a projected CRS).

    Returns the cube, the zone ids of its columns and the number of suppressed zone-slot cells (they
    contribute nothing). The cube also knows which zone-slot totals are only partly known
    (``cube.partial``, ``cube.partial_cells``: the heat around them is a lower bound), the suppressed
    cells (``cube.suppressed_cells``) and the precision of the counts (``cube.precision``)."""
    zones_wkt = ds.zones_wkt()
    zone_ids = sorted(zones_wkt)
    counts, starts, ends, _z, suppressed, partial = slot_matrix(ds, profiles, origins, zone_ids, measure,
                                                                 with_partial=True)
    wkts = [zones_wkt[z] for z in zone_ids]
    key = (hash(tuple(wkts)), tuple(zone_ids), dataclasses.astuple(params))
    cached = _MATRICES.get(key)
    if cached is None:
        grid, m = _build_matrix(wkts, params)
        cached = (grid, m, None)
    grid, m, tiles = cached
    unit = {0: "raw", 1: "scaled", 2: "km2"}[params.output]
    cube = HeatCube(m, grid, counts, starts, ends, unit)
    cube.partial = partial
    cube.partial_cells = int(partial.sum())
    cube.suppressed_cells = suppressed
    cube.precision = float(ds.metadata.precision if ds.metadata.precision is not None else 0.1)
    cube._tiles = tiles
    cube._cache_key = key
    _MATRICES[key] = (grid, m, tiles)
    while len(_MATRICES) > 4:
        _MATRICES.pop(next(iter(_MATRICES)))
    return cube, zone_ids, suppressed


#: Matrices (and their tiles) of recent zone sets and parameters: a new filter only changes the counts.
_MATRICES: dict = {}


def _build_matrix(wkts: Sequence[str], params: HeatParams) -> tuple[HeatGrid, sparse.csr_matrix]:
    xs, ys = zone_centroids(wkts)
    if params.zone_mode == 1:
        from osgeo import ogr
        env = [ogr.CreateGeometryFromWkt(w).GetEnvelope() for w in wkts]
        x0 = min(min(e[0] for e in env), xs.min())
        x1 = max(max(e[1] for e in env), xs.max())
        y0 = min(min(e[2] for e in env), ys.min())
        y1 = max(max(e[3] for e in env), ys.max())
        grid = qgis_grid(x0, y0, x1, y1, params.radius, params.pixel)
        return grid, area_matrix(rasterize_zones(wkts, grid), grid, params.radius, params.kernel, params.output, params.decay)
    grid = qgis_grid(xs.min(), ys.min(), xs.max(), ys.max(), params.radius, params.pixel)
    return grid, point_matrix(xs, ys, grid, params.radius, params.kernel, params.output, params.decay)


def write_geotiff(cube: HeatCube, path: str, crs_wkt: str, progress=None, compress: bool = True,
                  source: str = "") -> str:
    """Write the cube as a multi-band GeoTIFF (one band per slot, its description the slot start in ISO
    8601 UTC), to a temporary name first, then renamed into place. ``source`` (the export's file names)
    is kept in the metadata item ``FOOTFALL_SOURCE``, so that an animation of a demo says “synthetic”."""
    import datetime as dt
    from osgeo import gdal
    gdal.UseExceptions()
    with atomic_file(path, ".heat-", ".part.tif") as tmp:
        t, rows, cols = cube.shape
        drv = gdal.GetDriverByName("GTiff")
        # band-interleaved so that showing one slot reads one band, not all of them
        opts = ["INTERLEAVE=BAND", "TILED=YES", "BIGTIFF=IF_SAFER"]
        if compress:
            opts += ["COMPRESS=DEFLATE", "PREDICTOR=3", "ZLEVEL=1", "NUM_THREADS=ALL_CPUS"]
        out = drv.Create(tmp, cols, rows, t, gdal.GDT_Float32, opts)
        out.SetGeoTransform(cube.grid.geotransform())
        if crs_wkt:
            out.SetProjection(crs_wkt)
        top = 0.0
        for i, frame in cube.frames():
            band = out.GetRasterBand(i + 1)
            band.WriteArray(frame)
            top = max(top, float(frame.max()))
            start = dt.datetime.fromtimestamp(float(cube.starts[i]), dt.timezone.utc)
            band.SetDescription(start.strftime("%Y-%m-%dT%H:%M:%SZ"))
            band.SetMetadataItem("END", dt.datetime.fromtimestamp(float(cube.ends[i]), dt.timezone.utc)
                                 .strftime("%Y-%m-%dT%H:%M:%SZ"))
            band.SetMetadataItem("PARTIAL_ZONES", str(cube.partial_zones(i)))
            if progress is not None:
                progress.set(100.0 * (i + 1) / t)
        out.SetMetadataItem("FOOTFALL_UNIT", cube.unit)
        out.SetMetadataItem("FOOTFALL_MAX", repr(top))
        out.SetMetadataItem("FOOTFALL_SCALE_TOP", repr(scale_top(cube)))
        out.SetMetadataItem("FOOTFALL_PARTIAL_CELLS", str(cube.partial_cells))
        out.SetMetadataItem("FOOTFALL_SUPPRESSED_CELLS", str(cube.suppressed_cells))
        out.SetMetadataItem("FOOTFALL_PRECISION", repr(cube.precision))
        if source:
            out.SetMetadataItem("FOOTFALL_SOURCE", source)
        cube.frame_max = top
        out.FlushCache()
        out = None
    return path


#: ColorBrewer YlOrRd (9 classes), from light to dark.
YLORRD = ("#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026", "#800026")


def ramp_lut(stops: Sequence[str] = YLORRD, alpha_low: float = 0.35, alpha_high: float = 0.92) -> np.ndarray:
    """A 256 × 4 RGBA lookup table; entry 0 is transparent (no people), opacity grows with the value."""
    rgb = np.array([[int(s[i:i + 2], 16) for i in (1, 3, 5)] for s in stops], dtype=np.float64)
    pos = np.linspace(0, 1, len(stops))
    t = np.linspace(0, 1, 256)
    lut = np.empty((256, 4), dtype=np.uint8)
    for c in range(3):
        lut[:, c] = np.round(np.interp(t, pos, rgb[:, c]))
    lut[:, 3] = np.round(255 * (alpha_low + (alpha_high - alpha_low) * np.sqrt(t)))
    lut[0, 3] = 0
    return lut


def colorize(frame: np.ndarray, vmax: float, lut: np.ndarray | None = None) -> np.ndarray:
    """RGBA uint8 image of a frame on a fixed scale [0, vmax]; values at or above vmax get the top colour."""
    lut = ramp_lut() if lut is None else lut
    return lut[quantize(frame, vmax)]


def ensure_projected(ds) -> str:
    """Reproject the dataset's zones to a projected CRS when they are in degrees (Belgian Lambert 72 for
    Brussels, Lambert-93 for Paris time, else the UTM zone of their centre); return the CRS used."""
    from osgeo import ogr, osr
    crs = ds.metadata.crs
    src = osr.SpatialReference()
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if not crs or src.SetFromUserInput(crs) != 0:
        raise ValueError("zones have no usable CRS")
    if src.IsProjected():
        return crs
    zones = ds.zones_wkt()
    if ds.metadata.timezone == "Europe/Paris":
        epsg = 2154
    elif ds.metadata.timezone == "Europe/Brussels":
        epsg = 31370
    else:
        xs, _ys = zone_centroids(list(zones.values())[:50])
        epsg = 32600 + int((float(np.mean(xs)) + 180) // 6) + 1
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(epsg)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tr = osr.CoordinateTransformation(src, dst)
    out = {}
    for zid, wkt in zones.items():
        g = ogr.CreateGeometryFromWkt(wkt)
        g.Transform(tr)
        out[zid] = g.ExportToWkt()
    ds.set_zones(out, f"EPSG:{epsg}")
    return f"EPSG:{epsg}"


class GeoTiffCube:
    """A heat cube read back from a GeoTIFF written by :func:`write_geotiff` (bands read on demand)."""

    def __init__(self, path: str) -> None:
        import datetime as dt
        from osgeo import gdal
        gdal.UseExceptions()
        self.ds = gdal.Open(path)
        if self.ds is None or self.ds.RasterCount == 0:
            raise ValueError(path)
        gt = self.ds.GetGeoTransform()
        self.grid = HeatGrid(gt[0], gt[3], gt[1], self.ds.RasterYSize, self.ds.RasterXSize)
        self.crs_wkt = self.ds.GetProjection()
        self.unit = self.ds.GetMetadataItem("FOOTFALL_UNIT") or "raw"
        top = self.ds.GetMetadataItem("FOOTFALL_MAX")
        self.frame_max = float(top) if top else None
        stop = self.ds.GetMetadataItem("FOOTFALL_SCALE_TOP")
        self.scale_top = float(stop) if stop else None  # computed once, when the cube was written
        self.partial_cells = int(self.ds.GetMetadataItem("FOOTFALL_PARTIAL_CELLS") or 0)
        self.suppressed_cells = int(self.ds.GetMetadataItem("FOOTFALL_SUPPRESSED_CELLS") or 0)
        self.precision = float(self.ds.GetMetadataItem("FOOTFALL_PRECISION") or 0.1)
        starts, ends = [], []
        for i in range(self.ds.RasterCount):
            b = self.ds.GetRasterBand(i + 1)
            desc = b.GetDescription()
            try:
                s = dt.datetime.strptime(desc, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
            except ValueError as exc:
                raise ValueError(f"band {i + 1}: {desc!r} is not a slot start") from exc
            starts.append(s.timestamp())
            e = b.GetMetadataItem("END")
            ends.append(dt.datetime.strptime(e, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc).timestamp()
                        if e else s.timestamp())
        self.starts = np.array(starts)
        self.ends = np.array(ends)
        self._partial = [int(self.ds.GetRasterBand(i + 1).GetMetadataItem("PARTIAL_ZONES") or 0)
                         for i in range(self.ds.RasterCount)]

    def partial_zones(self, t: int) -> int:
        """Zones whose count in slot ``t`` was partly suppressed (stored with the band)."""
        return self._partial[t]

    @property
    def shape(self) -> tuple[int, int, int]:
        return (len(self.starts), self.grid.rows, self.grid.cols)

    def frame(self, t: int) -> np.ndarray:
        """Band ``t`` (0-based) as float32."""
        return self.ds.GetRasterBand(t + 1).ReadAsArray().astype(np.float32)

    def frames(self, first: int = 0, last: int | None = None, batch: int = 16):
        """Yield (t, frame)."""
        for t in range(first, len(self.starts) if last is None else last):
            yield t, self.frame(t)

    def scale_max(self, quantile: float | None = None) -> float:
        """The maximum over all frames (from the file's metadata when known), or a quantile of non-zero pixels."""
        if quantile is None and self.frame_max is not None:
            return self.frame_max
        if quantile == SCALE_QUANTILE and self.scale_top is not None:
            return self.scale_top
        return HeatCube.scale_max(self, quantile)  # type: ignore[arg-type]


def quantize(frame: np.ndarray, vmax: float) -> np.ndarray:
    """Frame values as palette indices on the fixed scale: 0 where nobody is, 1–255 up to ``vmax``."""
    if vmax <= 0:
        return np.zeros(frame.shape, dtype=np.uint8)
    idx = np.clip(frame * (254.0 / vmax) + 1.0, 1, 255).astype(np.uint8)
    idx[frame <= vmax * 1e-4] = 0
    return idx


def write_display_geotiff(cube, path: str, crs_wkt: str, vmax: float, progress=None) -> str:
    """A compact copy for display: one Byte band per slot holding palette indices on the fixed scale
    [0, vmax] (band-interleaved, so that showing a slot reads one band). Written whole or not at all."""
    from osgeo import gdal
    gdal.UseExceptions()
    with atomic_file(path, ".heatview-", ".part.tif") as tmp:
        t, rows, cols = cube.shape
        out = gdal.GetDriverByName("GTiff").Create(
            tmp, cols, rows, t, gdal.GDT_Byte,
            ["INTERLEAVE=BAND", "TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1", "BIGTIFF=IF_SAFER"])
        out.SetGeoTransform(cube.grid.geotransform())
        if crs_wkt:
            out.SetProjection(crs_wkt)
        for i, frame in cube.frames():
            out.GetRasterBand(i + 1).WriteArray(quantize(frame, vmax))
            if progress is not None:
                progress.set(100.0 * (i + 1) / t)
        out.SetMetadataItem("FOOTFALL_VMAX", repr(float(vmax)))
        out.FlushCache()
        out = None
    return path
