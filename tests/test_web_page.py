"""footfall:export_web_page: the page's data holds only what the plugin publishes (nothing below the
threshold, the same figures as the dock, the map layer and the flows for the same choices), the file is
self-contained and safe, and, in a real headless Chromium with the network blocked, the page loads
without errors, its slider (by keyboard) changes the frame and the local time, play/pause works, a
profile filter changes the total, the heat conserves people, it fits a phone and an iframe, and
readers without JavaScript get the still image."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from footfall.core import demo
from footfall.core import webpage as wp
from footfall.core.flows import FlowQuery, origin_flows
from footfall.core.readers import read_exports

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cdp import Browser, chromium_path  # noqa: E402

needs_browser = pytest.mark.skipif(chromium_path() is None, reason="chromium is not installed (scripts/setup.sh)")

#: The data block's top-level keys (docs/web-page.md): nothing else may leave the plugin
SCHEMA_KEYS = {"schema", "lang", "locale", "texts", "title", "subtitle", "source", "generated", "measure",
               "threshold", "precision", "view", "slots", "profiles", "zones", "cells", "classes", "heat", "flows",
               "context", "basemap"}


# -- the encoding --------------------------------------------------------------------------------------------
def test_cells_round_trip_through_codes_and_deltas():
    cells = np.array([[30.0, np.nan, -np.inf], [31.4, 0.0, 45.6], [np.nan, 29.9999, 1000.0]])
    codes = wp.cell_codes(cells)
    assert codes.tolist() == [[30, wp.SUPPRESSED, wp.NO_DATA], [31, 0, 46], [wp.SUPPRESSED, 30, 1000]]
    flat = wp.delta_encode(codes)
    assert flat[:3] == [30, 1, -1 - 31]  # zone 0: 30, then +1, then suppressed (-1) - 31
    back = wp.codes_to_cells(wp.delta_decode(flat, 3, 3))
    assert np.array_equal(np.isnan(back), np.isnan(cells))
    assert np.array_equal(np.isneginf(back), np.isneginf(cells))


def test_views_add_up_as_the_dataset_adds_rows():
    a = np.array([[40.0, np.nan, np.nan, -np.inf]])
    b = np.array([[35.0, 50.0, np.nan, -np.inf]])
    s = wp.sum_views([a, b])
    assert s[0, 0] == 75 and s[0, 1] == 50  # the known parts (the total then says "at least")
    assert np.isnan(s[0, 2]) and np.isneginf(s[0, 3])  # suppressed stays suppressed, never 0


def test_thinning_keeps_every_nth_slot():
    assert wp.thin_step(192, 5_000_000, 10_000_000) == 1
    assert wp.thin_step(192, 25_000_000, 10_000_000) == 3


def test_data_block_cannot_break_out_of_its_script():
    data = {"title": "</script><script>alert(1)</script><!-- {{DATA}}", "n": 1}
    block = wp.json_block(data)
    assert "<" not in block and ">" not in block
    assert json.loads(block) == data


def test_csp_allows_nothing_from_elsewhere_but_the_optional_tiles():
    strict = wp.csp(wp.BASEMAP_NONE)
    assert "http" not in strict and "default-src 'none'" in strict and "connect-src 'none'" in strict
    offered = wp.csp(wp.BASEMAP_OFFERED)
    assert re.findall(r"https?://[^\s;]+", offered) == [wp.OSM_ORIGIN]


def test_vendored_library_has_its_licence_and_no_remote_reference():
    js, css = wp.leaflet_sources()
    assert 'version="1.9.4"' in js.replace(" ", "") or "1.9.4" in js
    assert "sourceMappingURL" not in js and "</script" not in js.lower()
    assert "url(images" not in css
    licence = (wp.WEB / "leaflet" / "LICENSE").read_text()
    assert "BSD 2-Clause" in licence and "Agafonkin" in licence


# -- the demo pages ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demos(tmp_path_factory):
    folder = tmp_path_factory.mktemp("webdemo")
    return {"brussels": demo.write_brussels_demo(folder / "brussels"), "lyon": demo.write_lyon_demo(folder / "lyon")}


@pytest.fixture(scope="module")
def pages(provider, demos, tmp_path_factory):
    """The Brussels page in Dutch and the Lyon page in French, written by the Processing algorithm."""
    import processing
    folder = tmp_path_factory.mktemp("pages")
    out = {}
    for name, lang, tz, title in (("brussels", 1, "Europe/Brussels", "Tour de France 2019 — Grand Départ"),
                                  ("lyon", 2, "Europe/Paris", "Fête des Lumières 2018")):
        files = demos[name]
        res = processing.run("footfall:export_web_page", {
            "INPUT": str(files["presence"]), "ORIGINS": str(files["origin"]), "ZONES": str(files["zones"]),
            "ZONE_FIELD": "zone_id", "TIMEZONE": tz, "LANGUAGE": lang, "TITLE": title,
            "SUBTITLE": "Synthetische demo" if lang == 1 else "Démo synthétique",
            "OUTPUT": str(folder / f"{name}.html")})
        out[name] = res
    return out


@pytest.fixture(scope="module")
def brussels_ds(demos):
    files = demos["brussels"]
    ds = read_exports([files["presence"], files["origin"]], "Europe/Brussels")
    yield ds
    ds.close()


def test_the_brussels_page_is_one_small_file(pages):
    path = Path(pages["brussels"]["OUTPUT"])
    assert path.stat().st_size == pages["brussels"]["BYTES"] < 10_000_000
    assert pages["brussels"]["SLOTS"] == 192 and pages["brussels"]["THINNED"] == ""  # nothing thinned
    text = path.read_text(encoding="utf-8")
    # nothing fetched from elsewhere: no script, style or image source outside the file
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=\"https?:", text)
    assert "sourceMappingURL" not in text
    assert '<html lang="nl">' in text and "<noscript>" in text and "data:image/jpeg;base64," in text
    assert "BSD 2-Clause License" in text and "Volodymyr Agafonkin" in text  # the library's licence travels with it
    data = wp.read_data(path)
    assert data["texts"]["synthetic"] == "Synthetische demogegevens – geen meting" == data["source"][0]
    assert 'id="ff-synthetic">Synthetische demogegevens – geen meting<' in text
    kinds = {c["name"]: c for c in data["context"]}
    assert {"land", "admin", "places", "countries"} <= set(kinds)
    assert any(f["id"] == "BE" for f in kinds["land"]["features"]) and any(f["id"] == "IT" for f in kinds["land"]["features"])
    assert "Anderlecht" in {f["name"] for f in kinds["places"]["features"]}
    assert "Natural Earth" in {c["attribution"] for c in data["context"]}


def test_page_data_holds_only_published_figures(pages, brussels_ds):
    """No figure below the threshold, and the figures equal what the plugin publishes for the same
    choices: the dock's totals, the map layer's zone-slot cells, the origin flows."""
    ds = brussels_ds
    data = wp.read_data(pages["brussels"]["OUTPUT"])
    assert set(data) == SCHEMA_KEYS and data["schema"] == wp.SCHEMA
    k = ds.metadata.threshold
    assert data["threshold"] == k == 30
    cells = wp.decode_cells(data)
    assert data["cells"]["all_is_sum"] and "*" not in cells  # Brussels has no "all" rows
    profiles = [p["code"] for p in data["profiles"]]
    assert profiles == ["resident", "day_visitor", "overnight_visitor", "commuter", "transit"]
    for p, v in cells.items():
        known = v[np.isfinite(v)]
        assert np.all((known == 0) | (known >= k)), p  # nothing below the threshold
    assert np.isnan(cells["day_visitor"]).sum() > 1000  # suppressed stays suppressed (never written as 0)
    # the map layer's figures for one profile, and the dock's totals for every filter the page offers
    zindex = {z: i for i, z in enumerate(data["zones"]["ids"])}
    starts = np.array(data["slots"]["start"], dtype=float)
    for chosen in (["day_visitor"], ["day_visitor", "overnight_visitor"], []):
        sql, params = ds.zone_slot_totals(chosen or None)
        rows = ds.con.execute(f"SELECT zone_id, epoch(start), count FROM ({sql})", params).fetchall()
        page = wp.view_values(cells, profiles, chosen)
        for zid, s, c in rows[:: max(1, len(rows) // 3000)]:
            got = page[int(np.searchsorted(starts, float(s))), zindex[zid]]
            if c is None:
                assert np.isnan(got)
            else:
                assert got == round(c)
        s0, _e, totals, supp = ds.slot_totals(chosen or None)
        assert np.array_equal(np.asarray(s0, float), starts)
        page_totals = np.where(np.isfinite(page), page, 0).sum(axis=1)
        assert np.allclose(page_totals, totals, atol=0.5 * len(zindex))  # whole people per cell
        parts = np.sum([data["cells"]["suppressed_parts"][p] for p in (chosen or profiles)], axis=0)
        assert np.array_equal(parts, np.asarray(supp, dtype=float))
    # the origin flows: per level and profile, the plugin's flows for the same profile, day by day
    fl = data["flows"]
    assert [lv["level"] for lv in fl["levels"]] == [1, 2, 4]
    for lv in fl["levels"]:
        for view, values in lv["values"].items():
            arr = np.array(values, dtype=float)
            assert np.all((arr == 0) | (arr >= k)), (lv["level"], view)
        for p in fl["profiles"]:
            res = origin_flows(ds, FlowQuery(level=lv["level"], profiles=[p]))
            expect = sorted((round(float(f.visitors)) for f in res.flows if f.visitors > 0), reverse=True)
            got = sorted((sum(v) for v in lv["values"][p] if sum(v) > 0), reverse=True)
            assert len(got) == len(expect)
            assert np.allclose(got, expect, atol=len(fl["slots"]))


def test_thinned_page_says_what_was_thinned(provider, demos, tmp_path):
    import processing
    files = demos["brussels"]
    res = processing.run("footfall:export_web_page", {
        "INPUT": str(files["presence"]), "ZONES": str(files["zones"]), "ZONE_FIELD": "zone_id",
        "TIMEZONE": "Europe/Brussels", "LANGUAGE": 0, "FLOWS": False, "MAX_MB": 1.0,
        "OUTPUT": str(tmp_path / "small.html")})
    data = wp.read_data(res["OUTPUT"])
    th = data["slots"]["thinned"]
    assert th and th["step"] >= 2 and th["of"] == 192 and th["kept"] == len(data["slots"]["start"]) == res["SLOTS"]
    assert res["THINNED"] == f"one time slot in {th['step']} kept ({th['kept']} of 192)"
    assert any(f"one time slot in {th['step']} is shown" in s for s in data["source"])
    assert data["flows"] is None
    assert Path(res["OUTPUT"]).stat().st_size < 1_000_000


def test_the_algorithm_refuses_another_extension(provider, demos, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    files = demos["lyon"]
    with pytest.raises(QgsProcessingException, match=r"\.html"):
        processing.run("footfall:export_web_page", {"INPUT": str(files["presence"]), "TIMEZONE": "Europe/Paris",
                                                     "OUTPUT": str(tmp_path / "page.pdf")})
    assert not (tmp_path / "page.pdf").exists()


# -- in a real browser --------------------------------------------------------------------------------------
def _shots_dir(tmp_path) -> Path:
    target = os.environ.get("FOOTFALL_WEB_SHOTS")
    return Path(target) if target else tmp_path


def _fill_of_zones(b: Browser) -> list:
    return b.eval("Array.from(document.querySelectorAll('#ff-map path.leaflet-interactive'), p => p.getAttribute('fill'))")


@needs_browser
@pytest.mark.parametrize("name, lang", [("brussels", "nl"), ("lyon", "fr")])
def test_page_in_headless_chromium(pages, name, lang, tmp_path):
    path = pages[name]["OUTPUT"]
    data = wp.read_data(path)
    shots = _shots_dir(tmp_path)
    with Browser(1280, 860) as b:
        b.open(path)
        b.wait_for("window.footfallPage !== undefined")
        assert b.errors() == []
        caption0 = b.eval("document.getElementById('ff-time').textContent")
        assert caption0 == data["slots"]["caption"][0]
        assert re.search(r"\((CEST|CET)\)$", caption0)
        assert caption0.split()[0] in ({"nl": ("zaterdag", "vrijdag", "zondag"), "fr": ("jeudi", "vendredi", "samedi", "dimanche")}[lang])
        fills0 = _fill_of_zones(b)
        # the zone classes say where every whole count goes, as QGIS's legend does: "30 – 1.299", …, "… of meer"
        items = b.eval("Array.from(document.querySelector('.ff-legend ul').querySelectorAll('li span:last-child'))"
                       ".map(e => e.textContent)")
        ranges = [[int(re.sub(r"\D", "", x)) for x in re.findall(r"\d[\d.\u202f\u00a0 ]*\d|\d", t)] for t in items[:-1]]
        ranges = ranges[::-1]  # the legend lists the largest first
        assert len(ranges[-1]) == 1 and items[0].endswith({"nl": "of meer", "fr": "ou plus"}[lang]), items
        for (_lo, hi), (lo2, *_rest) in zip(ranges[:-1], ranges[1:]):
            assert hi + 1 == lo2, items
        # the slider by keyboard: one step to the right changes the local time and the map
        b.eval("document.getElementById('ff-slider').focus()")
        for _ in range(40):
            b.key("ArrowRight", key_code=39)
        assert b.eval("footfallPage.state.slot") == 40
        assert b.eval("document.getElementById('ff-time').textContent") == data["slots"]["caption"][40] != caption0
        assert b.eval("document.getElementById('ff-slider').getAttribute('aria-valuetext')") == data["slots"]["caption"][40]
        assert _fill_of_zones(b) != fills0
        # play and pause by keyboard
        b.eval("document.getElementById('ff-play').focus()")
        b.key("Enter", key_code=13, text="\r")
        assert b.eval("document.getElementById('ff-play').getAttribute('aria-pressed')") == "true"
        time.sleep(0.8)
        b.key("Enter", key_code=13, text="\r")
        moved = b.eval("footfallPage.state.slot")
        assert moved > 40 and b.eval("document.getElementById('ff-play').getAttribute('aria-pressed')") == "false"
        # the busiest slot, then a profile filter: the total changes to the profile's own total
        b.eval("document.getElementById('ff-peak').click()")
        total_all = b.eval("document.getElementById('ff-total').textContent")
        b.eval("document.getElementById('ff-profile-day_visitor').focus()")
        b.key(" ", code="Space", key_code=32, text=" ")
        assert b.eval("footfallPage.state.profiles") == ["day_visitor"]
        total_day = b.eval("document.getElementById('ff-total').textContent")
        assert total_day != total_all
        slot = b.eval("footfallPage.state.slot")
        expect = wp.view_values(wp.decode_cells(data), [p["code"] for p in data["profiles"]], ["day_visitor"])[slot]
        number = re.search(r"\d[\d.\u202f\u00a0 ]*", total_day).group(0).strip()
        assert int(re.sub(r"\D", "", number)) == int(np.where(np.isfinite(expect), expect, 0).sum())
        assert (data["locale"]["group"] in number) or int(re.sub(r"\D", "", number)) < 1000
        b.screenshot(shots / f"web-{name}-{lang}-desktop.png")
        # the heat: people conserved, the plugin's colour scale
        b.eval("document.getElementById('ff-view-heat').click()")
        # (every zone of the demos has geometry: the surface holds every person of the slot)
        stats = b.eval(f"footfallPage.heatStats({slot})")
        assert stats["mass"] == pytest.approx(float(np.where(np.isfinite(expect), expect, 0).sum()), rel=1e-5)
        b.eval("footfallPage.setProfiles([])")
        stats = b.eval(f"footfallPage.heatStats({slot})")
        assert stats["mass"] == pytest.approx(b.eval(f"footfallPage.slotValues({slot}).total"), rel=1e-5)
        assert b.eval("document.querySelector('.ff-legend h2').textContent") == data["texts"]["legend_heat"]
        b.screenshot(shots / f"web-{name}-{lang}-heat.png")
        # the flows of the day, labelled in the page's language
        shown = b.eval("footfallPage.flowsShown()")
        assert 0 < len(shown) <= data["flows"]["top_n"]
        assert b.eval("footfallPage.labels().length") > 0
        # the plugin's context layers, credited; zoomed out to Europe, the flows and names are countries'
        assert "Natural Earth" in b.eval("document.querySelector('.leaflet-control-attribution').textContent")
        city = b.eval("footfallPage.flowsShown().map(f => f.name)")
        b.eval("footfallPage.map.setZoom(5, {animate: false}), 1")
        b.wait_for("footfallPage.flowsShown().map(f => f.name).join() !== " + json.dumps(",".join(city)))
        countries = set(data["flows"]["levels"][2]["names"])  # level 4: countries
        assert set(b.eval("footfallPage.flowsShown().map(f => f.name)")) <= countries
        labels = b.eval("Array.from(document.querySelectorAll('.ff-context-label'), e => e.textContent)")
        assert {"nl": "Duitsland", "fr": "Allemagne"}[lang] in labels
        assert b.errors() == []
        # a phone: the panel goes under the map, nothing wider than the screen
        b.resize(390, 844, mobile=True)
        b.open(path)
        b.wait_for("window.footfallPage !== undefined")
        assert b.eval("document.documentElement.scrollWidth") <= 390
        map_box = b.eval("JSON.stringify(document.getElementById('ff-map').getBoundingClientRect())")
        panel_box = b.eval("JSON.stringify(document.getElementById('ff-panel').getBoundingClientRect())")
        assert json.loads(panel_box)["top"] >= json.loads(map_box)["bottom"] - 1
        b.screenshot(shots / f"web-{name}-{lang}-phone.png")
        assert b.errors() == []


@needs_browser
def test_page_in_an_iframe_offline_and_without_javascript(pages, tmp_path):
    path = Path(pages["brussels"]["OUTPUT"])
    wrapper = path.parent / "article.html"
    wrapper.write_text('<!DOCTYPE html><html><body><h1>Article</h1>'
                       f'<iframe id="f" src="{path.name}" width="600" height="700" title="map"></iframe></body></html>',
                       encoding="utf-8")
    with Browser(900, 900) as b:
        b.open(wrapper)
        tree = b.send("Page.getFrameTree")["frameTree"]
        child = tree["childFrames"][0]["frame"]["id"]
        ctx = b.send("Page.createIsolatedWorld", {"frameId": child})["executionContextId"]

        def inner(expr):
            return b.send("Runtime.evaluate", {"expression": expr, "contextId": ctx, "returnByValue": True})["result"].get("value")
        end = time.monotonic() + 20
        while not inner("document.getElementById('ff-time') && document.getElementById('ff-time').textContent") and time.monotonic() < end:
            time.sleep(0.1)
        assert inner("document.getElementById('ff-time').textContent")
        assert inner("document.querySelectorAll('#ff-map path').length") > 100
        assert inner("document.documentElement.scrollWidth") <= 600
        assert b.errors() == []
        # the reader switches the basemap on while offline: a note, no script error
        inner("document.getElementById('ff-basemap').click()")
        end = time.monotonic() + 20
        while not inner("document.getElementById('ff-basemap-note').textContent") and time.monotonic() < end:
            time.sleep(0.2)
        assert inner("document.getElementById('ff-basemap-note').textContent")
        assert all(kind == "log.error.network" and "tile.openstreetmap.org" in text for kind, text in b.errors())
    with Browser(900, 900) as b:
        b.send("Emulation.setScriptExecutionDisabled", {"value": True})
        b.open(path)
        assert b.eval("document.querySelector('.ff-noscript img').naturalWidth") >= 640
        assert b.eval("getComputedStyle(document.getElementById('ff-body')).display") == "none"
        b.screenshot(_shots_dir(tmp_path) / "web-brussels-nl-noscript.png")


def test_panel_button_and_viewer_export_write_the_page(qgis_app, qgis_new_project, qtbot, tmp_path):
    """The viewer in French opens the Lyon demo; the panel's button is on; *Export…* to an .html writes the
    page in the viewer's language with the panel's heat settings, without computing a heatmap first."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import Qt
    from footfall.viewer.app import LANGUAGE_KEY, RECENT_KEY, Viewer
    s = QgsSettings()
    v = Viewer("fr")
    try:
        w = v.window
        w.show()
        assert not w.dock.web_button.isEnabled()  # nothing open yet
        qtbot.mouseClick(w.start_page.demo_buttons["lyon"], Qt.LeftButton)
        qtbot.waitUntil(lambda: w.loaded() is not None and not w.running_tasks(), timeout=180_000)
        assert w.dock.web_button.isEnabled() and w.dock.web_button.text() == "Exporter une page web…"
        assert w.web_action.isEnabled() and w.web_action.text() == "Page web…"
        w.dock.radius.setValue(700)
        out = tmp_path / "lyon.html"
        task = w.export(str(out))
        qtbot.waitUntil(lambda: task not in w.plugin.tasks, timeout=180_000)
        assert task.error is None, task.error
        assert w.loaded().cube is None  # no heatmap was needed
        data = wp.read_data(out)
        assert data["lang"] == "fr" and data["texts"]["play"] == "Lecture"
        assert data["heat"]["radius"] == 700
        assert data["title"] == w.loaded().dataset.metadata.source_name
        assert data["slots"]["caption"][44] == "vendredi 7 décembre 2018, 20:00 (CET)"
    finally:
        v.close()
        s.remove(RECENT_KEY)
        s.remove(LANGUAGE_KEY)


