"""Readers for operators' footfall exports: CSV/TXT, XLSX, Parquet, GeoPackage and GeoJSON.

Every format is brought to columns of codes: per column its distinct texts and one int32 code per row
(Arrow's CSV reader gives them directly for plain CSV files; every other source is read by DuckDB and
coded in the engine). One normaliser then turns them into the ``footfall`` rows (see
``docs/data-model.md``). Python only looks at the header and at the *distinct* texts; the rows are
handled as numpy arrays of codes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
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
from .dataset import Breakdowns, Dataset, dims_text
from .errors import Cancelled, ReadError
from .i18n import translate
from .model import DEFAULT_THRESHOLD, DatasetMetadata
from .origins import normalise_origin
from .progress import NULL_PROGRESS, Progress
from .sniff import (MAX_LINE_BYTES, detect_encoding, detect_layout, first_long_line, head_lines, is_gzip,
                    transcode_to_utf8)
from .vocab import (PROFILE_VALUES, SUPPRESSION_MARKERS, header_language, header_role,
                    hour_of_header, norm)

__all__ = ["read_export", "read_exports", "ReadError", "load_mapping"]

TEXT_SUFFIXES = {".csv", ".txt", ".tsv", ".tab", ".dat"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
OGR_SUFFIXES = {".gpkg", ".geojson", ".json", ".shp", ".fgb"}
ROLES = ("zone", "date", "time", "datetime", "end", "profile", "origin", "origin_type", "count", "measure", "cut", "dims")
#: A count above this is not a number of people in one zone and slot (the world's population is 8e9):
#: a unit error, a date or an id in the count column. Refused, not capped.
MAX_COUNT = 1e9
#: Dates outside these years are a wrong format or a typing error (mobile-network data starts in the
#: 1990s); refused, where the engine would overflow or quietly place the rows a century away.
YEARS = (1990, 2100)
#: Bytes of CSV that Arrow's reader parses per block (blocks are parsed in parallel).
ARROW_BLOCK = 1 << 22


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


def sha256_of(path: Path, progress: Progress = NULL_PROGRESS, stop: Any = None) -> str:
    """SHA-256 of a file, read in chunks; ``stop`` (a threading.Event) ends the work early, returning an
    empty string."""
    h = hashlib.sha256()
    size = max(1, path.stat().st_size)
    done = 0
    with path.open("rb") as fh:
        while True:
            if stop is not None and stop.is_set():
                return ""
            chunk = fh.read(1 << 24)
            if not chunk:
                break
            h.update(chunk)
            done += len(chunk)
            progress.set(100.0 * done / size)
    return h.hexdigest()


class _Background:
    """A function run in a thread; :meth:`result` waits for it and raises what it raised."""

    def __init__(self, fn, *args) -> None:
        import threading
        self._stop = threading.Event()
        self._out: list[Any] = []
        self._exc: list[BaseException] = []

        def run() -> None:
            try:
                self._out.append(fn(*args, stop=self._stop))
            except BaseException as exc:  # handed to the caller of result()
                self._exc.append(exc)
        self._thread = threading.Thread(target=run, name="footfall-checksum", daemon=True)
        self._thread.start()

    def result(self) -> Any:
        self._thread.join()
        if self._exc:
            raise self._exc[0]
        return self._out[0]

    def stop(self) -> None:
        """Ask the function to end early (it checks between chunks) and wait for it."""
        self._stop.set()
        self._thread.join()


def time_zone(name: str) -> ZoneInfo:
    """The time zone of the exports' local times; :class:`ReadError` for a name that is not one."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ReadError(translate("ReadError", "unknown time zone “{tz}”; expected a name such as Europe/Brussels or Europe/Paris.").format(tz=name)) from exc


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
    zone = time_zone(timezone)
    own = dataset is None
    ds = dataset or Dataset()
    unpacked: list[Path] = []
    try:
        files = expand_paths(paths, unpacked)
        metas = []
        n = len(files)
        user_mapping = load_mapping(mapping)
        for i, p in enumerate(files):
            sub = progress.sub(100.0 * i / n, 100.0 * (i + 1) / n)
            metas.append(_Reader(p, zone, timezone, json.loads(json.dumps(user_mapping)), threshold, operator, sub,
                                 ds).run())
        ds.sources.extend(metas)
        _merge_metadata(ds, metas)
        attach_grid_zones(ds)
        attach_boundary_zones(ds)
    except BaseException:
        if own:
            ds.close()
        raise
    finally:
        for d in unpacked:
            shutil.rmtree(d, ignore_errors=True)
    return ds


#: Files of a folder (or a ZIP) that are read as exports; others (README, PDF, images) are left alone.
READABLE_SUFFIXES = TEXT_SUFFIXES | EXCEL_SUFFIXES | {".parquet", ".gz"}


def expand_paths(paths: Sequence[str | Path], unpacked: list[Path] | None = None) -> list[Path]:
    """The files to read for ``paths``: a folder stands for its exports (sorted by name, subfolders
    included: MITMA's ``ficheros-diarios``), a ZIP for the exports it holds (a Flux Vision delivery),
    unpacked to a temporary folder that is added to ``unpacked`` (the caller removes it)."""
    import zipfile
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted((f for f in p.rglob("*") if f.is_file() and _readable(f)), key=lambda f: str(f))
            if not found:
                raise ReadError(translate("ReadError", "the folder holds no export (CSV, TXT, gzip, XLSX or Parquet file)."), p)
            out.extend(found)
        elif p.suffix.lower() == ".zip" and p.is_file():
            try:
                zf = zipfile.ZipFile(p)
            except zipfile.BadZipFile as exc:  # its text ("File is not a zip file") is not the user's language
                raise ReadError(translate("ReadError", "this is not a ZIP archive: the file is damaged or cut short, or it "
                                                       "is another kind of file with a .zip name."), p) from exc
            except OSError as exc:
                raise ReadError(translate("ReadError", "this is not a readable ZIP archive: {error}").format(error=exc), p) from exc
            tmp = Path(tempfile.mkdtemp(prefix="footfall-zip-"))
            if unpacked is not None:
                unpacked.append(tmp)
            with zf:
                members = [m for m in zf.infolist() if not m.is_dir() and _readable(Path(m.filename))
                           and not Path(m.filename).name.startswith(".")]
                if not members:
                    raise ReadError(translate("ReadError", "the ZIP archive holds no export (CSV, TXT, gzip, XLSX or Parquet file)."), p)
                for m in sorted(members, key=lambda m: m.filename):
                    target = tmp / f"{len(out):04d}" / Path(m.filename).name  # no path from the archive is trusted
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with zf.open(m) as src, target.open("wb") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)
                    out.append(target)
        else:
            out.append(p)
    return out


def _readable(f: Path) -> bool:
    suffixes = [x.lower() for x in f.suffixes[-2:]]
    return bool(suffixes) and (suffixes[-1] in READABLE_SUFFIXES - {".gz"} or
                               (suffixes[-1] == ".gz" and len(suffixes) == 2 and suffixes[0] in TEXT_SUFFIXES))


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


