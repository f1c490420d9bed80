"""Origin flows: visitors by origin place, aggregated by level, with the anonymity rule applied.

The counts come from the footfall table's origin rows (DuckDB does the grouping); origins are resolved
to the bundled gazetteer (:mod:`.gazetteer`), rolled up to the asked level and passed through one
privacy rule (:func:`partition`) before anything is shown:

- a flow is shown on its own only if, in every cell it is made of (profile × slot, over every profile and
  slot of the export, whatever the filter), its known count is 0 or at least the threshold *k*, and at
  least one of its counts is known;
- the others are merged into "other origins in <parent>" at the next level up; when that bucket would
  itself break the rule, the smallest whole sibling is added to it, and when the whole parent is too
  small, its visitors go one level further up. Buckets are always made of whole children, so the flows
  shown at two levels can never be subtracted to recover a merged one (see ``docs/flows.md``).

Nothing is dropped: published flows and buckets add up to the total of the resolved origins, and the
origins that do not resolve are listed with their visitors.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Sequence

import numpy as np

from .gazetteer import Gazetteer, Place, gazetteer, haversine_km, home_country
from .progress import Progress

ROOT = "*"

#: The levels of the view whose detail follows the map scale: municipality/commune when zoomed in,
#: province/département at country scale, country when zoomed out to a continent.
SCALE_LEVELS = (1, 2, 4)
#: ``FlowQuery.level`` value (after the five ranks) asking for every level of :data:`SCALE_LEVELS`.
FOLLOW_SCALE = 5


@dataclasses.dataclass
class FlowQuery:
    """What to aggregate: level, filters and display limits."""

    level: int = 0  # 0 as given, 1 municipality/commune, 2 province/département, 3 region, 4 country
    profiles: Sequence[str] | None = None
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    zones: Sequence[str] | None = None
    per_zone: bool = False
    min_visitors: float = 0.0
    top_n: int = 0
    threshold: int | None = None
    #: what the flows count (see model.MEASURES); None: the first measure of the dataset that has origin
    #: rows (:func:`flow_measure`). Never two measures added together.
    measure: str | None = None


@dataclasses.dataclass
class Flow:
    """One shown flow: an origin place, or the merged origins of a parent place."""

    dest: str  # zone id, or "" for the venue
    key: str  # the place's key, or "other:<parent key>"
    place: Place | None  # the origin place, or the parent of a bucket (None: all remaining origins)
    other: bool
    visitors: float  # sum of the known counts over the selected profiles and slots
    per_slot: np.ndarray  # the same, per slot
    suppressed_parts: int
    members: int  # origins merged into this flow (1 for a plain one)

    def name(self, lang: str = "en") -> str:
        """The origin's name; a bucket's parent name (callers phrase "other origins in …")."""
        return self.place.name(lang) if self.place is not None else ""

    @property
    def origin_type(self) -> str:
        """The place's level ('other' for a bucket)."""
        return "other" if self.other else (self.place.level if self.place else "other")

    @property
    def code(self) -> str:
        """The place's code (the parent's code for a bucket, '' for the last bucket)."""
        return self.place.code if self.place is not None else ""


@dataclasses.dataclass
class FlowResult:
    """Shown flows, the slots, totals and what could not be placed."""

    flows: list[Flow]
    slots: list[tuple[dt.datetime, dt.datetime]]
    total: float  # known visitors of the resolved origins in the selection (= sum over all flows before top N)
    shown_total: float  # after MIN_VISITORS and TOP_N
    unresolved: list[tuple[str, str, float, int]]  # (origin_type, origin_code, visitors, rows)
    merged_origins: int
    threshold: int
    withheld: float = 0.0  # visitors not shown because even their sum breaks the rule (tiny exports only)
    level: int = 0  # the aggregation level (see FlowQuery.level)
    destinations: dict[str, tuple[float, float] | None] = dataclasses.field(default_factory=dict)
    #: what ``visitors`` counts (a measure of model.MEASURES): presence (visitors per day for daily data),
    #: nights, trips…; named in every output by :attr:`measure_label`
    measure: str = "presence"
    #: the measure's name in the interface's language ("visitors per day", "trips per hour", "nights")
    measure_label: str = ""
    #: origins that are zones of the dataset's zoning (MITMA) but could not be placed: the dataset has no
    #: zone geometry (give the zone layer)
    zones_without_geometry: int = 0
    precision: float = 0.1  # the counts' relative margin (the dataset's: ±10 % unless it says otherwise)

    def margin(self, value: float) -> tuple[float, float]:
        """A count's low and high values, ± the precision of the counts."""
        return (value * (1 - self.precision), value * (1 + self.precision))

    @property
    def unresolved_total(self) -> float:
        """Visitors of origins that do not resolve to a place."""
        return float(sum(u[2] for u in self.unresolved))


