"""Known file formats of operators and statistics offices, recognised from their header and file name.

Each module of this package describes one product: a few :class:`Family` objects, one per file family
(Flux Vision *Nuitee_Departement*, MITMA *Viajes*…), that say which column plays which role, what the
numbers measure, which columns are extra breakdowns, which are not counts, and how the product marks
suppressed cells. A family is only a description: :meth:`Family.mapping` turns it into the mapping the
readers already take from a user's mapping file, so that adding the next operator is a new module here,
never a new branch in the reader. Sources and meanings: ``docs/formats.md``.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import pkgutil
import re
from typing import Any, Sequence

from ..i18n import quoted, translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pylupdate5 extracts
    """Mark ``text`` for translation in ``context`` without translating it now (see :func:`tr_label`)."""
    return text


#: Context of the formats' translated names.
CONTEXT = "Formats"


def tr_label(text: str) -> str:
    """A product or family name, translated at the time it is shown."""
    return translate(CONTEXT, text)


def _key(header: str) -> str:
    return str(header).replace("\ufeff", "").strip().lower()


@dataclasses.dataclass(frozen=True)
class Family:
    """One file family of a product, described declaratively.

    ``columns`` maps a reader role (zone, date, time, origin, profile, count) to the header names that
    hold it (the first present is taken); ``measures`` maps headers of several count columns to their
    measure (instead of ``count`` + ``measure``); ``dims`` maps headers to the name of the breakdown they
    are; ``ignore`` maps headers that are not counts to why; ``optional`` lists other headers the family
    may have. ``file_name`` is a regular expression the file name must match (searched, case ignored)
    when the header alone cannot tell two families apart. ``options`` go into the reader's mapping as
    they are (delimiter, decimal, date_format, timezone, country, origin_type, profile_values,
    suppressed_values, zero_suppressed, date_from_name, period, wide, total_column, threshold,
    absent_below, nested_zones, origin_empty).
    """

    id: str
    product: str
    label: str
    source: str
    columns: dict[str, tuple[str, ...]]
    measure: str = ""
    measures: dict[str, str] = dataclasses.field(default_factory=dict)
    dims: dict[str, str] = dataclasses.field(default_factory=dict)
    ignore: dict[str, str] = dataclasses.field(default_factory=dict)
    optional: tuple[str, ...] = ()
    file_name: str = ""
    rank: int = 1
    options: dict[str, Any] = dataclasses.field(default_factory=dict)
    #: the kind of bundled boundaries (core.boundaries) whose ids are the family's zone ids: the import
    #: joins them when no zone layer is given ('' when none is bundled)
    zones: str = ""
    #: where the zone polygons come from when none are bundled, said to the user (marked for translation)
    zone_layer: str = ""

    # -- matching --------------------------------------------------------------------------------
    def required(self) -> list[tuple[str, ...]]:
        """Alternatives of every header the family needs."""
        req = [alts for alts in self.columns.values()]
        req += [(h,) for h in self.measures]
        req += [(h,) for h in self.dims if not any(_key(h) in map(_key, a) for a in req)]
        return req

    def known(self) -> set[str]:
        """Every header the family may have (normalised)."""
        out = {_key(h) for alts in self.columns.values() for h in alts}
        out |= {_key(h) for h in (*self.measures, *self.dims, *self.ignore, *self.optional)}
        return out

    def missing(self, headers: Sequence[str]) -> list[str]:
        """The required headers (first alternative) not in ``headers``."""
        have = {_key(h) for h in headers}
        return [alts[0] for alts in self.required() if not any(_key(a) in have for a in alts)]

    def unexpected(self, headers: Sequence[str]) -> list[str]:
        """Headers the family does not know."""
        known = self.known()
        wide = self.options.get("wide") or {}
        pat = re.compile(wide["pattern"]) if wide.get("pattern") else None
        return [h for h in headers if _key(h) not in known and not (pat and pat.match(h.strip()))]

    def fits(self, headers: Sequence[str], file_name: str) -> bool:
        """Every required header is there, the file name fits, the wide columns (if any) are there, and
        few headers are foreign to the family (none for a family of fewer than three columns)."""
        if self.missing(headers) or not self.name_matches(file_name):
            return False
        wide = self.options.get("wide") or {}
        if wide.get("pattern"):
            pat = re.compile(wide["pattern"])
            if sum(1 for h in headers if pat.match(h.strip())) < 2:
                return False
        required = len(self.required())
        allowed = 0 if required < 3 else max(2, len(headers) // 4)
        return len(self.unexpected(headers)) <= allowed

    def name_matches(self, file_name: str) -> bool:
        """The file name fits the family (always true for a family without a file-name pattern)."""
        return not self.file_name or re.search(self.file_name, file_name or "", re.I) is not None

    def title(self) -> str:
        """'Orange Flux Vision — Nuitée by département', translated."""
        return f"{tr_label(self.product)} — {tr_label(self.label)}"

    def title_en(self) -> str:
        """The same in English (for metadata that outlives the interface's language)."""
        return f"{self.product} — {self.label}"

    # -- the reader's mapping ----------------------------------------------------------------------
    def mapping(self, headers: Sequence[str]) -> dict[str, Any]:
        """The reader's mapping for a file of this family with these headers."""
        actual = {_key(h): h for h in headers}

        def find(alts: Sequence[str]) -> str | None:
            for a in alts:
                if _key(a) in actual:
                    return actual[_key(a)]
            return None

        cols = {role: find(alts) for role, alts in self.columns.items()}
        out: dict[str, Any] = {"columns": {r: h for r, h in cols.items() if h is not None}}
        if self.measure:
            out["measure"] = self.measure
        if self.measures:
            out["measures"] = {actual[_key(h)]: m for h, m in self.measures.items() if _key(h) in actual}
        dims = {actual[_key(h)]: d for h, d in self.dims.items() if _key(h) in actual}
        if dims:
            out["dimensions"] = dims
        ign = {actual[_key(h)]: why for h, why in self.ignore.items() if _key(h) in actual}
        total = _key((self.options.get("wide") or {}).get("total") or "")
        ign.update({actual[_key(h)]: "" for h in self.optional
                    if _key(h) in actual and actual[_key(h)] not in ign and _key(h) != total})
        if ign:
            out["ignore"] = ign
        out["cut"] = self.id
        out["rank"] = self.rank
        out["format"] = self.id
        for k, v in self.options.items():
            if k == "wide":
                pat = re.compile(v["pattern"])
                wcols = [h for h in headers if pat.match(h.strip())]
                total = v.get("total")
                out["wide"] = {"kind": v["kind"], "columns": wcols,
                               "names": {h: pat.match(h.strip()).group(1) for h in wcols}}
                if total and find((total,)):
                    out["total_column"] = find((total,))
            else:
                out[k] = v
        return out


@dataclasses.dataclass
class Match:
    """A family recognised for a file."""

    family: Family
    mapping: dict[str, Any]


@dataclasses.dataclass
class NearMiss:
    """The known family a file comes closest to, and what differs."""

    family: Family
    missing: list[str]
    unexpected: list[str]
    name_differs: bool

    def message(self) -> str:
        """What differs, translated."""
        parts = []
        if self.missing:
            parts.append(translate("Formats", "missing column(s): {columns}").format(
                columns=", ".join(quoted(c) for c in self.missing)))
        if self.unexpected:
            parts.append(translate("Formats", "column(s) it does not have: {columns}").format(
                columns=", ".join(quoted(c) for c in self.unexpected[:8])))
        if self.name_differs:
            parts.append(translate("Formats", "the file name does not say which family it is (expected a name like {pattern})").format(
                pattern=self.family.options.get("name_example") or self.family.file_name))
        return translate("Formats", "The file looks like {format}, but: {differences}.").format(
            format=self.family.title(), differences="; ".join(parts))


@functools.lru_cache(maxsize=1)
def families() -> tuple[Family, ...]:
    """Every family of every product module of this package."""
    out: list[Family] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        mod = importlib.import_module(f"{__name__}.{info.name}")
        out.extend(getattr(mod, "FAMILIES", ()))
    ids = [f.id for f in out]
    assert len(ids) == len(set(ids)), "two format families share an id"
    return tuple(out)


def family(fid: str) -> Family | None:
    """The family with this id."""
    return next((f for f in families() if f.id == fid), None)


def recognise(headers: Sequence[str], file_name: str = "") -> Match | None:
    """The family whose header signature (and file name, where it decides) fits the file best, or None."""
    best: tuple[tuple[int, int, int], Family] | None = None
    for fam in families():
        if not fam.fits(headers, file_name):
            continue
        unexpected = len(fam.unexpected(headers))
        known = len(headers) - unexpected
        score = (known - unexpected, 1 if fam.file_name else 0, -fam.rank)
        if best is None or score > best[0]:
            best = (score, fam)
    if best is None:
        return None
    return Match(best[1], best[1].mapping(headers))


def near_miss(headers: Sequence[str], file_name: str = "") -> NearMiss | None:
    """The known family a file that is not recognised comes closest to, when it is close (most of the
    family's columns are there); None otherwise."""
    best: tuple[float, NearMiss] | None = None
    have = len(headers)
    for fam in families():
        req = fam.required()
        missing = fam.missing(headers)
        present = len(req) - len(missing)
        if present < 3 or present < 0.6 * len(req):
            continue
        unexpected = fam.unexpected(headers)
        name_differs = not fam.name_matches(file_name)
        if fam.fits(headers, file_name):
            continue  # recognised, not a near miss
        score = present / len(req) - 0.1 * len(unexpected) / max(1, have)
        if best is None or score > best[0]:
            best = (score, NearMiss(fam, missing, unexpected, name_differs and not missing))
    return best[1] if best else None


def zone_layer_hint(format_ids: Sequence[str]) -> str:
    """Which zone layer the recognised files need, translated ('' when none is known or all are bundled)."""
    out = []
    for fid in format_ids:
        fam = family(fid)
        if fam is not None and fam.zone_layer and not fam.zones:
            text = tr_label(fam.zone_layer)
            if text not in out:
                out.append(text)
    return "; ".join(out)


def boundary_kind(format_ids: Sequence[str]) -> str:
    """The bundled boundary kind of the recognised files' zones ('' when none, or when they differ)."""
    kinds = {fam.zones for fam in (family(f) for f in format_ids) if fam is not None}
    return kinds.pop() if len(kinds) == 1 else ""


def header_signature_score(cells: Sequence[str]) -> int:
    """How many cells of a candidate header row are headers of a known family (for the sniffer)."""
    keys = {_key(c) for c in cells if c}
    best = 0
    for fam in families():
        best = max(best, len(keys & fam.known()))
    return best
