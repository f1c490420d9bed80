"""Real operator deliveries (research/operator-formats.md) recognised without a mapping file.

The fixtures in ``tests/data/formats`` are in exactly the documented layouts (``make_formats.py`` writes
them); every expected figure below is worked out by hand from the rows written there.
"""

from __future__ import annotations

import datetime as dt
import gzip
import shutil
from pathlib import Path

import pytest

from footfall.core.errors import ReadError
from footfall.core.readers import read_export, read_exports

DATA = Path(__file__).parent / "data" / "formats"
UTC = dt.timezone.utc


def _sums(ds) -> dict[tuple[str, str], float]:
    """Sum of the known counts by (measure, cut), straight from the rows."""
    return {(m, c): round(v, 6) for m, c, v in ds.con.execute(
        "SELECT measure, cut, sum(count) FROM footfall WHERE suppressed = 0 GROUP BY ALL").fetchall()}


def _first(ds) -> dt.datetime:
    return ds.slot_starts()[0]


# -- MITMA ------------------------------------------------------------------------------------------
def test_mitma_v2_viajes_gzip():
    with read_export(DATA / "mitma" / "20240301_Viajes_distritos.csv.gz") as ds:
        m = ds.metadata
        assert m.format_ids == ["mitma.v2_viajes"]
        assert m.formats == ["MITMA (Spain) open mobility data — Viajes v2 (trips by origin, destination and hour): trips"]
        # 5.124 + 2.360 + 1.743 + 2.404 + 5.124 (real rows) + 3.5 + 1.25 (synthetic); viajes_km never summed
        assert _sums(ds) == {("trips", "mitma.v2_viajes"): 21.505}
        assert ds.suppressed_count() == 0
        assert ds.zone_ids() == ["01001", "2807901"]  # text: the leading zero stays
        assert ds.origins() == [("special", "outside"), ("zone", "01001"), ("zone", "01002"), ("zone", "01009_AM")]
        # periodo 00 of 2024-03-01 in Spanish time (CET, UTC+1); hourly slots although rows are not sorted
        assert _first(ds) == dt.datetime(2024, 2, 29, 23, 0, tzinfo=UTC)
        assert m.slot_minutes == 60 and m.timezone == "Europe/Madrid"
        dims = ds.dimensions()
        assert dims["age"] == ["25-45", "45-65", "NA"]  # NA kept: "not disclosed"
        assert dims["sex"] == ["NA", "hombre", "mujer"]
        assert any(c.startswith("viajes_km") for c in m.ignored_columns)
        # a breakdown filter: the two rows with an age, 3.5 + 1.25
        _s, _e, totals, _p = ds.slot_totals(measure="trips", dims={"age": ["25-45", "45-65"]})
        assert round(float(totals.sum()), 6) == 4.75
        # the sum over the breakdowns: every trip once
        _s, _e, totals, _p = ds.slot_totals(measure="trips")
        assert round(float(totals.sum()), 6) == 21.505


def test_mitma_pipe_file_not_compressed_header_found(tmp_path):
    # the case: a plain pipe-separated MITMA file, whose first data row was taken for the header
    src = DATA / "mitma" / "20240301_Viajes_distritos.csv.gz"
    plain = tmp_path / "20240301_Viajes_distritos.csv"
    plain.write_bytes(gzip.decompress(src.read_bytes()))
    with read_export(plain) as ds:
        assert ds.metadata.format_ids == ["mitma.v2_viajes"]
        assert ds.row_count() == 7


def test_mitma_folder_of_seven_daily_gzip_files_is_one_dataset():
    with read_exports([DATA / "mitma_week"]) as ds:
        assert len(ds.sources) == 7
        assert ds.metadata.format_ids == ["mitma.v2_viajes"]
        # each day d repeats the three real rows of 2022-02-01 times d: (6.329 + 2.925 + 2.794) * (1+...+7)
        assert _sums(ds) == {("trips", "mitma.v2_viajes"): round(12.048 * 28, 6)}
        assert ds.row_count() == 21
        days = {s.astimezone(dt.timezone(dt.timedelta(hours=1))).date() for s in ds.slot_starts()}
        assert days == {dt.date(2022, 2, d) for d in range(1, 8)}
        # periodo 01 of 2022-02-01, 01:00 CET
        assert _first(ds) == dt.datetime(2022, 2, 1, 0, 0, tzinfo=UTC)
        assert ds.zone_ids() == ["01001", "01002", "01009_AM"]
        assert ds.origins() == [("zone", "01001")]


