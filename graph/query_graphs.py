"""Which graphs a SPARQL query's text names: its ``FROM`` clauses and ``GRAPH`` patterns.

Read from the tokens, not parsed: the store needs to know, per query, whether the query
sets its own dataset (then the union default graph must not replace it) and whether the
in-memory copy holds every graph it reads. Strings and comments are skipped, so a
``GRAPH`` inside a literal is not one; anything doubtful answers "cannot tell".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Strings and comments are skipped; IRIs, prefixed names, variables and words are tokens.
_TOKENS = re.compile(
    r'(?P<skip>"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|#[^\n]*)"
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r"|(?P<pname>(?:[A-Za-z][\w.-]*)?:[\w.%:-]*)"
    r"|(?P<var>[?$]\w+)"
    r"|(?P<word>[A-Za-z_]\w*)"
)
_ABSOLUTE = re.compile(r"[A-Za-z][\w+.-]*:")


@dataclass(frozen=True, slots=True)
class QueryGraphs:
    """What a query's text says about graphs."""

    #: The IRIs named by ``FROM``, ``FROM NAMED`` and ``GRAPH``; None when one of them is
    #: not an absolute IRI or a declared prefixed name (``GRAPH ?g``, a relative IRI under
    #: a ``BASE``): only the whole dataset answers such a query.
    named: frozenset[str] | None
    #: Whether the query has a ``FROM`` or ``FROM NAMED`` clause: its own dataset.
    has_dataset: bool


_SEEN: dict[str, QueryGraphs] = {}


def query_graphs(sparql: str) -> QueryGraphs:
    """The graphs ``sparql`` names (remembered per query text: clients repeat queries)."""
    hit = _SEEN.get(sparql)
    if hit is None:
        hit = _read(sparql)
        if len(_SEEN) >= 1024:
            _SEEN.clear()
        _SEEN[sparql] = hit
    return hit


def graphs_named(sparql: str) -> frozenset[str] | None:
    """The IRIs of the graphs ``sparql`` names (empty: none; None: cannot tell)."""
    return query_graphs(sparql).named


def _read(sparql: str) -> QueryGraphs:
    tokens = [(m.lastgroup, m.group()) for m in _TOKENS.finditer(sparql) if m.lastgroup != "skip"]
    prefixes: dict[str, str] = {}
    graphs: set[str] = set()
    known, has_dataset = True, False
    for i, (kind, text) in enumerate(tokens):
        if kind != "word":
            continue
        word = text.upper()
        if word == "BASE":
            known = False
        elif word == "PREFIX" and i + 2 < len(tokens):
            (k1, name), (k2, iri) = tokens[i + 1], tokens[i + 2]
            if k1 == "pname" and name.endswith(":") and k2 == "iri":
                prefixes[name[:-1]] = iri[1:-1]
        elif word in ("GRAPH", "FROM"):
            has_dataset = has_dataset or word == "FROM"
            j = i + 1
            if word == "FROM" and j < len(tokens) and tokens[j][1].upper() == "NAMED":
                j += 1
            iri = _iri(tokens[j], prefixes) if j < len(tokens) else None
            if iri is None:
                known = False
            else:
                graphs.add(iri)
    return QueryGraphs(frozenset(graphs) if known else None, has_dataset)


def _iri(token: tuple[str | None, str], prefixes: dict[str, str]) -> str | None:
    """The absolute IRI a token stands for, if it is one."""
    kind, text = token
    if kind == "iri":
        iri = text[1:-1]
    elif kind == "pname":
        prefix, _, local = text.partition(":")
        if prefix not in prefixes:
            return None
        iri = prefixes[prefix] + local
    else:
        return None
    return iri if _ABSOLUTE.match(iri) else None


__all__ = ["QueryGraphs", "graphs_named", "query_graphs"]
