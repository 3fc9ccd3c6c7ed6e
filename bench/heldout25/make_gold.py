"""Writes gold.json for the twenty-fifth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import ICRC, IFRC, MB, NGO, NS, org, rel, write_gold  # noqa: E402

GH, GSA = "Ghana Red Cross Society", "Ghana Scouts Association"
MW = "Malawi Red Cross Society"
ML, BF = "Mali Red Cross", "Burkina Faso Red Cross Society"
JM, CA = "Jamaica Red Cross", "Canadian Red Cross"
NP, JP = "Nepal Red Cross Society", "Japanese Red Cross Society"
DOCS = [
    (
        "j01_work_together.txt",
        "2024-06-10",
        [org(GH, NS, "GH"), org(GSA, NGO, "GH")],
        [],
        [rel("alliance", [GH, GSA]), rel("support", [GH, GSA])],
    ),
    (
        "j02_dref.txt",
        "2023-03-14",
        [org(IFRC, MB, None, "IFRC"), org(MW, NS, "MW")],
        [],
        [rel("support", [IFRC, MW])],
    ),
    (
        "j03_representatives_met.txt",
        "2023-12-05",
        [
            org(ML, NS, "ML"),
            org(BF, NS, "BF"),
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [],
        [rel("meeting", [ML, BF, ICRC, IFRC], place="Geneva")],
    ),
    (
        "j04_receive_support.txt",
        "2024-05-22",
        [org(JM, NS, "JM"), org(CA, NS, "CA")],
        [],
        [rel("agreement", [JM, CA], place="Kingston"), rel("support", [CA, JM])],
    ),
    (
        "j05_trained_by.txt",
        "2024-02-18",
        [org(NP, NS, "NP"), org(JP, NS, "JP")],
        [],
        [rel("support", [JP, NP])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
