"""Running a SPARQL query with limits and writing its result in a standard format.

Used by the ``/sparql`` endpoint and ``rcgraph query``. The engine writes SELECT and ASK
results itself (JSON, XML, CSV, TSV) into a bounded writer: every chunk it writes (about
8 KB) checks the deadline and counts result rows from markers of the format, so a runaway
query (a cartesian product) stops with :class:`~graph.errors.QueryTimeoutError` or a row-cap
:class:`~graph.errors.QueryError` without Python touching each row. CONSTRUCT and DESCRIBE
triples are drained with the same limits and written by the engine.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from graph.errors import QueryError, QueryTimeoutError, RcgraphError

#: Result formats by media type: SELECT/ASK ("results") and CONSTRUCT/DESCRIBE ("graph").
RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
DEFAULT_RESULT_TYPE = "application/sparql-results+json"
DEFAULT_GRAPH_TYPE = "text/turtle"
_CHECK_EVERY = 64

#: How to count rows in the engine's output: (marker, rows = markers + bias). Exact for
#: XML (``<`` in values is escaped) and TSV (newlines in values are escaped); for JSON the
#: marker is the separator between two solutions and for CSV the line end, which a literal
#: may also contain, so the count may run high — the cap then errs on the safe side.
_ROW_MARKERS: dict[ox.QueryResultsFormat, tuple[bytes, int]] = {
    ox.QueryResultsFormat.JSON: (b"},{", 1),
    ox.QueryResultsFormat.XML: (b"<result>", 0),
    ox.QueryResultsFormat.CSV: (b"\r\n", -1),
    ox.QueryResultsFormat.TSV: (b"\n", -1),
}


@dataclass(frozen=True, slots=True)
class QueryOutput:
    """A serialised result: the bytes, their media type, and the query form."""

    body: bytes
    media_type: str
    form: str
    rows: int


def _timed_out() -> QueryTimeoutError:
    return QueryTimeoutError("the query ran past the time limit and was stopped", timeout=True)


def _too_many(max_rows: int) -> QueryError:
    return QueryError(f"the result has more than {max_rows} rows; add a LIMIT", max_rows=max_rows)


class BoundedWriter:
    """A binary sink for the engine's serialiser that enforces a deadline and a row cap.

    The engine calls :meth:`write` with buffered chunks; raising there aborts the
    serialisation (and the query evaluation feeding it) at once.
    """

    __slots__ = ("bias", "chunks", "deadline", "marker", "marks", "max_rows", "tail")

    def __init__(self, fmt: ox.QueryResultsFormat, deadline: float, max_rows: int) -> None:
        self.marker, self.bias = _ROW_MARKERS[fmt]
        self.deadline, self.max_rows = deadline, max_rows
        self.chunks: list[bytes] = []
        self.marks = 0
        self.tail = b""

    def write(self, data: bytes) -> int:
        """Keep ``data``; raise when past the deadline or over the row cap."""
        if time.monotonic() > self.deadline:
            raise _timed_out()
        chunk = bytes(data)
        k = len(self.marker) - 1
        # markers straddling the previous chunk's end, then those inside this chunk
        self.marks += (self.tail + chunk[:k]).count(self.marker) + chunk.count(self.marker)
        self.tail = chunk[-k:] if k else b""
        if self.marks + self.bias > self.max_rows:
            raise _too_many(self.max_rows)
        self.chunks.append(chunk)
        return len(chunk)

    def flush(self) -> None:
        """Nothing to flush: the chunks are kept in memory."""

    def getvalue(self) -> bytes:
        """Everything written."""
        return self.chunks[0] if len(self.chunks) == 1 else b"".join(self.chunks)

    @property
    def rows(self) -> int:
        """Rows written (an upper bound for JSON and CSV, see :data:`_ROW_MARKERS`)."""
        if self.bias > 0 and self.getvalue().endswith(b"[]}}"):
            return 0
        return max(0, self.marks + self.bias)


def _graph_iri(value: str) -> ox.NamedNode:
    """A graph IRI from the protocol's parameters.

    Raises:
        QueryError: not an IRI.
    """
    try:
        return ox.NamedNode(value)
    except ValueError as exc:
        raise QueryError(f"invalid graph IRI {value!r}: {exc}", field="default-graph-uri") from exc


def _drain(items: Iterable[Any], deadline: float, max_rows: int) -> list[Any]:
    out = []
    for i, item in enumerate(items):
        if i % _CHECK_EVERY == 0 and time.monotonic() > deadline:
            raise _timed_out()
        if i >= max_rows:
            raise _too_many(max_rows)
        out.append(item)
    return out


def run_query(
    store: Any,
    sparql: str,
    *,
    results_type: str = DEFAULT_RESULT_TYPE,
    graph_type: str = DEFAULT_GRAPH_TYPE,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
    timeout: float = 10.0,
    max_rows: int = 100_000,
    base_iri: str | None = None,
) -> QueryOutput:
    """Run ``sparql`` on ``store`` and serialise the result.

    Without ``default_graphs``, the default graph is the union of all named graphs.

    Raises:
        QuerySyntaxError: the query does not parse.
        QueryTimeoutError: it ran longer than ``timeout`` seconds.
        QueryError: the result has more than ``max_rows`` rows.
    """
    failure: tuple[type[RcgraphError], str, dict[str, Any]] | None = None
    try:
        return _run_query(
            store,
            sparql,
            results_type,
            graph_type,
            default_graphs,
            named_graphs,
            timeout,
            max_rows,
            base_iri,
        )
    except RcgraphError as exc:
        # re-raised outside this block so the engine's result objects (referenced by the
        # traceback) are freed here, in the thread that owns them
        failure = (type(exc), exc.message, exc.detail)
    raise failure[0](failure[1], **failure[2])


def _run_query(
    store: Any,
    sparql: str,
    results_type: str,
    graph_type: str,
    default_graphs: Sequence[str],
    named_graphs: Sequence[str],
    timeout: float,
    max_rows: int,
    base_iri: str | None,
) -> QueryOutput:
    started = time.monotonic()
    deadline = started + timeout
    kwargs: dict[str, Any] = {"base_iri": base_iri} if base_iri else {}
    if default_graphs:
        kwargs["default_graph"] = [_graph_iri(g) for g in default_graphs]
    if named_graphs:
        kwargs["named_graphs"] = [_graph_iri(g) for g in named_graphs]
    result = store.query(sparql, union=not default_graphs, **kwargs)
    if isinstance(result, ox.QueryBoolean):
        fmt = RESULT_FORMATS.get(results_type, ox.QueryResultsFormat.JSON)
        return QueryOutput(result.serialize(format=fmt) or b"", results_type, "ASK", 1)
    if isinstance(result, ox.QuerySolutions):
        fmt = RESULT_FORMATS.get(results_type, ox.QueryResultsFormat.JSON)
        writer = BoundedWriter(fmt, deadline, max_rows)
        result.serialize(writer, format=fmt)
        return QueryOutput(writer.getvalue(), results_type, "SELECT", writer.rows)
    triples = _drain(result, deadline, max_rows)
    rdf_format = GRAPH_FORMATS.get(graph_type, ox.RdfFormat.TURTLE)
    items: list[Any] = triples
    if rdf_format.supports_datasets:
        items = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
    body = ox.serialize(items, format=rdf_format) or b""
    return QueryOutput(body, graph_type, "CONSTRUCT", len(triples))


__all__ = [
    "DEFAULT_GRAPH_TYPE",
    "DEFAULT_RESULT_TYPE",
    "GRAPH_FORMATS",
    "RESULT_FORMATS",
    "BoundedWriter",
    "QueryOutput",
    "run_query",
]
