"""Translation hook for the domain core, which must not import ``qgis``.

Core code calls ``translate("Context", "Text {name}")`` with literal strings so that ``pylupdate5``
extracts them; the plugin installs Qt's ``QCoreApplication.translate`` with :func:`set_translator`.
Without it (plain Python, the demo generator), the English source text is returned.
"""

from __future__ import annotations

from typing import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(func: Callable[[str, str], str] | None) -> None:
    """Install (or remove, with None) the function that translates (context, text)."""
    global _translator
    _translator = func


def translate(context: str, text: str) -> str:
    """Translate ``text`` in ``context``; English when no translator is installed."""
    if _translator is None:
        return text
    try:
        return _translator(context, text) or text
    except Exception:  # a broken translator must never hide an error message
        return text


def quoted(text: object) -> str:
    """``text`` between the quotation marks of the user's language: “text” in English and Dutch,
    « text » (with no-break spaces inside) in French. For names put together outside a translated
    message (lists of columns, profiles)."""
    return translate("Typography", "“{text}”").format(text=text)
