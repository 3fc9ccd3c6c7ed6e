"""Writes gold.json for the eighth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

ERC, SRCS, MOH = "Emirates Red Crescent", "Somali Red Crescent Society", "Somali Ministry of Health"
TRC, AFAD = "Turkish Red Crescent", "Disaster and Emergency Management Authority"
SARC, WFP, WHO = "Syrian Arab Red Crescent", "World Food Programme", "World Health Organization"
BRCS, RMS = "Bahrain Red Crescent Society", "Bahrain Defence Force Royal Medical Services"
BIBF = "Bahrain Institute of Banking and Finance"
MEMBERS = [
    "Danish Refugee Council",
    "International Rescue Committee",
    "Mercy Corps",
    "Norwegian Refugee Council",
    "Oxfam",
]
EU, USAID = "European Union", "United States Agency for International Development"
DOCS = [
    (
        "s01_uae_somalia.txt",
        "2023-04-18",
        [
            org(ERC, NS, "AE", "ERC"),
            org(SRCS, NS, "SO", "SRCS"),
            org(MOH, GOV, "SO", "Ministry of Health", "Ministry of Health of Somalia"),
        ],
        [
            person("Hamoud Abdullah Al Junaibi", "Deputy Secretary-General for Aid Affairs", ERC),
            person("Yusuf Hassan Mohamed", "President", SRCS),
            person("Ali Haji Adam", "Minister of Health", MOH),
        ],
        [rel("agreement", [ERC, SRCS]), rel("agreement", [ERC, MOH])],
    ),
    (
        "s02_ifrc_appeal_turkey.txt",
        "2023-02-07",
        [
            org(IFRC, MB, None, "IFRC"),
            org(TRC, NS, "TR", "Türk Kızılay", "Kızılay"),
            org(AFAD, GOV, "TR", "AFAD"),
            org("German Red Cross", NS, "DE"),
            org("Norwegian Red Cross", NS, "NO"),
            org("British Red Cross", NS, "GB"),
        ],
        [person("Kerem Kınık", "President", TRC)],
        [rel("support", [IFRC, TRC])]
        + [
            rel("support", [d, TRC])
            for d in ("German Red Cross", "Norwegian Red Cross", "British Red Cross")
        ],
    ),
    (
        "s03_officials_list.txt",
        "2023-03-09",
        [
            org(SARC, NS, "SY", "SARC"),
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC"),
            org(WFP, UN),
            org(WHO, UN),
        ],
        [
            person("Robert Mardini", "Director-General", ICRC),
            person("Jagan Chapagain", "Secretary General", IFRC),
            person("Xavier Castellanos", "Deputy Secretary General", IFRC),
            person("Khaled Hboubati", "President", SARC),
            person("Mazen Abdallah", "Secretary General", SARC),
        ],
        [rel("meeting", [SARC, ICRC, IFRC]), rel("meeting", [ICRC, IFRC, WFP, WHO])],
    ),
    (
        "s04_bahrain_mou.txt",
        None,
        [
            org(BRCS, NS, "BH", "BRCS"),
            org(RMS, GOV, "BH", "Royal Medical Services", "Bahrain Defence Force Hospital"),
            org("Ministry of Health", GOV, "BH"),
            org(BIBF, OTHER, "BH"),
        ],
        [
            person("Mubarak Al Hadi", "Secretary-General", BRCS),
            person("Salman bin Ateyatallah Al Khalifa", "Commander", RMS),
        ],
        [
            rel("agreement", [BRCS, RMS]),
            rel("agreement", [BRCS, "Ministry of Health"]),
            rel("agreement", [BRCS, BIBF]),
        ],
    ),
    (
        "s05_cash_consortium.txt",
        "2022-11-30",
        [org(m, NGO) for m in MEMBERS]
        + [org(EU, GOV), org(USAID, GOV, "US"), org("Iraqi Red Crescent Society", NS, "IQ")],
        [],
        [rel("alliance", MEMBERS)] + [rel("support", [d, m]) for d in (EU, USAID) for m in MEMBERS],
    ),
]

write_gold(DOCS, Path(__file__).parent)
