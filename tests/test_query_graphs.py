"""Which graphs a query's text names: read from its tokens, strings and comments skipped."""

from __future__ import annotations

import pytest

from graph.query_graphs import graphs_named, query_graphs
from graph.store import open_store

REF = "https://w3id.org/rcgraph/graph/reference"


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", set()),
        ("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", None),
        ("select * from <urn:g> where { ?s ?p ?o }", {"urn:g"}),
        ("SELECT * FROM NAMED <urn:g> WHERE { GRAPH <urn:h> { ?s ?p ?o } }", {"urn:g", "urn:h"}),
        ('SELECT * WHERE { ?s ?p "a GRAPH ?g in a string" }', set()),
        (f"SELECT * WHERE {{ ?s ?p <{REF}> }}", set()),
        ("SELECT * WHERE { ?s ?p ?o } # GRAPH ?g in a comment", set()),
        ('SELECT * WHERE { ?s ?p """long "GRAPH" ?g text""" }', set()),
        ("SELECT * WHERE { ?s ?p ?o FILTER(?s<?p)GRAPH?g{?a ?b ?c} }", None),
        ("SELECT ?graph WHERE { ?graph <urn:graph> ex:graph }", set()),
        (
            "PREFIX g: <https://w3id.org/rcgraph/graph/>\n"
            "SELECT * { GRAPH g:reference { ?o a ?c } ?o ?p ?x }",
            {REF},
        ),
        ("SELECT * { GRAPH g:reference { ?o a ?c } }", None),  # undeclared prefix
        ("SELECT * { GRAPH <reference> { ?o a ?c } }", None),  # relative IRI
        ("BASE <urn:b/> SELECT * { ?s ?p ?o }", None),
    ],
)
def test_graphs_named(query: str, named: set[str] | None) -> None:
    assert graphs_named(query) == (None if named is None else frozenset(named))


@pytest.mark.parametrize(
    ("query", "has_dataset"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", False),
        ("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }", True),
        ("SELECT * FROM NAMED <urn:g> WHERE { GRAPH ?g { ?s ?p ?o } }", True),
        ("SELECT * WHERE { GRAPH <urn:g> { ?s ?p ?o } }", False),
        ('SELECT * WHERE { ?s ?p "FROM <urn:g>" }', False),
        ("SELECT ?from WHERE { ?from ex:from ?o }", False),
    ],
)
def test_has_dataset(query: str, has_dataset: bool) -> None:
    assert query_graphs(query).has_dataset is has_dataset


def test_a_query_with_from_reads_its_own_dataset_not_the_union() -> None:
    store = open_store(":memory:")
    store.update(
        "INSERT DATA { GRAPH <urn:g1> { <urn:a> <urn:p> 1 } GRAPH <urn:g2> { <urn:b> <urn:p> 2 } }"
    )
    count = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"

    def n(dataset: str) -> int:
        return int(next(iter(store.query(count.format(dataset))))["n"].value)

    assert n("") == 2  # no dataset of its own: the union of the graphs
    assert n("FROM <urn:g1>") == 1
    assert n("FROM <urn:g1> FROM <urn:g2>") == 2
    assert n("FROM NAMED <urn:g1>") == 0  # an empty default graph, as SPARQL says
