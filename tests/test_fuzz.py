"""Property-based tests (hypothesis) of the readers and of every Processing algorithm's parameters.

(a) Random bytes, random text and random CSV-like exports (random delimiters, headers from the
    vocabularies of ``core/vocab.py``, counts, suppression markers and dates in several formats) go
    through ``read_export``: the only outcomes are a ``ReadError`` naming the file, or a dataset whose
    counts are never negative, whose suppressed cells have no count, and whose rows, sums and
    suppressed cells are exactly what the generated file holds (worked out here from the generated
    values, not from the reader).
(b) Every algorithm of the provider is run with one parameter replaced by a random or invalid value
    of its kind (numbers out of range, empty strings, missing files, wrong enum indexes, ...): the
    run succeeds or raises ``QgsProcessingException`` — never another exception, never a hang.

Example counts are kept modest so the file runs in well under a minute on two cores.
"""

from __future__ import annotations

import datetime as dt
import math
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footfall.core.errors import ReadError
from footfall.core.readers import read_export
from footfall.core.vocab import HEADER_ROLES, SUPPRESSION_MARKERS

DATA = Path(__file__).parent / "data"
K = 30  # the default anonymity threshold
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                database=None)


def _read_bytes(data: bytes, suffix: str = ".csv"):
    """Write ``data`` to a fresh file and read it; return (dataset or None, ReadError or None)."""
    with tempfile.TemporaryDirectory(prefix="footfall-fuzz-") as d:
        p = Path(d) / f"fuzz{suffix}"
        p.write_bytes(data)
        try:
            ds = read_export(p)
        except ReadError as exc:
            assert str(exc).startswith(p.name), str(exc)
            return None, exc
    return ds, None


def _invariants(ds) -> None:
    """What holds for any dataset the reader returns."""
    con = ds.con
    neg, supp_with_count, free_null, nan = con.execute(
        "SELECT count(*) FILTER (WHERE count < 0), count(*) FILTER (WHERE suppressed = 1 AND count IS NOT NULL), "
        "count(*) FILTER (WHERE suppressed = 0 AND count IS NULL), count(*) FILTER (WHERE NOT isfinite(count)) "
        "FROM footfall").fetchone()
    assert (neg, supp_with_count, free_null, nan) == (0, 0, 0, 0)
    below = con.execute(f"SELECT count(*) FROM footfall WHERE count > 0 AND count < {K}").fetchone()[0]
    assert below == 0  # nothing under the anonymity threshold is ever kept
    assert ds.row_count() > 0


@pytest.mark.timeout(120)
@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_give_a_read_error_or_a_valid_dataset(data):
    ds, _err = _read_bytes(data)
    if ds is not None:
        try:
            _invariants(ds)
        finally:
            ds.close()


@pytest.mark.timeout(120)
@FUZZ
@given(st.text(alphabet=st.sampled_from(list("AZaz09;,|\t\n\r\"' -/.:<>*éè€\u00a0")), max_size=400))
def test_random_csv_like_text_gives_a_read_error_or_a_valid_dataset(text):
    ds, _err = _read_bytes(text.encode("utf-8"))
    if ds is not None:
        try:
            _invariants(ds)
        finally:
            ds.close()


_DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")
_MARKERS = [m for m in SUPPRESSION_MARKERS if m not in ("na",)] + ["<30", "< 30", ""]
_cell = st.one_of(
    st.integers(min_value=0, max_value=10**6).map(lambda n: ("n", n)),
    st.sampled_from(_MARKERS).map(lambda m: ("s", m)),
)


@st.composite
def exports(draw):
    """A long export: one row per zone (so no repeated cells), daily dates in mixed formats."""
    delim = draw(st.sampled_from([";", ",", "\t", "|"]))
    names = {role: draw(st.sampled_from(sorted(n for n in HEADER_ROLES[role] if n.isascii() and n.strip())))
             for role in ("zone", "date", "count")}
    # a 'count'-role header that is also a profile or hour name would turn the file wide: avoid those
    order = draw(st.permutations(["zone", "date", "count"]))
    n = draw(st.integers(min_value=1, max_value=25))
    rows = []
    for i in range(n):
        day = dt.date(2019, 1, 1) + dt.timedelta(days=draw(st.integers(0, 364)))
        fmt = draw(st.sampled_from(_DATE_FORMATS))
        rows.append({"zone": f"Z{i:03d}", "date": day.strftime(fmt), "count": draw(_cell)})
    quote = draw(st.booleans())
    lines = [delim.join(names[r] for r in order)]
    for r in rows:
        cells = []
        for role in order:
            v = r[role] if role != "count" else str(r["count"][1])
            cells.append(f'"{v}"' if quote else v)
        lines.append(delim.join(cells))
    eol = draw(st.sampled_from(["\n", "\r\n"]))
    return eol.join(lines) + eol, rows


@pytest.mark.timeout(120)
@FUZZ
@given(exports())
def test_generated_exports_read_exactly(export):
    text, rows = export
    ds, err = _read_bytes(text.encode("utf-8"))
    assert err is None, f"{err}\n{text}"
    try:
        _invariants(ds)
        numbers = [c[1] for c in (r["count"] for r in rows) if c[0] == "n"]
        markers = [c for c in (r["count"] for r in rows) if c[0] == "s"]
        kept = [v for v in numbers if v == 0 or v >= K]
        assert ds.row_count() == len(rows)
        assert ds.suppressed_count() == len(markers) + (len(numbers) - len(kept))
        total = ds.sum_counts()
        assert (total or 0) == pytest.approx(sum(kept))
    finally:
        ds.close()


