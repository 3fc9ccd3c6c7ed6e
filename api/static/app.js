// rcgraph explorer: search, network, profiles, evidence, path finder, SPARQL.
"use strict";

const COLOURS = {
  national_society: "#c8102e", movement_body: "#1f4e9c", ngo: "#2e8b57", government: "#6b4c9a",
  un_agency: "#0f8ab8", company: "#a0522d", other: "#7a7a7a", person: "#e0a100", conference: "#444",
};
const EDGE_STYLES = {
  agreement: ["solid", "#c8102e"], alliance: ["solid", "#2e8b57"], support: ["dashed", "#1f4e9c"],
  donation: ["dashed", "#a0522d"], meeting: ["dotted", "#555"], participation: ["dotted", "#999"],
  observer: ["dotted", "#bbb"], post: ["solid", "#e0a100"], mission: ["dashed", "#6b4c9a"],
};
const $ = (id) => document.getElementById(id);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

async function api(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body?.error?.message || res.statusText);
  return body;
}

// ---- tabs --------------------------------------------------------------------------
document.querySelectorAll(".tab").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));
function showTab(name) {
  document.querySelectorAll(".tab").forEach((b) => b.classList.toggle("active", b.dataset.tab === name));
  document.querySelectorAll(".panel").forEach((p) => p.classList.toggle("active", p.id === name));
  if (name === "explore" && cy) cy.resize();
  if (name === "paths" && cyPath) cyPath.resize();
}

// ---- graph views ---------------------------------------------------------------------
function makeCy(container) {
  return cytoscape({
    container, elements: [], wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 9, "text-wrap": "ellipsis", "text-max-width": 110,
        "background-color": (n) => COLOURS[n.data("kind")] || "#7a7a7a", width: (n) => 12 + Math.min(n.data("degree") || 1, 20), height: (n) => 12 + Math.min(n.data("degree") || 1, 20) } },
      { selector: "node[node_type = 'event']", style: { shape: "diamond" } },
      { selector: "node[node_type = 'person']", style: { shape: "round-rectangle" } },
      { selector: "node.focus", style: { "border-width": 3, "border-color": "#111" } },
      { selector: "edge", style: { width: 1.6, "curve-style": "bezier",
        "line-style": (e) => (EDGE_STYLES[e.data("relation")] || ["solid"])[0],
        "line-color": (e) => (EDGE_STYLES[e.data("relation")] || [0, "#999"])[1] } },
      { selector: ":selected", style: { "overlay-opacity": 0.15 } },
    ],
  });
}
const cy = makeCy($("cy"));
const cyPath = makeCy($("cy-path"));
cy.on("tap", "node", (e) => showProfile(e.target.id()));
cy.on("tap", "edge", (e) => showEdge(e.target.data()));
cyPath.on("tap", "edge", (e) => showEdge(e.target.data(), $("path-result")));

$("legend").innerHTML = Object.entries(COLOURS).map(([k, c]) => `<span><i style="background:${c}"></i>${k.replace("_", " ")}</span>`).join("");

function toElements(data) {
  return [
    ...data.nodes.map((n) => ({ data: { ...n } })),
    ...data.edges.map((e) => ({ data: { ...e, id: e.id } })),
  ];
}

function filters() {
  const p = new URLSearchParams();
  if ($("since").value) p.set("since", $("since").value);
  if ($("until").value) p.set("until", $("until").value);
  return p;
}

let current = null;
async function showNeighbourhood(iri) {
  current = iri;
  const p = filters();
  p.set("id", iri);
  p.set("hops", $("hops").value);
  const data = await api(`/neighbourhood?${p}`);
  cy.elements().remove();
  cy.add(toElements(data));
  cy.$id(iri).addClass("focus");
  cy.layout({ name: "cose", animate: false, nodeRepulsion: 400000, idealEdgeLength: 100, edgeElasticity: 100, nodeOverlap: 20, gravity: 80, padding: 30 }).run();
}
["hops", "since", "until"].forEach((id) => $(id).addEventListener("change", () => current && showNeighbourhood(current)));

