"""Local clock time for QGIS's Temporal Controller (core/clock.py): worked out by hand across both
daylight-saving changes, and written into the GeoPackage's zone_slots layer."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from footfall.core import clock

DATA = Path(__file__).parent / "data"


def _utc(*args) -> float:
    return dt.datetime(*args, tzinfo=dt.timezone.utc).timestamp()


def test_clock_time_across_the_spring_change_in_brussels():
    # 31 March 2019: 00:45 UTC is 01:45 CET, 01:00 UTC is already 03:00 CEST (02:00-03:00 does not exist)
    got = clock.clock_epochs([_utc(2019, 3, 31, 0, 45), _utc(2019, 3, 31, 1, 0)], "Europe/Brussels")
    assert [dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%H:%M") for t in got] == ["01:45", "03:00"]


def test_clock_time_repeats_the_autumn_hour():
    # 27 October 2019: 00:00 UTC is 02:00 CEST and 01:00 UTC is 02:00 CET: the same clock time twice
    a, b = clock.clock_epochs([_utc(2019, 10, 27, 0, 0), _utc(2019, 10, 27, 1, 0)], "Europe/Paris")
    assert a == b == _utc(2019, 10, 27, 2, 0)
    assert clock.local_text(_utc(2019, 10, 27, 0, 0), "Europe/Paris") == "2019-10-27 02:00 CEST"
    assert clock.local_text(_utc(2019, 10, 27, 1, 0), "Europe/Paris") == "2019-10-27 02:00 CET"


def test_a_daily_slot_is_24_clock_hours_even_on_the_23_hour_day():
    # local midnights around the spring change are 23 hours apart in UTC, 24 in clock time
    mids = [_utc(2019, 3, 30, 23, 0), _utc(2019, 3, 31, 22, 0)]
    c = clock.clock_epochs(mids, "Europe/Brussels")
    assert mids[1] - mids[0] == 23 * 3600 and c[1] - c[0] == 24 * 3600


def test_natural_step():
    assert clock.natural_step(900) == (15, "minutes")
    assert clock.natural_step(3600) == (1, "hours")
    assert clock.natural_step(86400) == (1, "days")
    assert clock.natural_step(5400) == (90, "minutes")
    assert clock.natural_step(7.5) == (7.5, "seconds")


@pytest.mark.parametrize("name, expected", [
    # the last slot before the spring change ends at 03:00 CEST: on the clock it covers the missing hour
    ("nl_dst_spring_15min.csv", [("2019-03-31 01:45 CET", "2019-03-31T01:45:00.001Z", "2019-03-31T02:59:59.999Z"),
                                 ("2019-03-31 03:00 CEST", "2019-03-31T03:00:00.001Z", "2019-03-31T03:14:59.999Z")]),
    # in the hour repeated in autumn both passes are on the clock's 02:00-03:00 frame
    ("en_dst_autumn_hourly.csv", [("2019-10-27 02:00 CEST", "2019-10-27T02:00:00.001Z", "2019-10-27T02:59:59.999Z"),
                                  ("2019-10-27 02:00 CET", "2019-10-27T02:00:00.001Z", "2019-10-27T02:59:59.999Z")]),
])
def test_the_zone_slots_layer_holds_utc_local_and_clock_times(tmp_path, name, expected):
    from footfall.core.gpkg import write_gpkg
    from footfall.core.readers import read_export
    ds = read_export(DATA / name, timezone="Europe/Brussels")
    zone = ds.con.execute("SELECT DISTINCT zone_id FROM footfall").fetchone()[0]
    ds.set_zones({zone: "POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))"}, "EPSG:31370")
    out = write_gpkg(ds, tmp_path / "dst.gpkg", include_table=False)
    ds.close()
    db = sqlite3.connect(str(out))
    rows = db.execute('SELECT start, start_local, clock_start, clock_end FROM zone_slots ORDER BY start').fetchall()
    db.close()
    got = [(r[1], r[2], r[3]) for r in rows]
    # the two slots around the change, found by their UTC start
    utc = {"nl_dst_spring_15min.csv": ("2019-03-31T00:45:00.000Z", "2019-03-31T01:00:00.000Z"),
           "en_dst_autumn_hourly.csv": ("2019-10-27T00:00:00.000Z", "2019-10-27T01:00:00.000Z")}[name]
    assert [g for r, g in zip(rows, got) if r[0] in utc] == expected
    assert len({r[0] for r in rows}) == len(rows), "one row per UTC slot: nothing merged"
