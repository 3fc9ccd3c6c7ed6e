"""The app factory: ``create_app(settings, store=...)`` builds the FastAPI service."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.errors import install_error_handlers
from api.routes import ROUTERS
from api.routes.sparql import SparqlEndpoint
from api.settings import Settings

#: The paths of the SPARQL endpoint, answered by :attr:`App.sparql_endpoint`.
SPARQL_PATHS = frozenset({"/sparql", "/sparql/"})

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
        from graph.memory_store import MirroredStore

        store = MirroredStore(store)
    app = App(title="rcgraph", version="0.1.0", description=DESCRIPTION)
    app.state.store = store
    app.state.settings = settings
    app.state.generation = 0
    cors: dict[str, Any] = {
        "allow_origins": settings.cors_list,
        "allow_methods": ["GET", "HEAD", "OPTIONS"],
        "allow_headers": ["Accept"],
    }
    if settings.cors_list:
        app.add_middleware(CORSMiddleware, **cors)
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    _document_sparql(app)
    sparql: Any = SparqlEndpoint(direct=True)
    if settings.cors_list:
        sparql = CORSMiddleware(sparql, **cors)
    app.sparql_endpoint = sparql
    return app


class App(FastAPI):
    """The FastAPI app, with ``/sparql`` answered ahead of the middleware stack.

    SPARQL requests are small and many: the endpoint is a bare ASGI app called straight
    from here (with its own error handling and the same CORS policy), which saves the
    dependency injection, the middleware chain and the route search on every query.
    """

    sparql_endpoint: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if (
            self.sparql_endpoint is not None
            and scope["type"] == "http"
            and scope["path"] in SPARQL_PATHS
        ):
            scope["app"] = self
            await self.sparql_endpoint(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def _document_sparql(app: FastAPI) -> None:
    """Add ``/sparql/`` to the OpenAPI document: its route is bare ASGI, unseen by FastAPI."""
    from api.routes.sparql import OPENAPI_PATH

    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            schema["paths"]["/sparql/"] = OPENAPI_PATH
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


__all__ = ["create_app"]