#: Origin types that are places (drawn on a map); groups and special origins are listed, not drawn.
PLACE_TYPES = ("postcode", "municipality", "department", "country", "zone", "country_group", "unknown")


def flow_measure(ds, measure: str | None = None) -> tuple[str | None, list[str]]:
    """The measure the flows count and the cut whose origin rows they use: (measure, [cut]).

    ``measure`` None: the first measure (in the order of model.MEASURES) that has origin rows. Of that
    measure's cuts with origin rows, the one with the most origins that are places (a département cut
    rather than Flux Vision's provenance groups local / rest of the country / abroad), then the coarsest;
    two cuts of one measure describe the same people twice and are never added together. (None, []) when
    the dataset has no origin rows.
    """
    if not hasattr(ds, "measures"):
        return measure or "presence", [""]
    rows = ds.con.execute(
        "SELECT c.measure, c.cut, c.rank, count(*) FILTER (WHERE list_contains($places, o.origin_type)) AS places "
        "FROM ff_cut_origin co JOIN ff_cut c ON c.id = co.cid JOIN ff_origin o ON o.id = co.oid "
        "WHERE o.origin_code IS NOT NULL GROUP BY ALL", {"places": list(PLACE_TYPES)}).fetchall()
    if measure is None:
        have = {r[0] for r in rows}
        measure = next((m for m in ds.measures() if m in have), None)
        if measure is None:
            return None, []
    cands = sorted((r for r in rows if r[0] == measure), key=lambda r: (-int(r[3]), int(r[2]), r[1]))
    return measure, ([cands[0][1]] if cands else [])


def _profile_rule(ds, profiles: Sequence[str] | None, measure: str | None = None, cuts: Sequence[str] = ()) -> list[str]:
    """Profiles whose origin rows are summed (rows of profile 'all' are used alone when they exist)."""
    where, params = _measure_where(measure, cuts)
    present = [r[0] for r in ds.con.execute(
        f"SELECT DISTINCT profile FROM footfall WHERE origin_code IS NOT NULL AND {where} ORDER BY 1", params).fetchall()]
    if profiles:
        return [p for p in present if p in set(profiles)]
    return ["all"] if "all" in present else [p for p in present if p != "all"]


def _measure_where(measure: str | None, cuts: Sequence[str]) -> tuple[str, dict]:
    if measure is None:
        return "TRUE", {}
    return "measure = $measure AND list_contains($cuts, cut)", {"measure": measure, "cuts": list(cuts)}


