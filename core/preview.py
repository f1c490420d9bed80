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

#: Roles a column can take in the mapping dialog: the long roles (not the measure, cut and breakdown text
#: columns of Footfall's own GeoPackage), an extra breakdown (``dimension``: age band, sex, distance…,
#: kept and filterable), a number that is not a count (``not_count``: never summed), and the three wide kinds.
COLUMN_CHOICES: tuple[str, ...] = ("", *(r for r in ROLES if r not in ("measure", "cut", "dims")), "dimension",
                                   "not_count", "wide_profile", "wide_hour", "wide_origin")


@dataclasses.dataclass
class Preview:
    """What the mapping dialog shows."""

    encoding: str
    delimiter: str
    header: list[str]
    rows: list[list[str]]
    roles: list[str]  # one of COLUMN_CHOICES per column
    #: settings of the known format the file (nearly) is: decimal, date_format, measure, timezone…
    suggested: dict = dataclasses.field(default_factory=dict)


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
    dims, ignore = dict(mapping.get("dimensions") or {}), dict(mapping.get("ignore") or {})
    suggested: dict = {}
    if not cols:
        # a file that is (nearly) a known format: the format's columns, breakdowns and non-counts as the
        # best guesses
        from .formats import near_miss, recognise
        m = recognise(header, path.name)
        fam_map = m.mapping if m is not None else None
        if fam_map is None:
            near = near_miss(header, path.name)
            fam_map = near.family.mapping(header) if near is not None else None
        if fam_map:
            suggested = {k: fam_map[k] for k in ("decimal", "date_format", "measure", "timezone", "origin_type")
                         if fam_map.get(k)}
            cols = fam_map.get("columns") or {}
            dims.update(fam_map.get("dimensions") or {})
            ignore.update(fam_map.get("ignore") or {})
    by_name = {v: k for k, v in cols.items()}
    by_name.update({h: "dimension" for h in dims if h not in by_name})
    by_name.update({h: "not_count" for h in ignore if h not in by_name})
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
    return Preview(encoding, delim, header, rows, roles, suggested)


def mapping_from_roles(pv: Preview, roles: list[str], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The mapping (JSON-ready) that the dialog's choices stand for."""
    out: dict[str, Any] = {"columns": {}, "delimiter": pv.delimiter}
    if pv.encoding not in ("xlsx",):
        out["encoding"] = pv.encoding
    wide_cols: dict[str, list[str]] = {}
    for name, role in zip(pv.header, roles):
        if role == "dimension":  # an extra breakdown, named by its column
            out.setdefault("dimensions", {})[name] = name
        elif role == "not_count":
            out.setdefault("ignore", {})[name] = ""
        elif role.startswith("wide_"):
            wide_cols.setdefault(role[5:], []).append(name)
        elif role:
            out["columns"][role] = name
    if wide_cols:
        kind = max(wide_cols, key=lambda k: len(wide_cols[k]))
        out["wide"] = {"kind": kind, "columns": wide_cols[kind]}
    out.update({k: v for k, v in (extra or {}).items() if v not in (None, "")})
    return out
