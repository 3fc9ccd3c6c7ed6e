"""Writes gold.json for the sixteenth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NGO, NS, UN, org, person, rel, write_gold  # noqa: E402

RU, LB, MES = (
    "Russian Red Cross Society",
    "Lebanese Red Cross",
    "Ministry of Emergency Situations of Russia",
)
EG, EFB, CIB = "Egyptian Red Crescent", "Egyptian Food Bank", "Commercial International Bank"
NG = "Nigerian Red Cross Society"
AFRICA = [
    NG,
    "Kenya Red Cross Society",
    "South African Red Cross Society",
    "Ethiopian Red Cross Society",
    "Senegalese Red Cross Society",
    "African Union",
    "World Health Organization",
]
DOCS = [
    (
        "a01_mission_aid.txt",
        None,
        [org(RU, NS, "RU", "Russian Red Cross"), org(LB, NS, "LB"), org(MES, GOV, "RU")],
        [
            person("Alexei Ivanov", "Deputy Chairman", RU),
            person("Georges Kettaneh", "Secretary General", LB),
        ],
        [
            rel("mission", [RU], place="Beirut, Lebanon"),
            rel("donation", [RU, LB]),
            rel("meeting", [RU, LB]),
            rel("support", [MES, RU]),
        ],
    ),
    (
        "a02_ngo_mou.txt",
        "2024-03-02",
        [org(EG, NS, "EG"), org(EFB, NGO, "EG"), org(CIB, "company", "EG")],
        [person("Rami El Nazer", "Executive Director", EG), person("Mohsen Sarhan", "CEO", EFB)],
        [rel("agreement", [EG, EFB]), rel("donation", [CIB, EG])],
    ),
    (
        "a03_conference_observers.txt",
        "2023-12-12",
        [org(n, NS) for n in AFRICA[:5]]
        + [
            org("African Union", GOV),
            org("World Health Organization", UN),
            org("Niger Red Cross", NS, "NE"),
        ],
        [],
        [
            rel(
                "participation",
                # the Niger Red Cross signed an MoU "on the sidelines of the conference": it
                # was there (added when a later set annotated the same case as taking part)
                [*AFRICA, "Niger Red Cross"],
                event="11th Pan-African Conference of Red Cross and Red Crescent Societies",
                place="Abuja, Nigeria",
            ),
            rel("agreement", [NG, "Niger Red Cross"]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
