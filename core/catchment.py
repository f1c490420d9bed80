"""Venue catchment: how far an event draws its visitors.

Origins come from :func:`.flows.origin_flows`, so the anonymity rule is already applied: an origin
below the threshold is never ranked on its own but inside its "other origins in …" bucket.

- **Rank catchment.** Origins are ranked by visitors (largest first). The X % catchment is the smallest
  set of top-ranked origins whose cumulative share reaches X %: origin *i* belongs to the first band X
  for which the cumulative share of the origins ranked before it is still below X %. Origins after the
  last band get no band.
- **Distances** are great-circle distances from the origin's representative point (population-weighted
  where the gazetteer has one; the parent place for an "other origins" bucket) to the venue.
- **Distance decay**: the share of visitors per distance bin, and the visitor-weighted median and 90th
  percentile of the travel distance (the smallest distance below which at least 50 % / 90 % of the
  visitors with a known distance live). **Distance rings** use the same weighted quantiles: the ring of
  band X holds X % of those visitors.

Nothing here imports ``qgis``; see ``docs/methods.md``.
"""

from __future__ import annotations

import dataclasses
from typing import Sequence

import numpy as np

from .flows import Flow, FlowQuery, FlowResult, origin_flows
from .gazetteer import Gazetteer, gazetteer, haversine_km
from .progress import Progress

#: Default catchment bands, in percent of the visitors.
DEFAULT_BANDS = (50.0, 75.0, 90.0)

#: Edges of the distance-decay bins, in km (the last bin is open).
DECAY_EDGES_KM = (0.0, 5.0, 10.0, 25.0, 50.0, 100.0, 250.0, 500.0, 1000.0, 2500.0)


@dataclasses.dataclass
class CatchmentRow:
    """One ranked origin (a place, or a bucket of merged origins)."""

    flow: Flow
    rank: int
    visitors: float
    share: float
    cum_share: float
    band: float | None
    distance_km: float | None
    population: float | None

    @property
    def per_1000_residents(self) -> float | None:
        """Visitors per 1,000 residents of the origin (places with a known population only)."""
        return self.visitors * 1000.0 / self.population if self.population else None


@dataclasses.dataclass
class DecayBin:
    """Visitors whose origin lies between two distances from the venue."""

    from_km: float
    to_km: float | None  # None: open bin
    visitors: float
    share: float
    cum_share: float


@dataclasses.dataclass
class CatchmentResult:
    """Ranked origins, bands, distance decay and the summary figures."""

    rows: list[CatchmentRow]
    bands: tuple[float, ...]
    decay: list[DecayBin]
    total: float  # visitors of the placed origins (before any display limit)
    median_km: float | None
    p90_km: float | None
    ring_km: dict[float, float | None]  # band -> radius holding that share of the visitors with a distance
    band_visitors: dict[float, float]  # band -> visitors of the origins in that band (exclusive)
    band_origins: dict[float, int]
    flows: FlowResult

    @property
    def unplaced(self) -> float:
        """Visitors without a distance (the last "other origins" bucket)."""
        return float(sum(r.visitors for r in self.rows if r.distance_km is None))


def parse_bands(text: str | Sequence[float] | None) -> tuple[float, ...]:
    """Bands from '50, 75, 90' (or a sequence): sorted, unique, each in (0, 100]."""
    if text is None or text == "":
        return DEFAULT_BANDS
    if isinstance(text, str):
        parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p.strip()]
        try:
            values = [float(p.strip().rstrip("%").replace("\u00a0", "")) for p in parts]
        except ValueError as exc:
            raise ValueError(text) from exc
    else:
        values = [float(v) for v in text]
    if not values or any(not 0 < v <= 100 for v in values):
        raise ValueError(str(text))
    return tuple(sorted(set(values)))


