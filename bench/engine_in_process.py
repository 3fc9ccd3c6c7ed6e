"""The engine alone, in process: the analyst queries of ``bench_sparql.py`` on the on-disk
store, on a full in-memory copy and on the in-memory union copy, without HTTP.

    .venv/bin/python bench/engine_in_process.py [--triples 1000000] [--repeat 11]

Why: it bounds what any serving mode over pyoxigraph can reach; the HTTP runs of
``bench_sparql.py`` add the server's and the client's cost on top of these medians.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyoxigraph as ox  # noqa: E402
from bench_api import ensure_data  # noqa: E402
from bench_sparql import PY, QUERIES, ROOT  # noqa: E402

from graph.memory_store import memory_copy  # noqa: E402
from graph.store import open_store  # noqa: E402

JSON = ox.QueryResultsFormat.JSON


def median_ms(store: ox.Store, query: str, repeat: int, **kwargs: bool) -> float:
    """Median wall time of running ``query`` and writing its JSON results."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        store.query(query, **kwargs).serialize(format=JSON)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args()
    data = ensure_data(args.triples)
    work = Path(tempfile.mkdtemp(prefix="rcgraph-engine-"))
    try:
        subprocess.run(
            [PY, "-m", "graph.cli", "--store", str(work / "s"), "load", str(data)],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        disk = open_store(work / "s")
        union = memory_copy(disk)
        full = ox.Store()
        full.bulk_extend(disk.ox.quads_for_pattern(None, None, None, None))
        print("| query | disk ms | full copy in memory ms | union copy in memory ms |")
        print("| --- | --- | --- | --- |")
        for name, query in QUERIES.items():
            d = median_ms(disk.ox, query, args.repeat, use_default_graph_as_union=True)
            m = median_ms(full, query, args.repeat, use_default_graph_as_union=True)
            u = "n/a" if "GRAPH ?" in query else f"{median_ms(union, query, args.repeat):.2f}"
            print(f"| {name} | {d:.2f} | {m:.2f} | {u} |")
        disk.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
