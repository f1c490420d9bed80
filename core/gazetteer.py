"""Bundled gazetteers: Belgian postcodes, municipalities, provinces and regions; French communes,
départements and régions; countries. Each place has a representative point (WGS 84) and, where the
source gives it, a population. Built by ``scripts/build_gazetteers.py``; sources and licences in
``resources/gazetteers/README.md``.

Levels of aggregation, from fine to coarse (``RANKS``): 0 as given (postcode), 1 municipality / commune,
2 province / département, 3 region / région, 4 country.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
from pathlib import Path
from typing import Iterable

from .vocab import norm

_GAZ = Path(__file__).resolve().parent.parent / "resources" / "gazetteers"

#: Rank of each place level (what "aggregate to level r" walks up to).
RANKS: dict[str, int] = {
    "postcode": 0, "municipality": 1, "commune": 1, "province": 2, "department": 2, "region": 3, "country": 4,
    "zone": 0,  # a zone of the dataset's own zoning (core.flows.zone_places): never rolled up
}
#: Names of the aggregation levels offered to users, by rank (translated where they are shown).
LEVELS: tuple[str, ...] = ("as_given", "municipality", "province", "region", "country")


@dataclasses.dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    key: str  # unique: "BE:postcode:1000", "FR:department:69", "C:IT"
    level: str  # postcode, municipality, province, region (BE); commune, department, region (FR); country
    code: str
    name_en: str
    name_nl: str
    name_fr: str
    lon: float
    lat: float
    population: float | None
    parent: str | None  # key of the next level up; None for a country
    point: str = ""  # how the point was obtained (see the build script)

    @property
    def rank(self) -> int:
        """Aggregation rank of the place's level."""
        return RANKS[self.level]

    @property
    def country(self) -> str:
        """ISO alpha-2 code of the place's country."""
        return self.code if self.level == "country" else self.key.split(":", 1)[0]

    def name(self, lang: str = "en") -> str:
        """Name in 'en', 'nl' or 'fr', falling back to another language's name."""
        first = {"nl": self.name_nl, "fr": self.name_fr}.get(lang, self.name_en)
        return first or self.name_fr or self.name_nl or self.name_en or self.code


def _float(text: str) -> float | None:
    try:
        return float(text) if text not in ("", None) else None
    except ValueError:
        return None


