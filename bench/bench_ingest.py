"""Ingest throughput into the embedded and the external store; bulk loads of 1M triples.

    .venv/bin/python bench/bench_ingest.py [--articles 500] [--triples 1000000]

1. Writes a synthetic corpus (``bench/extraction_corpus.py``), extracts every article once
   (timed on its own), then writes each document's named graph — one transaction per
   document, as ``rcgraph ingest`` and ``POST /documents`` do — into a fresh embedded store
   (with its union copy, the default, and without), and into a fresh Oxigraph server on 127.0.0.1 (``oxigraph serve``, through
   :class:`graph.sparql_store.SparqlHttpStore`: SPARQL 1.1 Update only).
2. Dumps the ~1M-triple synthetic graph with ``rcgraph dump`` (N-Quads) and bulk-loads that
   dump with ``rcgraph load`` into a fresh embedded store, with Oxigraph's own loader
   (``oxigraph load``) for reference, and with ``rcgraph load`` into a fresh Oxigraph server
   (Graph Store Protocol). Quad counts are checked equal.

Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_api import ensure_data, free_port  # noqa: E402

from graph.documents import read_document  # noqa: E402
from graph.extract import extract_document  # noqa: E402
from graph.identifiers import document_iri  # noqa: E402
from graph.sparql_store import SparqlHttpStore  # noqa: E402
from graph.store import EmbeddedStore, open_store  # noqa: E402
from graph.triples import extraction_triples  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
OXIGRAPH = str(ROOT / ".venv" / "bin" / "oxigraph")


def corpus(articles: int) -> list[Path]:
    out = ROOT / "bench" / "out" / f"ingest-corpus-{articles}"
    if not out.exists() or len(list(out.glob("*.txt"))) < articles:
        subprocess.run(
            [PY, str(ROOT / "bench" / "extraction_corpus.py"), "--articles", str(articles)]
            + ["-o", str(out)],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
    return sorted(out.glob("*.txt"))[:articles]


def oxigraph_server(location: Path) -> tuple[subprocess.Popen[bytes], str]:
    """``oxigraph serve`` on a free loopback port; returns (process, query URL)."""
    port = free_port()
    proc = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
        + ["--union-default-graph"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    for _ in range(600):
        try:
            httpx.get(url, params={"query": "ASK {}"}, timeout=2)
            return proc, url
        except httpx.HTTPError:
            time.sleep(0.05)
    raise RuntimeError("oxigraph serve did not start")


def timed(cmd: list[str], **env: str) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, env={**_env(), **env})
    return time.perf_counter() - started


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--triples", type=int, default=1_000_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rcgraph-ingest-"))
    procs: list[subprocess.Popen[bytes]] = []
    try:
        # -- 1. ingest, document by document ------------------------------------------------
        files = corpus(args.articles)
        started = time.perf_counter()
        docs = []
        for path in files:
            extraction = extract_document(read_document(path))
            graph = str(document_iri(extraction.document.name))
            docs.append((graph, extraction_triples(extraction)))
        extract_s = time.perf_counter() - started
        n_triples = sum(len(t) for _, t in docs)
        server, url = oxigraph_server(work / "ingest-oxi")
        procs.append(server)
        stores = {
            "embedded (on disk, with its union copy: the default)": open_store(
                str(work / "ingest-embedded")
            ),
            "embedded (on disk, `RCGRAPH_UNION_COPY=0`)": EmbeddedStore(work / "ingest-plain"),
            "external (Oxigraph server, SPARQL Update)": SparqlHttpStore(url),
        }
        write_s = {}
        for name, store in stores.items():
            started = time.perf_counter()
            for graph, triples in docs:
                store.replace_graph(graph, triples)
            store.flush()
            write_s[name] = time.perf_counter() - started
            assert len(store) == n_triples, (name, len(store), n_triples)
        print(
            f"\n### Ingest: {len(docs)} synthetic articles, {n_triples:,} triples, "
            "one transaction per document\n"
        )
        print("| store | write docs/s | write triples/s | end-to-end docs/s (with extraction) |")
        print("| --- | --- | --- | --- |")
        for name, seconds in write_s.items():
            print(
                f"| {name} | {len(docs) / seconds:,.0f} | {n_triples / seconds:,.0f} | "
                f"{len(docs) / (seconds + extract_s):,.1f} |"
            )
        print(f"| (extraction alone, one core) | {len(docs) / extract_s:,.1f} | | |")

        # -- 2. bulk loads of an N-Quads dump ------------------------------------------------
        data = ensure_data(args.triples)
        base = work / "base"
        cli = [PY, "-m", "graph.cli"]
        timed(cli + ["--store", str(base), "load", str(data)])
        dump = work / "dump.nq"
        dump_s = timed(cli + ["--store", str(base), "dump", "--format", "nq", "-o", str(dump)])
        quads = sum(1 for _ in dump.open("rb"))
        rows = {"`rcgraph dump` (N-Quads, embedded store)": dump_s}
        rows["`rcgraph load` into the embedded store (with the union copy rebuilt)"] = timed(
            cli + ["--store", str(work / "bulk-embedded"), "load", str(dump)]
        )
        rows["`rcgraph load` into the embedded store, `RCGRAPH_UNION_COPY=0`"] = timed(
            cli + ["--store", str(work / "bulk-plain"), "load", str(dump)], RCGRAPH_UNION_COPY="0"
        )
        rows["`oxigraph load` (Oxigraph's own bulk loader, reference)"] = timed(
            [OXIGRAPH, "load", "--location", str(work / "bulk-oxi"), "--file", str(dump)]
        )
        server, url = oxigraph_server(work / "bulk-external")
        procs.append(server)
        rows["`rcgraph load` into an Oxigraph server (Graph Store Protocol)"] = timed(
            cli + ["load", str(dump)], RCGRAPH_STORE=url
        )
        counts = {
            "embedded": len(open_store(str(work / "bulk-embedded"))),
            "external": len(SparqlHttpStore(url)),
        }
        assert set(counts.values()) == {quads}, (counts, quads)
        print(f"\n### Bulk load of an N-Quads dump of {quads:,} quads\n")
        print("| step | seconds | quads/s |\n| --- | --- | --- |")
        for name, seconds in rows.items():
            print(f"| {name} | {seconds:.1f} | {quads / seconds:,.0f} |")
    finally:
        for p in procs:
            p.terminate()
            p.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
