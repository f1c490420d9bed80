"""Normalise origin codes ("most probable residence") to the data model's (origin_type, origin_code)."""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from .vocab import ORIGIN_TYPE_VALUES, norm

_GAZ = Path(__file__).resolve().parent.parent / "resources" / "gazetteers"


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Map every normalised ISO alpha-2, alpha-3 code and EN/NL/FR name to its alpha-2 code."""
    out: dict[str, str] = {}
    with (_GAZ / "countries.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            a2 = row["alpha2"]
            for key in [a2, row["alpha3"], row["name_en"], row["name_nl"], row["name_fr"],
                        *row["aliases"].split("|")]:
                if key:
                    out.setdefault(norm(key), a2)
    return out


@functools.lru_cache(maxsize=4)
def _names(lang: str) -> dict[str, str]:
    col = {"nl": "name_nl", "fr": "name_fr"}.get(lang, "name_en")
    with (_GAZ / "countries.csv").open(encoding="utf-8", newline="") as fh:
        return {row["alpha2"]: row[col] for row in csv.DictReader(fh)}


def country_name(alpha2: str, lang: str = "en") -> str:
    """The country's name in 'en', 'nl' or 'fr' ('' when the code is unknown)."""
    return _names(lang).get(alpha2.upper(), "")


_DEPT = re.compile(r"^(0?[1-9]|[1-8]\d|9[0-5]|2[ab]|97[1-6])$", re.I)


#: Origins that are not places, as operators write them: (origin_type, code) of the data model. They are
#: kept and labelled (:func:`special_label`), never dropped.
SPECIAL_ORIGINS: dict[str, tuple[str, str]] = {
    "externo": ("special", "outside"),  # MITMA: outside the study area
    "foreigner": ("special", "foreign"),  # Proximus: a foreign SIM card
    "foreigners": ("special", "foreign"),
    "autres": ("special", "other_countries"),  # CRT Occitanie: the other countries
    "autres pays": ("special", "other_countries"),
    "abroad": ("special", "abroad"),
}

#: Flux Vision's provenance, a coarse origin: (origin_type 'group', code).
PROVENANCE_GROUPS: dict[str, str] = {
    "local": "local", "nonlocal": "rest_of_country", "non local": "rest_of_country",
    "etranger": "abroad", "international": "abroad",
}

#: Grouped countries such as ``DK+SE+NO``, ``BE+LU``, ``ES+PT``.
_COUNTRY_GROUP = re.compile(r"^[A-Za-z]{2}(\s*\+\s*[A-Za-z]{2})+$")


def special_label(otype: str, code: str, lang: str = "en") -> str:
    """A readable name for an origin that is not a place ('' for a place)."""
    from .i18n import translate
    if otype == "country_group":
        names = [country_name(c, lang) or c for c in code.split("+")]
        return ", ".join(names)
    if otype == "group":
        return {"local": translate("Origins", "local (Flux Vision provenance)"),
                "rest_of_country": translate("Origins", "rest of the country (Flux Vision provenance)"),
                "abroad": translate("Origins", "abroad (Flux Vision provenance)")}.get(code, code)
    if otype == "special":
        return {"outside": translate("Origins", "outside the study area"),
                "foreign": translate("Origins", "foreign SIM cards"),
                "other_countries": translate("Origins", "other countries"),
                "abroad": translate("Origins", "abroad"),
                "not_disclosed": translate("Origins", "not disclosed")}.get(code, code)
    return ""


def normalise_origin(type_raw: str | None, code_raw: str | None, country: str = "BE") -> tuple[str, str | None]:
    """Return (origin_type, origin_code) for a raw origin; ('unknown', None) when there is none.

    ``country`` is the dataset's home country ('BE' or 'FR'): it decides whether a bare number is a
    Belgian postcode / NIS code or a French département / INSEE code. ``type_raw`` may also be one of the
    model's kinds ``zone`` (kept as it is), ``group`` (Flux Vision's provenance) or a type from the file.
    Special origins (``externo``, ``Foreigner``, ``Autres``) and grouped countries (``DK+SE+NO``) are
    recognised whatever the type.
    """
    code = (code_raw or "").strip()
    if not code:
        return "unknown", None
    key = norm(code)
    if key in SPECIAL_ORIGINS:
        return SPECIAL_ORIGINS[key]
    if type_raw == "zone":
        return "zone", code
    # the model's own kinds, as a Footfall GeoPackage or PostGIS table holds them: kept as they are
    if type_raw == "special" and code in {c for _t, c in SPECIAL_ORIGINS.values()} | {"not_disclosed"}:
        return "special", code
    if type_raw == "group" and code in set(PROVENANCE_GROUPS.values()):
        return "group", code
    if type_raw == "group" or (type_raw is None and key in PROVENANCE_GROUPS):
        g = PROVENANCE_GROUPS.get(key.replace(" ", "")) or PROVENANCE_GROUPS.get(key)
        return ("group", g) if g else ("unknown", code)
    if _COUNTRY_GROUP.match(code):
        return "country_group", "+".join(p.strip().upper() for p in code.split("+"))
    otype = ORIGIN_TYPE_VALUES.get(norm(type_raw)) if type_raw else None
    if otype == "country" or (otype is None and not code.isdigit() and key in countries()):
        a2 = countries().get(key)
        if a2:
            return "country", a2
        return "unknown", code
    if otype == "department" or (otype is None and country == "FR" and _DEPT.match(code)):
        if _DEPT.match(code):
            c = code.upper()
            return "department", c.zfill(2) if c.isdigit() and len(c) < 2 else c
        by_name = _department_by_name(code)
        if by_name:
            return "department", by_name
        return "unknown", code
    if otype == "postcode" or (otype is None and country == "BE" and re.fullmatch(r"\d{4}", code)):
        if re.fullmatch(r"\d{4}", code) or (country == "FR" and re.fullmatch(r"\d{5}", code)):
            return "postcode", code
        return "unknown", code
    if otype == "municipality" or (otype is None and re.fullmatch(r"\d{5}|2[AB]\d{3}", code, re.I)):
        return "municipality", code.upper()
    if otype == "unknown":
        return "unknown", code
    return "unknown", code


@functools.lru_cache(maxsize=4096)
def _department_by_name(name: str) -> str | None:
    """The code of a French département named ``name`` (Flux Vision's NomDepartement), or None."""
    from .gazetteer import gazetteer
    p = gazetteer().by_name(name, prefer="department", home="FR")
    return p.code if p is not None and p.level == "department" else None