def _nights_dataset():
    """Two zones × three days of nights, with profile 'all' rows beside the profiles (one suppressed)."""
    import datetime as dt
    from footfall.core.dataset import Dataset
    t0 = dt.datetime(2019, 7, 5, 22, tzinfo=dt.timezone.utc)  # local midnight in Brussels
    rows = []
    for d in range(3):
        s, e = t0 + dt.timedelta(days=d), t0 + dt.timedelta(days=d + 1)
        for z, base in (("A", 400.0), ("B", 90.0)):
            day, over = base + 10 * d, None if z == "B" and d == 1 else 60.0 + d
            rows += [(z, s, e, "day_visitor", day), (z, s, e, "overnight_visitor", over),
                     (z, s, e, "all", day + (over or 25.0))]
    ds = Dataset()
    ds.con.execute('CREATE TEMP TABLE _n (zone_id VARCHAR, start TIMESTAMPTZ, "end" TIMESTAMPTZ, profile VARCHAR, '
                   "origin_type VARCHAR, origin_code VARCHAR, count DOUBLE, suppressed TINYINT, measure VARCHAR)")
    ds.con.executemany("INSERT INTO _n VALUES (?, ?, ?, ?, 'unknown', NULL, ?, ?, 'nights')",
                       [(z, s, e, p, c, 1 if c is None else 0) for z, s, e, p, c in rows])
    ds.insert_rows("_n")
    ds.set_zones({"A": "POLYGON((149000 170000,150000 170000,150000 171000,149000 171000,149000 170000))",
                  "B": "POLYGON((150000 170000,151000 170000,151000 171000,150000 171000,150000 170000))"}, "EPSG:31370")
    ds.metadata.timezone = "Europe/Brussels"
    ds.metadata.slot_minutes = 1440
    return ds


