"""SHACL validation of the stored graph against ``ontology/shapes.ttl``."""

from __future__ import annotations

from typing import Any

from rdflib import Graph


def store_graph(store: Any) -> Graph:
    """The union of the document graphs as one rdflib graph (for SHACL and exports)."""
    graph = Graph()
    graph.parse(data=store.dump("nt"), format="nt")
    return graph


def validate_store(store: Any) -> tuple[bool, str]:
    """Validate the stored graph; return (conforms, the pyshacl report text)."""
    from pyshacl import validate

    from ontology import load_ontology, load_shapes

    conforms, _, text = validate(
        store_graph(store),
        shacl_graph=load_shapes(),
        ont_graph=load_ontology(),
        inference="rdfs",
        allow_warnings=True,
    )
    return bool(conforms), str(text)


__all__ = ["store_graph", "validate_store"]
