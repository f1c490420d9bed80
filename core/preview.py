"""A preview of an export's first rows and the roles detection gives its columns (for the mapping dialog)."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path
from typing import Any

from .errors import ReadError
from .readers import EXCEL_SUFFIXES, ROLES, _excel_cell, excel_error
from .sniff import detect_encoding, detect_layout, head_lines
from .vocab import PROFILE_VALUES, header_role, hour_of_header, norm

#: Roles a column can take in the mapping dialog: the long roles plus the three wide kinds.
COLUMN_CHOICES: tuple[str, ...] = ("", *ROLES, "wide_profile", "wide_hour", "wide_origin")


@dataclasses.dataclass
class Preview:
    """What the mapping dialog shows."""

    encoding: str
    delimiter: str
    header: list[str]
    rows: list[list[str]]
    roles: list[str]  # one of COLUMN_CHOICES per column


def preview(path: str | Path, mapping: dict[str, Any] | None = None, limit: int = 20) -> Preview:
    """Read the header and the first ``limit`` rows of an export and guess each column's role."""
    path = Path(path)
    mapping = mapping or {}
    if path.suffix.lower() in EXCEL_SUFFIXES:
        import openpyxl
        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:
            raise ReadError(excel_error(exc), path) from exc
        lines = []
        for i, row in enumerate(wb.worksheets[0].iter_rows(values_only=True)):
            buf = io.StringIO()
            csv.writer(buf, delimiter=";").writerow([_excel_cell(v) for v in row])
            lines.append(buf.getvalue().rstrip("\r\n"))
            if i > limit + 30:
                break
        wb.close()
        encoding = "xlsx"
    else:
        encoding = mapping.get("encoding") or detect_encoding(path)
        lines = head_lines(path, encoding, limit + 40)
    delim, idx, header = detect_layout(lines, mapping.get("delimiter"))
    rows = list(csv.reader(io.StringIO("\n".join(lines[idx + 1:])), delimiter=delim))[:limit]
    cols = mapping.get("columns") or {}
    by_name = {v: k for k, v in cols.items()}
    wide = mapping.get("wide") or {}
    roles = []
    seen: set[str] = set()
    for h in header:
        role = by_name.get(h)
        if role is None and h in wide.get("columns", []):
            role = f"wide_{wide.get('kind', 'profile')}"
        if role is None:
            r = header_role(h)
            if r and r not in seen:
                role = r
            elif norm(h) in PROFILE_VALUES:
                role = "wide_profile"
            elif hour_of_header(h) is not None:
                role = "wide_hour"
            else:
                role = ""
        seen.add(role)
        roles.append(role)
    return Preview(encoding, delim, header, rows, roles)


def mapping_from_roles(pv: Preview, roles: list[str], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The mapping (JSON-ready) that the dialog's choices stand for."""
    out: dict[str, Any] = {"columns": {}, "delimiter": pv.delimiter}
    if pv.encoding not in ("xlsx",):
        out["encoding"] = pv.encoding
    wide_cols: dict[str, list[str]] = {}
    for name, role in zip(pv.header, roles):
        if role.startswith("wide_"):
            wide_cols.setdefault(role[5:], []).append(name)
        elif role:
            out["columns"][role] = name
    if wide_cols:
        kind = max(wide_cols, key=lambda k: len(wide_cols[k]))
        out["wide"] = {"kind": kind, "columns": wide_cols[kind]}
    out.update({k: v for k, v in (extra or {}).items() if v not in (None, "")})
    return out
