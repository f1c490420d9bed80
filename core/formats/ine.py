"""**INE** (Spain), experimental statistics "Medición del turismo a partir de teléfonos móviles": XLSX
workbooks with one sheet per month (``YYYY-MM``) plus an information sheet.

Source: ``research/operator-formats.md`` §8 (headers from a builder that validates them exactly and an R
template). Only crossings of more than 30 tourists are published: a missing row is not a zero.
"""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, Family

PRODUCT = QT_TRANSLATE_NOOP("Formats", "INE (Spain) tourism from mobile phones")
SOURCE = "research/operator-formats.md §8: INE, exp_tmov_interno_mun / exp_tmov_receptor_mun"
_OPTS = {"timezone": "Europe/Madrid", "country": "ES", "period": "month", "absent_below": 31, "threshold": 30}
_LABELS = {"mun_orig": "name of the origin municipality (a label)", "dest": "name of the destination (a label)",
           "mun_dest": "name of the destination (a label)", "pais_orig": "name of the origin country (a label)",
           "prov_orig_cod": "province of the origin (implied by the municipality)",
           "prov_orig": "name of the origin province (a label)",
           "prov_dest_cod": "province of the destination (implied by the municipality)",
           "prov_dest": "name of the destination province (a label)"}

ZONE_LAYER = QT_TRANSLATE_NOOP("Formats", "a layer of Spanish municipalities with INE's municipality code in a field")

FAMILIES = [
    Family(
        zone_layer=ZONE_LAYER, id="ine.turismo_interno_mun", product=PRODUCT,
        label=QT_TRANSLATE_NOOP("Formats", "domestic tourists by municipality, per month"), source=SOURCE,
        columns={"date": ("mes",), "origin": ("mun_orig_cod",), "zone": ("dest_cod",), "count": ("turistas",)},
        measure="tourists", ignore=_LABELS, options={**_OPTS, "origin_type": "zone"},
    ),
    Family(
        zone_layer=ZONE_LAYER, id="ine.turismo_receptor_mun", product=PRODUCT,
        label=QT_TRANSLATE_NOOP("Formats", "inbound tourists by country, per month"), source=SOURCE,
        columns={"date": ("mes",), "origin": ("pais_orig",), "zone": ("mun_dest_cod",), "count": ("turistas",)},
        measure="tourists", ignore={**_LABELS, "pais_orig_cod": "INE's code of the country (the name is read)"},
        options={**_OPTS, "origin_type": "country"},
    ),
]
