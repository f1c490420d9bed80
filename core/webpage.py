"""The web page for an article: the figures it may publish, its JSON data block and its one HTML file.

No ``qgis`` here. ``cartography/web.py`` adds what needs Qt (the plugin's colour classes, the locale's
dates, the translator of the page's language, the still image) and ``processing/export_web_page.py``
is the algorithm. The page itself (``resources/web/``) is a template, a script and the vendored map
library, all inlined into the one file, with the data as a JSON block whose schema is in
``docs/web-page.md``.

Privacy: every figure of the page comes from :func:`published_figures`, the one place that asks the
dataset for what may be published (zone-slot cells per profile with the anonymity rule applied on
import, origin flows through ``core.flows`` with its merge rule) — the same functions every other
output uses, so that switching them all to the publication guard is one change here.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import html
import json
import math
import re
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .flows import FlowQuery, SCALE_LEVELS, origin_flows_by_level
from .fsutil import atomic_file
from .paths import RESOURCES
from .progress import Progress

#: Version of the page's JSON data block (``docs/web-page.md``).
SCHEMA = "footfall-web-page/1"
#: Where the template, the page's script and style, and the vendored map library live.
WEB = RESOURCES / "web"
#: The online basemap the reader may switch on (the only thing the page ever loads from elsewhere).
OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ORIGIN = "https://tile.openstreetmap.org"
#: Basemap modes: none, offered but off until the reader switches it on, on when the reader is online.
BASEMAP_NONE, BASEMAP_OFFERED, BASEMAP_ON = 0, 1, 2
#: Cell codes of the data block: a count ≥ 0, or one of these.
SUPPRESSED, NO_DATA = -1, -2
#: The unfiltered view (the plugin's rule: rows of profile "all" when the export has them).
ALL = "*"
#: Zone coordinates are stored as integers in units of this many degrees (about 1 m).
COORD_UNIT = 1e-5


@dataclasses.dataclass
class WebPageOptions:
    """What the user chose for the page."""

    language: str = "en"
    title: str = ""
    subtitle: str = ""
    credit: str = ""  # an extra source or credit line (the newsroom's, the basemap's)
    view: str = "zones"  # what the page shows first: "zones" or "heat"
    radius: float = 500.0  # heat: kernel radius (m)
    pixel: float = 25.0  # heat: pixel size (m)
    scale_quantile: float | None = 0.99  # heat: top of the colour scale (None: the maximum)
    flows: bool = True
    flow_top_n: int = 30  # lines drawn per level and day
    basemap: int = BASEMAP_OFFERED
    max_bytes: int = 10_000_000  # the page's size budget; slots are thinned to stay under it


# -- the figures the page may publish -------------------------------------------------------------------
@dataclasses.dataclass
class Cells:
    """Zone × slot figures of every view (profile), as the plugin publishes them."""

    zone_ids: list[str]
    starts: np.ndarray  # slot starts, epoch seconds
    ends: np.ndarray
    views: dict[str, np.ndarray]  # view -> (slots × zones) float: count, NaN suppressed, -inf no row
    suppressed_parts: dict[str, np.ndarray]  # view -> per slot, the suppressed parts (the dock's "n cells")
    profiles: list[str]  # the export's profiles offered as filters (without "all")
    all_is_sum: bool  # the unfiltered view is the sum of the profiles' views (then it is not stored)
    measure: str = "presence"  # what every cell measures (one measure only: data-model.md, "Measures")
    nested: bool = False  # zones may contain one another: a slot's total is its largest zone, not the sum


@dataclasses.dataclass
class FlowFigures:
    """Origin flows per level, with their visitors per view and origin slot (day)."""

    levels: list[int]
    slots: list[tuple[float, float]]  # origin slots (epoch seconds), usually days
    flows: dict[int, list[dict]]  # level -> [{key, place, other, values: {view: per slot}, at_least: {view: bool}}]
    profiles: list[str]  # views stored besides ALL
    all_is_sum: bool
    threshold: int
    unresolved: float  # visitors of origins the gazetteers do not place (not drawn)


@dataclasses.dataclass
class PageFigures:
    """Everything the page publishes, from one call of :func:`published_figures`."""

    cells: Cells
    flows: FlowFigures | None
    threshold: int


def _view_rows(ds, profiles: Sequence[str] | None, measure: str | None) -> dict:
    sql, params = ds.zone_slot_totals(profiles or None, None, measure=measure)
    return ds.con.execute(f'SELECT zone_id, epoch(start) AS s, epoch("end") AS e, count, suppressed_parts FROM ({sql})',
                          params).fetchnumpy()


def _view_cells(res: dict, zindex: dict[str, int], sindex: dict[tuple[float, float], int],
                n_slots: int) -> tuple[np.ndarray, np.ndarray]:
    out = np.full((n_slots, len(zindex)), -np.inf)
    supp = np.zeros(n_slots)
    if len(res["s"]):
        raw = res["count"]
        vals = np.asarray(raw.filled(np.nan) if hasattr(raw, "filled") else raw, dtype=float)
        t = np.array([sindex[(float(s), float(e))] for s, e in zip(res["s"], res["e"])], dtype=np.int64)
        z = np.array([zindex[str(zid)] for zid in res["zone_id"]], dtype=np.int64)
        out[t, z] = vals
        sp = np.asarray(res["suppressed_parts"], dtype=float)
        np.add.at(supp, t, np.nan_to_num(sp))
    return out, supp


def _ordered(profiles: Sequence[str]) -> list[str]:
    """Profiles in the interface's order (residents, day visitors, overnight visitors…), unknown ones last."""
    from .model import PROFILES
    return sorted(profiles, key=lambda p: (PROFILES.index(p) if p in PROFILES else len(PROFILES), p))


