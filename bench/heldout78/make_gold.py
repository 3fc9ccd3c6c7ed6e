"""Writes gold.json for the seventy-eighth held-out probe set: standing partnerships told as
"have been partners since", "one of its oldest partners", and help "Through its country
office" (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NS, UN, org, rel, write_gold  # noqa: E402

DK, GE = "Danish Red Cross", "Red Cross Society of Georgia"
SE, SIDA = "Swedish Red Cross", "Swedish International Development Cooperation Agency"
WHO, TD = "World Health Organization", "Red Cross of Chad"
DOCS = [
    (
        "al01_partners_since.txt",
        "2025-05-08",
        [org(DK, NS, "DK"), org(GE, NS, "GE", "Georgia Red Cross Society")],
        [],
        [rel("alliance", [DK, GE], date="2000")],
    ),
    (
        "al02_one_of_oldest_partners.txt",
        "2025-05-08",
        [org(SE, NS, "SE"), org(SIDA, GOV, "SE", "Sida")],
        [],
        [rel("alliance", [SE, SIDA]), rel("support", [SIDA, SE])],
    ),
    (
        "al03_country_office.txt",
        "2024-09-30",
        [org(WHO, UN, None), org(TD, NS, "TD")],
        [],
        [rel("support", [WHO, TD])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