def test_mitma_v1_maestra1_district_other_column_order():
    with read_export(DATA / "mitma" / "20210201_maestra_1_mitma_distrito.txt.gz") as ds:
        assert ds.metadata.format_ids == ["mitma.v1_maestra1"]
        assert _sums(ds) == {("trips", "mitma.v1_maestra1"): 35.024}  # 13.241 + 8.542 + 13.241
        assert ds.zone_ids() == ["01001_AM"] and ds.origins() == [("zone", "01001_AM")]
        assert _first(ds) == dt.datetime(2021, 1, 31, 23, 0, tzinfo=UTC)  # periodo 00, CET
        assert ds.dimensions()["distance"] == ["002-005", "010-050"]


def test_mitma_v1_municipal_third_column_order_and_externo():
    with read_export(DATA / "mitma" / "20210201_maestra_1_mitma_municipio.txt.gz") as ds:
        assert ds.metadata.format_ids == ["mitma.v1_maestra1_municipal"]
        assert _sums(ds) == {("trips", "mitma.v1_maestra1_municipal"): 14.75}  # 10.5 + 4.25
        assert ds.origins() == [("special", "outside"), ("zone", "01001")]  # 'externo' labelled, not dropped
        assert _first(ds) == dt.datetime(2021, 2, 1, 6, 0, tzinfo=UTC)  # periodo 07, CET


def test_mitma_v1_maestra2_and_v2_personas_people_by_overnight_zone():
    with read_export(DATA / "mitma" / "20210201_maestra_2_mitma_distrito.txt.gz") as ds:
        assert _sums(ds) == {("overnight_population", "mitma.v1_maestra2"): 500.75}  # 120.5 + 80.25 + 300
        assert ds.dimensions() == {"trips_per_person": ["0", "1", "2+"]}
        assert ds.metadata.slot_minutes == 1440
    with read_export(DATA / "mitma" / "20220201_Personas_dia_distritos.csv.gz") as ds:
        assert ds.metadata.format_ids == ["mitma.v2_personas"]
        assert _sums(ds) == {("overnight_population", "mitma.v2_personas"): 57.75}  # 10.5 + 40.25 + 7.0
        assert ds.zone_ids() == ["01001", "2807901"] and ds.origins() == []
        assert _first(ds) == dt.datetime(2022, 1, 31, 23, 0, tzinfo=UTC)  # the day 2022-02-01 in Spain


def test_mitma_v2_pernoctaciones_is_an_od_matrix_of_nights():
    with read_export(DATA / "mitma" / "20220201_Pernoctaciones_distritos.csv.gz") as ds:
        assert _sums(ds) == {("nights", "mitma.v2_pernoctaciones"): 1286.75}  # 55.5 + 1200.25 + 31.0
        assert ds.zone_ids() == ["01001", "2807901"]
        assert ds.origins() == [("zone", "01001"), ("zone", "0100101"), ("zone", "2807901")]


# -- Orange Flux Vision ---------------------------------------------------------------------------------
def test_fluxvision_delivery_of_several_families_is_one_dataset():
    with read_exports([DATA / "fluxvision_2023B1"]) as ds:
        m = ds.metadata
        assert m.format_ids == ["fluxvision.diurne", "fluxvision.nuitee", "fluxvision.nuitee_departement"]
        assert "Orange Flux Vision — Nuitée by département: nights" in m.formats
        assert "Orange Flux Vision — Diurne (visitors per day): visitors per day" in m.formats
        assert ds.measures() == ["presence", "nights"]
        assert m.nested_zones and m.absent_below == 20 and m.timezone == "Europe/Paris"
        # rows by family, by hand from make_formats.py
        assert _sums(ds) == {
            ("presence", "fluxvision.diurne"): 52000 + 8400 + 1250 + 640 + 2100 + 3100 + 9100 + 2900,
            ("nights", "fluxvision.nuitee"): 15200 + 2300 + 45 + 4100 + 16800 + 4450,
            ("nights", "fluxvision.nuitee_departement"): 3200 + 2800 + 1900 + 3050,
        }
        assert ds.suppressed_count() == 0  # small cells are absent, not marked
        assert ds.zone_ids() == ["CA du Bassin dAurillac", "Cantal"]
        assert ds.origins() == [("department", "63"), ("department", "69"), ("department", "75"),
                                ("group", "abroad"), ("group", "local"), ("group", "rest_of_country")]
        assert _first(ds) == dt.datetime(2023, 7, 13, 22, 0, tzinfo=UTC)  # 14 July, CEST
        # nights per day: the nested zones are never added (Cantal contains the CA): the largest zone
        _s, _e, nights, _p = ds.slot_totals(measure="nights")
        assert nights.tolist() == [15200 + 2300 + 45, 16800]
        _s, _e, visitors, _p = ds.slot_totals(measure="presence")
        assert visitors.tolist() == [52000 + 8400 + 1250 + 640 + 2100, 9100]
        # the by-département cut is never added to the provenance cut of the same nights
        sel = ds.selection("nights")
        cut_names = {r[0] for r in ds.con.execute("SELECT cut FROM ff_cut WHERE list_contains(?, id)", [sel.cids]).fetchall()}
        assert cut_names == {"fluxvision.nuitee"}
        # an origin filter on a département reads the by-département rows: 2800 + 3050 nights from the Rhône
        _s, _e, rhone, _p = ds.slot_totals(origins=["69"], measure="nights")
        assert rhone.tolist() == [2800, 3050]
        # categories beyond the five profiles are kept as a breakdown
        assert "Excursionniste recurrent" in ds.dimensions()["category"]
        assert "Habituellement present" in ds.dimensions()["category"]
        _s, _e, rec, _p = ds.slot_totals(measure="presence", dims={"category": ["Excursionniste recurrent"]})
        assert rec.tolist() == [1250]
        assert any(c.startswith("VacancesA") for c in m.ignored_columns)


