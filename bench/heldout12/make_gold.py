"""Writes gold.json for the twelfth held-out probe set: plans, co-mentions and failed talks
(which are no relationships) beside real ones (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

YE, KS, QA, KW = (
    "Yemen Red Crescent Society",
    "King Salman Humanitarian Aid and Relief Centre",
    "Qatar Red Crescent Society",
    "Kuwait Red Crescent Society",
)
AM, MOLSA = "Armenian Red Cross Society", "Ministry of Labour and Social Affairs"
DOCS = [
    (
        "w01_plans.txt",
        "2023-07-04",
        [
            org("Chilean Red Cross", NS, "CL"),
            org("Argentine Red Cross", NS, "AR"),
            org("National Forestry Corporation", GOV, "CL", "CONAF"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [],
        [],
    ),
    (
        "w02_comention.txt",
        "2024-09-17",
        [
            org("Austrian Red Cross", NS, "AT"),
            org("Czech Red Cross", NS, "CZ"),
            org("Polish Red Cross", NS, "PL"),
            org("Romanian Red Cross", NS, "RO"),
            org(IFRC, MB, None, "IFRC"),
            org("United Nations Children's Fund", UN, None, "UNICEF"),
            org("World Health Organization", UN),
        ],
        [],
        [],
    ),
    (
        "w03_semicolons.txt",
        "2024-03-02",
        [
            org(YE, NS, "YE"),
            org(KS, GOV, "SA"),
            org(QA, NS, "QA"),
            org(KW, NS, "KW"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [person("Fuad Al-Maqtari", "Secretary General", YE)],
        [
            rel("agreement", [YE, KS]),
            rel("agreement", [YE, QA]),
            rel("agreement", [YE, KW]),
            rel("support", [ICRC, YE]),
        ],
    ),
    (
        "w04_translated.txt",
        "2023-05-22",
        [
            org(AM, NS, "AM", "Armenian Red Cross"),
            org(ICRC, MB, None, "ICRC"),
            org(MOLSA, GOV, "AM"),
        ],
        [
            person("Anna Yeghiazaryan", "Secretary General", AM),
            person("Ariane Bauer", "Head of Delegation", ICRC),
        ],
        [rel("meeting", [AM, ICRC], date="2023-05-22"), rel("support", [ICRC, AM])],
    ),
    (
        "w05_failed.txt",
        "2023-10-09",
        [
            org(ICRC, MB, None, "ICRC"),
            org("Ministry of Justice", GOV),
            org("Swiss Red Cross", NS, "CH"),
            org("Red Cross Society of Georgia", NS, "GE", "Georgia Red Cross Society"),
        ],
        [],
        [rel("donation", ["Swiss Red Cross", "Red Cross Society of Georgia"])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
