"""Writes gold.json for the forty-seventh held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NGO, NS, OTHER, org, person, rel, write_gold  # noqa: E402

CI, ORANGE = "Red Cross Society of Côte d'Ivoire", "Orange Côte d'Ivoire"
ADB = "Asian Development Bank"
MSF, HT = "Médecins Sans Frontières", "Haiti Red Cross Society"
MFA, NL, MW, MZ, UG, CC = (
    "Ministry of Foreign Affairs of the Netherlands",
    "Netherlands Red Cross",
    "Malawi Red Cross Society",
    "Mozambique Red Cross Society",
    "Uganda Red Cross Society",
    "Red Cross Red Crescent Climate Centre",
)
MOH, MY = "Ministry of Health", "Malaysian Red Crescent Society"
KE, CN = "Kenya Red Cross Society", "Government of China"
DOCS = [
    (
        "g01_orange_ci.txt",
        "2024-04-09",
        [org(CI, NS, "CI"), org(ORANGE, OTHER, "CI", "Orange")],
        [person("Marie-Louise Kouassi", "President", CI)],
        [rel("alliance", [CI, ORANGE], date="2024-04-09")],
    ),
    (
        "g02_adb_mou.txt",
        "2024-05-02",
        [org(IFRC, MB, None, "IFRC"), org(ADB, OTHER, None, "ADB")],
        [
            person("Fatima Yasmin", "Vice-President", ADB),
            person("Alexander Matheou", "Regional Director for Asia Pacific", IFRC),
        ],
        [
            rel(
                "agreement",
                [IFRC, ADB],
                ["Fatima Yasmin", "Alexander Matheou"],
                place="Manila",
                date="2024-05-02",
            )
        ],
    ),
    (
        "g03_jointly_run.txt",
        "2022-10-28",
        [org(MSF, NGO, None, "MSF"), org(HT, NS, "HT", "Haitian Red Cross Society")],
        [],
        [rel("alliance", [MSF, HT])],
    ),
    (
        "g04_awarded_grant.txt",
        "2024-01-18",
        [
            org(MFA, GOV, "NL"),
            org(NL, NS, "NL"),
            org(MW, NS, "MW"),
            org(MZ, NS, "MZ"),
            org(UG, NS, "UG"),
            org(CC, MB, None, "Climate Centre"),
        ],
        [],
        [
            rel("support", [MFA, NL]),
            rel("support", [NL, MW]),
            rel("support", [NL, MZ]),
            rel("support", [NL, UG]),
            rel("support", [CC, MW]),
            rel("support", [CC, MZ]),
            rel("support", [CC, UG]),
            rel("alliance", [MW, MZ, UG]),
        ],
    ),
    (
        "g05_minister_visit.txt",
        "2024-06-26",
        [
            org(MOH, GOV, "MY", "Government of Malaysia", "Malaysia"),
            org(MY, NS, "MY"),
        ],
        [person("Dzulkefly Ahmad", "Health Minister", MOH)],
        [rel("meeting", [MOH, MY]), rel("alliance", [MOH, MY])],
    ),
    (
        "g06_received_from.txt",
        "2024-07-30",
        [org(KE, NS, "KE"), org(CN, GOV, "CN", "China")],
        [person("Guo Haiyan", "Ambassador", CN)],
        [rel("donation", [CN, KE])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
