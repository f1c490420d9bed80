"""The back-test of docs/validation.md, recomputed from the demos: the page says what the code computes, and
the Brussels demo's direct impact interval holds the published 32.7 M EUR (T1) and is at most 3 times wide."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from footfall.core import demo, impact
from footfall.core.readers import read_exports

DOC = (Path(impact.PRESET_DIR).parent.parent / "docs" / "validation.md").read_text(encoding="utf-8")
PUBLISHED_SPEND = 32.7e6  # T1, visit.brussels via Minister Gatz, 7 October 2019
PUBLISHED_NIGHTS_BXL = 9_000  # T6
PUBLISHED_NIGHTS_LYON = 260_000  # F3


def _m(x: float) -> str:
    return f"{x / 1e6:.1f}"


def _n(x: float) -> str:
    return f"{round(x):,}"


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    out = {}
    for name, tz in (("brussels", "Europe/Brussels"), ("lyon", "Europe/Paris")):
        files = demo.demo_files(name, tmp_path_factory.mktemp(name))
        with read_exports([files["presence"], files["origin"]], tz) as ds:
            spend = impact.load_preset(name)
            vis = impact.daily_visitors(ds, local_codes=spend.local_codes)
        out[name] = (vis, spend, impact.compute_impact(vis, spend))
    return out


def test_brussels_direct_impact_holds_the_published_spend(results):
    _vis, _spend, res = results["brussels"]
    low, central, high = res.direct
    assert low < PUBLISHED_SPEND < high
    assert high / low <= 3
    assert f"direct impact **{_m(central)} M€ ({_m(low)}–{_m(high)})**, ×{high / low:.1f} wide" in DOC


def test_brussels_back_test_table(results):
    vis, spend, res = results["brussels"]
    lower = impact.compute_impact(dataclasses.replace(vis, suppressed=None), spend)
    assert f"| {_m(lower.direct[1])} M€ ({_m(lower.direct[0])}–{_m(lower.direct[2])}) | no: below |" in DOC
    assert lower.direct[2] < PUBLISHED_SPEND

    def gross(row):
        if row.additionality.high == 0:
            return row
        return dataclasses.replace(row, additionality=impact.Value(1, 1, 1), displacement=impact.Value(0, 0, 0))
    g = impact.compute_impact(vis, dataclasses.replace(spend, rows=[gross(r) for r in spend.rows]))
    assert f"| {_m(g.direct[1])} M€ ({_m(g.direct[0])}–{_m(g.direct[2])}) | no: above |" in DOC
    n = res.nights_additional
    assert f"| {_n(n[1])} ({_n(n[0])}–{_n(n[2])}) | no: 13 times too many |" in DOC
    assert round(n[1] / PUBLISHED_NIGHTS_BXL) == 13
    # the overnight visitors' additionality implied by T6 (+7.5 % nights): the nights agree, the spend falls
    a = 0.075 / 1.075
    ovn = spend.lookup("overnight_visitor", "abroad")
    row = dataclasses.replace(ovn, additionality=impact.Value(a, a * 0.5, a * 1.5, kind="derived"))
    w = impact.compute_impact(vis, spend.with_rows([row]))
    assert w.nights_additional[0] < PUBLISHED_NIGHTS_BXL < w.nights_additional[2]
    assert (f"{_n(w.nights_additional[1])} ({_n(w.nights_additional[0])}–{_n(w.nights_additional[2])}); direct "
            f"impact then {_m(w.direct[1])} M€ ({_m(w.direct[0])}–{_m(w.direct[2])})") in DOC
    visitors = sum(v for p, v in zip(vis.profiles, vis.visitors) if p != "resident")
    assert f"{_n(visitors)} non-resident visits" in DOC
    abroad = sum(v for p, g_, v in zip(vis.profiles, vis.groups, vis.visitors) if p != "resident" and g_ == "abroad")
    assert f"{100 * abroad / visitors:.1f} % of the known non-resident visits" in DOC
    al = res.suppressed_allowance
    assert f"{_n(al[1])} visitor-days ({_n(al[0])}–{_n(al[2])})" in DOC


def test_lyon_back_test_table(results):
    vis, _spend, res = results["lyon"]
    n = res.nights
    assert f"| {_n(n[1])} paid nights ({_n(n[0])}–{_n(n[2])})" in DOC
    assert n[2] < PUBLISHED_NIGHTS_LYON  # the disagreement the page explains
    visitors = sum(v for p, v in zip(vis.profiles, vis.visitors) if p != "resident")
    al = res.suppressed_allowance
    assert f"{_n(visitors)} known non-resident visits, plus {_n(al[1])} ({_n(al[0])}–{_n(al[2])}) for the " \
           f"{_n(res.suppressed_in_rows)} suppressed cells" in DOC
    assert f"({(visitors + al[1]) / 1e6:.2f} M)" in DOC
    abroad = sum(v for p, g_, v in zip(vis.profiles, vis.groups, vis.visitors) if p != "resident" and g_ == "abroad")
    local = sum(v for p, g_, v in zip(vis.profiles, vis.groups, vis.visitors) if p != "resident" and g_ == "local")
    assert f"| {_n(abroad)} known |" in DOC and f"| {100 * local / visitors:.1f} % of the known visits |" in DOC
    d, t = res.direct, res.total
    assert f"direct impact {_m(d[1])} M€ ({_m(d[0])}–{_m(d[2])})" in DOC
    assert f"total {_m(t[1])} M€ ({_m(t[0])}–{_m(t[2])})" in DOC
