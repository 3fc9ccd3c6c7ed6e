"""A store on any SPARQL 1.1 server, over the W3C protocols only.

Queries use the SPARQL 1.1 Protocol, writes SPARQL 1.1 Update, dumps and bulk loads the
Graph Store HTTP Protocol. It offers the same methods as
:class:`graph.store.EmbeddedStore`, so every command and endpoint works on either.

The server must answer queries with the union of its named graphs as the default graph
(Oxigraph: ``--union-default-graph``; Fuseki: ``tdb2:unionDefaultGraph true``; Virtuoso
and GraphDB do so by default for graphs without FROM).
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox

from graph.errors import QuerySyntaxError, QueryTimeoutError, StoreError
from graph.store import RDF_FILE_FORMATS, rdf_file_format, term_value, to_ox
from graph.triples import Triple

_IRI_SAFE = re.compile(r"^[^\s<>\"{}|\\^`]+$")
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.5"
_FORMATS = RDF_FILE_FORMATS


def sparql_term(value: str) -> str:
    """A Python string as a SPARQL term: an IRI when it looks like one, else a literal.

    >>> sparql_term("https://w3id.org/rcgraph/id/org/ns-ru")
    '<https://w3id.org/rcgraph/id/org/ns-ru>'
    >>> sparql_term('a "quoted" } value')
    '"a \\\\"quoted\\\\" } value"'
    """
    if value.startswith(("http://", "https://")):
        if not _IRI_SAFE.match(value):
            raise QuerySyntaxError(f"not a valid IRI: {value!r}")
        return f"<{value}>"
    return json.dumps(value, ensure_ascii=False)


class SparqlHttpStore:
    """A remote SPARQL 1.1 server as the store."""

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        store_url: str | None = None,
        *,
        auth: tuple[str, str] | None = None,
        timeout: float = 60.0,
    ) -> None:
        self.location = query_url
        self.query_url = query_url
        self.update_url = update_url or _sibling(query_url, "update")
        self.store_url = store_url or _sibling(query_url, "store")
        self.client = httpx.Client(auth=auth, timeout=timeout)

    # -- plumbing ---------------------------------------------------------------------------

    def _post(self, url: str, **kwargs: Any) -> httpx.Response:
        try:
            resp = self.client.post(url, **kwargs)
        except httpx.TimeoutException as exc:
            raise QueryTimeoutError(f"the SPARQL server at {url} timed out") from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL server at {url}: {exc}") from exc
        if resp.status_code == 400:
            raise QuerySyntaxError(resp.text.strip() or "the server rejected the request")
        if resp.status_code >= 300:
            raise StoreError(f"the SPARQL server answered {resp.status_code}: {resp.text[:300]}")
        return resp

    # -- writes -----------------------------------------------------------------------------

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Send a SPARQL 1.1 Update (one request: the server applies it atomically)."""
        if base_iri:
            sparql = f"BASE <{base_iri}>\n{sparql}"
        self._post(
            self.update_url,
            content=sparql.encode(),
            headers={"Content-Type": "application/sparql-update"},
        )

    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """Replace a named graph in one update request."""
        rows = " .\n".join(str(ox.Triple(to_ox(s), to_ox(p), to_ox(o))) for s, p, o in triples)
        update = f"DROP SILENT GRAPH {sparql_term(graph)}"
        if rows:
            update += f" ;\nINSERT DATA {{ GRAPH {sparql_term(graph)} {{ {rows} }} }}"
        self.update(update)

    def remove_graph(self, graph: str) -> None:
        """Drop a named graph."""
        self.update(f"DROP SILENT GRAPH {sparql_term(graph)}")

    def bulk_load(self, path: str | Path, fmt: str | None = None) -> None:
        """Load an RDF file through the Graph Store Protocol, graph by graph.

        Raises:
            StoreError: unknown format or a parse error (nothing is sent then).
        """
        p = Path(path)
        rdf_format = rdf_file_format(p, fmt)
        try:
            quads = list(ox.parse(path=str(p), format=rdf_format))
        except SyntaxError as exc:
            raise StoreError(f"{p.name}: {exc}") from exc
        graphs: dict[str, list[Any]] = defaultdict(list)
        for q in quads:
            name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            graphs[name].append(ox.Triple(q.subject, q.predicate, q.object))

        def send(item: tuple[str, list[Any]]) -> None:
            name, triples = item
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
            params = {"graph": name} if name else {"default": ""}
            self._post(
                self.store_url,
                params=params,
                content=body,
                headers={"Content-Type": "application/n-triples"},
            )

        # a few requests in flight: the server parses graphs in parallel
        with ThreadPoolExecutor(4) as pool:
            for _ in pool.map(send, graphs.items()):
                pass

    # -- reads ------------------------------------------------------------------------------

    def query(
        self,
        sparql: str,
        *,
        union: bool = True,
        default_graph: Any = None,
        named_graphs: Any = None,
        base_iri: str | None = None,
        substitutions: Any = None,
    ) -> Any:
        """Run a query on the server; results come back as pyoxigraph objects."""
        params: list[tuple[str, str]] = []
        for g in default_graph or []:
            params.append(("default-graph-uri", g.value))
        for g in named_graphs or []:
            params.append(("named-graph-uri", g.value))
        if base_iri:
            sparql = f"BASE <{base_iri}>\n{sparql}"
        resp = self._post(
            self.query_url,
            params=params,
            content=sparql.encode(),
            headers={"Content-Type": "application/sparql-query", "Accept": _ACCEPT},
        )
        ctype = resp.headers.get("content-type", "").split(";")[0]
        if ctype == "application/sparql-results+json":
            return ox.parse_query_results(resp.content, format=ox.QueryResultsFormat.JSON)
        fmt = ox.RdfFormat.N_TRIPLES if ctype == "application/n-triples" else ox.RdfFormat.TURTLE
        return iter(list(ox.parse(resp.content, format=fmt)))

    def select(self, sparql: str, **bindings: str) -> list[dict[str, Any]]:
        """A SELECT with values bound by a trailing VALUES clause (escaped, never spliced)."""
        if bindings:
            names = " ".join(f"?{k}" for k in bindings)
            values = " ".join(sparql_term(v) for v in bindings.values())
            sparql = f"{sparql}\nVALUES ({names}) {{ ({values}) }}"
        result = self.query(sparql)
        names = [v.value for v in result.variables]
        return [{n: term_value(sol[n]) for n in names} for sol in result]

    def ask(self, sparql: str) -> bool:
        """An ASK query."""
        return bool(self.query(sparql))

    def named_graphs(self) -> list[str]:
        """The named graphs on the server."""
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"] for r in rows)

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"]) if rows else 0

    def dump(self, fmt: str = "nq") -> bytes:
        """The dataset, graph by graph through the Graph Store Protocol."""
        quads = []
        for name in self.named_graphs():
            try:
                resp = self.client.get(
                    self.store_url,
                    params={"graph": name},
                    headers={"Accept": "application/n-triples"},
                )
            except httpx.HTTPError as exc:
                raise StoreError(f"cannot reach {self.store_url}: {exc}") from exc
            for t in ox.parse(resp.content, format=ox.RdfFormat.N_TRIPLES):
                quads.append(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name)))
        if fmt in ("nq", "trig"):
            return ox.serialize(quads, format=_FORMATS[fmt]) or b""
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
        return ox.serialize(triples, format=_FORMATS.get(fmt, ox.RdfFormat.N_TRIPLES)) or b""

    def flush(self) -> None:
        """Nothing to flush: the server persists each request."""

    def close(self) -> None:
        """Close the HTTP connections."""
        self.client.close()


def _sibling(url: str, name: str) -> str:
    """``…/query`` → ``…/update`` or ``…/store`` (Oxigraph's and Fuseki's layout)."""
    for tail in ("/query", "/sparql"):
        if url.rstrip("/").endswith(tail):
            return url.rstrip("/")[: -len(tail)] + "/" + name
    return url


def from_env(url: str) -> SparqlHttpStore:
    """A remote store from ``RCGRAPH_STORE=http…`` and the ``RCGRAPH_SPARQL_*`` variables."""
    user, password = (
        os.environ.get("RCGRAPH_SPARQL_USER"),
        os.environ.get("RCGRAPH_SPARQL_PASSWORD"),
    )
    return SparqlHttpStore(
        url,
        os.environ.get("RCGRAPH_SPARQL_UPDATE") or None,
        os.environ.get("RCGRAPH_SPARQL_STORE") or None,
        auth=(user, password or "") if user else None,
    )


__all__ = ["SparqlHttpStore", "from_env", "sparql_term"]
