"""Writes gold.json for the eighty-second held-out probe set: press releases of the usual
length with several relations each (a signing with a courtesy call and a co-financer, a
joint operation with its funders and a visit to a governor, a regional forum with a
sideline agreement, a donation of vehicles) (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

PH, JP, DOH = "Philippine Red Cross", "Japanese Red Cross Society", "Department of Health"
JICA = "Japan International Cooperation Agency"
NG, NO, SIDA = (
    "Nigerian Red Cross Society",
    "Norwegian Red Cross",
    ("Swedish International Development Cooperation Agency"),
)
BORNO = "Borno State Government"
SN, ML, NE, BF, TD = (
    "Senegalese Red Cross Society",
    "Mali Red Cross",
    "Red Cross Society of Niger",
    "Burkina Faso Red Cross Society",
    "Red Cross of Chad",
)
WFP, DK = "World Food Programme", "Danish Red Cross"
GJ, UG, GUG = "Government of Japan", "Uganda Red Cross Society", "Government of Uganda"
DOCS = [
    (
        "ap01_blood_services_agreement.txt",
        "2025-03-14",
        [
            org(PH, NS, "PH", "PRC"),
            org(JP, NS, "JP", "JRCS"),
            org(DOH, GOV, "PH"),
            org(JICA, GOV, "JP", "JICA"),
        ],
        [
            person("Richard J. Gordon", "Chairman and CEO", PH),
            person("Tetsushi Shimizu", "President", JP),
            person("Teodoro Herbosa", "Health Secretary", DOH),
        ],
        [
            rel(
                "agreement",
                [PH, JP],
                signatories=["Richard J. Gordon", "Tetsushi Shimizu"],
                place="Mandaluyong City, Philippines",
                date="2025-03-13",
            ),
            rel("meeting", [JP, DOH]),
            rel("support", [JICA, PH]),
        ],
    ),
    (
        "ap02_borno_water.txt",
        "2025-06-02",
        [
            org(ICRC, MB, None, "ICRC"),
            org(NG, NS, "NG", "Nigerian Red Cross"),
            org(NO, NS, "NO"),
            org(SIDA, GOV, "SE", "Sida"),
            org(BORNO, GOV, "NG", "Government of Borno State", "Borno State"),
        ],
        [
            person("Yann Bonzon", "head of the ICRC delegation in Abuja", ICRC),
            person("Abubakar Kende", "Secretary General", NG),
            person("Babagana Umara Zulum", "Governor", BORNO),
        ],
        [
            rel("support", [ICRC, NG]),
            rel("support", [NO, ICRC, NG]),
            rel("support", [SIDA, ICRC, NG]),
            rel("meeting", [ICRC, NG, BORNO], place="Maiduguri, Nigeria"),
        ],
    ),
    (
        "ap03_sahel_meeting.txt",
        "2025-04-11",
        [
            org(SN, NS, "SN", "Senegalese Red Cross"),
            org(ML, NS, "ML"),
            org(NE, NS, "NE"),
            org(BF, NS, "BF"),
            org(TD, NS, "TD"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(WFP, UN, None, "WFP"),
            org(DK, NS, "DK"),
        ],
        [person("Abdoul Azize Diallo", "President", SN)],
        [
            rel(
                "participation",
                [SN, ML, NE, BF, TD, IFRC, ICRC, WFP],
                event="Sahel Food Security Forum",
                place="Dakar, Senegal",
                date="2025-04-08",
            ),
            rel("agreement", [NE, BF]),
            rel("support", [DK, SN]),
        ],
    ),
    (
        "ap04_ambulances_uganda.txt",
        "2025-07-08",
        [
            org(GJ, GOV, "JP", "Embassy of Japan", "Japan"),
            org(UG, NS, "UG", "URCS", "Uganda Red Cross"),
            org(GUG, GOV, "UG"),
        ],
        [
            person("Hidenobu Sobashima", "Ambassador of Japan to Uganda", GJ),
            person("Robert Kwesiga", "Secretary General", UG),
            person("Margaret Muhanga", "Minister of State for Health", GUG),
        ],
        [rel("donation", [GJ, UG], date="2025-07-08"), rel("support", [GJ, UG])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
