"""Huff model for competing venues (Huff 1963), with a least-squares calibration of the distance decay.

The probability that a visitor from origin *i* chooses venue *j* among the venues *k*::

    P(i→j) = (A_j / d_ij^λ) / Σ_k (A_k / d_ik^λ)

is computed in log space, ``log A_j − λ log d_ij`` followed by a softmax per origin, so that large λ
or far-away venues never overflow or underflow. A distance below :data:`FLOOR_KM` (an origin at the
venue itself) is raised to it: without a floor the venue would take the whole origin (d = 0).

Calibration: with observed visitors ``V_ij`` per origin and venue, the observed shares
``S_ij = V_ij / Σ_k V_ik`` give the log-odds against a reference venue *r* of the same origin::

    log(S_ij / S_ir) = log(A_j / A_r) − λ log(d_ij / d_ir)

λ is fitted by least squares on the pairs with ``S > 0`` on both sides. The reference is eliminated
by centring each origin's log values on their mean over its venues with ``S > 0`` (an origin effect):
the fit is then the same whichever venue is taken as the reference, and uses the Σ_i (k_i − 1)
independent log-odds of the origins (``k_i`` venues with ``S > 0`` at origin *i*). Optionally the log
attractiveness of every venue is fitted as well (up to a common factor, which cancels out of P).

Everything is vectorised over the (origins × venues) matrix: thousands of origins, tens of venues.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from .gazetteer import haversine_km
from .i18n import translate

#: Smallest distance used, in km: an origin closer to a venue than this (its own point) is put at 100 m.
FLOOR_KM = 0.1


class HuffError(ValueError):
    """Input the Huff model cannot use; the message is translated and complete."""


@dataclasses.dataclass(frozen=True)
class HuffFit:
    """Result of :func:`calibrate`: the distance decay and how well the model fits the observed shares."""

    lam: float  # λ̂ (or the given λ when it was not fitted)
    se: float | None  # standard error of λ̂ (None when λ was given or too few pairs)
    r2: float | None  # R² of the (centred) log-odds
    rmse: float  # root mean square error of the predicted shares, over all venues of the observed origins
    pairs: int  # independent log-odds used: Σ_i (k_i − 1)
    attractiveness: np.ndarray  # the attractiveness used (fitted when asked for, else as given)
    fitted: bool  # True when λ was fitted


def distances_km(origin_lonlat, venue_lonlat) -> np.ndarray:
    """Great-circle distance matrix (origins × venues) in km from (n, 2) and (m, 2) arrays of lon, lat (WGS 84)."""
    o = np.asarray(origin_lonlat, dtype=float).reshape(-1, 2)
    v = np.asarray(venue_lonlat, dtype=float).reshape(-1, 2)
    return np.asarray(haversine_km(o[:, None, 0], o[:, None, 1], v[None, :, 0], v[None, :, 1]), dtype=float)


def _check(attractiveness, distances, lam) -> tuple[np.ndarray, np.ndarray]:
    a = np.asarray(attractiveness, dtype=float).ravel()
    d = np.asarray(distances, dtype=float)
    if d.ndim != 2 or d.shape[1] != a.size:
        raise HuffError(translate("HuffError", "The distance matrix does not have one column per venue."))
    if a.size < 2:
        raise HuffError(translate("HuffError", "The Huff model needs at least two venues."))
    if not np.all(np.isfinite(a)) or np.any(a <= 0):
        raise HuffError(translate("HuffError", "Every attractiveness must be a number above 0."))
    if not np.all(np.isfinite(d)) or np.any(d < 0):
        raise HuffError(translate("HuffError", "Every distance must be a number of at least 0."))
    if not np.isfinite(lam) or lam < 0:
        raise HuffError(translate("HuffError", "The distance decay λ must be 0 or more."))
    return a, d


def log_distances(distances) -> np.ndarray:
    """log of the distances raised to :data:`FLOOR_KM`."""
    return np.log(np.maximum(np.asarray(distances, dtype=float), FLOOR_KM))


def huff_probabilities(attractiveness, distances, lam: float = 2.0) -> np.ndarray:
    """P (origins × venues) of the Huff model; every row sums to 1."""
    a, d = _check(attractiveness, distances, lam)
    z = np.log(a)[None, :] - lam * log_distances(d)
    z -= z.max(axis=1, keepdims=True)  # softmax per origin, stable for any λ
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def expected_visitors(population, probabilities) -> np.ndarray:
    """population[:, None] × P (NaN where the population is unknown)."""
    pop = np.asarray(population, dtype=float).ravel()
    return pop[:, None] * np.asarray(probabilities, dtype=float)


def expected_range(population, attractiveness, distances, lam: float, se: float | None,
                   z: float = 1.645) -> tuple[np.ndarray, np.ndarray] | None:
    """Low and high expected visitors: the model at λ − z·SE and λ + z·SE (z = 1.645: a 90 % interval of
    λ), the smaller and the larger of the two per origin and venue; None without a standard error (λ
    given, not fitted: the model has no statistical margin then)."""
    if se is None or not np.isfinite(se):
        return None
    a = expected_visitors(population, huff_probabilities(attractiveness, distances, max(0.0, lam - z * se)))
    b = expected_visitors(population, huff_probabilities(attractiveness, distances, lam + z * se))
    return np.fmin(a, b), np.fmax(a, b)


def observed_shares(visitors) -> np.ndarray:
    """S_ij = V_ij / Σ_k V_ik; NaN for the origins without visitors or with a missing (NaN) count."""
    v = np.asarray(visitors, dtype=float)
    if np.any(v < 0):
        raise HuffError(translate("HuffError", "Observed visitors cannot be negative."))
    total = v.sum(axis=1, keepdims=True)  # NaN when one count of the origin is missing
    with np.errstate(invalid="ignore", divide="ignore"):
        s = np.where(total > 0, v / np.where(total > 0, total, 1.0), np.nan)
    return s


def _centre(values: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """values minus their mean over ``mask`` per row, 0 outside ``mask`` (the origin effect removed)."""
    k = mask.sum(axis=1, keepdims=True)
    x = np.where(mask, values, 0.0)
    mean = x.sum(axis=1, keepdims=True) / np.maximum(k, 1)
    return np.where(mask, x - mean, 0.0)


def calibrate(shares, attractiveness, distances, lam: float | None = None,
              fit_attractiveness: bool = False) -> HuffFit:
    """Fit λ (and optionally the attractiveness) to observed shares by least squares on the log-odds.

    ``shares`` is (origins × venues) with NaN for origins without observations. With ``lam`` given, λ is
    not fitted and the fit statistics describe that λ (and the attractiveness is not fitted either).
    """
    a, d = _check(attractiveness, distances, 0.0 if lam is None else lam)
    s = np.asarray(shares, dtype=float)
    if s.shape != d.shape:
        raise HuffError(translate("HuffError", "The observed shares do not have one value per origin and venue."))
    rows = np.all(np.isfinite(s), axis=1)  # origins with observations
    pos = rows[:, None] & (np.nan_to_num(s) > 0)
    pos &= (pos.sum(axis=1) >= 2)[:, None]  # an origin with one venue gives no log-odds
    pairs = int(pos.sum() - np.count_nonzero(pos.any(axis=1)))
    if pairs < 1:
        raise HuffError(translate("HuffError", "The observed visitors give no origin with two venues visited: "
                                               "nothing to fit."))
    logd = log_distances(d)
    y = _centre(np.log(np.where(pos, s, 1.0)), pos)  # centred log shares = log-odds against the origin's mean
    x = _centre(-logd, pos)
    loga = np.log(a)
    if lam is not None:
        lam_hat, se, a_used, fitted = float(lam), None, a, False
        pred = _centre(np.broadcast_to(loga, d.shape), pos) + lam_hat * x
    elif not fit_attractiveness:
        ya = y - _centre(np.broadcast_to(loga, d.shape), pos)
        sxx = float((x * x).sum())
        if sxx <= 0:
            raise HuffError(translate("HuffError", "The observed origins are equally far from the venues they "
                                                   "visit: the distance decay cannot be fitted."))
        lam_hat = float((x * ya).sum()) / sxx
        resid = ya - lam_hat * x
        se = float(np.sqrt((resid * resid).sum() / (pairs - 1) / sxx)) if pairs > 1 else None
        a_used, fitted = a, True
        pred = y - resid
    else:
        visited = np.flatnonzero(pos.any(axis=0))  # a venue nobody was seen at keeps its given attractiveness
        m = visited.size
        # columns: the visited venues' centred indicators (log A_j) and the centred −log d (λ)
        dummies = np.stack([_centre(np.broadcast_to(np.eye(d.shape[1])[j], d.shape), pos)[pos] for j in visited],
                           axis=1)
        design = np.column_stack([dummies, x[pos]])
        coef, _res, rank, _sv = np.linalg.lstsq(design, y[pos], rcond=None)
        # the m indicators are defined up to a common constant: m − 1 free, plus λ
        if rank < m or pairs <= m:
            raise HuffError(translate("HuffError", "Too few observed pairs to fit the attractiveness of every "
                                                   "venue together with the distance decay."))
        lam_hat = float(coef[-1])
        resid = y[pos] - design @ coef
        sigma2 = float((resid * resid).sum()) / (pairs - m)
        cov = sigma2 * np.linalg.pinv(design.T @ design)
        se = float(np.sqrt(max(cov[-1, -1], 0.0)))
        a_used = a.copy()
        a_used[visited] = np.exp(coef[:m] - coef[:m].mean() + loga[visited].mean())  # given geometric mean
        fitted = True
        pred = np.zeros_like(y)
        pred[pos] = design @ coef
    if lam_hat < -1e-9:
        raise HuffError(translate("HuffError", "The fitted distance decay λ is {lam:.3g}, below 0: in the observed "
                                               "visitors, farther venues draw more, and the Huff model does not "
                                               "apply.").format(lam=lam_hat))
    lam_hat = max(lam_hat, 0.0)  # rounding of an exact 0
    sst = float((y * y).sum())
    ssr = float(((y - pred) ** 2 * pos).sum())
    r2 = 1.0 - ssr / sst if sst > 0 else None
    p = huff_probabilities(a_used, d[rows], lam_hat)
    rmse = float(np.sqrt(np.mean((p - s[rows]) ** 2)))
    return HuffFit(lam_hat, se, r2, rmse, pairs, a_used, fitted)
