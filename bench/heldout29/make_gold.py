"""Writes gold.json for the twenty-ninth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, org, person, rel, write_gold  # noqa: E402

NO, NRC = "Norwegian Red Cross", "Norwegian Refugee Council"
NORAD = "Norwegian Agency for Development Cooperation"
IQ, JO = "Iraqi Red Crescent Society", "Jordan National Red Crescent Society"
FI, MZ = "Finnish Red Cross", "Mozambique Red Cross Society"
MFA = "Ministry for Foreign Affairs of Finland"
LB, KW, KF = (
    "Lebanese Red Cross",
    "Government of Kuwait",
    "Kuwait Fund for Arab Economic Development",
)
NG, NE, GH = "Nigerian Red Cross Society", "Red Cross Society of Niger", "Ghana Red Cross Society"
ABO, US, ABB = "Airbnb.org", "American Red Cross", "Airbnb"
DOCS = [
    (
        "n01_joined_forces.txt",
        "2024-03-04",
        [org(NO, NS, "NO"), org(NRC, NGO, "NO", "NRC"), org(NORAD, GOV, "NO", "Norad")],
        [person("Ingrid Halvorsen", "regional director for Europe", NRC)],
        [
            rel("alliance", [NO, NRC]),
            rel("support", [NORAD, NO]),
            rel("support", [NORAD, NRC]),
        ],
    ),
    (
        "n02_courtesy_call.txt",
        "2024-11-06",
        [org(IQ, NS, "IQ"), org(JO, NS, "JO")],
        [
            person("Yassin Al-Mamouri", "Secretary-General", IQ),
            person("Mohammed Al-Hadid", "President", JO),
        ],
        # "agreed to exchange visits": no agreement of the kind the graph records
        [rel("meeting", [IQ, JO], place="Amman", date="2024-11-06")],
    ),
    (
        "n03_eru_deployment.txt",
        "2024-12-20",
        [
            org(FI, NS, "FI"),
            org(MZ, NS, "MZ", "CVM"),
            org(IFRC, MB, None, "IFRC"),
            org(MFA, GOV, "FI"),
        ],
        [],
        [
            rel("mission", [FI], place="Mozambique"),
            rel("support", [FI, MZ]),
            rel("support", [IFRC, FI]),
            rel("support", [MFA, FI]),
        ],
    ),
    (
        "n04_ambulance_gift.txt",
        "2025-01-15",
        [org(LB, NS, "LB"), org(KW, GOV, "KW", "State of Kuwait"), org(KF, GOV, "KW")],
        [
            person("Abdullah Al-Shaheen", "Ambassador of Kuwait to Lebanon", KW),
            person("Antoine Zoghbi", "President", LB),
        ],
        [rel("donation", [KW, LB]), rel("support", [KF, LB])],
    ),
    (
        "n05_elected_president.txt",
        "2024-08-30",
        [
            org(NG, NS, "NG"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(NE, NS, "NE"),
            org(GH, NS, "GH"),
        ],
        [person("Amina Yusuf", "President", NG)],
        [
            rel(
                "participation",
                [NG, IFRC, ICRC, NE, GH],
                event="21st General Assembly",
                place="Abuja",
            )
        ],
    ),
    (
        "n06_teamed_up.txt",
        "2025-01-14",
        [org(ABO, NGO, "US"), org(US, NS, "US"), org(ABB, "company", "US")],
        [],
        [rel("alliance", [ABO, US]), rel("support", [ABO, US]), rel("support", [ABB, ABO])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
