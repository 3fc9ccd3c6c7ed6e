"""Partners, paths, neighbourhoods, timelines and network analytics over the projection.

Every answer carries its evidence: the relationship's IRI, date, documents and the
sentences it was read from, taken from the projection's in-memory index.

People and events are not intermediate nodes of a path unless asked
(``via_people`` / ``via_events``): "connected through a shared conference" is a weaker
tie than an agreement, and analysts choose when they want it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from itertools import islice
from typing import Any

import networkx as nx

from graph.entities import entity_id
from graph.errors import NoPathError, QueryError, UnknownEntityError
from graph.facts import PARTNER_KINDS, RELATION_KINDS
from graph.projection import Projection


@dataclass(frozen=True, slots=True)
class Step:
    """One hop of a path: from one entity to the next, with the relationships that join them."""

    source: str
    target: str
    source_label: str
    target_label: str
    relation: str
    date: str | None
    relationships: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0


#: Relationships shown per hop (the most recent first); ``Step.total`` counts them all.
MAX_PER_STEP = 10


@dataclass(frozen=True, slots=True)
class Path:
    """A path between two entities."""

    nodes: list[str]
    labels: list[str]
    steps: list[Step]

    @property
    def hops(self) -> int:
        """Number of steps."""
        return len(self.steps)

    def as_dict(self) -> dict[str, Any]:
        """As plain JSON-ready values."""
        return {**asdict(self), "hops": self.hops}


def _in_window(date: str | None, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    if not date:
        return False
    return (not since or date[: len(since)] >= since[: len(date)]) and (
        not until or date[: len(until)] <= until[: len(date)]
    )


def check_types(types: list[str] | None) -> set[str] | None:
    """Validate relation type filters.

    Raises:
        QueryError: an unknown type.
    """
    if not types:
        return None
    bad = [t for t in types if t not in (*RELATION_KINDS, "post", "observer")]
    if bad:
        raise QueryError(
            f"unknown relation type(s): {', '.join(bad)}",
            field="types",
            allowed=list(RELATION_KINDS),
        )
    return set(types)


def edge_ok(
    attrs: dict[str, Any], types: set[str] | None, since: str | None, until: str | None
) -> bool:
    """Whether an edge passes the type and date filters."""
    if (
        types
        and attrs["relation"] not in types
        and not (attrs["relation"] == "observer" and "participation" in types)
    ):
        return False
    return _in_window(attrs.get("date"), since, until)


def partners(
    view: Projection,
    org: str,
    *,
    since: str | None = None,
    until: str | None = None,
    types: list[str] | None = None,
) -> list[dict[str, Any]]:
    """The partners of ``org``: one row per relationship and partner, with evidence.

    Raises:
        UnknownEntityError: ``org`` is not in the graph.
    """
    if org not in view.graph:
        raise UnknownEntityError(f"no entity with IRI {org}")
    wanted = check_types(types) or set(PARTNER_KINDS)
    rows = []
    for u, v, _, attrs in [
        *view.graph.out_edges(org, keys=True, data=True),
        *view.graph.in_edges(org, keys=True, data=True),
    ]:
        if attrs["relation"] not in PARTNER_KINDS or not edge_ok(attrs, wanted, since, until):
            continue
        other = v if u == org else u
        ev = attrs.get("evidence") or [{}]
        rows.append(
            {
                "org_a": view.label(org),
                "org_b": view.label(other),
                "relation": attrs["relation"],
                "date": attrs.get("date"),
                "place": attrs.get("place"),
                "document": (attrs.get("documents") or [None])[0],
                "evidence": ev[0].get("text"),
                "org_a_iri": org,
                "org_b_iri": other,
                "relationship": attrs["iri"],
                "subtype": attrs.get("subtype"),
            }
        )
    rows.sort(key=lambda r: (r["date"] or "9999", r["org_b"], r["relationship"]))
    return rows


def _walk_graph(
    view: Projection,
    types: set[str] | None,
    since: str | None,
    until: str | None,
    via_people: bool,
    via_events: bool,
    ends: tuple[str, str],
) -> nx.Graph:
    """A simple undirected graph of the edges a path may use (weights = 1 per hop)."""
    g = nx.Graph()
    allowed = (
        {"organisation"}
        | ({"person"} if via_people else set())
        | ({"event"} if via_events else set())
    )
    nodes = view.graph.nodes
    for u, v, attrs in view.graph.edges(data=True):
        if not edge_ok(attrs, types, since, until):
            continue
        if attrs["relation"] == "post" and not via_people and u not in ends:
            continue
        if attrs["relation"] in ("participation", "observer") and not via_events:
            continue
        tu, tv = nodes[u].get("node_type"), nodes[v].get("node_type")
        if (tu in allowed or u in ends) and (tv in allowed or v in ends):
            g.add_edge(u, v)
    return g


def warm(view: Projection) -> None:
    """Build the unfiltered walk graphs ahead of the first path query."""
    for via_people in (False, True):
        for via_events in (False, True):
            key = ("walk", via_people, via_events)
            if key not in view.cache:
                view.cache[key] = _walk_graph(view, None, None, None, via_people, via_events, ())


def _with_ends(view: Projection, walk: nx.Graph, ends: tuple[str, str]) -> nx.Graph:
    """Let a person be an end of a path even when people are not intermediates."""
    extra = [e for e in ends if view.graph.nodes[e].get("node_type") != "organisation"]
    if not extra:
        return walk
    g = walk.copy()
    for node in extra:
        for u, v, _attrs in [
            *view.graph.out_edges(node, data=True),
            *view.graph.in_edges(node, data=True),
        ]:
            g.add_edge(u, v)
    return g


def find_paths(
    view: Projection,
    source: str,
    target: str,
    *,
    k: int = 3,
    max_hops: int = 4,
    types: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    via_people: bool = False,
    via_events: bool = False,
) -> list[Path]:
    """The ``k`` shortest simple paths of at most ``max_hops`` steps, each step with evidence.

    Raises:
        UnknownEntityError: an end is not in the graph.
        NoPathError: no path within the limits.
        QueryError: bad limits or types.
    """
    for end in (source, target):
        if end not in view.graph:
            raise UnknownEntityError(f"no entity with IRI {end}")
    if not 1 <= k <= 20:
        raise QueryError("k must be between 1 and 20", field="k")
    if not 1 <= max_hops <= 8:
        raise QueryError("max_hops must be between 1 and 8", field="max_hops")
    if source == target:
        raise QueryError("the two ends of a path must differ", field="to")
    wanted = check_types(types)
    if wanted is None and not since and not until:  # see warm()
        # the unfiltered walk graph is the same for every query: build it once per projection
        key = ("walk", via_people, via_events)
        cache = view.cache
        if key not in cache:
            cache[key] = _walk_graph(view, None, None, None, via_people, via_events, ())
        walk = cache[key]
        if via_people is False:
            walk = _with_ends(view, walk, (source, target))
    else:
        walk = _walk_graph(view, wanted, since, until, via_people, via_events, (source, target))
    if source not in walk or target not in walk:
        raise NoPathError(f"no path between {view.label(source)} and {view.label(target)}")
    out: list[Path] = []
    try:
        for nodes in islice(nx.shortest_simple_paths(walk, source, target), k * 4):
            if len(nodes) - 1 > max_hops:
                break
            out.append(_path(view, nodes, wanted, since, until))
            if len(out) == k:
                break
    except nx.NetworkXNoPath:
        pass
    if not out:
        raise NoPathError(
            f"no path of at most {max_hops} hops between {view.label(source)} "
            f"and {view.label(target)}"
        )
    return out


def _path(
    view: Projection, nodes: list[str], types: set[str] | None, since: str | None, until: str | None
) -> Path:
    steps = []
    for a, b in zip(nodes, nodes[1:], strict=False):
        rels = []
        for u, v in ((a, b), (b, a)):
            for key, attrs in (view.graph.get_edge_data(u, v) or {}).items():
                if edge_ok(attrs, types, since, until):
                    rels.append(
                        {
                            "iri": key,
                            "relation": attrs["relation"],
                            "subtype": attrs.get("subtype"),
                            "date": attrs.get("date"),
                            "place": attrs.get("place"),
                            "documents": attrs.get("documents", []),
                            "evidence": attrs.get("evidence", []),
                            "role": attrs.get("role_text"),
                        }
                    )
        rels.sort(key=lambda r: (r["date"] or "", r["iri"]), reverse=True)
        total = len(rels)
        kinds = ", ".join(dict.fromkeys(r["relation"] for r in rels))
        dates = [r["date"] for r in rels if r["date"]]
        rels = rels[:MAX_PER_STEP]
        evidence = [e for r in rels for e in r["evidence"]]
        steps.append(
            Step(
                a,
                b,
                view.label(a),
                view.label(b),
                kinds,
                max(dates) if dates else None,
                rels,
                evidence,
                total,
            )
        )
    return Path(nodes, [view.label(n) for n in nodes], steps)


def neighbourhood(
    view: Projection,
    iri: str,
    *,
    hops: int = 1,
    types: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 500,
) -> dict[str, Any]:
    """The ego network of ``iri`` as ``{nodes, edges}`` ready for a graph view.

    Raises:
        UnknownEntityError: no such entity.
    """
    if iri not in view.graph:
        raise UnknownEntityError(f"no entity with IRI {iri}")
    if not 0 <= hops <= 3:
        raise QueryError("hops must be between 0 and 3", field="hops")
    wanted = check_types(types)
    und = view.graph.to_undirected(as_view=True)
    keep = {iri}
    frontier = {iri}
    for _ in range(hops):
        nxt = set()
        for node in frontier:
            for other in und.neighbors(node):
                if other not in keep and any(
                    edge_ok(a, wanted, since, until) for a in _edges_between(view, node, other)
                ):
                    nxt.add(other)
        keep |= nxt
        frontier = nxt
        if len(keep) > limit:
            break
    return subgraph_json(view, keep, wanted, since, until)


def _edges_between(view: Projection, a: str, b: str) -> list[dict[str, Any]]:
    return [
        *(view.graph.get_edge_data(a, b) or {}).values(),
        *(view.graph.get_edge_data(b, a) or {}).values(),
    ]


def subgraph_json(
    view: Projection,
    nodes: set[str],
    types: set[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> dict[str, Any]:
    """Nodes and edges among ``nodes`` as JSON (one edge per relationship)."""
    out_nodes = []
    for n in sorted(nodes):
        d = view.graph.nodes[n]
        out_nodes.append(
            {
                "id": n,
                "short_id": entity_id(n),
                "label": view.label(n),
                "kind": d.get("kind"),
                "node_type": d.get("node_type"),
                "country": d.get("country"),
                "degree": view.graph.degree(n),
            }
        )
    edges = []
    for u, v, key, attrs in view.graph.subgraph(nodes).edges(keys=True, data=True):
        if edge_ok(attrs, types, since, until):
            edges.append(
                {
                    "id": f"{key}|{u}|{v}",
                    "source": u,
                    "target": v,
                    "relation": attrs["relation"],
                    "subtype": attrs.get("subtype"),
                    "date": attrs.get("date"),
                    "place": attrs.get("place"),
                    "iri": key,
                    "documents": attrs.get("documents", []),
                    "evidence": attrs.get("evidence", []),
                    "role": attrs.get("role_text"),
                }
            )
    return {"nodes": out_nodes, "edges": edges}


def timeline(view: Projection, iri: str) -> list[dict[str, Any]]:
    """The entity's relationships in date order (undated last)."""
    if iri not in view.graph:
        raise UnknownEntityError(f"no entity with IRI {iri}")
    seen = set()
    rows = []
    for u, v, key, attrs in [
        *view.graph.out_edges(iri, keys=True, data=True),
        *view.graph.in_edges(iri, keys=True, data=True),
    ]:
        if (key, u, v) in seen:
            continue
        seen.add((key, u, v))
        other = v if u == iri else u
        rows.append(
            {
                "date": attrs.get("date"),
                "relation": attrs["relation"],
                "subtype": attrs.get("subtype"),
                "with": view.label(other),
                "with_iri": other,
                "iri": key,
                "place": attrs.get("place"),
                "documents": attrs.get("documents", []),
                "evidence": [e.get("text") for e in attrs.get("evidence", [])],
            }
        )
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["with"]))
    return rows