@pytest.mark.timeout(120)
@FUZZ
@given(st.integers(min_value=2, max_value=20), st.sampled_from(["nan", "inf", "-inf", "Infinity", "-1", "1e12",
                                                                   "veel", "12abc", "0x1F", "--5"]))
def test_one_bad_count_is_refused_with_its_row(n, bad):
    lines = ["zone;datum;aantal"] + [f"Z{i};06/07/2019;{100 + i}" for i in range(n)]
    lines[n] = f"Z{n - 1};06/07/2019;{bad}"  # the last data row, file line n + 1
    ds, err = _read_bytes(("\n".join(lines) + "\n").encode())
    assert ds is None
    assert err.row == n + 1 and err.column == "aantal", str(err)


# --------------------------------------------------------------------------------------------------
# (b) every Processing algorithm, every parameter
# --------------------------------------------------------------------------------------------------

GOOD_FILE = str(DATA / "en_zones_wide_profile_daily.geojson")  # an export that carries its zones
GOOD_LAYER = str(DATA / "bad" / "zones_layer.geojson")  # polygons with a zone_id field


def _good_value(d, out: Path):
    """A valid (or at least plausible) value for a parameter definition."""
    t = d.type()
    name = d.name()
    if t == "file":
        return GOOD_FILE if name == "INPUT" else None
    if t in ("vector", "source"):
        return GOOD_LAYER if not (d.flags() & 8) else None
    if t == "sink":
        return "memory:"
    if t == "fileDestination":
        return str(out / f"{name.lower()}.gpkg") if not (d.flags() & 8) else None
    if t == "folderDestination":
        return None
    if t == "rasterDestination":
        return str(out / f"{name.lower()}.tif")
    if t == "field":
        return "zone_id" if not (d.flags() & 8) else None
    return d.defaultValue()


def _bad_values(t: str):
    common = [None, "", "nonsense", -1, 0, 10**12, -1e300, float("nan"), [], ["x"], {"a": 1}]
    by_type = {
        "number": [-1e12, 1e12, 1e-12, "1e400", "abc", True],
        "distance": [-5, 0, 1e-9, 1e9, "far"],
        "string": ["../../../etc/passwd", "=1+1", "é" * 500, "a;b;c", "2019-13-45", "0,1,2"],
        "enum": [-1, 99, "x", [99], [0, 99], "0,99"],
        "file": ["/nonexistent/x.csv", str(DATA / "bad"), str(DATA / "bad" / "binary_garbage.csv"),
                 str(DATA / "bad" / "empty.csv"), str(DATA / "bad" / "mixed_utf8_cp1252.csv")],
        "vector": ["/nonexistent.gpkg", str(DATA / "nl_long_semicolon_ddmmyyyy.csv"), "memory:"],
        "source": ["/nonexistent.gpkg", str(DATA / "bad" / "binary_garbage.csv")],
        "raster": ["/nonexistent.tif", str(DATA / "bad" / "png_renamed.csv")],
        "field": ["no_such_field", "zone_id;x"],
        "datetime": ["not a date", "9999-99-99", "2019-07-06T25:00:00"],
        "point": ["x", "1,2 [EPSG:999999]", "nan,nan", "1e308,1e308 [EPSG:31370]"],
        "boolean": ["maybe", 2],
        "multilayer": [["/nonexistent.tif"], "x"],
        "sink": ["/nonexistent/dir/out.gpkg", "ogr:dbname='/nonexistent/x.gpkg' table=t"],
        "fileDestination": ["/nonexistent/dir/out.pdf", "/"],
        "folderDestination": ["/nonexistent/dir/frames"],
        "rasterDestination": ["/nonexistent/dir/out.tif"],
    }
    return common + by_type.get(t, [])


def _algorithms():
    from footfall.processing.provider import FootfallProvider
    p = FootfallProvider()
    p.loadAlgorithms()
    return sorted(a.name() for a in p.algorithms())


@pytest.mark.timeout(300)
@pytest.mark.parametrize("alg_name", _algorithms())
def test_every_parameter_of_every_algorithm_fails_only_with_a_processing_error(alg_name, provider, tmp_path):
    """Each parameter in turn gets a random bad value; the rest stay plausible."""
    from qgis.core import QgsApplication, QgsProcessingException

    import processing
    alg = QgsApplication.processingRegistry().algorithmById(f"footfall:{alg_name}")
    defs = [d for d in alg.parameterDefinitions()]
    seen: list[str] = []

    @settings(max_examples=12, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(st.data())
    def run(data):
        out = Path(tempfile.mkdtemp(dir=tmp_path))
        params = {d.name(): v for d in defs if (v := _good_value(d, out)) is not None}
        d = data.draw(st.sampled_from(defs))
        value = data.draw(st.sampled_from(_bad_values(d.type())))
        if isinstance(value, float) and math.isnan(value) and d.type() not in ("number", "distance"):
            value = "nan"
        params[d.name()] = value
        seen.append(f"{d.name()}={value!r}")
        try:
            processing.run(f"footfall:{alg_name}", params)
        except QgsProcessingException:
            pass
        # anything else propagates and fails the test, with the parameters in the log

    import os
    cwd = os.getcwd()
    os.chdir(tmp_path)  # a relative destination ("nonsense", "nan") lands here, not in the checkout
    try:
        run()
    finally:
        os.chdir(cwd)
    assert seen