class Gazetteer:
    """Every bundled place, with lookups by code and by name."""

    def __init__(self, folder: Path = _GAZ) -> None:
        self.places: dict[str, Place] = {}
        self._postcodes_fr: dict[str, str] = {}  # French postcode -> most populous commune's key
        self._by_name: dict[str, list[str]] = {}
        self._load_countries(folder / "countries.csv")
        self._load(folder / "be_places.csv", "BE")
        self._load(folder / "fr_places.csv", "FR")

    # -- loading -------------------------------------------------------------------------------
    def _add_name(self, name: str, key: str) -> None:
        k = norm(name)
        if k:
            lst = self._by_name.setdefault(k, [])
            if key not in lst:
                lst.append(key)

    def _load_countries(self, path: Path) -> None:
        with path.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                key = f"C:{r['alpha2']}"
                self.places[key] = Place(key, "country", r["alpha2"], r["name_en"], r["name_nl"], r["name_fr"],
                                         _float(r["lon"]) or 0.0, _float(r["lat"]) or 0.0,
                                         _float(r["population"]), None, "weighted")
                for n in [r["alpha3"], r["name_en"], r["name_nl"], r["name_fr"], *r["aliases"].split("|")]:
                    self._add_name(n, key)

    def _load(self, path: Path, country: str) -> None:
        parent_level = {("BE", "postcode"): "municipality", ("BE", "province"): "region",
                        ("FR", "commune"): "department", ("FR", "department"): "region"}
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        levels_by_code = {(r["level"], r["code"]) for r in rows}
        for r in rows:
            level, code, parent = r["level"], r["code"], r["parent"]
            if level == "region":
                pkey = f"C:{country}"
            elif country == "BE" and level == "municipality":
                # Brussels municipalities have no province: their parent is the region.
                plevel = "province" if ("province", parent) in levels_by_code else "region"
                pkey = f"BE:{plevel}:{parent}"
            else:
                pkey = f"{country}:{parent_level[(country, level)]}:{parent}"
            key = f"{country}:{level}:{code}"
            p = Place(key, level, code, r["name_en"], r["name_nl"], r["name_fr"], float(r["lon"]), float(r["lat"]),
                      _float(r["population"]), pkey, r["point"])
            self.places[key] = p
            if level != "postcode":
                for n in {p.name_en, p.name_nl, p.name_fr}:
                    self._add_name(n, key)
            if country == "FR" and level == "commune":
                for pc in filter(None, r["postcodes"].split("|")):
                    old = self._postcodes_fr.get(pc)
                    if old is None or (p.population or 0) > (self.places[old].population or 0):
                        self._postcodes_fr[pc] = key

    # -- lookups -------------------------------------------------------------------------------
    def get(self, key: str) -> Place | None:
        """The place with this key."""
        return self.places.get(key)

    def resolve(self, origin_type: str | None, code: str | None, home: str = "BE") -> Place | None:
        """The place an origin (type and code or name, as in the data model) stands for, or None.

        ``home`` ('BE' or 'FR') decides between a Belgian and a French reading of a bare number.
        """
        if not code:
            return None
        c = str(code).strip()
        t = origin_type or "unknown"
        if t == "country":
            return self.places.get(f"C:{c.upper()}") or self.by_name(c, prefer="country")
        if t == "postcode":
            if re.fullmatch(r"\d{4}", c):
                return self.places.get(f"BE:postcode:{c}")
            if re.fullmatch(r"\d{5}", c) and c in self._postcodes_fr:
                return self.places[self._postcodes_fr[c]]
            return None
        if t == "department":
            d = c.upper()
            d = d.zfill(2) if d.isdigit() and len(d) < 2 else d
            return self.places.get(f"FR:department:{d}") or self.by_name(c, prefer="department")
        if t == "municipality":
            first, second = ("FR", "BE") if home == "FR" else ("BE", "FR")
            for country in (first, second):
                level = "commune" if country == "FR" else "municipality"
                p = self.places.get(f"{country}:{level}:{c.upper()}")
                if p:
                    return p
            return self.by_name(c, prefer="municipality", home=home)
        # unknown type: a code of any kind, then a name
        if re.fullmatch(r"[A-Za-z]{2}", c) and f"C:{c.upper()}" in self.places:
            return self.places[f"C:{c.upper()}"]
        for key in (f"BE:postcode:{c}", f"FR:department:{c.upper()}"):
            if key in self.places and (home == key[:2]):
                return self.places[key]
        return self.by_name(c, home=home)

    def by_name(self, name: str, prefer: str | None = None, home: str = "BE") -> Place | None:
        """A place whose name (in EN, NL or FR, accents and case ignored) is ``name``."""
        keys = self._by_name.get(norm(name))
        if not keys:
            m = re.match(r"^(.*?)\s*[\(\-–]\s*[0-9A-Za-z]{2,5}\s*\)?$", name.strip())  # "Rhône (69)"
            keys = self._by_name.get(norm(m.group(1))) if m else None
        if not keys:
            return None
        cands = [self.places[k] for k in keys]

        def score(p: Place) -> tuple:
            lvl = p.level if p.level not in ("commune",) else "municipality"
            return (lvl != prefer, p.country != home and p.level != "country", -(p.population or 0))
        return min(cands, key=score)

    def ancestor(self, place: Place, rank: int) -> Place:
        """The place itself or its first ancestor whose rank is at least ``rank``."""
        p = place
        while p.rank < rank and p.parent and p.parent in self.places:
            p = self.places[p.parent]
        return p

    def chain(self, place: Place) -> list[Place]:
        """The place and its ancestors up to its country."""
        out = [place]
        while out[-1].parent and out[-1].parent in self.places:
            out.append(self.places[out[-1].parent])
        return out

    def of_level(self, level: str, country: str | None = None) -> Iterable[Place]:
        """Places of one level (optionally of one country)."""
        return (p for p in self.places.values()
                if p.level == level and (country is None or p.country == country))


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer (read once, about 0.2 s)."""
    return Gazetteer()


def haversine_km(lon1, lat1, lon2, lat2):
    """Great-circle distance in km (works on numpy arrays too)."""
    import numpy as np
    r = 6371.0088
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi = p2 - p1
    dl = np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * r * np.arcsin(np.sqrt(a))


def home_country(timezone: str) -> str:
    """'FR' for a dataset in French time, else 'BE' (decides how bare numbers are read)."""
    return "FR" if timezone in ("Europe/Paris",) else "BE"


