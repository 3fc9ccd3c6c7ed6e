"""``/partners``, ``/people``, ``/events``: the analyst tables, as JSON or CSV.

The same columns as ``rcgraph partners|people|events``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import PlainTextResponse

from api.deps import StoreDep
from graph import tables

router = APIRouter(tags=["tables"])
Format = Annotated[Literal["json", "csv"], Query(description="json (default) or csv")]
Org = Annotated[
    str | None, Query(description="Only rows about this organisation (name, alias, acronym or IRI)")
]


def _orgs(store: Any, org: str | None) -> set[str] | None:
    if not org:
        return None
    from graph.entities import resolve_entity

    return {resolve_entity(store, org)}


def _answer(rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: str) -> Any:
    if fmt == "csv":
        return PlainTextResponse(tables.format_rows(rows, columns, "csv"), media_type="text/csv")
    return [{c: r.get(c) for c in columns} for r in rows]


@router.get("/people", summary="People and their posts")
def people(store: StoreDep, org: Org = None, format: Format = "json") -> Any:
    """``person,role,organization,document``: one row per post a document states."""
    return _answer(tables.people_rows(store, orgs=_orgs(store, org)), tables.PEOPLE_COLUMNS, format)


@router.get("/events", summary="Conferences and their participants")
def events(store: StoreDep, org: Org = None, format: Format = "json") -> Any:
    """``event,kind,date,place,participant,role,document``: one row per participant."""
    return _answer(tables.event_rows(store, orgs=_orgs(store, org)), tables.EVENT_COLUMNS, format)
