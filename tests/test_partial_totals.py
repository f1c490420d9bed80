"""Zone-slot totals when the total rows (profile ``all``, or rows without an origin) cover only part of
the data: the zones and days without them keep their counts (the sum of their breakdown rows) instead of
silently vanishing, and breakdown rows that re-count a time already covered by total rows (a daily origin
file beside a quarter-hour presence file) are still left out."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from footfall.core.dataset import Dataset

DAY = dt.timedelta(days=1)
T0 = dt.datetime(2019, 7, 6, tzinfo=dt.timezone.utc)


def _dataset(rows) -> Dataset:
    """A dataset from (zone, start, end, profile, origin code or None, count or None) rows."""
    ds = Dataset(":memory:")
    ins = [(z, s, e, p, "unknown" if o is None else "country", o, c, 1 if c is None else 0)
           for z, s, e, p, o, c in rows]
    ds.con.execute("CREATE TEMP TABLE _rows (zone_id VARCHAR, start TIMESTAMPTZ, \"end\" TIMESTAMPTZ, profile VARCHAR, "
                   "origin_type VARCHAR, origin_code VARCHAR, count DOUBLE, suppressed TINYINT)")
    ds.con.executemany("INSERT INTO _rows VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ins)
    ds.insert_rows("_rows")
    return ds


def _cells(ds, **kw) -> dict[tuple[str, dt.datetime], tuple]:
    sql, params = ds.zone_slot_totals(**kw)
    return {(z, s.astimezone(dt.timezone.utc)): (c, sp, parts)
            for z, s, _e, c, sp, parts in ds.con.execute(sql, params).fetchall()}


def test_profile_all_on_one_day_only_keeps_the_other_days():
    # three days, two zones; each zone has day visitors 200 and residents 100 every day (300 a zone,
    # 600 a day); the export adds a profile 'all' row (the same 300) on the first day only
    rows = []
    for d in range(3):
        s = T0 + d * DAY
        for z in ("A", "B"):
            rows += [(z, s, s + DAY, "day_visitor", None, 200.0), (z, s, s + DAY, "resident", None, 100.0)]
            if d == 0:
                rows.append((z, s, s + DAY, "all", None, 300.0))
    with _dataset(rows) as ds:
        cells = _cells(ds)
        assert len(cells) == 6  # every zone and day, not only the first day's two
        assert sum(c for c, _sp, _p in cells.values()) == 1800  # not 600
        assert cells[("A", T0)] == (300, 0, 1)  # the 'all' row where there is one, not added to the profiles
        assert cells[("B", T0 + 2 * DAY)] == (300, 0, 2)  # the profiles summed where there is none
        starts, _ends, totals, supp = ds.slot_totals()
        assert totals.tolist() == [600, 600, 600] and supp.tolist() == [0, 0, 0]
        # a profile filter is unchanged: day visitors only, every day
        assert sum(c for c, _sp, _p in _cells(ds, profiles=["day_visitor"]).values()) == 1200


def test_rows_without_origin_for_one_zone_only_keep_the_other_zones():
    # zone A has a total row (no origin) and its origin breakdown; zone B only the breakdown by origin
    rows = [("A", T0, T0 + DAY, "day_visitor", None, 500.0),
            ("A", T0, T0 + DAY, "day_visitor", "FR", 300.0), ("A", T0, T0 + DAY, "day_visitor", "NL", 200.0),
            ("B", T0, T0 + DAY, "day_visitor", "FR", 120.0), ("B", T0, T0 + DAY, "day_visitor", "NL", None)]
    with _dataset(rows) as ds:
        cells = _cells(ds)
        assert cells[("A", T0)] == (500, 0, 1)
        assert cells[("B", T0)] == (120, 1, 2)  # known part 120, one part suppressed: a lower bound
        _s, _e, totals, supp = ds.slot_totals()
        assert totals.tolist() == [620] and supp.tolist() == [1]
        # an origin filter still reads the breakdown of every zone
        assert {k[0]: v[0] for k, v in _cells(ds, origins=["FR"]).items()} == {"A": 300, "B": 120}


def test_daily_origins_beside_quarter_hours_are_not_added_as_extra_slots():
    # the operator's two files of one event: presence per quarter hour (no origin) and the day's visitors
    # by origin; the daily rows re-count people of the quarter hours and must not become a slot of their own
    q = dt.timedelta(minutes=15)
    rows = [("A", T0 + i * q, T0 + (i + 1) * q, "day_visitor", None, 100.0 + i) for i in range(96)]
    rows += [("A", T0, T0 + DAY, "day_visitor", "FR", 900.0), ("A", T0, T0 + DAY, "day_visitor", "NL", 400.0)]
    with _dataset(rows) as ds:
        cells = _cells(ds)
        assert len(cells) == 96 and max(c for c, _sp, _p in cells.values()) == 195
        starts, ends, totals, _supp = ds.slot_totals()
        assert len(starts) == 96 and float((ends - starts).max()) == 900.0


def test_slot_totals_are_the_sums_of_the_zone_slot_totals():
    rng = np.random.default_rng(1)
    rows = []
    for d in range(2):
        s = T0 + d * DAY
        for z in "ABCD":
            for p in ("day_visitor", "resident", "transit"):
                for o in ("FR", "NL", "DE"):
                    v = float(rng.integers(10, 200))
                    rows.append((z, s, s + DAY, p, o, None if v < 30 else v))
            if z in "AB" and d == 1:
                rows.append((z, s, s + DAY, "all", None, 1000.0))
    with _dataset(rows) as ds:
        cells = _cells(ds)
        _s, _e, totals, supp = ds.slot_totals()
        for i, day in enumerate((T0, T0 + DAY)):
            assert totals[i] == pytest.approx(sum(v[0] or 0 for k, v in cells.items() if k[1] == day))
            assert supp[i] == sum(v[1] for k, v in cells.items() if k[1] == day)
        assert cells[("A", T0 + DAY)][0] == 1000 and cells[("C", T0 + DAY)][0] > 0
