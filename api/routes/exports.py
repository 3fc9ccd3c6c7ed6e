"""``/export``: the network for Gephi and friends, and the RDF dataset;
``/context.jsonld``: the JSON-LD context at a stable URL."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse, Response

from api.deps import StoreDep, ViewDep
from graph.export import FORMATS, export_graph
from ontology import CONTEXT_PATH

router = APIRouter(tags=["exports"])
EXTENSIONS = {
    "gexf": "gexf",
    "gexf-dynamic": "gexf",
    "graphml": "graphml",
    "csv-nodes": "csv",
    "csv-edges": "csv",
    "cytoscape": "json",
    "ttl": "ttl",
    "trig": "trig",
    "nq": "nq",
    "nt": "nt",
    "jsonld": "jsonld",
}


@router.get("/export", summary="Export the network or the RDF dataset")
def export(
    store: StoreDep,
    view: ViewDep,
    format: Annotated[
        str, Query(pattern="^(" + "|".join(FORMATS) + ")$", description=", ".join(FORMATS))
    ] = "gexf",
    org: Annotated[str | None, Query(description="Centre of an ego network")] = None,
    hops: Annotated[int | None, Query(ge=1, le=4)] = None,
    since: Annotated[str | None, Query(pattern=r"^\d{4}(-\d\d){0,2}$")] = None,
    until: Annotated[str | None, Query(pattern=r"^\d{4}(-\d\d){0,2}$")] = None,
    types: Annotated[str | None, Query(description="Comma-separated relation types")] = None,
    kinds: Annotated[str | None, Query(description="Comma-separated node kinds")] = None,
) -> Response:
    """GEXF 1.3 (static or dynamic), GraphML, Gephi CSV, Cytoscape.js JSON; or Turtle, TriG,
    N-Quads, N-Triples and JSON-LD of the whole dataset."""
    body = export_graph(
        store,
        format,
        view=view,
        org=org,
        hops=hops,
        since=since,
        until=until,
        types=types.split(",") if types else None,
        kinds=kinds.split(",") if kinds else None,
    )
    name = f"rcgraph.{EXTENSIONS[format]}" if "csv" not in format else f"rcgraph-{format}.csv"
    return Response(
        body,
        media_type=FORMATS[format],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/context.jsonld", summary="The JSON-LD context of rcgraph's vocabulary")
def context() -> FileResponse:
    """The context the JSON-LD export is compacted with."""
    return FileResponse(CONTEXT_PATH, media_type="application/ld+json")
