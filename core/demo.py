"""Synthetic demo exports shaped like the operators' deliveries (Proximus for Brussels, Flux Vision for Lyon).

Two events from the seeds are rebuilt from a simple crowd model (Gaussian bumps in space times time
profiles): the Tour de France Grand Départ in Brussels (6-7 July 2019, 15-minute slots, Dutch headers,
UTF-8) and the Fête des Lumières in Lyon (6-9 December 2018, hourly slots, French headers, cp1252,
decimal commas). The numbers are invented, seeded and deterministic; only their shape and the Lyon
totals follow published figures. See ``docs/demo-data.md``. Nothing here imports ``qgis``.

Command line: ``python -m footfall.core.demo OUTDIR`` writes both demos into OUTDIR.
"""

from __future__ import annotations

import json

import argparse
import dataclasses
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .grids import BRUSSELS, LYON, GridSpec, cell_wkt
from .model import DEFAULT_THRESHOLD

#: Size of the grid cells used as zones, in metres.
CELL_SIZE = 500.0
#: Counts below this are suppressed in the exports, as the operators do.
THRESHOLD = DEFAULT_THRESHOLD
NBSP = "\u00a0"

# --------------------------------------------------------------------------------------------------
# Brussels: Tour de France Grand Départ 2019
# --------------------------------------------------------------------------------------------------

#: The two race days covered by the Brussels export (stage 1 on Saturday, team time trial on Sunday).
BRUSSELS_DAYS: tuple[dt.date, ...] = (dt.date(2019, 7, 6), dt.date(2019, 7, 7))
#: Centre of the Brussels study area (Grand-Place), Belgian Lambert 72 (EPSG:31370).
BRUSSELS_CENTRE: tuple[float, float] = (148850.0, 170700.0)
BRUSSELS_RADIUS = 6000.0
#: Profile columns of the Brussels presence file, in file order.
BRUSSELS_PROFILES: tuple[str, ...] = ("inwoners", "dagbezoekers", "verblijfsbezoekers", "pendelaars", "transit")
#: Profiles broken down by origin in the Brussels origin file: every profile but the residents.
BRUSSELS_ORIGIN_PROFILES: tuple[str, ...] = ("dagbezoekers", "verblijfsbezoekers", "pendelaars", "transit")

#: Named venues (Lambert 72, approximate); the cell holding each point carries its name.
BRUSSELS_VENUES: dict[str, tuple[float, float]] = {
    "Grote Markt / Grand-Place": (148850.0, 170700.0),
    "Koningsplein / Place Royale": (149350.0, 170200.0),
    "Koninklijk Paleis / Palais Royal": (149520.0, 170140.0),
    "De Brouckèreplein / Place De Brouckère (Fan Park)": (148830.0, 171160.0),
    "Mettewielaan / Boulevard Mettewie (officiële start / départ réel)": (145860.0, 171740.0),
    "Kasteel van Laken / Château de Laeken (aankomst / arrivée)": (149740.0, 174740.0),
    "Atomium (aankomst / arrivée)": (148080.0, 176060.0),
    "Ter Kamerenbos / Bois de la Cambre": (150510.0, 166510.0),
    "Jubelpark / Cinquantenaire": (151710.0, 169950.0),
}

# Route polylines (Lambert 72, approximate, along the published itineraries).
_TDF_NEUTRAL_START = [  # Place Royale -> Grand-Place -> boulevard du centre -> Porte de Ninove -> Bd Mettewie
    (149350, 170200), (149000, 170450), (148850, 170700), (148540, 170960), (147270, 170840), (145860, 171740),
]
_TDF_STAGE1_RETURN = [  # Avenue de Tervueren (Woluwe) -> Montgomery -> Cinquantenaire -> Botanique -> Laeken
    (155160, 168510), (152830, 169790), (151710, 169950), (150440, 170070), (149810, 171620),
    (149700, 173000), (149740, 174740),
]
_TDF_TTT = [  # Palais Royal -> Belliard -> Cinquantenaire -> Tervueren -> Souverain -> Roosevelt -> Cambre
    (149520, 170140), (150440, 170070), (151710, 169950), (152830, 169790), (155160, 168510),
    (153610, 166060), (151290, 166840), (150510, 166510),
    # -> Congo / Général Jacques -> Montgomery -> Brand Whitlock -> Reyers -> Lambermont -> Van Praet -> Atomium
    (151500, 168170), (152830, 169790), (152550, 170180), (152270, 171400), (151140, 172740),
    (150090, 174400), (149030, 175520), (148080, 176060),
]

#: Event crowds: (day index, label, point or polyline, sigma m, start h, end h, peak crowd in people).
_BRUSSELS_EVENTS: tuple[tuple[int, str, list, float, float, float, float], ...] = (
    (0, "Place Royale: sign-on podium and neutral start", [(149350, 170200)], 300, 8.75, 12.25, 25000),
    (0, "Grand-Place: official ceremony", [(148850, 170700)], 250, 10.0, 12.6, 20000),
    (0, "Place De Brouckère: Fan Park", [(148830, 171160)], 250, 10.0, 19.0, 12000),
    (0, "Neutral start to Bd Mettewie", _TDF_NEUTRAL_START, 200, 11.25, 12.6, 25000),
    (0, "Stage 1 return through Woluwe to Laeken", _TDF_STAGE1_RETURN, 200, 15.5, 17.1, 35000),
    (0, "Stage 1 finish at Laeken castle", [(149740, 174740)], 350, 14.0, 17.75, 40000),
    (0, "Grand-Place: evening", [(148850, 170700)], 300, 19.0, 23.5, 8000),
    (1, "Parc Royal: village and team start", [(149520, 170140)], 300, 11.0, 17.0, 30000),
    (1, "Team time trial route", _TDF_TTT, 200, 12.75, 17.0, 150000),
    (1, "Bois de la Cambre: intermediate check (km 13.2)", [(150510, 166510)], 400, 13.5, 16.75, 20000),
    (1, "Atomium: finish", [(148080, 176060)], 350, 12.5, 17.5, 40000),
    (1, "Grand-Place: evening", [(148850, 170700)], 300, 19.0, 23.0, 6000),
)
#: Mean dwell time per zone in hours, per profile, to turn 15-minute presence into daily uniques.
BRUSSELS_DWELL_HOURS: dict[str, float] = {"dagbezoekers": 3.0, "verblijfsbezoekers": 5.0, "pendelaars": 8.0,
                                          "transit": 2.0}

