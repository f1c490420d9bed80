"""Benchmark of the analysis algorithms on a large export: venue catchment and economic impact.

    .venv/bin/python -P bench/analytics.py [--rows 10000000]

The export is the one of ``bench/import.py`` (``bench/generate.py``: Dutch long layout, 15-minute slots,
1,600 zones of Brussels, five profiles, 60 origins per zone and slot; cached in ``bench/.data/``). It is
imported once (time printed, see ``bench/import.py`` for that benchmark), then each algorithm runs on the
imported dataset, as the Processing algorithms do after their own import:

1. catchment: origins at municipality level with the anonymity rule, ranked, bands, distances, decay;
   the alternative in the same run: the plain pandas way (``groupby`` origin, sort, ``cumsum``) on the same
   rows already in memory, without any anonymity rule.
2. economic impact: daily unique visitors by profile and origin group under the stated counting rule
   (peak simultaneous presence for 15-minute data), then the spend model with its margins (Brussels preset).

Goal (issue #5): under 5 s each on this 2-core machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent


def _export(rows: int) -> Path:
    spec = importlib.util.spec_from_file_location("footfall_bench_import", HERE / "import.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod.ensure_export(rows)[0]


def main() -> int:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=lambda s: int(float(s)), default=10_000_000)
    args = ap.parse_args()
    path = _export(args.rows)

    from footfall.core.catchment import catchment
    from footfall.core.flows import FlowQuery
    from footfall.core.readers import read_exports

    t0 = time.perf_counter()
    ds = read_exports([path], timezone="Europe/Brussels")
    t_import = time.perf_counter() - t0
    n = ds.row_count()
    print(f"{n:,} rows imported from {path.name} in {t_import:.1f} s")
    grand_place = (4.35236, 50.84673)
    results = []

    t0 = time.perf_counter()
    res = catchment(ds, grand_place, FlowQuery(level=1))
    t_catch = time.perf_counter() - t0
    results.append(("catchment (municipality level)", t_catch))

    # the plain pandas way on the same rows, already in memory (the read is not counted)
    df = ds.con.execute("SELECT origin_type, origin_code, count FROM footfall WHERE count IS NOT NULL").df()
    t0 = time.perf_counter()
    by = df.groupby(["origin_type", "origin_code"], sort=False)["count"].sum().sort_values(ascending=False)
    cum = by.cumsum() / by.sum()
    _bands = (cum.shift(fill_value=0.0) < 0.5).sum(), (cum.shift(fill_value=0.0) < 0.9).sum()
    t_pandas = time.perf_counter() - t0
    del df

    impact = None
    try:
        from footfall.core import impact as impact_mod
    except ImportError:
        impact_mod = None
    if impact_mod is not None and hasattr(impact_mod, "impact_from_dataset"):
        t0 = time.perf_counter()
        impact = impact_mod.impact_from_dataset(ds, "brussels")
        results.append(("economic impact (Brussels preset)", time.perf_counter() - t0))

    print(f"catchment: {len(res.rows)} origins ranked, median {res.median_km:.1f} km, "
          f"90th percentile {res.p90_km:.1f} km")
    if impact is not None:
        print(f"economic impact: {impact.visitors:,.0f} visitor-days ({impact.rule}), total "
              f"{impact.total[1] / 1e6:,.1f} M EUR (low {impact.total[0] / 1e6:,.1f}, high {impact.total[2] / 1e6:,.1f})")
    print(f"{'':38}{'seconds':>10}")
    for name, secs in results:
        print(f"{name:38}{secs:10.2f}   goal < 5 s: {'met' if secs < 5 else 'NOT met'}")
    print(f"{'pandas groupby + cumsum, no privacy':38}{t_pandas:10.2f}   "
          f"(catchment / pandas = {t_catch / t_pandas:.1f}x; rows already in memory for pandas)")
    ds.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
