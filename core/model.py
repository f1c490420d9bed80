"""The Footfall data model: the long ``footfall`` table, the ``zones`` layer and dataset metadata.

See ``docs/data-model.md``. Nothing here imports ``qgis``.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import math
from pathlib import Path
from typing import Any

#: Visitor profiles, in the order used by the interface.
PROFILES: tuple[str, ...] = (
    "resident",
    "day_visitor",
    "overnight_visitor",
    "commuter",
    "transit",
    "visitor",
    "all",
)

#: Kinds of origin ("most probable residence").
ORIGIN_TYPES: tuple[str, ...] = ("postcode", "municipality", "department", "country", "unknown")

#: Columns of the long ``footfall`` table, with their DuckDB types.
FOOTFALL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("zone_id", "VARCHAR"),
    ("start", "TIMESTAMPTZ"),
    ("end", "TIMESTAMPTZ"),
    ("profile", "VARCHAR"),
    ("origin_type", "VARCHAR"),
    ("origin_code", "VARCHAR"),
    ("count", "DOUBLE"),
    ("suppressed", "TINYINT"),
)

#: Default anonymity threshold (Proximus aggregates groups of at least 30 people).
DEFAULT_THRESHOLD = 30

#: Default precision claimed by operators (about 90 %), used as the relative margin of counts.
DEFAULT_PRECISION = 0.10


@dataclasses.dataclass
class DatasetMetadata:
    """What is known about one imported export, carried into every output and report."""

    operator: str = ""
    source_name: str = ""
    source_sha256: str = ""
    timezone: str = "Europe/Brussels"
    slot_minutes: int | None = None
    threshold: int = DEFAULT_THRESHOLD
    precision: float = DEFAULT_PRECISION
    extrapolation: str = ""
    crs: str = ""
    encoding: str = ""
    delimiter: str = ""
    layout: str = ""
    header_language: str = ""
    rows_read: int = 0
    suppressed_cells: int = 0
    warnings: list[str] = dataclasses.field(default_factory=list)

    def to_json(self) -> str:
        """Serialise as a JSON object."""
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DatasetMetadata:
        """Build from a dictionary, ignoring unknown keys."""
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


# -- small parameter tables typed by users (spend table, age bands, visitors) --------------------------
def table_number(raw: Any) -> float | None:
    """A number from a cell of a small table a user typed: None when empty, NaN when not a number
    (the caller names the cell); a decimal comma and spaces as thousands separators are accepted."""
    if raw is None:
        return None
    if isinstance(raw, (int, float)):
        return float(raw)
    s = str(raw).strip().replace("\u00a0", "").replace(" ", "")
    if not s or s.upper() == "NULL":
        return None
    if "," in s and "." not in s:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return math.nan


def table_records(path: str | Path) -> list[dict[str, str]]:
    """The rows of a small CSV table a user typed (',' or ';' separated, UTF-8 with or without BOM)."""
    text = Path(path).read_text(encoding="utf-8-sig")
    head = text.split("\n", 1)[0]
    return list(csv.DictReader(text.splitlines(), delimiter=";" if head.count(";") > head.count(",") else ","))

