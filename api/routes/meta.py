"""``/health`` and ``/about``: is the service up, and what does it hold."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel

from api.deps import StoreDep
from graph.pipeline import document_graphs

router = APIRouter(tags=["meta"])


class Health(BaseModel):
    """Liveness and a cheap size of the store."""

    status: str
    triples: int
    documents: int
    store: str
    #: ``current``: queries that name no document's graph are answered from the
    #: materialised union; ``rebuilding``: from the store's own union meanwhile; ``off``.
    union_copy: str = "off"


def _counts(state: Any, store: Any) -> tuple[int, int]:
    """Triples and documents, counted once per write through the service.

    Counting is a scan (a third of a second for a million triples on disk), and health
    probes come every few seconds: the counts are kept until the app's write counter moves.
    """
    cached = getattr(state, "health_counts", None)
    if cached is None or cached[0] != state.generation:
        generation = state.generation
        cached = (generation, len(store), len(document_graphs(store)))
        state.health_counts = cached
    return cached[1], cached[2]


@router.get("/health", response_model=Health, summary="Is the service up?")
def health(request: Request, store: StoreDep) -> Health:
    """Liveness: the store answers (one trivial query), with its triple and document counts."""
    store.ask("ASK {}")
    triples, documents = _counts(request.app.state, store)
    state = getattr(store, "memory_ok", None)
    copy = "off" if not hasattr(store, "memory_ok") else "current" if state else "rebuilding"
    return Health(
        status="ok",
        triples=triples,
        documents=documents,
        store=type(store).__name__,
        union_copy=copy,
    )


@router.get("/about", summary="Version and contents")
def about(store: StoreDep) -> dict[str, object]:
    """Version, store kind and counts of what the graph holds."""
    from importlib.metadata import version

    from graph.stats import graph_stats

    return {
        "name": "rcgraph",
        "version": version("rcgraph"),
        "store": type(store).__name__,
        **graph_stats(store),
    }
