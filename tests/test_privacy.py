"""footfall:anonymity_guard and core.privacy: primary and secondary suppression, worked by hand."""

from __future__ import annotations

import itertools
import json
import subprocess
import time

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTranslator, QVariant

from footfall.core.privacy import GRAND_TOTAL, PrivacyError, guard

K = 30


def _cells(table):
    """A 2-D table (rows = zones, columns = profiles) as flat counts and the two dimension arrays."""
    a = np.asarray(table, dtype=float)
    z, p = np.indices(a.shape)
    return a.ravel(), [z.ravel(), p.ravel()]


def _brute_force_leaks(true, published, dims, k):
    """Every group of cells (for each dimension, the cells sharing all the other dimensions; and the grand
    total), looked at one by one: the total of the true counts (NULL as 0) minus the published cells must
    not be one single suppressed cell, nor a number below k."""
    n = len(true)
    keys = [tuple(d[i] for d in dims) for i in range(n)]
    groupings = [tuple(j for j in range(len(dims)) if j != d) for d in range(len(dims))] + [()]
    leaks = []
    for other in groupings:
        groups: dict[tuple, list[int]] = {}
        for i in range(n):
            groups.setdefault(tuple(keys[i][j] for j in other), []).append(i)
        for g, members in groups.items():
            if len(members) < 2:
                continue
            hidden = [i for i in members if np.isnan(published[i])]
            if not hidden:
                continue
            total = sum(0.0 if np.isnan(true[i]) else true[i] for i in members)
            shown = sum(published[i] for i in members if not np.isnan(published[i]))
            if len(hidden) == 1 or total - shown < k:
                leaks.append((other, g, total - shown, len(hidden)))
    return leaks


def test_a_small_cell_takes_the_smallest_of_its_row_and_closes_a_rectangle():
    #           resident  day_visitor  commuter
    # zone A        12         50          80
    # zone B        40         60          35
    counts, dims = _cells([[12, 50, 80], [40, 60, 35]])
    r = guard(counts, dims, K)
    # 12 < 30: primary. Its row (zone A: 50, 80) gives the smallest, 50. Column "resident" then holds 12
    # alone with 40 as its only other cell, and column "day_visitor" holds 50 alone with 60: both are
    # forced, and the four cells form a rectangle in which every row and column has two suppressed cells.
    assert list(np.flatnonzero(r.primary)) == [0]
    assert list(counts[r.secondary]) == [50, 40, 60]
    assert list(counts[~r.suppressed]) == [80, 35]
    # what a reader can subtract: zone A total − 80 = 12 + 50, never one cell and never below 30
    row_a_hidden = (12 + 50 + 80) - 80
    assert row_a_hidden == 62 and row_a_hidden >= K
    assert (12 + 40) >= K and (50 + 60) >= K  # the two columns
    assert r.unsafe_totals == []
    assert _brute_force_leaks(counts, r.published, dims, K) == []


def test_two_small_cells_summing_below_k_get_a_third():
    # zone A: 10, 12, 100 / zone B: 200, 150, 300 / zone C: 90, 95, 400
    counts, dims = _cells([[10, 12, 100], [200, 150, 300], [90, 95, 400]])
    r = guard(counts, dims, K)
    # primary: 10 and 12. Columns first: column 1 holds 10 alone → its smallest other, 90 (zone C);
    # column 2 holds 12 alone → 95 (zone C). Row A then has 10 + 12 = 22 < 30 hidden → its third cell,
    # 100. Column 3 then holds 100 alone → 400 (zone C, whose row already hides cells) rather than 300.
    assert sorted(counts[r.primary]) == [10, 12]
    assert sorted(counts[r.secondary]) == [90, 95, 100, 400]
    assert 10 + 12 < K and 10 + 12 + 100 >= K
    assert list(counts[~r.suppressed]) == [200, 150, 300]  # zone B is published whole
    assert _brute_force_leaks(counts, r.published, dims, K) == []


def test_zeros_stay_published_and_null_input_counts_as_suppressed():
    # one dimension: only the grand total is a group
    r = guard(np.array([12.0, 0, 0, 45, 50]), [np.arange(5)], K)
    assert list(r.primary) == [True, False, False, False, False]
    assert list(r.secondary) == [False, False, False, True, False]  # 45, the smallest non-zero; zeros kept
    assert list(np.nan_to_num(r.published, nan=-1)) == [-1, 0, 0, -1, 50]
    assert (12 + 0 + 0 + 45 + 50) - 50 == 57  # the total reveals 12 + 45 only

    x = np.array([np.nan, 40.0, 50, 0])
    r = guard(x, [np.arange(4)], K)
    assert list(r.input_suppressed) == [True, False, False, False]
    # the NULL cell is alone in the grand total: 40, the smallest non-zero, hides it
    assert list(r.secondary) == [False, True, False, False]
    assert not r.primary.any()


