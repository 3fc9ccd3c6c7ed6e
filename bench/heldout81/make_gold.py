"""Writes gold.json for the eighty-first held-out probe set: commitments ("pledged to
support", "has committed CHF 2 million to … programme") and "a partnership between"
in apposition (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NGO, NS, org, rel, write_gold  # noqa: E402

QFFD, SO = "Qatar Fund for Development", "Somali Red Crescent Society"
SDC, NP = "Swiss Agency for Development and Cooperation", "Nepal Red Cross Society"
NE, MSF = "Red Cross Society of Niger", "Médecins Sans Frontières"
DOCS = [
    (
        "ao01_pledged_to_support.txt",
        "2025-01-16",
        [org(QFFD, GOV, "QA"), org(SO, NS, "SO")],
        [],
        [rel("support", [QFFD, SO])],
    ),
    (
        "ao02_committed_to_programme.txt",
        "2024-08-20",
        [org(SDC, GOV, "CH"), org(NP, NS, "NP")],
        [],
        [rel("donation", [SDC, NP])],
    ),
    (
        "ao03_a_partnership_between.txt",
        "2025-03-03",
        [org(NE, NS, "NE"), org(MSF, NGO, None, "MSF")],
        [],
        [rel("alliance", [NE, MSF])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
