"""The Footfall viewer's main window: a start page, a map canvas with the zones, heat and flow layers, the
plugin's Footfall panel (time slider, play/pause, speed, filters), an information panel and *Export*.

Everything the map shows is done by the plugin's own code: the window hands a small stand-in for QGIS's
``iface`` (main window, map canvas, message bar) to :class:`~footfall.plugin.plugin.FootfallPlugin` and
:class:`~footfall.plugin.dock.FootfallDock`. The layers live in ``QgsProject.instance()``: the plugin
adds, styles and removes them there, and a standalone process has one project anyway.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import traceback
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
from qgis.core import Qgis, QgsApplication, QgsProject, QgsRasterLayer, QgsSettings, QgsVectorLayer
from qgis.gui import (QgsFileWidget, QgsLayerTreeMapCanvasBridge, QgsLayerTreeView, QgsMapCanvas,
                      QgsMessageBar)
from qgis.core import QgsLayerTreeModel
from qgis.PyQt.QtCore import (QCoreApplication, QDateTime, QLibraryInfo, QLocale, QObject, Qt,
                              QTimer, QTimeZone, QTranslator)
from qgis.PyQt.QtGui import QColor, QIcon
from qgis.PyQt.QtWidgets import (QAction, QComboBox, QDockWidget, QHBoxLayout, QLabel,
                                 QListWidget, QListWidgetItem, QMainWindow, QProgressBar, QPushButton,
                                 QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from ..cartography import fmt
from ..plugin.dock import FootfallDock
from ..plugin.i18n import remove_translation, setup_translation
from ..plugin.open_dialog import OpenExportDialog
from ..plugin.plugin import FootfallPlugin
from ..core.paths import icon_path
from ..plugin.task import FootfallTask


def tr(text: str) -> str:
    """Translate in the viewer's context."""
    return QCoreApplication.translate("FootfallViewer", text)


#: Interface languages and the locale of their numbers and dates.
LANGUAGES = {"en": "en_GB", "nl": "nl_BE", "fr": "fr_BE"}
#: The languages' own names, never translated.
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands", "fr": "Français"}
RECENT_KEY = "footfall-viewer/recent"
LANGUAGE_KEY = "footfall-viewer/language"
MAX_RECENT = 8
OSM_SOURCE = "type=xyz&url=https://tile.openstreetmap.org/{z}/{x}/{y}.png&zmax=19&zmin=0"
TOP_ORIGINS = 5
COUNTRY_LEVEL = 4


# -- settings ------------------------------------------------------------------------------------------
def recent_entries() -> list[dict]:
    """What was opened lately, newest first: {"demo": "lyon"} or {"paths": [...], "timezone": ..., ...}."""
    raw = QgsSettings().value(RECENT_KEY, "", type=str)
    try:
        entries = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [e for e in entries if isinstance(e, dict) and ("demo" in e or e.get("paths"))]


def remember(entry: dict) -> None:
    """Put ``entry`` first in the recent list (without duplicates)."""
    entries = [e for e in recent_entries() if e != entry]
    QgsSettings().setValue(RECENT_KEY, json.dumps([entry] + entries[: MAX_RECENT - 1], ensure_ascii=False))


def entry_label(entry: dict) -> str:
    """The recent list's text for an entry."""
    if entry.get("demo") == "brussels":
        return tr("Brussels demo (Tour de France 2019)")
    if entry.get("demo") == "lyon":
        return tr("Lyon demo (Fête des Lumières 2018)")
    return ", ".join(Path(p).name for p in entry.get("paths", []))


# -- language --------------------------------------------------------------------------------------
_INSTALLED: dict[str, object] = {}


def install_language(lang: str) -> None:
    """Install the .qm files of ``lang`` ('en', 'nl', 'fr'): Footfall's and Qt's own; numbers and dates
    follow the same locale."""
    uninstall_language()
    loc = LANGUAGES.get(lang, "en_GB")
    _INSTALLED["default_locale"] = QLocale()
    QLocale.setDefault(QLocale(loc))
    _INSTALLED["footfall"] = setup_translation(loc)
    if lang != "en":
        qt = QTranslator()
        if qt.load(f"qtbase_{lang}", QLibraryInfo.location(QLibraryInfo.TranslationsPath)):
            QCoreApplication.installTranslator(qt)
            _INSTALLED["qt"] = qt
    fmt.set_language(loc)
    _INSTALLED["lang"] = lang


def uninstall_language() -> None:
    """Undo :func:`install_language`."""
    if "lang" not in _INSTALLED:
        return
    qt = _INSTALLED.pop("qt", None)
    if qt is not None:
        QCoreApplication.removeTranslator(qt)
    remove_translation(_INSTALLED.pop("footfall", None))
    previous = _INSTALLED.pop("default_locale", None)
    if previous is not None:
        QLocale.setDefault(previous)
    _INSTALLED.pop("lang", None)


