"""Exports of the network for Gephi, yEd, Cytoscape and spreadsheets, and of the RDF.

The network is the projection's, aggregated: one edge per pair of entities and relation
type, weighted by how many relationships join them, with their first and last dates and
the documents they come from.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.errors import QueryError
from graph.paths import check_types, edge_ok
from graph.projection import Projection, build_projection

GEXF_NS = "http://gexf.net/1.3"
NODE_ATTRS = (
    ("kind", "string"),
    ("node_type", "string"),
    ("country", "string"),
    ("fdrs", "string"),
    ("iri", "string"),
)
EDGE_ATTRS = (
    ("relation", "string"),
    ("first_date", "string"),
    ("last_date", "string"),
    ("documents", "string"),
    ("relationships", "string"),
)


@dataclass(slots=True)
class NetEdge:
    """An aggregated edge: every relationship of one type between two entities."""

    source: str
    target: str
    relation: str
    dates: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    relationships: list[str] = field(default_factory=list)

    @property
    def weight(self) -> int:
        """Number of relationships."""
        return len(self.relationships)

    @property
    def first(self) -> str | None:
        """Earliest date."""
        return min(self.dates) if self.dates else None

    @property
    def last(self) -> str | None:
        """Latest date."""
        return max(self.dates) if self.dates else None

    @property
    def id(self) -> str:
        """Stable id."""
        return f"{self.source}|{self.target}|{self.relation}"


@dataclass(slots=True)
class Network:
    """Nodes (IRI → attributes) and aggregated edges, ready to write."""

    nodes: dict[str, dict[str, Any]]
    edges: list[NetEdge]


def network(
    view: Projection,
    *,
    org: str | None = None,
    hops: int | None = None,
    since: str | None = None,
    until: str | None = None,
    types: list[str] | None = None,
    kinds: list[str] | None = None,
) -> Network:
    """The (filtered) network: an ego network with ``org``/``hops``, a time window,
    relation ``types`` and node ``kinds`` (organisation, person, event or an org kind).

    Raises:
        QueryError: a bad filter.
    """
    wanted = check_types(types)
    g = view.graph
    keep: set[str] | None = None
    if org is not None:
        if org not in g:
            raise QueryError(f"unknown organisation {org}", field="org")
        keep = set(nx.ego_graph(g.to_undirected(as_view=True), org, radius=hops or 1))
    kind_set = set(kinds) if kinds else None
    agg: dict[tuple[str, str, str], NetEdge] = {}
    for u, v, key, attrs in g.edges(keys=True, data=True):
        if keep is not None and (u not in keep or v not in keep):
            continue
        if not edge_ok(attrs, wanted, since, until):
            continue
        if kind_set and not all(_kind_ok(g.nodes[n], kind_set) for n in (u, v)):
            continue
        a, b = (
            sorted((u, v))
            if attrs["relation"] not in ("post", "participation", "observer")
            else (u, v)
        )
        e = agg.setdefault((a, b, attrs["relation"]), NetEdge(a, b, attrs["relation"]))
        if key not in e.relationships:
            e.relationships.append(key)
            if attrs.get("date"):
                e.dates.append(attrs["date"])
            e.documents += [d for d in attrs.get("documents", []) if d not in e.documents]
    nodes = {}
    for e in agg.values():
        for n in (e.source, e.target):
            nodes[n] = {**g.nodes[n], "iri": n}
    if org is not None and org in g:
        nodes.setdefault(org, {**g.nodes[org], "iri": org})
    return Network(nodes, sorted(agg.values(), key=lambda e: e.id))


def _kind_ok(data: dict[str, Any], kinds: set[str]) -> bool:
    return data.get("node_type") in kinds or data.get("kind") in kinds


def _gexf_date(value: str) -> str:
    """A date for GEXF's ``timeformat="date"``: partial dates take their first day."""
    return (
        value
        if len(value) == 10
        else (value + "-01-01")[:10]
        if len(value) == 4
        else (value + "-01")
    )


