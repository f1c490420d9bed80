"""Flux Vision nights as published by the **CRT Occitanie** for the Toulouse DataViz Hackaviz 2020.

Source: ``research/operator-formats.md`` §6 (``ToulouseDataViz/Hackaviz2020``: ``nuitees.csv`` and
``par_origines.csv``). Comma-separated, CRLF, ISO dates. ``0`` means "below the delivery threshold or
none" (no value between 1 and 20 occurs in 493,235 rows), so it is read as suppressed, never as a
measured zero. ``total_occitanie`` is the sum of the département columns: checked, never added in.
"""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, Family

PRODUCT = QT_TRANSLATE_NOOP("Formats", "CRT Occitanie (Orange Flux Vision)")
SOURCE = "research/operator-formats.md §6: ToulouseDataViz/Hackaviz2020"
_OPTS = {"delimiter": ",", "timezone": "Europe/Paris", "country": "FR", "zero_suppressed": True,
         "absent_below": 20}

FAMILIES = [
    Family(
        id="crt_occitanie.nuitees",
        product=PRODUCT, label=QT_TRANSLATE_NOOP("Formats", "nights by département (wide)"), source=SOURCE,
        columns={"date": ("date",)}, measure="nights", optional=("total_occitanie",),
        options={**_OPTS, "wide": {"kind": "zone", "pattern": r"^dpt_(\w+)$", "total": "total_occitanie"}},
        zones="fr_department",
    ),
    Family(
        id="crt_occitanie.par_origines",
        product=PRODUCT, label=QT_TRANSLATE_NOOP("Formats", "nights by origin and département"), source=SOURCE,
        columns={"date": ("date",), "origin": ("org",), "zone": ("dest",), "count": ("volume",)}, measure="nights",
        ignore={"vacances_org": "school-holiday flag of the origin, not a count",
                "Temp_midi": "temperature at noon, not a count", "T_midi": "temperature at noon, not a count",
                "meteo": "weather code, not a count", "nb_evt": "number of events, not a count of people"},
        options=_OPTS, zones="fr_department",
    ),
]
