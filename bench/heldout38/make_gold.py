"""Writes gold.json for the thirty-eighth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

IR, PK = "Iranian Red Crescent Society", "Pakistan Red Crescent Society"
EU, KE, HN, BD, DE, NL = (
    "European Union",
    "Kenya Red Cross Society",
    "Honduran Red Cross",
    "Bangladesh Red Crescent Society",
    "German Red Cross",
    "Netherlands Red Cross",
)
ERC, DC = "Emirates Red Crescent", "Dubai Cares"
US, AIRBNB, WALMART = "American Red Cross", "Airbnb.org", "Walmart Foundation"
KW, TD, KFAED, UNHCR = (
    "Kuwait Red Crescent Society",
    "Red Cross of Chad",
    "Kuwait Fund for Arab Economic Development",
    "United Nations High Commissioner for Refugees",
)
LDS, MN, MOH = (
    "The Church of Jesus Christ of Latter-day Saints",
    "Mongolian Red Cross Society",
    "Ministry of Health",
)
DOCS = [
    (
        "w01_iran_pakistan.txt",
        "2024-06-18",
        [org(IR, NS, "IR", "Iranian Red Crescent"), org(PK, NS, "PK")],
        [
            person("Pir-Hossein Kolivand", "Head", IR),
            person("Sardar Shah Nawaz Khan", "Chairman", PK),
        ],
        [
            rel(
                "agreement",
                [IR, PK],
                ["Pir-Hossein Kolivand", "Sardar Shah Nawaz Khan"],
                place="Tehran",
                date="2024-06-18",
            )
        ],
    ),
    (
        "w02_eu_programmatic.txt",
        "2025-02-27",
        [
            org(EU, GOV, None, "EU"),
            org(IFRC, MB, None, "IFRC"),
            org(KE, NS, "KE"),
            org(HN, NS, "HN"),
            org(BD, NS, "BD"),
            org(DE, NS, "DE"),
            org(NL, NS, "NL"),
        ],
        [
            person("Jagan Chapagain", "Secretary General", IFRC),
            person(
                "Hadja Lahbib", "European Commissioner for Preparedness and Crisis Management", EU
            ),
        ],
        [
            rel("alliance", [EU, IFRC]),
            rel("support", [EU, IFRC]),
            rel("support", [EU, KE]),
            rel("support", [EU, HN]),
            rel("support", [EU, BD]),
            rel("alliance", [IFRC, DE, NL]),
        ],
    ),
    (
        "w03_wam_dubai_cares.txt",
        "2024-03-05",
        [org(ERC, NS, "AE", "ERC"), org(DC, NGO, "AE")],
        [
            person("Hamoud Abdullah Al Junaibi", "Secretary-General", ERC),
            person("Tariq Al Gurg", "Chief Executive Officer", DC),
        ],
        [
            rel(
                "agreement",
                [ERC, DC],
                ["Hamoud Abdullah Al Junaibi", "Tariq Al Gurg"],
                date="2024-03-05",
            ),
            rel("support", [DC, ERC]),
        ],
    ),
    (
        "w04_airbnb.txt",
        "2024-09-12",
        [org(US, NS, "US", "Red Cross"), org(AIRBNB, NGO, "US"), org(WALMART, NGO, "US")],
        [person("Brad Kieserman", "Vice President of Disaster Operations and Logistics", US)],
        [rel("alliance", [US, AIRBNB]), rel("donation", [WALMART, US])],
    ),
    (
        "w05_kuna_chad.txt",
        None,
        [
            org(KW, NS, "KW", "KRCS"),
            org(TD, NS, "TD"),
            org(KFAED, GOV, "KW", "Kuwait Fund"),
            org(UNHCR, UN, None, "UNHCR", "UN refugee agency"),
        ],
        [person("Khaled Al-Mughamis", "Chairman", KW)],
        [
            rel("alliance", [KW, TD]),
            rel("support", [KFAED, KW]),
            rel("alliance", [KW, UNHCR]),
        ],
    ),
    (
        "w06_church.txt",
        None,
        [org(LDS, OTHER), org(MN, NS, "MN", "Mongolian Red Cross"), org(MOH, GOV, "MN")],
        [
            person("Takashi Wada", "Regional leader", LDS),
            person("Bolormaa Nordov", "Secretary General", MN),
            person("Chinbat Nyamkhuu", "Minister of Health", MOH),
        ],
        [rel("donation", [LDS, MN]), rel("alliance", [LDS, MN])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
