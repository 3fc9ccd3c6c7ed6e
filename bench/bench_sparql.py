"""``/sparql`` through rcgraph against Oxigraph's own server, side by side, same data.

    .venv/bin/python bench/bench_sparql.py [--triples 1000000] [--repeat 30]
        [--servers plain,ours,mem,oximem]

Loads the synthetic graph once, copies the store for each server (RocksDB is single-
process), then starts on 127.0.0.1: ``oxigraph serve --union-default-graph`` (on disk),
``rcgraph serve`` (on disk) without its union copy (``RCGRAPH_UNION_COPY=0``: the API's
own cost over the same engine calls), with it (the default), and with
``RCGRAPH_IN_MEMORY=1``; ``--servers`` picks among those and ``oximem``, Oxigraph's own
server in memory (loaded over its Graph Store Protocol), the reference for what the engine
gains in memory, and ``floor``, a bare ASGI app on uvicorn over the same in-memory copies
(``bench/floor_app.py``): what the in-memory mode could reach if its own layer cost
nothing. The same
analyst queries are sent to each, interleaved query by query, by two clients in turn:
httpx, and the standard library's ``http.client`` (a tenth of httpx's cost per request,
so the servers' own differences show); medians, ratios to Oxigraph and their geometric mean
are printed as Markdown for each client, with result sizes checked equal.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_api import ensure_data, free_port, rss_mb  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
OXIGRAPH = str(ROOT / ".venv" / "bin" / "oxigraph")
P = """PREFIX rc: <https://w3id.org/rcgraph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
QUERIES = {
    "partners of a society": P
    + """SELECT DISTINCT ?p ?r WHERE {
  ?r rc:party <https://w3id.org/rcgraph/id/org/ns-qa>, ?p .
  FILTER(?p != <https://w3id.org/rcgraph/id/org/ns-qa>) }""",
    "officials of a society": P
    + """SELECT DISTINCT ?person ?role WHERE {
  ?m a rc:Appointment ; org:organization <https://w3id.org/rcgraph/id/org/ns-ke> ;
     org:member ?p ; rc:roleText ?role . ?p foaf:name ?person }""",
    "agreements by year": P
    + """SELECT ?y (COUNT(DISTINCT ?a) AS ?n) WHERE {
  ?a a rc:MemorandumOfUnderstanding ; schema:startDate ?d .
  BIND(SUBSTR(STR(?d), 1, 4) AS ?y) } GROUP BY ?y ORDER BY ?y""",
    "two-hop partners": P
    + """SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {
  <https://w3id.org/rcgraph/id/org/ns-jo> rc:partneredWith ?b . ?b rc:partneredWith ?c }""",
    "evidence of a pair": P
    + """SELECT ?r ?e WHERE {
  ?r rc:party <https://w3id.org/rcgraph/id/org/ifrc>, <https://w3id.org/rcgraph/id/org/icrc> ;
     rc:evidenceText ?e } LIMIT 50""",
    "count by kind": P
    + """SELECT ?c (COUNT(?r) AS ?n) WHERE {
  GRAPH ?g { ?r a ?c } } GROUP BY ?c ORDER BY DESC(?n) LIMIT 10""",
    "ask a label": P + """ASK { ?o skos:prefLabel "Turkish Red Crescent"@en }""",
    "events of a society": P
    + """SELECT DISTINCT ?e ?name ?date ?place WHERE {
  ?e a rc:Conference ; rc:participant <https://w3id.org/rcgraph/id/org/ns-tr> .
  OPTIONAL { ?e schema:name ?name } OPTIONAL { ?e schema:startDate ?date }
  OPTIONAL { ?e schema:location/skos:prefLabel ?place } } ORDER BY ?date""",
    "most-connected societies": P
    + """SELECT ?o (COUNT(DISTINCT ?p) AS ?n) WHERE {
  GRAPH <https://w3id.org/rcgraph/graph/reference> { ?o a rc:NationalSociety }
  ?o rc:partneredWith ?p } GROUP BY ?o ORDER BY DESC(?n) LIMIT 10""",
    "donation topics": P
    + """SELECT ?topic (COUNT(DISTINCT ?d) AS ?n) WHERE {
  ?d a rc:Donation ; rc:topic ?topic } GROUP BY ?topic ORDER BY DESC(?n)""",
}


def wait(url: str, started: float) -> float:
    """Seconds from ``started`` (the server's launch) until it answers a query."""
    for _ in range(1200):
        try:
            httpx.get(url, params={"query": "ASK {}"}, timeout=2)
            return time.perf_counter() - started
        except httpx.HTTPError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not start")


