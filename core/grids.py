"""Built-in regular square grids for exports keyed by grid cells (EPSG:31370 Brussels, EPSG:2154 Lyon)."""

from __future__ import annotations

import dataclasses
import re

import numpy as np


@dataclasses.dataclass(frozen=True)
class GridSpec:
    """A square grid over a projected extent: cells are ``size`` map units wide, aligned on multiples of ``size``."""

    name: str
    epsg: int
    xmin: float
    ymin: float
    xmax: float
    ymax: float

    def cells(self, size: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return (zone_ids, x0, y0): the id and lower-left corner of every cell covering the extent."""
        x0 = np.arange(np.floor(self.xmin / size) * size, self.xmax, size)
        y0 = np.arange(np.floor(self.ymin / size) * size, self.ymax, size)
        xx, yy = np.meshgrid(x0, y0)
        xx, yy = xx.ravel(), yy.ravel()
        ids = np.array([cell_id(size, x, y) for x, y in zip(xx, yy)], dtype=object)
        return ids, xx, yy


#: Brussels-Capital Region with a margin, in Belgian Lambert 72.
BRUSSELS = GridSpec("brussels", 31370, 140000.0, 160000.0, 160000.0, 180000.0)
#: Lyon and Villeurbanne with a margin, in RGF93 / Lambert-93.
LYON = GridSpec("lyon", 2154, 836000.0, 6510000.0, 852000.0, 6526000.0)

GRIDS = {"brussels": BRUSSELS, "lyon": LYON}

_CELL_RE = re.compile(r"^(\d+)mE(-?\d+)N(-?\d+)$")


def cell_id(size: float, x0: float, y0: float) -> str:
    """Id of the cell whose lower-left corner is (x0, y0), EEA reference-grid style: ``500mE148000N170000``."""
    return f"{int(size)}mE{int(round(x0))}N{int(round(y0))}"


def parse_cell_id(zone_id: str) -> tuple[float, float, float] | None:
    """Return (size, x0, y0) for a grid cell id, or None when the id is not one."""
    m = _CELL_RE.match(zone_id.strip())
    if not m:
        return None
    return float(m.group(1)), float(m.group(2)), float(m.group(3))


def cell_wkt(size: float, x0: float, y0: float) -> str:
    """Polygon WKT of one cell."""
    x1, y1 = x0 + size, y0 + size
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def zones_for_ids(zone_ids: list[str]) -> dict[str, str]:
    """Polygon WKT for every id that is a grid cell id; other ids are left out."""
    out: dict[str, str] = {}
    for zid in zone_ids:
        parsed = parse_cell_id(zid)
        if parsed is not None:
            out[zid] = cell_wkt(*parsed)
    return out
