"""From an operator's own-customer counts to a population estimate.

estimate = customers / (market_share × penetration), with penetration = Σ_a pop_share_a × penetration_a
when an age-band table is given. See ``docs/methods.md`` ("Extrapolation to population"). Nothing here
imports ``qgis``.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from .errors import ReadError
from .i18n import translate
from .privacy import below_threshold
from .model import DEFAULT_THRESHOLD, table_number, table_records

#: Tolerance on the sum of the age bands' population shares.
SHARE_TOLERANCE = 0.01


class ExtrapolationError(ReadError):
    """Parameters that do not allow an extrapolation; the message is translated and complete."""




@dataclasses.dataclass
class AgeBand:
    """One age band: its share of the population and the share of it that carries a phone of any operator."""

    age_band: str
    pop_share: float
    penetration: float


def age_bands_from_records(records: Iterable[Mapping[str, Any]]) -> list[AgeBand]:
    """Age bands from records with age_band, pop_share and penetration (both between 0 and 1)."""
    bands = []
    for i, rec in enumerate(records, start=1):
        rec = {str(k).strip().lower(): v for k, v in rec.items() if k is not None}
        name = str(rec.get("age_band") or i).strip()
        share, pen = table_number(rec.get("pop_share")), table_number(rec.get("penetration"))
        if share is None or pen is None or not (0 <= share <= 1) or not (0 <= pen <= 1):
            raise ExtrapolationError(translate("Extrapolation", "age band “{band}”: pop_share and penetration must be "
                                                                "numbers between 0 and 1.").format(band=name))
        bands.append(AgeBand(name, share, pen))
    if not bands:
        raise ExtrapolationError(translate("Extrapolation", "the age-band table is empty."))
    return bands


def read_age_csv(path: str | Path) -> list[AgeBand]:
    """Age bands from a CSV file (',' or ';' separated, UTF-8)."""
    return age_bands_from_records(table_records(path))


def weighted_penetration(bands: Sequence[AgeBand]) -> float:
    """Σ pop_share × penetration; the shares must add up to 1 (± 0.01)."""
    total = sum(b.pop_share for b in bands)
    if abs(total - 1.0) > SHARE_TOLERANCE:
        raise ExtrapolationError(translate("Extrapolation", "the population shares of the age bands add up to {total}, "
                                                            "not 1 (± 0.01).").format(total=round(total, 4)))
    pen = sum(b.pop_share * b.penetration for b in bands)
    if pen <= 0:
        raise ExtrapolationError(translate("Extrapolation", "the weighted device penetration is 0: nobody would carry a phone."))
    return pen


def check_share(share: float, what: str = "") -> None:
    """Raise when a market share is not in (0, 1]."""
    if share is None or not math.isfinite(share) or not 0 < share <= 1:
        raise ExtrapolationError(translate("Extrapolation", "market share {value}{where} must lie in (0, 1]: "
                                                            "0.4 means 40 % of the people are the operator's customers.")
                                 .format(value=share, where=what))


def check_penetration(pen: float) -> None:
    """Raise when a device penetration is not in (0, 1]."""
    if pen is None or not math.isfinite(pen) or not 0 < pen <= 1:
        raise ExtrapolationError(translate("Extrapolation", "device penetration {value} must lie in (0, 1].").format(value=pen))


@dataclasses.dataclass
class Extrapolation:
    """Per row: the published customer count, the factors used and the estimate (NaN where suppressed)."""

    customers: np.ndarray
    market_share: np.ndarray
    penetration: float
    factor: np.ndarray
    estimate: np.ndarray
    suppressed: np.ndarray  # bool: NULL in the input or below the threshold
    threshold: int


def extrapolate(counts: Sequence[float | None] | np.ndarray, market_share: float | Sequence[float | None] | np.ndarray,
                penetration: float = 1.0, threshold: int = DEFAULT_THRESHOLD, labels: Sequence[str] | None = None) -> Extrapolation:
    """estimate = customers / market_share / penetration, vectorised.

    ``counts`` may hold None / NaN (suppressed): they stay suppressed, and so does every count below
    ``threshold`` (its customers and estimate are NaN, never published). ``market_share`` is one value
    or one per row (each in (0, 1]); ``labels`` name the rows in error messages.
    """
    c = np.array([np.nan if v is None else v for v in counts], dtype=float) if not isinstance(counts, np.ndarray) \
        else counts.astype(float)
    n = len(c)
    check_penetration(penetration)
    if np.ndim(market_share) == 0:
        check_share(float(market_share))
        ms = np.full(n, float(market_share))
    else:
        ms = np.array([np.nan if v is None else v for v in market_share], dtype=float)
        bad = np.flatnonzero(~((ms > 0) & (ms <= 1)))
        if len(bad):
            i = int(bad[0])
            where = translate("Extrapolation", " (row {row})").format(row=labels[i] if labels is not None else i + 1)
            check_share(float(ms[i]), where)
    suppressed = np.isnan(c) | below_threshold(c, threshold)  # the plugin's one primary rule
    factor = 1.0 / (ms * penetration)
    estimate = np.where(suppressed, np.nan, c * factor)
    customers = np.where(suppressed, np.nan, c)
    return Extrapolation(customers, ms, float(penetration), factor, estimate, suppressed, int(threshold))