def write_gexf(net: Network, *, dynamic: bool = False) -> bytes:
    """Write a network as GEXF 1.3 for Gephi.

    Parameters
    ----------
    net : Network
        Nodes and aggregated edges (see :func:`network`).
    dynamic : bool
        Add ``start``/``end`` to nodes and edges (``mode="dynamic"``, ``timeformat="date"``)
        so Gephi's timeline can play the network over time.

    Returns
    -------
    bytes
        A document valid against the GEXF 1.3 RELAX NG grammar
        (https://gexf.net/schema.html).
    """
    ET.register_namespace("", GEXF_NS)
    q = f"{{{GEXF_NS}}}"
    root = ET.Element(q + "gexf", {"version": "1.3"})
    meta = ET.SubElement(root, q + "meta", {"lastmodifieddate": dt.date.today().isoformat()})
    ET.SubElement(meta, q + "creator").text = "rcgraph"
    ET.SubElement(meta, q + "description").text = (
        "Relationships of the Red Cross / Red Crescent Movement; edge weight = number of "
        "relationships"
    )
    graph_attrs = {"defaultedgetype": "undirected"}
    if dynamic:
        graph_attrs.update({"mode": "dynamic", "timeformat": "date"})
    graph = ET.SubElement(root, q + "graph", graph_attrs)
    for cls, attrs in (("node", NODE_ATTRS), ("edge", EDGE_ATTRS)):
        el = ET.SubElement(graph, q + "attributes", {"class": cls, "mode": "static"})
        for name, typ in attrs:
            ET.SubElement(el, q + "attribute", {"id": name, "title": name, "type": typ})
    first_seen: dict[str, str] = {}
    for e in net.edges:
        if e.first:
            for n in (e.source, e.target):
                if n not in first_seen or e.first < first_seen[n]:
                    first_seen[n] = e.first
    nodes = ET.SubElement(graph, q + "nodes", {"count": str(len(net.nodes))})
    for iri, data in sorted(net.nodes.items()):
        attrs = {"id": iri, "label": str(data.get("label") or iri)}
        if dynamic and iri in first_seen:
            attrs["start"] = _gexf_date(first_seen[iri])
        node = ET.SubElement(nodes, q + "node", attrs)
        values = ET.SubElement(node, q + "attvalues")
        for name, _ in NODE_ATTRS:
            if data.get(name) is not None:
                ET.SubElement(values, q + "attvalue", {"for": name, "value": str(data[name])})
    edges = ET.SubElement(graph, q + "edges", {"count": str(len(net.edges))})
    for e in net.edges:
        attrs = {
            "id": e.id,
            "source": e.source,
            "target": e.target,
            "label": e.relation,
            "weight": str(float(e.weight)),
        }
        if dynamic and e.first:
            attrs["start"] = _gexf_date(e.first)
        edge = ET.SubElement(edges, q + "edge", attrs)
        values = ET.SubElement(edge, q + "attvalues")
        for name, value in (
            ("relation", e.relation),
            ("first_date", e.first),
            ("last_date", e.last),
            ("documents", ";".join(e.documents)),
            ("relationships", ";".join(e.relationships)),
        ):
            if value:
                ET.SubElement(values, q + "attvalue", {"for": name, "value": value})
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def to_networkx(net: Network) -> nx.Graph:
    """The network as a simple networkx graph with scalar attributes (for GraphML)."""
    g = nx.Graph()
    for iri, data in net.nodes.items():
        g.add_node(
            iri,
            label=str(data.get("label") or iri),
            **{k: str(data[k]) for k, _ in NODE_ATTRS if data.get(k) is not None},
        )
    for e in net.edges:
        if g.has_edge(e.source, e.target):
            old = g.edges[e.source, e.target]
            old["weight"] += e.weight
            old["relation"] += ";" + e.relation
            continue
        g.add_edge(
            e.source,
            e.target,
            relation=e.relation,
            weight=e.weight,
            first_date=e.first or "",
            last_date=e.last or "",
            documents=";".join(e.documents),
        )
    return g


def write_graphml(net: Network) -> bytes:
    """GraphML for yEd and Cytoscape desktop."""
    buf = io.BytesIO()
    nx.write_graphml(to_networkx(net), buf)
    return buf.getvalue()


