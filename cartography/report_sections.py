"""The content of the post-event report's sections that carry the numbers: key figures, visitors (residents
apart), the economic impact with its interval, sensitivity and back-test, and the appendix's assumptions.

Every figure comes from :class:`core.report_data.EventFigures`, computed once; these functions only word
it, in the report's language (context ``EventReport``). :mod:`.report` lays the sections out.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

from ..core import impact as impact_mod
from ..core.report_data import EventFigures, profile_order
from . import fmt

NBSP = "\u00a0"


def tr(text: str) -> str:
    """Translate in the report's context."""
    return QCoreApplication.translate("EventReport", text)


def _r():
    from . import report
    return report


def _range(lo: float, hi: float, decimals: int = 0) -> str:
    return tr("{low}–{high}").format(low=fmt.number(lo, decimals), high=fmt.number(hi, decimals))


def _meur(v: float) -> str:
    return fmt.number(v / 1e6, 1)


def count_with_margin(v: float | None, precision: float) -> str:
    """“1 234 (1 111–1 357)”: a count with its ± precision range; “withheld” for a withheld count."""
    r = _r()
    if v is None:
        return r._n(None)
    return tr("{value} ({low}–{high})").format(value=fmt.number(v, 0), low=fmt.number(v * (1 - precision), 0),
                                               high=fmt.number(v * (1 + precision), 0))


def interval_text(t: tuple[float, float, float]) -> str:
    """“38.4 million EUR (90 % interval 28.1–53.2)”."""
    return tr("{central} (90 % interval {low}–{high} million EUR)").format(
        central=_r()._eur(t[1]), low=_meur(t[0]), high=_meur(t[2]))


def key_figures_rows(fig_: EventFigures) -> list[list[str]]:
    """The rows of the key-figures table."""
    r = _r()
    p = fig_.precision
    rows = [[tr("Visitors over the period (visitor-days, residents apart)"), count_with_margin(fig_.visitors, p)]] if fig_.rule else []
    pd_ = fig_.peak_day
    if pd_ is not None:
        rows.append([tr("Busiest day"), tr("{label}: {value}").format(
            label=r._date(pd_), value=count_with_margin(fig_.day_totals[pd_], p))])
    if fig_.peak_start is not None and fig_.measure == "presence":
        rows.append([tr("Peak time slot"), tr("{time} ({zone}): at least {n} people present at once, residents included").format(
            time=r._time(fig_.peak_start, fig_.timezone), zone=fig_.peak_start.tzname(),
            n=count_with_margin(fig_.peak_total, p))])
    elif fig_.peak_start is not None:  # the export's own measure, by its name (trips per hour, nights)
        rows.append([tr("Peak time slot"), tr("{time} ({zone}): at least {n} {measure}").format(
            time=r._time(fig_.peak_start, fig_.timezone), zone=fig_.peak_start.tzname(),
            n=count_with_margin(fig_.peak_total, p), measure=fig_.label())])
    if fig_.foreign_share is not None:
        rows.append([tr("Visitors from abroad"), tr("{share} of the visitors with a known origin").format(
            share=r._pct(fig_.foreign_share))])
    if fig_.catchment is not None and fig_.catchment.median_km is not None:
        rows.append([tr("Median travel distance"), tr("{median} km (90 % within {p90} km)").format(
            median=fmt.number(fig_.catchment.median_km, 0), p90=fmt.number(fig_.catchment.p90_km, 0))])
    if fig_.impact is not None:
        rows.append([tr("Economic impact, direct"), interval_text(fig_.impact.direct)])
        rows.append([tr("Economic impact, total (with the multiplier)"), interval_text(fig_.impact.total)])
    cmp_ = backtest_text(fig_)
    if cmp_:
        rows.append([tr("Published figure"), cmp_])
    rows.append([tr("Dwell time"), tr("not in this export")])
    return rows


def key_figures_note(fig_: EventFigures) -> str:
    """The note under the key figures (the counting rule itself is in the appendix, once)."""
    if not fig_.rule:
        return tr("This export holds no visitors, only {measures}: its figures are of that measure, never converted to visitors.").format(
            measures=fig_.labels())
    return tr("Visitors are visitor-days: one person on one day in one zone, added up (the counting rule is in "
              "the appendix). Counts are estimates of the operator with a margin of ±{p} % (the ranges in "
              "brackets); suppressed cells (below {k} people) are not in these counts, so they are lower "
              "bounds.").format(p=fmt.number(100 * fig_.precision, 0), k=fig_.threshold)