def weighted_quantile(values: np.ndarray, weights: np.ndarray, q: float) -> float | None:
    """The smallest value below which (inclusive) at least ``q`` of the weight lies."""
    ok = np.isfinite(values) & (weights > 0)
    if not ok.any():
        return None
    v, w = values[ok], weights[ok]
    order = np.argsort(v, kind="stable")
    v, w = v[order], w[order]
    cum = np.cumsum(w) / w.sum()
    i = int(np.searchsorted(cum, q - 1e-12, side="left"))
    return float(v[min(i, v.size - 1)])


def rank_bands(visitors: np.ndarray, bands: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    """(cumulative share, band or NaN) of origins already sorted by visitors, largest first."""
    total = float(visitors.sum())
    if total <= 0:
        return np.zeros_like(visitors, dtype=float), np.full(visitors.shape, np.nan)
    cum = np.cumsum(visitors) / total
    before = cum - visitors / total
    edges = np.asarray(bands, dtype=float) / 100.0
    # first band whose edge lies above the share of the origins ranked before this one
    idx = np.searchsorted(edges, before + 1e-12, side="left")
    band = np.where(idx < len(edges), np.asarray(list(bands) + [np.nan])[np.minimum(idx, len(edges))], np.nan)
    return cum, band


def catchment(ds, venue_lonlat: tuple[float, float], q: FlowQuery | None = None,
              bands: Sequence[float] = DEFAULT_BANDS, progress: Progress | None = None,
              gaz: Gazetteer | None = None) -> CatchmentResult:
    """The catchment of the venue at ``venue_lonlat`` (WGS 84) for the dataset's origins selected by ``q``."""
    progress = progress or Progress()
    gaz = gaz or gazetteer()
    q = dataclasses.replace(q or FlowQuery(), per_zone=False, top_n=0, min_visitors=0.0)
    bands = parse_bands(bands)
    res = origin_flows(ds, q, progress.sub(0, 80), gaz)
    flows = sorted(res.flows, key=lambda f: (-f.visitors, f.key))
    vis = np.array([f.visitors for f in flows], dtype=float)
    lon = np.array([f.place.lon if f.place is not None else np.nan for f in flows], dtype=float)
    lat = np.array([f.place.lat if f.place is not None else np.nan for f in flows], dtype=float)
    dist = haversine_km(lon, lat, venue_lonlat[0], venue_lonlat[1]) if len(flows) else np.zeros(0)
    dist = np.where(np.isfinite(lon) & np.isfinite(lat), dist, np.nan)
    cum, band = rank_bands(vis, bands)
    total = round(float(vis.sum()), 6)  # without float noise: the same figure as the report's visitors
    rows = []
    for i, f in enumerate(flows):
        pop = f.place.population if (f.place is not None and not f.other) else None
        rows.append(CatchmentRow(f, i + 1, float(vis[i]), float(vis[i] / total) if total else 0.0, float(cum[i]),
                                 None if np.isnan(band[i]) else float(band[i]),
                                 None if np.isnan(dist[i]) else float(dist[i]), pop))
    progress.set(90)
    # distance decay over the visitors with a distance
    known = np.isfinite(dist)
    kv = float(vis[known].sum())
    edges = np.asarray(DECAY_EDGES_KM + (np.inf,))
    bin_of = np.clip(np.searchsorted(edges, dist[known], side="right") - 1, 0, len(edges) - 2)
    per_bin = np.bincount(bin_of, weights=vis[known], minlength=len(edges) - 1)
    decay = []
    running = 0.0
    for b in range(len(edges) - 1):
        running += per_bin[b]
        decay.append(DecayBin(float(edges[b]), None if np.isinf(edges[b + 1]) else float(edges[b + 1]),
                              float(per_bin[b]), float(per_bin[b] / kv) if kv else 0.0,
                              float(running / kv) if kv else 0.0))
    median = weighted_quantile(dist, vis, 0.5)
    p90 = weighted_quantile(dist, vis, 0.9)
    rings = {b: weighted_quantile(dist, vis, b / 100.0) for b in bands}
    band_vis = {b: float(vis[band == b].sum()) for b in bands}
    band_n = {b: int((band == b).sum()) for b in bands}
    progress.set(100)
    return CatchmentResult(rows, bands, decay, total, median, p90, rings, band_vis, band_n, res)
