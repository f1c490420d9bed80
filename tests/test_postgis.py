"""PostgreSQL / PostGIS against a real server (``tests/pg_server.py`` starts a throw-away one):
footfall tables and zones read through ``footfall:import_export`` from a connection saved in QGIS,
an algorithm's output written to a PostGIS table, and clear errors for a bad connection or table."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer


def _load_pg_server():
    """tests/pg_server.py by path: the suite runs with --import-mode=importlib, tests/ is not on sys.path."""
    name = "footfall_tests_pg_server"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("pg_server.py"))
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    return sys.modules[name]


pg_server = _load_pg_server().pg_server  # the session fixture

CONNECTION = "footfall test server"


def _run(alg, params, **kw):
    import processing
    return processing.run(f"footfall:{alg}", params, **kw)


@pytest.fixture(scope="module")
def saved_connection(pg_server, qgis_app):  # noqa: F811
    """The test server saved as a QGIS PostgreSQL connection, as a user would in the Browser."""
    from qgis.core import QgsProviderRegistry
    md = QgsProviderRegistry.instance().providerMetadata("postgres")
    conn = md.createConnection(pg_server.qgis_uri, {"saveUsername": True})
    md.saveConnection(conn, CONNECTION)
    yield CONNECTION
    md.deleteConnection(CONNECTION)


@pytest.fixture(scope="module")
def lyon(pg_server, tmp_path_factory):  # noqa: F811
    """The Lyon demo's origin file imported from CSV, and the same rows and zones put in PostGIS."""
    from footfall.core import demo, pg
    from footfall.core.readers import read_export
    from footfall.cartography.geometry import zones_from_layer
    folder = tmp_path_factory.mktemp("lyon")
    files = demo.write_lyon_demo(folder / "demo")
    ds = read_export(files["origin"], timezone="Europe/Paris")
    try:
        layer = QgsVectorLayer(str(files["zones"]), "zones", "ogr")
        ds.set_zones(*zones_from_layer(layer, "zone_id"))
        n = pg.write_pg(ds, pg_server.dsn, "lyon_origin", zones_table="lyon_zones")
        assert n == ds.row_count()
        zone_count = len(ds.zones_wkt())
    finally:
        ds.close()
    return {"files": files, "folder": folder, "zones": zone_count}


def _totals(gpkg):
    db = sqlite3.connect(gpkg)
    try:
        return db.execute("SELECT count(*), sum(suppressed), sum(count) FROM footfall").fetchone()
    finally:
        db.close()


def test_import_from_postgis_equals_import_from_csv(provider, saved_connection, lyon, tmp_path):
    from_csv, from_pg = tmp_path / "csv.gpkg", tmp_path / "pg.gpkg"
    a = _run("import_export", {"INPUT": str(lyon["files"]["origin"]), "ZONES": str(lyon["files"]["zones"]),
                               "ZONE_FIELD": "zone_id", "TIMEZONE": "Europe/Paris", "OUTPUT": str(from_csv)})
    b = _run("import_export", {"DATABASE": saved_connection, "DATABASE_SCHEMA": "public",
                               "DATABASE_TABLE": "lyon_origin", "DATABASE_ZONES": "lyon_zones",
                               "TIMEZONE": "Europe/Paris", "OUTPUT": str(from_pg)})
    # the file has 39 396 data lines (39 398 lines less the title and the header), one row each
    assert a["ROWS"] == 39398 - 2 == b["ROWS"]
    assert a["SUPPRESSED"] == b["SUPPRESSED"] > 0
    n_a, supp_a, sum_a = _totals(from_csv)
    n_b, supp_b, sum_b = _totals(from_pg)
    assert (n_b, supp_b) == (n_a, supp_a) == (a["ROWS"], a["SUPPRESSED"])
    assert sum_b == pytest.approx(sum_a, rel=1e-12)
    # every zone of the table found its PostGIS polygon
    assert b["UNMATCHED_ZONES"] == 0
    db = sqlite3.connect(from_pg)
    assert db.execute("SELECT count(*) FROM zones").fetchone()[0] == lyon["zones"] > 0
    # 6 December 2018 00h00 in Lyon is 5 December 23:00 UTC, the timestamptz read back unchanged
    assert db.execute("SELECT min(start) FROM footfall").fetchone()[0] == "2018-12-05T23:00:00.000Z"
    meta = dict(db.execute("SELECT key, value FROM footfall_metadata").fetchall())
    db.close()
    assert json.loads(meta["source_name"]).startswith("public.lyon_origin")
    assert len(json.loads(meta["source_sha256"])) == 64


