"""Finding entities by name, alias or acronym, and their profiles.

Search is accent- and case-insensitive and ranked: exact name or alias, then prefix,
then a word of the name, then substring, then close spelling. Names resolve to IRIs
before any query is built, so user input never becomes SPARQL text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass
from difflib import SequenceMatcher
from typing import Any

from graph.errors import AmbiguousEntityError, UnknownEntityError
from graph.projection import Projection, build_projection

_IRI = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation as spaces: the form names are compared in.

    >>> fold("Türk Kızılay")
    'turk kizilay'
    """
    t = unicodedata.normalize("NFKD", text.replace("ı", "i")).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", t.lower()).split())


@dataclass(frozen=True, slots=True)
class EntityHit:
    """A search result."""

    id: str
    iri: str
    label: str
    kind: str
    node_type: str
    country: str | None
    score: float
    matched: str

    def as_dict(self) -> dict[str, Any]:
        """As plain JSON-ready values."""
        return asdict(self)


def entity_id(iri: str) -> str:
    """The short id used in URLs: the IRI's path after ``/id/`` (``org/ns-ru``)."""
    return iri.split("/id/", 1)[1] if "/id/" in iri else iri


def _names(view: Projection, node: str) -> list[str]:
    data = view.graph.nodes[node]
    return [n for n in [data.get("label") or "", *data.get("aliases", [])] if n]


def _score(q: str, f: str, fuzzy: bool) -> float:
    """Rank of a folded name ``f`` for the folded query ``q``."""
    if not f:
        return 0.0
    if f == q:
        return 1.0
    if f.startswith(q):
        return 0.85
    if q in f:
        return 0.75 if " " + q in " " + f else 0.6
    if not fuzzy or abs(len(f) - len(q)) > max(3, len(q) // 4):
        return 0.0
    m = SequenceMatcher(None, q, f)
    if m.real_quick_ratio() < 0.8 or m.quick_ratio() < 0.8:
        return 0.0
    ratio = m.ratio()
    return 0.5 * ratio if ratio >= 0.8 else 0.0


def _index(view: Projection) -> list[tuple[str, str, str]]:
    """(node, name, folded name) for every name and alias, built once per projection."""
    cached = view.names_index
    if cached is None:
        cached = [
            (node, name, fold(name)) for node in view.graph.nodes for name in _names(view, node)
        ]
        view.names_index = cached
    return cached


def search_entities(
    view: Projection | Any, q: str, *, limit: int = 10, kinds: set[str] | None = None
) -> list[EntityHit]:
    """Entities whose name or alias matches ``q``, best first.

    ``view`` is a :class:`~graph.projection.Projection` or a store (projected on the fly).
    """
    if not isinstance(view, Projection):
        view = build_projection(view)
    query = fold(q)
    if not query:
        return []
    best_by_node: dict[str, tuple[float, str]] = {}
    index = view.names_index or _index(view)
    for fuzzy in (False, True):
        for node, name, folded in index:
            s = _score(query, folded, fuzzy)
            if s > 0:
                old = best_by_node.get(node)
                if old is None or s > old[0] or (s == old[0] and len(name) < len(old[1])):
                    best_by_node[node] = (s, name)
        if best_by_node:
            break
    hits: list[EntityHit] = []
    for node, (best, matched) in best_by_node.items():
        data = view.graph.nodes[node]
        if kinds and data.get("node_type") not in kinds:
            continue
        if best > 0:
            # prefer well-connected entities on ties: they are what analysts look for
            degree = view.graph.degree(node)
            hits.append(
                EntityHit(
                    entity_id(node),
                    node,
                    str(data.get("label") or node),
                    str(data.get("kind")),
                    str(data.get("node_type")),
                    data.get("country"),
                    round(best + min(degree, 50) / 1000, 4),
                    matched,
                )
            )
    hits.sort(key=lambda h: (-h.score, len(h.label)))
    return hits[:limit]


def resolve_entity(view: Projection | Any, name_or_iri: str) -> str:
    """The IRI an analyst means by a name, alias, acronym, short id or IRI.

    Raises:
        UnknownEntityError: nothing matches (404).
        AmbiguousEntityError: several entities match equally well (409, with candidates).
    """
    if not isinstance(view, Projection):
        view = build_projection(view)
    text = (name_or_iri or "").strip()
    if not text:
        raise UnknownEntityError("no entity named")
    if _IRI.match(text):
        if text in view.graph:
            return text
        raise UnknownEntityError(f"no entity with IRI {text}")
    for node in view.graph.nodes:
        if entity_id(node) == text:
            return node
    hits = search_entities(view, text, limit=10)
    if not hits:
        raise UnknownEntityError(f"no entity matches {text!r}", query=text)
    exact = [h for h in hits if h.score >= 1.0]
    if len(exact) == 1:
        return exact[0].iri
    top = exact or [h for h in hits if h.score >= hits[0].score - 0.02]
    if len(top) == 1 and top[0].score >= 0.7:
        return top[0].iri
    raise AmbiguousEntityError(
        f"{text!r} matches several entities; name one of the candidates",
        candidates=[{"iri": h.iri, "label": h.label, "kind": h.kind} for h in (top or hits)],
    )


def entity_profile(view: Projection, iri: str) -> dict[str, Any]:
    """Labels, kind, identifiers, posts, relationships with evidence, events and documents.

    Raises:
        UnknownEntityError: no such entity.
    """
    if iri not in view.graph:
        raise UnknownEntityError(f"no entity with IRI {iri}")
    data = view.graph.nodes[iri]
    relationships, posts, events, documents = [], [], [], set()
    edges = list(view.graph.out_edges(iri, keys=True, data=True)) + list(
        view.graph.in_edges(iri, keys=True, data=True)
    )
    for u, v, _, attrs in edges:
        other = v if u == iri else u
        documents.update(attrs.get("documents", []))
        item = {
            "iri": attrs["iri"],
            "relation": attrs["relation"],
            "subtype": attrs["subtype"],
            "date": attrs.get("date"),
            "place": attrs.get("place"),
            "with": {"iri": other, "id": entity_id(other), "label": view.label(other)},
            "documents": attrs.get("documents", []),
            "evidence": attrs.get("evidence", []),
        }
        if attrs["relation"] == "post":
            item["role"] = attrs.get("role")
            item["role_text"] = attrs.get("role_text")
            posts.append(item)
        elif attrs["relation"] in ("participation", "observer"):
            events.append(item)
        else:
            relationships.append(item)
    relationships.sort(key=lambda r: (r["date"] or "", r["iri"]))
    return {
        "id": entity_id(iri),
        "iri": iri,
        "label": data.get("label"),
        "aliases": sorted(set(data.get("aliases", []))),
        "kind": data.get("kind"),
        "node_type": data.get("node_type"),
        "country": data.get("country"),
        "fdrs": data.get("fdrs"),
        "website": data.get("website"),
        "posts": posts,
        "relationships": relationships,
        "events": events,
        "documents": sorted(documents),
    }


__all__ = ["EntityHit", "entity_id", "entity_profile", "fold", "resolve_entity", "search_entities"]
