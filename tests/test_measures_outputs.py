"""Every output says what it counts, and never adds two measures (issue 14): flows, catchment, heat,
uplift, impact and the report on a Flux Vision delivery (visitors per day and nights, nested zones) and on
a MITMA day (trips between zones of one zoning, with ``externo``).

Every expected figure is worked out by hand from the fixture rows (tests/data/formats/make_formats.py).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from footfall.core.flows import FlowQuery, flow_measure, origin_flows
from footfall.core.readers import read_export, read_exports

DATA = Path(__file__).parent / "data" / "formats"
FV = DATA / "fluxvision_2023B1"
MITMA_DAY = DATA / "mitma" / "20240301_Viajes_distritos.csv.gz"

#: Test squares (WGS 84) for the MITMA zones of the fixture: not their real outlines, only where the
#: flows start and end.
MITMA_ZONES = {"01001": (-2.51, 42.84), "01002": (-3.00, 43.05), "01009_AM": (-2.80, 42.70), "2807901": (-3.70, 40.42)}


def _square(lon: float, lat: float, d: float = 0.02) -> str:
    return (f"POLYGON (({lon - d} {lat - d}, {lon + d} {lat - d}, {lon + d} {lat + d}, {lon - d} {lat + d}, "
            f"{lon - d} {lat - d}))")


def _mitma(zones: bool = True):
    ds = read_export(MITMA_DAY, threshold=1)  # tiny fixture counts: a threshold of 1 lets them show
    if zones:
        ds.set_zones({z: _square(*p) for z, p in MITMA_ZONES.items()}, "EPSG:4326")
    return ds


# -- flows ------------------------------------------------------------------------------------------------
def test_fluxvision_flows_count_one_measure_of_one_zone():
    with read_exports([FV]) as ds:
        # the first measure with origins is visitors per day, whose origins are the provenance groups
        assert flow_measure(ds) == ("presence", ["fluxvision.diurne"])
        res = origin_flows(ds, FlowQuery())
        assert res.measure == "presence" and res.measure_label == "visitors per day"
        # groups are not places: listed with their visitors, never dropped; Cantal only (it contains the
        # CA du Bassin d'Aurillac: nested zones are never added): local 52000; rest of the country
        # 8400 + 1250 + 2100 + 9100; abroad 640
        got = {(t, c): v for t, c, v, _n in res.unresolved}
        assert got == {("group", "local"): 52000, ("group", "rest_of_country"): 20850, ("group", "abroad"): 640}
        assert res.flows == []
        # nights: the by-département cut (places), never added to the provenance cut of nights
        assert flow_measure(ds, "nights") == ("nights", ["fluxvision.nuitee_departement"])
        nights = origin_flows(ds, FlowQuery(measure="nights", level=2))
        assert nights.measure_label == "nights"
        assert {f.code: f.visitors for f in nights.flows} == {"69": 2800 + 3050, "63": 3200, "75": 1900}
        assert nights.total == 10950


def test_mitma_flows_from_zones_of_the_same_zoning_placed_at_their_centroids():
    with _mitma() as ds:
        res = origin_flows(ds, FlowQuery())
        assert res.measure == "trips" and res.measure_label == "trips per hour"
        by = {f.code: f for f in res.flows}
        # 01009_AM: 5.124 + 1.743 + 2.404 + 5.124; 01002: 2.360; 01001: 1.25 (to 2807901)
        assert {c: round(f.visitors, 3) for c, f in by.items()} == {"01009_AM": 14.395, "01002": 2.36, "01001": 1.25}
        assert round(res.total, 3) == 18.005
        p = by["01009_AM"].place
        assert p.level == "zone" and (round(p.lon, 3), round(p.lat, 3)) == (-2.8, 42.7)
        # externo is labelled and listed, never dropped
        assert res.unresolved == [("special", "outside", 3.5, 1)]
        from footfall.core.origins import special_label
        assert special_label("special", "outside") == "outside the study area"


def test_mitma_flows_without_zone_layer_say_they_need_it():
    with _mitma(zones=False) as ds:
        res = origin_flows(ds, FlowQuery())
        assert res.flows == [] and res.zones_without_geometry == 3
        assert round(res.unresolved_total, 3) == round(18.005 + 3.5, 3)


def test_catchment_on_both_names_its_measure():
    from footfall.core.catchment import catchment
    with _mitma() as ds:
        c = catchment(ds, MITMA_ZONES["01001"], FlowQuery(level=0))
        assert c.flows.measure_label == "trips per hour" and round(c.total, 3) == 18.005
        # the largest origin (01009_AM) is about 32 km from 01001: half of the trips come from within it
        assert c.rows[0].flow.code == "01009_AM" and 20 < c.rows[0].distance_km < 40
    with read_exports([FV]) as ds:
        c = catchment(ds, (2.44, 44.93), FlowQuery(level=2, measure="nights"))  # Aurillac
        assert c.flows.measure_label == "nights" and c.total == 10950


# -- heat, uplift, the dock's totals ---------------------------------------------------------------------------
def test_heat_matrix_counts_one_measure():
    from footfall.core.heat import slot_matrix
    with _mitma() as ds:
        counts, starts, _e, zones, _s = slot_matrix(ds)
        # the first (and only) measure: trips, all 21.505 of them, by destination zone and hour
        assert round(float(counts[counts == counts].sum()), 3) == 21.505
        assert zones == ["01001", "2807901"] and len(starts) == 5
    with read_exports([FV]) as ds:
        # visitors per day by default; nights when asked; never both (nested: per zone, not summed)
        counts, *_ = slot_matrix(ds)
        assert float(counts.sum()) == 52000 + 8400 + 1250 + 640 + 2100 + 3100 + 9100 + 2900
        counts, *_ = slot_matrix(ds, measure="nights")
        assert float(counts.sum()) == 15200 + 2300 + 45 + 4100 + 16800 + 4450


def test_uplift_compares_one_measure():
    from footfall.core.uplift import UpliftQuery, uplift
    with read_exports([FV]) as ds:
        res = uplift(ds, UpliftQuery(event_days=[dt.date(2023, 7, 14)], reference_days=[dt.date(2023, 7, 15)],
                                     measure="nights"))
        # Cantal: 15200 + 2300 + 45 nights against 16800; CA: 4100 against 4450
        by_zone = {z: (e, b) for z, e, b in zip(res.zone_id, res.event, res.baseline)}
        assert by_zone == {"Cantal": (17545, 16800), "CA du Bassin dAurillac": (4100, 4450)}


def test_sum_counts_refuses_to_add_measures():
    with read_exports([FV]) as ds:
        with pytest.raises(ValueError):
            ds.sum_counts()
        assert ds.sum_counts("nights") == 15200 + 2300 + 45 + 4100 + 16800 + 4450 + 3200 + 2800 + 1900 + 3050


# -- impact and report ------------------------------------------------------------------------------------
def test_impact_refuses_an_export_without_visitors():
    from footfall.core.impact import ImpactError, daily_visitors
    with _mitma() as ds, pytest.raises(ImpactError) as err:
        daily_visitors(ds)
    assert "trips per hour" in str(err.value) and "not visitors" in str(err.value)


def test_report_figures_name_their_measure():
    from footfall.core.report_data import event_figures
    with _mitma() as ds:
        fig = event_figures(ds)
        assert fig.measure == "trips" and fig.measure_label == "trips per hour"
        assert fig.rule == "" and fig.visitor_days == 0 and fig.impact is None
        # the busiest hour: 19:00 on 1 March (5.124 + 3.5 + 1.25)
        assert round(fig.peak_total, 3) == 9.874 and fig.peak_start.hour == 19
        assert fig.countries is not None and fig.countries.measure_label == "trips per hour"
    with read_exports([FV]) as ds:
        fig = event_figures(ds)
        assert fig.measure_label == "visitors per day" and fig.measures_text == "visitors per day, nights"
        # the peak day's visitors of the largest zone (nested zones: never the sum)
        assert fig.peak_total == 52000 + 8400 + 1250 + 640 + 2100


# -- through Processing, as a user runs them --------------------------------------------------------------------
V2 = ("fecha|periodo|origen|destino|distancia|actividad_origen|actividad_destino|estudio_origen_posible|"
      "estudio_destino_posible|residencia|renta|edad|sexo|viajes|viajes_km\n")


def _log():
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines: list[str] = []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)

        def pushWarning(self, warning):  # noqa: N802
            self.lines.append(warning)

    return Feedback()


def _pdf_text(path: Path) -> str:
    import shutil
    import subprocess
    import unicodedata
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is missing")
    return unicodedata.normalize("NFKC", subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                                        text=True, check=True).stdout)


@pytest.fixture()
def mitma_gpkg(provider, tmp_path):
    """A MITMA day (counts of 30 and more: every flow may be shown) imported with its zone layer."""
    import gzip
    import processing
    day = tmp_path / "20240301_Viajes_distritos.csv.gz"
    day.write_bytes(gzip.compress((V2
        + "20240301|08|01009_AM|01001|2-10|casa|trabajo_estudio|no|no|01|10-15|NA|NA|120.5|600.0\n"
        + "20240301|08|01002|01001|10-50|casa|trabajo_estudio|no|no|01|10-15|25-45|mujer|40.25|900.0\n"
        + "20240301|09|01009_AM|01001|2-10|casa|frecuente|no|no|01|>15|NA|NA|60.0|300.0\n"
        + "20240301|09|externo|01001|>50|no_frecuente|casa|no|no|28|>15|NA|NA|35.0|2100.0\n"
        + "20240301|18|01001|2807901|>50|trabajo_estudio|casa|no|no|01|>15|45-65|hombre|33.0|11000.0\n").encode("ascii")))
    zones = tmp_path / "zonificacion_distritos.geojson"
    zones.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"ID": z},
         "geometry": {"type": "Polygon", "coordinates": [[[x - 0.02, y - 0.02], [x + 0.02, y - 0.02], [x + 0.02, y + 0.02],
                                                          [x - 0.02, y + 0.02], [x - 0.02, y - 0.02]]]}}
        for z, (x, y) in MITMA_ZONES.items()]}), encoding="utf-8")
    out = tmp_path / "mitma.gpkg"
    processing.run("footfall:import_export", {"INPUT": str(day), "ZONES": str(zones), "ZONE_FIELD": "ID",
                                              "TIMEZONE": "Europe/Madrid", "OUTPUT": str(out)})
    return out


@pytest.fixture()
def fv_gpkg(provider, tmp_path):
    """The Flux Vision delivery (three families) imported from its folder."""
    import processing
    out = tmp_path / "fv.gpkg"
    processing.run("footfall:import_export", {"FOLDER": str(FV), "TIMEZONE": "Europe/Paris", "OUTPUT": str(out)})
    return out


def test_processing_on_a_mitma_day_names_trips_everywhere(mitma_gpkg, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsVectorLayer
    base = {"INPUT": str(mitma_gpkg), "TIMEZONE": "Europe/Madrid"}
    fb = _log()
    res = processing.run("footfall:origin_flows", dict(base, OUTPUT=str(tmp_path / "flows.gpkg")), feedback=fb)
    assert "What the figures measure: trips per hour." in fb.lines and res["MEASURE"] == "trips"
    # placed at the zones' centroids: 01009_AM 120.5 + 60; 01002 40.25; 01001 33 (to 2807901); externo listed
    assert res["TOTAL"] == pytest.approx(120.5 + 60 + 40.25 + 33)
    assert any("outside the study area (35)" in line for line in fb.lines), fb.lines
    layer = QgsVectorLayer(res["OUTPUT"])
    drawn = {f["origin_code"]: f["visitors"] for f in layer.getFeatures() if f.hasGeometry()}
    assert drawn == {"01009_AM": 180.5, "01002": 40.25, "01001": 33.0}
    fb = _log()
    res = processing.run("footfall:catchment", dict(base, OUTPUT=str(tmp_path / "c.gpkg")), feedback=fb)
    assert "What the figures measure: trips per hour." in fb.lines and res["TOTAL"] == pytest.approx(253.75)
    fb = _log()
    res = processing.run("footfall:origin_summary", dict(base, OUTPUT=str(tmp_path / "s.gpkg")), feedback=fb)
    assert "What the figures measure: trips per hour." in fb.lines
    fb = _log()
    res = processing.run("footfall:heat_cube", dict(base, RADIUS=5000, PIXEL_SIZE=2000, OUTPUT=str(tmp_path / "h.tif")),
                         feedback=fb)
    assert "What the figures measure: trips per hour." in fb.lines and res["BANDS"] == 3  # 08, 09, 18 h
    with pytest.raises(QgsProcessingException) as err:
        processing.run("footfall:economic_impact", dict(base, PRESET=0, OUTPUT="TEMPORARY_OUTPUT"))
    assert "trips per hour" in str(err.value)
    pdf = tmp_path / "report.pdf"
    processing.run("footfall:event_report", dict(base, LANGUAGE=0, OUTPUT=str(pdf)))
    text = _pdf_text(pdf)
    assert "trips per hour" in text and "no visitors" in text.lower()
    assert "Visits over the period" not in text


def test_processing_on_a_fluxvision_delivery_names_each_measure(fv_gpkg, tmp_path):
    import processing
    from footfall.core.model import MEASURES
    base = {"INPUT": str(fv_gpkg), "TIMEZONE": "Europe/Paris"}
    nights = MEASURES.index("nights") + 1
    fb = _log()
    res = processing.run("footfall:origin_flows", dict(base, VENUE="2.44,44.93 [EPSG:4326]", LEVEL=2, MEASURE=nights,
                                                       OUTPUT=str(tmp_path / "flows.gpkg")), feedback=fb)
    assert "What the figures measure: nights." in fb.lines and res["MEASURE"] == "nights"
    assert res["TOTAL"] == 3200 + 2800 + 3050 + 1900
    fb = _log()
    res = processing.run("footfall:origin_flows", dict(base, VENUE="2.44,44.93 [EPSG:4326]", OUTPUT=str(tmp_path / "f2.gpkg")),
                         feedback=fb)
    # visitors per day come by provenance only: listed with their names, nothing drawn
    assert "What the figures measure: visitors per day." in fb.lines and res["TOTAL"] == 0
    assert any("local (Flux Vision provenance) (52,000)" in line or "local (Flux Vision provenance) (52 000)" in line
               for line in fb.lines), fb.lines
    fb = _log()
    res = processing.run("footfall:uplift", dict(base, EVENT_DAYS="2023-07-14", REFERENCE_DAYS="2023-07-15",
                                                 MEASURE=nights, OUTPUT="TEMPORARY_OUTPUT"), feedback=fb)
    assert "What the figures measure: nights." in fb.lines
    assert res["TOTAL_EVENT"] == 15200 + 2300 + 45 + 4100 and res["TOTAL_BASELINE"] == 16800 + 4450
    fb = _log()
    res = processing.run("footfall:economic_impact", dict(base, PRESET=1, OUTPUT="TEMPORARY_OUTPUT"), feedback=fb)
    assert "What the figures measure: visitors per day, nights." in fb.lines, fb.lines
    pdf = tmp_path / "report.pdf"
    processing.run("footfall:event_report", dict(base, LANGUAGE=0, OUTPUT=str(pdf)))
    text = _pdf_text(pdf)
    assert "visitors per day, nights" in text


# -- zone polygons (point 6): bundled where they can be, named where they cannot ---------------------------------
def test_crt_occitanie_departements_get_their_bundled_polygons():
    from footfall.core.heat import cube_for_dataset, ensure_projected, HeatParams
    with read_export(DATA / "crt_occitanie" / "nuitees.csv") as ds:
        zones = ds.zones_wkt()
        assert sorted(zones) == ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"]
        assert ds.metadata.crs == "EPSG:4326"
        assert any("bundled boundaries of French départements" in w and "13 of 13" in w for w in ds.metadata.warnings)
        # the heat map of nights now needs no zone layer (Lambert-93 for French time)
        assert ensure_projected(ds) == "EPSG:2154"
        cube, cols, _supp = cube_for_dataset(ds, HeatParams(radius=20000, pixel=10000, output=2))
        assert len(cols) == 13 and cube.shape[0] == 3  # three days (the third, an outage, all suppressed)


def test_without_bundled_polygons_the_algorithms_name_the_layer_they_need(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException) as err:
        processing.run("footfall:heat_cube", {"INPUT": str(MITMA_DAY), "TIMEZONE": "Europe/Madrid",
                                              "OUTPUT": str(tmp_path / "h.tif")})
    assert "zonificacion_distritos" in str(err.value) and "give a zone layer" in str(err.value)
    with pytest.raises(QgsProcessingException) as err:
        processing.run("footfall:origin_flows", {"INPUT": str(DATA / "proximus" / "outputPROXIMUS122747corona20201221AZUREREF001.csv"),
                                                 "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "Belgian postcodes" in str(err.value)
