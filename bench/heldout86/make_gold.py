"""Writes gold.json for the eighty-sixth held-out probe set: an embassy's relief items
financed by an aid agency, a project run by two societies with EU funding, an MoU with a
medical NGO signed before a minister, and a handbook launched by Brussels partners at an
event (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NGO, NS, OTHER, org, person, rel, write_gold  # noqa: E402

KRG, BD, KOICA, KR = (
    "Government of the Republic of Korea",
    "Bangladesh Red Crescent Society",
    "Korea International Cooperation Agency",
    "Korean Red Cross",
)
HT, IT, EU, DPC = (
    "Haitian Red Cross Society",
    "Italian Red Cross",
    "European Union",
    "Directorate of Civil Protection",
)
ZM, MSF, MOH = "Zambia Red Cross Society", "Médecins Sans Frontières", "Ministry of Health"
RCEU, BE, COR = "Red Cross EU Office", "Belgian Red Cross", "Committee of the Regions"
AT, PL = "Austrian Red Cross", "Polish Red Cross"
DOCS = [
    (
        "at01_korea_relief_items.txt",
        "2025-03-18",
        [
            org(KRG, GOV, "KR", "Embassy of the Republic of Korea", "Korea"),
            org(BD, NS, "BD", "Bangladesh Red Crescent"),
            org(KOICA, GOV, "KR", "KOICA"),
            org(KR, NS, "KR"),
        ],
        [
            person("Park Young-sik", "Ambassador", KRG),
            person("Kazi Shofiqul Azam", "Secretary General", BD),
        ],
        [
            rel("donation", [KRG, BD], date="2025-03-18"),
            rel("support", [KOICA, KRG]),
            rel("support", [KR, BD]),
        ],
    ),
    (
        "at02_eu_funded_preparedness.txt",
        "2025-06-02",
        [
            org(HT, NS, "HT", "Haitian Red Cross"),
            org(IT, NS, "IT"),
            org(EU, OTHER, None),
            org(DPC, GOV, "HT", "DPC"),
        ],
        [person("Jean-Pierre Guiteau", "Executive Director", HT)],
        [
            rel("alliance", [HT, IT]),
            rel("support", [EU, HT, IT]),
            rel("support", [HT, IT, DPC]),
        ],
    ),
    (
        "at03_msf_mou_cholera.txt",
        "2024-02-11",
        [
            org(ZM, NS, "ZM", "ZRCS"),
            org(MSF, NGO, None, "MSF"),
            org(MOH, GOV, "ZM"),
        ],
        [
            person("Kelvin Chisenga", "Secretary General", ZM),
            person("Mamadou Diallo", "Head of Mission in Zambia", MSF),
            person("Sylvia Masebo", "Minister of Health", MOH),
        ],
        [
            rel(
                "agreement",
                [ZM, MSF],
                signatories=["Kelvin Chisenga", "Mamadou Diallo"],
                date="2024-02-09",
            )
        ],
    ),
    (
        "at04_red_cross_eu_office.txt",
        "2024-10-21",
        [
            org(RCEU, MB, None),
            org(IFRC, MB, None, "IFRC"),
            org(BE, NS, "BE"),
            org(COR, OTHER, None),
            org(AT, NS, "AT"),
            org(IT, NS, "IT"),
            org(PL, NS, "PL"),
        ],
        [person("Maria Martinez Dominguez", "head", RCEU)],
        [
            rel("alliance", [RCEU, IFRC, BE]),
            rel("alliance", [RCEU, IFRC, BE, COR]),
            rel(
                "participation",
                [RCEU, IFRC, BE, AT, IT, PL],
                event="European Week of Regions and Cities",
                place="Brussels",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