# Published facts the Brussels demo is calibrated to (../shared/research/spend-sources.md; docs/demo-data.md).
#: The event's visits per day (one device seen in one zone on one day, summed over the zones, as Lyon's
#: published 1.8 M): Proximus counted more than 500,000 on Saturday and 200,000 on Sunday (T5); scaled
#: together to the 778,000 people along the two routes (T3): 500,000 + 78,000 × 5/7 and 200,000 + 78,000 × 2/7.
BRUSSELS_EVENT_VISITS: tuple[float, float] = (555_714.0, 222_286.0)
#: Where the event's visitors live (T4): 20 % abroad, 21 % Flanders and Wallonia, the rest (59 %) Brussels.
BRUSSELS_EVENT_SHARES: dict[str, float] = {"local": 0.59, "rest_of_country": 0.21, "abroad": 0.20}
#: Overnight visitors who came for the event, per day: the 9,000 extra hotel nights of the weekend (T6)
#: taken as the two nights around the race days (an assumption: the source does not say which nights).
BRUSSELS_EVENT_OVERNIGHT = 4_500.0
#: Hotel guests present on a night of the event: 7.80 M nights a year (A3) / 365 at 84 % occupancy (T6)
#: instead of the year's 76.5 % (A2): 23,465.
BRUSSELS_HOTEL_GUESTS = 7.80e6 / 365 * 0.84 / 0.765

# Brussels postcodes (commune centroids, Lambert 72, approximate): day visitors from nearby communes.
_BXL_POSTCODES: dict[str, tuple[float, float]] = {
    "1000": (148900, 170700), "1020": (148700, 174400), "1030": (150300, 173000), "1040": (151400, 169200),
    "1050": (150200, 168000), "1060": (148300, 168500), "1070": (145200, 169200), "1080": (146900, 171600),
    "1081": (147200, 172400), "1082": (144800, 172600), "1083": (145900, 173400), "1090": (146900, 174200),
    "1120": (151500, 176500), "1140": (152300, 173300), "1150": (154500, 168800), "1160": (154100, 167400),
    "1170": (153300, 165400), "1180": (147800, 165500), "1190": (146900, 166600), "1200": (154300, 170700),
    "1210": (150300, 171500),
}
# Day visitors from the rest of Belgium (postcode of the main municipality) and from neighbours: weights.
_DAY_BE: dict[str, float] = {
    "2000": 10, "9000": 8, "3000": 8, "2800": 5, "1800": 6, "1930": 5, "1700": 6, "1300": 5,
    "1400": 4, "4000": 6, "5000": 5, "6000": 6, "7000": 3, "8000": 4, "3500": 4,
}
_DAY_COUNTRIES: dict[str, float] = {"FR": 6, "NL": 6, "DE": 2, "LU": 1}
_STAY_ORIGINS: dict[str, float] = {
    "8000": 3, "8400": 3, "3500": 2, "4000": 2, "6700": 2, "9000": 1.5, "2000": 1.5,
    "FR": 22, "NL": 18, "DE": 10, "GB": 10, "IT": 5, "ES": 5, "US": 5, "DK": 3, "LU": 2, "CH": 2,
    "AU": 2, "CO": 1,
}
# People at work (pendelaars): from the Brussels communes (distance decay, 45 %) and the commuter belt.
_COMMUTE_BE: dict[str, float] = {
    "1800": 6, "1700": 6, "1930": 5, "1500": 4, "1410": 3, "1300": 4, "3000": 5, "2800": 4, "9300": 3,
    "2000": 5, "9000": 4, "5000": 3, "1400": 3, "1780": 2, "1640": 2, "3080": 2, "FR": 1, "NL": 1,
}
# People in transit: through the stations and the ring.
_TRANSIT_ORIGINS: dict[str, float] = {
    "2000": 8, "9000": 6, "3000": 5, "4000": 5, "6000": 4, "1800": 4, "8000": 3, "5000": 3,
    "FR": 8, "NL": 8, "DE": 4, "LU": 2, "GB": 2,
}

# --------------------------------------------------------------------------------------------------
# Lyon: Fête des Lumières 2018
# --------------------------------------------------------------------------------------------------

#: The four nights of the 2018 Fête des Lumières (Thursday 6 to Sunday 9 December 2018).
LYON_DAYS: tuple[dt.date, ...] = tuple(dt.date(2018, 12, d) for d in (6, 7, 8, 9))
#: Centre of the Lyon study area (Place Bellecour), RGF93 / Lambert-93 (EPSG:2154).
LYON_CENTRE: tuple[float, float] = (842400.0, 6519230.0)
LYON_RADIUS = 4000.0
#: Visitor categories of the Lyon presence file, in file order.
LYON_CATEGORIES: tuple[str, ...] = ("Résidents", "Excursionnistes", "Touristes", "Navetteurs", "Transit")
#: Non-resident categories: the ones counted as visitors and broken down by origin.
LYON_VISITOR_CATEGORIES: tuple[str, ...] = ("Excursionnistes", "Touristes", "Navetteurs", "Transit")
#: Published figures the Lyon demo is calibrated to (city of Lyon, reported by Le Point, December 2018).
LYON_TOTAL_VISITORS = 1_800_000
LYON_PARK_VISITORS = 230_000
#: Foreign visitors (F2: "Le nombre de visiteurs étrangers atteint 100 000 personnes") and the share from the
#: Rhône département (F6: "51% des visiteurs viennent du département du Rhône"), in the same unit as the 1.8 M.
LYON_FOREIGN_VISITORS = 100_000
LYON_RHONE_SHARE = 0.51
LYON_PARK_NAME = "Parc de la Tête d'Or"
LYON_TITLE_PRESENCE = "Flux Vision – Fête des Lumières 2018 – export horaire"
LYON_TITLE_ORIGIN = "Flux Vision – Fête des Lumières 2018 – provenance journalière"

#: Outline of the Parc de la Tête d'Or (Lambert-93, approximate); cells at least 35 % inside are park cells.
_LYON_PARK_OUTLINE = [
    (843560, 6520940), (843920, 6520680), (844450, 6521020), (844670, 6521750), (844340, 6522410),
    (843720, 6522280), (843390, 6521610), (843560, 6520940),
]
#: Illuminated sites (Lambert-93, approximate): name -> (x, y, sigma m, relative weight of the event crowd).
LYON_VENUES: dict[str, tuple[float, float, float, float]] = {
    "Place Bellecour": (842400, 6519230, 300, 1.0),
    "Place des Jacobins / Célestins": (842380, 6519530, 250, 0.7),
    "Rue de la République": (842690, 6519810, 250, 0.6),
    "Place des Terreaux / Hôtel de Ville": (842560, 6520300, 250, 0.9),
    "Cathédrale Saint-Jean": (842030, 6519530, 250, 0.7),
    "Colline de Fourvière": (841650, 6519710, 250, 0.5),
    "Berges du Rhône": (843170, 6519490, 300, 0.4),
    "Confluence": (841340, 6517560, 350, 0.3),
    "Croix-Rousse": (842200, 6521020, 300, 0.2),
    "Gare de la Part-Dieu": (844520, 6519590, 300, 0.15),
}
#: Share of the event crowd (all four nights) falling on each day.
_LYON_EVENT_DAY = np.array([0.20, 0.26, 0.33, 0.21])
#: Share of the visitors' event crowd per non-resident category (Excursionnistes, Touristes, Navetteurs, Transit).
_LYON_EVENT_MIX = np.array([0.60, 0.33, 0.05, 0.02])
#: Mean dwell time per zone and day, in hours, per category (turns daily uniques into hourly presence).
LYON_DWELL_HOURS: dict[str, float] = {
    "Excursionnistes": 3.5, "Touristes": 5.0, "Navetteurs": 8.0, "Transit": 1.0,
}

