"""Counts that tell an analyst what is in the graph."""

from __future__ import annotations

from typing import Any

from ontology.namespaces import sparql_prologue

_COUNTS = {
    "documents": "?x a rc:Document",
    "organisations": "?x a ?c . ?c rdfs:subClassOf* rc:Organisation",
    "people": "?x a rc:Person",
    "appointments": "?x a rc:Appointment",
    "relationships": "?x a ?c . ?c rdfs:subClassOf* rc:Relationship",
}


def graph_stats(store: Any) -> dict[str, int]:
    """Triples, named graphs and entity counts.

    Organisations of the reference data count only once mentioned or listed there;
    class membership follows the ontology's subclass tree (loaded by ``build``).
    """
    out: dict[str, int] = {"triples": len(store), "graphs": len(store.named_graphs())}
    for name, pattern in _COUNTS.items():
        rows = store.select(
            sparql_prologue() + f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}"
        )
        out[name] = int(rows[0]["n"]) if rows else 0
    return out


__all__ = ["graph_stats"]
