"""The Footfall viewer: a standalone desktop application on the QGIS libraries (``python -P -m footfall.viewer``)."""
