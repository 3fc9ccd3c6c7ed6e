"""Writes gold.json for the fifty-first held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, MB, NGO, NS, org, person, rel, write_gold  # noqa: E402

GCH, UA = "Government of Switzerland", "Ukrainian Red Cross Society"
FCB, ES = "FC Barcelona Foundation", "Spanish Red Cross"
RS, AT = "Red Cross of Serbia", "Austrian Red Cross"
MOH, BH = "Ministry of Health", "Bahrain Red Crescent Society"
SSMOH = "Ministry of Health"
KE, WV, OX = "Kenya Red Cross Society", "World Vision", "Oxfam"
DOCS = [
    (
        "k01_embassy_in.txt",
        "2023-12-11",
        [org(GCH, GOV, "CH", "Embassy of Switzerland", "Switzerland"), org(UA, NS, "UA")],
        [person("Maksym Dotsenko", "Director General", UA)],
        [rel("donation", [GCH, UA])],
    ),
    (
        "k02_club_foundation.txt",
        "2024-06-20",
        [org(FCB, NGO, "ES"), org(ES, NS, "ES")],
        [],
        [rel("agreement", [FCB, ES], date="2024-06-20"), rel("support", [FCB, ES])],
    ),
    (
        "k03_supported_by.txt",
        "2024-01-15",
        [org(RS, NS, "RS"), org(ICRC, MB, None, "ICRC"), org(AT, NS, "AT")],
        [],
        [rel("support", [ICRC, RS]), rel("support", [AT, RS])],
    ),
    (
        "k04_minister_received.txt",
        "2024-05-07",
        [org(MOH, GOV, "BH", "Government of Bahrain", "Bahrain"), org(BH, NS, "BH")],
        [
            person("Jaleela bint Sayed Jawad Hasan", "Minister of Health", MOH),
            person("Mubarak Al-Hadi", "Secretary-General", BH),
        ],
        [rel("meeting", [MOH, BH])],
    ),
    (
        "k05_hospital_handover.txt",
        "2024-09-30",
        [org(ICRC, MB, None, "ICRC"), org(SSMOH, GOV, "SS", "South Sudan's Ministry of Health")],
        [],
        [rel("support", [ICRC, SSMOH])],
    ),
    (
        "k06_alongside.txt",
        "2024-02-02",
        [org(KE, NS, "KE"), org(WV, NGO, None), org(OX, NGO, None)],
        [],
        [rel("alliance", [KE, WV, OX])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
