"""Extra breakdowns (MITMA's eight dimension columns) stored as codes: one combination table, filters by
code, the canonical text in the ``footfall`` view, several files sharing and extending the combinations.

Every figure is worked out by hand from the rows written in the test.
"""

from __future__ import annotations

import gzip

import numpy as np

from footfall.core.dataset import Breakdowns, Dataset
from footfall.core.readers import read_exports

V2 = ("fecha|periodo|origen|destino|distancia|actividad_origen|actividad_destino|estudio_origen_posible|"
      "estudio_destino_posible|residencia|renta|edad|sexo|viajes|viajes_km\n")
V1_MUNI = "fecha|origen|destino|periodo|distancia|viajes|viajes_km\n"


def _write(path, text):
    path.write_bytes(gzip.compress(text.encode("ascii")))
    return path


def test_breakdowns_from_texts_and_back():
    b = Breakdowns.from_texts(["age=25-45;sex=NA", "", "sex=mujer"])
    assert b.names == ["age", "sex"]
    assert b.values == [["25-45"], ["NA", "mujer"]]
    assert b.codes.tolist() == [[0, 0], [-1, -1], [-1, 1]]
    assert b.texts() == ["age=25-45;sex=NA", "", "sex=mujer"]


def test_two_files_with_other_breakdowns_share_one_combination_table(tmp_path):
    # day 1: v2 with the eight breakdowns; empty, "NA" and " na " ages are one value, NA (not disclosed)
    d1 = _write(tmp_path / "20240301_Viajes_distritos.csv.gz", V2
                + "20240301|08|01001|01002|2-10|casa|frecuente|no|no|01|10-15||NA|4.5|20.1\n"
                + "20240301|08|01001|01009_AM|2-10|casa|frecuente|no|no|01|10-15|NA|NA|1.5|9.0\n"
                + "20240301|09|01001|01002|2-10|casa|frecuente|no|no|01|10-15| na |NA|2.0|9.9\n"
                + "20240301|09|01002|01001|>50|casa|casa|si|no|28|>15|25-45|mujer|10.25|700.0\n")
    # day 2: the same combinations again (no new one), and one new
    d2 = _write(tmp_path / "20240302_Viajes_distritos.csv.gz", V2
                + "20240302|08|01001|01002|2-10|casa|frecuente|no|no|01|10-15|NA|NA|3.0|10.0\n"
                + "20240302|10|01002|01001|>50|casa|casa|si|no|28|>15|25-45|mujer|5.0|300.0\n"
                + "20240302|10|01002|01001|>50|casa|casa|si|no|28|>15|45-65|hombre|1.0|70.0\n")
    with read_exports([d1, d2]) as ds:
        assert ds.row_count() == 7
        # three combinations in all: (NA, NA, ...), (25-45, mujer, ...), (45-65, hombre, ...)
        assert ds.con.execute("SELECT count(*) FROM ff_dims").fetchone()[0] == 3
        texts = sorted(r[0] for r in ds.con.execute("SELECT DISTINCT dims FROM footfall").fetchall())
        assert texts[0] == ("activity_destination=casa;activity_origin=casa;age=25-45;distance=>50;income=>15;"
                            "residence=28;sex=mujer;study_destination=no;study_origin=si")
        assert ds.dimensions()["age"] == ["25-45", "45-65", "NA"]
        # every trip once: 4.5 + 1.5 + 2.0 + 10.25 + 3.0 + 5.0 + 1.0
        _s, _e, tot, _p = ds.slot_totals(measure="trips")
        assert round(float(tot.sum()), 6) == 27.25
        # not disclosed ages: 4.5 + 1.5 + 2.0 + 3.0
        _s, _e, na, _p = ds.slot_totals(measure="trips", dims={"age": ["NA"]})
        assert round(float(na.sum()), 6) == 11.0
        # two breakdowns at once: women 25-45 (10.25 + 5.0); a value nobody has: nothing
        _s, _e, w, _p = ds.slot_totals(measure="trips", dims={"age": ["25-45", "45-65"], "sex": ["mujer"]})
        assert round(float(w.sum()), 6) == 15.25
        _s, _e, none, _p = ds.slot_totals(measure="trips", dims={"sex": ["otro"]})
        assert float(none.sum()) == 0
        # per zone and slot with a filter: the SQL of zone_slot_totals takes the same filter
        sql, params = ds.zone_slot_totals(measure="trips", dims={"sex": ["hombre"]})
        rows = ds.con.execute(sql, params).fetchall()
        assert [(r[0], r[3]) for r in rows] == [("01001", 1.0)]


