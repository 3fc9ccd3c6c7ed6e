"""Writes gold.json for the fiftieth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, MB, NGO, NS, org, person, rel, write_gold  # noqa: E402

IQ, JO = "Iraqi Red Crescent Society", "Jordan National Red Crescent Society"
CO = "Colombian Red Cross"
IKEA, ET, NL = "IKEA Foundation", "Ethiopian Red Cross Society", "Netherlands Red Cross"
AL, MK, AT = "Albanian Red Cross", "Red Cross of North Macedonia", "Austrian Red Cross"
GTR, TR = "Government of Türkiye", "Turkish Red Crescent"
SA, MOH = "Saudi Red Crescent Authority", "Ministry of Health"
DOCS = [
    (
        "j01_joint_committee.txt",
        "2024-12-03",
        [org(IQ, NS, "IQ"), org(JO, NS, "JO")],
        [],
        [rel("alliance", [IQ, JO], date="2024-12-03")],
    ),
    (
        "j02_council_margins.txt",
        "2024-06-21",
        [org(ICRC, MB, None, "ICRC"), org(CO, NS, "CO")],
        [],
        [
            rel("agreement", [ICRC, CO], place="Geneva", date="2024-06-21"),
            rel("participation", [ICRC, CO], event="Council of Delegates", place="Geneva"),
        ],
    ),
    (
        "j03_grant_from.txt",
        "2024-10-17",
        [org(IKEA, NGO, None), org(ET, NS, "ET"), org(NL, NS, "NL")],
        [],
        [rel("donation", [IKEA, ET]), rel("support", [NL, ET])],
    ),
    (
        "j04_attended_workshop.txt",
        "2024-04-18",
        [
            org(AL, NS, "AL"),
            org(MK, NS, "MK", "Red Cross of The Republic of North Macedonia"),
            org(AT, NS, "AT"),
        ],
        [],
        [
            rel("meeting", [AL, MK, AT], place="Vienna"),
            rel("support", [AT, AL]),
            rel("support", [AT, MK]),
        ],
    ),
    (
        "j05_state_medal.txt",
        "2023-10-29",
        [org(GTR, GOV, "TR", "Türkiye"), org(TR, NS, "TR")],
        [person("Fatma Meriç Yılmaz", "President", TR)],
        [],
    ),
    (
        "j06_partnered_with.txt",
        "2024-06-14",
        [org(SA, NS, "SA"), org(MOH, GOV, "SA")],
        [],
        [rel("alliance", [SA, MOH], date="2024-06-14")],
    ),
]

write_gold(DOCS, Path(__file__).parent)
