#!/usr/bin/env python3
"""(Re)write the reader's test corpus in ``tests/data/``, byte for byte, deterministically.

Every file of the corpus is produced here from literal content, so that encodings, byte-order marks,
line endings and invisible characters (U+00A0, U+202F) cannot be lost by an editor, and so that a
change to a case is one edit in one place. The expected results live, computed by hand, in
``manifest.json``; nothing in this script reads a file back through the Footfall reader.

Usage (from anywhere)::

    /usr/bin/python3 tests/data/make_corpus.py           # (re)write the files
    /usr/bin/python3 tests/data/make_corpus.py --check   # exit 1 if a text file on disk differs

Needs ``openpyxl`` (XLSX) and GDAL's ``osgeo.ogr`` (GeoPackage, GeoJSON). The Parquet file needs
``pyarrow`` or ``duckdb``; a file whose library is not importable is skipped with a note (run the
script again in the project's venv), and the Parquet test case skips while its file is missing.

Binary files (XLSX, GPKG, Parquet) are written with fixed timestamps but their bytes still depend on
the library versions, so ``--check`` compares only the text files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

NBSP = "\u00a0"  # no-break space, French thousands separator in cp1252 / Excel exports
NNBSP = "\u202f"  # narrow no-break space, French thousands separator in recent locales

# --------------------------------------------------------------------------------------------------
# Text files: name -> (content with "\n" line ends, encoding, line ending)
# encoding "utf-16" means what Excel's "Unicode text" writes: BOM FF FE, then UTF-16 LE.
# --------------------------------------------------------------------------------------------------

TEXT: dict[str, tuple[str, str, str]] = {}

# 1. Proximus-style long export, Dutch headers, ';', dd-mm-yyyy + separate time, 15-minute slots,
#    decimal comma with '.' thousands, postcodes and ISO countries, '<30' and '*'.
TEXT["nl_long_semicolon_ddmmyyyy.csv"] = (
    "datum;tijdstip;zone;profiel;herkomst;aantal\n"
    "06-07-2019;14:00;Grote Markt;dagbezoekers;1000;1.234\n"
    "06-07-2019;14:00;Grote Markt;dagbezoekers;9000;45,5\n"
    "06-07-2019;14:00;Grote Markt;verblijfsbezoekers;NL;<30\n"
    "06-07-2019;14:00;Grote Markt;inwoners;1000;2.345,5\n"
    "06-07-2019;14:15;Grote Markt;dagbezoekers;1000;1.300\n"
    "06-07-2019;14:15;Grote Markt;pendelaars;1050;60\n"
    "06-07-2019;14:15;Heizel;dagbezoekers;2000;*\n"
    "06-07-2019;14:15;Heizel;verblijfsbezoekers;FR;120,25\n"
    "06-07-2019;14:30;Heizel;dagbezoekers;2000;300\n"
    "06-07-2019;14:30;Heizel;inwoners;1020;80\n",
    "utf-8",
    "\n",
)

# 2. Flux Vision long export saved by French Excel: cp1252 (0x80-0x9F bytes: '–' 0x96, 'œ' 0x9C,
#    '’' 0x92), CRLF, a title line above the header, dd/mm/yyyy + 'Heure', NBSP thousands,
#    decimal comma, départements (with '01' and '2A') and French country names, 'n.d.' and 's'.
TEXT["fr_fluxvision_title_cp1252.csv"] = (
    "Orange Flux Vision – Fête des Lumières 2018;;;;;\n"
    "Date;Heure;Zone;Catégorie de visiteurs;Provenance;Volume\n"
    f"08/12/2018;19:00;Cœur de ville;Touristes;Italie;1{NBSP}250\n"
    f"08/12/2018;19:00;Cœur de ville;Excursionnistes;69;12{NBSP}500,5\n"
    "08/12/2018;19:00;Cœur de ville;Excursionnistes;01;830\n"
    "08/12/2018;19:00;Parc de la Tête d’Or;Touristes;Suisse;n.d.\n"
    "08/12/2018;20:00;Parc de la Tête d’Or;Excursionnistes;2A;45\n"
    f"08/12/2018;20:00;Parc de la Tête d’Or;Résidents;69;2{NBSP}000\n"
    "08/12/2018;21:00;Cœur de ville;Touristes;Espagne;s\n"
    "08/12/2018;21:00;Cœur de ville;Résidents;69;99,5\n",
    "cp1252",
    "\r\n",
)

# 3. Wide by profile, French Flux Vision headers, Latin-1 (no byte in 0x80-0x9F), daily dd/mm/yyyy,
#    thousands with an ordinary space, '< 30' with a space.
TEXT["fr_wide_profile_daily_latin1.csv"] = (
    "Date;Zone;Touristes;Excursionnistes;Résidents\n"
    "07/12/2018;Fourvière;1 200;3 400;500\n"
    "07/12/2018;Vieux Lyon;800;< 30;250\n"
    "08/12/2018;Fourvière;1 500;4 100;520\n"
    "08/12/2018;Vieux Lyon;900;2 000;260\n",
    "latin-1",
    "\n",
)

# 4. Wide by profile, Dutch Proximus headers, UTF-8 with BOM, CRLF, daily ISO dates.
TEXT["nl_wide_profile_daily_utf8bom.csv"] = (
    "datum;zone;dagbezoekers;verblijfsbezoekers;pendelaars;inwoners\n"
    "2019-07-06;Brussel-Centrum;12000;3500;800;4000\n"
    "2019-07-06;Elsene;2500;<30;1200;6000\n"
    "2019-07-07;Brussel-Centrum;15000;4000;300;4100\n",
    "utf-8-sig",
    "\r\n",
)

# 5. Wide by profile, English headers, ',' with every field quoted, '1,234.5' thousands, hourly
#    slots from separate ISO date and time columns, '<30' and 'NA'.
TEXT["en_wide_profile_quoted_thousands.csv"] = (
    '"date","time","zone","day visitors","overnight visitors","commuters","residents"\n'
    '"2019-07-06","14:00","Grand Place","1,234.5","2,000","<30","3,500"\n'
    '"2019-07-06","15:00","Grand Place","1,500","2,100.5","40","3,400"\n'
    '"2019-07-06","14:00","Heysel","800","NA","55","1,000"\n',
    "utf-8",
    "\r\n",
)

# 6. Long, English, ',', one 'datetime' column in ISO 8601 with offset, 15-minute slots, English
#    profile values ('Day visitors', 'Residents', 'Transit', 'Total'), ISO alpha-2 origins,
#    an empty count (last field of its line) and 'NA'.
TEXT["en_long_iso_offset.csv"] = (
    "zone,datetime,profile,origin,count\n"
    "Grand Place,2019-07-06T14:15:00+02:00,Day visitors,IT,150\n"
    "Grand Place,2019-07-06T14:15:00+02:00,Day visitors,NL,\n"
    "Grand Place,2019-07-06T14:15:00+02:00,Residents,BE,300\n"
    "Grand Place,2019-07-06T14:30:00+02:00,Day visitors,IT,175\n"
    "Grand Place,2019-07-06T14:30:00+02:00,Transit,DE,NA\n"
    "Grand Place,2019-07-06T14:30:00+02:00,Total,FR,90\n"
    "Grand Place,2019-07-06T14:45:00+02:00,Total,GB,60\n",
    "utf-8",
    "\n",
)

# 7. Long, '|', a 'time' column holding ISO 8601 date-times in UTC ('Z'), no profile, no origin.
TEXT["en_long_pipe_iso_z.csv"] = (
    "zone|time|count\n"
    "Z01|2019-07-06T12:00:00Z|100\n"
    "Z01|2019-07-06T12:15:00Z|200\n"
    "Z01|2019-07-06T12:30:00Z|300\n"
    "Z02|2019-07-06T12:00:00Z|400\n"
    "Z02|2019-07-06T12:15:00Z|500\n"
    "Z02|2019-07-06T12:30:00Z|600\n",
    "utf-8",
    "\n",
)

# 8. Long, French headers, UTF-8 without BOM, date and time in one 'Date' column
#    ('06/07/2019 14:15'), U+202F thousands, decimal comma, 'Total' profile.
TEXT["fr_long_datetime_nnbsp_utf8.csv"] = (
    "Date;Zone;Catégorie de visiteurs;Volume\n"
    f"06/07/2019 14:15;Grand-Place;Excursionnistes;1{NNBSP}234\n"
    "06/07/2019 14:15;Grand-Place;Touristes;12,5\n"
    f"06/07/2019 14:30;Grand-Place;Excursionnistes;1{NNBSP}300,5\n"
    "06/07/2019 14:30;Grand-Place;Touristes;<30\n"
    f"06/07/2019 14:45;Mont des Arts;Total;2{NNBSP}000\n",
    "utf-8",
    "\n",
)

# 9. Wide by origin (French country names as columns), as French Excel saves "Unicode text":
#    UTF-16 LE with BOM, tab-separated, CRLF, daily dd/mm/yyyy, NBSP thousands, 's'.
TEXT["fr_wide_origin_utf16.txt"] = (
    "Date\tZone\tItalie\tSuisse\tEspagne\tAllemagne\tRoyaume-Uni\n"
    "06/12/2018\tParc de la Tête d'Or\t1200\t800\t300\t200\t100\n"
    f"06/12/2018\tPresqu'île\t2500\t1{NBSP}500\ts\t400\t300\n"
    "07/12/2018\tParc de la Tête d'Or\t1400\t900\t350\t250\t150\n"
    f"07/12/2018\tPresqu'île\t2{NBSP}600\t1700\t400\t500\t350\n",
    "utf-16",
    "\r\n",
)


def _hours(fmt: str) -> list[str]:
    return [fmt.format(h=h) for h in range(24)]


def _wide_hour_nl() -> str:
    # 10a. Wide by hour, columns '0'..'23', Dutch headers, dd/mm/yyyy.
    #      Grote Markt: 100 + h.  Heizel: 50 + 10*h, except hour 3 ('<30', would have been 80).
    head = ";".join(["datum", "zone"] + _hours("{h}"))
    gm = ";".join(["06/07/2019", "Grote Markt"] + [str(100 + h) for h in range(24)])
    hz_values = [str(50 + 10 * h) for h in range(24)]
    hz_values[3] = "<30"
    hz = ";".join(["06/07/2019", "Heizel"] + hz_values)
    return "\n".join([head, gm, hz]) + "\n"


def _wide_hour_fr() -> str:
    # 10b. Wide by hour, columns '00h'..'23h', French headers with a profile column.
    #      Touristes: 100 every hour, 1000 from 19h to 22h, 'n.d.' at 03h.  Excursionnistes: 50.
    head = ";".join(["Date", "Zone", "Catégorie de visiteurs"] + _hours("{h:02d}h"))
    tou = ["1000" if 19 <= h <= 22 else "100" for h in range(24)]
    tou[3] = "n.d."
    exc = ["50"] * 24
    rows = [
        ";".join(["08/12/2018", "Vieux Lyon", "Touristes"] + tou),
        ";".join(["08/12/2018", "Vieux Lyon", "Excursionnistes"] + exc),
    ]
    return "\n".join([head] + rows) + "\n"


def _wide_hour_en() -> str:
    # 10c. Wide by hour, columns '0:00'..'23:00', English headers, tab-separated, ISO date.
    #      Grand Place: 30 + h.
    head = "\t".join(["date", "zone"] + _hours("{h}:00"))
    row = "\t".join(["2019-07-06", "Grand Place"] + [str(30 + h) for h in range(24)])
    return head + "\n" + row + "\n"


TEXT["nl_wide_hour_0_23.csv"] = (_wide_hour_nl(), "utf-8", "\n")
TEXT["fr_wide_hour_00h.csv"] = (_wide_hour_fr(), "utf-8", "\n")
TEXT["en_wide_hour_0h00.tsv"] = (_wide_hour_en(), "utf-8", "\n")


def _dst_spring() -> str:
    # 11. Spring forward, Brussels, 31 March 2019: 15-minute slots 00:00..01:45 then 03:00..03:45
    #     local (02:00-02:45 do not exist). Counts 100..111 in file order.
    times = [f"{h:02d}:{m:02d}" for h in (0, 1, 3) for m in (0, 15, 30, 45)]
    lines = ["datum;tijdstip;zone;aantal"]
    lines += [f"31/03/2019;{t};Grote Markt;{100 + i}" for i, t in enumerate(times)]
    return "\n".join(lines) + "\n"


def _dst_autumn() -> str:
    # 12. Fall back, Brussels, 27 October 2019: hourly 00:00..05:00 local, 02:00 twice in file
    #     order (first CEST = 00:00Z, second CET = 01:00Z). Counts 100, 110, ..., 160.
    times = ["00:00", "01:00", "02:00", "02:00", "03:00", "04:00", "05:00"]
    lines = ["date,time,zone,count"]
    lines += [f"2019-10-27,{t},Grote Markt,{100 + 10 * i}" for i, t in enumerate(times)]
    return "\n".join(lines) + "\n"


TEXT["nl_dst_spring_15min.csv"] = (_dst_spring(), "utf-8", "\n")
TEXT["en_dst_autumn_hourly.csv"] = (_dst_autumn(), "utf-8", "\n")

# 13. Headers the detection cannot understand; read with mapping_kol.json. Compact dates
#     (yyyymmdd, needs date_format), profile codes (need profile_values), decimal comma.
TEXT["mapping_kol.csv"] = (
    "Kol1;Kol2;Kol3;Kol4;Kol5\n"
    "G01;20190706;14:00;DV;120,5\n"
    "G01;20190706;14:00;RE;300\n"
    "G01;20190706;15:00;DV;200\n"
    "G02;20190706;14:00;OV;<30\n"
    "G02;20190706;15:00;OV;80,5\n",
    "utf-8",
    "\n",
)
TEXT["mapping_kol.json"] = (
    "{\n"
    '  "columns": {"zone": "Kol1", "date": "Kol2", "time": "Kol3", "profile": "Kol4", '
    '"count": "Kol5"},\n'
    '  "profile_values": {"DV": "day_visitor", "OV": "overnight_visitor", "RE": "resident"},\n'
    '  "delimiter": ";",\n'
    '  "decimal": ",",\n'
    '  "date_format": "%Y%m%d"\n'
    "}\n",
    "utf-8",
    "\n",
)

# 18. Every suppression marker once, plus a real zero and one real count. Daily, one date.
TEXT["suppression_markers.csv"] = (
    "zone;datum;aantal\n"
    "M1;06/07/2019;<30\n"
    "M2;06/07/2019;< 30\n"
    "M3;06/07/2019;s\n"
    "M4;06/07/2019;*\n"
    "M5;06/07/2019;n.d.\n"
    "M6;06/07/2019;NA\n"
    "M7;06/07/2019;\n"
    "M8;06/07/2019;0\n"
    "M9;06/07/2019;45\n",
    "utf-8",
    "\n",
)


def encode_text(content: str, encoding: str, newline: str) -> bytes:
    """Return the exact bytes of a text file of the corpus."""
    text = content.replace("\n", newline)
    if encoding == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        data = text.encode(encoding)
    high_c1 = any(0x80 <= b <= 0x9F for b in data)
    if encoding == "cp1252":
        assert high_c1, "the cp1252 file must hold a byte in 0x80-0x9F"
    if encoding == "latin-1":
        assert not high_c1, "the Latin-1 file must not hold a byte in 0x80-0x9F"
    return data


# --------------------------------------------------------------------------------------------------
# XLSX: real Excel date cells, time cells and number cells (postcodes as numbers too).
# --------------------------------------------------------------------------------------------------

FIXED_TIME = dt.datetime(2019, 7, 8, 9, 0, 0)
ZIP_TIME = (2019, 7, 8, 9, 0, 0)


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip archive with fixed member timestamps, so the bytes do not depend on today."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(
        out, "w", zipfile.ZIP_DEFLATED
    ) as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            zout.writestr(fixed, zin.read(info.filename))
    return out.getvalue()


def write_xlsx(path: Path) -> None:
    """14. English long export as an Excel workbook."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "footfall test corpus"
    ws = wb.active
    ws.title = "Export"
    ws.append(["date", "time", "zone", "profile", "origin", "count"])
    day = dt.date(2019, 7, 6)
    rows = [
        (dt.time(14, 0), "Grote Markt", "Day visitors", 1000, 250),
        (dt.time(14, 0), "Grote Markt", "Overnight visitors", 1050, 120.5),
        (dt.time(14, 0), "Grote Markt", "Residents", 1000, "<30"),
        (dt.time(15, 0), "Grote Markt", "Day visitors", 1000, 300),
        (dt.time(15, 0), "Sint-Gillis", "Day visitors", 1060, 400),
        (dt.time(15, 0), "Sint-Gillis", "Commuters", 9000, None),  # empty cell: suppressed
    ]
    for r, (time, zone, profile, origin, count) in enumerate(rows, start=2):
        ws.cell(row=r, column=1, value=day).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=2, value=time).number_format = "hh:mm"
        ws.cell(row=r, column=3, value=zone)
        ws.cell(row=r, column=4, value=profile)
        ws.cell(row=r, column=5, value=origin).number_format = "0"
        if count is not None:
            cell = ws.cell(row=r, column=6, value=count)
            if not isinstance(count, str):
                cell.number_format = "#,##0.0"
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


