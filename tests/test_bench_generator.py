"""The synthetic graph generator writes valid N-Quads in the real shapes, at the size asked."""

from __future__ import annotations

import sys
from pathlib import Path

from graph.store import open_store
from graph.tables import partner_rows
from graph.validation import validate_store
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from generate_graph import generate  # noqa: E402


def test_generator_output_loads_validates_and_has_the_shapes(tmp_path: Path) -> None:
    out = tmp_path / "small.nq"
    stats = generate(20_000, out, seed=3)
    assert 20_000 <= stats["triples"] < 21_000
    store = open_store(str(tmp_path / "store"))
    store.bulk_load(out, "nq")
    assert len(store) == stats["triples"]
    assert len(store.named_graphs()) == stats["documents"] + 1  # + the reference graph
    rows = partner_rows(store)
    assert rows and all(r["evidence"] and r["document"].startswith("synthetic_") for r in rows)
    from graph.pipeline import load_reference_data

    load_reference_data(store)  # the ontology, so SHACL sees the class tree
    conforms, report = validate_store(store)
    assert conforms, report[:2000]


def test_generator_is_seeded(tmp_path: Path) -> None:
    a, b = tmp_path / "a.nq", tmp_path / "b.nq"
    generate(3_000, a, seed=9)
    generate(3_000, b, seed=9)
    assert a.read_bytes() == b.read_bytes()
