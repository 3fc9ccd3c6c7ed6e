"""Writes gold.json for the sixty-eighth held-out probe set: kinds of help (seconded staff,
an ERU, matched giving, a loan, in-kind support) and a person "who is also" an officer
(written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NS, org, person, rel, write_gold  # noqa: E402

NO, SD, MFA = (
    "Norwegian Red Cross",
    "Sudanese Red Crescent",
    "Norwegian Ministry of Foreign Affairs",
)
ES, MA, SAF = "Spanish Red Cross", "Moroccan Red Crescent", "Spanish Air Force"
NWL, GB = "Northwind Logistics", "British Red Cross"
GPHA, GH, VOLTA = "Ghana Ports and Harbours Authority", "Ghana Red Cross Society", "Volta Motors"
KM = "Comoros Red Crescent"
DOCS = [
    (
        "ab01_seconded_staff.txt",
        "2024-10-10",
        [org(NO, NS, "NO"), org(SD, NS, "SD"), org(MFA, GOV, "NO")],
        [],
        [rel("support", [NO, SD]), rel("support", [MFA, NO])],
    ),
    (
        "ab02_eru_deployed.txt",
        "2023-09-14",
        [org(ES, NS, "ES"), org(MA, NS, "MA"), org(SAF, GOV, "ES")],
        [],
        [rel("support", [ES, MA]), rel("support", [SAF, ES])],
    ),
    (
        "ab03_matched_funding.txt",
        "2025-03-18",
        [org(NWL, "company", "GB"), org(GB, NS, "GB")],
        [],
        [rel("donation", [NWL, GB])],
    ),
    (
        "ab04_in_kind_and_loan.txt",
        "2024-08-06",
        [org(GPHA, GOV, "GH"), org(GH, NS, "GH"), org(VOLTA, "company", "GH")],
        [],
        [rel("support", [GPHA, GH]), rel("support", [VOLTA, GH])],
    ),
    (
        "ab05_who_is_also.txt",
        "2024-12-02",
        [org(KM, NS, "KM")],
        [
            person("Ahmed Said Ali", "Vice-President", KM),
            person("Ahmed Said Ali", "acting Secretary General", KM),
        ],
        [],
    ),
]

write_gold(DOCS, Path(__file__).parent)
