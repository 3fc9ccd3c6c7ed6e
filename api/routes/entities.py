"""``/entities``: search by name, alias or acronym; profiles with evidence."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel

from api.deps import ViewDep
from graph.entities import entity_profile, resolve_entity, search_entities

router = APIRouter(tags=["entities"])


class EntityHitModel(BaseModel):
    """One search result."""

    id: str
    iri: str
    label: str
    kind: str
    node_type: str
    country: str | None
    score: float
    matched: str

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "id": "org/ns-tr",
                    "iri": "https://w3id.org/rcgraph/id/org/ns-tr",
                    "label": "Turkish Red Crescent",
                    "kind": "national_society",
                    "node_type": "organisation",
                    "country": "TR",
                    "score": 1.0,
                    "matched": "Kizilay",
                }
            ]
        }
    }


@router.get("/entities", response_model=list[EntityHitModel], summary="Search entities")
def search(
    view: ViewDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="Name, alias or acronym (accents and case ignored)",
        ),
    ],
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> list[Any]:
    """Organisations, people and events whose name or alias matches ``q``, best first."""
    return [h.as_dict() for h in search_entities(view, q, limit=limit)]


@router.get("/entities/{entity:path}", summary="An entity's profile")
def profile(view: ViewDep, entity: str) -> dict[str, Any]:
    """Labels, kind, country, identifiers, posts, relationships with dates and evidence,
    events and documents. ``entity`` is a short id (``org/ns-ru``), an IRI or a name."""
    return entity_profile(view, resolve_entity(view, entity))
