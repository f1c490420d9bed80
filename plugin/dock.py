"""The Footfall dock: the current slot's time and total, play/pause, a slot slider, profile and origin filters."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import numpy as np
from qgis.core import QgsDateTimeRange, QgsInterval, QgsProject, QgsTemporalNavigationObject, QgsUnitTypes
from qgis.gui import QgsCheckableComboBox, QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, Qt, QTimeZone, pyqtSignal
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout,
                                 QLabel, QPushButton, QSlider, QSpinBox, QVBoxLayout, QWidget)

from ..core.clock import clock_epochs, natural_step
from ..core.gazetteer import home_country
from ..core.origins import country_name
from ..cartography import fmt

def tr(text: str) -> str:
    """Translate in the dock's context."""
    return QCoreApplication.translate("FootfallDock", text)


def profile_label(code: str) -> str:
    """Translated name of a profile."""
    return {
        "resident": tr("Residents"),
        "day_visitor": tr("Day visitors"),
        "overnight_visitor": tr("Overnight visitors"),
        "commuter": tr("Commuters"),
        "transit": tr("Transit"),
        "visitor": tr("Visitors"),
        "all": tr("All profiles"),
    }.get(code, code)


def origin_label(otype: str, code: str, lang: str) -> str:
    """'IT — Italië' for a country in Dutch; other origins by their code and kind."""
    if otype == "country":
        name = country_name(code, lang)
        return f"{code} — {name}" if name else code
    kind = {"postcode": tr("postcode"), "municipality": tr("municipality"),
            "department": tr("département")}.get(otype, "")
    return tr("{code} ({kind})").format(code=code, kind=kind) if kind else code


def to_qdatetime(value: dt.datetime) -> QDateTime:
    """An aware datetime as a UTC QDateTime."""
    q = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone(b"UTC"))
    return q


def clock_qdatetime(clock: float) -> QDateTime:
    """A local clock time (core/clock.py: epoch seconds in the UTC notation) as the QDateTime the Temporal
    Controller shows: the local date and time, in its UTC fields."""
    return QDateTime.fromSecsSinceEpoch(int(round(float(clock))), QTimeZone(b"UTC"))


_UNITS = {"seconds": QgsUnitTypes.TemporalSeconds, "minutes": QgsUnitTypes.TemporalMinutes,
          "hours": QgsUnitTypes.TemporalHours, "days": QgsUnitTypes.TemporalDays,
          "weeks": QgsUnitTypes.TemporalWeeks}


def save_time_settings(rng: QgsDateTimeRange, step: float, unit, fps: float) -> None:
    """Keep the data's range and step in the project, the way QGIS's Temporal Controller panel stores them,
    so that a saved project reopens with the controller animated on the data's frames (not today's date)."""
    project = QgsProject.instance()
    ts = project.timeSettings()
    ts.setTemporalRange(rng)
    ts.setTimeStep(step)
    ts.setTimeStepUnit(unit)
    ts.setFramesPerSecond(fps)
    project.writeEntry("TemporalControllerWidget", "/NavigationMode", int(QgsTemporalNavigationObject.Animated))
    for key, value in (("/StartDateTime", rng.begin()), ("/EndDateTime", rng.end())):
        project.writeEntry("TemporalControllerWidget", key, value.toTimeSpec(Qt.OffsetFromUTC).toString(Qt.ISODateWithMs))


