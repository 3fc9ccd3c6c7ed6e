"""The ``rcgraph`` command line, run as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT

RCGRAPH = [sys.executable, "-m", "graph.cli"]


def run(store: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [*RCGRAPH, "--store", str(store), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("cli") / "store"
    proc = run(store, "build")
    assert "5 ingested" in proc.stderr
    return store


def test_build_is_skipped_when_not_empty(built: Path) -> None:
    assert "nothing to build" in run(built, "build", "--if-empty").stderr


def test_tables(built: Path) -> None:
    partners = list(csv.DictReader(io.StringIO(run(built, "partners", "--format", "csv").stdout)))
    assert list(partners[0]) == [
        "org_a",
        "org_b",
        "relation",
        "date",
        "place",
        "document",
        "evidence",
    ]
    assert any(r["relation"] == "alliance" for r in partners)
    people = json.loads(run(built, "people", "--format", "json").stdout)
    assert {"person", "role", "organization", "document"} == set(people[0])
    events = run(built, "events", "--format", "table").stdout
    assert "International Meeting of the Chiefs" in events
    rkk = list(
        csv.DictReader(
            io.StringIO(run(built, "partners", "--org", "RKK", "--format", "csv").stdout)
        )
    )
    assert rkk and all("Russian" in r["org_a"] for r in rkk)


def test_query_stats_validate_dump(built: Path, tmp_path: Path) -> None:
    out = run(built, "query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv")
    assert int(out.stdout.splitlines()[1]) > 1000
    assert "documents" in run(built, "stats").stdout
    assert "Conforms: True" in run(built, "validate").stdout
    dump = tmp_path / "d.nq"
    run(built, "dump", "--format", "nq", "-o", str(dump))
    copy = tmp_path / "copy"
    run(copy, "load", str(dump))
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert (
        run(copy, "query", count, "--format", "csv").stdout
        == run(built, "query", count, "--format", "csv").stdout
    )


def test_path_entities_export(built: Path, tmp_path: Path) -> None:
    path = run(built, "path", "Qatar Red Crescent", "Syrian Arab Red Crescent").stdout
    assert "Russian Red Cross Society" in path and "memorandum of understanding" in path
    assert "Turkish Red Crescent" in run(built, "entities", "kizilay").stdout
    gexf = tmp_path / "g.gexf"
    run(built, "export", "--format", "gexf", "-o", str(gexf))
    assert gexf.read_bytes().startswith(b"<?xml")
    assert json.loads(run(built, "analytics").stdout)["organisations"] > 5


def test_user_mistakes_are_one_line_errors(built: Path, tmp_path: Path) -> None:
    bad = run(built, "query", "SELECT ?x WHERE {", ok=False)
    assert bad.returncode == 2 and bad.stderr.startswith("rcgraph: error:")
    assert "Traceback" not in bad.stderr and len(bad.stderr.strip().splitlines()) <= 3
    missing = run(built, "ingest", str(tmp_path / "nope.txt"), ok=False)
    assert "no such file" in missing.stderr and "Traceback" not in missing.stderr
    unknown = run(built, "path", "Zzyzx Qwerty Trust", "RKK", ok=False)
    assert unknown.returncode == 2 and "no entity" in unknown.stderr


def test_ingest_new_article(tmp_path: Path) -> None:
    store = tmp_path / "s"
    proc = run(store, "ingest", str(DATA / "alpha_mou.txt"), str(DATA / "beta_conference.txt"))
    assert "2 ingested" in proc.stderr
    rows = list(csv.DictReader(io.StringIO(run(store, "partners", "--format", "csv").stdout)))
    assert any(
        {r["org_a"], r["org_b"]} == {"Norwegian Red Cross", "Kuwait Red Crescent Society"}
        for r in rows
    )
