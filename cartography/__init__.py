"""What draws maps, frames and reports: used alike by Processing, the QGIS GUI and the standalone viewer.

It imports ``qgis`` and ``core``, never ``plugin`` (docks, dialogs, actions) nor ``processing``
(tests/test_code_layout.py checks).
"""
