"""Writes gold.json for the nineteenth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, UN, org, person, rel, write_gold  # noqa: E402

NO, MW = "Norwegian Red Cross", "Malawi Red Cross Society"
LB, EU, IT = "Lebanese Red Cross", "European Union", "Italian Red Cross"
NP, BD, IN, PK, LK = (
    "Nepal Red Cross Society",
    "Bangladesh Red Crescent Society",
    "Indian Red Cross Society",
    "Pakistan Red Crescent Society",
    "Sri Lanka Red Cross Society",
)
TK, KE = "Toyota Kenya", "Kenya Red Cross Society"
SN, NE, AAH, SC, SNW, FCDO = (
    "Senegalese Red Cross Society",
    "Red Cross Society of Niger",
    "Action Against Hunger",
    "Save the Children",
    "Start Network",
    "Foreign, Commonwealth and Development Office",
)
DOCS = [
    (
        "d01_twinning.txt",
        "2024-06-14",
        [org(NO, NS, "NO"), org(MW, NS, "MW"), org("Ministry of Health", GOV, "MW")],
        [
            person("Anne Bergh", "Secretary General", NO),
            person("McBain Kanongodza", "Secretary General", MW),
            person("Halima Daudi", "Deputy Minister of Health", "Ministry of Health"),
        ],
        [
            rel("agreement", [NO, MW], ["Anne Bergh", "McBain Kanongodza"], place="Lilongwe"),
            rel("support", [NO, MW]),
        ],
    ),
    (
        "d02_funding_from.txt",
        None,
        [
            org(LB, NS, "LB"),
            org(EU, GOV, None, "EU"),
            org(IT, NS, "IT"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [person("Georges Kettaneh", "Secretary General", LB)],
        [rel("support", [EU, LB]), rel("support", [IT, LB]), rel("support", [ICRC, LB])],
    ),
    (
        "d03_regional_meeting.txt",
        "2024-04-22",
        [
            org(NP, NS, "NP"),
            org(BD, NS, "BD"),
            org(IN, NS, "IN"),
            org(PK, NS, "PK"),
            org(LK, NS, "LK"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [person("Netra Prasad Timsina", "Chairman", NP)],
        [rel("meeting", [NP, BD, IN, PK, LK, IFRC], place="Kathmandu")],
    ),
    (
        "d04_company_gift.txt",
        "2024-03-05",
        [org(TK, "company", "KE"), org(KE, NS, "KE")],
        [
            person("Ahmed Idris", "Secretary General", KE),
            person("Arvinder Reel", "Managing Director", TK),
        ],
        [rel("donation", [TK, KE])],
    ),
    (
        "d05_consortium.txt",
        "2024-09-03",
        [
            org(SN, NS, "SN"),
            org(NE, NS, "NE"),
            org(AAH, NGO),
            org(SC, NGO),
            org(SNW, NGO),
            org(FCDO, GOV, "GB"),
            org("World Food Programme", UN, None, "WFP"),
        ],
        [person("Abdoul Azize Diallo", "President", SN)],
        [
            rel("alliance", [SN, NE, AAH, SC, SNW]),
            rel("support", [FCDO, SN]),
            rel("support", [FCDO, NE]),
            rel("support", [FCDO, AAH]),
            rel("support", [FCDO, SC]),
            rel("support", [FCDO, SNW]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
