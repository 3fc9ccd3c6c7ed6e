"""SHACL: the seed graph conforms; broken graphs do not, and the report says why."""

from __future__ import annotations

from pyshacl import validate
from rdflib import Graph, Literal, URIRef

from graph.validation import store_graph, validate_store
from ontology import load_ontology, load_shapes
from ontology.namespaces import RC


def test_seed_graph_conforms(seed_store) -> None:
    conforms, report = validate_store(seed_store)
    assert conforms, report


def _broken(seed_store, mutate) -> tuple[bool, str]:
    g: Graph = store_graph(seed_store)
    mutate(g)
    conforms, _, text = validate(
        g, shacl_graph=load_shapes(), ont_graph=load_ontology(), inference="rdfs"
    )
    return bool(conforms), str(text)


def test_agreement_with_one_party_fails(seed_store) -> None:
    def drop_party(g: Graph) -> None:
        mou = next(g.subjects(URIRef(str(RC.party)), None))
        parties = list(g.objects(mou, RC.party))
        g.remove((mou, RC.party, parties[0]))

    conforms, text = _broken(seed_store, drop_party)
    assert not conforms and "party" in text


def test_fact_without_evidence_fails(seed_store) -> None:
    def drop_evidence(g: Graph) -> None:
        node = next(g.subjects(RC.evidenceText, None))
        g.remove((node, RC.evidenceText, None))

    conforms, text = _broken(seed_store, drop_evidence)
    assert not conforms and "evidenceText" in text


def test_bad_country_code_fails(seed_store) -> None:
    def bad_code(g: Graph) -> None:
        org = next(g.subjects(RC.countryCode, Literal("RU")))
        g.remove((org, RC.countryCode, Literal("RU")))
        g.add((org, RC.countryCode, Literal("Russia")))

    conforms, text = _broken(seed_store, bad_code)
    assert not conforms and "countryCode" in text
