"""The *Open footfall export* dialog: files, time zone, zones and an optional column mapping."""

from __future__ import annotations

from qgis.core import QgsMapLayerProxyModel, QgsSettings
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                                 QVBoxLayout)

from ..core.clock import all_zones, likely_zones, valid_zone

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
        self.tz.setInsertPolicy(QComboBox.NoInsert)
        completer = QCompleter(all_zones(), self.tz)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        self.tz.setCompleter(completer)
        self._last_zone = s.value("footfall/timezone", "Europe/Brussels", type=str)
        self._zone_touched = False  # the user chose a zone: files chosen later no longer change it
        self._fill_zones(self._last_zone)
        self.tz.activated.connect(self._zone_picked)
        self.tz.lineEdit().textEdited.connect(self._zone_picked)
        self.tz.setToolTip(tr("Time zone of the local times in the file: the likely ones first, then every zone "
                              "(type to search). Daylight-saving changes are handled."))
        form.addRow(tr("Time zone"), self.tz)
        self.tz_error = QLabel("")
        self.tz_error.setStyleSheet("color: #b00020;")
        self.tz_error.setWordWrap(True)
        self.tz_error.setVisible(False)
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
        v.addWidget(self.tz_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Open | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Open).setText(tr("Open"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        v.addWidget(self.buttons)
        self._changed()

    def _fill_zones(self, current: str) -> None:
        """The likely zones for the chosen files first (core/clock.py), a separator, then every zone."""
        likely = likely_zones(self.paths(), QgsSettings().value(
            "locale/userLocale", "", type=str), self._last_zone)
        self.tz.blockSignals(True)
        self.tz.clear()
        self.tz.addItems(likely)
        self.tz.insertSeparator(self.tz.count())
        self.tz.addItems([z for z in all_zones() if z not in likely])
        self.tz.setCurrentText(current)
        self.tz.blockSignals(False)

    def _changed(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.Open).setEnabled(bool(self.paths()))
        if self.paths() and not self._zone_touched:
            likely = likely_zones(self.paths(), QgsSettings().value("locale/userLocale", "", type=str), self._last_zone)
            self._fill_zones(likely[0])  # the zone the file suggests, until the user picks one

    def _zone_picked(self, *_args) -> None:
        self._zone_touched = True

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
        """Check the time zone; remember the folder and time zone."""
        import os
        if not valid_zone(self.timezone()):
            self.tz_error.setText(tr("“{zone}” is not a time zone; choose one in the list (for example "
                                     "Europe/Brussels).").format(zone=self.timezone()))
            self.tz_error.setVisible(True)
            return
        s = QgsSettings()
        if self.paths():
            s.setValue("footfall/lastFolder", os.path.dirname(self.paths()[0]))
        s.setValue("footfall/timezone", self.timezone())
        super().accept()