$("whole").addEventListener("click", async () => {
  const p = filters();
  p.set("format", "cytoscape");
  const res = await fetch(`/export?${p}`);
  const data = await res.json();
  cy.elements().remove();
  const degree = {};
  data.elements.edges.forEach((e) => { degree[e.data.source] = (degree[e.data.source] || 0) + 1; degree[e.data.target] = (degree[e.data.target] || 0) + 1; });
  data.elements.nodes.forEach((n) => { n.data.degree = degree[n.data.id] || 1; });
  cy.add(data.elements);
  cy.layout({ name: "cose", animate: false }).run();
  current = null;
});

// ---- profile and evidence -----------------------------------------------------------------
function highlight(text, words) {
  let out = esc(text);
  for (const w of words.filter(Boolean).sort((a, b) => b.length - a.length)) {
    const safe = esc(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(safe, "g"), (m) => `<mark>${m}</mark>`);
  }
  return out;
}

function evidenceHtml(evidence, words) {
  return (evidence || []).map((ev) => `<blockquote class="evidence">${highlight(ev.text, words)}
    <br><a href="/documents/${encodeURIComponent(ev.document.replace(/\.[^.]+$/, ""))}" target="_blank">${esc(ev.document)}</a></blockquote>`).join("");
}

// acronyms first, then the shortest other names: the forms analysts search for
function shortAliases(aliases) {
  const acronyms = aliases.filter((a) => /^[A-Z][A-Za-z]{1,7}$/.test(a) && a.toUpperCase() === a);
  const names = aliases.filter((a) => !acronyms.includes(a)).sort((a, b) => a.length - b.length);
  return [...acronyms, ...names].slice(0, 6);
}

async function showProfile(iri, target = $("details")) {
  const p = await api(`/entities/${encodeURIComponent(iri)}`);
  const names = [p.label, ...(p.aliases || [])];
  const rel = (r) => `<div class="rel"><span class="kind">${esc(r.relation)}</span> ${r.subtype ? `(${esc(r.subtype)})` : ""}
      with <a href="#" data-iri="${esc(r.with.iri)}">${esc(r.with.label)}</a> ${r.date ? `· ${esc(r.date)}` : ""} ${r.place ? `· ${esc(r.place)}` : ""}
      ${r.role_text ? `<div class="meta">${esc(r.role_text)}</div>` : ""}
      ${evidenceHtml(r.evidence, [...names, r.with.label])}</div>`;
  target.innerHTML = `<h2>${esc(p.label)}</h2>
    <div class="meta">${esc(p.kind)}${p.country ? ` · ${esc(p.country)}` : ""}${p.fdrs ? ` · FDRS ${esc(p.fdrs)}` : ""}
    ${p.website ? ` · <a href="${esc(p.website)}" target="_blank" rel="noopener">web site</a>` : ""}</div>
    ${p.aliases?.length ? `<div class="meta">Also: ${esc(shortAliases(p.aliases).join(", "))}</div>` : ""}
    <h3>Relationships (${p.relationships.length})</h3>${p.relationships.map(rel).join("") || "<p class=hint>none yet</p>"}
    ${p.posts.length ? `<h3>Posts</h3>${p.posts.map(rel).join("")}` : ""}
    ${p.events.length ? `<h3>Events</h3>${p.events.map(rel).join("")}` : ""}
    <h3>Documents</h3>${p.documents.map((d) => `<div><a href="/documents/${encodeURIComponent(d.replace(/\.[^.]+$/, ""))}" target="_blank">${esc(d)}</a></div>`).join("")}`;
  target.querySelectorAll("a[data-iri]").forEach((a) => a.addEventListener("click", (e) => {
    e.preventDefault();
    showNeighbourhood(a.dataset.iri);
    showProfile(a.dataset.iri);
  }));
}

