"""The demo job (`make demo`): build both demos, import them, write GeoPackages, summaries and maps to out/.

Run as ``.venv/bin/python -P scripts/run_demo.py out`` (the Makefile does).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

from footfall.core import demo  # noqa: E402
from footfall.core.gpkg import write_gpkg  # noqa: E402
from footfall.core.readers import read_exports  # noqa: E402

DEMOS = {
    "brussels": {"tz": "Europe/Brussels", "operator": "Proximus (synthetische demo)", "language": "nl",
                 "title": "Tour de France 2019 — Grand Départ, Brussel",
                 "subtitle": "Aanwezige personen per zone en kwartier, en waar de bezoekers vandaan komen, "
                             "6–7 juli 2019 (synthetische demogegevens)",
                 "flow_extent_km": 260,
                 # T1 of ../shared/research/spend-sources.md: the figure docs/validation.md compares with
                 "published": ("direct", 32.7e6, "visit.brussels, via minister Sven Gatz, 7/10/2019"),
                 "organisation": {"nl": "Footfall-demo (synthetisch, geen echte opdrachtgever)",
                                  "fr": "Démo Footfall (synthétique, aucun commanditaire réel)"},
                 "reports": {"nl": "Tour de France 2019 — Grand Départ, Brussel",
                             "fr": "Tour de France 2019 — Grand Départ, Bruxelles"}},
    "lyon": {"tz": "Europe/Paris", "operator": "Orange Flux Vision (démo synthétique)", "language": "fr",
             "title": "Fête des Lumières 2018 — Lyon",
             "subtitle": "Personnes présentes par zone et par heure, et provenance des visiteurs, "
                         "6–9 décembre 2018 (données de démonstration synthétiques)",
             "flow_extent_km": 900,
             # F3: hotel nights counted by the hoteliers (La Tribune, 12/12/2018)
             "published": ("nights", 260_000, "nuitées hôtelières, La Tribune, 12/12/2018"),
             "organisation": {"fr": "Démo Footfall (synthétique, aucun commanditaire réel)"},
             "reports": {"fr": "Fête des Lumières 2018 — Lyon"}},
}


def summary(ds, fig, name: str, seconds: float) -> dict:
    """Key figures of an imported demo, for out/<name>_summary.json (the report's, computed once)."""
    return {
        "demo": name,
        "sources": [{"file": m.source_name, "sha256": m.source_sha256, "encoding": m.encoding,
                     "layout": m.layout, "slot_minutes": m.slot_minutes} for m in ds.sources],
        "rows": ds.row_count(),
        "suppressed_cells": ds.suppressed_count(),
        "zones": len(ds.zone_ids()),
        "slots": len(fig.slot_starts),
        "peak_slot_local": fig.peak_start.isoformat() if fig.peak_start else None,
        "people_in_peak_slot_at_least": fig.peak_total,
        "people_in_peak_slot_range": [fig.peak_total * (1 - fig.precision), fig.peak_total * (1 + fig.precision)]
        if fig.peak_total is not None else None,
        "anonymity_threshold": ds.metadata.threshold,
        "warnings": ds.metadata.warnings,
        "import_seconds": round(seconds, 2),
    }


def render_peak(gpkg: Path, ds, png: Path, cfg: dict | None = None) -> None:
    """The zones at the peak slot, on classes from the event's busiest slots, over the context layers, with
    title, time, legend and credits (QGIS offscreen)."""
    from footfall.cartography.layers import event_breaks, style_by_count, zone_slot_layer
    from footfall.cartography.still import zone_still
    from footfall.plugin.i18n import remove_translation, setup_translation

    cfg = cfg or {}
    translator = setup_translation(cfg.get("language", "en"))
    layer = zone_slot_layer(str(gpkg), "zones")
    limits, top = event_breaks(ds)
    style_by_count(layer, limits, ds.metadata.threshold, top)
    starts, ends, totals, _ = ds.slot_totals()
    peak = int(totals.argmax())
    from footfall.cartography.render import source_line
    from footfall.cartography.still import peak_subtitle
    zone_still(layer, float(starts[peak]), float(ends[peak]), ds.metadata.timezone, str(png), cfg.get("title", ""),
               peak_subtitle(), source_line(ds.metadata.operator),
               "Footfall", 1080, 1080, cfg.get("language"), synthetic=True)
    remove_translation(translator)


def animate(ds, prepared, name: str, cfg: dict, out: Path) -> float:
    """The heat cube of the demo (the report's: radius 500 m, 25 m pixels) as a GeoTIFF, a GIF and an MP4
    on one colour scale, and a PNG of the peak; returns the top of the scale (the report's too)."""
    from qgis.core import QgsCoordinateReferenceSystem

    from footfall.core import heat
    from footfall.cartography.render import FrameRenderer, export_animation
    from footfall.cartography.render import heat_subtitle, source_line

    from footfall.plugin.i18n import remove_translation, setup_translation
    translator = setup_translation(cfg["language"])  # captions and legend in the city's language
    qcrs = QgsCoordinateReferenceSystem(heat.ensure_projected(ds))
    t0 = time.perf_counter()
    cube = prepared.cube  # the report's cube (radius 500 m, 25 m pixels): one heat, one scale
    heat.write_geotiff(cube, str(out / f"{name}_heat.tif"), qcrs.toWkt(), source=ds.metadata.source_name)
    vmax = heat.scale_top(cube)
    fig = prepared.figures
    peak = int(np.argmin(np.abs(cube.starts - fig.peak_start.timestamp()))) if fig.peak_start else None
    credit = f"Footfall · {cfg['operator']}"
    text = {"subtitle": heat_subtitle(500), "source": source_line(cfg["operator"])}
    stats = {}
    for ext, size in (("gif", (1080, 1080)), ("mp4", (1920, 1080))):
        r = FrameRenderer(cube, qcrs, size[0], size[1], vmax, cfg["tz"], cfg["title"], credit, synthetic=True,
                          lang=cfg["language"], **text)
        res = export_animation(r, str(out / f"{name}_heat.{ext}"), None, 8.0,
                               still=str(out / f"{name}_heat_peak.png") if ext == "gif" else None, still_slot=peak)
        stats[ext] = res
    remove_translation(translator)
    print(f"{name}: heat cube {cube.shape[2]} x {cube.shape[1]} px x {cube.shape[0]} slots, "
          f"{cube.suppressed_cells} suppressed zone-slots left out, {cube.partial_cells} partly suppressed "
          f"(lower bounds), scale top {vmax:.0f}, GIF ({stats['gif']['bytes'] / 1e6:.1f} MB, one slot in "
          f"{stats['gif']['step']}) and MP4 in {time.perf_counter() - t0:.1f} s")
    return vmax


def flow_map(ds, prepared, name: str, cfg: dict, gpkg: Path, out: Path) -> int:
    """The origin flow map of the demo (PNG), in the city's language: the report's flows (one query,
    core.report_data.MAP_FLOWS), and its flows as a GeoPackage layer; returns the number of lines."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle, QgsVectorLayer
    from qgis.PyQt.QtGui import QColor

    from footfall.core import heat
    from footfall.cartography.flow_layer import flow_features, map_caption, memory_layer, render_flow_map, style_flows, tr
    from footfall.plugin.i18n import remove_translation, setup_translation

    translator = setup_translation(cfg["language"])
    crs = QgsCoordinateReferenceSystem(heat.ensure_projected(ds))
    t0 = time.perf_counter()
    result = prepared.figures.map_flows
    venue = prepared.venue
    layer = memory_layer(flow_features(result, {"": venue}, crs), crs, tr("Origin flows"))
    style_flows(layer, ds.metadata.threshold)
    zones = QgsVectorLayer(f"{gpkg}|layername=zones", "zones", "ogr")
    zones.renderer().symbol().setColor(QColor(120, 120, 120, 90))
    half = cfg["flow_extent_km"] * 500.0
    extent = QgsRectangle(venue.x() - half * 1.2, venue.y() - half, venue.x() + half * 1.2, venue.y() + half)
    lines = map_caption(len(result.flows), result.total, ds.metadata.threshold, result.precision)
    render_flow_map([layer, zones], crs, extent, 1200, 1000, cfg["title"], lines, str(out / f"{name}_flows.png"),
                    lang=cfg["language"], credits=[f"Footfall · {cfg['operator']}"], synthetic=True)
    remove_translation(translator)
    print(f"{name}: {len(result.flows)} flows ({result.merged_origins} origins merged, "
          f"{len(result.unresolved)} unresolved) in {time.perf_counter() - t0:.2f} s -> {name}_flows.png")
    return len(result.flows)


def web_page(ds, name: str, cfg: dict, out: Path) -> str:
    """The interactive web page of the demo in its city's language (one self-contained HTML file)."""
    from footfall.cartography.web import build_web_page
    from footfall.core.webpage import WebPageOptions

    t0 = time.perf_counter()
    path = out / f"{name}_{cfg['language']}.html"
    res = build_web_page(ds, str(path), WebPageOptions(language=cfg["language"], title=cfg["title"],
                                                       subtitle=cfg["subtitle"]))
    print(f"{name}: web page {res['bytes'] / 1e6:.1f} MB, {res['slots']} slots"
          f"{'' if not res['thinned'] else ' (thinned: one in ' + str(res['thinned']['step']) + ')'} "
          f"in {time.perf_counter() - t0:.1f} s -> {path.name}")
    return path.name


def _csv(path: Path, header: list[str], rows: list[list], decimal_comma: bool) -> None:
    """A CSV as Belgian and French spreadsheets open it: UTF-8 with BOM, ';', decimal comma.
    Text from the data cannot run as a formula (``safe_cell``), nor break the row (quoted when it
    holds ';', a quote or a line end)."""
    from footfall.core.fsutil import safe_cell

    def cell(v):
        if v is None:
            return ""
        if isinstance(v, float):
            text = f"{v:.6g}" if abs(v) < 1 else f"{v:.1f}"
            return text.replace(".", ",") if decimal_comma else text
        text = str(safe_cell(str(v)))
        if any(c in text for c in ';"\r\n'):
            text = '"' + text.replace('"', '""') + '"'
        return text
    lines = [";".join(cell(h) for h in header)] + [";".join(cell(v) for v in r) for r in rows]
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")


def catchment_tables(prepared, name: str, cfg: dict, out: Path) -> dict:
    """The venue catchment of the demo (the report's): ranked origins and distance decay as CSV, with the
    range of ± the counts' precision, and the figures for the summary."""
    fig = prepared.figures
    res = fig.catchment
    p = fig.precision
    lang = cfg["language"]
    rows = [[r.rank, r.flow.origin_type, r.flow.code, r.flow.name(lang) if not r.flow.other else f"other: {r.flow.name(lang)}",
             r.visitors, r.visitors * (1 - p), r.visitors * (1 + p), r.share, r.cum_share, r.band, r.distance_km,
             r.per_1000_residents] for r in res.rows]
    _csv(out / f"{name}_catchment.csv", ["rank", "origin_type", "origin_code", "origin_name", "visitors", "visitors_low",
                                          "visitors_high", "share", "cum_share", "band", "distance_km",
                                          "per_1000_residents"], rows, True)
    _csv(out / f"{name}_distance_decay.csv", ["from_km", "to_km", "visitors", "visitors_low", "visitors_high", "share",
                                              "cum_share"],
         [[b.from_km, b.to_km, b.visitors, b.visitors * (1 - p), b.visitors * (1 + p), b.share, b.cum_share]
          for b in res.decay], True)
    print(f"{name}: catchment of {len(res.rows)} origins, median {res.median_km:.1f} km, 90th percentile "
          f"{res.p90_km:.1f} km -> {name}_catchment.csv, {name}_distance_decay.csv")
    return {"level": "municipality", "visitors": res.total, "visitors_range": [res.total * (1 - p), res.total * (1 + p)],
            "median_km": round(res.median_km, 1), "p90_km": round(res.p90_km, 1),
            "bands": {f"{b:g}": {"origins": res.band_origins[b], "visitors": res.band_visitors[b],
                                 "ring_km": round(res.ring_km[b], 1)} for b in res.bands}}


def impact_tables(prepared, name: str, out: Path) -> dict:
    """The economic impact of the demo with its city's preset (the report's): table as CSV, summary JSON."""
    from footfall.core.impact import write_summary

    res = prepared.figures.impact
    _csv(out / f"{name}_impact.csv", list(res.columns), [list(r) for r in res.rows], True)
    write_summary(res, out / f"{name}_impact.json", {"demo": name})
    print(f"{name}: economic impact, direct {res.direct[1] / 1e6:.1f} M EUR (90 % {res.direct[0] / 1e6:.1f}–"
          f"{res.direct[2] / 1e6:.1f}), total {res.total[1] / 1e6:.1f} M EUR (90 % {res.total[0] / 1e6:.1f}–"
          f"{res.total[2] / 1e6:.1f}), rule {res.rule} -> {name}_impact.csv, {name}_impact.json")
    return {"preset": name, "rule": res.rule,
            "direct_eur": {"low": round(res.direct[0]), "central": round(res.direct[1]), "high": round(res.direct[2])},
            "total_eur": {"low": round(res.total[0]), "central": round(res.total[1]), "high": round(res.total[2])},
            "interval": "90 % Monte Carlo (docs/methods.md)"}


def reports(ds, prepared, name: str, cfg: dict, out: Path) -> list[str]:
    """The post-event report of the demo in its city's languages (PDF), from the figures computed once."""
    from footfall.cartography.report import layout_report
    written = []
    for lang, title in cfg["reports"].items():
        t0 = time.perf_counter()
        path = out / f"{name}_report_{lang}.pdf"
        layout_report(ds, prepared, str(path), lang, title=title, organisation=cfg["organisation"][lang])
        written.append(path.name)
        print(f"{name}: post-event report in {lang} in {time.perf_counter() - t0:.1f} s -> {path.name}")
    return written


def main(argv: list[str]) -> int:
    """Run the demo job."""
    out = Path(argv[1] if len(argv) > 1 else "out").resolve()
    data = out / "demo-data"
    out.mkdir(parents=True, exist_ok=True)
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from footfall.cartography.report import prepare_report
    from footfall.core.report_data import Published
    for name, cfg in DEMOS.items():
        files = demo.demo_files(name, data / name)
        t0 = time.perf_counter()
        ds = read_exports([files["presence"], files["origin"]], cfg["tz"], operator=cfg["operator"])
        seconds = time.perf_counter() - t0
        gpkg = write_gpkg(ds, out / f"{name}.gpkg")
        # every figure computed once (core.report_data.event_figures) and reused by each output below
        prepared = prepare_report(ds, preset=name, published=Published(*cfg["published"]))
        fig = prepared.figures
        info = summary(ds, fig, name, seconds)
        info["visitors"] = {"visitor_days_excluding_residents": fig.visitors,
                            "range": list(fig.visitors_range), "precision": fig.precision,
                            "suppressed_cells_behind": fig.visitors_suppressed_cells,
                            "residents_visitor_days": fig.residents_total}
        info["catchment"] = catchment_tables(prepared, name, cfg, out)
        info["economic_impact"] = impact_tables(prepared, name, out)
        info["reports"] = reports(ds, prepared, name, cfg, out)
        render_peak(gpkg, ds, out / f"{name}_peak.png", cfg)
        info["heat_scale_top"] = animate(ds, prepared, name, cfg, out)
        info["flow_lines"] = flow_map(ds, prepared, name, cfg, gpkg, out)
        info["flow_visitors"] = fig.map_flows.total
        info["web_page"] = web_page(ds, name, cfg, out)
        (out / f"{name}_summary.json").write_text(json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"{name}: {info['rows']} rows ({info['suppressed_cells']} suppressed) from "
              f"{', '.join(s['file'] for s in info['sources'])} in {seconds:.1f} s; "
              f"peak {info['peak_slot_local']} with at least {info['people_in_peak_slot_at_least']} people; "
              f"{fig.visitors:,.0f} visitor-days (residents apart) -> {gpkg.relative_to(out.parent)}")
        ds.close()
    app.exitQgis()
    print(f"outputs in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
