"""Writes gold.json for the thirtieth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

MW = "Malawi Red Cross Society"
CO, AECID, ES = (
    "Colombian Red Cross",
    "Spanish Agency for International Development Cooperation",
    "Spanish Red Cross",
)
KZ, CH = "Kazakh Red Crescent", "Swiss Red Cross"
ET, KE = "Ethiopian Red Cross Society", "Kenya Red Cross Society"
TOY, TK = "Toyota Motor Corporation", "Toyota Kenya"
WHO, AF, GAVI = (
    "World Health Organization",
    "Afghan Red Crescent Society",
    "Gavi, the Vaccine Alliance",
)
MOPH = "Ministry of Public Health"
DOCS = [
    (
        "o01_feature.txt",
        None,
        [
            org(MW, NS, "MW"),
            org("United Nations Children's Fund", UN, None, "UNICEF"),
            org("World Food Programme", UN),
            org("Department of Disaster Management Affairs", GOV, "MW"),
        ],
        [],
        [],
    ),
    (
        "o02_aecid_agreement.txt",
        "2024-03-12",
        [org(CO, NS, "CO"), org(AECID, GOV, "ES", "AECID"), org(ES, NS, "ES")],
        [
            person("Judith Carvajal", "Executive President", CO),
            person("Pablo Gómez", "Director of AECID in Colombia", AECID),
        ],
        [
            rel("agreement", [CO, AECID], place="Bogotá", date="2024-03-12"),
            rel("support", [AECID, CO]),
            rel("support", [ES, CO]),
        ],
    ),
    (
        "o03_geneva_meetings.txt",
        "2024-06-04",
        [
            org(KZ, NS, "KZ"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(CH, NS, "CH"),
        ],
        [person("Azamat Baigaliev", "President", KZ)],
        [
            rel("meeting", [KZ, IFRC], place="Geneva"),
            rel("meeting", [KZ, ICRC], place="Geneva"),
            rel("meeting", [KZ, CH], place="Geneva"),
        ],
    ),
    (
        "o04_expected_to_sign.txt",
        None,
        [org(ET, NS, "ET"), org(KE, NS, "KE")],
        [],
        [rel("meeting", [ET, KE], place="Moyale")],
    ),
    (
        "o05_vehicles.txt",
        "2024-05-22",
        [org(TOY, "company", "JP"), org(ICRC, MB, None, "ICRC"), org(TK, "company", "KE")],
        [
            person("Samuel Otieno", "head of logistics for Africa", ICRC),
            person("Hiroshi Tanaka", "managing director", TK),
        ],
        [rel("donation", [TOY, ICRC])],
    ),
    (
        "o06_measles.txt",
        "2024-04-08",
        [
            org(WHO, UN, None, "WHO"),
            org(AF, NS, "AF", "ARCS"),
            org(GAVI, OTHER, None, "Gavi"),
            org(MOPH, GOV, "AF"),
        ],
        [],
        [
            rel("alliance", [WHO, AF]),
            rel("support", [GAVI, WHO]),
            rel("support", [GAVI, AF]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