def write_csv_nodes(net: Network) -> str:
    """Gephi's spreadsheet import, nodes: ``Id,Label,Kind,Type,Country,FDRS``."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Id", "Label", "Kind", "Type", "Country", "FDRS"])
    for iri, d in sorted(net.nodes.items()):
        w.writerow(
            [
                iri,
                d.get("label") or iri,
                d.get("kind") or "",
                d.get("node_type") or "",
                d.get("country") or "",
                d.get("fdrs") or "",
            ]
        )
    return buf.getvalue()


def write_csv_edges(net: Network) -> str:
    """Gephi's spreadsheet import, edges: ``Source,Target,Type,Weight,Relation,Start,End,…``."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Source", "Target", "Type", "Weight", "Relation", "Start", "End", "Documents"])
    for e in net.edges:
        directed = e.relation in ("post", "participation", "observer")
        w.writerow(
            [
                e.source,
                e.target,
                "Directed" if directed else "Undirected",
                e.weight,
                e.relation,
                e.first or "",
                e.last or "",
                ";".join(e.documents),
            ]
        )
    return buf.getvalue()


def to_cytoscape(net: Network) -> dict[str, Any]:
    """Cytoscape.js elements JSON."""
    nodes = [
        {
            "data": {
                "id": iri,
                "label": d.get("label") or iri,
                "kind": d.get("kind"),
                "node_type": d.get("node_type"),
                "country": d.get("country"),
            }
        }
        for iri, d in sorted(net.nodes.items())
    ]
    edges = [
        {
            "data": {
                "id": e.id,
                "source": e.source,
                "target": e.target,
                "relation": e.relation,
                "weight": e.weight,
                "first_date": e.first,
                "last_date": e.last,
                "documents": e.documents,
            }
        }
        for e in net.edges
    ]
    return {"elements": {"nodes": nodes, "edges": edges}}


RDF_FORMATS = {
    "ttl": "text/turtle",
    "trig": "application/trig",
    "nq": "application/n-quads",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
}
NETWORK_FORMATS = {
    "gexf": "application/gexf+xml",
    "gexf-dynamic": "application/gexf+xml",
    "graphml": "application/graphml+xml",
    "csv-nodes": "text/csv",
    "csv-edges": "text/csv",
    "cytoscape": "application/json",
}
FORMATS: dict[str, str] = {**NETWORK_FORMATS, **RDF_FORMATS}


def write_network(net: Network, fmt: str) -> bytes:
    """Serialise a network in one of :data:`NETWORK_FORMATS`."""
    if fmt in ("gexf", "gexf-dynamic"):
        return write_gexf(net, dynamic=fmt == "gexf-dynamic")
    if fmt == "graphml":
        return write_graphml(net)
    if fmt == "csv-nodes":
        return write_csv_nodes(net).encode()
    if fmt == "csv-edges":
        return write_csv_edges(net).encode()
    return json.dumps(to_cytoscape(net), ensure_ascii=False).encode()


def write_jsonld(store: Any) -> bytes:
    """The dataset as JSON-LD, compacted with rcgraph's context (``ontology/context.jsonld``)."""
    from rdflib import Dataset

    from ontology import CONTEXT_PATH

    ds = Dataset()
    ds.parse(data=store.dump("nq"), format="nquads")
    context = json.loads(CONTEXT_PATH.read_text())["@context"]
    return ds.serialize(format="json-ld", context=context, auto_compact=True).encode()


def export_graph(
    store: Any,
    fmt: str,
    *,
    view: Projection | None = None,
    org: str | None = None,
    hops: int | None = None,
    since: str | None = None,
    until: str | None = None,
    types: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
) -> bytes:
    """Export in ``fmt`` (see :data:`FORMATS`); network formats take the filters.

    Raises:
        QueryError: unknown format or bad filter.
    """
    if fmt not in FORMATS:
        raise QueryError(
            f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}", field="format"
        )
    if fmt in RDF_FORMATS:
        return write_jsonld(store) if fmt == "jsonld" else store.dump(fmt)
    view = view or build_projection(store)
    if org is not None and org not in view.graph:
        from graph.entities import resolve_entity

        org = resolve_entity(view, org)
    net = network(
        view,
        org=org,
        hops=hops,
        since=since,
        until=until,
        types=list(types) if types else None,
        kinds=list(kinds) if kinds else None,
    )
    return write_network(net, fmt)


__all__ = [
    "FORMATS",
    "NETWORK_FORMATS",
    "RDF_FORMATS",
    "NetEdge",
    "Network",
    "export_graph",
    "network",
    "to_cytoscape",
    "to_networkx",
    "write_csv_edges",
    "write_csv_nodes",
    "write_gexf",
    "write_graphml",
    "write_jsonld",
    "write_network",
]
