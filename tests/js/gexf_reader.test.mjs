// The GEXF export read back by a reader no one here wrote: graphology-gexf (npm).
// Run from the repository root: `node --test tests/js/` (make test does).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Graph = require("graphology");
const gexf = require("graphology-gexf");

const PYTHON = `
import json, sys
from pathlib import Path
from graph.store import open_store
from graph.pipeline import ingest_files, load_reference_data
from graph.projection import build_projection
from graph.export import export_graph, network
store = open_store(":memory:")
load_reference_data(store)
ingest_files(store, sorted(Path("seeds").glob("*.txt")))
net = network(build_projection(store))
print(json.dumps({"nodes": len(net.nodes), "edges": len(net.edges)}))
sys.stdout.write(export_graph(store, sys.argv[1]).decode())
`;

function exportGexf(format) {
  const out = execFileSync(".venv/bin/python", ["-c", PYTHON, format], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const newline = out.indexOf("\n");
  return { expected: JSON.parse(out.slice(0, newline)), xml: out.slice(newline + 1) };
}

for (const format of ["gexf", "gexf-dynamic"]) {
  test(`graphology-gexf reads the ${format} export with the graph's counts`, () => {
    const { expected, xml } = exportGexf(format);
    const graph = gexf.parse(Graph, xml);
    assert.equal(graph.order, expected.nodes);
    assert.equal(graph.size, expected.edges);
    assert.ok(expected.edges > 5);
    let labelled = 0;
    graph.forEachNode((_, attrs) => { if (attrs.label && attrs.kind) labelled += 1; });
    assert.equal(labelled, expected.nodes);
    const relations = new Set();
    graph.forEachEdge((_, attrs) => relations.add(attrs.relation));
    assert.ok(relations.has("agreement") && relations.has("meeting"));
  });
}
