"""The analyst tables: partners, people and events as plain rows.

The same columns in the CLI (``rcgraph partners|people|events``) and over HTTP
(``/partners``, ``/people``, ``/events``). ``document`` is the ingested file's name.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from ontology.namespaces import sparql_prologue

PARTNER_COLUMNS = ("org_a", "org_b", "relation", "date", "place", "document", "evidence")
PEOPLE_COLUMNS = ("person", "role", "organization", "document")
EVENT_COLUMNS = ("event", "kind", "date", "place", "participant", "role", "document")


class Selectable(Protocol):
    """Anything with ``select`` (the embedded or the external store)."""

    def select(self, sparql: str, **bindings: str) -> list[dict[str, Any]]: ...


_KINDS = """
  VALUES (?cls ?relation) {
    (rc:Agreement "agreement") (rc:MemorandumOfUnderstanding "agreement")
    (rc:CooperationAgreement "agreement") (rc:Protocol "agreement")
    (rc:Alliance "alliance") (rc:Support "support") (rc:Donation "donation")
    (rc:Meeting "meeting")
  }
"""

PARTNERS_QUERY = (
    sparql_prologue()
    + """
SELECT ?r ?a ?b ?relation (SAMPLE(?la) AS ?org_a) (SAMPLE(?lb) AS ?org_b)
       (SAMPLE(?d) AS ?date) (SAMPLE(?pl) AS ?place) (SAMPLE(?f) AS ?document)
       (SAMPLE(?ev) AS ?evidence) (GROUP_CONCAT(DISTINCT ?aa; SEPARATOR="|") AS ?names_a)
       (GROUP_CONCAT(DISTINCT ?ab; SEPARATOR="|") AS ?names_b)
WHERE {
"""
    + _KINDS
    + """
  ?r a ?cls ; rc:party ?a, ?b ; prov:wasDerivedFrom ?doc ; rc:evidenceText ?ev .
  FILTER(STR(?a) < STR(?b))
  GRAPH ?doc { ?a skos:prefLabel ?la . ?b skos:prefLabel ?lb }
  ?doc rc:fileName ?f .
  OPTIONAL { ?r schema:startDate ?d }
  OPTIONAL { GRAPH ?doc { ?r schema:location/skos:prefLabel ?pl } }
  OPTIONAL { GRAPH ?doc { ?a skos:altLabel ?aa } }
  OPTIONAL { GRAPH ?doc { ?b skos:altLabel ?ab } }
}
GROUP BY ?r ?a ?b ?relation
ORDER BY ?document ?date ?org_a ?org_b
"""
)

PEOPLE_QUERY = (
    sparql_prologue()
    + """
SELECT ?p ?o (SAMPLE(?name) AS ?person) (SAMPLE(?rt) AS ?role) (SAMPLE(?lo) AS ?organization)
       ?document (GROUP_CONCAT(DISTINCT ?alt; SEPARATOR="|") AS ?names_o)
WHERE {
  ?m a rc:Appointment ; org:member ?p ; rc:roleText ?rt ; prov:wasDerivedFrom ?doc .
  GRAPH ?doc { ?p foaf:name ?name }
  ?doc rc:fileName ?document .
  OPTIONAL { ?m org:organization ?o }
  OPTIONAL { GRAPH ?doc { ?o skos:prefLabel ?lo } }
  OPTIONAL { GRAPH ?doc { ?o skos:altLabel ?alt } }
}
GROUP BY ?m ?p ?o ?document
ORDER BY ?document ?person
"""
)

EVENTS_QUERY = (
    sparql_prologue()
    + """
SELECT ?e ?o (SAMPLE(?n) AS ?event) ("conference" AS ?kind) (SAMPLE(?d) AS ?date)
       (SAMPLE(?pl) AS ?place) (SAMPLE(?lo) AS ?participant) ?role ?document
       (GROUP_CONCAT(DISTINCT ?alt; SEPARATOR="|") AS ?names_o)
