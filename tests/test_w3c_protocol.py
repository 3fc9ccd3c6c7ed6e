"""The W3C SPARQL 1.1 Protocol tests (../shared/w3c-sparql11/protocol/manifest.ttl) against
``/sparql`` on a real server, with writes enabled behind a token.

Each test's requests are sent in order; the data files are loaded under the graph names
the test gives (``ut:graphData``) into a fresh store first. No test is skipped.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

from api.settings import Settings
from graph.store import open_store
from tests.conftest import SHARED

PROTOCOL = SHARED / "w3c-sparql11" / "protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
TOKEN = "w3c-test-token"


def _manifest() -> tuple[Graph, list[URIRef]]:
    g = Graph()
    g.parse(PROTOCOL / "manifest.ttl", format="turtle")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    return g, list(Collection(g, g.value(manifest, MF.entries)))


GRAPH, ENTRIES = _manifest() if PROTOCOL.is_dir() else (Graph(), [])


def _name(test: URIRef) -> str:
    return str(test).rsplit("#", 1)[-1]


def _status_ok(status: int, expected: list[str]) -> bool:
    classes = {str(e).rsplit("StatusCode", 1)[-1] for e in expected}
    return f"{status // 100}xx" in classes


def _check_body(resp: httpx.Response, fmt: str | None, boolean: Any) -> None:
    ctype = resp.headers.get("content-type", "")
    if fmt == "boolean" or boolean is not None:
        assert "json" in ctype or "xml" in ctype, ctype
        if "json" in ctype:
            value = json.loads(resp.content)["boolean"]
        else:
            value = b"<boolean>true</boolean>" in resp.content
        if boolean is not None:
            assert value is bool(boolean)
    elif fmt == "tabular":
        assert any(
            t in ctype
            for t in (
                "sparql-results+json",
                "sparql-results+xml",
                "text/csv",
                "tab-separated-values",
            )
        ), ctype
    elif fmt == "RDF":
        assert any(t in ctype for t in ("turtle", "rdf+xml", "n-triples", "ld+json")), ctype
        Graph().parse(
            data=resp.content,
            format={
                "text/turtle": "turtle",
                "application/rdf+xml": "xml",
                "application/n-triples": "nt",
                "application/ld+json": "json-ld",
            }[ctype.split(";")[0]],
        )


@pytest.mark.skipif(not ENTRIES, reason="../shared/w3c-sparql11 is not present")
@pytest.mark.parametrize("test", ENTRIES, ids=_name)
def test_w3c_protocol(test: URIRef, make_server: Any, tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "store"))
    for data in GRAPH.objects(test, UT.graphData):
        graph_name = str(GRAPH.value(data, RDFS.label))
        file = PROTOCOL / str(GRAPH.value(data, UT.graph)).rsplit("/", 1)[-1]
        data_graph = Graph().parse(file, format="nt")
        store.replace_graph(graph_name, list(data_graph))
    base = make_server(Settings(enable_update=True, update_token=TOKEN, query_timeout=20), store)
    action = GRAPH.value(test, MF.action)
    for req in Collection(GRAPH, GRAPH.value(action, HT.requests)):
        path = str(GRAPH.value(req, HT.absolutePath))
        url = base + "/sparql" + path[len("/sparql") :]
        headers = {"Authorization": f"Bearer {TOKEN}"}
        for h in (
            Collection(GRAPH, GRAPH.value(req, HT.headers)) if GRAPH.value(req, HT.headers) else []
        ):
            headers[str(GRAPH.value(h, HT.fieldName))] = str(GRAPH.value(h, HT.fieldValue))
        body = GRAPH.value(req, HT.body)
        content = None
        if body is not None:
            chars = str(GRAPH.value(body, CNT.chars))
            encoding = str(GRAPH.value(body, CNT.characterEncoding) or "UTF-8")
            content = chars.encode(encoding.lower().replace("utf-16", "utf-16"))
        resp = httpx.request(
            str(GRAPH.value(req, HT.methodName)), url, headers=headers, content=content, timeout=30
        )
        expected = GRAPH.value(req, HT.resp)
        statuses = list(GRAPH.objects(expected, MF.expectedStatus))
        assert _status_ok(resp.status_code, statuses), (resp.status_code, resp.text[:300])
        if resp.status_code < 300:
            fmt = GRAPH.value(expected, MF.expectedFormat)
            boolean = GRAPH.value(expected, MF.expectedBoolean)
            _check_body(
                resp, str(fmt) if fmt else None, boolean.toPython() if boolean is not None else None
            )
