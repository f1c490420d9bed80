"""PostgreSQL / PostGIS: read a footfall table and a zones table into a :class:`Dataset`, and write
a dataset's ``footfall`` table (and zones, as PostGIS geometry) to a database. psycopg2 only, no QGIS:
the processing layer turns a saved QGIS connection into the libpq connection string used here.

Reading streams the table with ``COPY (SELECT ...) TO STDOUT`` into a temporary CSV file, chunk by
chunk (memory stays flat whatever the table's size, and no Python runs per row), then hands that file to
the readers' own loader and normaliser (:class:`footfall.core.readers._Reader`): the column vocabulary,
the time zones, the suppression markers, the anonymity threshold and every check on the values are
exactly those of a file import. Nothing here downloads anything (DuckDB's postgres extension would).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from .dataset import Dataset
from .errors import ReadError
from .i18n import translate
from .progress import NULL_PROGRESS, Progress
from .readers import _merge_metadata, _Reader, attach_grid_zones, load_mapping, time_zone

__all__ = ["read_pg", "read_pg_zones", "write_pg", "table_columns"]

#: seconds to wait for the server before giving up with a clear message
CONNECT_TIMEOUT = 10
ZONE_ID_FIELDS = ("zone_id", "zone", "id", "code")


def _ident(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


def _qualified(schema: str, table: str) -> str:
    return f"{_ident(schema or 'public')}.{_ident(table)}"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def connect(dsn: str):
    """Open a psycopg2 connection; a :class:`ReadError` with a translated message when it fails."""
    try:
        import psycopg2
    except ImportError as exc:
        raise ReadError(translate("ReadError", "reading from PostgreSQL needs the Python package psycopg2 (Debian package python3-psycopg2).")) from exc
    try:
        return psycopg2.connect(dsn, connect_timeout=CONNECT_TIMEOUT, application_name="footfall")
    except psycopg2.Error as exc:
        raise ReadError(translate("ReadError", "cannot connect to the PostgreSQL database: {error}").format(error=_first_line(exc))) from exc


def table_columns(con, schema: str, table: str) -> list[tuple[str, str]]:
    """(name, type) of the table's columns in order; empty when the table does not exist."""
    with con.cursor() as cur:
        cur.execute("SELECT a.attname, format_type(a.atttypid, a.atttypmod), t.typname "
                    "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid "
                    "WHERE n.nspname = %s AND c.relname = %s AND a.attnum > 0 AND NOT a.attisdropped "
                    "ORDER BY a.attnum", (schema or "public", table))
        return [(r[0], r[2]) for r in cur.fetchall()]


def _text_expr(name: str, typname: str) -> str | None:
    """SQL turning a column into the text a file would hold (times in ISO 8601, UTC when zoned)."""
    c = _ident(name)
    if typname == "timestamptz":
        return f"to_char({c} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
    if typname == "timestamp":
        return f"to_char({c}, 'YYYY-MM-DD\"T\"HH24:MI:SS')"
    if typname == "date":
        return f"to_char({c}, 'YYYY-MM-DD')"
    if typname == "bool":
        return f"CASE WHEN {c} THEN '1' WHEN NOT {c} THEN '0' END"
    if typname in ("geometry", "geography", "raster", "bytea"):
        return None  # zones come from their own table
    return f"CAST({c} AS text)"


class _Sink:
    """File-like target of COPY: counts bytes, hashes them, and lets the user cancel."""

    def __init__(self, fh, progress: Progress, expected: int) -> None:
        self.fh, self.progress, self.expected = fh, progress, max(1, expected)
        self.sha = hashlib.sha256()
        self.done = 0

    def write(self, data) -> int:
        if isinstance(data, str):
            data = data.encode("utf-8")
        self.progress.check()
        self.fh.write(data)
        self.sha.update(data)
        self.done += len(data)
        self.progress.set(min(99.0, 100.0 * self.done / self.expected))
        return len(data)


