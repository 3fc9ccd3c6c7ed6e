"""The external-store backend against a real Oxigraph server on loopback: the same answers
as the embedded store, over the W3C protocols only."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from graph.errors import QuerySyntaxError
from graph.pipeline import ingest_files, load_reference_data
from graph.sparql_store import SparqlHttpStore
from graph.tables import partner_rows
from tests.conftest import SEEDS, LiveServer, OxigraphServer


@pytest.fixture(scope="module")
def oxigraph_url() -> Iterator[str]:
    server = OxigraphServer()
    yield server.url
    server.stop()


@pytest.fixture(scope="module")
def remote(oxigraph_url: str) -> SparqlHttpStore:
    store = SparqlHttpStore(oxigraph_url + "/query")
    load_reference_data(store)
    report = ingest_files(store, sorted(SEEDS.glob("*.txt")))
    assert not report.failed
    return store


def test_same_triples_and_tables_as_the_embedded_store(remote, seed_store) -> None:
    assert len(remote) == len(seed_store)
    assert sorted(remote.named_graphs()) == sorted(seed_store.named_graphs())
    key = lambda r: (r["document"], r["org_a"], r["org_b"], r["relation"])  # noqa: E731
    assert sorted(map(key, partner_rows(remote))) == sorted(map(key, partner_rows(seed_store)))


def test_reingest_is_idempotent_remotely(remote) -> None:
    before = len(remote)
    ingest_files(remote, sorted(SEEDS.glob("*.txt"))[:2])
    assert len(remote) == before


def test_bad_query_and_injection_safe_bindings(remote) -> None:
    with pytest.raises(QuerySyntaxError):
        remote.query("SELECT ?x WHERE {")
    rows = remote.select(
        "SELECT ?l WHERE { ?o <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }",
        o="https://w3id.org/rcgraph/id/org/ns-ru",
    )
    assert {r["l"] for r in rows} == {"Russian Red Cross Society"}
    assert remote.select("SELECT ?o WHERE { ?o ?p ?l }", l='x" } UNION { ?o ?p ?l') == []


def test_dump_round_trips(remote, seed_store) -> None:
    from rdflib import Dataset

    a, b = Dataset(), Dataset()
    a.parse(data=remote.dump("nq"), format="nquads")
    b.parse(data=seed_store.dump("nq"), format="nquads")
    assert len(a) == len(b)


def test_the_api_over_the_external_store(remote) -> None:
    server = LiveServer(create_app(Settings(), store=remote)).start()
    try:
        paths = httpx.get(server.url + "/paths", params={"from": "QRCS", "to": "SARC"}).json()
        assert paths["paths"][0]["labels"][1] == "Russian Red Cross Society"
        resp = httpx.get(server.url + "/sparql", params={"query": "ASK { ?s ?p ?o }"})
        assert resp.json()["boolean"] is True
        gexf = httpx.get(server.url + "/export", params={"format": "gexf"})
        assert gexf.status_code == 200 and b"<gexf" in gexf.content
    finally:
        server.stop()


def test_health_fails_when_the_external_store_is_down() -> None:
    from fastapi.testclient import TestClient

    from tests.conftest import free_port

    down = SparqlHttpStore(f"http://127.0.0.1:{free_port()}/query", timeout=2)
    with TestClient(create_app(Settings(), store=down), raise_server_exceptions=False) as c:
        resp = c.get("/health")
    assert resp.status_code >= 500
    assert "cannot reach the SPARQL server" in resp.text
