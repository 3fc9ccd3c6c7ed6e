"""Writes gold.json for the fourth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, UN, org, person, rel, write_gold  # noqa: E402

RRC, MRCS = "Russian Red Cross Society", "Mongolian Red Cross Society"
EMERCOM = "Ministry of Emergency Situations of Russia"
RCSC, NRCS = "Red Cross Society of China", "Nepal Red Cross Society"
SRC, AFD, FRC = "Senegalese Red Cross Society", "French Development Agency", "French Red Cross"
MHSA = "Ministry of Health and Social Action"
MAERSK, APMF, DKRC = "A.P. Moller - Maersk", "A.P. Moller Foundation", "Danish Red Cross"
SARC, ERC, WHO = "Syrian Arab Red Crescent", "Emirates Red Crescent", "World Health Organization"
JO, GRC, GFFO = (
    "Jordan National Red Crescent Society",
    "German Red Cross",
    "German Federal Foreign Office",
)
MSD = "Ministry of Social Development"
DOCS = [
    (
        "n01_russia_mongolia.txt",
        "2023-10-17",
        [
            org(RRC, NS, "RU", "Russian Red Cross"),
            org(MRCS, NS, "MN"),
            org(EMERCOM, GOV, "RU", "EMERCOM"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Pavel Savchuk", "Chairman", RRC),
            person("Bolormaa Nordov", "Secretary General", MRCS),
            person("Andreas von Weissenberg", "Head of Country Cluster Delegation", IFRC),
        ],
        [
            rel("meeting", [RRC, MRCS, IFRC], place="Moscow, Russia", date="2023-10-16"),
            rel("agreement", [RRC, MRCS], date="2021"),
            rel("meeting", [MRCS, EMERCOM]),
        ],
    ),
    (
        "n02_xinhua_china.txt",
        None,
        [
            org(RCSC, NS, "CN", "RCSC", "China's Red Cross"),
            org(NRCS, NS, "NP"),
            org(IFRC, MB, None),
            org("Government of China", GOV, "CN"),
        ],
        [
            person("Wang Ke", "Vice President", RCSC),
            person("Binod Kumar Sharma", "Chairman", NRCS),
            person("Chen Song", "Ambassador", "Government of China"),
        ],
        [rel("donation", [RCSC, NRCS]), rel("donation", [RCSC, IFRC])],
    ),
    (
        "n03_senegal_french.txt",
        "2022-03-08",
        [
            org(SRC, NS, "SN", "Senegalese Red Cross"),
            org(AFD, GOV, "FR", "AFD"),
            org(FRC, NS, "FR"),
            org(MHSA, GOV, "SN"),
        ],
        [
            person("Abdoul Azize Diallo", "President", SRC),
            person("Laurence Breton-Moyet", "Director", AFD),
            person("Abdoulaye Diouf Sarr", "Minister of Health and Social Action", MHSA),
        ],
        [
            rel(
                "agreement",
                [SRC, AFD],
                ["Abdoul Azize Diallo", "Laurence Breton-Moyet"],
                place="Dakar, Senegal",
                date="2022-03-08",
            ),
            rel("support", [AFD, SRC]),
            rel("support", [FRC, SRC]),
        ],
    ),
    (
        "n04_company_release.txt",
        "2023-09-21",
        [
            org(MAERSK, "company", "DK", "Maersk"),
            org(IFRC, MB, None, "IFRC"),
            org(APMF, NGO, "DK"),
            org(DKRC, NS, "DK"),
        ],
        [
            person("Jagan Chapagain", "Secretary General", IFRC),
            person("Vincent Clerc", "Chief Executive Officer", MAERSK),
        ],
        [
            rel("agreement", [MAERSK, IFRC], date="2023-09-21"),
            rel("support", [MAERSK, IFRC]),
            rel("donation", [APMF, DKRC]),
        ],
    ),
    (
        "n05_syria_coordination.txt",
        "2023-02-20",
        [
            org(SARC, NS, "SY", "SARC"),
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC"),
            org(WHO, UN),
            org(ERC, NS, "AE", "UAE Red Crescent"),
        ],
        [
            person("Khaled Hboubati", "President", SARC),
            person("Nicolas von Arx", "Head of delegation", ICRC),
        ],
        [
            rel("meeting", [SARC, ICRC, IFRC, WHO], place="Damascus, Syria", date="2023-02-19"),
            rel("donation", [ICRC, SARC]),
            rel("donation", [ERC, SARC]),
            rel("agreement", [ERC, SARC]),
        ],
    ),
    (
        "n06_jordan_visit.txt",
        "2024-04-12",
        [org(JO, NS, "JO"), org(GRC, NS, "DE"), org(GFFO, GOV, "DE"), org(MSD, GOV, "JO")],
        [
            person("Mohammad Al-Hadid", "President", JO),
            person("Gerda Hasselfeldt", "President", GRC),
            person("Wafaa Bani Mustafa", "Minister of Social Development", MSD),
        ],
        [
            rel("meeting", [JO, GRC], place="Amman, Jordan", date="2024-04-11"),
            rel("support", [GRC, JO]),
            rel("support", [GFFO, GRC]),
            rel("meeting", [GRC, MSD]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
