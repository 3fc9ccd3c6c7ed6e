"""Running a SPARQL query with limits and writing its result in a standard format.

Used by the ``/sparql`` endpoint and ``rcgraph query``. Results are consumed lazily
with a deadline and a row cap, so a runaway query (a cartesian product) stops with
:class:`~graph.errors.QueryTimeoutError` instead of holding a worker for ever.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

import pyoxigraph as ox

from graph.errors import QueryError, QueryTimeoutError, RcgraphError

#: Result formats by media type: SELECT/ASK ("results") and CONSTRUCT/DESCRIBE ("graph").
RESULT_FORMATS: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
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


@dataclass(frozen=True, slots=True)
class QueryOutput:
    """A serialised result: the bytes, their media type, and the query form."""

    body: bytes
    media_type: str
    form: str
    rows: int


def _term_json(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _term_xml(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    attrs = ""
    if term.language:
        attrs = f' xml:lang="{escape(term.language)}"'
    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        attrs = f' datatype="{escape(term.datatype.value)}"'
    return f"<literal{attrs}>{escape(term.value)}</literal>"


def _csv_cell(term: Any) -> str:
    if term is None:
        return ""
    value = term.value if hasattr(term, "value") else str(term)
    if isinstance(term, ox.BlankNode):
        value = "_:" + value
    if any(c in value for c in ',"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def serialize_solutions(names: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> bytes:
    """Write SELECT rows as SPARQL results JSON, XML, CSV or TSV."""
    if fmt == "json":
        bindings = [
            {n: _term_json(t) for n, t in zip(names, row, strict=True) if t is not None}
            for row in rows
        ]
        return json.dumps(
            {"head": {"vars": list(names)}, "results": {"bindings": bindings}}, ensure_ascii=False
        ).encode("utf-8")
    if fmt == "xml":
        parts = [
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>'
        ]
        parts += [f'<variable name="{escape(n)}"/>' for n in names]
        parts.append("</head><results>")
        for row in rows:
            parts.append("<result>")
            parts += [
                f'<binding name="{escape(n)}">{_term_xml(t)}</binding>'
                for n, t in zip(names, row, strict=True)
                if t is not None
            ]
            parts.append("</result>")
        parts.append("</results></sparql>")
        return "".join(parts).encode("utf-8")
    if fmt == "csv":
        lines = [",".join(names)] + [",".join(_csv_cell(t) for t in row) for row in rows]
        return ("\r\n".join(lines) + "\r\n").encode("utf-8")
    lines = ["\t".join("?" + n for n in names)] + [
        "\t".join("" if t is None else str(t) for t in row) for row in rows
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def serialize_boolean(value: bool, fmt: str) -> bytes:
    """Write an ASK result."""
    if fmt == "xml":
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>"
        ).encode()
    if fmt in ("csv", "tsv"):
        return ("true\n" if value else "false\n").encode()
    return json.dumps({"head": {}, "boolean": value}).encode()


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
            raise QueryTimeoutError(
                "the query ran past the time limit and was stopped", timeout=True
            )
        if i >= max_rows:
            raise QueryError(
                f"the result has more than {max_rows} rows; add a LIMIT", max_rows=max_rows
            )
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
    if isinstance(result, ox.QueryBoolean | bool):
        fmt = RESULT_FORMATS.get(results_type, "json")
        return QueryOutput(serialize_boolean(bool(result), fmt), results_type, "ASK", 1)
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = _drain((tuple(s[n] for n in names) for s in result), deadline, max_rows)
        fmt = RESULT_FORMATS.get(results_type, "json")
        body = serialize_solutions(names, rows, fmt)
        return QueryOutput(body, results_type, "SELECT", len(rows))
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
    "QueryOutput",
    "run_query",
    "serialize_boolean",
    "serialize_solutions",
]