def _cell_rows(ds, q: FlowQuery):
    """Grouped origin rows of one measure and cut, with dense ids for the origin, the profile and the
    slot (all done in DuckDB); breakdowns (MITMA's eight columns) are summed over."""
    mwhere, params = _measure_where(q.measure, _cuts(ds, q))
    where = ["origin_code IS NOT NULL", mwhere]
    if q.zones is None and not q.per_zone and getattr(ds.metadata, "nested_zones", False):
        # zones that may contain one another (Flux Vision: Cantal and its EPCIs) are never added: the flows
        # to the venue are those of the largest zone (the one with the most of the measure)
        big = ds.con.execute(f"SELECT zone_id FROM footfall WHERE {' AND '.join(where)} GROUP BY 1 "
                             "ORDER BY sum(count) DESC NULLS LAST, 1 LIMIT 1", params).fetchall()
        if big:
            q = dataclasses.replace(q, zones=[big[0][0]])
    if q.zones is not None:
        where.append("zone_id IN (SELECT unnest($zones))")
        params["zones"] = list(q.zones)
    if q.start is not None:
        where.append("start >= $t0")
        params["t0"] = q.start
    if q.end is not None:
        where.append("\"end\" <= $t1")
        params["t1"] = q.end
    zone = "zone_id" if q.per_zone else "''"
    tag = uuid.uuid4().hex[:12]
    sql = (f"WITH g AS (SELECT origin_type, origin_code, profile, epoch(start) AS s, epoch(\"end\") AS e, "
           f"{zone} AS dest, coalesce(sum(count), 0) AS v, CAST(sum(suppressed) AS INTEGER) AS sp, "
           f"CAST(count(*) AS INTEGER) AS n FROM footfall WHERE {' AND '.join(where)} GROUP BY ALL) "
           "SELECT *, CAST(dense_rank() OVER (ORDER BY origin_type, origin_code) - 1 AS BIGINT) AS oid, "
           "CAST(dense_rank() OVER (ORDER BY profile) - 1 AS BIGINT) AS pid, "
           "CAST(dense_rank() OVER (ORDER BY s, e) - 1 AS BIGINT) AS sid, "
           "CAST(dense_rank() OVER (ORDER BY dest) - 1 AS BIGINT) AS did FROM g")
    ds.con.execute(f"CREATE TEMP TABLE _flow_rows_{tag} AS {sql}", params)
    cols = ds.con.execute(f"SELECT oid, pid, sid, did, v, sp, n FROM _flow_rows_{tag}").fetchnumpy()
    origins = ds.con.execute(f"SELECT DISTINCT oid, origin_type, origin_code FROM _flow_rows_{tag} ORDER BY 1").fetchall()
    profiles = [r[1] for r in ds.con.execute(f"SELECT DISTINCT pid, profile FROM _flow_rows_{tag} ORDER BY 1").fetchall()]
    slots = [(r[1], r[2]) for r in ds.con.execute(f"SELECT DISTINCT sid, s, e FROM _flow_rows_{tag} ORDER BY 1").fetchall()]
    dests = [r[1] for r in ds.con.execute(f"SELECT DISTINCT did, dest FROM _flow_rows_{tag} ORDER BY 1").fetchall()]
    ds.con.execute(f"DROP TABLE _flow_rows_{tag}")
    return cols, [(r[1], r[2]) for r in origins], profiles, slots, dests


def _ok(values: np.ndarray, k: float) -> bool:
    """A group's cells may be shown: each known sum is 0 or at least k, and one of them is not 0."""
    return bool(np.all((values == 0) | (values >= k)) and values.sum() > 0)


class _Tree:
    """The places of one destination as a tree (root '*'), with cell vectors on the leaves."""

    def __init__(self, gaz: Gazetteer, leaves: dict[str, np.ndarray], supp: dict[str, int]) -> None:
        self.gaz = gaz
        self.cells = leaves  # leaf key -> cell vector (all profiles x slots)
        self.supp = supp
        self.children: dict[str, list[str]] = {}  # node -> child ids ("L:key" leaves, "N:key" nodes)
        for key in leaves:
            place = gaz.get(key)
            parent = place.parent if place and place.parent else ROOT
            self._link(f"N:{parent}", f"L:{key}")
            node = parent
            while node != ROOT:
                p = gaz.get(node)
                up = p.parent if p and p.parent else ROOT
                if not self._link(f"N:{up}", f"N:{node}"):
                    break
                node = up

    def _link(self, parent: str, child: str) -> bool:
        lst = self.children.setdefault(parent, [])
        if child in lst:
            return False
        lst.append(child)
        return True


