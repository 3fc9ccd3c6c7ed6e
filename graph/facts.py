"""Facts: what extraction hands to the triple writer, as plain Python values.

Extraction (``graph.extract``) turns a :class:`~graph.documents.Document` into an
:class:`Extraction`; :mod:`graph.triples` turns that into RDF. Nothing here knows RDF
or the store, so every stage can be tested with ordinary values.

Entities are referred to by a *key* (``Organisation.key``, ``Person.key``) that is
stable across documents: two mentions that resolve to the same key are the same
node in the graph. The key policy lives in :mod:`graph.identifiers`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Organisation kinds, as the gold annotations and the ontology name them.
ORG_KINDS: tuple[str, ...] = (
    "national_society",
    "movement_body",
    "ngo",
    "government",
    "un_agency",
    "company",
    "other",
)

#: Relationship kinds. The first five are ties between organisations ("partners").
PARTNER_KINDS: tuple[str, ...] = ("agreement", "alliance", "support", "meeting", "donation")
RELATION_KINDS: tuple[str, ...] = (*PARTNER_KINDS, "participation", "mission")


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar date at the precision the text gives it.

    ``iso`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``precision`` is ``year``,
    ``month`` or ``day`` accordingly; ``text`` is the wording it came from.

    >>> DateValue("2022-03", "month", "in March 2022").iso
    '2022-03'
    """

    iso: str
    precision: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class Place:
    """A place as written (``name``), with its country (ISO 3166-1 alpha-2) if known."""

    name: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the sentence, its character offsets in the document text,
    the rule that fired and how much we trust it."""

    document: str
    sentence: int
    start: int
    end: int
    text: str
    rule: str
    confidence: float = 0.8


@dataclass(frozen=True, slots=True)
class Organisation:
    """A resolved organisation. ``key`` is its identity across documents."""

    key: str
    label: str
    kind: str = "other"
    country: str | None = None
    aliases: tuple[str, ...] = ()
    fdrs: str | None = None
    website: str | None = None


@dataclass(frozen=True, slots=True)
class Person:
    """A named person, without honorifics. ``key`` is its identity across documents."""

    key: str
    name: str


@dataclass(frozen=True, slots=True)
class Post:
    """A person holding a post in an organisation, as one document states it.

    ``role`` is the normalised role (a notation in the SKOS role scheme, e.g.
    ``president``); ``role_text`` keeps the original wording.
    """

    person: str
    organisation: str | None
    role: str
    role_text: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Relation:
    """An n-ary relationship: the source of truth for who did what with whom.

    ``kind`` is one of :data:`RELATION_KINDS`; ``subtype`` refines it (``mou``,
    ``cooperation_agreement``, ``protocol``, ``funding``, ``coordination_meeting``,
    ``conference`` …). ``parties`` are organisation keys; for ``support`` and
    ``donation`` the first party is the giver and ``recipients`` names the receivers;
    for ``participation`` the parties attended the event named in ``name`` and
    ``observers`` attended as observers.
    """

    kind: str
    parties: tuple[str, ...]
    evidence: Evidence
    subtype: str | None = None
    name: str | None = None
    signatories: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    observers: tuple[str, ...] = ()
    date: DateValue | None = None
    end_date: DateValue | None = None
    place: Place | None = None
    theme: str | None = None
    topic: str | None = None
    size: int | None = None


@dataclass(slots=True)
class DocumentMeta:
    """What we know about a document besides its text."""

    name: str
    title: str | None = None
    date: DateValue | None = None
    publisher: str | None = None
    language: str = "en"
    source_url: str | None = None


@dataclass(slots=True)
class Extraction:
    """Everything read from one document, ready for :func:`graph.triples.extraction_triples`."""

    document: DocumentMeta
    text: str
    organisations: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    posts: list[Post] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


__all__ = [
    "DateValue",
    "DocumentMeta",
    "Evidence",
    "Extraction",
    "ORG_KINDS",
    "Organisation",
    "PARTNER_KINDS",
    "Person",
    "Place",
    "Post",
    "RELATION_KINDS",
    "Relation",
]
