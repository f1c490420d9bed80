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
ORIGIN_TYPES: tuple[str, ...] = ("postcode", "municipality", "department", "country", "zone", "country_group",
                                 "group", "special", "unknown")

#: What a count measures (see docs/data-model.md, "Measures"). Every row of the model has one; no
#: aggregate ever adds two measures together. In the order a default is chosen:
#:
#: - ``presence``: distinct people seen in the zone during the slot, as extrapolated by the operator. For
#:   a slot shorter than a day, the people present (the same person counts again in every slot); for a
#:   day, a week or a month, the distinct visitors of that day, week or month (Flux Vision *Diurne*,
#:   Proximus *visitors*).
#: - ``nights``: nights spent in the zone (one person sleeping there one night is one night): Flux
#:   Vision *Nuitée*, MITMA *Pernoctaciones*, CRT Occitanie.
#: - ``trips``: trips (MITMA *viajes*, fractional after expansion), from an origin to a destination.
#: - ``overnight_population``: people whose overnight zone is the zone, per day (MITMA *Personas*).
#: - ``tourists``: tourists (people who spent at least one night away from home) per period (INE).
#: - ``customers``: the operator's own customers seen, not extrapolated (Proximus *nrofimsi*).
#: - ``dwell_seconds``: total time spent in the zone, in seconds (Proximus *est_staytime*).
MEASURES: tuple[str, ...] = ("presence", "nights", "trips", "overnight_population", "tourists", "customers",
                             "dwell_seconds")

#: Columns of the long ``footfall`` table, with their DuckDB types. ``measure`` says what ``count`` is;
#: ``cut`` names the breakdown a row belongs to ('' for a plain export; a recognised format's family,
#: such as ``fluxvision.nuitee_departement``): rows of two cuts of one measure describe the same people
#: twice and are never added together; ``dims`` holds the extra breakdowns of the row ('' when none) as
#: ``name=value`` pairs separated by ``;`` (``age=25-45;sex=NA``; ``NA`` is "not disclosed").
FOOTFALL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("zone_id", "VARCHAR"),
    ("start", "TIMESTAMPTZ"),
    ("end", "TIMESTAMPTZ"),
    ("profile", "VARCHAR"),
    ("origin_type", "VARCHAR"),
    ("origin_code", "VARCHAR"),
    ("measure", "VARCHAR"),
    ("cut", "VARCHAR"),
    ("dims", "VARCHAR"),
    ("count", "DOUBLE"),
    ("suppressed", "TINYINT"),
)

#: Kinds of origin beyond places: ``zone`` (a zone of the dataset's own zoning, as in MITMA's
#: district-to-district trips), ``country_group`` (``DK+SE+NO``, ``BE+LU``), ``group`` (Flux Vision's
#: provenance: ``local``, ``rest_of_country``, ``abroad``) and ``special`` (``outside`` for MITMA's
#: *externo*, ``foreign`` for Proximus's *Foreigner*, ``other_countries`` for *Autres*).
ORIGIN_KINDS_EXTRA: tuple[str, ...] = ("zone", "country_group", "group", "special")

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
    #: the recognised format of each file ("Orange Flux Vision — Nuitée by département: nights"), in English
    formats: list[str] = dataclasses.field(default_factory=list)
    #: ids of the recognised format families (core/formats), one per file that had one
    format_ids: list[str] = dataclasses.field(default_factory=list)
    #: the measures the dataset holds (see MEASURES)
    measures: list[str] = dataclasses.field(default_factory=list)
    #: the operator leaves out rows below this value (Flux Vision: 20; INE: 30): a missing row is not a zero
    absent_below: int | None = None
    #: zones may contain one another (a département and its EPCIs): never add counts across zones
    nested_zones: bool = False
    #: the length of a period when it is a calendar unit ('week', 'month'), else ''
    period: str = ""
    #: columns of the files that were read but are not counts and never summed ("VacancesA: calendar flag")
    ignored_columns: list[str] = dataclasses.field(default_factory=list)

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

