"""Bundled boundaries (no import of qgis): country outlines and the first administrative level of Belgium
and France, as WKT or GeoJSON in WGS 84, with ids that match the gazetteers (``core.gazetteer``).

| kind | id | what |
|---|---|---|
| ``country`` | ISO 3166-1 alpha-2 (``BE``, ``FR``, ``IT``…) | every country |
| ``be_region`` | NIS code ``02000`` Flemish, ``03000`` Walloon, ``04000`` Brussels-Capital | Belgian regions |
| ``be_province`` | NIS code ``10000`` … ``90000`` | the ten Belgian provinces |
| ``fr_department`` | INSEE code ``01`` … ``95``, ``2A``, ``2B`` | the 96 départements of metropolitan France |

Belgian municipalities and postcodes and French communes have no bundled boundary (no registry package
ships them; :func:`available` says so): ``boundaries("be_municipality")`` is empty, never an error.

Source: Natural Earth 1:10m v4.1.0 (public domain), as simplified by the QGIS project in its
``world_map.gpkg``; further simplified by ``scripts/build_context.py`` (about 200 m for Belgium and
France, 500 m for the rest of Europe, 8 km elsewhere). Licence and changes in
``resources/context/README.md``. Good for context on maps and for joining zones to départements or
countries; not for measuring areas or for cadastral work.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path
from typing import Iterable

from .paths import RESOURCES

CONTEXT = RESOURCES / "context"

#: Boundary kinds that are bundled, and the file holding each.
KINDS: dict[str, str] = {"country": "countries.geojson", "be_region": "admin1.geojson",
                         "be_province": "admin1.geojson", "fr_department": "admin1.geojson"}
#: Kinds that exist in the gazetteers but have no bundled boundary.
MISSING: tuple[str, ...] = ("be_municipality", "be_postcode", "fr_commune", "fr_region")

#: The credit line every map drawing these boundaries must carry.
ATTRIBUTION = "Natural Earth"
#: The credit line of place labels taken from the gazetteers (GeoNames' licence asks for it).
PLACES_ATTRIBUTION = "GeoNames (CC BY 4.0), Statbel, INSEE"


def available() -> list[str]:
    """The kinds with bundled boundaries."""
    return list(KINDS)


@functools.lru_cache(maxsize=None)
def _features(filename: str) -> tuple[dict, ...]:
    with open(CONTEXT / filename, encoding="utf-8") as fh:
        return tuple(json.load(fh)["features"])


def features(kind: str) -> list[dict]:
    """The GeoJSON features of one kind (properties ``id`` and, for countries, ``name``)."""
    if kind not in KINDS:
        return []
    feats = _features(KINDS[kind])
    if kind == "country":
        return list(feats)
    return [f for f in feats if f["properties"].get("kind") == kind]


def _ring_wkt(ring: list) -> str:
    return "(" + ",".join(f"{x:g} {y:g}" for x, y in ring) + ")"


def geometry_wkt(geom: dict) -> str:
    """WKT of a GeoJSON Polygon or MultiPolygon."""
    if geom["type"] == "Polygon":
        return "POLYGON(" + ",".join(_ring_wkt(r) for r in geom["coordinates"]) + ")"
    if geom["type"] == "MultiPolygon":
        return "MULTIPOLYGON(" + ",".join("(" + ",".join(_ring_wkt(r) for r in p) + ")"
                                         for p in geom["coordinates"]) + ")"
    raise ValueError(geom["type"])


@functools.lru_cache(maxsize=None)
def _wkt(kind: str) -> tuple[tuple[str, str], ...]:
    return tuple((f["properties"]["id"], geometry_wkt(f["geometry"])) for f in features(kind))


def boundaries(kind: str) -> dict[str, str]:
    """``{id: WKT}`` (WGS 84 longitude/latitude) of one kind; empty for a kind without boundaries."""
    return dict(_wkt(kind))


def bbox(geom: dict) -> tuple[float, float, float, float]:
    """(xmin, ymin, xmax, ymax) of a GeoJSON polygon geometry."""
    polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    xs = [x for p in polys for r in p for x, _y in r]
    ys = [y for p in polys for r in p for _x, y in r]
    return min(xs), min(ys), max(xs), max(ys)


@functools.lru_cache(maxsize=None)
def _bboxes(kind: str) -> tuple[tuple[float, float, float, float], ...]:
    return tuple(bbox(f["geometry"]) for f in features(kind))


def in_extent(kind: str, extent: tuple[float, float, float, float] | None) -> list[dict]:
    """The features of ``kind`` whose bounding box meets ``extent`` (xmin, ymin, xmax, ymax in degrees)."""
    feats = features(kind)
    if extent is None:
        return feats
    x0, y0, x1, y1 = extent
    return [f for f, (a, b, c, d) in zip(feats, _bboxes(kind)) if c >= x0 and a <= x1 and d >= y0 and b <= y1]


def _simplify_ring(ring: list, tol: float) -> list:
    """Drop vertices closer than ``tol`` degrees to the last kept one (keeps the ring closed)."""
    if tol <= 0 or len(ring) <= 8:
        return ring
    out = [ring[0]]
    for p in ring[1:-1]:
        q = out[-1]
        if abs(p[0] - q[0]) >= tol or abs(p[1] - q[1]) >= tol:
            out.append(p)
    out.append(ring[-1])
    return out if len(out) >= 4 else ring


def geojson(extent: tuple[float, float, float, float] | None = None, kinds: Iterable[str] = ("country",),
            tolerance: float = 0.0) -> dict:
    """A GeoJSON FeatureCollection of the boundaries of ``kinds`` meeting ``extent`` (degrees), each
    feature with ``kind`` and ``id``, vertices thinned to ``tolerance`` degrees (for a web page: 0.01 is
    about 1 km). The collection's ``attribution`` is the credit to show with it."""
    out = []
    for kind in kinds:
        for f in in_extent(kind, extent):
            g = f["geometry"]
            polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
            coords = [[_simplify_ring(r, tolerance) for r in p] for p in polys]
            geom = {"type": "MultiPolygon", "coordinates": coords}
            out.append({"type": "Feature", "properties": {"kind": kind, "id": f["properties"]["id"]},
                        "geometry": geom})
    return {"type": "FeatureCollection", "features": out, "attribution": ATTRIBUTION}


