"""Locale-correct numbers and dates for labels, captions and messages.

The language of the interface decides (a Dutch interface writes 1.234,5 and "zaterdag 6 juli 2019", a
French one 1 234,5 and "samedi 6 juillet 2019"), whatever QGIS's separate number-format locale says, so
that a caption never mixes languages. Digits are always grouped: counts are large."""

from __future__ import annotations

from qgis.PyQt.QtCore import QLocale

_override: str | None = None


def set_language(name: str | None) -> None:
    """Use the locale of this language ('nl', 'fr_BE'…) for every label; None follows QGIS's default."""
    global _override
    _override = name


def locale() -> QLocale:
    """The locale of the interface's language with digit grouping switched on."""
    loc = QLocale(_override) if _override else QLocale()
    loc.setNumberOptions(loc.numberOptions() & ~QLocale.OmitGroupSeparator)
    return loc


def number(value: float, decimals: int = 0) -> str:
    """A number in the interface's locale, digits grouped."""
    return locale().toString(float(value), "f", decimals)
