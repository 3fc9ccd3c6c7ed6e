"""The on-disk union copy: kept exact by every write, trusted only when marked current."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from graph.errors import StoreError
from graph.memory_store import UNION_DIR, MirroredStore, engine
from graph.pipeline import ingest_files, ingest_text, load_reference_data
from graph.store import EmbeddedStore, open_store
from tests.conftest import SEEDS

REF = "https://w3id.org/rcgraph/graph/reference"


def _union(store: MirroredStore) -> set[ox.Triple]:
    return {q.triple for q in store.memory.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def _expected(store: MirroredStore) -> set[ox.Triple]:
    return {q.triple for q in engine(store).ox}


def _state(path: Path) -> dict:
    return json.loads((path / UNION_DIR / "state.json").read_text())


@pytest.fixture
def built(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    store = open_store(str(path))
    ingest_files(store, sorted(SEEDS.glob("*.txt"))[:3])
    load_reference_data(store)
    store.close()
    return path


def test_an_on_disk_store_keeps_its_union_copy_current(built: Path) -> None:
    assert _state(built) == {"clean": True}
    store = open_store(str(built))
    assert isinstance(store, MirroredStore) and store.disk is not None
    # trusted at once: no rebuild at start, and every write since the first was a delta
    assert store.rebuilding is None and store.memory_ok is True
    assert _union(store) and _union(store) == _expected(store)
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[3]).read_text()
    ingest_text(store, "added.txt", text)
    assert store.rebuilding is None and _union(store) == _expected(store)
    query = "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"
    assert store.answers(query)
    assert store.select(query) == engine(store).select(query)
    store.close()


def test_a_copy_left_stale_is_rebuilt_not_trusted(built: Path) -> None:
    # as after a process killed between its write and the copy's delta
    (built / UNION_DIR / "state.json").write_text(json.dumps({"clean": False}))
    store = open_store(str(built))
    extra = ox.Quad(ox.NamedNode("urn:stale"), ox.NamedNode("urn:p"), ox.NamedNode("urn:o"))
    assert store.wait_until_current(60)
    assert _union(store) == _expected(store)
    store.memory.add(extra)  # the copy drifts from the store behind our back ...
    store.close()
    (built / UNION_DIR / "state.json").unlink()  # ... and its state is lost
    store = open_store(str(built))
    assert store.wait_until_current(60)
    assert extra not in set(store.memory) and _union(store) == _expected(store)
    assert _state(built) == {"clean": True}
    store.close()


def test_shared_graphs_change_by_delta_too(built: Path) -> None:
    store = open_store(str(built))
    ref = ox.NamedNode(REF)
    held = {q.triple for q in engine(store).ox.quads_for_pattern(None, None, None, ref)}
    triple = ox.Triple(ox.NamedNode("urn:new"), ox.NamedNode("urn:p"), ox.Literal("x"))
    data = engine(store).ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ref)
    rows = list(rdflib.Graph().parse(data=data + str(triple).encode() + b" .\n", format="nt"))
    store.replace_graph(REF, rows)
    assert store.rebuilding is None and store.memory_ok is True
    copied = {q.triple for q in store.memory.quads_for_pattern(None, None, None, ref)}
    assert copied == held | {triple} and _union(store) == _expected(store)
    ask = f"ASK {{ GRAPH <{REF}> {{ <urn:new> <urn:p> 'x' }} }}"
    assert store.answers(ask) and store.ask(ask)
    store.close()


def test_a_change_to_the_copy_waits_for_readers_to_take_their_snapshot(built: Path) -> None:
    store = open_store(str(built))
    assert store.memory_ok is True
    store.readers = 1  # a query between its check of the copy and its snapshot
    done = threading.Event()

    def write() -> None:
        store.replace_graph("urn:late", [])
        done.set()

    threading.Thread(target=write).start()
    time.sleep(0.3)
    assert not done.is_set() and store.memory_ok is None  # new queries go to disk
    store.readers = 0
    assert done.wait(10) and store.memory_ok is True
    store.close()


def test_the_copy_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RCGRAPH_UNION_COPY", "0")
    store = open_store(str(tmp_path / "store"))
    assert isinstance(store, EmbeddedStore)
    assert not (tmp_path / "store" / UNION_DIR).exists()
    monkeypatch.setenv("RCGRAPH_UNION_COPY", "maybe")
    with pytest.raises(StoreError, match="RCGRAPH_UNION_COPY"):
        open_store(str(tmp_path / "other"))


def test_health_says_whether_the_union_copy_is_current(built: Path) -> None:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import Settings

    store = open_store(str(built))
    with TestClient(create_app(Settings(), store=store)) as client:
        assert client.get("/health").json()["union_copy"] == "current"
        store.memory_ok = False  # as while it is rebuilt after an update
        assert client.get("/health").json()["union_copy"] == "rebuilding"
        store.memory_ok = True
    with TestClient(create_app(Settings(), store=open_store(":memory:"))) as client:
        assert client.get("/health").json()["union_copy"] == "off"
    store.close()
