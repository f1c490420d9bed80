"""Gazetteers and origin flows (core): places where they are, totals kept at every level, the anonymity
rule worked out by hand, unresolved origins reported, curved lines."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from footfall.core.dataset import Dataset
from footfall.core.demo import demo_files
from footfall.core.flows import FOLLOW_SCALE, FlowQuery, curves, origin_flows, origin_flows_by_level
from footfall.core.gazetteer import gazetteer, haversine_km
from footfall.core.readers import read_exports

GRAND_PLACE = (4.35236, 50.84673)
LYON = (4.83566, 45.76404)  # Place Bellecour


@pytest.fixture(scope="module")
def demos(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    out = {}
    for which, tz in (("brussels", "Europe/Brussels"), ("lyon", "Europe/Paris")):
        out[which] = read_exports([demo_files(which, folder)["origin"]], timezone=tz)
    yield out
    for ds in out.values():
        ds.close()


def test_known_places_land_where_they_are():
    g = gazetteer()
    p = g.resolve("postcode", "1000", "BE")
    assert haversine_km(p.lon, p.lat, *GRAND_PLACE) < 2.0
    d = g.resolve("department", "69", "FR")
    assert haversine_km(d.lon, d.lat, *LYON) < 30.0
    it = g.resolve("country", "IT")
    assert 6.6 < it.lon < 18.6 and 35.4 < it.lat < 47.1  # Italy's bounding box
    assert g.resolve("country", "Italie", "FR") is it and g.resolve("unknown", "Italië") is it
    assert g.resolve("municipality", "Gand", "BE").name("nl") == "Gent"
    assert g.resolve("unknown", "Rhône (69)", "FR") is d
    assert g.resolve("postcode", "69003", "FR").code == "69123"  # Lyon
    # chains: postcode -> municipality -> (province) -> region -> country
    assert [x.level for x in g.chain(g.resolve("postcode", "9000"))] == [
        "postcode", "municipality", "province", "region", "country"]
    assert [x.code for x in g.chain(d)] == ["69", "84", "FR"]
    assert g.resolve("postcode", "9999") is None


def test_every_demo_origin_resolves_and_totals_hold_at_every_level(demos):
    for which, ds in demos.items():
        totals = []
        for level in range(5):
            r = origin_flows(ds, FlowQuery(level=level))
            assert r.unresolved == [], which
            assert sum(f.visitors for f in r.flows) == pytest.approx(r.total)
            totals.append(r.total)
        assert totals == pytest.approx([totals[0]] * 5)
        # the whole-period total is the sum of the known origin counts of the profiles used
        known = ds.con.execute("SELECT sum(count) FROM footfall WHERE origin_code IS NOT NULL").fetchone()[0]
        assert totals[0] == pytest.approx(known)


def test_lyon_foreigners_in_the_order_the_city_published(demos):
    r = origin_flows(demos["lyon"], FlowQuery(level=4))
    foreign = [f.code for f in r.flows if f.code != "FR"][:5]
    assert foreign == ["IT", "CH", "ES", "DE", "GB"]


def _dataset(rows, threshold=30):
    """A dataset from (postcode, day, profile, count) rows, one zone; count None = suppressed."""
    ds = Dataset(":memory:")
    ds.metadata.threshold = threshold
    ins = []
    for pc, day, profile, count in rows:
        start = dt.datetime(2019, 7, 6 + day, tzinfo=dt.timezone.utc)
        ins.append(("z1", start, start + dt.timedelta(days=1), profile, "postcode", pc, count,
                    1 if count is None else 0))
    ds.con.execute("CREATE TEMP TABLE _rows (zone_id VARCHAR, start TIMESTAMPTZ, \"end\" TIMESTAMPTZ, profile VARCHAR, "
                   "origin_type VARCHAR, origin_code VARCHAR, count DOUBLE, suppressed TINYINT)")
    ds.con.executemany("INSERT INTO _rows VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ins)
    ds.insert_rows("_rows")
    return ds


# Antwerp province: 2000 Antwerpen, 2800 Mechelen, 2300 Turnhout; East Flanders: 9000 Gent; Limburg: 3500 Hasselt.
ROWS = [("2000", 0, "day_visitor", 100), ("2800", 0, "day_visitor", 20), ("2300", 0, "day_visitor", 50),
        ("9000", 0, "day_visitor", 40), ("3500", 0, "day_visitor", 10)]


def _by_key(r):
    return {f.key: f for f in r.flows}


def test_small_flows_merge_into_whole_siblings_at_the_next_level():
    with _dataset(ROWS) as ds:
        r = _by_key(origin_flows(ds, FlowQuery(level=1)))
        # Mechelen (20) is below 30: merged in its province with the smallest whole sibling, Turnhout (50).
        assert r["BE:municipality:11002"].visitors == 100
        assert r["other:BE:province:10000"].visitors == 20 + 50
        assert r["other:BE:province:10000"].members == 2
        # Hasselt (10) alone makes Limburg too small: it goes up to the Flemish Region, where the smallest
        # whole province, East Flanders (Gent 40), joins it.
        assert r["other:BE:region:02000"].visitors == 10 + 40
        assert "BE:municipality:44021" not in r and "BE:municipality:71022" not in r
        assert sum(f.visitors for f in r.values()) == 100 + 20 + 50 + 40 + 10
        # At province level the same region bucket comes out: no two outputs subtract to a small flow.
        p = _by_key(origin_flows(ds, FlowQuery(level=2)))
        assert p["BE:province:10000"].visitors == 170
        assert p["other:BE:region:02000"].visitors == 10 + 40
        assert set(p) == {"BE:province:10000", "other:BE:region:02000"}


def test_a_flow_small_on_one_day_is_merged_even_if_its_total_is_large():
    rows = [("2000", 0, "day_visitor", 100), ("2000", 1, "day_visitor", 100),
            ("2800", 0, "day_visitor", 40), ("2800", 1, "day_visitor", 10),  # total 50, but 10 on day 2
            ("2300", 0, "day_visitor", 60), ("2300", 1, "day_visitor", 60)]
    with _dataset(rows) as ds:
        r = _by_key(origin_flows(ds, FlowQuery(level=1)))
        assert "BE:municipality:12025" not in r
        other = r["other:BE:province:10000"]
        assert other.visitors == 40 + 10 + 60 + 60
        assert list(other.per_slot) == [40 + 60, 10 + 60]


def test_a_profile_filter_does_not_change_what_is_merged():
    rows = [("2000", 0, "day_visitor", 100), ("2000", 0, "overnight_visitor", 100),
            ("2800", 0, "day_visitor", 80), ("2800", 0, "overnight_visitor", 5),
            ("2300", 0, "day_visitor", 60), ("2300", 0, "overnight_visitor", 60)]
    with _dataset(rows) as ds:
        r = _by_key(origin_flows(ds, FlowQuery(level=1, profiles=["day_visitor"])))
        # Mechelen's 80 day visitors are fine alone, but its 5 overnight visitors are not: showing the day
        # visitors alone would let the all-profile view be subtracted, so it stays merged with Turnhout.
        assert "BE:municipality:12025" not in r
        assert r["other:BE:province:10000"].visitors == 80 + 60
        assert r["BE:municipality:11002"].visitors == 100


def test_suppressed_flows_are_merged_and_unresolved_origins_listed():
    rows = [("2000", 0, "day_visitor", 100), ("2800", 0, "day_visitor", None), ("2300", 0, "day_visitor", 50),
            ("9999", 0, "day_visitor", 45)]
    with _dataset(rows) as ds:
        res = origin_flows(ds, FlowQuery(level=0))
        r = _by_key(res)
        other = r["other:BE:municipality:12025"] if "other:BE:municipality:12025" in r else r["other:BE:province:10000"]
        assert other.suppressed_parts == 1 and other.visitors == 50
        assert res.unresolved == [("postcode", "9999", 45.0, 1)]
        assert res.total == 150


def test_an_explicit_zero_does_not_force_a_merge():
    rows = [("2000", 0, "day_visitor", 100), ("2800", 0, "day_visitor", 0), ("2300", 0, "day_visitor", 50)]
    with _dataset(rows) as ds:
        r = _by_key(origin_flows(ds, FlowQuery(level=1)))
        assert set(r) == {"BE:municipality:11002", "BE:municipality:13040"}
        assert r["BE:municipality:13040"].visitors == 50


def test_top_n_and_minimum_keep_the_largest_flows():
    rows = [(pc, 0, "day_visitor", v) for pc, v in
            (("2000", 300), ("9000", 200), ("3000", 150), ("1000", 100), ("8000", 40))]
    with _dataset(rows) as ds:
        r = origin_flows(ds, FlowQuery(level=0, top_n=3))
        assert [f.code for f in r.flows] == ["2000", "9000", "3000"]
        assert r.shown_total == 650 and r.total == 790
        r = origin_flows(ds, FlowQuery(level=0, min_visitors=120))
        assert [f.code for f in r.flows] == ["2000", "9000", "3000"]


def test_curves_start_and_end_at_the_places_and_opposite_flows_bow_apart():
    c = curves(np.array([0.0, 1000.0]), np.array([0.0, 0.0]), np.array([1000.0, 0.0]), np.array([0.0, 0.0]),
               bend=0.2, vertices=21)
    assert c.shape == (2, 21, 2)
    assert tuple(c[0, 0]) == (0.0, 0.0) and tuple(c[0, -1]) == (1000.0, 0.0)
    # the quadratic Bezier's midpoint lies halfway to the control point: 0.2 x 1000 / 2 = 100 m off the chord
    assert c[0, 10, 1] == pytest.approx(-100.0)
    assert c[1, 10, 1] == pytest.approx(100.0)  # the opposite flow bows to the other side


def test_the_view_that_follows_the_scale_holds_each_level_as_computed_alone(demos):
    ds = demos["brussels"]
    levels = origin_flows_by_level(ds, FlowQuery(top_n=20))
    assert [r.level for r in levels] == [1, 2, 4]  # municipality, province, country
    for r in levels:
        alone = origin_flows(ds, FlowQuery(level=r.level, top_n=20))
        assert [(f.key, f.visitors) for f in r.flows] == [(f.key, f.visitors) for f in alone.flows]
        assert r.total == pytest.approx(alone.total) and len(r.flows) <= 20
    # municipalities of the Brussels region at level 1, the region itself at level 2, Belgium at level 4
    keys = [{f.key for f in r.flows} for r in levels]
    assert "BE:municipality:21004" in keys[0] and "BE:region:04000" in keys[1] and "C:BE" in keys[2]
    assert not any(":municipality:" in k for k in keys[1] | keys[2])
    with pytest.raises(ValueError):
        origin_flows(ds, FlowQuery(level=FOLLOW_SCALE))


def test_walloon_places_have_their_official_name_in_english():
    """English names a Walloon municipality by its official, French name: Liège and Namur, not the Dutch
    Luik and Namen."""
    from footfall.core.gazetteer import gazetteer
    g = gazetteer()
    names = {code: g.places[key].name("en") for key in g.places for code in ("62063", "92094")
             if g.places[key].code == code and g.places[key].level == "municipality"}
    assert names == {"62063": "Liège", "92094": "Namur"}
