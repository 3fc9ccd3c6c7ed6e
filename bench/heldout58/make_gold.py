"""Writes gold.json for the fifty-eighth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

TN, SFAX = "Tunisian Red Crescent", "University of Sfax"
UNHCR, TD = "United Nations High Commissioner for Refugees", "Red Cross of Chad"
MOE, GE, AT = (
    "Ministry of Education, Science and Youth of Georgia",
    "Georgia Red Cross Society",
    "Austrian Red Cross",
)
ETIHAD, AE, LB = (
    "Etihad Airways",
    "Red Crescent Society of the United Arab Emirates",
    "Lebanese Red Cross",
)
TR, AZ = "Turkish Red Crescent Society", "Red Crescent Society of Azerbaijan"
ID, PH = "Indonesian Red Cross Society", "Philippine Red Cross"
DOCS = [
    (
        "r01_university_agreement.txt",
        "2025-02-26",
        [org(TN, NS, "TN"), org(SFAX, OTHER, "TN")],
        [],
        [rel("agreement", [TN, SFAX]), rel("agreement", [TN, SFAX], date="2019")],
    ),
    (
        "r02_letter_of_agreement.txt",
        "2025-01-30",
        [org(UNHCR, UN, None, "UNHCR"), org(TD, NS, "TD", "Chad Red Cross")],
        [],
        [rel("agreement", [UNHCR, TD], date="2025-01-30")],
    ),
    (
        "r03_in_collaboration_with.txt",
        "2024-12-20",
        [org(MOE, GOV, "GE", "Ministry of Education"), org(GE, NS, "GE"), org(AT, NS, "AT")],
        [],
        [rel("alliance", [MOE, GE]), rel("support", [AT, GE])],
    ),
    (
        "r04_airline_free_of_charge.txt",
        "2024-10-08",
        [
            org(ETIHAD, "company", "AE"),
            org(AE, NS, "AE", "Emirates Red Crescent"),
            org(LB, NS, "LB"),
        ],
        [],
        [rel("support", [ETIHAD, AE]), rel("donation", [AE, LB], place="Beirut, Lebanon")],
    ),
    (
        "r05_hosted_her_counterpart.txt",
        "2025-05-06",
        [org(TR, NS, "TR", "Turkish Red Crescent"), org(AZ, NS, "AZ", "Azerbaijani Red Crescent")],
        [person("Ayşe Demir", "President", TR), person("Elvin Mammadov", "President", AZ)],
        [rel("meeting", [TR, AZ], place="Ankara, Türkiye", date="2025-05-05")],
    ),
    (
        "r06_platform_and_week.txt",
        "2025-06-06",
        [org(ID, NS, "ID"), org(PH, NS, "PH")],
        [],
        [
            rel(
                "participation",
                [ID, PH],
                event="Global Platform for Disaster Risk Reduction",
                place="Geneva, Switzerland",
            ),
            rel("participation", [ID, PH], event="Humanitarian Networks and Partnerships Week"),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
