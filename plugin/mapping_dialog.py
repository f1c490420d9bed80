"""Map the columns of an export by hand, with a preview of its first rows, when detection is unsure."""

from __future__ import annotations

import json

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                                 QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                                 QTableWidget, QTableWidgetItem, QVBoxLayout)

from ..core.preview import COLUMN_CHOICES, mapping_from_roles, preview


def tr(text: str) -> str:
    """Translate in the dialog's context."""
    return QCoreApplication.translate("MappingDialog", text)


def role_label(role: str) -> str:
    """Translated name of a column role."""
    return {
        "": tr("(ignore)"),
        "zone": tr("Zone id"),
        "date": tr("Date"),
        "time": tr("Time of day"),
        "datetime": tr("Date and time"),
        "end": tr("End of slot"),
        "profile": tr("Visitor profile"),
        "origin": tr("Origin"),
        "origin_type": tr("Origin type"),
        "count": tr("Count"),
        "dimension": tr("Breakdown (age, sex, distance…: kept, filterable)"),
        "not_count": tr("A number that is not a count (never summed)"),
        "wide_profile": tr("Count of one profile (wide)"),
        "wide_hour": tr("Count of one hour (wide)"),
        "wide_origin": tr("Count of one origin (wide)"),
    }.get(role, role)


class MappingDialog(QDialog):
    """Shows the first rows; one role per column; returns a mapping (and can save it as JSON)."""

    def __init__(self, path: str, message: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Map the columns of the export"))
        self.resize(900, 520)
        self.path = path
        self.pv = preview(path)
        v = QVBoxLayout(self)
        if message:
            lab = QLabel(message)
            lab.setWordWrap(True)
            lab.setStyleSheet("color: #a40000;")
            v.addWidget(lab)
        info = QLabel(tr("Say what each column holds. Encoding {encoding}, delimiter “{delimiter}”.").format(
            encoding=self.pv.encoding, delimiter={"\t": tr("tab")}.get(self.pv.delimiter, self.pv.delimiter)))
        info.setWordWrap(True)
        v.addWidget(info)
        n = len(self.pv.header)
        self.table = QTableWidget(len(self.pv.rows) + 1, n)
        self.table.setHorizontalHeaderLabels(self.pv.header)
        self.table.setVerticalHeaderLabels([tr("Role")] + [str(i + 1) for i in range(len(self.pv.rows))])
        self.combos: list[QComboBox] = []
        for c in range(n):
            combo = QComboBox()
            for role in COLUMN_CHOICES:
                combo.addItem(role_label(role), role)
            combo.setCurrentIndex(max(0, combo.findData(self.pv.roles[c])))
            # the chosen role is shown whole, the longest choice does not widen every column
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(max(12, max(len(combo.itemText(i)) for i in range(combo.count())) // 2))
            self.table.setCellWidget(0, c, combo)
            self.combos.append(combo)
        for r, row in enumerate(self.pv.rows, start=1):
            for c in range(n):
                self.table.setItem(r, c, QTableWidgetItem(row[c] if c < len(row) else ""))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for c, combo in enumerate(self.combos):  # the column's name, its values and the role's name all show
            self.table.setColumnWidth(c, max(self.table.columnWidth(c), header.sectionSizeHint(c),
                                             combo.sizeHint().width()))
        width = sum(self.table.columnWidth(c) for c in range(n)) + self.table.verticalHeader().width() + 60
        self.resize(max(700, min(1300, width)), 520)
        v.addWidget(self.table, 1)
        form = QFormLayout()
        self.decimal = QComboBox()
        self.decimal.addItem(tr("Detect"), "")
        self.decimal.addItem(tr("Comma (1 234,5)"), ",")
        self.decimal.addItem(tr("Point (1,234.5)"), ".")
        form.addRow(tr("Decimal separator"), self.decimal)
        self.date_format = QLineEdit()
        self.date_format.setPlaceholderText(tr("Detect (day first), or e.g. %d/%m/%Y"))
        form.addRow(tr("Date format"), self.date_format)
        from ..core.measures import measure_label
        from ..core.model import MEASURES
        self.measure = QComboBox()
        for m in MEASURES:  # what the count column counts (docs/formats.md, "What every number means")
            self.measure.addItem(measure_label(m), m)
        self.measure.setToolTip(tr("What the count column counts; never added to another measure"))
        form.addRow(tr("The counts are"), self.measure)
        sug = self.pv.suggested  # a file that is nearly a known format: that format's settings
        if sug.get("decimal"):
            self.decimal.setCurrentIndex(max(0, self.decimal.findData(sug["decimal"])))
        if sug.get("date_format"):
            self.date_format.setText(sug["date_format"])
        if sug.get("measure"):
            self.measure.setCurrentIndex(max(0, self.measure.findData(sug["measure"])))
        v.addLayout(form)
        row = QHBoxLayout()
        save = QPushButton(tr("Save mapping…"))
        save.setToolTip(tr("Save these choices as a JSON mapping file for the Processing algorithm and later imports"))
        save.clicked.connect(self.save)
        row.addWidget(save)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Open with this mapping"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        v.addLayout(row)

    def roles(self) -> list[str]:
        """The chosen role of every column."""
        return [c.currentData() for c in self.combos]

    def set_role(self, column: str, role: str) -> None:
        """Choose a role for a column by name (used by tests and presets)."""
        c = self.pv.header.index(column)
        self.combos[c].setCurrentIndex(self.combos[c].findData(role))

    def mapping(self) -> dict:
        """The mapping the choices stand for."""
        m = self.measure.currentData()
        extra = {k: v for k, v in self.pv.suggested.items() if k in ("timezone", "origin_type")}
        extra.update({"decimal": self.decimal.currentData(), "date_format": self.date_format.text().strip(),
                      "measure": m if m != "presence" else None})
        return mapping_from_roles(self.pv, self.roles(), extra)

    def save(self) -> None:
        """Write the mapping to a JSON file the user chooses."""
        name, _ = QFileDialog.getSaveFileName(self, tr("Save mapping"), self.path + ".mapping.json",
                                              tr("Column mapping (*.json)"))
        if not name:
            return
        try:
            with open(name, "w", encoding="utf-8") as fh:
                json.dump(self.mapping(), fh, ensure_ascii=False, indent=2)
        except OSError as exc:
            QMessageBox.warning(self, tr("Save mapping"), tr("The mapping could not be saved: {error}").format(error=exc))
