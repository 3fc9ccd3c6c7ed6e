"""Writes gold.json for the twenty-second held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

GE, EU, CH = "Red Cross Society of Georgia", "European Union", "Swiss Red Cross"
LS, WFP = "Lesotho Red Cross Society", "World Food Programme"
AT, CARE, PIN, UA = (
    "Austrian Red Cross",
    "CARE International",
    "People in Need",
    "Ukrainian Red Cross Society",
)
TH, WHO, ADPC = (
    "Thai Red Cross Society",
    "World Health Organization",
    "Asian Disaster Preparedness Center",
)
IQ, NOG, NO = "Iraqi Red Crescent Society", "Government of Norway", "Norwegian Red Cross"
DOCS = [
    (
        "g01_grant_awarded.txt",
        "2024-03-04",
        [org(GE, NS, "GE"), org(EU, GOV, None, "EU"), org(CH, NS, "CH")],
        [],
        [rel("support", [EU, GE]), rel("donation", [CH, GE])],
    ),
    (
        "g02_implementing_partner.txt",
        None,
        [org(LS, NS, "LS"), org(WFP, UN, None, "WFP")],
        [person("Kopano Masilo", "Secretary General", LS)],
        [rel("alliance", [LS, WFP])],
    ),
    (
        "g03_consortium_led.txt",
        None,
        [
            org(AT, NS, "AT"),
            org(CARE, NGO),
            org(PIN, NGO),
            org(EU, GOV, None, "EU"),
            org(UA, NS, "UA"),
        ],
        [],
        [
            rel("alliance", [AT, CARE, PIN]),
            rel("support", [EU, AT]),
            rel("support", [EU, CARE]),
            rel("support", [EU, PIN]),
        ],
    ),
    (
        "g04_webinar.txt",
        "2024-07-12",
        [org(TH, NS, "TH"), org(WHO, UN, None, "WHO"), org(ADPC, OTHER)],
        [person("Kriangsak Vacharanukulkieti", "Director", TH)],
        [rel("alliance", [TH, WHO, ADPC])],
    ),
    (
        "g05_hosted_delegation.txt",
        "2023-09-26",
        [org(IQ, NS, "IQ"), org(NOG, GOV, "NO", "Norway"), org(NO, NS, "NO")],
        [person("Eivind Vad Petersson", "State Secretary", NOG)],
        [rel("meeting", [IQ, NOG, NO], place="Baghdad"), rel("support", [NOG, IQ])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