def test_another_measure_and_an_export_with_all_rows(qgis_app, tmp_path):
    """Nights, not people present: the page names the measure; the unfiltered view is the export's own
    'all' rows (as the dock shows them), the filters the profiles' rows."""
    from footfall.cartography.web import build_web_page
    with _nights_dataset() as ds:
        assert ds.default_measure() == "nights"
        res = build_web_page(ds, str(tmp_path / "nights.html"), wp.WebPageOptions(language="fr", flows=False))
        data = wp.read_data(res["path"])
        assert data["measure"]["code"] == "nights" and data["measure"]["label"] == "Mesure\u00a0: nuitées"
        assert data["texts"]["legend_zones"] == "Nuitées par zone et créneau"
        assert "nuitées" in data["texts"]["total"] and "{total}" in data["texts"]["total"]
        assert data["slots"]["caption"][0] == "samedi 6 juillet 2019, 00:00 (CEST)" and len(data["slots"]["caption"]) == 3
        cells = wp.decode_cells(data)
        assert not data["cells"]["all_is_sum"] and "*" in cells
        s0, _e, totals, supp = ds.slot_totals()
        assert np.where(np.isfinite(cells["*"]), cells["*"], 0).sum(axis=1).tolist() == totals.tolist()
        assert np.isnan(cells["overnight_visitor"][1, 1])  # suppressed, never 0
        ds.metadata.nested_zones = True
        build_web_page(ds, str(tmp_path / "nested.html"), wp.WebPageOptions(language="en", flows=False))
        assert wp.read_data(tmp_path / "nested.html")["cells"]["total"] == "max"


