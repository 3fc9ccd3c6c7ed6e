"""The store: atomic, idempotent writes; persistence; bad documents change nothing."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.documents import parse_document, read_document
from graph.errors import DocumentError, QuerySyntaxError
from graph.pipeline import ingest_files, ingest_text
from graph.store import open_store
from tests.conftest import DATA, SEEDS

MOU_QUERY = """PREFIX rc: <https://w3id.org/rcgraph/ontology#>
ASK { ?m a rc:MemorandumOfUnderstanding ; rc:party ?a, ?b ; rc:signatory ?s1, ?s2 ;
      rc:evidenceText ?e . FILTER(?a != ?b && ?s1 != ?s2) }"""


def test_reingest_is_idempotent(fresh_store) -> None:
    files = sorted(SEEDS.glob("*.txt"))
    ingest_files(fresh_store, files)
    once = len(fresh_store)
    ingest_files(fresh_store, files)
    assert len(fresh_store) == once > 0


def test_store_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = open_store(str(path))
    ingest_files(store, sorted(SEEDS.glob("*.txt")))
    count = len(store)
    store.close()
    del store
    code = (
        f"from graph.store import open_store; s = open_store({str(path)!r}); "
        f"print(len(s)); print(s.ask({MOU_QUERY!r}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == [str(count), "True"]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n  ", "empty"),
        ("binary.bin", bytes(range(256)) * 4, "binary"),
        ("numbers.txt", b"1234 5678 9012 3456 7890 " * 20, "does not look like text"),
        ("big.txt", b"The Red Cross. " * 200_000, "too large"),
    ],
)
def test_bad_documents_are_refused_and_change_nothing(fresh_store, name, data, message) -> None:
    ingest_files(fresh_store, [DATA / "alpha_mou.txt"])
    before = fresh_store.dump("nq")
    with pytest.raises(DocumentError, match=message):
        ingest_text(fresh_store, name, data)
    assert fresh_store.dump("nq") == before


def test_a_broken_file_is_reported_and_skipped(fresh_store, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    report = ingest_files(fresh_store, [bad, DATA / "alpha_mou.txt"])
    assert [d.ok for d in report.documents] == [False, True]
    assert "binary" in (report.documents[0].error or "")


def test_non_utf8_and_html_are_cleaned() -> None:
    latin = "The Swiss Red Cross signed an agreement with the Croix-Rouge française in Genève."
    doc = parse_document("latin.txt", latin.encode("cp1252"))
    assert "Genève" in doc.text
    html = (
        b"<html><head><script>var x = 1;</script><title>T</title></head><body><p>The Danish "
        b"Red Cross met the ICRC.</p><p>Second &amp; last.</p></body></html>"
    )
    doc = parse_document("page.html", html)
    assert "var x" not in doc.text and "Second & last." in doc.text
    assert [s.text for s in doc.sentences][-2:] == [
        "The Danish Red Cross met the ICRC.",
        "Second & last.",
    ]


def test_sidecar_metadata_is_read() -> None:
    doc = read_document(next(SEEDS.glob("002_*.txt")))
    assert doc.meta.date is not None and doc.meta.date.iso == "2023-06-06"
    assert doc.meta.publisher == "International Committee of the Red Cross"


def test_malformed_query_raises_with_the_parsers_message(fresh_store) -> None:
    with pytest.raises(QuerySyntaxError, match="error at"):
        fresh_store.query("SELECT ?x WHERE { ?x ")


def test_dump_and_bulk_load_round_trip(seed_store, tmp_path: Path) -> None:
    from rdflib import Dataset
    from rdflib.compare import isomorphic

    dump = tmp_path / "dump.nq"
    dump.write_bytes(seed_store.dump("nq"))
    copy = open_store(str(tmp_path / "copy"))
    copy.bulk_load(dump, "nq")
    assert len(copy) == len(seed_store)
    a, b = Dataset(), Dataset()
    a.parse(data=seed_store.dump("nq"), format="nquads")
    b.parse(data=copy.dump("nq"), format="nquads")
    for g in a.graphs():
        assert isomorphic(g, b.graph(g.identifier))


def test_mirrored_store_tracks_every_kind_of_write(tmp_path: Path) -> None:
    from graph.memory_store import MirroredStore

    persistent = open_store(str(tmp_path / "store"))
    ingest_files(persistent, sorted(SEEDS.glob("*.txt"))[:3])
    persistent.update("INSERT DATA { <urn:s> <urn:p> _:b . _:b <urn:p> <urn:o> }")
    mirror = MirroredStore(persistent)
    assert len(mirror) == len(persistent)
    assert mirror.ask("ASK { <urn:s> <urn:p> ?b . ?b <urn:p> <urn:o> }")  # one blank node

    def same() -> None:
        assert mirror.wait_until_current(30)
        union = {
            re.sub(r"_:\w+", "_:b", str(q.triple))
            for q in mirror.memory.quads_for_pattern(None, None, None, ox.DefaultGraph())
        }
        disk = {re.sub(r"_:\w+", "_:b", str(q.triple)) for q in persistent.ox}
        assert union == disk

    same()
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[3]).read_text()
    ingest_text(mirror, "added.txt", text)  # replace_graph
    same()
    assert "https://w3id.org/rcgraph/doc/added" in mirror.named_graphs()
    mirror.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
    same()
    mirror.remove_graph("urn:g")
    same()
    nq = tmp_path / "more.nq"
    nq.write_text("<urn:x> <urn:y> <urn:z> <urn:h> .\n")
    mirror.bulk_load(nq)
    same()
    assert mirror.ask("ASK { GRAPH <urn:h> { <urn:x> <urn:y> <urn:z> } }")
    assert mirror.ask("ASK { <urn:x> <urn:y> <urn:z> }")
    mirror.flush()


def test_in_memory_app_writes_through_to_disk(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import Settings
    from graph.memory_store import MirroredStore

    persistent = open_store(str(tmp_path / "store"))
    ingest_files(persistent, sorted(SEEDS.glob("*.txt"))[:2])
    before = len(persistent)
    app = create_app(Settings(in_memory=True, enable_update=True), store=persistent)
    assert isinstance(app.state.store, MirroredStore)
    insert = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"
    with TestClient(app) as client:
        resp = client.post(
            "/sparql", content=insert, headers={"Content-Type": "application/sparql-update"}
        )
        assert resp.status_code == 204
        ask = client.get("/sparql", params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"})
        assert ask.json()["boolean"] is True
    assert len(persistent) == before + 1 == len(app.state.store)