def test_fluxvision_zip_delivery(tmp_path):
    z = tmp_path / "B1 2023_CABA0.zip"
    shutil.make_archive(str(z.with_suffix("")), "zip", DATA / "fluxvision_2023B1")
    with read_exports([z]) as ds:
        assert ds.metadata.format_ids == ["fluxvision.diurne", "fluxvision.nuitee", "fluxvision.nuitee_departement"]
        assert ds.row_count() == 8 + 6 + 4


def test_fluxvision_weekly_file_is_read_as_weeks():
    with read_export(DATA / "fluxvision_weekly" / "Nuitee_Semaine_2023B1_CABA0.csv") as ds:
        assert ds.metadata.format_ids == ["fluxvision.nuitee_semaine"]
        assert ds.metadata.period == "week"
        starts, ends, totals, _p = ds.slot_totals(measure="nights")
        assert totals.tolist() == [98000, 104500]
        # 10 July 00:00 CEST to 17 July 00:00 CEST: one week, not a day
        assert [dt.datetime.fromtimestamp(float(s), UTC) for s in starts] == [
            dt.datetime(2023, 7, 9, 22, tzinfo=UTC), dt.datetime(2023, 7, 16, 22, tzinfo=UTC)]
        assert float(ends[0] - starts[0]) == 7 * 86400


def test_fluxvision_file_renamed_says_what_differs(tmp_path):
    # the same columns are Diurne (visitors) or Nuitée (nights): only the file name tells them apart
    shutil.copy(DATA / "fluxvision_2023B1" / "Nuitee_2023B1_CABA0.csv", tmp_path / "export.csv")
    with pytest.raises(ReadError) as err:
        read_export(tmp_path / "export.csv")
    text = str(err.value)
    assert "Orange Flux Vision" in text and "Nuitee_2023B1_ZONE.csv" in text and "Diurne" in text
    assert err.value.needs_mapping


def test_near_miss_names_the_missing_column(tmp_path):
    p = tmp_path / "20240301_Viajes_distritos.csv"
    p.write_text("fecha|periodo|origen|destino|distancia|actividad_origen|actividad_destino|estudio_origen_posible|"
                 "estudio_destino_posible|residencia|renta|edad|sexo|viaje|viajes_km\n"
                 "20240301|19|01009_AM|01001|0.5-2|frecuente|casa|no|no|01|10-15|NA|NA|5.124|6.120\n", encoding="ascii")
    with pytest.raises(ReadError) as err:
        read_export(p)
    text = str(err.value)
    assert "MITMA" in text and "“viajes”" in text and "“viaje”" in text


# -- Proximus ---------------------------------------------------------------------------------------
def test_proximus_daily_od_date_in_file_name():
    with read_export(DATA / "proximus" / "outputPROXIMUS122747corona20201221AZUREREF001.csv") as ds:
        m = ds.metadata
        assert m.format_ids == ["proximus.daily_od"]
        assert ds.measures() == ["presence", "customers", "dwell_seconds"]
        assert _sums(ds) == {
            ("customers", "proximus.daily_od"): 12934 + 278 + 7745 + 210199,  # nrofimsi, -1 left out
            ("presence", "proximus.daily_od"): round(59351.5 + 1275.7 + 7745 + 210199, 6),  # decimal comma
            ("dwell_seconds", "proximus.daily_od"): 310416000 + 2001600 + 46470000 + 1261194000,
        }
        assert ds.suppressed_count() == 3  # the -1 group (1020 -> 9970) in each of its three measures
        assert ds.con.execute("SELECT count(*) FROM footfall WHERE suppressed = 1 AND count IS NULL").fetchone()[0] == 3
        assert ds.zone_ids() == ["1000", "1020", "9970", "ABROAD"]
        assert ds.origins() == [("postcode", "1000"), ("postcode", "1020"), ("special", "foreign")]
        assert _first(ds) == dt.datetime(2020, 12, 20, 23, 0, tzinfo=UTC)  # 21 December, from the file name
        assert m.slot_minutes == 1440
        assert any(c.startswith("habitatants") for c in m.ignored_columns)


