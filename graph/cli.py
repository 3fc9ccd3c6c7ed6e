"""The ``rcgraph`` command line. User mistakes end in one clear line and exit status 2.

Every command honours ``--store DIR`` (or ``RCGRAPH_STORE``); ``DIR`` may also be the
URL of an external SPARQL 1.1 server.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from graph.errors import RcgraphError

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def _store(args: argparse.Namespace) -> Any:
    from graph.store import open_store

    return open_store(args.store)


def _progress(item: Any) -> None:
    if item.ok:
        print(
            f"  ✓ {item.name}: {item.organisations} organisations, {item.people} people, "
            f"{item.relations} relationships, {item.triples} triples",
            file=sys.stderr,
        )
    else:
        print(f"  ✗ {item.name}: skipped — {item.error}", file=sys.stderr)


def _ingest(store: Any, files: Sequence[Path]) -> int:
    from graph.pipeline import ingest_files

    print(f"ingesting {len(files)} document(s)…", file=sys.stderr)
    report = ingest_files(store, files, progress=_progress)
    ok = len(report.documents) - len(report.failed)
    print(f"{ok} ingested, {len(report.failed)} skipped in {report.seconds:.2f} s", file=sys.stderr)
    store.flush()
    return 1 if report.failed and not ok else 0


def cmd_build(args: argparse.Namespace) -> int:
    """Ingest every ``*.txt`` in the seeds directory, with the reference data."""
    from graph.pipeline import document_graphs, load_reference_data

    store = _store(args)
    if args.if_empty and document_graphs(store):
        print(f"store already holds {len(store)} triples; nothing to build", file=sys.stderr)
        return 0
    seeds = Path(args.seeds)
    files = sorted(seeds.glob("*.txt"))
    if not files:
        raise RcgraphError(f"no *.txt documents in {seeds}")
    n = load_reference_data(store)
    print(f"reference data and ontology: {n} triples", file=sys.stderr)
    return _ingest(store, files)


def cmd_ingest(args: argparse.Namespace) -> int:
    """Ingest the given files (a re-ingested file replaces its earlier version)."""
    from graph.pipeline import load_reference_data

    store = _store(args)
    if not any(g.endswith("/graph/reference") for g in store.named_graphs()):
        load_reference_data(store)
    return _ingest(store, [Path(f) for f in args.files])


def cmd_load(args: argparse.Namespace) -> int:
    """Bulk-load an RDF file (N-Triples, N-Quads, Turtle, TriG) into the store."""
    store = _store(args)
    path = Path(args.file)
    if not path.is_file():
        raise RcgraphError(f"no such file: {path}")
    before = len(store)
    started = time.perf_counter()
    store.bulk_load(path, args.format)
    store.flush()
    loaded = time.perf_counter() - started
    print(f"loaded {len(store) - before} triples from {path} in {loaded:.1f} s", file=sys.stderr)
    if hasattr(store, "wait_until_current"):  # the union copy is rebuilt after a bulk load
        started = time.perf_counter()
        store.wait_until_current(timeout=24 * 3600)
        store.flush()
        took = time.perf_counter() - started
        print(f"rebuilt the union copy in {took:.1f} s", file=sys.stderr)
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    """Run a SPARQL query and print the result."""
    from graph.store import term_value
    from graph.tables import format_rows

    store = _store(args)
    text = Path(args.sparql[1:]).read_text() if args.sparql.startswith("@") else args.sparql
    result = store.query(text)
    if isinstance(result, bool) or type(result).__name__ == "QueryBoolean":
        print("true" if bool(result) else "false")
        return 0
    if hasattr(result, "variables"):
        names = [v.value for v in result.variables]
        rows = [{n: term_value(s[n]) for n in names} for s in result]
        print(format_rows(rows, names, args.format), end="")
        return 0
    for triple in result:
        print(f"{triple} .")
    return 0


def _orgs_filter(store: Any, name: str | None) -> set[str] | None:
    if not name:
        return None
    from graph.entities import resolve_entity

    return {resolve_entity(store, name)}


def _table(kind: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from graph import tables

        store = _store(args)
        rows_fn, columns = {
            "partners": (tables.partner_rows, tables.PARTNER_COLUMNS),
            "people": (tables.people_rows, tables.PEOPLE_COLUMNS),
            "events": (tables.event_rows, tables.EVENT_COLUMNS),
        }[kind]
        rows = rows_fn(store, orgs=_orgs_filter(store, args.org))
        print(tables.format_rows(rows, columns, args.format), end="")
        return 0

    run.__doc__ = f"The {kind} table."
    return run


def cmd_stats(args: argparse.Namespace) -> int:
    """Counts of triples, documents, organisations, people and relationships."""
    from graph.stats import graph_stats

    stats = graph_stats(_store(args))
    width = max(map(len, stats))
    for key, value in stats.items():
        print(f"{key.ljust(width)}  {value}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate the graph against the SHACL shapes."""
    from graph.validation import validate_store

    conforms, text = validate_store(_store(args))
    print(text)
    return 0 if conforms else 1


