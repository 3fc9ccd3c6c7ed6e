"""Writes gold.json for the thirty-fourth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

LB, EG, JO = "Lebanese Red Cross", "Egyptian Red Crescent", "Jordan National Red Crescent Society"
PS, IQ, LAS = (
    "Palestine Red Crescent Society",
    "Iraqi Red Crescent Society",
    "League of Arab States",
)
KW, SY, KZH = "Kuwait Red Crescent Society", "Syrian Arab Red Crescent", "Kuwait Zakat House"
UNHCR, TD = "United Nations High Commissioner for Refugees", "Red Cross of Chad"
AF, MORR = "Afghan Red Crescent Society", "Ministry of Refugees and Repatriation"
DOCS = [
    (
        "s01_mena_conference.txt",
        "2024-11-06",
        [
            org(LB, NS, "LB"),
            org(EG, NS, "EG"),
            org(JO, NS, "JO"),
            org(PS, NS, "PS"),
            org(IQ, NS, "IQ"),
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC"),
            org(LAS, OTHER, None, "Arab League"),
        ],
        [person("Antoine Zoghbi", "President", LB)],
        [
            rel(
                "participation",
                [LB, EG, JO, PS, IQ, ICRC, IFRC, LAS],
                event="14th MENA Regional Conference",
                place="Beirut",
            ),
            rel("agreement", [PS, EG], place="Beirut"),
        ],
    ),
    (
        "s02_trucks_syria.txt",
        None,
        [org(KW, NS, "KW", "KRCS"), org(SY, NS, "SY", "SARC"), org(KZH, OTHER, "KW")],
        [person("Anwar Al-Hasawi", "Deputy Chairman", KW)],
        [
            rel("donation", [KW, SY]),
            rel("alliance", [KW, SY]),
            rel("support", [KZH, KW]),
        ],
    ),
    (
        "s03_unhcr_letter.txt",
        "2024-03-04",
        [org(UNHCR, UN, None, "UNHCR", "UN Refugee Agency"), org(TD, NS, "TD")],
        [],
        [rel("agreement", [UNHCR, TD], place="N'Djamena"), rel("support", [UNHCR, TD])],
    ),
    (
        "s04_denied.txt",
        None,
        [org(AF, NS, "AF"), org(MORR, GOV, "AF")],
        [],
        [rel("meeting", [AF, MORR], place="Kabul")],
    ),
]

write_gold(DOCS, Path(__file__).parent)
