"""**Proximus** (Belgium) daily mobility export, home postcode → visited postcode, as read by the UGent
COVID-19 model (``UGentBiomath/COVID19-Model``, ``covid19model/data/mobility.py``).

Source: ``research/operator-formats.md`` §7. ``;``-separated with a decimal comma; the date is only in
the file name (``outputPROXIMUS122747corona<YYYYMMDD>AZUREREF001.csv``); ``-1`` marks a group of fewer
than 30 people. The column order is assumed from the reader's dtype dictionary.
"""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, Family

ZONE_LAYER = QT_TRANSLATE_NOOP("Formats", "a layer of Belgian postcodes (bpost or NGI) with the postcode in a field; no such layer is bundled")

FAMILIES = [
    Family(
        zone_layer=ZONE_LAYER,
        id="proximus.daily_od",
        product=QT_TRANSLATE_NOOP("Formats", "Proximus"),
        label=QT_TRANSLATE_NOOP("Formats", "daily visitors by home postcode"),
        source="research/operator-formats.md §7: UGentBiomath/COVID19-Model, covid19model/data/mobility.py",
        columns={"zone": ("postalcode",), "origin": ("mllp_postalcode",)},
        measures={"visitors": "presence", "nrofimsi": "customers", "est_staytime": "dwell_seconds"},
        ignore={"imsisinpostalcode": "Proximus customers living in the home postcode (a reference, not a count of this cell)",
                "habitatants": "reference population of the home postcode, not a count",
                "habitants": "reference population of the home postcode, not a count",
                "total_est_staytime": "total stay time of the home postcode (a derived total)",
                "est_staytime_perc": "share of the stay time in percent, not a count"},
        options={"delimiter": ";", "decimal": ",", "timezone": "Europe/Brussels", "country": "BE",
                 "origin_type": "postcode", "suppressed_values": ["-1"], "threshold": 30,
                 "date_from_name": r"(?:corona)?(20\d{6})", "date_format": "%Y%m%d"},
    ),
]
