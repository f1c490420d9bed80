"""The *Open footfall export* dialog: files, time zone, zones and an optional column mapping."""

from __future__ import annotations

from qgis.core import QgsMapLayerProxyModel, QgsSettings
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                                 QVBoxLayout)

TIMEZONES = ("Europe/Brussels", "Europe/Paris", "Europe/Amsterdam", "Europe/Luxembourg",
             "Europe/London", "Europe/Madrid", "UTC")


def tr(text: str) -> str:
    """Translate in the dialog's context."""
    return QCoreApplication.translate("OpenExportDialog", text)


class OpenExportDialog(QDialog):
    """Asks what to open; remembers the last folder and time zone."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Open footfall export"))
        self.setMinimumWidth(560)
        s = QgsSettings()
        v = QVBoxLayout(self)
        intro = QLabel(tr("Choose one or more files delivered by the operator (for example presence and origins). "
                          "CSV, TXT, XLSX, Parquet, GeoPackage and GeoJSON are read; columns are recognised in "
                          "English, Dutch and French."))
        intro.setWordWrap(True)
        v.addWidget(intro)
        form = QFormLayout()
        self.files = QgsFileWidget()
        self.files.setStorageMode(QgsFileWidget.GetMultipleFiles)
        self.files.setFilter(tr("Footfall exports (*.csv *.txt *.tsv *.xlsx *.parquet *.gpkg *.geojson *.json);;All files (*)"))
        self.files.setDefaultRoot(s.value("footfall/lastFolder", "", type=str))
        self.files.fileChanged.connect(self._changed)
        form.addRow(tr("Export files"), self.files)
        self.tz = QComboBox()
        self.tz.setEditable(True)
        self.tz.addItems(TIMEZONES)
        self.tz.setCurrentText(s.value("footfall/timezone", "Europe/Brussels", type=str))
        self.tz.setToolTip(tr("Time zone of the local times in the file; daylight-saving changes are handled."))
        form.addRow(tr("Time zone"), self.tz)
        self.zones = QgsMapLayerComboBox()
        self.zones.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.zones.setAllowEmptyLayer(True)
        self.zones.setLayer(None)
        self.zones.setToolTip(tr("Polygons of the zones. Leave empty when the file has geometry or uses grid-cell ids."))
        form.addRow(tr("Zone layer"), self.zones)
        self.field = QgsFieldComboBox()
        self.field.setAllowEmptyFieldName(True)
        self.zones.layerChanged.connect(self.field.setLayer)
        form.addRow(tr("Zone id field"), self.field)
        self.mapping_w = QgsFileWidget()
        self.mapping_w.setFilter(tr("Column mapping (*.json)"))
        self.mapping_w.setToolTip(tr("Only for files whose columns are not recognised (see the README)."))
        form.addRow(tr("Column mapping (optional)"), self.mapping_w)
        v.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Open | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Open).setText(tr("Open"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        v.addWidget(self.buttons)
        self._changed()

    def _changed(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.Open).setEnabled(bool(self.paths()))

    def paths(self) -> list[str]:
        """The chosen files."""
        return [p for p in QgsFileWidget.splitFilePaths(self.files.filePath()) if p]

    def timezone(self) -> str:
        """The chosen time zone."""
        return self.tz.currentText().strip() or "Europe/Brussels"

    def zone_layer(self):
        """The chosen zone layer or None."""
        return self.zones.currentLayer()

    def zone_field(self) -> str | None:
        """The chosen zone id field or None."""
        return self.field.currentField() or None

    def mapping(self) -> str | None:
        """The chosen mapping file or None."""
        return self.mapping_w.filePath() or None

    def accept(self) -> None:  # noqa: D401
        """Remember the folder and time zone."""
        import os
        s = QgsSettings()
        if self.paths():
            s.setValue("footfall/lastFolder", os.path.dirname(self.paths()[0]))
        s.setValue("footfall/timezone", self.timezone())
        super().accept()
