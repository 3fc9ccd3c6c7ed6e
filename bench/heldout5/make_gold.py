"""Writes gold.json for the fifth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

KZ, KG, TJ = (
    "Red Crescent Society of Kazakhstan",
    "Red Crescent Society of Kyrgyzstan",
    "Red Crescent Society of Tajikistan",
)
YE, MOPHP = "Yemen Red Crescent Society", "Ministry of Public Health and Population"
JP, KE, JRCS = "Government of Japan", "Kenya Red Cross Society", "Japanese Red Cross Society"
LB, IT, ES = "Lebanese Red Cross", "Italian Red Cross", "Spanish Red Cross"
QA, SD = "Qatar Red Crescent Society", "Sudanese Red Crescent Society"
PK, ECHO = (
    "Pakistan Red Crescent Society",
    "European Civil Protection and Humanitarian Aid Operations",
)
FCDO = "Foreign, Commonwealth and Development Office"
DOCS = [
    (
        "p01_tripartite.txt",
        "2023-07-04",
        [
            org(KZ, NS, "KZ", "Kazakh Red Crescent"),
            org(KG, NS, "KG"),
            org(TJ, NS, "TJ"),
            org(IFRC, MB, None, "IFRC"),
            org("World Health Organization", UN),
        ],
        [person("Ainura Bekova", "President", KZ)],
        [rel("agreement", [KZ, KG, TJ], date="2023-07-04")],
    ),
    (
        "p02_yemen_icrc_visit.txt",
        "2024-01-27",
        [
            org(ICRC, MB, None, "ICRC"),
            org(YE, NS, "YE"),
            org(MOPHP, GOV, "YE"),
            org("World Food Programme", UN),
            org("United Nations Children's Fund", UN, None, "UNICEF"),
        ],
        [
            person("Mirjana Spoljaric", "President", ICRC),
            person("Qasem Buhaibeh", "Minister of Public Health and Population", MOPHP),
        ],
        [rel("meeting", [ICRC, YE]), rel("meeting", [ICRC, MOPHP]), rel("donation", [ICRC, YE])],
    ),
    (
        "p03_japan_embassy.txt",
        "2022-11-15",
        [
            org(JP, GOV, "JP", "Japan", "Embassy of Japan"),
            org(KE, NS, "KE", "Kenya Red Cross"),
            org(JRCS, NS, "JP"),
        ],
        [person("Okaniwa Ken", "Ambassador", JP), person("Asha Mohammed", "Secretary General", KE)],
        [
            rel("meeting", [JP, KE]),
            rel("support", [JP, KE]),
            rel("donation", [JP, KE]),
            rel("support", [JRCS, KE]),
        ],
    ),
    (
        "p04_appointment.txt",
        "2021-09-02",
        [org(LB, NS, "LB"), org(IFRC, MB, None, "IFRC"), org(IT, NS, "IT"), org(ES, NS, "ES")],
        [
            person("Georges Kettaneh", "Secretary General", LB),
            person("Nabih Jabr", "Secretary General", LB),
            person("Antoine Zoghbi", "President", LB),
            person("Christopher Rassi", "Head of Delegation", IFRC),
        ],
        [
            rel("support", [IFRC, LB]),
            rel("meeting", [LB, IT, ES]),
            rel("support", [IT, LB]),
            rel("support", [ES, LB]),
        ],
    ),
    (
        "p05_gulf_reception.txt",
        "2023-05-10",
        [org(QA, NS, "QA", "QRCS"), org(SD, NS, "SD", "SRCS")],
        [
            person("Faisal Mohamed Al-Emadi", "Secretary-General", QA),
            person("Aida Al-Sayed Abdullah", "Secretary-General", SD),
        ],
        [
            rel("meeting", [QA, SD], place="Doha, Qatar"),
            rel("support", [QA, SD]),
            rel("mission", [QA], place="Port Sudan, Sudan"),
        ],
    ),
    (
        "p06_partnership_cash.txt",
        "2022-11-09",
        [
            org("World Food Programme", UN),
            org(PK, NS, "PK"),
            org(ECHO, GOV, None, "ECHO"),
            org(FCDO, GOV, "GB", "Foreign Commonwealth and Development Office"),
            org("Turkish Red Crescent", NS, "TR"),
            org(QA, NS, "QA"),
        ],
        [person("Abdul Hameed Shaikh", "Secretary General", PK)],
        [
            rel("alliance", ["World Food Programme", PK]),
            rel("support", [ECHO, PK]),
            rel("support", [FCDO, PK]),
            rel("donation", ["Turkish Red Crescent", PK]),
            rel("donation", [QA, PK]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
