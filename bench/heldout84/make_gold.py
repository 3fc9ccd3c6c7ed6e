"""Writes gold.json for the eighty-fourth held-out probe set: a foundation's gift with a
state government's trucks and a second agreement, a consortium response with its lead,
funder and local partner, a Gulf-agency courtesy call on an ambassador, and an AU–ICRC
memorandum replacing an older agreement (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

MX, FCS = "Mexican Red Cross", "Fundación Carlos Slim"
TAB, CONAGUA = "Government of Tabasco", "National Water Commission"
NL, DRA, SCN = "Netherlands Red Cross", "Dutch Relief Alliance", "Save the Children Netherlands"
MFA, CARE, NOVIB, ZOA = "Dutch Ministry of Foreign Affairs", "CARE Nederland", "Oxfam Novib", "ZOA"
SD = "Sudanese Red Crescent Society"
ERC, GTD, TD = "Emirates Red Crescent", "Government of Chad", "Red Cross of Chad"
AUC, OAU, UNHCR = (
    "African Union Commission",
    "Organisation of African Unity",
    "Office of the UN High Commissioner for Refugees",
)
DOCS = [
    (
        "ar01_mexico_foundation.txt",
        "2024-10-30",
        [
            org(MX, NS, "MX", "Cruz Roja Mexicana"),
            org(FCS, NGO, "MX"),
            org(TAB, GOV, "MX", "state government of Tabasco"),
            org(CONAGUA, GOV, "MX", "Conagua"),
        ],
        [person("Fernando Suinaga Cárdenas", "National President", MX)],
        [
            rel("donation", [FCS, MX]),
            rel("support", [TAB, MX]),
            rel("agreement", [MX, CONAGUA]),
        ],
    ),
    (
        "ar02_dutch_relief_alliance.txt",
        "2025-05-12",
        [
            org(NL, NS, "NL"),
            org(DRA, OTHER, "NL"),
            org(SCN, NGO, "NL", "Save the Children"),
            org(MFA, GOV, "NL"),
            org(CARE, NGO, "NL"),
            org(NOVIB, NGO, "NL"),
            org(ZOA, NGO, "NL"),
            org(SD, NS, "SD"),
        ],
        [person("Marieke van Schaik", "Director", NL)],
        [
            rel("alliance", [NL, DRA]),
            rel("alliance", [NL, SCN, CARE, NOVIB, ZOA]),
            rel("support", [MFA, SCN]),
        ],
    ),
    (
        "ar03_erc_receives_ambassador.txt",
        "2025-02-17",
        [
            org(ERC, NS, "AE", "ERC"),
            org(GTD, GOV, "TD", "Republic of Chad"),
            org(TD, NS, "TD"),
        ],
        [
            person("Hamdan Musallam Al Mazrouei", "Chairman of the Board of Directors", ERC),
            person(
                "Abdelkerim Koundougoumi Mahamat",
                "Ambassador of the Republic of Chad to the UAE",
                GTD,
            ),
        ],
        [rel("meeting", [ERC, GTD], place="Abu Dhabi", date="2025-02-17")],
    ),
    (
        "ar04_icrc_african_union.txt",
        "2024-11-25",
        [
            org(AUC, OTHER, None, "AUC", "African Union", "AU"),
            org(ICRC, MB, None, "ICRC"),
            org(OAU, OTHER, None),
            org(UNHCR, UN, None, "UNHCR"),
        ],
        [
            person(
                "Bankole Adeoye", "AU Commissioner for Political Affairs, Peace and Security", AUC
            ),
            person("Patrick Youssef", "ICRC Regional Director for Africa", ICRC),
        ],
        [
            rel(
                "agreement",
                [AUC, ICRC],
                signatories=["Bankole Adeoye", "Patrick Youssef"],
                place="Addis Ababa",
                date="2024-11-25",
            ),
            rel("agreement", [OAU, ICRC], date="1992"),
            rel("support", [ICRC, AUC]),
            rel("alliance", [AUC, ICRC, UNHCR]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
