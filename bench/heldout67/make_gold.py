"""Writes gold.json for the sixty-seventh held-out probe set: a partnership told in a
quote, partners listed after a colon with semicolons, "its partners, B and C", a deal
named in the headline, gifts "respectively" (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NGO, NS, org, person, rel, write_gold  # noqa: E402

KE, SBF = "Kenya Red Cross Society", "Savanna Bank Foundation"
ZW, MOH, PLAN, WV = (
    "Zimbabwe Red Cross Society",
    "Ministry of Health and Child Care",
    "Plan International",
    "World Vision",
)
LA, LU, CH = "Lao Red Cross", "Luxembourg Red Cross", "Swiss Red Cross"
MN, KHAN = "Mongolian Red Cross Society", "Khan Bank"
KW, QA, SD = "Kuwait Red Crescent Society", "Qatar Red Crescent Society", "Sudanese Red Crescent"
DOCS = [
    (
        "aa01_quote_partner.txt",
        "2024-07-03",
        [org(KE, NS, "KE"), org(SBF, NGO, "KE")],
        [person("Mary Wanjiru", "Chief Executive", SBF)],
        [rel("alliance", [SBF, KE]), rel("support", [SBF, KE])],
    ),
    (
        "aa02_partners_semicolons.txt",
        "2025-02-14",
        [org(ZW, NS, "ZW"), org(MOH, GOV, "ZW"), org(PLAN, NGO, None), org(WV, NGO, None)],
        [],
        [rel("alliance", [ZW, MOH]), rel("alliance", [ZW, PLAN]), rel("alliance", [ZW, WV])],
    ),
    (
        "aa03_its_partners.txt",
        "2025-04-22",
        [org(LA, NS, "LA"), org(LU, NS, "LU"), org(CH, NS, "CH")],
        [],
        [rel("alliance", [LA, LU, CH])],
    ),
    (
        "aa04_headline_deal.txt",
        "2025-05-16",
        [org(MN, NS, "MN", "Mongolian Red Cross"), org(KHAN, "company", "MN")],
        [],
        [rel("agreement", [MN, KHAN], place="Ulaanbaatar, Mongolia", date="2025-05-16")],
    ),
    (
        "aa05_respectively.txt",
        "2024-08-29",
        [org(KW, NS, "KW"), org(QA, NS, "QA"), org(SD, NS, "SD")],
        [],
        [rel("donation", [KW, SD]), rel("donation", [QA, SD])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
