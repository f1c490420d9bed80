"""footfall:heat_cube and footfall:export_animation through processing.run and qgis_process."""

from __future__ import annotations

import json
import subprocess

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException

from footfall.core import demo


@pytest.fixture(scope="module")
def lyon(tmp_path_factory):
    return demo.write_lyon_demo(tmp_path_factory.mktemp("lyon"))


def _cube(tmp_path, lyon, **extra):
    import processing
    out = str(tmp_path / "heat.tif")
    params = {"INPUT": str(lyon["presence"]), "ZONES": str(lyon["zones"]), "ZONE_FIELD": "zone_id",
              "TIMEZONE": "Europe/Paris", "RADIUS": 400, "PIXEL_SIZE": 50, "OUTPUT": out}
    params.update(extra)
    return processing.run("footfall:heat_cube", params), out


def test_heat_cube_bands_are_slots_and_hold_every_person(provider, tmp_path, lyon):
    res, out = _cube(tmp_path, lyon)
    ds = gdal.Open(out)
    assert ds.RasterCount == res["BANDS"] == 96
    # band descriptions: slot starts in ISO 8601 UTC; 6 December 2018 00h in Lyon is 5 December 23:00 UTC
    assert ds.GetRasterBand(1).GetDescription() == "2018-12-05T23:00:00Z"
    assert ds.GetRasterBand(22).GetDescription() == "2018-12-06T20:00:00Z"
    # people per km² × pixel area = the slot's people (the sum of the known counts of the file's slot)
    from footfall.core.readers import read_export
    d = read_export(lyon["presence"], "Europe/Paris")
    starts, _e, totals, _s = d.slot_totals()
    band = ds.GetRasterBand(22).ReadAsArray().astype(np.float64)
    assert band.sum() * (50 * 50 / 1e6) == pytest.approx(float(totals[21]), rel=1e-4)
    d.close()


def test_profile_filter_lowers_every_band(provider, tmp_path, lyon):
    _r, all_out = _cube(tmp_path, lyon)
    (tmp_path / "f").mkdir()
    _r2, day_out = _cube(tmp_path / "f", lyon, PROFILES=[1])  # day visitors only
    ds_a, ds_d = gdal.Open(all_out), gdal.Open(day_out)  # keep the datasets alive while reading bands
    a = ds_a.GetRasterBand(22).ReadAsArray()
    d = ds_d.GetRasterBand(22).ReadAsArray()
    assert d.sum() < a.sum() and (d <= a + 1e-3).all()


def test_zero_radius_is_refused(provider, tmp_path, lyon):
    with pytest.raises(QgsProcessingException):
        _cube(tmp_path, lyon, RADIUS=0)
    assert not (tmp_path / "heat.tif").exists()


def test_export_animation_gif_mp4_and_frames(provider, tmp_path, lyon):
    import processing
    import imageio.v2 as imageio
    _r, cube = _cube(tmp_path, lyon)
    gif = tmp_path / "lyon.gif"
    frames = tmp_path / "frames"
    res = processing.run("footfall:export_animation", {"INPUT": cube, "OUTPUT": str(gif), "FRAMES": str(frames),
                                                       "WIDTH": 320, "HEIGHT": 240, "FPS": 10, "TIMEZONE": "Europe/Paris",
                                                       "TITLE": "Fête des Lumières"})
    assert res["FRAME_COUNT"] == 96
    reader = imageio.get_reader(str(gif))
    assert reader.get_length() == 96
    first = reader.get_data(0)
    assert first.shape[:2] == (240, 320)
    assert len(list(frames.glob("frame_*.png"))) == 96
    mp4 = tmp_path / "lyon.mp4"
    processing.run("footfall:export_animation", {"INPUT": cube, "OUTPUT": str(mp4), "WIDTH": 320, "HEIGHT": 240, "FPS": 10})
    assert imageio.get_reader(str(mp4)).count_frames() == 96


def test_export_refuses_a_folder_that_holds_files(provider, tmp_path, lyon):
    import processing
    _r, cube = _cube(tmp_path, lyon)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    with pytest.raises(QgsProcessingException):
        processing.run("footfall:export_animation", {"INPUT": cube, "FRAMES": str(busy), "WIDTH": 320, "HEIGHT": 240})
    assert [p.name for p in busy.iterdir()] == ["keep.txt"]


