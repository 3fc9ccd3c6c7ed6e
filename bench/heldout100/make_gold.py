"""Writes gold.json for the hundredth held-out probe set: Reuters wire copy from Guatemala with
an EU grant, a disaster-agency agreement, a company gift and an appeal, a society's meeting
notice translated from Russian with a background agreement and a planned memorandum, a
Pacific society's thank-you post with a funder through a channel and free airline cargo, and a
bylined newspaper story with pronouns, seconded staff, a planned memorandum and "works with"
(written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

GT, ECHO, CONRED, WALMEX, WFP = (
    "Guatemalan Red Cross",
    "European Civil Protection and Humanitarian Aid Operations",
    "Coordinadora Nacional para la Reducción de Desastres",
    "Walmart México y Centroamérica",
    "World Food Programme",
)
TJ, IOM, SDC, CES = (
    "Red Crescent Society of Tajikistan",
    "International Organization for Migration",
    "Swiss Agency for Development and Cooperation",
    "Committee of Emergency Situations and Civil Defence",
)
FJ, USAID, FJAIR, VODA = (
    "Fiji Red Cross Society",
    "United States Agency for International Development",
    "Fiji Airways",
    "Vodafone Fiji",
)
UA, PL, CHER, UNHCR = (
    "Ukrainian Red Cross Society",
    "Polish Red Cross",
    "Chernihiv City Council",
    "United Nations High Commissioner for Refugees",
)
DOCS = [
    (
        "cb01_guatemala_wire.txt",
        "2024-08-07",
        [
            org(GT, NS, "GT", "Guatemala Red Cross", "Cruz Roja Guatemalteca"),
            org(ECHO, GOV, None, "ECHO", "European Union"),
            org(CONRED, GOV, "GT", "CONRED"),
            org(WALMEX, "company", "MX"),
            org(WFP, UN, None, "WFP"),
        ],
        [person("Alba Ruth Cifuentes", "National Director of Operations", GT)],
        [
            rel("support", [ECHO, GT]),
            rel("agreement", [GT, CONRED], date="2024-03"),
            rel("donation", [WALMEX, GT], date="2024-07"),
        ],
    ),
    (
        "cb02_tajikistan_translated.txt",
        "2024-04-16",
        [
            org(TJ, NS, "TJ"),
            org(IOM, UN, None, "IOM"),
            org(SDC, GOV, "CH", "SDC"),
            org(CES, GOV, "TJ"),
        ],
        [
            person("Nazira Rahimzoda", "Chairman", TJ),
            person("Lorenzo Bellini", "Chief of Mission", IOM),
        ],
        [
            rel("meeting", [TJ, IOM], place="Dushanbe", date="2024-04-15"),
            rel("support", [SDC, TJ]),
            rel("agreement", [TJ, CES], date="2022"),
        ],
    ),
    (
        "cb03_fiji_ns_news.txt",
        "2023-11-21",
        [
            org(FJ, NS, "FJ"),
            org(USAID, GOV, "US", "USAID"),
            org(IFRC, MB, None, "IFRC"),
            org(FJAIR, "company", "FJ"),
            org(VODA, "company", "FJ"),
        ],
        [person("Mereani Vakaloloma", "Director General", FJ)],
        [
            rel("support", [USAID, IFRC]),
            rel("support", [IFRC, FJ]),
            rel("support", [FJAIR, FJ]),
            rel("donation", [VODA, FJ], place="Suva", date="2023-11-14"),
        ],
    ),
    (
        "cb04_ukraine_newspaper.txt",
        "2025-01-13",
        [
            org(UA, NS, "UA", "Ukrainian Red Cross"),
            org(PL, NS, "PL"),
            org(CHER, GOV, "UA"),
            org(UNHCR, UN, None, "UNHCR"),
        ],
        [
            person("Olena Kovalchuk", "Director General", UA),
            person("Magdalena Wrońska", "Secretary General", PL),
            person("Ihor Petrenko", "Acting Mayor", CHER),
        ],
        [
            rel("donation", [PL, UA], place="Chernihiv", date="2025-01-10"),
            rel("support", [PL, UA]),
            rel("meeting", [UA, CHER], place="Chernihiv", date="2025-01-10"),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
