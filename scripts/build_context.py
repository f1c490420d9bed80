"""Build the bundled context layers in resources/context/ from Natural Earth data that a registry
package ships: ``world_map.gpkg`` of Debian's ``qgis-common`` (the QGIS the project installs), which is
Natural Earth 1:10m *Admin 0 – Countries* and *Admin 1 – States, Provinces* v4.1.0, simplified by the
QGIS project (public domain, see resources/context/README.md).

Run: .venv/bin/python -P scripts/build_context.py   (development time only; nothing is read at run time
but the files it writes)

Writes (GeoJSON, WGS 84 longitude/latitude, coordinates rounded to 4 decimals, about 10 m):
- ``countries.geojson``: every country, ``id`` = ISO 3166-1 alpha-2; Europe kept at about 500 m
  (tolerance 0.005°), the rest of the world at about 8 km (0.08°)
  without islands under 0.02 square degrees;
- ``admin1.geojson``: Belgian provinces (``kind`` ``be_province``, ``id`` the NIS code 10000…90000),
  Belgian regions (``be_region``: 02000 Flemish, 03000 Walloon, 04000 Brussels-Capital, the provinces
  dissolved), French départements (``fr_department``, ``id`` the INSEE code 01…95, 2A, 2B), tolerance
  0.002° (about 200 m).
"""

from __future__ import annotations

import csv
import json
import sys
import unicodedata
from pathlib import Path

from osgeo import ogr

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "context"
SOURCE = Path("/usr/share/qgis/resources/data/world_map.gpkg")
EUROPE = (-25.0, 34.0, 45.0, 72.0)

# Natural Earth's names of the Belgian admin-1 units -> NIS codes (Brussels is a region, not a province)
BE_NE = {"Antwerp": "10000", "Flemish Brabant": "20001", "Walloon Brabant": "20002", "West Flanders": "30000",
         "East Flanders": "40000", "Hainaut": "50000", "Liege": "60000", "Limburg": "70000",
         "Luxembourg": "80000", "Namur": "90000"}
# two names misspelt in Natural Earth 4.1.0
NE_TYPOS = {"Haute-Rhin": "Haut-Rhin", "Seien-et-Marne": "Seine-et-Marne"}
BE_REGION = {"10000": "02000", "20001": "02000", "30000": "02000", "40000": "02000", "70000": "02000",
             "20002": "03000", "50000": "03000", "60000": "03000", "80000": "03000", "90000": "03000"}


def fold(text: str) -> str:
    """Lower case without accents, hyphens, apostrophes or spaces (to match names across sources)."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in t if c.isalnum())


def rounded(geom: ogr.Geometry) -> dict:
    """GeoJSON geometry with coordinates rounded to 4 decimals and repeated points dropped."""
    g = json.loads(geom.ExportToJson())

    def ring(coords):
        out = []
        for x, y in coords:
            p = [round(x, 4), round(y, 4)]
            if not out or p != out[-1]:
                out.append(p)
        return out

    if g["type"] == "Polygon":
        g["coordinates"] = [r for r in (ring(c) for c in g["coordinates"]) if len(r) >= 4]
    elif g["type"] == "MultiPolygon":
        g["coordinates"] = [[r for r in (ring(c) for c in poly) if len(r) >= 4] for poly in g["coordinates"]]
        g["coordinates"] = [p for p in g["coordinates"] if p]
    return g


def simplify(geom: ogr.Geometry, tol: float) -> ogr.Geometry:
    s = geom.SimplifyPreserveTopology(tol)
    return s if s is not None and not s.IsEmpty() else geom


def in_europe(geom: ogr.Geometry) -> bool:
    c = geom.Centroid()
    return EUROPE[0] <= c.GetX() <= EUROPE[2] and EUROPE[1] <= c.GetY() <= EUROPE[3]


def by_part(geom: ogr.Geometry) -> ogr.Geometry:
    """Each polygon of a country simplified by where it lies: finer in Europe than elsewhere."""
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    parts = [geom.GetGeometryRef(i) for i in range(geom.GetGeometryCount())] \
        if geom.GetGeometryType() in (ogr.wkbMultiPolygon, ogr.wkbMultiPolygon25D) else [geom]
    for part in parts:
        europe = in_europe(part)
        if not europe and part.GetArea() < 0.02:
            continue  # small islands far away: never seen on a map of Belgium or France
        s = simplify(part, 0.005 if europe else 0.08)
        for q in ([s.GetGeometryRef(i) for i in range(s.GetGeometryCount())]
                  if s.GetGeometryType() == ogr.wkbMultiPolygon else [s]):
            if q.GetGeometryType() == ogr.wkbPolygon and q.GetArea() > 1e-5:
                out.AddGeometry(q)
    return out


def write(path: Path, features: list[dict]) -> None:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                               separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(features)} features, {path.stat().st_size / 1e6:.2f} MB")


def main() -> int:
    if not SOURCE.exists():
        print(f"{SOURCE} not found: install Debian's qgis-common", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    ds = ogr.Open(str(SOURCE))
    # countries
    feats = []
    for f in ds.GetLayerByName("countries"):
        code = (f.GetField("iso_a2") or "").strip()
        if len(code) != 2 or not code.isalpha():  # "-99", "-1": no ISO code
            continue
        g = by_part(f.GetGeometryRef())
        if g.GetGeometryCount() == 0:
            continue  # only small islands far from Europe
        feats.append({"type": "Feature", "properties": {"id": code, "name": f.GetField("NAME")},
                      "geometry": rounded(g)})
    feats.sort(key=lambda f: f["properties"]["id"])
    write(OUT / "countries.geojson", feats)

    # admin 1: Belgian provinces and regions, French départements
    fr_codes = {}
    with open(ROOT / "resources" / "gazetteers" / "fr_places.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["level"] == "department":
                fr_codes[fold(row["name_fr"])] = row["code"]
    feats = []
    regions: dict[str, ogr.Geometry] = {}
    lyr = ds.GetLayerByName("states_provinces")
    lyr.SetAttributeFilter("iso_a2 IN ('BE', 'FR')")
    unmatched = []
    for f in lyr:
        name = f.GetField("name")
        g = f.GetGeometryRef().Clone()
        if f.GetField("iso_a2") == "BE":
            if name == "Brussels":
                regions["04000"] = g
                continue
            code = BE_NE[name]
            reg = BE_REGION[code]
            regions[reg] = g if reg not in regions else regions[reg].Union(g)
            feats.append({"type": "Feature", "properties": {"kind": "be_province", "id": code},
                          "geometry": rounded(simplify(g, 0.002))})
        else:
            code = fr_codes.get(fold(NE_TYPOS.get(name, name)))
            if code is None:
                unmatched.append(name)  # overseas départements (not in the gazetteer's list)
                continue
            feats.append({"type": "Feature", "properties": {"kind": "fr_department", "id": code},
                          "geometry": rounded(simplify(g, 0.002))})
    for code, g in sorted(regions.items()):
        feats.append({"type": "Feature", "properties": {"kind": "be_region", "id": code},
                      "geometry": rounded(simplify(g, 0.002))})
    feats.sort(key=lambda f: (f["properties"]["kind"], f["properties"]["id"]))
    write(OUT / "admin1.geojson", feats)
    missing = sorted(set(fr_codes.values()) - {f["properties"]["id"] for f in feats})
    print(f"French admin-1 units not matched (overseas): {', '.join(sorted(unmatched))}.")
    if missing:
        print(f"départements of the gazetteer without a boundary: {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
