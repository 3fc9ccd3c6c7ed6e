"""``/partners``, ``/paths``, ``/neighbourhood``, ``/timeline``, ``/analytics``."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import PlainTextResponse, Response

from api.deps import ViewDep
from graph import tables
from graph.entities import resolve_entity
from graph.paths import analytics as network_analytics
from graph.paths import find_paths, neighbourhood, partners, timeline

router = APIRouter(tags=["network"])

Since = Annotated[
    str | None,
    Query(
        pattern=r"^\d{4}(-\d\d){0,2}$",
        description="Only relationships on or after (YYYY[-MM[-DD]])",
    ),
]
Until = Annotated[
    str | None, Query(pattern=r"^\d{4}(-\d\d){0,2}$", description="Only relationships on or before")
]
Types = Annotated[
    str | None,
    Query(
        description="Comma-separated relation types: agreement, "
        "alliance, support, meeting, donation, "
        "participation, mission, post"
    ),
]


def _types(types: str | None) -> list[str] | None:
    return [t.strip() for t in types.split(",") if t.strip()] if types else None


@router.get("/partners", summary="Partners of an organisation, with evidence")
async def get_partners(
    view: ViewDep,
    org: Annotated[
        str | None, Query(description="Name, acronym or IRI; all organisations when omitted")
    ] = None,
    since: Since = None,
    until: Until = None,
    type: Types = None,
    format: Annotated[Literal["json", "csv"], Query()] = "json",
) -> Any:
    """``org_a,org_b,relation,date,place,document,evidence``: one row per relationship and
    partner (all pairs when ``org`` is omitted)."""
    if org:
        rows = partners(
            view, resolve_entity(view, org), since=since, until=until, types=_types(type)
        )
    else:
        rows = []
        seen = set()
        for node, data in view.graph.nodes(data=True):
            if data.get("node_type") == "organisation":
                for r in partners(view, node, since=since, until=until, types=_types(type)):
                    key = (r["relationship"], *sorted((r["org_a_iri"], r["org_b_iri"])))
                    if key not in seen:
                        seen.add(key)
                        rows.append(r)
    if format == "csv":
        return PlainTextResponse(
            tables.format_rows(rows, tables.PARTNER_COLUMNS, "csv"), media_type="text/csv"
        )
    return _json(rows)


def _json(data: Any) -> Response:
    """JSON written directly: these answers are plain dicts, no model to validate."""
    return Response(json.dumps(data, ensure_ascii=False), media_type="application/json")


@router.get("/paths", summary="k shortest paths between two entities, with evidence")
async def get_paths(
    view: ViewDep,
    source: Annotated[str, Query(alias="from", min_length=1)],
    target: Annotated[str, Query(alias="to", min_length=1)],
    max_hops: Annotated[int, Query(ge=1, le=8)] = 4,
    k: Annotated[int, Query(ge=1, le=20)] = 3,
    types: Types = None,
    since: Since = None,
    until: Until = None,
    via_people: bool = False,
    via_events: bool = False,
) -> Response:
    """Each hop with its relation, date and evidence sentences. People and events are
    intermediate nodes only with ``via_people`` / ``via_events``."""
    a, b = resolve_entity(view, source), resolve_entity(view, target)
    found = find_paths(
        view,
        a,
        b,
        k=k,
        max_hops=max_hops,
        types=_types(types),
        since=since,
        until=until,
        via_people=via_people,
        via_events=via_events,
    )
    return _json(
        {
            "from": {"iri": a, "label": view.label(a)},
            "to": {"iri": b, "label": view.label(b)},
            "paths": [p.as_dict() for p in found],
        }
    )


@router.get("/neighbourhood", summary="Ego network for a graph view")
def get_neighbourhood(
    view: ViewDep,
    id: Annotated[str, Query(min_length=1)],
    hops: Annotated[int, Query(ge=0, le=3)] = 1,
    types: Types = None,
    since: Since = None,
    until: Until = None,
) -> dict[str, Any]:
    """Nodes and edges within ``hops`` of the entity, ready for Cytoscape.js."""
    return neighbourhood(
        view, resolve_entity(view, id), hops=hops, types=_types(types), since=since, until=until
    )


@router.get("/timeline", summary="An entity's relationships in date order")
def get_timeline(view: ViewDep, org: Annotated[str, Query(min_length=1)]) -> list[Any]:
    """The relationships of ``org`` oldest first, undated last."""
    return timeline(view, resolve_entity(view, org))


@router.get("/analytics", summary="Brokers, clusters and strongest ties")
def get_analytics(view: ViewDep, top: Annotated[int, Query(ge=1, le=100)] = 10) -> dict[str, Any]:
    """Degree and betweenness centrality of organisations, connected components, strongest
    and most recent ties."""
    return network_analytics(view, top=top)
