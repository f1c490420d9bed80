"""The standalone viewer driven offscreen: open the Lyon demo from the start page, move the slider, filter a
profile, export a GIF and a PNG still, switch to French, remember the recent file. Nothing is downloaded:
the OpenStreetMap basemap stays off."""

from __future__ import annotations

import datetime as dt

import pytest
from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtCore import QLocale, Qt

UTC = dt.timezone.utc


@pytest.fixture()
def viewer(qgis_app, qgis_new_project, qtbot):
    from footfall.viewer.app import LANGUAGE_KEY, RECENT_KEY, Viewer
    s = QgsSettings()
    s.remove(RECENT_KEY)
    s.remove(LANGUAGE_KEY)
    v = Viewer("en")
    v.window.show()
    yield v
    v.close()
    s.remove(RECENT_KEY)
    s.remove(LANGUAGE_KEY)


def _wait_idle(qtbot, window, timeout=180_000):
    qtbot.waitUntil(lambda: window.loaded() is not None and not window.running_tasks(), timeout=timeout)


def _slot_total(ds, start_utc: dt.datetime, profile: str | None = None) -> float:
    """The slot's total from the dataset's table, independently of the viewer: the presence rows (no
    origin breakdown) of every profile, or of one, at that start; suppressed cells count nothing."""
    sql = "SELECT sum(count) FROM footfall WHERE origin_code IS NULL AND epoch(start) = ?"
    params: list[object] = [start_utc.timestamp()]
    if profile:
        sql += " AND profile = ?"
        params.append(profile)
    return float(ds.con.execute(sql, params).fetchone()[0])


def test_viewer_opens_lyon_moves_filters_exports_and_speaks_french(viewer, qtbot, tmp_path):
    from footfall.cartography import fmt
    from footfall.viewer.app import recent_entries
    w = viewer.window
    assert w.stack.currentWidget() is w.start_page
    assert not w.basemap_action.isChecked(), "the online basemap is off until the user ticks it"
    qtbot.mouseClick(w.start_page.demo_buttons["lyon"], Qt.LeftButton)
    _wait_idle(qtbot, w)
    assert w.stack.currentWidget() is w.map_page
    assert w.export_action.isEnabled() and w.report_action.isEnabled()  # Export… and Report… once open
    ds = w.loaded().dataset
    assert "all" not in ds.profiles()  # every profile is its own row: the slot total is their sum
    assert not [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.providerType() == "wms"]
    # four days of hourly slots, 6-9 December 2018
    assert len(w.dock._starts) == 4 * 24

    # Friday 7 December 2018, 20:00 in Lyon (CET, UTC+1) is slot 24 + 20 = 44, 19:00 UTC
    w.dock.slider.setValue(44)
    start = dt.datetime(2018, 12, 7, 19, 0, tzinfo=UTC)
    # the map's time is the local clock time (core/clock.py): 20:00 in the UTC notation
    assert w.canvas.temporalRange().begin().toString("yyyy-MM-dd HH:mm") == "2018-12-07 20:00"
    expected = _slot_total(ds, start)
    assert w.info.now_value == pytest.approx(expected)
    assert fmt.number(expected) in w.info.total_now.text()
    assert "20:00" in w.info.now_heading.text() and "Friday 7 December 2018" in w.info.now_heading.text()
    # the peak is the largest slot total of the table
    peak = ds.con.execute("SELECT sum(count) AS s FROM footfall WHERE origin_code IS NULL "
                          "GROUP BY start ORDER BY s DESC LIMIT 1").fetchone()[0]
    assert fmt.number(peak) in w.info.peak.text()
    # top origins: countries, the largest first, under the anonymity rule
    names = [n for n, _v in w.top_origins]
    assert names[:3] == ["France", "Italy", "Switzerland"] and len(names) == 5
    known = ds.con.execute("SELECT sum(count) FROM footfall WHERE origin_code IS NOT NULL").fetchone()[0]
    assert sum(v for _n, v in w.top_origins) <= known

    # filtering the day visitors ("Excursionnistes") keeps the slot and shows their total only
    w.dock.profiles.setCheckedItems(["Day visitors"])
    _wait_idle(qtbot, w)
    assert w.dock.slider.value() == 44
    day = _slot_total(ds, start, "day_visitor")
    assert 0 < day < expected
    assert w.info.now_value == pytest.approx(day)
    assert fmt.number(day) in w.info.total_now.text()

    # a GIF of every slot: the heatmap is computed first, then each slot is a frame
    w.dock.pixel.setValue(50)
    out = tmp_path / "lyon.gif"
    assert w.export(str(out)) is None  # waits for the heatmap
    qtbot.waitUntil(lambda: out.exists() and not w.running_tasks(), timeout=240_000)
    import imageio.v2 as imageio
    assert imageio.get_reader(str(out)).get_length() == 4 * 24
    # a PNG still of the slot shown, at the renderer's frame size
    png = tmp_path / "lyon.png"
    task = w.export(str(png))
    qtbot.waitUntil(lambda: task not in w.tasks, timeout=60_000)
    assert task.error is None, task.error
    from PIL import Image
    assert Image.open(png).size == (960, 720)

    # recent files remember the demo
    assert recent_entries()[0] == {"demo": "lyon"}
    w.show_start()
    assert w.start_page.recent.item(0).text() == "Lyon demo (Fête des Lumières 2018)"

    # French: the window is rebuilt in French and the export opens again on the same slot
    w = viewer.switch_language("fr")
    _wait_idle(qtbot, w)
    assert w.dock.play.text() == "Lecture"
    assert w.dock.heat_box.title() == "Carte de chaleur"
    assert w.dock.slider.value() == 44
    assert w.info.now_value == pytest.approx(expected)
    assert QLocale("fr_BE").toString(expected, "f", 0) in w.info.total_now.text()
    assert "vendredi 7 décembre 2018" in w.info.now_heading.text()
    assert QgsSettings().value("footfall-viewer/language") == "fr"


def test_cancelling_the_import_goes_back_to_the_start_page(viewer, qtbot):
    w = viewer.window
    task = w.open_entry({"demo": "brussels"})
    task.cancel()
    qtbot.waitUntil(lambda: not w.running_tasks(), timeout=60_000)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.start_page, timeout=10_000)
    assert w.loaded() is None
    assert not QgsProject.instance().mapLayers()
