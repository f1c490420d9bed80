"""The post-event report: key figures, maps, charts, the economic impact and a methodology appendix, as
a PDF in English, Dutch or French (Qt's rich-text document printed to PDF; charts with matplotlib).

The figures come from :func:`core.report_data.event_figures` (already safe to publish); this module
only lays them out, in the report's language whatever the interface's language is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import io
from pathlib import Path

import numpy as np
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsPointXY,
                       QgsProject, QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QByteArray, QCoreApplication, QDateTime, QMarginsF, QSizeF, QTimeZone, QTranslator, QUrl
from qgis.PyQt.QtGui import QColor, QImage, QPageLayout, QPageSize, QTextCursor, QTextDocument, QTextFormat
from qgis.PyQt.QtPrintSupport import QPrinter

from ..core import i18n as core_i18n
from ..core import impact as impact_mod
from ..core.fsutil import atomic_file
from ..core.demo import demo_of
from ..core.report_data import EventFigures, profile_order, top_flows
from . import fmt

LANGUAGES = ("en", "nl", "fr")


def tr(text: str) -> str:
    """Translate in the report's context."""
    return QCoreApplication.translate("EventReport", text)


def language_options() -> list[str]:
    """Translated names of the report languages, in the order of :data:`LANGUAGES`."""
    return [tr("English"), tr("Dutch"), tr("French")]


def profile_name(code: str) -> str:
    """A profile's name in the report's language (the glossary's terms)."""
    return {"resident": tr("Residents"), "day_visitor": tr("Day visitors"),
            "overnight_visitor": tr("Overnight visitors"), "commuter": tr("Commuters"), "transit": tr("Transit"),
            "visitor": tr("Visitors"), "all": tr("All profiles")}.get(code, code)


class _SourceTranslator(QTranslator):
    """Answers every message with its English source, ahead of any other installed translator."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401, N802 - Qt API
        return source

    def isEmpty(self) -> bool:  # noqa: N802
        return False


@contextlib.contextmanager
def report_language(lang: str):
    """Translate into ``lang`` ('en', 'nl', 'fr') while the block runs, then restore the interface's."""
    from ..core.paths import I18N
    saved_fmt = fmt._override
    saved_core = core_i18n._translator
    tr_ = _SourceTranslator()
    if lang != "en":
        tr_ = QTranslator()
        if not tr_.load(str(I18N / f"footfall_{lang}.qm")):
            raise FileNotFoundError(str(I18N / f"footfall_{lang}.qm"))
    QCoreApplication.installTranslator(tr_)
    core_i18n.set_translator(QCoreApplication.translate)
    fmt.set_language({"en": "en_GB", "nl": "nl_BE", "fr": "fr_FR"}[lang])
    try:
        yield tr_
    finally:
        QCoreApplication.removeTranslator(tr_)
        core_i18n.set_translator(saved_core)
        fmt.set_language(saved_fmt)


# -- formatting ------------------------------------------------------------------------------------------
def _n(v: float | None, decimals: int = 0) -> str:
    return tr("withheld") if v is None else fmt.number(v, decimals)


def _pct(v: float | None) -> str:
    return "–" if v is None else f"{fmt.number(100.0 * v, 1)}\u00a0%"


def _eur(v: float) -> str:
    return tr("{amount} million EUR").format(amount=fmt.number(v / 1e6, 1))


def _date(d: dt.date, form: str = "dddd d MMMM yyyy") -> str:
    return fmt.locale().toString(QDateTime(d.year, d.month, d.day, 12, 0).date(), form)


def _time(t: dt.datetime, tz: str) -> str:
    qdt = QDateTime.fromSecsSinceEpoch(int(t.timestamp()), QTimeZone(tz.encode()))
    return fmt.locale().toString(qdt, "dddd d MMMM yyyy, HH:mm")


def _e(text: str) -> str:
    return html.escape(str(text))


def _table(header: list[str], rows: list[list[str]], right_from: int = 1) -> str:
    th = "".join(f"<th align='{'right' if i >= right_from else 'left'}'>{_e(h)}</th>" for i, h in enumerate(header))
    body = "".join("<tr>" + "".join(f"<td align='{'right' if i >= right_from else 'left'}'>{_e(c)}</td>"
                                    for i, c in enumerate(r)) + "</tr>" for r in rows)
    return (f"<table cellspacing='0' cellpadding='4' width='100%'><thead><tr class='h'>{th}</tr></thead>"
            f"<tbody>{body}</tbody></table>")


# -- charts ----------------------------------------------------------------------------------------------
_COLORS = {"resident": "#4c72b0", "day_visitor": "#dd8452", "overnight_visitor": "#55a868", "commuter": "#c44e52",
           "transit": "#8172b3", "visitor": "#937860", "all": "#777777"}


def _png(fig) -> QImage:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=150)
    img = QImage()
    img.loadFromData(QByteArray(buf.getvalue()), "PNG")
    return img


