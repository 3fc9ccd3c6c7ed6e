"""Facts → RDF triples, one named graph per document. Pure: no store access.

The n-ary relationship node is the source of truth (who, when, where, on what
evidence); ``rc:partneredWith`` between organisations is derived from it and written
in the same named graph so that deleting the document deletes both.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from itertools import combinations

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, SDO, SKOS, XSD

from graph.facts import (
    PARTNER_KINDS,
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
from graph.identifiers import (
    document_iri,
    fact_iri,
    org_iri,
    person_iri,
    place_iri,
    role_iri,
)
from ontology.namespaces import RC

Triple = tuple[URIRef | BNode, URIRef, URIRef | BNode | Literal]

#: Organisation kind (as in :data:`graph.facts.ORG_KINDS`) → ontology class.
ORG_CLASSES: dict[str, URIRef] = {
    "national_society": RC.NationalSociety,
    "movement_body": RC.MovementBody,
    "ngo": RC.NGO,
    "government": RC.GovernmentBody,
    "un_agency": RC.UNAgency,
    "company": RC.Company,
    "other": RC.OtherOrganisation,
}
#: The reverse lookup, for reading kinds back from the store.
CLASS_KINDS: dict[str, str] = {str(v): k for k, v in ORG_CLASSES.items()}

#: Relation (kind, subtype) → ontology class; the subtype-less entry is the fallback.
RELATION_CLASSES: dict[tuple[str, str | None], URIRef] = {
    ("agreement", None): RC.Agreement,
    ("agreement", "mou"): RC.MemorandumOfUnderstanding,
    ("agreement", "cooperation_agreement"): RC.CooperationAgreement,
    ("agreement", "protocol"): RC.Protocol,
    ("alliance", None): RC.Alliance,
    ("support", None): RC.Support,
    ("donation", None): RC.Donation,
    ("meeting", None): RC.Meeting,
    ("participation", None): RC.Conference,
    ("mission", None): RC.Mission,
}
#: Ontology class → relation kind, for reading back.
CLASS_RELATION_KINDS: dict[str, str] = {str(v): k for (k, _), v in RELATION_CLASSES.items()}

_DATE_TYPES = {"year": XSD.gYear, "month": XSD.gYearMonth, "day": XSD.date}


def date_literal(value: DateValue) -> Literal:
    """The typed literal for a date at its precision (xsd:gYear, xsd:gYearMonth, xsd:date).

    >>> date_literal(DateValue("2022-03", "month")).datatype.endswith("gYearMonth")
    True
    """
    return Literal(value.iso, datatype=_DATE_TYPES.get(value.precision, XSD.string))


def relation_class(relation: Relation) -> URIRef:
    """Ontology class of a relation, most specific first."""
    return RELATION_CLASSES.get(
        (relation.kind, relation.subtype), RELATION_CLASSES[(relation.kind, None)]
    )


def relation_iri(document: str, relation: Relation) -> URIRef:
    """IRI of a relation node: stable for the same document, kind, parties (and recipients)
    and sentence: "A supports B and C" is two support nodes, not one of three parties.

    Participation facts about the same named event in one document share one node.
    """
    if relation.kind == "participation":
        return fact_iri(
            "event", document, (relation.name or str(relation.evidence.sentence)).lower()
        )
    return fact_iri(
        relation.kind,
        document,
        relation.subtype,
        sorted(relation.parties),
        relation.evidence.start,
        *([sorted(relation.recipients)] if relation.recipients else []),
    )


def organisation_triples(org: Organisation) -> Iterator[Triple]:
    """Label, kind, aliases, country and identifiers of one organisation."""
    s = org_iri(org.key)
    yield s, RDF.type, ORG_CLASSES.get(org.kind, RC.OtherOrganisation)
    yield s, SKOS.prefLabel, Literal(org.label, lang="en")
    for alias in org.aliases:
        if alias != org.label:
            yield s, SKOS.altLabel, Literal(alias)
    if org.country:
        yield s, RC.countryCode, Literal(org.country)
    if org.fdrs:
        yield s, RC.fdrsCode, Literal(org.fdrs)
    if org.website:
        yield s, FOAF.homepage, URIRef(org.website)


def person_triples(person: Person) -> Iterator[Triple]:
    """Type and name of one person."""
    s = person_iri(person.key)
    yield s, RDF.type, RC.Person
    yield s, FOAF.name, Literal(person.name)
    yield s, SKOS.prefLabel, Literal(person.name)


def evidence_triples(node: URIRef, evidence: Evidence, doc: URIRef) -> Iterator[Triple]:
    """Provenance of one fact node: the document, the sentence, offsets, rule and confidence."""
    yield node, PROV.wasDerivedFrom, doc
    yield node, RC.evidenceText, Literal(evidence.text)
    yield node, RC.sentenceIndex, Literal(evidence.sentence)
    yield node, RC.charStart, Literal(evidence.start)
    yield node, RC.charEnd, Literal(evidence.end)
    yield node, RC.extractedBy, Literal(evidence.rule)
    yield (
        node,
        RC.confidence,
        Literal(Decimal(str(round(evidence.confidence, 3))), datatype=XSD.decimal),
    )


def place_triples(place: Place) -> Iterator[Triple]:
    """A place node with its label and country."""
    p = place_iri(place.name, place.country)
    yield p, RDF.type, RC.Place
    yield p, SKOS.prefLabel, Literal(place.name)
    if place.country:
        yield p, RC.countryCode, Literal(place.country)


def post_triples(post: Post, doc: URIRef) -> Iterator[Triple]:
    """An appointment (org:Membership) of a person to a role in an organisation."""
    node = fact_iri("appointment", doc, post.person, post.organisation, post.role)
    yield node, RDF.type, RC.Appointment
    yield node, ORG.member, person_iri(post.person)
    if post.organisation:
        yield node, ORG.organization, org_iri(post.organisation)
    yield node, ORG.role, role_iri(post.role)
    yield node, RC.roleText, Literal(post.role_text)
    yield from evidence_triples(node, post.evidence, doc)


def relation_triples(relation: Relation, doc: URIRef, document: str) -> Iterator[Triple]:
    """The n-ary node of one relationship, and the ``rc:partneredWith`` edges it implies."""
    node = relation_iri(document, relation)
    yield node, RDF.type, relation_class(relation)
    member = RC.participant if relation.kind == "participation" else RC.party
    for key in relation.parties:
        yield node, member, org_iri(key)
    for key in relation.observers:
        yield node, RC.observer, org_iri(key)
    if relation.kind in ("support", "donation") and relation.parties:
        yield node, RC.provider, org_iri(relation.parties[0])
    for key in relation.recipients:
        yield node, RC.recipient, org_iri(key)
        yield node, RC.party, org_iri(key)
    for key in relation.signatories:
        yield node, RC.signatory, person_iri(key)
    if relation.name:
        yield node, SDO.name, Literal(relation.name)
    if relation.date:
        yield node, SDO.startDate, date_literal(relation.date)
        if relation.date.text:
            yield node, RC.dateText, Literal(relation.date.text)
    if relation.end_date:
        yield node, SDO.endDate, date_literal(relation.end_date)
    if relation.place:
        yield node, SDO.location, place_iri(relation.place.name, relation.place.country)
        yield from place_triples(relation.place)
    if relation.theme:
        yield node, RC.theme, Literal(relation.theme)
    if relation.topic:
        yield node, RC.topic, Literal(relation.topic)
    if relation.size is not None:
        yield node, RC.teamSize, Literal(relation.size)
    yield from evidence_triples(node, relation.evidence, doc)
    if relation.kind in PARTNER_KINDS:
        orgs = sorted({*relation.parties, *relation.recipients})
        for a, b in combinations(orgs, 2):
            yield org_iri(a), RC.partneredWith, org_iri(b)
            yield org_iri(b), RC.partneredWith, org_iri(a)


def document_triples(meta: DocumentMeta, text: str) -> Iterator[Triple]:
    """The document node: file name, title, date, publisher, language and its text."""
    d = document_iri(meta.name)
    yield d, RDF.type, RC.Document
    yield d, RC.fileName, Literal(meta.name)
    if meta.title:
        yield d, DCTERMS.title, Literal(meta.title)
    if meta.date:
        yield d, DCTERMS.issued, date_literal(meta.date)
    if meta.publisher:
        yield d, DCTERMS.publisher, Literal(meta.publisher)
    if meta.language:
        yield d, DCTERMS.language, Literal(meta.language)
    if meta.source_url:
        yield d, DCTERMS.source, URIRef(meta.source_url)
    yield d, SDO.text, Literal(text)


def extraction_triples(extraction: Extraction) -> list[Triple]:
    """All triples for one document's extraction, de-duplicated, in a stable order.

    They all go into the document's named graph (:func:`graph.identifiers.document_iri`).
    """
    meta = extraction.document
    doc = document_iri(meta.name)
    out: list[Triple] = list(document_triples(meta, extraction.text))
    for org in extraction.organisations.values():
        out.extend(organisation_triples(org))
        out.append((doc, SDO.mentions, org_iri(org.key)))
    for person in extraction.people.values():
        out.extend(person_triples(person))
        out.append((doc, SDO.mentions, person_iri(person.key)))
    for post in extraction.posts:
        out.extend(post_triples(post, doc))
    for relation in extraction.relations:
        out.extend(relation_triples(relation, doc, meta.name))
    return list(dict.fromkeys(out))


def reference_triples(organisations: Iterable[Organisation]) -> list[Triple]:
    """Triples for the reference data (every known society and body), for its own graph."""
    out: list[Triple] = []
    for org in organisations:
        out.extend(organisation_triples(org))
    return list(dict.fromkeys(out))


__all__ = [
    "CLASS_KINDS",
    "CLASS_RELATION_KINDS",
    "ORG_CLASSES",
    "RELATION_CLASSES",
    "Triple",
    "date_literal",
    "document_triples",
    "extraction_triples",
    "reference_triples",
    "relation_iri",
]