class FootfallDock(QgsDockWidget):
    """Drives the Temporal Controller and shows what the map shows."""

    filtersChanged = pyqtSignal(list, list)  # noqa: N815 - Qt signal name
    slotShown = pyqtSignal(float)  # noqa: N815 - epoch seconds of the slot on the map
    heatChanged = pyqtSignal(bool)  # noqa: N815 - heatmap switched on (with new settings) or off
    exportRequested = pyqtSignal()  # noqa: N815
    flowsChanged = pyqtSignal(bool)  # noqa: N815 - origin flows switched on (with new settings) or off
    webPageRequested = pyqtSignal()  # noqa: N815

    def __init__(self, iface, parent=None) -> None:
        super().__init__(tr("Footfall"), parent)
        self.setObjectName("FootfallDock")
        self.iface = iface
        self.loaded = None
        self._starts = np.array([], dtype=float)
        self._clock = np.array([], dtype=float)
        w = QWidget()
        v = QVBoxLayout(w)
        self.title = QLabel(tr("No footfall export open. Use Plugins ▸ Footfall ▸ Open footfall export…"))
        self.title.setWordWrap(True)
        v.addWidget(self.title)
        self.time_label = QLabel("–")
        f = self.time_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        self.time_label.setFont(f)
        self.time_label.setWordWrap(True)
        v.addWidget(self.time_label)
        self.total_label = QLabel("")
        self.total_label.setWordWrap(True)
        v.addWidget(self.total_label)
        row = QHBoxLayout()
        self.play = QPushButton(tr("Play"))
        self.play.setCheckable(True)
        self.play.setToolTip(tr("Play or pause the animation of the time slots"))
        row.addWidget(self.play)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setToolTip(tr("Time slot"))
        row.addWidget(self.slider, 1)
        self.speed = QComboBox()
        for fps in (1, 2, 4, 8, 16):
            self.speed.addItem(tr("{n}/s").format(n=fps), float(fps))
        self.speed.setCurrentIndex(2)
        self.speed.setToolTip(tr("Playing speed: time slots shown per second"))
        row.addWidget(self.speed)
        v.addLayout(row)
        form = QFormLayout()
        self.profiles = QgsCheckableComboBox()
        self.profiles.setDefaultText(tr("All profiles"))
        self.profiles.setToolTip(tr("Show only these visitor profiles"))
        form.addRow(tr("Profiles"), self.profiles)
        self.origins = QgsCheckableComboBox()
        self.origins.setDefaultText(tr("All origins"))
        self.origins.setToolTip(tr("Show only visitors from these places"))
        form.addRow(tr("Origins"), self.origins)
        v.addLayout(form)
        self.heat_box = QGroupBox(tr("Heatmap"))
        self.heat_box.setCheckable(True)
        self.heat_box.setChecked(False)
        self.heat_box.setToolTip(tr("A smooth surface of people per km² for every slot, on one colour scale for the whole animation"))
        hf = QFormLayout(self.heat_box)
        self.radius = QDoubleSpinBox()
        self.radius.setRange(50, 5000)
        self.radius.setSingleStep(50)
        self.radius.setDecimals(0)
        self.radius.setValue(500)
        self.radius.setSuffix(tr(" m"))
        self.radius.setToolTip(tr("Kernel radius: how far one zone's people are spread"))
        hf.addRow(tr("Radius"), self.radius)
        self.pixel = QDoubleSpinBox()
        self.pixel.setRange(2, 500)
        self.pixel.setDecimals(0)
        self.pixel.setValue(25)
        self.pixel.setSuffix(tr(" m"))
        self.pixel.setToolTip(tr("Size of one pixel of the heatmap"))
        hf.addRow(tr("Pixel size"), self.pixel)
        self.zone_mode = QComboBox()
        self.zone_mode.addItem(tr("Zone centroids"), 0)
        self.zone_mode.addItem(tr("Spread over each zone"), 1)
        self.zone_mode.setToolTip(tr("Spreading over the zone keeps a large zone from looking like a hot spot"))
        hf.addRow(tr("Zones as"), self.zone_mode)
        self.scale = QComboBox()
        from ..core.heat import SCALE_QUANTILE
        self.scale.addItem(tr("99.9th percentile of all slots (as the report)"), SCALE_QUANTILE)
        self.scale.addItem(tr("Maximum of all slots"), None)
        self.scale.setToolTip(tr("The top of the colour scale, the same for every slot"))
        hf.addRow(tr("Colour scale"), self.scale)
        self.export_button = QPushButton(tr("Export animation…"))
        self.export_button.setToolTip(tr("Write the heatmap of every slot as a GIF or MP4 with caption and legend"))
        self.export_button.setEnabled(False)
        hf.addRow(self.export_button)
        v.addWidget(self.heat_box)
        self.heat_box.toggled.connect(self.heatChanged.emit)
        self.radius.editingFinished.connect(self._heat_settings_changed)
        self.pixel.editingFinished.connect(self._heat_settings_changed)
        self.zone_mode.currentIndexChanged.connect(self._heat_settings_changed)
        self.scale.currentIndexChanged.connect(self._heat_settings_changed)
        self.export_button.clicked.connect(self.exportRequested.emit)
        from ..cartography.flow_layer import level_options
        self.flows_box = QGroupBox(tr("Origin flows"))
        self.flows_box.setCheckable(True)
        self.flows_box.setChecked(False)
        self.flows_box.setToolTip(tr("Lines from where visitors live to the study area, width by visitors"))
        ff = QFormLayout(self.flows_box)
        self.flow_level = QComboBox()
        for i, label in enumerate(level_options()):
            self.flow_level.addItem(label, i)
        self.flow_level.setCurrentIndex(self.flow_level.count() - 1)  # detail follows the map scale
        self.flow_level.setToolTip(tr("Roll origins up to this level; small origins are merged for anonymity"))
        ff.addRow(tr("Level"), self.flow_level)
        self.flow_top = QSpinBox()
        self.flow_top.setRange(0, 10000)
        self.flow_top.setValue(30)
        self.flow_top.setSpecialValueText(tr("All"))
        self.flow_top.setToolTip(tr("Show only the largest lines (0: all)"))
        ff.addRow(tr("Largest lines"), self.flow_top)
        self.flow_by_slot = QCheckBox(tr("Follow the time slider"))
        self.flow_by_slot.setToolTip(tr("One set of lines per slot of the origin data (often a day)"))
        ff.addRow(self.flow_by_slot)
        v.addWidget(self.flows_box)
        self.flows_box.toggled.connect(self.flowsChanged.emit)
        self.flow_level.currentIndexChanged.connect(self._flow_settings_changed)
        self.flow_top.editingFinished.connect(self._flow_settings_changed)
        self.flow_by_slot.toggled.connect(self._flow_settings_changed)
        self.web_button = QPushButton(tr("Export web page…"))
        self.web_button.setToolTip(tr("Write one interactive HTML page for an article: the map of every slot with the time "
                                      "slider, the profile filters and the origin flows; it works offline"))
        self.web_button.clicked.connect(self.webPageRequested.emit)
        v.addWidget(self.web_button)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        v.addWidget(self.note)
        v.addStretch(1)
        for combo in w.findChildren(QComboBox):  # long choices are elided, they do not widen the panel
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.setWidget(w)
        self._set_enabled(False)
        self.slider.valueChanged.connect(self._slider_moved)
        self.play.toggled.connect(self._play_toggled)
        self.speed.currentIndexChanged.connect(self._speed_changed)
        self.profiles.checkedItemsChanged.connect(self._filters_edited)
        self.origins.checkedItemsChanged.connect(self._filters_edited)
        self.controller().updateTemporalRange.connect(self._range_changed)

    # -- wiring ---------------------------------------------------------------------------------
    def controller(self):
        """The map canvas's temporal navigation object (the Temporal Controller); made when missing."""
        canvas = self.iface.mapCanvas()
        tc = canvas.temporalController()
        if tc is None:  # a bare canvas (standalone viewer, tests) has none: give it one
            tc = QgsTemporalNavigationObject(canvas)
            canvas.setTemporalController(tc)
            self._own_controller = tc
        return tc

    def disconnect_all(self) -> None:
        """Disconnect from the Temporal Controller (on unload)."""
        for sig, slot in ((self.controller().updateTemporalRange, self._range_changed),):
            try:
                sig.disconnect(slot)
            except TypeError:
                pass

    def _heat_settings_changed(self, *_args) -> None:
        if self.heat_box.isChecked():
            self.heatChanged.emit(True)

    def _flow_settings_changed(self, *_args) -> None:
        if self.flows_box.isChecked():
            self.flowsChanged.emit(True)

    def flow_settings(self) -> tuple[int, int, bool]:
        """(level, top N, one set per slot) chosen in the dock."""
        return int(self.flow_level.currentData()), self.flow_top.value(), self.flow_by_slot.isChecked()

    def heat_settings(self):
        """(HeatParams, scale quantile or None) chosen in the dock."""
        from ..core.heat import HeatParams
        return HeatParams(radius=self.radius.value(), pixel=self.pixel.value(),
                          zone_mode=int(self.zone_mode.currentData())), self.scale.currentData()

    def _set_enabled(self, on: bool) -> None:
        for wdg in (self.play, self.slider, self.speed, self.profiles, self.origins, self.heat_box, self.flows_box,
                    self.web_button):
            wdg.setEnabled(on)

    def show_dataset(self, loaded) -> None:
        """Show an opened export and set the Temporal Controller to its slots."""
        self.loaded = loaded
        ds = loaded.dataset
        meta = ds.metadata
        self.title.setText(tr("{name} — {operator}").format(name=meta.source_name, operator=meta.operator)
                           if meta.operator else meta.source_name)
        self.profiles.blockSignals(True)
        self.profiles.clear()
        for p in ds.profiles():
            if p != "all":
                self.profiles.addItemWithCheckState(profile_label(p), Qt.Unchecked, p)
        self.profiles.blockSignals(False)
        self.origins.blockSignals(True)
        self.origins.clear()
        lang = fmt.locale().name()[:2]
        for otype, code in ds.origins():
            self.origins.addItemWithCheckState(origin_label(otype, code, lang), Qt.Unchecked, code)
        self.origins.blockSignals(False)
        self._set_enabled(True)
        self.origins.setEnabled(bool(ds.origins()))
        self._name_levels(home_country(meta.timezone))
        self.refresh_totals()
        warn = "\n".join(meta.warnings[:3])
        self.note.setText(warn)

    def _name_levels(self, country: str | None) -> None:
        """Name the flow levels as the data's country does (province in Belgium, département in France)."""
        from ..cartography.flow_layer import level_options
        self.flow_level.blockSignals(True)
        for i, label in enumerate(level_options(country)):
            self.flow_level.setItemText(i, label)
        self.flow_level.blockSignals(False)

    def set_filters(self, profiles: list[str], origins: list[str]) -> None:
        """Tick these profiles and origins (a reopened project), without emitting a change."""
        for combo, wanted in ((self.profiles, set(profiles)), (self.origins, set(origins))):
            combo.blockSignals(True)
            for i in range(combo.count()):
                combo.setItemCheckState(i, Qt.Checked if combo.itemData(i) in wanted else Qt.Unchecked)
            combo.blockSignals(False)

    def refresh_totals(self, keep_slot: bool = False) -> None:
        """Re-read the per-slot totals for the current filters and reset the controller's extent; with
        ``keep_slot`` the map stays on the slot it shows (new filters), else it goes to the first slot."""
        loaded = self.loaded
        keep = float(self._starts[self.slider.value()]) if keep_slot and len(self._starts) else None
        starts, ends, totals, supp = loaded.dataset.slot_totals(loaded.profiles or None, loaded.origins or None)
        self._starts, self._ends, self._totals, self._supp = starts, ends, totals, supp
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, len(starts) - 1))
        self.slider.blockSignals(False)
        tz = loaded.dataset.metadata.timezone or "UTC"
        # the Temporal Controller works in local clock time (core/clock.py), so that it reads like this panel
        self._clock = clock_epochs(starts, tz)
        if len(starts):
            tc = self.controller()
            clock_end = float(clock_epochs([ends[-1]], tz)[0])
            slot = float(np.median(np.diff(self._clock))) if len(starts) > 1 else float(ends[0] - starts[0])
            value, unit = natural_step(slot or 1.0)
            rng = QgsDateTimeRange(clock_qdatetime(self._clock[0]), clock_qdatetime(clock_end))
            tc.setNavigationMode(QgsTemporalNavigationObject.Animated)
            tc.setTemporalExtents(rng)
            tc.setFrameDuration(QgsInterval(value, _UNITS[unit]))
            save_time_settings(rng, value, _UNITS[unit], float(self.speed.currentData()))
            i = 0
            if keep is not None and np.any(starts == keep):
                i = int(np.flatnonzero(starts == keep)[0])
            self.slider.blockSignals(True)
            self.slider.setValue(i)
            self.slider.blockSignals(False)
            tc.setCurrentFrameNumber(int(round((float(self._clock[i]) - float(self._clock[0])) / (slot or 1))))
            self._show_slot(i)
            self.slotShown.emit(float(starts[i]))

    def _slider_moved(self, i: int) -> None:
        if not len(self._starts):
            return
        tc = self.controller()
        t0 = tc.temporalExtents().begin().toSecsSinceEpoch()
        dur = tc.frameDuration().seconds() or 1
        frame = int(round((self._clock[i] - t0) / dur))
        tc.setCurrentFrameNumber(frame)

    def _range_changed(self, rng) -> None:
        if self.loaded is None or not len(self._starts) or not rng.begin().isValid():
            return
        clock = rng.begin().toSecsSinceEpoch()  # local clock time (core/clock.py)
        i = int(np.searchsorted(self._clock, clock, side="right") - 1)
        i = max(0, min(i, len(self._starts) - 1))
        t = float(self._starts[i]) + (clock - float(self._clock[i]))  # the frame's instant, in UTC
        self.slider.blockSignals(True)
        self.slider.setValue(i)
        self.slider.blockSignals(False)
        self._show_slot(i, t)
        self._state_changed(self.controller().animationState())
        self.slotShown.emit(float(self._starts[i]))

    def _show_slot(self, i: int, t: float | None = None) -> None:
        loaded = self.loaded
        tzname = loaded.dataset.metadata.timezone
        zone = ZoneInfo(tzname)
        start = dt.datetime.fromtimestamp(float(self._starts[i] if t is None else t), dt.timezone.utc).astimezone(zone)
        loc = fmt.locale()
        qdt = QDateTime.fromSecsSinceEpoch(int(start.timestamp()), QTimeZone(tzname.encode()))
        self.time_label.setText(tr("{time} ({zone})").format(time=loc.toString(qdt, "dddd d MMMM yyyy, HH:mm"),
                                                             zone=start.tzname()))
        total = float(self._totals[i])
        supp = int(self._supp[i] or 0)
        # what the total counts, by its name (people present, visitors per day, nights, trips per hour…)
        from ..core.measures import measure_label
        md = loaded.dataset.metadata
        what = measure_label(loaded.dataset.default_measure(loaded.origins or None), md.slot_minutes, md.period)
        if supp:
            self.total_label.setText(tr("Total in this time slot: at least {total} ({measure}; {n} cells suppressed)").format(
                total=loc.toString(total, "f", 0), measure=what, n=supp))
        else:
            self.total_label.setText(tr("Total in this time slot: {total} ({measure})").format(total=loc.toString(total, "f", 0), measure=what))

    def _play_toggled(self, on: bool) -> None:
        tc = self.controller()
        if on:
            tc.setFramesPerSecond(float(self.speed.currentData()))
            tc.setLooping(True)
            tc.playForward()
        else:
            tc.pause()

    def _speed_changed(self, *_args) -> None:
        self.controller().setFramesPerSecond(float(self.speed.currentData()))

    def _state_changed(self, state) -> None:
        playing = state != QgsTemporalNavigationObject.Idle
        self.play.blockSignals(True)
        self.play.setChecked(playing)
        self.play.setText(tr("Pause") if playing else tr("Play"))
        self.play.blockSignals(False)

    def _filters_edited(self, *_args) -> None:
        if self.loaded is None:
            return
        profiles = [self.profiles.itemData(i) for i in range(self.profiles.count())
                    if self.profiles.itemCheckState(i) == Qt.Checked]
        origins = [self.origins.itemData(i) for i in range(self.origins.count())
                   if self.origins.itemCheckState(i) == Qt.Checked]
        self.filtersChanged.emit(profiles, origins)