def round_time_ticks(first: float, last: float, timezone: str, most: int = 9) -> list[float]:
    """Ticks at round local times (every 1, 2, 3, 6, 12 or 24 hours, on the hour) between two epochs."""
    from zoneinfo import ZoneInfo
    zone = ZoneInfo(timezone)
    span_h = max(1.0, (last - first) / 3600.0)
    step = next((h for h in (1, 2, 3, 6, 12, 24, 48) if span_h / h <= most), 72)
    t = dt.datetime.fromtimestamp(first, dt.timezone.utc).astimezone(zone).replace(minute=0, second=0, microsecond=0)
    out = []
    while t.timestamp() <= last + 1:
        if t.timestamp() >= first - 1 and (t.hour % min(step, 24)) == 0:
            out.append(t.timestamp())
        t = (t.replace(tzinfo=None) + dt.timedelta(hours=1)).replace(tzinfo=zone)
    return out


def _is_midnight(t: float, timezone: str) -> bool:
    from zoneinfo import ZoneInfo
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).astimezone(ZoneInfo(timezone)).hour == 0


def chart_over_time(fig_: EventFigures) -> QImage | None:
    """People present per slot, stacked by profile, with local dates on the axis."""
    if fig_.slot_starts.size == 0:
        return None
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.ticker import FuncFormatter
    profiles = profile_order(list(fig_.slot_by_profile))
    x = fig_.slot_starts.astype(float)
    fig, ax = plt.subplots(figsize=(7.2, 3.4))
    ax.stackplot(x, [fig_.slot_by_profile[p] for p in profiles], labels=[profile_name(p) for p in profiles],
                 colors=[_COLORS.get(p, "#999999") for p in profiles], alpha=0.9, linewidth=0)
    ticks = round_time_ticks(float(x[0]), float(x[-1]), fig_.timezone)
    ax.set_xticks(ticks)
    ax.set_xticklabels([fmt.locale().toString(QDateTime.fromSecsSinceEpoch(int(t), QTimeZone(fig_.timezone.encode())),
                                              "ddd d MMM HH:mm" if _is_midnight(t, fig_.timezone) or i == 0 else "HH:mm")
                        for i, t in enumerate(ticks)], fontsize=7)
    ax.set_xlim(x[0], x[-1])
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt.number(v)))
    ax.tick_params(axis="y", labelsize=7)
    ax.set_ylabel(tr("{measure} (at least)").format(measure=fig_.label()), fontsize=8)
    ax.legend(fontsize=7, loc="upper left", frameon=False, ncol=3)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    img = _png(fig)
    plt.close(fig)
    return img


