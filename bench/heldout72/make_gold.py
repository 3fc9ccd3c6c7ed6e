"""Writes gold.json for the seventy-second held-out probe set: people's posts ("According
to A, head of the ICRC sub-delegation in Goma", "a spokesperson for", "the SRCS
president", roles in brackets) and a briefing organised by one body and attended by others
(written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, org, person, rel, write_gold  # noqa: E402

CD, GR = "Red Cross of the Democratic Republic of the Congo", "Hellenic Red Cross"
SD, EU, UK = "Sudanese Red Crescent", "European Union", "Government of the United Kingdom"
NG, NEMA = "Nigerian Red Cross Society", "National Emergency Management Agency"
DOCS = [
    (
        "af01_according_to.txt",
        "2025-02-14",
        [org(ICRC, MB, None, "ICRC"), org(CD, NS, "CD")],
        [person("Claire Mercier", "Head of sub-delegation", ICRC)],
        [rel("support", [ICRC, CD])],
    ),
    (
        "af02_spokesperson_for.txt",
        "2024-08-12",
        [org(GR, NS, "GR")],
        [person("Eleni Papadaki", "Spokesperson", GR)],
        [],
    ),
    (
        "af03_the_acronym_president.txt",
        "2025-03-03",
        [
            org(SD, NS, "SD", "SRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(EU, GOV, None),
            org(UK, GOV, "GB", "United Kingdom"),
        ],
        [person("Hassan Babiker", "President", SD)],
        [rel("meeting", [SD, IFRC, EU, UK], place="Port Sudan, Sudan")],
    ),
    (
        "af04_bracketed_roles.txt",
        "2024-11-25",
        [org(NG, NS, "NG"), org(ICRC, MB, None, "ICRC"), org(NEMA, GOV, "NG")],
        [
            person("Musa Bello", "President", NG),
            person("Fatou Diallo", "Head of Delegation", ICRC),
            person("Peter Okafor", "Director", NEMA),
        ],
        [],
    ),
]

write_gold(DOCS, Path(__file__).parent)
