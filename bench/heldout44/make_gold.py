"""Writes gold.json for the forty-fourth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

GE, CH, AT, UNICEF = (
    "Red Cross Society of Georgia",
    "Swiss Red Cross",
    "Austrian Red Cross",
    "United Nations Children's Fund",
)
MOE, RW = "Ministry of Education", "Rwanda Red Cross Society"
GB, PS, MDA = "British Red Cross", "Palestine Red Crescent Society", "Magen David Adom"
CN, PK = "Red Cross Society of China", "Pakistan Red Crescent Society"
AZ, KZ, KG, UZ = (
    "Azerbaijan Red Crescent Society",
    "Kazakhstan Red Crescent Society",
    "Red Crescent Society of Kyrgyzstan",
    "Uzbekistan Red Crescent Society",
)
BD, BKASH = "Bangladesh Red Crescent Society", "bKash Limited"
DOCS = [
    (
        "d01_annual_partners.txt",
        "2024-02-15",
        [org(GE, NS, "GE"), org(CH, NS, "CH"), org(AT, NS, "AT"), org(UNICEF, UN, None, "UNICEF")],
        [],
        [
            rel("alliance", [GE, CH]),
            rel("alliance", [GE, AT]),
            rel("alliance", [GE, UNICEF]),
            rel("support", [CH, GE]),
        ],
    ),
    (
        "d02_passive_signed.txt",
        "2024-03-07",
        [org(MOE, GOV, "RW"), org(RW, NS, "RW")],
        [
            person("Charles Karakye", "Permanent Secretary", MOE),
            person("Apollinaire Karamaga", "Secretary General", RW),
        ],
        [
            rel(
                "agreement",
                [MOE, RW],
                ["Charles Karakye", "Apollinaire Karamaga"],
                date="2024-03-07",
            )
        ],
    ),
    (
        "d03_pledge_appeal.txt",
        "2023-10-20",
        [org(GB, NS, "GB"), org(IFRC, MB, None, "IFRC"), org(PS, NS, "PS"), org(MDA, NS, "IL")],
        [person("Mike Adamson", "Chief Executive", GB)],
        [rel("support", [GB, IFRC]), rel("support", [IFRC, PS]), rel("support", [IFRC, MDA])],
    ),
    (
        "d04_china_pakistan.txt",
        None,
        [org(CN, NS, "CN"), org(PK, NS, "PK")],
        [],
        [rel("donation", [CN, PK]), rel("support", [CN, PK])],
    ),
    (
        "d05_quoted_forum.txt",
        "2024-05-28",
        [
            org(AZ, NS, "AZ"),
            org(KZ, NS, "KZ", "Red Crescent Society of the Republic of Kazakhstan"),
            org(KG, NS, "KG"),
            org(UZ, NS, "UZ", "Red Crescent Society of Uzbekistan"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [],
        [
            rel(
                "participation",
                [AZ, KZ, KG, UZ, IFRC, ICRC],
                event="Humanitarian Diplomacy in Action",
                place="Baku",
                date="2024-05-28",
            )
        ],
    ),
    (
        "d06_letter_intent.txt",
        "2024-06-11",
        [org(BD, NS, "BD"), org(BKASH, OTHER, "BD", "bKash")],
        [],
        [rel("agreement", [BD, BKASH], date="2024-06-11")],
    ),
]

write_gold(DOCS, Path(__file__).parent)
