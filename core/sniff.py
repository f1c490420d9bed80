"""Sniff a text export: its encoding, delimiter and header row."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from .errors import ReadError
from .i18n import translate
from .vocab import PROFILE_VALUES, header_role, hour_of_header, norm

DELIMITERS = (";", ",", "\t", "|")
_HEAD_BYTES = 1 << 20


def detect_encoding(path: Path) -> str:
    """Return 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-8', 'cp1252' or 'latin-1'."""
    with path.open("rb") as fh:
        head = fh.read(_HEAD_BYTES)
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
    except UnicodeDecodeError:
        pass
    if any(0x80 <= b <= 0x9F for b in head):
        try:
            head.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            return "latin-1"
    return "latin-1"  # no byte in 0x80–0x9F: Latin-1 and cp1252 read the same


def transcode_to_utf8(path: Path, encoding: str, dest: Path, chunk: int = 1 << 24) -> None:
    """Write ``path`` decoded from ``encoding`` to ``dest`` as UTF-8, in chunks."""
    dec = codecs.getincrementaldecoder(encoding)(errors="strict")
    with path.open("rb") as src, dest.open("wb") as out:
        offset = 0
        while True:
            data = src.read(chunk)
            try:
                text = dec.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                line = _line_of(path, offset + exc.start)
                raise ReadError(
                    translate("ReadError", "byte 0x{byte:02X} is not valid in the {encoding} encoding; save the file as UTF-8 or give the encoding in a mapping file.").format(
                        byte=data[exc.start], encoding=encoding), path, line) from exc
            if text:
                if text[0] == "\ufeff" and offset == 0:
                    text = text[1:]
                out.write(text.encode("utf-8"))
            if not data:
                break
            offset += len(data)


def _line_of(path: Path, byte_offset: int) -> int:
    with path.open("rb") as fh:
        return fh.read(byte_offset).count(b"\n") + 1


def head_lines(path: Path, encoding: str, limit: int = 200) -> list[str]:
    """The first ``limit`` lines of the file, decoded."""
    with path.open("rb") as fh:
        raw = fh.read(_HEAD_BYTES)
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(raw, final=False)
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    if len(raw) == _HEAD_BYTES and lines:
        lines = lines[:-1]  # maybe cut in the middle
    return lines[:limit]


def _header_score(cells: list[str]) -> int:
    score = sum(1 for c in cells if header_role(c) or norm(c) in PROFILE_VALUES)
    hours = sum(1 for c in cells if hour_of_header(c) is not None)
    return score + (hours if hours >= 3 else 0)


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
