"""The export reader against the hand-checked corpus in ``tests/data``.

Every expected value in ``tests/data/manifest.json`` was computed by hand from the file's content
(the arithmetic is in each case's ``why``), never by running a reader. ``tests/data/make_corpus.py``
rewrites the corpus files byte for byte. No QGIS is needed.
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import json
import operator
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from footfall.core.readers import ReadError, read_export

DATA = Path(__file__).parent / "data"
MANIFEST: list[dict[str, Any]] = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
UTC = dt.timezone.utc
ZERO = dt.timedelta(0)


def _case(file: str) -> dict[str, Any]:
    """The manifest entry of one corpus file."""
    for case in MANIFEST:
        if case["file"] == file:
            return case
    raise KeyError(file)


def _path(case: dict[str, Any]) -> Path:
    """The corpus file of a case; skip an optional file that was not generated here."""
    path = DATA / case["file"]
    if not path.exists():
        if case.get("optional"):
            pytest.skip(f"{case['file']} not generated: {case['optional']}")
        pytest.fail(f"corpus file missing: {path}; run tests/data/make_corpus.py")
    return path


@contextlib.contextmanager
def opened(file: str, timezone: str = "Europe/Brussels", mapping: Any = None) -> Iterator[Any]:
    """Read a corpus file with ``read_export`` and close the dataset afterwards."""
    ds = read_export(str(DATA / file), timezone=timezone, mapping=mapping)
    try:
        yield ds
    finally:
        ds.close()


def _utc(text: str) -> dt.datetime:
    """Parse an ISO 8601 instant of the manifest."""
    value = dt.datetime.fromisoformat(text)
    assert value.tzinfo is not None, text
    return value.astimezone(UTC)


# --------------------------------------------------------------------------------------------------
# The manifest itself (no reader involved)
# --------------------------------------------------------------------------------------------------

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}


def _arith(node: ast.AST) -> float:
    """Evaluate a ``why`` string made of numbers, +, - and * only."""
    if isinstance(node, ast.Expression):
        return _arith(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_arith(node.left), _arith(node.right))
    raise ValueError(f"not plain arithmetic: {ast.dump(node)}")


@pytest.mark.parametrize("case", MANIFEST, ids=lambda c: c["file"])
def test_manifest_sum_matches_its_arithmetic(case: dict[str, Any]) -> None:
    """Each hand-computed sum agrees with the arithmetic written beside it."""
    assert _arith(ast.parse(case["why"], mode="eval")) == pytest.approx(case["expect"]["sum"])


def test_manifest_names_every_corpus_file() -> None:
    """Every data file of the corpus has a case, and every case's file (or mapping) is there."""
    listed = {c["file"] for c in MANIFEST} | {c["mapping"] for c in MANIFEST if c.get("mapping")}
    on_disk = {
        p.name
        for p in DATA.iterdir()
        if p.is_file() and p.name not in {"manifest.json", "make_corpus.py"}
    }
    assert on_disk - listed == set()
    optional = {c["file"] for c in MANIFEST if c.get("optional")}
    assert listed - on_disk - optional == set()


# --------------------------------------------------------------------------------------------------
# Every case of the manifest
# --------------------------------------------------------------------------------------------------


