"""``/health`` and ``/about``: is the service up, and what does it hold."""

from __future__ import annotations

from fastapi import APIRouter
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


@router.get("/health", response_model=Health, summary="Is the service up?")
def health(store: StoreDep) -> Health:
    """Liveness: the store answers, with its triple and document counts."""
    return Health(
        status="ok",
        triples=len(store),
        documents=len(document_graphs(store)),
        store=type(store).__name__,
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