@needs_browser
def test_text_from_the_data_is_never_run_as_html(qgis_app, tmp_path):
    """An adversary's title, operator and zone names (a file's content) stay text in the page: nothing runs,
    nothing is loaded, the reader sees the characters."""
    from footfall.cartography.web import build_web_page
    evil = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">{{DATA}}'
    with _nights_dataset() as ds:
        ds.set_zones({z: w for z, w in ds.zones_wkt().items()}, "EPSG:31370",
                     names={"A": '<img src=x onerror="window.__pwned=3">', "B": "B & <b>"})
        ds.metadata.operator = evil
        res = build_web_page(ds, str(tmp_path / "evil.html"),
                             wp.WebPageOptions(language="en", title=evil, subtitle=evil, credit=evil, flows=False))
    text = Path(res["path"]).read_text(encoding="utf-8")
    assert "<img src=x" not in text and "<script>window.__pwned" not in text
    with Browser(1000, 800) as b:
        b.open(res["path"])
        b.wait_for("window.footfallPage !== undefined")
        assert b.eval("document.getElementById('ff-title').textContent") == evil
        assert b.eval("document.title") == evil
        assert evil in b.eval("document.getElementById('ff-source').textContent")
        # hover a zone: its tooltip shows the name as text
        b.eval("footfallPage.map.eachLayer(l => { if (l._ffZone === 0) l.openTooltip(l.getBounds().getCenter()); }), 1")
        tips = b.eval("Array.from(document.querySelectorAll('.leaflet-tooltip'), e => e.textContent).join('|')")
        assert '<img src=x onerror="window.__pwned=3">' in tips
        assert b.eval("document.querySelectorAll('img[src=\"x\"]').length") == 0
        assert b.eval("window.__pwned === undefined")
        assert b.errors() == []


