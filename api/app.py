"""The app factory: ``create_app(settings, store=...)`` builds the FastAPI service."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.errors import install_error_handlers
from api.routes import ROUTERS
from api.settings import Settings

DESCRIPTION = """A knowledge graph of the relationships between the organisations of the Red
Cross / Red Crescent Movement and the humanitarian actors around them: a SPARQL 1.1 endpoint,
analyst tables, paths with evidence, exports and a web page."""


def create_app(settings: Settings | None = None, *, store: Any = None) -> FastAPI:
    """Build the service over ``store`` (default: the store ``settings.store`` names).

    With ``settings.in_memory``, queries are answered from an in-memory copy loaded at
    start; writes go to both the copy and the persistent store.
    """
    from graph.store import open_store

    settings = settings or Settings.from_env()
    logging.basicConfig(level=settings.log_level.upper())
    if store is None:
        store = open_store(settings.store or None)
    if settings.in_memory:
        from graph.store import MirroredStore

        store = MirroredStore(store)
    app = FastAPI(title="rcgraph", version="0.1.0", description=DESCRIPTION)
    app.state.store = store
    app.state.settings = settings
    app.state.generation = 0
    if settings.cors_list:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_list,
            allow_methods=["GET", "HEAD", "OPTIONS"],
            allow_headers=["Accept"],
        )
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    return app


__all__ = ["create_app"]
