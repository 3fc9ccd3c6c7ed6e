"""Writes gold.json for the eleventh held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NGO, NS, org, person, rel, write_gold  # noqa: E402

JO, SY, PS = (
    "Jordan National Red Crescent Society",
    "Syrian Arab Red Crescent",
    "Palestine Red Crescent Society",
)
LB, IQ = "Lebanese Red Cross", "Iraqi Red Crescent Society"
UZ, KZ, MES = (
    "Red Crescent Society of Uzbekistan",
    "Kazakh Red Crescent",
    "Ministry of Emergency Situations of Uzbekistan",
)
NOR, NP, NORC = "Government of Norway", "Nepal Red Cross Society", "Norwegian Red Cross"
TZ, VTF, TMA = (
    "Tanzania Red Cross Society",
    "Vodacom Tanzania Foundation",
    "Tanzania Meteorological Authority",
)
CA, JP, EU = "Government of Canada", "Government of Japan", "European Union"
UA, PL, RO, MD = (
    "Ukrainian Red Cross Society",
    "Polish Red Cross",
    "Romanian Red Cross",
    "Red Cross of Moldova",
)
DOCS = [
    (
        "v01_officials.txt",
        "2023-09-11",
        [
            org(JO, NS, "JO"),
            org(SY, NS, "SY"),
            org(PS, NS, "PS"),
            org(LB, NS, "LB"),
            org(IQ, NS, "IQ"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Mohammad Al-Hadid", "President", JO),
            person("Mazen Abdallah", "Secretary-General", SY),
            person("Ghassan Hamdan", "Deputy Secretary-General", SY),
            person("Rami Awad", "Deputy Secretary-General", PS),
            person("Layla Saleh", "Deputy Secretary-General", PS),
            person("Michel Haddad", "Vice-President", LB),
            person("Yasin Abbas", "Head", IQ),
        ],
        [
            rel(
                "participation",
                [JO, SY, PS, LB, IQ],
                event="3rd Middle East Humanitarian Forum",
                place="Amman, Jordan",
                date="2023-09-11",
            ),
            rel("support", [IFRC, JO]),
        ],
    ),
    (
        "v02_discussed.txt",
        "2024-04-19",
        [org(UZ, NS, "UZ", "Uzbek Red Crescent"), org(KZ, NS, "KZ"), org(MES, GOV, "UZ")],
        [
            person("Gulnara Sadykova", "Secretary General", KZ),
            person("Dildora Aminova", "Chairperson", UZ),
        ],
        [rel("meeting", [UZ, KZ], place="Tashkent, Uzbekistan"), rel("meeting", [KZ, MES])],
    ),
    (
        "v03_ambassador_call.txt",
        "2022-12-06",
        [
            org(NOR, GOV, "NO", "Norway", "Royal Norwegian Embassy"),
            org(NP, NS, "NP"),
            org(NORC, NS, "NO"),
        ],
        [
            person("Torbjørn Gjefsen", "Ambassador", NOR),
            person("Binod Kumar Sharma", "Chairperson", NP),
        ],
        [rel("meeting", [NOR, NP]), rel("support", [NOR, NP]), rel("support", [NORC, NP])],
    ),
    (
        "v04_signed_on_behalf.txt",
        "2024-01-30",
        [
            org(TZ, NS, "TZ", "TRCS"),
            org(VTF, NGO, "TZ"),
            org(TMA, GOV, "TZ"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Lukule Mwakyusa", "Secretary General", TZ),
            person("Sandra Oswald", "Director", VTF),
        ],
        [
            rel("agreement", [TZ, VTF], ["Lukule Mwakyusa", "Sandra Oswald"]),
            rel("support", [IFRC, TZ]),
        ],
    ),
    (
        "v05_ifrc_pledges.txt",
        "2022-03-24",
        [
            org(IFRC, MB, None, "IFRC"),
            org(CA, GOV, "CA", "Canada"),
            org(JP, GOV, "JP", "Japan"),
            org(EU, GOV),
            org(UA, NS, "UA"),
            org(PL, NS, "PL"),
            org(RO, NS, "RO"),
            org(MD, NS, "MD"),
        ],
        [],
        [rel("support", [d, IFRC]) for d in (CA, JP, EU)]
        + [rel("support", [IFRC, r]) for r in (UA, PL, RO, MD)],
    ),
]

write_gold(DOCS, Path(__file__).parent)
