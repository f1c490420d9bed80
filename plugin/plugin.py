"""The Footfall plugin: menu, toolbar, dock, Processing provider; opening exports in background tasks."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

from qgis.core import (Qgis, QgsApplication, QgsLayerTreeGroup, QgsProject,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu, QPushButton, QToolBar

from ..core import deps
from ..core.clock import clock_epochs
from ..core.dataset import Dataset
from ..cartography import fmt
from .dock import FootfallDock
from .i18n import remove_translation, setup_translation
from ..core.paths import icon_path
from .resources import cache_dir


def tr(text: str) -> str:
    """Translate in the plugin's context."""
    return QCoreApplication.translate("FootfallPlugin", text)


@dataclasses.dataclass
class LoadedExport:
    """An opened export: its dataset, the GeoPackage behind its map layer and the dock's filters."""

    dataset: Dataset
    gpkg: Path | None
    layer_id: str | None
    group: QgsLayerTreeGroup | None
    profiles: list[str] = dataclasses.field(default_factory=list)
    origins: list[str] = dataclasses.field(default_factory=list)
    heat_layer_id: str | None = None
    cube: object | None = None
    vmax: float = 0.0
    heat_crs: str = ""
    flow_layer_id: str | None = None
    base_gpkg: Path | None = None  # the import's own file (no filter), once the layer has read another