def visitors_tables(fig_: EventFigures) -> tuple[list[str], list[list[str]], list[list[str]] | None]:
    """The visitors by day and profile (residents apart), and the residents' own table (None without)."""
    r = _r()
    profiles = profile_order(fig_.profiles)
    header = [tr("Day")] + [r.profile_name(p) for p in profiles] + [tr("Visitors")]
    rows = [[r._date(d, "ddd d MMM")] + [r._n(fig_.per_day[d].get(p)) for p in profiles] + [r._n(fig_.day_totals[d])]
            for d in fig_.days]
    rows.append([tr("Whole period")] + [r._n(fig_.profile_totals.get(p)) for p in profiles] + [r._n(fig_.visitors)])
    residents = None
    if fig_.residents_total is not None:
        residents = [[r._date(d, "ddd d MMM"), r._n(fig_.residents_per_day.get(d))] for d in fig_.days]
        residents.append([tr("Whole period"), r._n(fig_.residents_total)])
    return header, rows, residents


def impact_rows(fig_: EventFigures) -> list[list[str]]:
    """The impact by profile and origin group: visitor-days, suppressed cells, direct impact and its interval."""
    r = _r()
    imp = fig_.impact
    cols = list(imp.columns)
    rows = []
    for row in imp.rows:
        d = dict(zip(cols, row))
        if not d["direct"] and not d["direct_high"]:
            continue
        rows.append([impact_mod.profile_label(d["profile"]), impact_mod.group_label(d["origin_group"]), r._n(d["visitors"]),
                     fmt.number(d["suppressed_cells"], 0), _meur(d["direct"]), _range(d["direct_low"] / 1e6, d["direct_high"] / 1e6, 1)])
    return rows


def impact_paragraphs(fig_: EventFigures) -> list[str]:
    """The sentences of the impact section, in the report's language."""
    imp = fig_.impact
    out = [tr("Direct impact {d}; with the multiplier ({m}), total impact {t}.").format(
        d=interval_text(imp.direct), t=interval_text(imp.total), m=fmt.number(imp.multiplier.central, 2))]
    if imp.suppressed_in_rows:
        a = imp.suppressed_allowance
        out.append(tr("{cells} suppressed cells lie behind these visitors; they are counted at {value} people each "
                      "(between {low} and {high} in the interval), {n} visitor-days ({nlo}–{nhi}).").format(
            cells=fmt.number(imp.suppressed_in_rows, 0), value=fmt.number(imp.suppressed_value.central, 0),
            low=fmt.number(imp.suppressed_value.low, 0), high=fmt.number(imp.suppressed_value.high, 0),
            n=fmt.number(a[1], 0), nlo=fmt.number(a[0], 0), nhi=fmt.number(a[2], 0)))
    n, na = imp.nights, imp.nights_additional
    if n[1] > 0:
        if imp.nights_measured is not None:
            out.append(tr("Nights measured by the operator: {n} ({lo}–{hi}); brought by the event: {a} ({alo}–{ahi}).").format(
                n=fmt.number(n[1], 0), lo=fmt.number(n[0], 0), hi=fmt.number(n[2], 0),
                a=fmt.number(na[1], 0), alo=fmt.number(na[0], 0), ahi=fmt.number(na[2], 0)))
        else:
            out.append(tr("Paid nights of the overnight visitors (visitor-days × nights per visitor-day of the preset): "
                          "{n} ({lo}–{hi}); brought by the event (× additionality): {a} ({alo}–{ahi}).").format(
                n=fmt.number(n[1], 0), lo=fmt.number(n[0], 0), hi=fmt.number(n[2], 0),
                a=fmt.number(na[1], 0), alo=fmt.number(na[0], 0), ahi=fmt.number(na[2], 0)))
    return out


def sensitivity_rows(fig_: EventFigures, n: int = 6) -> list[list[str]]:
    """The inputs that make most of the interval's width: input, its range, the total impact when only it
    varies, its share of the width."""
    rows = []
    for s in fig_.impact.sensitivity[:n]:
        dec = 2 if s.field in ("additionality", "displacement", "nights", "multiplier") else (
            0 if float(s.low).is_integer() and float(s.high).is_integer() else 1)
        if s.field == "visitors":
            rng = tr("±{p} %").format(p=fmt.number(100 * (s.high - 1), 0))
        else:
            rng = _range(s.low, s.high, dec)
        label = impact_mod.input_label(s.profile, s.origin_group, s.field)
        rows.append([label[:1].upper() + label[1:], rng,
                     _range(s.total_low / 1e6, s.total_high / 1e6, 1), f"{fmt.number(100 * s.share, 0)}{NBSP}%"])
    return rows