def test_operator_table_with_its_own_headers(provider, pg_server, saved_connection, tmp_path):  # noqa: F811
    con = pg_server.connect()
    with con, con.cursor() as cur:
        cur.execute('DROP TABLE IF EXISTS flux; CREATE TABLE flux ("Date" date, "Zone" text, '
                    '"Catégorie de visiteurs" text, "Volume" numeric)')
        cur.execute("INSERT INTO flux VALUES ('2018-12-06', 'Z1', 'Excursionnistes', 120), "
                    "('2018-12-06', 'Z2', 'Excursionnistes', 45.5), ('2018-12-06', 'Z3', 'Excursionnistes', 12), "
                    "('2018-12-06', 'Z4', 'Excursionnistes', NULL)")
    con.close()
    out = tmp_path / "flux.gpkg"
    res = _run("import_export", {"DATABASE": saved_connection, "DATABASE_TABLE": "flux",
                                 "TIMEZONE": "Europe/Paris", "OUTPUT": str(out)})
    # 12 is below the threshold of 30 and NULL is a suppressed cell: 2 of 4 suppressed
    assert (res["ROWS"], res["SUPPRESSED"]) == (4, 2)
    n, supp, total = _totals(out)
    assert (n, supp) == (4, 2)
    assert total == pytest.approx(120 + 45.5)
    db = sqlite3.connect(out)
    # a day in Paris time starts at 23:00 UTC the day before (CET, UTC+1)
    assert db.execute("SELECT DISTINCT start, profile FROM footfall").fetchall() == [("2018-12-05T23:00:00.000Z", "day_visitor")]
    db.close()