function showEdge(d, target = $("details")) {
  const src = (cy.$id(d.source).data("label")) || (cyPath.$id(d.source).data("label")) || d.source;
  const dst = (cy.$id(d.target).data("label")) || (cyPath.$id(d.target).data("label")) || d.target;
  const rels = d.relationships || [{ relation: d.relation, subtype: d.subtype, date: d.date, place: d.place, evidence: d.evidence, iri: d.iri }];
  target.innerHTML = `<h2>${esc(src)} — ${esc(dst)}</h2>` + rels.map((r) => `<div class="rel">
      <span class="kind">${esc(r.relation)}</span> ${r.subtype ? `(${esc(r.subtype)})` : ""} ${r.date ? `· ${esc(r.date)}` : ""} ${r.place ? `· ${esc(r.place)}` : ""}
      ${evidenceHtml(r.evidence, [src, dst])}</div>`).join("");
}

// ---- search with autocomplete ----------------------------------------------------------------
let timer = null;
let active = -1;
$("search").addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(suggest, 120);
});
$("search").addEventListener("keydown", (e) => {
  const items = [...$("suggestions").children];
  if (e.key === "ArrowDown") { active = Math.min(active + 1, items.length - 1); }
  else if (e.key === "ArrowUp") { active = Math.max(active - 1, 0); }
  else if (e.key === "Enter" && items.length) { (items[Math.max(active, 0)]).click(); return; }
  else return;
  items.forEach((li, i) => li.classList.toggle("active", i === active));
  e.preventDefault();
});
async function suggest() {
  const q = $("search").value.trim();
  const ul = $("suggestions");
  if (!q) { ul.innerHTML = ""; return; }
  const hits = await api(`/entities?q=${encodeURIComponent(q)}&limit=8`).catch(() => []);
  active = -1;
  ul.innerHTML = hits.map((h) => `<li role="option" data-iri="${esc(h.iri)}">${esc(h.label)} <small>${esc(h.kind)}${h.country ? " · " + esc(h.country) : ""}</small></li>`).join("");
  [...ul.children].forEach((li) => li.addEventListener("click", () => {
    ul.innerHTML = "";
    $("search").value = li.textContent.replace(/\s+\S+( · \S+)?$/, "");
    showTab("explore");
    showNeighbourhood(li.dataset.iri);
    showProfile(li.dataset.iri);
  }));
}
document.addEventListener("click", (e) => { if (!e.target.closest(".search")) $("suggestions").innerHTML = ""; });

// ---- path finder ------------------------------------------------------------------------------
$("find-path").addEventListener("click", async () => {
  const out = $("path-result");
  const p = new URLSearchParams({ from: $("path-from").value, to: $("path-to").value, k: "3", max_hops: "4" });
  if ($("via-events").checked) p.set("via_events", "true");
  if ($("via-people").checked) p.set("via_people", "true");
  try {
    const data = await api(`/paths?${p}`);
    cyPath.elements().remove();
    const nodes = new Map();
    const edges = [];
    data.paths.forEach((path) => path.steps.forEach((s) => {
      nodes.set(s.source, { id: s.source, label: s.source_label });
      nodes.set(s.target, { id: s.target, label: s.target_label });
      edges.push({ id: `${s.source}|${s.target}`, source: s.source, target: s.target, relation: s.relation.split(",")[0], relationships: s.relationships });
    }));
    cyPath.add([...[...nodes.values()].map((n) => ({ data: { ...n, kind: "national_society", degree: 6 } })),
      ...edges.filter((e, i, a) => a.findIndex((x) => x.id === e.id) === i).map((e) => ({ data: e }))]);
    cyPath.layout({ name: "breadthfirst", roots: [data.from.iri], animate: false }).run();
    out.innerHTML = data.paths.map((path, i) => `<h3>Path ${i + 1} (${path.hops} hops)</h3>` + path.steps.map((s) =>
      `<div class="step"><b>${esc(s.source_label)}</b> —${esc(s.relation)}${s.date ? " " + esc(s.date) : ""}→ <b>${esc(s.target_label)}</b>
       ${evidenceHtml(s.evidence.slice(0, 2), [s.source_label, s.target_label])}</div>`).join("")).join("");
  } catch (err) {
    out.innerHTML = `<p class="error">${esc(err.message)}</p>`;
  }
});

