"""The anonymity guard: primary and secondary cell suppression of any footfall table.

One rule for every output of the plugin (see ``docs/methods.md``, "Anonymity guard"):

- **primary suppression**: a cell whose count is above 0 and below the threshold *k* is suppressed. A
  true zero is published (it is a count, not a group of people); a cell already suppressed in the input
  (NaN) stays suppressed.
- **groups**: for every dimension *d*, the cells that share the values of all the other dimensions (the
  cells a published total over *d* adds up), and the grand total of all cells. A group of one cell is
  not a group (its total is the cell itself).
- **secondary suppression**, to a fixed point: in a group with at least one suppressed cell, the
  published total minus the published cells gives the sum of the suppressed ones. That difference must
  neither be a single cell nor below *k*. So when a group has exactly one suppressed cell, or when the
  known counts of its suppressed cells add up to less than *k* (cells suppressed in the input count as 0,
  their value being unknown), one more of its published non-zero cells is suppressed (see below for
  which). Since a published non-zero cell is at least *k*, one cell settles the group; the cells added
  may unsettle groups of other dimensions, hence the passes, each of them vectorised over all groups.
  Among the candidates of a group, the guard prefers those whose groups in the other dimensions already
  hold a suppressed cell (suppressing them exposes no new group), then the smallest: in a 2 × 3 table
  this gives the classic rectangle of four cells instead of a cascade.
  A group with nothing left to suppress is reported: its total must not be published.

The passes end: each one suppresses at least one more cell or stops, so there are at most as many
passes as cells (in practice a handful).
"""

from __future__ import annotations

import dataclasses
from typing import Sequence

import numpy as np

from .i18n import translate

#: Label of the dimension index of the grand total in :attr:`GuardResult.unsafe_totals`.
GRAND_TOTAL = -1


class PrivacyError(ValueError):
    """Input the guard cannot work with; the message is translated."""


@dataclasses.dataclass
class GuardResult:
    """What the guard decided, cell by cell (arrays in the order of the input cells)."""

    input_suppressed: np.ndarray  # bool: NaN in the input
    primary: np.ndarray  # bool: 0 < count < k
    secondary: np.ndarray  # bool: suppressed so that no group total reveals a suppressed cell
    published: np.ndarray  # float: the counts, NaN where suppressed
    threshold: float
    passes: int
    #: (dimension index or GRAND_TOTAL, one representative cell index per group) of the groups whose
    #: total must not be published: they have suppressed cells and no published non-zero cell left.
    unsafe_totals: list[tuple[int, np.ndarray]] = dataclasses.field(default_factory=list)

    @property
    def suppressed(self) -> np.ndarray:
        """Every suppressed cell (input, primary or secondary)."""
        return self.input_suppressed | self.primary | self.secondary

    @property
    def unsafe_total_count(self) -> int:
        """Number of group totals that must not be published."""
        return int(sum(len(c) for _d, c in self.unsafe_totals))


def below_threshold(values, k: float) -> np.ndarray:
    """The primary rule, the same for every output of the plugin: a known count above 0 and below the
    threshold ``k`` is never shown (a true zero is; unknown values are the caller's to withhold)."""
    x = np.asarray(values, dtype=float)
    with np.errstate(invalid="ignore"):
        return np.isfinite(x) & (x > 0) & (x < k)


def _codes(values: np.ndarray) -> tuple[np.ndarray, int]:
    """Dense integer codes 0..n-1 of any array of hashable values, and n."""
    values = np.asarray(values)
    if values.size == 0:
        return np.zeros(0, dtype=np.int64), 0
    uniq, inv = np.unique(values, return_inverse=True)
    return inv.astype(np.int64).ravel(), len(uniq)


def group_sets(dims: Sequence[np.ndarray], n: int) -> list[tuple[int, np.ndarray, int]]:
    """The groups of cells: (dimension index or GRAND_TOTAL, group id per cell, number of groups).

    For dimension *d*, the cells sharing the values of every other dimension, the sets of the largest
    groups first (a stable order); then the grand total.
    Dimensions with one value only are skipped (their total is the cell itself), and so are sets that
    repeat another one.
    """
    coded = [_codes(d) for d in dims]
    for d, (c, _m) in enumerate(coded):
        if len(c) != n:
            raise PrivacyError(translate("Privacy", "Dimension {d} has {m} values for {n} cells.").format(
                d=d + 1, m=len(c), n=n))
    out: list[tuple[int, np.ndarray, int]] = []
    seen: set[bytes] = set()
    for d, (_c, m) in enumerate(coded):
        if m <= 1:
            continue
        others = [coded[j] for j in range(len(coded)) if j != d]
        key = np.zeros(n, dtype=np.int64)
        size = 1
        packed = True
        for c, mj in others:
            if size * max(mj, 1) >= 1 << 62:
                packed = False
                break
            key = key * max(mj, 1) + c
            size *= max(mj, 1)
        if not packed:
            stacked = np.stack([c for c, _m in others], axis=1)
            _u, inv = np.unique(stacked, axis=0, return_inverse=True)
            key = inv.ravel().astype(np.int64)
        g, ng = _codes(key) if n else (key, 0)
        sig = g.tobytes()
        if sig not in seen:
            seen.add(sig)
            out.append((GRAND_TOTAL if ng == 1 else d, g, ng))
    # the sets of the largest groups first: their choices are the freest, and the small groups of the
    # other dimensions then often have one candidate left that closes a rectangle
    out.sort(key=lambda item: -(n / max(item[2], 1)))
    g0 = np.zeros(n, dtype=np.int64)
    if n and g0.tobytes() not in seen:
        out.append((GRAND_TOTAL, g0, 1))
    return out


