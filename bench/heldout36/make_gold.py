"""Writes gold.json for the thirty-sixth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

GFFO = "German Federal Foreign Office"
BD, BRAC = "Bangladesh Red Crescent Society", "BRAC"
BY, RU = "Belarus Red Cross", "Russian Red Cross"
MN, SDC = "Mongolian Red Cross Society", "Swiss Agency for Development and Cooperation"
WHO, UNICEF, SD, MOH = (
    "World Health Organization",
    "United Nations Children's Fund",
    "Sudanese Red Crescent Society",
    "Ministry of Health",
)
UON, KE = "University of Nairobi", "Kenya Red Cross Society"
DOCS = [
    (
        "u01_dref_contribution.txt",
        "2024-03-11",
        [org(GFFO, GOV, "DE", "Germany"), org(IFRC, MB, None, "IFRC")],
        [],
        [rel("donation", [GFFO, IFRC]), rel("support", [GFFO, IFRC])],
    ),
    (
        "u02_brac_mou.txt",
        "2024-04-25",
        [org(BD, NS, "BD", "BDRCS"), org(BRAC, NGO, "BD")],
        [
            person("Kazi Shafiqul Azam", "Secretary General", BD),
            person("Asif Saleh", "Executive Director", BRAC),
        ],
        [rel("agreement", [BD, BRAC], ["Kazi Shafiqul Azam", "Asif Saleh"], place="Dhaka")],
    ),
    (
        "u03_online_meeting.txt",
        "2024-08-14",
        [org(BY, NS, "BY"), org(RU, NS, "RU")],
        [],
        [rel("meeting", [BY, RU])],
    ),
    (
        "u04_gers.txt",
        None,
        [org(MN, NS, "MN"), org(SDC, GOV, "CH", "SDC")],
        [],
        [rel("donation", [SDC, MN])],
    ),
    (
        "u05_met_minister.txt",
        "2024-10-03",
        [
            org(WHO, UN, None, "WHO"),
            org(UNICEF, UN, None, "UNICEF"),
            org(SD, NS, "SD"),
            org(MOH, GOV, "SD"),
        ],
        [person("Haitham Mohammed Ibrahim", "Minister of Health", MOH)],
        [rel("meeting", [WHO, UNICEF, SD, MOH], place="Port Sudan")],
    ),
    (
        "u06_university.txt",
        "2024-11-19",
        [
            org(UON, OTHER, "KE", "Faculty of Health Sciences of the University of Nairobi"),
            org(KE, NS, "KE", "Kenya Red Cross"),
        ],
        [],
        [
            rel("agreement", [UON, KE], place="Nairobi"),
            rel("support", [KE, UON]),
            rel("support", [UON, KE]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