def partition(leaves: dict[str, np.ndarray], supp: dict[str, int], k: float, gaz: Gazetteer | None = None
              ) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """Apply the anonymity rule to leaf flows given as cell vectors.

    Returns (published, withheld): ``published`` is a list of (flow key, leaf keys) where the flow key is
    a leaf's key or ``other:<node key>`` (``other:*`` for the last bucket); ``withheld`` lists leaves
    that cannot be shown even all together (an export whose whole total breaks the rule).
    """
    gaz = gaz or gazetteer()
    tree = _Tree(gaz, leaves, supp)

    def total(items: list[tuple[str, list[str]]]) -> float:
        return float(sum(leaves[m].sum() for _, ms in items for m in ms))

    def vec(members: list[str]) -> np.ndarray:
        return np.sum([leaves[m] for m in members], axis=0)

    def small(key: str) -> bool:
        v = leaves[key]
        return not _ok(v, k)

    def walk(node: str) -> tuple[list[tuple[str, list[str]]], list[str]]:
        published: list[tuple[str, list[str]]] = []
        pool: list[str] = []
        by_child: list[tuple[float, str, list[tuple[str, list[str]]]]] = []
        for child in tree.children.get(f"N:{node}", []):
            kind, key = child[0], child[2:]
            if kind == "L":
                if not leaves[key].any() and not supp.get(key):
                    continue  # an explicit zero hides nobody: neither shown nor pooled
                if small(key):
                    pool.append(key)
                else:
                    items = [(key, [key])]
                    published += items
                    by_child.append((float(leaves[key].sum()), child, items))
            else:
                pub_c, pool_c = walk(key)
                published += pub_c
                pool += pool_c
                if pub_c:
                    by_child.append((total(pub_c), child, pub_c))
        if not pool:
            return published, []
        by_child.sort(key=lambda t: (t[0], t[1]))
        while not _ok(vec(pool), k):
            if not by_child:
                return [], pool  # the whole subtree is too small: its visitors go one level up
            _, _, items = by_child.pop(0)
            for it in items:
                published.remove(it)
                pool += it[1]
        published.append((f"other:{node}", sorted(pool)))
        return published, []

    published, withheld = walk(ROOT)
    return published, withheld


def _cuts(ds, q: FlowQuery) -> list[str]:
    return flow_measure(ds, q.measure)[1]


def _with_measure(ds, q: FlowQuery) -> FlowQuery:
    """The query with its measure settled (the default one for the dataset when None)."""
    if q.measure is not None:
        return q
    m = flow_measure(ds)[0]
    return dataclasses.replace(q, measure=m) if m is not None else q


def origin_flows(ds, q: FlowQuery | None = None, progress: Progress | None = None,
                 gaz: Gazetteer | None = None) -> FlowResult:
    """Aggregate the dataset's origin rows into flows per destination, with the anonymity rule applied."""
    q = _with_measure(ds, q or FlowQuery())
    progress = progress or Progress()
    progress.set(5)
    rows = _cell_rows(ds, q)
    progress.check()
    return _flows(ds, q, rows, progress, gaz or gazetteer())


def origin_flows_by_level(ds, q: FlowQuery | None = None, levels: Sequence[int] = SCALE_LEVELS,
                          progress: Progress | None = None, gaz: Gazetteer | None = None) -> list[FlowResult]:
    """The flows at each of ``levels`` (one grouping in DuckDB), for the view that follows the map scale.

    Each level passes the anonymity rule on its own, and because every bucket is made of whole children
    (see :func:`partition`), the levels shown together still cannot be subtracted to recover a merged origin.
    """
    q = _with_measure(ds, q or FlowQuery())
    progress = progress or Progress()
    gaz = gaz or gazetteer()
    progress.set(5)
    rows = _cell_rows(ds, q)
    out = []
    for i, level in enumerate(levels):
        part = progress.sub(10 + 90 * i / len(levels), 10 + 90 * (i + 1) / len(levels))
        out.append(_flows(ds, dataclasses.replace(q, level=level), rows, part, gaz))
    return out


