"""The store: where triples live. Only this module knows which engine holds them.

``open_store(location)`` gives an :class:`EmbeddedStore` (pyoxigraph on disk, the
default, wrapped with its union copy: :mod:`graph.memory_store`; ``":memory:"`` for an
in-memory one). Writes are transactional: replacing a document's named graph is one SPARQL
Update, so a failure leaves the store as it was.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from graph.errors import QuerySyntaxError, StoreError
from graph.query_graphs import query_graphs
from graph.triples import Triple

#: Where the embedded store lives when neither ``--store`` nor ``RCGRAPH_STORE`` says.
DEFAULT_STORE = Path(os.environ.get("RCGRAPH_DATA", Path.cwd() / "data")) / "store"


def to_ox(term: URIRef | BNode | Literal) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """Convert an rdflib term to its pyoxigraph twin."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def term_value(term: Any) -> Any:
    """A SPARQL solution term as a plain Python value (IRIs and literals as str, numbers as numbers)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        if dt.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value


def ox_quads(triples: Iterable[Triple]) -> list[ox.Quad]:
    """rdflib triples as pyoxigraph quads of the default graph: the one form both a
    store's write and its union copy take, converted once."""
    return [ox.Quad(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples]


#: RDF file formats for bulk loads, by file extension.
RDF_FILE_FORMATS: dict[str, ox.RdfFormat] = {
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
}


def rdf_file_format(path: str | Path, fmt: str | None = None) -> ox.RdfFormat:
    """The RDF format of a file, from ``fmt`` or its extension.

    Raises:
        StoreError: not one of nt, nq, ttl, trig.
    """
    name = fmt or Path(path).suffix.lstrip(".")
    if name not in RDF_FILE_FORMATS:
        raise StoreError(f"unknown RDF format {name!r}: use nt, nq, ttl or trig")
    return RDF_FILE_FORMATS[name]


class EmbeddedStore:
    """pyoxigraph on disk (or in memory): the default store.

    Queries see the union of all named graphs as their default graph, so analyst
    queries need no ``GRAPH`` clause; the ``/sparql`` endpoint may ask otherwise.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.location = str(path) if path is not None else ":memory:"
        try:
            self.ox = ox.Store() if path is None else ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {path}: {exc}") from exc

    # -- writes -------------------------------------------------------------------------

    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """Replace the named graph ``graph`` with ``triples``, atomically."""
        self.replace_graph_quads(graph, ox_quads(triples))

    def replace_graph_quads(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """:meth:`replace_graph` with the triples already as default-graph quads."""
        rows = [str(q) for q in quads]  # a default-graph quad prints as its triple
        body = " .\n".join(rows)
        update = f"DROP SILENT GRAPH <{graph}>"
        if rows:
            update += f" ;\nINSERT DATA {{ GRAPH <{graph}> {{ {body} }} }}"
        try:
            self.ox.update(update)
        except (OSError, SyntaxError) as exc:  # pragma: no cover - engine failure
            raise StoreError(f"writing graph {graph} failed: {exc}") from exc

    def bulk_load(self, path: str | Path, fmt: str | None = None) -> None:
        """Bulk-load an RDF file (N-Triples, N-Quads, Turtle, TriG) with Oxigraph's loader.

        Raises:
            StoreError: unknown format or a parse error.
        """
        rdf_format = rdf_file_format(path, fmt)
        try:
            self.ox.bulk_load(path=str(path), format=rdf_format)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"{Path(path).name}: {exc}") from exc

    def remove_graph(self, graph: str) -> None:
        """Remove a named graph and everything in it."""
        self.ox.update(f"DROP SILENT GRAPH <{graph}>")

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL 1.1 Update (one transaction)."""
        try:
            self.ox.update(sparql, base_iri=base_iri)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc

    # -- reads --------------------------------------------------------------------------

    def query(self, sparql: str, *, union: bool = True, **kwargs: Any) -> Any:
        """Run a SPARQL query on the engine and return its native result.

        Raises:
            QuerySyntaxError: the query does not parse (the parser's message is kept).
        """
        try:
            # a query's own FROM / FROM NAMED clauses are its dataset: no union then
            union = union and not query_graphs(sparql).has_dataset
            return self.ox.query(sparql, use_default_graph_as_union=union, **kwargs)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc

    def select(self, sparql: str, **bindings: str) -> list[dict[str, Any]]:
        """Run a SELECT and return rows of plain Python values.

        ``bindings`` substitute variables with IRIs (values starting with ``http``) or
        plain literals, so user input never reaches the query text.
        """
        subs = {
            ox.Variable(k): (
                ox.NamedNode(v) if v.startswith(("http://", "https://")) else ox.Literal(v)
            )
            for k, v in bindings.items()
        }
        result = self.query(sparql, substitutions=subs or None)
        names = [v.value for v in result.variables]
        return [{n: term_value(sol[n]) for n in names} for sol in result]

    def ask(self, sparql: str) -> bool:
        """Run an ASK query."""
        return bool(self.query(sparql))

    def named_graphs(self) -> list[str]:
        """IRIs of the named graphs in the store."""
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        return len(self.ox)

    def dump(self, fmt: str = "nq") -> bytes:
        """Serialise the whole dataset: ``nq`` or ``trig`` (with graphs); ``ttl``/``nt`` (union)."""
        if fmt == "nq":
            return b"".join(nquads_batches(self))
        if fmt == "trig":
            return self.ox.dump(format=ox.RdfFormat.TRIG) or b""
        triples = {q.triple for q in self.ox}
        out = ox.serialize(
            triples, format=ox.RdfFormat.TURTLE if fmt == "ttl" else ox.RdfFormat.N_TRIPLES
        )
        return out or b""

    def flush(self) -> None:
        """Make sure everything written is on disk."""
        if self.location != ":memory:":
            self.ox.flush()

    def close(self) -> None:
        """Release the store (pyoxigraph closes on garbage collection)."""
        self.flush()
        del self.ox


Store = EmbeddedStore


def open_store(location: str | Path | None = None) -> EmbeddedStore:
    """Open the store at ``location``, ``RCGRAPH_STORE`` or the default path.

    ``":memory:"`` gives an in-memory store (tests, benchmarks); an ``http(s)://`` URL a
    remote SPARQL 1.1 server (:class:`graph.sparql_store.SparqlHttpStore`).
    """
    loc = location or os.environ.get("RCGRAPH_STORE") or DEFAULT_STORE
    if str(loc) == ":memory:":
        return EmbeddedStore(None)
    if str(loc).startswith(("http://", "https://")):
        from graph.sparql_store import from_env

        return from_env(str(loc))  # type: ignore[return-value]
    path = Path(loc)
    path.mkdir(parents=True, exist_ok=True)
    store = EmbeddedStore(path)
    flag = os.environ.get("RCGRAPH_UNION_COPY", "1").strip().lower()
    if flag not in ("1", "true", "yes", "on", "0", "false", "no", "off"):
        raise StoreError(f"RCGRAPH_UNION_COPY must be true or false, not {flag!r}")
    if flag in ("0", "false", "no", "off"):
        return store
    from graph.memory_store import UNION_DIR, DiskCopy, MirroredStore

    return MirroredStore(store, disk=DiskCopy(path / UNION_DIR))  # type: ignore[return-value]


def nquads_batches(
    store: EmbeddedStore, *, workers: int = 2, graph_names: bool = True
) -> Iterator[bytes]:
    """The dataset as N-Quads, in batches of graphs dumped on ``workers`` threads.

    The engine's own dump reads one quad after another, looking each term up in RocksDB;
    dumping graphs in parallel (the engine releases the GIL) takes about half the time.
    Without ``graph_names``, the batches are N-Triples: every graph's triples, unmarked.
    """
    graphs: list[Any] = [ox.DefaultGraph(), *store.ox.named_graphs()]
    batches = [graphs[i : i + 256] for i in range(0, len(graphs), 256)]

    def dump(batch: list[Any]) -> bytes:
        return b"".join(graph_nquads(store, g, named=graph_names) for g in batch)

    with ThreadPoolExecutor(workers) as pool:
        yield from pool.map(dump, batches)


def graph_nquads(store: EmbeddedStore, graph: Any, *, named: bool = True) -> bytes:
    """One graph of the store as N-Quads lines (N-Triples lines when not ``named``)."""
    triples = store.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""
    if named and triples and isinstance(graph, ox.NamedNode | ox.BlankNode):
        # N-Triples escape newlines in literals: " .\n" only ends a line
        triples = triples.replace(b" .\n", f" {graph} .\n".encode())
    return triples


class ChunkReader(io.RawIOBase):
    """A readable binary stream over an iterator of byte strings."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self.chunks = iter(chunks)
        self.view = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self.view:
            chunk = next(self.chunks, None)
            if chunk is None:
                return 0
            self.view = memoryview(chunk)
        n = min(len(buffer), len(self.view))
        buffer[:n] = self.view[:n]
        self.view = self.view[n:]
        return n


__all__ = [
    "ChunkReader",
    "DEFAULT_STORE",
    "EmbeddedStore",
    "RDF_FILE_FORMATS",
    "Store",
    "graph_nquads",
    "nquads_batches",
    "open_store",
    "rdf_file_format",
    "term_value",
    "to_ox",
]