# Origins per category: (Type de provenance, Provenance) -> weight. Départements by INSEE code.
_LYON_ORIGINS: dict[str, dict[tuple[str, str], float]] = {
    "Excursionnistes": {
        **{("Département", c): w for c, w in {
            "69": 35, "01": 12, "38": 12, "42": 9, "71": 5, "26": 4, "73": 3, "74": 3, "03": 2, "63": 3,
            "21": 2, "07": 2}.items()},
        ("Pays", "Suisse"): 1.5, ("Pays", "Italie"): 1.0,
    },
    "Touristes": {
        **{("Département", c): w for c, w in {
            "75": 12, "92": 4, "13": 7, "33": 3, "31": 3, "59": 3, "67": 2, "06": 3, "34": 3, "44": 2,
            "2A": 1}.items()},
        **{("Pays", c): w for c, w in {
            "Italie": 14, "Suisse": 9, "Espagne": 7, "Allemagne": 5, "Royaume-Uni": 4, "Belgique": 3,
            "Pays-Bas": 2, "États-Unis": 2, "Chine": 1.5, "Japon": 1}.items()},
    },
    "Navetteurs": {("Département", c): w for c, w in {"69": 55, "01": 18, "38": 17, "42": 7, "71": 3}.items()},
    "Transit": {
        **{("Département", c): w for c, w in {
            "69": 25, "01": 10, "38": 15, "42": 8, "13": 8, "75": 10, "74": 6}.items()},
        ("Pays", "Suisse"): 8, ("Pays", "Italie"): 10,
    },
}


# --------------------------------------------------------------------------------------------------
# Result structure
# --------------------------------------------------------------------------------------------------


@dataclasses.dataclass
class DemoTruth:
    """The unsuppressed numbers behind one demo, as written to the files before suppression."""

    zone_ids: np.ndarray
    zone_names: np.ndarray
    x0: np.ndarray
    y0: np.ndarray
    epsg: int
    days: tuple[dt.date, ...]
    slot_labels: tuple[str, ...]
    categories: tuple[str, ...]
    #: Presence per (day, slot, zone, category), rounded as written (integers, or tenths for Lyon).
    presence: np.ndarray
    #: Origin rows in file order: day index, zone index, category, origin type, origin code, value.
    origin_day: np.ndarray
    origin_zone: np.ndarray
    origin_category: np.ndarray
    origin_type: np.ndarray
    origin_code: np.ndarray
    origin_value: np.ndarray
    #: Zones standing for a named place with a calibrated total (Lyon: the park cells).
    park_zones: tuple[str, ...] = ()
    #: The event's own visits per day (Brussels: the calibrated part of the origin values, before rounding).
    event_visits: np.ndarray | None = None

    @property
    def slots_per_day(self) -> int:
        """Number of time slots per day."""
        return len(self.slot_labels)


# --------------------------------------------------------------------------------------------------
# Small vectorised helpers
# --------------------------------------------------------------------------------------------------