def chart_origins(flows: list, lang: str) -> QImage | None:
    """Horizontal bars of the largest origins."""
    if not flows:
        return None
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.ticker import FuncFormatter
    from .flow_layer import origin_label
    names = [origin_label(f, lang) for f in flows][::-1]
    values = [f.visitors for f in flows][::-1]
    fig, ax = plt.subplots(figsize=(7.2, 0.32 * len(flows) + 0.8))
    ax.barh(names, values, color="#2b6cb0")
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt.number(v)))
    ax.tick_params(labelsize=7)
    ax.set_xlabel(tr("visitors (sums of daily counts per zone)"), fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    img = _png(fig)
    plt.close(fig)
    return img


# -- maps ------------------------------------------------------------------------------------------------
def _zones_layer(ds, crs: QgsCoordinateReferenceSystem) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Polygon?crs={crs.authid()}", "zones", "memory")
    feats = []
    for _zid, wkt in ds.zones_wkt().items():
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.renderer().symbol().setColor(QColor(120, 120, 120, 90))
    return layer


def heat_cube(ds):
    """The heat cube of the report's map (radius 500 m, 25 m pixels); None without zone geometry."""
    from ..core import heat
    if not ds.zones_wkt():
        return None
    return heat.cube_for_dataset(ds, heat.HeatParams(radius=500, pixel=25))[0]  # the demo's animation too


def map_heat_peak(ds, fig_: EventFigures, title: str, path: str, cube=None, synthetic: bool = False) -> bool:
    """The heat surface of the peak slot, with its caption and legend (the animation's renderer)."""
    from ..core import heat
    from .render import FrameRenderer
    if not ds.zones_wkt() or fig_.peak_start is None:
        return False
    crs = QgsCoordinateReferenceSystem(heat.ensure_projected(ds))
    cube = cube if cube is not None else heat_cube(ds)
    t = int(np.argmin(np.abs(cube.starts - fig_.peak_start.timestamp())))
    r = FrameRenderer(cube, crs, 1000, 600, heat.scale_top(cube), fig_.timezone, title,
                      tr("Footfall · heat of the people present, radius 500 m"), synthetic=synthetic)
    return r.render(t).save(path)


def map_flows(ds, fig_: EventFigures, venue: QgsPointXY, crs, title: str, lang: str, path: str,
              synthetic: bool = False) -> bool:
    """The largest origin flows to the venue, with the catchment rings."""
    from .geometry import geodesic_circle
    from .flow_layer import flow_features, map_caption, memory_layer, render_flow_map, style_flows
    import dataclasses
    from ..core.flows import origin_flows
    from ..core.report_data import MAP_FLOWS
    if fig_.countries is None:
        return False
    res = fig_.map_flows if fig_.map_flows is not None else origin_flows(
        ds, dataclasses.replace(MAP_FLOWS, start=fig_.start, end=fig_.end))
    layer = memory_layer(flow_features(res, {"": venue}, crs, lang=lang), crs, tr("Origin flows"))
    style_flows(layer, fig_.threshold)
    layers = [layer]
    ext_km = 150.0
    if fig_.catchment is not None:
        from qgis.core import (QgsField, QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat,
                               QgsVectorLayerSimpleLabeling)
        from qgis.PyQt.QtCore import QVariant
        from qgis.PyQt.QtGui import QFont
        rings = QgsVectorLayer(f"Polygon?crs={crs.authid()}", "rings", "memory")
        rings.dataProvider().addAttributes([QgsField("label", QVariant.String)])
        rings.updateFields()
        wgs = QgsCoordinateReferenceSystem("EPSG:4326")
        to_crs = QgsCoordinateTransform(wgs, crs, QgsProject.instance().transformContext())
        ll = QgsCoordinateTransform(crs, wgs, QgsProject.instance().transformContext()).transform(venue)
        feats = []
        radii = [fig_.catchment.ring_km.get(b) for b in fig_.catchment.bands]
        # the frame holds every ring up to 600 km (beyond, the map would show a continent, not a catchment)
        shown = [r for r in radii if r and r <= 600.0]
        ext_km = min(max(max(shown) * 1.15 if shown else 80.0, 60.0), 690.0)
        for b, r_km in zip(fig_.catchment.bands, radii):
            if r_km and r_km <= 600.0:
                g = geodesic_circle(ll.x(), ll.y(), r_km)
                g.transform(to_crs)
                f = QgsFeature(rings.fields())
                f.setGeometry(g)
                f.setAttributes([tr("{share} % within {km} km").format(share=fmt.number(b, 0), km=fmt.number(r_km, 0))])
                feats.append(f)
        rings.dataProvider().addFeatures(feats)
        sym = rings.renderer().symbol()
        sym.setColor(QColor(0, 0, 0, 0))
        sym.symbolLayer(0).setStrokeColor(QColor(90, 90, 90))
        sym.symbolLayer(0).setStrokeStyle(2)  # dashed
        lab = QgsPalLayerSettings()
        lab.fieldName = "label"
        lab.placement = QgsPalLayerSettings.PerimeterCurved
        tf = QgsTextFormat()
        tf.setFont(QFont("DejaVu Sans"))
        tf.setSize(7.5)
        tf.setColor(QColor(60, 60, 60))
        buf = QgsTextBufferSettings()
        buf.setEnabled(True)
        buf.setSize(0.8)
        buf.setColor(QColor(255, 255, 255, 220))
        tf.setBuffer(buf)
        lab.setFormat(tf)
        lab.priority = 8
        rings.setLabeling(QgsVectorLayerSimpleLabeling(lab))
        rings.setLabelsEnabled(True)
        layers.append(rings)
    layers.append(_zones_layer(ds, crs))
    half = ext_km * 1000.0
    extent = QgsRectangle(venue.x() - half * 1.2, venue.y() - half, venue.x() + half * 1.2, venue.y() + half)
    lines = map_caption(len(res.flows), res.total, fig_.threshold, res.precision)
    if fig_.catchment is not None:
        lines.append(tr("Dashed circles: distance within which 50, 75 and 90 % of the visitors live."))
        far = [b for b in fig_.catchment.bands if (fig_.catchment.ring_km.get(b) or 0) > 600.0]
        if far:
            lines.append(tr("Circles beyond 600 km ({bands} %) are left out of the map; see the catchment table.").format(
                bands=", ".join(fmt.number(b, 0) for b in far)))
    render_flow_map(layers, crs, extent, 1000, 640, title, lines, path, lang=lang, synthetic=synthetic)
    return True


# -- the document ----------------------------------------------------------------------------------------
CSS = """
body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1d1d1d; }
h1 { font-size: 20pt; color: #12355b; margin-bottom: 2px; }
h2 { font-size: 13pt; color: #12355b; margin-top: 14px; }
p.sub { color: #555555; font-size: 10pt; }
p.note { color: #555555; font-size: 8pt; }
tr.h th { background-color: #e8eef5; }
td, th { border-bottom: 1px solid #dddddd; font-size: 8pt; }
td.key { font-size: 14pt; font-weight: bold; color: #12355b; }
"""


def report_html(ds, fig_: EventFigures, title: str, venue_text: str, lang: str, images: dict[str, QImage],
                width: int = 680) -> str:
    """The report's body as rich text (images referenced by name, ``width`` pixels wide: the text width).
    The cover, running header, footer and page numbers are drawn by :func:`print_report`. The numbers'
    sections are worded by :mod:`.report_sections`, from figures computed once
    (:func:`core.report_data.event_figures`)."""
    from . import report_sections as sec
    # the texts used inside f-strings (pylupdate5 does not look into f-strings)
    t0 = tr("Post-event report")
    t1 = tr("Key figures")
    t3 = tr("Visitors per day and profile")
    t4 = tr("Share by profile")
    t5 = tr("People present per time slot, by profile, residents included (sums of the published cells of all zones).")
    t6 = tr("Where the crowd was at the peak")
    t7 = tr("Where visitors came from")
    t8 = tr("Origins")
    t9 = tr("Largest origins in detail")
    t10 = tr("Origins with fewer than {k} visitors are only counted in “Other origins in …” groups. In brackets: the range of ± the precision of the counts ({p} %).")
    t11 = tr("Catchment")
    t12 = tr("The X % catchment is the smallest set of the largest origins that together send X % of the visitors.")
    t13 = tr("Economic impact")
    t15 = tr("Residents, commuters and local day visitors bring no new money (additionality 0, as eventIMPACTS leaves out residents' spending). The other values come from published figures or are labelled assumptions: see the table of assumptions in the appendix, and replace the assumptions with the organiser’s own survey.")
    t16 = tr("Appendix: how these figures were made")
    t17 = tr("What these figures cannot tell")
    t18 = tr("Made with Footfall on {date}. Place names: GeoNames, Statbel, INSEE.")
    t19 = tr("Residents")
    t20 = tr("Residents are not visitors: people whose phone usually spends the night in the area. They stay in this table and out of every visitors figure of the report.")
    t21 = tr("What makes the interval wide")
    t22 = tr("Each input varied alone, the others at their central values: the total impact it gives and its share of the width.")
    t23 = tr("Assumptions behind the economic impact")
    t24 = tr("Kind: published (a figure for the place), derived (calculated from published figures), proxy (a figure of another place, year or population), assumption (nothing published was found), definition or method; then the ids of the published figures (docs/methods.md, “Sources of the preset figures”), their year and confidence (H, M, L).")
    t25 = tr("Published figure to compare with")
    parts = [f"<html><head><style>{CSS}</style></head><body>"]
    period = (tr("from {first} to {last}").format(first=_date(fig_.days[0]), last=_date(fig_.days[-1]))
              if fig_.days else "–")
    del t0, period  # on the cover (cover_html)

    # key figures
    parts.append(f"<h2>{_e(t1)}</h2>")
    parts.append(_table([tr("Figure"), tr("Value")], sec.key_figures_rows(fig_)))
    parts.append(f"<p class='note'>{_e(sec.key_figures_note(fig_))}</p>")

    # visitors per day and profile (residents apart), then the residents' own table; an export without
    # visitors (MITMA trips) has no such table
    profiles = profile_order(fig_.profiles)
    residents = None
    if fig_.rule:
        parts.append(f"<h2>{_e(t3)}</h2>")
        header, rows, residents = sec.visitors_tables(fig_)
        parts.append(_table(header, rows))
    total = sum(v for v in fig_.profile_totals.values() if v)
    if total:
        share = ", ".join(f"{profile_name(p)} {_pct((fig_.profile_totals.get(p) or 0) / total)}" for p in profiles
                          if fig_.profile_totals.get(p) is not None)
        parts.append(f"<p>{_e(tr('{label}: {value}').format(label=t4, value=share))}.</p>")
    if "over_time" in images:
        parts.append(f"<p><img src='over_time' width='{width}'></p>")
        parts.append(f"<p class='note'>{_e(t5)}</p>")
    if residents is not None:
        parts.append(f"<h2>{_e(t19)}</h2>")
        parts.append(_table([tr("Day"), tr("Residents")], residents))
        parts.append(f"<p class='note'>{_e(t20)}</p>")

    # maps
    if "heat" in images:
        parts.append(f"<h2>{_e(t6)}</h2>")
        parts.append(f"<p><img src='heat' width='{width}'></p>")
    if "flows" in images:
        parts.append(f"<h2>{_e(t7)}</h2>")
        parts.append(f"<p><img src='flows' width='{width}'></p>")

    # origins, with the range of ± the counts' precision
    p_ = fig_.precision
    if fig_.countries is not None:
        parts.append(f"<h2>{_e(t8)}</h2>")
        from .flow_layer import origin_label
        top = top_flows(fig_.countries, 10)
        tot = fig_.countries.total or 1.0
        what = fig_.label(fig_.countries.measure)
        what = what[:1].upper() + what[1:]
        parts.append(_table([tr("Country"), what, tr("Share")],
                            [[origin_label(f, lang), sec.count_with_margin(f.visitors, p_), _pct(f.visitors / tot)]
                             for f in top]))
        if "origins" in images:
            parts.append(f"<p><img src='origins' width='{width}'></p>")
        topm = top_flows(fig_.origins, 15)
        tot = fig_.origins.total or 1.0
        parts.append(f"<h2>{_e(t9)}</h2>")
        parts.append(_table([tr("Origin"), what, tr("Share")],
                            [[origin_label(f, lang), sec.count_with_margin(f.visitors, p_), _pct(f.visitors / tot)]
                             for f in topm]))
        parts.append(f"<p class='note'>{_e(t10.format(k=fig_.threshold, p=fmt.number(100 * p_, 0)))}</p>")
    if fig_.catchment is not None:
        c = fig_.catchment
        parts.append(f"<h2>{_e(t11)}</h2>")
        parts.append(_table([tr("Band"), tr("Origins"), tr("Visitors"), tr("Radius of the ring")],
                            [[f"{fmt.number(b, 0)}\u00a0%", str(c.band_origins[b]), sec.count_with_margin(c.band_visitors[b], p_),
                              "–" if c.ring_km[b] is None else f"{fmt.number(c.ring_km[b], 0)} km"] for b in c.bands]))
        parts.append(f"<p class='note'>{_e(t12)}</p>")

    # economic impact: table, interval, suppressed cells, nights, what makes the width, the back-test
    if fig_.impact is not None:
        parts.append(f"<h2>{_e(t13)}</h2>")
        parts.append(_table([tr("Profile"), tr("Origin group"), tr("Visitor-days"), tr("Suppressed cells"),
                             tr("Direct (M EUR)"), tr("90 % interval (M EUR)")], sec.impact_rows(fig_), right_from=2))
        for line in sec.impact_paragraphs(fig_):
            parts.append(f"<p>{_e(line)}</p>")
        cmp_ = sec.backtest_text(fig_)
        if cmp_:
            parts.append(f"<p>{_e(tr('{label}: {value}').format(label=t25, value=cmp_))}</p>")
        parts.append(f"<p class='note'>{_e(impact_mod.bounds_text())}</p>")
        parts.append(f"<p class='note'>{_e(t15)}</p>")
        parts.append(f"<h2>{_e(t21)}</h2>")
        parts.append(_table([tr("Input"), tr("Range"), tr("Total impact, this input alone (M EUR)"), tr("Share of the width")],
                            sec.sensitivity_rows(fig_), right_from=1))
        parts.append(f"<p class='note'>{_e(t22)}</p>")

    # appendix
    parts.append(f"<h2 class='appendix'>{_e(t16)}</h2>")
    src_rows = [[s["file"], s["sha256"][:16] + "…", fmt.number(s["slot_minutes"] or 0, 0)] for s in fig_.sources]
    parts.append(_table([tr("Source file"), tr("SHA-256 (start)"), tr("Slot (minutes)")], src_rows))
    rule_text = impact_mod.rule_text(fig_.rule) if fig_.rule else sec.key_figures_note(fig_)  # in the report's language
    meta = [[tr("Operator"), fig_.operator or tr("not stated in the export")],
            [tr("Extrapolation by the operator"), fig_.extrapolation or tr("not stated in the export")],
            [tr("Anonymity threshold"), tr("{k} people: smaller counts are never shown").format(k=fig_.threshold)],
            [tr("Suppressed cells in the export"), fmt.number(fig_.suppressed_cells, 0)],
            [tr("Margin of the counts"), f"±{fmt.number(100 * fig_.precision, 0)}\u00a0%"],
            [tr("Time zone"), fig_.timezone],
            [tr("What the figures measure"), fig_.labels() or fig_.label()],
            [tr("Counting rule"), rule_text]]
    if fig_.impact is not None:
        presets = {"brussels": tr("Brussels"), "lyon": tr("Lyon")}
        meta.append([tr("Spend preset"), presets.get(fig_.impact.preset, fig_.impact.preset or "–")])
        meta.append([tr("Suppressed cells in the impact"), impact_mod.suppressed_text(fig_.threshold)])
    parts.append(_table([tr("Item"), tr("Value")], meta, right_from=9))
    if fig_.impact is not None:
        parts.append(f"<h2>{_e(t23)}</h2>")
        parts.append(_table([tr("Profile"), tr("Input"), tr("Central"), tr("Low–high"), tr("Kind · sources · year · confidence")],
                            sec.assumptions_rows(fig_), right_from=2))
        parts.append(f"<p class='note'>{_e(t24)}</p>")
        parts.append(f"<p class='note'>{_e(sec.extremes_text(fig_))} {_e(impact_mod.extremes_text())}</p>")
    parts.append(f"<h2>{_e(t17)}</h2><ul>")
    for line in (tr("They come from the phones of one operator's customers, extrapolated by the operator to the population: they are not people counted at a gate."),
                 tr("A visitor-day is one person on one day in the study area; a person who came on two days is included twice, and unique visitors over the whole period are not known."),
                 tr("Origins are the most probable place of residence, not where the trip started."),
                 tr("Cells below the anonymity threshold are suppressed: small origins and quiet hours are under-counted."),
                 tr("The economic impact multiplies these estimates by spend figures of other places, years or populations and by assumptions: read its interval, the inputs that make it wide, and the table of assumptions.")):
        parts.append(f"<li>{_e(line)}</li>")
    parts.append("</ul>")
    parts.append(f"<p class='note'>{_e(t18.format(date=_date(dt.date.today())))}</p>")
    parts.append("</body></html>")
    return "".join(parts)



# -- pages ----------------------------------------------------------------------------------------------
#: Height of the running header and of the footer, in points (1/72 inch) of the PDF page.
HEADER_PT = 22.0
FOOTER_PT = 22.0


def period_text(fig_: EventFigures) -> str:
    """“from Saturday 6 July 2019 to Sunday 7 July 2019” in the report's language."""
    if not fig_.days:
        return "–"
    if fig_.days[0] == fig_.days[-1]:
        return _date(fig_.days[0])
    return tr("from {first} to {last}").format(first=_date(fig_.days[0]), last=_date(fig_.days[-1]))


def cover_html(title: str, venue_text: str, period: str, organisation: str, contents: list[tuple[str, int]],
               synthetic: bool, sources: str, picture: str = "", width: int = 680) -> str:
    """The cover: title, what it is, the event's place and period, the organisation, the date of writing,
    the contents with page numbers; for a built-in demo, a warning that the data are synthetic."""
    written = tr("Written on {date}").format(date=_date(dt.date.today()))
    rows = "".join(f"<tr><td>{_e(t)}</td><td align='right'>{p}</td></tr>" for t, p in contents)
    parts = [f"<html><head><style>{CSS}</style></head><body>",
             "<p style='font-size: 11pt; color: #555555; margin-top: 40px'>" + _e(tr("Post-event report")) + "</p>",
             f"<h1 style='font-size: 26pt'>{_e(title)}</h1>",
             f"<p class='sub' style='font-size: 13pt'>{_e(venue_text)}</p>",
             f"<p class='sub' style='font-size: 13pt'>{_e(period)}</p>"]
    if organisation:
        parts.append(f"<p style='font-size: 12pt; margin-top: 18px'><b>{_e(organisation)}</b></p>")
    parts.append(f"<p class='note' style='font-size: 10pt'>{_e(written)} · {_e(sources)}</p>")
    if synthetic:
        parts.append("<p style='font-size: 11pt; color: #b3261e; margin-top: 14px'><b>"
                     + _e(tr("Synthetic demo data – not a measurement. These figures come from Footfall's built-in "
                             "demo generator and describe no real event.")) + "</b></p>")
    heading = tr("Contents")  # outside the f-string: pylupdate5 reads no call inside one
    parts.append(f"<h2 style='margin-top: 36px'>{_e(heading)}</h2>")
    parts.append(f"<table cellspacing='0' cellpadding='5' width='100%'>{rows}</table>")
    if picture:
        parts.append(f"<p style='margin-top: 24px'><img src='{picture}' width='{width}'></p>")
    parts.append("</body></html>")
    return "".join(parts)


def _heading_blocks(doc: QTextDocument) -> list:
    out = []
    b = doc.begin()
    while b.isValid():
        if b.blockFormat().headingLevel() == 2:
            out.append(b)
        b = b.next()
    return out


def _tables(doc: QTextDocument) -> list:
    from qgis.PyQt.QtGui import QTextTable
    seen, out = set(), []
    b = doc.begin()
    while b.isValid():
        c = QTextCursor(b)
        t = c.currentTable()
        if isinstance(t, QTextTable) and t.firstPosition() not in seen:
            seen.add(t.firstPosition())
            out.append(t)
        b = b.next()
    return out


def keep_together(doc: QTextDocument, page_h: float, rounds: int = 12) -> None:
    """Page breaks where a section would be torn: a heading never ends a page (it goes with its picture, or
    the header and the first rows of its table), and a table never leaves fewer than three rows alone on a
    page. Qt repeats a table's header row on each page the table runs over (``<thead>``). A break that a
    later one made useless (the heading would now sit whole at the top of a page anyway) is taken out again,
    so that no page is left nearly empty by it."""
    layout = doc.documentLayout()

    def page_of(y: float) -> int:
        return int(y // page_h)

    def has_break(block) -> bool:
        return bool(block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreak_AlwaysBefore)

    def set_break(block, on: bool) -> None:
        fmt_ = block.blockFormat()
        fmt_.setPageBreakPolicy(QTextFormat.PageBreak_AlwaysBefore if on else QTextFormat.PageBreak_Auto)
        QTextCursor(block).setBlockFormat(fmt_)

    def heading_torn(h) -> bool:
        r = layout.blockBoundingRect(h)
        nxt = h.next()
        if not nxt.isValid():
            return False
        table = QTextCursor(nxt).currentTable()
        if table is not None:
            rows = min(table.rows(), 4)
            last = table.cellAt(rows - 1, 0).lastCursorPosition().block()
            need_bottom = layout.blockBoundingRect(last).bottom()
        else:
            need_bottom = layout.blockBoundingRect(nxt).bottom()
            # a short paragraph then a picture: keep the picture too
            after = nxt.next()
            if after.isValid() and "\ufffc" in after.text() and layout.blockBoundingRect(nxt).height() < 60:
                need_bottom = layout.blockBoundingRect(after).bottom()
        return page_of(r.top()) != page_of(min(need_bottom, r.top() + page_h) - 1) and page_of(r.top()) * page_h != r.top()

    def table_torn(t) -> bool:
        pages = [page_of(layout.blockBoundingRect(t.cellAt(i, 0).firstCursorPosition().block()).top())
                 for i in range(t.rows())]
        if len(set(pages)) < 2 or t.rows() < 5:
            return False
        tail = sum(1 for p in pages if p == pages[-1])
        head = sum(1 for p in pages[1:] if p == pages[0])  # data rows on the first page
        return tail < 3 or head < 2

    def table_target(t):
        first = doc.findBlock(t.firstPosition() - 1)
        return first if first.isValid() else doc.findBlock(t.firstPosition())

    added: list[int] = []  # block numbers given a break here
    for _ in range(rounds):
        changed = False
        for h in _heading_blocks(doc):
            if not has_break(h) and heading_torn(h):
                set_break(h, True)
                added.append(h.blockNumber())
                changed = True
                break
        if not changed:
            for t in _tables(doc):
                target = table_target(t)
                if table_torn(t) and not has_break(target):
                    set_break(target, True)
                    added.append(target.blockNumber())
                    changed = True
                    break
        if not changed:
            break
        doc.setPageSize(doc.pageSize())  # lay out again
    # take out the breaks that are no longer needed, the last first
    for number in reversed(added):
        block = doc.findBlockByNumber(number)
        set_break(block, False)
        doc.setPageSize(doc.pageSize())
        if any(heading_torn(h) for h in _heading_blocks(doc)) or any(table_torn(t) for t in _tables(doc)):
            set_break(block, True)
            doc.setPageSize(doc.pageSize())


def arrange(html: str, make_doc, page_h: float, rounds: int = 8) -> QTextDocument:
    """The body laid out so that no page but the last is left half empty: sections (from one ``<h2>`` to
    the next) are kept whole where they are short (:func:`keep_together`), and where a section with a
    picture had to start a new page, leaving a gap of more than a third of a page, the next text-only
    section that fits is moved into that gap (as a figure floats in a printed report). The appendix and
    what follows it never move."""
    head, _sep, rest = html.partition("<h2")
    body, tail = ("<h2" + rest).rsplit("</body>", 1) if rest else ("", "")
    sections = ["<h2" + part for part in body.split("<h2")[1:]]
    tail = "</body>" + tail
    fixed = next((i for i, sct in enumerate(sections) if "class='appendix'" in sct), len(sections))
    heights: dict[int, float] = {}

    def height(k: int) -> float:
        if k not in heights:
            heights[k] = make_doc(head + sections[k] + tail, 1e6).size().height()
        return heights[k]

    order = list(range(len(sections)))
    doc = None
    for _ in range(rounds):
        doc = make_doc(head + "".join(sections[k] for k in order) + tail)
        keep_together(doc, page_h)
        layout = doc.documentLayout()
        moved = False
        for idx, h in enumerate(_heading_blocks(doc)[: len(order)]):
            if not (h.blockFormat().pageBreakPolicy() & QTextFormat.PageBreak_AlwaysBefore) or order[idx] >= fixed:
                continue
            prev = h.previous()
            if not prev.isValid():
                continue
            top = layout.blockBoundingRect(h).top()
            gap = (top // page_h) * page_h - layout.blockBoundingRect(prev).bottom()
            if gap < page_h / 3:
                continue
            for j in range(idx + 1, len(order)):
                k = order[j]
                if k >= fixed:
                    break
                if "<img" not in sections[k] and height(k) <= gap - 24:
                    order.insert(idx, order.pop(j))
                    moved = True
                    break
            if moved:
                break
        if not moved:
            break
    return doc


def print_report(ds, fig_: EventFigures, images: dict[str, QImage], path: str, title: str, venue_text: str,
                 lang: str, organisation: str = "", synthetic: bool = False) -> int:
    """Lay the report out on A4 pages and write the PDF (whole or not at all): a cover with the contents,
    then the body with a running header (title and period) and a footer (source, date of writing, page
    “n / N”) on every page. Returns the number of pages."""
    from qgis.PyQt.QtCore import QPointF, QRectF
    from qgis.PyQt.QtGui import QFont, QPainter
    period = period_text(fig_)
    operator = fig_.operator or tr("the operator")
    sources = tr("Source: {operator}").format(operator=operator)
    with atomic_file(path, suffix=".pdf") as out:
        # at screen resolution the page is about 680 px wide between the margins; images keep their full
        # resolution in the PDF
        printer = QPrinter(QPrinter.ScreenResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(out)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                          QMarginsF(15, 12, 15, 12), QPageLayout.Millimeter))
        printer.setDocName(title + (" – " + tr("synthetic demo data") if synthetic else ""))
        printer.setCreator("Footfall")
        page = printer.pageRect(QPrinter.DevicePixel)
        dpi = printer.resolution()
        head_px, foot_px = HEADER_PT * dpi / 72.0, FOOTER_PT * dpi / 72.0
        width, body_h = page.width(), page.height() - head_px - foot_px
        def make_doc(html: str, height: float = body_h) -> QTextDocument:
            d = QTextDocument()
            for name, image in images.items():
                d.addResource(QTextDocument.ImageResource, QUrl(name), image)
            d.setHtml(html)
            d.documentLayout().setPaintDevice(printer)
            d.setPageSize(QSizeF(width, height))
            return d

        doc = arrange(report_html(ds, fig_, title, venue_text, lang, images, int(width) - 8), make_doc, body_h)
        body_pages = doc.pageCount()
        total = body_pages + 1
        layout = doc.documentLayout()
        contents = [(h.text(), int(layout.blockBoundingRect(h).top() // body_h) + 2) for h in _heading_blocks(doc)]
        cover = QTextDocument()
        for name, image in images.items():
            cover.addResource(QTextDocument.ImageResource, QUrl(name), image)
        cover.documentLayout().setPaintDevice(printer)
        cover_h = page.height() - foot_px
        cover.setHtml(cover_html(title, venue_text, period, organisation, contents, synthetic, sources))
        cover.setPageSize(QSizeF(width, 1e6))
        room = cover_h - cover.size().height() - 40
        if "heat" in images and room > 200:  # the heat at the peak as the cover's picture, as large as fits
            img = images["heat"]
            w = int(min(width - 8, room * img.width() / max(1, img.height())))
            cover.setHtml(cover_html(title, venue_text, period, organisation, contents, synthetic, sources, "heat", w))
        cover.setPageSize(QSizeF(width, cover_h))
        small = QFont("DejaVu Sans")
        small.setPointSizeF(7.5)
        p = QPainter(printer)
        try:
            def footer(n: int) -> None:
                p.setFont(small)
                p.setPen(QColor("#777777"))
                y = page.height() - foot_px * 0.35
                written = tr("written on {date}").format(date=_date(dt.date.today(), "d MMMM yyyy"))
                left = " · ".join(x for x in (sources, written, tr("synthetic demo data") if synthetic else "") if x)
                p.drawText(QPointF(0, y), left)
                num = tr("{page} / {pages}").format(page=n, pages=total)
                p.drawText(QPointF(width - p.fontMetrics().horizontalAdvance(num), y), num)
                p.setPen(QColor("#cccccc"))
                p.drawLine(QPointF(0, page.height() - foot_px * 0.8), QPointF(width, page.height() - foot_px * 0.8))

            cover.drawContents(p, QRectF(0, 0, width, page.height() - foot_px))
            footer(1)
            for i in range(body_pages):
                printer.newPage()
                p.setFont(small)
                p.setPen(QColor("#555555"))
                p.drawText(QPointF(0, head_px * 0.55), f"{title} · {period}")
                p.setPen(QColor("#cccccc"))
                p.drawLine(QPointF(0, head_px * 0.75), QPointF(width, head_px * 0.75))
                p.save()
                p.translate(0, head_px - i * body_h)
                doc.drawContents(p, QRectF(0, i * body_h, width, body_h))
                p.restore()
                footer(i + 2)
        finally:
            p.end()
    return total


class PreparedReport:
    """What the report needs that takes time (figures, heat cube): computed in a background task."""

    def __init__(self, figures: EventFigures, cube, crs, venue) -> None:
        self.figures = figures
        self.cube = cube
        self.crs = crs
        self.venue = venue


def prepare_report(ds, venue: QgsPointXY | None = None, start: dt.datetime | None = None,
                   end: dt.datetime | None = None, preset: str | None = None, progress=None,
                   published=None) -> PreparedReport:
    """The figures and the heat cube of the report: DuckDB and numpy only, safe in a worker thread."""
    from ..core import heat
    from ..core.progress import NULL_PROGRESS
    from ..core.report_data import event_figures
    from .geometry import weighted_venue, zone_centroids
    progress = progress or NULL_PROGRESS
    crs = None
    venue_ll = None
    if ds.zones_wkt():
        crs = QgsCoordinateReferenceSystem(heat.ensure_projected(ds))
        if venue is None:
            venue = weighted_venue(ds, zone_centroids(ds), None)
        if venue is not None:
            p = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsProject.instance().transformContext()).transform(venue)
            venue_ll = (p.x(), p.y())
    fig_ = event_figures(ds, start, end, venue_ll, preset, progress.sub(0, 60), published=published)
    cube = heat_cube(ds) if fig_.peak_start is not None else None
    progress.set(100)
    return PreparedReport(fig_, cube, crs, venue)


def layout_report(ds, prepared: PreparedReport, path: str, lang: str = "en", title: str = "",
                  venue_text: str = "", organisation: str = "") -> EventFigures:
    """Charts, maps and text in ``lang`` and the PDF at ``path`` (whole or not at all). Main thread: the
    report's language is installed as Qt's translator while it runs."""
    import tempfile
    if lang not in LANGUAGES:
        raise ValueError(lang)
    fig_, crs, venue = prepared.figures, prepared.crs, prepared.venue
    with report_language(lang):
        title = title or tr("Post-event report")
        images: dict[str, QImage] = {}
        with tempfile.TemporaryDirectory(prefix="footfall-report-") as tmp:
            img = chart_over_time(fig_)
            if img is not None:
                images["over_time"] = img
            img = chart_origins(top_flows(fig_.countries, 10), lang)
            if img is not None:
                images["origins"] = img
            synthetic = demo_of([x["file"] for x in fig_.sources]) is not None
            if map_heat_peak(ds, fig_, title, str(Path(tmp) / "heat.png"), prepared.cube, synthetic):
                images["heat"] = QImage(str(Path(tmp) / "heat.png"))
            if crs is not None and venue is not None and map_flows(ds, fig_, venue, crs, title, lang, str(Path(tmp) / "flows.png"),
                                                                    synthetic):
                images["flows"] = QImage(str(Path(tmp) / "flows.png"))
            print_report(ds, fig_, images, path, title, venue_text or tr("study area: all zones of the export"),
                         lang, organisation, synthetic)
    return fig_


def write_report(ds, path: str, lang: str = "en", title: str = "", venue: QgsPointXY | None = None,
                 venue_text: str = "", start: dt.datetime | None = None, end: dt.datetime | None = None,
                 preset: str | None = None, progress=None, organisation: str = "",
                 published=None) -> EventFigures:
    """Compute the figures and write the PDF report in ``lang`` to ``path`` (whole or not at all).

    ``published`` (:class:`core.report_data.Published`): a published figure the report sets beside ours."""
    from ..core.progress import NULL_PROGRESS
    progress = progress or NULL_PROGRESS
    if lang not in LANGUAGES:
        raise ValueError(lang)
    prepared = prepare_report(ds, venue, start, end, preset, progress.sub(0, 70), published=published)
    fig_ = layout_report(ds, prepared, path, lang, title, venue_text, organisation)
    progress.set(100)
    return fig_
