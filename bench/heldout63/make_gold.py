"""Writes gold.json for the sixty-third held-out probe set: typography (non-breaking spaces
and hyphens, curly quotes, em dashes), a bulleted list of partners, names with "&", and an
abbreviated dateline (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, org, person, rel, write_gold  # noqa: E402

RW, MTN = "Rwandan Red Cross", "MTN Rwanda"
EC, UCE, SNGR = (
    "Ecuadorian Red Cross",
    "Central University of Ecuador",
    "National Risk Management Secretariat",
)
BP, PLAN = "Banco Pichincha", "Plan International Ecuador"
JJ, GH, GHS = "Johnson & Johnson Foundation", "Ghana Red Cross Society", "Ghana Health Service"
PK = "Pakistan Red Crescent Society"
DOCS = [
    (
        "w01_typography.txt",
        "2024-08-14",
        [
            org(RW, NS, "RW", "Rwanda Red Cross Society", "Rwanda Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(MTN, "company", "RW"),
        ],
        [person("Apollinaire Karamaga", "Secretary-General", RW)],
        [rel("agreement", [RW, IFRC, MTN], date="2024-08-14")],
    ),
    (
        "w02_bullet_partners.txt",
        "2025-04-02",
        [
            org(EC, NS, "EC"),
            org(UCE, OTHER, "EC"),
            org(SNGR, GOV, "EC"),
            org(BP, "company", "EC"),
            org(PLAN, NGO, "EC"),
        ],
        [],
        [
            rel("agreement", [EC, UCE], date="2025-04-01"),
            rel("agreement", [EC, SNGR], date="2025-04-01"),
            rel("agreement", [EC, BP], date="2025-04-01"),
            rel("agreement", [EC, PLAN], date="2025-04-01"),
        ],
    ),
    (
        "w03_ampersand_names.txt",
        "2024-06-19",
        [org(JJ, NGO, None), org(GH, NS, "GH"), org(GHS, GOV, "GH")],
        [],
        # "will be run in partnership with": a plan, not a relationship (the annotation rules)
        [rel("donation", [JJ, GH])],
    ),
    (
        "w04_allcaps_and_abbrev.txt",
        None,
        [org(PK, NS, "PK", "PRCS"), org(ICRC, MB, None, "ICRC")],
        [person("Abdul Rauf Khan", "Secretary General", PK)],
        [rel("meeting", [PK, ICRC], place="Islamabad, Pakistan")],
    ),
]

write_gold(DOCS, Path(__file__).parent)
