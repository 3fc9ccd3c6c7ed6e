"""Writes gold.json for the seventy-sixth held-out probe set: kinds of agreement (a Status
Agreement, a Memorandum of Cooperation replacing a protocol, an exchange of letters;
written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NS, org, rel, write_gold  # noqa: E402

MNG, MN = "Government of Mongolia", "Mongolian Red Cross Society"
ME, MOI = "Red Cross of Montenegro", "Ministry of Interior"
CH, SDC = "Swiss Red Cross", "Swiss Agency for Development and Cooperation"
DOCS = [
    (
        "aj01_status_agreement.txt",
        "2025-03-11",
        [org(IFRC, MB, None, "IFRC"), org(MNG, GOV, "MN"), org(MN, NS, "MN")],
        [],
        [rel("agreement", [IFRC, MNG], date="2025-03-11"), rel("support", [IFRC, MN])],
    ),
    (
        "aj02_memorandum_of_cooperation.txt",
        "2024-09-19",
        [org(ME, NS, "ME"), org(MOI, GOV, "ME")],
        [],
        [rel("agreement", [ME, MOI], date="2024-09-19"), rel("agreement", [ME, MOI], date="2017")],
    ),
    (
        "aj03_exchange_of_letters.txt",
        "2024-07-02",
        [org(CH, NS, "CH"), org(SDC, GOV, "CH", "SDC")],
        [],
        [rel("agreement", [CH, SDC]), rel("support", [SDC, CH])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
