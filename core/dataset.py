"""A footfall dataset: the long ``footfall`` table and the ``zones`` in an embedded DuckDB engine.

Why DuckDB and not a QGIS memory layer or pandas: see ``docs/data-model.md``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import tempfile
import threading
import weakref
from typing import Sequence

import duckdb
import numpy as np

from .model import FOOTFALL_COLUMNS, MEASURES, DatasetMetadata

#: Datasets whose database lives in a temporary folder, by folder (see :func:`close_all`).
_OPEN: "weakref.WeakValueDictionary[str, Dataset]" = weakref.WeakValueDictionary()


def close_all() -> None:
    """Close every dataset still open and remove its temporary folder (at plugin unload or exit)."""
    for ds in list(_OPEN.values()):
        ds.close()


#: Memory the engine may use for its buffers before it spills to the dataset's temporary folder. DuckDB's
#: default (80 % of RAM) let a 50-million-row import peak at 4.9 GB; with this bound it stays under the
#: project's 4 GB goal (bench/scale.py) at little cost in speed, and a small laptop keeps room for QGIS.
MEMORY_LIMIT = "2GB"

#: The stored form of the ``footfall`` table of the data model: a fact table of integer keys into six
#: dimension tables. ``footfall`` itself is a view with the model's columns (FOOTFALL_COLUMNS), so every
#: query reads it as before; filters on a dimension are pushed into the small table's scan.
#: ``ff_cut`` is one (measure, cut) pair with the cut's rank (lower = coarser: used first for totals) and
#: the names of its extra breakdowns; ``ff_dims`` one combination of extra breakdown values, also kept
#: long in ``ff_dim_value`` for filters; ``ff_cut_origin`` the origins each cut has (kept on insert, so
#: that choosing the rows of a total never scans the facts).
_TABLES = (
    ("ff_zone", "id INTEGER PRIMARY KEY, zone_id VARCHAR NOT NULL"),
    ("ff_slot", 'id INTEGER PRIMARY KEY, start TIMESTAMPTZ NOT NULL, "end" TIMESTAMPTZ NOT NULL'),
    ("ff_profile", "id INTEGER PRIMARY KEY, profile VARCHAR NOT NULL"),
    ("ff_origin", "id INTEGER PRIMARY KEY, origin_type VARCHAR NOT NULL, origin_code VARCHAR"),
    ("ff_cut", "id INTEGER PRIMARY KEY, measure VARCHAR NOT NULL, cut VARCHAR NOT NULL, rank INTEGER NOT NULL, "
               "dim_names VARCHAR NOT NULL"),
    ("ff_dims", "id INTEGER PRIMARY KEY, dims VARCHAR NOT NULL"),
    ("ff_dim_value", "bid INTEGER NOT NULL, name VARCHAR NOT NULL, value VARCHAR NOT NULL"),
    ("ff_cut_origin", "cid INTEGER NOT NULL, oid INTEGER NOT NULL"),
    ("ff_fact", "zid INTEGER NOT NULL, tid INTEGER NOT NULL, pid INTEGER NOT NULL, oid INTEGER NOT NULL, "
                "cid INTEGER NOT NULL, bid INTEGER NOT NULL, count DOUBLE, suppressed TINYINT NOT NULL"),
)
_FOOTFALL_VIEW = (
    'SELECT z.zone_id, t.start, t."end", p.profile, o.origin_type, o.origin_code, c.measure, c.cut, d.dims, '
    "f.count, f.suppressed "
    "FROM ff_fact f JOIN ff_zone z ON z.id = f.zid JOIN ff_slot t ON t.id = f.tid "
    "JOIN ff_profile p ON p.id = f.pid JOIN ff_origin o ON o.id = f.oid JOIN ff_cut c ON c.id = f.cid "
    "JOIN ff_dims d ON d.id = f.bid"
)
assert [c for c, _t in FOOTFALL_COLUMNS] == ["zone_id", "start", "end", "profile", "origin_type", "origin_code",
                                               "measure", "cut", "dims", "count", "suppressed"]


def _keyed(rows: Sequence[tuple]) -> dict[tuple, int]:
    return {tuple(r[1:]): int(r[0]) for r in rows}


def dims_text(pairs: Sequence[tuple[str, str]]) -> str:
    """The canonical text of a combination of extra breakdowns: ``name=value`` sorted by name, ``;`` between."""
    return ";".join(f"{_clean(n)}={_clean(v)}" for n, v in sorted(pairs))


def dims_pairs(text: str) -> list[tuple[str, str]]:
    """The (name, value) pairs of a canonical dims text."""
    out = []
    for part in (text or "").split(";"):
        if part:
            n, _eq, v = part.partition("=")
            out.append((n, v))
    return out


def _clean(text: str) -> str:
    return str(text).replace(";", ",").replace("=", "-").strip()


@dataclasses.dataclass
class Selection:
    """The keys of the rows that add up to one total without double counting: one measure, the cuts of
    the lowest rank that can answer the filters, the origin and profile rules of docs/data-model.md."""

    measure: str | None
    cids: list[int]
    pids: list[int]
    oids: list[int]
    bids: list[int] | None  # None: every breakdown (summed over)
    #: where total rows (no origin, or profile 'all') cover only part of the data: the keys of the per-cell
    #: choice (Dataset._MIXED_CELLS), else None
    mixed: dict | None = None

    def where(self, alias: str = "") -> tuple[str, dict[str, list[int]]]:
        """SQL condition on ff_fact (``alias`` with its dot) and its parameters."""
        a = alias
        sql = f"list_contains($p, {a}pid) AND list_contains($o, {a}oid) AND list_contains($c, {a}cid)"
        params = {"p": self.pids, "o": self.oids, "c": self.cids}
        if self.bids is not None:
            sql += f" AND list_contains($b, {a}bid)"
            params["b"] = self.bids
        return sql, params

    def mixed_params(self) -> dict:
        """The parameters of Dataset._MIXED_CELLS (with every breakdown when none is asked)."""
        return dict(self.mixed or {}, c=self.cids, b=self.bids if self.bids is not None else [-1], ab=self.bids is None)


class Dataset:
    """One or more imported exports, normalised to the data model."""

    def __init__(self, database: str | None = None) -> None:
        # By default an in-memory database whose spill files go to a private temporary folder, removed
        # on close. The rows are stored as small integer keys into four dimension tables plus the count
        # (about 22 bytes a row), so 10 million rows take about 250 MB and the import need not write
        # strings row by row (docs/data-model.md, bench/import.py). A path may be given instead.
        self._tmpdir: str | None = None
        if database is None:
            self._tmpdir = tempfile.mkdtemp(prefix="footfall-db-")
            database = ":memory:"
            _OPEN[self._tmpdir] = self
            weakref.finalize(self, shutil.rmtree, self._tmpdir, True)
        self._root = duckdb.connect(database)
        self._root.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        if self._tmpdir is not None:  # spill files in the private folder, removed with it
            self._root.execute(f"SET temp_directory = '{os.path.join(self._tmpdir, 'spill')}'")
        self._root.execute("SET TimeZone = 'UTC'")
        self._root.execute("SET enable_progress_bar = false")
        self._local = threading.local()
        self._local.con = self._root
        self._lock = threading.Lock()
        for table, cols in _TABLES:
            self.con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({cols})")
        self.con.execute(f"CREATE VIEW IF NOT EXISTS footfall AS {_FOOTFALL_VIEW}")
        self.con.execute("CREATE TABLE IF NOT EXISTS zones (zone_id VARCHAR PRIMARY KEY, wkt VARCHAR, name VARCHAR)")
        self.metadata = DatasetMetadata()
        self.sources: list[DatasetMetadata] = []

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """This thread's cursor on the engine (a background task and the GUI never share one)."""
        c = getattr(self._local, "con", None)
        if c is None:
            c = self._root.cursor()
            c.execute("SET TimeZone = 'UTC'")
            self._local.con = c
        return c

    # -- plain facts ---------------------------------------------------------------------------
    def _one(self, sql: str, params: Sequence[object] = ()) -> object:
        row = self.con.execute(sql, list(params)).fetchone()
        return row[0] if row else None

    def row_count(self) -> int:
        """Rows of the footfall table."""
        return int(self._one("SELECT count(*) FROM footfall") or 0)

    def sum_counts(self) -> float:
        """Sum of the counts of rows that are not suppressed (not a number of people: see docs)."""
        return float(self._one("SELECT coalesce(sum(count), 0) FROM footfall WHERE suppressed = 0") or 0.0)

    def suppressed_count(self) -> int:
        """Rows whose count is suppressed."""
        return int(self._one("SELECT count(*) FROM footfall WHERE suppressed = 1") or 0)

    def zone_ids(self) -> list[str]:
        """Distinct zone ids, sorted."""
        return [r[0] for r in self.con.execute("SELECT DISTINCT zone_id FROM footfall ORDER BY 1").fetchall()]

    def slot_starts(self) -> list[dt.datetime]:
        """Distinct slot starts (UTC, aware), sorted."""
        rows = self.con.execute("SELECT DISTINCT start FROM footfall ORDER BY 1").fetchall()
        return [r[0].astimezone(dt.timezone.utc) for r in rows]

    def profiles(self) -> list[str]:
        """Distinct profiles, sorted."""
        return [r[0] for r in self.con.execute("SELECT DISTINCT profile FROM footfall ORDER BY 1").fetchall()]

    def origins(self) -> list[tuple[str, str]]:
        """Distinct (origin_type, origin_code), without the rows that have no origin breakdown."""
        return [(r[0], r[1]) for r in self.con.execute(
            "SELECT DISTINCT origin_type, origin_code FROM footfall WHERE origin_code IS NOT NULL ORDER BY 1, 2"
        ).fetchall()]

    def origin_types(self) -> list[str]:
        """Distinct origin types that have codes."""
        return [r[0] for r in self.con.execute(
            "SELECT DISTINCT origin_type FROM footfall WHERE origin_code IS NOT NULL ORDER BY 1").fetchall()]

    def time_range(self) -> tuple[dt.datetime, dt.datetime] | None:
        """(first start, last end) in UTC, or None when empty."""
        row = self.con.execute("SELECT min(start), max(\"end\") FROM footfall").fetchone()
        if not row or row[0] is None:
            return None
        return row[0].astimezone(dt.timezone.utc), row[1].astimezone(dt.timezone.utc)

    def zones_wkt(self) -> dict[str, str]:
        """Zone geometries known to the dataset, as WKT in ``metadata.crs``."""
        return dict(self.con.execute("SELECT zone_id, wkt FROM zones WHERE wkt IS NOT NULL").fetchall())

    def set_zones(self, zones: dict[str, str], crs: str, names: dict[str, str] | None = None) -> None:
        """Replace the zone geometries (WKT by zone id) and their CRS."""
        self.con.execute("DELETE FROM zones")
        ids = list(zones)
        if ids:
            self.con.execute(
                "INSERT INTO zones SELECT unnest($1), unnest($2), unnest($3)",
                [ids, [zones[i] for i in ids], [(names or {}).get(i) for i in ids]],
            )
        self.metadata.crs = crs

    def unmatched_zones(self) -> list[tuple[str, float, int]]:
        """Zone ids of the table that have no geometry: (zone_id, sum of counts, rows), largest first."""
        return [(r[0], float(r[1] or 0), int(r[2])) for r in self.con.execute(
            "SELECT f.zone_id, sum(f.count), count(*) FROM footfall f "
            "LEFT JOIN zones z ON z.zone_id = f.zone_id WHERE z.wkt IS NULL "
            "GROUP BY 1 ORDER BY 2 DESC NULLS LAST, 1").fetchall()]

    # -- measures, cuts and breakdowns -------------------------------------------------------------
    def measures(self) -> list[str]:
        """The measures the dataset holds, in the order of MEASURES (unknown ones last)."""
        have = {r[0] for r in self.con.execute("SELECT DISTINCT measure FROM ff_cut").fetchall()}
        return [m for m in MEASURES if m in have] + sorted(have - set(MEASURES))

    def cuts(self) -> list[tuple[str, str, int, str]]:
        """(measure, cut, rank, breakdown names) of every cut, coarsest first."""
        return [tuple(r) for r in self.con.execute(
            "SELECT measure, cut, rank, dim_names FROM ff_cut ORDER BY rank, measure, cut").fetchall()]

    def dimensions(self, measure: str | None = None) -> dict[str, list[str]]:
        """The extra breakdowns (name → sorted distinct values) of the rows (of one measure)."""
        sql = "SELECT DISTINCT v.name, v.value FROM ff_dim_value v"
        params: list[object] = []
        if measure:
            sql += (" WHERE v.bid IN (SELECT DISTINCT f.bid FROM ff_fact f JOIN ff_cut c ON c.id = f.cid "
                    "WHERE c.measure = ?)")
            params.append(measure)
        out: dict[str, list[str]] = {}
        for n, v in self.con.execute(sql + " ORDER BY 1, 2", params).fetchall():
            out.setdefault(n, []).append(v)
        return out

    def default_measure(self, origins: Sequence[str] | None = None,
                        dims: dict[str, Sequence[str]] | None = None) -> str | None:
        """The first measure (in the order of MEASURES) that has rows for the filters; None when none has."""
        for m in self.measures():
            if self.selection(m, None, origins, dims).cids:
                return m
        return None

    def selection(self, measure: str | None = None, profiles: Sequence[str] | None = None,
                  origins: Sequence[str] | None = None, dims: dict[str, Sequence[str]] | None = None) -> Selection:
        """The keys of the rows that add up to the asked totals of ONE measure without double counting.

        ``measure`` None: the default measure for the filters (:meth:`default_measure`). Among the cuts
        of the measure that can answer the filters (that have rows of the asked origins, and every asked
        breakdown), those of the lowest rank are used; within them, rows without origin breakdown are
        used when no origin filter is set and they exist, and rows of profile ``all`` when no profile
        filter is set and they exist. Worked out on the small key tables (plus one look for a first row
        of profile ``all``), so that the aggregates filter the rows by integer keys only.
        """
        con = self.con
        if measure is None:
            measure = self.default_measure(origins, dims)
            if measure is None:
                return Selection(None, [], [], [], [] if dims else None)
        cut_rows = con.execute("SELECT id, rank, dim_names FROM ff_cut WHERE measure = ?", [measure]).fetchall()
        o_rows = con.execute("SELECT id, origin_type, origin_code FROM ff_origin").fetchall()
        by_cut: dict[int, set[int]] = {}
        for cid, oid in con.execute("SELECT cid, oid FROM ff_cut_origin").fetchall():
            by_cut.setdefault(int(cid), set()).add(int(oid))
        wanted_o: set[int] | None = None
        if origins:
            wanted = set(origins)
            wanted_o = {i for i, t, c in o_rows if c is not None and (c in wanted or t in wanted)}
        bids: list[int] | None = None
        if dims:
            names = {n for n, vals in dims.items() if vals}
            ok: set[int] | None = None
            for n in names:
                vals = [str(v) for v in dims[n]]
                got = {int(r[0]) for r in con.execute(
                    "SELECT bid FROM ff_dim_value WHERE name = ? AND list_contains(?, value)", [n, vals]).fetchall()}
                ok = got if ok is None else ok & got
            bids = sorted(ok) if ok is not None else None
            cut_rows = [r for r in cut_rows if names <= set(filter(None, str(r[2]).split(",")))]
        if wanted_o is not None:
            cut_rows = [r for r in cut_rows if by_cut.get(int(r[0]), set()) & wanted_o]
        if not cut_rows:
            return Selection(measure, [], [], [], bids)
        low = min(int(r[1]) for r in cut_rows)
        cids = sorted(int(r[0]) for r in cut_rows if int(r[1]) == low)
        have = set().union(*(by_cut.get(c, set()) for c in cids))
        mixed = self._mixed(cids, bids, profiles, wanted_o, have, o_rows)
        if mixed is not None:
            return Selection(measure, cids, mixed["p"], mixed["o"], bids, mixed)
        if wanted_o is not None:
            oids = sorted(have & wanted_o)
        else:
            totals = sorted(i for i, _t, c in o_rows if c is None and i in have)
            oids = totals if totals else sorted(i for i, _t, c in o_rows if c is not None and i in have)
        p_rows = con.execute("SELECT id, profile FROM ff_profile").fetchall()
        if profiles:
            wanted_p = set(profiles)
            pids = [i for i, p in p_rows if p in wanted_p]
        else:
            alls = [i for i, p in p_rows if p == "all"]
            has_all = bool(alls) and bool(con.execute(
                "SELECT count(*) FROM (SELECT 1 FROM ff_fact WHERE list_contains($p, pid) AND list_contains($o, oid) "
                "AND list_contains($c, cid) LIMIT 1)", {"p": alls, "o": oids, "c": cids}).fetchall()[0][0])
            pids = alls if has_all else [i for i, p in p_rows if p != "all"]
        return Selection(measure, cids, pids, oids, bids)

    def _mixed(self, cids: list[int], bids: list[int] | None, profiles: Sequence[str] | None,
               wanted_o: set[int] | None, have: set[int], o_rows: list) -> dict | None:
        """Keys for data where total rows (no origin, or profile ``all``) and breakdown rows both exist
        in the chosen cuts, else None (then the key filter of :meth:`selection` is exact and faster).

        Then the choice is made per cell, not for the whole dataset: a zone × slot × profile with a row
        without origin takes it, else the sum of its origin rows; a zone × slot with a row of profile
        ``all`` takes it, else the sum of the profiles. Breakdown rows in a slot that has no total row
        anywhere but overlaps a slot that has (the day of a daily origin file beside quarter-hour
        presence) re-count people already in the total rows and are left out.
        """
        con = self.con
        p_rows = con.execute("SELECT id, profile FROM ff_profile").fetchall()
        if wanted_o is not None:
            oids, o_tot = sorted(have & wanted_o), []
        else:
            oids = sorted(have)
            o_tot = [i for i, _t, c in o_rows if c is None and i in have]
        if profiles:
            wanted = set(profiles)
            pids, p_all = [i for i, p in p_rows if p in wanted], []
        else:
            pids, p_all = [i for i, _p in p_rows], [i for i, p in p_rows if p == "all"]
        mix_o = 0 < len(o_tot) < len(oids)
        mix_p = 0 < len(p_all) < len(pids) and bool(con.execute(
            "SELECT count(*) FROM (SELECT 1 FROM ff_fact WHERE list_contains($pa, pid) AND list_contains($c, cid) LIMIT 1)",
            {"pa": p_all, "c": cids}).fetchall()[0][0]) and bool(con.execute(
            "SELECT count(*) FROM (SELECT 1 FROM ff_fact WHERE NOT list_contains($pa, pid) AND list_contains($c, cid) LIMIT 1)",
            {"pa": p_all, "c": cids}).fetchall()[0][0])
        if not (mix_o or mix_p):
            return None
        if not mix_p:
            p_all = []
        if not mix_o:
            o_tot = []

        def overlapping(total_keys: list[int], column: str) -> list[int]:
            # slots without any total row that overlap a slot with one (few slots: a small query)
            if not total_keys:
                return []
            return [r[0] for r in con.execute(
                f"WITH has AS (SELECT DISTINCT tid FROM ff_fact WHERE list_contains($k, {column}) "
                "AND list_contains($p, pid) AND list_contains($o, oid) AND list_contains($c, cid)), "
                "s AS (SELECT t.id, t.start, t.\"end\", h.tid IS NOT NULL AS tot FROM ff_slot t LEFT JOIN has h ON h.tid = t.id) "
                "SELECT DISTINCT a.id FROM s a JOIN s b ON b.tot AND NOT a.tot AND a.start < b.\"end\" AND b.start < a.\"end\"",
                {"k": total_keys, "p": pids, "o": oids, "c": cids}).fetchall()]

        return {"p": pids, "o": oids, "ot": o_tot, "pa": p_all,
                "xo": overlapping(o_tot, "oid"), "xp": overlapping(p_all, "pid")}

    #: Per zone and slot from the rows of the keys of :meth:`_mixed`: (zid, tid, count, suppressed_parts, parts).
    _MIXED_CELLS = (
        "WITH f AS (SELECT zid, tid, pid, count, suppressed, list_contains($ot, oid) AS ot FROM ff_fact "
        "WHERE list_contains($p, pid) AND list_contains($o, oid) AND list_contains($c, cid) "
        "AND ($ab OR list_contains($b, bid)) AND (list_contains($ot, oid) OR NOT list_contains($xo, tid))), "
        "c1 AS (SELECT zid, tid, pid, bool_or(ot) AS has, "
        "CASE WHEN bool_or(ot) THEN sum(count) FILTER (WHERE ot) ELSE sum(count) END AS count, "
        "CASE WHEN bool_or(ot) THEN sum(suppressed) FILTER (WHERE ot) ELSE sum(suppressed) END AS sp, "
        "CASE WHEN bool_or(ot) THEN count(*) FILTER (WHERE ot) ELSE count(*) END AS parts "
        "FROM f GROUP BY zid, tid, pid), "
        "c2 AS (SELECT zid, tid, list_contains($pa, pid) AS pa, count, sp, parts FROM c1 "
        "WHERE list_contains($pa, pid) OR NOT list_contains($xp, tid)) "
        "SELECT zid, tid, "
        "CASE WHEN bool_or(pa) THEN sum(count) FILTER (WHERE pa) ELSE sum(count) END AS count, "
        "CAST(CASE WHEN bool_or(pa) THEN sum(sp) FILTER (WHERE pa) ELSE sum(sp) END AS INTEGER) AS suppressed_parts, "
        "CAST(CASE WHEN bool_or(pa) THEN sum(parts) FILTER (WHERE pa) ELSE sum(parts) END AS INTEGER) AS parts "
        "FROM c2 GROUP BY zid, tid"
    )

    # -- aggregates for maps -------------------------------------------------------------------
    def zone_slot_totals(self, profiles: Sequence[str] | None = None, origins: Sequence[str] | None = None,
                         measure: str | None = None, dims: dict[str, Sequence[str]] | None = None):
        """Totals of one measure per zone and slot: SQL and its parameters for (zone_id, start, end, count,
        suppressed_parts, parts).

        ``count`` is the sum of the known parts and NULL when every part is suppressed. ``measure`` None:
        the default measure for the filters (:meth:`selection`).
        """
        sel = self.selection(measure, profiles, origins, dims)
        if sel.mixed is not None:
            sql = ("SELECT z.zone_id, t.start, t.\"end\", c.count, c.suppressed_parts, c.parts FROM ("
                   + self._MIXED_CELLS + ") c JOIN ff_slot t ON t.id = c.tid JOIN ff_zone z ON z.id = c.zid")
            return sql, sel.mixed_params()
        cond, params = sel.where("f.")
        # the slot's start and end among the grouping keys: a filter on them (one frame) reaches the rows
        sql = (
            "SELECT z.zone_id, s.start, s.\"end\", s.count, s.suppressed_parts, s.parts FROM ("
            "SELECT f.zid, t.start, t.\"end\", sum(f.count) AS count, CAST(sum(f.suppressed) AS INTEGER) AS suppressed_parts, "
            "CAST(count(*) AS INTEGER) AS parts FROM ff_fact f JOIN ff_slot t ON t.id = f.tid "
            f"WHERE {cond} "
            "GROUP BY f.zid, f.tid, t.start, t.\"end\") s JOIN ff_zone z ON z.id = s.zid"
        )
        return sql, params

    def slot_totals(self, profiles: Sequence[str] | None = None, origins: Sequence[str] | None = None,
                    measure: str | None = None, dims: dict[str, Sequence[str]] | None = None
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Per slot: (start epoch seconds, end epoch seconds, total of known counts, suppressed parts), of
        one measure (the default for the filters when None).

        When the dataset's zones may contain one another (``metadata.nested_zones``), the total of a slot
        is that of its largest zone, not the sum over zones (which would count the people of a zone and
        of the zone that contains it twice): a lower bound when the zones are in fact disjoint."""
        sel = self.selection(measure, profiles, origins, dims)
        cond, params = sel.where()
        if sel.mixed is not None:  # the sums (or, nested, the largest) of the zone-slot totals, chosen per cell
            agg = "max" if self.metadata.nested_zones else "sum"
            inner, params = (f"SELECT tid, {agg}(count) AS total, sum(suppressed_parts) AS supp FROM ("
                             + self._MIXED_CELLS + ") GROUP BY tid"), sel.mixed_params()
        elif self.metadata.nested_zones:
            inner = (f"SELECT tid, max(total) AS total, sum(supp) AS supp FROM (SELECT tid, zid, sum(count) AS total, "
                     f"sum(CAST(suppressed AS INTEGER)) AS supp FROM ff_fact WHERE {cond} GROUP BY tid, zid) GROUP BY tid")
        else:  # noqa: PLR5501
            # straight from the rows, not through zone_slot_totals: the sums are the same (a zone-slot's sum
            # of known counts, summed over zones, is the sum of the known counts) at half the time
            inner = (f"SELECT tid, sum(count) AS total, sum(CAST(suppressed AS INTEGER)) AS supp FROM ff_fact "
                     f"WHERE {cond} GROUP BY tid")
        res = self.con.execute(
            f"SELECT epoch(t.start), epoch(t.\"end\"), coalesce(s.total, 0), s.supp FROM ({inner}) s "
            "JOIN ff_slot t ON t.id = s.tid ORDER BY 1, 2", params).fetchnumpy()
        keys = list(res)
        return tuple(np.asarray(res[k]) for k in keys)  # type: ignore[return-value]

    # -- adding rows ------------------------------------------------------------------------------
    def append(self, zones: Sequence[str], slots: Sequence[tuple[int, int]], profiles: Sequence[str],
               origins: Sequence[tuple[str, str | None]], zid: np.ndarray, tid: np.ndarray, pid: np.ndarray,
               oid: np.ndarray, count: np.ndarray, suppressed: np.ndarray,
               cuts: Sequence[tuple[str, str, int, str]] = (("presence", "", 0, ""),), cid: np.ndarray | None = None,
               dims: Sequence[str] = ("",), bid: np.ndarray | None = None) -> int | None:
        """Add normalised rows given as indices into their own key lists; return None, or refuse them.

        ``slots`` are (start, end) in epoch microseconds; ``count`` is float64 with NaN for NULL;
        ``cuts`` are (measure, cut, rank, breakdown names) and ``dims`` canonical breakdown texts
        (:func:`dims_text`), indexed by ``cid`` and ``bid`` (all rows the first when None). When a row
        repeats a cell (zone, start, profile, origin, cut, breakdown) already in the dataset nothing is
        added and the position of the first such row is returned.
        """
        n = len(zid)
        if cid is None:
            cid = np.zeros(n, dtype=np.int8)
        if bid is None:
            bid = np.zeros(n, dtype=np.int8)
        with self._lock:  # two imports into one dataset must not number new keys alike
            con = self.con
            maps = []
            new_rows = []
            for table, cols, keys in (
                ("ff_zone", "zone_id", [(z,) for z in zones]),
                ("ff_slot", 'epoch_us(start), epoch_us("end")', [(int(a), int(b)) for a, b in slots]),
                ("ff_profile", "profile", [(p,) for p in profiles]),
                ("ff_origin", "origin_type, origin_code", [tuple(o) for o in origins]),
                ("ff_cut", "measure, cut, rank, dim_names", [tuple(c) for c in cuts]),
                ("ff_dims", "dims", [(d,) for d in dims]),
            ):
                known = _keyed(con.execute(f"SELECT id, {cols} FROM {table}").fetchall())
                nxt = max(known.values(), default=-1) + 1
                ids = []
                fresh = []
                for k in keys:
                    i = known.get(k)
                    if i is None:
                        i = known[k] = nxt
                        nxt += 1
                        fresh.append((i, *k))
                    ids.append(i)
                maps.append(np.asarray(ids, dtype=np.int32))
                new_rows.append(fresh)
            rel = {}
            for name, m, a in zip(("zid", "tid", "pid", "oid", "cid", "bid"), maps, (zid, tid, pid, oid, cid, bid)):
                # the first file of a dataset keeps its own numbering: no pass over its rows
                rel[name] = a if np.array_equal(m, np.arange(len(m))) else m[a]
            if n and con.execute("SELECT count(*) FROM (SELECT 1 FROM ff_fact LIMIT 1)").fetchall()[0][0]:
                probe = dict(rel, i=np.arange(n, dtype=np.int64))
                con.register("_ff_probe", probe)
                try:
                    clash = con.execute("SELECT min(n.i) FROM _ff_probe n JOIN ff_fact f ON f.zid = n.zid "
                                        "AND f.tid = n.tid AND f.pid = n.pid AND f.oid = n.oid AND f.cid = n.cid "
                                        "AND f.bid = n.bid").fetchall()[0][0]
                finally:
                    con.unregister("_ff_probe")
                if clash is not None:
                    return int(clash)
            for table, fresh in zip(("ff_zone", "ff_slot", "ff_profile", "ff_origin", "ff_cut", "ff_dims"), new_rows):
                if not fresh:
                    continue
                cols = list(zip(*fresh))
                if table == "ff_slot":
                    con.execute("INSERT INTO ff_slot SELECT unnest($1), CAST(make_timestamp(unnest($2)) AS TIMESTAMPTZ), "
                                "CAST(make_timestamp(unnest($3)) AS TIMESTAMPTZ)", [list(c) for c in cols])
                else:
                    holders = ", ".join(f"unnest(${j + 1})" for j in range(len(cols)))
                    con.execute(f"INSERT INTO {table} SELECT {holders}", [list(c) for c in cols])
                if table == "ff_dims":
                    vals = [(i, nm, v) for i, d in fresh for nm, v in dims_pairs(d)]
                    if vals:
                        con.execute("INSERT INTO ff_dim_value SELECT unnest($1), unnest($2), unnest($3)",
                                    [list(c) for c in zip(*vals)])
            self._cut_origins(maps[4], cid, maps[3], oid)
            rel["count"] = np.asarray(count, dtype=np.float64)  # NaN is read as NULL
            rel["suppressed"] = np.asarray(suppressed, dtype=np.int8)
            try:  # as an Arrow table (no copy) DuckDB reads the columns in parallel: 0.2 s for 10 M rows, not 0.35
                import pyarrow as pa
                new = pa.table({k: (pa.array(v, mask=np.isnan(v)) if k == "count" else v) for k, v in rel.items()})
            except ImportError:
                new = rel
            con.register("_ff_new", new)
            try:
                con.execute("INSERT INTO ff_fact SELECT zid, tid, pid, oid, cid, bid, count, suppressed FROM _ff_new")
            finally:
                con.unregister("_ff_new")
        return None

    def _cut_origins(self, cmap: np.ndarray, cid: np.ndarray, omap: np.ndarray, oid: np.ndarray) -> None:
        """Record which origins each cut has (the distinct pairs of the new rows, by counting, not sorting)."""
        nc, no = len(cmap), len(omap)
        if not len(cid) or not nc or not no:
            return
        if nc == 1:
            pairs = np.flatnonzero(np.bincount(oid, minlength=no))
        else:
            pairs = np.flatnonzero(np.bincount(cid.astype(np.int64) * no + oid, minlength=nc * no))
        new = {(int(cmap[p // no]), int(omap[p % no])) for p in pairs}
        have = {tuple(r) for r in self.con.execute("SELECT cid, oid FROM ff_cut_origin").fetchall()}
        add = sorted(new - have)
        if add:
            self.con.execute("INSERT INTO ff_cut_origin SELECT unnest($1), unnest($2)",
                             [[a for a, _b in add], [b for _a, b in add]])

    def insert_rows(self, relation: str) -> None:
        """Add rows given in the model's columns by a SQL relation (a table, view or query): for tests and
        benchmarks that build a dataset by hand. ``measure`` (default ``presence``), ``cut`` and ``dims``
        (default '') may be left out."""
        con = self.con
        q = f"({relation})" if " " in relation.strip() else relation
        with self._lock:
            con.execute(f"CREATE OR REPLACE TEMP TABLE _ff_in0 AS SELECT * FROM {q}")
            have = {r[0] for r in con.execute("DESCRIBE _ff_in0").fetchall()}
            extra = ", ".join(f"{default} AS {name}" for name, default in (
                ("measure", "'presence'"), ("cut", "''"), ("dims", "''")) if name not in have)
            con.execute(f"CREATE OR REPLACE TEMP TABLE _ff_in AS SELECT *{', ' + extra if extra else ''} FROM _ff_in0")
            con.execute("DROP TABLE _ff_in0")
            try:
                for table, cols, on, src in (
                    ("ff_zone", "zone_id", "d.zone_id = n.zone_id", "zone_id"),
                    ("ff_slot", 'start, "end"', 'd.start = n.start AND d."end" = n."end"', 'start, "end"'),
                    ("ff_profile", "profile", "d.profile = n.profile", "profile"),
                    ("ff_origin", "origin_type, origin_code",
                     "d.origin_type = n.origin_type AND d.origin_code IS NOT DISTINCT FROM n.origin_code",
                     "origin_type, origin_code"),
                    ("ff_cut", "measure, cut, rank, dim_names", "d.measure = n.measure AND d.cut = n.cut",
                     "measure, cut, CASE WHEN cut = '' THEN 0 ELSE 1 END AS rank, '' AS dim_names"),
                    ("ff_dims", "dims", "d.dims = n.dims", "dims"),
                ):
                    con.execute(f"INSERT INTO {table} SELECT (SELECT coalesce(max(id), -1) FROM {table}) "
                                f"+ row_number() OVER (ORDER BY {cols}), * FROM (SELECT DISTINCT {src} FROM _ff_in n "
                                f"WHERE NOT EXISTS (SELECT 1 FROM {table} d WHERE {on}))")
                for bid, text in con.execute("SELECT id, dims FROM ff_dims WHERE id NOT IN "
                                             "(SELECT DISTINCT bid FROM ff_dim_value)").fetchall():
                    for nm, v in dims_pairs(text):
                        con.execute("INSERT INTO ff_dim_value VALUES (?, ?, ?)", [bid, nm, v])
                con.execute(
                    "UPDATE ff_cut SET dim_names = s.names FROM (SELECT n.measure, n.cut, "
                    "string_agg(DISTINCT v.name, ',' ORDER BY v.name) AS names FROM _ff_in n JOIN ff_dims d ON d.dims = n.dims "
                    "JOIN ff_dim_value v ON v.bid = d.id GROUP BY ALL) s WHERE ff_cut.measure = s.measure AND ff_cut.cut = s.cut")
                con.execute(
                    "INSERT INTO ff_fact SELECT z.id, t.id, p.id, o.id, c.id, d.id, n.count, n.suppressed FROM _ff_in n "
                    "JOIN ff_zone z ON z.zone_id = n.zone_id JOIN ff_slot t ON t.start = n.start AND t.\"end\" = n.\"end\" "
                    "JOIN ff_profile p ON p.profile = n.profile JOIN ff_origin o ON o.origin_type = n.origin_type "
                    "AND o.origin_code IS NOT DISTINCT FROM n.origin_code JOIN ff_cut c ON c.measure = n.measure "
                    "AND c.cut = n.cut JOIN ff_dims d ON d.dims = n.dims")
                con.execute("INSERT INTO ff_cut_origin SELECT DISTINCT cid, oid FROM ff_fact "
                            "EXCEPT SELECT cid, oid FROM ff_cut_origin")
            finally:
                con.execute("DROP TABLE IF EXISTS _ff_in")

    def close(self) -> None:
        """Release the engine."""
        try:
            self._root.close()
        except Exception:
            pass
        if self._tmpdir is not None:
            _OPEN.pop(self._tmpdir, None)
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None

    def __enter__(self) -> Dataset:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
