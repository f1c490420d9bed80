"""Footfall: mobile-network footfall exports in QGIS (heatmaps, origin flows, catchment, impact, reports)."""


def classFactory(iface):  # noqa: N802
    """QGIS entry point; without the duckdb package, a stand-in that says how to install it."""
    try:
        import duckdb  # noqa: F401
    except ImportError:
        from .plugin.missing import MissingDependencyPlugin

        return MissingDependencyPlugin(iface, "duckdb")
    from .plugin.plugin import FootfallPlugin

    return FootfallPlugin(iface)
