"""The union copy: the union default graph materialised, on disk by default or in memory.

``memory`` (an on-disk store beside the persistent one, or with ``RCGRAPH_IN_MEMORY`` an
in-memory one) holds, in its default graph, the distinct triples of all graphs: the union
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

Every write goes to the persistent store first, then to the copy: a document's graph (or a
shared one) as a delta; a SPARQL Update or a bulk load by rebuilding the copy on a
background thread. Meanwhile queries go to the persistent store, and a change to the copy
waits for the readers that started on it to take their snapshot, so no reader sees a
half-applied write. The on-disk copy keeps a state file that says whether it is current:
it is marked stale before every write and current after, so a process killed in between
leaves a copy that is rebuilt at the next start, not trusted.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph.errors import QuerySyntaxError
from graph.query_graphs import graphs_named
from graph.store import ChunkReader, EmbeddedStore, graph_nquads, nquads_batches, ox_quads
from graph.triples import Triple
from ontology.namespaces import ONTOLOGY_GRAPH, REFERENCE_GRAPH

#: Named graphs kept in memory as named graphs, besides the union.
SHARED_GRAPHS = frozenset({str(REFERENCE_GRAPH), str(ONTOLOGY_GRAPH)})


#: The directory, inside an on-disk store, of its union copy.
UNION_DIR = "rcgraph-union"

#: Seconds without a write before an on-disk copy is marked current again.
CLEAN_AFTER = 1.0


def memory_copy(
    store: Any, shared: frozenset[str] = SHARED_GRAPHS, target: ox.Store | None = None
) -> ox.Store:
    """A store (``target``, or a new in-memory one): the distinct triples of every graph of
    ``store`` in its default graph, and the ``shared`` graphs as named graphs.

    One N-Quads stream of every graph's dump, parsed with its blank node labels kept (a
    store's loader would rename them), so a blank node is the same node in memory and on
    disk, and a delta read from disk applies to it; the set drops the repeats. Reading the on-disk store is the slow part
    (each term is looked up in RocksDB): the graphs are dumped in batches on two threads
    (the engine releases the GIL) while the copy parses them.
    """
    memory = ox.Store() if target is None else target
    add = memory.extend if target is None else memory.bulk_extend  # unseen till published
    store = engine(store)
    if not isinstance(store, EmbeddedStore):  # e.g. a remote SPARQL server
        data = store.dump("nq")
        if data:
            quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
            add(_default(q.triple) for q in quads)
            add(q for q in quads if _name(q.graph_name) in shared)
        return memory
    present = [g for g in store.ox.named_graphs() if _name(g) in shared]

    def chunks() -> Iterator[bytes]:
        yield from nquads_batches(store, graph_names=False)
        for g in present:
            yield graph_nquads(store, g)

    add(ox.parse(ChunkReader(chunks()), format=ox.RdfFormat.N_QUADS))
    return memory


def engine(store: Any) -> Any:
    """The store beneath any union copies (the one that holds the named graphs)."""
    while isinstance(store, MirroredStore):
        store = store.persistent
    return store


class DiskCopy:
    """Where an on-disk union copy lives, and whether it is current.

    ``state.json`` says ``clean`` only while the copy matches the persistent store: it is
    marked stale before each write and clean after, so a kill in between is seen at the
    next open.
    """

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.state = self.root / "state.json"
        self.store = ox.Store(str(self.root / "store"))

    def is_clean(self) -> bool:
        """Whether the copy was left current."""
        try:
            return json.loads(self.state.read_text()).get("clean") is True
        except (OSError, ValueError):
            return False

    def mark(self, clean: bool) -> None:
        """Record whether the copy is current (written aside, then renamed over)."""
        aside = self.state.with_suffix(".tmp")
        aside.write_text(json.dumps({"clean": clean}))
        os.replace(aside, self.state)


def _default(triple: ox.Triple) -> ox.Quad:
    return ox.Quad(triple.subject, triple.predicate, triple.object, ox.DefaultGraph())


def _name(graph: Any) -> str | None:
    return graph.value if isinstance(graph, ox.NamedNode) else None


class MirroredStore:
    """Queries from the union copy when it holds every graph they name, the rest from the
    persistent store.

    In memory (``disk=None``) the copy is loaded at start, for graphs that fit in memory;
    on disk it persists beside the store and is rebuilt only when found stale. Every write
    is applied to the persistent store first, so a restart never loses what a reader saw.
    """

    def __init__(
        self,
        persistent: Any,
        shared: frozenset[str] = SHARED_GRAPHS,
        *,
        disk: DiskCopy | None = None,
    ) -> None:
        self.persistent = persistent
        self.location = persistent.location
        self.shared = shared
        # Deltas read the graphs on disk through the engine; over a remote server every
        # write rebuilds the copy instead.
        self.embedded = isinstance(engine(persistent), EmbeddedStore)
        self.disk = disk
        self.version = 0  # bumped by every write, so a rebuild knows it is out of date
        self.rebuilding: threading.Thread | None = None
        self.lock = threading.RLock()
        self.readers = 0  # queries between their check of memory_ok and their snapshot
        self.readers_lock = threading.Lock()
        self.closed = False
        self.dirty = False  # the on-disk copy's state file says stale
        self.last_write = 0.0
        self.cleaner: threading.Timer | None = None
        if disk is None:
            self.memory = memory_copy(persistent, shared)
            self.memory_ok: bool | None = True  # None: a delta is due; False: rebuilding
        else:
            self.memory = disk.store  # the copy, named for the mode that came first
            self.memory_ok = True
            if disk.is_clean():
                return
            if next(iter(engine(persistent).ox), None) is None:  # a new store: no rebuild
                disk.store.clear()
                disk.mark(clean=True)
            else:  # left stale (a kill mid-write) or never built
                self._rebuild_later()

    # -- reads --------------------------------------------------------------------------

    def query(self, sparql: str, *, union: bool = True, **kwargs: Any) -> Any:
        """Run a query on the copy when it answers it exactly, else on the persistent store."""
        if self.memory_ok and self.answers(sparql, union=union, **kwargs):
            with self.readers_lock:
                self.readers += 1
            try:
                if self.memory_ok:  # the engine takes its snapshot before it returns
                    return self.memory.query(sparql, **kwargs)
            except SyntaxError as exc:
                raise QuerySyntaxError(str(exc)) from exc
            finally:
                with self.readers_lock:
                    self.readers -= 1
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
        """Write to the persistent store first, then the difference to the copy."""
        items = list(triples)
        if not self.embedded:
            self._write(graph, lambda: self.persistent.replace_graph(graph, items))
        else:
            self.replace_graph_quads(graph, ox_quads(items))

    def replace_graph_quads(self, graph: str, quads: list[ox.Quad]) -> None:
        """:meth:`replace_graph` with the triples already as default-graph quads."""
        # A blank node is renamed by the store's write: its copy is read back from there.
        fresh = any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object))
        self._write(
            graph,
            lambda: self.persistent.replace_graph_quads(graph, quads),
            after=None if fresh else set(quads),
        )

    def remove_graph(self, graph: str) -> None:
        """Remove from the persistent store, then from the copy what no other graph holds."""
        self._write(graph, lambda: self.persistent.remove_graph(graph), after=set())

    def _write(
        self, graph: str, write: Callable[[], None], after: set[ox.Quad] | None = None
    ) -> None:
        name = ox.NamedNode(graph)
        with self.lock:
            if not self.embedded:
                self._rebuild_later()
                write()
                return
            before = self._graph(name)
            self._begin()
            try:
                write()
            except BaseException:
                self._end()  # the write is one transaction: nothing changed
                raise
            if self.memory_ok is None:
                try:
                    if after is None:
                        after = self._graph(name)
                    self._apply(added=after - before, removed=before - after, graph=name)
                except BaseException:
                    self._rebuild_later()
                    raise
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
        """Flush the persistent store (and an on-disk copy, then marked current)."""
        self.persistent.flush()
        if self.disk is not None:
            with self.lock:
                self.disk.store.flush()
                self._mark_clean()

    def close(self) -> None:
        """Close the persistent store and the copy (after a rebuild under way ends)."""
        self.closed = True
        thread, cleaner = self.rebuilding, self.cleaner
        if cleaner is not None:
            cleaner.cancel()
        if thread is not None:
            thread.join(timeout=120)
        self.flush()
        self.persistent.close()
        del self.memory
        if self.disk is not None:
            del self.disk.store

    def wait_until_current(self, timeout: float = 60.0) -> bool:
        """Wait for a background rebuild of the copy to finish (tests, benchmarks)."""
        deadline = time.monotonic() + timeout
        while self.memory_ok is not True and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.memory_ok is True

    # -- the in-memory copy -------------------------------------------------------------

    def _graph(self, name: ox.NamedNode) -> set[ox.Triple]:
        """The graph's triples on disk, as default-graph quads (the copy's union form)."""
        found = engine(self.persistent).ox.quads_for_pattern(None, None, None, name)
        return {ox.Quad(q.subject, q.predicate, q.object) for q in found}

    def _begin(self) -> None:
        """Route queries to the persistent store while the copy changes (None: a delta is
        due); an on-disk copy is marked stale first."""
        self.version += 1
        if self.memory_ok is True:
            self.memory_ok = None
            self._mark_stale()

    def _end(self) -> None:
        if self.memory_ok is None:
            self.memory_ok = True
            self._clean_soon()

    def _mark_stale(self) -> None:
        if self.disk is not None and not self.dirty:
            self.disk.mark(clean=False)
            self.dirty = True

    def _mark_clean(self) -> None:
        if self.disk is not None and self.dirty and self.memory_ok is True:
            self.disk.mark(clean=True)
            self.dirty = False

    def _clean_soon(self) -> None:
        """Mark the on-disk copy current once writes pause for ``CLEAN_AFTER`` seconds.

        Two file writes per document would cost a tenth of an ingest; a burst of writes
        marks the copy stale once, and a kill during the burst is seen at the next start.
        """
        if self.disk is None:
            return
        self.last_write = time.monotonic()
        if self.cleaner is None and not self.closed:
            self.cleaner = threading.Timer(CLEAN_AFTER, self._clean_if_idle)
            self.cleaner.daemon = True
            self.cleaner.start()

    def _clean_if_idle(self) -> None:
        with self.lock:
            self.cleaner = None
            if time.monotonic() - self.last_write < CLEAN_AFTER:
                self._clean_soon()
            else:
                self._mark_clean()

    def _quiesce(self) -> None:
        """Wait for the queries that saw the copy current to take their snapshots."""
        while self.readers:
            time.sleep(0.0002)

    def _apply(self, *, added: set[ox.Quad], removed: set[ox.Quad], graph: ox.NamedNode) -> None:
        """Add ``added`` to the union; remove each of ``removed`` no graph on disk holds;
        a shared graph's own copy changes the same way."""
        self._quiesce()
        find = engine(self.persistent).ox.quads_for_pattern
        shared = graph.value in self.shared
        for q in removed:
            if shared:
                self.memory.remove(ox.Quad(q.subject, q.predicate, q.object, graph))
            if next(find(q.subject, q.predicate, q.object, None), None) is None:
                self.memory.remove(q)
        if added:
            quads = list(added)
            if shared:
                quads += [ox.Quad(q.subject, q.predicate, q.object, graph) for q in added]
            self.memory.extend(quads)

    def _rebuild_later(self) -> None:
        self.version += 1
        self.memory_ok = False
        self._mark_stale()
        if self.rebuilding is None:
            self.rebuilding = threading.Thread(
                target=self._rebuild, name="union-rebuild", daemon=True
            )
            self.rebuilding.start()

    def _rebuild(self) -> None:
        while not self.closed:
            with self.lock:
                version = self.version
            if self.disk is None:
                fresh = memory_copy(self.persistent, self.shared)
            else:  # rebuilt in place: no reader uses it meanwhile
                self._quiesce()
                fresh = self.disk.store
                fresh.clear()
                memory_copy(self.persistent, self.shared, target=fresh)
                fresh.flush()
            with self.lock:
                if version == self.version:
                    self.memory, self.memory_ok, self.rebuilding = fresh, True, None
                    self._mark_clean()
                    return
        self.rebuilding = None


def _graph_list(dataset: Any) -> list[Any]:
    return list(dataset) if isinstance(dataset, list | tuple) else [dataset]


__all__ = ["SHARED_GRAPHS", "UNION_DIR", "DiskCopy", "MirroredStore", "engine", "memory_copy"]
