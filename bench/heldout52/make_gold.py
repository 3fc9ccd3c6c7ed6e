"""Writes gold.json for the fifty-second held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, MB, NGO, NS, UN, org, person, rel, write_gold  # noqa: E402

PK, KMC, CC, DE = (
    "Pakistan Red Crescent Society",
    "Karachi Metropolitan Corporation",
    "Red Cross Red Crescent Climate Centre",
    "German Red Cross",
)
AM, MOH = "Armenian Red Cross Society", "Ministry of Health"
GH = "Ghana Red Cross Society"
DK, NE, ML, AAH, EU = (
    "Danish Red Cross",
    "Red Cross Society of Niger",
    "Mali Red Cross",
    "Action Against Hunger",
    "European Union",
)
SY, WHO, WFP = "Syrian Arab Red Crescent", "World Health Organization", "World Food Programme"
IT, ES = "Italian Red Cross", "Spanish Red Cross"
DOCS = [
    (
        "l01_launch_event.txt",
        "2024-05-02",
        [
            org(PK, NS, "PK"),
            org(KMC, GOV, "PK"),
            org(CC, MB, None, "Climate Centre"),
            org(DE, NS, "DE"),
        ],
        [],
        [rel("alliance", [PK, KMC]), rel("support", [CC, PK]), rel("support", [DE, PK])],
    ),
    (
        "l02_memorandum_passive.txt",
        "2024-03-19",
        [org(AM, NS, "AM"), org(MOH, GOV, "AM", "Ministry of Health of Armenia")],
        [],
        [rel("agreement", [AM, MOH], date="2024-03-19")],
    ),
    (
        "l03_visit_to.txt",
        "2024-08-06",
        [org(ICRC, MB, None, "ICRC"), org(GH, NS, "GH")],
        [
            person("Yann Bonzon", "Head of regional delegation", ICRC),
            person("Afua Boatemaa Asante", "President", GH),
            person("Samuel Ohene Kyei", "Secretary General", GH),
        ],
        [rel("meeting", [ICRC, GH], place="Accra")],
    ),
    (
        "l04_consortium_led.txt",
        "2024-09-11",
        [
            org(DK, NS, "DK"),
            org(NE, NS, "NE"),
            org(ML, NS, "ML"),
            org(AAH, NGO, None),
            org(EU, GOV, None, "EU"),
        ],
        [],
        [
            rel("alliance", [DK, NE, ML, AAH]),
            rel("support", [EU, DK]),
            rel("support", [EU, NE]),
            rel("support", [EU, ML]),
            rel("support", [EU, AAH]),
        ],
    ),
    (
        "l05_goods_from_two.txt",
        None,
        [org(SY, NS, "SY"), org(WHO, UN, None, "WHO"), org(WFP, UN, None, "WFP")],
        [],
        [rel("donation", [WHO, SY]), rel("donation", [WFP, SY])],
    ),
    (
        "l06_no_relation.txt",
        "2024-07-15",
        [org(IT, NS, "IT"), org(ES, NS, "ES")],
        [],
        [],
    ),
]

write_gold(DOCS, Path(__file__).parent)