def guard(counts: np.ndarray, dims: Sequence[np.ndarray], k: float = 30, max_passes: int | None = None
          ) -> GuardResult:
    """Apply primary and secondary suppression to the cells ``counts`` (NaN: already suppressed).

    ``dims`` holds, for each dimension of the table (zone, slot, profile...), the value of every cell
    (any hashable values; they are turned into integer codes). Raises :class:`PrivacyError` for a
    negative count or a threshold below 1.
    """
    x = np.asarray(counts, dtype=float).ravel()
    n = len(x)
    if not k >= 1:
        raise PrivacyError(translate("Privacy", "The anonymity threshold must be at least 1, not {k}.").format(k=k))
    known = ~np.isnan(x)
    if np.any(x[known] < 0):
        raise PrivacyError(translate("Privacy", "The table holds negative counts ({n} cells, the lowest {v}); counts of people cannot be below zero.").format(
            n=int(np.sum(x[known] < 0)), v=float(np.min(x[known]))))
    if np.any(np.isinf(x)):
        raise PrivacyError(translate("Privacy", "The table holds infinite counts."))
    input_supp = ~known
    primary = known & below_threshold(x, k)
    supp = input_supp | primary
    value = np.where(known, x, 0.0)
    sets = group_sets(dims, n)
    sizes = [np.bincount(g, minlength=ng) for _d, g, ng in sets]
    passes = 0
    limit = max_passes if max_passes is not None else n + 1
    blocked: dict[int, np.ndarray] = {}
    while passes < limit:
        passes += 1
        added = 0
        for (d, g, ng), size in zip(sets, sizes):
            n_supp = np.bincount(g, weights=supp, minlength=ng)
            s_supp = np.bincount(g, weights=np.where(supp, value, 0.0), minlength=ng)
            need = (size > 1) & (n_supp > 0) & ((n_supp == 1) | (s_supp < k))
            if not need.any():
                blocked[d] = np.zeros(0, dtype=np.int64)
                continue
            cand = np.flatnonzero(need[g] & ~supp & (value > 0))
            if len(cand):
                # a candidate whose other groups hold no suppressed cell yet would expose them in turn:
                # prefer the cells that expose fewest, then the smallest, then the first
                exposes = np.zeros(len(cand), dtype=np.int64)
                for (d2, g2, ng2), size2 in zip(sets, sizes):
                    if d2 == d:
                        continue
                    n2 = np.bincount(g2, weights=supp, minlength=ng2)
                    gc = g2[cand]
                    exposes += ((size2[gc] > 1) & (n2[gc] == 0)).astype(np.int64)
                order = np.lexsort((cand, value[cand], exposes, g[cand]))
                cg = g[cand][order]
                first = np.concatenate(([True], cg[1:] != cg[:-1]))
                pick = cand[order][first]
                supp[pick] = True
                added += len(pick)
                need[cg[first]] = False
            # groups with nothing left to suppress: their totals must not be published
            rest = np.flatnonzero(need)
            if len(rest):
                first_cell = np.full(ng, -1, dtype=np.int64)
                first_cell[g[::-1]] = np.arange(n - 1, -1, -1)
                blocked[d] = first_cell[rest]
            else:
                blocked[d] = np.zeros(0, dtype=np.int64)
        if added == 0:
            break
    secondary = supp & ~input_supp & ~primary
    published = np.where(supp, np.nan, x)
    unsafe = [(d, c) for d, c in blocked.items() if len(c)]
    return GuardResult(input_supp, primary, secondary, published, float(k), passes, unsafe)


def check(published: np.ndarray, true: np.ndarray, dims: Sequence[np.ndarray], k: float) -> list[tuple[int, int]]:
    """Groups (dimension index, representative cell) whose total minus its published cells reveals a
    single suppressed cell or a sum below ``k`` (NaN in ``true`` counting as 0). Empty when safe.

    A brute-force check of :func:`guard` for tests and audits; groups reported as unsafe totals are
    listed too (their totals must not be published).
    """
    pub = np.asarray(published, dtype=float)
    tv = np.where(np.isnan(true), 0.0, np.asarray(true, dtype=float))
    supp = np.isnan(pub)
    bad = []
    for d, g, ng in group_sets(dims, len(pub)):
        size = np.bincount(g, minlength=ng)
        n_s = np.bincount(g, weights=supp, minlength=ng)
        hidden = np.bincount(g, weights=np.where(supp, tv, 0.0), minlength=ng)
        wrong = (size > 1) & (n_s > 0) & ((n_s == 1) | (hidden < k))
        for grp in np.flatnonzero(wrong):
            bad.append((d, int(np.flatnonzero(g == grp)[0])))
    return bad
