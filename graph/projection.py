"""The networkx projection of the graph, derived from the store (never a second truth).

Nodes are IRIs: organisations, people and events (conferences). Edges carry the IRI of
the relationship node they come from, its kind, date, place, documents and evidence, so
paths, partners and exports are answered from memory without per-hop queries. Rebuild
it when the store changes (the API keys its cache on a write counter).
"""

from __future__ import annotations

import gc
import time
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import networkx as nx

from graph.facts import PARTNER_KINDS
from graph.triples import CLASS_KINDS, CLASS_RELATION_KINDS
from ontology.namespaces import sparql_prologue

_P = sparql_prologue()

# Every query asks for DISTINCT values: an organisation is described in each document
# graph that mentions it, and the union default graph keeps all those copies.
_ORG_CLASSES = (
    "rc:NationalSociety rc:MovementBody rc:NGO rc:GovernmentBody rc:UNAgency rc:Company "
    "rc:OtherOrganisation"
)
_REL_CLASSES = (
    "rc:Agreement rc:MemorandumOfUnderstanding rc:CooperationAgreement rc:Protocol "
    "rc:Alliance rc:Support rc:Donation rc:Meeting rc:Conference rc:Mission"
)
ORGS_QUERY = _P + f"SELECT DISTINCT ?o ?cls WHERE {{ VALUES ?cls {{ {_ORG_CLASSES} }} ?o a ?cls }}"
ORG_VALUES_QUERY = (
    _P
    + """
SELECT DISTINCT ?o ?key ?value WHERE {
  VALUES (?p ?key) { (skos:prefLabel "label") (rc:countryCode "country") (rc:fdrsCode "fdrs")
                     (foaf:homepage "website") }
  ?o ?p ?value . FILTER(STRSTARTS(STR(?o), "https://w3id.org/rcgraph/id/org/"))
}
"""
)
ALIASES_QUERY = _P + "SELECT DISTINCT ?o ?alt WHERE { ?o skos:altLabel ?alt }"
PEOPLE_QUERY = _P + "SELECT DISTINCT ?p ?name WHERE { ?p a rc:Person ; foaf:name ?name }"
RELATIONS_QUERY = (
    _P
    + f"""
SELECT DISTINCT ?r ?cls ?file ?ev ?start ?end WHERE {{
  VALUES ?cls {{ {_REL_CLASSES} }}
  ?r a ?cls ; prov:wasDerivedFrom ?doc .
  ?doc rc:fileName ?file .
  OPTIONAL {{ ?r rc:evidenceText ?ev }}
  OPTIONAL {{ ?r rc:charStart ?start }}
  OPTIONAL {{ ?r rc:charEnd ?end }}
}}
"""
)
MEMBERS_QUERY = (
    _P
    + """
SELECT DISTINCT ?r ?org ?role WHERE {
  { ?r rc:party ?org BIND("party" AS ?role) }
  UNION { ?r rc:participant ?org BIND("participation" AS ?role) }
  UNION { ?r rc:observer ?org BIND("observer" AS ?role) }
}
"""
)
REL_VALUES_QUERY = (
    _P
    + """
SELECT DISTINCT ?r ?key ?value WHERE {
  { ?r schema:startDate ?value BIND("date" AS ?key) }
  UNION { ?r schema:name ?value BIND("name" AS ?key) }
  UNION { ?r schema:location ?l . ?l skos:prefLabel ?value BIND("place" AS ?key) }
}
"""
)
POSTS_QUERY = (
    _P
    + """
SELECT DISTINCT ?m ?p ?o ?role ?text ?file ?ev ?start ?end WHERE {
  ?m a rc:Appointment ; org:member ?p ; org:organization ?o ; org:role ?role ;
     rc:roleText ?text ; prov:wasDerivedFrom ?doc .
  ?doc rc:fileName ?file .
  OPTIONAL { ?m rc:evidenceText ?ev }
  OPTIONAL { ?m rc:charStart ?start }
  OPTIONAL { ?m rc:charEnd ?end }
}
"""
)


