"""Locale-correct numbers for labels: QGIS's default locale omits group separators unless asked; our
counts are large, so labels always group digits (1.234 in Dutch, 1 234 in French, 1,234 in English)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QLocale


def locale() -> QLocale:
    """The user's locale (QGIS sets the default) with digit grouping switched on."""
    loc = QLocale()
    loc.setNumberOptions(loc.numberOptions() & ~QLocale.OmitGroupSeparator)
    return loc


def number(value: float, decimals: int = 0) -> str:
    """A number in the user's locale, digits grouped."""
    return locale().toString(float(value), "f", decimals)
