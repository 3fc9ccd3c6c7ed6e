"""Writes gold.json for the sixty-sixth held-out probe set: English as translated from
Spanish and French press releases ("The signing of … took place", "It was in this
context that", "in favour of", "was received by"; written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

ES, USAL = "Spanish Red Cross", "University of Salamanca"
PE, LORETO, AECID = (
    "Peruvian Red Cross",
    "Regional Government of Loreto",
    "Spanish Agency for International Development Cooperation",
)
BF, WFP, MAH = (
    "Burkinabe Red Cross Society",
    "World Food Programme",
    "Ministry of Humanitarian Action",
)
NE = "Red Cross Society of Niger"
DOCS = [
    (
        "z01_signing_took_place.txt",
        "2025-03-07",
        [org(ES, NS, "ES"), org(USAL, OTHER, "ES")],
        [
            person("Ricardo Rivero", "Rector", USAL),
            person("Carmen Díaz", "Provincial President", ES),
        ],
        [rel("agreement", [ES, USAL], ["Ricardo Rivero", "Carmen Díaz"], date="2025-03-06")],
    ),
    (
        "z02_in_this_context.txt",
        "2025-01-15",
        [org(PE, NS, "PE", "CRP"), org(LORETO, GOV, "PE"), org(AECID, GOV, "ES", "AECID")],
        [],
        [rel("agreement", [PE, LORETO]), rel("support", [AECID, PE])],
    ),
    (
        "z03_french_style.txt",
        "2024-06-28",
        [org(BF, NS, "BF"), org(WFP, UN, None, "WFP"), org(MAH, GOV, "BF")],
        [person("Lassané Ouédraogo", "President", BF)],
        [rel("agreement", [BF, WFP])],
    ),
    (
        "z04_accompanied_by.txt",
        "2024-09-09",
        [org(ICRC, MB, None, "ICRC"), org(NE, NS, "NE")],
        [
            person("Anne Dubois", "Head of delegation", ICRC),
            person("Mamadou Issoufou", "President", NE),
        ],
        [rel("meeting", [ICRC, NE], place="Niamey, Niger", date="2024-09-09")],
    ),
]

write_gold(DOCS, Path(__file__).parent)
