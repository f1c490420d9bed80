"""Open an export in a background QgsTask: read, normalise, write the map GeoPackage; never freeze QGIS."""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Callable

from qgis.core import QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from ..core.dataset import Dataset
from ..core.errors import Cancelled, ReadError
from ..core.gpkg import read_zones, write_gpkg
from ..core.progress import Progress
from ..core.readers import read_exports


class FootfallTask(QgsTask):
    """A cancellable background task that reports to ``on_done`` on the main thread when it ends,
    with ``error`` (a translated message) or ``cancelled`` set when it did not succeed."""

    def __init__(self, description: str, on_done: Callable | None = None) -> None:
        super().__init__(description, QgsTask.CanCancel)
        self.on_done = on_done
        self.error: str | None = None
        self.cancelled = False

    def run(self) -> bool:  # noqa: D401 - QgsTask API
        """Worker thread: :meth:`work`, with a cancel ending quietly and a failure kept in ``error``
        (never raised into QGIS). No GUI calls here."""
        try:
            self.work(Progress(self.setProgress, self.isCanceled))
            return True
        except Cancelled:
            self.cancelled = True
        except Exception as exc:  # noqa: BLE001 - reported in the message bar by the plugin
            self.error = self.describe(exc)
        self.failed()
        return False

    def work(self, progress: Progress) -> None:
        """The task's work (worker thread); raise :class:`Cancelled` when ``progress`` says so."""
        raise NotImplementedError

    def describe(self, exc: Exception) -> str:
        """The message shown for an unexpected failure: :meth:`failure` with the traceback."""
        return self.failure().format(trace=traceback.format_exc(limit=5))

    def failure(self) -> str:
        """The translated message of an unexpected failure, with ``{trace}`` for the traceback."""
        return "{trace}"

    def failed(self) -> None:
        """Worker thread, after a cancel or a failure: let go of what the work made."""

    def finished(self, result: bool) -> None:  # noqa: D401 - QgsTask API
        """Main thread: hand over to the plugin."""
        if not result and self.isCanceled():  # cancelled before run() started: say so, not "failed"
            self.cancelled = True
        if self.on_done is not None:
            self.on_done(self)


class ImportTask(FootfallTask):
    """Reads footfall exports into a Dataset and writes the GeoPackage the map layer reads."""

    def __init__(self, paths: list[str], timezone: str, cache: Path, zones: dict[str, str] | None = None,
                 zones_crs: str = "", mapping: str | dict | None = None,
                 on_done: Callable[[ImportTask], None] | None = None) -> None:
        name = ", ".join(Path(p).name for p in paths)
        super().__init__(QCoreApplication.translate("ImportTask", "Opening footfall export {name}").format(name=name),
                         on_done)
        self.paths = paths
        self.timezone = timezone
        self.cache = cache
        self.zones = zones
        self.zones_crs = zones_crs
        self.mapping = mapping
        self.dataset: Dataset | None = None
        self.gpkg: Path | None = None
        self.needs_mapping = False
        self.bare_error = ""

    def work(self, progress: Progress) -> None:
        ds = read_exports(self.paths, self.timezone, self.mapping, progress=progress.sub(0, 70))
        if self.zones:
            ds.set_zones(self.zones, self.zones_crs)
        self.dataset = ds
        sha = ds.metadata.source_sha256.replace(" + ", "")[:12]
        self.gpkg = self.cache / f"{Path(self.paths[0]).stem}-{sha}.gpkg"
        if ds.zones_wkt():
            write_gpkg(ds, self.gpkg, include_table=False, progress=progress.sub(70, 100))
        else:
            self.gpkg = None

    def describe(self, exc: Exception) -> str:
        if isinstance(exc, ReadError):
            self.needs_mapping = exc.needs_mapping
            self.bare_error = exc.bare  # what the mapping dialog shows above the columns
            return exc.for_dialog()  # the plugin offers its mapping dialog for these
        return super().describe(exc)

    def failure(self) -> str:
        return QCoreApplication.translate("ImportTask", "Unexpected error while opening the export:\n{trace}")

    def failed(self) -> None:
        if self.dataset is not None:
            self.dataset.close()
            self.dataset = None