def _check(ds: Any, expect: dict[str, Any]) -> list[str]:
    """Compare a dataset with a case's expectations; return one line per mismatch."""
    errors: list[str] = []

    def differs(key: str, got: Any, want: Any) -> None:
        if got != want:
            errors.append(f"{key}: got {got!r}, expected {want!r}")

    if "rows" in expect:
        differs("rows", ds.row_count(), expect["rows"])
    if "sum" in expect:
        got = ds.sum_counts()
        if got is None or got != pytest.approx(expect["sum"], rel=1e-12, abs=1e-6):
            errors.append(f"sum: got {got!r}, expected {expect['sum']!r}")
    if "suppressed" in expect:
        differs("suppressed", ds.suppressed_count(), expect["suppressed"])
    if "zones" in expect:
        differs("zones", sorted(ds.zone_ids()), sorted(expect["zones"]))
    starts = list(ds.slot_starts())
    naive = [s for s in starts if s.tzinfo is None or s.utcoffset() is None]
    if naive:
        errors.append(f"slot starts without a time zone: {naive[:3]!r}")
    elif starts:
        if any(s.utcoffset() != ZERO for s in starts):
            errors.append(f"slot starts not in UTC: {starts[:3]!r}")
        if starts != sorted(set(starts)):
            errors.append("slot_starts() is not sorted and distinct")
    if "slots" in expect:
        differs("slots", len(starts), expect["slots"])
    if "first_start_utc" in expect:
        want = _utc(expect["first_start_utc"])
        got = starts[0] if starts and not naive else None
        if got is None or got != want:
            errors.append(f"first_start_utc: got {got!r}, expected {want.isoformat()}")
    if "profiles" in expect:
        differs("profiles", sorted(ds.profiles()), sorted(expect["profiles"]))
    if "origins" in expect:
        got_origins = sorted(tuple(o) for o in ds.origins())
        differs("origins", got_origins, sorted(tuple(o) for o in expect["origins"]))
    meta = ds.metadata
    for key in ("encoding", "delimiter", "layout", "slot_minutes"):
        if key in expect:
            differs(f"metadata.{key}", getattr(meta, key), expect[key])
    return errors


@pytest.mark.parametrize("case", MANIFEST, ids=lambda c: c["file"])
def test_corpus_case(case: dict[str, Any]) -> None:
    """The reader gives every expected figure of the case (all mismatches reported at once)."""
    path = _path(case)
    mapping = str(DATA / case["mapping"]) if case.get("mapping") else None
    ds = read_export(str(path), timezone=case.get("timezone", "Europe/Brussels"), mapping=mapping)
    try:
        errors = _check(ds, case["expect"])
    finally:
        ds.close()
    assert not errors, f"{case['file']} ({case['covers']}):\n  " + "\n  ".join(errors)


# --------------------------------------------------------------------------------------------------
# Daylight saving
# --------------------------------------------------------------------------------------------------


def test_dst_spring_forward_has_twelve_contiguous_utc_starts() -> None:
    """31 March 2019: 01:45 local (CET) is 00:45Z and 03:00 local (CEST) is 01:00Z, 15 min apart."""
    first = dt.datetime(2019, 3, 30, 23, 0, tzinfo=UTC)
    expected = [first + i * dt.timedelta(minutes=15) for i in range(12)]
    with opened("nl_dst_spring_15min.csv") as ds:
        starts = list(ds.slot_starts())
        assert starts == expected
        assert starts[7] == dt.datetime(2019, 3, 31, 0, 45, tzinfo=UTC)  # 01:45 local
        assert starts[8] == dt.datetime(2019, 3, 31, 1, 0, tzinfo=UTC)  # 03:00 local
        assert ds.row_count() == 12
        assert ds.metadata.slot_minutes == 15


def test_dst_fall_back_repeated_hour_is_two_distinct_slots() -> None:
    """27 October 2019: the first 02:00 of the file is CEST (00:00Z), the second CET (01:00Z)."""
    first = dt.datetime(2019, 10, 26, 22, 0, tzinfo=UTC)
    expected = [first + i * dt.timedelta(hours=1) for i in range(7)]
    with opened("en_dst_autumn_hourly.csv") as ds:
        starts = list(ds.slot_starts())
        assert starts == expected
        assert dt.datetime(2019, 10, 27, 0, 0, tzinfo=UTC) in starts  # first 02:00
        assert dt.datetime(2019, 10, 27, 1, 0, tzinfo=UTC) in starts  # second 02:00
        assert ds.row_count() == 7
        assert ds.sum_counts() == pytest.approx(910)
        assert ds.metadata.slot_minutes == 60


# --------------------------------------------------------------------------------------------------
# Suppression
# --------------------------------------------------------------------------------------------------