def test_a_total_with_nothing_left_to_hide_is_reported():
    r = guard(np.array([12.0, 0, 0]), [np.arange(3)], K)
    assert r.primary[0] and not r.secondary.any()
    assert [(d, list(c)) for d, c in r.unsafe_totals] == [(GRAND_TOTAL, [0])]
    assert r.unsafe_total_count == 1


def test_random_three_way_table_has_no_leak_by_brute_force():
    rng = np.random.default_rng(7)
    zones, slots, profiles = np.meshgrid(np.arange(6), np.arange(5), np.arange(3), indexing="ij")
    dims = [zones.ravel(), slots.ravel(), profiles.ravel()]
    x = rng.choice([0, 5, 12, 25, 31, 45, 80, 150, 400], size=zones.size).astype(float)
    x[rng.random(zones.size) < 0.05] = np.nan
    r = guard(x, dims, K)
    assert r.primary.sum() == np.sum((x > 0) & (x < K))
    assert not np.any(r.suppressed & (x == 0))  # no zero is ever hidden
    assert np.all(np.isnan(r.published) == r.suppressed)
    # the only groups a reader could subtract from are those the guard reports: their totals must not be
    # published (for example profiles 0, 12, 0 of one zone and slot: nothing else to hide the 12 with)
    reported = set()
    for d, cells in r.unsafe_totals:
        other = tuple(j for j in range(3) if j != d) if d != GRAND_TOTAL else ()
        reported |= {(other, tuple(dims[j][c] for j in other)) for c in cells}
    leaks = {(other, g) for other, g, _diff, _n in _brute_force_leaks(x, r.published, dims, K)}
    assert leaks == reported
    for other, g in leaks:  # each such group has no published non-zero cell left
        members = [i for i in range(x.size) if tuple(dims[j][i] for j in other) == g]
        assert all(np.isnan(r.published[i]) or r.published[i] == 0 for i in members)
    assert r.secondary.sum() > 0  # the guard had work to do


def test_a_million_cells_in_well_under_a_few_seconds():
    rng = np.random.default_rng(3)
    zones, slots, profiles = np.meshgrid(np.arange(700), np.arange(288), np.arange(5), indexing="ij")
    x = np.round(rng.gamma(1.5, 60, zones.size))
    assert x.size == 700 * 288 * 5 == 1_008_000
    t0 = time.perf_counter()
    r = guard(x, [zones.ravel(), slots.ravel(), profiles.ravel()], K)
    assert time.perf_counter() - t0 < 5.0
    assert r.primary.sum() == np.sum((x > 0) & (x < K))


def test_negative_counts_are_refused():
    with pytest.raises(PrivacyError, match="negative counts"):
        guard(np.array([40.0, -3.0]), [np.arange(2)], K)


# -- the Processing algorithm ------------------------------------------------------------------------

def _layer(rows, count_type=QVariant.Int, geometry="None"):
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:31370", "cells", "memory")
    layer.dataProvider().addAttributes([QgsField("zone_id", QVariant.String), QgsField("profile", QVariant.String),
                                        QgsField("count", count_type)])
    layer.updateFields()
    feats = []
    for i, (z, p, c) in enumerate(rows):
        f = QgsFeature(layer.fields())
        f.setAttributes([z, p, c])
        if geometry != "None":
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(148000 + i, 170000)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


ROWS = [("A", "resident", 12), ("A", "day_visitor", 50), ("A", "commuter", 80),
        ("B", "resident", 40), ("B", "day_visitor", 60), ("B", "commuter", 35)]


def test_processing_writes_null_and_the_kind_of_suppression(provider, tmp_path):
    import processing
    layer = _layer(ROWS, geometry="Point")
    res = processing.run("footfall:anonymity_guard", {
        "INPUT": layer, "COUNT_FIELD": "count", "DIMENSION_FIELDS": ["zone_id", "profile"],
        "THRESHOLD": 30, "OUTPUT": str(tmp_path / "guarded.gpkg")})
    assert res["PRIMARY"] == 1 and res["SECONDARY"] == 3 and res["UNSAFE_TOTALS"] == 0
    out = QgsVectorLayer(res["OUTPUT"], "g", "ogr")
    feats = {(f["zone_id"], f["profile"]): f for f in out.getFeatures()}
    assert feats[("A", "resident")]["suppression"] == "primary"
    assert {k for k, f in feats.items() if f["suppression"] == "secondary"} == {
        ("A", "day_visitor"), ("B", "resident"), ("B", "day_visitor")}
    for f in feats.values():
        assert (f["count"] is None or f["count"] == QVariant()) == bool(f["suppressed"])  # NULL, never 0
    # the published cells keep their count; geometry is kept
    assert feats[("A", "commuter")]["count"] == 80 and feats[("B", "commuter")]["count"] == 35
    assert not feats[("B", "commuter")].geometry().isEmpty()
    # the published row total of zone A minus its published cells: 142 − 80 = 62, at least 30, two cells
    assert (12 + 50 + 80) - feats[("A", "commuter")]["count"] == 62