def analytics(view: Projection, *, top: int = 10) -> dict[str, Any]:
    """Degree and betweenness centrality of organisations, components, strongest ties."""
    g = nx.Graph()
    weights: dict[tuple[str, str], list[str | None]] = {}
    for u, v, attrs in view.graph.edges(data=True):
        if attrs["relation"] in PARTNER_KINDS:
            pair = tuple(sorted((u, v)))
            weights.setdefault(pair, []).append(attrs.get("date"))  # type: ignore[arg-type]
    for (u, v), dates in weights.items():
        g.add_edge(u, v, weight=len(dates))
    if g.number_of_nodes() == 0:
        return {
            "organisations": 0,
            "ties": 0,
            "degree": [],
            "betweenness": [],
            "components": [],
            "strongest_ties": [],
            "most_recent_ties": [],
        }
    degree = nx.degree_centrality(g)
    between = (
        nx.betweenness_centrality(g, k=min(200, g.number_of_nodes()), seed=7)
        if g.number_of_nodes() > 400
        else nx.betweenness_centrality(g)
    )

    def ranked(scores: dict[str, float]) -> list[dict[str, Any]]:
        best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        return [{"iri": n, "label": view.label(n), "score": round(s, 4)} for n, s in best]

    comps = sorted(nx.connected_components(g), key=len, reverse=True)
    ties = [
        {
            "a": view.label(u),
            "b": view.label(v),
            "a_iri": u,
            "b_iri": v,
            "relationships": len(d),
            "last_date": max((x for x in d if x), default=None),
        }
        for (u, v), d in weights.items()
    ]
    return {
        "organisations": g.number_of_nodes(),
        "ties": g.number_of_edges(),
        "degree": ranked(degree),
        "betweenness": ranked(between),
        "components": [
            {"size": len(c), "members": sorted(view.label(n) for n in c)[:25]} for c in comps[:top]
        ],
        "strongest_ties": sorted(ties, key=lambda t: (-t["relationships"], t["a"]))[:top],
        "most_recent_ties": sorted(
            [t for t in ties if t["last_date"]], key=lambda t: t["last_date"], reverse=True
        )[:top],
    }


__all__ = [
    "MAX_PER_STEP",
    "Path",
    "Step",
    "analytics",
    "check_types",
    "edge_ok",
    "find_paths",
    "neighbourhood",
    "partners",
    "subgraph_json",
    "timeline",
    "warm",
]
