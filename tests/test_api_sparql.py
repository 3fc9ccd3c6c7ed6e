"""``/sparql``: each method × each Accept × each query form, errors, updates, timeouts."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
from typing import Any

import httpx
import pytest
from rdflib import Graph

from api.settings import Settings
from graph.store import open_store

SELECT = (
    "PREFIX rc: <https://w3id.org/rcgraph/ontology#> SELECT ?m ?e WHERE { "
    "?m a rc:MemorandumOfUnderstanding ; rc:evidenceText ?e } LIMIT 5"
)
ASK = "PREFIX rc: <https://w3id.org/rcgraph/ontology#> ASK { ?m a rc:MemorandumOfUnderstanding }"
CONSTRUCT = (
    "PREFIX rc: <https://w3id.org/rcgraph/ontology#> CONSTRUCT { ?a rc:partneredWith ?b }"
    " WHERE { ?a rc:partneredWith ?b }"
)
DESCRIBE = "DESCRIBE <https://w3id.org/rcgraph/id/org/ns-ru>"

RESULT_TYPES = {
    "application/sparql-results+json": lambda b: json.loads(b)["results"]["bindings"],
    "application/sparql-results+xml": lambda b: b.count(b"<result>") and [1] * b.count(b"<result>"),
    "text/csv": lambda b: list(csv.DictReader(io.StringIO(b.decode()))),
    "text/tab-separated-values": lambda b: b.decode().strip().splitlines()[1:],
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
    "application/n-quads": "nquads",
}


def _send(client: Any, method: str, query: str, accept: str) -> httpx.Response:
    if method == "GET":
        return client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    if method == "form":
        return client.post("/sparql", data={"query": query}, headers={"Accept": accept})
    return client.post(
        "/sparql",
        content=query.encode(),
        headers={"Accept": accept, "Content-Type": "application/sparql-query"},
    )


@pytest.mark.parametrize("method", ["GET", "form", "direct"])
@pytest.mark.parametrize("accept", list(RESULT_TYPES))
def test_select_in_every_result_format(client, method: str, accept: str) -> None:
    resp = _send(client, method, SELECT, accept)
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"].startswith(accept)
    rows = RESULT_TYPES[accept](resp.content)
    assert len(rows) >= 2  # the seeds hold two MoUs


@pytest.mark.parametrize(
    "accept", ["application/sparql-results+json", "application/sparql-results+xml"]
)
def test_ask(client, accept: str) -> None:
    resp = _send(client, "GET", ASK, accept)
    assert resp.status_code == 200
    assert b"true" in resp.content


@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
@pytest.mark.parametrize("accept", list(GRAPH_TYPES))
def test_graph_results_in_every_rdf_format(client, query: str, accept: str) -> None:
    resp = _send(client, "form", query, accept)
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"].startswith(accept)
    if GRAPH_TYPES[accept] == "nquads":
        from rdflib import Dataset

        assert len(Dataset().parse(data=resp.content, format="nquads")) > 0
    else:
        assert len(Graph().parse(data=resp.content, format=GRAPH_TYPES[accept])) > 0


def test_default_content_types(client) -> None:
    assert (
        _send(client, "GET", SELECT, "*/*")
        .headers["content-type"]
        .startswith("application/sparql-results+json")
    )
    assert _send(client, "GET", CONSTRUCT, "*/*").headers["content-type"].startswith("text/turtle")


def test_unacceptable_accept_is_406(client) -> None:
    assert _send(client, "GET", SELECT, "image/png").status_code == 406


def test_the_mou_between_rkk_and_sarc_with_signatories_and_evidence(client) -> None:
    query = """PREFIX rc: <https://w3id.org/rcgraph/ontology#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    PREFIX foaf: <http://xmlns.com/foaf/0.1/>
    SELECT ?signatory ?evidence WHERE {
      ?m a rc:MemorandumOfUnderstanding ; rc:party ?a, ?b ; rc:signatory ?s ;
         rc:evidenceText ?evidence .
      ?a skos:prefLabel "Russian Red Cross Society"@en .
      ?b skos:prefLabel "Syrian Arab Red Crescent"@en .
      ?s foaf:name ?signatory }"""
    rows = json.loads(_send(client, "GET", query, "application/json").content)["results"][
        "bindings"
    ]
    assert {r["signatory"]["value"] for r in rows} == {"Pavel Savchuk", "Khaled Khboubati"}
    assert "memorandum of understanding" in rows[0]["evidence"]["value"]


@pytest.mark.parametrize("method", ["GET", "form", "direct"])
def test_malformed_query_is_400_with_the_parser_message(client, method: str) -> None:
    resp = _send(client, method, "SELECT ?x WHERE { ?x ", "application/json")
    assert resp.status_code == 400
    assert resp.json()["error"]["code"] == "malformed_query"
    assert "error at" in resp.json()["error"]["message"]


def test_service_description(client) -> None:
    resp = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert resp.status_code == 200
    g = Graph().parse(data=resp.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert any(str(o) == sd + "SPARQL11Query" for o in g.objects())
    assert client.get("/sparql", headers={"Accept": "application/ld+json"}).status_code == 200


def test_updates_are_refused_by_default(client) -> None:
    resp = client.post("/sparql", data={"update": "CLEAR ALL"})
    assert resp.status_code == 403
    assert client.get("/health").json()["documents"] == 5


def test_updates_need_the_token(make_server, tmp_path) -> None:
    store = open_store(str(tmp_path / "s"))
    url = make_server(Settings(enable_update=True, update_token="s3cret"), store)
    insert = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"
    headers = {"Content-Type": "application/sparql-update"}
    assert httpx.post(url + "/sparql", content=insert, headers=headers).status_code == 401
    bad = {**headers, "Authorization": "Bearer nope"}
    assert httpx.post(url + "/sparql", content=insert, headers=bad).status_code == 401
    assert len(store) == 0
    good = {**headers, "Authorization": "Bearer s3cret"}
    assert httpx.post(url + "/sparql", content=insert, headers=good).status_code == 204
    assert len(store) == 1


def test_runaway_query_is_stopped_and_the_server_keeps_serving(make_server, seed_store) -> None:
    url = make_server(Settings(query_timeout=1.0, max_rows=10**9), seed_store)
    runaway = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    result: dict[str, Any] = {}

    def run() -> None:
        started = time.monotonic()
        result["resp"] = httpx.get(url + "/sparql", params={"query": runaway}, timeout=30)
        result["seconds"] = time.monotonic() - started

    worker = threading.Thread(target=run)
    worker.start()
    time.sleep(0.2)
    health = httpx.get(url + "/health", timeout=5)
    assert health.status_code == 200
    worker.join(30)
    assert result["resp"].status_code == 503
    assert result["resp"].json()["error"]["code"] == "query_timeout"
    assert result["seconds"] < 5


def test_row_cap(make_server, seed_store) -> None:
    url = make_server(Settings(max_rows=10), seed_store)
    resp = httpx.get(url + "/sparql", params={"query": "SELECT * { ?s ?p ?o }"})
    assert resp.status_code == 400 and "more than 10 rows" in resp.json()["error"]["message"]


@pytest.mark.parametrize("accept", list(RESULT_TYPES))
def test_row_cap_in_every_result_format(make_server, seed_store, accept: str) -> None:
    url = make_server(Settings(max_rows=10), seed_store)
    over = httpx.get(
        url + "/sparql", params={"query": "SELECT * { ?s ?p ?o }"}, headers={"Accept": accept}
    )
    assert over.status_code == 400 and "more than 10 rows" in over.json()["error"]["message"]
    at_cap = httpx.get(
        url + "/sparql",
        params={"query": "SELECT * { ?s ?p ?o } LIMIT 10"},
        headers={"Accept": accept},
    )
    assert at_cap.status_code == 200 and len(RESULT_TYPES[accept](at_cap.content)) == 10


def test_bounded_writer_counts_markers_across_chunks() -> None:
    import pyoxigraph as ox

    from graph.errors import QueryError
    from graph.sparql import BoundedWriter

    writer = BoundedWriter(ox.QueryResultsFormat.XML, time.monotonic() + 60, max_rows=3)
    for chunk in (b"<head/><results><res", b"ult></result><result></result><re", b"sult>"):
        writer.write(chunk)
    assert writer.rows == 3
    with pytest.raises(QueryError, match="more than 3 rows"):
        writer.write(b"<result></result>")
    late = BoundedWriter(ox.QueryResultsFormat.JSON, time.monotonic() - 1, max_rows=3)
    with pytest.raises(QueryError, match="time limit"):
        late.write(b"{}")


def test_sparql_answers_cors_reads_when_configured(seed_store) -> None:
    from fastapi.testclient import TestClient

    from api.app import create_app

    origin = {"Origin": "https://analyst.example"}
    with TestClient(create_app(Settings(cors_origins=origin["Origin"]), store=seed_store)) as c:
        resp = c.get("/sparql", params={"query": ASK}, headers=origin)
        assert resp.status_code == 200
        assert resp.headers["access-control-allow-origin"] == origin["Origin"]
    with TestClient(create_app(Settings(), store=seed_store)) as c:
        resp = c.get("/sparql", params={"query": ASK}, headers=origin)
        assert "access-control-allow-origin" not in resp.headers
