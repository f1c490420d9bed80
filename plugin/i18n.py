"""Install the plugin's translator from QGIS's locale setting (3liz's setup_translation)."""

from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..core import i18n as core_i18n
from ..core.paths import I18N



def user_locale() -> str:
    """QGIS's user locale: the override when ``locale/overrideFlag`` is set, else the system's."""
    s = QgsSettings()
    override = s.value("locale/overrideFlag", False, type=bool)
    if override:
        return s.value("locale/userLocale", "en_US", type=str) or "en_US"
    return s.value("locale/userLocale", "", type=str) or QLocale().name()


def setup_translation(locale: str | None = None) -> QTranslator | None:
    """Load ``footfall_nl_BE.qm`` or ``footfall_nl.qm`` (etc.) and install it; None for English."""
    from ..cartography import fmt
    loc = locale or user_locale()
    for name in (loc, loc.split("_")[0]):
        qm = I18N / f"footfall_{name}.qm"
        if qm.is_file():
            tr = QTranslator()
            if tr.load(str(qm)):
                QCoreApplication.installTranslator(tr)
                core_i18n.set_translator(QCoreApplication.translate)
                fmt.set_language(loc)
                return tr
    core_i18n.set_translator(QCoreApplication.translate)
    fmt.set_language(None)
    return None


def remove_translation(tr: QTranslator | None) -> None:
    """Undo :func:`setup_translation`."""
    from ..cartography import fmt
    if tr is not None:
        QCoreApplication.removeTranslator(tr)
    core_i18n.set_translator(None)
    fmt.set_language(None)
