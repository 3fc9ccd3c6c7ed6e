"""The ontology parses, declares exactly the terms the code uses, and is well-formed."""

from __future__ import annotations

import owlrl
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Namespace, URIRef

from graph.extract.lexicon import ROLE_PATTERNS
from graph.facts import DateValue, DocumentMeta, Evidence, Extraction, Organisation, Relation
from graph.triples import extraction_triples
from ontology import load_ontology
from ontology.namespaces import RC, ROLE

RCNS = str(RC._NS)
DECLARING = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}


def _declared(g: Graph) -> set[str]:
    return {
        str(s)[len(RCNS) :]
        for t in DECLARING
        for s in g.subjects(RDF.type, t)
        if str(s).startswith(RCNS)
    }


def test_turtle_and_python_declare_the_same_terms() -> None:
    g = load_ontology()
    code = {n for n in RC.__annotations__}
    assert _declared(g) == code


def test_every_term_has_label_comment_and_is_defined_by() -> None:
    g = load_ontology()
    for name in _declared(g):
        term = URIRef(RCNS + name)
        assert g.value(term, RDFS.label), name
        assert g.value(term, RDFS.comment), name
        assert g.value(term, RDFS.isDefinedBy), name


def test_no_unknown_rdfs_owl_or_rc_terms_are_used() -> None:
    known = {
        Namespace(str(RDFS)): set(RDFS.__annotations__),
        Namespace(str(OWL)): set(OWL.__annotations__),
    }
    g = load_ontology()
    declared = _declared(g)
    for triple in g:
        for term in triple:
            if not isinstance(term, URIRef):
                continue
            for ns, names in known.items():
                if str(term).startswith(str(ns)):
                    assert str(term)[len(str(ns)) :] in names, f"unknown term {term}"
            if str(term).startswith(RCNS):
                assert str(term)[len(RCNS) :] in declared, f"undeclared {term}"


def test_role_scheme_covers_every_role_the_extractor_emits() -> None:
    g = load_ontology()
    notations = {str(n) for n in g.objects(None, SKOS.notation)}
    assert {code for _, code in ROLE_PATTERNS} | {"head_of_delegation"} <= notations
    for concept in g.subjects(RDF.type, RC.Role):
        assert g.value(concept, SKOS.prefLabel) and g.value(concept, SKOS.inScheme) == ROLE[""]


def _instance() -> Graph:
    ext = Extraction(DocumentMeta("x.txt"), "A and B signed.")
    ext.organisations["ns-aa"] = Organisation("ns-aa", "A Red Cross", "national_society", "AA")
    ext.organisations["ngo-b"] = Organisation("ngo-b", "B Foundation", "ngo")
    ev = Evidence("x.txt", 0, 0, 15, "A and B signed.", "test")
    ext.relations.append(
        Relation("agreement", ("ns-aa", "ngo-b"), ev, subtype="mou", date=DateValue("2024", "year"))
    )
    g = Graph()
    for t in extraction_triples(ext):
        g.add(t)
    return g


def test_owl_rl_closure_is_consistent_and_infers_the_reused_classes() -> None:
    from rdflib.namespace import ORG

    g = load_ontology() + _instance()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    a = URIRef("https://w3id.org/rcgraph/id/org/ns-aa")
    b = URIRef("https://w3id.org/rcgraph/id/org/ngo-b")
    assert (a, RDF.type, ORG.FormalOrganization) in g
    assert (b, RC.partneredWith, a) in g
    assert not list(g.subjects(RDF.type, OWL.Nothing))
    assert not list(g.subjects(RDF.type, URIRef("http://www.w3.org/2002/07/owl#Nothing")))