class _PgReader(_Reader):
    """The readers' normaliser fed from a PostgreSQL table instead of a file."""

    def __init__(self, dsn: str, schema: str, table: str, zone: ZoneInfo, tzname: str,
                 mapping: dict[str, Any], threshold: int | None, operator: str, progress: Progress,
                 ds: Dataset) -> None:
        super().__init__(Path(f"{schema or 'public'}.{table}"), zone, tzname, mapping, threshold, operator, progress, ds)
        self.dsn, self.schema, self.table = dsn, schema or "public", table

    def _load(self) -> None:
        """The table, streamed with COPY into a temporary CSV, into the raw table."""
        con = connect(self.dsn)
        try:
            dbname = con.get_dsn_parameters().get("dbname", "")
            out = self._copy(con)
        finally:
            con.close()
        self.meta.source_name = f"{self.schema}.{self.table} ({dbname})"
        self.mapping.setdefault("delimiter", ";")
        self.progress.set(40)
        self._load_text(out, "utf-8")
        self.row_base = 1  # row 1 is the first row read, not a header line
        self.meta.encoding = "postgresql"

    def _copy(self, con) -> Path:
        import psycopg2
        try:
            cols = table_columns(con, self.schema, self.table)
        except psycopg2.Error as exc:
            raise self.err(translate("ReadError", "the database cannot be queried: {error}").format(error=_first_line(exc))) from exc
        if not cols:
            raise self.err(translate("ReadError", "the table does not exist in the database, or it has no columns."))
        exprs = [(n, _text_expr(n, t)) for n, t in cols]
        exprs = [(n, e) for n, e in exprs if e is not None]
        if not exprs:
            raise self.err(translate("ReadError", "the table has only geometry columns; it holds no counts."))
        select = ", ".join(f"{e} AS {_ident(n)}" for n, e in exprs)
        out = self.tmp / "table.csv"
        try:
            with con.cursor() as cur:
                cur.execute("SELECT pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n "
                            "ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relname = %s",
                            (self.schema, self.table))
                row = cur.fetchone()
                expected = int(row[0] or 0) if row else 0
                with out.open("wb") as fh:
                    sink = _Sink(fh, self.progress.sub(10, 40), expected)
                    # one statement streamed by the server in chunks: flat memory, no Python per row
                    cur.copy_expert(f"COPY (SELECT {select} FROM {_qualified(self.schema, self.table)}) "
                                    "TO STDOUT WITH (FORMAT csv, HEADER true, DELIMITER ';', ENCODING 'UTF8')", sink)
        except psycopg2.Error as exc:
            raise self.err(translate("ReadError", "the table cannot be read: {error}").format(error=_first_line(exc))) from exc
        self.meta.source_sha256 = sink.sha.hexdigest()
        return out


def read_pg_zones(dsn: str, table: str, schema: str = "public", id_field: str | None = None,
                  con=None) -> tuple[dict[str, str], str]:
    """Zone WKT by id and their CRS (``EPSG:<srid>``) from a PostGIS table."""
    own = con is None
    con = con or connect(dsn)
    import psycopg2
    where = Path(f"{schema or 'public'}.{table}")
    try:
        cols = table_columns(con, schema, table)
        if not cols:
            raise ReadError(translate("ReadError", "the table does not exist in the database, or it has no columns."), where)
        geoms = [n for n, t in cols if t == "geometry"]
        if not geoms:
            raise ReadError(translate("ReadError", "the zones table has no PostGIS geometry column."), where)
        names = [n for n, _t in cols]
        if not id_field:
            id_field = next((c for c in ZONE_ID_FIELDS if c in names), None)
        if not id_field or id_field not in names:
            raise ReadError(translate("ReadError", "the zones table has no column “{field}”; expected the column that holds the zone ids, such as zone_id.").format(field=id_field or "zone_id"), where)
        g = _ident(geoms[0])
        with con.cursor() as cur:
            cur.execute(f"SELECT CAST({_ident(id_field)} AS text), ST_AsText({g}), ST_SRID({g}) "
                        f"FROM {_qualified(schema, table)} WHERE {g} IS NOT NULL AND NOT ST_IsEmpty({g})")
            rows = cur.fetchall()  # zones are thousands at most
    except psycopg2.Error as exc:
        raise ReadError(translate("ReadError", "the table cannot be read: {error}").format(error=_first_line(exc)), where) from exc
    finally:
        if own:
            con.close()
    zones = {str(z).strip(): wkt for z, wkt, _s in rows if z is not None}
    srids = {s for _z, _w, s in rows if s}
    crs = f"EPSG:{srids.pop()}" if len(srids) == 1 else ""
    return zones, crs


