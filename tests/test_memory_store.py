"""The in-memory serving mode: the materialised union answers exactly what the disk would."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.memory_store import MirroredStore, names_graphs
from graph.pipeline import ingest_files, ingest_text
from graph.store import open_store
from tests.conftest import SEEDS

QUERIES = [
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
    "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }",
    """PREFIX rc: <https://w3id.org/rcgraph/ontology#>
    SELECT DISTINCT ?a ?b WHERE { ?r rc:party ?a, ?b FILTER(STR(?a) < STR(?b)) }""",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
]


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", False),
        ("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", True),
        ("select * from <urn:g> where { ?s ?p ?o }", True),
        ("SELECT * FROM NAMED <urn:g> WHERE { ?s ?p ?o }", True),
        ('SELECT * WHERE { ?s ?p "a GRAPH in a string" }', False),
        ("SELECT * WHERE { ?s ?p <https://w3id.org/rcgraph/graph/reference> }", False),
        ("SELECT * WHERE { ?s ?p ?o } # FROM a comment", False),
        ('SELECT * WHERE { ?s ?p """long "GRAPH" text""" }', False),
        ("SELECT * WHERE { ?s ?p ?o FILTER(?s<?p)GRAPH?g{?a ?b ?c} }", True),
        ("SELECT ?graph WHERE { ?graph ?p ?o }", True),  # conservative: the disk
    ],
)
def test_names_graphs(query: str, named: bool) -> None:
    assert names_graphs(query) is named


def _rows(store, query: str) -> set[str]:
    """Distinct rows: Oxigraph's union repeats a triple held by two graphs, ours does not."""
    result = store.query(query)
    return {str([sol[v] for v in result.variables]) for sol in result}


def _union(mirror: MirroredStore) -> set[ox.Triple]:
    return {q.triple for q in mirror.union}


def _expected(mirror: MirroredStore) -> set[ox.Triple]:
    return {q.triple for q in mirror.persistent.ox}


@pytest.fixture
def mirror(tmp_path: Path) -> MirroredStore:
    persistent = open_store(str(tmp_path / "store"))
    ingest_files(persistent, sorted(SEEDS.glob("*.txt"))[:3])
    return MirroredStore(persistent)


def test_union_answers_as_the_disk_does(mirror: MirroredStore) -> None:
    assert _union(mirror) == _expected(mirror)
    assert all(q.graph_name == ox.DefaultGraph() for q in mirror.union)
    for query in QUERIES:
        assert _rows(mirror, query) == _rows(mirror.persistent, query), query
    # the GRAPH query is not answerable from the union, and is not answered from it
    assert _rows(mirror, QUERIES[-1]) and not _rows(mirror.union, QUERIES[-1])


def test_writes_keep_the_union_exact(mirror: MirroredStore) -> None:
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[3]).read_text()
    ingest_text(mirror, "added.txt", text)
    assert mirror.union_ok is True and _union(mirror) == _expected(mirror)

    shared = "<urn:a> <urn:b> <urn:c>"
    mirror.replace_graph("urn:g1", [])  # nothing, then two graphs sharing one triple
    mirror.update(f"INSERT DATA {{ GRAPH <urn:g1> {{ {shared} }} GRAPH <urn:g2> {{ {shared} }} }}")
    assert mirror.wait_until_current(30) and _union(mirror) == _expected(mirror)
    once = "SELECT * WHERE { <urn:a> ?p ?o }"
    assert len(list(mirror.query(once))) == 1  # the default graph is a set of triples
    mirror.remove_graph("urn:g1")  # still in g2: stays in the union
    assert mirror.ask(f"ASK {{ {shared} }}") and _union(mirror) == _expected(mirror)
    mirror.remove_graph("urn:g2")  # in no graph now
    assert not mirror.ask(f"ASK {{ {shared} }}") and _union(mirror) == _expected(mirror)

    graph = "https://w3id.org/rcgraph/doc/added"
    mirror.remove_graph(graph)
    assert graph not in mirror.named_graphs() and _union(mirror) == _expected(mirror)


def test_queries_go_to_disk_while_the_union_is_rebuilt(mirror: MirroredStore) -> None:
    mirror.union_ok = False  # as during a rebuild
    mirror.union = ox.Store()  # an empty union would answer nothing
    assert _rows(mirror, QUERIES[1]) == _rows(mirror.persistent, QUERIES[1])
    assert mirror.ask("ASK { ?s ?p ?o }")
