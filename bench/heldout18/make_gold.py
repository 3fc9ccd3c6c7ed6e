"""Writes gold.json for the eighteenth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

IQ, TR = "Iraqi Red Crescent Society", "Turkish Red Crescent"
WFP, SARC = "World Food Programme", "Syrian Arab Red Crescent"
AU, FJ, SB, VU = (
    "Government of Australia",
    "Fiji Red Cross Society",
    "Solomon Islands Red Cross",
    "Vanuatu Red Cross Society",
)
DOCS = [
    (
        "c01_bilateral.txt",
        "2024-05-08",
        [
            org(IQ, NS, "IQ"),
            org(TR, NS, "TR", "Kızılay"),
            org("United Nations High Commissioner for Refugees", UN, None, "UNHCR"),
        ],
        [person("Ibrahim Altan", "Vice President", TR), person("Yaseen Ahmed Abbas", "Head", IQ)],
        [
            rel("meeting", [IQ, TR], place="Baghdad, Iraq"),
            rel("agreement", [IQ, TR]),
            rel("support", [TR, IQ]),
        ],
    ),
    (
        "c02_un_agencies.txt",
        "2024-02-01",
        [
            org(WFP, UN, None, "WFP"),
            org(SARC, NS, "SY", "SARC"),
            org("United Nations Children's Fund", UN, None, "UNICEF"),
        ],
        [
            person("Kenn Crossley", "Country Director", WFP),
            person("Mazen Abdallah", "Secretary General", SARC),
        ],
        [
            rel("agreement", [WFP, SARC]),
            rel("support", [WFP, SARC]),
            rel("meeting", [WFP, SARC]),
            rel("alliance", ["United Nations Children's Fund", SARC]),
        ],
    ),
    (
        "c03_gov_donation.txt",
        "2023-10-10",
        [
            org(AU, GOV, "AU", "Australia"),
            org(IFRC, MB, None, "IFRC"),
            org(FJ, NS, "FJ"),
            org(SB, NS, "SB"),
            org(VU, NS, "VU"),
            org("Australian Red Cross", NS, "AU"),
        ],
        [person("Pat Conroy", "Minister for International Development and the Pacific", AU)],
        [
            rel("support", [AU, IFRC]),
            rel("support", [AU, FJ]),
            rel("support", [AU, SB]),
            rel("support", [AU, VU]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
