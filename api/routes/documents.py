"""``/documents``: the ingested articles, their text, and ingestion of new ones."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import PlainTextResponse

from api.deps import SettingsDep, StoreDep
from api.routes.sparql import check_write_allowed
from graph.errors import DocumentError, UnknownEntityError
from graph.identifiers import document_iri
from ontology.namespaces import sparql_prologue

router = APIRouter(tags=["documents"])

LIST_QUERY = (
    sparql_prologue()
    + """
SELECT ?d ?file (SAMPLE(?t) AS ?title) (SAMPLE(?i) AS ?issued) (SAMPLE(?p) AS ?publisher) WHERE {
  ?d a rc:Document ; rc:fileName ?file .
  OPTIONAL { ?d dcterms:title ?t } OPTIONAL { ?d dcterms:issued ?i }
  OPTIONAL { ?d dcterms:publisher ?p }
} GROUP BY ?d ?file ORDER BY ?file
"""
)
ONE_QUERY = (
    sparql_prologue()
    + """
SELECT ?d ?file ?title ?issued ?publisher ?text WHERE {
  ?d a rc:Document ; rc:fileName ?file ; schema:text ?text .
  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:issued ?issued }
  OPTIONAL { ?d dcterms:publisher ?publisher }
} LIMIT 1
"""
)


@router.get("/documents", summary="The ingested documents")
def list_documents(store: StoreDep) -> list[dict[str, Any]]:
    """File name, title, publication date and publisher of every document."""
    return [
        {
            "id": r["file"].rsplit(".", 1)[0],
            "file": r["file"],
            "iri": r["d"],
            "title": r["title"],
            "date": r["issued"],
            "publisher": r["publisher"],
        }
        for r in store.select(LIST_QUERY)
    ]


@router.get("/documents/{doc_id}", summary="A document's text or metadata")
def get_document(
    store: StoreDep,
    doc_id: str,
    request: Request,
    format: Annotated[str | None, Query(pattern="^(text|json)$")] = None,
) -> Any:
    """The text (``text/plain``), or metadata and text as JSON with ``?format=json`` or
    ``Accept: application/json``."""
    iri = str(document_iri(doc_id))
    rows = store.select(ONE_QUERY, d=iri)
    if not rows:
        raise UnknownEntityError(f"no document {doc_id!r}")
    row = rows[0]
    wants_json = format == "json" or (
        format is None and "application/json" in request.headers.get("accept", "")
    )
    if wants_json:
        return {"id": doc_id, "iri": iri, **row}
    return PlainTextResponse(row["text"])


@router.post("/documents", status_code=201, summary="Ingest a new article (needs the token)")
async def post_document(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    file: Annotated[UploadFile | None, File()] = None,
    text: Annotated[str | None, Form()] = None,
    name: Annotated[str | None, Form()] = None,
) -> dict[str, Any]:
    """Accepts an article as an uploaded file or as ``text`` (+ ``name``), extracts it and
    stores it as one transaction; returns what was extracted."""
    check_write_allowed(request, settings)
    from graph.pipeline import ingest_text

    if file is not None:
        data: bytes | str = await file.read(settings.max_document_bytes + 1)
        doc_name = name or file.filename or "upload.txt"
    elif text is not None:
        data, doc_name = text, name or "article.txt"
    else:
        raise DocumentError("send the article as a 'file' upload or as 'text'")
    if len(data) > settings.max_document_bytes:
        raise DocumentError(f"the document is larger than {settings.max_document_bytes} bytes")
    loop = asyncio.get_running_loop()
    extraction, report = await loop.run_in_executor(
        None, lambda: ingest_text(store, doc_name, data, max_bytes=settings.max_document_bytes)
    )
    request.app.state.generation += 1
    return {
        "document": report.name,
        "triples": report.triples,
        "organisations": [
            {"key": o.key, "label": o.label, "kind": o.kind}
            for o in extraction.organisations.values()
        ],
        "people": [{"name": p.name} for p in extraction.people.values()],
        "relationships": [
            {
                "kind": r.kind,
                "parties": list(r.parties),
                "recipients": list(r.recipients),
                "date": r.date.iso if r.date else None,
                "evidence": r.evidence.text,
            }
            for r in extraction.relations
        ],
    }
