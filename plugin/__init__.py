"""What lives in QGIS's GUI: menu, toolbar, dock, dialogs and tasks."""
