"""Spain's **MITMA / MITMS** open mobility data, produced by Nommon from Orange España network data:
"Estudios básicos" v2 (2022 on: Viajes, Personas, Pernoctaciones) and the COVID-19 study v1
(2020–2021: maestra1, maestra2).

Source: ``research/operator-formats.md`` §1–4 (``rOpenSpain/spanishoddata`` SQL views and test data,
the official README and methodology). ``|``-separated, ``.`` decimals, usually gzip-compressed, one file
per day; ``fecha`` is ``YYYYMMDD`` and ``periodo`` the local hour (Spanish time) at which the trips
start. Zone ids are text with leading zeros and suffixes (``01001``, ``2807901``, ``01009_AM``); origins
are zones of the same zoning, and ``externo`` is outside the study area. Counts are never suppressed;
``NA`` in age or sex means "not disclosed for privacy".
"""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, Family

PRODUCT = QT_TRANSLATE_NOOP("Formats", "MITMA (Spain) open mobility data")
SOURCE = "research/operator-formats.md §1-4: rOpenSpain/spanishoddata; MITMA README and methodology"
_OPTS = {"delimiter": "|", "decimal": ".", "timezone": "Europe/Madrid", "country": "ES", "date_format": "%Y%m%d",
         "open_data": True}
ZONE_LAYER = QT_TRANSLATE_NOOP("Formats", "MITMA's zoning layer, published with the data (zonificacion_distritos, _municipios or _GAU), with the zone id in a field")
_KM = {"viajes_km": "trips times kilometres (a distance), not a count of trips"}

FAMILIES = [
    Family(
        zone_layer=ZONE_LAYER, id="mitma.v2_viajes", product=PRODUCT, label=QT_TRANSLATE_NOOP("Formats", "Viajes v2 (trips by origin, destination and hour)"),
        source=SOURCE,
        columns={"date": ("fecha",), "time": ("periodo",), "origin": ("origen",), "zone": ("destino",), "count": ("viajes",)},
        measure="trips",
        dims={"distancia": "distance", "actividad_origen": "activity_origin", "actividad_destino": "activity_destination",
              "estudio_origen_posible": "study_origin", "estudio_destino_posible": "study_destination",
              "residencia": "residence", "renta": "income", "edad": "age", "sexo": "sex"},
        ignore=_KM, options={**_OPTS, "origin_type": "zone", "slot_minutes": 60},
    ),
    Family(
        zone_layer=ZONE_LAYER, id="mitma.v1_maestra1", product=PRODUCT,
        label=QT_TRANSLATE_NOOP("Formats", "maestra1 v1 (trips by origin, destination and hour)"), source=SOURCE,
        columns={"date": ("fecha",), "time": ("periodo",), "origin": ("origen",), "zone": ("destino",), "count": ("viajes",)},
        measure="trips",
        dims={"actividad_origen": "activity_origin", "actividad_destino": "activity_destination",
              "residencia": "residence", "edad": "age", "distancia": "distance"},
        ignore=_KM, options={**_OPTS, "origin_type": "zone", "slot_minutes": 60},
    ),
    Family(
        zone_layer=ZONE_LAYER, id="mitma.v1_maestra1_municipal", product=PRODUCT,
        label=QT_TRANSLATE_NOOP("Formats", "maestra1 v1 by municipality (trips)"), source=SOURCE,
        columns={"date": ("fecha",), "time": ("periodo",), "origin": ("origen",), "zone": ("destino",), "count": ("viajes",)},
        measure="trips", dims={"distancia": "distance"}, ignore=_KM, rank=2, options={**_OPTS, "origin_type": "zone", "slot_minutes": 60},
    ),
    Family(
        zone_layer=ZONE_LAYER, id="mitma.v1_maestra2", product=PRODUCT,
        label=QT_TRANSLATE_NOOP("Formats", "maestra2 v1 (people by number of trips)"), source=SOURCE,
        columns={"date": ("fecha",), "zone": ("distrito",), "count": ("personas",)},
        measure="overnight_population", dims={"numero_viajes": "trips_per_person"}, options=_OPTS,
    ),
    Family(
        zone_layer=ZONE_LAYER, id="mitma.v2_personas", product=PRODUCT,
        label=QT_TRANSLATE_NOOP("Formats", "Personas v2 (people by overnight zone)"), source=SOURCE,
        columns={"date": ("fecha",), "zone": ("zona_pernoctacion",), "count": ("personas",)},
        measure="overnight_population",
        dims={"edad": "age", "sexo": "sex", "numero_viajes": "trips_per_person"}, options=_OPTS,
    ),
    Family(
        zone_layer=ZONE_LAYER, id="mitma.v2_pernoctaciones", product=PRODUCT,
        label=QT_TRANSLATE_NOOP("Formats", "Pernoctaciones v2 (nights by residence zone)"), source=SOURCE,
        columns={"date": ("fecha",), "origin": ("zona_residencia",), "zone": ("zona_pernoctacion",), "count": ("personas",)},
        measure="nights", options={**_OPTS, "origin_type": "zone"},
    ),
]