WHERE {
  ?e a rc:Conference ; prov:wasDerivedFrom ?doc .
  { ?e rc:participant ?o BIND("participant" AS ?role) }
  UNION { ?e rc:observer ?o BIND("observer" AS ?role) }
  GRAPH ?doc { ?o skos:prefLabel ?lo }
  ?doc rc:fileName ?document .
  OPTIONAL { ?e schema:name ?n }
  OPTIONAL { ?e schema:startDate ?d }
  OPTIONAL { GRAPH ?doc { ?e schema:location/skos:prefLabel ?pl } }
  OPTIONAL { GRAPH ?doc { ?o skos:altLabel ?alt } }
}
GROUP BY ?e ?o ?role ?document
ORDER BY ?document ?event ?participant
"""
)


def as_written(label: str | None, names: str | None) -> str | None:
    """The name a document uses for an organisation: its longest form that is not an
    acronym, else the canonical label. Tables show organisations as each document
    names them, so a row reads like its evidence.

    >>> as_written("Syrian Arab Red Crescent", "SARC|Syrian Arab Red Crescent Society")
    'Syrian Arab Red Crescent Society'
    >>> as_written("Red Crescent Society of the Republic of Kazakhstan", "Kazakh Red Crescent")
    'Kazakh Red Crescent'
    >>> as_written("Turkish Red Crescent", "TRC")
    'Turkish Red Crescent'
    """
    forms = [n for n in (names or "").split("|") if n and not (n.isupper() and len(n) <= 8)]
    return max(forms, key=len) if forms else label


def _clean(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        row = dict(row)
        for col, names in (
            ("org_a", "names_a"),
            ("org_b", "names_b"),
            ("organization", "names_o"),
            ("participant", "names_o"),
        ):
            if col in columns and names in row:
                row[col] = as_written(row.get(col), row.get(names))
        out.append({c: row.get(c) for c in columns} | {"_ids": row})
    return out


def partner_rows(store: Selectable, *, orgs: set[str] | None = None) -> list[dict[str, Any]]:
    """One row per partner relationship and pair of organisations.

    ``orgs`` (IRIs) keeps only rows where one side is among them; that side is put
    first as ``org_a``.
    """
    rows = []
    for row in store.select(PARTNERS_QUERY):
        if orgs is not None:
            if row["b"] in orgs and row["a"] not in orgs:
                row = {
                    **row,
                    "a": row["b"],
                    "b": row["a"],
                    "org_a": row["org_b"],
                    "org_b": row["org_a"],
                }
            elif row["a"] not in orgs:
                continue
        rows.append(row)
    return _clean(rows, PARTNER_COLUMNS)


def people_rows(store: Selectable, *, orgs: set[str] | None = None) -> list[dict[str, Any]]:
    """One row per post a person holds, as each document states it."""
    rows = [r for r in store.select(PEOPLE_QUERY) if orgs is None or r.get("o") in orgs]
    return _clean(rows, PEOPLE_COLUMNS)


def event_rows(store: Selectable, *, orgs: set[str] | None = None) -> list[dict[str, Any]]:
    """One row per participant (or observer) of each conference or summit."""
    rows = [r for r in store.select(EVENTS_QUERY) if orgs is None or r.get("o") in orgs]
    return _clean(rows, EVENT_COLUMNS)


def format_rows(rows: list[dict[str, Any]], columns: Sequence[str], fmt: str = "table") -> str:
    """Render rows as ``csv``, ``json`` or an aligned text ``table``."""
    plain = [{c: ("" if r.get(c) is None else r.get(c)) for c in columns} for r in rows]
    if fmt == "json":
        return json.dumps(plain, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows(plain)
        return buf.getvalue()
    widths = {c: min(60, max([len(c), *(len(str(r[c])) for r in plain)])) for c in columns}

    def cut(value: object, width: int) -> str:
        text = str(value).replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    lines = ["  ".join(c.ljust(widths[c]) for c in columns)]
    lines.append("  ".join("-" * widths[c] for c in columns))
    lines += ["  ".join(cut(r[c], widths[c]).ljust(widths[c]) for c in columns) for r in plain]
    return "\n".join(lines) + f"\n({len(plain)} rows)\n"


__all__ = [
    "EVENT_COLUMNS",
    "PARTNER_COLUMNS",
    "PEOPLE_COLUMNS",
    "event_rows",
    "format_rows",
    "partner_rows",
    "people_rows",
]
