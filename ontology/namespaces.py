"""Namespaces: our vocabulary as an rdflib ``DefinedNamespace``, and the ones we reuse.

``RC`` fails on undeclared names (``_fail = True``), so a typo in code is an error at
import, and ``tests/test_ontology.py`` checks that this class and ``rcgraph.ttl``
declare the same terms.
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    DefinedNamespace,
)

BASE = "https://w3id.org/rcgraph/"
ID = Namespace(BASE + "id/")
DOC = Namespace(BASE + "doc/")
ROLE = Namespace(BASE + "role/")
GRAPHS = Namespace(BASE + "graph/")
#: Named graph holding the reference data (the National Societies list and known bodies).
REFERENCE_GRAPH = GRAPHS["reference"]
#: Named graph holding the ontology and the role scheme.
ONTOLOGY_GRAPH = GRAPHS["ontology"]


class RC(DefinedNamespace):
    """The rcgraph ontology (``https://w3id.org/rcgraph/ontology#``)."""

    _fail = True
    _NS = Namespace(BASE + "ontology#")

    # Organisations
    Organisation: URIRef
    NationalSociety: URIRef
    MovementBody: URIRef
    NGO: URIRef
    GovernmentBody: URIRef
    UNAgency: URIRef
    Company: URIRef
    OtherOrganisation: URIRef
    # People and posts
    Person: URIRef
    Role: URIRef
    RoleScheme: URIRef
    Appointment: URIRef
    roleText: URIRef
    # Relationships (n-ary, the source of truth)
    Relationship: URIRef
    Agreement: URIRef
    MemorandumOfUnderstanding: URIRef
    CooperationAgreement: URIRef
    Protocol: URIRef
    Alliance: URIRef
    Support: URIRef
    Donation: URIRef
    Meeting: URIRef
    Conference: URIRef
    Mission: URIRef
    Place: URIRef
    Document: URIRef
    party: URIRef
    provider: URIRef
    recipient: URIRef
    signatory: URIRef
    participant: URIRef
    observer: URIRef
    partneredWith: URIRef
    theme: URIRef
    topic: URIRef
    teamSize: URIRef
    countryCode: URIRef
    fdrsCode: URIRef
    # Provenance of a fact
    evidenceText: URIRef
    sentenceIndex: URIRef
    charStart: URIRef
    charEnd: URIRef
    extractedBy: URIRef
    confidence: URIRef
    dateText: URIRef
    fileName: URIRef


PREFIXES: dict[str, Namespace] = {
    "rc": RC._NS,
    "rcid": ID,
    "rcdoc": DOC,
    "rcrole": ROLE,
    "org": Namespace(str(ORG)),
    "prov": Namespace(str(PROV)),
    "schema": Namespace(str(SDO)),
    "skos": Namespace(str(SKOS)),
    "dcterms": Namespace(str(DCTERMS)),
    "foaf": Namespace(str(FOAF)),
    "owl": Namespace(str(OWL)),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "xsd": Namespace(str(XSD)),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind our usual prefixes on ``graph`` (so Turtle output reads well) and return it."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


def sparql_prologue() -> str:
    """The PREFIX lines for every namespace in :data:`PREFIXES`, for building queries."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


__all__ = [
    "BASE",
    "DOC",
    "GRAPHS",
    "ID",
    "ONTOLOGY_GRAPH",
    "PREFIXES",
    "RC",
    "REFERENCE_GRAPH",
    "ROLE",
    "bind_prefixes",
    "sparql_prologue",
]
