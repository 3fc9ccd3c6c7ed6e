"""Writes gold.json for the fourteenth held-out probe set: the shapes people's posts take
(articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import ICRC, IFRC, MB, NS, org, person, rel, write_gold  # noqa: E402

SD, KE = "Sudanese Red Crescent Society", "Kenya Red Cross Society"
NP, IN, CH = "Nepal Red Cross Society", "Indian Red Cross Society", "Swiss Red Cross"
LV, EE, LT = "Latvian Red Cross", "Estonian Red Cross", "Lithuanian Red Cross"
GB, TESCO = "British Red Cross", "Tesco"
DOCS = [
    (
        "y01_people_shapes.txt",
        "2023-06-30",
        [
            org(SD, NS, "SD", "Sudanese Red Crescent"),
            org(IFRC, MB, None, "IFRC", "Federation"),
            org(ICRC, MB, None, "ICRC"),
            org(KE, NS, "KE", "Kenya Red Cross"),
        ],
        [
            person("Ahmed Abdelrahman", "Head", SD),
            person("Mohammed Omer Mukhier", "Regional Director for Africa", IFRC),
            person("Mirjana Spoljaric", "Chief", ICRC),
            person("Aida Al-Sayed", "Secretary General", SD),
            person("Joy Kamau", "Spokeswoman", KE),
        ],
        [rel("support", [IFRC, SD]), rel("meeting", [ICRC, SD]), rel("donation", [KE, SD])],
    ),
    (
        "y02_of_the.txt",
        "2024-02-15",
        [org(NP, NS, "NP"), org(IN, NS, "IN"), org(CH, NS, "CH")],
        [person("Pitambar Aryal", "", NP), person("Sunita Rao", "", IN)],
        [rel("support", [CH, NP]), rel("agreement", [NP, IN], date="2022")],
    ),
    (
        "y03_parenthetical.txt",
        "2023-10-05",
        [
            org(LV, NS, "LV"),
            org(EE, NS, "EE"),
            org(LT, NS, "LT"),
            org("Finnish Red Cross", NS, "FI"),
            org("Swedish Red Cross", NS, "SE"),
        ],
        [
            person("Maris Kalnins", "President", LV),
            person("Kristi Tamm", "Secretary General", EE),
            person("Jonas Petrauskas", "Director General", LT),
        ],
        [
            rel("meeting", [LV, EE, LT], place="Riga, Latvia", date="2023-10-04"),
            rel("meeting", [LV, "Finnish Red Cross", "Swedish Red Cross"]),
        ],
    ),
    (
        "y04_chief_executive.txt",
        "2023-01-12",
        [org(GB, NS, "GB"), org(TESCO, "company", "GB")],
        [
            person("Mike Adamson", "Chief Executive", GB),
            person("Ken Murphy", "Chief Executive", TESCO),
        ],
        [rel("alliance", [GB, TESCO]), rel("donation", [TESCO, GB])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
