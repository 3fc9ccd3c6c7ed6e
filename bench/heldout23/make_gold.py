"""Writes gold.json for the twenty-third held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NS, OTHER, org, person, rel, write_gold  # noqa: E402

JP, LY = "Government of Japan", "Libyan Red Crescent"
CO, BC = "Colombian Red Cross Society", "Bancolombia"
TR, GS = "Turkish Red Crescent", "Galatasaray"
OUS, NO = "Oslo University Hospital", "Norwegian Red Cross"
UG, MAK, UBTS = (
    "Uganda Red Cross Society",
    "Makerere University",
    "Uganda Blood Transfusion Service",
)
DOCS = [
    (
        "h01_ministry_release.txt",
        None,
        [org(JP, GOV, "JP", "Japan"), org(IFRC, MB, None, "IFRC"), org(LY, NS, "LY")],
        [],
        [rel("support", [JP, IFRC]), rel("support", [JP, LY]), rel("support", [IFRC, LY])],
    ),
    (
        "h02_spanish.txt",
        "2024-03-20",
        [org(CO, NS, "CO", "Cruz Roja Colombiana"), org(BC, "company", "CO")],
        [
            person("Judith Carvajal de Álvarez", "Executive President", CO),
            person("Juan Carlos Mora", "President", BC),
        ],
        [
            rel("agreement", [CO, BC], ["Judith Carvajal de Álvarez", "Juan Carlos Mora"]),
            rel("donation", [BC, CO]),
        ],
    ),
    (
        "h03_fundraiser.txt",
        None,
        [org(TR, NS, "TR"), org(GS, "company", "TR")],
        [],
        [],
    ),
    (
        "h04_hospital.txt",
        "2024-10-01",
        [org(OUS, OTHER, "NO"), org(NO, NS, "NO")],
        [
            person("Bjørn Erikstein", "Chief Executive", OUS),
            person("Anne Bergh", "Secretary General", NO),
        ],
        [rel("agreement", [OUS, NO], ["Bjørn Erikstein", "Anne Bergh"])],
    ),
    (
        "h05_blood_drive.txt",
        "2024-08-08",
        [org(UG, NS, "UG"), org(MAK, OTHER, "UG"), org(UBTS, GOV, "UG")],
        [person("Robert Kwesiga", "Secretary General", UG)],
        [rel("alliance", [UG, MAK, UBTS]), rel("support", [MAK, UG])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
