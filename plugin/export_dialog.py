"""The *Export animation* dialog of the panel and the viewer: title, subtitle and source line, a size
preset, speed, time window, basemap, and which files to write (GIF, MP4, a PNG still of the slot shown),
with a sensible default file name. The rendering itself is :mod:`footfall.cartography.render`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from zoneinfo import ZoneInfo

from qgis.PyQt.QtCore import QCoreApplication, QDateTime, Qt
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFileDialog,
                                 QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                                 QVBoxLayout, QWidget)

from ..cartography import fmt
from ..cartography.render import GIF_BUDGET_BYTES, SIZE_PRESETS, size_preset_labels


def tr(text: str) -> str:
    """Translate in the dialog's context."""
    return QCoreApplication.translate("ExportDialog", text)


@dataclasses.dataclass
class ExportOptions:
    """What the user asked for; epoch seconds for the window."""

    folder: str
    name: str
    gif: bool = True
    mp4: bool = False
    still: bool = True
    title: str = ""
    subtitle: str = ""
    source: str = ""
    width: int = 1080
    height: int = 1080
    fps: float = 8.0
    start: float | None = None
    end: float | None = None
    online: str = ""
    online_attribution: str = ""
    gif_budget: int | None = GIF_BUDGET_BYTES

    def path(self, ext: str) -> str:
        """The output file with this extension ('gif', 'mp4', 'png')."""
        return str(Path(self.folder) / f"{self.name}.{ext}")

    def outputs(self) -> list[str]:
        """Every file that will be written."""
        return [self.path(e) for e, on in (("gif", self.gif), ("mp4", self.mp4), ("png", self.still)) if on]


def default_name(title: str, first: float | None, timezone: str = "UTC") -> str:
    """“footfall_<title>_<yyyy-mm-dd>” (the local date of the first slot), safe as a file name; the title
    is cut at a word, not in one."""
    import re
    from ..core.fsutil import safe_name
    day = (dt.datetime.fromtimestamp(first, dt.timezone.utc).astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d")
           if first else "")
    words = [w for w in re.split(r"[^\w]+", title.lower(), flags=re.UNICODE) if w]
    kept: list[str] = []
    for w in words:
        if len("_".join(kept + [w])) > 40:
            break
        kept.append(w)
    return safe_name("_".join(p for p in ("footfall", "_".join(kept) or "heat", day) if p))