def _flows(ds, q: FlowQuery, rows, progress: Progress, gaz: Gazetteer) -> FlowResult:
    """The flows of grouped rows (from :func:`_cell_rows`) at ``q.level``."""
    if not 0 <= q.level <= 4:
        raise ValueError(f"level {q.level}: use origin_flows_by_level for the view that follows the map scale")
    k = float(q.threshold if q.threshold is not None else ds.metadata.threshold)
    home = home_country(ds.metadata.timezone)
    cols, origin_list, profiles, slot_list, dests = rows
    oid, pid, sid, did = (np.asarray(cols[c], dtype=np.int64) for c in ("oid", "pid", "sid", "did"))
    vals = np.asarray(cols["v"], dtype=float)
    sp = np.asarray(cols["sp"], dtype=np.int64)
    nrows = np.asarray(cols["n"], dtype=np.int64)
    gaz = _WithZones(gaz, ds) if any(t == "zone" for t, _c in origin_list) else gaz
    places = [gaz.resolve(t, c, home) for t, c in origin_list]  # once per distinct origin
    leaf_of_origin = np.array([gaz.ancestor(p, q.level).key if p else "" for p in places] or [""], dtype=object)
    progress.set(30)

    selected = set(_profile_rule(ds, q.profiles, q.measure, _cuts(ds, q) if q.measure else ()))
    sel = np.array([p in selected for p in profiles] or [False], dtype=bool)[pid]
    # slots of the selected rows, renumbered; a cell is (profile, slot) over every profile and slot
    used = np.unique(sid[sel])
    slot_keys = [slot_list[i] for i in used]
    slot_index = np.full(max(1, len(slot_list)), -1, dtype=np.int64)
    slot_index[used] = np.arange(len(used))
    n_cells = max(1, len(profiles) * len(slot_list))
    cell = pid * len(slot_list) + sid
    leaf = leaf_of_origin[oid] if len(oid) else np.zeros(0, dtype=object)

    # unresolved origins: listed with their visitors (selected profiles), never dropped silently
    unresolved = []
    bad = [j for j, p in enumerate(places) if p is None]
    if bad:
        v_o = np.bincount(oid[sel], weights=vals[sel], minlength=len(places))
        n_o = np.bincount(oid[sel], weights=nrows[sel], minlength=len(places))
        unresolved = [(origin_list[j][0], origin_list[j][1], float(v_o[j]), int(n_o[j])) for j in bad]
    unresolved.sort(key=lambda u: (-u[2], u[0], u[1]))

    flows: list[Flow] = []
    merged = 0
    withheld_total = 0.0
    total = 0.0
    for d_i, d in enumerate(dests):
        in_d = (did == d_i) & (leaf != "")
        keys, inv = (np.unique(leaf[in_d], return_inverse=True) if in_d.any()
                     else (np.array([], dtype=object), np.array([], dtype=np.int64)))  # nothing placed
        cells = np.zeros((len(keys), n_cells))
        np.add.at(cells, (inv, cell[in_d]), vals[in_d])
        leaves = {k_: cells[i] for i, k_ in enumerate(keys)}
        supp_arr = np.zeros(len(keys), dtype=np.int64)
        np.add.at(supp_arr, inv, sp[in_d])
        supp = {k_: int(supp_arr[i]) for i, k_ in enumerate(keys)}
        # selected values per leaf and slot
        sel_d = sel[in_d]
        per = np.zeros((len(keys), len(slot_keys)))
        if sel_d.any():
            np.add.at(per, (inv[sel_d], slot_index[sid[in_d][sel_d]]), vals[in_d][sel_d])
        sel_supp = np.zeros(len(keys), dtype=np.int64)
        np.add.at(sel_supp, inv[sel_d], sp[in_d][sel_d])
        row_of = {k_: i for i, k_ in enumerate(keys)}
        published, withheld = partition(leaves, supp, k, gaz)
        withheld_total += float(sum(per[row_of[m]].sum() for m in withheld))
        for fkey, members in published:
            rows_ = [row_of[m] for m in members]
            ps = per[rows_].sum(axis=0)
            other = fkey.startswith("other:")
            place = gaz.get(fkey[6:]) if other else gaz.get(fkey)
            flows.append(Flow(d, fkey, place, other, float(ps.sum()), ps, int(sel_supp[rows_].sum()),
                              len(members)))
            if other:
                merged += len(members)
        total += float(per.sum()) - float(sum(per[row_of[m]].sum() for m in withheld))
        progress.set(30 + 60 * (d_i + 1) // max(1, len(dests)))
    flows = [f for f in flows if f.visitors > 0 or f.suppressed_parts > 0]
    flows.sort(key=lambda f: (f.dest, -f.visitors, f.key))
    shown = [f for f in flows if f.visitors >= q.min_visitors]
    if q.top_n:
        by_dest: dict[str, int] = {}
        kept = []
        for f in shown:
            by_dest[f.dest] = by_dest.get(f.dest, 0) + 1
            if by_dest[f.dest] <= q.top_n:
                kept.append(f)
        shown = kept
    slots = [(dt.datetime.fromtimestamp(float(a), dt.timezone.utc), dt.datetime.fromtimestamp(float(b), dt.timezone.utc))
             for a, b in slot_keys]
    progress.set(100)
    from .measures import measure_label
    measure = q.measure or "presence"
    slot_min = ds.metadata.slot_minutes
    if slot_keys:  # the origin rows' own slot (daily origins beside 15-minute presence: visitors per day)
        lengths = sorted(float(b) - float(a) for a, b in slot_keys)
        slot_min = lengths[len(lengths) // 2] / 60.0
    # totals without float noise, so that the same visitors print the same in every output
    md = ds.metadata
    return FlowResult(shown, slots, round(total, 6), round(float(sum(f.visitors for f in shown)), 6), unresolved,
                      merged, int(k), withheld_total, q.level, measure=measure,
                      precision=float(md.precision if getattr(md, "precision", None) is not None else 0.1),
                      measure_label=measure_label(measure, slot_min, getattr(ds.metadata, "period", "")),
                      zones_without_geometry=sum(1 for t, _c, _v, _n in unresolved if t == "zone"))


class _WithZones:
    """The gazetteer plus the dataset's own zones as places (origins of type ``zone``: MITMA's district
    → district trips), each at its zone's centroid (WGS 84), without parent: zones are never rolled up
    into places of the gazetteers. A zone without geometry does not resolve (listed, never dropped)."""

    def __init__(self, gaz: Gazetteer, ds) -> None:
        self.gaz = gaz
        self.zones = zone_places(ds)

    def resolve(self, origin_type, code, home="BE"):
        if origin_type == "zone":
            return self.zones.get(f"Z:{code}")
        return self.gaz.resolve(origin_type, code, home)

    def get(self, key):
        return self.zones.get(key) or self.gaz.get(key)

    def ancestor(self, place, rank):
        return place if place.key.startswith("Z:") else self.gaz.ancestor(place, rank)

    def __getattr__(self, name):
        return getattr(self.gaz, name)


def zone_places(ds) -> dict[str, Place]:
    """The dataset's zones with geometry as places (key ``Z:<zone id>``) at their centroid in WGS 84."""
    wkts = ds.zones_wkt()
    if not wkts:
        return {}
    from osgeo import ogr, osr
    src = osr.SpatialReference()
    crs = ds.metadata.crs or "EPSG:4326"
    if src.SetFromUserInput(crs) != 0:
        return {}
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(4326)
    for sr in (src, dst):
        sr.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tr = osr.CoordinateTransformation(src, dst)
    out = {}
    for zid, wkt in wkts.items():  # once per zone (a few thousand), never per row
        g = ogr.CreateGeometryFromWkt(wkt)
        if g is None or g.IsEmpty():
            continue
        c = g.Centroid()
        try:
            lon, lat, _z = tr.TransformPoint(c.GetX(), c.GetY())
        except RuntimeError:
            continue
        out[f"Z:{zid}"] = Place(f"Z:{zid}", "zone", zid, zid, zid, zid, float(lon), float(lat), None, None, "centroid")
    return out


def distances_km(flows: Sequence[Flow], dest_lonlat: dict[str, tuple[float, float]]) -> np.ndarray:
    """Great-circle distance from each flow's origin point to its destination (NaN without a point)."""
    out = np.full(len(flows), np.nan)
    for i, f in enumerate(flows):
        d = dest_lonlat.get(f.dest)
        if f.place is not None and d is not None:
            out[i] = float(haversine_km(f.place.lon, f.place.lat, d[0], d[1]))
    return out


def curves(x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray, bend: float = 0.18,
           vertices: int = 24) -> np.ndarray:
    """Gently curved lines (quadratic Bézier) from (x0, y0) to (x1, y1): array (n, vertices, 2).

    The control point sits ``bend`` × length to the right of the chord's midpoint, so that two opposite
    flows between the same places bow to different sides and never overlap.
    """
    x0, y0, x1, y1 = (np.asarray(a, dtype=float)[:, None] for a in (x0, y0, x1, y1))
    dx, dy = x1 - x0, y1 - y0
    cx, cy = (x0 + x1) / 2 + bend * dy, (y0 + y1) / 2 - bend * dx
    t = np.linspace(0.0, 1.0, vertices)[None, :]
    a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t ** 2
    return np.stack([a * x0 + b * cx + c * x1, a * y0 + b * cy + c * y1], axis=-1)