def degrees_around(lon: float, lat: float, km: float) -> tuple[float, float, float, float]:
    """An extent of ``km`` around a point, in degrees (for :func:`in_extent`)."""
    dlat = km / 111.32
    dlon = km / (111.32 * max(0.05, math.cos(math.radians(lat))))
    return lon - dlon, lat - dlat, lon + dlon, lat + dlat


def licence_text() -> str:
    """The README of the bundled context data (sources, licences, changes)."""
    return (CONTEXT / "README.md").read_text(encoding="utf-8")


def context_folder() -> Path:
    """Folder of the bundled context files (for tools that read them directly)."""
    return CONTEXT


_ARRONDISSEMENT = None


def short_name(name: str) -> str:
    """A place name short enough for a map label: “Lyon 1er Arrondissement” → “Lyon 1er”."""
    import re
    global _ARRONDISSEMENT
    if _ARRONDISSEMENT is None:
        _ARRONDISSEMENT = re.compile(r"^(.*?) (\d+)(er|e) Arrondissement$")
    m = _ARRONDISSEMENT.match(name)
    return f"{m.group(1)} {m.group(2)}{m.group(3)}" if m else name


#: Communes split into municipal arrondissements in the gazetteer: at city scale their arrondissements are
#: labelled, not the whole city.
SPLIT_COMMUNES = {"69123", "75056", "13055"}
#: NIS code of the City of Brussels.
BRUSSELS_CITY = "21004"


def place_labels(extent: tuple[float, float, float, float], lang: str = "en", limit: int = 30) -> list[dict]:
    """Place labels for a map of ``extent`` (degrees): the most populous municipalities and communes in it
    (their municipal arrondissements on a city map; countries on a map of Europe), as
    ``{"name", "lon", "lat", "population", "level", "code"}``, largest first, at most ``limit``. Points and
    names come from the gazetteers (GeoNames, Statbel, INSEE: :data:`PLACES_ATTRIBUTION`)."""
    from .gazetteer import gazetteer
    x0, y0, x1, y1 = extent
    width_km = (x1 - x0) * 111.32 * math.cos(math.radians((y0 + y1) / 2))
    city = width_km < 40
    gaz = gazetteer()
    out = []
    levels = ("municipality", "commune") if width_km < 1200 else ()
    for p in gaz.places.values():
        if p.level not in levels and not (p.level == "country" and width_km >= 500):
            continue
        if not (x0 <= p.lon <= x1 and y0 <= p.lat <= y1):
            continue
        if p.level == "commune":
            arr = p.code[:2] in ("13", "69", "75") and p.code[2:4] in ("38", "20", "10", "11") and \
                p.code not in SPLIT_COMMUNES and "Arrondissement" in p.name_fr
            if (city and p.code in SPLIT_COMMUNES) or (not city and arr):
                continue
        if p.point not in ("geonames", "weighted") and p.level != "country":
            continue  # a borrowed point (the province's, a postcode's): not where the place is
        out.append({"name": short_name(p.name(lang)), "lon": p.lon, "lat": p.lat,
                    "population": p.population, "level": p.level, "code": p.code})

    def rank(d: dict) -> tuple:
        # the City of Brussels, whose population the gazetteer withholds (GeoNames gives the whole
        # region's), ranks first
        pop = d["population"] or 0.0
        if d["level"] == "municipality" and d.get("code") == BRUSSELS_CITY:
            pop = float("inf")
        return (width_km >= 500 and d["level"] != "country", -pop)  # a map of Europe: countries first
    out.sort(key=rank)
    return out[:limit]
