"""Writes gold.json for the ninety-third held-out probe set: an ICRC release with an "In
brief" list, an agreement translated from Spanish with a city's mayor, and a Gulf-agency
signing with honorifics, an ambassador present and a funder (written by the rcgraph
developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

SS, WHO, MTH = (
    "South Sudan Red Cross",
    "World Health Organization",
    "Malakal Teaching Hospital",
)
CO, BOG, IOM, USAID = (
    "Colombian Red Cross",
    "Mayor's Office of Bogotá",
    "International Organization for Migration",
    "United States Agency for International Development",
)
QA, JHCO, GQA, QFFD = (
    "Qatar Red Crescent Society",
    "Jordan Hashemite Charity Organization",
    "Government of Qatar",
    "Qatar Fund for Development",
)
DOCS = [
    (
        "ba01_bullets_press_release.txt",
        "2025-06-18",
        [
            org(ICRC, MB, None, "ICRC"),
            org(SS, NS, "SS"),
            org(WHO, UN, None),
            org(MTH, OTHER, "SS"),
        ],
        [
            person("Pierre Dorbes", "head of the ICRC delegation in South Sudan", ICRC),
            person("John Lobor", "Secretary General", SS),
        ],
        [
            rel("support", [ICRC, SS]),
            rel("support", [ICRC, MTH]),
            rel("donation", [WHO, MTH]),
        ],
    ),
    (
        "ba02_spanish_translated.txt",
        "2024-10-22",
        [
            org(CO, NS, "CO"),
            org(BOG, GOV, "CO", "Bogotá Mayor's Office"),
            org(IOM, UN, None, "IOM"),
            org(USAID, GOV, "US", "USAID"),
        ],
        [
            person("Judith Carvajal de Álvarez", "executive president", CO),
            person("Carlos Fernando Galán", "Mayor of Bogotá", BOG),
        ],
        [
            rel(
                "agreement",
                [CO, BOG],
                signatories=["Judith Carvajal de Álvarez", "Carlos Fernando Galán"],
            )
        ],
    ),
    (
        "ba03_gulf_honorifics.txt",
        "2025-01-09",
        [
            org(QA, NS, "QA", "QRCS"),
            org(JHCO, NGO, "JO", "JHCO", "Jordanian Hashemite Charity"),
            org(GQA, GOV, "QA", "State of Qatar"),
            org(QFFD, GOV, "QA", "QFFD"),
        ],
        [
            person("Faisal Mohamed Al-Emadi", "Secretary-General", QA),
            person("Hussein Al-Shibli", "Secretary-General", JHCO),
            person("Saud bin Nasser Al Thani", "Ambassador of the State of Qatar to Jordan", GQA),
        ],
        [
            rel(
                "agreement",
                [QA, JHCO],
                signatories=["Faisal Mohamed Al-Emadi", "Hussein Al-Shibli"],
                place="Amman",
            ),
            rel("support", [QFFD, QA]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
