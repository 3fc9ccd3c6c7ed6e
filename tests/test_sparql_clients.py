"""Real SPARQL clients against a real server: SPARQLWrapper and rdflib's SPARQLStore."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, SPARQLWrapper

QUERY = """PREFIX rc: <https://w3id.org/rcgraph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?label WHERE { ?s rc:partneredWith ?o . ?o skos:prefLabel ?label .
  ?s skos:prefLabel "Qatar Red Crescent Society"@en } ORDER BY ?label"""


def test_sparqlwrapper_select_json_and_csv(live_server: str) -> None:
    client = SPARQLWrapper(live_server + "/sparql")
    client.setQuery(QUERY)
    client.setReturnFormat(JSON)
    labels = [b["label"]["value"] for b in client.query().convert()["results"]["bindings"]]
    assert "National Red Crescent Society of Turkmenistan" in labels or any(
        "Turkmenistan" in x for x in labels
    )
    assert "Russian Red Cross Society" in labels
    client.setReturnFormat(CSV)
    assert b"label" in client.query().convert()


def test_sparqlwrapper_post_and_construct(live_server: str) -> None:
    client = SPARQLWrapper(live_server + "/sparql")
    client.setMethod("POST")
    client.setQuery("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 10")
    client.setReturnFormat(TURTLE)
    g = Graph().parse(data=client.query().convert(), format="turtle")
    assert len(g) == 10


def test_rdflib_sparqlstore(live_server: str) -> None:
    graph = Graph(store=SPARQLStore(live_server + "/sparql"))
    rows = list(graph.query(QUERY))
    assert Literal("Russian Red Cross Society", lang="en") in {r[0] for r in rows}
    ru = URIRef("https://w3id.org/rcgraph/id/org/ns-ru")
    assert graph.query(f"ASK {{ <{ru}> ?p ?o }}").askAnswer is True
