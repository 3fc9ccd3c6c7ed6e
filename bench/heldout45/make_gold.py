"""Writes gold.json for the forty-fifth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

ET, NO = "Ethiopian Red Cross Society", "Norwegian Red Cross"
AE, SD = "Emirates Red Crescent", "Sudanese Red Crescent Society"
HILTON, US, UNICEF, WWF = (
    "Hilton",
    "American Red Cross",
    "United Nations Children's Fund",
    "World Wildlife Fund",
)
MN, WVM, SCM, FAO = (
    "Mongolian Red Cross Society",
    "World Vision Mongolia",
    "Save the Children Mongolia",
    "Food and Agriculture Organization",
)
GJP, JP = "Government of Japan", "Japanese Red Cross Society"
MD, RO = "Red Cross Society of the Republic of Moldova", "Romanian Red Cross"
DOCS = [
    (
        "e01_page_furniture.txt",
        "2024-07-03",
        [org(ET, NS, "ET", "ERCS"), org(NO, NS, "NO")],
        [],
        [rel("agreement", [ET, NO], date="2024-07-03"), rel("donation", [NO, ET])],
    ),
    (
        "e02_honorifics.txt",
        "2024-08-14",
        [org(AE, NS, "AE", "ERC"), org(SD, NS, "SD")],
        [
            person("Hamdan bin Zayed Al Nahyan", "Chairman", AE),
            person("Hamoud Abdullah Al Junaibi", "Secretary-General", AE),
        ],
        [rel("donation", [AE, SD]), rel("alliance", [AE, SD])],
    ),
    (
        "e03_boilerplate.txt",
        "2024-03-05",
        [
            org(HILTON, OTHER, "US"),
            org(US, NS, "US", "Red Cross"),
            org(UNICEF, UN, None, "UNICEF"),
            org(WWF, NGO, None),
        ],
        [person("Anne Marie Borrego", "Chief Development Officer", US)],
        # the "About Hilton" boilerplate is page furniture, not news
        [rel("alliance", [HILTON, US], date="2024-03-05"), rel("support", [HILTON, US])],
    ),
    (
        "e04_bullets.txt",
        "2025-01-10",
        [
            org(MN, NS, "MN"),
            org(WVM, NGO, "MN"),
            org(SCM, NGO, "MN"),
            org(FAO, UN, None, "FAO"),
        ],
        [],
        [rel("alliance", [MN, WVM, SCM, FAO], date="2025-01-10")],
    ),
    (
        "e05_thanks.txt",
        "2024-08-22",
        [org(GJP, GOV, "JP", "Japan"), org(MN, NS, "MN"), org(JP, NS, "JP")],
        [person("Bolormaa Nordov", "Secretary General", MN)],
        [
            rel("donation", [GJP, MN]),
            rel("support", [GJP, JP]),
            rel("support", [JP, MN]),
        ],
    ),
    (
        "e06_future_mou.txt",
        "2024-04-29",
        [org(MD, NS, "MD"), org(RO, NS, "RO")],
        [
            person("Mihail Musteata", "President", MD),
            person("Ana Ionescu", "Director General", RO),
        ],
        [rel("meeting", [MD, RO], place="Chisinau", date="2024-04-29")],
    ),
]

write_gold(DOCS, Path(__file__).parent)
