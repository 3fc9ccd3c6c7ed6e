"""Writes gold.json for the fortieth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, org, person, rel, write_gold  # noqa: E402

GH, SE, NG = "Ghana Red Cross Society", "Swedish Red Cross", "Nigerian Red Cross Society"
SDC, HT, CH = (
    "Swiss Agency for Development and Cooperation",
    "Haiti Red Cross Society",
    "Swiss Red Cross",
)
KE, SO, ET = (
    "Kenya Red Cross Society",
    "Somali Red Crescent Society",
    "Ethiopian Red Cross Society",
)
SY, GSY = "Syrian Arab Red Crescent", "Government of Syria"
MC = "Mastercard"
LY, CA, NO, EU, JP, KW = (
    "Libyan Red Crescent",
    "Government of Canada",
    "Government of Norway",
    "European Union",
    "Japanese Red Cross Society",
    "Kuwait Red Crescent Society",
)
DOCS = [
    (
        "z01_general_assembly.txt",
        "2024-11-30",
        [org(GH, NS, "GH"), org(SE, NS, "SE"), org(NG, NS, "NG"), org(IFRC, MB, None, "IFRC")],
        [
            person("Afua Boatemaa Asante", "President", GH),
            person("Kwame Mensah Owusu", "Former President", GH),
        ],
        [
            rel(
                "participation",
                [GH, SE, NG, IFRC],
                event="14th General Assembly of the Ghana Red Cross Society",
                place="Accra",
                date="2024-11-30",
            )
        ],
    ),
    (
        "z02_sdc_haiti.txt",
        "2024-05-06",
        [org(SDC, GOV, "CH", "SDC"), org(HT, NS, "HT"), org(CH, NS, "CH")],
        [person("Guiteau Jean-Pierre", "President", HT)],
        [rel("donation", [SDC, HT]), rel("support", [CH, HT])],
    ),
    (
        "z03_tripartite.txt",
        "2024-03-12",
        [org(KE, NS, "KE"), org(SO, NS, "SO"), org(ET, NS, "ET"), org(IFRC, MB, None, "IFRC")],
        [
            person("Ahmed Idris", "Secretary General", KE),
            person("Abdikadir Jama", "Secretary General", SO),
            person("Mesfin Tadesse", "Secretary General", ET),
            person("Mohammed Omer Mukhier", "Regional Director for Africa", IFRC),
        ],
        [
            rel(
                "agreement",
                [KE, SO, ET],
                ["Ahmed Idris", "Abdikadir Jama", "Mesfin Tadesse"],
                place="Nairobi",
                date="2024-03-12",
            )
        ],
    ),
    (
        "z04_icrc_damascus.txt",
        None,
        [
            org(ICRC, MB, None, "ICRC"),
            org(SY, NS, "SY"),
            org(GSY, GOV, "SY", "Syria", "Ministry of Foreign Affairs and Expatriates"),
        ],
        [
            person("Mirjana Spoljaric", "President", ICRC),
            person("Khaled Hboubati", "President", SY),
            person("Faisal Mekdad", "Foreign and Expatriates Minister", GSY),
        ],
        [rel("meeting", [ICRC, SY], place="Damascus"), rel("meeting", [ICRC, GSY])],
    ),
    (
        "z05_mastercard.txt",
        "2024-08-21",
        [org(KE, NS, "KE"), org(MC, OTHER, None)],
        [person("Ahmed Idris", "Secretary General", KE)],
        [rel("alliance", [KE, MC])],
    ),
    (
        "z06_appeal_donors.txt",
        "2023-10-10",
        [
            org(IFRC, MB, None, "IFRC"),
            org(LY, NS, "LY"),
            org(CA, GOV, "CA", "Canada"),
            org(NO, GOV, "NO", "Norway"),
            org(EU, GOV, None, "EU"),
            org(JP, NS, "JP"),
            org(KW, NS, "KW"),
        ],
        [],
        [
            rel("support", [IFRC, LY]),
            rel("support", [CA, IFRC]),
            rel("support", [NO, IFRC]),
            rel("support", [EU, IFRC]),
            rel("support", [JP, IFRC]),
            rel("support", [KW, IFRC]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
