"""Write a dataset to a GeoPackage: the ``footfall`` table, the ``zones`` and ``zone_slots`` layers, metadata.

The file is written whole or not at all: to a temporary name in the same folder, then renamed.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Sequence

from .clock import EDGE_MS, clock_epochs, clock_iso, local_text
from .dataset import Dataset
from .errors import Cancelled, ReadError
from .i18n import translate
from .progress import NULL_PROGRESS, Progress

_ISO = "%Y-%m-%dT%H:%M:%S.000Z"


def _field_types():
    from osgeo import ogr
    return ogr.OFTString, ogr.OFTDateTime, ogr.OFTReal, ogr.OFTInteger


#: Fields of the ``zone_slots`` layer: the slot in UTC (``start``, ``end``), in local time for people
#: (``start_local``: ``2019-07-07 15:15 CEST``) and in local clock time for QGIS's Temporal Controller
#: (``clock_start``: ``2019-07-07T15:15:00.000Z``, see core/clock.py), the zone-slot total and how many
#: of its parts were suppressed.
SLOT_FIELD_NAMES = ("zone_id", "start", "end", "start_local", "end_local", "clock_start", "clock_end",
                    "count", "suppressed_parts", "parts")


def _slot_fields():
    s, d, r, i = _field_types()
    return tuple(zip(SLOT_FIELD_NAMES, (s, d, d, s, s, d, d, r, i, i)))


def _local_and_clock(start: str, end: str, tz: str) -> tuple[str, str, str, str]:
    """A slot's local start and end for people, and its clock start and end for the Temporal Controller
    (core/clock.py: one millisecond inside the slot). A slot that ends in the hour repeated when clocks go
    back would end before it starts on the clock: it keeps its length instead, on the same clock frames as
    the second pass of that hour."""
    import datetime as dt
    t0, t1 = (dt.datetime.strptime(x, _ISO).replace(tzinfo=dt.timezone.utc).timestamp() for x in (start, end))
    c0, c1 = (float(c) for c in clock_epochs([t0, t1], tz))
    if c1 <= c0:
        c1 = c0 + (t1 - t0)
    return (local_text(t0, tz), local_text(t1, tz),
            clock_iso(c0, "UTC", EDGE_MS), clock_iso(c1, "UTC", -EDGE_MS))


def _srs(crs: str):
    from osgeo import osr
    srs = osr.SpatialReference()
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if not crs:
        return None
    if srs.SetFromUserInput(crs) != 0:
        return None
    return srs


def write_gpkg(ds: Dataset, path: str | Path, include_table: bool = True, include_slots: bool = True,
               profiles: Sequence[str] | None = None, origins: Sequence[str] | None = None,
               progress: Progress = NULL_PROGRESS) -> Path:
    """Write ``ds`` to the GeoPackage ``path`` (replacing it only once complete); return the path."""
    from osgeo import gdal, ogr
    gdal.UseExceptions()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".part.gpkg", dir=str(path.parent))
    os.close(fd)
    os.unlink(tmp_name)
    tmp = Path(tmp_name)
    try:
        drv = ogr.GetDriverByName("GPKG")
        out = drv.CreateDataSource(str(tmp))
        zones = ds.zones_wkt()
        srs = _srs(ds.metadata.crs)
        if zones:
            lyr = out.CreateLayer("zones", srs, ogr.wkbUnknown, ["GEOMETRY_NAME=geom", "FID=fid"])
            lyr.CreateField(ogr.FieldDefn("zone_id", ogr.OFTString))
            lyr.StartTransaction()
            defn = lyr.GetLayerDefn()
            for zid, wkt in zones.items():
                f = ogr.Feature(defn)
                f.SetField("zone_id", zid)
                f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
                lyr.CreateFeature(f)
            lyr.CommitTransaction()
            if include_slots:
                sl = out.CreateLayer("zone_slots", srs, ogr.wkbUnknown, ["GEOMETRY_NAME=geom", "FID=fid"])
                for name, typ in _slot_fields():
                    sl.CreateField(ogr.FieldDefn(name, typ))
        if include_table:
            t = out.CreateLayer("footfall", None, ogr.wkbNone, ["FID=fid"])
            for name, typ in (("zone_id", ogr.OFTString), ("start", ogr.OFTDateTime), ("end", ogr.OFTDateTime),
                              ("profile", ogr.OFTString), ("origin_type", ogr.OFTString),
                              ("origin_code", ogr.OFTString), ("measure", ogr.OFTString), ("cut", ogr.OFTString),
                              ("dims", ogr.OFTString), ("count", ogr.OFTReal), ("suppressed", ogr.OFTInteger)):
                fd_ = ogr.FieldDefn(name, typ)
                if name == "suppressed":
                    fd_.SetSubType(ogr.OFSTBoolean)
                t.CreateField(fd_)
        m = out.CreateLayer("footfall_metadata", None, ogr.wkbNone, ["FID=fid"])
        m.CreateField(ogr.FieldDefn("key", ogr.OFTString))
        m.CreateField(ogr.FieldDefn("value", ogr.OFTString))
        out = None
        progress.set(10)

        db = sqlite3.connect(str(tmp))
        try:
            meta = dataclasses.asdict(ds.metadata)
            db.executemany("INSERT INTO footfall_metadata(key, value) VALUES (?, ?)",
                           [(k, json.dumps(v, ensure_ascii=False)) for k, v in sorted(meta.items())])
            if include_table:
                cur = ds.con.cursor()
                total = max(1, ds.row_count())
                cur.execute(
                    f"SELECT zone_id, strftime(start, '{_ISO}'), strftime(\"end\", '{_ISO}'), profile, origin_type, "
                    "origin_code, measure, cut, dims, count, suppressed FROM footfall "
                    "ORDER BY start, zone_id, profile, origin_type, origin_code, measure, cut, dims")
                done = 0
                while True:
                    rows = cur.fetchmany(200_000)
                    if not rows:
                        break
                    db.executemany('INSERT INTO footfall(zone_id, start, "end", profile, origin_type, origin_code, measure, cut, '
                                   "dims, count, suppressed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
                    done += len(rows)
                    progress.set(10 + 70 * done / total)
                cur.close()
                db.execute("CREATE INDEX footfall_zone_start ON footfall(zone_id, start)")
            if zones and include_slots:
                sql, params = ds.zone_slot_totals(profiles, origins)
                rows = ds.con.execute(
                    f"SELECT zone_id, strftime(start, '{_ISO}'), strftime(\"end\", '{_ISO}'), count, suppressed_parts, parts "
                    f"FROM ({sql}) ORDER BY start, zone_id", params).fetchall()
                db.execute("CREATE TABLE _slot_totals(zone_id TEXT, start TEXT, \"end\" TEXT, count REAL, sp INTEGER, parts INTEGER)")
                db.executemany("INSERT INTO _slot_totals VALUES (?, ?, ?, ?, ?, ?)", rows)
                # local time for people and clock time for QGIS's Temporal Controller (core/clock.py), per
                # distinct instant (a few hundred), joined in the engine rather than row by row
                tz = ds.metadata.timezone or "UTC"
                db.execute('CREATE TABLE _clock(start TEXT, "end" TEXT, local_s TEXT, local_e TEXT, clock_s TEXT, '
                           'clock_e TEXT, PRIMARY KEY (start, "end"))')
                db.executemany("INSERT INTO _clock VALUES (?, ?, ?, ?, ?, ?)",
                               [(a, b, *_local_and_clock(a, b, tz)) for a, b in sorted({(r[1], r[2]) for r in rows})])
            db.commit()
        finally:
            db.close()
        progress.set(85)
        if zones and include_slots:
            out = gdal.OpenEx(str(tmp), gdal.OF_VECTOR | gdal.OF_UPDATE)
            out.ExecuteSQL(
                'INSERT INTO zone_slots (geom, zone_id, start, "end", start_local, end_local, clock_start, clock_end, '
                "count, suppressed_parts, parts) "
                'SELECT z.geom, s.zone_id, s.start, s."end", c.local_s, c.local_e, c.clock_s, c.clock_e, s.count, s.sp, s.parts '
                "FROM _slot_totals s JOIN zones z ON z.zone_id = s.zone_id "
                'JOIN _clock c ON c.start = s.start AND c."end" = s."end" ORDER BY s.start, s.zone_id')
            out.ExecuteSQL("DROP TABLE _slot_totals")
            out.ExecuteSQL("DROP TABLE _clock")
            out.ExecuteSQL('CREATE INDEX zone_slots_start ON zone_slots(start, "end")')
            out.ExecuteSQL("CREATE INDEX zone_slots_clock ON zone_slots(clock_start, clock_end)")
            out = None
        progress.check()
        os.replace(tmp, path)
    except Cancelled:
        tmp.unlink(missing_ok=True)
        raise
    except (RuntimeError, sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise ReadError(translate("ReadError", "the GeoPackage cannot be written: {error}").format(error=exc), path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path



def read_zones(path: str | Path) -> tuple[dict[str, str], str]:
    """Zone WKT by id and their CRS, from the ``zones`` layer of a GeoPackage written by :func:`write_gpkg`
    (the zones a saved project's map layer shows; zones are few, read one by one)."""
    from osgeo import gdal
    gdal.UseExceptions()
    src = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    try:
        lyr = src.GetLayerByName("zones")
        if lyr is None:
            return {}, ""
        zones = {}
        for f in lyr:
            g = f.GetGeometryRef()
            if g is not None and not g.IsEmpty():
                zones[f.GetField("zone_id")] = g.ExportToWkt()
        crs = ""
        meta = src.GetLayerByName("footfall_metadata")
        if meta is not None:
            meta.SetAttributeFilter("key = 'crs'")
            row = meta.GetNextFeature()
            if row is not None:
                crs = json.loads(row.GetField("value")) or ""
        if not crs and lyr.GetSpatialRef() is not None:
            srs = lyr.GetSpatialRef()
            code = srs.GetAuthorityCode(None)
            crs = f"EPSG:{code}" if code else srs.ExportToWkt()
        return zones, crs
    finally:
        src = None
