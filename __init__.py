"""Footfall: mobile-network footfall exports in QGIS (heatmaps, origin flows, catchment, impact, reports)."""


def classFactory(iface):  # noqa: N802
    """QGIS entry point; without a required package (duckdb), a stand-in that says how to install it."""
    from .core import deps

    absent = [d for d in deps.missing() if d.required]
    if absent:
        from .plugin.missing import MissingDependencyPlugin

        return MissingDependencyPlugin(iface, absent)
    from .plugin.plugin import FootfallPlugin

    return FootfallPlugin(iface)
