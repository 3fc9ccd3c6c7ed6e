"""The in-memory serving mode: the union default graph in memory, everything else on disk.

``union`` holds the distinct triples of all graphs in its default graph: the union default
graph our queries see, materialised. A query that names no graph (no ``GRAPH``, no
``FROM``, no protocol dataset) sees only the default graph, so ``union`` answers it
exactly, from memory; any other query goes to the persistent store.

Why not a full in-memory copy of the dataset: pyoxigraph's in-memory store indexes quads
per single term and takes a lock per quad it visits, and it evaluates the union default
graph of many named graphs graph by graph. Over the materialised union a two-hop join over
hubs is an index look-up (90 ms to 0.4 ms on 1M triples); a full copy was slower than the
disk store on queries that name graphs (a scan of ``GRAPH ?g { ?r a ?c }``: 65 ms against
52 ms), and cost another 350 MB and 10 s of start-up per million triples.

Every write goes to disk first, then to ``union`` as a delta; while the delta is applied
(or, after a SPARQL Update or a bulk load, while ``union`` is rebuilt on a background
thread) queries go to disk, so no reader sees a half-applied write.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph.errors import QuerySyntaxError
from graph.store import ChunkReader, EmbeddedStore, nquads_batches
from graph.triples import Triple

#: Strings, IRIs and comments: words inside them are not SPARQL keywords.
_LEXEMES = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*"
)
_DATASET_KEYWORD = re.compile(r"\b(?:GRAPH|FROM)\b", re.IGNORECASE)
_NAMES_GRAPHS: dict[str, bool] = {}


def names_graphs(sparql: str) -> bool:
    """Whether a query may read named graphs (``GRAPH`` or ``FROM`` outside strings and IRIs).

    Conservative: a variable or prefixed name spelt ``graph`` also counts, which only
    sends the query to the full copy.
    """
    hit = _NAMES_GRAPHS.get(sparql)
    if hit is None:
        hit = bool(_DATASET_KEYWORD.search(_LEXEMES.sub(" ", sparql)))
        if len(_NAMES_GRAPHS) >= 1024:
            _NAMES_GRAPHS.clear()
        _NAMES_GRAPHS[sparql] = hit
    return hit


def union_of(store: Any) -> ox.Store:
    """A store whose default graph holds the distinct triples of every graph of ``store``.

    One N-Triples stream of every graph's dump, so a blank node shared by two graphs stays
    one node; the parser drops the repeats. Reading the on-disk store is the slow part
    (each term is looked up in RocksDB): the graphs are dumped in batches on two threads
    (the engine releases the GIL) while the copy parses them.
    """
    union = ox.Store()
    if not isinstance(store, EmbeddedStore):  # e.g. a remote SPARQL server
        data = store.dump("nq")
        if data:
            quads = ox.parse(data, format=ox.RdfFormat.N_QUADS)
            union.extend(_default(q.triple) for q in quads)
        return union
    union.load(ChunkReader(nquads_batches(store, graph_names=False)), format=ox.RdfFormat.N_TRIPLES)
    return union


def _default(triple: ox.Triple) -> ox.Quad:
    return ox.Quad(triple.subject, triple.predicate, triple.object, ox.DefaultGraph())


class MirroredStore:
    """Queries of the union default graph from memory, the rest from the persistent store.

    Loaded once at start; for graphs that fit in memory. Every write is applied to the
    persistent store first, so a restart never loses what a reader has seen.
    """

    def __init__(self, persistent: Any) -> None:
        self.persistent = persistent
        self.location = persistent.location
        # Deltas read the graphs on disk through the engine; over a remote server every
        # write rebuilds the union instead.
        self.embedded = isinstance(persistent, EmbeddedStore)
        self.union = union_of(persistent)
        self.union_ok = True  # False while a write is applied to it or it is rebuilt
        self.version = 0  # bumped by every write, so a rebuild knows it is out of date
        self.rebuilding = False
        self.lock = threading.RLock()

    # -- reads --------------------------------------------------------------------------

    def query(self, sparql: str, *, union: bool = True, **kwargs: Any) -> Any:
        """Run a query on the materialised union when it answers it exactly, else on disk."""
        if (
            union
            and self.union_ok
            and "default_graph" not in kwargs
            and "named_graphs" not in kwargs
            and not names_graphs(sparql)
        ):
            try:
                return self.union.query(sparql, **kwargs)
            except SyntaxError as exc:
                raise QuerySyntaxError(str(exc)) from exc
        return self.persistent.query(sparql, union=union, **kwargs)

    select = EmbeddedStore.select
    ask = EmbeddedStore.ask

    def __getattr__(self, name: str) -> Any:
        return getattr(self.persistent, name)

    def __len__(self) -> int:
        return len(self.persistent)

    # -- writes -------------------------------------------------------------------------

    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """Write to disk first, then the difference to the union."""
        items = list(triples)
        name = ox.NamedNode(graph)
        with self.lock:
            if not self.embedded:
                self._rebuild_later()
                self.persistent.replace_graph(graph, items)
                return
            before = self._graph(name)
            self._begin()
            try:
                self.persistent.replace_graph(graph, items)
                if self.union_ok is None:
                    after = self._graph(name)
                    self._apply(added=after - before, removed=before - after)
            finally:
                self._end()

    def remove_graph(self, graph: str) -> None:
        """Remove from disk, then from the union what no other graph holds."""
        name = ox.NamedNode(graph)
        with self.lock:
            if not self.embedded:
                self._rebuild_later()
                self.persistent.remove_graph(graph)
                return
            before = self._graph(name)
            self._begin()
            try:
                self.persistent.remove_graph(graph)
                if self.union_ok is None:
                    self._apply(added=set(), removed=before)
            finally:
                self._end()

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Apply an update to disk; the union is rebuilt in the background."""
        with self.lock:
            self._rebuild_later()
            self.persistent.update(sparql, base_iri=base_iri)

    def bulk_load(self, path: str | Path, fmt: str | None = None) -> None:
        """Bulk-load a file to disk; the union is rebuilt in the background."""
        with self.lock:
            self._rebuild_later()
            self.persistent.bulk_load(path, fmt)

    def flush(self) -> None:
        """Flush the persistent store."""
        self.persistent.flush()

    def close(self) -> None:
        """Close the persistent store and drop the union."""
        self.persistent.close()
        del self.union

    def wait_until_current(self, timeout: float = 60.0) -> bool:
        """Wait for a background rebuild of the union to finish (tests, benchmarks)."""
        deadline = time.monotonic() + timeout
        while self.union_ok is not True and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.union_ok is True

    # -- the union copy -----------------------------------------------------------------

    def _graph(self, name: ox.NamedNode) -> set[ox.Triple]:
        return {q.triple for q in self.persistent.ox.quads_for_pattern(None, None, None, name)}

    def _begin(self) -> None:
        """Route queries to disk while the union changes (None: a delta is due)."""
        self.version += 1
        if self.union_ok is True:
            self.union_ok = None

    def _end(self) -> None:
        if self.union_ok is None:
            self.union_ok = True

    def _apply(self, *, added: set[ox.Triple], removed: set[ox.Triple]) -> None:
        """Add ``added``; remove each of ``removed`` no graph on disk still holds."""
        find = self.persistent.ox.quads_for_pattern
        for t in removed:
            if next(find(t.subject, t.predicate, t.object, None), None) is None:
                self.union.remove(_default(t))
        if added:
            self.union.extend([_default(t) for t in added])

    def _rebuild_later(self) -> None:
        self.version += 1
        self.union_ok = False
        if not self.rebuilding:
            self.rebuilding = True
            threading.Thread(target=self._rebuild, name="union-rebuild", daemon=True).start()

    def _rebuild(self) -> None:
        while True:
            with self.lock:
                version = self.version
            fresh = union_of(self.persistent)
            with self.lock:
                if version == self.version:
                    self.union, self.union_ok, self.rebuilding = fresh, True, False
                    return


__all__ = ["MirroredStore", "names_graphs", "union_of"]