# --------------------------------------------------------------------------------------------------
# Parquet (pyarrow or duckdb).
# --------------------------------------------------------------------------------------------------

PARQUET_ROWS = [
    # zone, UTC start, profile, origin, count (None = suppressed)
    ("Z01", dt.datetime(2019, 7, 6, 12, 0, tzinfo=dt.timezone.utc), "day visitors", "IT", 100.0),
    ("Z01", dt.datetime(2019, 7, 6, 12, 0, tzinfo=dt.timezone.utc), "residents", "BE", 200.5),
    ("Z01", dt.datetime(2019, 7, 6, 13, 0, tzinfo=dt.timezone.utc), "day visitors", "IT", 300.0),
    ("Z02", dt.datetime(2019, 7, 6, 12, 0, tzinfo=dt.timezone.utc), "day visitors", "FR", None),
    ("Z02", dt.datetime(2019, 7, 6, 13, 0, tzinfo=dt.timezone.utc), "residents", "BE", 400.0),
]


def write_parquet(path: Path) -> bool:
    """15. English long export as Parquet, timestamps with time zone (UTC). False if no writer."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        pa = None
    if pa is not None:
        table = pa.table(
            {
                "zone": pa.array([r[0] for r in PARQUET_ROWS], pa.string()),
                "datetime": pa.array([r[1] for r in PARQUET_ROWS], pa.timestamp("us", tz="UTC")),
                "profile": pa.array([r[2] for r in PARQUET_ROWS], pa.string()),
                "origin": pa.array([r[3] for r in PARQUET_ROWS], pa.string()),
                "count": pa.array([r[4] for r in PARQUET_ROWS], pa.float64()),
            }
        )
        pq.write_table(table, str(path), compression="snappy")
        return True
    try:
        import duckdb
    except ImportError:
        return False
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.execute(
        "CREATE TABLE t (zone VARCHAR, datetime TIMESTAMPTZ, profile VARCHAR, origin VARCHAR, "
        "count DOUBLE)"
    )
    con.executemany(
        "INSERT INTO t VALUES (?, CAST(? AS TIMESTAMPTZ), ?, ?, ?)",
        [(z, t.isoformat(), p, o, c) for z, t, p, o, c in PARQUET_ROWS],
    )
    target = str(path).replace("'", "''")
    con.execute(f"COPY (SELECT * FROM t ORDER BY rowid) TO '{target}' (FORMAT PARQUET)")
    con.close()
    return True


# --------------------------------------------------------------------------------------------------
# GeoPackage and GeoJSON through OGR: exports that carry the zone geometry with the counts.
# --------------------------------------------------------------------------------------------------


def _square(x: float, y: float, size: float):
    from osgeo import ogr

    ring = ogr.Geometry(ogr.wkbLinearRing)
    for px, py in ((x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)):
        ring.AddPoint_2D(px, py)
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def write_gpkg(path: Path) -> None:
    """16. Long daily export with zone polygons in Belgian Lambert 72, Dutch field names."""
    from osgeo import gdal, ogr, osr

    gdal.UseExceptions()
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2019-07-08T09:00:00.000Z")
    if path.exists():
        path.unlink()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("footfall", srs, ogr.wkbPolygon, options=["FID=fid"])
    layer.CreateField(ogr.FieldDefn("zone", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("datum", ogr.OFTDate))
    layer.CreateField(ogr.FieldDefn("profiel", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("aantal", ogr.OFTReal))
    squares = {"BXL-01": (148000.0, 170000.0), "BXL-02": (149000.0, 170000.0)}
    rows = [
        ("BXL-01", (2019, 7, 6), "dagbezoekers", 1000.0),
        ("BXL-01", (2019, 7, 6), "inwoners", 500.0),
        ("BXL-01", (2019, 7, 7), "dagbezoekers", 1200.0),
        ("BXL-02", (2019, 7, 6), "dagbezoekers", None),  # NULL: suppressed
        ("BXL-02", (2019, 7, 7), "inwoners", 700.5),
    ]
    layer.StartTransaction()
    for zone, (y, m, d), profile, count in rows:
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetField("zone", zone)
        feat.SetField("datum", y, m, d, 0, 0, 0, 0)
        feat.SetField("profiel", profile)
        if count is None:
            feat.SetFieldNull("aantal")
        else:
            feat.SetField("aantal", count)
        feat.SetGeometry(_square(*squares[zone], 1000.0))
        layer.CreateFeature(feat)
    layer.CommitTransaction()
    ds = None
    gdal.SetConfigOption("OGR_CURRENT_DATE", None)


def write_geojson(path: Path) -> None:
    """17. Wide-by-profile daily export, a feature per zone, WGS 84, null = suppressed."""
    from osgeo import gdal, ogr, osr

    gdal.UseExceptions()
    if path.exists():
        path.unlink()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GeoJSON").CreateDataSource(str(path))
    layer = ds.CreateLayer(
        "footfall", srs, ogr.wkbPolygon, options=["RFC7946=YES", "COORDINATE_PRECISION=5"]
    )
    layer.CreateField(ogr.FieldDefn("zone", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("date", ogr.OFTString))
    for name in ("day visitors", "overnight visitors", "residents"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    rows = [
        ("Grand Place", (4.351, 50.846), (1000.0, 200.0, 3000.0)),
        ("Heysel", (4.338, 50.894), (500.0, None, 1500.0)),  # null: suppressed
        ("Cinquantenaire", (4.391, 50.840), (250.0, 50.0, 800.0)),
    ]
    for zone, (x, y), counts in rows:
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetField("zone", zone)
        feat.SetField("date", "2019-07-06")
        for name, count in zip(("day visitors", "overnight visitors", "residents"), counts):
            if count is None:
                feat.SetFieldNull(name)
            else:
                feat.SetField(name, count)
        feat.SetGeometry(_square(x, y, 0.004))
        layer.CreateFeature(feat)
    ds = None


# --------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, verify) the corpus; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare the text files on disk")
    args = parser.parse_args(argv)

    status = 0
    for name, (content, encoding, newline) in TEXT.items():
        data = encode_text(content, encoding, newline)
        path = HERE / name
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                print(f"differs: {name}")
                status = 1
        else:
            path.write_bytes(data)
    if args.check:
        return status

    writers = (
        ("en_long_excel.xlsx", write_xlsx, "openpyxl"),
        ("nl_zones_long_daily.gpkg", write_gpkg, "GDAL (osgeo)"),
        ("en_zones_wide_profile_daily.geojson", write_geojson, "GDAL (osgeo)"),
        ("en_long.parquet", write_parquet, "pyarrow or duckdb"),
    )
    for name, writer, needs in writers:
        try:
            written = writer(HERE / name) is not False
        except ImportError:
            written = False
        if not written:
            print(
                f"note: {name} was not written: {needs} is not importable by {sys.executable}. "
                "Run this script again with a Python that has it (the project's venv).",
                file=sys.stderr,
            )
    print(f"corpus written to {HERE}")
    return status


if __name__ == "__main__":
    sys.exit(main())
