"""The rcgraph ontology (OWL 2, Turtle), its SKOS role scheme and SHACL shapes."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from ontology.namespaces import bind_prefixes

HERE = Path(__file__).resolve().parent
ONTOLOGY_PATH = HERE / "rcgraph.ttl"
SHAPES_PATH = HERE / "shapes.ttl"
CONTEXT_PATH = HERE / "context.jsonld"


def load_ontology() -> Graph:
    """The ontology and the role scheme as one rdflib graph."""
    graph = bind_prefixes(Graph())
    if ONTOLOGY_PATH.exists():
        graph.parse(ONTOLOGY_PATH, format="turtle")
    return graph


def load_shapes() -> Graph:
    """The SHACL shapes graph."""
    graph = bind_prefixes(Graph())
    graph.parse(SHAPES_PATH, format="turtle")
    return graph


__all__ = ["CONTEXT_PATH", "ONTOLOGY_PATH", "SHAPES_PATH", "load_ontology", "load_shapes"]
