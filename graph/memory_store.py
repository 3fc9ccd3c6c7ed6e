"""The in-memory serving mode: queries from memory, writes to the persistent store and memory.

Two copies are kept in memory. ``memory`` is the dataset exactly as stored (named graphs
and all). ``union`` holds the distinct triples of all graphs in its default graph: the
union default graph our queries see, materialised. pyoxigraph evaluates the union default
graph of a store with many named graphs by walking every graph's quads and removing
duplicates, which makes joins over hub nodes slower in memory than on disk; over the
materialised copy the same joins are index look-ups (a two-hop query: 90 ms to 0.4 ms on
1M triples). A query that names no graph (no ``GRAPH``, no ``FROM``, no protocol dataset)
sees only the default graph, so ``union`` answers it exactly; any other goes to ``memory``.

Every write goes to disk first, then to ``memory``, then to ``union`` as a delta; while
the delta is applied (or, after a SPARQL Update or a bulk load, while ``union`` is rebuilt
on a background thread) queries go to ``memory``, so no reader sees a half-applied write.
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


def copy_into(source: Any, target: EmbeddedStore) -> None:
    """Copy every graph of ``source`` into ``target``.

    Reading the on-disk store is the slow part (each term is looked up in RocksDB): the
    graphs are dumped in batches on two threads — the engine releases the GIL — while
    ``target`` parses them as one N-Quads stream (one stream, so a blank node shared by
    two graphs stays one node).
    """
    if not isinstance(source, EmbeddedStore):  # e.g. a remote SPARQL server
        data = source.dump("nq")
        if data:
            target.ox.load(data, format=ox.RdfFormat.N_QUADS)
        return
    target.ox.load(ChunkReader(nquads_batches(source)), format=ox.RdfFormat.N_QUADS)


def union_of(store: EmbeddedStore) -> ox.Store:
    """A store whose default graph holds the distinct triples of every graph of ``store``.

    One N-Triples stream of every graph's dump, so a blank node shared by two graphs
    stays one node; the parser drops the repeats.
    """
    union = ox.Store()
    union.load(ChunkReader(nquads_batches(store, graph_names=False)), format=ox.RdfFormat.N_TRIPLES)
    return union


def _default(triple: ox.Triple) -> ox.Quad:
    return ox.Quad(triple.subject, triple.predicate, triple.object, ox.DefaultGraph())


class MirroredStore:
    """Queries from in-memory copies of a persistent store; writes go to all of them.

    Loaded once at start; for graphs that fit in memory. Every write is applied to the
    persistent store first, so a restart never loses what a reader has seen.
    """

    def __init__(self, persistent: Any) -> None:
        self.persistent = persistent
        self.location = persistent.location
        self.memory = EmbeddedStore(None)
        copy_into(persistent, self.memory)
        self.union = union_of(self.memory)
        self.union_ok = True  # False while a write is applied to it or it is rebuilt
        self.version = 0  # bumped by every write, so a rebuild knows it is out of date
        self.rebuilding = False
        self.lock = threading.RLock()

    # -- reads --------------------------------------------------------------------------

    def query(self, sparql: str, *, union: bool = True, **kwargs: Any) -> Any:
        """Run a query on the materialised union when it answers it exactly, else on the copy."""
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
        return self.memory.query(sparql, union=union, **kwargs)

    select = EmbeddedStore.select
    ask = EmbeddedStore.ask

    def __getattr__(self, name: str) -> Any:
        return getattr(self.memory, name)

    def __len__(self) -> int:
        return len(self.memory)

    # -- writes -------------------------------------------------------------------------

    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """Write to disk first, then to memory, then the difference to the union."""
        items = list(triples)
        name = ox.NamedNode(graph)
        with self.lock:
            self.persistent.replace_graph(graph, items)
            before = self._graph(name)
            self._begin()
            try:
                self.memory.replace_graph(graph, items)
                if self.union_ok is None:
                    after = self._graph(name)
                    self._apply(added=after - before, removed=before - after)
            finally:
                self._end()

    def remove_graph(self, graph: str) -> None:
        """Remove from disk, memory and (what no other graph holds) the union."""
        name = ox.NamedNode(graph)
        with self.lock:
            self.persistent.remove_graph(graph)
            before = self._graph(name)
            self._begin()
            try:
                self.memory.remove_graph(graph)
                if self.union_ok is None:
                    self._apply(added=set(), removed=before)
            finally:
                self._end()

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Apply an update to disk and memory; the union is rebuilt in the background."""
        with self.lock:
            self.persistent.update(sparql, base_iri=base_iri)
            self.memory.update(sparql, base_iri=base_iri)
            self._rebuild_later()

    def bulk_load(self, path: str | Path, fmt: str | None = None) -> None:
        """Bulk-load a file into disk and memory; the union is rebuilt in the background."""
        with self.lock:
            self.persistent.bulk_load(path, fmt)
            self.memory.bulk_load(path, fmt)
            self._rebuild_later()

    def flush(self) -> None:
        """Flush the persistent store."""
        self.persistent.flush()

    def close(self) -> None:
        """Close the persistent store and drop the copies."""
        self.persistent.close()
        del self.memory, self.union

    def wait_until_current(self, timeout: float = 60.0) -> bool:
        """Wait for a background rebuild of the union to finish (tests, benchmarks)."""
        deadline = time.monotonic() + timeout
        while self.union_ok is not True and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.union_ok is True

    # -- the union copy -----------------------------------------------------------------

    def _graph(self, name: ox.NamedNode) -> set[ox.Triple]:
        return {q.triple for q in self.memory.ox.quads_for_pattern(None, None, None, name)}

    def _begin(self) -> None:
        """Route queries to ``memory`` while the union changes (None: a delta is due)."""
        self.version += 1
        if self.union_ok is True:
            self.union_ok = None

    def _end(self) -> None:
        if self.union_ok is None:
            self.union_ok = True

    def _apply(self, *, added: set[ox.Triple], removed: set[ox.Triple]) -> None:
        """Add ``added``; remove each of ``removed`` no graph of ``memory`` still holds."""
        find = self.memory.ox.quads_for_pattern
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
            fresh = union_of(self.memory)
            with self.lock:
                if version == self.version:
                    self.union, self.union_ok, self.rebuilding = fresh, True, False
                    return


__all__ = ["MirroredStore", "copy_into", "names_graphs", "union_of"]