def cmd_dump(args: argparse.Namespace) -> int:
    """Write the whole dataset as N-Quads, TriG or Turtle."""
    data = _store(args).dump(args.format)
    if args.output:
        Path(args.output).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the graph: SPARQL endpoint, analyst API and the web page."""
    import uvicorn

    from api.app import create_app
    from api.settings import Settings

    if args.store:
        os.environ["RCGRAPH_STORE"] = args.store
    settings = Settings.from_env()
    print(f"rcgraph serving on http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    """Search organisations and people by name, alias or acronym."""
    from graph.entities import search_entities

    hits = search_entities(_store(args), args.q, limit=args.limit)
    rows = [h.as_dict() for h in hits]
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    else:
        from graph.tables import format_rows

        cols = [c for c in ("label", "kind", "country", "iri") if rows and c in rows[0]]
        print(format_rows(rows, cols, args.format), end="")
    return 0


def cmd_path(args: argparse.Namespace) -> int:
    """The k shortest paths between two entities, each hop with its evidence."""
    from graph.entities import resolve_entity
    from graph.paths import find_paths
    from graph.projection import build_projection

    view = build_projection(_store(args))
    a, b = resolve_entity(view, args.source), resolve_entity(view, args.target)
    paths = find_paths(
        view,
        a,
        b,
        k=args.k,
        max_hops=args.max_hops,
        via_people=args.via_people,
        via_events=args.via_events,
    )
    data = [p.as_dict() for p in paths]
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return 0
    for i, path in enumerate(data, 1):
        print(f"path {i}:")
        for step in path.get("steps", []):
            ev = step.get("evidence") or []
            src = step.get("source_label") or step.get("source")
            dst = step.get("target_label") or step.get("target")
            print(f"  {src} —{step.get('relation')} {step.get('date') or ''}→ {dst}")
            for e in ev[:2]:
                text = e.get("text") if isinstance(e, dict) else str(e)
                doc = e.get("document") if isinstance(e, dict) else ""
                print(f"      “{text}” [{doc}]")
    return 0


def cmd_analytics(args: argparse.Namespace) -> int:
    """Centralities, components and strongest ties of the organisation network."""
    from graph.paths import analytics
    from graph.projection import build_projection

    print(json.dumps(analytics(build_projection(_store(args))), indent=2, default=str))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Export the network (GEXF, GraphML, CSV, Cytoscape JSON) or the RDF dataset."""
    from graph.export import export_graph

    data = export_graph(
        _store(args),
        args.format,
        org=args.org,
        hops=args.hops,
        since=args.since,
        until=args.until,
        types=args.types.split(",") if args.types else None,
    )
    payload = data if isinstance(data, bytes) else data.encode("utf-8")
    if args.output:
        Path(args.output).write_bytes(payload)
        print(f"wrote {args.output} ({len(payload)} bytes)", file=sys.stderr)
    else:
        sys.stdout.buffer.write(payload)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, one sub-command per task."""
    parser = argparse.ArgumentParser(prog="rcgraph", description=__doc__)
    parser.add_argument(
        "--store",
        default=None,
        help="store directory or SPARQL endpoint URL (default: $RCGRAPH_STORE or ./data/store)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, fn: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name, help=(fn.__doc__ or "").strip().splitlines()[0], description=fn.__doc__
        )
        p.set_defaults(func=fn)
        return p

    p = add("build", cmd_build)
    p.add_argument("--seeds", default=str(SEEDS_DIR), help="directory of *.txt documents")
    p.add_argument("--if-empty", action="store_true", help="do nothing if documents are loaded")
    p = add("ingest", cmd_ingest)
    p.add_argument("files", nargs="+", help="text or HTML articles")
    p = add("load", cmd_load)
    p.add_argument("file")
    p.add_argument("--format", default=None, help="nt, nq, ttl or trig (default: by extension)")
    p = add("query", cmd_query)
    p.add_argument("sparql", help="the query, or @FILE")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    for kind in ("partners", "people", "events"):
        p = add(kind, _table(kind))
        p.add_argument("--org", default=None, help="only rows about this organisation")
        p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    add("stats", cmd_stats)
    add("validate", cmd_validate)
    p = add("dump", cmd_dump)
    p.add_argument("--format", choices=["nq", "trig", "ttl", "nt"], default="nq")
    p.add_argument("-o", "--output", default=None)
    p = add("serve", cmd_serve)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p = add("entities", cmd_entities)
    p.add_argument("q")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p = add("path", cmd_path)
    p.add_argument("source")
    p.add_argument("target")
    p.add_argument("-k", type=int, default=3)
    p.add_argument("--max-hops", type=int, default=4)
    p.add_argument("--via-people", action="store_true")
    p.add_argument("--via-events", action="store_true")
    p.add_argument("--format", choices=["text", "json"], default="text")
    add("analytics", cmd_analytics)
    p = add("export", cmd_export)
    p.add_argument(
        "--format",
        required=True,
        help="gexf, gexf-dynamic, graphml, csv-nodes, csv-edges, cytoscape, ttl, trig, nq, jsonld",
    )
    p.add_argument("-o", "--output", default=None)
    p.add_argument("--org", default=None)
    p.add_argument("--hops", type=int, default=None)
    p.add_argument("--since", default=None)
    p.add_argument("--until", default=None)
    p.add_argument("--types", default=None, help="comma-separated relation types")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``rcgraph`` console script."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except RcgraphError as exc:
        print(f"rcgraph: error: {' '.join(exc.message.split())}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"rcgraph: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
