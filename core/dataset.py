"""A footfall dataset: the long ``footfall`` table and the ``zones`` in an embedded DuckDB engine.

Why DuckDB and not a QGIS memory layer or pandas: see ``docs/data-model.md``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import threading
import weakref
from typing import Sequence

import duckdb
import numpy as np

from .model import FOOTFALL_COLUMNS, DatasetMetadata

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

#: The stored form of the ``footfall`` table of the data model: a fact table of integer keys into four
#: dimension tables. ``footfall`` itself is a view with the model's columns (FOOTFALL_COLUMNS), so every
#: query reads it as before; filters on a dimension are pushed into the small table's scan.
_TABLES = (
    ("ff_zone", "id INTEGER PRIMARY KEY, zone_id VARCHAR NOT NULL"),
    ("ff_slot", 'id INTEGER PRIMARY KEY, start TIMESTAMPTZ NOT NULL, "end" TIMESTAMPTZ NOT NULL'),
    ("ff_profile", "id INTEGER PRIMARY KEY, profile VARCHAR NOT NULL"),
    ("ff_origin", "id INTEGER PRIMARY KEY, origin_type VARCHAR NOT NULL, origin_code VARCHAR"),
    ("ff_fact", "zid INTEGER NOT NULL, tid INTEGER NOT NULL, pid INTEGER NOT NULL, oid INTEGER NOT NULL, "
                "count DOUBLE, suppressed TINYINT NOT NULL"),
)
_FOOTFALL_VIEW = (
    'SELECT z.zone_id, t.start, t."end", p.profile, o.origin_type, o.origin_code, f.count, f.suppressed '
    "FROM ff_fact f JOIN ff_zone z ON z.id = f.zid JOIN ff_slot t ON t.id = f.tid "
    "JOIN ff_profile p ON p.id = f.pid JOIN ff_origin o ON o.id = f.oid"
)
assert [c for c, _t in FOOTFALL_COLUMNS] == ["zone_id", "start", "end", "profile", "origin_type", "origin_code",
                                               "count", "suppressed"]


def _keyed(rows: Sequence[tuple]) -> dict[tuple, int]:
    return {tuple(r[1:]): int(r[0]) for r in rows}


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

    # -- aggregates for maps -------------------------------------------------------------------
    def _keys(self, profiles: Sequence[str] | None, origins: Sequence[str] | None) -> tuple[list[int], list[int]]:
        """The profile and origin keys of the rows that add up to the asked totals without double counting.

        Rows without an origin breakdown are used when no origin filter is set and they exist;
        rows of profile ``all`` are used when no profile filter is set and they exist. Worked out on the
        small key tables (plus one look for a first row of profile ``all``), so that the aggregates
        filter the rows by integer keys only. Only right when the total rows cover every cell: see
        :meth:`_mixed`, which the aggregates check first.
        """
        con = self.con
        # every key of ff_origin and ff_profile has rows: keys are only ever added with their rows
        o_rows = con.execute("SELECT id, origin_type, origin_code FROM ff_origin").fetchall()
        if origins:
            wanted = set(origins)
            oids = [i for i, t, c in o_rows if c in wanted or t in wanted]
        else:
            totals = [i for i, _t, c in o_rows if c is None]
            oids = totals if totals else [i for i, _t, c in o_rows if c is not None]
        p_rows = con.execute("SELECT id, profile FROM ff_profile").fetchall()
        if profiles:
            wanted = set(profiles)
            pids = [i for i, p in p_rows if p in wanted]
        else:
            alls = [i for i, p in p_rows if p == "all"]
            has_all = bool(alls) and bool(con.execute(
                "SELECT count(*) FROM (SELECT 1 FROM ff_fact WHERE list_contains($p, pid) AND list_contains($o, oid) LIMIT 1)",
                {"p": alls, "o": oids}).fetchall()[0][0])
            pids = alls if has_all else [i for i, p in p_rows if p != "all"]
        return pids, oids

    def _mixed(self, profiles: Sequence[str] | None, origins: Sequence[str] | None) -> dict | None:
        """Keys for data where total rows (no origin, or profile ``all``) and breakdown rows both exist,
        else None (then :meth:`_keys` is exact and faster).

        Then the choice is made per cell, not for the whole dataset: a zone × slot × profile with a row
        without origin takes it, else the sum of its origin rows; a zone × slot with a row of profile
        ``all`` takes it, else the sum of the profiles. Breakdown rows in a slot that has no total row
        anywhere but overlaps a slot that has (the day of a daily origin file beside quarter-hour
        presence) re-count people already in the total rows and are left out.
        """
        con = self.con
        o_rows = con.execute("SELECT id, origin_type, origin_code FROM ff_origin").fetchall()
        p_rows = con.execute("SELECT id, profile FROM ff_profile").fetchall()
        if origins:
            wanted = set(origins)
            oids, o_tot = [i for i, t, c in o_rows if c in wanted or t in wanted], []
        else:
            oids, o_tot = [i for i, _t, _c in o_rows], [i for i, _t, c in o_rows if c is None]
        if profiles:
            wanted = set(profiles)
            pids, p_all = [i for i, p in p_rows if p in wanted], []
        else:
            pids, p_all = [i for i, _p in p_rows], [i for i, p in p_rows if p == "all"]
        mix_o = 0 < len(o_tot) < len(oids)
        mix_p = 0 < len(p_all) < len(pids)
        if not (mix_o or mix_p):
            return None

        def overlapping(total_keys: list[int], column: str) -> list[int]:
            # slots without any total row that overlap a slot with one (few slots: a small query)
            if not total_keys:
                return []
            return [r[0] for r in con.execute(
                f"WITH has AS (SELECT DISTINCT tid FROM ff_fact WHERE list_contains($k, {column}) "
                "AND list_contains($p, pid) AND list_contains($o, oid)), "
                "s AS (SELECT t.id, t.start, t.\"end\", h.tid IS NOT NULL AS tot FROM ff_slot t LEFT JOIN has h ON h.tid = t.id) "
                "SELECT DISTINCT a.id FROM s a JOIN s b ON b.tot AND NOT a.tot AND a.start < b.\"end\" AND b.start < a.\"end\"",
                {"k": total_keys, "p": pids, "o": oids}).fetchall()]

        return {"p": pids, "o": oids, "ot": o_tot, "pa": p_all,
                "xo": overlapping(o_tot, "oid"), "xp": overlapping(p_all, "pid")}

    #: Per zone and slot from the rows of the keys of :meth:`_mixed`: (zid, tid, count, suppressed_parts, parts).
    _MIXED_CELLS = (
        "WITH f AS (SELECT zid, tid, pid, count, suppressed, list_contains($ot, oid) AS ot FROM ff_fact "
        "WHERE list_contains($p, pid) AND list_contains($o, oid) AND (list_contains($ot, oid) OR NOT list_contains($xo, tid))), "
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

    def zone_slot_totals(self, profiles: Sequence[str] | None = None, origins: Sequence[str] | None = None):
        """Totals per zone and slot: SQL and its parameters for (zone_id, start, end, count, suppressed_parts, parts).

        ``count`` is the sum of the known parts and NULL when every part is suppressed. Where total rows
        cover only part of the data, the choice between them and the breakdown is made per cell
        (:meth:`_mixed`).
        """
        mixed = self._mixed(profiles, origins)
        if mixed is not None:
            sql = ("SELECT z.zone_id, t.start, t.\"end\", c.count, c.suppressed_parts, c.parts FROM ("
                   + self._MIXED_CELLS + ") c JOIN ff_slot t ON t.id = c.tid JOIN ff_zone z ON z.id = c.zid")
            return sql, mixed
        pids, oids = self._keys(profiles, origins)
        # the slot's start and end among the grouping keys: a filter on them (one frame) reaches the rows
        sql = (
            "SELECT z.zone_id, s.start, s.\"end\", s.count, s.suppressed_parts, s.parts FROM ("
            "SELECT f.zid, t.start, t.\"end\", sum(f.count) AS count, CAST(sum(f.suppressed) AS INTEGER) AS suppressed_parts, "
            "CAST(count(*) AS INTEGER) AS parts FROM ff_fact f JOIN ff_slot t ON t.id = f.tid "
            "WHERE list_contains($p, f.pid) AND list_contains($o, f.oid) "
            "GROUP BY f.zid, f.tid, t.start, t.\"end\") s JOIN ff_zone z ON z.id = s.zid"
        )
        return sql, {"p": pids, "o": oids}

    def slot_totals(self, profiles: Sequence[str] | None = None, origins: Sequence[str] | None = None
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Per slot: (start epoch seconds, end epoch seconds, total of known counts, suppressed parts)."""
        mixed = self._mixed(profiles, origins)
        if mixed is not None:  # the sums of the zone-slot totals, chosen per cell
            inner, params = ("SELECT tid, sum(count) AS total, sum(suppressed_parts) AS supp FROM ("
                             + self._MIXED_CELLS + ") GROUP BY tid"), mixed
        else:
            # straight from the rows, not through zone_slot_totals: the sums are the same (a zone-slot's sum
            # of known counts, summed over zones, is the sum of the known counts) at half the time
            pids, oids = self._keys(profiles, origins)
            inner, params = ("SELECT tid, sum(count) AS total, sum(CAST(suppressed AS INTEGER)) AS supp FROM ff_fact "
                             "WHERE list_contains($p, pid) AND list_contains($o, oid) GROUP BY tid"), {"p": pids, "o": oids}
        res = self.con.execute(
            "SELECT epoch(t.start), epoch(t.\"end\"), coalesce(s.total, 0), s.supp FROM ("
            + inner + ") s JOIN ff_slot t ON t.id = s.tid ORDER BY 1, 2", params).fetchnumpy()
        keys = list(res)
        return tuple(np.asarray(res[k]) for k in keys)  # type: ignore[return-value]

    # -- adding rows ------------------------------------------------------------------------------
    def append(self, zones: Sequence[str], slots: Sequence[tuple[int, int]], profiles: Sequence[str],
               origins: Sequence[tuple[str, str | None]], zid: np.ndarray, tid: np.ndarray, pid: np.ndarray,
               oid: np.ndarray, count: np.ndarray, suppressed: np.ndarray) -> int | None:
        """Add normalised rows given as indices into their own key lists; return None, or refuse them.

        ``slots`` are (start, end) in epoch microseconds; ``count`` is float64 with NaN for NULL. When a
        row repeats a cell (zone, start, profile, origin) already in the dataset nothing is added and
        the position of the first such row is returned.
        """
        with self._lock:  # two imports into one dataset must not number new keys alike
            con = self.con
            maps = []
            new_rows = []
            for table, cols, keys in (
                ("ff_zone", "zone_id", [(z,) for z in zones]),
                ("ff_slot", 'epoch_us(start), epoch_us("end")', [(int(a), int(b)) for a, b in slots]),
                ("ff_profile", "profile", [(p,) for p in profiles]),
                ("ff_origin", "origin_type, origin_code", [tuple(o) for o in origins]),
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
            n = len(zid)
            rel = {}
            for name, m, a in zip(("zid", "tid", "pid", "oid"), maps, (zid, tid, pid, oid)):
                # the first file of a dataset keeps its own numbering: no pass over its rows
                rel[name] = a if np.array_equal(m, np.arange(len(m))) else m[a]
            if n and con.execute("SELECT count(*) FROM (SELECT 1 FROM ff_fact LIMIT 1)").fetchall()[0][0]:
                probe = dict(rel, i=np.arange(n, dtype=np.int64))
                con.register("_ff_probe", probe)
                try:
                    clash = con.execute("SELECT min(n.i) FROM _ff_probe n JOIN ff_fact f ON f.zid = n.zid "
                                        "AND f.tid = n.tid AND f.pid = n.pid AND f.oid = n.oid").fetchall()[0][0]
                finally:
                    con.unregister("_ff_probe")
                if clash is not None:
                    return int(clash)
            for (table, _c, _k), fresh in zip((("ff_zone", 0, 0), ("ff_slot", 0, 0), ("ff_profile", 0, 0),
                                               ("ff_origin", 0, 0)), new_rows):
                if not fresh:
                    continue
                cols = list(zip(*fresh))
                if table == "ff_slot":
                    con.execute("INSERT INTO ff_slot SELECT unnest($1), CAST(make_timestamp(unnest($2)) AS TIMESTAMPTZ), "
                                "CAST(make_timestamp(unnest($3)) AS TIMESTAMPTZ)", [list(c) for c in cols])
                else:
                    holders = ", ".join(f"unnest(${j + 1})" for j in range(len(cols)))
                    con.execute(f"INSERT INTO {table} SELECT {holders}", [list(c) for c in cols])
            rel["count"] = np.asarray(count, dtype=np.float64)  # NaN is read as NULL
            rel["suppressed"] = np.asarray(suppressed, dtype=np.int8)
            try:  # as an Arrow table (no copy) DuckDB reads the columns in parallel: 0.2 s for 10 M rows, not 0.35
                import pyarrow as pa
                new = pa.table({k: (pa.array(v, mask=np.isnan(v)) if k == "count" else v) for k, v in rel.items()})
            except ImportError:
                new = rel
            con.register("_ff_new", new)
            try:
                con.execute("INSERT INTO ff_fact SELECT zid, tid, pid, oid, count, suppressed FROM _ff_new")
            finally:
                con.unregister("_ff_new")
        return None

    def insert_rows(self, relation: str) -> None:
        """Add rows given in the model's columns by a SQL relation (a table, view or query): for tests and
        benchmarks that build a dataset by hand."""
        con = self.con
        q = f"({relation})" if " " in relation.strip() else relation
        with self._lock:
            con.execute(f"CREATE OR REPLACE TEMP TABLE _ff_in AS SELECT * FROM {q}")
            try:
                for table, cols, on in (
                    ("ff_zone", "zone_id", "d.zone_id = n.zone_id"),
                    ("ff_slot", 'start, "end"', 'd.start = n.start AND d."end" = n."end"'),
                    ("ff_profile", "profile", "d.profile = n.profile"),
                    ("ff_origin", "origin_type, origin_code",
                     "d.origin_type = n.origin_type AND d.origin_code IS NOT DISTINCT FROM n.origin_code"),
                ):
                    con.execute(f"INSERT INTO {table} SELECT (SELECT coalesce(max(id), -1) FROM {table}) "
                                f"+ row_number() OVER (ORDER BY {cols}), * FROM (SELECT DISTINCT {cols} FROM _ff_in n "
                                f"WHERE NOT EXISTS (SELECT 1 FROM {table} d WHERE {on}))")
                con.execute(
                    "INSERT INTO ff_fact SELECT z.id, t.id, p.id, o.id, n.count, n.suppressed FROM _ff_in n "
                    "JOIN ff_zone z ON z.zone_id = n.zone_id JOIN ff_slot t ON t.start = n.start AND t.\"end\" = n.\"end\" "
                    "JOIN ff_profile p ON p.profile = n.profile JOIN ff_origin o ON o.origin_type = n.origin_type "
                    "AND o.origin_code IS NOT DISTINCT FROM n.origin_code")
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