def sum_views(arrays: Sequence[np.ndarray]) -> np.ndarray:
    """Cells of several profiles added as the dataset adds rows: the sum of the known parts, suppressed
    (NaN) when every part is suppressed, no row (-inf) when no part has a row."""
    stack = np.stack(arrays)
    known = np.isfinite(stack)
    total = np.where(known, stack, 0.0).sum(axis=0)
    any_known = known.any(axis=0)
    any_supp = np.isnan(stack).any(axis=0)
    return np.where(any_known, total, np.where(any_supp, np.nan, -np.inf))


def published_cells(ds) -> Cells:
    """The zone-slot cells of the unfiltered view and of every profile (the dock's and the map layer's
    figures for the same filters): ``Dataset.zone_slot_totals``, whose counts passed the anonymity
    rule on import (suppressed, never zero)."""
    zone_ids = ds.zone_ids()
    zindex = {z: i for i, z in enumerate(zone_ids)}
    measure = ds.default_measure()  # ONE measure: the one the dock and the map layer show
    profiles = _ordered([r[0] for r in ds.con.execute(
        "SELECT DISTINCT profile FROM footfall WHERE measure = ? AND profile <> 'all'", [measure]).fetchall()])
    rows = {ALL: _view_rows(ds, None, measure)}
    for p in profiles:
        rows[p] = _view_rows(ds, [p], measure)
    # the slots of the map's figures (rows without an origin breakdown, or the origins' slots when the
    # export has no other rows): never the daily slots of origin rows that the map does not add up
    slots = sorted({(float(a), float(b)) for r in rows.values() for a, b in zip(r["s"], r["e"])})
    starts = np.array([a for a, _b in slots])
    ends = np.array([b for _a, b in slots])
    sindex = {k: i for i, k in enumerate(slots)}
    views, supp = {}, {}
    for key, res in rows.items():
        views[key], supp[key] = _view_cells(res, zindex, sindex, len(slots))
    all_is_sum = False
    if profiles:
        summed = sum_views([views[p] for p in profiles])
        a = views[ALL]
        same_kind = np.array_equal(np.isnan(a), np.isnan(summed)) and np.array_equal(np.isneginf(a), np.isneginf(summed))
        fin = np.isfinite(a)
        all_is_sum = same_kind and bool(np.allclose(a[fin], summed[fin], rtol=1e-9, atol=1e-6)) and \
            bool(np.allclose(supp[ALL], sum(supp[p] for p in profiles)))
    if all_is_sum:
        views.pop(ALL)
        supp.pop(ALL)
    return Cells(zone_ids, starts, ends, views, supp, profiles, all_is_sum, measure or "presence",
                 bool(getattr(ds.metadata, "nested_zones", False)))


