"""The one IRI policy: how keys, documents and facts become IRIs.

Entity IRIs come from resolution keys (stable across documents, so the same
organisation in two articles is one node); fact IRIs are content hashes of what
makes the fact itself, so re-ingesting a document yields the same IRIs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import PurePath

from rdflib import URIRef

from ontology.namespaces import DOC, ID, ROLE

_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case ASCII slug of ``text``, words joined by ``-``.

    >>> slugify("Kızılay — Türk Kızılay")
    'kizilay-turk-kizilay'
    """
    ascii_text = (
        unicodedata.normalize("NFKD", text.replace("ı", "i")).encode("ascii", "ignore").decode()
    )
    return _SLUG_RE.sub("-", ascii_text.lower()).strip("-") or "x"


def short_hash(*parts: object) -> str:
    """A 16-hex-digit digest of ``parts``, stable across runs and machines.

    >>> short_hash("a", 1) == short_hash("a", 1)
    True
    """
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:16]


def org_iri(key: str) -> URIRef:
    """IRI of the organisation with resolution key ``key``.

    >>> str(org_iri("ns-ru"))
    'https://w3id.org/rcgraph/id/org/ns-ru'
    """
    return ID[f"org/{slugify(key)}"]


def person_iri(key: str) -> URIRef:
    """IRI of the person with resolution key ``key``."""
    return ID[f"person/{slugify(key)}"]


def place_iri(name: str, country: str | None = None) -> URIRef:
    """IRI of a place, by its name and country."""
    return ID[f"place/{slugify(name)}" + (f"-{country.lower()}" if country else "")]


def role_iri(notation: str) -> URIRef:
    """IRI of a role in the role scheme (``president``, ``secretary_general`` …)."""
    return ROLE[notation]


def document_id(file_name: str) -> str:
    """The document's id: its file name without directories and extension.

    >>> document_id("seeds/000_46aeec5b1123ccb6.txt")
    '000_46aeec5b1123ccb6'
    """
    return (
        slugify(PurePath(file_name).stem).replace("-", "_")
        if not re.fullmatch(r"[A-Za-z0-9_.\-]+", PurePath(file_name).stem)
        else PurePath(file_name).stem
    )


def document_iri(file_name: str) -> URIRef:
    """IRI of a document (and of the named graph holding its facts)."""
    return DOC[document_id(file_name)]


def fact_iri(kind: str, *parts: object) -> URIRef:
    """IRI of a fact node (relationship, appointment), hashed from its defining parts."""
    return ID[f"{kind}/{short_hash(kind, *parts)}"]


__all__ = [
    "document_id",
    "document_iri",
    "fact_iri",
    "org_iri",
    "person_iri",
    "place_iri",
    "role_iri",
    "short_hash",
    "slugify",
]