def test_the_panel_button_asks_language_and_file_then_writes_the_page(qgis_iface, qgis_new_project, qtbot, tmp_path,
                                                                      monkeypatch, demos):
    """The Footfall panel's *Export web page…*: the user picks Dutch and a file; the page is written in a
    background task with the panel's settings, and the message bar says where."""
    import footfall
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog
    from qgis.core import QgsApplication
    plugin = footfall.classFactory(qgis_iface)
    # this module's Processing provider may be registered already: the plugin uses it, and leaves it there
    existing = QgsApplication.processingRegistry().providerById("footfall")
    plugin.provider = existing
    plugin.initGui()
    try:
        files = demos["lyon"]
        task = plugin.open_files([str(files["presence"]), str(files["origin"])], "Europe/Paris")
        qtbot.waitUntil(lambda: task not in plugin.tasks, timeout=120_000)
        dock = plugin.dock
        assert dock.web_button.isEnabled()
        assert "Export web page…" in [a.text() for a in plugin.menu.actions()]
        out = tmp_path / "page.html"
        asked = {}

        def get_item(parent, title, label, items, current=0, editable=False):
            asked["languages"] = list(items)
            return "Dutch", True
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out.with_suffix("")), "")))
        dock.flow_top.setValue(10)
        qtbot.mouseClick(dock.web_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: out.exists() and not plugin.tasks, timeout=120_000)
        assert asked["languages"] == ["English", "Dutch", "French"]
        data = wp.read_data(out)
        assert data["lang"] == "nl" and data["texts"]["play"] == "Afspelen"
        assert data["flows"]["top_n"] == 10
        assert data["title"].startswith("lyon_fdl2018_frequentation.csv")
    finally:
        if existing is not None:
            plugin.provider = None
        plugin.unload()