class FootfallPlugin:
    """QGIS plugin entry object (see ``classFactory``)."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator = None
        self.provider = None
        self.menu: QMenu | None = None
        self.toolbar: QToolBar | None = None
        self.dock: FootfallDock | None = None
        self.actions: list[QAction] = []
        self.loaded: dict[str, LoadedExport] = {}
        self.tasks: list = []
        #: Datasets no longer shown whose closing waits for the tasks still reading them.
        self._closing: list[Dataset] = []
        self._empty_title = ""
        self._restore: dict = {}  #: the panel's state read from the project being opened
        self._menu_parent = None
        self._first_size = False

    # -- life cycle --------------------------------------------------------------------------------
    def initProcessing(self) -> None:  # noqa: N802
        """Register the Processing provider (also called by qgis_process)."""
        from ..processing.provider import FootfallProvider
        if self.provider is None:
            provider = FootfallProvider()
            # refused (and deleted by QGIS) when a provider of the same id is registered already: keep none
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self) -> None:  # noqa: N802
        """Create the menu, toolbar and dock; register the provider."""
        self.translator = setup_translation()
        self.initProcessing()
        mw = self.iface.mainWindow()
        self.menu = QMenu(tr("Footfall"), mw)
        self.menu.setObjectName("FootfallMenu")
        self.toolbar = self.iface.addToolBar(tr("Footfall"))
        self.toolbar.setObjectName("FootfallToolbar")
        icon = QIcon(icon_path("footfall.svg"))
        self.open_action = self._action(icon, tr("Open footfall export…"),
                                        tr("Read an operator's footfall export and show it on the map"), self.open_dialog)
        self.dock_action = self._action(QIcon(icon_path("panel.svg")), tr("Footfall panel"),
                                        tr("Show or hide the Footfall panel"), None)
        self.dock_action.setCheckable(True)
        self.menu.addSeparator()
        self.demo_bxl = self._action(None, tr("Open the Brussels demo (Tour de France 2019)"),
                                     tr("Generated demo data: the Grand Départ in Brussels, 6–7 July 2019"),
                                     lambda: self.open_demo("brussels"), toolbar=False)
        self.demo_lyon = self._action(None, tr("Open the Lyon demo (Fête des Lumières 2018)"),
                                      tr("Generated demo data: the Fête des Lumières in Lyon, 6–9 December 2018"),
                                      lambda: self.open_demo("lyon"), toolbar=False)
        self.report_action = self._action(None, tr("Post-event report…"),
                                          tr("Write a PDF report of the open export in English, Dutch or French"),
                                          self.report_dialog, toolbar=False)
        self.web_action = self._action(None, tr("Export web page…"),
                                       tr("Write one interactive HTML page of the open export for an article, in English, Dutch or French"),
                                       self.web_page_dialog, toolbar=False)
        self.context_action = self._action(None, tr("Add context layers to the project…"),
                                           tr("Countries, provinces, départements and place names, bundled and offline; "
                                              "optionally QGIS's OpenStreetMap layer"),
                                           self.add_context_layers, toolbar=False)
        self.menu.addSeparator()
        self._action(None, tr("Import a footfall export into a GeoPackage…"),
                     tr("Run the footfall:import_export algorithm"), self.run_import_algorithm, toolbar=False)
        self.menu.setIcon(icon)
        self._menu_parent = self._plugins_menu()
        self._menu_parent.addMenu(self.menu)  # Plugins ▸ Footfall, where QGIS users look for a plugin
        self.dock = FootfallDock(self.iface, mw)
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self._first_size = True
        self.dock_action.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self.dock_action.setChecked)
        self.connect_dock(self.dock)
        self._check_dependencies()
        if QgsProject.instance().mapLayers():  # enabled with a project open: reconnect to its Footfall layers
            self._project_read()

    def add_context_layers(self, osm: bool | None = None):
        """Add the bundled context layers (and, when the user wants, QGIS's OpenStreetMap layer) to the
        project as a group at the bottom of the layer tree; returns the group, or None when cancelled."""
        from ..cartography.context import add_to_project
        from ..cartography.flow_layer import language
        if osm is None:
            from qgis.PyQt.QtWidgets import QMessageBox
            box = QMessageBox(QMessageBox.Question, tr("Context layers"),
                              tr("Add countries, Belgian provinces and regions, French départements (Natural Earth) "
                                 "and place names (GeoNames) to the project? They are bundled with the plugin and "
                                 "work offline. QGIS's OpenStreetMap layer shows streets and rivers but downloads "
                                 "its tiles from the internet."), QMessageBox.Cancel, self.iface.mainWindow())
            only = box.addButton(tr("Bundled layers"), QMessageBox.AcceptRole)
            with_osm = box.addButton(tr("Bundled layers and OpenStreetMap"), QMessageBox.AcceptRole)
            box.exec_()
            if box.clickedButton() not in (only, with_osm):
                return None
            osm = box.clickedButton() is with_osm
        canvas = self.iface.mapCanvas()
        extent = canvas.extent() if canvas is not None and not canvas.extent().isEmpty() else None
        crs = canvas.mapSettings().destinationCrs() if canvas is not None else None
        return add_to_project(QgsProject.instance(), extent, crs, language(), osm=osm)

    # -- post-event report ----------------------------------------------------------------------------
    def write_loaded_report(self, path: str, lang: str, title: str = ""):
        """Write the PDF report of the panel's export (its filters' period: the whole export) to ``path``."""
        from ..cartography.report import write_report
        loaded = self.dock.loaded if self.dock else None
        if loaded is None:
            raise ValueError(tr("Open a footfall export first."))
        ds = loaded.dataset
        preset = "lyon" if ds.metadata.timezone == "Europe/Paris" else "brussels"
        return write_report(ds, path, lang, title=title or ds.metadata.source_name, preset=preset)

    def report_dialog(self) -> None:
        """Ask for the language and the file, then compute the report in a task and write it."""
        from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog
        from ..cartography.report import LANGUAGES, language_options
        mw = self.iface.mainWindow()
        if self.dock is None or self.dock.loaded is None:
            self.iface.messageBar().pushMessage(tr("Footfall"), tr("Open a footfall export first."), Qgis.Warning, 8)
            return
        ui = fmt.locale().name()[:2]
        current = LANGUAGES.index(ui) if ui in LANGUAGES else 0
        label, ok = QInputDialog.getItem(mw, tr("Post-event report"), tr("Language of the report"), language_options(),
                                         current, False)
        if not ok:
            return
        lang = LANGUAGES[language_options().index(label)]
        path, _f = QFileDialog.getSaveFileName(mw, tr("Save the report"), "", tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.start_report(path, lang)

    def start_report(self, path: str, lang: str, title: str = ""):
        """Compute the report of the panel's export in a task (progress and Cancel in QGIS's task bar), then
        lay the PDF out on the main thread. Returns the task."""
        from .task import ReportTask
        loaded = self.dock.loaded if self.dock else None
        if loaded is None:
            return None
        ds = loaded.dataset
        preset = "lyon" if ds.metadata.timezone == "Europe/Paris" else "brussels"
        task = ReportTask(ds, preset, on_done=lambda t: self._report_done(t, path, lang, title or ds.metadata.source_name))
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _report_done(self, task, path: str, lang: str, title: str) -> None:
        from qgis.PyQt.QtWidgets import QApplication
        from ..cartography.report import layout_report
        if task in self.tasks:
            self.tasks.remove(task)
        if task.cancelled or task.prepared is None:
            if task.error:
                self.iface.messageBar().pushMessage(tr("Footfall"), task.error, Qgis.Critical, 0)
            return
        QApplication.setOverrideCursor(Qt.WaitCursor)  # the layout itself: about a second
        try:
            layout_report(task.dataset, task.prepared, path, lang, title)
        except Exception as exc:  # noqa: BLE001 - reported, never raised into QGIS
            self.iface.messageBar().pushMessage(tr("Footfall"), tr("The report could not be written: {error}").format(error=exc),
                                                Qgis.Critical, 0)
            return
        finally:
            QApplication.restoreOverrideCursor()
        task.written = path
        self.iface.messageBar().pushMessage(tr("Footfall"), tr("Report written: {path}").format(path=path), Qgis.Success, 10)

    # -- web page -------------------------------------------------------------------------------------
    def web_page_dialog(self) -> None:
        """Ask for the page's language and file, then write it in a task."""
        from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog
        from ..cartography.report import LANGUAGES, language_options
        from ..core.fsutil import safe_name
        mw = self.iface.mainWindow()
        if self.dock is None or self.dock.loaded is None:
            self.iface.messageBar().pushMessage(tr("Footfall"), tr("Open a footfall export first."), Qgis.Warning, 8)
            return
        ui = fmt.locale().name()[:2]
        label, ok = QInputDialog.getItem(mw, tr("Export web page"), tr("Language of the page"), language_options(),
                                         LANGUAGES.index(ui) if ui in LANGUAGES else 0, False)
        if not ok:
            return
        lang = LANGUAGES[language_options().index(label)]
        name = safe_name(Path(self.dock.loaded.dataset.metadata.source_name or "footfall").stem.split(" + ")[0])
        path, _f = QFileDialog.getSaveFileName(mw, tr("Save the web page"), f"{name}_{lang}.html", tr("HTML files (*.html)"))
        if path:
            self.start_web_page(path if path.lower().endswith((".html", ".htm")) else path + ".html", lang)

    def start_web_page(self, path: str, lang: str, title: str = ""):
        """Write the web page of the panel's export with the panel's heat and flow settings, in a task
        (progress and Cancel in QGIS's task bar). Returns the task."""
        from ..core.webpage import WebPageOptions
        from .task import WebPageTask
        loaded = self.dock.loaded if self.dock else None
        if loaded is None:
            return None
        params, quantile = self.dock.heat_settings()
        _level, top_n, _by_slot = self.dock.flow_settings()
        options = WebPageOptions(language=lang, title=title or loaded.dataset.metadata.source_name,
                                 view="heat" if self.dock.heat_box.isChecked() else "zones", radius=params.radius,
                                 pixel=params.pixel, scale_quantile=quantile, flow_top_n=top_n or 30)
        task = WebPageTask(loaded.dataset, path, options, on_done=self._web_page_done)
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _web_page_done(self, task) -> None:
        self._task_ended(task)
        bar = self.iface.messageBar()
        if task.cancelled:
            bar.pushMessage(tr("Footfall"), tr("Export cancelled; nothing was written."), Qgis.Info, 5)
        elif task.error:
            bar.pushMessage(tr("The web page could not be written"), task.error, Qgis.Critical, 0)
        else:
            bar.pushMessage(tr("Footfall"), tr("Web page written to {path}").format(path=task.output), Qgis.Success, 10)

    def connect_dock(self, dock: FootfallDock) -> None:
        """Make ``dock`` the plugin's panel and wire its signals (also used by the standalone viewer)."""
        self.dock = dock
        dock.filtersChanged.connect(self.apply_filters)
        dock.heatChanged.connect(self.set_heat)
        dock.slotShown.connect(self._slot_shown)
        dock.exportRequested.connect(self.export_animation)
        dock.flowsChanged.connect(self.set_flows)
        dock.webPageRequested.connect(self.web_page_dialog)
        self._empty_title = dock.title.text()
        QgsProject.instance().layersWillBeRemoved.connect(self._layers_removed)
        QgsProject.instance().cleared.connect(self._project_cleared)
        QgsProject.instance().writeProject.connect(self._project_written)
        QgsProject.instance().readProject.connect(self._project_read)
        self.iface.mapCanvas().scaleChanged.connect(self._scale_changed)

    def _plugins_menu(self) -> QMenu:
        """QGIS's Plugins menu (a menu of the window's menu bar when the interface has none: the viewer)."""
        menu = getattr(self.iface, "pluginMenu", lambda: None)()
        if isinstance(menu, QMenu):
            return menu
        bar = self.iface.mainWindow().menuBar()
        return bar

    def show_dock(self) -> None:
        """Show the panel; the first time, at a third of the window's width at most, not the width of its
        longest line."""
        dock = self.dock
        dock.show()
        dock.raise_()
        mw = self.iface.mainWindow()
        if getattr(self, "_first_size", False) and hasattr(mw, "resizeDocks"):
            self._first_size = False
            from qgis.core import QgsSettings
            settings = QgsSettings()
            if not settings.value("footfall/dock_sized", False, type=bool):
                from qgis.PyQt.QtCore import QTimer
                width = min(380, max(300, mw.width() // 4))
                # once the dock is laid out in the window (QMainWindow ignores a dock not yet placed)
                QTimer.singleShot(0, lambda: self.dock is not None and mw.resizeDocks([self.dock], [width], Qt.Horizontal))
                settings.setValue("footfall/dock_sized", True)

    def _action(self, icon, text, tip, slot, toolbar: bool = True) -> QAction:
        a = QAction(icon or QIcon(), text, self.iface.mainWindow())
        a.setToolTip(tip)
        a.setStatusTip(tip)
        if slot is not None:
            a.triggered.connect(slot)
        self.menu.addAction(a)
        if toolbar and icon is not None:
            self.toolbar.addAction(a)
        self.actions.append(a)
        return a

    def unload(self) -> None:
        """Remove everything the plugin added to QGIS; layers the user opened stay in the project."""
        for sig, slot in ((QgsProject.instance().layersWillBeRemoved, self._layers_removed),
                          (QgsProject.instance().cleared, self._project_cleared),
                          (QgsProject.instance().writeProject, self._project_written),
                          (QgsProject.instance().readProject, self._project_read),
                          (self.iface.mapCanvas().scaleChanged, self._scale_changed)):
            try:
                sig.disconnect(slot)
            except TypeError:
                pass
        running = list(self.tasks)
        for task in running:
            try:
                task.on_done = None
                task.cancel()
            except RuntimeError:
                pass
        self.tasks.clear()
        if self.dock is not None:
            self.dock.disconnect_all()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        for a in self.actions:
            if self.toolbar is not None:
                self.toolbar.removeAction(a)
            a.deleteLater()
        self.actions.clear()
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            if self._menu_parent is not None:
                self._menu_parent.removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        # the cancelled tasks stop at their next progress step: let them end before their datasets close
        for task in running:
            try:
                task.waitForFinished(15000)
            except RuntimeError:  # already deleted by the task manager
                pass
        for loaded in self.loaded.values():
            loaded.dataset.close()
        self.loaded.clear()
        for ds in self._closing:
            ds.close()
        self._closing.clear()
        remove_translation(self.translator)
        self.translator = None

    # -- opening -------------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        """Ask for files, time zone and zones, then open them in a background task."""
        from .open_dialog import OpenExportDialog
        dlg = OpenExportDialog(self.iface.mainWindow())
        if dlg.exec_():
            self.open_files(dlg.paths(), dlg.timezone(), dlg.zone_layer(), dlg.zone_field(), dlg.mapping())

    def open_demo(self, which: str):
        """Generate (once) and open one of the demos; returns the import task."""
        from ..core import demo
        folder = cache_dir().parent / "demo" / which
        files = demo.demo_files(which, folder)
        zones = QgsVectorLayer(str(files["zones"]), "zones", "ogr")
        tz = "Europe/Paris" if which == "lyon" else "Europe/Brussels"
        return self.open_files([str(files["presence"]), str(files["origin"])], tz, zones, "zone_id", None)

    def open_files(self, paths: list[str], timezone: str, zone_layer=None, zone_field: str | None = None,
                   mapping: str | dict | None = None):
        """Start an :class:`ImportTask` for ``paths``; the layer appears when it ends. Returns the task."""
        from ..cartography.geometry import zones_from_layer
        from .task import ImportTask
        zones, crs = None, ""
        if zone_layer is not None and zone_layer.isValid():
            try:
                zones, crs = zones_from_layer(zone_layer, zone_field)
            except Exception as exc:  # QgsProcessingException carries a translated message
                self.iface.messageBar().pushMessage(tr("Footfall"), str(exc), Qgis.Warning, 10)
                return None
        task = ImportTask(paths, timezone, cache_dir(), zones, crs, mapping, on_done=self._import_done)
        task.request = (paths, timezone, zone_layer, zone_field)
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _task_ended(self, task) -> None:
        """Forget a task that ended; close the datasets that only it still read."""
        if task in self.tasks:
            self.tasks.remove(task)
        for ds in list(self._closing):
            if not any(getattr(t, "dataset", None) is ds for t in self.tasks):
                self._closing.remove(ds)
                ds.close()

    def _release(self, ds: Dataset) -> None:
        """Close a dataset no longer shown: at once, or, when tasks still read it, cancel them and close it
        when the last one has ended (never under a worker thread's feet)."""
        users = [t for t in self.tasks if getattr(t, "dataset", None) is ds]
        if not users:
            ds.close()
            return
        # listed BEFORE the cancel: a task cancelled while still queued ends at once, inside cancel(), and its
        # on_done (_task_ended) must then find the dataset to close
        if ds not in self._closing:
            self._closing.append(ds)
        for t in users:
            t.cancel()
        self._task_ended(None)  # every user ended during its cancel: close it now

    def _is_loaded(self, loaded: LoadedExport) -> bool:
        return any(lo is loaded for lo in self.loaded.values())

    def _import_done(self, task) -> None:
        self._task_ended(task)
        bar = self.iface.messageBar()
        if getattr(task, "discarded", False):  # the project it was opened for has been closed
            if task.dataset is not None:
                task.dataset.close()
                task.dataset = None
            if task.gpkg is not None and not any(lo.gpkg == task.gpkg for lo in self.loaded.values()):
                Path(task.gpkg).unlink(missing_ok=True)
            task.cancelled = True
        if task.cancelled:
            bar.pushMessage(tr("Footfall"), tr("Opening cancelled; nothing was added."), Qgis.Info, 5)
            return
        if task.error or task.dataset is None:
            if task.needs_mapping:
                widget = bar.createMessage(tr("Could not open the export"), task.error or "")
                button = QPushButton(tr("Map columns…"), widget)
                button.clicked.connect(lambda: self.map_columns(task, widget))
                widget.layout().addWidget(button)
                bar.pushWidget(widget, Qgis.Warning, 0)
            else:
                bar.pushMessage(tr("Could not open the export"), task.error or "", Qgis.Critical, 0)
            return
        ds = task.dataset
        paths, timezone, _zone_layer, _zone_field = task.request
        self.add_layers(ds, task.gpkg, {"paths": [str(Path(x).resolve()) for x in paths], "timezone": timezone,
                                        "mapping": task.mapping})

    def map_columns(self, task, widget=None) -> None:
        """Let the user map the columns of the file that failed, then open it again with that mapping."""
        from .mapping_dialog import MappingDialog
        paths, timezone, zone_layer, zone_field = task.request
        try:
            dlg = MappingDialog(paths[0], task.bare_error or task.error or "", self.iface.mainWindow())
        except Exception as exc:  # the file cannot even be previewed: say why
            self.iface.messageBar().pushMessage(tr("Could not open the export"), str(exc), Qgis.Critical, 0)
            return
        if widget is not None:
            self.iface.messageBar().popWidget(widget)
        if dlg.exec_():
            self.open_files(paths, timezone, zone_layer, zone_field, dlg.mapping())

    def add_layers(self, ds: Dataset, gpkg: Path | None, request: dict | None = None) -> LoadedExport:
        """Add the export's layer group to the project and show it in the dock. ``request`` (the files,
        time zone and mapping it was read with) is kept on the layer, so that a saved project can read the
        export again when it is reopened."""
        from ..cartography.layers import event_breaks, style_by_count, zone_slot_layer
        meta = ds.metadata
        root = QgsProject.instance().layerTreeRoot()
        group = root.insertGroup(0, tr("Footfall — {name}").format(name=meta.source_name))
        layer_id = None
        if gpkg is not None:
            layer = zone_slot_layer(str(gpkg), tr("People per zone and slot"))
            if not layer.isValid():
                self.iface.messageBar().pushMessage(tr("Footfall"), tr("The map layer could not be read from {path}").format(path=gpkg), Qgis.Critical, 0)
            else:
                # classes from the event's busiest slots, so that the peak shows its structure
                limits, top = event_breaks(ds)
                style_by_count(layer, limits, meta.threshold, float(top or meta.threshold))
                layer.setCustomProperty("footfall/source", meta.source_name)
                layer.setCustomProperty("footfall/sha256", meta.source_sha256)
                layer.setCustomProperty("footfall/base_gpkg", str(gpkg))
                if request:
                    layer.setCustomProperty("footfall/request", json.dumps(request, ensure_ascii=False))
                QgsProject.instance().addMapLayer(layer, False)
                group.addLayer(layer)
                layer_id = layer.id()
                canvas = self.iface.mapCanvas()
                if len(QgsProject.instance().mapLayers()) == 1 or not canvas.extent().intersects(
                        canvas.mapSettings().layerExtentToOutputExtent(layer, layer.extent())):
                    canvas.setDestinationCrs(layer.crs())
                    canvas.setExtent(layer.extent())
                canvas.refresh()
        else:
            self.iface.messageBar().pushMessage(
                tr("Footfall"), tr("No zone geometry is known for {name}: choose a zone layer to see it on the map.").format(name=meta.source_name),
                Qgis.Warning, 10)
        unmatched = ds.unmatched_zones() if ds.zones_wkt() else []
        if unmatched:
            self.iface.messageBar().pushMessage(
                tr("Footfall"), tr("Zone ids without geometry, not on the map: {n} (largest counts: {ids}).").format(
                    n=fmt.number(len(unmatched)), ids=", ".join(z for z, _c, _r in unmatched[:5])), Qgis.Warning, 15)
        loaded = LoadedExport(ds, gpkg, layer_id, group)
        key = layer_id or f"table:{meta.source_sha256}"
        self.loaded[key] = loaded
        if self.dock is not None:
            self.dock.show_dataset(loaded)
            self.show_dock()
        self.iface.messageBar().pushMessage(
            tr("Footfall"), tr("{name}: {rows} rows, {supp} suppressed cells.").format(
                name=meta.source_name, rows=fmt.number(ds.row_count()), supp=fmt.number(ds.suppressed_count())),
            Qgis.Success, 5)
        from ..core.measures import recognised_text  # issue 14: what was recognised, in the user's language
        recognised = recognised_text(meta)
        if recognised:
            self.iface.messageBar().pushMessage(tr("Footfall"), recognised, Qgis.Info, 10)
        return loaded

    def apply_filters(self, profiles: list[str], origins: list[str]) -> None:
        """Recompute the dock's dataset for new profile and origin filters."""
        loaded = self.dock.loaded if self.dock else None
        if loaded is None:
            return
        loaded.profiles, loaded.origins = profiles, origins
        layer = QgsProject.instance().mapLayer(loaded.layer_id) if loaded.layer_id else None
        if layer is not None:
            layer.setCustomProperty("footfall/filters", json.dumps({"profiles": profiles, "origins": origins}))
        if loaded.gpkg is not None and loaded.layer_id:
            self._filter_map(loaded)
        self.dock.refresh_totals(keep_slot=True)
        if self.dock.heat_box.isChecked():
            self.set_heat(True)
        if self.dock.flows_box.isChecked():
            self.set_flows(True)

    def _filter_map(self, loaded: LoadedExport):
        """Point the map layer at zone-slot totals for the export's filters: the import's own file for no
        filter, else a file written by a FilterTask (seconds at tens of millions of rows: the window
        stays usable, and the layer keeps showing the previous filter until the new file is complete)."""
        from .task import FilterTask
        for t in self.tasks:  # a newer choice replaces a filter still being written
            if isinstance(t, FilterTask) and t.loaded is loaded:
                t.cancel()
        base = loaded.base_gpkg or loaded.gpkg
        if not loaded.profiles and not loaded.origins:
            self._show_gpkg(loaded, base)
            return None
        key = hashlib.sha1(json.dumps([sorted(loaded.profiles), sorted(loaded.origins)]).encode()).hexdigest()[:10]
        out = base.with_name(f"{base.stem}-filter-{key}.gpkg")
        if out == loaded.gpkg:  # the map already shows these filters (never rewrite the file it reads)
            return None
        task = FilterTask(loaded.dataset, loaded, out, list(loaded.profiles), list(loaded.origins),
                          on_done=self._filter_done)
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _filter_done(self, task) -> None:
        self._task_ended(task)
        loaded = task.loaded
        current = (self._is_loaded(loaded) and not task.cancelled and task.error is None
                   and (list(loaded.profiles), list(loaded.origins)) == (task.profiles, task.origins))
        if task.error:
            self.iface.messageBar().pushMessage(tr("Footfall"), task.error, Qgis.Critical, 0)
        if current:
            self._show_gpkg(loaded, task.out)
        elif task.out != loaded.gpkg and not any(lo.gpkg == task.out for lo in self.loaded.values()):
            task.out.unlink(missing_ok=True)

    def _show_gpkg(self, loaded: LoadedExport, path: Path) -> None:
        """Let the export's map layer read another GeoPackage (style and time properties kept)."""
        layer = QgsProject.instance().mapLayer(loaded.layer_id) if loaded.layer_id else None
        old = loaded.gpkg
        if layer is None or path == old:
            return
        if loaded.base_gpkg is None:
            loaded.base_gpkg = old
        self.iface.mapCanvas().stopRendering()  # no render job reads the layer while its source changes
        layer.setDataSource(f"{path}|layername=zone_slots", layer.name(), "ogr")
        loaded.gpkg = path
        layer.triggerRepaint()
        if old is not None and old != loaded.base_gpkg and not any(lo.gpkg == old for lo in self.loaded.values()):
            self._delete_cache_file(old)

    # -- origin flows --------------------------------------------------------------------------------
    def set_flows(self, on: bool):
        """Compute (in a task) and show the origin flows of the dock's export, or remove them."""
        loaded = self.dock.loaded if self.dock else None
        if loaded is None:
            return None
        if not on:
            self._remove_flows(loaded)
            return None
        if not loaded.dataset.origin_types():
            self.iface.messageBar().pushMessage(tr("Footfall"), tr("This export has no origins."), Qgis.Warning, 8)
            return None
        if not loaded.dataset.zones_wkt():
            self.iface.messageBar().pushMessage(tr("Footfall"), tr("Origin flows need zone geometry to know where the lines end."), Qgis.Warning, 8)
            return None
        from ..core.flows import FlowQuery
        from .task import FlowTask
        level, top_n, _by_slot = self.dock.flow_settings()
        query = FlowQuery(level=level, profiles=loaded.profiles or None, top_n=top_n)
        task = FlowTask(loaded.dataset, query, on_done=lambda t, lo=loaded: self._flows_done(t, lo))
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _remove_flows(self, loaded: LoadedExport) -> None:
        if loaded.flow_layer_id and QgsProject.instance().mapLayer(loaded.flow_layer_id):
            QgsProject.instance().removeMapLayer(loaded.flow_layer_id)
        loaded.flow_layer_id = None

    def _flows_done(self, task, loaded: LoadedExport) -> None:
        from qgis.core import QgsCoordinateReferenceSystem
        from ..core import heat
        from ..cartography.geometry import weighted_venue, zone_centroids
        from ..cartography.flow_layer import flow_features, memory_layer, set_flow_legend, style_flows
        self._task_ended(task)
        if not self._is_loaded(loaded):  # its export was closed meanwhile
            return
        if task.cancelled or task.result is None:
            if task.error:
                self.iface.messageBar().pushMessage(tr("Footfall"), task.error, Qgis.Critical, 0)
            return
        result = task.result
        ds = loaded.dataset
        crs = QgsCoordinateReferenceSystem(heat.ensure_projected(ds))
        venue = weighted_venue(ds, zone_centroids(ds), None)
        by_slot = self.dock.flow_settings()[2]
        feats = [f for r in task.results
                 for f in flow_features(r, {"": venue}, crs, by_slot=by_slot, tz=ds.metadata.timezone)]
        layer = memory_layer(feats, crs, tr("Origin flows"), by_slot)
        layer.setCustomProperty("footfall/flows", True)
        style_flows(layer, ds.metadata.threshold)
        set_flow_legend(layer, result.measure_label, self.iface.mapCanvas().scale)  # unit, classes at this scale
        layer.setAbstract(tr("Visitors by origin: sums of the known counts per zone and slot, not unique people. "
                             "Origins below {k} are merged into “Other origins in …”. Shown: {shown} of {total}.").format(
            k=result.threshold, shown=fmt.number(result.shown_total), total=fmt.number(result.total))
            + ("\n" + tr("The detail follows the map scale: municipalities closer than 1:1,000,000, provinces and "
                         "départements to 1:5,000,000, countries beyond; each level adds up to the total.")
               if len(task.results) > 1 else ""))
        self._remove_flows(loaded)
        QgsProject.instance().addMapLayer(layer, False)
        if loaded.group is not None:
            loaded.group.insertLayer(0, layer)
        loaded.flow_layer_id = layer.id()
        self._expand_legend(layer.id())
        if result.unresolved:
            self.iface.messageBar().pushMessage(
                tr("Footfall"), tr("Origins not in the gazetteers, not drawn: {n} ({codes}).").format(
                    n=len(result.unresolved), codes=", ".join(c for _t, c, _v, _n in result.unresolved[:8])),
                Qgis.Warning, 15)

    # -- heat ----------------------------------------------------------------------------------------
    def set_heat(self, on: bool) -> None:
        """Compute (in a task) and show the heatmap of the dock's export for its filters, or remove it."""
        loaded = self.dock.loaded if self.dock else None
        if loaded is None:
            return
        if not on:
            self._remove_heat(loaded)
            self._zones_visible(loaded, True)
            self.dock.export_button.setEnabled(False)
            return
        if not loaded.dataset.zones_wkt():
            self.iface.messageBar().pushMessage(tr("Footfall"), tr("A heatmap needs zone geometry."), Qgis.Warning, 8)
            return
        from .task import HeatTask
        params, quantile = self.dock.heat_settings()
        sha = loaded.dataset.metadata.source_sha256.replace(" + ", "")[:12]
        import hashlib
        key = hashlib.sha1(repr((params, quantile, loaded.profiles, loaded.origins)).encode()).hexdigest()[:8]
        path = cache_dir() / f"heat-{sha}-{key}.tif"
        task = HeatTask(loaded.dataset, params, loaded.profiles, loaded.origins, path, quantile,
                        on_done=lambda t, lo=loaded: self._heat_done(t, lo))
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _zones_visible(self, loaded: LoadedExport, on: bool) -> None:
        """Show or hide the zone layer; a hidden layer's legend is collapsed, so that the legend shows what
        the map shows (the heatmap's, expanded, when the heatmap replaces the zones)."""
        root = QgsProject.instance().layerTreeRoot()
        node = root.findLayer(loaded.layer_id) if loaded.layer_id else None
        if node is not None:
            node.setItemVisibilityChecked(on)
            node.setExpanded(on)
        if loaded.heat_layer_id:
            self._expand_legend(loaded.heat_layer_id)

    @staticmethod
    def _scale_changed(*_args) -> None:
        """The flows' legend shows the classes drawn at the new scale (one level of the view that follows it)."""
        from ..cartography.flow_layer import refresh_flow_legends
        refresh_flow_legends()

    @staticmethod
    def _expand_legend(layer_id: str) -> None:
        """Show a layer's legend expanded. QGIS's layer tree view may show a new layer collapsed whatever its
        node says: the node is toggled now and once the view has taken the layer, so that the view follows."""
        from qgis.PyQt.QtCore import QTimer

        def expand():
            node = QgsProject.instance().layerTreeRoot().findLayer(layer_id)
            if node is not None:
                node.setExpanded(False)
                node.setExpanded(True)
        expand()
        QTimer.singleShot(0, expand)

    def _remove_heat(self, loaded: LoadedExport) -> None:
        if loaded.heat_layer_id and QgsProject.instance().mapLayer(loaded.heat_layer_id):
            QgsProject.instance().removeMapLayer(loaded.heat_layer_id)
        loaded.heat_layer_id = None
        loaded.cube = None

    def _heat_done(self, task, loaded: LoadedExport) -> None:
        from ..cartography.heat_layer import heat_layer
        self._task_ended(task)
        if not self._is_loaded(loaded):  # its export was closed meanwhile
            return
        if task.cancelled or task.cube is None:
            if task.error:
                self.iface.messageBar().pushMessage(tr("Footfall"), task.error, Qgis.Critical, 0)
            return
        self._remove_heat(loaded)
        cube = task.cube
        first, last = clock_epochs([cube.starts[0], cube.ends[-1]], loaded.dataset.metadata.timezone or "UTC")
        # what the heat counts: people, or the export's own measure (MITMA trips, nights) by its name
        from ..core.measures import measure_label
        md = loaded.dataset.metadata
        measure = loaded.dataset.default_measure(loaded.origins or None)
        name, unit = tr("Heatmap (people per km²)"), tr("People per km²")
        if measure not in (None, "presence"):
            what = measure_label(measure, md.slot_minutes, md.period)
            name, unit = tr("Heatmap ({measure} per km²)").format(measure=what), tr("{measure} per km²").format(measure=what)
        layer = heat_layer(str(task.path), name, task.vmax, unit,
                           float(first), float(last))  # in local clock time, as the Temporal Controller reads it
        p = task.params
        layer.setAbstract(tr("People per km² by kernel density (radius {radius} m, pixels of {pixel} m), one colour "
                             "scale for every slot up to {top}. Suppressed zone-slot cells left out: {n}; partly "
                             "suppressed (the heat around them is a lower bound): {partial}. Counts ±{p} %.").format(
            radius=fmt.number(p.radius), pixel=fmt.number(p.pixel), top=fmt.number(task.vmax), n=task.suppressed,
            partial=fmt.number(cube.partial_cells), p=fmt.number(100 * cube.precision))
            if measure in (None, "presence") else
            tr("{measure} per km² by kernel density (radius {radius} m, pixels of {pixel} m), one colour "
               "scale for every slot up to {top}. Suppressed zone-slot cells left out: {n}; partly "
               "suppressed (the heat around them is a lower bound): {partial}. Counts ±{p} %.").format(
            measure=what, radius=fmt.number(p.radius), pixel=fmt.number(p.pixel), top=fmt.number(task.vmax),
            n=task.suppressed, partial=fmt.number(cube.partial_cells), p=fmt.number(100 * cube.precision)))
        layer.setCustomProperty("footfall/suppressed_cells", task.suppressed)
        layer.setCustomProperty("footfall/partial_cells", cube.partial_cells)
        QgsProject.instance().addMapLayer(layer, False)
        if loaded.group is not None:
            loaded.group.insertLayer(0, layer)
        loaded.heat_layer_id, loaded.cube, loaded.vmax, loaded.heat_crs = layer.id(), cube, task.vmax, task.crs
        self._zones_visible(loaded, False)  # the heat replaces the choropleth; the user may turn it back on
        self.dock.export_button.setEnabled(True)
        if task.suppressed:
            self.iface.messageBar().pushMessage(
                tr("Footfall"), tr("Suppressed zone-slot cells left out of the heatmap: {n}.").format(n=task.suppressed),
                Qgis.Info, 6)
        tc = self.dock.controller()
        rng = tc.dateTimeRangeForFrameNumber(tc.currentFrameNumber())
        self._slot_shown(float(rng.begin().toSecsSinceEpoch()))

    def _slot_shown(self, t: float) -> None:
        """Show the heat band of the slot at epoch second ``t``."""
        loaded = self.dock.loaded if self.dock else None
        if loaded is None or not loaded.heat_layer_id or loaded.cube is None:
            return
        layer = QgsProject.instance().mapLayer(loaded.heat_layer_id)
        if layer is None:
            return
        import numpy as np
        from ..cartography.heat_layer import show_band
        starts = loaded.cube.starts
        i = int(np.searchsorted(starts, t, side="right") - 1)
        show_band(layer, max(1, min(len(starts), i + 1)))

    def frame_renderer(self, loaded: LoadedExport, width: int = 960, height: int = 720, options=None):
        """A :class:`FrameRenderer` of the export's heat cube over the bundled context and the canvas's own
        basemap layers (never Footfall's zones, flows or context layers), with the operator, the context's
        and the basemap layers' credits; ``options`` (:class:`ExportOptions`) gives title, subtitle,
        source line, size and online basemap."""
        from qgis.core import QgsCoordinateReferenceSystem
        from ..cartography.render import FrameRenderer
        from ..core.demo import demo_of
        meta = loaded.dataset.metadata
        basemap = [lyr for lyr in self.iface.mapCanvas().layers()
                   if not any(lyr.customProperty(k) for k in ("footfall/heat", "footfall/source", "footfall/kind",
                                                              "footfall/context"))]
        credit = tr("Footfall · {operator}").format(operator=meta.operator or tr("operator data"))
        kw = {}
        if options is not None:
            width, height = options.width, options.height
            kw = {"subtitle": options.subtitle, "source": options.source, "online": options.online,
                  "online_attribution": options.online_attribution}
        title = options.title if options is not None else meta.source_name
        return FrameRenderer(loaded.cube, QgsCoordinateReferenceSystem(loaded.heat_crs), width, height, loaded.vmax,
                             meta.timezone, title, credit, basemap, synthetic=demo_of(meta.source_name) is not None,
                             **kw)

    def export_dialog(self, loaded: LoadedExport | None = None):
        """Ask what to export (:class:`ExportDialog`); returns the options, or None when cancelled."""
        from .export_dialog import ExportDialog, defaults_for
        loaded = loaded or (self.dock.loaded if self.dock else None)
        if loaded is None or loaded.cube is None:
            return None
        d = defaults_for(loaded.dataset, loaded.profiles)
        dlg = ExportDialog(self.iface.mainWindow(), starts=loaded.cube.starts, timezone=loaded.dataset.metadata.timezone,
                           fps=float(self.dock.speed.currentData() or 8.0), **d)
        return dlg.options() if dlg.exec_() else None

    def export_animation(self, output: str | None = None, fps: float = 8.0, options=None):
        """Export the heatmap in a background task: with ``options`` (or after the export dialog when neither
        ``output`` nor ``options`` is given) the files the user chose, else every slot to ``output``."""
        from .task import AnimationTask
        loaded = self.dock.loaded if self.dock else None
        if loaded is None or loaded.cube is None:
            return None
        if output is None and options is None:
            if not self.dependencies_for("gif"):  # imageio: said before anything is asked
                return None
            options = self.export_dialog(loaded)
            if options is None:
                return None
        if options is None:
            if not output.lower().endswith((".gif", ".mp4")):
                output += ".gif"
            if not self.dependencies_for(deps.action_for_output(output)):
                return None
            task = AnimationTask(self.frame_renderer(loaded), output, fps, on_done=self._animation_done)
        else:
            if not self.dependencies_for("mp4" if options.mp4 else "gif" if options.gif else None):
                return None
            renderer = self.frame_renderer(loaded, options=options)
            if renderer.message:
                self.iface.messageBar().pushMessage(tr("Footfall"), renderer.message, Qgis.Warning, 10)
            still_slot = None
            if options.still:
                import numpy as np
                t = float(self.dock._starts[self.dock.slider.value()]) if len(self.dock._starts) else 0.0
                still_slot = max(0, int(np.searchsorted(loaded.cube.starts, t, side="right") - 1))
            task = AnimationTask(renderer, options.path("gif") if options.gif else (options.path("mp4") if options.mp4 else None),
                                 options.fps, on_done=self._animation_done, options=options, still_slot=still_slot)
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _animation_done(self, task) -> None:
        self._task_ended(task)
        bar = self.iface.messageBar()
        if task.cancelled:
            bar.pushMessage(tr("Footfall"), tr("Export cancelled; nothing was written."), Qgis.Info, 5)
        elif task.error:
            bar.pushMessage(tr("The animation could not be written"), task.error, Qgis.Critical, 0)
        else:
            bar.pushMessage(tr("Footfall"), tr("Written: {paths}").format(paths=", ".join(task.written or [task.output])),
                            Qgis.Success, 8)

    def dependencies_for(self, action: str | None) -> bool:
        """True when the packages ``action`` needs are installed; else a translated message says which to
        install and what they enable (core/deps.py), and False."""
        if action is None:
            return True
        try:
            deps.require(action)
        except deps.MissingDependency as exc:
            self.iface.messageBar().pushMessage(tr("Footfall"), str(exc), Qgis.Warning, 0)
            return False
        return True

    def _check_dependencies(self) -> None:
        """At start: name the optional packages that are missing and what they would enable (once)."""
        absent = [d for d in deps.missing() if not d.required]
        if absent:
            self.iface.messageBar().pushMessage(tr("Footfall"), deps.missing_message(absent), Qgis.Info, 15)

    def run_import_algorithm(self) -> None:
        """Open the Processing dialog of footfall:import_export."""
        import processing
        processing.execAlgorithmDialog("footfall:import_export", {})

    def _layers_removed(self, ids) -> None:
        for lid in ids:
            for other in self.loaded.values():
                if other.heat_layer_id == lid:
                    other.heat_layer_id, other.cube = None, None
                if other.flow_layer_id == lid:
                    other.flow_layer_id = None
            loaded = self.loaded.pop(lid, None)
            if loaded is not None:
                self._forget(loaded, tuple(ids))

    def _forget(self, loaded: LoadedExport, leaving: tuple = ()) -> None:
        """An export leaves the project (with the layers ``leaving``): empty the dock if it showed it;
        release its dataset; delete its filtered copy unless a saved project uses it."""
        if self.dock is not None and self.dock.loaded is loaded:
            self._empty_dock()
        self._release(loaded.dataset)
        filtered = loaded.gpkg
        if loaded.base_gpkg is not None and filtered not in (None, loaded.base_gpkg) and \
                not any(lo.gpkg == filtered for lo in self.loaded.values()):
            self._delete_cache_file(filtered, leaving)

    # -- saved projects ---------------------------------------------------------------------------------
    # A saved project keeps the Footfall layers (their GeoPackages and heat GeoTIFFs live in the plugin's
    # cache), the files, time zone and mapping they were read with and the panel's filters (custom
    # properties of the map layer), and the panel's state (a <Footfall> element of the project file: the slot
    # shown, heatmap and flow settings). A cache file that a saved project refers to is never deleted:
    # cache/projects.json lists, for every project saved with Footfall layers, the cache files it uses.
    def _registry(self) -> dict[str, list[str]]:
        try:
            data = json.loads((cache_dir() / "projects.json").read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save_registry(self, data: dict[str, list[str]]) -> None:
        from ..core.fsutil import atomic_file
        path = cache_dir() / "projects.json"
        with atomic_file(str(path), ".projects-", ".json") as tmp:
            Path(tmp).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

    def _cache_files_in_project(self, ignore: tuple = ()) -> set[str]:
        """The cache files the current project's layers read (but those of ``ignore``)."""
        cache = str(cache_dir().resolve())
        out = set()
        for lid, layer in QgsProject.instance().mapLayers().items():
            if lid in ignore:
                continue
            src = layer.source().split("|")[0]
            if src.startswith(cache):
                out.add(src)
        return out

    def _delete_cache_file(self, path: Path, ignore: tuple = ()) -> bool:
        """Delete a file of the cache that neither the current project nor a saved project uses."""
        key = str(Path(path).resolve())
        if key in self._cache_files_in_project(ignore):
            return False
        for project, files in self._registry().items():
            if key in files and Path(project).is_file():
                return False
        try:
            Path(path).unlink(missing_ok=True)
        except OSError:  # still open elsewhere (Windows): the cache keeps it
            return False
        return True

    def _project_written(self, doc) -> None:
        """The project is being saved: note the cache files it uses, and the panel's state in its file."""
        project = QgsProject.instance()
        name = project.fileName()
        if name:
            registry = self._registry()
            before = set(registry.get(name, []))
            files = self._cache_files_in_project()
            if files or before:
                if files:
                    registry[name] = sorted(files)
                else:
                    registry.pop(name, None)
                self._save_registry(registry)
                for old in before - files:  # files this project used before and no longer does
                    self._delete_cache_file(Path(old))
        dock = self.dock
        if dock is None or dock.loaded is None or not dock.loaded.layer_id or not len(dock._starts):
            return
        el = doc.createElement("Footfall")
        heat_params, _q = dock.heat_settings()
        level, top, by_slot = dock.flow_settings()
        state = {"layer": dock.loaded.layer_id, "slot": float(dock._starts[dock.slider.value()]),
                 "heat": int(dock.heat_box.isChecked()), "radius": heat_params.radius, "pixel": heat_params.pixel,
                 "zone_mode": heat_params.zone_mode, "scale": dock.scale.currentIndex(),
                 "flows": int(dock.flows_box.isChecked()), "level": level, "top": top, "by_slot": int(by_slot),
                 "speed": dock.speed.currentIndex()}
        for k, v in state.items():
            el.setAttribute(k, str(v))
        doc.documentElement().appendChild(el)

    def _project_read(self, doc=None) -> list:
        """A project was opened: read again the exports of its Footfall layers in tasks, so that the panel
        reconnects to them with their filters (the layers themselves are already on the map)."""
        from .task import ReopenTask
        state = {}
        if doc is not None:
            el = doc.documentElement().firstChildElement("Footfall")
            if not el.isNull():
                attrs = el.attributes()
                state = {attrs.item(i).nodeName(): attrs.item(i).nodeValue() for i in range(attrs.count())}
        self._restore = state
        tasks = []
        for layer in QgsProject.instance().mapLayers().values():
            raw = layer.customProperty("footfall/request")
            if not raw or layer.id() in self.loaded:
                continue
            try:
                request = json.loads(raw)
            except ValueError:
                continue
            gpkg = Path(layer.source().split("|")[0])
            task = ReopenTask(layer.id(), request.get("paths", []), request.get("timezone", "Europe/Brussels"),
                              request.get("mapping"), Path(layer.customProperty("footfall/base_gpkg") or gpkg),
                              layer.customProperty("footfall/sha256") or "", on_done=self._reopen_done)
            self.tasks.append(task)
            QgsApplication.taskManager().addTask(task)
            tasks.append(task)
        return tasks

    def _reopen_done(self, task) -> None:
        self._task_ended(task)
        project = QgsProject.instance()
        layer = project.mapLayer(task.layer_id)
        if task.cancelled or layer is None:
            if task.dataset is not None:
                task.dataset.close()
            return
        if task.error or task.dataset is None:
            self.iface.messageBar().pushMessage(tr("Footfall"), task.error or "", Qgis.Warning, 0)
            return
        ds = task.dataset
        gpkg = Path(layer.source().split("|")[0])
        base = Path(layer.customProperty("footfall/base_gpkg") or gpkg)
        try:
            filters = json.loads(layer.customProperty("footfall/filters") or "{}")
        except ValueError:
            filters = {}
        root = project.layerTreeRoot()
        node = root.findLayer(layer.id())
        group = node.parent() if node is not None and node.parent() is not root else None
        loaded = LoadedExport(ds, gpkg, layer.id(), group, list(filters.get("profiles", [])),
                              list(filters.get("origins", [])), base_gpkg=base if base != gpkg else None)
        for other in project.mapLayers().values():  # its heatmap, when one was saved with it
            if other.customProperty("footfall/heat") and group is not None and group.findLayer(other.id()):
                try:
                    from ..core.heat import GeoTiffCube
                    cube = GeoTiffCube(other.source())
                except (ValueError, RuntimeError):
                    continue
                loaded.heat_layer_id, loaded.cube = other.id(), cube
                loaded.vmax, loaded.heat_crs = float(other.customProperty("footfall/vmax") or 0), cube.crs_wkt
        self.loaded[layer.id()] = loaded
        if task.changed:
            self.iface.messageBar().pushMessage(tr("Footfall"), tr(
                "{name} has changed since the project was saved: the panel shows the export as it is now.").format(
                name=ds.metadata.source_name), Qgis.Warning, 0)
        state = getattr(self, "_restore", {}) or {}
        if self.dock is None or (state.get("layer") not in (None, layer.id()) and self.dock.loaded is not None):
            return
        self._restore_dock(loaded, state if state.get("layer") == layer.id() else {})

    def _restore_dock(self, loaded: LoadedExport, state: dict) -> None:
        """Show a reopened export in the panel as it was saved: filters, heatmap and flow settings, slot."""
        import numpy as np
        dock = self.dock
        dock.show_dataset(loaded)
        self.show_dock()
        dock.set_filters(loaded.profiles, loaded.origins)

        def num(key, default, cast=float):
            try:
                return cast(state.get(key, default))
            except (TypeError, ValueError):
                return default
        widgets = [(dock.radius, "radius", dock.radius.value()), (dock.pixel, "pixel", dock.pixel.value())]
        for w, key, default in widgets:
            w.blockSignals(True)
            w.setValue(num(key, default))
            w.blockSignals(False)
        for combo, key in ((dock.zone_mode, "zone_mode"), (dock.scale, "scale"), (dock.flow_level, "level"),
                           (dock.speed, "speed")):
            if key in state:
                combo.blockSignals(True)
                combo.setCurrentIndex(num(key, combo.currentIndex(), int) if key != "zone_mode"
                                      else max(0, combo.findData(num(key, 0, int))))
                combo.blockSignals(False)
        if "top" in state:
            dock.flow_top.blockSignals(True)
            dock.flow_top.setValue(num("top", dock.flow_top.value(), int))
            dock.flow_top.blockSignals(False)
        dock.flow_by_slot.blockSignals(True)
        dock.flow_by_slot.setChecked(bool(num("by_slot", 0, int)))
        dock.flow_by_slot.blockSignals(False)
        dock.refresh_totals()
        if "slot" in state and len(dock._starts):
            hits = np.flatnonzero(dock._starts == num("slot", -1.0))
            if len(hits):
                dock.slider.setValue(int(hits[0]))
        if loaded.heat_layer_id:
            dock.heat_box.blockSignals(True)
            dock.heat_box.setChecked(True)
            dock.heat_box.blockSignals(False)
            dock.export_button.setEnabled(True)
            self._slot_shown(float(dock._starts[dock.slider.value()]) if len(dock._starts) else 0.0)
        stale = [lyr.id() for lyr in QgsProject.instance().mapLayers().values()
                 if lyr.customProperty("footfall/flows") and loaded.group is not None and loaded.group.findLayer(lyr.id())]
        if stale:  # a memory layer comes back empty: compute the lines again, with the saved settings
            QgsProject.instance().removeMapLayers(stale)
        if num("flows", 0, int) or stale:
            dock.flows_box.blockSignals(True)
            dock.flows_box.setChecked(True)
            dock.flows_box.blockSignals(False)
            self.set_flows(True)

    def _empty_dock(self) -> None:
        import numpy as np
        dock = self.dock
        dock.loaded = None
        dock._starts = np.array([], dtype=float)
        for box in (dock.heat_box, dock.flows_box):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        dock._set_enabled(False)
        dock.export_button.setEnabled(False)
        dock.title.setText(self._empty_title)
        dock.time_label.setText("–")
        for label in (dock.total_label, dock.note):
            label.setText("")

    def _project_cleared(self) -> None:
        """The project was closed (or a new one started): work started for it is dropped, not added to the next."""
        for task in list(self.tasks):
            if type(task).__name__ == "ImportTask":
                task.discarded = True
                task.cancel()
        for key in list(self.loaded):  # exports without a layer (no zone geometry) were not removed with the layers
            self._forget(self.loaded.pop(key))
