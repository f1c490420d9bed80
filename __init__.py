"""Footfall: mobile-network footfall exports in QGIS (heatmaps, origin flows, catchment, impact, reports)."""


def classFactory(iface):  # noqa: N802
    """QGIS entry point."""
    from .plugin.plugin import FootfallPlugin

    return FootfallPlugin(iface)