@dataclass(slots=True)
class Relationship:
    """One relationship node as the projection knows it."""

    iri: str
    kind: str
    subtype: str
    date: str | None = None
    place: str | None = None
    name: str | None = None
    documents: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    observers: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Projection:
    """The projection: a MultiDiGraph plus indexes for relationships and aliases."""

    graph: nx.MultiDiGraph
    relationships: dict[str, Relationship]
    aliases: dict[str, list[str]]
    seconds: float = 0.0
    names_index: list[tuple[str, str, str]] | None = None
    cache: dict[Any, Any] = field(default_factory=dict)

    def label(self, node: str) -> str:
        """A node's label (its IRI's last segment when it has none)."""
        return str(self.graph.nodes[node].get("label") or node.rsplit("/", 1)[-1])


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def build_projection(store: Any) -> Projection:
    """Read organisations, people, events and relationships from ``store`` into networkx.

    >>> from graph.store import open_store
    >>> build_projection(open_store(":memory:")).graph.number_of_nodes()
    0
    """
    started = time.perf_counter()
    g = nx.MultiDiGraph()
    for row in store.select(ORGS_QUERY):
        kind = CLASS_KINDS.get(row["cls"], "other")
        if row["o"] in g and kind == "other":
            continue
        g.add_node(
            row["o"],
            label=None,
            node_type="organisation",
            kind=kind,
            country=None,
            fdrs=None,
            website=None,
            aliases=[],
        )
    for row in store.select(ORG_VALUES_QUERY):
        if row["o"] in g and not g.nodes[row["o"]].get(row["key"]):
            g.nodes[row["o"]][row["key"]] = row["value"]
    aliases: dict[str, list[str]] = defaultdict(list)
    for row in store.select(ALIASES_QUERY):
        aliases[row["o"]].append(row["alt"])
        if row["o"] in g:
            g.nodes[row["o"]]["aliases"].append(row["alt"])
    for row in store.select(PEOPLE_QUERY):
        if row["p"] not in g:
            g.add_node(
                row["p"],
                label=row["name"],
                node_type="person",
                kind="person",
                country=None,
                fdrs=None,
                aliases=[],
            )
    rels: dict[str, Relationship] = {}
    for row in store.select(RELATIONS_QUERY):
        iri = row["r"]
        rel = rels.get(iri)
        if rel is None:
            rel = rels[iri] = Relationship(
                iri, CLASS_RELATION_KINDS.get(row["cls"], "other"), _local(row["cls"])
            )
        elif _local(row["cls"]) not in ("Agreement", "Relationship"):
            rel.subtype = _local(row["cls"])
        if row["file"] not in rel.documents:
            rel.documents.append(row["file"])
        if row["ev"] and not any(e["text"] == row["ev"] for e in rel.evidence):
            rel.evidence.append(
                {
                    "document": row["file"],
                    "text": row["ev"],
                    "start": row["start"],
                    "end": row["end"],
                }
            )
    for row in store.select(REL_VALUES_QUERY):
        rel = rels.get(row["r"])
        if rel is not None and getattr(rel, row["key"]) is None:
            setattr(rel, row["key"], row["value"])
    for row in store.select(MEMBERS_QUERY):
        rel = rels.get(row["r"])
        if rel is None:
            continue
        target = {
            "party": rel.parties,
            "participation": rel.participants,
            "observer": rel.observers,
        }[row["role"]]
        if row["org"] not in target:
            target.append(row["org"])
    for rel in rels.values():
        attrs = {
            "iri": rel.iri,
            "relation": rel.kind,
            "subtype": rel.subtype,
            "date": rel.date,
            "place": rel.place,
            "documents": rel.documents,
            "evidence": rel.evidence,
        }
        if rel.kind in PARTNER_KINDS:
            for a, b in combinations(sorted(set(rel.parties)), 2):
                for node in (a, b):
                    if node not in g:
                        g.add_node(
                            node,
                            label=_local(node),
                            node_type="organisation",
                            kind="other",
                            country=None,
                            fdrs=None,
                            aliases=[],
                        )
                g.add_edge(a, b, key=rel.iri, **attrs)
        elif rel.kind == "participation":
            g.add_node(
                rel.iri,
                label=rel.name or "event",
                node_type="event",
                kind="conference",
                country=None,
                fdrs=None,
                aliases=[],
                date=rel.date,
            )
            for org in rel.participants:
                g.add_edge(org, rel.iri, key=rel.iri, **{**attrs, "relation": "participation"})
            for org in rel.observers:
                g.add_edge(org, rel.iri, key=rel.iri, **{**attrs, "relation": "observer"})
    for row in store.select(POSTS_QUERY):
        if row["p"] in g and row["o"] in g:
            ev = (
                [
                    {
                        "document": row["file"],
                        "text": row["ev"],
                        "start": row["start"],
                        "end": row["end"],
                    }
                ]
                if row["ev"]
                else []
            )
            g.add_edge(
                row["p"],
                row["o"],
                key=row["m"],
                iri=row["m"],
                relation="post",
                subtype="Appointment",
                role=_local(row["role"]),
                role_text=row["text"],
                date=None,
                place=None,
                documents=[row["file"]],
                evidence=ev,
            )
    view = Projection(g, rels, dict(aliases), time.perf_counter() - started)
    # the projection lives as long as the process serves it: keep the collector from
    # rescanning its millions of objects on every full collection (pauses of 100+ ms)
    gc.collect()
    gc.freeze()
    return view


__all__ = ["Projection", "Relationship", "build_projection"]
