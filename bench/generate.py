"""Write a large synthetic Proximus-style export for benchmarks: long layout, Dutch headers, ``;``, UTF-8.

Columns ``datum;tijdstip;zone;profiel;herkomst;aantal`` (``dd/mm/yyyy``, ``HH:MM``, 15-minute slots from
1 July 2019). The keys are the product days x slots x zones x profiles x origins, in that order (origin
fastest), cut after ``rows`` rows, so that no (datum, tijdstip, zone, profiel, herkomst) repeats. Counts
are lognormal; those below 30 (about 10 %) are written empty, as Proximus suppresses them.

Usage: ``/usr/bin/python3 bench/generate.py OUT.csv ROWS [SEED]``. Needs only numpy; no QGIS, no package.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

CHUNK_ROWS = 1_000_000
THRESHOLD = 30
CELL = 500
#: Brussels grid (EPSG:31370), ids as ``footfall.core.grids.cell_id`` writes them: ``500mE148000N170000``.
GRID_X = np.arange(140000, 160000, CELL)
GRID_Y = np.arange(160000, 180000, CELL)
PROFILES = ("inwoners", "dagbezoekers", "verblijfsbezoekers", "pendelaars", "transit")
ORIGINS = (
    "1000", "1020", "1030", "1040", "1050", "1060", "1070", "1080", "1081", "1082", "1083", "1090", "1120",
    "1130", "1140", "1150", "1160", "1170", "1180", "1190", "1200", "1210", "1300", "1400", "1700", "1800",
    "1930", "2000", "2800", "3000", "3500", "4000", "5000", "6000", "7000", "8000", "8400", "9000", "6700",
    "4800", "FR", "NL", "DE", "GB", "LU", "IT", "ES", "US", "CH", "DK", "AT", "PL", "PT", "IE", "SE", "NO",
    "CO", "AU", "JP", "CN",
)
START = dt.date(2019, 7, 1)
SLOTS_PER_DAY = 96
MAX_DAYS = 366


def _key_tables() -> tuple[np.ndarray, np.ndarray]:
    """Text of the slot part (``datum;tijdstip;``) per slot, and of ``zone;profiel;herkomst;`` per combination."""
    xx, yy = np.meshgrid(GRID_X, GRID_Y)
    zones = np.char.add(np.char.add(np.char.add(f"{CELL}mE", xx.ravel().astype(str)), "N"), yy.ravel().astype(str))
    combo = np.char.add(np.char.add(zones[:, None, None], ";"), np.array(PROFILES)[None, :, None])
    combo = np.char.add(np.char.add(np.char.add(combo, ";"), np.array(ORIGINS)[None, None, :]), ";")
    return zones, combo.ravel().astype(object)


def _slot_prefix(first_slot: int, n_slots: int) -> np.ndarray:
    """``dd/mm/yyyy;HH:MM;`` for slots ``first_slot`` .. ``first_slot + n_slots - 1`` counted from START."""
    s = np.arange(first_slot, first_slot + n_slots)
    days = [(START + dt.timedelta(days=int(d))).strftime("%d/%m/%Y;") for d in range(s[0] // 96, s[-1] // 96 + 1)]
    day_text = np.array(days, dtype=object)[s // SLOTS_PER_DAY - s[0] // SLOTS_PER_DAY]
    minutes = (s % SLOTS_PER_DAY) * 15
    hhmm = np.char.add(np.char.add(np.char.zfill((minutes // 60).astype(str), 2), ":"),
                       np.char.zfill((minutes % 60).astype(str), 2))
    return day_text + np.char.add(hhmm, ";").astype(object)


def generate_export(path: str | Path, rows: int, seed: int = 1) -> Path:
    """Write ``rows`` data rows of a long Dutch-headed Proximus-style CSV to ``path`` (whole or not at all)."""
    path = Path(path)
    rows = int(rows)
    if rows < 0:
        raise ValueError("rows must be >= 0")
    zones, combos = _key_tables()
    per_slot = len(combos)
    if rows > per_slot * SLOTS_PER_DAY * MAX_DAYS:
        raise ValueError(f"at most {per_slot * SLOTS_PER_DAY * MAX_DAYS} rows")
    rng = np.random.default_rng(seed)
    # Lognormal counts with P(count < 30) = 10 %: ln(30) - mu = -1.2816 sigma.
    sigma = 1.0
    mu = np.log(THRESHOLD) + 1.2816 * sigma
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(b"datum;tijdstip;zone;profiel;herkomst;aantal\n")
            for start in range(0, rows, CHUNK_ROWS):
                stop = min(rows, start + CHUNK_ROWS)
                idx = np.arange(start, stop, dtype=np.int64)
                slot, combo = np.divmod(idx, per_slot)
                first = int(slot[0])
                prefix = _slot_prefix(first, int(slot[-1]) - first + 1)[slot - first]
                counts = np.rint(rng.lognormal(mu, sigma, stop - start)).astype(np.int64)
                text = np.where(counts < THRESHOLD, "", counts.astype(str)).astype(object)
                lines = prefix + combos[combo] + text
                fh.write(("\n".join(lines.tolist()) + "\n").encode("utf-8"))
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def main(argv: list[str] | None = None) -> int:
    """Command line: ``generate.py OUT.csv ROWS [SEED]``."""
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) not in (2, 3):
        print("usage: generate.py OUT.csv ROWS [SEED]", file=sys.stderr)
        return 2
    out = generate_export(argv[0], int(float(argv[1])), int(argv[2]) if len(argv) == 3 else 1)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