def attach_boundary_zones(ds: Dataset) -> int:
    """Give the zones of a recognised format their bundled polygons when no zones are known (CRT
    Occitanie's départements: core.boundaries, Natural Earth), with a warning saying so and naming the
    zones that have none."""
    if ds.zones_wkt():
        return 0
    from .boundaries import boundaries
    from .formats import boundary_kind
    kind = boundary_kind(ds.metadata.format_ids)
    if not kind:
        return 0
    shapes = boundaries(kind)
    ids = ds.zone_ids()
    found = {z: shapes[z] for z in ids if z in shapes}
    if not found:
        return 0
    ds.set_zones(found, "EPSG:4326")
    missing = [z for z in ids if z not in found]
    ds.metadata.warnings.append(translate("ReadError", "Zones joined to the bundled boundaries of French départements (Natural Earth, simplified; good for maps, not for areas): {n} of {m}.").format(
        n=len(found), m=len(ids)) + (" " + translate("ReadError", "Without a polygon: {zones}.").format(zones=", ".join(missing[:10])) if missing else ""))
    return len(found)


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
    m.warnings = list(dict.fromkeys(w for x in all_src for w in x.warnings))
    m.threshold = max(x.threshold for x in all_src)
    m.formats = list(dict.fromkeys(f for x in all_src for f in x.formats))
    m.format_ids = list(dict.fromkeys(f for x in all_src for f in x.format_ids))
    m.measures = ds.measures()
    absent = [x.absent_below for x in all_src if x.absent_below]
    m.absent_below = max(absent) if absent else None
    m.nested_zones = any(x.nested_zones for x in all_src)
    periods = {x.period for x in all_src if x.period}
    m.period = periods.pop() if len(periods) == 1 else ""
    m.ignored_columns = list(dict.fromkeys(c for x in all_src for c in x.ignored_columns))
    ops = list(dict.fromkeys(x.operator for x in all_src if x.operator))
    m.operator = m.operator or ", ".join(ops)


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
        self.user_threshold = threshold
        self.meta = DatasetMetadata(operator=operator, source_name=path.name, timezone=tzname,
                                    threshold=int(threshold or mapping.get("threshold") or DEFAULT_THRESHOLD))
        if mapping.get("timezone") and mapping["timezone"] != tzname:  # a mapping file may say it
            self.zone = time_zone(str(mapping["timezone"]))
            self.meta.timezone = tzname = str(mapping["timezone"])
        self.country = "FR" if tzname in ("Europe/Paris",) else "BE"
        if mapping.get("country"):
            self.country = str(mapping["country"]).upper()
        self.family = None  # the recognised format (core/formats), if any
        self.tmp = Path(tempfile.mkdtemp(prefix="footfall-read-"))
        self.header_offset = 1  # file line of the first data row minus 1
        self.row_base = 2  # file line (row) of the row of _raw whose rowid is 0
        self.headers: list[str] = []
        self.zones_wkt: dict[str, str] = {}
        #: what the fast CSV path read, until _columns takes it: (distinct texts, codes, rows)
        self.arrow: tuple[list[list[str]], list[np.ndarray], int] | None = None

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
        # the checksum reads the file in a thread while the engine parses it: hashing releases the
        # interpreter, and the two reads share the page cache
        self.checksum = _Background(sha256_of, self.path, NULL_PROGRESS)
        try:
            if suffix in EXCEL_SUFFIXES:
                self._load_excel()
            elif suffix == ".parquet":
                self._load_parquet()
            elif suffix in OGR_SUFFIXES:
                self._load_ogr()
            elif suffix == ".zip":
                raise self.err(translate("ReadError", "a ZIP archive is read through the list of files to open (the archive itself, not one of its members)."))
            else:
                self._load_text(self.path)
        except BaseException:
            self.checksum.stop()
            raise
        self.meta.source_sha256 = self.checksum.result()

    def _drop_temp(self) -> None:
        for t in ("_raw", "_dict"):
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
        # before any parser sees it (milliseconds: the file is mapped, not read)
        long_line = first_long_line(path, MAX_LINE_BYTES)
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
        # no row_number() OVER (): it halves the speed of the read; _raw.rowid + row_base numbers the rows
        self.row_base = header_idx + 2
        if self._read_csv_arrow(src, delim, header_idx):
            return
        cols = "{" + ", ".join(f"{_lit(f'c{i}')}: 'VARCHAR'" for i in range(len(self.headers))) + "}"
        self.con.execute("DROP TABLE IF EXISTS _raw")
        self.con.execute(
            f"CREATE TEMP TABLE _raw AS SELECT * "
            f"FROM read_csv({_lit(str(src))}, delim={_lit(delim)}, header=true, skip={header_idx}, "
            f"quote='\"', escape='\"', auto_detect=false, columns={cols}, encoding='utf-8', "
            f"strict_mode=true, null_padding=false, ignore_errors=false, parallel=true"
            f"{', compression=' + _lit('gzip') if is_gzip(src) else ''})"
        )

    def _read_csv_arrow(self, src: Path, delim: str, header_idx: int) -> bool:
        """The fast path: Arrow's CSV reader gives every column as distinct texts and a code per row.

        Only a file that Arrow reads without complaint takes it (every row as many fields as the header,
        valid UTF-8, no empty line); anything else, or no pyarrow, goes through DuckDB's reader, whose
        errors name the row. Line breaks inside quoted fields are allowed (``newlines_in_values``: without
        it such a field across a block boundary makes Arrow fail; it costs about 5 % of the read).
        """
        if os.environ.get("FOOTFALL_CSV_ENGINE", "").lower() == "duckdb":
            return False
        try:
            import pyarrow as pa
            import pyarrow.csv as pcsv
        except ImportError:
            return False
        names = [f"c{i}" for i in range(len(self.headers))]
        unused = self._unused_columns()
        try:
            table = pcsv.read_csv(
                pa.input_stream(str(src), compression="gzip") if is_gzip(src) else str(src),
                read_options=pcsv.ReadOptions(column_names=names, skip_rows=header_idx + 1, block_size=ARROW_BLOCK),
                parse_options=pcsv.ParseOptions(delimiter=delim, quote_char='"', double_quote=True, escape_char=False,
                                                newlines_in_values=True, ignore_empty_lines=False),
                convert_options=pcsv.ConvertOptions(
                    column_types={n: pa.dictionary(pa.int32(), pa.string()) for n in names},
                    include_columns=[n for i, n in enumerate(names) if i not in unused],
                    strings_can_be_null=False, quoted_strings_can_be_null=False))
            table = table.unify_dictionaries()
        except (pa.ArrowException, OSError, ValueError):
            return False
        dicts, codes = [], []
        for i in range(len(names)):
            if i in unused:
                # a column that is never read (MITMA's viajes_km: nearly one distinct value per row): not
                # parsed into a dictionary at all; one empty text for every row, without memory
                dicts.append([""])
                codes.append(np.broadcast_to(np.int32(0), (table.num_rows,)))
                continue
            col = table.column(0)
            table = table.remove_column(0)  # each column's buffers are freed once copied
            if col.num_chunks == 0:
                dicts.append([])
                codes.append(np.zeros(0, dtype=np.int32))
                continue
            dicts.append(col.chunk(0).dictionary.to_pylist())
            out = np.empty(table.num_rows, dtype=np.int32)
            at = 0
            for ch in col.chunks:
                part = ch.indices.to_numpy(zero_copy_only=False)
                out[at:at + len(part)] = part
                at += len(part)
            codes.append(out)
            del col
        rows = table.num_rows
        del table
        pa.default_memory_pool().release_unused()  # Arrow's allocator keeps freed blocks otherwise
        self.arrow = (dicts, codes, rows)
        return True

    def _unused_columns(self) -> set[int]:
        """Columns of the header that will never be read: those the user's mapping or the recognised
        format says to ignore (not counts: calendar flags, ``viajes_km``); known from the header alone."""
        names: set[str] = set(self.mapping.get("ignore") or {})
        user = self.mapping
        if not (user.get("columns") or user.get("wide") or user.get("measures")):
            from .formats import recognise
            m = recognise(self.headers, self.path.name)
            if m is not None:
                names |= set(m.mapping.get("ignore") or {})
                names -= {m.mapping.get("total_column")}
                names -= set((m.mapping.get("columns") or {}).values())
        names -= set((user.get("columns") or {}).values())
        return {i for i, h in enumerate(self.headers) if h in names}

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
            raise self.err(excel_error(exc)) from exc
        out = self.tmp / "sheet.csv"
        sheets = []  # (name, rows as text) of every sheet
        for ws in wb.worksheets:
            sheets.append((ws.title, [[_excel_cell(v) for v in row] for row in ws.iter_rows(values_only=True)]))
        wb.close()
        # one sheet per month (INE): every sheet with the same header as the first sheet that has a known
        # header is read, one after the other; other sheets (an information sheet) are left out and named
        from .sniff import _header_score
        heads = []
        for name, rows in sheets:
            idx = next((i for i, r in enumerate(rows[:30]) if sum(1 for c in r if c.strip()) >= 2 and _header_score(r) > 0), None)
            heads.append(idx)
        first = next((i for i, h in enumerate(heads) if h is not None), 0)
        key = [c.strip().lower() for c in sheets[first][1][heads[first] or 0]] if sheets[first][1] else []
        used, skipped = [], []
        with out.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter=";")
            for i, (name, rows) in enumerate(sheets):
                h = heads[i] if heads[i] is not None else (0 if i == first else None)
                if h is None or not rows or [c.strip().lower() for c in rows[h]] != key:
                    if rows:
                        skipped.append(name)
                    continue
                used.append(name)
                for j, row in enumerate(rows if i == first else rows[h + 1:]):
                    w.writerow(row)
        if len(used) > 1:
            self.meta.warnings.append(translate("ReadError", "{n} sheets with the same columns read as one table: {sheets}.").format(
                n=len(used), sheets=", ".join(used)))
            if skipped:
                self.meta.warnings.append(translate("ReadError", "Sheets left out (other columns): {sheets}.").format(sheets=", ".join(skipped)))
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
        ml = src.GetLayerByName("footfall_metadata") if lyr.GetName() == "footfall" else None
        if ml is not None:
            # what a Footfall GeoPackage knows about its data and must keep: nested zones, the operator's
            # delivery threshold, the recognised formats, a calendar period
            for f in ml:
                key = f.GetField("key")
                if key == "threshold":  # the dataset's own threshold: a higher one asked for now may add to it
                    try:
                        stored = int(json.loads(f.GetField("value")))
                    except (TypeError, ValueError):
                        continue
                    self.meta.threshold = max(stored, int(self.user_threshold)) if self.user_threshold else stored
                    continue
                if key in ("nested_zones", "absent_below", "formats", "format_ids", "period", "operator", "extrapolation"):
                    try:
                        setattr(self.meta, key, json.loads(f.GetField("value")))
                    except (TypeError, ValueError):
                        pass
        src = None
        self.mapping.setdefault("decimal", ".")
        self._load_text(out, "utf-8")
        self.meta.encoding = self.path.suffix.lower().lstrip(".")
        self.header_offset = 1
        if has_geom and self.headers and self.headers[0] == "WKT":
            self.has_wkt = True

    # -- roles ---------------------------------------------------------------------------------
    def _recognise(self) -> None:
        """Without a user's column mapping, a known format (core/formats) recognised from the header and
        the file name gives one; its settings (time zone, country, threshold) replace the defaults."""
        from .formats import recognise, tr_label
        user = self.mapping
        if user.get("columns") or user.get("wide") or user.get("measures"):
            return
        m = recognise(self.headers, self.path.name)
        if m is None:
            return
        self.family = m.family
        mapping = dict(m.mapping)
        mapping.update({k: v for k, v in user.items() if k not in ("columns", "wide")})
        self.mapping = mapping
        fam = m.family
        self.meta.format_ids.append(fam.id)
        self.meta.operator = self.meta.operator or fam.product
        tz = mapping.get("timezone")
        if tz and tz != self.meta.timezone:
            self.zone = time_zone(tz)
            self.meta.warnings.append(translate("ReadError", "Times read in {tz}, the time zone of {product}.").format(
                tz=tz, product=tr_label(fam.product)))
            self.meta.timezone = tz
        if mapping.get("country"):
            self.country = str(mapping["country"]).upper()
        if not self.user_threshold and mapping.get("threshold"):
            self.meta.threshold = int(mapping["threshold"])
        if mapping.get("absent_below"):
            self.meta.absent_below = int(mapping["absent_below"])
        self.meta.nested_zones = bool(mapping.get("nested_zones"))
        self.meta.period = str(mapping.get("period") or "")

    def _virtual_columns(self) -> None:
        """A date that is only in the file name (Proximus) becomes a column with one value."""
        pattern = self.mapping.get("date_from_name")
        cols = self.mapping.get("columns") or {}
        if not pattern or "date" in cols or "datetime" in cols:
            return
        m = re.search(pattern, self.path.name)
        if m is None:
            raise self.err(translate("ReadError", "the date of this export is only in its file name, and the name “{name}” holds none; rename the file as the operator delivered it, or give the date in a mapping file.").format(name=self.path.name))
        name = translate("ReadError", "(date from the file name)")
        self.headers.append(name)
        self.dicts.append([m.group(1)])
        self.codes.append(np.zeros(self.n, dtype=np.int32))
        self.mapping.setdefault("columns", {})["date"] = name

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
        # columns that a format or a mapping sets apart: never taken for a role, a count or a wide column
        apart = set()
        for key in ("ignore", "dimensions", "measures"):
            for name in (self.mapping.get(key) or {}):
                if name not in hdr:
                    if key == "measures":
                        raise self.err(translate("ReadError", "the mapping names column “{name}”, which the file does not have; its columns are: {columns}.").format(name=name, columns=", ".join(hdr)))
                    continue
                apart.add(hdr.index(name))
        total = self.mapping.get("total_column")
        if total in hdr:
            apart.add(hdr.index(total))
        for name, why in (self.mapping.get("ignore") or {}).items():
            if name in hdr:
                self.meta.ignored_columns.append(f"{name}: {why}" if why else name)
        taken = set(roles.values()) | apart
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
        if self.mapping.get("measures"):
            wide = [(hdr.index(name), name) for name in self.mapping["measures"]]
            layout = "wide_measure"
        elif wide_spec:
            kind = wide_spec.get("kind", "profile")
            names = wide_spec.get("names") or {}
            for name in wide_spec.get("columns", []):
                if name not in hdr:
                    raise self.err(translate("ReadError", "the mapping names column “{name}”, which the file does not have; its columns are: {columns}.").format(name=name, columns=", ".join(hdr)))
                wide.append((hdr.index(name), names.get(name, name)))
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
        near = None
        if not self.mapping.get("columns") and (("count" not in roles and not wide) or
                                                ("zone" not in roles and layout != "wide_zone") or
                                                not ({"date", "datetime", "time"} & set(roles))):
            from .formats import near_miss
            near = near_miss(hdr, self.path.name)
        if near is not None:
            raise self.err(near.message() + " " + translate("ReadError", "Columns found: {columns}. Check that the file is complete.").format(
                columns=", ".join(hdr)), needs_mapping=True)
        if "count" not in roles and not wide:
            raise self.err(translate("ReadError", "no count column found. Expected a column named like Volume, aantal or count, or one column per profile, hour or origin; columns found: {columns}.").format(columns=", ".join(hdr)), needs_mapping=True)
        if "zone" not in roles and layout != "wide_zone":
            raise self.err(translate("ReadError", "no zone column found. Expected a column named like Zone, gebied or zone_id; columns found: {columns}.").format(columns=", ".join(hdr)), needs_mapping=True)
        if not ({"date", "datetime"} & set(roles)) and "time" in roles:
            roles["datetime"] = roles.pop("time")  # a 'time' column holding whole timestamps
        if not ({"date", "datetime"} & set(roles)):
            raise self.err(translate("ReadError", "no time column found. Expected a column named like Date, datum or timestamp; columns found: {columns}.").format(columns=", ".join(hdr)), needs_mapping=True)
        return roles, layout, wide

    # -- the source as codes ---------------------------------------------------------------------
    def _columns(self) -> None:
        """Every column as its distinct texts (``dicts[i]``, empty text as None) and one int32 code per row."""
        if self.arrow is not None:
            dicts, codes, n = self.arrow
            self.arrow = None
        else:
            dicts, codes, n = self._factorise()
        self.n = int(n)
        self.dicts = [[None if v == "" else v for v in d] for d in dicts]
        self.codes = codes

    def _factorise(self) -> tuple[list[list[str | None]], list[np.ndarray], int]:
        """The raw table of text columns (every source but the fast CSV path) as codes, in the engine."""
        con = self.con
        n = int(con.execute("SELECT count(*) FROM _raw").fetchall()[0][0])
        dicts, codes = [], []
        for i in range(len(self.headers)):
            con.execute(f"CREATE OR REPLACE TEMP TABLE _dict AS SELECT v, (row_number() OVER ())::INTEGER - 1 AS i "
                        f"FROM (SELECT DISTINCT c{i} AS v FROM _raw)")
            dicts.append([r[0] for r in con.execute("SELECT v FROM _dict ORDER BY i").fetchall()])
            res = con.execute(f"SELECT r.rowid AS r, d.i FROM _raw r JOIN _dict d ON d.v IS NOT DISTINCT FROM r.c{i}").fetchnumpy()
            c = np.empty(n, dtype=np.int32)
            c[np.asarray(res["r"], dtype=np.int64)] = np.asarray(res["i"], dtype=np.int32)
            codes.append(c)
        con.execute("DROP TABLE IF EXISTS _dict")
        con.execute("DROP TABLE IF EXISTS _raw")
        return dicts, codes, n

    # -- the long rows -------------------------------------------------------------------------
    def _role(self, role: str, kind: str | None, names: list[str]) -> tuple[list[str | None], np.ndarray]:
        """(distinct texts, code per long row) of a role: from its column, from the wide columns' names
        when the layout spreads that role over columns, or a single empty value."""
        parts, n = len(self.parts), self.n
        if kind is not None:
            return list(names), np.repeat(np.arange(parts, dtype=np.int32), n)
        if role in self.roles:
            i = self.roles[role]
            return self.dicts[i], (self.codes[i] if parts == 1 else np.tile(self.codes[i], parts))
        return [None], np.zeros(parts * n, dtype=np.int32)

    def _first_row(self, mask: np.ndarray) -> tuple[int, int]:
        """(file row, long index) of the first row, in file order, where ``mask`` holds."""
        idx = np.flatnonzero(mask)
        j = int(idx[np.argmin(idx % self.n)])
        return j % self.n + self.row_base, j

    def _normalise(self) -> None:
        self._columns()
        self._recognise()
        self._virtual_columns()
        self.roles, layout, wide = self._roles()
        roles = self.roles
        self.meta.layout = "long" if layout == "long" else "wide"
        self.meta.header_language = header_language(self.headers)
        n = self.n
        self.meta.rows_read = n
        if self.zones_wkt_column():
            self._zones_from_wkt()
        if n == 0:
            raise self.err(translate("ReadError", "the file has a header but no data rows."))
        # the long rows: one part per value column (one for a long layout), rows of the file repeated
        self.parts = [(roles["count"], self.headers[roles["count"]])] if layout == "long" else list(wide)
        names = [name for _i, name in self.parts]
        kind = layout[5:] if layout != "long" else None
        self.progress.set(55)

        # zones must be given; they are trimmed once per distinct value
        zd, zc = self._role("zone", kind if kind == "zone" else None, names)
        bad = [i for i, v in enumerate(zd) if v is None or not v.strip()]
        if bad:
            row, _j = self._first_row(np.isin(zc, bad))
            raise self.err(translate("ReadError", "the zone is empty; every row needs a zone id."), row, self.headers[roles["zone"]])
        zone_of = [v.strip() for v in zd]
        zones = sorted(set(zone_of))
        zpos = {z: i for i, z in enumerate(zones)}
        zid = np.asarray([zpos[z] for z in zone_of], dtype=_key_dtype(len(zones)))[zc]

        vd, vc, vcol = self._values()
        self._decimal(vd)
        tid, slots = self._time_keys(kind, names, zid)
        self.progress.set(70)
        pid, profiles = self._profile_keys(kind, names)
        oid, origins = self._origin_keys(kind, names)
        bid, dims, dim_names = self._dim_keys()
        cuts, cid, people = self._cut_keys(kind, names, dim_names)
        total = self.mapping.get("total_column")
        if total in self.headers:
            self.codes_total = self.codes[self.headers.index(total)]
        self.codes = []  # what is still needed is in the arrays above: let the others go
        self.progress.set(75)

        # the values: each distinct text parsed once in the engine, then counted by how often it occurs
        k = self.meta.threshold
        x, s = self._parse_values(vd)
        raw_x = x
        x, s = self._format_suppression(x, s)
        checks = (
            (np.isnan(x) & (s == 0), translate("ReadError", "“{value}” is not a count; expected a number such as 1234 or 1 234,5, or a suppression marker such as <30.")),
            (x < 0, translate("ReadError", "the count {value} is negative; counts of people cannot be below zero.")),
            ((x > MAX_COUNT) & people, translate("ReadError", "the count {value} is implausibly large (above one billion people in one zone and slot); check the column and the decimal separator.")),
        )
        for flag, message in checks:
            if flag.any():  # every distinct value occurs in some row
                row, j = self._first_row(flag[vc])
                raise self.err(message.format(value=vd[vc[j]]), row, vcol[j // n])
        self._check_total(raw_x, vc)
        # the anonymity threshold applies to counts of people, not to seconds, and not on the way in
        # for open data that its publisher released cell by cell (MITMA: every output still applies it)
        below_v = (x > 0) & (x < k) & people
        if self.mapping.get("open_data"):
            below_v[:] = False
        sizes = (len(zones), len(slots), len(profiles), len(origins), len(cuts), len(dims))
        self.progress.set(85)
        keep = self._repeated_cells(sizes, [zid, tid, pid, oid, cid, bid], x, vc)
        if keep is not None:
            zid, tid, pid, oid, vc = zid[keep], tid[keep], pid[keep], oid[keep], vc[keep]
            cid, bid = cid[keep], bid[keep]
        below = int(np.count_nonzero(below_v[vc])) if below_v.any() else 0
        n_supp = int(np.count_nonzero((s == 1)[vc])) if (s == 1).any() else 0
        # the anonymity threshold is applied on the way in (a true zero is a count, not a group of people, and stays)
        count = np.where(below_v, np.nan, x)[vc]
        supp = (below_v | (s == 1)).astype(np.int8)[vc]
        clash = self.ds.append(zones, slots, profiles, origins, zid, tid, pid, oid, count, supp,
                               cuts=cuts, cid=cid, dims=dims, bid=bid)
        if clash is not None:
            row = (int(np.flatnonzero(keep)[clash]) if keep is not None else clash) % n + self.row_base
            raise self.err(translate("ReadError", "this file repeats cells of a file already loaded in the same dataset."), row)
        if below:
            self.meta.warnings.append(translate("ReadError", "Cells suppressed because they were below the anonymity threshold of {k}: {n}.").format(n=below, k=k))
        self.meta.suppressed_cells = n_supp + below
        self.meta.measures = list(dict.fromkeys(c[0] for c in cuts))
        if self.family is not None:
            from .measures import measure_label_en
            self.meta.formats.append(self.family.title_en() + ": " + ", ".join(
                measure_label_en(m, self.meta.slot_minutes, self.meta.period) for m in self.meta.measures))
        if self.zones_wkt:
            existing = self.ds.zones_wkt()
            existing.update(self.zones_wkt)
            self.ds.set_zones(existing, self.meta.crs or self.ds.metadata.crs)

    def _cut_keys(self, kind: str | None, names: list[str], dim_names: list[str]
                  ) -> tuple[list[tuple[str, str, int, str]], np.ndarray, np.ndarray]:
        """The cuts (measure, cut, rank, breakdown names) of the file, the cut of every long row, and per
        distinct value text whether its count is of people (the anonymity threshold applies)."""
        from .model import MEASURES
        if kind != "measure" and ("measure" in self.roles or "cut" in self.roles):
            return self._row_cuts(kind, names, dim_names)
        cut = str(self.mapping.get("cut") or ("dims:" + ",".join(dim_names) if dim_names else ""))
        rank = int(self.mapping.get("rank", 1 + len(dim_names) if dim_names else 0))
        dn = ",".join(dim_names)
        if kind == "measure":
            measures = [self.mapping["measures"][name] for name in names]
        else:
            measures = [str(self.mapping.get("measure") or "presence")]
        for m in measures:
            if m not in MEASURES:
                raise self.err(translate("ReadError", "unknown measure “{measure}” in the mapping; expected one of {measures}.").format(
                    measure=m, measures=", ".join(MEASURES)))
        cuts = [(m, cut, rank, dn) for m in measures]
        if len(cuts) == 1:
            cid = np.zeros(self.n * len(self.parts), dtype=np.int8)
        else:
            cid = np.repeat(np.arange(len(cuts), dtype=np.int8), self.n)
        # which value texts belong to which part (see _values): the threshold is for counts of people
        people = np.concatenate([np.full(len(self.dicts[i]), (measures[j] if len(measures) > 1 else measures[0])
                                         not in ("dwell_seconds",), dtype=np.bool_)
                                 for j, (i, _nm) in enumerate(self.parts)])
        return cuts, cid, people

    def _row_cuts(self, kind: str | None, names: list[str], dim_names: list[str]
                  ) -> tuple[list[tuple[str, str, int, str]], np.ndarray, np.ndarray]:
        """Measure and cut given per row (a Footfall GeoPackage's table): the distinct pairs are the cuts;
        a recognised family's cut keeps its rank."""
        from .formats import family
        from .model import MEASURES
        md, mc = self._role("measure", None, names)
        cd, cc = self._role("cut", None, names)
        present, pairs = self._pairs(mc, len(md), cc, len(cd))
        cuts = []
        for p in present:
            m = (md[p // len(cd)] or "presence").strip()
            c = (cd[p % len(cd)] or "").strip()
            if m not in MEASURES:
                row, _j = self._first_row(pairs.rows() == len(cuts))
                raise self.err(translate("ReadError", "unknown measure “{measure}” in the mapping; expected one of {measures}.").format(
                    measure=m, measures=", ".join(MEASURES)), row, self.headers[self.roles["measure"]] if "measure" in self.roles else None)
            fam = family(c)
            names_c = c[5:].split(",") if c.startswith("dims:") else dim_names
            rank = fam.rank if fam is not None else (1 + len(names_c) if c.startswith("dims:") else 0)
            cuts.append((m, c, rank, ",".join(sorted(n for n in names_c if n))))
        cid = pairs.rows().astype(_key_dtype(len(cuts)))
        people = np.ones(sum(len(self.dicts[i]) for i, _nm in self.parts), dtype=np.bool_)
        if any(c[0] == "dwell_seconds" for c in cuts):
            people[:] = False  # seconds share value texts with counts: the threshold was applied on the first read
        return cuts, cid, people

    def _format_suppression(self, x: np.ndarray, s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """A format's own suppression markers: values that stand for "fewer than the threshold" (Proximus's
        ``-1``) and, where the format says so, ``0`` meaning "below the threshold or none" (CRT Occitanie)."""
        marks = [float(v) for v in (self.mapping.get("suppressed_values") or [])]
        zero = bool(self.mapping.get("zero_suppressed"))
        if not marks and not zero:
            return x, s
        x = x.copy()
        s = s.copy()
        flag = np.isin(x, marks) if marks else np.zeros(len(x), dtype=np.bool_)
        if zero:
            flag |= x == 0
        x[flag] = np.nan
        s[flag] = 1
        return x, s

    def _check_total(self, x: np.ndarray, vc: np.ndarray) -> None:
        """A wide file's derived total column (CRT Occitanie's ``total_occitanie``) is never added in; it is
        checked against the sum of the other columns, and a warning says where it disagrees."""
        total = self.mapping.get("total_column")
        if not total or total not in self.headers:
            return
        i = self.headers.index(total)
        tx, ts = self._parse_values(self.dicts[i])
        t = tx[self.codes_total] if hasattr(self, "codes_total") else None
        if t is None:
            return
        parts = x[vc].reshape(len(self.parts), self.n)
        summed = np.nansum(parts, axis=0)
        ok = ~np.isnan(t) & ~np.isnan(parts).any(axis=0)
        off = ok & (np.abs(summed - t) > np.maximum(1.0, 0.001 * np.abs(t)))
        if off.any():
            j = int(np.flatnonzero(off)[0])
            self.meta.warnings.append(translate("ReadError", "The total column “{column}” differs from the sum of the other columns in {n} rows (first: row {row}, {total} against {sum}); it is not read as a count.").format(
                column=total, n=int(off.sum()), row=j + self.row_base, total=f"{t[j]:g}", sum=f"{summed[j]:g}"))
        else:
            self.meta.warnings.append(translate("ReadError", "The total column “{column}” equals the sum of the other columns; it is not read as a count.").format(column=total))

    def _dim_keys(self) -> tuple[np.ndarray, Breakdowns, list[str]]:
        """The extra breakdowns of every long row: (index into the combinations, the combinations as
        codes, breakdown names). ``NA`` and empty cells are "not disclosed" (kept as ``NA``).

        The combinations are found on the rows' codes with numpy (a counter per possible combination, or
        a sort when there are too many possible ones) and stay codes: MITMA's eight breakdowns make
        hundreds of thousands of combinations in a day, and no Python object is made per combination."""
        spec = self.mapping.get("dimensions") or {}
        cols = [(self.headers.index(h), str(name)) for h, name in spec.items() if h in self.headers]
        parts = len(self.parts)
        if not cols and "dims" in self.roles:  # canonical texts per row (a Footfall GeoPackage)
            from .dataset import dims_pairs
            dd, dc = self._role("dims", None, [name for _i, name in self.parts])
            texts = [dims_text(dims_pairs(v or "")) for v in dd]
            distinct, pos = self._dense(texts)
            combos = Breakdowns.from_texts(distinct)
            return pos.astype(_key_dtype(len(distinct)))[dc], combos, list(combos.names)
        if not cols:
            return np.zeros(self.n * parts, dtype=np.int8), Breakdowns.none(), []
        cols.sort(key=lambda c: c[1])
        per = []  # (name, normalised distinct values, position of each of the column's texts among them)
        for i, name in cols:
            vals = ["NA" if v is None or not str(v).strip() or str(v).strip().upper() in ("NA", "N/A", "NAN", "NULL")
                    else str(v).strip() for v in self.dicts[i]]
            distinct, pos = self._dense(vals)
            per.append((name, distinct, pos.astype(np.int32)))
        # the combinations of the columns' own codes (one multiply-add per column over the rows); the
        # normalisation (" NA" and "" are both NA) is applied to the combinations, not to the rows
        sizes = [len(self.dicts[i]) for i, _name in cols]
        size = 1
        for m in sizes:
            size *= m
        wide = np.int64 if size >= 1 << 31 else np.int32
        comb = self.codes[cols[0][0]].astype(wide)
        for (i, _name), m in zip(cols[1:], sizes[1:]):  # in place: no temporary arrays
            comb *= m
            comb += self.codes[i]
        if size <= 1 << 25:  # a counter per possible combination: no sort
            present = np.flatnonzero(np.bincount(comb, minlength=size))
            where = np.zeros(size, dtype=np.int32)
            where[present] = np.arange(len(present), dtype=np.int32)
            idx = where[comb]
        else:
            present, inv = np.unique(comb, return_inverse=True)
            idx = inv.astype(np.int32).ravel()
        del comb
        raw = np.empty((len(present), len(per)), dtype=np.int32)
        rest = present.astype(np.int64)
        for j in range(len(per) - 1, -1, -1):  # the last column is the lowest digit
            rest, raw[:, j] = np.divmod(rest, sizes[j])
        norm_codes = np.stack([per[j][2][raw[:, j]] for j in range(len(per))], axis=1)
        # two raw combinations may be one once normalised: number the distinct ones (on the combinations)
        key = np.zeros(len(present), dtype=np.int64)
        for j, (_name, distinct, _pos) in enumerate(per):
            key = key * len(distinct) + norm_codes[:, j]
        uniq, first, back = np.unique(key, return_index=True, return_inverse=True)
        if len(uniq) < len(present):
            idx = back.astype(np.int32).ravel()[idx]
            norm_codes = norm_codes[first]
        combos = Breakdowns([name for name, _d, _c in per], [list(d) for _n, d, _c in per], norm_codes)
        idx = idx.astype(_key_dtype(len(combos)))
        return (idx if parts == 1 else np.tile(idx, parts)), combos, [name for name, _d, _c in per]

    def _repeated_cells(self, sizes: tuple[int, ...], keys: list[np.ndarray], x: np.ndarray,
                        vc: np.ndarray) -> np.ndarray | None:
        """Whether two rows give the same cell (zone, start, profile, origin, cut, breakdown): raise when
        their counts differ; when they are the same, return which rows to keep (the first of each cell);
        else None."""
        total = 1
        for size in sizes:
            total *= max(1, size)
        if total < 1 << 62:
            g = keys[0].astype(np.int32 if total < 1 << 31 else np.int64)
            for ids, size in zip(keys[1:], sizes[1:]):  # in place: no temporary arrays
                if size > 1:
                    g *= size
                    g += ids
        else:  # too many to pack in an int64: number the distinct cells first (slower, and rare)
            g = np.unique(np.stack(keys, axis=1), axis=0, return_inverse=True)[1].ravel().astype(np.int64)
            total = int(g.max()) + 1
        if total <= 1 << 27:  # a byte per possible cell: no sort
            seen = np.zeros(total, dtype=np.bool_)
            seen[g] = True
            repeated = int(np.count_nonzero(seen)) < len(g)
            del seen
        else:
            gs = np.sort(g)
            repeated = bool((gs[1:] == gs[:-1]).any())
            del gs
        if not repeated:
            return None
        order = np.argsort(g, kind="stable")
        gs = g[order]
        starts = np.flatnonzero(np.r_[True, gs[1:] != gs[:-1]])
        xv = x[vc[order]]
        same_value = (xv[1:] == xv[:-1]) | (np.isnan(xv[1:]) & np.isnan(xv[:-1]))
        differs = np.r_[False, (gs[1:] == gs[:-1]) & ~same_value]
        rows = order % self.n + self.row_base
        first = np.minimum.reduceat(rows, starts)
        last = np.maximum.reduceat(rows, starts)
        bad = np.add.reduceat(differs.astype(np.int64), starts) > 0
        if bad.any():
            j = int(np.argmin(np.where(bad, first, np.iinfo(np.int64).max)))
            raise self.err(translate("ReadError", "rows {first} and {second} give the same zone, time, profile and origin with different counts; expected one value per cell.").format(
                first=int(first[j]), second=int(last[j])), int(last[j]))
        self.meta.warnings.append(translate("ReadError", "Duplicate rows with identical values, read once: {n}.").format(n=int(len(g) - len(starts))))
        keep = np.zeros(len(g), dtype=np.bool_)
        keep[order[starts]] = True  # the stable sort puts each cell's first row first
        return keep

    def zones_wkt_column(self) -> bool:
        return bool(self.headers) and self.headers[0] == "WKT" and getattr(self, "has_wkt", False)

    def _zones_from_wkt(self) -> None:
        wd, wc = self.dicts[0], self.codes[0]
        zi = self._zone_index()
        zd, zc = self.dicts[zi], self.codes[zi]
        has = np.asarray([bool(v) for v in wd], dtype=np.bool_)[wc]
        rows = np.flatnonzero(has)
        uz, first = np.unique(zc[rows], return_index=True)
        for z, f in zip(uz, first):
            zone = (zd[z] or "").strip()
            if zone:
                self.zones_wkt.setdefault(zone, wd[wc[rows[f]]])

    def _zone_index(self) -> int:
        roles, _, _ = self._roles()
        return roles["zone"]

    # -- counts --------------------------------------------------------------------------------
    def _values(self) -> tuple[list[str | None], np.ndarray, list[str]]:
        """(distinct value texts of every value column, code per long row, header of each part)."""
        n = self.n
        vd: list[str | None] = []
        codes = []
        for i, _name in self.parts:
            codes.append(self.codes[i] + len(vd) if vd else self.codes[i])
            vd.extend(self.dicts[i])
        vc = codes[0] if len(codes) == 1 else np.concatenate(codes)
        assert len(vc) == n * len(self.parts)
        return vd, vc.astype(np.int32, copy=False), [name for _i, name in self.parts]

    def _decimal(self, vd: list[str | None]) -> None:
        sample = [v for v in vd[:200000] if v is not None][:20000]
        self.decimal = self.mapping.get("decimal") or self._guess_decimal(sample)

    def _parse_values(self, vd: list[str | None]) -> tuple[np.ndarray, np.ndarray]:
        """Each distinct value text: (count as float64, NaN when none; 1 when it is a suppression marker)."""
        # a regular expression, not IN (...): DuckDB plans the IN list as a join that lowers and trims
        # every value, where the regular expression only runs on the values that are not numbers
        markers = _lit("^(" + "|".join(re.escape(m) for m in SUPPRESSION_MARKERS) + ")$")
        supp = (f"(l.v IS NULL OR trim(l.v) = '' OR regexp_full_match(lower(trim(l.v)), {markers}) "
                "OR regexp_full_match(trim(l.v), '<\\s*\\d+'))")
        s = "replace(replace(replace(replace(trim(l.v), ' ', ''), chr(160), ''), chr(8239), ''), '''', '')"
        if self.decimal == ",":
            s = f"replace(replace({s}, '.', ''), ',', '.')"
        else:
            s = f"replace({s}, ',', '')"
        # Without '.', ',' or a quote the clean-up can only strip spaces that the cast ignores anyway.
        plain = "CASE WHEN NOT (contains(l.v, '.') OR contains(l.v, ',') OR contains(l.v, '''')) THEN TRY_CAST(l.v AS DOUBLE) END"
        # 'nan', 'inf' and 'infinity' cast to doubles: they are not counts, so x stays NULL (an error)
        res = self.con.execute(
            f"SELECT coalesce(x, 'NaN'::DOUBLE) AS x, CAST(CASE WHEN x IS NOT NULL THEN 0 WHEN {supp} THEN 1 ELSE 0 END AS TINYINT) AS s "
            f"FROM (SELECT l.*, CASE WHEN isfinite(x0) THEN x0 END AS x FROM (SELECT l.*, coalesce({plain}, TRY_CAST({s} AS DOUBLE)) AS x0 "
            "FROM (SELECT unnest($1::VARCHAR[]) AS v, unnest(range(len($1::VARCHAR[]))) AS i) l) l) l ORDER BY i", [vd]).fetchnumpy()
        return np.asarray(res["x"], dtype=np.float64), np.asarray(res["s"], dtype=np.int8)

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

    # -- distinct keys ---------------------------------------------------------------------------
    @staticmethod
    def _pairs(a: np.ndarray, na: int, b: np.ndarray, nb: int, every: bool = True) -> tuple[np.ndarray, _Lazy]:
        """The pairs of codes (a, b) that occur, as a * nb + b sorted, and the index of each row's pair.

        ``every``: each code of ``a`` and of ``b`` occurs in some row, as the codes of a column do.
        """
        if every and (na == 1 or nb == 1):
            # one column: every distinct text of a column occurs (its dictionary is made from the rows)
            return np.arange(na * nb), _Lazy(b if na == 1 else a, None)
        else:
            comb = a.astype(np.int32 if na * nb < 1 << 31 else np.int64) * nb + b
        if na * nb <= 1 << 25:  # a counter per possible pair: no sort
            present = np.flatnonzero(np.bincount(comb, minlength=na * nb))
            if len(present) == na * nb:
                return present, _Lazy(comb, None)
            where = np.full(na * nb, -1, dtype=np.int32)
            where[present] = np.arange(len(present), dtype=np.int32)
            return present, _Lazy(comb, where)
        present, inv = np.unique(comb, return_inverse=True)
        return present, _Lazy(inv.astype(np.int32).ravel(), None)

    @staticmethod
    def _dense(values: list) -> tuple[list, np.ndarray]:
        """The distinct normalised values, sorted, and the position of each input among them."""
        distinct = sorted(set(values), key=lambda v: tuple("" if p is None else p for p in (v if isinstance(v, tuple) else (v,))))
        pos = {v: i for i, v in enumerate(distinct)}
        return distinct, np.asarray([pos[v] for v in values], dtype=_key_dtype(len(distinct)))

    # -- time ----------------------------------------------------------------------------------
    def _time_keys(self, kind: str | None, names: list[str], zid: np.ndarray) -> tuple[np.ndarray, list[tuple[int, int]]]:
        """Slot of every long row and the distinct slots as (start, end) in epoch microseconds."""
        roles = self.roles
        date_format = self.mapping.get("date_format")
        date_role = "datetime" if "datetime" in roles else "date"
        date_col = self.headers[roles[date_role]]
        dd, dc = self._role(date_role, None, names)
        if kind == "hour":
            td, tc = [f"{hour_of_header(nm):02d}:00" for nm in names], np.repeat(np.arange(len(names), dtype=np.int32), self.n)
        else:
            td, tc = self._role("time", None, names)
        present, pairs = self._pairs(dc, len(dd), tc, len(td))
        texts = [(dd[p // len(td)] or "", td[p % len(td)] or "") for p in present]

        def first(i: int) -> int:
            return self._first_row(pairs.rows() == i)[0]

        parsed: list[tuple[dt.datetime, bool, bool]] = []
        for i, (d_text, t_text) in enumerate(texts):
            if not d_text.strip():
                raise self.err(translate("ReadError", "the date is empty; every row needs a date."), first(i), date_col)
            try:
                parsed.append(timeparse.parse_timestamp(d_text, t_text or None, date_format))
            except timeparse.TimeParseError as exc:
                column = date_col
                if t_text and "time" in roles:
                    try:
                        timeparse.parse_date(d_text, date_format)
                        column = self.headers[roles["time"]]
                    except timeparse.TimeParseError:
                        pass
                raise self.err(translate("ReadError", "“{value}” is not a date or time in a known format; expected for example 06/07/2019, 2019-07-06, 14:15 or 2019-07-06T14:15:00+02:00, or give date_format in a mapping file.").format(value=str(exc)), first(i), column, True) from exc
        lo, hi = YEARS
        for i, (v, _h, _a) in enumerate(parsed):
            if not lo <= v.year <= hi:
                raise self.err(translate("ReadError", "the date {value} is outside the years {first} to {last}; check the year and the date format.").format(
                    value=texts[i][0].strip(), first=lo, last=hi), first(i), date_col)
        # ambiguous local times (the repeated autumn hour): the first occurrence is summer time
        ambiguous = [i for i, (v, _h, aware) in enumerate(parsed) if not aware and timeparse.is_ambiguous(v, self.zone)]
        for i, (v, has_time, aware) in enumerate(parsed):
            if not aware and has_time and timeparse.is_nonexistent(v, self.zone):
                raise self.err(translate("ReadError", "the local time {value} does not exist in {tz} (the clocks moved forward); if the file is in UTC or in fixed winter time, choose that time zone.").format(value=v.strftime("%d/%m/%Y %H:%M"), tz=self.zone.key), first(i), date_col)
        fold = None
        kidx = pairs.rows() if ambiguous or "end" in roles else None
        if ambiguous:
            # in the repeated hour, a cell's first row is summer time and its later rows winter time
            rows = np.flatnonzero(np.isin(kidx, ambiguous))
            pd_, pc_ = self._role("profile", kind if kind == "profile" else None, names)
            od_, oc_ = self._role("origin", kind if kind == "origin" else None, names)
            _td, otc_ = self._role("origin_type", None, names)
            part = rows // self.n
            cell = np.stack([zid[rows], kidx[rows], pc_[rows], oc_[rows], otc_[rows], part], axis=1)
            _u, firsts = np.unique(cell, axis=0, return_index=True)
            fold = np.zeros(len(kidx), dtype=np.int32)
            fold[rows] = 1
            fold[rows[firsts]] = 0
        all_has_time = all(h for _v, h, _a in parsed)
        any_has_time = any(h for _v, h, _a in parsed)
        # one entry per key, two for an ambiguous key (its fold 0 and fold 1)
        base = np.zeros(len(parsed), dtype=np.int32)
        utc: list[dt.datetime] = []
        amb = set(ambiguous)
        for i, (v, _h, _a) in enumerate(parsed):
            base[i] = len(utc)
            if i in amb:
                utc.extend(timeparse.to_utc(v, self.zone, f) for f in (0, 1))
            else:
                utc.append(timeparse.to_utc(v, self.zone))
        # slot length
        distinct_utc = sorted(set(utc))
        local_days = sorted({u.astimezone(self.zone).date() for u in distinct_utc})
        if (any_has_time and "end" not in roles and len(distinct_utc) > 1 and not self.mapping.get("slot_minutes")
                and all(u.astimezone(self.zone).time() == dt.time(0) for u in distinct_utc)):
            # every start at local midnight: daily data written with a time (a DST day lasts 23 or 25 hours,
            # not a slot of 1380 or 1500 minutes)
            any_has_time = all_has_time = False
        period = str(self.mapping.get("period") or "")
        if not period and not any_has_time:
            period = self._calendar_period(texts, local_days)
        if period not in ("", "day", "week", "month"):
            raise self.err(translate("ReadError", "unknown period “{period}” in the mapping; expected day, week or month.").format(period=period))
        if period in ("week", "month"):
            any_has_time = False
        if not any_has_time:
            slot = {"week": 7 * 1440, "month": 30 * 1440}.get(period, 1440)
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
        self.meta.period = period if period in ("week", "month") else ""
        ends: list[dt.datetime] = []
        for u in utc:
            if not any_has_time and slot in (1440, 7 * 1440, 30 * 1440):
                day = u.astimezone(self.zone).date()
                if period == "month":
                    nxt = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
                else:
                    nxt = day + dt.timedelta(days=7 if period == "week" else 1)
                ends.append(dt.datetime.combine(nxt, dt.time(0)).replace(tzinfo=self.zone).astimezone(dt.timezone.utc))
            else:
                ends.append(u + dt.timedelta(minutes=slot))
        keys = [(_us(u), _us(e)) for u, e in zip(utc, ends)]
        if fold is None and "end" not in roles:
            slots, pos = self._dense(keys)
            return pairs.take(pos[base]), slots  # one pass over the rows
        entry = base[kidx]
        if fold is not None:
            entry += fold
        if "end" in roles:
            entry, keys = self._explicit_ends(entry, keys, names, date_format)
        slots, pos = self._dense(keys)
        return pos[entry], slots

    def _calendar_period(self, texts: list[tuple[str, str]], days: list[dt.date]) -> str:
        """'month' when the dates are months (``2019-07``, or every date the 1st of a month with a month
        between them), with a warning saying so; '' (days) otherwise, with a warning when the dates are a
        week apart (weekly totals, or one day a week?)."""
        if texts and all(re.fullmatch(r"\s*\d{4}[-/.]\d{1,2}\s*", d or "") for d, _t in texts):
            return "month"
        if len(days) >= 2 and all(d.day == 1 for d in days) and all(
                (b - a).days >= 28 for a, b in zip(days, days[1:])):
            self.meta.warnings.append(translate("ReadError", "Every date is the first of a month, a month apart: the rows are read as monthly periods, not days (give period in a mapping file to change it)."))
            return "month"
        if len(days) >= 2 and all((b - a).days % 7 == 0 for a, b in zip(days, days[1:])):
            self.meta.warnings.append(translate("ReadError", "The dates are a week apart: each row is read as one day; if each row covers a week, give period week in a mapping file."))
        return ""

    def _explicit_ends(self, entry: np.ndarray, keys: list[tuple[int, int]], names: list[str],
                       date_format: str | None) -> tuple[np.ndarray, list[tuple[int, int]]]:
        """An explicit end replaces the computed one, row by row."""
        col = self.headers[self.roles["end"]]
        ed, ec = self._role("end", None, names)
        parsed: list[int | None] = []
        for i, text in enumerate(ed):
            if text is None or text == "":
                parsed.append(None)
                continue
            try:
                v, _h, _aware = timeparse.parse_timestamp(text, None, date_format)
            except timeparse.TimeParseError as exc:
                raise self.err(translate("ReadError", "“{value}” is not a date or time in a known format; expected for example 06/07/2019, 2019-07-06, 14:15 or 2019-07-06T14:15:00+02:00, or give date_format in a mapping file.").format(value=text), self._first_row(ec == i)[0], col) from exc
            if not YEARS[0] <= v.year <= YEARS[1]:
                raise self.err(translate("ReadError", "the date {value} is outside the years {first} to {last}; check the year and the date format.").format(
                    value=text.strip(), first=YEARS[0], last=YEARS[1]), self._first_row(ec == i)[0], col)
            parsed.append(_us(timeparse.to_utc(v, self.zone)))
        present, pairs = self._pairs(entry, len(keys), ec, len(ed), every=False)  # a fold-1 slot may have no row
        idx = pairs.rows()
        new_keys = []
        for p in present:
            start, end = keys[p // len(ed)]
            e = parsed[p % len(ed)]
            new_keys.append((start, end if e is None else e))
        bad = [i for i, (a, b) in enumerate(new_keys) if b <= a]
        if bad:
            raise self.err(translate("ReadError", "the end of the slot is not after its start."), self._first_row(np.isin(idx, bad))[0], col)
        return idx, new_keys

    # -- profiles and origins ----------------------------------------------------------------------
    def _profile_keys(self, kind: str | None, names: list[str]) -> tuple[np.ndarray, list[str]]:
        roles = self.roles
        extra = {norm(k): v for k, v in (self.mapping.get("profile_values") or {}).items()}
        pd_, pc = self._role("profile", kind if kind == "profile" else None, names)
        vals = []
        for i, raw in enumerate(pd_):
            if raw is None or not str(raw).strip():
                if "profile" in roles:
                    raise self.err(translate("ReadError", "the profile is empty; expected a visitor category such as Touristes, dagbezoekers or residents."), self._first_row(pc == i)[0], self.headers[roles["profile"]])
                prof = "all"
            else:
                n = norm(raw)
                prof = extra.get(n) or PROFILE_VALUES.get(n)
                if prof is None:
                    row, j = self._first_row(pc == i)
                    col = self.headers[roles["profile"]] if "profile" in roles else names[j // self.n]
                    raise self.err(translate("ReadError", "unknown visitor category “{value}”; expected residents, day visitors, overnight visitors, commuters, transit, visitors or total (in English, Dutch or French), or map it with profile_values in a mapping file.").format(value=raw), row, col, True)
            vals.append(prof)
        profiles, pos = self._dense(vals)
        return pos[pc], profiles

    def _origin_keys(self, kind: str | None, names: list[str]) -> tuple[np.ndarray, list[tuple[str, str | None]]]:
        od, oc = self._role("origin", kind if kind == "origin" else None, names)
        td, tc = self._role("origin_type", None, names)
        present, pairs = self._pairs(tc, len(td), oc, len(od))
        vals = []
        unknown: list[str] = []
        fixed = self.mapping.get("origin_type") if "origin_type" not in self.roles else None
        empty = self.mapping.get("origin_empty") if "origin" in self.roles else None
        for p in present:
            t, k = td[p // len(od)], od[p % len(od)]
            if empty and (k is None or not str(k).strip() or str(k).strip().upper() in ("NA", "N/A")):
                vals.append(("special", str(empty)))
                continue
            otype, code = normalise_origin(fixed or t, k, self.country)
            if otype == "unknown" and code is not None:
                unknown.append(str(k))
            vals.append((otype, code))
        if unknown:
            shown = ", ".join(sorted(unknown)[:10])
            self.meta.warnings.append(translate("ReadError", "Origins not recognised, kept as unknown: {n} ({values}).").format(n=len(unknown), values=shown))
        origins, pos = self._dense(vals)
        return pairs.take(pos), origins


def _key_dtype(n: int) -> type:
    """The smallest integer type for keys 0 .. n - 1: at 50 million rows, 16-bit keys save 100 MB each."""
    return np.int8 if n <= 1 << 7 else np.int16 if n <= 1 << 15 else np.int32


class _Lazy:
    """Per row, the index of its pair: ``remap[codes]``, only computed when asked for."""

    def __init__(self, codes: np.ndarray, remap: np.ndarray | None) -> None:
        self.codes, self.remap = codes, remap

    def rows(self) -> np.ndarray:
        return self.codes if self.remap is None else self.remap[self.codes]

    def take(self, values: np.ndarray) -> np.ndarray:
        """``values[rows()]`` in one pass over the rows."""
        return (values if self.remap is None else values[self.remap])[self.codes]


def _us(t: dt.datetime) -> int:
    """Epoch microseconds of an aware datetime, exactly."""
    delta = t - _EPOCH
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def excel_error(exc: Exception) -> str:
    """Why an XLSX workbook cannot be opened, translated: openpyxl's own text for a file that is not a
    workbook ("File is not a zip file", "There is no item named '[Content_Types].xml'") is never shown."""
    import zipfile
    if isinstance(exc, (zipfile.BadZipFile, KeyError)):
        return translate("ReadError", "this is not an XLSX workbook: the file is damaged or cut short, or it is another "
                                      "kind of file with an .xlsx name.")
    return translate("ReadError", "this is not a readable XLSX workbook: {error}").format(error=exc)


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
