"""Writes gold.json for the thirteenth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, org, person, rel, write_gold  # noqa: E402

SA, KSU, MOH = "Saudi Red Crescent Authority", "King Saud University", "Ministry of Health"
IQ, SDC = "Iraqi Red Crescent Society", "Swiss Agency for Development and Cooperation"
BH = "Bahrain Red Crescent Society"
JP, BD, MM, NP = (
    "Government of Japan",
    "Bangladesh Red Crescent Society",
    "Myanmar Red Cross Society",
    "Nepal Red Cross Society",
)
LY, EG = "Libyan Red Crescent", "Egyptian Red Crescent"
DOCS = [
    (
        "x01_blood_campaign.txt",
        "2024-01-14",
        [
            org(SA, NS, "SA", "Authority", "Saudi Red Crescent"),
            org(KSU, OTHER, "SA"),
            org(MOH, GOV, "SA"),
        ],
        [
            person("Abdullah Al-Salman", "Vice President for Student Affairs", KSU),
            person("Khalid Al-Otaibi", "Director of the Riyadh branch", SA),
        ],
        [rel("alliance", [SA, KSU]), rel("support", [MOH, SA])],
    ),
    (
        "x02_training.txt",
        "2022-08-08",
        [org(ICRC, MB, None, "ICRC"), org(IQ, NS, "IQ"), org(SDC, GOV, "CH", "SDC")],
        [],
        [rel("support", [ICRC, IQ]), rel("support", [SDC, IQ])],
    ),
    (
        "x03_minister_visit.txt",
        "2023-04-03",
        [org(MOH, GOV, "BH"), org(BH, NS, "BH")],
        [
            person("Jaleela bint Sayed Jawad Hasan", "Minister of Health", MOH),
            person("Mubarak Al Hadi", "Secretary-General", BH),
        ],
        [rel("meeting", [MOH, BH]), rel("agreement", [BH, MOH], date="2021")],
    ),
    (
        "x04_exchange_notes.txt",
        "2023-09-21",
        [
            org(JP, GOV, "JP", "Japan"),
            org(IFRC, MB, None, "IFRC"),
            org(BD, NS, "BD"),
            org(MM, NS, "MM"),
            org(NP, NS, "NP"),
        ],
        [
            person("Kenji Yamada", "Vice-Minister for Foreign Affairs", JP),
            person("Xavier Castellanos", "Under Secretary General", IFRC),
        ],
        [rel("agreement", [JP, IFRC]), rel("donation", [JP, IFRC])]
        + [rel("support", [IFRC, n]) for n in (BD, MM, NP)],
    ),
    (
        "x05_multi_actor.txt",
        "2023-09-20",
        [
            org(LY, NS, "LY"),
            org(ICRC, MB, None, "ICRC"),
            org(EG, NS, "EG"),
            org(IFRC, MB, None, "IFRC"),
            org("Turkish Red Crescent", NS, "TR"),
            org("Qatar Red Crescent Society", NS, "QA"),
            org("Emirates Red Crescent", NS, "AE"),
        ],
        [
            person("Marie el-Drese", "Secretary General", LY),
            person(
                "Hossam Elsharkawi", "Regional Director for the Middle East and North Africa", IFRC
            ),
        ],
        [
            rel("donation", [ICRC, LY]),
            rel("donation", [EG, LY]),
            rel("support", [IFRC, LY]),
            rel("meeting", [LY, IFRC], place="Benghazi, Libya"),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