@needs_browser
def test_a_slot_with_every_cell_suppressed_has_no_figure(qgis_app, tmp_path):
    """Suppressed is never 0: a slot whose cells are all suppressed for the chosen profile shows no total."""
    from footfall.cartography.web import build_web_page
    with _nights_dataset() as ds:
        ds.con.execute("UPDATE ff_fact SET count = NULL, suppressed = 1 WHERE pid = (SELECT id FROM ff_profile "
                       "WHERE profile = 'overnight_visitor') AND tid = (SELECT id FROM ff_slot ORDER BY start LIMIT 1 OFFSET 2)")
        res = build_web_page(ds, str(tmp_path / "none.html"), wp.WebPageOptions(language="nl", flows=False))
    with Browser(1000, 800) as b:
        b.open(res["path"])
        b.wait_for("window.footfallPage !== undefined")
        b.eval("footfallPage.setProfiles(['overnight_visitor']); footfallPage.setSlot(2)")
        assert b.eval("document.getElementById('ff-total').textContent") == \
            "Geen cijfer voor dit tijdvak: elke cel is afgeschermd (onder 30)"
        b.eval("footfallPage.setSlot(0)")
        assert b.eval("document.getElementById('ff-total').textContent") == "Totaal in dit tijdvak: 120 (overnachtingen)"  # 60 + 60
        assert b.errors() == []


