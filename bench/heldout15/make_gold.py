"""Writes gold.json for the fifteenth held-out probe set: agreements in unusual wording
(articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

UG, UNHCR = "Uganda Red Cross Society", "United Nations High Commissioner for Refugees"
MUSPH, BE = "Makerere University School of Public Health", "Belgian Red Cross"
MN, OT = "Mongolian Red Cross Society", "Oyu Tolgoi LLC"
SE, SIDA = "Swedish Red Cross", "Swedish International Development Cooperation Agency"
PA, IOM, SNM = (
    "Red Cross Society of Panama",
    "International Organization for Migration",
    "National Migration Service",
)
DOCS = [
    (
        "z01_pen_to_paper.txt",
        "2023-08-28",
        [
            org(UG, NS, "UG"),
            org(UNHCR, UN, None, "UN Refugee Agency", "UNHCR"),
            org(MUSPH, OTHER, "UG"),
            org(BE, NS, "BE", "Belgian Red Cross (Flanders)"),
        ],
        [person("Robert Kwesiga", "Secretary General", UG)],
        [
            rel("agreement", [UG, UNHCR], date="2023-08-28"),
            rel("alliance", [UG, MUSPH]),
            rel("agreement", [UG, BE]),
        ],
    ),
    (
        "z02_sealed.txt",
        "2024-05-09",
        [org(MN, NS, "MN"), org(OT, "company", "MN", "Oyu Tolgoi")],
        [
            person("Bolormaa Nordov", "Secretary General", MN),
            person("Andrew Johnstone", "Chief Executive", OT),
        ],
        [
            rel("alliance", [MN, OT]),
            rel("support", [OT, MN]),
            rel(
                "agreement",
                [MN, OT],
                ["Bolormaa Nordov", "Andrew Johnstone"],
                place="Ulaanbaatar, Mongolia",
            ),
        ],
    ),
    (
        "z03_renewed.txt",
        "2022-12-15",
        [
            org(SE, NS, "SE"),
            org(SIDA, GOV, "SE", "Sida"),
            org("Afghan Red Crescent Society", NS, "AF"),
            org("Ethiopian Red Cross Society", NS, "ET"),
        ],
        [],
        [rel("agreement", [SE, SIDA]), rel("support", [SIDA, SE])],
    ),
    (
        "z04_three_way.txt",
        "2024-03-04",
        [
            org(PA, NS, "PA"),
            org(IOM, UN, None, "IOM"),
            org(SNM, GOV, "PA", "Panamanian National Migration Service"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [],
        [rel("agreement", [PA, IOM, SNM]), rel("support", [ICRC, PA])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