def slot_text(epoch: float, tzname: str) -> str:
    """'Saturday 6 July 2019, 12:00 (CEST)' in the interface's language."""
    start = dt.datetime.fromtimestamp(float(epoch), dt.timezone.utc).astimezone(ZoneInfo(tzname))
    qdt = QDateTime.fromSecsSinceEpoch(int(start.timestamp()), QTimeZone(tzname.encode()))
    return tr("{time} ({zone})").format(time=fmt.locale().toString(qdt, "dddd d MMMM yyyy, HH:mm"),
                                        zone=start.tzname())


# -- the plugin's view of QGIS ------------------------------------------------------------------------
class ViewerIface:
    """The part of ``QgisInterface`` that the plugin and its panel use."""

    def __init__(self, window: QMainWindow, canvas: QgsMapCanvas, bar: QgsMessageBar) -> None:
        self._window, self._canvas, self._bar = window, canvas, bar

    def mainWindow(self) -> QMainWindow:  # noqa: N802
        return self._window

    def mapCanvas(self) -> QgsMapCanvas:  # noqa: N802
        return self._canvas

    def messageBar(self) -> QgsMessageBar:  # noqa: N802
        return self._bar


class StillTask(FootfallTask):
    """Renders one slot of the heat, with caption, legend and credits, to a PNG (whole or not at all)."""

    def __init__(self, renderer, slot: int, output: str, on_done=None) -> None:
        super().__init__(tr("Exporting the still {name}").format(name=Path(output).name), on_done)
        self.renderer, self.slot, self.output = renderer, slot, output

    def run(self) -> bool:  # noqa: D401 - QgsTask API
        """Worker thread."""
        from ..core.fsutil import publish
        tmp = None
        try:
            fd, tmp = tempfile.mkstemp(prefix=".still-", suffix=".png", dir=os.path.dirname(os.path.abspath(self.output)))
            os.close(fd)
            if not self.renderer.render(self.slot).save(tmp, "PNG"):
                raise OSError(tr("The image could not be written to {path}").format(path=self.output))
            publish(tmp, self.output)
            tmp = None
            return True
        except Exception as exc:  # noqa: BLE001 - reported to the user
            self.error = str(exc) or traceback.format_exc(limit=3)
        finally:
            if tmp and os.path.exists(tmp):
                os.unlink(tmp)
        return False