// ---- SPARQL ---------------------------------------------------------------------------------------
const PREFIXES = `PREFIX rc: <https://w3id.org/rcgraph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
`;
const EXAMPLES = {
  "Partners of a society": `${PREFIXES}
SELECT ?partner ?kind ?date ?evidence WHERE {
  ?s skos:prefLabel "Qatar Red Crescent Society"@en .
  ?r rc:party ?s, ?p ; a ?c ; rc:evidenceText ?evidence .
  FILTER(?p != ?s) ?p skos:prefLabel ?partner .
  BIND(STRAFTER(STR(?c), "#") AS ?kind)
  OPTIONAL { ?r schema:startDate ?date }
} ORDER BY ?date`,
  "Officials of a society": `${PREFIXES}
SELECT ?person ?role ?society WHERE {
  ?m a rc:Appointment ; org:member ?p ; org:organization ?o ; rc:roleText ?role .
  ?p foaf:name ?person . ?o skos:prefLabel ?society .
} ORDER BY ?society ?person`,
  "Agreements by year": `${PREFIXES}
SELECT ?year (COUNT(DISTINCT ?a) AS ?agreements) WHERE {
  ?a a ?c . ?c <http://www.w3.org/2000/01/rdf-schema#subClassOf>* rc:Agreement .
  OPTIONAL { ?a schema:startDate ?d }
  BIND(IF(BOUND(?d), SUBSTR(STR(?d), 1, 4), "undated") AS ?year)
} GROUP BY ?year ORDER BY ?year`,
  "Conference participants": `${PREFIXES}
SELECT ?event ?org ?role WHERE {
  ?e a rc:Conference ; schema:name ?event .
  { ?e rc:participant ?o BIND("participant" AS ?role) } UNION { ?e rc:observer ?o BIND("observer" AS ?role) }
  ?o skos:prefLabel ?org .
} ORDER BY ?event ?org`,
  "Most connected organisations": `${PREFIXES}
SELECT ?org (COUNT(DISTINCT ?p) AS ?partners) WHERE {
  ?o rc:partneredWith ?p ; skos:prefLabel ?org .
} GROUP BY ?org ORDER BY DESC(?partners) LIMIT 20`,
};
$("examples").innerHTML = Object.keys(EXAMPLES).map((k) => `<option>${esc(k)}</option>`).join("");
$("examples").addEventListener("change", () => { $("query").value = EXAMPLES[$("examples").value]; });
$("query").value = EXAMPLES[Object.keys(EXAMPLES)[0]];
$("run").addEventListener("click", async () => {
  const status = $("query-status");
  status.textContent = "running…";
  const res = await fetch("/sparql", { method: "POST", headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" }, body: $("query").value });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) { status.innerHTML = `<span class="error">${esc(body?.error?.message || res.statusText)}</span>`; $("results").innerHTML = ""; return; }
  if ("boolean" in body) { status.textContent = `ASK: ${body.boolean}`; $("results").innerHTML = ""; return; }
  const vars = body.head.vars;
  const rows = body.results.bindings;
  status.textContent = `${rows.length} rows`;
  $("results").innerHTML = `<table><thead><tr>${vars.map((v) => `<th>${esc(v)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) =>
    `<tr>${vars.map((v) => `<td>${esc(r[v]?.value ?? "")}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
});

// names for the path finder's autocomplete
api("/entities?q=red&limit=100").then((hits) => {
  $("names").innerHTML = hits.map((h) => `<option value="${esc(h.label)}">`).join("");
}).catch(() => {});
