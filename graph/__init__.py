"""rcgraph's core: documents → mentions → facts → triples → store → queries and exports.

The usual entry points, for use from Python::

    from graph import open_store, ingest_files, build_projection, find_paths
"""

from graph.documents import parse_document, read_document
from graph.entities import entity_profile, resolve_entity, search_entities
from graph.export import export_graph, write_gexf
from graph.extract import extract_document
from graph.paths import find_paths, neighbourhood, partners
from graph.pipeline import ingest_files, ingest_text, load_reference_data
from graph.projection import build_projection
from graph.store import open_store

__all__ = [
    "build_projection",
    "entity_profile",
    "export_graph",
    "extract_document",
    "find_paths",
    "ingest_files",
    "ingest_text",
    "load_reference_data",
    "neighbourhood",
    "open_store",
    "parse_document",
    "partners",
    "read_document",
    "resolve_entity",
    "search_entities",
    "write_gexf",
]
