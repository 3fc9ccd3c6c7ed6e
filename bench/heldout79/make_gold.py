"""Writes gold.json for the seventy-ninth held-out probe set: a warehouse "built with funds
from" two donors, support "renewed … for another three years", and a co-signed letter
(a statement, not a relationship; written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NGO, NS, org, rel, write_gold  # noqa: E402

BI, BE, BEG = "Burundi Red Cross", "Belgian Red Cross", "Government of Belgium"
LU, LA = "Government of Luxembourg", "Lao Red Cross"
NRC, DRC, CARE = "Norwegian Refugee Council", "Danish Refugee Council", "CARE"
DOCS = [
    (
        "am01_built_with_funds_from.txt",
        "2025-03-21",
        [org(BI, NS, "BI"), org(BE, NS, "BE"), org(BEG, GOV, "BE")],
        [],
        [rel("support", [BE, BI]), rel("support", [BEG, BI])],
    ),
    (
        "am02_renewed_its_support.txt",
        "2025-01-27",
        [org(LU, GOV, "LU"), org(LA, NS, "LA")],
        [],
        [rel("support", [LU, LA])],
    ),
    (
        "am03_co_signed_letter.txt",
        "2024-08-19",
        [org(NRC, NGO, None), org(DRC, NGO, None), org(CARE, NGO, None, "CARE International")],
        [],
        [],
    ),
]

write_gold(DOCS, Path(__file__).parent)