def published_flows(ds, progress: Progress | None = None, levels: Sequence[int] = SCALE_LEVELS,
                    gaz=None) -> FlowFigures | None:
    """The origin flows of the levels that follow the map scale, for the unfiltered view and every profile
    that has origins: ``core.flows.origin_flows_by_level`` with its anonymity rule (whose merges do not
    depend on the filter, so that one flow's figures of every profile may stand side by side)."""
    progress = progress or Progress()
    if not ds.origin_types():
        return None
    from .flows import _profile_rule
    profiles = [p for p in ds.con.execute(
        "SELECT DISTINCT profile FROM footfall WHERE origin_code IS NOT NULL AND profile <> 'all' ORDER BY 1").fetchall()]
    profiles = _ordered([p[0] for p in profiles])
    views: list[tuple[str, list[str] | None]] = [(ALL, None)] + [(p, [p]) for p in profiles]
    results = {}
    for i, (view, prof) in enumerate(views):
        results[view] = origin_flows_by_level(ds, FlowQuery(profiles=prof), levels,
                                              progress.sub(100 * i / len(views), 100 * (i + 1) / len(views)), gaz)
    slot_keys = sorted({(s.timestamp(), e.timestamp()) for res in results.values() for r in res for s, e in r.slots})
    sidx = {s: i for i, (s, _e) in enumerate(slot_keys)}
    out: dict[int, list[dict]] = {}
    for li, level in enumerate(levels):
        by_key: dict[str, dict] = {}
        for view, res in results.items():
            r = res[li]
            cols = [sidx[s.timestamp()] for s, _e in r.slots]
            for f in r.flows:
                item = by_key.get(f.key)
                if item is None:
                    item = by_key[f.key] = {"key": f.key, "place": f.place, "other": f.other, "values": {}, "at_least": {}}
                v = np.zeros(len(slot_keys))
                v[cols] = f.per_slot
                item["values"][view] = v
                item["at_least"][view] = bool(f.suppressed_parts)
        out[level] = sorted(by_key.values(), key=lambda it: (-float(it["values"].get(ALL, np.zeros(1)).sum()), it["key"]))
    # the rule of the unfiltered view: rows of profile "all" when the export has them, else every profile
    all_is_sum = bool(profiles) and _profile_rule(ds, None) != ["all"]
    if all_is_sum:
        for items in out.values():
            for it in items:
                it["values"].pop(ALL, None)
                it["at_least"].pop(ALL, None)
    unresolved = float(results[ALL][0].unresolved_total) if results[ALL] else 0.0
    return FlowFigures(list(levels), slot_keys, out, profiles, all_is_sum, int(ds.metadata.threshold), unresolved)


def _guard(ds) -> None:
    """The publication guard (issue 15: primary and secondary suppression on the dataset's linked tables,
    in place) when the plugin has it; the figures below are then those every other output publishes."""
    try:
        from .guard import protect
    except ImportError:  # not there yet: the anonymity rule of the import and the flows' merge rule apply
        return
    protect(ds)


def published_figures(ds, flows: bool = True, progress: Progress | None = None) -> PageFigures:
    """Every figure the page publishes: the one function to switch to the publication guard."""
    progress = progress or Progress()
    _guard(ds)
    cells = published_cells(ds)
    progress.set(30)
    fl = published_flows(ds, progress.sub(30, 100)) if flows else None
    return PageFigures(cells, fl, int(ds.metadata.threshold))


def view_values(values: dict[str, np.ndarray], profiles: Sequence[str], chosen: Sequence[str] | None) -> np.ndarray:
    """A view's figures as the page computes them: the stored unfiltered view, or the sum of the chosen
    profiles (every profile when none is chosen and the unfiltered view is their sum)."""
    if not chosen:
        if ALL in values:
            return values[ALL]
        chosen = profiles
    return sum_views([values[p] for p in chosen if p in values]) if any(p in values for p in chosen) else \
        np.full_like(next(iter(values.values())), -np.inf)


# -- encoding --------------------------------------------------------------------------------------------
def cell_codes(cells: np.ndarray) -> np.ndarray:
    """Integer codes of a (slots × zones) array: the count rounded to a whole person, SUPPRESSED, NO_DATA."""
    codes = np.where(np.isfinite(cells), np.round(np.where(np.isfinite(cells), cells, 0.0)), 0.0).astype(np.int64)
    codes[np.isnan(cells)] = SUPPRESSED
    codes[np.isneginf(cells)] = NO_DATA
    return codes


def delta_encode(codes: np.ndarray) -> list[int]:
    """Zone-major delta encoding of a (slots × zones) code array: for each zone, its first slot's code,
    then the differences from one slot to the next (small numbers, since crowds change gradually)."""
    z = np.ascontiguousarray(codes.T)  # zones × slots
    d = np.diff(z, axis=1, prepend=0)
    return d.ravel().tolist()


def delta_decode(flat: Sequence[int], n_slots: int, n_zones: int) -> np.ndarray:
    """Inverse of :func:`delta_encode`: the (slots × zones) codes."""
    z = np.cumsum(np.asarray(flat, dtype=np.int64).reshape(n_zones, n_slots), axis=1)
    return z.T


def codes_to_cells(codes: np.ndarray) -> np.ndarray:
    """Codes back to cells: NaN suppressed, -inf no row."""
    out = codes.astype(float)
    out[codes == SUPPRESSED] = np.nan
    out[codes == NO_DATA] = -np.inf
    return out