# -- widgets ----------------------------------------------------------------------------------------
class StartPage(QWidget):
    """What to open: an export, one of the demos, or a recent file."""

    def __init__(self, window: ViewerWindow) -> None:
        super().__init__()
        self.window = window
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(640)
        v = QVBoxLayout(box)
        title = QLabel(tr("Footfall viewer"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 2.0)
        f.setBold(True)
        title.setFont(f)
        v.addWidget(title)
        intro = QLabel(tr("Explore crowds from mobile-network footfall exports: play the day on a map, filter "
                          "visitor profiles and origins, and export a GIF, a video or a still. Counts below "
                          "the anonymity threshold are never shown."))
        intro.setWordWrap(True)
        v.addWidget(intro)
        v.addSpacing(12)
        self.open_button = QPushButton(tr("Open an export…"))
        self.open_button.clicked.connect(window.open_dialog)
        v.addWidget(self.open_button)
        self.demo_buttons = {}
        for which in ("brussels", "lyon"):
            b = QPushButton(entry_label({"demo": which}))
            b.clicked.connect(lambda _c=False, w=which: window.open_entry({"demo": w}))
            v.addWidget(b)
            self.demo_buttons[which] = b
        v.addSpacing(12)
        v.addWidget(QLabel(tr("Recent files")))
        self.recent = QListWidget()
        self.recent.setToolTip(tr("Double-click to open again"))
        self.recent.itemActivated.connect(lambda item: window.open_entry(item.data(Qt.UserRole)))
        v.addWidget(self.recent)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.fill_recent()

    def fill_recent(self) -> None:
        """List the recent entries."""
        self.recent.clear()
        for e in recent_entries():
            item = QListWidgetItem(entry_label(e))
            item.setData(Qt.UserRole, e)
            if e.get("paths"):
                item.setToolTip("\n".join(e["paths"]))
            self.recent.addItem(item)
        if not self.recent.count():
            item = QListWidgetItem(tr("Nothing opened yet"))
            item.setFlags(Qt.NoItemFlags)
            self.recent.addItem(item)


class InfoPanel(QWidget):
    """Total now, its margin, the peak slot and the top origins of the open export."""

    def __init__(self) -> None:
        super().__init__()
        v = QVBoxLayout(self)
        self.now_heading = QLabel(tr("Now"))
        self.total_now = QLabel("–")
        f = self.total_now.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.total_now.setFont(f)
        self.total_now.setWordWrap(True)
        self.now_note = QLabel("")
        self.now_note.setWordWrap(True)
        self.now_note.setStyleSheet("color: #555;")
        self.peak_heading = QLabel(tr("Peak"))
        self.peak = QLabel("–")
        self.peak.setWordWrap(True)
        self.origins_heading = QLabel(tr("Top origins"))
        self.origins = QLabel("–")
        self.origins.setWordWrap(True)
        self.origins.setTextFormat(Qt.PlainText)
        self.origins_note = QLabel("")
        self.origins_note.setWordWrap(True)
        self.origins_note.setStyleSheet("color: #555;")
        for w in (self.now_heading, self.peak_heading, self.origins_heading):
            hf = w.font()
            hf.setBold(True)
            w.setFont(hf)
        for w in (self.now_heading, self.total_now, self.now_note, self.peak_heading, self.peak,
                  self.origins_heading, self.origins, self.origins_note):
            v.addWidget(w)
        v.addStretch(1)
        self.now_value: float | None = None


class ViewerWindow(QMainWindow):
    """The viewer's main window."""

    def __init__(self, viewer: Viewer | None = None) -> None:
        super().__init__()
        self.viewer = viewer
        self.setWindowTitle(tr("Footfall viewer"))
        self.setWindowIcon(QIcon(icon_path("footfall.svg")))
        self.current: dict | None = None
        self.tasks: list = []
        self._restore: dict | None = None
        self._pending_export: tuple[str, float | None] | None = None
        self._origin_task = None
        self._closed = False
        self.basemap_id: str | None = None
        self.context_ids: list[str] = []
        self.context_group = None
        self.top_origins: list[tuple[str, float]] = []
        self.last_export = None

        self.canvas = QgsMapCanvas()
        self.canvas.setObjectName("FootfallViewerCanvas")
        self.canvas.setCanvasColor(QColor("#f2efe9"))
        self.bridge = QgsLayerTreeMapCanvasBridge(QgsProject.instance().layerTreeRoot(), self.canvas, self)
        self.bar = QgsMessageBar()
        self.map_page = QWidget()
        mv = QVBoxLayout(self.map_page)
        mv.setContentsMargins(0, 0, 0, 0)
        mv.addWidget(self.bar)
        mv.addWidget(self.canvas, 1)
        self.start_page = StartPage(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.map_page)
        self.setCentralWidget(self.stack)

        self.iface = ViewerIface(self, self.canvas, self.bar)
        self.plugin = FootfallPlugin(self.iface)
        self.dock = FootfallDock(self.iface, self)
        self.dock.setFeatures(QDockWidget.DockWidgetMovable)
        self.dock.title.setText(tr("Open an export or a demo from the start page."))
        self.plugin.connect_dock(self.dock)
        self.dock.exportRequested.disconnect(self.plugin.export_animation)
        self.dock.exportRequested.connect(self.export_dialog)
        self.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.dock.hide()
        tc = self.dock.controller()
        tc.updateTemporalRange.connect(self.canvas.setTemporalRange)  # the canvas follows the slider
        self.dock.slotShown.connect(self._slot_shown)
        self.dock.filtersChanged.connect(self._filters_changed)  # after the plugin's own handler
        self.dock.flow_level.currentIndexChanged.connect(lambda *_a: self._start_origins())

        self.info = InfoPanel()
        model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), self)
        model.setFlag(QgsLayerTreeModel.AllowNodeChangeVisibility)
        model.setFlag(QgsLayerTreeModel.ShowLegendAsTree)
        self.legend = QgsLayerTreeView()
        self.legend.setModel(model)
        side = QSplitter(Qt.Vertical)
        side.addWidget(self.info)
        side.addWidget(self.legend)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        self.info_dock = QDockWidget(tr("Information"), self)
        self.info_dock.setObjectName("FootfallViewerInfo")
        self.info_dock.setFeatures(QDockWidget.DockWidgetMovable)
        self.info_dock.setWidget(side)
        self.addDockWidget(Qt.LeftDockWidgetArea, self.info_dock)
        self.info_dock.hide()

        tb = self.addToolBar(tr("Viewer"))
        tb.setObjectName("FootfallViewerToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.home_action = QAction(tr("Start page"), self)
        self.home_action.setToolTip(tr("Open another export or a demo"))
        self.home_action.triggered.connect(self.show_start)
        tb.addAction(self.home_action)
        self.open_action = QAction(QIcon(icon_path("footfall.svg")), tr("Open…"), self)
        self.open_action.setToolTip(tr("Open a footfall export"))
        self.open_action.triggered.connect(self.open_dialog)
        tb.addAction(self.open_action)
        self.export_action = QAction(tr("Export…"), self)
        self.export_action.setToolTip(tr("Export the heatmap as a GIF, an MP4 video or a PNG still, with legend and caption"))
        self.export_action.triggered.connect(self.export_dialog)
        self.export_action.setEnabled(False)
        tb.addAction(self.export_action)
        self.web_action = QAction(tr("Web page…"), self)
        self.web_action.setToolTip(tr("Write one interactive HTML page for an article, in the viewer's language: the map "
                                      "of every slot with the time slider, the profile filters and the origin flows"))
        self.web_action.triggered.connect(self.web_page_dialog)
        self.web_action.setEnabled(False)
        tb.addAction(self.web_action)
        self.report_action = QAction(tr("Report…"), self)
        self.report_action.setToolTip(tr("Write a post-event report (PDF) in English, Dutch or French"))
        self.report_action.triggered.connect(lambda: self.plugin.report_dialog())
        self.report_action.setEnabled(False)
        tb.addAction(self.report_action)
        tb.addSeparator()
        self.basemap_action = QAction(tr("OpenStreetMap basemap"), self)
        self.basemap_action.setCheckable(True)
        self.basemap_action.setToolTip(tr("Show OpenStreetMap under the data; the map tiles are downloaded from the internet"))
        self.basemap_action.toggled.connect(self.set_basemap)
        tb.addAction(self.basemap_action)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Expanding, spacer.sizePolicy().Preferred)
        tb.addWidget(spacer)
        tb.addWidget(QLabel(tr("Language") + " "))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(_INSTALLED.get("lang", "en"))))
        self.language.setToolTip(tr("Language of the interface, the numbers and the dates"))
        self.language.currentIndexChanged.connect(self._language_chosen)
        tb.addWidget(self.language)

        sb = self.statusBar()
        self.task_label = QLabel("")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(240)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setToolTip(tr("Stop the running work; nothing half-done is kept"))
        self.cancel_button.clicked.connect(self.cancel_tasks)
        for w in (self.task_label, self.progress, self.cancel_button):
            sb.addPermanentWidget(w)
            w.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self._poll)
        self.timer.start()
        self.resize(1400, 860)

    # -- opening ----------------------------------------------------------------------------------
    def loaded(self):
        """The open export (the plugin's ``LoadedExport``) or None."""
        return self.dock.loaded

    def show_start(self) -> None:
        """Show the start page."""
        self.start_page.fill_recent()
        self.stack.setCurrentWidget(self.start_page)

    def open_dialog(self) -> None:
        """Ask for an export (the plugin's dialog, plus a zone file) and open it."""
        dlg = OpenDialog(self)
        if dlg.exec_():
            self.open_entry({"paths": dlg.paths(), "timezone": dlg.timezone(), "zones": dlg.zone_file(),
                             "field": dlg.zone_field(), "mapping": dlg.mapping()})

    def open_entry(self, entry: dict, restore: dict | None = None):
        """Open a demo or export files in a background task (closing what was open); returns the task."""
        if not entry:
            return None
        self.clear()
        self._restore = restore
        if entry.get("demo"):
            task = self.plugin.open_demo(entry["demo"])
        else:
            zones = None
            if entry.get("zones"):
                zones = QgsVectorLayer(entry["zones"], "zones", "ogr")
            task = self.plugin.open_files(list(entry["paths"]), entry.get("timezone") or "Europe/Brussels", zones,
                                          entry.get("field"), entry.get("mapping"))
        if task is None:
            return None
        plugin_done = task.on_done
        task.on_done = lambda t, e=entry, done=plugin_done: self._import_done(t, e, done)
        self.stack.setCurrentWidget(self.map_page)
        return task

    def _import_done(self, task, entry: dict, plugin_done) -> None:
        if task.isCanceled() and task.dataset is None:
            task.cancelled = True  # cancelled before it started: run() never said so
        plugin_done(task)  # the plugin adds and styles the layers, or says what went wrong
        if self._closed or task.cancelled or task.error or task.dataset is None:
            if task.cancelled:
                self.show_start()
            return
        remember(entry)
        self.current = entry
        self._add_context(task)
        self.info_dock.show()
        self.resizeDocks([self.info_dock, self.dock], [380, 380], Qt.Horizontal)
        self.export_action.setEnabled(True)
        self.web_action.setEnabled(True)
        self.report_action.setEnabled(True)
        self.setWindowTitle(tr("Footfall viewer — {name}").format(name=entry_label(entry)))
        self._update_peak()
        self._start_origins()
        restore, self._restore = self._restore, None
        if restore:
            if restore.get("basemap"):
                self.basemap_action.setChecked(True)
            if restore.get("heat"):
                self.dock.heat_box.setChecked(True)
            self.dock.slider.setValue(int(restore.get("slot", 0)))

    def _add_context(self, task) -> None:
        """The bundled context layers (countries, provinces, départements, place names) under the data."""
        from ..cartography.context import add_to_project
        from ..cartography.flow_layer import language
        self._remove_context()
        canvas = self.canvas
        shown = canvas.extent()  # the data, as the plugin framed it
        loaded = self.loaded()
        layer = QgsProject.instance().mapLayer(loaded.layer_id) if loaded is not None and loaded.layer_id else None
        extent, crs = (layer.extent(), layer.crs()) if layer is not None else (None, None)
        group = add_to_project(QgsProject.instance(), extent, crs, language())
        self.context_ids = [n.layerId() for n in group.findLayers()]
        self.context_group = group
        if not shown.isEmpty():
            # the countries cover Europe: the map stays on the data (the bridge would zoom out to them)
            QTimer.singleShot(0, lambda e=shown: (self.canvas.setExtent(e), self.canvas.refresh()))
            canvas.setExtent(shown)

    def _remove_context(self) -> None:
        ids = [i for i in getattr(self, "context_ids", []) if QgsProject.instance().mapLayer(i) is not None]
        if ids:
            QgsProject.instance().removeMapLayers(ids)
        group = getattr(self, "context_group", None)
        if group is not None and group.parent() is not None:
            group.parent().removeChildNode(group)
        self.context_ids, self.context_group = [], None

    def clear(self) -> None:
        """Close the open export: stop its tasks, remove its layers, release its dataset."""
        self.cancel_tasks(wait=True)
        self._remove_context()
        self._pending_export = None
        for key, loaded in list(self.plugin.loaded.items()):
            ids = [i for i in (loaded.layer_id, loaded.heat_layer_id, loaded.flow_layer_id) if i]
            QgsProject.instance().removeMapLayers(ids)  # the plugin closes the dataset of its layer
            if loaded.group is not None and loaded.group.parent() is not None:
                loaded.group.parent().removeChildNode(loaded.group)
            if key in self.plugin.loaded:
                self.plugin.loaded.pop(key).dataset.close()
        self.dock.loaded = None
        self.dock.hide()
        self.current = None
        self.export_action.setEnabled(False)
        self.web_action.setEnabled(False)
        self.report_action.setEnabled(False)
        self.info.total_now.setText("–")
        self.info.now_note.setText("")
        self.info.peak.setText("–")
        self.info.origins.setText("–")
        self.info.origins_note.setText("")
        self.info.now_value = None
        self.top_origins = []

    def state(self) -> dict:
        """What to restore after a language switch."""
        return {"slot": self.dock.slider.value(), "heat": self.dock.heat_box.isChecked(),
                "basemap": self.basemap_action.isChecked()}

    # -- tasks --------------------------------------------------------------------------------------
    def running_tasks(self) -> list:
        """The plugin's and the viewer's running tasks."""
        return [t for t in list(self.plugin.tasks) + list(self.tasks)]

    def cancel_tasks(self, *_args, wait: bool = False) -> None:
        """Cancel every running task (and wait for their workers with ``wait``)."""
        for t in self.running_tasks():
            try:
                if wait:
                    t.on_done = None  # nothing may arrive once the export is closed
                t.cancel()
                if wait:
                    t.waitForFinished(30_000)
                    if type(t).__name__ == "ImportTask" and t.dataset is not None:
                        t.dataset.close()  # finished before the cancel: its dataset is not wanted
            except RuntimeError:  # already deleted by the task manager
                pass
        if wait:
            self.plugin.tasks.clear()
            self.tasks.clear()
            self._origin_task = None

    def _poll(self) -> None:
        tasks = self.running_tasks()
        visible = bool(tasks)
        if visible:
            t = tasks[0]
            try:
                self.task_label.setText(t.description() + ("" if len(tasks) == 1 else tr(" (+{n} more)").format(n=len(tasks) - 1)))
                self.progress.setValue(int(t.progress()))
            except RuntimeError:
                visible = False
        for w in (self.task_label, self.progress, self.cancel_button):
            w.setVisible(visible)
        loaded = self.loaded()
        if self._pending_export and loaded is not None:
            if loaded.cube is not None:
                path, fps = self._pending_export
                self._pending_export = None
                if path == "dialog":
                    self.export_dialog()
                else:
                    self.export(path, fps)
            elif not any(type(t).__name__ == "HeatTask" for t in tasks):
                self._pending_export = None  # the heatmap failed or was cancelled: the plugin said why

    # -- information panel ----------------------------------------------------------------------------
    def _slot_index(self, t: float) -> int:
        starts = self.dock._starts
        return max(0, min(len(starts) - 1, int(np.searchsorted(starts, t, side="right") - 1)))

    def _slot_shown(self, t: float) -> None:
        loaded = self.loaded()
        if loaded is None or not len(self.dock._starts):
            return
        i = self._slot_index(t)
        total, supp = float(self.dock._totals[i]), int(self.dock._supp[i] or 0)
        meta = loaded.dataset.metadata
        self.info.now_heading.setText(tr("Now: {slot}").format(slot=slot_text(self.dock._starts[i], meta.timezone)))
        self.info.now_value = total
        text = fmt.number(total)
        if supp:
            self.info.total_now.setText(tr("At least {total} people").format(total=text))
        else:
            self.info.total_now.setText(tr("{total} people").format(total=text))
        note = tr("± {pct} %: the operator's stated precision of its estimates").format(
            pct=fmt.number(100 * meta.precision))
        if supp:
            note += "\n" + tr("{n} zone cells below {k} people are suppressed and not counted").format(
                n=fmt.number(supp), k=meta.threshold)
        self.info.now_note.setText(note)

    def _filters_changed(self, *_args) -> None:
        self._update_peak()
        self._start_origins()

    def _update_peak(self) -> None:
        loaded = self.loaded()
        totals = self.dock._totals if loaded is not None else []
        if loaded is None or not len(totals):
            self.info.peak.setText("–")
            return
        i = int(np.argmax(totals))
        meta = loaded.dataset.metadata
        self.info.peak.setText(tr("{slot}: {total} people").format(
            slot=slot_text(self.dock._starts[i], meta.timezone), total=fmt.number(float(totals[i]))))

    def origin_level(self) -> int:
        """The level of the top origins: the panel's flow level, countries when it follows the scale."""
        from ..core.flows import FOLLOW_SCALE
        level = int(self.dock.flow_level.currentData())
        return COUNTRY_LEVEL if level == FOLLOW_SCALE else level

    def _start_origins(self):
        loaded = self.loaded()
        if loaded is None:
            return None
        if not loaded.dataset.origin_types():
            self.info.origins.setText(tr("This export has no origins."))
            self.info.origins_note.setText("")
            return None
        from ..core.flows import FlowQuery
        from ..plugin.task import FlowTask
        if self._origin_task is not None and self._origin_task in self.tasks:
            self._origin_task.on_done = None
            self._origin_task.cancel()
            self.tasks.remove(self._origin_task)
        query = FlowQuery(level=self.origin_level(), profiles=loaded.profiles or None)
        task = FlowTask(loaded.dataset, query, on_done=lambda t, lo=loaded: self._origins_done(t, lo))
        self._origin_task = task
        self.tasks.append(task)
        self.info.origins.setText(tr("Computing…"))
        QgsApplication.taskManager().addTask(task)
        return task

    def _origins_done(self, task, loaded) -> None:
        from ..cartography.flow_layer import language, origin_label
        if task in self.tasks:
            self.tasks.remove(task)
        if task is self._origin_task:
            self._origin_task = None
        if self._closed or loaded is not self.loaded() or task.cancelled:
            return
        if task.result is None:
            self.info.origins.setText(task.error or "–")
            return
        res = task.result
        flows = sorted(res.flows, key=lambda f: -f.visitors)[:TOP_ORIGINS]
        lang = language()
        self.info.origins.setText("\n".join(
            tr("{rank}. {name}: {visitors}").format(rank=r, name=origin_label(f, lang), visitors=fmt.number(f.visitors))
            for r, f in enumerate(flows, 1)) or "–")
        self.info.origins_note.setText(tr("Visitors summed over zones and slots (not unique people), of "
                                          "{total} with a known origin; origins below {k} are merged.").format(
            total=fmt.number(res.total), k=res.threshold))
        self.top_origins = [(origin_label(f, lang), float(f.visitors)) for f in flows]

    # -- basemap -----------------------------------------------------------------------------------
    def set_basemap(self, on: bool) -> None:
        """Add OpenStreetMap under everything, or remove it. Only the user switches it on."""
        project = QgsProject.instance()
        if on and self.basemap_id is None:
            layer = QgsRasterLayer(OSM_SOURCE, tr("OpenStreetMap"), "wms")
            layer.setAttribution(tr("© OpenStreetMap contributors"))
            project.addMapLayer(layer, False)
            root = project.layerTreeRoot()
            root.insertLayer(len(root.children()), layer)
            self.basemap_id = layer.id()
            self._basemap_warned = False
            self.canvas.renderErrorOccurred.connect(self._basemap_error)
        elif not on and self.basemap_id is not None:
            if project.mapLayer(self.basemap_id) is not None:
                project.removeMapLayer(self.basemap_id)
            self.basemap_id = None
        self.canvas.refresh()

    def _basemap_error(self, error: str, layer) -> None:
        """A tile of the online basemap could not be loaded: say so once, instead of an empty map."""
        if layer is None or layer.id() != self.basemap_id or getattr(self, "_basemap_warned", False):
            return
        self._basemap_warned = True
        self.bar.pushMessage(tr("OpenStreetMap"), tr("The map tiles could not be downloaded (no internet "
                                                     "connection?): the bundled context layers stay shown."),
                             Qgis.Warning, 10)

    # -- export ------------------------------------------------------------------------------------
    def export_dialog(self) -> None:
        """The export dialog (title, subtitle, source, size, speed, window, basemap; GIF, MP4, PNG still);
        the heatmap is computed first when it is not on."""
        loaded = self.loaded()
        if loaded is None:
            return
        if loaded.cube is None:
            self._pending_export = ("dialog", None)
            if not self.dock.heat_box.isChecked():
                self.dock.heat_box.setChecked(True)
            self.bar.pushMessage(tr("Footfall"), tr("Computing the heatmap first; the export follows."), Qgis.Info, 5)
            return
        options = self.plugin.export_dialog(loaded)
        if options is not None:
            self.last_export = self.plugin.export_animation(options=options)

    def web_page_dialog(self) -> None:
        """Ask for the web page's file and write it in the viewer's language (a background task)."""
        loaded = self.loaded()
        if loaded is None:
            return
        from ..core.fsutil import safe_name
        lang = _INSTALLED.get("lang", "en")
        name = safe_name(Path(loaded.dataset.metadata.source_name or "footfall").stem.split(" + ")[0])
        path, _f = QFileDialog.getSaveFileName(self, tr("Web page"), str(Path.home() / f"{name}_{lang}.html"),
                                               tr("Interactive web page for an article (*.html)"))
        if path:
            self.export(path if path.lower().endswith((".html", ".htm")) else path + ".html")

    def export(self, path: str, fps: float | None = None):
        """Export the heatmap to ``path`` (.gif, .mp4: every slot; .png: the slot shown; .html: the web page
        in the viewer's language) in a background task; the heatmap is computed first when a GIF, MP4 or
        PNG needs it and it is not on. Returns the task, or None while waiting."""
        loaded = self.loaded()
        if loaded is None:
            return None
        if path.lower().endswith((".html", ".htm")):  # the web page needs no heatmap: the reader's browser makes it
            self.last_export = self.plugin.start_web_page(path, _INSTALLED.get("lang", "en"))
            return self.last_export
        if loaded.cube is None:
            self._pending_export = (path, fps)
            if not self.dock.heat_box.isChecked():
                self.dock.heat_box.setChecked(True)
            self.bar.pushMessage(tr("Footfall"), tr("Computing the heatmap first; the export follows."), Qgis.Info, 5)
            return None
        fps = float(fps or self.dock.speed.currentData())
        if path.lower().endswith(".png"):
            starts = loaded.cube.starts
            t = float(self.dock._starts[self.dock.slider.value()])
            slot = max(0, min(len(starts) - 1, int(np.searchsorted(starts, t, side="right") - 1)))
            task = StillTask(self.plugin.frame_renderer(loaded), slot, path, on_done=self._still_done)
            self.tasks.append(task)
            QgsApplication.taskManager().addTask(task)
            self.last_export = task
            return task
        self.last_export = self.plugin.export_animation(path, fps)
        return self.last_export

    def _still_done(self, task) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        if task.error:
            self.bar.pushMessage(tr("The image could not be written"), task.error, Qgis.Critical, 0)
        elif not task.cancelled:
            self.bar.pushMessage(tr("Footfall"), tr("Still written to {path}").format(path=task.output), Qgis.Success, 8)

    # -- language and closing ------------------------------------------------------------------------
    def _language_chosen(self, *_args) -> None:
        lang = self.language.currentData()
        if self.viewer is not None and lang != _INSTALLED.get("lang"):
            QTimer.singleShot(0, lambda: self.viewer.switch_language(lang))

    def shutdown(self) -> None:
        """Stop the tasks, close the export and remove the basemap (before the window goes)."""
        if self._closed:
            return
        self.timer.stop()
        self.clear()
        self.set_basemap(False)
        self.dock.disconnect_all()
        try:
            QgsProject.instance().layersWillBeRemoved.disconnect(self.plugin._layers_removed)
        except TypeError:
            pass
        if self.bridge is not None:
            # the bridge follows the project's layer tree; left alive it would update this canvas on a later
            # project change after Python has let the canvas go (a crash seen when tests follow the viewer's)
            from qgis.PyQt import sip
            sip.delete(self.bridge)
            self.bridge = None
        self._closed = True

    def closeEvent(self, event) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)


