"""Writes gold.json for the thirty-second held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NGO, NS, org, person, rel, write_gold  # noqa: E402

PK, NDMA = "Pakistan Red Crescent Society", "National Disaster Management Authority"
GB, SL, UKHSA = "British Red Cross", "Sierra Leone Red Cross Society", "UK Health Security Agency"
FCDO = "Foreign, Commonwealth and Development Office"
GE, CG, EU = "Red Cross Society of Georgia", "Caritas Georgia", "European Union"
PH, JP = "Philippine Red Cross", "Japanese Red Cross Society"
KE, MCF = "Kenya Red Cross Society", "Mastercard Foundation"
LK, MV = "Sri Lanka Red Cross Society", "Maldivian Red Crescent"
DOCS = [
    (
        "q01_app_deal.txt",
        None,
        [org(PK, NS, "PK", "PRCS"), org(NDMA, GOV, "PK", "NDMA")],
        [
            person("Abdul Basit", "Secretary General", PK),
            person("Kamran Ali", "Member Operations", NDMA),
        ],
        [rel("agreement", [PK, NDMA], ["Abdul Basit", "Kamran Ali"])],
    ),
    (
        "q02_hosted_delegation.txt",
        None,
        [org(GB, NS, "GB"), org(SL, NS, "SL"), org(UKHSA, GOV, "GB"), org(FCDO, GOV, "GB")],
        [person("Kpawuru Sandy", "Secretary General", SL)],
        [
            rel("meeting", [GB, SL], place="London"),
            rel("meeting", [SL, UKHSA], place="London"),
            rel("support", [FCDO, SL]),
        ],
    ),
    (
        "q03_eu_funded.txt",
        "2024-05-15",
        [org(GE, NS, "GE"), org(CG, NGO, "GE"), org(EU, GOV, None, "EU")],
        [person("Tamar Gelashvili", "head of programmes", CG)],
        [rel("alliance", [GE, CG]), rel("support", [EU, GE]), rel("support", [EU, CG])],
    ),
    (
        "q04_counterpart.txt",
        "2024-10-09",
        [org(PH, NS, "PH", "PRC"), org(JP, NS, "JP")],
        [person("Richard Cruz", "Chairman", PH), person("Kenji Nakamura", "counterpart", JP)],
        [rel("meeting", [PH, JP], place="Mandaluyong City"), rel("support", [JP, PH])],
    ),
    (
        "q05_funding_received.txt",
        "2024-07-02",
        [org(KE, NS, "KE"), org(MCF, NGO, None)],
        [],
        [rel("support", [MCF, KE])],
    ),
    (
        "q06_handed_over.txt",
        "2023-12-18",
        [org(LK, NS, "LK"), org(MV, NS, "MV")],
        [],
        [rel("donation", [LK, MV])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
