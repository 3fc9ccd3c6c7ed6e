"""Ingest: documents → extraction → triples → store, one document per transaction.

A document that cannot be read is reported and skipped; the store keeps what it had.
Re-ingesting a document replaces its named graph (same IRIs), never duplicates it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.errors import DocumentError
from graph.facts import Extraction
from graph.identifiers import document_iri
from graph.triples import extraction_triples, reference_triples
from ontology.namespaces import ONTOLOGY_GRAPH, REFERENCE_GRAPH


@dataclass(slots=True)
class DocumentReport:
    """What happened to one document."""

    name: str
    ok: bool
    error: str | None = None
    triples: int = 0
    organisations: int = 0
    people: int = 0
    posts: int = 0
    relations: int = 0


@dataclass(slots=True)
class IngestReport:
    """What an ingest did, document by document."""

    documents: list[DocumentReport] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[DocumentReport]:
        """The documents that were skipped."""
        return [d for d in self.documents if not d.ok]


def store_extraction(store: Any, extraction: Extraction) -> int:
    """Write one document's extraction as its named graph (atomically); return the triple count."""
    triples = extraction_triples(extraction)
    store.replace_graph(str(document_iri(extraction.document.name)), triples)
    return len(triples)


def _summary(extraction: Extraction, triples: int) -> DocumentReport:
    return DocumentReport(
        name=extraction.document.name,
        ok=True,
        triples=triples,
        organisations=len(extraction.organisations),
        people=len(extraction.people),
        posts=len(extraction.posts),
        relations=len(extraction.relations),
    )


def ingest_text(
    store: Any,
    name: str,
    data: bytes | str,
    *,
    meta: dict | None = None,
    max_bytes: int = 2_000_000,
) -> tuple[Extraction, DocumentReport]:
    """Extract one document given as text or bytes and store it.

    Raises:
        DocumentError: the document is empty, binary, too large or not text.
    """
    from graph.documents import parse_document
    from graph.extract import extract_document

    extraction = extract_document(parse_document(name, data, meta=meta, max_bytes=max_bytes))
    return extraction, _summary(extraction, store_extraction(store, extraction))


def ingest_files(
    store: Any,
    paths: Iterable[str | Path],
    *,
    progress: Callable[[DocumentReport], None] | None = None,
    max_bytes: int = 2_000_000,
) -> IngestReport:
    """Ingest files one by one; a broken one is reported and skipped."""
    from graph.documents import read_document
    from graph.extract import extract_document

    report = IngestReport()
    started = time.perf_counter()
    for path in paths:
        try:
            extraction = extract_document(read_document(path, max_bytes=max_bytes))
            item = _summary(extraction, store_extraction(store, extraction))
        except DocumentError as exc:
            item = DocumentReport(name=Path(path).name, ok=False, error=exc.message)
        except OSError as exc:
            item = DocumentReport(name=Path(path).name, ok=False, error=str(exc))
        report.documents.append(item)
        if progress:
            progress(item)
    report.seconds = time.perf_counter() - started
    return report


def load_reference_data(store: Any) -> int:
    """(Re)load the reference organisations and the ontology into their own named graphs."""
    from graph.reference import load_reference
    from ontology import load_ontology

    ref = reference_triples(load_reference())
    store.replace_graph(str(REFERENCE_GRAPH), ref)
    onto = [(s, p, o) for s, p, o in load_ontology()]
    store.replace_graph(str(ONTOLOGY_GRAPH), onto)
    return len(ref) + len(onto)


def document_graphs(store: Any) -> list[str]:
    """IRIs of the named graphs that hold documents (not reference or ontology)."""
    return [g for g in store.named_graphs() if g not in (str(REFERENCE_GRAPH), str(ONTOLOGY_GRAPH))]


def remove_document(store: Any, name: str) -> None:
    """Remove a document and every fact read from it."""
    store.remove_graph(str(document_iri(name)))


__all__ = [
    "DocumentReport",
    "IngestReport",
    "document_graphs",
    "ingest_files",
    "ingest_text",
    "load_reference_data",
    "remove_document",
    "store_extraction",
]
