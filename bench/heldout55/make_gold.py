"""Writes gold.json for the fifty-fifth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NS, org, person, rel, write_gold  # noqa: E402

UZ, DE = "Red Crescent Society of Uzbekistan", "German Red Cross"
SDC, LK = "Swiss Agency for Development and Cooperation", "Sri Lanka Red Cross Society"
LB, CY = "Lebanese Red Cross", "Cyprus Red Cross Society"
MX, DIDI = "Mexican Red Cross", "DiDi"
IT, LY, AICS = (
    "Italian Red Cross",
    "Libyan Red Crescent",
    "Italian Agency for Development Cooperation",
)
DK, IS, FI = "Danish Red Cross", "Icelandic Red Cross", "Finnish Red Cross"
DOCS = [
    (
        "o01_signed_by_titles_after.txt",
        "2025-05-12",
        [org(UZ, NS, "UZ"), org(DE, NS, "DE")],
        [
            person("Farida Yusupova", "President", UZ),
            person("Thomas Berger", "Head of delegation", DE),
        ],
        [
            rel(
                "agreement",
                [UZ, DE],
                ["Farida Yusupova", "Thomas Berger"],
                place="Tashkent, Uzbekistan",
                date="2025-05-12",
            )
        ],
    ),
    (
        "o02_thanks_to_a_contribution.txt",
        "2024-12-03",
        [org(SDC, GOV, "CH", "SDC"), org(LK, NS, "LK")],
        [person("Nimal Perera", "Director General", LK)],
        [rel("donation", [SDC, LK])],
    ),
    (
        "o03_held_a_call.txt",
        "2024-10-02",
        [org(LB, NS, "LB"), org(CY, NS, "CY")],
        [
            person("Rami Haddad", "Secretary General", LB),
            person("Andreas Georgiou", "Secretary General", CY),
        ],
        [rel("meeting", [LB, CY], date="2024-10-01")],
    ),
    (
        "o04_teamed_up.txt",
        "2024-06-14",
        [org(MX, NS, "MX"), org(DIDI, "company", None)],
        [],
        [rel("alliance", [MX, DIDI])],
    ),
    (
        "o05_sending_logisticians.txt",
        "2023-09-15",
        [org(IT, NS, "IT"), org(LY, NS, "LY"), org(AICS, GOV, "IT", "AICS")],
        [],
        [rel("support", [IT, LY]), rel("support", [AICS, IT])],
    ),
    (
        "o06_among_them_were.txt",
        "2024-06-21",
        [org(DK, NS, "DK"), org(IS, NS, "IS"), org(FI, NS, "FI")],
        [],
        [
            rel(
                "participation",
                [DK, IS, FI],
                event="Council of Delegates of the International Red Cross and Red Crescent Movement",
                place="Geneva, Switzerland",
            )
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
