"""Writes gold.json for the seventy-seventh held-out probe set: articles saved as HTML pages
(navigation, entities, a footer; supporters in a bulleted list; written by the rcgraph
developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NS, UN, org, person, rel, write_gold  # noqa: E402

ET, UNHCR = "Ethiopian Red Cross Society", "UNHCR"
UA, DE, AT, EU = (
    "Ukrainian Red Cross Society",
    "German Red Cross",
    "Austrian Red Cross",
    "European Union",
)
DOCS = [
    (
        "ak01_html_page.txt",
        "2025-05-14",
        [org(ET, NS, "ET"), org(UNHCR, UN, None, "UN Refugee Agency")],
        [
            person("Meseret Alemu", "Secretary General", ET),
            person("Paul Laurent", "Representative in Ethiopia", UNHCR),
        ],
        [rel("agreement", [ET, UNHCR], ["Meseret Alemu", "Paul Laurent"], date="2025-05-13")],
    ),
    (
        "ak02_html_lists.txt",
        "2024-12-03",
        [org(UA, NS, "UA"), org(DE, NS, "DE"), org(AT, NS, "AT"), org(EU, GOV, None)],
        [],
        [rel("support", [DE, UA]), rel("support", [AT, UA]), rel("support", [EU, UA])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
