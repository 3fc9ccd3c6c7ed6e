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

from api.app import create_app
from api.settings import Settings
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


@pytest.fixture(scope="module")
def fuzz_client(seed_store):
    with TestClient(create_app(Settings(), store=seed_store), raise_server_exceptions=False) as c:
        yield c


TEXT = st.text(min_size=0, max_size=40)
ENDPOINTS = [
    ("/entities", ["q", "limit"]),
    ("/partners", ["org", "since", "until", "type", "format"]),
    ("/paths", ["from", "to", "k", "max_hops", "types", "since", "until", "via_events"]),
    ("/neighbourhood", ["id", "hops", "since", "types"]),
    ("/timeline", ["org"]),
    ("/people", ["org", "format"]),
    ("/events", ["org", "format"]),
    ("/export", ["format", "org", "hops", "since", "types", "kinds"]),
    ("/sparql", ["query", "default-graph-uri"]),
    ("/analytics", ["top"]),
]


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_no_parameter_makes_a_500(fuzz_client, data) -> None:
    path, names = data.draw(st.sampled_from(ENDPOINTS))
    params = {n: data.draw(TEXT) for n in names if data.draw(st.booleans())}
    resp = fuzz_client.get(path, params=params)
    assert resp.status_code < 500, (path, params, resp.text[:300])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(segment=st.text(min_size=1, max_size=30))
def test_no_path_segment_makes_a_500(fuzz_client, segment: str) -> None:
    for base in ("/entities/", "/documents/"):
        resp = fuzz_client.get(base + quote(segment, safe=""))
        assert resp.status_code < 500, (base, segment, resp.text[:300])


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
