"""Shared fixtures: real stores, an in-process client and a real uvicorn on loopback.

``RCGRAPH_TEST_STORE=oxigraph`` (``make test-external``) puts the suite's stores on real
Oxigraph servers on loopback, reached through the W3C protocols only
(:class:`graph.sparql_store.SparqlHttpStore`); tests of the embedded engine itself (files on
disk, killed processes, the in-memory mode) open their own embedded stores either way.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.pipeline import ingest_files, load_reference_data
from graph.sparql_store import SparqlHttpStore
from graph.store import EmbeddedStore, open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
OXIGRAPH = shutil.which("oxigraph") or str(ROOT / ".venv" / "bin" / "oxigraph")
#: ``embedded`` (the default) or ``oxigraph``: where the shared store fixtures live.
TEST_STORE = os.environ.get("RCGRAPH_TEST_STORE", "embedded")


class OxigraphServer:
    """``oxigraph serve`` on a free loopback port over a fresh directory; stops itself."""

    def __init__(self, *, max_seconds: float = 900) -> None:
        if not Path(OXIGRAPH).exists():
            pytest.skip("the oxigraph server binary (PyPI package 'oxigraph') is not installed")
        self.dir = tempfile.mkdtemp(prefix="rcgraph-oxi-")
        self.url = f"http://127.0.0.1:{free_port()}"
        self.proc = subprocess.Popen(
            [OXIGRAPH, "serve", "--location", self.dir, "--bind", self.url[7:]]
            + ["--union-default-graph", "--timeout-s", "60"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.timer = threading.Timer(max_seconds, self.stop)
        self.timer.daemon = True
        self.timer.start()
        atexit.register(self.stop)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                httpx.get(self.url + "/query", params={"query": "ASK {}"}, timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("oxigraph serve did not start")

    def stop(self) -> None:
        self.timer.cancel()
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


def new_store(path: Path | None) -> Any:
    """An empty store: embedded at ``path`` (in memory when None), or on a new Oxigraph
    server when ``RCGRAPH_TEST_STORE=oxigraph``."""
    if TEST_STORE == "oxigraph":
        return SparqlHttpStore(OxigraphServer().url + "/query")
    return open_store(str(path) if path else ":memory:")


def build_store(path: Path | None, files: list[Path]) -> EmbeddedStore:
    """A store with the reference data and ``files`` ingested (in memory when no path)."""
    store = new_store(path)
    load_reference_data(store)
    report = ingest_files(store, files)
    assert not report.failed, report.failed
    return store


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    """The graph built from seeds/, on disk, as `make serve` builds it."""
    return build_store(tmp_path_factory.mktemp("seed") / "store", sorted(SEEDS.glob("*.txt")))


@pytest.fixture(scope="session")
def sample_store() -> EmbeddedStore:
    """A small graph from the hand-written articles in tests/data (not the seeds)."""
    return build_store(None, sorted(DATA.glob("*.txt")))


@pytest.fixture()
def fresh_store(tmp_path: Path) -> EmbeddedStore:
    """An empty store for tests that write (on disk, or on an Oxigraph server)."""
    return new_store(tmp_path / "store")


@pytest.fixture(scope="session")
def client(seed_store: EmbeddedStore) -> Iterator[TestClient]:
    """An in-process client over the seed graph (updates disabled)."""
    with TestClient(create_app(Settings(), store=seed_store)) as c:
        yield c


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """A real uvicorn serving an app on 127.0.0.1 in a thread; stops itself."""

    def __init__(self, app: Any, *, max_seconds: float = 600) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.timer = threading.Timer(max_seconds, self.stop)
        self.timer.daemon = True

    def start(self) -> LiveServer:
        self.thread.start()
        self.timer.start()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("the test server did not start")

    def stop(self) -> None:
        self.server.should_exit = True
        self.timer.cancel()
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(seed_store: EmbeddedStore) -> Iterator[str]:
    """Base URL of a real server over the seed graph."""
    server = LiveServer(create_app(Settings(), store=seed_store)).start()
    yield server.url
    server.stop()


@pytest.fixture()
def make_server() -> Iterator[Any]:
    """Start real servers with custom settings and stores; all stop at the end."""
    servers: list[LiveServer] = []

    def start(settings: Settings, store: Any) -> str:
        server = LiveServer(create_app(settings, store=store)).start()
        servers.append(server)
        return server.url

    yield start
    for server in servers:
        server.stop()
