"""Writes gold.json for the twenty-sixth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

AM, GE = "Armenian Red Cross Society", "Red Cross Society of Georgia"
MFA = "Ministry of Foreign Affairs of Denmark"
DK, DCA, DRC = "Danish Red Cross", "DanChurchAid", "Danish Refugee Council"
SCD, AAD = "Save the Children Denmark", "ActionAid Denmark"
TH, KH, LA = "Thai Red Cross Society", "Cambodian Red Cross", "Lao Red Cross"
MM, VN, PH = "Myanmar Red Cross Society", "Viet Nam Red Cross Society", "Philippine Red Cross"
AHA = "ASEAN Coordinating Centre for Humanitarian Assistance on disaster management"
RF, UG, RCK = "The Rotary Foundation", "Uganda Red Cross Society", "Rotary Club of Kampala"
SD, EG = "Sudanese Red Crescent Society", "Egyptian Red Crescent"
MSS, WFP = "Ministry of Social Solidarity", "World Food Programme"
NP, PA = "Nepal Red Cross Society", "Practical Action Nepal"
FCDO = "Foreign, Commonwealth and Development Office"
DOCS = [
    (
        "k01_caucasus_mou.txt",
        "2025-03-14",
        [org(AM, NS, "AM"), org(GE, NS, "GE"), org(IFRC, MB, None, "IFRC")],
        [
            person("Anna Yeghiazaryan", "Secretary General", AM),
            person("Nikoloz Beridze", "Director General", GE),
            person("Ivan Petrov", "Head of the IFRC Delegation for the South Caucasus", IFRC),
        ],
        [
            rel(
                "agreement",
                [AM, GE],
                ["Anna Yeghiazaryan", "Nikoloz Beridze"],
                place="Tbilisi",
                date="2025-03-14",
            ),
            rel("support", [IFRC, AM]),
            rel("support", [IFRC, GE]),
        ],
    ),
    (
        "k02_ministry_partnerships.txt",
        None,
        [
            org(MFA, GOV, "DK", "Denmark's Ministry of Foreign Affairs"),
            org(DK, NS, "DK"),
            org(DCA, NGO, "DK"),
            org(DRC, NGO, "DK"),
            org(SCD, NGO, "DK"),
            org(AAD, NGO, "DK"),
        ],
        [person("Dan Jørgensen", "Minister for Development Cooperation", MFA)],
        [rel("agreement", [MFA, x]) for x in (DK, DCA, DRC, SCD, AAD)],
    ),
    (
        "k03_regional_forum.txt",
        "2024-11-22",
        [
            org(TH, NS, "TH"),
            org(IFRC, MB, None, "IFRC", "IFRC Asia Pacific Regional Office"),
            org(KH, NS, "KH"),
            org(LA, NS, "LA"),
            org(MM, NS, "MM"),
            org(VN, NS, "VN"),
            org(PH, NS, "PH"),
            org(ICRC, MB, None, "ICRC"),
            org(AHA, OTHER, None, "AHA Centre"),
        ],
        [person("Somchai Rattanakorn", "Secretary General", TH)],
        [
            rel(
                "participation",
                [TH, IFRC, KH, LA, MM, VN, PH, ICRC, AHA],
                event="Southeast Asia Regional Disaster Management Forum",
                place="Bangkok",
            ),
            rel("support", [IFRC, TH]),
            rel("meeting", [TH, KH], place="Bangkok"),
            rel("meeting", [TH, LA], place="Bangkok"),
        ],
    ),
    (
        "k04_rotary_grant.txt",
        "2024-06-03",
        [org(RF, NGO, None, "Rotary"), org(UG, NS, "UG", "Uganda Red Cross"), org(RCK, NGO, "UG")],
        [
            person("Margaret Okello", "trustee", RF),
            person("Robert Kwesiga", "Secretary General", UG),
        ],
        [
            rel("donation", [RF, UG]),
            rel("support", [RF, UG]),
            rel("support", [RCK, UG]),
            rel("alliance", [UG, RF]),
        ],
    ),
    (
        "k05_cairo_visit.txt",
        None,
        [
            org(SD, NS, "SD"),
            org(EG, NS, "EG"),
            org(MSS, GOV, "EG", "Egyptian Ministry of Social Solidarity"),
            org(ICRC, MB, None, "ICRC"),
            org(WFP, UN, None, "WFP"),
        ],
        [person("Hamid Osman Ali", "President", SD)],
        [
            rel("mission", [SD], place="Cairo"),
            rel("meeting", [SD, EG, MSS], place="Cairo"),
            rel("support", [EG, SD]),
            rel("meeting", [SD, ICRC], place="Cairo"),
            rel("meeting", [SD, WFP], place="Aswan"),
        ],
    ),
    (
        "k06_wire_mou.txt",
        None,
        [
            org(NP, NS, "NP", "NRCS"),
            org(PA, NGO, "NP", "Practical Action"),
            org(FCDO, GOV, "GB"),
        ],
        [
            person("Binod Sharma", "chairman", NP),
            person("Rina Gurung", "country director", PA),
        ],
        [
            rel("agreement", [NP, PA], ["Binod Sharma", "Rina Gurung"], place="Kathmandu"),
            rel("support", [PA, NP]),
            rel("support", [FCDO, NP]),
            rel("support", [FCDO, PA]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
