"""The in-memory serving mode: the materialised union answers exactly what the disk would."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.memory_store import MirroredStore
from graph.pipeline import ingest_files, ingest_text, load_reference_data
from graph.store import open_store
from tests.conftest import SEEDS

QUERIES = [
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
    "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }",
    """PREFIX rc: <https://w3id.org/rcgraph/ontology#>
    SELECT DISTINCT ?a ?b WHERE { ?r rc:party ?a, ?b FILTER(STR(?a) < STR(?b)) }""",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
]


REF = "https://w3id.org/rcgraph/graph/reference"


def _rows(store, query: str) -> set[str]:
    """Distinct rows: Oxigraph's union repeats a triple held by two graphs, ours does not."""
    result = store.query(query)
    return {str([sol[v] for v in result.variables]) for sol in result}


def _union(mirror: MirroredStore) -> set[ox.Triple]:
    return {q.triple for q in mirror.memory.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def _expected(mirror: MirroredStore) -> set[ox.Triple]:
    return {q.triple for q in mirror.persistent.ox}


@pytest.fixture
def mirror(tmp_path: Path) -> MirroredStore:
    persistent = open_store(str(tmp_path / "store"))
    ingest_files(persistent, sorted(SEEDS.glob("*.txt"))[:3])
    load_reference_data(persistent)
    return MirroredStore(persistent)


def test_union_answers_as_the_disk_does(mirror: MirroredStore) -> None:
    assert _union(mirror) == _expected(mirror)
    for query in QUERIES:
        assert _rows(mirror, query) == _rows(mirror.persistent, query), query
    # the GRAPH ?g query is not answerable from memory, and is not answered from it
    assert not mirror.answers(QUERIES[-1])
    assert _rows(mirror, QUERIES[-1]) != _rows(mirror.memory, QUERIES[-1])


def test_shared_graphs_are_answered_from_memory(mirror: MirroredStore) -> None:
    ref = ox.NamedNode(REF)
    held = {q.triple for q in mirror.memory.quads_for_pattern(None, None, None, ref)}
    assert held and held == {q.triple for q in mirror._graph(ref)}
    doc = mirror.persistent.named_graphs()[0]
    national = f"""PREFIX rc: <https://w3id.org/rcgraph/ontology#>
    SELECT ?o ?p WHERE {{ GRAPH <{REF}> {{ ?o a rc:NationalSociety }} ?o rc:partneredWith ?p }}"""
    cases = {
        national: True,
        f"SELECT ?s WHERE {{ GRAPH <{doc}> {{ ?s ?p ?o }} }}": False,
        f"SELECT ?s FROM <{REF}> WHERE {{ ?s a ?c }}": True,
        f"SELECT ?s FROM <{doc}> WHERE {{ ?s a ?c }}": False,
    }
    for query, in_memory in cases.items():
        assert mirror.answers(query) is in_memory, query
        assert _rows(mirror, query) == _rows(mirror.persistent, query), query
    assert _rows(mirror, national)  # not vacuous: the seeds' societies have partners
    # the protocol's dataset: a shared graph as the default graph is answered in memory
    assert mirror.answers("SELECT * { ?s ?p ?o }", union=False, default_graph=[ref])
    assert not mirror.answers("SELECT * { ?s ?p ?o }", union=False)
    assert not mirror.answers(
        "SELECT * { ?s ?p ?o }", union=False, default_graph=[ox.NamedNode(doc)]
    )
    rows = mirror.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", union=False, default_graph=[ref])
    assert next(iter(rows))["n"].value == str(len(held))


def test_writes_keep_the_union_exact(mirror: MirroredStore) -> None:
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[3]).read_text()
    ingest_text(mirror, "added.txt", text)
    assert mirror.memory_ok is True and _union(mirror) == _expected(mirror)

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
    mirror.memory_ok = False  # as during a rebuild
    mirror.memory = ox.Store()  # an empty copy would answer nothing
    assert _rows(mirror, QUERIES[1]) == _rows(mirror.persistent, QUERIES[1])
    assert mirror.ask("ASK { ?s ?p ?o }")


def test_a_changed_shared_graph_is_copied_again(mirror: MirroredStore) -> None:
    ref = ox.NamedNode(REF)
    triple = "<urn:new-society> a <https://w3id.org/rcgraph/ontology#NationalSociety>"
    mirror.update(f"INSERT DATA {{ GRAPH <{REF}> {{ {triple} }} }}")
    assert mirror.wait_until_current(30)
    ask = f"ASK {{ GRAPH <{REF}> {{ {triple} }} }}"
    assert mirror.answers(ask) and mirror.ask(ask)
    mirror.remove_graph(REF)  # a shared graph's change rebuilds the copy, not a delta
    assert mirror.wait_until_current(30)
    assert not mirror.ask(ask)
    assert not list(mirror.memory.quads_for_pattern(None, None, None, ref))
    assert _union(mirror) == _expected(mirror)