def test_a_file_with_a_breakdown_the_dataset_did_not_have(tmp_path):
    # v2 (eight breakdowns) then v1 municipal (distance only, with other distance bands): the v1
    # combinations have a distance and nothing else
    d1 = _write(tmp_path / "20240301_Viajes_distritos.csv.gz", V2
                + "20240301|08|01001|01002|2-10|casa|frecuente|no|no|01|10-15|NA|NA|4.5|20.1\n")
    d2 = _write(tmp_path / "20210201_maestra_1_mitma_municipio.txt.gz", V1_MUNI
                + "20210201|01001|01002|07|002-005|10.5|30.0\n"
                + "20210201|externo|01002|07|010-050|4.25|90.0\n")
    with read_exports([d1, d2]) as ds:
        assert ds.dimensions()["distance"] == ["002-005", "010-050", "2-10"]
        by_cut = dict(ds.con.execute("SELECT cut, list(DISTINCT dims ORDER BY dims) FROM footfall GROUP BY 1").fetchall())
        assert by_cut["mitma.v1_maestra1_municipal"] == ["distance=002-005", "distance=010-050"]
        assert by_cut["mitma.v2_viajes"][0].startswith("activity_destination=frecuente;activity_origin=casa;age=NA;distance=2-10")
        # a filter on a breakdown of both: the v2 day has rank 1, the municipal file rank 2: each cut
        # answers for its own rows; the coarsest cut that has the breakdown is chosen
        _s, _e, tot, _p = ds.slot_totals(measure="trips", dims={"distance": ["2-10", "002-005"]})
        assert round(float(tot.sum()), 6) == 4.5


def test_rows_added_by_hand_with_texts_in_any_order():
    with Dataset() as ds:
        ds.con.execute(
            "CREATE TEMP TABLE _rows AS SELECT * FROM (VALUES "
            "('Z1', TIMESTAMPTZ '2024-03-01 08:00:00+00', TIMESTAMPTZ '2024-03-01 09:00:00+00', 'all', 'unknown', NULL, 'trips', 'x', 'sex=NA;age=25-45', 3.0, 0), "
            "('Z1', TIMESTAMPTZ '2024-03-01 08:00:00+00', TIMESTAMPTZ '2024-03-01 09:00:00+00', 'all', 'unknown', NULL, 'trips', 'x', 'age=0-25;sex=mujer', 2.0, 0)"
            ") t(zone_id, start, \"end\", profile, origin_type, origin_code, measure, cut, dims, count, suppressed)")
        ds.insert_rows("_rows")
        assert sorted(r[0] for r in ds.con.execute("SELECT dims FROM footfall").fetchall()) == [
            "age=0-25;sex=mujer", "age=25-45;sex=NA"]
        _s, _e, t, _p = ds.slot_totals(measure="trips", dims={"sex": ["NA"]})
        assert t.tolist() == [3.0]
        assert ds.cuts() == [("trips", "x", 1, "age,sex")]


def test_many_combinations_are_never_python_objects(tmp_path):
    # 40,000 rows with almost as many combinations (the worst case of uniform random breakdowns): read,
    # and the sum over the breakdowns is the sum of the file
    rng = np.random.default_rng(3)
    n = 40_000
    cols = [rng.choice(v, n) for v in (["0.5-2", "2-10", "10-50", ">50"], ["casa", "trabajo_estudio", "frecuente", "no_frecuente"],
                                       ["casa", "trabajo_estudio", "frecuente", "no_frecuente"], ["si", "no"], ["si", "no"],
                                       [f"{p:02d}" for p in range(1, 53)], ["<10", "10-15", ">15"],
                                       ["0-25", "25-45", "45-65", "65-100", "NA"], ["hombre", "mujer", "NA"])]
    # unique cells: each row its own (hour, origin) pair among 24 x 2000 possible, by construction
    cell = rng.permutation(24 * 2000)[:n]
    hours, orig = cell // 2000, cell % 2000
    v = np.round(rng.uniform(1, 10, n), 3)
    lines = [f"20240301|{h:02d}|{o:05d}|01001|" + "|".join(c[i] for c in cols) + f"|{x:.3f}|1.0"
             for i, (h, o, x) in enumerate(zip(hours, orig, v))]
    p = _write(tmp_path / "20240301_Viajes_distritos.csv.gz", V2 + "\n".join(lines) + "\n")
    with read_exports([p]) as ds:
        combos = ds.con.execute("SELECT count(*) FROM ff_dims").fetchone()[0]
        assert combos == len({tuple(c[i] for c in cols) for i in range(n)})
        _s, _e, tot, _p = ds.slot_totals(measure="trips")
        assert round(float(tot.sum()), 3) == round(float(v.sum()), 3)
