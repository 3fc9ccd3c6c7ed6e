"""One router module per resource; :data:`ROUTERS` is the list the app includes."""

from __future__ import annotations

from fastapi import APIRouter

from api.routes import documents, entities, explore, exports, meta, paths, sparql, tables

#: Every router of the app, in the order their routes are matched.
ROUTERS: list[APIRouter] = [
    meta.router,
    sparql.router,
    tables.router,
    entities.router,
    paths.router,
    documents.router,
    exports.router,
    explore.router,
]

__all__ = ["ROUTERS"]
