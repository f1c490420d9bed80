"""Orange Business **Flux Vision Tourisme** deliveries ("nouveau format", 2019 on), as read by the ADT
Cantal observatory: one ``;``-separated CSV per family, ``<Famille>_<YYYY>B<n>_<zone>.csv``.

Source: ``research/operator-formats.md`` §5 (``wsaer318/cantaldestination-observatoire``,
``fluxvision_automation/config_filtering.py``). Column names and values are real; the column order is
not known (the files are read by name). Small cells are simply absent (the observatory's ETL drops
``Volume <= 0``; no delivered value lies between 1 and 20 in the CRT Occitanie extract, §6). Observation
zones are nested (the département ``Cantal`` and its EPCIs in one file): counts are never added across
zones.
"""

from __future__ import annotations

from . import QT_TRANSLATE_NOOP, Family

PRODUCT = QT_TRANSLATE_NOOP("Formats", "Orange Flux Vision")
SOURCE = "research/operator-formats.md §5: wsaer318/cantaldestination-observatoire (Orange Flux Vision deliveries of ADT Cantal)"

#: CategorieVisiteur → the model's coarse profile; the value itself is kept as the breakdown 'category'.
#: "Habituellement present" (people regularly present who do not live there: workers, students) is read
#: as commuters, every "... en transit" as transit (interpretations, see docs/formats.md).
PROFILE_VALUES = {
    "Touriste": "overnight_visitor",
    "Excursionniste": "day_visitor",
    "Excursionniste recurrent": "day_visitor",
    "Resident": "resident",
    "Habituellement present": "commuter",
    "Transit": "transit",
    "Transit nocturne": "transit",
    "Habituellement present en transit": "transit",
    "Resident en transit": "transit",
    "Touriste en transit": "transit",
    # the older layout (≈2016) and spellings the observatory's importer also accepts
    "Résident": "resident",
    "Touriste Français": "overnight_visitor",
    "Touriste Etranger": "overnight_visitor",
}

_CALENDAR = {
    "VacancesA": "school-holiday flag of zone A (0/1), not a count",
    "VacancesB": "school-holiday flag of zone B (0/1), not a count",
    "VacancesC": "school-holiday flag of zone C (0/1), not a count",
    "Ferie": "public-holiday flag (0/1), not a count",
    "JourDeLaSemaine": "day of the week, not a count",
    "vacances_a": "school-holiday flag of zone A (0/1), not a count",
    "vacances_b": "school-holiday flag of zone B (0/1), not a count",
    "vacances_c": "school-holiday flag of zone C (0/1), not a count",
    "ferie": "public-holiday flag (0/1), not a count",
    "jour_semaine": "day of the week, not a count",
}

_BASE = {"zone": ("ZoneObservation", "Zone"), "date": ("Date",), "profile": ("CategorieVisiteur",),
         "count": ("Volume",)}

_OPTIONS = {"delimiter": ";", "timezone": "Europe/Paris", "country": "FR", "profile_values": PROFILE_VALUES,
            "absent_below": 20, "nested_zones": True, "origin_empty": "not_disclosed"}

_MEASURES = (("Diurne", "presence", QT_TRANSLATE_NOOP("Formats", "Diurne (visitors per day)")),
             ("Nuitee", "nights", QT_TRANSLATE_NOOP("Formats", "Nuitée (nights)")))


ZONE_LAYER = QT_TRANSLATE_NOOP("Formats", "the layer of your Flux Vision observation zones (defined in your contract with Orange), with the zone name in a field")


def _family(stem: str, measure: str, label: str, suffix: str, extra_cols: dict, dims: dict, rank: int,
            ignore: dict | None = None, weekly: bool = False, origin_type: str = "") -> Family:
    opts = dict(_OPTIONS)
    if origin_type:
        opts["origin_type"] = origin_type
    if weekly:
        opts["period"] = "week"
    # 'Nuitee_Departement_2023B1_CABA0.csv'; weekly files carry 'Semaine' somewhere in the name
    name = rf"(^|[^a-z]){stem}{suffix}(_|\.|$)" if not weekly else rf"(^|[^a-z]){stem}{suffix}.*semaine"
    if not weekly:
        name = rf"^(?!.*semaine).*{name}"
    opts["name_example"] = (f"{stem}{suffix}_2023B1_ZONE.csv" if suffix or weekly else
                            "Diurne_2023B1_ZONE.csv (visitors per day) or Nuitee_2023B1_ZONE.csv (nights)")
    cols = dict(_BASE)
    cols.update(extra_cols)
    return Family(
        zone_layer=ZONE_LAYER, id=f"fluxvision.{stem.lower()}{suffix.lower()}{'_semaine' if weekly else ''}",
        product=PRODUCT, label=label, source=SOURCE, columns=cols, measure=measure,
        dims={"CategorieVisiteur": "category", **dims},
        ignore={**_CALENDAR, **(ignore or {})}, file_name=name, rank=rank + (10 if weekly else 0), options=opts)


FAMILIES = []
for _stem, _measure, _label in _MEASURES:
    _is_n = _stem == "Nuitee"
    FAMILIES += [
        # zone x provenance x category: Provenance (Local, NonLocal, Etranger) is the origin, as a group
        _family(_stem, _measure, _label, "", {"origin": ("Provenance",)}, {}, 1, origin_type="group"),
        _family(_stem, _measure, _label, "", {"origin": ("Provenance",)}, {}, 1, origin_type="group", weekly=True),
        # the same by the visitors' département (NomDepartement), country (Pays), age (Age), segment (Geolife)
        _family(_stem, _measure,
                QT_TRANSLATE_NOOP("Formats", "Nuitée by département") if _is_n else QT_TRANSLATE_NOOP("Formats", "Diurne by département"),
                "_Departement", {"origin": ("NomDepartement",)}, {"Provenance": "provenance"}, 2,
                ignore={"NomRegion": "region of the département (a label, pre-2016 regions)",
                        "NomNouvelleRegion": "region of the département (a label)"}, origin_type="department"),
        _family(_stem, _measure,
                QT_TRANSLATE_NOOP("Formats", "Nuitée by country") if _is_n else QT_TRANSLATE_NOOP("Formats", "Diurne by country"),
                "_Pays", {"origin": ("Pays",)}, {"Provenance": "provenance"}, 2, origin_type="country"),
        _family(_stem, _measure,
                QT_TRANSLATE_NOOP("Formats", "Nuitée by age") if _is_n else QT_TRANSLATE_NOOP("Formats", "Diurne by age"),
                "_Age", {"origin": ("Provenance",)}, {"Age": "age"}, 3, origin_type="group"),
        _family(_stem, _measure,
                QT_TRANSLATE_NOOP("Formats", "Nuitée by Geolife segment") if _is_n else QT_TRANSLATE_NOOP("Formats", "Diurne by Geolife segment"),
                "_Geolife", {"origin": ("Provenance",)}, {"Geolife": "segment"}, 3, origin_type="group"),
    ]
