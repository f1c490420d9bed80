"""Open an export in a background QgsTask: read, normalise, write the map GeoPackage; never freeze QGIS."""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Callable

from qgis.core import QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from ..core.dataset import Dataset
from ..core.errors import Cancelled, ReadError
from ..core.gpkg import write_gpkg
from ..core.progress import Progress
from ..core.readers import read_exports


class ImportTask(QgsTask):
    """Reads footfall exports into a Dataset and writes the GeoPackage the map layer reads."""

    def __init__(self, paths: list[str], timezone: str, cache: Path, zones: dict[str, str] | None = None,
                 zones_crs: str = "", mapping: str | dict | None = None,
                 on_done: Callable[[ImportTask], None] | None = None) -> None:
        name = ", ".join(Path(p).name for p in paths)
        super().__init__(QCoreApplication.translate("ImportTask", "Opening footfall export {name}").format(name=name),
                         QgsTask.CanCancel)
        self.paths = paths
        self.timezone = timezone
        self.cache = cache
        self.zones = zones
        self.zones_crs = zones_crs
        self.mapping = mapping
        self.on_done = on_done
        self.dataset: Dataset | None = None
        self.gpkg: Path | None = None
        self.error: str | None = None
        self.needs_mapping = False
        self.cancelled = False

    def run(self) -> bool:  # noqa: D401 - QgsTask API
        """Worker thread: no GUI calls here."""
        progress = Progress(self.setProgress, self.isCanceled)
        try:
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
            return True
        except Cancelled:
            self.cancelled = True
        except ReadError as exc:
            self.error = str(exc)
            self.needs_mapping = exc.needs_mapping
        except Exception:  # an unexpected failure is reported, never raised into QGIS
            self.error = QCoreApplication.translate("ImportTask", "Unexpected error while opening the export:\n{trace}").format(
                trace=traceback.format_exc(limit=5))
        if self.dataset is not None:
            self.dataset.close()
            self.dataset = None
        return False

    def finished(self, result: bool) -> None:  # noqa: D401 - QgsTask API
        """Main thread: hand over to the plugin."""
        if self.on_done is not None:
            self.on_done(self)
