"""The engine alone, in process: the analyst queries of ``bench_sparql.py`` on the on-disk
store, on a full in-memory copy and on the in-memory union copy, without HTTP.

    .venv/bin/python bench/engine_in_process.py [--triples 1000000] [--repeat 11] [--cold]

Why: it bounds what any serving mode over pyoxigraph can reach; the HTTP runs of
``bench_sparql.py`` add the server's and the client's cost on top of these medians.
``--cold`` times the union copy twice more: after 20 ms idle before each run, and after
64 MB of other memory is touched, as a server's core is between two requests.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyoxigraph as ox  # noqa: E402
from bench_api import ensure_data  # noqa: E402
from bench_sparql import PY, QUERIES, ROOT  # noqa: E402

from graph.memory_store import memory_copy  # noqa: E402
from graph.store import open_store  # noqa: E402

JSON = ox.QueryResultsFormat.JSON


#: Memory touched between runs by ``--cold``: more than this host's L2 and L3 caches.
_OTHER = bytearray(64 << 20)


def _idle() -> None:
    time.sleep(0.02)


def _evict() -> None:
    for i in range(0, len(_OTHER), 64):  # a write per cache line
        _OTHER[i] ^= 1


def median_ms(
    store: ox.Store,
    query: str,
    repeat: int,
    before: Callable[[], None] | None = None,
    **kwargs: bool,
) -> float:
    """Median wall time of running ``query`` and writing its JSON results (``before``
    each run, untimed)."""
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        t = time.perf_counter()
        store.query(query, **kwargs).serialize(format=JSON)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument(
        "--cold", action="store_true", help="also time the union copy after idle and eviction"
    )
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
        cold = " after 20 ms idle | after 64 MB touched |" if args.cold else ""
        print(f"| query | disk ms | full copy in memory ms | union copy in memory ms |{cold}")
        print("| --- | --- | --- | --- |" + " --- | --- |" * args.cold)
        for name, query in QUERIES.items():
            d = median_ms(disk.ox, query, args.repeat, use_default_graph_as_union=True)
            m = median_ms(full, query, args.repeat, use_default_graph_as_union=True)
            cells = [median_ms(union, query, args.repeat)]
            if args.cold:
                cells += [median_ms(union, query, args.repeat, before=b) for b in (_idle, _evict)]
            u = " | ".join("n/a" if "GRAPH ?" in query else f"{c:.2f}" for c in cells)
            print(f"| {name} | {d:.2f} | {m:.2f} | {u} |")
        disk.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
