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


def normalise_origin(type_raw: str | None, code_raw: str | None, country: str = "BE") -> tuple[str, str | None]:
    """Return (origin_type, origin_code) for a raw origin; ('unknown', None) when there is none.

    ``country`` is the dataset's home country ('BE' or 'FR'): it decides whether a bare number is a
    Belgian postcode / NIS code or a French département / INSEE code.
    """
    code = (code_raw or "").strip()
    if not code:
        return "unknown", None
    otype = ORIGIN_TYPE_VALUES.get(norm(type_raw)) if type_raw else None
    key = norm(code)
    if otype == "country" or (otype is None and not code.isdigit() and key in countries()):
        a2 = countries().get(key)
        if a2:
            return "country", a2
        return "unknown", code
    if otype == "department" or (otype is None and country == "FR" and _DEPT.match(code)):
        if _DEPT.match(code):
            c = code.upper()
            return "department", c.zfill(2) if c.isdigit() and len(c) < 2 else c
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