def _ring_codes(coords: Sequence[tuple[float, float]], unit: float = COORD_UNIT) -> list[int]:
    q = np.round(np.asarray(coords, dtype=float)[:, :2] / unit).astype(np.int64)
    keep = np.ones(len(q), dtype=bool)
    keep[1:] = np.any(q[1:] != q[:-1], axis=1)  # repeated points after rounding
    q = q[keep]
    d = np.diff(q, axis=0, prepend=np.zeros((1, 2), dtype=np.int64))
    return d.ravel().tolist()


def encode_zones(zones_wkt: dict[str, str], crs: str, zone_ids: Sequence[str], tolerance: float = 2.0
                 ) -> tuple[list, list[tuple[float, float] | None], tuple[float, float, float, float] | None]:
    """Zone polygons for the page: simplified (``tolerance`` in the zones' units), in WGS 84, as rings of
    delta-coded integer coordinates (units of :data:`COORD_UNIT` degrees, longitude first); and each
    zone's centroid (WGS 84, computed in the zones' own CRS, as the heat cube does) and the bounds."""
    from osgeo import ogr, osr
    src = osr.SpatialReference()
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    src.SetFromUserInput(crs or "EPSG:4326")
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(4326)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tr = osr.CoordinateTransformation(src, dst)
    projected = bool(src.IsProjected())
    geoms: list = []
    cents: list[tuple[float, float] | None] = []
    bx0 = by0 = math.inf
    bx1 = by1 = -math.inf
    for zid in zone_ids:
        wkt = zones_wkt.get(zid)
        if not wkt:
            geoms.append(None)
            cents.append(None)
            continue
        g = ogr.CreateGeometryFromWkt(wkt)
        c = g.Centroid()
        if projected and tolerance > 0:
            s = g.SimplifyPreserveTopology(tolerance)
            if s is not None and not s.IsEmpty():
                g = s
        g.Transform(tr)
        c.Transform(tr)
        cents.append((round(c.GetX(), 6), round(c.GetY(), 6)))
        x0, x1, y0, y1 = g.GetEnvelope()
        bx0, bx1, by0, by1 = min(bx0, x0), max(bx1, x1), min(by0, y0), max(by1, y1)
        polys = []
        parts = [g.GetGeometryRef(i) for i in range(g.GetGeometryCount())] \
            if ogr.GT_Flatten(g.GetGeometryType()) == ogr.wkbMultiPolygon else [g]
        for part in parts:
            rings = []
            for r in range(part.GetGeometryCount()):
                ring = part.GetGeometryRef(r)
                pts = ring.GetPoints() or []
                if len(pts) >= 3:
                    rings.append(_ring_codes(pts))
            if rings:
                polys.append(rings)
        geoms.append(polys or None)
    bounds = (bx0, by0, bx1, by1) if math.isfinite(bx0) else None
    return geoms, cents, bounds


#: Context boundaries are stored in units of this many degrees (about 10 m; their source is 200 m at best).
CONTEXT_UNIT = 1e-4