def test_qgis_process_heat_cube(tmp_path, lyon, qgis_process_env):
    env = qgis_process_env
    out = tmp_path / "h.tif"
    run = subprocess.run(["qgis_process.bin", "--json", "run", "footfall:heat_cube", "--", f"INPUT={lyon['presence']}",
                          f"ZONES={lyon['zones']}", "ZONE_FIELD=zone_id", "TIMEZONE=Europe/Paris", "RADIUS=400",
                          "PIXEL_SIZE=100", "KERNEL=3", f"OUTPUT={out}"], env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    res = json.loads(run.stdout[run.stdout.index("{"):])
    assert res["results"]["BANDS"] == 96
    ds = gdal.Open(str(out))
    assert ds.RasterCount == 96


def test_an_empty_selection_is_a_clear_error_and_writes_nothing(provider, tmp_path, lyon):
    with pytest.raises(QgsProcessingException) as err:
        _cube(tmp_path, lyon, ORIGINS="ZZ")
    assert "No time slot is left" in str(err.value)
    assert not list(tmp_path.glob("*.tif"))


def test_export_refuses_a_raster_that_is_not_a_heat_cube(provider, tmp_path):
    import processing
    plain = tmp_path / "plain.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(plain), 4, 4, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((0, 1, 0, 4, 0, -1))
    ds = None
    with pytest.raises(QgsProcessingException) as err:
        processing.run("footfall:export_animation", {"INPUT": str(plain), "OUTPUT": str(tmp_path / "a.gif")})
    assert "not a heat cube" in str(err.value)
    assert not (tmp_path / "a.gif").exists()


def test_partly_suppressed_zone_slots_are_marked_as_lower_bounds(provider, tmp_path):
    # Brussels presence, wide by profile: a zone-slot total is only partly known when some of its five
    # profile cells are empty (suppressed) and not all of them; counted here with csv, not by the plugin
    import csv
    import processing
    files = demo.write_brussels_demo(tmp_path / "bxl")
    with open(files["presence"], encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))[1:]
    empty = np.array([[c == "" for c in r[3:]] for r in rows])
    partial_cells = int((empty.any(axis=1) & ~empty.all(axis=1)).sum())
    whole_cells = int(empty.all(axis=1).sum())
    assert partial_cells > 20_000  # the old heat cube said "0 suppressed cells" for all of these
    out = str(tmp_path / "heat.tif")
    res = processing.run("footfall:heat_cube", {
        "INPUT": str(files["presence"]), "ZONES": str(files["zones"]), "ZONE_FIELD": "zone_id",
        "TIMEZONE": "Europe/Brussels", "RADIUS": 500, "PIXEL_SIZE": 100, "OUTPUT": out})
    assert res["PARTIAL"] == partial_cells and res["SUPPRESSED"] == whole_cells
    ds = gdal.Open(out)
    assert int(ds.GetMetadataItem("FOOTFALL_PARTIAL_CELLS")) == partial_cells
    per_band = [int(ds.GetRasterBand(i + 1).GetMetadataItem("PARTIAL_ZONES")) for i in range(ds.RasterCount)]
    assert sum(per_band) == partial_cells
    # 03:00 on Saturday (band 13): the count of each zone's rows with an empty profile cell at that time
    at_three = sum(1 for r, e in zip(rows, empty) if r[0] == "06/07/2019" and r[1] == "03:00" and e.any() and not e.all())
    assert per_band[12] == at_three
    # the same top of the colour scale is stored with the cube and read back by the animation's reader
    from footfall.core import heat
    assert heat.GeoTiffCube(out).scale_max(heat.SCALE_QUANTILE) == pytest.approx(res["SCALE_TOP"])


def test_export_animation_newsroom_options(provider, tmp_path, lyon):
    """Size preset, time window, still, subtitle and source: the files are what was asked for; a demo's
    cube (its source recorded in the GeoTIFF) says "synthetic"."""
    import processing
    from PIL import Image
    _r, cube = _cube(tmp_path, lyon)
    assert gdal.Open(cube).GetMetadataItem("FOOTFALL_SOURCE") == "lyon_fdl2018_frequentation.csv"
    gif, png = tmp_path / "w.gif", tmp_path / "w.png"
    res = processing.run("footfall:export_animation", {
        "INPUT": cube, "OUTPUT": str(gif), "STILL": str(png), "SIZE": 3, "FPS": 4, "TIMEZONE": "Europe/Paris",
        "TITLE": "Fête des Lumières", "SUBTITLE": "Chaleur", "SOURCE": "Source : Orange",
        "START": "2018-12-08T17:00:00Z", "END": "2018-12-08T21:00:00Z", "STILL_TIME": "2018-12-08T19:30:00Z"})
    assert res["FRAME_COUNT"] == 4 and res["GIF_STEP"] == 1  # 18h, 19h, 20h and 21h in Lyon (CET)
    g = Image.open(gif)
    assert g.size == (1080, 1920) and g.n_frames == 4
    still = Image.open(png)
    assert still.size == (1080, 1920)
    assert "20:00" in still.text["Description"] and "Synthetic demo data" in still.text["Description"]
    assert "Natural Earth" in still.text["Copyright"]
