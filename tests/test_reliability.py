"""Faults and bad input: a killed ingest, fuzzed parameters on every endpoint, CORS."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyoxigraph import DefaultGraph

from api.app import create_app
from api.settings import Settings
from graph.memory_store import engine
from graph.pipeline import document_graphs
from graph.store import open_store
from tests.conftest import ROOT, SEEDS

KILL_SCRIPT = """
import sys, itertools
from pathlib import Path
from graph.store import open_store
from graph.pipeline import ingest_text
store = open_store(sys.argv[1])
text = Path(sys.argv[2]).read_text()
print("ready", flush=True)
for i in itertools.count():
    ingest_text(store, f"copy_{i:05d}.txt", text + f"\\n\\nEdition {i}.")
"""


def test_an_ingest_killed_halfway_leaves_whole_documents_only(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    source = next(SEEDS.glob("003_*.txt"))
    proc = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(store_dir), str(source)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    time.sleep(1.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    store = open_store(str(store_dir))
    graphs = document_graphs(store)
    assert len(graphs) >= 2, "the writer should have stored a few documents before the kill"
    sizes = {
        g: store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")[0]["n"]
        for g in graphs
    }
    # every stored copy is complete: the same number of triples as any other copy
    assert len(set(sizes.values())) == 1, sizes
    assert store.ask("ASK { ?m a <https://w3id.org/rcgraph/ontology#MemorandumOfUnderstanding> }")
    # the union copy was marked stale by the burst of writes the kill cut short: it is
    # rebuilt, not trusted, and then holds exactly the store's triples
    assert store.wait_until_current(60)
    union = {q.triple for q in store.memory.quads_for_pattern(None, None, None, DefaultGraph())}
    assert union == {q.triple for q in engine(store).ox}


@pytest.fixture(scope="module")
def fuzz_client(seed_store):
    with TestClient(create_app(Settings(), store=seed_store), raise_server_exceptions=False) as c:
        yield c


TEXT = st.text(min_size=0, max_size=40)


def _get_operations() -> list[tuple[str, list[str]]]:
    """Every GET operation of the OpenAPI document, with its query and path parameters."""
    app = create_app(Settings(), store=open_store(":memory:"))
    ops = []
    for path, methods in app.openapi()["paths"].items():
        if "get" in methods:
            ops.append((path, [p["name"] for p in methods["get"].get("parameters", [])]))
    return ops


OPERATIONS = _get_operations()


def test_the_fuzzed_operations_are_every_endpoint() -> None:
    paths = {path for path, _ in OPERATIONS}
    assert {"/partners", "/paths", "/export", "/sparql/", "/entities/{entity}"} <= paths
    assert len(paths) >= 15


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_no_parameter_makes_a_500(fuzz_client, data) -> None:
    """Schema-driven: any GET operation, any subset of its parameters, any text in them."""
    path, names = data.draw(st.sampled_from(OPERATIONS))
    params = {}
    for name in names:
        if "{" + name + "}" in path:
            path = path.replace("{" + name + "}", quote(data.draw(TEXT) or "x", safe=""))
        elif data.draw(st.booleans()):
            params[name] = data.draw(TEXT)
    resp = fuzz_client.get(path, params=params)
    assert resp.status_code < 500, (path, params, resp.text[:300])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=st.binary(max_size=300) | st.text(max_size=300).map(str.encode),
    media=st.sampled_from(
        [
            "application/sparql-query",
            "application/sparql-update",
            "application/x-www-form-urlencoded",
            "text/plain",
            "",
        ]
    ),
)
def test_no_sparql_body_makes_a_500(fuzz_client, body: bytes, media: str) -> None:
    resp = fuzz_client.post("/sparql", content=body, headers={"Content-Type": media})
    assert resp.status_code < 500, (body, media, resp.text[:300])


@settings(max_examples=30, deadline=None)
@given(body=st.binary(max_size=2000))
def test_no_document_makes_a_500_or_a_partial_write(body: bytes) -> None:
    store = open_store(":memory:")
    app = create_app(Settings(enable_update=True, update_token="t"), store=store)
    with TestClient(app, raise_server_exceptions=False) as client:
        resp = client.post(
            "/documents", files={"file": ("x.txt", body)}, headers={"Authorization": "Bearer t"}
        )
        assert resp.status_code in (201, 422), resp.text[:300]
        if resp.status_code == 422:
            assert len(store) == 0


def test_cors_is_closed_by_default_and_read_only_when_configured(seed_store) -> None:
    with TestClient(create_app(Settings(), store=seed_store)) as closed:
        resp = closed.get("/health", headers={"Origin": "https://example.org"})
        assert "access-control-allow-origin" not in resp.headers
    app = create_app(Settings(cors_origins="https://analyst.example"), store=seed_store)
    with TestClient(app) as open_:
        ok = open_.get("/health", headers={"Origin": "https://analyst.example"})
        assert ok.headers["access-control-allow-origin"] == "https://analyst.example"
        pre = open_.options(
            "/sparql",
            headers={"Origin": "https://analyst.example", "Access-Control-Request-Method": "POST"},
        )
        assert pre.status_code == 400 or "POST" not in pre.headers.get(
            "access-control-allow-methods", ""
        )