class ReopenTask(FootfallTask):
    """Reads again the exports behind a saved project's Footfall layer, with the zones of its GeoPackage,
    so that the panel reconnects to them (the map layer itself reopens from its file at once)."""

    def __init__(self, layer_id: str, paths: list[str], timezone: str, mapping: str | dict | None, gpkg: Path,
                 sha256: str, on_done: Callable[[ReopenTask], None] | None = None) -> None:
        name = ", ".join(Path(p).name for p in paths)
        super().__init__(QCoreApplication.translate("ReopenTask", "Reconnecting the Footfall panel to {name}").format(
            name=name), on_done)
        self.layer_id = layer_id
        self.paths = paths
        self.timezone = timezone
        self.mapping = mapping
        self.gpkg = gpkg
        self.sha256 = sha256
        self.dataset: Dataset | None = None
        self.changed = False  #: the exports are not the ones the project was saved with

    def work(self, progress: Progress) -> None:
        absent = [p for p in self.paths if not Path(p).is_file()]
        if absent:
            raise ReadError(QCoreApplication.translate(
                "ReopenTask", "The export {path} is no longer where the project found it. The map layer is kept "
                              "as it was saved; to use the panel, open the export again.").format(path=absent[0]))
        ds = read_exports(self.paths, self.timezone, self.mapping, progress=progress.sub(0, 90))
        zones, crs = read_zones(self.gpkg)
        if zones:
            ds.set_zones(zones, crs)
        self.changed = bool(self.sha256) and ds.metadata.source_sha256 != self.sha256
        self.dataset = ds

    def describe(self, exc: Exception) -> str:
        return str(exc) if isinstance(exc, ReadError) else super().describe(exc)

    def failure(self) -> str:
        return QCoreApplication.translate("ReopenTask", "The panel could not reconnect to the export:\n{trace}")

    def failed(self) -> None:
        if self.dataset is not None:
            self.dataset.close()
            self.dataset = None


class HeatTask(FootfallTask):
    """Computes a heat cube for the current filters and writes its display GeoTIFF, in the background."""

    def __init__(self, dataset: Dataset, params, profiles, origins, path: Path, quantile: float | None,
                 on_done: Callable[[HeatTask], None] | None = None) -> None:
        super().__init__(QCoreApplication.translate("HeatTask", "Computing the heatmap"), on_done)
        self.dataset = dataset
        self.params = params
        self.profiles = profiles
        self.origins = origins
        self.path = path
        self.quantile = quantile
        self.cube = None
        self.vmax = 0.0
        self.crs = ""
        self.suppressed = 0

    def work(self, progress: Progress) -> None:
        from ..core import heat
        self.crs = heat.ensure_projected(self.dataset)
        cube, _zones, self.suppressed = heat.cube_for_dataset(self.dataset, self.params,
                                                              self.profiles or None, self.origins or None)
        progress.set(20)
        self.vmax = cube.scale_max(self.quantile)
        progress.set(40)
        from osgeo import osr
        srs = osr.SpatialReference()
        srs.SetFromUserInput(self.crs)
        heat.write_display_geotiff(cube, str(self.path), srs.ExportToWkt(), self.vmax, progress.sub(40, 100))
        self.cube = cube

    def failure(self) -> str:
        return QCoreApplication.translate("HeatTask", "The heatmap could not be computed:\n{trace}")


class AnimationTask(FootfallTask):
    """Renders and encodes an animation of a heat cube in the background: one file, or with ``options``
    (:class:`~footfall.plugin.export_dialog.ExportOptions`) a GIF, an MP4 and a PNG still of ``still_slot``."""

    def __init__(self, renderer, output: str | None, fps: float, on_done: Callable[[AnimationTask], None] | None = None,
                 options=None, still_slot: int | None = None) -> None:
        name = Path(output).name if output else (Path(options.path("png")).name if options is not None else "")
        super().__init__(QCoreApplication.translate("AnimationTask", "Exporting the animation {name}").format(
            name=name), on_done)
        self.renderer = renderer
        self.output = output
        self.fps = fps
        self.options = options
        self.still_slot = still_slot
        self.written: list[str] = []

    def work(self, progress: Progress) -> None:
        from ..cartography.render import export_animation
        o = self.options
        if o is None:
            export_animation(self.renderer, self.output, None, self.fps, progress)
            self.written = [self.output]
            return
        jobs = [p for p in ((o.path("gif") if o.gif else None), (o.path("mp4") if o.mp4 else None)) if p]
        n = max(1, len(jobs))
        for i, path in enumerate(jobs):
            last = i == len(jobs) - 1
            export_animation(self.renderer, path, None, o.fps, progress.sub(100.0 * i / n, 100.0 * (i + 1) / n),
                             start=o.start, end=o.end, still=o.path("png") if (o.still and last) else None,
                             still_slot=self.still_slot, gif_budget=o.gif_budget)
            self.written.append(path)
        if not jobs and o.still:
            from ..cartography.render import window_slots
            import numpy as np
            slots = window_slots(np.asarray(self.renderer.cube.starts, dtype=float), o.start, o.end)
            self.renderer.still(self.still_slot if self.still_slot is not None else slots[0], o.path("png"))
        if o.still:
            self.written.append(o.path("png"))

    def describe(self, exc: Exception) -> str:
        return str(exc)