class ExportDialog(QDialog):
    """Choose what to export and how; :meth:`options` returns the choice."""

    def __init__(self, parent=None, *, title: str = "", subtitle: str = "", source: str = "",
                 starts=None, timezone: str = "Europe/Brussels", fps: float = 8.0, folder: str = "",
                 still_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export the heat animation"))
        self.zone = ZoneInfo(timezone)
        starts = list(starts if starts is not None else [])
        self._first = float(starts[0]) if starts else None
        self._last = float(starts[-1]) if starts else None
        v = QVBoxLayout(self)
        form = QFormLayout()
        v.addLayout(form)
        self.title = QLineEdit(title)
        self.title.setToolTip(tr("First line of the caption, in bold"))
        form.addRow(tr("Title"), self.title)
        self.subtitle = QLineEdit(subtitle)
        self.subtitle.setToolTip(tr("Second line of the caption: what the map shows"))
        form.addRow(tr("Subtitle"), self.subtitle)
        self.source = QLineEdit(source)
        self.source.setToolTip(tr("Printed in the lower left corner, above the map credits"))
        form.addRow(tr("Source line"), self.source)

        self.size = QComboBox()
        labels = size_preset_labels()
        for key, w, h in SIZE_PRESETS:
            self.size.addItem(labels[key], (w, h))
        self.size.addItem(labels["custom"], None)
        self.width = QSpinBox()
        self.width.setRange(160, 7680)
        self.width.setValue(1080)
        self.height = QSpinBox()
        self.height.setRange(120, 4320)
        self.height.setValue(1080)
        row = QHBoxLayout()
        row.addWidget(self.size, 1)
        row.addWidget(self.width)
        times = "×"  # a sign, not a word
        row.addWidget(QLabel(times))
        row.addWidget(self.height)
        form.addRow(tr("Size (pixels)"), row)
        self.size.currentIndexChanged.connect(self._size_chosen)
        self._size_chosen()

        self.speed = QComboBox()
        for n in (1, 2, 4, 8, 12, 24):
            self.speed.addItem(tr("{n} time slots per second").format(n=n), float(n))
        i = self.speed.findData(float(fps))
        if i < 0:
            self.speed.addItem(tr("{n} time slots per second").format(n=fmt.number(fps, 1)), float(fps))
            i = self.speed.count() - 1
        self.speed.setCurrentIndex(i)
        form.addRow(tr("Speed"), self.speed)

        self.start = QDateTimeEdit()
        self.end = QDateTimeEdit()
        # the editors show the wall-clock time of the data's zone (held as UTC, which has no jumps)
        for w, value in ((self.start, self._first), (self.end, self._last)):
            w.setTimeSpec(Qt.UTC)
            w.setDisplayFormat("dd/MM/yyyy HH:mm")
            w.setCalendarPopup(True)
            if value is not None:
                w.setDateTime(self._wall(value))
        if self._first is not None:
            lo, hi = self._wall(self._first), self._wall(self._last)
            for w in (self.start, self.end):
                w.setMinimumDateTime(lo)
                w.setMaximumDateTime(hi)
        row = QHBoxLayout()
        row.addWidget(self.start)
        row.addWidget(QLabel(tr("to")))
        row.addWidget(self.end)
        form.addRow(tr("Time window (local time)"), row)

        self.basemap = QComboBox()
        from ..cartography.context import basemap_options
        for value, label in basemap_options():
            self.basemap.addItem(label, value)
        self.xyz = QLineEdit()
        template = "https://…/{z}/{x}/{y}.png"  # the form of a URL, not a word
        self.xyz.setPlaceholderText(template)
        self.xyz_credit = QLineEdit()
        self.xyz_credit.setPlaceholderText(tr("Credit of the tiles, for example © the provider"))
        form.addRow(tr("Basemap"), self.basemap)
        form.addRow(tr("Tile URL"), self.xyz)
        form.addRow(tr("Tile credit"), self.xyz_credit)
        self.basemap.currentIndexChanged.connect(self._basemap_chosen)
        self._basemap_chosen()

        self.gif = QCheckBox(tr("GIF animation"))
        self.gif.setChecked(True)
        self.mp4 = QCheckBox(tr("MP4 video"))
        self.still = QCheckBox(still_text or tr("PNG still of the slot shown"))
        self.still.setChecked(True)
        row = QHBoxLayout()
        for w in (self.gif, self.mp4, self.still):
            row.addWidget(w)
        form.addRow(tr("Write"), row)
        note = QLabel(tr("GIFs are kept under {mb} MB for newsrooms and social networks: one palette for all "
                         "frames and, when that is not enough, only every second or third time slot (the "
                         "animation keeps its speed). The MP4 video keeps every slot.").format(
            mb=fmt.number(GIF_BUDGET_BYTES / 1e6, 0)))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        v.addWidget(note)

        self.folder = QLineEdit(folder or str(Path.home()))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(tr("Folder"), row)
        self.name = QLineEdit(default_name(title, self._first, timezone))
        self.name.setToolTip(tr("File name without extension: .gif, .mp4 and .png are added"))
        form.addRow(tr("File name"), self.name)

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Export"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        v.addWidget(buttons)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        v.addWidget(self.error)

    def _wall(self, epoch: float) -> QDateTime:
        local = dt.datetime.fromtimestamp(float(epoch), dt.timezone.utc).astimezone(self.zone)
        return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0, 0, Qt.UTC)

    def _epoch(self, wall: QDateTime) -> float:
        d, t = wall.date(), wall.time()
        local = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.zone)
        return local.timestamp()

    def _size_chosen(self, *_a) -> None:
        wh = self.size.currentData()
        custom = wh is None
        self.width.setEnabled(custom)
        self.height.setEnabled(custom)
        if wh:
            self.width.setValue(wh[0])
            self.height.setValue(wh[1])

    def _basemap_chosen(self, *_a) -> None:
        xyz = self.basemap.currentData() == "xyz"
        for w in (self.xyz, self.xyz_credit):
            w.setEnabled(xyz)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Folder of the exported files"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _accept(self) -> None:
        msg = self.problem()
        if msg:
            self.error.setText(msg)
            return
        self.accept()

    def problem(self) -> str:
        """Why the choice cannot be exported, or ''."""
        if not (self.gif.isChecked() or self.mp4.isChecked() or self.still.isChecked()):
            return tr("Tick at least one of GIF, MP4 or PNG still.")
        if not self.name.text().strip():
            return tr("Give a file name.")
        if not Path(self.folder.text()).is_dir():
            return tr("The folder {path} does not exist.").format(path=self.folder.text())
        if self.start.dateTime() > self.end.dateTime():
            return tr("The time window ends before it starts.")
        if self.basemap.currentData() == "xyz" and not all(k in self.xyz.text() for k in ("{x}", "{y}", "{z}")):
            return tr("The tile URL needs {x}, {y} and {z}.")
        return ""

    def options(self) -> ExportOptions:
        """The user's choice."""
        from ..core.fsutil import safe_name
        online = self.basemap.currentData()
        if online == "xyz":
            online = self.xyz.text().strip()
        start = self._epoch(self.start.dateTime()) if self._first is not None else None
        # the end is the start of the last slot shown: the window runs to just after it
        end = self._epoch(self.end.dateTime()) + 1.0 if self._last is not None else None
        return ExportOptions(folder=self.folder.text(), name=safe_name(self.name.text().strip()),
                             gif=self.gif.isChecked(), mp4=self.mp4.isChecked(), still=self.still.isChecked(),
                             title=self.title.text(), subtitle=self.subtitle.text(), source=self.source.text(),
                             width=self.width.value(), height=self.height.value(),
                             fps=float(self.speed.currentData()), start=start, end=end, online=online or "",
                             online_attribution=self.xyz_credit.text().strip())


def defaults_for(dataset, profiles: list[str] | None = None) -> dict[str, str]:
    """Title, subtitle and source line for an export of ``dataset`` (the demo's event for a demo)."""
    from ..cartography.render import unit_label
    from ..core.demo import demo_of
    meta = dataset.metadata
    which = demo_of(meta.source_name)
    title = {"brussels": tr("Tour de France 2019 — Grand Départ, Brussels"),
             "lyon": tr("Fête des Lumières 2018 — Lyon")}.get(which) or Path(
        (meta.source_name or "footfall").split(" + ")[0]).stem.replace("_", " ")
    subtitle = tr("Heat of the people present ({unit})").format(unit=unit_label("km2"))
    if profiles:
        from .dock import profile_label
        subtitle += " · " + ", ".join(profile_label(p) for p in profiles)
    operator = meta.operator or tr("the operator")
    source = tr("Source: {operator}, anonymised aggregates (groups of at least {k} people)").format(
        operator=operator, k=meta.threshold)
    return {"title": title, "subtitle": subtitle, "source": source}