def test_origin_flows_written_to_postgis_equal_those_in_a_geopackage(provider, pg_server, saved_connection,  # noqa: F811
                                                                     lyon, tmp_path):
    gpkg = tmp_path / "pg.gpkg"
    _run("import_export", {"DATABASE": saved_connection, "DATABASE_TABLE": "lyon_origin",
                           "DATABASE_ZONES": "lyon_zones", "TIMEZONE": "Europe/Paris", "OUTPUT": str(gpkg)})
    to_file = tmp_path / "flows.gpkg"
    a = _run("origin_flows", {"INPUT": str(gpkg), "OUTPUT": str(to_file)})
    dest = f'postgis:{pg_server.qgis_uri} table="public"."lyon_flows" (geom)'
    b = _run("origin_flows", {"INPUT": str(gpkg), "OUTPUT": dest})
    assert b["TOTAL"] == pytest.approx(a["TOTAL"], rel=1e-12) and a["TOTAL"] > 0
    db = sqlite3.connect(to_file)
    tables = [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")]
    n_file, sum_file = db.execute(f'SELECT count(*), sum(visitors) FROM "{tables[0]}"').fetchone()
    db.close()
    con = pg_server.connect()
    with con.cursor() as cur:
        cur.execute("SELECT count(*), sum(visitors), min(visitors), count(DISTINCT ST_SRID(geom)), "
                    "bool_and(GeometryType(geom) LIKE '%LINESTRING') FROM public.lyon_flows")
        n_pg, sum_pg, min_pg, srids, lines = cur.fetchone()
    con.close()
    assert n_pg == n_file > 0
    assert sum_pg == pytest.approx(sum_file) == pytest.approx(a["TOTAL"])
    # no line of the table shows a count below the anonymity threshold k = 30
    assert min_pg >= 30
    assert srids == 1 and lines


def test_bad_connection_gives_a_clear_error(provider, pg_server, tmp_path):  # noqa: F811
    from footfall.core.pg import read_pg_zones
    from footfall.core.errors import ReadError
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once the socket is closed
    out = tmp_path / "never.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        _run("import_export", {"DATABASE": f"host=127.0.0.1 port={port} dbname=nope user=nobody",
                               "DATABASE_TABLE": "footfall", "OUTPUT": str(out)})
    assert str(err.value).startswith("Cannot connect to the PostgreSQL database: ")
    assert "Traceback" not in str(err.value)
    with pytest.raises(QgsProcessingException) as err:
        _run("import_export", {"DATABASE": "no such connection", "DATABASE_TABLE": "footfall", "OUTPUT": str(out)})
    assert "There is no saved PostgreSQL connection named “no such connection”" in str(err.value)
    with pytest.raises(QgsProcessingException) as err:
        _run("import_export", {"DATABASE": pg_server.dsn, "DATABASE_TABLE": "missing_table", "OUTPUT": str(out)})
    assert str(err.value) == "public.missing_table: the table does not exist in the database, or it has no columns."
    assert not out.exists()
    with pytest.raises(ReadError, match="no PostGIS geometry column"):
        con = pg_server.connect()
        with con, con.cursor() as cur:
            cur.execute("DROP TABLE IF EXISTS plain; CREATE TABLE plain (zone_id text, count int); "
                        "INSERT INTO plain VALUES ('A', 40)")
        con.close()
        read_pg_zones(pg_server.dsn, "plain")


def test_qgis_process_imports_a_postgres_table(pg_server, lyon, tmp_path, qgis_process_env):  # noqa: F811
    out = tmp_path / "cli.gpkg"
    run = subprocess.run(["qgis_process.bin", "--json", "run", "footfall:import_export", "--",
                          f"DATABASE={pg_server.dsn}", "DATABASE_TABLE=lyon_origin", "DATABASE_ZONES=lyon_zones",
                          "TIMEZONE=Europe/Paris", f"OUTPUT={out}"],
                         env=qgis_process_env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:] + run.stdout[-3000:]
    result = json.loads(run.stdout[run.stdout.index("{"):])
    assert result["results"]["ROWS"] == 39398 - 2
    assert _totals(out)[0] == 39398 - 2


def test_a_delivery_of_several_measures_keeps_them_through_postgis(pg_server):  # noqa: F811
    """Flux Vision visitors per day and nights (two cuts of nights) written to PostGIS and read back: the
    measures, cuts and breakdowns survive, so nights are still never added to visitors (issue 14)."""
    from footfall.core import pg
    from footfall.core.readers import read_exports
    data = Path(__file__).parent / "data" / "formats" / "fluxvision_2023B1"

    def sums(ds):
        return sorted(ds.con.execute("SELECT measure, cut, sum(count) FROM footfall GROUP BY ALL").fetchall())
    with read_exports([data]) as ds:
        pg.write_pg(ds, pg_server.dsn, "fv_delivery")
        before, dims = sums(ds), ds.dimensions()
    with pg.read_pg(pg_server.dsn, "fv_delivery", timezone="Europe/Paris") as back:
        assert sums(back) == before
        assert back.measures() == ["presence", "nights"] and back.dimensions() == dims
        _s, _e, nights, _p = back.slot_totals(measure="nights")
        # the provenance cut only, summed over both zones here (nested_zones is a property of the delivery,
        # not of the rows: read back from a table, the zones are added; the GeoPackage keeps the flag)
        assert nights.tolist() == [15200 + 2300 + 45 + 4100, 16800 + 4450]