def backtest_text(fig_: EventFigures) -> str:
    """“Published: 32.7 million EUR (source). Ours: … inside our 90 % interval.”, or ''."""
    pub = fig_.published
    ours = fig_.comparison()
    if pub is None or ours is None:
        return ""
    money = pub.measure in ("direct", "total")
    fmt_v = (lambda v: _r()._eur(v)) if money else (lambda v: fmt.number(v, 0))  # noqa: E731
    what = {"direct": tr("our direct impact"), "total": tr("our total impact"), "nights": tr("our paid nights"),
            "nights_additional": tr("our nights brought by the event"), "visitors": tr("our visitors")}[pub.measure]
    if ours[0] <= pub.value <= ours[2]:
        verdict = tr("inside our 90 % interval")
    elif pub.value < ours[0]:
        verdict = tr("below our 90 % interval")
    else:
        verdict = tr("above our 90 % interval")
    lo_hi = _range(ours[0] / 1e6, ours[2] / 1e6, 1) if money else _range(ours[0], ours[2], 0)
    return tr("{value} ({source}); {what}: {ours} ({range}): the published figure lies {verdict}.").format(
        value=fmt_v(pub.value), source=pub.source or tr("source not given"), what=what, ours=fmt_v(ours[1]),
        range=lo_hi, verdict=verdict)


def assumptions_rows(fig_: EventFigures) -> list[list[str]]:
    """Every value behind the economic impact, for the appendix: who, input, central, low–high, what it is."""
    imp = fig_.impact
    used = []
    cols = list(imp.columns)
    seen = set()
    for row in imp.rows:
        d = dict(zip(cols, row))
        for p, g in ((d["profile"], d["origin_group"]),):
            r = imp.spend.lookup(p, g)
            if r is not None and id(r) not in seen:
                seen.add(id(r))
                used.append(r)
    rows = []

    def line(who: str, field: str, v: impact_mod.Value) -> list[str]:
        dec = 2 if field in ("additionality", "displacement", "nights", "multiplier") else (
            0 if all(float(x).is_integer() for x in (v.central, v.low, v.high)) else 1)
        refs = " ".join(v.refs)
        what = " · ".join(x for x in (impact_mod.kind_label(v.kind) if v.kind else "", refs, v.year, v.confidence) if x)
        label = impact_mod.field_label(field)
        return [who, label[:1].upper() + label[1:], fmt.number(v.central, dec),
                _range(v.low, v.high, dec) if v.varies else "–", what or "–"]

    rows.append(line(tr("All"), "multiplier", imp.multiplier))
    from ..core.model import PROFILES
    for r in sorted(used, key=lambda x: (PROFILES.index(x.profile) if x.profile in PROFILES else len(PROFILES),
                                         x.origin_group)):
        if r.additionality.high == 0:
            # not new money: one line says so (its spend values do not enter the estimate)
            rows.append(line(_who(r), "additionality", r.additionality))
            continue
        for f in impact_mod.SPEND_FIELDS:
            v = getattr(r, f)
            if f in ("nights", "spend_per_night") and v.central == 0 and not v.varies:
                continue
            rows.append(line(_who(r), f, v))
    sv = imp.suppressed_value
    if sv is not None and imp.suppressed_in_rows:
        rows.append(line(tr("All"), "suppressed", sv))
    return rows


def _who(r) -> str:
    if not r.origin_group:
        return impact_mod.profile_label(r.profile)
    return tr("{profile} ({group})").format(profile=impact_mod.profile_label(r.profile),
                                           group=impact_mod.group_label(r.origin_group))


def extremes_text(fig_: EventFigures) -> str:
    """The all-low / all-high extremes, for the appendix."""
    imp = fig_.impact
    return tr("With every input at its low or at its high end together, the direct impact would lie between {dlo} "
              "and {dhi} million EUR, the total impact between {tlo} and {thi} million EUR.").format(
        dlo=_meur(imp.direct_extremes[0]), dhi=_meur(imp.direct_extremes[1]),
        tlo=_meur(imp.total_extremes[0]), thi=_meur(imp.total_extremes[1]))