class FilterTask(FootfallTask):
    """Writes the map layer's zone-slot totals for new profile and origin filters into a new GeoPackage
    in the background; the plugin points the layer at it when it ends (the file the map is drawing from
    is never written while QGIS reads it)."""

    def __init__(self, dataset: Dataset, loaded, out: Path, profiles: list[str], origins: list[str],
                 on_done: Callable[[FilterTask], None] | None = None) -> None:
        super().__init__(QCoreApplication.translate("FilterTask", "Filtering the map"), on_done)
        self.dataset = dataset
        self.loaded = loaded
        self.out = out
        self.profiles = profiles
        self.origins = origins

    def work(self, progress: Progress) -> None:
        """DuckDB and GDAL on a file of its own."""
        write_gpkg(self.dataset, self.out, include_table=False, profiles=self.profiles or None,
                   origins=self.origins or None, progress=progress)

    def describe(self, exc: Exception) -> str:
        return str(exc) if isinstance(exc, ReadError) else super().describe(exc)

    def failure(self) -> str:
        return QCoreApplication.translate("FilterTask", "The map could not be filtered:\n{trace}")


class FlowTask(FootfallTask):
    """Aggregates the origin flows of a dataset (with the anonymity rule) in the background."""

    def __init__(self, dataset: Dataset, query, on_done: Callable[[FlowTask], None] | None = None) -> None:
        super().__init__(QCoreApplication.translate("FlowTask", "Computing the origin flows"), on_done)
        self.dataset = dataset
        self.query = query
        self.result = None
        self.results: list = []  # one result per level (several for the view that follows the map scale)

    def work(self, progress: Progress) -> None:
        """DuckDB and numpy only."""
        import dataclasses
        from ..core.flows import FOLLOW_SCALE, origin_flows, origin_flows_by_level
        if self.query.level == FOLLOW_SCALE:
            self.results = origin_flows_by_level(self.dataset, dataclasses.replace(self.query, level=0), progress=progress)
        else:
            self.results = [origin_flows(self.dataset, self.query, progress)]
        self.result = self.results[0]

    def failure(self) -> str:
        return QCoreApplication.translate("FlowTask", "The origin flows could not be computed:\n{trace}")


class ReportTask(FootfallTask):
    """Computes the figures and the heat of a post-event report in the background; the plugin lays the
    PDF out on the main thread when it ends (the report switches Qt's translator to its language)."""

    def __init__(self, dataset: Dataset, preset: str | None, on_done: Callable[[ReportTask], None] | None = None) -> None:
        super().__init__(QCoreApplication.translate("ReportTask", "Computing the post-event report"), on_done)
        self.dataset = dataset
        self.preset = preset
        self.prepared = None

    def work(self, progress: Progress) -> None:
        """DuckDB and numpy only."""
        from ..cartography.report import prepare_report
        self.prepared = prepare_report(self.dataset, preset=self.preset, progress=progress)

    def failure(self) -> str:
        return QCoreApplication.translate("ReportTask", "The report could not be computed:\n{trace}")


class WebPageTask(FootfallTask):
    """Writes the interactive web page of a dataset (one HTML file, whole or not at all) in the background."""

    def __init__(self, dataset: Dataset, output: str, options, on_done: Callable[[WebPageTask], None] | None = None) -> None:
        super().__init__(QCoreApplication.translate("WebPageTask", "Writing the web page {name}").format(
            name=Path(output).name), on_done)
        self.dataset = dataset
        self.output = output
        self.options = options
        self.result: dict | None = None

    def work(self, progress: Progress) -> None:
        """DuckDB, numpy and QImage; the page's language comes from its own translator."""
        from ..cartography.web import build_web_page
        self.result = build_web_page(self.dataset, self.output, self.options, progress)

    def describe(self, exc: Exception) -> str:
        return str(exc) if isinstance(exc, (ReadError, ValueError, OSError)) else super().describe(exc)

    def failure(self) -> str:
        return QCoreApplication.translate("WebPageTask", "The web page could not be written:\n{trace}")