def size(resp: httpx.Response) -> int:
    body = resp.json()
    return int(body["boolean"]) if "boolean" in body else len(body["results"]["bindings"])


class Light:
    """One keep-alive ``http.client`` connection per server: POST a query, read the body."""

    def __init__(self, urls: dict[str, str]) -> None:
        self.conns: dict[str, http.client.HTTPConnection] = {}
        self.paths: dict[str, str] = {}
        for name, url in urls.items():
            host_port, _, path = url.removeprefix("http://").partition("/")
            host, _, port = host_port.partition(":")
            self.conns[name] = http.client.HTTPConnection(host, int(port), timeout=120)
            self.paths[name] = "/" + path

    def post(self, name: str, query: bytes, headers: dict[str, str]) -> int:
        conn = self.conns[name]
        conn.request("POST", self.paths[name], body=query, headers=headers)
        resp = conn.getresponse()
        resp.read()
        return resp.status

    def close(self) -> None:
        for conn in self.conns.values():
            conn.close()


#: The servers measured against ``oxigraph serve`` on disk: name, column label, extra
#: environment (``None``: Oxigraph's own server in memory, loaded over its Graph Store
#: Protocol, as the reference for what the engine does in memory).
SERVERS_ALL: tuple[tuple[str, str, dict[str, str] | None], ...] = (
    ("plain", "rcgraph, no union copy", {"RCGRAPH_UNION_COPY": "0"}),
    ("ours", "rcgraph (disk)", {}),
    ("mem", "rcgraph in-memory", {"RCGRAPH_IN_MEMORY": "1"}),
    ("oximem", "oxigraph serve (memory)", None),
    ("floor", "bare ASGI app (floor)", {}),
)
SERVERS = SERVERS_ALL[:3]
PIN: list[str] = []  # a command prefix that pins a server to one CPU (--pin)


