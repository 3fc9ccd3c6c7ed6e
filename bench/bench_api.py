"""Latency of ``/partners`` and ``/paths`` through HTTP on a ~1M-triple synthetic graph.

    .venv/bin/python bench/bench_api.py [--triples 1000000] [--requests 500]

Generates the graph (``bench/generate_graph.py``) if it is not there, bulk-loads it into a
fresh embedded store, measures the projection build in its own process, then starts a real
``rcgraph serve`` on 127.0.0.1 and times sequential keep-alive requests for random
organisations and pairs. Prints a Markdown table (p50, p99, mean in ms; memory in MB).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def start_server(store: Path, **env: str) -> tuple[subprocess.Popen[bytes], str]:
    """``rcgraph serve`` on a free loopback port over ``store``; returns (process, base URL)."""
    port = free_port()
    environment = {**os.environ, "RCGRAPH_STORE": str(store), "RCGRAPH_LOG_LEVEL": "warning", **env}
    server = subprocess.Popen(
        [PY, "-m", "graph.cli", "serve", "--port", str(port)],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return server, f"http://127.0.0.1:{port}"


def load_and_probe(data: Path, store: Path) -> tuple[float, dict]:
    """Bulk-load ``data`` into ``store`` (timed), then build the projection in its own
    process: its build time, size, memory and the organisations with ties."""
    t = time.perf_counter()
    subprocess.run(
        [PY, "-m", "graph.cli", "--store", str(store), "load", str(data)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    seconds = time.perf_counter() - t
    out = subprocess.run(
        [PY, "-c", PROJECTION_PROBE, str(store)],
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout
    return seconds, json.loads(out)


def ensure_data(triples: int) -> Path:
    out = ROOT / "bench" / "out" / f"synthetic-{triples}.nq"
    if not out.exists():
        subprocess.run(
            [
                PY,
                str(ROOT / "bench" / "generate_graph.py"),
                "--triples",
                str(triples),
                "-o",
                str(out),
            ],
            check=True,
        )
    return out


PROJECTION_PROBE = """
import json, resource, sys, time, random
from graph.store import open_store
from graph.projection import build_projection
store = open_store(sys.argv[1])
t = time.perf_counter()
view = build_projection(store)
seconds = time.perf_counter() - t
orgs = [n for n, d in view.graph.nodes(data=True)
        if d.get("node_type") == "organisation" and view.graph.degree(n) > 0]
print(json.dumps({"seconds": seconds, "nodes": view.graph.number_of_nodes(),
                  "edges": view.graph.number_of_edges(), "orgs": orgs,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    data = ensure_data(args.triples)
    workdir = Path(tempfile.mkdtemp(prefix="rcgraph-bench-"))
    store = workdir / "store"
    try:
        load_s, probe = load_and_probe(data, store)
        server, base = start_server(store)
        try:
            with httpx.Client(base_url=base, timeout=60) as client:
                for _ in range(300):
                    try:
                        client.get("/health")
                        break
                    except httpx.HTTPError:
                        time.sleep(0.1)
                rnd = random.Random(args.seed)
                orgs = probe["orgs"]
                t = time.perf_counter()
                client.get("/partners", params={"org": orgs[0]})
                first_s = time.perf_counter() - t
                results: dict[str, list[float]] = {"/partners": [], "/paths": []}
                statuses: dict[str, dict[int, int]] = {"/partners": {}, "/paths": {}}
                for _ in range(20):  # warm-up
                    client.get("/partners", params={"org": rnd.choice(orgs)})
                for _ in range(args.requests):
                    for path in results:
                        if path == "/partners":
                            params = {"org": rnd.choice(orgs)}
                        else:
                            a, b = rnd.sample(orgs, 2)
                            params = {"from": a, "to": b, "k": "3", "max_hops": "4"}
                        t = time.perf_counter()
                        resp = client.get(path, params=params)
                        results[path].append((time.perf_counter() - t) * 1000)
                        statuses[path][resp.status_code] = (
                            statuses[path].get(resp.status_code, 0) + 1
                        )
                server_rss = rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=20)
        print(
            f"\n### /partners and /paths on {args.triples:,} synthetic triples "
            f"({args.requests} requests each, sequential, keep-alive)\n"
        )
        print("| endpoint | p50 ms | p99 ms | mean ms | statuses |")
        print("| --- | --- | --- | --- | --- |")
        for path, values in results.items():
            print(
                f"| {path} | {pct(values, 50):.2f} | {pct(values, 99):.2f} | "
                f"{statistics.mean(values):.2f} | {statuses[path]} |"
            )
        print("\n| measure | value |\n| --- | --- |")
        print(f"| bulk load (`rcgraph load`) | {load_s:.1f} s |")
        print(
            f"| projection build | {probe['seconds']:.2f} s ({probe['nodes']} nodes, "
            f"{probe['edges']} edges) |"
        )
        print(f"| projection process peak RSS | {probe['maxrss_mb']:.0f} MB |")
        print(f"| server RSS after the run | {server_rss:.0f} MB |")
        print(f"| first request (builds the projection) | {first_s:.2f} s |")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