def encode_geojson(collection: dict, unit: float = CONTEXT_UNIT) -> list[dict]:
    """GeoJSON (Multi)Polygon features as the page's context features: ``{"id", "geometry"}``, the geometry a
    list of polygons, each a list of delta-coded rings (longitude first) in ``unit`` degrees."""
    out = []
    for f in collection.get("features", []):
        g = f["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        rings = [[_ring_codes(r, unit) for r in p if len(r) >= 4] for p in polys]
        rings = [p for p in rings if p]
        if rings:
            out.append({"id": str(f.get("properties", {}).get("id", "")), "geometry": rings})
    return out


def decode_ring(flat: Sequence[int]) -> np.ndarray:
    """Inverse of the ring coding: (n, 2) lon/lat."""
    return np.cumsum(np.asarray(flat, dtype=np.int64).reshape(-1, 2), axis=0) * COORD_UNIT


# -- the page's data block ------------------------------------------------------------------------------------
@dataclasses.dataclass
class PageStyle:
    """What the page draws with, taken from the plugin's own styles (``cartography/web.py``)."""

    zone_classes: list[dict]  # {lo, hi, color} on the plugin's fixed scale; suppressed drawn hatched
    heat_vmax: float
    heat_lut: np.ndarray  # 256 × 4 RGBA
    flow_classes: dict[int, list[dict]]  # level -> {lo, hi, color, width (px), opacity, thin}
    slot_captions: list[str]
    flow_slot_captions: list[str]
    locale: dict  # {"tag", "group", "decimal"}
    venue: tuple[float, float] | None  # lon, lat
    generated: str  # the date of writing, in the page's language
    context: list[dict] = dataclasses.field(default_factory=list)  # bundled context layers (offline)


def thin_step(n_slots: int, cell_bytes: int, budget: int) -> int:
    """Keep every n-th slot so that the cells fit ``budget`` bytes (1: nothing thinned)."""
    if cell_bytes <= budget or n_slots <= 1:
        return 1
    return min(n_slots, int(math.ceil(cell_bytes / max(1, budget))))


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def page_data(ds, figures: PageFigures, style: PageStyle, texts: dict[str, str], options: WebPageOptions,
              lang_names: Callable[[object], str], source_lines: list[str], measure: dict,
              profile_labels: dict[str, str], level_headings: dict[int, str], scale_ranges: dict[int, tuple[int, int]],
              fixed_bytes: int = 0) -> dict:
    """The page's JSON data block (schema ``docs/web-page.md``). ``lang_names(flow)`` names an origin in
    the page's language; ``fixed_bytes`` is what the rest of the file takes (for the size budget)."""
    cells = figures.cells
    zones_wkt = ds.zones_wkt()
    geoms, cents, bounds = encode_zones(zones_wkt, ds.metadata.crs, cells.zone_ids)
    names = dict(ds.con.execute("SELECT zone_id, name FROM zones WHERE name IS NOT NULL").fetchall())
    views = {k: cell_codes(v) for k, v in cells.views.items()}
    # the size budget: thin the slots (keep every n-th) when the cells would not fit
    encoded = {k: delta_encode(v) for k, v in views.items()}
    cell_bytes = sum(len(_dumps(e)) for e in encoded.values())
    budget = max(1, options.max_bytes - fixed_bytes - 400_000)
    step = thin_step(len(cells.starts), cell_bytes, budget)
    keep = np.arange(0, len(cells.starts), step)
    thinned = None
    if step > 1:
        while True:
            encoded = {k: delta_encode(v[keep]) for k, v in views.items()}
            if sum(len(_dumps(e)) for e in encoded.values()) <= budget or len(keep) <= 1:
                break
            step += 1
            keep = np.arange(0, len(cells.starts), step)
        thinned = {"step": int(step), "kept": int(len(keep)), "of": int(len(cells.starts))}
    starts = cells.starts[keep]
    data: dict = {
        "schema": SCHEMA,
        "lang": options.language,
        "locale": style.locale,
        "texts": texts,
        "title": options.title,
        "subtitle": options.subtitle,
        "source": source_lines,
        "generated": style.generated,
        "measure": measure,
        "threshold": int(figures.threshold),
        "precision": float(ds.metadata.precision),
        "view": "heat" if options.view == "heat" else "zones",
        "slots": {
            "start": [int(s) for s in starts],
            "end": [int(e) for e in cells.ends[keep]],
            "caption": [style.slot_captions[i] for i in keep],
            "thinned": thinned,
        },
        "profiles": [{"code": p, "label": profile_labels.get(p, p)} for p in cells.profiles],
        "zones": {
            "ids": cells.zone_ids,
            "names": [names.get(z) or "" for z in cells.zone_ids],
            "unit": COORD_UNIT,
            "geometry": geoms,
            "bounds": [round(b, 6) for b in bounds] if bounds else None,
        },
        "cells": {
            "all_is_sum": bool(cells.all_is_sum),
            "total": "max" if cells.nested else "sum",
            "values": encoded,
            "suppressed_parts": {k: [int(x) for x in v[keep]] for k, v in cells.suppressed_parts.items()},
        },
        "classes": {"zones": style.zone_classes},
        "heat": {
            "radius": float(options.radius),
            "pixel": float(options.pixel),
            "kernel": "quartic",
            "vmax": float(style.heat_vmax),
            "quantile": options.scale_quantile,
            "points": cents,
            "lut": base64.b64encode(np.ascontiguousarray(style.heat_lut, dtype=np.uint8).tobytes()).decode("ascii"),
        },
        "flows": None,
        "context": style.context,
        "basemap": {"mode": int(options.basemap), "url": OSM_URL,
                    "attribution": texts.get("osm_attribution", "© OpenStreetMap contributors"),
                    "copyright": "https://www.openstreetmap.org/copyright"},
    }
    fl = figures.flows
    if fl is not None and options.flows:
        # origin slots as indices into the page's slots: the flows of the day the slider is in
        levels = []
        for level in fl.levels:
            items = fl.flows.get(level, [])
            vals: dict[str, list] = {}
            al: dict[str, list] = {}
            for view in ([] if fl.all_is_sum else [ALL]) + fl.profiles:
                vals[view] = [[int(round(x)) for x in it["values"].get(view, np.zeros(len(fl.slots)))] for it in items]
                al[view] = [1 if it["at_least"].get(view) else 0 for it in items]
            lo_scale, hi_scale = scale_ranges.get(level, (0, 0))
            levels.append({
                "level": level,
                "heading": level_headings.get(level, ""),
                "min_scale": hi_scale, "max_scale": lo_scale,  # shown at denominators in [min, max) (0: no limit)
                "classes": style.flow_classes.get(level, []),
                "names": [lang_names(it) for it in items],
                "points": [None if it["place"] is None else [round(it["place"].lon, 5), round(it["place"].lat, 5)] for it in items],
                "other": [1 if it["other"] else 0 for it in items],
                "values": vals,
                "at_least": al,
            })
        data["flows"] = {
            "venue": [round(style.venue[0], 6), round(style.venue[1], 6)] if style.venue else None,
            "slots": [[int(a), int(b)] for a, b in fl.slots],
            "caption": style.flow_slot_captions,
            "all_is_sum": bool(fl.all_is_sum),
            "profiles": fl.profiles,
            "top_n": int(options.flow_top_n),
            "levels": levels,
            "unresolved": round(fl.unresolved),
        }
    return data


def decode_cells(data: dict) -> dict[str, np.ndarray]:
    """The data block's cells back as (slots × zones) arrays per view: NaN suppressed, -inf no row."""
    n_s = len(data["slots"]["start"])
    n_z = len(data["zones"]["ids"])
    return {k: codes_to_cells(delta_decode(v, n_s, n_z)) for k, v in data["cells"]["values"].items()}


# -- the HTML file -----------------------------------------------------------------------------------------
def _script_safe(text: str) -> str:
    """Text that cannot end or open an inline <script>."""
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def json_block(data: dict) -> str:
    """The data as the page's JSON block: nothing in it can close the script element."""
    return _dumps(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def csp(basemap: int) -> str:
    """The page's Content-Security-Policy: nothing but inline code and data, and the OpenStreetMap tiles
    when the basemap is offered."""
    img = "data: blob:" + (f" {OSM_ORIGIN}" if basemap != BASEMAP_NONE else "")
    return ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            f"img-src {img}; connect-src 'none'; font-src 'none'; media-src 'none'; object-src 'none'; "
            "frame-src 'none'; worker-src 'none'; base-uri 'none'; form-action 'none'")


def leaflet_sources() -> tuple[str, str]:
    """The vendored map library (script, style) ready to inline: no source-map comment, no image URLs
    (the page uses neither markers nor the layer switcher, whose images these are)."""
    js = (WEB / "leaflet" / "leaflet.js").read_text(encoding="utf-8")
    js = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", js)
    licence = (WEB / "leaflet" / "LICENSE").read_text(encoding="utf-8").replace("*/", "* /")
    js = f"/* Leaflet's licence (resources/web/leaflet/LICENSE of the Footfall plugin):\n\n{licence}\n*/\n{js}"
    css = (WEB / "leaflet" / "leaflet.css").read_text(encoding="utf-8")
    css = re.sub(r"url\((?!#)[^)]*\)", "none", css)
    return _script_safe(js), css.replace("</", "<\\/")


def render_html(data: dict, texts: dict[str, str], still_jpeg: bytes | None = None) -> str:
    """The one HTML file: template, style, map library, page script and data inlined."""
    template = (WEB / "template.html").read_text(encoding="utf-8")
    js, css = leaflet_sources()
    page_js = _script_safe((WEB / "page.js").read_text(encoding="utf-8"))
    page_css = (WEB / "page.css").read_text(encoding="utf-8").replace("</", "<\\/")
    title = data.get("title") or texts.get("default_title", "")
    still = ""
    if still_jpeg:
        uri = "data:image/jpeg;base64," + base64.b64encode(still_jpeg).decode("ascii")
        still = f'<img class="still" src="{uri}" alt="{html.escape(texts.get("still_alt", ""))}">'
    parts = {
        "LANG": html.escape(data.get("lang", "en")),
        "CSP": html.escape(csp(data["basemap"]["mode"])),
        "TITLE": html.escape(title),
        "SUBTITLE": html.escape(data.get("subtitle") or ""),
        "SYNTHETIC": html.escape(texts.get("synthetic", "")),
        "NOSCRIPT_TEXT": html.escape(texts.get("noscript", "")),
        "NOSCRIPT_STILL": still,
        "SOURCE_TEXT": "<br>".join(html.escape(s) for s in data.get("source", [])),
        "LEAFLET_CSS": css,
        "PAGE_CSS": page_css,
        "LEAFLET_JS": js,
        "PAGE_JS": page_js,
        "DATA": json_block(data),
        "GENERATOR": "Footfall",
    }
    # one pass: a value (a title, the data) can never be taken for a placeholder
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], template)


