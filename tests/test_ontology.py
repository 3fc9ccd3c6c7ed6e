"""The ontology parses, declares exactly the terms the code uses, is well-formed, and its
OWL-RL closure over a graph written by graph/triples.py is consistent."""

from __future__ import annotations

import json

import owlrl
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, DefinedNamespaceMeta

from graph.extract.lexicon import ROLE_PATTERNS
from graph.facts import (
    DateValue,
    DocumentMeta,
    Evidence,
    Extraction,
    Organisation,
    Person,
    Post,
    Relation,
)
from graph.identifiers import org_iri, person_iri
from graph.triples import extraction_triples
from ontology import CONTEXT_PATH, ONTOLOGY_PATH, load_ontology
from ontology.namespaces import RC, ROLE

RCNS = str(RC._NS)
#: schema.org by string: pytest probing rdflib's SDO namespace at collection warns.
SCHEMA = "https://schema.org/"
DECLARING = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
#: Vocabularies whose every term we know: a term in their namespace that they do not
#: define is a typo (org.ttl's ``rdfs:subClasOf`` would be one).
CLOSED_VOCABULARIES: tuple[DefinedNamespaceMeta, ...] = (RDF, RDFS, OWL, SKOS)
#: The marker owlrl adds to the graph for each inconsistency it finds.
OWLRL_ERROR = URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")


def _declared(g: Graph) -> set[str]:
    """Local names of the rc: terms the graph declares as classes or properties."""
    return {
        str(s)[len(RCNS) :]
        for t in DECLARING
        for s in g.subjects(RDF.type, t)
        if isinstance(s, URIRef) and str(s).startswith(RCNS)
    }


def lint(g: Graph) -> list[str]:
    """Problems in an ontology graph: unknown rdf/rdfs/owl/skos terms, undeclared rc: terms."""
    declared = _declared(g)
    problems: set[str] = set()
    for triple in g:
        for term in triple:
            if not isinstance(term, URIRef):
                continue
            for vocab in CLOSED_VOCABULARIES:
                ns = str(vocab._NS)
                if str(term).startswith(ns) and str(term)[len(ns) :] not in vocab.__annotations__:
                    problems.add(f"unknown term {term}")
            if str(term).startswith(RCNS) and str(term)[len(RCNS) :] not in declared:
                problems.add(f"undeclared {term}")
    return sorted(problems)


def test_turtle_parses_on_its_own() -> None:
    g = Graph().parse(ONTOLOGY_PATH, format="turtle")
    assert (URIRef("https://w3id.org/rcgraph/ontology"), RDF.type, OWL.Ontology) in g


def test_turtle_and_python_declare_the_same_terms() -> None:
    assert _declared(load_ontology()) == set(RC.__annotations__)


def test_every_term_has_label_comment_and_is_defined_by() -> None:
    g = load_ontology()
    for name in _declared(g):
        term = RC[name]
        assert g.value(term, RDFS.label), name
        assert g.value(term, RDFS.comment), name
        assert g.value(term, RDFS.isDefinedBy) == URIRef("https://w3id.org/rcgraph/ontology"), name


def test_ontology_is_lint_clean() -> None:
    assert lint(load_ontology()) == []


def test_lint_catches_typos_and_undeclared_terms() -> None:
    g = load_ontology()
    g.add((RC.Person, URIRef(str(RDFS) + "subClasOf"), RC.Organisation))
    g.add((RC.Person, RDF.type, URIRef(str(OWL) + "Clas")))
    g.add((RC.Person, RDFS.seeAlso, URIRef(RCNS + "Persn")))
    assert set(lint(g)) == {
        f"undeclared {RCNS}Persn",
        f"unknown term {OWL}Clas",
        f"unknown term {RDFS}subClasOf",
    }


def test_header_metadata() -> None:
    g = load_ontology()
    onto = URIRef("https://w3id.org/rcgraph/ontology")
    vann = "http://purl.org/vocab/vann/"
    for p in ("title", "description", "created", "license"):
        assert g.value(onto, URIRef(f"http://purl.org/dc/terms/{p}")) is not None, p
    assert g.value(onto, OWL.versionInfo) is not None
    assert g.value(onto, URIRef(vann + "preferredNamespacePrefix")) == Literal("rc")


@pytest.mark.parametrize(
    ("sub", "sup"),
    [
        (RC.Organisation, ORG.FormalOrganization),
        (RC.Person, PROV.Agent),
        (RC.Role, ORG.Role),
        (RC.Role, SKOS.Concept),
        (RC.RoleScheme, SKOS.ConceptScheme),
        (RC.Appointment, ORG.Membership),
        (RC.Relationship, PROV.Entity),
        (RC.Protocol, RC.Agreement),
        (RC.Alliance, ORG.OrganizationalCollaboration),
        (RC.Conference, SCHEMA + "Event"),
        (RC.Place, SCHEMA + "Place"),
        (RC.Document, PROV.Entity),
    ],
)
def test_reuse_by_subclassing(sub: URIRef, sup: URIRef | str) -> None:
    assert (sub, RDFS.subClassOf, URIRef(sup)) in load_ontology()


