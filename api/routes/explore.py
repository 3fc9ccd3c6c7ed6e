"""The web page at ``/``: search, network view, profiles, evidence, paths, SPARQL.

Its own files live in ``api/static/``; libraries come from the project's ``node_modules``
(installed from the npm registry by ``make``), served under ``/assets/vendor/`` so the
page works with no internet.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
from starlette.exceptions import HTTPException

router = APIRouter(include_in_schema=False)

STATIC = Path(__file__).resolve().parent.parent / "static"
NODE_MODULES = Path(__file__).resolve().parents[2] / "node_modules"
#: Vendor files the page loads, by public name → path under node_modules.
VENDOR = {"cytoscape.min.js": "cytoscape/dist/cytoscape.min.js"}
TYPES = {
    ".js": "text/javascript",
    ".css": "text/css",
    ".html": "text/html",
    ".svg": "image/svg+xml",
}


@router.get("/")
def index() -> FileResponse:
    """The explorer page."""
    return FileResponse(STATIC / "index.html", media_type="text/html")


@router.get("/assets/vendor/{name}")
def vendor(name: str) -> FileResponse:
    """A library from node_modules (never copied into the repository)."""
    if name not in VENDOR:
        raise HTTPException(404, f"no vendor file {name}")
    path = NODE_MODULES / VENDOR[name]
    if not path.is_file():
        raise HTTPException(404, f"{name} is not installed: run `make` (npm ci) first")
    return FileResponse(path, media_type=TYPES[path.suffix])


@router.get("/assets/{name}")
def asset(name: str) -> FileResponse:
    """The page's own scripts and styles."""
    path = (STATIC / name).resolve()
    if path.parent != STATIC or not path.is_file():
        raise HTTPException(404, f"no asset {name}")
    return FileResponse(path, media_type=TYPES.get(path.suffix, "application/octet-stream"))