def read_data(path_or_html: str | Path) -> dict:
    """The JSON data block of a page written by :func:`write_page` (for tests and audits)."""
    text = str(path_or_html)
    if "<html" not in text[:2000]:
        text = Path(text).read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="footfall-data">(.*?)</script>', text, flags=re.S)
    if not m:
        raise ValueError("no Footfall data block in this page")
    return json.loads(m.group(1))


def write_page(path: str | Path, text: str) -> int:
    """Write the page whole or not at all; returns its size in bytes."""
    raw = text.encode("utf-8")
    with atomic_file(str(path), ".webpage-", ".part.html") as tmp:
        Path(tmp).write_bytes(raw)
    return len(raw)


def today(tz: str) -> dt.date:
    """Today's date where the data was measured."""
    from zoneinfo import ZoneInfo
    return dt.datetime.now(ZoneInfo(tz)).date()


# -- the page's words ----------------------------------------------------------------------------------------
def page_texts(translate: Callable[[str, str], str]) -> dict[str, str]:
    """Every text the page shows, in the language of ``translate`` (called with literal strings so that
    ``pylupdate5`` extracts them under the context ``WebPage``)."""
    return {
        "default_title": translate("WebPage", "Footfall"),
        "play": translate("WebPage", "Play"),
        "pause": translate("WebPage", "Pause"),
        "play_hint": translate("WebPage", "Play or pause the animation of the time slots"),
        "slider": translate("WebPage", "Time slot"),
        "speed": translate("WebPage", "Speed"),
        "per_second": translate("WebPage", "{n}/s"),
        "peak": translate("WebPage", "Busiest slot"),
        "peak_hint": translate("WebPage", "Go to the slot with the most people for the chosen profiles"),
        "profiles": translate("WebPage", "Visitor profiles"),
        "profiles_hint": translate("WebPage", "None ticked: all profiles."),
        "all_profiles": translate("WebPage", "All profiles"),
        "map_view": translate("WebPage", "Map"),
        "view_zones": translate("WebPage", "People per zone"),
        "view_heat": translate("WebPage", "Heatmap"),
        "flows_toggle": translate("WebPage", "Origin flows of the day"),
        "basemap_toggle": translate("WebPage", "OpenStreetMap basemap (online)"),
        "basemap_failed": translate("WebPage", "The OpenStreetMap basemap could not be loaded (no internet connection?); the map works without it."),
        "osm_attribution": translate("WebPage", "© OpenStreetMap contributors"),
        "total": translate("WebPage", "{total} people in this slot"),
        "total_at_least": translate("WebPage", "At least {total} people in this slot ({n} cells suppressed)"),
        "total_none": translate("WebPage", "No figure for this slot: every cell is suppressed (fewer than {k} people)"),
        "legend_zones": translate("WebPage", "People per zone and slot"),
        "legend_heat": translate("WebPage", "People per km²"),
        "suppressed": translate("WebPage", "Suppressed (fewer than {k} people)"),
        "at_least_value": translate("WebPage", "≥ {value}"),
        "zone_value": translate("WebPage", "{zone}: {value} people"),
        "zone_suppressed": translate("WebPage", "{zone}: suppressed (fewer than {k} people)"),
        "zone_no_data": translate("WebPage", "{zone}: no data"),
        "legend_flows": translate("WebPage", "Visitors by origin, {day}"),
        "or_more": translate("WebPage", "{n} or more"),
        "flows_note": translate("WebPage", "Sums of daily counts per zone (not unique people); origins below {k} merged with their neighbours; “≥”: parts below {k} not counted."),
        "no_flows": translate("WebPage", "No origin data for this day."),
        "other_origins": translate("WebPage", "Other origins"),
        "other_origins_in": translate("WebPage", "Other origins in {place}"),
        "level_1": translate("WebPage", "Municipalities / communes"),
        "level_2": translate("WebPage", "Provinces / départements"),
        "level_3": translate("WebPage", "Regions / régions"),
        "level_4": translate("WebPage", "Countries"),
        "flows_level": translate("WebPage", "Detail of the origins follows the zoom: {level}."),
        "keyboard": translate("WebPage", "Keyboard: the arrow keys, Page Up/Down, Home and End move the time slider; Space or Enter on Play starts and pauses."),
        "noscript": translate("WebPage", "This interactive map needs JavaScript. The image shows the busiest slot."),
        "still_alt": translate("WebPage", "Map of the busiest slot"),
        "zoom_in": translate("WebPage", "Zoom in"),
        "zoom_out": translate("WebPage", "Zoom out"),
        "map_label": translate("WebPage", "Map of the people present, zone by zone, for the time slot shown"),
        "thinned": translate("WebPage", "To keep the page small, one time slot in {step} is shown ({kept} of {total})."),
    }


