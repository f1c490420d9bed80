"""Readers for operators' footfall exports: CSV/TXT, XLSX, Parquet, GeoPackage and GeoJSON.

Every format is brought to a table of text columns inside DuckDB; one normaliser then turns it into
the long ``footfall`` table (see ``docs/data-model.md``). Hot paths stay in the engine: Python only
looks at the header and at the *distinct* values of the date, time, profile and origin columns.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import duckdb
import numpy as np

from . import grids, timeparse
from .dataset import Dataset
from .errors import Cancelled, ReadError
from .i18n import translate
from .model import DEFAULT_THRESHOLD, DatasetMetadata
from .origins import normalise_origin
from .progress import NULL_PROGRESS, Progress
from .sniff import (MAX_LINE_BYTES, LongLineScan, detect_encoding, detect_layout, first_long_line,
                    head_lines, transcode_to_utf8)
from .vocab import (PROFILE_VALUES, SUPPRESSION_MARKERS, header_language, header_role,
                    hour_of_header, norm)

__all__ = ["read_export", "read_exports", "ReadError", "load_mapping"]

TEXT_SUFFIXES = {".csv", ".txt", ".tsv", ".tab", ".dat"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
OGR_SUFFIXES = {".gpkg", ".geojson", ".json", ".shp", ".fgb"}
ROLES = ("zone", "date", "time", "datetime", "end", "profile", "origin", "origin_type", "count")
#: A count above this is not a number of people in one zone and slot (the world's population is 8e9):
#: a unit error, a date or an id in the count column. Refused, not capped.
MAX_COUNT = 1e9
#: Dates outside these years are a wrong format or a typing error (mobile-network data starts in the
#: 1990s); refused, where the engine would overflow or quietly place the rows a century away.
YEARS = (1990, 2100)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str | None) -> str:
    return "NULL" if text is None else "'" + str(text).replace("'", "''") + "'"


def load_mapping(mapping: str | Path | dict[str, Any] | None) -> dict[str, Any]:
    """Load a column-mapping file (JSON) or pass a dict through."""
    if mapping is None or mapping == "":
        return {}
    if isinstance(mapping, dict):
        return mapping
    p = Path(mapping)
    try:
        data = json.loads(p.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ReadError(translate("ReadError", "the mapping file cannot be read: {error}").format(error=exc), p) from exc
    except json.JSONDecodeError as exc:
        raise ReadError(translate("ReadError", "the mapping file is not valid JSON: {error}").format(error=exc.msg), p, exc.lineno) from exc
    if not isinstance(data, dict):
        raise ReadError(translate("ReadError", "the mapping file must hold a JSON object."), p)
    return data


def sha256_of(path: Path, progress: Progress = NULL_PROGRESS, scan: LongLineScan | None = None) -> str:
    """SHA-256 of a file, read in chunks; ``scan`` looks for an over-long line in the same pass."""
    h = hashlib.sha256()
    size = max(1, path.stat().st_size)
    done = 0
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(1 << 24)
            if not chunk:
                break
            h.update(chunk)
            if scan is not None:
                scan.feed(chunk)
            done += len(chunk)
            progress.set(100.0 * done / size)
    return h.hexdigest()


def read_export(path: str | Path, timezone: str = "Europe/Brussels", mapping: Any = None,
                threshold: int | None = None, operator: str = "", progress: Progress | None = None,
                dataset: Dataset | None = None) -> Dataset:
    """Read one export into a (new or given) :class:`Dataset`; raise :class:`ReadError` on bad input."""
    return read_exports([path], timezone, mapping, threshold, operator, progress, dataset)


def read_exports(paths: Sequence[str | Path], timezone: str = "Europe/Brussels", mapping: Any = None,
                 threshold: int | None = None, operator: str = "", progress: Progress | None = None,
                 dataset: Dataset | None = None) -> Dataset:
    """Read several exports (for example presence and origins) into one dataset."""
    progress = progress or NULL_PROGRESS
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ReadError(translate("ReadError", "unknown time zone “{tz}”; expected a name such as Europe/Brussels or Europe/Paris.").format(tz=timezone)) from exc
    own = dataset is None
    ds = dataset or Dataset()
    try:
        metas = []
        n = len(paths)
        for i, p in enumerate(paths):
            sub = progress.sub(100.0 * i / n, 100.0 * (i + 1) / n)
            metas.append(_Reader(Path(p), zone, timezone, load_mapping(mapping), threshold, operator, sub, ds).run())
        ds.sources.extend(metas)
        _merge_metadata(ds, metas)
        attach_grid_zones(ds)
    except BaseException:
        if own:
            ds.close()
        raise
    return ds


def attach_grid_zones(ds: Dataset) -> int:
    """Give grid-cell zone ids (``500mE148000N170000``) their square geometry when no zones are known."""
    if ds.zones_wkt():
        return 0
    zones = grids.zones_for_ids(ds.zone_ids())
    if not zones:
        return 0
    epsg = 2154 if ds.metadata.timezone == "Europe/Paris" else 31370
    ds.set_zones(zones, f"EPSG:{epsg}")
    return len(zones)


def _merge_metadata(ds: Dataset, metas: list[DatasetMetadata]) -> None:
    m = ds.metadata
    first = metas[0]
    crs = m.crs
    if not ds.sources or len(ds.sources) == len(metas):
        m.__dict__.update({k: v for k, v in first.__dict__.items()})
    m.crs = crs or next((x.crs for x in metas if x.crs), "")
    all_src = ds.sources
    m.source_name = " + ".join(x.source_name for x in all_src)
    m.source_sha256 = " + ".join(x.source_sha256 for x in all_src)
    slots = [x.slot_minutes for x in all_src if x.slot_minutes]
    m.slot_minutes = min(slots) if slots else None
    m.rows_read = sum(x.rows_read for x in all_src)
    m.suppressed_cells = sum(x.suppressed_cells for x in all_src)
    m.warnings = [w for x in all_src for w in x.warnings]
    m.threshold = max(x.threshold for x in all_src)


class _Reader:
    """Reads one file into the dataset."""

    def __init__(self, path: Path, zone: ZoneInfo, tzname: str, mapping: dict[str, Any],
                 threshold: int | None, operator: str, progress: Progress, ds: Dataset) -> None:
        self.path = path
        self.zone = zone
        self.mapping = mapping
        self.ds = ds
        self.con = ds.con
        self.progress = progress
        self.meta = DatasetMetadata(operator=operator, source_name=path.name, timezone=tzname,
                                    threshold=int(threshold or mapping.get("threshold") or DEFAULT_THRESHOLD))
        self.country = "FR" if tzname in ("Europe/Paris",) else "BE"
        if mapping.get("country"):
            self.country = str(mapping["country"]).upper()
        self.tmp = Path(tempfile.mkdtemp(prefix="footfall-read-"))
        self.header_offset = 1  # file line of the first data row minus 1
        self.row_base = 2  # file line (row) of the row of _raw whose rowid is 0
        self.headers: list[str] = []
        self.zones_wkt: dict[str, str] = {}
        self.scan: LongLineScan | None = None

    def err(self, message: str, row: int | None = None, column: str | None = None,
            needs_mapping: bool = False) -> ReadError:
        return ReadError(message, self.path, row, column, needs_mapping)

    # -- driver --------------------------------------------------------------------------------
    def run(self) -> DatasetMetadata:
        """Load the source into the engine, then normalise and check it (the same for every source)."""
        try:
            self._load()
            self.progress.set(45)
            self._normalise()
            self.progress.set(100)
            return self.meta
        except Cancelled:
            self._drop_temp()
            raise
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self._drop_temp()

    def _load(self) -> None:
        """The file into the raw table (a subclass reads another source)."""
        if not self.path.is_file():
            raise self.err(translate("ReadError", "the file does not exist or is not a file."))
        suffix = self.path.suffix.lower()
        binary = suffix in EXCEL_SUFFIXES or suffix == ".parquet" or suffix in OGR_SUFFIXES
        self.scan = None if binary else LongLineScan(MAX_LINE_BYTES)
        self.meta.source_sha256 = sha256_of(self.path, self.progress.sub(0, 10), self.scan)
        if suffix in EXCEL_SUFFIXES:
            self._load_excel()
        elif suffix == ".parquet":
            self._load_parquet()
        elif suffix in OGR_SUFFIXES:
            self._load_ogr()
        else:
            self._load_text(self.path)

    def _drop_temp(self) -> None:
        for v in ("_norm", "_long", "_lbase"):
            try:
                self.con.execute(f"DROP VIEW IF EXISTS {v}")
            except duckdb.Error:
                pass
        for t in ("_raw", "_normd", "_tkeys", "_pkeys", "_okeys", "_ekeys", "_zkeys", "_fold"):
            try:
                self.con.execute(f"DROP TABLE IF EXISTS {t}")
            except duckdb.Error:
                pass

    # -- loading to a raw table of text ---------------------------------------------------------
    def _load_text(self, path: Path, encoding: str | None = None) -> None:
        encoding = encoding or self.mapping.get("encoding") or detect_encoding(path)
        try:
            import codecs
            codecs.lookup(encoding)
        except LookupError as exc:
            raise self.err(translate("ReadError", "unknown encoding “{encoding}”; expected for example utf-8, cp1252, latin-1 or utf-16.").format(encoding=encoding)) from exc
        self.meta.encoding = encoding
        lines = head_lines(path, encoding)
        if not any(line.strip() for line in lines):
            raise self.err(translate("ReadError", "the file is empty."))
        names = list((self.mapping.get("columns") or {}).values()) + list((self.mapping.get("wide") or {}).get("columns", []))
        try:
            delim, header_idx, header = detect_layout(lines, self.mapping.get("delimiter"), names)
        except ReadError as exc:
            if exc.path is None:
                raise self.err(exc.detail, exc.row, exc.column, exc.needs_mapping) from exc
            raise
        self.meta.delimiter = delim
        self._check_headers(header, header_idx + 1)
        self.headers = header
        src = path
        if encoding not in ("utf-8", "utf-8-sig"):
            src = self.tmp / "transcoded.csv"
            transcode_to_utf8(path, encoding, src)
        self.progress.set(20)
        self.header_offset = header_idx + 1
        # the source was scanned with its checksum; a file made here (from XLSX or a vector file) now
        long_line = self.scan.found if path == self.path and self.scan is not None else first_long_line(path, MAX_LINE_BYTES)
        if long_line is not None:
            raise self.err(translate("ReadError", "the line is longer than {mb} MB; this is not a delimited text export, or its line ends were lost.").format(
                mb=MAX_LINE_BYTES >> 20), long_line)
        try:
            self._read_csv(src, delim, header_idx)
        except duckdb.Error as exc:
            text = str(exc)
            if encoding == "utf-8" and ("unicode" in text.lower() or "utf" in text.lower()):
                if any(ord(c) > 127 for line in lines for c in line):
                    # a UTF-8 head with accents and a body in another encoding: two files pasted together
                    raise self._csv_error(exc) from exc
                # an ASCII head and a cp1252 body: transcode and read again
                self.meta.encoding = "cp1252"
                src = self.tmp / "transcoded.csv"
                transcode_to_utf8(path, "cp1252", src)
                try:
                    self._read_csv(src, delim, header_idx)
                except duckdb.Error as exc2:
                    raise self._csv_error(exc2) from exc2
            else:
                raise self._csv_error(exc) from exc

    def _check_headers(self, header: list[str], line: int) -> None:
        seen: dict[str, int] = {}
        for i, h in enumerate(header):
            if not h:
                header[i] = f"column{i + 1}"
            key = h.strip().lower()
            if key and key in seen:
                raise self.err(translate("ReadError", "the column name appears twice in the header; expected unique column names."), line, h)
            seen[key] = i

    def _read_csv(self, src: Path, delim: str, header_idx: int) -> None:
        cols = "{" + ", ".join(f"{_lit(f'c{i}')}: 'VARCHAR'" for i in range(len(self.headers))) + "}"
        self.con.execute("DROP TABLE IF EXISTS _raw")
        # no row_number() OVER (): it halves the speed of the read; _raw.rowid + row_base numbers the rows
        self.row_base = header_idx + 2
        self.con.execute(
            f"CREATE TEMP TABLE _raw AS SELECT * "
            f"FROM read_csv({_lit(str(src))}, delim={_lit(delim)}, header=true, skip={header_idx}, "
            f"quote='\"', escape='\"', auto_detect=false, columns={cols}, encoding='utf-8', "
            f"strict_mode=true, null_padding=false, ignore_errors=false, parallel=true)"
        )

    def _csv_error(self, exc: Exception) -> ReadError:
        text = str(exc)
        m = re.search(r"[Ll]ine:?\s*(\d+)", text)
        line = int(m.group(1)) if m else None
        if "unterminated quote" in text.lower():
            msg = translate("ReadError", "a quote opens a field and is never closed; the file may be cut short, or a quote inside a field is not doubled.")
        elif "Expected Number of Columns" in text or "columns" in text.lower():
            msg = translate("ReadError", "this row does not have as many fields as the header ({n}); check the delimiter and quotes.").format(n=len(self.headers))
        elif "unicode" in text.lower():
            msg = translate("ReadError", "the text is not valid in the detected encoding ({encoding}); give the encoding in a mapping file.").format(encoding=self.meta.encoding)
        else:
            msg = translate("ReadError", "the file cannot be read as delimited text: {error}").format(error=text.splitlines()[0])
        return self.err(msg, line)

    def _load_excel(self) -> None:
        try:
            import openpyxl
        except ImportError as exc:  # pragma: no cover - installed with the plugin
            raise self.err(translate("ReadError", "reading XLSX needs the Python package openpyxl.")) from exc
        import csv
        try:
            wb = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:
            raise self.err(translate("ReadError", "this is not a readable XLSX workbook: {error}").format(error=exc)) from exc
        ws = wb.worksheets[0]
        out = self.tmp / "sheet.csv"
        with out.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter=";")
            for row in ws.iter_rows(values_only=True):
                w.writerow([_excel_cell(v) for v in row])
        wb.close()
        self.mapping.setdefault("decimal", ".")
        self._load_text(out, "utf-8")
        self.meta.encoding = "xlsx"

    def _load_parquet(self) -> None:
        try:
            desc = self.con.execute(f"DESCRIBE SELECT * FROM read_parquet({_lit(str(self.path))})").fetchall()
        except duckdb.Error as exc:
            raise self.err(translate("ReadError", "this is not a readable Parquet file: {error}").format(error=str(exc).splitlines()[0])) from exc
        self.headers = [r[0] for r in desc]
        self._check_headers(list(self.headers), 1)
        exprs = []
        for i, (name, typ, *_rest) in enumerate(desc):
            if typ.startswith("TIMESTAMP WITH TIME ZONE"):
                e = f"strftime({_q(name)}, '%Y-%m-%dT%H:%M:%SZ')"
            elif typ.startswith("TIMESTAMP"):
                e = f"strftime({_q(name)}, '%Y-%m-%dT%H:%M:%S')"
            elif typ == "DATE":
                e = f"strftime({_q(name)}, '%Y-%m-%d')"
            else:
                e = f"CAST({_q(name)} AS VARCHAR)"
            exprs.append(f"{e} AS c{i}")
        self.con.execute("DROP TABLE IF EXISTS _raw")
        self.row_base = 2
        self.con.execute(f"CREATE TEMP TABLE _raw AS SELECT {', '.join(exprs)} "
                         f"FROM read_parquet({_lit(str(self.path))})")
        self.meta.encoding = "parquet"
        self.mapping.setdefault("decimal", ".")

    def _load_ogr(self) -> None:
        from osgeo import gdal, ogr
        gdal.UseExceptions()
        try:
            src = gdal.OpenEx(str(self.path), gdal.OF_VECTOR | gdal.OF_READONLY)
        except RuntimeError as exc:
            raise self.err(translate("ReadError", "this is not a readable vector file: {error}").format(error=exc)) from exc
        if src is None or src.GetLayerCount() == 0:
            raise self.err(translate("ReadError", "the file holds no layer."))
        layer_name = self.mapping.get("layer")
        lyr = src.GetLayerByName(layer_name) if layer_name else None
        if lyr is None:
            # prefer a layer called footfall, else the first one
            lyr = src.GetLayerByName("footfall") or src.GetLayer(0)
        srs = lyr.GetSpatialRef()
        has_geom = lyr.GetGeomType() != ogr.wkbNone
        if srs is not None:
            srs.AutoIdentifyEPSG()
            code = srs.GetAuthorityCode(None)
            self.meta.crs = f"EPSG:{code}" if code else srs.ExportToWkt()
        out = self.tmp / "layer.csv"
        opts = ["-f", "CSV", "-lco", "SEPARATOR=SEMICOLON"]
        if has_geom:
            opts += ["-lco", "GEOMETRY=AS_WKT"]
        gdal.VectorTranslate(str(out), src, options=opts + [lyr.GetName()])
        zl = src.GetLayerByName("zones") if lyr.GetName() != "zones" else None
        if zl is not None and zl.GetLayerDefn().GetFieldIndex("zone_id") >= 0:
            # a GeoPackage written by Footfall: its zones layer goes with the table
            zsrs = zl.GetSpatialRef()
            if zsrs is not None:
                zsrs.AutoIdentifyEPSG()
                code = zsrs.GetAuthorityCode(None)
                self.meta.crs = f"EPSG:{code}" if code else zsrs.ExportToWkt()
            self.zones_wkt = {f.GetField("zone_id"): f.GetGeometryRef().ExportToWkt()
                              for f in zl if f.GetGeometryRef() is not None}
        src = None
        self.mapping.setdefault("decimal", ".")
        self._load_text(out, "utf-8")
        self.meta.encoding = self.path.suffix.lower().lstrip(".")
        self.header_offset = 1
        if has_geom and self.headers and self.headers[0] == "WKT":
            self.has_wkt = True

    # -- roles ---------------------------------------------------------------------------------
    def _roles(self) -> tuple[dict[str, int], str, list[tuple[int, str]]]:
        """Return (role → column index, layout, wide columns [(index, value)])."""
        roles: dict[str, int] = {}
        hdr = self.headers
        cmap = self.mapping.get("columns") or {}
        for role, name in cmap.items():
            if role not in ROLES:
                raise self.err(translate("ReadError", "unknown role “{role}” in the mapping file; expected one of {roles}.").format(role=role, roles=", ".join(ROLES)))
            if name not in hdr:
                raise self.err(translate("ReadError", "the mapping names column “{name}”, which the file does not have; its columns are: {columns}.").format(name=name, columns=", ".join(hdr)))
            roles[role] = hdr.index(name)
        taken = set(roles.values())
        for i, h in enumerate(hdr):
            if i in taken or h == "WKT":
                continue
            r = header_role(h)
            if r and r not in roles:
                # a 'count' header that is also a profile name ('Total') is left for the wide check
                roles[r] = i
                taken.add(i)
        wide_spec = self.mapping.get("wide")
        wide: list[tuple[int, str]] = []
        layout = "long"
        if wide_spec:
            kind = wide_spec.get("kind", "profile")
            for name in wide_spec.get("columns", []):
                if name not in hdr:
                    raise self.err(translate("ReadError", "the mapping names column “{name}”, which the file does not have; its columns are: {columns}.").format(name=name, columns=", ".join(hdr)))
                wide.append((hdr.index(name), name))
            layout = f"wide_{kind}"
        elif "count" not in roles:
            free = [(i, h) for i, h in enumerate(hdr) if i not in taken and h != "WKT"]
            prof = [(i, h) for i, h in free if norm(h) in PROFILE_VALUES]
            hours = [(i, h) for i, h in free if hour_of_header(h) is not None]
            if len(hours) >= 2 and "time" not in roles:
                wide, layout = hours, "wide_hour"
            elif prof:
                wide, layout = prof, "wide_profile"
            else:
                orig = [(i, h) for i, h in free
                        if normalise_origin(None, h, self.country)[0] != "unknown"]
                if orig:
                    wide, layout = orig, "wide_origin"
            # a wide layout may still carry a 'count'-like total column (e.g. 'Total' handled as profile)
        if "count" not in roles and not wide:
            raise self.err(translate("ReadError", "no count column found. Expected a column named like Volume, aantal or count, or one column per profile, hour or origin; columns found: {columns}. Map the columns in a mapping file.").format(columns=", ".join(hdr)), needs_mapping=True)
        if "zone" not in roles:
            raise self.err(translate("ReadError", "no zone column found. Expected a column named like Zone, gebied or zone_id; columns found: {columns}.").format(columns=", ".join(hdr)), needs_mapping=True)
        if not ({"date", "datetime"} & set(roles)) and "time" in roles:
            roles["datetime"] = roles.pop("time")  # a 'time' column holding whole timestamps
        if not ({"date", "datetime"} & set(roles)):
            raise self.err(translate("ReadError", "no time column found. Expected a column named like Date, datum or timestamp; columns found: {columns}.").format(columns=", ".join(hdr)), needs_mapping=True)
        return roles, layout, wide

    # -- normalisation ---------------------------------------------------------------------------
    def _normalise(self) -> None:
        con = self.con
        roles, layout, wide = self._roles()
        self.meta.layout = "long" if layout == "long" else "wide"
        self.meta.header_language = header_language(self.headers)

        def col(role: str) -> str:
            return f"c{roles[role]}" if role in roles else "NULL"

        parts = []
        base = (f"rowid + {self.row_base} AS _row, {col('zone')} AS zone_raw, trim({col('zone')}) AS zone, "
                f"{col('date')} AS date_raw, {col('datetime')} AS dt_raw, "
                f"{col('end')} AS end_raw, {col('origin_type')} AS otype_raw")
        if layout == "long":
            parts.append(f"SELECT {base}, {col('time')} AS time_raw, {col('profile')} AS profile_raw, "
                         f"{col('origin')} AS origin_raw, {col('count')} AS v, {_lit(self.headers[roles['count']])} AS vcol FROM _raw")
        else:
            for idx, name in wide:
                time_e = col("time")
                prof_e = col("profile")
                orig_e = col("origin")
                if layout == "wide_hour":
                    time_e = _lit(f"{hour_of_header(name):02d}:00")
                elif layout == "wide_profile":
                    prof_e = _lit(name)
                elif layout == "wide_origin":
                    orig_e = _lit(name)
                parts.append(f"SELECT {base}, {time_e} AS time_raw, {prof_e} AS profile_raw, {orig_e} AS origin_raw, "
                             f"c{idx} AS v, {_lit(name)} AS vcol FROM _raw")
        # views, not tables: a copy of _raw costs seconds and a _raw's worth of memory
        d_raw = "dt_raw" if "datetime" in roles else "date_raw"
        con.execute("CREATE OR REPLACE TEMP VIEW _lbase AS SELECT *, "
                    f"coalesce({d_raw}, '') || '\x1f' || coalesce(time_raw, '') AS tkey0 FROM ("
                    + " UNION ALL ".join(parts) + ")")
        self.tkey_sql, self.long_from = "l.tkey0", "_lbase l"
        self._long_view()
        if self.zones_wkt_column():
            self._zones_from_wkt()
        n_rows = con.execute("SELECT count(*) FROM _raw").fetchone()[0]
        self.meta.rows_read = int(n_rows)
        if n_rows == 0:
            raise self.err(translate("ReadError", "the file has a header but no data rows."))
        self.progress.set(55)

        # zones must be given; they are trimmed once per distinct value
        con.execute("CREATE OR REPLACE TEMP TABLE _zkeys AS SELECT zone_raw AS k, trim(zone_raw) AS zone, min(_row) AS r "
                    "FROM _long GROUP BY 1")
        bad = con.execute("SELECT min(r) FROM _zkeys WHERE zone IS NULL OR zone = ''").fetchone()
        if bad and bad[0] is not None:
            raise self.err(translate("ReadError", "the zone is empty; every row needs a zone id."), bad[0], self.headers[roles["zone"]])

        value_sql, supp_sql = self._count_sql()
        # time keys
        self._time_keys(roles)
        self.progress.set(70)
        self._profile_keys(roles)
        self._origin_keys()
        self.progress.set(75)

        # the values: parsed once per row; the suppression test only runs where the value is not a number
        k = self.meta.threshold
        # 'nan', 'inf' and 'infinity' cast to doubles: they are not counts, so x stays NULL (an error)
        vals = (f"SELECT l.*, CASE WHEN l.x IS NOT NULL THEN 0 WHEN {supp_sql} THEN 1 ELSE 0 END AS s "
                f"FROM (SELECT l.*, CASE WHEN isfinite(l.x0) THEN l.x0 END AS x "
                f"FROM (SELECT l.*, {value_sql} AS x0 FROM _long l) l) l")
        n_bad, n_neg, below, n_supp, n_huge = con.execute(
            "SELECT count(*) FILTER (WHERE x IS NULL AND s = 0), count(*) FILTER (WHERE x < 0), "
            f"count(*) FILTER (WHERE x > 0 AND x < {k}), count(*) FILTER (WHERE s = 1), "
            f"count(*) FILTER (WHERE x > {MAX_COUNT!r}) FROM ({vals})").fetchone()
        if n_bad:
            bad = con.execute(f"SELECT _row, vcol, v FROM ({vals}) WHERE x IS NULL AND s = 0 ORDER BY _row LIMIT 1").fetchone()
            raise self.err(translate("ReadError", "“{value}” is not a count; expected a number such as 1234 or 1 234,5, or a suppression marker such as <30.").format(value=bad[2]), bad[0], bad[1])
        if n_neg:
            bad = con.execute(f"SELECT _row, vcol, v FROM ({vals}) WHERE x < 0 ORDER BY _row LIMIT 1").fetchone()
            raise self.err(translate("ReadError", "the count {value} is negative; counts of people cannot be below zero.").format(value=bad[2]), bad[0], bad[1])
        if n_huge:
            bad = con.execute(f"SELECT _row, vcol, v FROM ({vals}) WHERE x > {MAX_COUNT!r} ORDER BY _row LIMIT 1").fetchone()
            raise self.err(translate("ReadError", "the count {value} is implausibly large (above one billion people in one zone and slot); check the column and the decimal separator.").format(value=bad[2]), bad[0], bad[1])
        sizes = self._key_ids()
        # a view, not a table: the rows are only gone through to check the cells and to insert them
        con.execute(
            "CREATE OR REPLACE TEMP VIEW _norm AS SELECT l._row, l.vcol, l.v, z.zone AS zone_id, t.start, t.\"end\", p.profile, "
            "o.origin_type, o.origin_code, l.x AS count, CAST(l.s AS TINYINT) AS suppressed, "
            "z.id AS zid, t.id AS tid, p.id AS pid, o.id AS oid "
            f"FROM ({vals}) l "
            "JOIN _zkeys z ON z.k IS NOT DISTINCT FROM l.zone_raw "
            "JOIN _tkeys t ON t.k = l.tkey "
            "JOIN _pkeys p ON p.k IS NOT DISTINCT FROM l.profile_raw "
            "JOIN _okeys o ON o.t IS NOT DISTINCT FROM l.otype_raw AND o.k IS NOT DISTINCT FROM l.origin_raw"
        )
        self.progress.set(85)
        src = "_norm"
        if self._cells_repeat(sizes):
            src, below, n_supp = self._repeated_cells(k)
        clash = con.execute(
            f"SELECT n._row FROM {src} n JOIN footfall f ON f.zone_id = n.zone_id AND f.start = n.start AND f.profile = n.profile "
            "AND f.origin_type = n.origin_type AND f.origin_code IS NOT DISTINCT FROM n.origin_code LIMIT 1").fetchone()
        if clash:
            raise self.err(translate("ReadError", "this file repeats cells of a file already loaded in the same dataset."), clash[0])
        # the anonymity threshold is applied on the way in (a true zero is a count, not a group of people, and stays)
        con.execute("INSERT INTO footfall SELECT zone_id, start, \"end\", profile, origin_type, origin_code, "
                    f"CASE WHEN count > 0 AND count < {k} THEN NULL ELSE count END, "
                    f"CAST(CASE WHEN count > 0 AND count < {k} THEN 1 ELSE suppressed END AS TINYINT) FROM {src}")
        if below:
            self.meta.warnings.append(translate("ReadError", "Cells suppressed because they were below the anonymity threshold of {k}: {n}.").format(n=int(below), k=k))
        self.meta.suppressed_cells = int(n_supp + below)
        if self.zones_wkt:
            existing = self.ds.zones_wkt()
            existing.update(self.zones_wkt)
            self.ds.set_zones(existing, self.meta.crs or self.ds.metadata.crs)

    def _key_ids(self) -> tuple[int, int, int, int]:
        """Number the normalised zones, starts, profiles and origins (0, 1, ...) in the key tables; their counts."""
        sizes = []
        for table, order in (("_zkeys", "zone"), ("_tkeys", "start"), ("_pkeys", "profile"), ("_okeys", "origin_type, origin_code")):
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT *, dense_rank() OVER (ORDER BY {order}) - 1 AS id FROM {table}")
            sizes.append(int(self.con.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]))
        return sizes[0], sizes[1], sizes[2], sizes[3]

    def _cells_repeat(self, sizes: tuple[int, int, int, int]) -> bool:
        """Whether two rows give the same zone, start, profile and origin: one sort of a packed integer key."""
        nz, nt, npr, no = sizes
        if nz * nt * npr * no >= 1 << 62:  # too many to pack in a BIGINT: the (slower) exact query
            return bool(self.con.execute(
                "SELECT count(*) > (SELECT count(*) FROM (SELECT DISTINCT zone_id, start, profile, origin_type, origin_code "
                "FROM _norm)) FROM _norm").fetchone()[0])
        keys = self.con.execute(f"SELECT ((zid * {nt} + tid) * {npr} + pid) * {no} + oid AS g FROM _norm").fetchnumpy()["g"]
        keys = np.asarray(keys, dtype=np.int64)
        keys.sort()  # in place: at 50 million rows a sorted copy would cost another 400 MB
        return bool((keys[1:] == keys[:-1]).any())

    def _repeated_cells(self, k: int) -> tuple[str, int, int]:
        """Some cell repeats: raise, or read identical duplicates once; return (table, below threshold, suppressed)."""
        con = self.con
        dup = con.execute(
            "SELECT min(_row), max(_row), count(DISTINCT coalesce(CAST(count AS VARCHAR), 'S')) AS d, count(*) FROM _norm "
            "GROUP BY zone_id, start, profile, origin_type, origin_code HAVING count(*) > 1 ORDER BY d DESC, 1 LIMIT 1"
        ).fetchone()
        if dup[2] > 1:
            raise self.err(translate("ReadError", "rows {first} and {second} give the same zone, time, profile and origin with different counts; expected one value per cell.").format(first=dup[0], second=dup[1]), dup[1])
        n_dups = con.execute(
            "SELECT sum(c - 1) FROM (SELECT count(*) c FROM _norm GROUP BY zone_id, start, profile, origin_type, origin_code HAVING c > 1)"
        ).fetchone()[0]
        self.meta.warnings.append(translate("ReadError", "Duplicate rows with identical values, read once: {n}.").format(n=int(n_dups)))
        con.execute("CREATE OR REPLACE TEMP TABLE _normd AS SELECT * FROM _norm "
                    "QUALIFY row_number() OVER (PARTITION BY zone_id, start, profile, origin_type, origin_code ORDER BY _row) = 1")
        below, n_supp = con.execute(
            f"SELECT count(*) FILTER (WHERE suppressed = 0 AND count > 0 AND count < {k}), count(*) FILTER (WHERE suppressed = 1) "
            "FROM _normd").fetchone()
        return "_normd", int(below), int(n_supp)

    def _long_view(self) -> None:
        """(Re)define the view _long: _lbase and its final time key ``tkey``."""
        self.con.execute(f"CREATE OR REPLACE TEMP VIEW _long AS SELECT l.*, {self.tkey_sql} AS tkey FROM {self.long_from}")

    def zones_wkt_column(self) -> bool:
        return bool(self.headers) and self.headers[0] == "WKT" and getattr(self, "has_wkt", False)

    def _zones_from_wkt(self) -> None:
        rows = self.con.execute(
            "SELECT trim(c{z}), any_value(c0) FROM _raw WHERE c0 IS NOT NULL AND c0 <> '' GROUP BY 1".format(
                z=self._zone_index())).fetchall()
        self.zones_wkt = {r[0]: r[1] for r in rows if r[0]}

    def _zone_index(self) -> int:
        roles, _, _ = self._roles()
        return roles["zone"]

    # -- counts --------------------------------------------------------------------------------
    def _count_sql(self) -> tuple[str, str]:
        # a regular expression, not IN (...): DuckDB plans the IN list as a join that lowers and trims
        # every row, where the regular expression only runs on the values that are not numbers
        markers = _lit("^(" + "|".join(re.escape(m) for m in SUPPRESSION_MARKERS) + ")$")
        supp = (f"(l.v IS NULL OR trim(l.v) = '' OR regexp_full_match(lower(trim(l.v)), {markers}) "
                "OR regexp_full_match(trim(l.v), '<\\s*\\d+'))")
        sample = [r[0] for r in self.con.execute(
            "SELECT DISTINCT v FROM (SELECT v FROM _long WHERE v IS NOT NULL LIMIT 200000) LIMIT 20000").fetchall()]
        decimal = self.mapping.get("decimal") or self._guess_decimal(sample)
        self.decimal = decimal
        s = "replace(replace(replace(replace(trim(l.v), ' ', ''), chr(160), ''), chr(8239), ''), '''', '')"
        if decimal == ",":
            s = f"replace(replace({s}, '.', ''), ',', '.')"
        else:
            s = f"replace({s}, ',', '')"
        # Without '.', ',' or a quote the clean-up can only strip spaces that the cast ignores anyway.
        plain = "CASE WHEN NOT (contains(l.v, '.') OR contains(l.v, ',') OR contains(l.v, '''')) THEN TRY_CAST(l.v AS DOUBLE) END"
        return f"coalesce({plain}, TRY_CAST({s} AS DOUBLE))", supp

    def _guess_decimal(self, sample: list[str]) -> str:
        vals = [re.sub(r"[\s\u00a0\u202f']", "", v) for v in sample if v]
        for v in vals:
            if "," in v and "." in v:
                return "," if v.rfind(",") > v.rfind(".") else "."
        if any(re.fullmatch(r"-?\d*,(\d{1,2}|\d{4,})", v) for v in vals):
            return ","
        if any(re.fullmatch(r"-?\d*\.(\d{1,2}|\d{4,})", v) for v in vals):
            return "."
        european = self.meta.delimiter in (";", "\t", "|") or self.meta.header_language in ("fr", "nl")
        if any(re.fullmatch(r"-?\d{1,3}(,\d{3})+", v) for v in vals):
            return "," if european and self.meta.delimiter != "," else "."
        if any(re.fullmatch(r"-?\d{1,3}(\.\d{3})+", v) for v in vals):
            return "," if european else "."
        return "."

    # -- time ----------------------------------------------------------------------------------
    def _time_keys(self, roles: dict[str, int]) -> None:
        con = self.con
        date_format = self.mapping.get("date_format")
        # the key tkey0 (date or datetime, unit separator, time) is a column of the view _lbase
        date_col = self.headers[roles["datetime"] if "datetime" in roles else roles["date"]]
        distinct = con.execute("SELECT tkey0, min(_row) FROM _long GROUP BY 1").fetchall()
        parsed: dict[str, tuple[dt.datetime, bool, bool]] = {}
        for key, row in distinct:
            d_text, t_text = key.split("\x1f", 1)
            if not d_text.strip():
                raise self.err(translate("ReadError", "the date is empty; every row needs a date."), row, date_col)
            try:
                parsed[key] = timeparse.parse_timestamp(d_text, t_text or None, date_format)
            except timeparse.TimeParseError as exc:
                column = date_col
                if t_text and "time" in roles:
                    try:
                        timeparse.parse_date(d_text, date_format)
                        column = self.headers[roles["time"]]
                    except timeparse.TimeParseError:
                        pass
                raise self.err(translate("ReadError", "“{value}” is not a date or time in a known format; expected for example 06/07/2019, 2019-07-06, 14:15 or 2019-07-06T14:15:00+02:00, or give date_format in a mapping file.").format(value=str(exc)), row, column, True) from exc
        lo, hi = YEARS
        for k, (v, _h, _a) in parsed.items():
            if not lo <= v.year <= hi:
                row = dict(distinct)[k]
                raise self.err(translate("ReadError", "the date {value} is outside the years {first} to {last}; check the year and the date format.").format(
                    value=k.split("\x1f", 1)[0].strip(), first=lo, last=hi), row, date_col)
        # ambiguous local times (the repeated autumn hour): the first occurrence is summer time
        ambiguous = {k for k, (v, _h, aware) in parsed.items() if not aware and timeparse.is_ambiguous(v, self.zone)}
        for k, (v, has_time, aware) in parsed.items():
            if not aware and has_time and timeparse.is_nonexistent(v, self.zone):
                row = dict(distinct)[k]
                raise self.err(translate("ReadError", "the local time {value} does not exist in {tz} (the clocks moved forward); if the file is in UTC or in fixed winter time, choose that time zone.").format(value=v.strftime("%d/%m/%Y %H:%M"), tz=self.zone.key), row, date_col)
        if ambiguous:
            # only the rows of the repeated hour are numbered; the others keep tkey0
            con.execute(
                "CREATE OR REPLACE TEMP TABLE _fold AS SELECT _row AS r, vcol AS vc, "
                "CASE WHEN row_number() OVER (PARTITION BY zone, tkey0, profile_raw, origin_raw, otype_raw, vcol ORDER BY _row) > 1 "
                "THEN '\x1f1' ELSE '\x1f0' END AS fold FROM _lbase WHERE tkey0 IN (SELECT unnest($1))",
                [sorted(ambiguous)])
            self.tkey_sql = "l.tkey0 || coalesce(f.fold, '')"
            self.long_from = "_lbase l LEFT JOIN _fold f ON f.r = l._row AND f.vc = l.vcol"
            self._long_view()
        keys: list[str] = []
        starts: list[float] = []
        all_has_time = all(h for _v, h, _a in parsed.values())
        any_has_time = any(h for _v, h, _a in parsed.values())
        utc_of: dict[str, dt.datetime] = {}
        for k, (v, has_time, aware) in parsed.items():
            if k in ambiguous:
                for fold in (0, 1):
                    utc_of[f"{k}\x1f{fold}"] = timeparse.to_utc(v, self.zone, fold)
            else:
                utc_of[k] = timeparse.to_utc(v, self.zone)
        # slot length
        distinct_utc = sorted(set(utc_of.values()))
        if not any_has_time:
            slot = 1440
        elif len(distinct_utc) > 1:
            diffs = Counter(int((b - a).total_seconds() // 60) for a, b in zip(distinct_utc, distinct_utc[1:]))
            slot = diffs.most_common(1)[0][0]
        else:
            slot = int(self.mapping.get("slot_minutes") or 60)
            self.meta.warnings.append(translate("ReadError", "a single time slot: its length is taken as {n} minutes.").format(n=slot))
        if self.mapping.get("slot_minutes"):
            slot = int(self.mapping["slot_minutes"])
        if any_has_time and not all_has_time:
            self.meta.warnings.append(translate("ReadError", "some rows have a time and others only a date; rows without a time start at midnight."))
        self.meta.slot_minutes = slot
        ends: list[float] = []
        for k, u in utc_of.items():
            keys.append(k)
            starts.append(u.timestamp())
            if slot == 1440 and not any_has_time:
                local_day = u.astimezone(self.zone).date() + dt.timedelta(days=1)
                e = dt.datetime.combine(local_day, dt.time(0)).replace(tzinfo=self.zone).astimezone(dt.timezone.utc)
            else:
                e = u + dt.timedelta(minutes=slot)
            ends.append(e.timestamp())
        con.execute("DROP TABLE IF EXISTS _tkeys")
        con.execute("CREATE TEMP TABLE _tkeys AS SELECT unnest($1) AS k, to_timestamp(unnest($2)) AS start, "
                    "to_timestamp(unnest($3)) AS \"end\"", [keys, starts, ends])
        if "end" in roles:
            self._explicit_ends(roles, date_format)

    def _explicit_ends(self, roles: dict[str, int], date_format: str | None) -> None:
        con = self.con
        col = self.headers[roles["end"]]
        distinct = con.execute("SELECT end_raw, min(_row) FROM _long WHERE end_raw IS NOT NULL AND end_raw <> '' GROUP BY 1").fetchall()
        keys, vals = [], []
        for text, row in distinct:
            try:
                v, _h, aware = timeparse.parse_timestamp(text, None, date_format)
            except timeparse.TimeParseError as exc:
                raise self.err(translate("ReadError", "“{value}” is not a date or time in a known format; expected for example 06/07/2019, 2019-07-06, 14:15 or 2019-07-06T14:15:00+02:00, or give date_format in a mapping file.").format(value=text), row, col) from exc
            if not YEARS[0] <= v.year <= YEARS[1]:
                raise self.err(translate("ReadError", "the date {value} is outside the years {first} to {last}; check the year and the date format.").format(
                    value=text.strip(), first=YEARS[0], last=YEARS[1]), row, col)
            keys.append(text)
            vals.append(timeparse.to_utc(v, self.zone).timestamp())
        con.execute("CREATE OR REPLACE TEMP TABLE _ekeys AS SELECT unnest($1) AS k, to_timestamp(unnest($2)) AS e", [keys, vals])
        # an explicit end replaces the computed one, row by row: fold it into the time key
        con.execute("CREATE OR REPLACE TEMP TABLE _tkeys AS SELECT DISTINCT l.tkey || '\x1e' || coalesce(l.end_raw, '') AS k, t.start, "
                    "coalesce(e.e, t.\"end\") AS \"end\" FROM (SELECT DISTINCT tkey, end_raw FROM _long) l "
                    "JOIN _tkeys t ON t.k = l.tkey LEFT JOIN _ekeys e ON e.k = l.end_raw")
        self.tkey_sql += " || '\x1e' || coalesce(l.end_raw, '')"
        self._long_view()
        bad = con.execute("SELECT min(l._row) FROM _long l JOIN _tkeys t ON t.k = l.tkey WHERE t.\"end\" <= t.start").fetchone()
        if bad and bad[0] is not None:
            raise self.err(translate("ReadError", "the end of the slot is not after its start."), bad[0], col)

    # -- profiles and origins ----------------------------------------------------------------------
    def _profile_keys(self, roles: dict[str, int]) -> None:
        extra = {norm(k): v for k, v in (self.mapping.get("profile_values") or {}).items()}
        rows = self.con.execute("SELECT profile_raw, min(_row), min(vcol) FROM _long GROUP BY 1").fetchall()
        keys, vals = [], []
        for raw, row, vcol in rows:
            if raw is None or not str(raw).strip():
                if "profile" in roles:
                    raise self.err(translate("ReadError", "the profile is empty; expected a visitor category such as Touristes, dagbezoekers or residents."), row, self.headers[roles["profile"]])
                prof = "all"
            else:
                n = norm(raw)
                prof = extra.get(n) or PROFILE_VALUES.get(n)
                if prof is None:
                    col = self.headers[roles["profile"]] if "profile" in roles else vcol
                    raise self.err(translate("ReadError", "unknown visitor category “{value}”; expected residents, day visitors, overnight visitors, commuters, transit, visitors or total (in English, Dutch or French), or map it with profile_values in a mapping file.").format(value=raw), row, col, True)
            keys.append(raw)
            vals.append(prof)
        self.con.execute("DROP TABLE IF EXISTS _pkeys")
        self.con.execute("CREATE TEMP TABLE _pkeys AS SELECT unnest($1::VARCHAR[]) AS k, unnest($2::VARCHAR[]) AS profile", [keys, vals])

    def _origin_keys(self) -> None:
        rows = self.con.execute("SELECT otype_raw, origin_raw, count(*) FROM _long GROUP BY 1, 2").fetchall()
        ts, ks, types, codes = [], [], [], []
        unknown: list[str] = []
        for t, k, n in rows:
            otype, code = normalise_origin(t, k, self.country)
            if otype == "unknown" and code is not None:
                unknown.append(str(k))
            ts.append(t)
            ks.append(k)
            types.append(otype)
            codes.append(code)
        if unknown:
            shown = ", ".join(sorted(unknown)[:10])
            self.meta.warnings.append(translate("ReadError", "Origins not recognised, kept as unknown: {n} ({values}).").format(n=len(unknown), values=shown))
        self.con.execute("DROP TABLE IF EXISTS _okeys")
        self.con.execute("CREATE TEMP TABLE _okeys AS SELECT unnest($1::VARCHAR[]) AS t, unnest($2::VARCHAR[]) AS k, "
                         "unnest($3::VARCHAR[]) AS origin_type, unnest($4::VARCHAR[]) AS origin_code", [ts, ks, types, codes])


def _excel_cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%dT%H:%M:%S") if (v.hour or v.minute or v.second) else v.strftime("%Y-%m-%d")
    if isinstance(v, dt.date):
        return v.strftime("%Y-%m-%d")
    if isinstance(v, dt.time):
        return v.strftime("%H:%M:%S")
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)
