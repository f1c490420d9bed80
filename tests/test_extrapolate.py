"""footfall:extrapolate: customers / (market share × penetration), age bands, suppression, errors, through
the core, processing.run and qgis_process."""

from __future__ import annotations

import json
import math
import subprocess

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from footfall.core import extrapolate as ex

AGES = "age_band;pop_share;penetration\n0-17;0.1;0.3\n18+;0.9;0.7\n"
PEN = 0.9 * 0.7 + 0.1 * 0.3  # weighted device penetration of the age table


@pytest.fixture()
def counts_csv(tmp_path):
    p = tmp_path / "counts.csv"
    p.write_text("zone_id,count,share\nA,240,0.4\nB,,0.5\nC,12,0.4\nD,600,0.25\n", encoding="utf-8")
    (tmp_path / "counts.csvt").write_text("String,Real,Real\n", encoding="utf-8")
    return p


@pytest.fixture()
def ages_csv(tmp_path):
    p = tmp_path / "ages.csv"
    p.write_text(AGES, encoding="utf-8")
    return p


def test_core_formula_by_hand():
    bands = ex.age_bands_from_records([{"age_band": "18+", "pop_share": 0.9, "penetration": 0.7},
                                       {"age_band": "0-17", "pop_share": "0,1", "penetration": "0.3"}])
    pen = ex.weighted_penetration(bands)
    assert pen == pytest.approx(PEN)
    res = ex.extrapolate([240, None, 12, 600], 0.4, pen)
    assert res.estimate[0] == pytest.approx(240 / 0.4 / (0.9 * 0.7 + 0.1 * 0.3))
    assert res.factor[0] == pytest.approx(1 / (0.4 * PEN))
    assert np.isnan(res.estimate[1]) and np.isnan(res.customers[1])  # NULL stays NULL
    assert np.isnan(res.estimate[2]) and np.isnan(res.customers[2])  # 12 < 30: suppressed, never published
    assert res.estimate[3] == pytest.approx(600 / 0.4 / PEN)
    per_zone = ex.extrapolate([240, 600], [0.4, 0.25], 1.0)
    assert list(per_zone.estimate) == pytest.approx([240 / 0.4, 600 / 0.25])


def test_core_errors():
    with pytest.raises(ex.ExtrapolationError, match=r"\(0, 1\]"):
        ex.extrapolate([100], 0.0)
    with pytest.raises(ex.ExtrapolationError, match="row B"):
        ex.extrapolate([100, 200], [0.4, 1.5], labels=["A", "B"])
    with pytest.raises(ex.ExtrapolationError, match="add up to 0.9"):
        ex.weighted_penetration([ex.AgeBand("a", 0.5, 0.8), ex.AgeBand("b", 0.4, 0.6)])
    with pytest.raises(ex.ExtrapolationError, match="“kids”"):
        ex.age_bands_from_records([{"age_band": "kids", "pop_share": 0.2, "penetration": 1.3}])


def _run(tmp_path, src, **params):
    import processing
    out = str(tmp_path / "estimate.gpkg")
    base = {"INPUT": str(src), "COUNT_FIELD": "count", "OUTPUT": out}
    base.update(params)
    res = processing.run("footfall:extrapolate", base)
    layer = QgsVectorLayer(res["OUTPUT"], "estimate", "ogr")
    assert layer.isValid()
    return res, {f["zone_id"]: f for f in layer.getFeatures()}


def _null(v) -> bool:
    return v is None or (hasattr(v, "isNull") and v.isNull()) or (isinstance(v, float) and math.isnan(v))


def test_processing_single_share_and_age_table(provider, tmp_path, counts_csv, ages_csv):
    res, rows = _run(tmp_path, counts_csv, MARKET_SHARE=0.4, AGE_TABLE=str(ages_csv))
    expected = 240 / 0.4 / (0.9 * 0.7 + 0.1 * 0.3)
    a = rows["A"]
    assert a["estimate"] == pytest.approx(expected)
    assert a["estimate_low"] == pytest.approx(expected * 0.9) and a["estimate_high"] == pytest.approx(expected * 1.1)
    assert a["market_share"] == 0.4 and a["penetration"] == pytest.approx(PEN)
    assert a["factor"] == pytest.approx(1 / (0.4 * PEN)) and a["count"] == 240
    assert _null(rows["B"]["estimate"]) and _null(rows["B"]["count"])  # NULL stays NULL
    assert _null(rows["C"]["estimate"]) and _null(rows["C"]["count"])  # 12 customers: not published
    assert res["PENETRATION_USED"] == pytest.approx(PEN) and res["SUPPRESSED"] == 2


def test_processing_share_field_and_single_penetration(provider, tmp_path, counts_csv):
    _res, rows = _run(tmp_path, counts_csv, MARKET_SHARE_FIELD="share", PENETRATION=0.8)
    assert rows["D"]["estimate"] == pytest.approx(600 / 0.25 / 0.8)
    assert rows["A"]["estimate"] == pytest.approx(240 / 0.4 / 0.8)
    assert rows["D"]["factor"] == pytest.approx(1 / (0.25 * 0.8))


def test_processing_errors(provider, tmp_path, counts_csv):
    with pytest.raises(QgsProcessingException, match=r"\(0, 1\]"):
        _run(tmp_path, counts_csv, MARKET_SHARE=0.0)
    bad = tmp_path / "bad_ages.csv"
    bad.write_text("age_band;pop_share;penetration\n0-17;0.3;0.3\n18+;0.9;0.7\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="add up to 1.2"):
        _run(tmp_path, counts_csv, AGE_TABLE=str(bad))
    shares = tmp_path / "shares.csv"
    shares.write_text("zone_id,count,share\nA,240,0.4\nB,100,1.5\n", encoding="utf-8")
    (tmp_path / "shares.csvt").write_text("String,Real,Real\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="1.5"):
        _run(tmp_path, shares, MARKET_SHARE_FIELD="share")


def test_qgis_process_extrapolate(tmp_path, counts_csv, ages_csv, qgis_process_env):
    out = tmp_path / "e.gpkg"
    run = subprocess.run(["qgis_process.bin", "--json", "run", "footfall:extrapolate", "--", f"INPUT={counts_csv}",
                          "COUNT_FIELD=count", "MARKET_SHARE=0.4", f"AGE_TABLE={ages_csv}", f"OUTPUT={out}"],
                         env=qgis_process_env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    res = json.loads(run.stdout[run.stdout.index("{"):])["results"]
    assert res["PENETRATION_USED"] == pytest.approx(0.9 * 0.7 + 0.1 * 0.3)
    layer = QgsVectorLayer(str(out), "e", "ogr")
    est = {f["zone_id"]: f["estimate"] for f in layer.getFeatures()}
    assert est["A"] == pytest.approx(240 / 0.4 / (0.9 * 0.7 + 0.1 * 0.3))