def source_lines(translate: Callable[[str, str], str], ds, options: WebPageOptions, vmax_text: str,
                 generated: str, thinned: dict | None, flows: bool) -> list[str]:
    """The page's source line and method notes (its parameters), in the page's language."""
    meta = ds.metadata
    k = int(meta.threshold)
    lines = []
    operator = meta.operator or translate("WebPage", "operator data")
    lines.append(translate("WebPage", "Source: {operator}, {files}.").format(operator=operator, files=meta.source_name))
    if options.credit:
        lines.append(options.credit)
    lines.append(translate("WebPage", "Counts extrapolated by the operator to all people, stated precision ± {pct} %; cells below the anonymity threshold of {k} people are suppressed, never shown as zero, and totals then say “at least”.").format(
        pct=int(round(100 * meta.precision)), k=k))
    scale = translate("WebPage", "the maximum of all slots") if options.scale_quantile is None else \
        translate("WebPage", "percentile {q} of all slots").format(q=int(round(100 * options.scale_quantile)))
    lines.append(translate("WebPage", "Heatmap: kernel density of the zone counts (quartic kernel, radius {radius} m, pixels of {pixel} m), one colour scale for every slot and profile, up to {vmax} people per km² ({scale}).").format(
        radius=int(round(options.radius)), pixel=int(round(options.pixel)), vmax=vmax_text, scale=scale))
    if flows:
        lines.append(translate("WebPage", "Origin flows: visitors by most probable residence, summed over the zones for each day; origins below {k} are merged into “Other origins in …”.").format(k=k))
    if thinned:
        lines.append(translate("WebPage", "To keep the page small, one time slot in {step} is shown ({kept} of {total}).").format(
            step=thinned["step"], kept=thinned["kept"], total=thinned["of"]))
    lines.append(translate("WebPage", "Made with Footfall on {date}.").format(date=generated))
    from .demo import demo_of
    if demo_of(meta.source_name):
        lines.insert(0, translate("WebPage", "Synthetic demo data – not a measurement"))
    return lines


