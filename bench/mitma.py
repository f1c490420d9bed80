"""Benchmark: a synthetic MITMA district day at full size (gzip), opened by Footfall against a bare DuckDB
read of the same file, in the same run (issue 14).

Usage (from the repository root)::

    .venv/bin/python -P bench/mitma.py [--rows N] [--repeat N] [--keep]

The file is written to ``bench/.data/mitma-<N>/20240301_Viajes_distritos.csv.gz`` (gitignored; kept and
reused when it is there) in exactly the v2 *Viajes* layout of ``research/operator-formats.md`` §1:
``|``-separated, the 15 columns in their order, ``fecha`` YYYYMMDD, ``periodo`` HH, zone ids as text in
the documented forms (``2807901``, ``01001``, ``01009_AM``), the eight breakdown columns with exactly their
documented values (``NA`` in age and sex), fractional ``viajes`` and ``viajes_km`` with three decimals.
What is **assumed** (the research gives no figure): about 3,800 zones, 5 million rows for a day (the
default ``--rows``), and the joint distribution described in :func:`generate` (an hourly profile, trips
mostly within a zone or its province, residence mostly the origin's province). At 5 million rows it holds
about 1.1 million OD pairs and 280,000 combinations of the eight breakdowns.

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


#: The documented value sets of the eight breakdowns (research/operator-formats.md §1, verbatim codes).
DISTANCE = ("0.5-2", "2-10", "10-50", ">50")
ACTIVITY = ("casa", "trabajo_estudio", "frecuente", "no_frecuente")
YES_NO = ("si", "no")
INCOME = ("<10", "10-15", ">15")
AGE = ("0-25", "25-45", "45-65", "65-100", "NA")
SEX = ("hombre", "mujer", "NA")
#: Share of a day's trips that start in each local hour: ASSUMED (a commuter-shaped day, low at night,
#: peaks at 8-9 h, 14 h and 18-19 h); the research gives no hourly profile.
HOUR_WEIGHTS = (1.0, 0.6, 0.4, 0.3, 0.3, 0.6, 2.0, 5.0, 7.0, 5.0, 4.0, 4.5,
                5.0, 5.5, 5.0, 4.5, 5.0, 6.0, 6.5, 5.0, 3.5, 2.5, 2.0, 1.5)


def zone_ids(per_province: int = 73) -> list[str]:
    """About 3,800 zone ids of a district zoning, in the documented id forms: 7-digit districts
    (``2807901``: municipality + district), 5-digit municipalities (``01001``) and aggregated municipalities
    (``01009_AM``), for the 52 INE provinces. The number of zones and the mix of forms are ASSUMED."""
    out = []
    for p in range(1, 53):
        for j in range(per_province):
            muni = 1 + j * 3
            if j % 4 == 0:
                out.append(f"{p:02d}{muni:03d}_AM")
            elif j % 4 == 1:
                out.append(f"{p:02d}{muni:03d}")
            else:
                out.append(f"{p:02d}{muni:03d}{j % 7 + 1:02d}")
    return out


def generate(path: Path, rows: int, seed: int = 14) -> dict:
    """Write ``rows`` rows of a v2 Viajes district day (gzip) and return what the file holds.

    The layout and the value sets are the documented ones; the joint distribution is ASSUMED, to look
    like a day of trips rather than noise (uniform random values made almost every row a combination of
    its own): zones weighted by a log-normal size; a trip's destination is its own zone (35 %), another
    zone of its province (45 %) or anywhere (20 %); the distance band follows from that; the residence is
    the origin's province for 85 % of the rows; hours follow HOUR_WEIGHTS; age is undisclosed (NA) on
    20 % of the rows, and then so is sex; trips are fractional (log-normal, 3 decimals) and ``viajes_km``
    is trips times a distance in the band. Rows are unique per hour, OD pair and breakdowns (as in the
    real files), in no particular order. Built with numpy and written by DuckDB: no per-row Python.
    """
    import duckdb
    import numpy as np
    import pyarrow as pa
    rng = np.random.default_rng(seed)
    zones = np.array(zone_ids())
    nz = len(zones)
    prov = np.array([int(z[:2]) - 1 for z in zones])
    size = rng.lognormal(0.0, 1.0, nz)
    by_prov = [np.flatnonzero(prov == p) for p in range(52)]
    want = int(rows * 1.15) + 1000
    o = rng.choice(nz, want, p=size / size.sum())
    kind = rng.choice(3, want, p=[0.35, 0.45, 0.20])
    d = o.copy()
    same_prov = kind == 1
    # another zone of the origin's province: the province's zones are contiguous in ``zones``
    first = np.array([b[0] for b in by_prov])
    count = np.array([len(b) for b in by_prov])
    d[same_prov] = first[prov[o[same_prov]]] + rng.integers(0, count[prov[o[same_prov]]])
    anywhere = kind == 2
    d[anywhere] = rng.choice(nz, int(anywhere.sum()), p=size / size.sum())
    hour = rng.choice(24, want, p=np.asarray(HOUR_WEIGHTS) / sum(HOUR_WEIGHTS))
    dist = np.where(kind == 0, rng.choice(2, want, p=[0.7, 0.3]),
                    np.where(kind == 1, 1 + rng.choice(2, want, p=[0.6, 0.4]), 2 + rng.choice(2, want, p=[0.5, 0.5])))
    act_o = rng.choice(4, want, p=[0.40, 0.25, 0.25, 0.10])
    act_d = rng.choice(4, want, p=[0.40, 0.25, 0.25, 0.10])
    st_o = rng.choice(2, want, p=[0.1, 0.9])
    st_d = rng.choice(2, want, p=[0.1, 0.9])
    res = np.where(rng.random(want) < 0.85, prov[o], rng.integers(0, 52, want))
    inc = rng.choice(3, want, p=[0.25, 0.45, 0.30])
    age = rng.choice(5, want, p=[0.15, 0.25, 0.25, 0.15, 0.20])
    sex = np.where(age == 4, 2, rng.choice(2, want))
    # unique rows: one per (hour, origin, destination, breakdowns), as in the real files
    key = (((((((((o.astype(np.int64) * nz + d) * 24 + hour) * 4 + dist) * 4 + act_o) * 4 + act_d) * 2 + st_o) * 2 + st_d)
            * 52 + res) * 3 + inc) * 5 + age
    key = key * 3 + sex
    _u, first_of = np.unique(key, return_index=True)
    keep = np.sort(rng.permutation(first_of)[:rows]) if len(first_of) >= rows else None
    if keep is None:
        raise SystemExit(f"only {len(first_of):,} distinct rows could be drawn; ask for fewer")
    keep = rng.permutation(keep)  # no order, as in the real files (rows not sorted by hour)
    v = np.round(rng.lognormal(0.9, 0.9, rows) + 1.0, 3)
    lo = np.array([0.5, 2.0, 10.0, 50.0])[dist[keep]]
    hi = np.array([2.0, 10.0, 50.0, 400.0])[dist[keep]]
    km = np.round(v * rng.uniform(lo, hi), 3)

    def dic(codes, values):
        return pa.DictionaryArray.from_arrays(pa.array(np.asarray(codes, dtype=np.int32)), pa.array(list(values)))

    table = pa.table({
        "fecha": dic(np.zeros(rows), ["20240301"]),
        "periodo": dic(hour[keep], [f"{h:02d}" for h in range(24)]),
        "origen": dic(o[keep], zones), "destino": dic(d[keep], zones),
        "distancia": dic(dist[keep], DISTANCE),
        "actividad_origen": dic(act_o[keep], ACTIVITY), "actividad_destino": dic(act_d[keep], ACTIVITY),
        "estudio_origen_posible": dic(st_o[keep], YES_NO), "estudio_destino_posible": dic(st_d[keep], YES_NO),
        "residencia": dic(res[keep], [f"{p:02d}" for p in range(1, 53)]),
        "renta": dic(inc[keep], INCOME), "edad": dic(age[keep], AGE), "sexo": dic(sex[keep], SEX),
        "viajes": pa.array(v), "viajes_km": pa.array(km),
    })
    combos = int(len(np.unique(key[keep] % (4 * 4 * 4 * 2 * 2 * 52 * 3 * 5 * 3))))  # the breakdowns: the key's last digits
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    con.register("gen", table)
    tmp = path.with_suffix(".tmp")
    con.execute(f"COPY (SELECT fecha::VARCHAR AS fecha, periodo::VARCHAR AS periodo, origen::VARCHAR AS origen, "
                f"destino::VARCHAR AS destino, distancia::VARCHAR AS distancia, actividad_origen::VARCHAR AS actividad_origen, "
                f"actividad_destino::VARCHAR AS actividad_destino, estudio_origen_posible::VARCHAR AS estudio_origen_posible, "
                f"estudio_destino_posible::VARCHAR AS estudio_destino_posible, residencia::VARCHAR AS residencia, "
                f"renta::VARCHAR AS renta, edad::VARCHAR AS edad, sexo::VARCHAR AS sexo, "
                f"printf('%.3f', viajes) AS viajes, printf('%.3f', viajes_km) AS viajes_km FROM gen) "
                f"TO '{tmp}' (FORMAT csv, DELIMITER '|', HEADER true, QUOTE '', COMPRESSION gzip)")
    con.close()
    tmp.replace(path)
    return {"rows": rows, "zones": nz, "breakdown_combinations": combos,
            "od_pairs": int(len(np.unique(o[keep].astype(np.int64) * nz + d[keep])))}


def child(method: str, path: str, rows: int) -> dict:
    if method == "duckdb":
        import duckdb
        con = duckdb.connect()
        con.execute("SET enable_progress_bar = false")
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


def load_average() -> float:
    try:
        with open("/proc/loadavg", encoding="ascii") as fh:
            return float(fh.read().split()[0])
    except (OSError, ValueError):
        return float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=5_000_000)
    ap.add_argument("--repeat", type=int, default=1, help="run both methods this many times, alternately")
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
        info = generate(path, args.rows)
        print(f"generated {args.rows:,} rows in {time.perf_counter() - t:.1f} s: {path} ({path.stat().st_size / 1e6:.0f} MB gzip); "
              f"{info['zones']:,} zones, {info['od_pairs']:,} OD pairs, {info['breakdown_combinations']:,} breakdown combinations")
    runs: list[dict] = []
    try:
        for r in range(args.repeat):
            res = {}
            for method in ("duckdb", "footfall"):
                load = load_average()
                out = subprocess.run([sys.executable, "-P", __file__, "--child", method, str(path), str(args.rows)],
                                     capture_output=True, text=True)
                if out.returncode:
                    print(f"{method} failed:\n{out.stderr[-3000:]}")
                    return 1
                res[method] = json.loads(out.stdout.strip().splitlines()[-1])
                res[method]["load"] = load
            ratio = res["footfall"]["seconds"] / res["duckdb"]["seconds"]
            runs.append({"ratio": ratio, **res})
            print(f"run {r + 1}: duckdb {res['duckdb']['seconds']:6.2f} s peak {res['duckdb']['peak_mb']:5.0f} MB | "
                  f"footfall {res['footfall']['seconds']:6.2f} s peak {res['footfall']['peak_mb']:5.0f} MB | "
                  f"ratio {ratio:.2f} | load average {res['duckdb']['load']:.1f}/{res['footfall']['load']:.1f}")
    finally:
        if made and not args.keep:
            path.unlink(missing_ok=True)
    ratios = sorted(x["ratio"] for x in runs)
    peak = max(x["footfall"]["peak_mb"] for x in runs)
    best = min(runs, key=lambda x: x["ratio"])
    ok = ratios[len(ratios) // 2] <= GOAL_RATIO and peak <= GOAL_PEAK_MB
    print(f"ratio footfall / bare DuckDB read: median {ratios[len(ratios) // 2]:.2f}, spread {ratios[0]:.2f}-{ratios[-1]:.2f} "
          f"over {len(runs)} run(s) (goal <= {GOAL_RATIO}); best run {best['footfall']['seconds']:.2f} s against "
          f"{best['duckdb']['seconds']:.2f} s; footfall peak {peak:.0f} MB (goal <= {GOAL_PEAK_MB:.0f}): "
          f"{'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