def _disc_cells(
    spec: GridSpec, centre: tuple[float, float], radius: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Grid cells whose centre lies within ``radius`` of ``centre``: (ids, x0, y0)."""
    ids, x0, y0 = spec.cells(CELL_SIZE)
    d = np.hypot(x0 + CELL_SIZE / 2 - centre[0], y0 + CELL_SIZE / 2 - centre[1])
    keep = d <= radius
    return ids[keep], x0[keep], y0[keep]


def _densify(coords: Sequence[tuple[float, float]], step: float = 100.0) -> np.ndarray:
    """Points every ``step`` metres along a polyline (a single point stays a single point)."""
    pts = np.asarray(coords, dtype=float)
    if len(pts) == 1:
        return pts
    out = [pts[:1]]
    for a, b in zip(pts[:-1], pts[1:]):
        n = max(1, int(np.ceil(np.hypot(*(b - a)) / step)))
        f = np.arange(1, n + 1)[:, None] / n
        out.append(a + f * (b - a))
    return np.vstack(out)


def _kernel(cx: np.ndarray, cy: np.ndarray, coords: Sequence[tuple[float, float]], sigma: float) -> np.ndarray:
    """Gaussian weight of each cell centre around a point or along a polyline, summing to 1 over the cells."""
    pts = _densify(coords)
    d2 = (cx[:, None] - pts[None, :, 0]) ** 2 + (cy[:, None] - pts[None, :, 1]) ** 2
    w = np.exp(-d2 / (2 * sigma**2)).sum(axis=1)
    return w / w.sum()


def _smooth_box(t: np.ndarray, t0: float, t1: float, ramp: float = 0.35) -> np.ndarray:
    """A box from t0 to t1 (hours) with logistic edges of width ``ramp``."""
    return 1 / (1 + np.exp(-(t - t0) / ramp)) / (1 + np.exp(-(t1 - t) / ramp))


def _hour_profile(knots: dict[float, float], t: np.ndarray) -> np.ndarray:
    """Piecewise-linear daily profile through (hour, value) knots, wrapping around midnight."""
    h = np.array(sorted(knots), dtype=float)
    v = np.array([knots[k] for k in sorted(knots)], dtype=float)
    h = np.concatenate([h - 24, h, h + 24])
    v = np.concatenate([v, v, v])
    return np.interp(t, h, v)


def _cell_of(points: dict[str, tuple], x0: np.ndarray, y0: np.ndarray) -> np.ndarray:
    """Name per cell: the names of the points falling in it, joined by ' / ', else empty."""
    names = np.full(len(x0), "", dtype=object)
    for name, p in points.items():
        hit = np.nonzero((x0 <= p[0]) & (p[0] < x0 + CELL_SIZE) & (y0 <= p[1]) & (p[1] < y0 + CELL_SIZE))[0]
        for i in hit:
            names[i] = name if not names[i] else f"{names[i]} / {name}"
    return names


def _split(rng: np.random.Generator, base: np.ndarray, n_zones: int, spread: float) -> np.ndarray:
    """Per-zone origin shares: base weights times lognormal noise, normalised to 1 along the last axis."""
    w = base[None, :] * rng.lognormal(0.0, spread, size=(n_zones, len(base)))
    return w / w.sum(axis=1, keepdims=True)


def _int_text(values: np.ndarray, marker: str) -> np.ndarray:
    """Integers as text, with ``marker`` where the value is below the threshold."""
    v = values.astype(np.int64)
    return np.where(v < THRESHOLD, marker, v.astype(str))


def _fr_text(values: np.ndarray, marker: str = "<30") -> np.ndarray:
    """Numbers as French text with one decimal: no-break space between thousands, decimal comma."""
    tenths = np.rint(np.asarray(values, dtype=float) * 10).astype(np.int64)
    ip, fr = np.divmod(tenths, 10)
    n = len(ip)
    digits = np.char.zfill(ip.astype(str), 12).astype("<U12").view("<U1").reshape(n, 12)
    sep = np.full((n, 1), NBSP, dtype="<U1")
    grouped = np.concatenate([digits[:, 0:3], sep, digits[:, 3:6], sep, digits[:, 6:9], sep, digits[:, 9:12]], axis=1)
    s = np.ascontiguousarray(grouped).view("<U15").ravel()
    s = np.char.lstrip(s, "0" + NBSP)
    s = np.where(s == "", "0", s)
    out = np.char.add(np.char.add(s, ","), fr.astype(str))
    return np.where(tenths < THRESHOLD * 10, marker, out)


def _join_rows(columns: Sequence[Sequence[str]], newline: str) -> str:
    """Join equal-length text columns into ``;``-separated lines."""
    return newline.join(map(";".join, zip(*columns))) + newline


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write a file whole or not at all (temporary file in the same folder, then rename)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _write_zones(path: Path, epsg: int, ids: np.ndarray, names: np.ndarray, x0: np.ndarray, y0: np.ndarray,
                 to_wgs84: bool = False) -> None:
    """Write the zones as a GeoPackage (native CRS) or an RFC 7946 GeoJSON (EPSG:4326), whole or not at all."""
    from osgeo import gdal, ogr, osr

    src = osr.SpatialReference()
    src.ImportFromEPSG(epsg)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if to_wgs84:
        driver_name, options = "GeoJSON", ["RFC7946=YES", "COORDINATE_PRECISION=7", "WRITE_NAME=NO"]
        dst = osr.SpatialReference()
        dst.ImportFromEPSG(4326)
        dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(src, dst)
    else:
        driver_name, options, dst, transform = "GPKG", [], src, None
    tmp = path.parent / f".{path.stem}.tmp{path.suffix}"
    if tmp.exists():
        tmp.unlink()
    old_date = gdal.GetConfigOption("OGR_CURRENT_DATE")
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2000-01-01T00:00:00.000Z")  # reproducible GeoPackage bytes
    try:
        ds = ogr.GetDriverByName(driver_name).CreateDataSource(str(tmp))
        if ds is None:
            raise OSError(f"cannot create {tmp}")
        layer = ds.CreateLayer("zones", dst, ogr.wkbPolygon, options=options)
        layer.CreateField(ogr.FieldDefn("zone_id", ogr.OFTString))
        layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
        defn = layer.GetLayerDefn()
        layer.StartTransaction()
        for zid, name, x, y in zip(ids, names, x0, y0):
            geom = ogr.CreateGeometryFromWkt(cell_wkt(CELL_SIZE, float(x), float(y)))
            if transform is not None:
                geom.Transform(transform)
            feat = ogr.Feature(defn)
            feat.SetField("zone_id", str(zid))
            feat.SetField("name", str(name))
            feat.SetGeometry(geom)
            layer.CreateFeature(feat)
        layer.CommitTransaction()
        ds = None  # close and flush
        os.replace(tmp, path)
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", old_date)
        if tmp.exists():
            tmp.unlink()


# --------------------------------------------------------------------------------------------------
# Brussels model
# --------------------------------------------------------------------------------------------------


def brussels_truth(seed: int = 2019) -> DemoTruth:
    """Compute the Brussels demo (presence and origins) before suppression, deterministically from ``seed``."""
    rng = np.random.default_rng(seed)
    ids, x0, y0 = _disc_cells(BRUSSELS, BRUSSELS_CENTRE, BRUSSELS_RADIUS)
    cx, cy = x0 + CELL_SIZE / 2, y0 + CELL_SIZE / 2
    n_z = len(ids)
    r = np.hypot(cx - BRUSSELS_CENTRE[0], cy - BRUSSELS_CENTRE[1])
    t = np.arange(96) * 0.25 + 0.125  # slot midpoints, local hours

    def bump(x: float, y: float, s: float) -> np.ndarray:
        return np.exp(-((cx - x) ** 2 + (cy - y) ** 2) / (2 * s**2))

    green = np.clip(bump(150510, 166510, 550) + bump(149200, 175300, 500) + bump(151700, 169950, 250), 0, 1)
    zone_noise = rng.lognormal(0.0, 0.3, n_z)

    # Residents at home: density falling off from the centre, hollow in parks; weekend day-time dip.
    pop = (2600 * np.exp(-r / 4500) + 700) * zone_noise * (1 - 0.85 * green)
    home = _hour_profile({0: 0.93, 6: 0.93, 9: 0.75, 12: 0.62, 16: 0.62, 19: 0.75, 22: 0.9}, t)
    # Functional visitors (people at work): offices and shops, few at weekends.
    jobs = (900 * bump(148900, 170600, 1100) + 800 * bump(150790, 169950, 600) + 500 * bump(149380, 172180, 450)
            + 300 * bump(147690, 169470, 450) + 200) * rng.lognormal(0.0, 0.25, n_z)
    work = 0.12 + 0.88 * _smooth_box(t, 8.5, 18.5, 0.6)
    work_day = np.array([1.0, 0.55])  # Saturday, Sunday
    # Day visitors: sightseeing and shopping around the centre, visits everywhere.
    day_bg = (80 + 450 * bump(148850, 170700, 700) + 125 * bump(149100, 169400, 600)) * rng.lognormal(0.0, 0.2, n_z)
    daytime = _hour_profile({0: 0.2, 5: 0.08, 8: 0.35, 11: 0.9, 15: 1.0, 19: 0.8, 22: 0.45}, t)
    # Stay visitors: hotels at night, sights by day.
    hotels = (500 * bump(148900, 170900, 800) + 250 * bump(150700, 169900, 600) + 200 * bump(149300, 172100, 400)
              + 150 * bump(149100, 169300, 500) + 80) * rng.lognormal(0.0, 0.3, n_z)
    sights = 700 * bump(148850, 170700, 600) + 200 * bump(148080, 176060, 400)
    night = _hour_profile({0: 1.0, 7: 1.0, 10: 0.35, 17: 0.35, 20: 0.6, 23: 0.9}, t)
    # Transit: stations and the main entry roads.
    transit_space = 0.4 * (60 + 350 * bump(147690, 169470, 350) + 250 * bump(149380, 172180, 350)
                           + 150 * bump(149170, 170570, 300) + 120 * bump(152270, 171400, 500)
                           + 100 * bump(152300, 167600, 500) + 100 * np.clip(r / BRUSSELS_RADIUS, 0, 1))
    traffic = _hour_profile({0: 0.2, 5: 0.15, 8: 0.6, 11: 1.0, 14: 0.8, 17: 1.0, 20: 0.5, 23: 0.2}, t)

    n_p = len(BRUSSELS_PROFILES)
    bg = np.zeros((2, 96, n_z, n_p))  # the ordinary weekend
    for d in range(2):
        bg[d, :, :, 0] = home[:, None] * pop[None, :]
        bg[d, :, :, 1] = daytime[:, None] * day_bg[None, :]
        bg[d, :, :, 2] = night[:, None] * hotels[None, :] + (1 - night)[:, None] * sights[None, :]
        bg[d, :, :, 3] = work_day[d] * 0.45 * work[:, None] * jobs[None, :]
        bg[d, :, :, 4] = traffic[:, None] * transit_space[None, :]
    bg *= rng.lognormal(0.0, 0.08, size=bg.shape)
    # the ordinary overnight visitors: at 03:00 (all in their hotels), summed over the zones, the hotel
    # guests of an event night less the event's own overnight visitors
    bg[:, :, :, 2] *= (BRUSSELS_HOTEL_GUESTS - BRUSSELS_EVENT_OVERNIGHT) / bg[:, 12, :, 2].sum(axis=1)[:, None, None]

    # The event: the programme's crowds in space and time (shape only), scaled per day below.
    shape = np.zeros((2, 96, n_z))
    for day, _label, coords, sigma, t0, t1, crowd in _BRUSSELS_EVENTS:
        shape[day] += crowd * _smooth_box(t, t0, t1)[:, None] * _kernel(cx, cy, coords, sigma)[None, :]
    shape *= rng.lognormal(0.0, 0.08, size=shape.shape)
    dwell = BRUSSELS_DWELL_HOURS
    ev_day = np.zeros((2, 96, n_z))  # the event's day visitors, present per slot
    ev_stay = np.zeros((2, 96, n_z))  # the event's overnight visitors: in the hotels at night, at the race by day
    for d in range(2):
        crowd = shape[d] / shape[d].sum()  # where and when the event's person-time falls
        ev_stay[d] = (night[:, None] * hotels[None, :] / hotels.sum() * BRUSSELS_EVENT_OVERNIGHT
                      + crowd * BRUSSELS_EVENT_OVERNIGHT * 8.0 / 0.25)  # 8 person-hours a day at the race
        stay_visits = (ev_stay[d].sum(axis=0) * 0.25 / dwell["verblijfsbezoekers"]).sum()
        # the day visitors' visits (person-hours / dwell, over the zones) make up the rest of the day's count
        ev_day[d] = crowd * (BRUSSELS_EVENT_VISITS[d] - stay_visits) * dwell["dagbezoekers"] / 0.25
    pres = bg.copy()
    pres[:, :, :, 1] += ev_day
    pres[:, :, :, 2] += ev_stay
    presence = np.rint(pres)

    # Daily uniques per zone (``aantal`` of the origin file): person-hours over the dwell time, at least the
    # peak presence, for the ordinary weekend; person-hours over the dwell time for the event's visitors.
    # Each part is split over its own origins (30 % lognormal noise per zone).
    def uniques(series: np.ndarray, profile: str) -> np.ndarray:
        return np.maximum(series.max(axis=0), series.sum(axis=0) * 0.25 / dwell[profile])

    def noisy(w: np.ndarray) -> np.ndarray:
        w = np.asarray(w, dtype=float) * rng.lognormal(0.0, 0.3, size=np.shape(w))
        return w / w.sum(axis=1, keepdims=True)

    bxl_codes = list(_BXL_POSTCODES)
    bxl_xy = np.array([_BXL_POSTCODES[c] for c in bxl_codes], dtype=float)
    dist = np.hypot(cx[:, None] - bxl_xy[None, :, 0], cy[:, None] - bxl_xy[None, :, 1])
    near = np.exp(-dist / 2500.0)
    near = near / near.sum(axis=1, keepdims=True)  # Brussels postcodes, by distance from each commune
    be = np.broadcast_to(np.array(list(_DAY_BE.values())) / sum(_DAY_BE.values()), (n_z, len(_DAY_BE)))
    co = np.broadcast_to(np.array(list(_DAY_COUNTRIES.values())) / sum(_DAY_COUNTRIES.values()),
                         (n_z, len(_DAY_COUNTRIES)))
    day_codes = bxl_codes + list(_DAY_BE) + list(_DAY_COUNTRIES)
    day_types = ["postcode"] * (len(bxl_codes) + len(_DAY_BE)) + ["country"] * len(_DAY_COUNTRIES)
    day_bg_w = np.concatenate([0.40 * near, 0.45 * be, 0.15 * co], axis=1)  # ordinary day visitors
    stay_codes = list(_STAY_ORIGINS)
    stay_types = ["country" if c.isalpha() else "postcode" for c in stay_codes]
    stay_bg_w = np.broadcast_to(np.array(list(_STAY_ORIGINS.values()), dtype=float), (n_z, len(stay_codes)))
    stay_ev_w = stay_bg_w * np.array([c.isalpha() for c in stay_codes], dtype=float)  # the event's: from abroad
    com_codes = bxl_codes + list(_COMMUTE_BE)
    com_types = ["postcode"] * len(bxl_codes) + ["country" if c.isalpha() else "postcode" for c in _COMMUTE_BE]
    cb = np.array(list(_COMMUTE_BE.values()), dtype=float)
    com_w = np.concatenate([0.45 * near, 0.55 * np.broadcast_to(cb / cb.sum(), (n_z, len(cb)))], axis=1)
    tr_codes = list(_TRANSIT_ORIGINS)
    tr_types = ["country" if c.isalpha() else "postcode" for c in tr_codes]
    tr_w = np.broadcast_to(np.array(list(_TRANSIT_ORIGINS.values()), dtype=float), (n_z, len(tr_codes)))
    sh = BRUSSELS_EVENT_SHARES

    o_day, o_zone, o_cat, o_type, o_code, o_val = [], [], [], [], [], []
    for d in range(2):
        ev_d = ev_day[d].sum(axis=0) * 0.25 / dwell["dagbezoekers"]  # the event's day visitors per zone
        ev_s = ev_stay[d].sum(axis=0) * 0.25 / dwell["verblijfsbezoekers"]
        # T4's shares of the whole event; its overnight visitors all come from abroad
        abroad_day = sh["abroad"] - ev_s.sum() / BRUSSELS_EVENT_VISITS[d]
        ev_w = np.concatenate([sh["local"] * near, sh["rest_of_country"] * be, abroad_day * co], axis=1)
        parts = {
            "dagbezoekers": (day_codes, day_types, uniques(bg[d, :, :, 1], "dagbezoekers")[:, None] * noisy(day_bg_w)
                             + ev_d[:, None] * noisy(ev_w)),
            "verblijfsbezoekers": (stay_codes, stay_types,
                                   uniques(bg[d, :, :, 2], "verblijfsbezoekers")[:, None] * noisy(stay_bg_w)
                                   + ev_s[:, None] * noisy(stay_ev_w)),
            "pendelaars": (com_codes, com_types, uniques(presence[d, :, :, 3], "pendelaars")[:, None] * noisy(com_w)),
            "transit": (tr_codes, tr_types, uniques(presence[d, :, :, 4], "transit")[:, None] * noisy(tr_w)),
        }
        for p_name in BRUSSELS_ORIGIN_PROFILES:
            codes, types, vals = parts[p_name]
            vals = np.rint(vals)  # (zone, origin)
            n_o = len(codes)
            o_day.append(np.full(n_z * n_o, d))
            o_zone.append(np.repeat(np.arange(n_z), n_o))
            o_cat.append(np.full(n_z * n_o, p_name, dtype=object))
            o_type.append(np.tile(np.array(types, dtype=object), n_z))
            o_code.append(np.tile(np.array(codes, dtype=object), n_z))
            o_val.append(vals.ravel())
    # File order: day, zone, profile, origin.
    o_day_a, o_zone_a = np.concatenate(o_day), np.concatenate(o_zone)
    o_cat_a = np.concatenate(o_cat)
    order = np.lexsort((np.arange(len(o_day_a)), np.array([BRUSSELS_PROFILES.index(c) for c in o_cat_a]),
                        o_zone_a, o_day_a))
    slot_labels = tuple(f"{h:02d}:{m:02d}" for h in range(24) for m in (0, 15, 30, 45))
    return DemoTruth(
        zone_ids=ids, zone_names=_cell_of(BRUSSELS_VENUES, x0, y0), x0=x0, y0=y0, epsg=BRUSSELS.epsg,
        days=BRUSSELS_DAYS, slot_labels=slot_labels, categories=BRUSSELS_PROFILES, presence=presence,
        origin_day=o_day_a[order], origin_zone=o_zone_a[order], origin_category=o_cat_a[order],
        origin_type=np.concatenate(o_type)[order], origin_code=np.concatenate(o_code)[order],
        origin_value=np.concatenate(o_val)[order],
        event_visits=np.array([(ev_day[d].sum(axis=0) * 0.25 / dwell["dagbezoekers"]).sum()
                               + (ev_stay[d].sum(axis=0) * 0.25 / dwell["verblijfsbezoekers"]).sum() for d in range(2)]),
    )


def write_brussels_demo(folder: str | Path, seed: int = 2019) -> dict[str, Path]:
    """Write the Brussels Grand Départ demo (zones GeoPackage, presence and origin CSVs) into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tr = brussels_truth(seed)
    n_d, n_s, n_z, n_p = tr.presence.shape
    dates = np.array([d.strftime("%d/%m/%Y") for d in tr.days])

    # Presence, wide by profile: datum;tijdstip;zone;inwoners;...; suppressed cells are empty.
    di, si, zi = (a.ravel() for a in np.meshgrid(np.arange(n_d), np.arange(n_s), np.arange(n_z), indexing="ij"))
    values = tr.presence.reshape(-1, n_p)
    cols = [dates[di].tolist(), np.array(tr.slot_labels)[si].tolist(), tr.zone_ids[zi].tolist()]
    cols += [_int_text(values[:, p], "").tolist() for p in range(n_p)]
    header = ";".join(["datum", "tijdstip", "zone", *BRUSSELS_PROFILES]) + "\n"
    presence_path = folder / "brussels_tdf2019_aanwezigheid.csv"
    _atomic_write_bytes(presence_path, (header + _join_rows(cols, "\n")).encode("utf-8"))

    # Origins, long: datum;zone;profiel;herkomst;aantal; suppressed cells are "<30".
    cols = [dates[tr.origin_day].tolist(), tr.zone_ids[tr.origin_zone].tolist(), tr.origin_category.tolist(),
            tr.origin_code.tolist(), _int_text(tr.origin_value, "<30").tolist()]
    header = "datum;zone;profiel;herkomst;aantal\n"
    origin_path = folder / "brussels_tdf2019_herkomst.csv"
    _atomic_write_bytes(origin_path, (header + _join_rows(cols, "\n")).encode("utf-8"))

    zones_path = folder / "brussels_zones.gpkg"
    _write_zones(zones_path, tr.epsg, tr.zone_ids, tr.zone_names, tr.x0, tr.y0)
    return {"zones": zones_path, "presence": presence_path, "origin": origin_path}


# --------------------------------------------------------------------------------------------------
# Lyon model
# --------------------------------------------------------------------------------------------------


def _park_fraction(x0: np.ndarray, y0: np.ndarray) -> np.ndarray:
    """Share of each cell covered by the outline of the Parc de la Tête d'Or."""
    from osgeo import ogr

    ring = ",".join(f"{x} {y}" for x, y in _LYON_PARK_OUTLINE)
    park = ogr.CreateGeometryFromWkt(f"POLYGON(({ring}))")
    frac = np.zeros(len(x0))
    for i, (x, y) in enumerate(zip(x0, y0)):
        cell = ogr.CreateGeometryFromWkt(cell_wkt(CELL_SIZE, float(x), float(y)))
        if cell.Intersects(park):
            frac[i] = cell.Intersection(park).GetArea() / CELL_SIZE**2
    return frac


def lyon_truth(seed: int = 2018) -> DemoTruth:
    """Compute the Lyon demo (hourly presence and daily origins) before suppression, deterministically from ``seed``."""
    rng = np.random.default_rng(seed)
    ids, x0, y0 = _disc_cells(LYON, LYON_CENTRE, LYON_RADIUS)
    cx, cy = x0 + CELL_SIZE / 2, y0 + CELL_SIZE / 2
    n_z, n_d = len(ids), len(LYON_DAYS)
    r = np.hypot(cx - LYON_CENTRE[0], cy - LYON_CENTRE[1])
    park_frac = _park_fraction(x0, y0)
    is_park = park_frac >= 0.35
    names = _cell_of({k: v[:2] for k, v in LYON_VENUES.items()}, x0, y0)
    names[is_park] = LYON_PARK_NAME

    def bump(x: float, y: float, s: float) -> np.ndarray:
        return np.exp(-((cx - x) ** 2 + (cy - y) ** 2) / (2 * s**2))

    # Background daily uniques of non-residents on an ordinary December day, per category.
    presquile = bump(842500, 6519700, 700)
    partdieu = bump(844520, 6519590, 500)
    bg = np.stack([
        (400 + 3000 * presquile + 800 * partdieu),                       # Excursionnistes: shopping
        (40 + 1500 * presquile + 1200 * partdieu + 300 * bump(842010, 6518210, 400)),  # Touristes: hotels
        (250 + 2500 * presquile + 4000 * partdieu) * np.exp(-r / 6000),  # Navetteurs: offices
        (300 + 3000 * partdieu + 1800 * bump(842010, 6518210, 350)),     # Transit: stations, through roads
    ], axis=1) * rng.lognormal(0.0, 0.25, size=(n_z, 4))
    bg_day = np.array([  # Thu, Fri, Sat, Sun
        [0.8, 1.0, 1.4, 0.9],
        [0.9, 1.0, 1.1, 0.9],
        [1.0, 1.0, 0.4, 0.15],
        [1.0, 1.1, 0.8, 0.7],
    ]).T  # (day, category)
    ev_space = sum(w * _kernel(cx, cy, [(x, y)], s) for x, y, s, w in LYON_VENUES.values())
    ev_space = ev_space / ev_space.sum() * (1 - is_park)  # the park's crowd is set apart below
    park_space = park_frac * is_park * rng.lognormal(0.0, 0.15, n_z)
    park_space = park_space / park_space.sum()

    u = bg[None, :, :] * bg_day[:, None, :]  # (day, zone, category)
    u = u + 1_300_000 * _LYON_EVENT_DAY[:, None, None] * ev_space[None, :, None] * _LYON_EVENT_MIX[None, None, :]
    u = u + 230_000 * _LYON_EVENT_DAY[:, None, None] * park_space[None, :, None] * _LYON_EVENT_MIX[None, None, :]
    u *= rng.lognormal(0.0, 0.1, size=u.shape)
    # Calibration: four-day daily uniques over all zones = 1.8 M, park cells = 230,000.
    park_sum = u[:, is_park, :].sum()
    u[:, is_park, :] *= LYON_PARK_VISITORS / park_sum
    u[:, ~is_park, :] *= (LYON_TOTAL_VISITORS - LYON_PARK_VISITORS) / u[:, ~is_park, :].sum()

    # Origins: split each (day, zone, category) over the category's origins; then the published shares of
    # the origins (foreigners F2, the Rhône F6) and the two totals are fitted together by iterative
    # proportional fitting, and the daily uniques are the sums of the fitted origins, rounded to tenths.
    parts = []  # per category: (day, zone, origin) values, origin types, origin codes
    for c, cat in enumerate(LYON_VISITOR_CATEGORIES):
        keys = list(_LYON_ORIGINS[cat])
        base = np.array([_LYON_ORIGINS[cat][k] for k in keys], dtype=float)
        vals = np.stack([u[d, :, c, None] * _split(rng, base, n_z, 0.25) for d in range(n_d)])
        parts.append((vals, [k[0] for k in keys], [k[1] for k in keys]))
    group = [np.array([0 if t == "Pays" else 1 if code == "69" else 2 for t, code in zip(types, codes)])
             for _v, types, codes in parts]
    targets = np.array([LYON_FOREIGN_VISITORS, LYON_RHONE_SHARE * LYON_TOTAL_VISITORS,
                        (1 - LYON_RHONE_SHARE) * LYON_TOTAL_VISITORS - LYON_FOREIGN_VISITORS])
    for _round in range(50):
        tot = np.zeros(3)
        for (vals, _t, _c), g in zip(parts, group):
            tot += np.bincount(g, weights=vals.sum(axis=(0, 1)), minlength=3)
        for (vals, _t, _c), g in zip(parts, group):
            vals *= (targets / tot)[g][None, None, :]
        park = sum(vals[:, is_park, :].sum() for vals, _t, _c in parts)
        rest = sum(vals[:, ~is_park, :].sum() for vals, _t, _c in parts)
        for vals, _t, _c in parts:
            vals[:, is_park, :] *= LYON_PARK_VISITORS / park
            vals[:, ~is_park, :] *= (LYON_TOTAL_VISITORS - LYON_PARK_VISITORS) / rest
    o_day, o_zone, o_cat, o_type, o_code, o_val = [], [], [], [], [], []
    for c, (vals, types, codes) in enumerate(parts):
        vals = np.rint(vals * 10) / 10
        u[:, :, c] = vals.sum(axis=2)
        n_o = len(codes)
        for d in range(n_d):
            o_day.append(np.full(n_z * n_o, d))
            o_zone.append(np.repeat(np.arange(n_z), n_o))
            o_cat.append(np.full(n_z * n_o, c))
            o_type.append(np.tile(np.array(types, dtype=object), n_z))
            o_code.append(np.tile(np.array(codes, dtype=object), n_z))
            o_val.append(vals[d].ravel())
    o_day_a, o_zone_a, o_cat_a = np.concatenate(o_day), np.concatenate(o_zone), np.concatenate(o_cat)
    order = np.lexsort((np.arange(len(o_day_a)), o_cat_a, o_zone_a, o_day_a))  # day, zone, category, origin
    cats = np.array(LYON_VISITOR_CATEGORIES, dtype=object)

    # Hourly presence: daily uniques x dwell time x share of the day's person-hours falling in each hour.
    hours = np.arange(24) + 0.5
    profiles = {
        "Excursionnistes": {0: 0.6, 1: 0.2, 3: 0.0, 8: 0.2, 12: 0.8, 16: 1.2, 18: 2.5, 19: 4.0, 20: 6.0,
                            21: 6.5, 22: 5.5, 23: 3.5},
        "Touristes": {0: 1.2, 2: 0.9, 6: 0.9, 9: 1.6, 13: 1.8, 17: 2.2, 19: 3.2, 21: 3.8, 22: 3.4, 23: 2.2},
        "Navetteurs": {0: 0.05, 5: 0.05, 7: 0.5, 8: 1.0, 12: 1.0, 17: 1.0, 18: 0.6, 19: 0.3, 21: 0.1},
        "Transit": {0: 0.1, 5: 0.1, 7: 0.8, 9: 1.0, 12: 0.7, 17: 1.0, 19: 0.8, 22: 0.3},
    }
    n_c = len(LYON_CATEGORIES)
    pres = np.zeros((n_d, 24, n_z, n_c))
    for c, cat in enumerate(LYON_VISITOR_CATEGORIES):
        prof = _hour_profile(profiles[cat], hours)
        prof = prof / prof.sum()
        pres[:, :, :, c + 1] = np.minimum(u[:, None, :, c] * LYON_DWELL_HOURS[cat] * prof[None, :, None],
                                          u[:, None, :, c])
    # Residents: at home by the hour, plus the Lyonnais who go out to see the lights in the evening.
    pop = (4000 * np.exp(-r / 2500) + 400) * rng.lognormal(0.0, 0.25, n_z) * (1 - 0.9 * park_frac)
    home = _hour_profile({0: 0.95, 6: 0.95, 9: 0.65, 12: 0.6, 17: 0.65, 20: 0.8, 23: 0.92}, hours)
    outing = _hour_profile({0: 0.3, 1: 0.05, 17: 0.0, 18: 0.3, 20: 1.0, 22: 1.0, 23: 0.7}, hours)
    res_evening = np.array([60_000, 70_000, 110_000, 80_000])  # residents out at the peak hour, per night
    ev_all = 0.85 * ev_space + 0.15 * park_space
    for d in range(n_d):
        pres[d, :, :, 0] = home[:, None] * pop[None, :] + res_evening[d] * outing[:, None] * ev_all[None, :]
    pres *= rng.lognormal(0.0, 0.05, size=pres.shape)
    presence = np.rint(pres * 10) / 10

    return DemoTruth(
        zone_ids=ids, zone_names=names, x0=x0, y0=y0, epsg=LYON.epsg, days=LYON_DAYS,
        slot_labels=tuple(f"{h:02d}h00" for h in range(24)), categories=LYON_CATEGORIES, presence=presence,
        origin_day=o_day_a[order], origin_zone=o_zone_a[order], origin_category=cats[o_cat_a[order]],
        origin_type=np.concatenate(o_type)[order], origin_code=np.concatenate(o_code)[order],
        origin_value=np.concatenate(o_val)[order], park_zones=tuple(ids[is_park].tolist()),
    )


def write_lyon_demo(folder: str | Path, seed: int = 2018) -> dict[str, Path]:
    """Write the Lyon Fête des Lumières demo (zones as GeoPackage and GeoJSON, presence and origin CSVs)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tr = lyon_truth(seed)
    n_d, n_s, n_z, n_c = tr.presence.shape
    dates = np.array([d.strftime("%d/%m/%Y") for d in tr.days])

    # Presence, long: Date;Heure;Zone;Catégorie de visiteurs;Volume (title line first, CRLF, cp1252).
    di, si, zi, ci = (a.ravel() for a in np.meshgrid(np.arange(n_d), np.arange(n_s), np.arange(n_z),
                                                      np.arange(n_c), indexing="ij"))
    cols = [dates[di].tolist(), np.array(tr.slot_labels)[si].tolist(), tr.zone_ids[zi].tolist(),
            np.array(tr.categories)[ci].tolist(), _fr_text(tr.presence.ravel()).tolist()]
    header = "Date;Heure;Zone;Catégorie de visiteurs;Volume"
    text = LYON_TITLE_PRESENCE + "\r\n" + header + "\r\n" + _join_rows(cols, "\r\n")
    presence_path = folder / "lyon_fdl2018_frequentation.csv"
    _atomic_write_bytes(presence_path, text.encode("cp1252"))

    # Origins, long: Date;Zone;Catégorie de visiteurs;Type de provenance;Provenance;Volume.
    cols = [dates[tr.origin_day].tolist(), tr.zone_ids[tr.origin_zone].tolist(), tr.origin_category.tolist(),
            tr.origin_type.tolist(), tr.origin_code.tolist(), _fr_text(tr.origin_value).tolist()]
    text = (LYON_TITLE_ORIGIN + "\r\n" + "Date;Zone;Catégorie de visiteurs;Type de provenance;Provenance;Volume\r\n"
            + _join_rows(cols, "\r\n"))
    origin_path = folder / "lyon_fdl2018_provenance.csv"
    _atomic_write_bytes(origin_path, text.encode("cp1252"))

    zones_path = folder / "lyon_zones.gpkg"
    _write_zones(zones_path, tr.epsg, tr.zone_ids, tr.zone_names, tr.x0, tr.y0)
    geojson_path = folder / "lyon_zones.geojson"
    _write_zones(geojson_path, tr.epsg, tr.zone_ids, tr.zone_names, tr.x0, tr.y0, to_wgs84=True)
    return {"zones": zones_path, "zones_geojson": geojson_path, "presence": presence_path, "origin": origin_path}


#: The file names the demos write (what :func:`demo_of` recognises).
DEMO_FILES = {"brussels": ("brussels_tdf2019_aanwezigheid.csv", "brussels_tdf2019_herkomst.csv"),
              "lyon": ("lyon_fdl2018_frequentation.csv", "lyon_fdl2018_provenance.csv")}


def demo_of(names: Sequence[str] | str | None) -> str | None:
    """'brussels' or 'lyon' when the source file names are a built-in demo's (their outputs must then say
    “synthetic”), else None."""
    if not names:
        return None
    if isinstance(names, str):
        names = [n.strip() for n in names.replace("+", ",").split(",")]
    for which, files in DEMO_FILES.items():
        if any(Path(str(n)).name in files for n in names):
            return which
    return None


def write_all(folder: str | Path) -> dict[str, dict[str, Path]]:
    """Write both demos with their default seeds into ``folder``: {"brussels": {...}, "lyon": {...}}."""
    return {"brussels": write_brussels_demo(folder), "lyon": write_lyon_demo(folder)}


def demo_files(which: str, folder: str | Path) -> dict[str, Path]:
    """The files of the 'brussels' or 'lyon' demo in ``folder``, written first when missing."""
    folder = Path(folder)
    writer = {"brussels": write_brussels_demo, "lyon": write_lyon_demo}[which]
    marker = folder / f".{which}-complete"
    if marker.is_file():
        names = json.loads(marker.read_text(encoding="utf-8"))
        files = {k: folder / v for k, v in names.items()}
        if all(p.is_file() for p in files.values()):
            return files
    files = writer(folder)
    marker.write_text(json.dumps({k: p.name for k, p in files.items()}), encoding="utf-8")
    return files


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write both demos into a folder."""
    parser = argparse.ArgumentParser(prog="python -m footfall.core.demo", description=__doc__.splitlines()[0])
    parser.add_argument("outdir", help="folder to write the demo files into (created if missing)")
    args = parser.parse_args(argv)
    for event, files in write_all(args.outdir).items():
        for role, path in files.items():
            print(f"{event}\t{role}\t{path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
