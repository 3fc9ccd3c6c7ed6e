"""The in-memory serving mode: the union default graph and the shared graphs in memory.

``memory`` holds, in its default graph, the distinct triples of all graphs: the union
default graph our queries see, materialised. It also holds, as named graphs, the graphs
every document links to and analysts name in queries (the reference data and the
ontology: ``GRAPH rc-graph:reference { ?o a rc:NationalSociety }``). A query is answered
from memory when every graph it names (``GRAPH``, ``FROM``, the protocol's dataset) is one
of those; any other (``GRAPH ?g``, a document's graph) goes to the persistent store.

Why not a full in-memory copy of the dataset: pyoxigraph's in-memory store indexes quads
per single term, so a hub (the ICRC, in 20,000 documents' graphs) drags all its quads into
every look-up; and over many named graphs the engine evaluates the union default graph
graph by graph. Over the materialised union a two-hop join over hubs is an index look-up
(90 ms to 0.4 ms on 1M triples); a full copy was slower than the disk store on queries
that name graphs, and cost another 350 MB and 10 s of start-up per million triples.

Every write goes to disk first, then to ``memory``: a document's graph as a delta; a SPARQL
Update, a bulk load or a change to a shared graph by rebuilding ``memory`` on a background
thread. Meanwhile queries go to disk, so no reader sees a half-applied write.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph.errors import QuerySyntaxError
from graph.query_graphs import graphs_named
from graph.store import ChunkReader, EmbeddedStore, graph_nquads, nquads_batches
from graph.triples import Triple
from ontology.namespaces import ONTOLOGY_GRAPH, REFERENCE_GRAPH

#: Named graphs kept in memory as named graphs, besides the union.
SHARED_GRAPHS = frozenset({str(REFERENCE_GRAPH), str(ONTOLOGY_GRAPH)})


def memory_copy(store: Any, shared: frozenset[str] = SHARED_GRAPHS) -> ox.Store:
    """An in-memory store: the distinct triples of every graph of ``store`` in its default
    graph, and the ``shared`` graphs as named graphs.

    One N-Quads stream of every graph's dump, parsed with its blank node labels kept (a
    store's loader would rename them), so a blank node is the same node in memory and on
    disk, and a delta read from disk applies to it; the set drops the repeats. Reading the on-disk store is the slow part
    (each term is looked up in RocksDB): the graphs are dumped in batches on two threads
    (the engine releases the GIL) while the copy parses them.
    """
    memory = ox.Store()
    if not isinstance(store, EmbeddedStore):  # e.g. a remote SPARQL server
        data = store.dump("nq")
        if data:
            quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
            memory.extend(_default(q.triple) for q in quads)
            memory.extend(q for q in quads if _name(q.graph_name) in shared)
        return memory
    present = [g for g in store.ox.named_graphs() if _name(g) in shared]

    def chunks() -> Iterator[bytes]:
        yield from nquads_batches(store, graph_names=False)
        for g in present:
            yield graph_nquads(store, g)

    memory.extend(ox.parse(ChunkReader(chunks()), format=ox.RdfFormat.N_QUADS))
    return memory


def _default(triple: ox.Triple) -> ox.Quad:
    return ox.Quad(triple.subject, triple.predicate, triple.object, ox.DefaultGraph())


def _name(graph: Any) -> str | None:
    return graph.value if isinstance(graph, ox.NamedNode) else None


class MirroredStore:
    """Queries from memory when it holds every graph they name, the rest from disk.

    Loaded once at start; for graphs that fit in memory. Every write is applied to the
    persistent store first, so a restart never loses what a reader has seen.
    """

    def __init__(self, persistent: Any, shared: frozenset[str] = SHARED_GRAPHS) -> None:
        self.persistent = persistent
        self.location = persistent.location
        self.shared = shared
        # Deltas read the graphs on disk through the engine; over a remote server every
        # write rebuilds the copy instead.
        self.embedded = isinstance(persistent, EmbeddedStore)
        self.memory = memory_copy(persistent, shared)
        self.memory_ok = True  # False while a write is applied to it or it is rebuilt
        self.version = 0  # bumped by every write, so a rebuild knows it is out of date
        self.rebuilding = False
        self.lock = threading.RLock()

    # -- reads --------------------------------------------------------------------------

    def query(self, sparql: str, *, union: bool = True, **kwargs: Any) -> Any:
        """Run a query in memory when the copy answers it exactly, else on disk."""
        if self.memory_ok and self.answers(sparql, union=union, **kwargs):
            try:
                return self.memory.query(sparql, **kwargs)
            except SyntaxError as exc:
                raise QuerySyntaxError(str(exc)) from exc
        return self.persistent.query(sparql, union=union, **kwargs)

    def answers(self, sparql: str, *, union: bool = True, **kwargs: Any) -> bool:
        """Whether the in-memory copy answers ``sparql`` exactly as the disk would."""
        if "named_graphs" in kwargs:
            return False
        dataset = kwargs.get("default_graph")
        if dataset is None:
            if not union:  # the store's own default graph, not the union
                return False
        elif not all(_name(g) in self.shared for g in _graph_list(dataset)):
            return False
        named = graphs_named(sparql)
        return named is not None and named <= self.shared

    select = EmbeddedStore.select
    ask = EmbeddedStore.ask

    def __getattr__(self, name: str) -> Any:
        return getattr(self.persistent, name)

    def __len__(self) -> int:
        return len(self.persistent)

    # -- writes -------------------------------------------------------------------------

    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """Write to disk first, then the difference to the copy."""
        items = list(triples)
        name = ox.NamedNode(graph)
        with self.lock:
            if not self.embedded or graph in self.shared:
                self._rebuild_later()
                self.persistent.replace_graph(graph, items)
                return
            before = self._graph(name)
            self._begin()
            try:
                self.persistent.replace_graph(graph, items)
                if self.memory_ok is None:
                    after = self._graph(name)
                    self._apply(added=after - before, removed=before - after)
            finally:
                self._end()

    def remove_graph(self, graph: str) -> None:
        """Remove from disk, then from the copy what no other graph holds."""
        name = ox.NamedNode(graph)
        with self.lock:
            if not self.embedded or graph in self.shared:
                self._rebuild_later()
                self.persistent.remove_graph(graph)
                return
            before = self._graph(name)
            self._begin()
            try:
                self.persistent.remove_graph(graph)
                if self.memory_ok is None:
                    self._apply(added=set(), removed=before)
            finally:
                self._end()

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Apply an update to disk; the copy is rebuilt in the background."""
        with self.lock:
            self._rebuild_later()
            self.persistent.update(sparql, base_iri=base_iri)

    def bulk_load(self, path: str | Path, fmt: str | None = None) -> None:
        """Bulk-load a file to disk; the copy is rebuilt in the background."""
        with self.lock:
            self._rebuild_later()
            self.persistent.bulk_load(path, fmt)

    def flush(self) -> None:
        """Flush the persistent store."""
        self.persistent.flush()

    def close(self) -> None:
        """Close the persistent store and drop the copy."""
        self.persistent.close()
        del self.memory

    def wait_until_current(self, timeout: float = 60.0) -> bool:
        """Wait for a background rebuild of the copy to finish (tests, benchmarks)."""
        deadline = time.monotonic() + timeout
        while self.memory_ok is not True and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.memory_ok is True

    # -- the in-memory copy -------------------------------------------------------------

    def _graph(self, name: ox.NamedNode) -> set[ox.Triple]:
        return {q.triple for q in self.persistent.ox.quads_for_pattern(None, None, None, name)}

    def _begin(self) -> None:
        """Route queries to disk while the copy changes (None: a delta is due)."""
        self.version += 1
        if self.memory_ok is True:
            self.memory_ok = None

    def _end(self) -> None:
        if self.memory_ok is None:
            self.memory_ok = True

    def _apply(self, *, added: set[ox.Triple], removed: set[ox.Triple]) -> None:
        """Add ``added`` to the union; remove each of ``removed`` no graph on disk holds."""
        find = self.persistent.ox.quads_for_pattern
        for t in removed:
            if next(find(t.subject, t.predicate, t.object, None), None) is None:
                self.memory.remove(_default(t))
        if added:
            self.memory.extend([_default(t) for t in added])

    def _rebuild_later(self) -> None:
        self.version += 1
        self.memory_ok = False
        if not self.rebuilding:
            self.rebuilding = True
            threading.Thread(target=self._rebuild, name="memory-rebuild", daemon=True).start()

    def _rebuild(self) -> None:
        while True:
            with self.lock:
                version = self.version
            fresh = memory_copy(self.persistent, self.shared)
            with self.lock:
                if version == self.version:
                    self.memory, self.memory_ok, self.rebuilding = fresh, True, False
                    return


def _graph_list(dataset: Any) -> list[Any]:
    return list(dataset) if isinstance(dataset, list | tuple) else [dataset]


__all__ = ["SHARED_GRAPHS", "MirroredStore", "memory_copy"]
