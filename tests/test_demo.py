"""The demo exports read back with the standard library only (csv, json, sqlite3), not with the project's reader."""

from __future__ import annotations

import collections
import csv
import importlib.util
import json
import re
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from footfall.core import demo

BXL_PRESENCE_HEADER = ["datum", "tijdstip", "zone", "inwoners", "dagbezoekers", "verblijfsbezoekers", "pendelaars",
                       "transit"]
BXL_ORIGIN_HEADER = ["datum", "zone", "profiel", "herkomst", "aantal"]
LYON_PRESENCE_HEADER = ["Date", "Heure", "Zone", "Catégorie de visiteurs", "Volume"]
LYON_ORIGIN_HEADER = ["Date", "Zone", "Catégorie de visiteurs", "Type de provenance", "Provenance", "Volume"]
FRENCH_COUNTRIES = {"Italie", "Suisse", "Espagne", "Allemagne", "Royaume-Uni", "Belgique", "Pays-Bas", "États-Unis",
                    "Chine", "Japon"}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """Both demos written once for the module."""
    return demo.write_all(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def bxl() -> demo.DemoTruth:
    return demo.brussels_truth(2019)


@pytest.fixture(scope="module")
def lyon() -> demo.DemoTruth:
    return demo.lyon_truth(2018)


def _rows(path: Path, encoding: str, skip: int = 0) -> tuple[list[str], list[list[str]]]:
    """Header and data rows of a ``;`` CSV, after ``skip`` title lines."""
    with open(path, encoding=encoding, newline="") as fh:
        for _ in range(skip):
            fh.readline()
        reader = csv.reader(fh, delimiter=";")
        header = next(reader)
        return header, list(reader)


def _fr_number(text: str) -> float:
    """Parse ``1 234,5`` (no-break space, decimal comma)."""
    assert re.fullmatch(r"\d{1,3}(\u00a0\d{3})*,\d", text), text
    return float(text.replace("\u00a0", "").replace(",", "."))


def _gpkg_zones(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT zone_id, name FROM zones ORDER BY fid").fetchall()


def test_roles_and_paths(files: dict[str, dict[str, Path]]) -> None:
    assert set(files["brussels"]) == {"zones", "presence", "origin"}
    assert set(files["lyon"]) == {"zones", "zones_geojson", "presence", "origin"}
    for event in files.values():
        for path in event.values():
            assert path.is_file() and path.stat().st_size > 0
    assert not [p for p in files["lyon"]["zones"].parent.iterdir() if p.name.startswith(".")]  # no temp files left


# ---------------------------------------------------------------------------------------------- Brussels


def test_brussels_presence_bytes(files: dict[str, dict[str, Path]]) -> None:
    raw = files["brussels"]["presence"].read_bytes()
    assert raw.startswith(b"datum;tijdstip;zone;inwoners;dagbezoekers;verblijfsbezoekers;pendelaars;transit\n")
    assert not raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")
    assert b"\r" not in raw


def test_brussels_presence_layout(files: dict[str, dict[str, Path]], bxl: demo.DemoTruth) -> None:
    header, rows = _rows(files["brussels"]["presence"], "utf-8")
    assert header == BXL_PRESENCE_HEADER
    assert len(rows) < 100_000
    slots = {(r[0], r[1]) for r in rows}
    assert len(slots) == 192
    assert {r[0] for r in rows} == {"06/07/2019", "07/07/2019"}
    assert all(re.fullmatch(r"([01]\d|2[0-3]):(00|15|30|45)", r[1]) for r in rows)
    per_zone = collections.Counter(r[2] for r in rows)
    assert set(per_zone.values()) == {192}
    gpkg = _gpkg_zones(files["brussels"]["zones"])
    assert set(per_zone) == {z for z, _ in gpkg} == set(bxl.zone_ids.tolist())
    assert len(rows) == 192 * len(gpkg)


def test_brussels_presence_suppression(files: dict[str, dict[str, Path]], bxl: demo.DemoTruth) -> None:
    _, rows = _rows(files["brussels"]["presence"], "utf-8")
    truth = bxl.presence.reshape(-1, 5)  # rows in order day, slot, zone
    assert truth.shape[0] == len(rows)
    cells = np.array([r[3:] for r in rows])
    suppressed = cells == ""
    assert np.array_equal(suppressed, truth < 30)
    assert np.array_equal(cells[~suppressed].astype(np.int64), truth[~suppressed].astype(np.int64))
    assert 0.05 <= suppressed.mean() <= 0.60
    assert not suppressed[:, 0].any()  # residents are never that few in a cell


def test_brussels_peaks_where_the_race_was(bxl: demo.DemoTruth) -> None:
    names = bxl.zone_names
    noon = bxl.slot_labels.index("12:00")
    sat = bxl.presence[0, noon, :, 1:].sum(axis=1)
    assert "Grand-Place" in names[sat.argmax()] or "Place Royale" in names[sat.argmax()]
    sun = bxl.presence[1, bxl.slot_labels.index("15:30"), :, 1:].sum(axis=1)
    top = {names[i] for i in np.argsort(sun)[::-1][:6]}
    assert any("Atomium" in n for n in top)


def test_brussels_origin(files: dict[str, dict[str, Path]], bxl: demo.DemoTruth) -> None:
    raw = files["brussels"]["origin"].read_bytes()
    assert raw.startswith(b"datum;zone;profiel;herkomst;aantal\n")
    header, rows = _rows(files["brussels"]["origin"], "utf-8")
    assert header == BXL_ORIGIN_HEADER
    assert len(rows) == len(bxl.origin_value) < 110_000
    assert {r[2] for r in rows} == {"dagbezoekers", "verblijfsbezoekers", "pendelaars", "transit"}
    assert all(re.fullmatch(r"\d{4}|[A-Z]{2}", r[3]) for r in rows)
    assert {"1000", "1030", "2000", "9000", "FR", "NL", "GB"} <= {r[3] for r in rows}
    keys = [(r[0], r[1], r[2], r[3]) for r in rows]
    assert len(set(keys)) == len(keys)
    values = np.array([r[4] for r in rows])
    suppressed = values == "<30"
    assert np.array_equal(suppressed, bxl.origin_value < 30)
    assert np.array_equal(values[~suppressed].astype(np.int64), bxl.origin_value[~suppressed].astype(np.int64))
    assert (~suppressed).sum() > 5000


def test_brussels_calibration(bxl: demo.DemoTruth) -> None:
    # the event's visits per day (before suppression): Proximus counted more than 500,000 on Saturday and
    # 200,000 on Sunday (T5), together the 778,000 people along the two routes (T3)
    assert bxl.event_visits[0] > 500_000 and bxl.event_visits[1] > 200_000
    assert bxl.event_visits.sum() == pytest.approx(778_000, abs=1)
    # the overnight visitors present at 03:00 are the hotel guests of an event night: 7.80 M nights a year
    # (A3) / 365 at 84 % occupancy (T6) instead of 76.5 % (A2)
    guests = 7.80e6 / 365 * 0.84 / 0.765
    at_three = bxl.presence[:, bxl.slot_labels.index("03:00"), :, 2].sum(axis=1)
    assert at_three == pytest.approx([guests, guests], rel=0.02)
    # the whole origin file (event and ordinary weekend) follows the event's shares only roughly; the event
    # itself is 59 % Brussels, 21 % rest of Belgium, 20 % abroad (T4): Brussels leads, abroad is about a fifth
    local = np.isin(bxl.origin_code, list(demo._BXL_POSTCODES))
    abroad = np.char.isalpha(bxl.origin_code.astype(str))
    day = bxl.origin_category == "dagbezoekers"
    v = bxl.origin_value
    assert v[day & local].sum() > v[day & ~local & ~abroad].sum() > v[day & abroad].sum()
    assert 0.15 < v[day & abroad].sum() / v[day].sum() < 0.25


def test_brussels_zones(files: dict[str, dict[str, Path]]) -> None:
    zones = _gpkg_zones(files["brussels"]["zones"])
    assert all(re.fullmatch(r"500mE\d+N\d+", z) for z, _ in zones)
    named = {n for _, n in zones if n}
    assert any("Grand-Place" in n for n in named) and any("Atomium" in n for n in named)
    with sqlite3.connect(files["brussels"]["zones"]) as con:
        assert con.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name='zones'").fetchone()[0] == 31370


# ---------------------------------------------------------------------------------------------- Lyon


def test_lyon_presence_bytes(files: dict[str, dict[str, Path]]) -> None:
    raw = files["lyon"]["presence"].read_bytes()
    title, header = raw.split(b"\r\n")[:2]
    assert title == "Flux Vision – Fête des Lumières 2018 – export horaire".encode("cp1252")
    assert title == b"Flux Vision \x96 F\xeate des Lumi\xe8res 2018 \x96 export horaire"
    assert header == b"Date;Heure;Zone;Cat\xe9gorie de visiteurs;Volume"
    assert b"R\xe9sidents" in raw
    assert re.search(rb";\d{1,3}\xa0\d{3},\d\r\n", raw)  # thousands with a no-break space, decimal comma
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")


def test_lyon_presence_layout_and_suppression(files: dict[str, dict[str, Path]], lyon: demo.DemoTruth) -> None:
    header, rows = _rows(files["lyon"]["presence"], "cp1252", skip=1)
    assert header == LYON_PRESENCE_HEADER
    assert len(rows) < 100_000
    assert len({(r[0], r[1]) for r in rows}) == 96
    assert {r[0] for r in rows} == {d.strftime("%d/%m/%Y") for d in demo.LYON_DAYS}
    assert all(re.fullmatch(r"([01]\d|2[0-3])h00", r[1]) for r in rows)
    assert {r[3] for r in rows} == {"Résidents", "Excursionnistes", "Touristes", "Navetteurs", "Transit"}
    truth = lyon.presence.ravel()  # rows in order day, hour, zone, category
    assert len(truth) == len(rows)
    values = [r[4] for r in rows]
    suppressed = np.array([v == "<30" for v in values])
    assert np.array_equal(suppressed, truth < 30)
    written = np.array([_fr_number(v) for v, s in zip(values, suppressed) if not s])
    assert np.allclose(written, truth[~suppressed], atol=0.05)


def test_lyon_evening_peak(lyon: demo.DemoTruth) -> None:
    visitors = lyon.presence[:, :, :, 1:].sum(axis=(2, 3))  # (day, hour)
    assert all(18 <= h <= 23 for h in visitors.argmax(axis=1))


def test_lyon_origin_and_calibration(files: dict[str, dict[str, Path]], lyon: demo.DemoTruth) -> None:
    raw = files["lyon"]["origin"].read_bytes()
    assert raw.split(b"\r\n")[1] == b"Date;Zone;Cat\xe9gorie de visiteurs;Type de provenance;Provenance;Volume"
    assert b"D\xe9partement" in raw and "États-Unis".encode("cp1252") in raw
    header, rows = _rows(files["lyon"]["origin"], "cp1252", skip=1)
    assert header == LYON_ORIGIN_HEADER
    assert len(rows) == len(lyon.origin_value) < 100_000
    assert {r[2] for r in rows} == {"Excursionnistes", "Touristes", "Navetteurs", "Transit"}
    assert {r[3] for r in rows} == {"Département", "Pays"}
    for r in rows:
        if r[3] == "Département":
            assert re.fullmatch(r"\d{2}|2[AB]", r[4]), r[4]
        else:
            assert r[4] in FRENCH_COUNTRIES, r[4]
    assert {"01", "2A", "69"} <= {r[4] for r in rows}
    values = np.array([r[5] for r in rows])
    suppressed = values == "<30"
    assert np.array_equal(suppressed, lyon.origin_value < 30)
    written = np.array([_fr_number(v) for v in values[~suppressed]])
    assert np.allclose(written, lyon.origin_value[~suppressed], atol=0.05)

    # Calibration on the unsuppressed daily uniques: 1.8 M visitors, 230,000 in the park's cells.
    assert abs(lyon.origin_value.sum() - 1_800_000) <= 0.01 * 1_800_000
    geo = json.loads(files["lyon"]["zones_geojson"].read_text(encoding="utf-8"))
    park = {f["properties"]["zone_id"] for f in geo["features"] if f["properties"]["name"] == "Parc de la Tête d'Or"}
    assert park == set(lyon.park_zones) and 3 <= len(park) <= 10
    in_park = np.isin(lyon.zone_ids[lyon.origin_zone], sorted(park))
    assert abs(lyon.origin_value[in_park].sum() - 230_000) <= 0.02 * 230_000

    # The most numerous foreigners, as the press reported.
    abroad = lyon.origin_type == "Pays"
    totals = collections.Counter()
    for code, value in zip(lyon.origin_code[abroad], lyon.origin_value[abroad]):
        totals[code] += value
    assert [c for c, _ in totals.most_common(5)] == ["Italie", "Suisse", "Espagne", "Allemagne", "Royaume-Uni"]
    # about 100,000 foreign visitors (F2) and 51 % from the Rhône département (F6)
    assert sum(totals.values()) == pytest.approx(100_000, rel=0.001)
    rhone = lyon.origin_value[lyon.origin_code == "69"].sum()
    assert rhone / lyon.origin_value.sum() == pytest.approx(0.51, abs=0.001)


def test_lyon_zones(files: dict[str, dict[str, Path]], lyon: demo.DemoTruth) -> None:
    gpkg = _gpkg_zones(files["lyon"]["zones"])
    with sqlite3.connect(files["lyon"]["zones"]) as con:
        assert con.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name='zones'").fetchone()[0] == 2154
    geo = json.loads(files["lyon"]["zones_geojson"].read_text(encoding="utf-8"))
    assert "crs" not in geo  # RFC 7946: WGS 84 longitude, latitude
    ids = [f["properties"]["zone_id"] for f in geo["features"]]
    assert ids == [z for z, _ in gpkg] == lyon.zone_ids.tolist()
    coords = np.array([pt for f in geo["features"] for pt in f["geometry"]["coordinates"][0]])
    assert 4.75 < coords[:, 0].min() and coords[:, 0].max() < 4.95  # longitude first
    assert 45.70 < coords[:, 1].min() and coords[:, 1].max() < 45.82


# ---------------------------------------------------------------------------------------------- determinism


def test_same_seed_same_bytes(files: dict[str, dict[str, Path]], tmp_path: Path) -> None:
    again = {"brussels": demo.write_brussels_demo(tmp_path, seed=2019),
             "lyon": demo.write_lyon_demo(tmp_path, seed=2018)}
    for event, roles in files.items():
        for role, path in roles.items():
            assert again[event][role].read_bytes() == path.read_bytes(), (event, role)


def test_other_seed_other_numbers(files: dict[str, dict[str, Path]], tmp_path: Path) -> None:
    other = demo.write_brussels_demo(tmp_path, seed=7)
    assert other["presence"].read_bytes() != files["brussels"]["presence"].read_bytes()


# ---------------------------------------------------------------------------------------------- bench generator


def test_bench_generator(tmp_path: Path) -> None:
    script = Path(__file__).resolve().parents[1] / "bench" / "generate.py"
    spec = importlib.util.spec_from_file_location("footfall_bench_generate", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = module.generate_export(tmp_path / "big.csv", 50_000, seed=3)
    header, rows = _rows(out, "utf-8")
    assert header == ["datum", "tijdstip", "zone", "profiel", "herkomst", "aantal"]
    assert len(rows) == 50_000
    assert len({tuple(r[:5]) for r in rows}) == 50_000
    share = sum(r[5] == "" for r in rows) / len(rows)
    assert 0.07 < share < 0.13
    assert all(r[5] == "" or int(r[5]) >= 30 for r in rows)
    assert module.generate_export(tmp_path / "big2.csv", 50_000, seed=3).read_bytes() == out.read_bytes()
