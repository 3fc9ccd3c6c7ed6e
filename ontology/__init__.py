"""The rcgraph ontology (OWL 2, Turtle), its SKOS role scheme and SHACL shapes.

The files are data; this module only says where they are and loads them, so the
store, the SHACL validation and the tests all read the same vocabulary.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from ontology.namespaces import bind_prefixes

HERE = Path(__file__).resolve().parent
#: The OWL ontology, with the SKOS role scheme in the same file.
ONTOLOGY_PATH = HERE / "rcgraph.ttl"
#: The SHACL shapes of a valid graph.
SHAPES_PATH = HERE / "shapes.ttl"
#: The JSON-LD context for exports (served at ``/context.jsonld``).
CONTEXT_PATH = HERE / "context.jsonld"

#: Notations of the role scheme: ``org:role`` of an appointment is ``rcrole:{notation}``.
#: ``tests/test_shapes.py`` checks each one is a concept in :data:`ONTOLOGY_PATH`.
ROLE_NOTATIONS: frozenset[str] = frozenset(
    {
        "ambassador",
        "assistant_secretary_general",
        "chair",
        "chief_executive",
        "coordinator",
        "deputy_secretary_general",
        "director",
        "director_general",
        "head",
        "head_of_delegation",
        "head_of_department",
        "head_of_international_relations",
        "member",
        "minister",
        "other",
        "president",
        "representative",
        "secretary_general",
        "vice_president",
    }
)


def load_ontology() -> Graph:
    """The ontology and the role scheme as one rdflib graph (parsed fresh on each call)."""
    graph = bind_prefixes(Graph())
    graph.parse(ONTOLOGY_PATH, format="turtle")
    return graph


def load_shapes() -> Graph:
    """The SHACL shapes graph, for ``pyshacl.validate(..., shacl_graph=load_shapes())``."""
    graph = bind_prefixes(Graph())
    graph.parse(SHAPES_PATH, format="turtle")
    return graph


__all__ = [
    "CONTEXT_PATH",
    "ONTOLOGY_PATH",
    "ROLE_NOTATIONS",
    "SHAPES_PATH",
    "load_ontology",
    "load_shapes",
]
