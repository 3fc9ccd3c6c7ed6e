"""Writes gold.json for the sixth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

BD, MODMR = "Bangladesh Red Crescent Society", "Ministry of Disaster Management and Relief"
HN, UNHCR = "Honduran Red Cross", "United Nations High Commissioner for Refugees"
GE, EU, AT = "Red Cross Society of Georgia", "European Union", "Austrian Red Cross"
EMS = "Emergency Management Service of Georgia"
NG, NO = "Nigerian Red Cross Society", "Norwegian Red Cross"
KR, PH, KOREA = "Korean Red Cross", "Philippine Red Cross", "Government of Korea"
UA, DK, DMFA = (
    "Ukrainian Red Cross Society",
    "Danish Red Cross",
    "Danish Ministry of Foreign Affairs",
)
DENMARK = "Government of Denmark"
DOCS = [
    (
        "q01_bangladesh_ministry.txt",
        "2022-08-21",
        [org(BD, NS, "BD", "BDRCS"), org(MODMR, GOV, "BD"), org(IFRC, MB), org(DK, NS, "DK")],
        [
            person("Md Kamrul Hasan", "Senior Secretary", MODMR),
            person("Kazi Shofiqul Azam", "Secretary General", BD),
            person("Md Enamur Rahman", "State Minister for Disaster Management and Relief", MODMR),
        ],
        [
            rel("agreement", [BD, MODMR], ["Md Kamrul Hasan", "Kazi Shofiqul Azam"]),
            rel("support", [MODMR, BD]),
            rel("support", [IFRC, BD]),
            rel("support", [DK, BD]),
        ],
    ),
    (
        "q02_represented_by.txt",
        "2023-06-06",
        [org(HN, NS, "HN"), org(UNHCR, UN, None, "UNHCR"), org(ICRC, MB, None, "ICRC")],
        [
            person("José Juan Castro", "President", HN),
            person("Andrés Celis", "Representative", UNHCR),
        ],
        [
            rel("agreement", [HN, UNHCR], ["José Juan Castro", "Andrés Celis"]),
            rel("support", [UNHCR, HN]),
        ],
    ),
    (
        "q03_eu_grant.txt",
        "2024-03-14",
        [
            org(GE, NS, "GE", "Georgia Red Cross"),
            org(EU, GOV, None, "EU"),
            org(AT, NS, "AT"),
            org(EMS, GOV, "GE"),
        ],
        [
            person("Pawel Herczynski", "Head of the EU Delegation", EU),
            person("Nino Kavtaradze", "Secretary General", GE),
        ],
        [rel("donation", [EU, GE]), rel("support", [AT, GE]), rel("donation", [AT, GE])],
    ),
    (
        "q04_nigeria_visit.txt",
        "2023-09-19",
        [
            org(ICRC, MB, None, "ICRC"),
            org(NG, NS, "NG"),
            org(IFRC, MB, None, "IFRC"),
            org(NO, NS, "NO"),
        ],
        [
            person("Yann Bonzon", "Head of delegation", ICRC),
            person("Abubakar Kende", "Secretary General", NG),
        ],
        [
            rel("meeting", [ICRC, NG, IFRC, NO], place="Abuja, Nigeria"),
            rel("support", [ICRC, NG]),
            rel("donation", [ICRC, NG]),
            rel("agreement", [ICRC, NG], date="2019"),
        ],
    ),
    (
        "q05_philippines_korea.txt",
        "2021-12-28",
        [
            org(KR, NS, "KR"),
            org(PH, NS, "PH", "PRC"),
            org(KOREA, GOV, "KR", "Korea"),
            org("American Red Cross", NS, "US"),
            org("Japanese Red Cross Society", NS, "JP"),
            org("Australian Red Cross", NS, "AU"),
        ],
        [person("Kim Inchul", "Ambassador", KOREA), person("Richard Gordon", "Chairman", PH)],
        [
            rel("donation", [KR, PH]),
            rel("support", ["American Red Cross", PH]),
            rel("support", ["Japanese Red Cross Society", PH]),
            rel("support", ["Australian Red Cross", PH]),
        ],
    ),
    (
        "q06_ukraine_danish.txt",
        "2023-10-11",
        [
            org(UA, NS, "UA", "Ukrainian Red Cross"),
            org(DK, NS, "DK"),
            org(DMFA, GOV, "DK"),
            org(DENMARK, GOV, "DK", "Denmark"),
        ],
        [
            person("Maksym Dotsenko", "Director General", UA),
            person("Ole Egberg Mikkelsen", "Ambassador", DENMARK),
        ],
        [
            rel("alliance", [UA, DK]),
            rel("support", [DMFA, UA]),
            rel("support", [DMFA, DK]),
            rel("support", [DK, UA]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
