"""The README's examples run: its SPARQL queries answer on the seed graph, its endpoints
exist, and every command it lists is a real sub-command."""

from __future__ import annotations

import re

import pytest

from graph.cli import build_parser
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()


def _sparql_examples() -> list[str]:
    blocks = re.findall(r"```sparql\n(.*?)```", README, re.S)
    queries = []
    for block in blocks:
        prologue = "".join(line + "\n" for line in block.splitlines() if line.startswith("PREFIX"))
        body = "\n".join(line for line in block.splitlines() if not line.startswith("PREFIX"))
        for part in re.split(r"\n# \d\. .*\n", "\n" + body):
            if part.strip():
                queries.append(prologue + part)
    curl = re.search(r"--data-urlencode 'query=\n(.*?)'\n", README, re.S)
    if curl:
        queries.append(curl.group(1))
    return queries


@pytest.mark.parametrize("query", _sparql_examples())
def test_readme_queries_return_rows(seed_store, query: str) -> None:
    assert seed_store.select(query), query


def test_readme_endpoints_exist(client) -> None:
    paths = {p for p in re.findall(r"\| `(?:GET|POST|GET/POST) (/[a-z.{}/]*)", README)}
    routes = {getattr(r, "path", "") for r in client.app.routes}
    routes |= {p for p in client.get("/openapi.json").json()["paths"]}

    def shape(path: str) -> str:
        return re.sub(r"\{[^}]*\}", "{}", path.split(":")[0].rstrip("/"))

    known = {shape(r) for r in routes}
    for path in paths:
        assert shape(path) in known, path


def test_readme_commands_exist() -> None:
    commands = set(re.findall(r"\| `rcgraph (\w+)", README))
    parser = build_parser()
    known = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert commands and commands <= known, commands - known
