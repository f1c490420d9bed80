"""What each measure of the data model is called, in the interface's language (see ``model.MEASURES``).

A measure's name depends on the length of its slots: ``presence`` in 15-minute slots is "people
present", in daily slots "visitors per day".
"""

from __future__ import annotations

from typing import Sequence

from .i18n import translate

#: Measures that count people (the anonymity threshold applies to them); dwell time is seconds.
PEOPLE_MEASURES = ("presence", "nights", "trips", "overnight_population", "tourists", "customers")

_EN = {
    "presence": "people present", "nights": "nights", "trips": "trips",
    "overnight_population": "people by overnight zone", "tourists": "tourists",
    "customers": "operator customers (not extrapolated)", "dwell_seconds": "dwell time (seconds)",
}


def period_of(slot_minutes: int | float | None, period: str = "") -> str:
    """'slot' (shorter than a day), 'day', 'week' or 'month'."""
    if period in ("week", "month"):
        return period
    if not slot_minutes:
        return "slot"
    m = float(slot_minutes)
    if m >= 28 * 1440:
        return "month"
    if m >= 7 * 1440:
        return "week"
    if m >= 1380:  # a day, 23 hours long on the spring clock change
        return "day"
    return "slot"


def measure_label(measure: str | None, slot_minutes: int | float | None = None, period: str = "",
                  translate=translate) -> str:
    """The translated name of a measure, for legends, captions, tables and reports (``translate``: another
    language's ``translate(context, text)``, for a document in a language of its own such as the web page)."""
    per = period_of(slot_minutes, period)
    if measure in (None, "", "presence"):
        if per == "day":
            return translate("Measures", "visitors per day")
        if per == "week":
            return translate("Measures", "visitors per week")
        if per == "month":
            return translate("Measures", "visitors per month")
        return translate("Measures", "people present")
    if measure == "nights":
        return translate("Measures", "nights")
    if measure == "trips":
        return translate("Measures", "trips per hour") if per == "slot" and slot_minutes == 60 else translate("Measures", "trips")
    if measure == "overnight_population":
        return translate("Measures", "people by overnight zone")
    if measure == "tourists":
        return translate("Measures", "tourists per month") if per == "month" else translate("Measures", "tourists")
    if measure == "customers":
        return translate("Measures", "operator customers (not extrapolated)")
    if measure == "dwell_seconds":
        return translate("Measures", "dwell time (seconds)")
    return str(measure)


def measure_label_en(measure: str | None, slot_minutes: int | float | None = None, period: str = "") -> str:
    """The same in English (metadata)."""
    per = period_of(slot_minutes, period)
    if measure in (None, "", "presence"):
        return {"day": "visitors per day", "week": "visitors per week", "month": "visitors per month"}.get(per, "people present")
    return _EN.get(str(measure), str(measure))


def measures_text(measures: Sequence[str], slot_minutes: int | float | None = None, period: str = "") -> str:
    """Several measures named in one phrase ("visitors per day, nights")."""
    return ", ".join(measure_label(m, slot_minutes, period) for m in measures)


def recognised_text(metadata) -> str:
    """"Recognised: Orange Flux Vision — Nuitée by département: nights" for every recognised file family
    of a dataset, translated; '' when no file was of a known format."""
    from .formats import family
    out = []
    seen = set()
    for src in getattr(metadata, "_sources", None) or [metadata]:
        for fid in src.format_ids:
            fam = family(fid)
            if fam is None or fid in seen:
                continue
            seen.add(fid)
            ms = list(fam.measures.values()) or [fam.measure]
            out.append(f"{fam.title()}: {measures_text(ms, src.slot_minutes, src.period or str(fam.options.get('period') or ''))}")
    if not out:
        return ""
    return translate("Measures", "Recognised: {formats}").format(formats="; ".join(out))
