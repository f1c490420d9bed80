"""Progress and cancellation, decoupled from QGIS (a QgsTask or QgsProcessingFeedback adapts to it)."""

from __future__ import annotations

from typing import Callable

from .errors import Cancelled


class Progress:
    """Report progress in percent and check for cancellation; the default does nothing."""

    def __init__(self, report: Callable[[float], None] | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 message: Callable[[str], None] | None = None) -> None:
        self._report = report
        self._cancelled = cancelled
        self._message = message

    def set(self, percent: float) -> None:
        """Report progress (0–100) and raise :class:`Cancelled` when the user cancelled."""
        if self._report is not None:
            self._report(max(0.0, min(100.0, percent)))
        self.check()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the user cancelled."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def info(self, text: str) -> None:
        """Pass a line of information to the user (log or feedback)."""
        if self._message is not None:
            self._message(text)

    def sub(self, start: float, end: float) -> Progress:
        """A progress object mapping 0–100 onto [start, end] of this one."""
        return Progress(lambda p: self.set(start + (end - start) * p / 100.0), self._cancelled, self._message)


NULL_PROGRESS = Progress()
