"""The spend presets against the published figures: a table typed from ../shared/research/spend-sources.md
(value, year, confidence), and the rule that turns them into central values and bounds (docs/methods.md,
"Sources of the preset figures"). Nothing in a preset may be a figure that is not in the research, except
what says "assumption"."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from footfall.core import impact

DOCS = Path(impact.PRESET_DIR).parent.parent / "docs" / "methods.md"

# id: (figures as published, year, confidence) — typed from spend-sources.md, tables A, A-bis, B, B-bis, C
RESEARCH = {
    "A1": ({"room_price": 123}, "2019", "H"),
    "A3": ({"arrivals_m": 4.12, "nights_m": 7.80}, "2019", "H"),
    "A4": ({"nights_per_arrival": 1.89}, "2019", "M"),  # derived by the research from A3
    "A8": ({"per_person_night": 150}, "2017–18", "M"),
    "A9": ({"day_trip": 32}, "2021–22", "H"),
    "A10": ({"city_day_trip": 50}, "2021–22", "M"),
    "G2": ({"foreigners": 55, "dutch_outside_city": 25, "locals": 14}, "2015", "M"),
    "G6": ({"direct_spend_m": 23}, "", "M"),
    "B1": ({"french_tourist": 61}, "2017–18", "H"),
    "B2": ({"family_friends": 38, "market": 95, "hotel": 136, "second_home": 31}, "2017–18", "H"),
    "F3": ({"hotel_nights": 260_000}, "2018", "H"),
    "F4": ({"stay_with_family": 0.70}, "2013/14", "M"),
    "F7": ({}, "2013–2018", "M"),
    "C1": ({}, "", "H"), "C2": ({}, "2014", "H"), "C5": ({}, "2008", "H"), "C6": ({}, "", "not found"),
    "C8": ({}, "2014", "H"), "C9": ({}, "", "M"),
}
WIDTH = {"H": 0.2, "M": 0.3}  # relative half-width around a published figure; a proxy: 0.5


def _fig(ref: str, key: str) -> float:
    return RESEARCH[ref][0][key]


# (preset, row, field): (central, low, high) worked out here from the typed table and the rule
EXPECTED = {
    ("brussels", "day_visitor", "daily_spend"): (_fig("A10", "city_day_trip"), _fig("G2", "dutch_outside_city"),
                                                 _fig("A10", "city_day_trip") * 1.5),
    ("brussels", "day_visitor|abroad", "daily_spend"): (_fig("G2", "foreigners"), _fig("G2", "foreigners") * 0.5,
                                                        _fig("G2", "foreigners") * 1.5),
    ("brussels", "day_visitor|local", "daily_spend"): (_fig("G2", "locals"), _fig("G2", "locals") * 0.5,
                                                       _fig("G2", "locals") * 1.5),
    ("brussels", "overnight_visitor", "spend_per_night"): (_fig("A8", "per_person_night"),
                                                           _fig("A8", "per_person_night") * 0.5,
                                                           _fig("A8", "per_person_night") * 1.5),
    # a stay of n nights is seen on n + 1 days: n / (n + 1) nights per visitor-day; 1/2 to 1 by definition
    ("brussels", "overnight_visitor", "nights"): (round(1.89 / 2.89, 2), 0.5, 1.0),
    ("lyon", "day_visitor", "daily_spend"): (_fig("B2", "family_friends"), _fig("B2", "family_friends") * 0.5,
                                             _fig("B2", "family_friends") * 1.5),
    ("lyon", "overnight_visitor", "daily_spend"): (_fig("B2", "family_friends"), _fig("B2", "family_friends") * 0.8,
                                                   _fig("B2", "family_friends") * 1.2),
    ("lyon", "overnight_visitor", "nights"): (round(1 - _fig("F4", "stay_with_family"), 2),
                                              round((1 - _fig("F4", "stay_with_family")) * 0.5, 2), 0.5),
    ("lyon", "overnight_visitor", "spend_per_night"): (_fig("B2", "market") - _fig("B2", "family_friends"),
                                                       (_fig("B2", "market") - _fig("B2", "family_friends")) * 0.7,
                                                       _fig("B2", "hotel") - _fig("B2", "family_friends")),
}


def _presets():
    for name in impact.PRESETS:
        data = json.loads((impact.PRESET_DIR / f"impact_{name}.json").read_text(encoding="utf-8"))
        yield name, data


def _values():
    for name, data in _presets():
        yield name, "", "multiplier", data["multiplier"]
        for key, row in data["profiles"].items():
            for f in impact.SPEND_FIELDS:
                yield name, key, f, row[f]


def test_every_preset_value_says_what_it_is_and_where_it_comes_from():
    seen = 0
    for name, key, field, v in _values():
        where = f"{name} {key} {field}"
        assert v["kind"] in impact.KINDS, where
        assert v["low"] <= v["central"] <= v["high"], where
        src = v["source"]
        assert src.startswith(v["kind"] if v["kind"] != "proxy" else "published, used as a proxy"), where
        for ref in v["refs"]:
            assert ref in RESEARCH, f"{where}: {ref} is not a figure of the research"
            assert re.search(rf"\b{ref}\b", src), f"{where}: the source text does not name {ref}"
        if v["kind"] in ("published", "proxy", "derived"):
            main = v["refs"][0]
            _figs, year, conf = RESEARCH[main]
            assert v["year"] == year and v["confidence"] == conf, where
            assert year in src and f"confidence {conf}" in src, where
            seen += 1
        if v["kind"] == "assumption":
            assert "assumption" in src.split("—")[0], where
    assert seen >= 14


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_preset_figures_are_the_published_ones(key):
    name, row, field = key
    data = dict(_presets())[name]
    v = data["profiles"][row][field]
    assert (v["central"], v["low"], v["high"]) == pytest.approx(EXPECTED[key], abs=0.006)


def test_proxies_are_wider_than_figures_for_the_place():
    for name, key, field, v in _values():
        if v["central"] <= 0:
            continue
        half = max(v["central"] - v["low"], v["high"] - v["central"]) / v["central"]
        if v["kind"] == "proxy":
            assert half >= 0.5 - 1e-9, f"{name} {key} {field}"
        elif v["kind"] == "published":
            assert half == pytest.approx(WIDTH[v["confidence"]]), f"{name} {key} {field}"


def test_residents_and_locals_bring_no_new_money_as_in_eventimpacts():
    for name in impact.PRESETS:
        spend = impact.load_preset(name)
        for profile, group in (("resident", "all"), ("commuter", "all"), ("day_visitor", "local"), ("visitor", "local")):
            a = spend.lookup(profile, group).additionality
            assert a.high == 0 and a.kind == "method", (name, profile)
        assert "C2" in spend.lookup("resident", "all").additionality.refs
        # the rest stays editable: a user's table replaces the preset's row
        mine = impact.spend_rows_from_records([{"profile": "day_visitor", "additionality": 0.5, "daily_spend": 20,
                                                "nights": 0, "spend_per_night": 0, "displacement": 0}])
        edited = spend.with_rows(mine)
        assert edited.lookup("day_visitor", "abroad").daily_spend.central == 20
        assert edited.lookup("day_visitor", "abroad").daily_spend.kind == "user"


def test_what_the_research_did_not_find_stays_an_assumption():
    bxl, lyon = impact.load_preset("brussels"), impact.load_preset("lyon")
    for spend in (bxl, lyon):
        assert spend.multiplier.kind == "assumption" and "C6" in spend.multiplier.refs
        for profile in ("day_visitor", "overnight_visitor"):
            row = spend.lookup(profile, "rest_of_country")
            assert row.additionality.kind == row.displacement.kind == "assumption"
    # no Brussels figure for what overnight visitors spend besides lodging and food (section D)
    assert bxl.lookup("overnight_visitor", "abroad").daily_spend.kind == "assumption"
    # no Lyon spend per excursionist: a proxy (B2, a tourist staying with family), said so
    assert lyon.lookup("day_visitor", "rest_of_country").daily_spend.kind == "proxy"


def test_every_reference_is_listed_in_the_methods():
    text = DOCS.read_text(encoding="utf-8")
    refs = {r for _n, _k, _f, v in _values() for r in v["refs"]}
    for ref in sorted(refs):
        assert re.search(rf"^\| {ref} \|", text, re.M), f"{ref} is missing from the sources table of docs/methods.md"
