"""Writes gold.json for the tenth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

LK, MV = "Sri Lanka Red Cross Society", "Maldivian Red Crescent"
NESTLE, EC, SRM = "Nestlé Ecuador", "Ecuadorian Red Cross", "Secretariat for Risk Management"
SD, EG, TD = "Sudanese Red Crescent Society", "Egyptian Red Crescent", "Chad Red Cross"
GFFO, LB, GRC = "German Federal Foreign Office", "Lebanese Red Cross", "German Red Cross"
PACIFIC = [
    "Fiji Red Cross Society",
    "Cook Islands Red Cross Society",
    "Papua New Guinea Red Cross Society",
    "Samoa Red Cross Society",
    "Tonga Red Cross Society",
    "Vanuatu Red Cross Society",
    "Australian Red Cross",
    "New Zealand Red Cross",
]
DOCS = [
    (
        "u01_furniture.txt",
        "2023-03-03",
        [
            org(LK, NS, "LK", "SLRCS", "Sri Lanka Red Cross"),
            org(MV, NS, "MV", "MRC"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Mahesh Gunasekara", "Director General", LK),
            person("Abdulla Shahid", "Secretary General", MV),
            person("Kanthi Perera", "Head of Country Delegation", IFRC),
        ],
        [
            rel(
                "agreement",
                [LK, MV],
                ["Mahesh Gunasekara", "Abdulla Shahid"],
                place="Colombo, Sri Lanka",
                date="2023-03-02",
            )
        ],
    ),
    (
        "u02_donation_company.txt",
        "2023-04-22",
        [
            org(NESTLE, "company", "EC", "Nestlé"),
            org(EC, NS, "EC"),
            org("World Food Programme", UN),
            org(SRM, GOV, "EC"),
            org("Colombian Red Cross", NS, "CO"),
        ],
        [person("Roberto Jurado", "President", EC)],
        [
            rel("donation", [NESTLE, EC]),
            rel("support", ["World Food Programme", EC]),
            rel("support", [SRM, EC]),
            rel("support", [NESTLE, "Colombian Red Cross"]),
        ],
    ),
    (
        "u03_movement_statement.txt",
        "2023-05-15",
        [
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC"),
            org(SD, NS, "SD", "SRCS"),
            org(EG, NS, "EG"),
            org(TD, NS, "TD"),
        ],
        [
            person("Rami El Nazer", "President", EG),
            person("Martin Schüepp", "Head of delegation", ICRC),
        ],
        [
            rel("support", [ICRC, SD]),
            rel("support", [IFRC, SD]),
            rel("meeting", [EG, ICRC], place="Cairo, Egypt"),
        ],
    ),
    (
        "u04_german_ministry.txt",
        "2023-11-06",
        [org(GFFO, GOV, "DE"), org(LB, NS, "LB"), org(GRC, NS, "DE")],
        [
            person("Georges Kettaneh", "Secretary General", LB),
            person("Sophie Klein", "Country Representative", GRC),
        ],
        [rel("support", [GFFO, LB]), rel("support", [GRC, LB]), rel("meeting", [GRC, LB])],
    ),
    (
        "u05_pacific_conference.txt",
        "2023-08-09",
        [org(n, NS) for n in PACIFIC] + [org(IFRC, MB, None, "IFRC"), org(ICRC, MB, None, "ICRC")],
        [],
        [
            rel(
                "participation",
                [*PACIFIC, IFRC, ICRC],
                event="Pacific Red Cross Leadership Meeting",
                place="Suva, Fiji",
            )
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
