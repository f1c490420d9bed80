"""Bad input: a clear message naming the file, the row and the column, or a documented repair with a
warning — never a traceback of the engine, never a partly read dataset."""

from __future__ import annotations

import pytest

from footfall.core.errors import ReadError
from footfall.core.readers import read_export


def _read(tmp_path, text: str, name: str = "x.csv", encoding: str = "utf-8", **kw):
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding=encoding)
    return read_export(p, **kw)


def _error(tmp_path, text, **kw) -> ReadError:
    with pytest.raises(ReadError) as err:
        _read(tmp_path, text, **kw)
    assert "x.csv" in str(err.value)
    return err.value


def test_conflicting_duplicates_name_both_rows(tmp_path):
    e = _error(tmp_path, "zone;datum;aantal\nA;06/07/2019;100\nB;06/07/2019;50\nA;06/07/2019;120\n")
    assert e.row == 4 and "rows 2 and 4" in str(e)


def test_identical_duplicates_are_read_once_with_a_warning(tmp_path):
    ds = _read(tmp_path, "zone;datum;aantal\nA;06/07/2019;100\nB;06/07/2019;50\nA;06/07/2019;100\n")
    assert ds.row_count() == 2 and ds.sum_counts() == 150
    assert any("read once: 1" in w for w in ds.metadata.warnings)


def test_non_numeric_count(tmp_path):
    e = _error(tmp_path, "zone;datum;aantal\nA;06/07/2019;100\nB;06/07/2019;veel\n")
    assert (e.row, e.column) == (3, "aantal") and "veel" in str(e)


def test_empty_zone(tmp_path):
    e = _error(tmp_path, "zone;datum;aantal\nA;06/07/2019;100\n  ;06/07/2019;50\n")
    assert (e.row, e.column) == (3, "zone")


def test_no_time_column(tmp_path):
    e = _error(tmp_path, "zone;aantal\nA;100\n")
    assert "no time column" in str(e) and e.needs_mapping


def test_header_without_rows(tmp_path):
    assert "no data rows" in str(_error(tmp_path, "zone;datum;aantal\n"))


def test_empty_file(tmp_path):
    assert "empty" in str(_error(tmp_path, ""))


def test_binary_garbage(tmp_path):
    assert "not a text file" in str(_error(tmp_path, bytes(range(256)) * 8))


def test_a_row_with_too_many_fields(tmp_path):
    e = _error(tmp_path, "zone;datum;aantal\nA;06/07/2019;100\nB;06/07/2019;50;9\n")
    assert "fields" in str(e)


def test_spring_gap_local_time_is_refused(tmp_path):
    e = _error(tmp_path, "zone;datum;tijdstip;aantal\nA;31/03/2019;02:15;100\n")
    assert e.row == 2 and "does not exist" in str(e)


def test_impossible_date(tmp_path):
    e = _error(tmp_path, "zone;datum;aantal\nA;31/02/2019;100\n")
    assert (e.row, e.column) == (2, "datum") and "31/02/2019" in str(e)


def test_unknown_profile_asks_for_a_mapping(tmp_path):
    e = _error(tmp_path, "zone;datum;profiel;aantal\nA;06/07/2019;marsmannetjes;100\n")
    assert e.needs_mapping and (e.row, e.column) == (2, "profiel")


def test_nothing_stays_in_a_given_dataset_after_an_error(tmp_path):
    from footfall.core.dataset import Dataset
    ds = Dataset()
    _read(tmp_path, "zone;datum;aantal\nA;06/07/2019;100\n", name="ok.csv", dataset=ds)
    with pytest.raises(ReadError):
        _read(tmp_path, "zone;datum;aantal\nB;06/07/2019;100\nC;06/07/2019;-1\n", dataset=ds)
    assert ds.zone_ids() == ["A"] and ds.row_count() == 1
    assert not ds.con.execute("SELECT * FROM duckdb_tables() WHERE temporary").fetchall()


def test_the_engine_folder_is_removed_on_close_and_after_a_failed_read(tmp_path, monkeypatch):
    import glob
    import tempfile
    # a temporary folder of the test's own: other processes (a second test run) make engine folders too
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    pattern = tempfile.gettempdir() + "/footfall-db-*"
    before = set(glob.glob(pattern))
    ds = _read(tmp_path, "zone;datum;aantal\nA;06/07/2019;100\n", name="ok.csv")
    assert len(set(glob.glob(pattern)) - before) == 1
    ds.close()
    with pytest.raises(ReadError):
        _read(tmp_path, "zone;datum;aantal\nA;06/07/2019;-3\n")
    assert set(glob.glob(pattern)) == before


def test_the_long_line_search_finds_the_first_over_long_line(tmp_path):
    """The search reads only around the aligned blocks that hold no line break; against a plain split of
    the whole file, for lines around the limit, at the start and the end, with and without a last line
    break."""
    import random
    from footfall.core.sniff import first_long_line
    rng = random.Random(5)
    for trial in range(400):
        limit = rng.choice([7, 8, 40])
        lengths = [rng.choice([0, 3, limit // 2, limit - 1, limit, limit + 1, 2 * limit, 5 * limit])
                   for _ in range(rng.randint(1, 12))]
        text = b"\n".join(b"x" * n for n in lengths) + (b"\n" if rng.random() < 0.5 else b"")
        path = tmp_path / f"f{trial}.csv"
        path.write_bytes(text)
        over = [i for i, n in enumerate(text.split(b"\n")) if len(n) > limit]
        assert first_long_line(path, limit) == (over[0] + 1 if over else None), (limit, lengths)