def test_proximus_without_date_in_name(tmp_path):
    shutil.copy(DATA / "proximus" / "outputPROXIMUS122747corona20201221AZUREREF001.csv", tmp_path / "proximus.csv")
    with pytest.raises(ReadError) as err:
        read_export(tmp_path / "proximus.csv")
    assert "file name" in str(err.value)


# -- CRT Occitanie ------------------------------------------------------------------------------------
def test_crt_occitanie_wide_nights_total_checked_not_added():
    with read_export(DATA / "crt_occitanie" / "nuitees.csv") as ds:
        m = ds.metadata
        assert m.format_ids == ["crt_occitanie.nuitees"]
        # 1000 + ... + 13000 = 91000; 100 + ... + 1300 - 900 (dpt_48 is 0: suppressed) = 8200; the outage day
        # is all zeros: suppressed. total_occitanie is not added.
        assert _sums(ds) == {("nights", "crt_occitanie.nuitees"): 91000 + 8200}
        assert ds.suppressed_count() == 1 + 13
        assert ds.zone_ids() == ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"]
        assert _first(ds) == dt.datetime(2017, 12, 31, 23, 0, tzinfo=UTC)
        assert any("total_occitanie" in w and "equals" in w for w in m.warnings)


def test_crt_occitanie_total_that_disagrees_is_reported():
    with read_export(DATA / "crt_occitanie_badtotal" / "nuitees.csv") as ds:
        assert _sums(ds) == {("nights", "crt_occitanie.nuitees"): 91000}
        assert any("total_occitanie" in w and "90000" in w and "91000" in w for w in ds.metadata.warnings)


def test_crt_occitanie_origins_special_and_grouped():
    with read_export(DATA / "crt_occitanie" / "par_origines.csv") as ds:
        assert _sums(ds) == {("nights", "crt_occitanie.par_origines"): 169 + 412 + 57 + 230 + 88 + 17033}
        assert ds.suppressed_count() == 1  # 2A -> 09 is 0: below the threshold or none
        assert ds.zone_ids() == ["09", "65"]
        assert ds.origins() == [("country", "DE"), ("country_group", "BE+LU"), ("country_group", "DK+SE+NO"),
                                ("department", "01"), ("department", "2A"), ("department", "33"),
                                ("special", "other_countries")]
        assert any(c.startswith("Temp_midi") for c in ds.metadata.ignored_columns)


# -- INE --------------------------------------------------------------------------------------------
def test_ine_xlsx_one_sheet_per_month():
    with read_export(DATA / "ine" / "exp_tmov_interno_mun_2023.xlsx") as ds:
        m = ds.metadata
        assert m.format_ids == ["ine.turismo_interno_mun"]
        assert _sums(ds) == {("tourists", "ine.turismo_interno_mun"): 1520 + 310 + 1740}
        assert m.period == "month"
        starts, ends, totals, _p = ds.slot_totals(measure="tourists")
        assert totals.tolist() == [1830, 1740]
        # January 2023 in Spanish time: 1 January 00:00 CET to 1 February 00:00 CET
        assert dt.datetime.fromtimestamp(float(starts[0]), UTC) == dt.datetime(2022, 12, 31, 23, tzinfo=UTC)
        assert dt.datetime.fromtimestamp(float(ends[0]), UTC) == dt.datetime(2023, 1, 31, 23, tzinfo=UTC)
        assert ds.zone_ids() == ["01059"]
        assert ds.origins() == [("zone", "08019"), ("zone", "28079")]
        assert any("Información" in w for w in m.warnings)


def test_ine_inbound_countries_kept_when_unknown():
    with read_export(DATA / "ine" / "exp_tmov_receptor_mun_2023.xlsx") as ds:
        assert _sums(ds) == {("tourists", "ine.turismo_receptor_mun"): 45210 + 38100}
        # Spanish country names are not in the gazetteer: kept as they are, with a warning, never dropped
        assert ds.origins() == [("unknown", "Francia"), ("unknown", "Reino Unido")]
        assert any("Francia" in w for w in ds.metadata.warnings)