def test_role_concepts_are_complete() -> None:
    g = load_ontology()
    concepts = set(g.subjects(RDF.type, RC.Role))
    assert len(concepts) >= 19
    assert (ROLE[""], RDF.type, SKOS.ConceptScheme) in g
    assert (ROLE[""], RDF.type, RC.RoleScheme) in g
    for concept in concepts:
        notation = g.value(concept, SKOS.notation)
        assert concept == ROLE[str(notation)], concept
        assert g.value(concept, SKOS.prefLabel), concept
        assert g.value(concept, SKOS.definition), concept
        assert g.value(concept, SKOS.inScheme) == ROLE[""], concept
        for broader in g.objects(concept, SKOS.broader):
            assert broader in concepts, (concept, broader)


def test_role_scheme_covers_every_role_the_extractor_emits() -> None:
    notations = {str(n) for n in load_ontology().objects(None, SKOS.notation)}
    assert {code for _, code in ROLE_PATTERNS} | {"head_of_delegation"} <= notations


# --- OWL-RL closure over the ontology and a graph written by graph/triples.py ------------


def _instance() -> Graph:
    """Two National Societies sign an MoU; the president of one signs it."""
    text = "Alpha Red Cross and Beta Red Crescent signed an MoU. Jane Roe is its president."
    ext = Extraction(DocumentMeta("onto_test.txt", title="t"), text)
    ext.organisations["ns-aa"] = Organisation("ns-aa", "Alpha Red Cross", "national_society", "AA")
    ext.organisations["ns-bb"] = Organisation(
        "ns-bb", "Beta Red Crescent", "national_society", "BB"
    )
    ext.people["jane-roe"] = Person("jane-roe", "Jane Roe")
    ev = Evidence("onto_test.txt", 0, 0, 52, text[:52], "test.mou")
    ext.relations.append(
        Relation(
            "agreement",
            ("ns-aa", "ns-bb"),
            ev,
            subtype="mou",
            signatories=("jane-roe",),
            date=DateValue("2024-03", "month", "in March 2024"),
        )
    )
    post_ev = Evidence("onto_test.txt", 1, 53, len(text), text[53:], "test.post")
    ext.posts.append(Post("jane-roe", "ns-aa", "president", "president", post_ev))
    g = Graph()
    for t in extraction_triples(ext):
        g.add(t)
    return g


def _closure(instance: Graph) -> Graph:
    g = load_ontology() + instance
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return g


def _inconsistencies(g: Graph) -> list[str]:
    nothing = [str(s) for s in g.subjects(RDF.type, OWL.Nothing) if s != OWL.Nothing]
    return nothing + [str(m) for m in g.objects(None, OWLRL_ERROR)]


def test_owl_rl_closure_infers_reused_classes_and_symmetry() -> None:
    instance = _instance()
    a, b, jane = org_iri("ns-aa"), org_iri("ns-bb"), person_iri("jane-roe")
    assert (b, RC.partneredWith, a) in instance
    instance.remove((b, RC.partneredWith, a))  # symmetry must bring it back
    g = _closure(instance)
    assert (a, RDF.type, ORG.FormalOrganization) in g
    assert (a, RDF.type, PROV.Agent) in g
    assert (jane, RDF.type, URIRef("http://xmlns.com/foaf/0.1/Person")) in g
    assert (b, RC.partneredWith, a) in g
    mou = next(instance.subjects(RDF.type, RC.MemorandumOfUnderstanding))
    assert {(mou, RDF.type, RC.Agreement), (mou, RDF.type, PROV.Entity)} <= set(g)
    post = next(instance.subjects(RDF.type, RC.Appointment))
    assert (post, RDF.type, ORG.Membership) in g
    assert _inconsistencies(g) == []


@pytest.mark.parametrize(
    ("extra_type", "on"),
    [
        (RC.NGO, "org"),  # org kinds are pairwise disjoint
        (RC.Person, "org"),  # organisations are not people
        (RC.Document, "relation"),  # relationships are not documents
        (RC.Meeting, "relation"),  # an agreement is not a meeting
    ],
)
def test_disjointness_makes_a_mistyped_node_inconsistent(extra_type: URIRef, on: str) -> None:
    instance = _instance()
    node: URIRef | BNode = (
        org_iri("ns-aa")
        if on == "org"
        else next(instance.subjects(RDF.type, RC.MemorandumOfUnderstanding))  # type: ignore[assignment]
    )
    instance.add((node, RDF.type, extra_type))
    assert _inconsistencies(_closure(instance))


# --- the JSON-LD context ---------------------------------------------------------------


def test_context_names_only_declared_terms_and_round_trips() -> None:
    context = json.loads(CONTEXT_PATH.read_text())["@context"]
    declared = _declared(load_ontology())
    for name, value in context.items():
        iri = value["@id"] if isinstance(value, dict) else value
        if iri.startswith("rc:"):
            assert iri[3:] in declared, name
    instance = _instance()
    data = instance.serialize(format="json-ld", context=context, auto_compact=True)
    assert '"partneredWith"' in data and '"MemorandumOfUnderstanding"' in data
    back = Graph().parse(data=data, format="json-ld")
    assert set(back) == set(Graph().parse(data=instance.serialize(format="nt"), format="nt"))
