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

_COLS_SQL = ", ".join(f'"{n}" {t}' for n, t in FOOTFALL_COLUMNS)


class Dataset:
    """One or more imported exports, normalised to the data model."""

    def __init__(self, database: str | None = None) -> None:
        # By default a database file in a private temporary folder, removed on close: DuckDB then keeps
        # the table compressed and can spill, so a 10-million-row import peaks at about 1.1 GB instead
        # of 1.8 GB in memory (bench/import.py). ':memory:' or a path may be given instead.
        self._tmpdir: str | None = None
        if database is None:
            self._tmpdir = tempfile.mkdtemp(prefix="footfall-db-")
            database = os.path.join(self._tmpdir, "footfall.duckdb")
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
        self.con.execute(f"CREATE TABLE IF NOT EXISTS footfall ({_COLS_SQL})")
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
    def _selection(self, profiles: Sequence[str] | None, origins: Sequence[str] | None) -> tuple[str, list[object]]:
        """SQL WHERE clause picking the rows that add up to the asked totals without double counting.

        Rows without an origin breakdown are used when no origin filter is set and they exist;
        rows of profile ``all`` are used when no profile filter is set and they exist.
        """
        params: list[object] = []
        if origins:
            # list_contains, not IN (SELECT unnest(...)): a filter in the scan, not a join (2x faster)
            where = ["(list_contains($o, origin_code) OR list_contains($o, origin_type))"]
            params_o = list(origins)
        else:
            has_total = self._one("SELECT count(*) FROM footfall WHERE origin_code IS NULL LIMIT 1")
            where = ["origin_code IS NULL"] if has_total else ["origin_code IS NOT NULL"]
            params_o = []
        base = " AND ".join(where)
        if profiles:
            where.append("list_contains($p, profile)")
        else:
            q = f"SELECT count(*) FROM footfall WHERE {base} AND profile = 'all'"
            has_all = self.con.execute(q, {"o": params_o} if params_o else {}).fetchone()[0]
            where.append("profile = 'all'" if has_all else "profile <> 'all'")
        named = {}
        if params_o:
            named["o"] = params_o
        if profiles:
            named["p"] = list(profiles)
        params.append(named)
        return " AND ".join(where), params

    def zone_slot_totals(self, profiles: Sequence[str] | None = None, origins: Sequence[str] | None = None):
        """Totals per zone and slot: a DuckDB relation (zone_id, start, end, count, suppressed_parts, parts).

        ``count`` is the sum of the known parts and NULL when every part is suppressed.
        """
        where, params = self._selection(profiles, origins)
        sql = (
            "SELECT zone_id, start, \"end\", sum(count) AS count, "
            "CAST(sum(suppressed) AS INTEGER) AS suppressed_parts, CAST(count(*) AS INTEGER) AS parts "
            f"FROM footfall WHERE {where} GROUP BY zone_id, start, \"end\""
        )
        return sql, params[0]

    def slot_totals(self, profiles: Sequence[str] | None = None, origins: Sequence[str] | None = None
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Per slot: (start epoch seconds, end epoch seconds, total of known counts, suppressed parts)."""
        # straight from the rows, not through zone_slot_totals: the sums are the same (a zone-slot's sum
        # of known counts, summed over zones, is the sum of the known counts) at half the time
        where, params = self._selection(profiles, origins)
        res = self.con.execute(
            f"SELECT epoch(start), epoch(\"end\"), coalesce(sum(count), 0), sum(CAST(suppressed AS INTEGER)) "
            f"FROM footfall WHERE {where} GROUP BY 1, 2 ORDER BY 1, 2", params[0]).fetchnumpy()
        keys = list(res)
        return tuple(np.asarray(res[k]) for k in keys)  # type: ignore[return-value]

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