# -- calendar periods and the clock change (moved here from issue 16) ----------------------------------------
def test_daily_export_across_spring_clock_change_is_daily(tmp_path):
    p = tmp_path / "daily.csv"
    p.write_text("zone;datetime;count\nA;2019-03-30T00:00:00;100\nA;2019-03-31T00:00:00;120\nA;2019-04-01T00:00:00;90\n",
                 encoding="utf-8")
    with read_export(p, timezone="Europe/Brussels") as ds:
        assert ds.metadata.slot_minutes == 1440
        starts, ends, _t, _p = ds.slot_totals()
        # 31 March lasts 23 hours, and ends at the next local midnight
        assert [(float(e) - float(s)) / 3600 for s, e in zip(starts, ends)] == [24, 23, 24]
        from footfall.core.impact import daily_visitors
        vis = daily_visitors(ds, rule="daily_sum_zones")
        assert vis.rule == "daily_sum_zones" and float(vis.visitors.sum()) == 310


def test_monthly_dates_are_read_as_months_with_a_warning(tmp_path):
    p = tmp_path / "monthly.csv"
    p.write_text("zone;date;count\nA;01/01/2019;3100\nA;01/02/2019;2800\nA;01/03/2019;3300\n", encoding="utf-8")
    with read_export(p, timezone="Europe/Brussels") as ds:
        assert ds.metadata.period == "month"
        assert any("monthly" in w for w in ds.metadata.warnings)
        starts, ends, _t, _p = ds.slot_totals()
        days = [(float(e) - float(s)) / 86400 for s, e in zip(starts, ends)]
        assert [round(d) for d in days] == [31, 28, 31]


# -- the economic impact on a Flux Vision delivery: visitors per day and measured nights ------------------
def test_impact_uses_daily_visitors_and_measured_nights_never_adds_them():
    from footfall.core.impact import ImpactError, SpendRow, SpendTable, Value, compute_impact, daily_visitors

    with read_exports([DATA / "fluxvision_2023B1"]) as ds:
        vis = daily_visitors(ds)
        # nested zones: per profile, group and day the largest zone, the days added up (by hand from the rows)
        assert vis.rule == "daily_max_zones"
        assert float(vis.visitors.sum()) == 52000 + (8400 + 1250) + 640 + 2100 + 9100
        assert vis.nights is not None
        assert float(vis.nights.sum()) == 15200 + 16800 + 2300 + 45
        with pytest.raises(ImpactError):
            daily_visitors(ds, measure="nights")

        def v(x: float) -> Value:
            return Value(x, x, x, "test")
        # 10 EUR a visitor-day, 50 EUR a night, nights per visitor 9 (must NOT be used: nights are measured)
        rows = [SpendRow(p, v(1.0), v(10.0), v(9.0), v(50.0), v(0.0)) for p in
                ("resident", "day_visitor", "overnight_visitor", "commuter", "transit")]
        res = compute_impact(vis, SpendTable(rows, v(1.0), name="test"), precision=0.0)
        visitors = 52000 + 9650 + 640 + 2100 + 9100
        nights = 15200 + 16800 + 2300 + 45
        assert res.visitors == visitors  # never visitors + nights
        assert res.direct[1] == pytest.approx(visitors * 10.0 + nights * 50.0)
        assert res.nights_measured == nights
        assert res.summary()["nights_source"].startswith("measured")


def test_geopackage_round_trip_keeps_measures_cuts_and_breakdowns(tmp_path):
    from footfall.core.gpkg import write_gpkg
    with read_exports([DATA / "fluxvision_2023B1"]) as ds:
        write_gpkg(ds, tmp_path / "fv.gpkg")
        before = _sums(ds)
        dims_before = ds.dimensions()
    with read_export(tmp_path / "fv.gpkg", timezone="Europe/Paris") as back:
        assert _sums(back) == before
        assert back.dimensions() == dims_before
        assert back.measures() == ["presence", "nights"]
        assert back.metadata.nested_zones  # Cantal and its EPCI are still never added
        _s, _e, nights, _p = back.slot_totals(measure="nights")
        assert nights.tolist() == [15200 + 2300 + 45, 16800]
        # the provenance cut (rank 1) still makes the totals of nights, never with the département cut
        sel = back.selection("nights")
        names = {r[0] for r in back.con.execute("SELECT cut FROM ff_cut WHERE list_contains(?, id)", [sel.cids]).fetchall()}
        assert names == {"fluxvision.nuitee"}