def test_processing_keeps_input_nulls_suppressed(provider, tmp_path):
    import processing
    rows = [("A", "all", None), ("B", "all", 40), ("C", "all", 50), ("D", "all", 0)]
    res = processing.run("footfall:anonymity_guard", {
        "INPUT": _layer(rows), "COUNT_FIELD": "count", "DIMENSION_FIELDS": ["zone_id"],
        "OUTPUT": str(tmp_path / "n.gpkg")})
    out = {f["zone_id"]: f for f in QgsVectorLayer(res["OUTPUT"], "n", "ogr").getFeatures()}
    assert out["A"]["suppression"] == "input" and out["A"]["suppressed"] == 1
    assert out["B"]["suppression"] == "secondary"  # 40 hides the unknown cell in the grand total
    assert out["D"]["count"] == 0 and out["D"]["suppressed"] == 0
    assert res["INPUT_SUPPRESSED"] == 1 and res["PRIMARY"] == 0 and res["SECONDARY"] == 1


class _MarkTranslator(QTranslator):
    """A stand-in translation: every message of the guard and of the core is marked."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        if context in ("AnonymityGuardAlgorithm", "Privacy"):
            return "[nl] " + source
        return ""


@pytest.fixture()
def marked():
    import footfall.core.i18n as core_i18n
    t = _MarkTranslator()
    QCoreApplication.installTranslator(t)
    core_i18n.set_translator(QCoreApplication.translate)
    yield
    core_i18n.set_translator(None)
    QCoreApplication.removeTranslator(t)


def test_errors_are_translated(provider, tmp_path, marked):
    import processing
    text = _layer([("A", "all", "12"), ("B", "all", "40")], count_type=QVariant.String)
    with pytest.raises(QgsProcessingException) as err:
        processing.run("footfall:anonymity_guard", {"INPUT": text, "COUNT_FIELD": "count",
                                                    "OUTPUT": str(tmp_path / "e.gpkg")})
    assert str(err.value).startswith("[nl] The count field “count” is not numeric"), str(err.value)
    assert not (tmp_path / "e.gpkg").exists()
    with pytest.raises(QgsProcessingException) as err:
        processing.run("footfall:anonymity_guard", {"INPUT": _layer([("A", "all", 40), ("B", "all", -3)]),
                                                    "COUNT_FIELD": "count", "OUTPUT": str(tmp_path / "f.gpkg")})
    assert str(err.value).startswith("[nl] The table holds negative counts (1 cells, the lowest -3.0)"), str(err.value)


def test_qgis_process_anonymity_guard(tmp_path, qgis_process_env):
    src = tmp_path / "cells.geojson"
    src.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"zone_id": z, "profile": p, "count": c},
         "geometry": {"type": "Point", "coordinates": [4.35 + i / 100, 50.85]}} for i, (z, p, c) in enumerate(ROWS)]}))
    out = tmp_path / "g.gpkg"
    run = subprocess.run(["qgis_process.bin", "--json", "run", "footfall:anonymity_guard", "--", f"INPUT={src}",
                          "COUNT_FIELD=count", "DIMENSION_FIELDS=zone_id", "DIMENSION_FIELDS=profile", "THRESHOLD=30",
                          f"OUTPUT={out}"], env=qgis_process_env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    res = json.loads(run.stdout[run.stdout.index("{"):])
    assert res["results"]["PRIMARY"] == 1 and res["results"]["SECONDARY"] == 3
    layer = QgsVectorLayer(str(out), "g", "ogr")
    published = sorted(f["count"] for f in layer.getFeatures() if not f["suppressed"])
    assert published == [35, 80]
    assert sum(1 for _ in itertools.islice(layer.getFeatures(), 10)) == 6


def test_a_footfall_geopackage_keeps_its_anonymity_threshold(tmp_path):
    """A dataset imported with k = 50 and written to a GeoPackage is read back with k = 50, not the default
    30: every later output (flows, catchment, the guard) aggregates under the dataset's own rule."""
    from footfall.core.gpkg import write_gpkg
    from footfall.core.readers import read_export
    src = tmp_path / "x.csv"
    src.write_text("zone;datum;aantal\nA;06/07/2019;40\nB;06/07/2019;120\n", encoding="utf-8")
    ds = read_export(src, "Europe/Brussels", threshold=50)
    assert ds.metadata.threshold == 50 and ds.suppressed_count() == 1
    out = write_gpkg(ds, tmp_path / "x.gpkg")
    ds.close()
    back = read_export(out, "Europe/Brussels")
    assert back.metadata.threshold == 50 and back.suppressed_count() == 1
    back.close()
    higher = read_export(out, "Europe/Brussels", threshold=200)
    assert higher.metadata.threshold == 200 and higher.suppressed_count() == 2
    higher.close()