class OpenDialog(OpenExportDialog):
    """The plugin's *Open footfall export* dialog with a file of zone polygons instead of a project layer
    (a standalone viewer has no project layers to choose from)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.zones_file = QgsFileWidget()
        self.zones_file.setFilter(tr("Zone polygons (*.gpkg *.geojson *.json *.shp);;All files (*)"))
        self.zones_file.setToolTip(tr("A file of zone polygons with the zone ids of the export; leave empty when "
                                      "the export has geometry or uses grid-cell ids"))
        self.zones_file.fileChanged.connect(self._zones_chosen)
        self._zones_layer = None
        form = self.layout().itemAt(1).layout()
        form.insertRow(2, tr("Zone file"), self.zones_file)
        form.labelForField(self.zones).hide()
        self.zones.hide()

    def _zones_chosen(self, path: str) -> None:
        self._zones_layer = QgsVectorLayer(path, "zones", "ogr") if path else None
        self.field.setLayer(self._zones_layer)

    def zone_file(self) -> str | None:
        """The chosen zone file or None."""
        return self.zones_file.filePath() or None

    def zone_layer(self):
        """The chosen zone file as a layer, or None."""
        return self._zones_layer


class Viewer(QObject):
    """The application: one main window, rebuilt in the new language when the user switches."""

    def __init__(self, lang: str | None = None) -> None:
        super().__init__()
        if lang is None:
            lang = QgsSettings().value(LANGUAGE_KEY, "", type=str) or QLocale.system().name()[:2]
        lang = lang if lang in LANGUAGES else "en"
        install_language(lang)
        self.window = ViewerWindow(self)

    def switch_language(self, lang: str) -> ViewerWindow:
        """Install ``lang``, rebuild the main window and open again what was open (same slot, heat, basemap)."""
        old = self.window
        entry, state, shown = old.current, old.state(), old.isVisible()
        geometry = old.saveGeometry()
        old.shutdown()
        old.hide()
        old.deleteLater()
        install_language(lang)
        QgsSettings().setValue(LANGUAGE_KEY, lang)
        self.window = ViewerWindow(self)
        self.window.restoreGeometry(geometry)
        if shown:
            self.window.show()
        if entry:
            self.window.open_entry(entry, restore=state)
        return self.window

    def close(self) -> None:
        """Close the window and uninstall the language (tests, exit)."""
        self.window.shutdown()
        self.window.close()
        uninstall_language()


def profile_folder() -> Path:
    """The viewer's own settings and cache folder (never the QGIS desktop profile)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "footfall-viewer"


