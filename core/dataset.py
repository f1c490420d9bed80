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
#: the names of its extra breakdowns; ``ff_dims`` one combination of extra breakdown values: its canonical
#: text and, per breakdown (``ff_dim_name``), one integer code column ``k<nid>`` into ``ff_dim_label``
#: (NULL when the combination does not have that breakdown), added when a breakdown first appears; filters
#: on a breakdown read those codes. ``ff_cut_origin`` the origins each cut has (kept on insert, so that
#: choosing the rows of a total never scans the facts).
_TABLES = (
    ("ff_zone", "id INTEGER PRIMARY KEY, zone_id VARCHAR NOT NULL"),
    ("ff_slot", 'id INTEGER PRIMARY KEY, start TIMESTAMPTZ NOT NULL, "end" TIMESTAMPTZ NOT NULL'),
    ("ff_profile", "id INTEGER PRIMARY KEY, profile VARCHAR NOT NULL"),
    ("ff_origin", "id INTEGER PRIMARY KEY, origin_type VARCHAR NOT NULL, origin_code VARCHAR"),
    ("ff_cut", "id INTEGER PRIMARY KEY, measure VARCHAR NOT NULL, cut VARCHAR NOT NULL, rank INTEGER NOT NULL, "
               "dim_names VARCHAR NOT NULL"),
    ("ff_dims", "id INTEGER PRIMARY KEY, dims VARCHAR NOT NULL"),
    ("ff_dim_name", "nid INTEGER PRIMARY KEY, name VARCHAR NOT NULL"),
    ("ff_dim_label", "nid INTEGER NOT NULL, code INTEGER NOT NULL, value VARCHAR NOT NULL"),
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


def _sql_text(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def _clean(text: str) -> str:
    return str(text).replace(";", ",").replace("=", "-").strip()


@dataclasses.dataclass
class Breakdowns:
    """Combinations of extra breakdown values, as codes (never one Python object per combination).

    ``names`` are the breakdown names (sorted), ``values[j]`` the distinct value texts of breakdown ``j``
    and ``codes`` (combinations × names, int32) the index of each combination's value in ``values[j]``,
    ``-1`` where a combination does not have breakdown ``j``. The combination without any breakdown is
    a row of ``-1`` (or the single row of a table without names).
    """

    names: list[str]
    values: list[list[str]]
    codes: np.ndarray

    @classmethod
    def none(cls) -> Breakdowns:
        """One combination: no breakdown."""
        return cls([], [], np.zeros((1, 0), dtype=np.int32))

    @classmethod
    def from_texts(cls, texts: Sequence[str]) -> Breakdowns:
        """From canonical texts (:func:`dims_text`), one combination per text (in their order)."""
        parsed = [dict(dims_pairs(t or "")) for t in texts]
        names = sorted({n for p in parsed for n in p})
        values = [sorted({p[n] for p in parsed if n in p}) for n in names]
        pos = [{v: i for i, v in enumerate(vals)} for vals in values]
        codes = np.full((len(texts), len(names)), -1, dtype=np.int32)
        for i, p in enumerate(parsed):
            for j, n in enumerate(names):
                if n in p:
                    codes[i, j] = pos[j][p[n]]
        return cls(names, values, codes)

    def __len__(self) -> int:
        return int(self.codes.shape[0])

    def texts(self) -> list[str]:
        """The canonical text of every combination (for small sets: tests, messages)."""
        return [dims_text([(n, self.values[j][c]) for j, (n, c) in enumerate(zip(self.names, row)) if c >= 0])
                for row in self.codes.tolist()]


@dataclasses.dataclass
class Selection:
    """The keys of the rows that add up to one total without double counting: one measure, the cuts of
    the lowest rank that can answer the filters, the origin and profile rules of docs/data-model.md."""

    measure: str | None
    cids: list[int]
    pids: list[int]
    oids: list[int]
    #: the breakdown filter: (code column of ff_dims, asked codes) per asked breakdown; None: every
    #: breakdown (summed over)
    dim_codes: list[tuple[str, list[int]]] | None = None
    #: where total rows (no origin, or profile 'all') cover only part of the data: the keys of the per-cell
    #: choice (Dataset._MIXED_CELLS), else None
    mixed: dict | None = None

    def dims_where(self, alias: str = "") -> tuple[str, dict[str, list[int]]]:
        """SQL condition on ff_fact's breakdown key (``alias`` with its dot) and its parameters: a semi-join
        on the combinations table, so that a filter matching many combinations stays one hash join."""
        if self.dim_codes is None:
            return "TRUE", {}
        if not self.dim_codes:
            return "FALSE", {}
        conds = " AND ".join(f"list_contains($d{j}, {col})" for j, (col, _codes) in enumerate(self.dim_codes))
        return (f"{alias}bid IN (SELECT id FROM ff_dims WHERE {conds})",
                {f"d{j}": codes for j, (_col, codes) in enumerate(self.dim_codes)})

    def where(self, alias: str = "") -> tuple[str, dict[str, list[int]]]:
        """SQL condition on ff_fact (``alias`` with its dot) and its parameters."""
        a = alias
        sql = f"list_contains($p, {a}pid) AND list_contains($o, {a}oid) AND list_contains($c, {a}cid)"
        params = {"p": self.pids, "o": self.oids, "c": self.cids}
        if self.dim_codes is not None:
            dsql, dparams = self.dims_where(a)
            sql += f" AND {dsql}"
            params.update(dparams)
        return sql, params

    def mixed_params(self) -> dict:
        """The parameters of Dataset._mixed_cells()."""
        return dict(self.mixed or {}, c=self.cids, **self.dims_where()[1])

    def mixed_cells(self) -> str:
        """Dataset._MIXED_CELLS with this selection's breakdown filter."""
        return Dataset._MIXED_CELLS.replace("{dims}", self.dims_where()[0])


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

    def sum_counts(self, measure: str | None = None) -> float:
        """Sum of the counts of the rows of one measure that are not suppressed: a check sum of the rows
        read (not a number of people: the rows of a dataset overlap, see docs/data-model.md). ``measure``
        may be left out only when the dataset holds one measure: nights are never added to visitors."""
        if measure is None:
            ms = self.measures()
            if len(ms) > 1:
                raise ValueError(f"the dataset holds several measures ({', '.join(ms)}): name the one to sum")
            measure = ms[0] if ms else "presence"
        return float(self._one("SELECT coalesce(sum(count), 0) FROM footfall WHERE suppressed = 0 AND measure = ?",
                               [measure]) or 0.0)

    def suppressed_count(self) -> int:
        """Rows whose count is suppressed."""
        return int(self._one("SELECT count(*) FROM footfall WHERE suppressed = 1") or 0)

    def zone_ids(self) -> list[str]:
        """Distinct zone ids, sorted (from the small zone table: every zone there has rows)."""
        return [r[0] for r in self.con.execute("SELECT DISTINCT zone_id FROM ff_zone ORDER BY 1").fetchall()]

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
        out: dict[str, list[str]] = {}
        names = self.con.execute("SELECT nid, name FROM ff_dim_name ORDER BY name").fetchall()
        for nid, name in names:
            if measure:
                vals = self.con.execute(
                    f"SELECT DISTINCT l.value FROM ff_dim_label l WHERE l.nid = ? AND l.code IN (SELECT DISTINCT d.k{int(nid)} "
                    "FROM ff_dims d WHERE d.id IN (SELECT DISTINCT f.bid FROM ff_fact f JOIN ff_cut c ON c.id = f.cid "
                    "WHERE c.measure = ?)) ORDER BY 1", [nid, measure]).fetchall()
            else:
                vals = self.con.execute("SELECT DISTINCT value FROM ff_dim_label WHERE nid = ? ORDER BY 1", [nid]).fetchall()
            if vals:
                out[name] = [v[0] for v in vals]
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
        bids: list[tuple[str, list[int]]] | None = None
        if dims:
            names = {n for n, vals in dims.items() if vals}
            nids = dict((r[1], int(r[0])) for r in con.execute("SELECT nid, name FROM ff_dim_name").fetchall())
            bids = []
            for n in sorted(names):
                if n not in nids:
                    continue  # no cut has it: no cut is left below
                codes = [int(r[0]) for r in con.execute(
                    "SELECT code FROM ff_dim_label WHERE nid = ? AND list_contains(?, value)",
                    [nids[n], [str(v) for v in dims[n]]]).fetchall()]
                bids.append((f"k{nids[n]}", codes))
            if not names:
                bids = None
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

    def _mixed(self, cids: list[int], bids: list | None, profiles: Sequence[str] | None,
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
        "AND {dims} AND (list_contains($ot, oid) OR NOT list_contains($xo, tid))), "
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
                   + sel.mixed_cells() + ") c JOIN ff_slot t ON t.id = c.tid JOIN ff_zone z ON z.id = c.zid")
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
                             + sel.mixed_cells() + ") GROUP BY tid"), sel.mixed_params()
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
               dims: Breakdowns | Sequence[str] | None = None, bid: np.ndarray | None = None) -> int | None:
        """Add normalised rows given as indices into their own key lists; return None, or refuse them.

        ``slots`` are (start, end) in epoch microseconds; ``count`` is float64 with NaN for NULL;
        ``cuts`` are (measure, cut, rank, breakdown names) and ``dims`` the combinations of breakdowns
        (:class:`Breakdowns`, or canonical texts), indexed by ``cid`` and ``bid`` (all rows the first when
        None). When a row repeats a cell (zone, start, profile, origin, cut, breakdown) already in the
        dataset nothing is added and the position of the first such row is returned.
        """
        n = len(zid)
        if cid is None:
            cid = np.zeros(n, dtype=np.int8)
        if bid is None:
            bid = np.zeros(n, dtype=np.int8)
        if dims is None:
            dims = Breakdowns.none()
        elif not isinstance(dims, Breakdowns):
            dims = Breakdowns.from_texts(list(dims))
        with self._lock:  # two imports into one dataset must not number new keys alike
            return self._append(self.con, zones, slots, profiles, origins, zid, tid, pid, oid, count, suppressed,
                                cuts, cid, dims, bid)

    def _append(self, con, zones, slots, profiles, origins, zid, tid, pid, oid, count, suppressed, cuts, cid,
                dims: Breakdowns, bid) -> int | None:
        n = len(zid)
        maps = []
        new_rows = []
        old_slot = None
        for table, cols, keys in (
            ("ff_zone", "zone_id", [(z,) for z in zones]),
            ("ff_slot", 'epoch_us(start), epoch_us("end")', [(int(a), int(b)) for a, b in slots]),
            ("ff_profile", "profile", [(p,) for p in profiles]),
            ("ff_origin", "origin_type, origin_code", [tuple(o) for o in origins]),
            ("ff_cut", "measure, cut, rank, dim_names", [tuple(c) for c in cuts]),
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
            if table == "ff_slot":  # which of the file's slots the dataset already had
                fresh_ids = {f[0] for f in fresh}
                old_slot = np.asarray([i not in fresh_ids for i in ids], dtype=np.bool_)
        dim_ids, write_dims = self._dim_ids(con, dims)
        maps.append(dim_ids)
        rel = {}
        for name, m, a in zip(("zid", "tid", "pid", "oid", "cid", "bid"), maps, (zid, tid, pid, oid, cid, bid)):
            # the first file of a dataset keeps its own numbering: no pass over its rows
            rel[name] = a if np.array_equal(m, np.arange(len(m))) else m[a]
        if n and old_slot is not None and old_slot.any():
            # a row can only repeat a loaded cell in a slot the dataset already had (a folder of daily
            # files has none): only those rows are compared with the loaded ones
            rows = np.flatnonzero(old_slot[tid]) if not old_slot.all() else None
            probe = {k: (v if rows is None else v[rows]) for k, v in rel.items()}
            probe["i"] = np.arange(n, dtype=np.int64) if rows is None else rows.astype(np.int64)
            con.register("_ff_probe", probe)
            try:
                clash = con.execute("SELECT min(n.i) FROM _ff_probe n JOIN ff_fact f ON f.zid = n.zid "
                                    "AND f.tid = n.tid AND f.pid = n.pid AND f.oid = n.oid AND f.cid = n.cid "
                                    "AND f.bid = n.bid").fetchall()[0][0]
            finally:
                con.unregister("_ff_probe")
            if clash is not None:
                return int(clash)
        write_dims()
        for table, fresh in zip(("ff_zone", "ff_slot", "ff_profile", "ff_origin", "ff_cut"), new_rows):
            if not fresh:
                continue
            cols = list(zip(*fresh))
            if table == "ff_slot":
                con.execute("INSERT INTO ff_slot SELECT unnest($1), CAST(make_timestamp(unnest($2)) AS TIMESTAMPTZ), "
                            "CAST(make_timestamp(unnest($3)) AS TIMESTAMPTZ)", [list(c) for c in cols])
            else:
                holders = ", ".join(f"unnest(${j + 1})" for j in range(len(cols)))
                con.execute(f"INSERT INTO {table} SELECT {holders}", [list(c) for c in cols])
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

    def _dim_ids(self, con, dims: Breakdowns):
        """The ids in ``ff_dims`` of the combinations ``dims``, as an int32 array, and a function that
        writes what is new (names, values, combinations); nothing is written before it is called.

        Names and values go through Python (a few dozen); the combinations only as code arrays: numpy
        maps them to the dataset's codes, one join finds those already known, and the new ones are
        inserted with their canonical text built in the engine (no Python object per combination)."""
        nids = {r[1]: int(r[0]) for r in con.execute("SELECT nid, name FROM ff_dim_name").fetchall()}
        old_nids = sorted(nids.values())
        new_names = []
        for name in dims.names:
            if name not in nids:
                nids[name] = max(nids.values(), default=-1) + 1
                new_names.append(name)
        # values: the dataset's code of each of the file's values (-1: the combination lacks the breakdown)
        k = len(dims)
        gcodes: dict[int, np.ndarray] = {}
        new_labels: list[tuple[int, int, str]] = []
        for j, name in enumerate(dims.names):
            nid = nids[name]
            known = dict(con.execute("SELECT value, code FROM ff_dim_label WHERE nid = ?", [nid]).fetchall())
            nxt = max(known.values(), default=-1) + 1
            vmap = np.empty(len(dims.values[j]) + 1, dtype=np.int64)
            vmap[-1] = -1
            for i, v in enumerate(dims.values[j]):
                v = _clean(v)
                c = known.get(v)
                if c is None:
                    c = known[v] = nxt
                    nxt += 1
                    new_labels.append((nid, c, v))
                vmap[i] = c
            gcodes[nid] = vmap[dims.codes[:, j]]
        all_nids = sorted(nids.values())
        # numpy columns (with or without pyarrow), -1 for "no such breakdown", read as NULL by nullif()
        table = {"i": np.arange(k, dtype=np.int32)}
        for nid in all_nids:
            g = gcodes.get(nid)
            table[f"k{nid}"] = np.full(k, -1, dtype=np.int32) if g is None else g.astype(np.int32)
        out = np.full(k, -1, dtype=np.int64)
        if int(con.execute("SELECT count(*) FROM (SELECT 1 FROM ff_dims LIMIT 1)").fetchall()[0][0]):
            # a combination with a breakdown the dataset did not have yet is new: only those without match
            on = " AND ".join([f"d.k{nid} IS NOT DISTINCT FROM nullif(n.k{nid}, -1)" for nid in old_nids]
                              + [f"n.k{nid} = -1" for nid in all_nids if nid not in old_nids]) or "TRUE"
            con.register("_ff_newdims", table)
            try:
                res = con.execute(f"SELECT n.i, d.id FROM _ff_newdims n JOIN ff_dims d ON {on}").fetchnumpy()
            finally:
                con.unregister("_ff_newdims")
            out[np.asarray(res["i"], dtype=np.int64)] = np.asarray(res["id"], dtype=np.int64)
        new = np.flatnonzero(out < 0)
        if len(new):
            start = int(con.execute("SELECT coalesce(max(id), -1) + 1 FROM ff_dims").fetchall()[0][0])
            out[new] = start + np.arange(len(new))

        def write() -> None:
            for name in new_names:
                con.execute("INSERT INTO ff_dim_name VALUES (?, ?)", [nids[name], name])
                con.execute(f"ALTER TABLE ff_dims ADD COLUMN k{nids[name]} INTEGER")
            if new_labels:
                con.execute("INSERT INTO ff_dim_label SELECT unnest($1), unnest($2), unnest($3)",
                            [[a for a, _b, _c in new_labels], [b for _a, b, _c in new_labels],
                             [c for _a, _b, c in new_labels]])
            if not len(new):
                return
            con.register("_ff_newdims", dict({c: v[new] for c, v in table.items()}, id=out[new].astype(np.int32)))
            try:
                # the text from constant lists of 'name=value' indexed by code: no join per breakdown
                labels: dict[int, dict[int, str]] = {}
                for nid, code, value in con.execute("SELECT nid, code, value FROM ff_dim_label").fetchall():
                    labels.setdefault(int(nid), {})[int(code)] = value
                by_name = sorted((name, nid) for name, nid in nids.items())
                parts = []
                for name, nid in by_name:
                    lab = labels.get(nid, {})
                    items = ", ".join(_sql_text(_clean(name) + "=" + lab.get(c, "")) for c in range(max(lab, default=-1) + 1))
                    parts.append(f"list_extract([{items}]::VARCHAR[], nullif(n.k{nid}, -1) + 1)")
                text = f"coalesce(concat_ws(';', {', '.join(parts)}), '')" if parts else "''"
                cols = "".join(f", k{nid}" for nid in all_nids)
                vals = "".join(f", nullif(n.k{nid}, -1)" for nid in all_nids)
                con.execute(f"INSERT INTO ff_dims (id, dims{cols}) SELECT n.id, {text}{vals} FROM _ff_newdims n")
            finally:
                con.unregister("_ff_newdims")

        return out.astype(np.int32), write

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
                ):
                    con.execute(f"INSERT INTO {table} SELECT (SELECT coalesce(max(id), -1) FROM {table}) "
                                f"+ row_number() OVER (ORDER BY {cols}), * FROM (SELECT DISTINCT {src} FROM _ff_in n "
                                f"WHERE NOT EXISTS (SELECT 1 FROM {table} d WHERE {on}))")
                # breakdowns: the texts given (few, in tests and benchmarks) as combinations of codes
                texts = [r[0] for r in con.execute("SELECT DISTINCT dims FROM _ff_in ORDER BY 1").fetchall()]
                combos = Breakdowns.from_texts(texts)
                ids, write = self._dim_ids(con, combos)
                write()
                con.execute("CREATE OR REPLACE TEMP TABLE _ff_in_dims AS SELECT unnest($1) AS dims, unnest($2) AS id",
                            [texts, [int(i) for i in ids]])
                names = {}
                for m, c, t in con.execute("SELECT DISTINCT measure, cut, dims FROM _ff_in").fetchall():
                    names.setdefault((m, c), set()).update(n for n, _v in dims_pairs(t))
                for (m, c), ns in names.items():
                    if ns:
                        con.execute("UPDATE ff_cut SET dim_names = ? WHERE measure = ? AND cut = ?", [",".join(sorted(ns)), m, c])
                con.execute(
                    "INSERT INTO ff_fact SELECT z.id, t.id, p.id, o.id, c.id, d.id, n.count, n.suppressed FROM _ff_in n "
                    "JOIN ff_zone z ON z.zone_id = n.zone_id JOIN ff_slot t ON t.start = n.start AND t.\"end\" = n.\"end\" "
                    "JOIN ff_profile p ON p.profile = n.profile JOIN ff_origin o ON o.origin_type = n.origin_type "
                    "AND o.origin_code IS NOT DISTINCT FROM n.origin_code JOIN ff_cut c ON c.measure = n.measure "
                    "AND c.cut = n.cut JOIN _ff_in_dims d ON d.dims = n.dims")
                con.execute("INSERT INTO ff_cut_origin SELECT DISTINCT cid, oid FROM ff_fact "
                            "EXCEPT SELECT cid, oid FROM ff_cut_origin")
            finally:
                con.execute("DROP TABLE IF EXISTS _ff_in")
                con.execute("DROP TABLE IF EXISTS _ff_in_dims")

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
