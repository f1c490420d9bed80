"""Sniff a text export: its encoding, delimiter and header row."""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

from .errors import ReadError
from .i18n import translate
from .vocab import PROFILE_VALUES, header_role, hour_of_header, norm

DELIMITERS = (";", ",", "\t", "|")
_HEAD_BYTES = 1 << 20
#: The longest line the reader takes (DuckDB's own limit): anything longer is not a footfall export,
#: or a file whose line ends were lost; it is refused without being read into memory.
MAX_LINE_BYTES = 1 << 21


def is_gzip(path: Path) -> bool:
    """A gzip-compressed export (``.csv.gz``, ``.txt.gz``), by its magic bytes."""
    try:
        with Path(path).open("rb") as fh:
            return fh.read(2) == b"\x1f\x8b"
    except OSError:
        return False


def open_bytes(path: Path):
    """The file's bytes, decompressed when it is gzip."""
    if is_gzip(path):
        import gzip
        return gzip.open(path, "rb")
    return Path(path).open("rb")


def _read_head(path: Path) -> bytes:
    import zlib
    try:
        with open_bytes(path) as fh:
            return fh.read(_HEAD_BYTES)
    except (OSError, EOFError, zlib.error) as exc:
        raise ReadError(translate("ReadError", "the compressed file cannot be read: {error}").format(error=exc), path) from exc


def detect_encoding(path: Path) -> str:
    """Return 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-8', 'cp1252' or 'latin-1'."""
    head = _read_head(path)
    if not head.strip():
        raise ReadError(translate("ReadError", "the file is empty."), path)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    n = len(head) // 2
    if n >= 2:
        even_nul, odd_nul = head[0::2].count(0), head[1::2].count(0)
        if odd_nul > 0.3 * n and even_nul < 0.05 * n:
            return "utf-16-le"
        if even_nul > 0.3 * n and odd_nul < 0.05 * n:
            return "utf-16-be"
    if b"\x00" in head:
        raise ReadError(translate("ReadError", "this is not a text file (it holds binary data); expected a CSV, XLSX, Parquet, GeoPackage or GeoJSON export."), path)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) < _HEAD_BYTES)
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and len(head) < _HEAD_BYTES:
            raise ReadError(translate("ReadError", "the file ends in the middle of a character: it was cut short; copy or export it again."),
                            path, head.count(b"\n") + 1) from exc
        _refuse_mixed_utf8(path, head, exc.start)
    if any(0x80 <= b <= 0x9F for b in head):
        try:
            head.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            return "latin-1"
    return "latin-1"  # no byte in 0x80–0x9F: Latin-1 and cp1252 read the same


def _refuse_mixed_utf8(path: Path, head: bytes, first_bad: int) -> None:
    """Raise when the head is mostly UTF-8 with a few bytes of another encoding (two files pasted
    together, or a row edited in another program): guessing one encoding would corrupt the other rows."""
    text = head.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    valid = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    if valid and valid * 4 >= invalid:
        line = head[:first_bad].count(b"\n") + 1
        raise ReadError(translate("ReadError", "the file mixes UTF-8 and another encoding (byte 0x{byte:02X} is not UTF-8); save the whole file again in one encoding, UTF-8, or give the encoding in a mapping file.").format(
            byte=head[first_bad]), path, line)


def transcode_to_utf8(path: Path, encoding: str, dest: Path, chunk: int = 1 << 24) -> None:
    """Write ``path`` decoded from ``encoding`` to ``dest`` as UTF-8, in chunks."""
    dec = codecs.getincrementaldecoder(encoding)(errors="strict")
    with open_bytes(path) as src, dest.open("wb") as out:
        offset = 0
        while True:
            data = src.read(chunk)
            try:
                text = dec.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                if not data:  # the decoder holds the start of a character at the end of the file
                    raise ReadError(translate("ReadError", "the file ends in the middle of a character: it was cut short; copy or export it again."),
                                    path, _line_of(path, offset)) from exc
                # the decoder may still hold a few bytes of the previous chunk: exc.start counts them
                held = len(exc.object) - len(data)
                line = _line_of(path, max(0, offset + exc.start - held))
                raise ReadError(
                    translate("ReadError", "byte 0x{byte:02X} is not valid in the {encoding} encoding; save the file as UTF-8 or give the encoding in a mapping file.").format(
                        byte=exc.object[exc.start], encoding=encoding), path, line) from exc
            if text:
                if text[0] == "\ufeff" and offset == 0:
                    text = text[1:]
                out.write(text.encode("utf-8"))
            if not data:
                break
            offset += len(data)