@needs_browser
@pytest.mark.parametrize("name, tz", [("brussels", "Europe/Brussels"), ("lyon", "Europe/Paris")])
def test_the_page_heat_equals_the_plugin_heat_cube(pages, demos, name, tz):
    """The surface the reader's browser computes (a grid aligned with the web map) against the plugin's own
    cube (the zones' CRS, as QGIS's heatmap): the same people per slot, the same peak density within 1 %."""
    from footfall.core import heat
    files = demos[name]
    with read_exports([files["presence"]], tz) as ds:
        heat.ensure_projected(ds)
        cube, _z, _s = heat.cube_for_dataset(ds, heat.HeatParams(radius=500, pixel=25))
        data = wp.read_data(pages[name]["OUTPUT"])
        with Browser(800, 600) as b:
            b.open(pages[name]["OUTPUT"])
            b.wait_for("window.footfallPage !== undefined")
            for t in (5, len(data["slots"]["start"]) // 2, len(data["slots"]["start"]) - 10):
                js = b.eval(f"footfallPage.heatStats({t})")
                frame = cube.frame(int(np.argmin(np.abs(cube.starts - data["slots"]["start"][t]))))
                assert js["mass"] == pytest.approx(float(frame.sum()) * 25 * 25 / 1e6, rel=1e-4)
                assert js["max"] == pytest.approx(float(frame.max()), rel=0.01)
            assert b.errors() == []
