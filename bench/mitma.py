"""Benchmark: a synthetic MITMA district day at full size (gzip), opened by Footfall against a bare DuckDB
read of the same file, in the same run (issue 14).

Usage (from the repository root)::

    .venv/bin/python -P bench/mitma.py [--rows N] [--keep]

The file is written to ``bench/.data/mitma-<N>/20240301_Viajes_distritos.csv.gz`` (gitignored) in exactly
the v2 *Viajes* layout of ``research/operator-formats.md`` §1: ``|``-separated, the 15 columns in their
order, ``fecha`` YYYYMMDD, ``periodo`` HH, district ids as text (7 digits, some with ``_AM``), the eight
dimension columns with their documented values and ``NA``, fractional ``viajes``. The values are random
(seeded); their spread is an assumption: 3,792 districts (the district zoning), each hour's trips of a
district spread over a few hundred OD pairs and dimension combinations.

Each method runs in its own subprocess, so that its peak memory (VmHWM) is its own:

``duckdb``   ``CREATE TABLE t AS SELECT * FROM read_csv(path, delim='|', header=true)``: the floor.
``footfall`` ``read_export(path)``: recognition, parsing, validation, normalisation into the table of
             keys, with the eight breakdowns kept; then the row count must equal N.

The goal: Footfall within 2x the bare DuckDB read, under 1.5 GB peak.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOAL_RATIO = 2.0
GOAL_PEAK_MB = 1500.0


def peak_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return float(line.split()[1]) / 1000.0
    return 0.0


def generate(path: Path, rows: int, seed: int = 14) -> None:
    """Write ``rows`` rows of a v2 Viajes district day, gzip-compressed, in chunks (numpy, no per-row Python)."""
    import numpy as np
    rng = np.random.default_rng(seed)
    districts = np.array([f"{p:02d}{m:03d}{d:02d}" for p in range(1, 53) for m in range(1, 25) for d in range(1, 4)][:3792])
    districts[::50] = np.char.add(districts[::50], "_AM")
    cols = {
        "distancia": np.array(["0.5-2", "2-10", "10-50", ">50"]),
        "actividad": np.array(["casa", "trabajo_estudio", "frecuente", "no_frecuente"]),
        "si_no": np.array(["si", "no"]),
        "renta": np.array(["<10", "10-15", ">15"]),
        "edad": np.array(["0-25", "25-45", "45-65", "65-100", "NA"]),
        "sexo": np.array(["hombre", "mujer", "NA"]),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    head = ("fecha|periodo|origen|destino|distancia|actividad_origen|actividad_destino|estudio_origen_posible|"
            "estudio_destino_posible|residencia|renta|edad|sexo|viajes|viajes_km\n")
    chunk = 1_000_000
    with gzip.open(path, "wb", compresslevel=6) as out:
        out.write(head.encode("ascii"))
        done = 0
        while done < rows:
            n = min(chunk, rows - done)
            dest = rng.integers(0, len(districts), n)
            orig = np.where(rng.random(n) < 0.7, dest, rng.integers(0, len(districts), n))
            hour = np.char.zfill(rng.integers(0, 24, n).astype(str), 2)
            v = np.round(rng.gamma(1.2, 3.0, n) + 0.5, 3)
            km = np.round(v * rng.uniform(0.5, 60, n), 3)
            prov = np.char.zfill(rng.integers(1, 53, n).astype(str), 2)
            parts = [np.full(n, "20240301"), hour, districts[orig], districts[dest],
                     cols["distancia"][rng.integers(0, 4, n)], cols["actividad"][rng.integers(0, 4, n)],
                     cols["actividad"][rng.integers(0, 4, n)], cols["si_no"][rng.integers(0, 2, n)],
                     cols["si_no"][rng.integers(0, 2, n)], prov, cols["renta"][rng.integers(0, 3, n)],
                     cols["edad"][rng.integers(0, 5, n)], cols["sexo"][rng.integers(0, 3, n)],
                     v.astype(str), km.astype(str)]
            line = parts[0]
            for p in parts[1:]:
                line = np.char.add(np.char.add(line, "|"), p)
            out.write(("\n".join(line.tolist()) + "\n").encode("ascii"))
            done += n


def child(method: str, path: str, rows: int) -> dict:
    if method == "duckdb":
        import duckdb
        con = duckdb.connect()
        t = time.perf_counter()
        con.execute(f"CREATE TABLE t AS SELECT * FROM read_csv('{path}', delim='|', header=true)")
        n = con.execute("SELECT count(*) FROM t").fetchone()[0]
        secs = time.perf_counter() - t
    else:
        from footfall.core.readers import read_export
        t = time.perf_counter()
        ds = read_export(path)
        secs = time.perf_counter() - t
        n = ds.row_count()
        assert ds.metadata.format_ids == ["mitma.v2_viajes"], ds.metadata.format_ids
        ds.close()
    assert n == rows, (method, n, rows)
    return {"method": method, "seconds": secs, "peak_mb": peak_mb()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=5_000_000)
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--child", nargs=3, metavar=("METHOD", "PATH", "ROWS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], args.child[1], int(args.child[2]))))
        return 0
    path = HERE / ".data" / f"mitma-{args.rows}" / "20240301_Viajes_distritos.csv.gz"
    made = not path.exists()
    if made:
        t = time.perf_counter()
        generate(path, args.rows)
        print(f"generated {args.rows:,} rows in {time.perf_counter() - t:.1f} s: {path} ({path.stat().st_size / 1e6:.0f} MB gzip)")
    res = {}
    try:
        for method in ("duckdb", "footfall"):
            out = subprocess.run([sys.executable, "-P", __file__, "--child", method, str(path), str(args.rows)],
                                 capture_output=True, text=True)
            if out.returncode:
                print(f"{method} failed:\n{out.stderr[-3000:]}")
                return 1
            res[method] = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{method:9s} {res[method]['seconds']:7.2f} s  peak {res[method]['peak_mb']:7.0f} MB")
    finally:
        if made and not args.keep:
            path.unlink(missing_ok=True)
    ratio = res["footfall"]["seconds"] / res["duckdb"]["seconds"]
    ok = ratio <= GOAL_RATIO and res["footfall"]["peak_mb"] <= GOAL_PEAK_MB
    print(f"ratio footfall / bare DuckDB read: {ratio:.2f} (goal <= {GOAL_RATIO}); "
          f"footfall peak {res['footfall']['peak_mb']:.0f} MB (goal <= {GOAL_PEAK_MB:.0f}): {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
