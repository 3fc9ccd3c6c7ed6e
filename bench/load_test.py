"""A bounded loopback load test: concurrent clients on ``/sparql``, ``/partners``, ``/paths``.

    .venv/bin/python bench/load_test.py [--seconds 30] [--clients 16] [--triples 1000000]

Starts ``rcgraph serve`` on 127.0.0.1 over the synthetic graph (``bench/generate_graph.py``),
then runs ``--clients`` concurrent keep-alive clients for ``--seconds`` seconds, each cycling
through the three endpoints with random organisations. Prints requests, errors, throughput
and p50/p99 per endpoint. Traffic goes to loopback only and stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_api import ensure_data, load_and_probe, pct, start_server  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
SPARQL = (
    "PREFIX rc: <https://w3id.org/rcgraph/ontology#> SELECT DISTINCT ?p WHERE { "
    "?r rc:party <{org}>, ?p } LIMIT 100"
)


async def client_loop(
    base: str,
    orgs: list[str],
    deadline: float,
    seed: int,
    stats: dict[str, list[float]],
    errors: dict[str, int],
) -> None:
    rnd = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        while time.monotonic() < deadline:
            for path in ("/sparql", "/partners", "/paths"):
                if path == "/sparql":
                    params = {"query": SPARQL.replace("{org}", rnd.choice(orgs))}
                elif path == "/partners":
                    params = {"org": rnd.choice(orgs)}
                else:
                    a, b = rnd.sample(orgs, 2)
                    params = {"from": a, "to": b, "k": "3", "max_hops": "4"}
                t = time.perf_counter()
                try:
                    resp = await client.get(path, params=params)
                    ok = resp.status_code < 500 and resp.status_code != 429
                except httpx.HTTPError:
                    ok = False
                stats[path].append((time.perf_counter() - t) * 1000)
                if not ok:
                    errors[path] += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--triples", type=int, default=1_000_000)
    args = parser.parse_args()
    data = ensure_data(args.triples)
    work = Path(tempfile.mkdtemp(prefix="rcgraph-load-"))
    store = work / "store"
    server = None
    try:
        orgs = load_and_probe(data, store)[1]["orgs"]
        server, base = start_server(store)
        for _ in range(600):
            try:
                httpx.get(base + "/partners", params={"org": orgs[0]}, timeout=60)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        stats: dict[str, list[float]] = {"/sparql": [], "/partners": [], "/paths": []}
        errors = dict.fromkeys(stats, 0)
        deadline = time.monotonic() + args.seconds
        started = time.perf_counter()

        async def run_all() -> None:
            await asyncio.gather(
                *(client_loop(base, orgs, deadline, i, stats, errors) for i in range(args.clients))
            )

        asyncio.run(run_all())
        elapsed = time.perf_counter() - started
        print(f"\n### Load test: {args.clients} clients, {args.seconds:.0f} s, loopback\n")
        print("| endpoint | requests | errors | req/s | p50 ms | p99 ms |")
        print("| --- | --- | --- | --- | --- | --- |")
        for path, values in stats.items():
            print(
                f"| {path} | {len(values)} | {errors[path]} | {len(values) / elapsed:.0f} | "
                f"{pct(values, 50):.1f} | {pct(values, 99):.1f} |"
            )
        total = sum(len(v) for v in stats.values())
        print(f"| **all** | {total} | {sum(errors.values())} | {total / elapsed:.0f} | | |")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