def _line_of(path: Path, byte_offset: int, chunk: int = 1 << 24) -> int:
    """The line (1, 2, ...) holding ``byte_offset``; the file is read in chunks, never whole."""
    lines, left = 1, byte_offset
    with path.open("rb") as fh:
        while left > 0:
            data = fh.read(min(chunk, left))
            if not data:
                break
            lines += data.count(b"\n")
            left -= len(data)
    return lines


def first_long_line(path: Path, limit: int = MAX_LINE_BYTES) -> int | None:
    """The number (1, 2, ...) of the first line longer than ``limit`` bytes, or None.

    DuckDB's CSV reader skips an over-long last line without a word, and a parser fed a line of
    gigabytes takes minutes, so the reader refuses such files before reading them. The file is mapped,
    not read: a run of more than ``limit`` bytes without a line break always covers a whole aligned block
    of ``(limit + 1) // 2`` bytes, so one memchr from the start of each block (it stops at the first line
    break, a few bytes in) finds every candidate, and only a candidate's surroundings are read. A
    10-million-row export is checked in milliseconds, in bounded memory however long a line is.
    """
    import mmap
    if is_gzip(path):
        return None  # a compressed file cannot be mapped; the parsers' own limits apply
    size = path.stat().st_size
    if size <= limit:
        return None
    block = (limit + 1) // 2
    with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        k = 0
        while k < size:
            if mm.find(b"\n", k, min(k + block, size)) >= 0:
                k += block
                continue
            start = mm.rfind(b"\n", 0, k) + 1  # the line holding this block starts here
            end = mm.find(b"\n", k)
            end = size if end < 0 else end
            if end - start > limit:
                return _line_of(path, start)
            k = end + 1
    return None


def head_lines(path: Path, encoding: str, limit: int = 200) -> list[str]:
    """The first ``limit`` lines of the file, decoded."""
    raw = _read_head(path)
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(raw, final=False)
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    if len(raw) == _HEAD_BYTES and lines:
        if len(lines) == 1:
            raise ReadError(translate("ReadError", "the line is longer than {mb} MB; this is not a delimited text export, or its line ends were lost.").format(
                mb=_HEAD_BYTES >> 20), path, 1)
        lines = lines[:-1]  # maybe cut in the middle
    return lines[:limit]


_DATE_CELL = re.compile(r"^(\d{4}[-/.]?\d{2}[-/.]?\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})([ T].*)?$")


def _header_score(cells: list[str]) -> int:
    if any(_DATE_CELL.match(c.strip()) for c in cells):
        return 0  # a row holding a date is a data row (its '19', '01', '00' are not hour headers)
    from .formats import header_signature_score
    score = sum(1 for c in cells if header_role(c) or norm(c) in PROFILE_VALUES)
    hours = sum(1 for c in cells if hour_of_header(c) is not None)
    return score + (hours if hours >= 3 else 0) + 2 * header_signature_score(cells)


def detect_layout(lines: list[str], delimiter: str | None = None, names: list[str] | None = None
                  ) -> tuple[str, int, list[str]]:
    """Return (delimiter, header line index, header cells) for the first lines of a file.

    ``names`` are column names that a mapping file says the header holds.
    """
    best = None
    for d in ([delimiter] if delimiter else DELIMITERS):
        rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=d))
        counts = [len(r) for r in rows if any(c.strip() for c in r)]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        consistent = counts.count(mode)
        key = (consistent, mode)
        if best is None or key > best[0]:
            best = (key, d, rows, mode)
    if best is None:
        raise ReadError(translate("ReadError", "no column separator found; expected “;”, “,”, tab or “|” between columns."))
    _, d, rows, mode = best
    header_idx = None
    if names:
        want = {n.strip() for n in names}
        for i, r in enumerate(rows[:30]):
            if want <= {c.strip() for c in r}:
                header_idx = i
                break
    for i, r in enumerate(rows[:30]):
        if header_idx is not None:
            break
        if len(r) == mode and sum(1 for c in r if c.strip()) >= max(2, mode // 2) and _header_score(r) > 0:
            header_idx = i
            break
    if header_idx is None:
        for i, r in enumerate(rows[:30]):
            if len(r) == mode and sum(1 for c in r if c.strip()) >= max(2, mode // 2):
                header_idx = i
                break
    if header_idx is None:
        header_idx = 0
    header = [c.strip() for c in rows[header_idx]]
    return d, header_idx, header
