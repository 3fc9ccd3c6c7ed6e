"""Writes gold.json for the eighty-ninth held-out probe set: a renewal saved as an HTML
page, a foundation and a society launching a pilot with its grant, and a delegation hosted
with its other meetings (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, MB, NGO, NS, org, person, rel, write_gold  # noqa: E402

ET, CH, MOH = "Ethiopian Red Cross Society", "Swiss Red Cross", "Ministry of Health"
FHF = "Fred Hollows Foundation"
MPF, KE, SAF = "M-Pesa Foundation", "Kenya Red Cross Society", "Safaricom"
GE, AM, EMS = (
    "Georgia Red Cross Society",
    "Armenian Red Cross Society",
    "Emergency Management Service of Georgia",
)
DOCS = [
    (
        "aw01_html_page.html",
        "2024-12-12",
        [
            org(ET, NS, "ET", "ERCS", "Ethiopian Red Cross"),
            org(CH, NS, "CH", "SRC"),
            org(MOH, GOV, "ET"),
            org(FHF, NGO, None),
        ],
        [
            person("Mesfin Dereje", "Secretary General", ET),
            person("Nora Kronig Romero", "Director General", CH),
        ],
        [
            rel(
                "agreement",
                [ET, CH],
                signatories=["Mesfin Dereje", "Nora Kronig Romero"],
                place="Addis Ababa",
            ),
            rel("meeting", [CH, MOH]),
        ],
    ),
    (
        "aw02_company_cash_app.txt",
        None,
        [
            org(MPF, NGO, "KE"),
            org(KE, NS, "KE", "Kenya Red Cross"),
            org(SAF, "company", "KE"),
        ],
        [
            person("Ahmed Idris", "Secretary General", KE),
            person("Kassim Omar", "Executive Director", MPF),
        ],
        [rel("alliance", [MPF, KE]), rel("support", [MPF, KE])],
    ),
    (
        "aw03_meeting_delegation_hosted.txt",
        "2025-05-28",
        [
            org(GE, NS, "GE"),
            org(AM, NS, "AM"),
            org(ICRC, MB, None, "ICRC"),
            org(EMS, GOV, "GE"),
        ],
        [person("Anna Yeganyan", "Secretary General", AM)],
        [
            rel("meeting", [GE, AM], date="2025-05-26"),
            rel("meeting", [AM, ICRC], place="Tbilisi"),
            rel("meeting", [AM, EMS]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