def oxigraph_in_memory(port: int) -> subprocess.Popen[bytes]:
    """``oxigraph serve`` with no location: an in-memory store, empty until loaded."""
    return subprocess.Popen(
        [*PIN, OXIGRAPH, "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def load_over_http(port: int, data: Path) -> None:
    """POST an N-Quads file to a server's Graph Store Protocol endpoint."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1200)
    with data.open("rb") as body:
        conn.request("POST", "/store", body=body, headers={"Content-Type": "application/n-quads"})
        resp = conn.getresponse()
        resp.read()
    conn.close()
    if resp.status >= 300:
        raise RuntimeError(f"loading {data} into Oxigraph's in-memory server: {resp.status}")


def report(
    client: str,
    timings: dict[str, dict[str, list[float]]],
    sizes: dict[str, dict[str, int]],
    args: argparse.Namespace,
) -> None:
    """One Markdown table of medians and ratios to Oxigraph, with their geometric means."""
    print(
        f"\n### /sparql vs Oxigraph server on {args.triples:,} triples "
        f"(median of {args.repeat}, interleaved, client {client})\n"
    )
    head = "".join(f" {label} ms | ratio |" for _, label, _ in SERVERS)
    print(f"| query | Oxigraph ms |{head} same size |")
    print("| --- | --- |" + " --- | --- |" * len(SERVERS) + " --- |")
    ratios: dict[str, list[float]] = {name: [] for name, _, _ in SERVERS}
    for q, t in timings.items():
        med = {n: statistics.median(v) for n, v in t.items()}
        cells = ""
        for name, _, _ in SERVERS:
            ratios[name].append(med[name] / med["oxi"])
            cells += f" {med[name]:.2f} | {ratios[name][-1]:.2f} |"
        same = len(set(sizes[q].values())) == 1
        print(f"| {q} | {med['oxi']:.2f} |{cells} {'yes' if same else json.dumps(sizes[q])} |")
    geo = "".join(
        f" | **{math.exp(statistics.mean(math.log(r) for r in ratios[name])):.2f}** |"
        for name, _, _ in SERVERS
    )
    print(f"| **geometric mean** | |{geo} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument(
        "--warm-up",
        type=int,
        default=3,
        help="rounds of every query on every server before timing (caches, compactions)",
    )
    parser.add_argument(
        "--servers",
        default="plain,ours,mem",
        help="comma-separated, from: " + ", ".join(n for n, _, _ in SERVERS_ALL),
    )
    parser.add_argument(
        "--pin",
        action="store_true",
        help="run every server on the last CPU and this client on the first (same for all)",
    )
    args = parser.parse_args()
    global SERVERS, PIN
    if args.pin:
        last = max(os.sched_getaffinity(0))
        PIN = ["taskset", "-c", str(last)]
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    wanted = args.servers.split(",")
    unknown = set(wanted) - {n for n, _, _ in SERVERS_ALL}
    if unknown:
        parser.error(f"unknown servers: {', '.join(sorted(unknown))}")
    SERVERS = tuple(s for s in SERVERS_ALL if s[0] in wanted)
    data = ensure_data(args.triples)
    work = Path(tempfile.mkdtemp(prefix="rcgraph-sparql-"))
    procs: list[subprocess.Popen[bytes]] = []
    try:
        base = work / "base"
        subprocess.run(
            [PY, "-m", "graph.cli", "--store", str(base), "load", str(data)],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        names = ["oxi", *(name for name, _, _ in SERVERS)]
        for name, _, extra in (("oxi", "", {}), *SERVERS):
            if extra is not None:
                shutil.copytree(base, work / name)
        ports = {name: free_port() for name in names}
        launched = {"oxi": time.perf_counter()}
        procs.append(
            subprocess.Popen(
                [
                    *PIN,
                    OXIGRAPH,
                    "serve",
                    "--location",
                    str(work / "oxi"),
                    "--bind",
                    f"127.0.0.1:{ports['oxi']}",
                    "--union-default-graph",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        for name, _, extra in SERVERS:
            if extra is None:
                launched[name] = time.perf_counter()
                procs.append(oxigraph_in_memory(ports[name]))
                continue
            env = {
                **os.environ,
                "RCGRAPH_STORE": str(work / name),
                "RCGRAPH_LOG_LEVEL": "warning",
                **extra,
            }
            command = [PY, "-m", "graph.cli", "serve", "--port", str(ports[name])]
            if name == "floor":
                command = [PY, str(ROOT / "bench" / "floor_app.py"), str(ports[name])]
            launched[name] = time.perf_counter()
            procs.append(
                subprocess.Popen(
                    [*PIN, *command],
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        urls = {"oxi": f"http://127.0.0.1:{ports['oxi']}/query"}
        urls |= {
            name: f"http://127.0.0.1:{ports[name]}/{'query' if extra is None else 'sparql'}"
            for name, _, extra in SERVERS
        }
        startup = {name: wait(url, launched[name]) for name, url in urls.items()}
        if "oximem" in urls:  # its start-up includes loading the data
            load_over_http(ports["oximem"], data)
            startup["oximem"] = time.perf_counter() - launched["oximem"]
        clients = ("httpx", "http.client")
        timings: dict[str, dict[str, dict[str, list[float]]]] = {
            c: {q: {n: [] for n in urls} for q in QUERIES} for c in clients
        }
        sizes: dict[str, dict[str, int]] = {q: {} for q in QUERIES}
        headers = {
            "Accept": "application/sparql-results+json",
            "Content-Type": "application/sparql-query",
        }
        light = Light(urls)
        with httpx.Client(timeout=120) as client:
            for _ in range(args.warm_up):
                for query in QUERIES.values():
                    for url in urls.values():
                        client.post(url, content=query, headers=headers)
            for query_name, query in QUERIES.items():
                body = query.encode()
                for name, url in urls.items():  # each client's connection, and the sizes
                    sizes[query_name][name] = size(client.post(url, content=query, headers=headers))
                    light.post(name, body, headers)
                for _ in range(args.repeat):
                    for name, url in urls.items():
                        t = time.perf_counter()
                        resp = client.post(url, content=query, headers=headers)
                        timings["httpx"][query_name][name].append((time.perf_counter() - t) * 1000)
                        assert resp.status_code == 200, resp.text[:200]
                        t = time.perf_counter()
                        status = light.post(name, body, headers)
                        timings["http.client"][query_name][name].append(
                            (time.perf_counter() - t) * 1000
                        )
                        assert status == 200, status
        light.close()
        rss = {name: rss_mb(proc.pid) for name, proc in zip(names, procs, strict=True)}
        for c in clients:
            report(c, timings[c], sizes, args)
        print("\n| server | start-up s | RSS MB |\n| --- | --- | --- |")
        labels = {"oxi": "oxigraph serve (disk)"} | {n: label for n, label, _ in SERVERS}
        for name in names:
            print(f"| {labels[name]} | {startup[name]:.1f} | {rss[name]:.0f} |")
    finally:
        for p in procs:
            p.terminate()
            p.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