def test_every_suppression_marker_is_suppressed_and_zero_is_a_count() -> None:
    """'<30', '< 30', 's', '*', 'n.d.', 'NA' and empty are suppressed; a real 0 is not."""
    with opened("suppression_markers.csv") as ds:
        assert ds.row_count() == 9
        assert ds.suppressed_count() == 7
        assert ds.metadata.suppressed_cells == 7
        assert ds.sum_counts() == pytest.approx(45)


@pytest.mark.parametrize(
    "case", [c for c in MANIFEST if c["expect"].get("suppressed")], ids=lambda c: c["file"]
)
def test_suppressed_cells_are_counted_as_such(case: dict[str, Any]) -> None:
    """Suppressed cells are rows flagged suppressed, neither dropped nor read as zero.

    A suppressed cell read as 0 would leave the sum unchanged but lower ``suppressed_count()``; one
    dropped would lower ``row_count()``.
    """
    path = _path(case)
    mapping = str(DATA / case["mapping"]) if case.get("mapping") else None
    ds = read_export(str(path), timezone=case["timezone"], mapping=mapping)
    try:
        assert ds.suppressed_count() == case["expect"]["suppressed"]
        assert ds.metadata.suppressed_cells == case["expect"]["suppressed"]
        assert ds.row_count() == case["expect"]["rows"]
    finally:
        ds.close()


# --------------------------------------------------------------------------------------------------
# Encodings
# --------------------------------------------------------------------------------------------------


def test_cp1252_is_told_apart_from_latin1() -> None:
    """Bytes 0x80-0x9F make the file cp1252, and 'œ' (0x9C) and '’' (0x92) decode right."""
    with opened("fr_fluxvision_title_cp1252.csv", timezone="Europe/Paris") as ds:
        assert ds.metadata.encoding == "cp1252"
        zones = list(ds.zone_ids())
        assert "C\u0153ur de ville" in zones
        assert "Parc de la T\u00eate d\u2019Or" in zones


def test_latin1_file_decodes() -> None:
    """A Latin-1 file without 0x80-0x9F bytes is reported as latin-1 and its accents survive."""
    with opened("fr_wide_profile_daily_latin1.csv", timezone="Europe/Paris") as ds:
        assert ds.metadata.encoding == "latin-1"
        assert "Fourvi\u00e8re" in list(ds.zone_ids())


def test_utf16_excel_unicode_text() -> None:
    """Excel's 'Unicode text' (UTF-16 LE with BOM, tab) decodes and splits on tabs."""
    with opened("fr_wide_origin_utf16.txt", timezone="Europe/Paris") as ds:
        assert ds.metadata.encoding == "utf-16"
        assert ds.metadata.delimiter == "\t"
        assert "Presqu'\u00eele" in list(ds.zone_ids())


def test_department_codes_keep_leading_zero_and_corsica() -> None:
    """'01' stays '01' (not 1) and '2A' is a département, not a number or a country."""
    with opened("fr_fluxvision_title_cp1252.csv", timezone="Europe/Paris") as ds:
        origins = {tuple(o) for o in ds.origins()}
        assert ("department", "01") in origins
        assert ("department", "2A") in origins
        assert ("country", "IT") in origins  # 'Italie'


# --------------------------------------------------------------------------------------------------
# Mapping
# --------------------------------------------------------------------------------------------------


def test_mapping_as_dict_reads_like_mapping_file() -> None:
    """The mapping may be given as a dict instead of a JSON file's path."""
    mapping = json.loads((DATA / "mapping_kol.json").read_text(encoding="utf-8"))
    expect = _case("mapping_kol.csv")["expect"]
    with opened("mapping_kol.csv", mapping=mapping) as ds:
        errors = _check(ds, expect)
    assert not errors, "\n".join(errors)


def test_odd_headers_without_mapping_raise_read_error() -> None:
    """Headers Kol1..Kol5 cannot be understood without a mapping: a ReadError naming the file."""
    path = DATA / "mapping_kol.csv"
    with pytest.raises(ReadError) as info:
        ds = read_export(str(path), timezone="Europe/Brussels")
        ds.close()
    err = info.value
    assert Path(str(err.path)).name == "mapping_kol.csv"
    assert "mapping_kol.csv" in str(err)
