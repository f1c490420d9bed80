"""The two ways a delimited text export is parsed give the same dataset and the same errors.

The reader parses a CSV with Arrow's reader when pyarrow is installed and the file is plain (every
row as many fields as the header, valid UTF-8, no empty line); anything else, and every installation without pyarrow, goes through DuckDB's reader. Both feed the same
normaliser. Here every file of the two corpora and both demo exports is read both ways
(``FOOTFALL_CSV_ENGINE=duckdb`` turns the fast path off), and the stored rows, the metadata and the
error messages must be identical. A spy checks that the fast path really read the plain files, so
that the comparison is not between one engine and itself.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from footfall.core import readers
from footfall.core.demo import demo_files
from footfall.core.errors import ReadError
from footfall.core.readers import read_export

DATA = Path(__file__).parent / "data"
BAD = DATA / "bad"
GOOD = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
BAD_CASES = json.loads((BAD / "manifest.json").read_text(encoding="utf-8"))
TEXT = (".csv", ".txt", ".tsv")


def _cases() -> list[tuple[Path, str, Any]]:
    out = []
    for c in GOOD:
        if c["file"].endswith(TEXT) and (DATA / c["file"]).exists():
            mapping = c.get("mapping")
            out.append((DATA / c["file"], c.get("timezone") or "Europe/Brussels",
                        str(DATA / mapping) if isinstance(mapping, str) else mapping))
    for c in BAD_CASES:
        if c["file"].endswith(TEXT):
            out.append((BAD / c["file"], "Europe/Brussels", str(BAD / c["mapping"]) if c.get("mapping") else None))
    return out


CASES = _cases()


def _outcome(path: Path, tz: str, mapping: Any) -> tuple:
    """What a user gets from a file: the error, or every row and the metadata."""
    try:
        ds = read_export(path, timezone=tz, mapping=mapping)
    except ReadError as exc:
        return ("error", str(exc))
    try:
        rows = ds.con.execute('SELECT zone_id, epoch_us(start), epoch_us("end"), profile, origin_type, origin_code, '
                              "count, suppressed FROM footfall ORDER BY ALL").fetchall()
        m = ds.metadata
        return ("ok", rows, m.rows_read, m.suppressed_cells, m.slot_minutes, m.layout, list(m.warnings), m.encoding)
    finally:
        ds.close()


@pytest.fixture
def fast_path_used(monkeypatch):
    """The files the Arrow path read (a spy around it)."""
    used: list[str] = []
    orig = readers._Reader._read_csv_arrow

    def spy(self, src, delim, header_idx):
        ok = orig(self, src, delim, header_idx)
        if ok:
            used.append(self.path.name)
        return ok
    monkeypatch.setattr(readers._Reader, "_read_csv_arrow", spy)
    return used


def test_the_corpora_are_there():
    assert len(CASES) >= 40


@pytest.mark.parametrize("which,tz", [("brussels", "Europe/Brussels"), ("lyon", "Europe/Paris")])
def test_the_demo_exports_read_the_same_both_ways(which, tz, tmp_path, monkeypatch, fast_path_used):
    pytest.importorskip("pyarrow")
    files = demo_files(which, tmp_path)
    for kind in ("presence", "origin"):
        monkeypatch.delenv("FOOTFALL_CSV_ENGINE", raising=False)
        fast = _outcome(files[kind], tz, None)
        monkeypatch.setenv("FOOTFALL_CSV_ENGINE", "duckdb")
        assert _outcome(files[kind], tz, None) == fast
        assert fast[0] == "ok" and len(fast[1]) > 1000
        assert files[kind].name in fast_path_used


@pytest.mark.parametrize("path,tz,mapping", CASES, ids=[f"{p.parent.name}/{p.name}" for p, _t, _m in CASES])
def test_arrow_and_duckdb_give_the_same_result(path, tz, mapping, monkeypatch):
    pytest.importorskip("pyarrow")
    monkeypatch.delenv("FOOTFALL_CSV_ENGINE", raising=False)
    fast = _outcome(path, tz, mapping)
    monkeypatch.setenv("FOOTFALL_CSV_ENGINE", "duckdb")
    slow = _outcome(path, tz, mapping)
    assert fast == slow


def test_the_fast_path_reads_the_plain_files_and_leaves_the_others(fast_path_used, monkeypatch):
    pytest.importorskip("pyarrow")
    monkeypatch.delenv("FOOTFALL_CSV_ENGINE", raising=False)
    for path, tz, mapping in CASES:
        _outcome(path, tz, mapping)
    # plain files of every kind: Dutch and French headers, cp1252 and UTF-16 (transcoded first), wide layouts
    for name in ("nl_long_semicolon_ddmmyyyy.csv", "fr_fluxvision_title_cp1252.csv", "fr_wide_origin_utf16.txt",
                 "nl_wide_hour_0_23.csv", "suppression_markers.csv"):
        assert name in fast_path_used
    # a short row and an extra field are left to DuckDB, whose message names the row
    assert "ragged_row.csv" not in fast_path_used
    assert "extra_field.csv" not in fast_path_used


def test_a_line_break_inside_a_quoted_field_is_read_alike_across_arrow_blocks(tmp_path, monkeypatch, fast_path_used):
    """Arrow parses blocks in parallel; quoted zone names with a line break fall across block boundaries."""
    pytest.importorskip("pyarrow")
    monkeypatch.setattr(readers, "ARROW_BLOCK", 1 << 16)
    f = tmp_path / "quoted_newline.csv"
    times = [f"{h:02d}:{m:02d}" for h in range(24) for m in range(0, 60, 15)]
    with f.open("w", encoding="utf-8") as fh:
        fh.write("zone;date;time;profile;count\n")
        for t in times:  # 96 slots x 300 zones whose names hold a line break, about 1.4 MB: 21 blocks
            fh.writelines(f'"Zone\n{i:06d}";06/07/2019;{t};residents;{40 + i % 50}\n' for i in range(300))
    assert f.stat().st_size > 16 * readers.ARROW_BLOCK
    monkeypatch.delenv("FOOTFALL_CSV_ENGINE", raising=False)
    fast = _outcome(f, "Europe/Brussels", None)
    assert "quoted_newline.csv" in fast_path_used
    assert fast[0] == "ok" and fast[2] == 96 * 300
    assert len({r[0] for r in fast[1]}) == 300 and all(r[0].startswith("Zone\n") for r in fast[1])
    monkeypatch.setenv("FOOTFALL_CSV_ENGINE", "duckdb")
    assert _outcome(f, "Europe/Brussels", None) == fast


def test_without_pyarrow_installed_the_result_is_the_same(tmp_path, monkeypatch, fast_path_used):
    """An installation without pyarrow (it is optional): DuckDB reads, and the rows are stored from numpy."""
    pytest.importorskip("pyarrow")
    files = demo_files("brussels", tmp_path)
    cases = [(files["origin"], "Europe/Brussels", None), (DATA / "nl_dst_spring_15min.csv", "Europe/Brussels", None),
             (DATA / "en_dst_autumn_hourly.csv", "Europe/Brussels", None)]
    with_arrow = [_outcome(*c) for c in cases]
    assert len(fast_path_used) == len(cases)
    for name in ("pyarrow", "pyarrow.csv"):
        monkeypatch.setitem(sys.modules, name, None)  # import raises ImportError
    with pytest.raises(ImportError):
        import pyarrow  # noqa: F401
    assert [_outcome(*c) for c in cases] == with_arrow
    assert len(fast_path_used) == len(cases)  # the fast path was not taken again


def test_many_zones_and_origins_keep_their_keys(tmp_path, monkeypatch):
    """Keys are stored in the smallest integer type that holds them (8, 16 or 32 bits): 40,000 zones and
    300 origins cross both limits, and every row keeps its zone, origin and count."""
    f = tmp_path / "many.csv"
    rows = ["zone;datum;tijdstip;herkomst;aantal"]
    rows += [f"Z{i:05d};06/07/2019;10:00;{1000 + i % 300};{30 + i % 997}" for i in range(40_000)]
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.delenv("FOOTFALL_CSV_ENGINE", raising=False)
    fast = _outcome(f, "Europe/Brussels", None)
    assert fast[0] == "ok" and len(fast[1]) == 40_000
    assert len({r[0] for r in fast[1]}) == 40_000 and len({r[5] for r in fast[1]}) == 300
    got = {r[0]: (r[5], r[6]) for r in fast[1]}
    assert got["Z39999"] == (str(1000 + 39999 % 300), 30 + 39999 % 997)
    assert got["Z32768"] == (str(1000 + 32768 % 300), 30 + 32768 % 997)
    monkeypatch.setenv("FOOTFALL_CSV_ENGINE", "duckdb")
    assert _outcome(f, "Europe/Brussels", None) == fast
