#!/usr/bin/env python3
"""(Re)write the bad-input corpus in ``tests/data/bad/``, byte for byte, deterministically.

Each file is one way an export goes wrong; ``manifest.json`` says what the reader must do with it
(a translated error naming the file, row and column, or a documented repair with a warning) and
``docs/reliability.md`` lists the cases. The binary cases (a truncated XLSX, Parquet or GeoPackage)
are cut from the good corpus in ``tests/data``. The "2 GB line" case is not a file here: the test
writes a 64 MB line into a temporary folder and checks the reader refuses it fast, in bounded memory.

Usage: ``.venv/bin/python -P tests/data/bad/make_bad.py``
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOOD = HERE.parent

H = "zone;datum;aantal\n"
# name -> bytes
FILES: dict[str, bytes] = {
    # -- truncated ------------------------------------------------------------------------------
    "truncated_mid_row.csv": (H + "A;06/07/2019;100\nB;06/07/20").encode(),
    "truncated_open_quote.csv": (H + "A;06/07/2019;100\nB;\"06/07/2019;50\n").encode(),
    "truncated_utf8_char.csv": (H + "Liège;06/07/2019;100\nLi").encode() + "è".encode()[:1],
    "truncated_utf16_odd_byte.txt": b"\xff\xfe" + (H + "A;06/07/2019;100\n").encode("utf-16-le") + b"B",
    "truncated_xlsx.xlsx": (GOOD / "en_long_excel.xlsx").read_bytes()[:700],
    "truncated_parquet.parquet": (GOOD / "en_long.parquet").read_bytes()[:200],
    "truncated_gpkg.gpkg": (GOOD / "nl_zones_long_daily.gpkg").read_bytes()[:4096],
    # -- encodings ------------------------------------------------------------------------------
    "mixed_utf8_cp1252.csv": (H + "Liège;06/07/2019;100\n").encode("utf-8") + "Liège;07/07/2019;50\n".encode("cp1252"),
    "utf16_without_bom.csv": (H + "A;06/07/2019;100\nB;06/07/2019;50\n").encode("utf-16-le"),
    "latin1_no_c1_bytes.csv": (H + "Liège;06/07/2019;100\nNamêche;06/07/2019;50\n").encode("latin-1"),
    "bom_only.csv": b"\xef\xbb\xbf",
    # -- binary garbage -------------------------------------------------------------------------
    "binary_garbage.csv": bytes((i * 97 + 13) % 256 for i in range(4096)),
    "binary_no_nul.csv": bytes(1 + (i * 131 + 7) % 255 for i in range(4096)),
    "png_renamed.csv": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00",
    "csv_named_xlsx.xlsx": (H + "A;06/07/2019;100\n").encode(),
    # -- delimiters and layout ------------------------------------------------------------------
    "mixed_delimiters.csv": (H + "A;06/07/2019;100\nB,06/07/2019,50\nC;06/07/2019;70\n").encode(),
    "one_column.csv": b"zone\nA\nB\n",
    "ragged_row.csv": (H + "A;06/07/2019;100\nB;06/07/2019\n").encode(),
    "extra_field.csv": (H + "A;06/07/2019;100\nB;06/07/2019;50;9\n").encode(),
    "cr_only_line_ends.csv": (H + "A;06/07/2019;100\nB;06/07/2019;50\n").replace("\n", "\r").encode(),
    # -- columns --------------------------------------------------------------------------------
    "missing_count_column.csv": b"zone;datum;opmerking\nA;06/07/2019;druk\n",
    "missing_zone_column.csv": b"datum;aantal\n06/07/2019;100\n",
    "missing_date_column.csv": b"zone;aantal\nA;100\n",
    "duplicated_column.csv": b"zone;datum;aantal;Aantal\nA;06/07/2019;100;100\n",
    # -- rows -----------------------------------------------------------------------------------
    "duplicate_rows_conflicting.csv": (H + "A;06/07/2019;100\nB;06/07/2019;50\nA;06/07/2019;120\n").encode(),
    "duplicate_rows_identical.csv": (H + "A;06/07/2019;100\nB;06/07/2019;50\nA;06/07/2019;100\n").encode(),
    "empty_zone.csv": (H + "A;06/07/2019;100\n  ;06/07/2019;50\n").encode(),
    # -- counts ---------------------------------------------------------------------------------
    "negative_count.csv": (H + "A;06/07/2019;100\nB;06/07/2019;-40\n").encode(),
    "non_numeric_count.csv": (H + "A;06/07/2019;100\nB;06/07/2019;veel\n").encode(),
    "nan_count.csv": (H + "A;06/07/2019;100\nB;06/07/2019;NaN\n").encode(),
    "infinite_count.csv": (H + "A;06/07/2019;100\nB;06/07/2019;inf\n").encode(),
    "absurd_count.csv": (H + "A;06/07/2019;100\nB;06/07/2019;1e15\n").encode(),
    "below_threshold_count.csv": (H + "A;06/07/2019;100\nB;06/07/2019;12\n").encode(),
    # -- dates ----------------------------------------------------------------------------------
    "date_impossible.csv": (H + "A;06/07/2019;100\nB;31/02/2019;50\n").encode(),
    "date_year_1.csv": (H + "A;06/07/2019;100\nB;01/01/0001;50\n").encode(),
    "date_year_9999.csv": (H + "A;06/07/2019;100\nB;31/12/9999;50\n").encode(),
    "date_year_1850.csv": (H + "A;06/07/2019;100\nB;06/07/1850;50\n").encode(),
    "date_unknown_format.csv": (H + "A;July 6th 2019;100\n").encode(),
    "date_empty.csv": (H + "A;06/07/2019;100\nB;;50\n").encode(),
    "time_out_of_range.csv": b"zone;datum;tijdstip;aantal\nA;06/07/2019;14:00;100\nB;06/07/2019;25:00;50\n",
    "time_spring_gap.csv": b"zone;datum;tijdstip;aantal\nA;31/03/2019;02:15;100\n",
    # -- profiles -------------------------------------------------------------------------------
    "unknown_profile.csv": b"zone;datum;profiel;aantal\nA;06/07/2019;marsmannetjes;100\n",
    # -- zones ----------------------------------------------------------------------------------
    "zones_absent_from_layer.csv": (H + "A;06/07/2019;100\nB;06/07/2019;50\nZ9;06/07/2019;70\n").encode(),
    "zones_layer.geojson": json.dumps({"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::31370"}}, "features": [
        {"type": "Feature", "properties": {"zone_id": z}, "geometry": {"type": "Polygon", "coordinates": [[[x, 0], [x + 100, 0], [x + 100, 100], [x, 100], [x, 0]]]}}
        for z, x in (("A", 0), ("B", 100))]}).encode(),
    # -- empty ----------------------------------------------------------------------------------
    "empty.csv": b"",
    "whitespace_only.csv": b"  \n\n \t\n",
    "header_only.csv": H.encode(),
    # -- data that must stay data ---------------------------------------------------------------
    "formula_and_path_zones.csv": (H + "=HYPERLINK(\"http://x\");06/07/2019;100\n../../etc/passwd;06/07/2019;50\n").encode(),
    # -- mapping files --------------------------------------------------------------------------
    "mapping_invalid.json": b"{\"columns\": {\"zone\": \"gebied\",}",
}


def main() -> None:
    for name, data in FILES.items():
        (HERE / name).write_bytes(data)
    print(f"{len(FILES)} files written to {HERE}")


if __name__ == "__main__":
    main()
