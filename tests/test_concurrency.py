"""Concurrency in a real QGIS: two imports and an animation export at once in the task manager, cancelling
any of them, and closing the project while tasks run. QGIS must stay responsive and the plugin's state,
the project and the cache folder consistent: whole layers and files, or none."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from pytestqt.exceptions import TimeoutError as pytestqt_timeout
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer

import footfall

#: The Lyon demo: 96 hourly slots (4 days x 24 h); its heat cube has one band per slot.
LYON_SLOTS = 4 * 24


@pytest.fixture()
def plugin(qgis_iface, qgis_new_project):
    p = footfall.classFactory(qgis_iface)
    p.initGui()
    yield p
    p.unload()


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """The Lyon and Brussels demos and a 1-million-row export (slow enough to cancel mid-way)."""
    from footfall.core import demo
    root = tmp_path_factory.mktemp("exports")
    sys.path.insert(0, str(Path(footfall.__file__).resolve().parent / "bench"))
    try:
        from generate import generate_export
    finally:
        sys.path.pop(0)
    return {"lyon": demo.write_lyon_demo(root / "lyon"), "brussels": demo.write_brussels_demo(root / "brussels"),
            "big": generate_export(root / "big.csv", 1_000_000)}


def _wait_task(qtbot, plugin, task, timeout=180_000):
    qtbot.waitUntil(lambda: task not in plugin.tasks, timeout=timeout)


def _responsive(qtbot) -> None:
    """The event loop still runs: a 10 ms timer ticks three times within five seconds (a worker holding
    the GIL in numpy on a loaded 2-core machine can delay a tick by a second or two, not freeze it)."""
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    try:
        qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5_000)
    finally:
        timer.stop()


def _cache_files() -> set[Path]:
    from footfall.plugin.resources import cache_dir
    return set(cache_dir().iterdir())


def _lyon_with_heat(plugin, qtbot, exports):
    task = plugin.open_files([str(exports["lyon"]["presence"])], "Europe/Paris")
    _wait_task(qtbot, plugin, task)
    assert task.error is None, task.error
    dock = plugin.dock
    dock.pixel.setValue(100)
    dock.heat_box.setChecked(True)
    qtbot.waitUntil(lambda: dock.loaded.heat_layer_id is not None, timeout=180_000)
    return dock.loaded


def _footfall_layers():
    return [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.customProperty("footfall/source")]


def test_two_imports_and_an_animation_at_once_one_import_cancelled(plugin, qgis_iface, qtbot, exports, tmp_path):
    import imageio.v2 as imageio
    lyon = _lyon_with_heat(plugin, qtbot, exports)
    cache_before = _cache_files()
    layers_before = set(QgsProject.instance().mapLayers())
    out = tmp_path / "lyon.gif"
    big = plugin.open_files([str(exports["big"])], "Europe/Brussels")
    bru = plugin.open_files([str(exports["brussels"]["presence"])], "Europe/Brussels")
    anim = plugin.export_animation(str(out))
    assert big is not None and bru is not None and anim is not None
    assert {big, bru, anim} <= set(plugin.tasks)
    assert QgsApplication.taskManager().countActiveTasks() >= 3, [(t.description(), t.status(), getattr(t, "error", None)) for t in (big, bru, anim)]
    qtbot.waitUntil(lambda: big.progress() > 0, timeout=60_000)
    big.cancel()
    _responsive(qtbot)  # the GUI thread runs while the three tasks do
    for t in (big, bru, anim):
        _wait_task(qtbot, plugin, t)
    assert not plugin.tasks

    # the cancelled import: no layer, no dataset, no file in the cache folder
    assert big.cancelled and big.dataset is None
    assert all(lyr.customProperty("footfall/source") != "big.csv" for lyr in QgsProject.instance().mapLayers().values())
    # the other import is whole: every data line of the presence file times its 5 profile columns
    assert bru.error is None, bru.error
    with open(exports["brussels"]["presence"], encoding="utf-8") as fh:
        lines = sum(1 for _row in csv.DictReader(fh, delimiter=";"))
    assert bru.dataset.row_count() == lines * 5
    new_layers = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - layers_before]
    assert [lyr.customProperty("footfall/source") for lyr in new_layers] == ["brussels_tdf2019_aanwezigheid.csv"]
    assert new_layers[0].featureCount() == 453 * 192  # 453 grid cells x 2 days of 96 quarter-hours
    assert _cache_files() - cache_before <= {bru.gpkg} and bru.gpkg in _cache_files()  # same name if cached before
    assert not [p for p in _cache_files() if ".part" in p.name]
    # the animation is whole: one frame per slot of Lyon's cube; nothing half-written beside it
    assert anim.error is None and not anim.cancelled
    assert imageio.get_reader(str(out)).get_length() == LYON_SLOTS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lyon.gif"]
    # the plugin knows Lyon and Brussels, each by a layer that is in the project
    assert len(plugin.loaded) == 2 and lyon in plugin.loaded.values()
    assert all(QgsProject.instance().mapLayer(k) is not None for k in plugin.loaded)


def test_cancelling_the_animation_writes_nothing_and_the_imports_go_on(plugin, qgis_iface, qtbot, exports, tmp_path):
    _lyon_with_heat(plugin, qtbot, exports)
    out = tmp_path / "lyon.gif"
    bru = plugin.open_files([str(exports["brussels"]["presence"])], "Europe/Brussels")
    anim = plugin.export_animation(str(out))
    qtbot.waitUntil(lambda: anim.progress() > 0 or anim not in plugin.tasks, timeout=60_000)
    anim.cancel()
    _wait_task(qtbot, plugin, anim)
    _wait_task(qtbot, plugin, bru)
    if anim.cancelled:  # whole or absent, never partial
        assert not out.exists()
    else:
        import imageio.v2 as imageio
        assert imageio.get_reader(str(out)).get_length() == LYON_SLOTS
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".anim-")]
    assert bru.error is None and bru.dataset is not None
    assert len(plugin.loaded) == 2


def test_closing_the_project_mid_task_cancels_its_work_and_qgis_goes_on(plugin, qgis_iface, qtbot, exports, tmp_path):
    import imageio.v2 as imageio
    _lyon_with_heat(plugin, qtbot, exports)
    cache_before = _cache_files()
    out = tmp_path / "lyon.gif"
    big = plugin.open_files([str(exports["big"])], "Europe/Brussels")
    anim = plugin.export_animation(str(out))
    plugin.dock.flows_box.setChecked(False)
    qtbot.waitUntil(lambda: big.progress() > 0, timeout=60_000)
    QgsProject.instance().clear()  # File > New project while the import and the export run
    _responsive(qtbot)
    for t in (big, anim):
        _wait_task(qtbot, plugin, t)
    # the project is empty and stays so: the import that was running belonged to the closed project
    assert big.cancelled and big.dataset is None
    assert not QgsProject.instance().mapLayers()
    assert not QgsProject.instance().layerTreeRoot().children()
    assert _cache_files() == cache_before
    # no dangling state: no export known, the dock shows nothing and its slider does not fail
    assert plugin.loaded == {}
    assert plugin.dock.loaded is None
    assert not plugin.dock.slider.isEnabled()
    plugin.dock.slider.setValue(3)
    # the animation does not depend on the project: it is whole or absent
    if out.exists():
        assert imageio.get_reader(str(out)).get_length() == LYON_SLOTS
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".anim-")]
    # a new import afterwards works: Brussels' 453 cells x 192 slots on the map
    bru = plugin.open_files([str(exports["brussels"]["presence"])], "Europe/Brussels")
    _wait_task(qtbot, plugin, bru)
    assert bru.error is None, bru.error
    layers = _footfall_layers()
    assert len(layers) == 1 and layers[0].featureCount() == 453 * 192
    assert list(plugin.loaded) == [layers[0].id()]
    assert plugin.dock.loaded is plugin.loaded[layers[0].id()] and plugin.dock.slider.maximum() == 191


def test_closing_the_project_while_the_heatmap_is_computed(plugin, qgis_iface, qtbot, exports):
    task = plugin.open_files([str(exports["lyon"]["presence"])], "Europe/Paris")
    _wait_task(qtbot, plugin, task)
    dock = plugin.dock
    dock.pixel.setValue(50)
    dock.heat_box.setChecked(True)
    heat = [t for t in plugin.tasks if type(t).__name__ == "HeatTask"]
    assert len(heat) == 1
    ds = task.dataset
    QgsProject.instance().clear()
    _responsive(qtbot)
    _wait_task(qtbot, plugin, heat[0])
    assert heat[0].cancelled or heat[0].cube is not None
    assert not QgsProject.instance().mapLayers()
    assert plugin.loaded == {} and dock.loaded is None
    # the dataset the heat task read is closed once the tasks reading it have ended, not under their feet
    # (waited for: a task queued behind the previous tests' may still hold it for a moment)
    def closed() -> bool:
        try:
            ds.row_count()
        except Exception:  # noqa: BLE001 - DuckDB's ConnectionException: the dataset is closed
            return True
        return False
    try:  # generous: on a machine busy with other work the cancelled task can take long to stop
        qtbot.waitUntil(closed, timeout=120_000)
    except (AssertionError, TimeoutError, pytestqt_timeout):
        pytest.fail(f"dataset still open; tasks: {[(type(t).__name__, t.status()) for t in plugin.tasks]}, "
                    f"closing: {len(plugin._closing)}")
    _responsive(qtbot)


def test_unloading_the_plugin_while_the_heatmap_is_computed(qgis_iface, qgis_new_project, qtbot, exports):
    p = footfall.classFactory(qgis_iface)
    p.initGui()
    task = p.open_files([str(exports["lyon"]["presence"])], "Europe/Paris")
    _wait_task(qtbot, p, task)
    p.dock.pixel.setValue(50)
    p.dock.heat_box.setChecked(True)
    heat = [t for t in p.tasks if type(t).__name__ == "HeatTask"]
    assert len(heat) == 1
    ds = task.dataset
    p.unload()  # cancels the heat task and lets it end before the dataset it reads is closed
    assert heat[0].status() in (heat[0].Complete, heat[0].Terminated)
    with pytest.raises(Exception):
        ds.row_count()
    _responsive(qtbot)


def test_filters_changed_quickly_the_map_follows_the_last_one_and_qgis_stays_usable(plugin, qgis_iface, qtbot, exports):
    """The map layer is rewritten for new filters in a task; a newer choice cancels an older one, the
    window keeps responding meanwhile, and only the last choice's file is left."""
    from footfall.plugin.task import FilterTask
    task = plugin.open_files([str(exports["brussels"]["presence"])], "Europe/Brussels")
    _wait_task(qtbot, plugin, task)
    dock = plugin.dock
    layer = QgsProject.instance().mapLayer(dock.loaded.layer_id)
    base = layer.source()
    stem = Path(base.split("|")[0]).stem
    for old in Path(base.split("|")[0]).parent.glob(f"{stem}-filter-*.gpkg"):  # left by an earlier run
        old.unlink()
    for labels in (["Residents"], ["Residents", "Day visitors"], ["Day visitors"]):
        dock.profiles.deselectAllOptions()
        dock.profiles.setCheckedItems(labels)
    assert dock.loaded.profiles == ["day_visitor"]
    tasks = [t for t in plugin.tasks if isinstance(t, FilterTask)]
    assert tasks and all(t.isCanceled() for t in tasks[:-1]) and not tasks[-1].isCanceled()
    _responsive(qtbot)
    qtbot.waitUntil(lambda: not [t for t in plugin.tasks if isinstance(t, FilterTask)], timeout=120_000)
    assert tasks[-1].error is None, tasks[-1].error
    assert layer.source() != base and layer.isValid()
    # the day visitors of one slot, counted from the file
    start = "2019-07-06T10:00:00.000Z"
    total = 0.0
    with open(exports["brussels"]["presence"], encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            if row["datum"] == "06/07/2019" and row["tijdstip"] == "12:00" and row["dagbezoekers"]:
                total += float(row["dagbezoekers"])
    assert sum(f["count"] or 0 for f in layer.getFeatures(f"\"start\" = '{start}'")) == pytest.approx(total)
    shown = Path(layer.source().split("|")[0])
    assert [p.name for p in shown.parent.glob(f"{stem}-filter-*.gpkg")] == [shown.name]


def test_a_task_cancelled_while_queued_still_lets_its_dataset_close(plugin, qtbot):
    """Closing a dataset whose reader is still waiting in the task manager's queue: QGIS ends such a task
    inside cancel(); the dataset must be closed all the same (it once stayed open for ever when the
    machine was busy and the heat task had not started yet)."""
    import threading
    from footfall.core.dataset import Dataset
    from footfall.plugin.task import FootfallTask

    gate = threading.Event()
    ended = []

    class Blocker(FootfallTask):
        def __init__(self, name):
            super().__init__(name, on_done=ended.append)

        def work(self, progress):
            gate.wait(60)

    class Reader(FootfallTask):
        def __init__(self, ds):
            super().__init__("reader", on_done=plugin._task_ended)
            self.dataset = ds

        def work(self, progress):
            self.dataset.row_count()

    manager = QgsApplication.taskManager()
    from qgis.PyQt.QtCore import QThreadPool
    # more blockers than the task manager's worker threads: the reader has to wait in the queue
    blockers = [Blocker(f"blocker {i}") for i in range(QThreadPool.globalInstance().maxThreadCount() + 2)]
    for b in blockers:
        manager.addTask(b)
    ds = Dataset()
    reader = Reader(ds)
    plugin.tasks.append(reader)
    manager.addTask(reader)
    try:
        qtbot.wait(200)
        assert reader.status() == reader.Queued  # every worker thread is held by a blocker
        plugin._release(ds)
        qtbot.waitUntil(lambda: reader not in plugin.tasks, timeout=10_000)
        with pytest.raises(Exception):  # closed: DuckDB refuses the connection
            ds.row_count()
        assert plugin._closing == []
    finally:
        gate.set()
        qtbot.waitUntil(lambda: len(ended) == len(blockers), timeout=60_000)
