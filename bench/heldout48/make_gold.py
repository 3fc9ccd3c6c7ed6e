"""Writes gold.json for the forty-eighth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NS, OTHER, org, person, rel, write_gold  # noqa: E402

KE, MOH = "Kenya Red Cross Society", "Ministry of Health"
GB, EU, CA, MA = (
    "British Red Cross",
    "European Union",
    "Government of Canada",
    "Moroccan Red Crescent",
)
UG, MU = "Uganda Red Cross Society", "Makerere University"
BD, DK = "Bangladesh Red Crescent Society", "Danish Red Cross"
IR, TR = "Iranian Red Crescent Society", "Turkish Red Crescent"
QA, LB = "Qatar Red Crescent Society", "Lebanese Red Cross"
DOCS = [
    (
        "h01_courtesy_call.txt",
        "2024-03-05",
        [org(KE, NS, "KE"), org(MOH, GOV, "KE", "Government of Kenya", "Kenya")],
        [
            person("Ahmed Idris", "Secretary General", KE),
            person("Susan Nakhumicha", "Cabinet Secretary for Health", MOH),
        ],
        [rel("meeting", [KE, MOH], date="2024-03-05")],
    ),
    (
        "h02_appeal_funded.txt",
        "2023-10-30",
        [
            org(IFRC, MB, None, "IFRC"),
            org(GB, NS, "GB"),
            org(EU, GOV, None, "EU"),
            org(CA, GOV, "CA", "Canada"),
            org(MA, NS, "MA"),
        ],
        [],
        [
            rel("support", [GB, IFRC]),
            rel("support", [EU, IFRC]),
            rel("support", [CA, IFRC]),
            rel("support", [IFRC, MA]),
        ],
    ),
    (
        "h03_for_the.txt",
        "2024-08-21",
        [org(UG, NS, "UG"), org(MU, OTHER, "UG")],
        [
            person("Robert Kwesiga", "Secretary General", UG),
            person("Barnabas Nawangwe", "Vice-Chancellor", MU),
        ],
        [
            rel(
                "agreement",
                [UG, MU],
                ["Robert Kwesiga", "Barnabas Nawangwe"],
                place="Kampala",
                date="2024-08-21",
            )
        ],
    ),
    (
        "h04_bdrcs_support.txt",
        "2024-05-25",
        [org(BD, NS, "BD", "BDRCS"), org(DK, NS, "DK"), org(IFRC, MB, None, "IFRC")],
        [],
        [rel("support", [DK, BD]), rel("support", [IFRC, BD])],
    ),
    (
        "h05_condolences.txt",
        None,
        [org(IR, NS, "IR"), org(TR, NS, "TR")],
        [],
        [],
    ),
    (
        "h06_two_parties.txt",
        "2024-01-15",
        [org(QA, NS, "QA", "QRCS"), org(LB, NS, "LB", "LRC")],
        [],
        [
            rel("agreement", [QA, LB], place="Beirut", date="2024-01-15"),
            rel("support", [QA, LB]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
