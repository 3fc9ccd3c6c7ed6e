"""SHACL: what graph/triples.py writes conforms; broken graphs do not, and the report
names the failing property."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pyshacl import validate
from rdflib import RDF, SKOS, Graph, Literal, URIRef
from rdflib.namespace import ORG, SH

from graph.facts import (
    DateValue,
    DocumentMeta,
    Evidence,
    Extraction,
    Organisation,
    Person,
    Place,
    Post,
    Relation,
)
from graph.identifiers import org_iri
from graph.triples import extraction_triples
from graph.validation import validate_store
from ontology import ROLE_NOTATIONS, load_ontology, load_shapes
from ontology.namespaces import RC, ROLE

SCHEMA_START = URIRef("https://schema.org/startDate")
XSD_DATETIME = URIRef("http://www.w3.org/2001/XMLSchema#dateTime")
TEXT = (
    "Alpha Red Cross and the Beta Foundation signed a memorandum of understanding in Gamma. "
    "The Beta Foundation gave Alpha Red Cross 500 blankets. "
    "Alpha Red Cross attended the Delta Summit as an observer. "
    "Alpha Red Cross sent a team of 5 to Gamma. "
    "Jane Roe is the president of Alpha Red Cross."
)


def _ev(sentence: int, rule: str) -> Evidence:
    """Evidence for the ``sentence``-th sentence of :data:`TEXT`, with true offsets."""
    parts = TEXT.split(". ")
    start = sum(len(p) + 2 for p in parts[:sentence])
    end = start + len(parts[sentence]) + 1
    return Evidence("shapes_test.txt", sentence, start, end, TEXT[start:end], rule)


def extraction() -> Extraction:
    """One of each kind of fact, written as the extractor would hand it over."""
    ext = Extraction(
        DocumentMeta("shapes_test.txt", title="Test", date=DateValue("2024", "year")), TEXT
    )
    ext.organisations["ns-aa"] = Organisation(
        "ns-aa", "Alpha Red Cross", "national_society", "AA", ("ARC",), "DAA001"
    )
    ext.organisations["beta"] = Organisation("beta", "Beta Foundation", "ngo")
    ext.organisations["delta"] = Organisation("delta", "Delta Council", "other", "BB")
    ext.people["jane-roe"] = Person("jane-roe", "Jane Roe")
    gamma = Place("Gamma", "AA")
    ext.relations += [
        Relation(
            "agreement",
            ("ns-aa", "beta"),
            _ev(0, "t.mou"),
            subtype="mou",
            signatories=("jane-roe",),
            date=DateValue("2024-03-05", "day", "on 5 March 2024"),
            place=gamma,
        ),
        Relation(
            "donation",
            ("beta",),
            _ev(1, "t.donation"),
            recipients=("ns-aa",),
            topic="blankets",
            date=DateValue("2024-03", "month"),
        ),
        Relation(
            "participation",
            ("delta",),
            _ev(2, "t.conf"),
            name="Delta Summit",
            observers=("ns-aa",),
            theme="Together",
        ),
        Relation("mission", ("ns-aa",), _ev(3, "t.mission"), place=gamma, size=5),
    ]
    ext.posts.append(Post("jane-roe", "ns-aa", "president", "the president", _ev(4, "t.post")))
    return ext


def to_graph(ext: Extraction) -> Graph:
    """The extraction's triples, read back from N-Triples as the store would return them.

    The round trip matters: triples.py builds ``rc:confidence`` from a float with datatype
    xsd:decimal, which pyshacl rejects until it is re-parsed from its lexical form.
    """
    g = Graph()
    for t in extraction_triples(ext):
        g.add(t)
    return Graph().parse(data=g.serialize(format="nt"), format="nt")


def failing_paths(data: Graph) -> set[str]:
    """The sh:resultPath of every violation; empty when the graph conforms."""
    conforms, results, _ = validate(
        data, shacl_graph=load_shapes(), ont_graph=load_ontology(), inference="rdfs"
    )
    paths = {str(p) for p in results.objects(None, SH.resultPath)}
    assert bool(conforms) == (not paths)
    return paths


def test_a_graph_written_by_triples_conforms() -> None:
    assert failing_paths(to_graph(extraction())) == set()


def _drop(predicate: URIRef, subject_type: URIRef) -> Callable[[Graph], None]:
    """Remove one ``predicate`` value from the first node of ``subject_type``."""

    def mutate(g: Graph) -> None:
        node = sorted(g.subjects(RDF.type, subject_type))[0]
        g.remove((node, predicate, sorted(g.objects(node, predicate))[0]))

    return mutate


def _replace(predicate: URIRef, value: Literal | URIRef) -> Callable[[Graph], None]:
    """Replace the value of ``predicate`` on the first node that has one."""

    def mutate(g: Graph) -> None:
        node = sorted(g.subjects(predicate, None))[0]
        g.set((node, predicate, value))

    return mutate


def _drop_all(*predicates: URIRef) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        for predicate in predicates:
            g.remove((None, predicate, None))

    return mutate


def _add(predicate: URIRef, value: Literal | URIRef, node: URIRef) -> Callable[[Graph], None]:
    return lambda g: g.add((node, predicate, value))


#: case → (how to break a valid graph, the sh:resultPath expected; None for a path expression)
BROKEN: dict[str, tuple[Callable[[Graph], None], URIRef | None]] = {
    "agreement with one party": (_drop(RC.party, RC.MemorandumOfUnderstanding), RC.party),
    "relationship without evidence": (_drop(RC.evidenceText, RC.Donation), RC.evidenceText),
    "appointment without evidence document": (
        _drop(URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), RC.Appointment),
        URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"),
    ),
    "bad country code": (_replace(RC.countryCode, Literal("Alphaland")), RC.countryCode),
    "appointment without role": (_drop(ORG.role, RC.Appointment), ORG.role),
    "role outside the scheme": (_replace(ORG.role, ROLE["pope"]), ORG.role),
    "donation without provider": (_drop(RC.provider, RC.Donation), RC.provider),
    "donation without recipient": (_drop(RC.recipient, RC.Donation), RC.recipient),
    "start after end": (_replace(RC.charStart, Literal(10**6)), RC.charStart),
    "date as plain text": (_replace(SCHEMA_START, Literal("March 2024")), SCHEMA_START),
    "date as datetime": (
        _replace(SCHEMA_START, Literal("2024-03-05T10:00:00", datatype=XSD_DATETIME)),
        SCHEMA_START,
    ),
    "two labels": (
        _add(SKOS.prefLabel, Literal("Alpha RC", lang="en"), org_iri("ns-aa")),
        SKOS.prefLabel,
    ),
    "document without file name": (_drop(RC.fileName, RC.Document), RC.fileName),
    "conference without attendees": (_drop_all(RC.participant, RC.observer), None),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_graph_fails_on_the_right_path(case: str) -> None:
    mutate, path = BROKEN[case]
    g = to_graph(extraction())
    mutate(g)
    paths = failing_paths(g)
    assert paths, f"{case}: conforms"
    if path is not None:
        assert paths == {str(path)}, case


def test_an_agreement_with_one_party_fails_end_to_end() -> None:
    """The same rule, from an Extraction the extractor might wrongly produce."""
    ext = extraction()
    ext.relations[0] = Relation("agreement", ("ns-aa",), _ev(0, "t.mou"), subtype="mou")
    assert failing_paths(to_graph(ext)) == {str(RC.party)}


def test_every_role_notation_is_a_concept_of_the_scheme() -> None:
    g = load_ontology()
    for notation in ROLE_NOTATIONS:
        concept = ROLE[notation]
        assert (concept, RDF.type, RC.Role) in g, notation
        assert (concept, SKOS.notation, Literal(notation)) in g, notation
    assert {str(n) for n in g.objects(None, SKOS.notation)} == set(ROLE_NOTATIONS)


def test_seed_graph_conforms(seed_store) -> None:  # type: ignore[no-untyped-def]
    conforms, report = validate_store(seed_store)
    assert conforms, report


def test_sample_graph_conforms(sample_store) -> None:  # type: ignore[no-untyped-def]
    conforms, report = validate_store(sample_store)
    assert conforms, report