def measure_of(ds, translate: Callable[[str, str], str], measure: str = "presence") -> dict:
    """What the page's figures measure, named in the page's language (``core.measures``)."""
    from .measures import measure_label, period_of
    meta = ds.metadata
    minutes = meta.slot_minutes
    period = getattr(meta, "period", "") or ""
    name = measure_label(measure, minutes, period, translate=translate)
    people = measure == "presence" and period_of(minutes, period) == "slot"
    if people:
        label = translate("WebPage", "People present in each {minutes}-minute slot").format(minutes=minutes) if minutes \
            else translate("WebPage", "People present in each time slot")
    else:
        label = translate("WebPage", "Measure: {measure}").format(measure=name)
    return {"code": measure, "label": label, "name": name, "people": people}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def measure_texts(texts: dict[str, str], measure: dict, translate: Callable[[str, str], str]) -> dict[str, str]:
    """The texts that name the figures, for a measure other than people present in a slot: "nights per
    zone and time slot", "Total: at least 1,234 nights"."""
    if measure.get("people"):
        return texts
    name = measure["name"]
    out = dict(texts)
    out["total"] = translate("WebPage", "Total in this time slot: {total} ({measure})").replace("{measure}", name)
    out["total_at_least"] = translate("WebPage", "Total in this time slot: at least {total} ({measure}; {n} cells suppressed)").replace("{measure}", name)
    out["total_none"] = translate("WebPage", "No figure for this time slot: every cell is suppressed (below {k})")
    out["legend_zones"] = _capital(translate("WebPage", "{measure} per zone and time slot").replace("{measure}", name))
    out["legend_heat"] = _capital(translate("WebPage", "{measure} per km²").replace("{measure}", name))
    out["view_zones"] = translate("WebPage", "Per zone")
    out["zone_value"] = translate("WebPage", "{zone}: {value}")
    out["suppressed"] = translate("WebPage", "Suppressed (below {k})")
    out["zone_suppressed"] = translate("WebPage", "{zone}: suppressed (below {k})")
    return out