def read_pg(dsn: str, table: str, schema: str = "public", timezone: str = "Europe/Brussels",
            mapping: Any = None, threshold: int | None = None, operator: str = "",
            zones_table: str | None = None, zone_field: str | None = None,
            progress: Progress | None = None, dataset: Dataset | None = None) -> Dataset:
    """Read a footfall table (and optionally a zones table) of a PostgreSQL database into a dataset."""
    progress = progress or NULL_PROGRESS
    zone = time_zone(timezone)
    own = dataset is None
    ds = dataset or Dataset()
    try:
        meta = _PgReader(dsn, schema, table, zone, timezone, load_mapping(mapping), threshold, operator,
                         progress.sub(0, 95), ds).run()
        ds.sources.append(meta)
        _merge_metadata(ds, [meta])
        if zones_table:
            zones, crs = read_pg_zones(dsn, zones_table, schema, zone_field)
            ds.set_zones(zones, crs)
        attach_grid_zones(ds)
        progress.set(100)
    except BaseException:
        if own:
            ds.close()
        raise
    return ds


def write_pg(ds: Dataset, dsn: str, table: str, schema: str = "public", zones_table: str | None = None,
             srid: int | None = None, progress: Progress | None = None) -> int:
    """Write the dataset's ``footfall`` table (typed: timestamptz, double precision, smallint) and,
    when ``zones_table`` is given and zones are known, the zones as PostGIS polygons, in one
    transaction: the tables are replaced whole or not at all. Returns the number of rows written."""
    progress = progress or NULL_PROGRESS
    import psycopg2
    con = connect(dsn)
    try:
        with con:  # one transaction
            with con.cursor() as cur:
                qt = _qualified(schema, table)
                cur.execute(f"DROP TABLE IF EXISTS {qt}")
                cur.execute(f"CREATE TABLE {qt} (zone_id text NOT NULL, start timestamptz NOT NULL, "
                            "\"end\" timestamptz NOT NULL, profile text, origin_type text, origin_code text, "
                            "measure text NOT NULL, cut text NOT NULL, dims text NOT NULL, "
                            "count double precision, suppressed smallint NOT NULL)")
                # DuckDB writes the rows as CSV, the server reads them with COPY: no Python per row
                import tempfile
                with tempfile.TemporaryDirectory(prefix="footfall-pgw-") as tmp:
                    path = Path(tmp) / "footfall.csv"
                    lit = "'" + str(path).replace("'", "''") + "'"
                    ds.con.execute(
                        "COPY (SELECT zone_id, strftime(start, '%Y-%m-%dT%H:%M:%SZ'), strftime(\"end\", '%Y-%m-%dT%H:%M:%SZ'), "
                        f"profile, origin_type, origin_code, measure, cut, dims, count, suppressed FROM footfall) "
                        f"TO {lit} (HEADER false, DELIMITER ',')")
                    progress.set(50)
                    with path.open("rb") as fh:
                        cur.copy_expert(f"COPY {qt} FROM STDIN WITH (FORMAT csv)", fh)
                n = ds.row_count()
                zones = ds.zones_wkt() if zones_table else {}
                if zones_table and zones:
                    code = srid
                    if code is None:
                        crs = ds.metadata.crs or ""
                        code = int(crs.split(":")[1]) if crs.upper().startswith("EPSG:") else 0
                    qz = _qualified(schema, zones_table)
                    cur.execute(f"DROP TABLE IF EXISTS {qz}")
                    cur.execute(f"CREATE TABLE {qz} (zone_id text PRIMARY KEY, geom geometry(MultiPolygon, {int(code)}))")
                    ids = list(zones)
                    cur.execute(f"INSERT INTO {qz} SELECT z, ST_Multi(ST_GeomFromText(w, %s)) "
                                "FROM unnest(%s::text[], %s::text[]) AS t(z, w)", (int(code), ids, [zones[i] for i in ids]))
                    cur.execute(f"CREATE INDEX ON {qz} USING gist (geom)")
                progress.set(100)
    except psycopg2.Error as exc:
        raise ReadError(translate("ReadError", "the table cannot be written to the database: {error}").format(error=_first_line(exc))) from exc
    finally:
        con.close()
    return n

