"""footfall:uplift and core.uplift: event versus the median of reference days, worked by hand."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from footfall.core.readers import read_export
from footfall.core.uplift import UpliftQuery, reference_plan, uplift

# the event (Saturday 6 July 2019) and the four previous Saturdays; zone A at 10:00 local, zone B at 10:00
EVENT = "2019-07-06"
A_10 = {"2019-06-08": "100", "2019-06-15": "120", "2019-06-22": "90", "2019-06-29": "300", EVENT: "410"}
B_10 = {"2019-06-08": "60", "2019-06-15": "<30", "2019-06-22": "70", "2019-06-29": "80", EVENT: "75"}


def _export(path, hours=range(24), a=A_10, b=B_10, other=None):
    """A long export zone;date;time;profile;count, hourly; 50 (zone A) and 60 (zone B) outside 10:00,
    and zone B suppressed at 12:00 on the event day."""
    lines = ["zone;date;time;profile;count"]
    for day in a:
        for h in hours:
            va = a[day] if h == 10 else "50"
            vb = b[day] if h == 10 else ("<30" if (day == EVENT and h == 12) else (other or "60"))
            lines.append(f"A;{day};{h:02d}:00;all;{va}")
            lines.append(f"B;{day};{h:02d}:00;all;{vb}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _rows(res):
    return {(res.zone_id[i], res.start[i]): i for i in range(len(res.zone_id))}


def test_median_of_four_previous_saturdays(tmp_path):
    src = _export(tmp_path / "tdf.csv")
    with read_export(src, timezone="Europe/Brussels") as ds:
        res = uplift(ds, UpliftQuery(event_days=[dt.date(2019, 7, 6)]))
    assert res.reference_days[dt.date(2019, 7, 6)] == [dt.date(2019, 6, 8), dt.date(2019, 6, 15),
                                                       dt.date(2019, 6, 22), dt.date(2019, 6, 29)]
    rows = _rows(res)
    ten = dt.datetime(2019, 7, 6, 8, 0, tzinfo=dt.timezone.utc)  # 10:00 CEST
    i = rows[("A", ten)]
    baseline = (100 + 120) / 2  # sorted 90, 100, 120, 300: the mean of the two middle values
    assert res.baseline[i] == baseline == 110
    assert res.event[i] == 410
    assert res.uplift[i] == 410 - 110 == 300
    assert res.relative[i] == pytest.approx(300 / 110)
    assert res.references[i] == 4 and res.baseline_partial[i] == 0
    # zone B at 10:00: references 60, <30, 70, 80. The suppressed one lies in [0, 30): sorted it is the
    # lowest whatever it is, so the median is (60 + 70) / 2 = 65 either way, and it is published.
    j = rows[("B", ten)]
    assert res.baseline[j] == (60 + 70) / 2 and res.baseline_partial[j] == 1
    assert res.uplift[j] == 75 - 65
    # zone B at 12:00 on the event day is suppressed: it stays so, with no uplift
    noon = rows[("B", dt.datetime(2019, 7, 6, 10, 0, tzinfo=dt.timezone.utc))]
    assert res.suppressed[noon] == 1
    assert res.event[noon] != res.event[noon] and res.uplift[noon] != res.uplift[noon]  # NaN
    # totals over the 47 cells with both values: zone A 23 × 50 + 410, zone B 22 × 60 + 75 (noon withheld)
    assert res.cells_in_totals == 47
    assert res.total_event == 23 * 50 + 410 + 22 * 60 + 75
    assert res.total_baseline == 23 * 50 + 110 + 22 * 60 + 65
    assert res.total_uplift == res.total_event - res.total_baseline == 300 + 10


def test_an_undetermined_median_is_not_published(tmp_path):
    # zone B at 10:00: references <30, <30, 70, 80 → the median lies between (0 + 70)/2 and (30 + 70)/2
    b = dict(B_10, **{"2019-06-08": "<30"})
    src = _export(tmp_path / "u.csv", hours=[10], b=b)
    with read_export(src, timezone="Europe/Brussels") as ds:
        res = uplift(ds, UpliftQuery(event_days=[dt.date(2019, 7, 6)]))
    j = _rows(res)[("B", dt.datetime(2019, 7, 6, 8, 0, tzinfo=dt.timezone.utc))]
    assert res.baseline_partial[j] == 1 and res.references[j] == 4
    assert res.baseline[j] != res.baseline[j]  # NaN: not known exactly
    assert res.event[j] == 75 and res.suppressed[j] == 0


def test_slots_are_aligned_by_local_time_across_the_autumn_change(tmp_path):
    # event Saturday 2 November 2019 (CET, UTC+1); references the Saturdays 5, 12, 19 and 26 October (CEST)
    days = {"2019-10-05": "100", "2019-10-12": "200", "2019-10-19": "300", "2019-10-26": "400", "2019-11-02": "1000"}
    lines = ["zone;date;time;profile;count"]
    for day, v in days.items():
        for h in range(24):
            lines.append(f"A;{day};{h:02d}:00;all;{v if h == 10 else 40}")
    src = tmp_path / "dst.csv"
    src.write_text("\n".join(lines) + "\n")
    with read_export(src, timezone="Europe/Brussels") as ds:
        res = uplift(ds, UpliftQuery(event_days=[dt.date(2019, 11, 2)]))
    i = _rows(res)[("A", dt.datetime(2019, 11, 2, 9, 0, tzinfo=dt.timezone.utc))]  # 10:00 CET
    # 10:00 local on the reference days is 08:00 UTC: the 10:00 values 100..400 are compared, not 40s
    assert res.baseline[i] == (200 + 300) / 2
    assert res.uplift[i] == 1000 - 250
    assert res.relative[i] == pytest.approx(750 / 250)


def test_reference_plan_takes_each_event_days_weekday():
    plan = reference_plan(UpliftQuery(event_days=[dt.date(2019, 7, 7), dt.date(2019, 7, 6)], previous_weekdays=2))
    assert plan[dt.date(2019, 7, 6)] == [dt.date(2019, 6, 22), dt.date(2019, 6, 29)]  # Saturdays
    assert plan[dt.date(2019, 7, 7)] == [dt.date(2019, 6, 23), dt.date(2019, 6, 30)]  # Sundays, before the 6th


def _run(tmp_path, src, **extra):
    import processing
    params = {"INPUT": str(src), "TIMEZONE": "Europe/Brussels", "EVENT_DAYS": EVENT,
              "OUTPUT": str(tmp_path / "uplift.gpkg")}
    params.update(extra)
    res = processing.run("footfall:uplift", params)
    return res, QgsVectorLayer(res["OUTPUT"], "u", "ogr")


def test_processing_table_with_a_missing_reference_day(provider, tmp_path):
    # explicit references, one of them (1 June) without any data: the median is over the three others
    src = _export(tmp_path / "e.csv")
    res, layer = _run(tmp_path, src, REFERENCE_DAYS="2019-06-01, 2019-06-15,2019-06-22,2019-06-29")
    assert layer.isValid() and layer.featureCount() == 2 * 24
    feats = {(f["zone_id"], f["start"].toUTC().toString("HH:mm")): f for f in layer.getFeatures()}
    a = feats[("A", "08:00")]
    assert a["baseline"] == 120  # median of 120, 90, 300
    assert a["uplift"] == 410 - 120 and a["references"] == 3
    assert a["relative_change"] == pytest.approx(290 / 120)
    assert a["end"].toSecsSinceEpoch() - a["start"].toSecsSinceEpoch() == 3600
    noon = feats[("B", "10:00")]
    assert noon["suppressed"] == 1 and noon["event"] == NULL and noon["uplift"] == NULL
    # B at 10:00: <30, 70, 80 → the median is 70 whatever the suppressed value is
    assert feats[("B", "08:00")]["baseline"] == 70
    assert res["TOTAL_UPLIFT"] == (410 - 120) + (75 - 70)
    assert res["TOTAL_EVENT"] == 23 * 50 + 410 + 22 * 60 + 75


class _MarkTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        return "[fr] " + source if context in ("Uplift", "UpliftAlgorithm") else ""


def test_an_event_day_absent_from_the_export_is_named(provider, tmp_path):
    import processing
    import footfall.core.i18n as core_i18n
    src = _export(tmp_path / "e.csv", hours=[10])
    t = _MarkTranslator()
    QCoreApplication.installTranslator(t)
    core_i18n.set_translator(QCoreApplication.translate)
    try:
        with pytest.raises(QgsProcessingException) as err:
            processing.run("footfall:uplift", {"INPUT": str(src), "EVENT_DAYS": "2019-07-13",
                                               "OUTPUT": str(tmp_path / "x.gpkg")})
    finally:
        core_i18n.set_translator(None)
        QCoreApplication.removeTranslator(t)
    assert str(err.value).startswith("[fr] The export holds no data on the event day 2019-07-13"), str(err.value)
    assert not (tmp_path / "x.gpkg").exists()


def test_qgis_process_uplift_with_zone_polygons(tmp_path, qgis_process_env):
    src = _export(tmp_path / "e.csv", hours=[10, 11])
    zones = tmp_path / "zones.geojson"
    zones.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"zone_id": z}, "geometry": {"type": "Polygon", "coordinates": [
            [[x, 50.8], [x + 0.01, 50.8], [x + 0.01, 50.81], [x, 50.81], [x, 50.8]]]}} for z, x in (("A", 4.35), ("B", 4.37))]}))
    out = tmp_path / "u.gpkg"
    run = subprocess.run(["qgis_process.bin", "--json", "run", "footfall:uplift", "--", f"INPUT={src}",
                          f"ZONES={zones}", "ZONE_FIELD=zone_id", "TIMEZONE=Europe/Brussels", f"EVENT_DAYS={EVENT}",
                          "PREVIOUS_WEEKDAYS=4", f"OUTPUT={out}"], env=qgis_process_env, capture_output=True,
                         text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    res = json.loads(run.stdout[run.stdout.index("{"):])
    # 10:00: A 410 − 110, B 75 − 65; 11:00: A 50 − 50, B 60 − 60
    assert res["results"]["TOTAL_UPLIFT"] == (410 - 110) + (75 - 65)
    assert res["results"]["TOTAL_BASELINE"] == 110 + 65 + 50 + 60
    layer = QgsVectorLayer(str(out), "u", "ogr")
    assert layer.featureCount() == 4
    assert all(f.geometry().area() > 0 for f in layer.getFeatures())