def make_app(argv: list[str], profile: str | Path | None = None) -> QgsApplication:
    """A QgsApplication with the viewer's own profile folder."""
    folder = Path(profile) if profile else profile_folder()
    folder.mkdir(parents=True, exist_ok=True)
    app = QgsApplication([a.encode() for a in argv], True, str(folder))
    QgsApplication.setPrefixPath("/usr", True)
    app.initQgis()
    app.setApplicationDisplayName(tr("Footfall viewer"))
    return app


def main(argv: list[str] | None = None) -> int:
    """Start the viewer: ``python -P -m footfall.viewer [--lang nl|fr|en] [--demo brussels|lyon] [files…]``."""
    ap = argparse.ArgumentParser(prog="footfall-viewer", description="Footfall viewer")
    ap.add_argument("--lang", choices=sorted(LANGUAGES), help="interface language (default: the last one chosen)")
    ap.add_argument("--demo", choices=("brussels", "lyon"), help="open a demo at start")
    ap.add_argument("--timezone", default="Europe/Brussels", help="time zone of the files' local times")
    ap.add_argument("files", nargs="*", help="export files to open at start")
    args = ap.parse_args(sys.argv[1:] if argv is None else argv)
    app = make_app([sys.argv[0]])
    viewer = Viewer(args.lang)
    viewer.window.show()
    if args.demo:
        viewer.window.open_entry({"demo": args.demo})
    elif args.files:
        viewer.window.open_entry({"paths": [str(Path(f).resolve()) for f in args.files], "timezone": args.timezone})
    rc = app.exec_()
    viewer.close()
    from ..core.dataset import close_all
    close_all()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(rc)  # QGIS and DuckDB's bindings tear down noisily; everything is written and closed
