"""Writes gold.json for the ninety-first held-out probe set: wire news that only names
agencies side by side, homes built with a government's money passed through a society, the
International Conference with a signing on its margins, and an envoy's first meetings
(written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import (  # noqa: E402
    GOV,
    ICRC,
    IFRC,
    MB,
    NGO,
    NS,
    UN,
    org,
    person,
    rel,
    write_gold,
)

MZ, INGD = "Mozambique Red Cross", "National Institute for Disaster Risk Management"
NP, GCA, CA = "Nepal Red Cross Society", "Government of Canada", "Canadian Red Cross"
HFH = "Habitat for Humanity Nepal"
NO, KE, PH = "Norwegian Red Cross", "Kenya Red Cross Society", "Philippine Red Cross"
GCH = "Government of Switzerland"
GLB, LB = "Government of Lebanon", "Lebanese Red Cross"
DOCS = [
    (
        "ay01_comention_news.txt",
        "2025-03-16",
        [
            org(MZ, NS, "MZ"),
            org("UNICEF", UN, None),
            org("World Food Programme", UN, None),
            org(IFRC, MB, None, "IFRC"),
            org("Médecins Sans Frontières", NGO, None),
            org(INGD, GOV, "MZ", "INGD"),
        ],
        [],
        [],
    ),
    (
        "ay02_chain_funding.txt",
        "2025-01-07",
        [
            org(NP, NS, "NP", "Nepal Red Cross"),
            org(GCA, GOV, "CA"),
            org(CA, NS, "CA"),
            org(HFH, NGO, "NP"),
        ],
        [
            person("Umesh Prasad Dhakal", "Secretary General", NP),
            person("Ferry de Kerckhove", "Canadian Ambassador to Nepal", GCA),
        ],
        [
            rel("support", [GCA, CA]),
            rel("support", [CA, NP]),
            rel("support", [GCA, NP]),
            rel("support", [HFH, NP]),
        ],
    ),
    (
        "ay03_international_conference.txt",
        "2024-10-31",
        [
            org(NO, NS, "NO"),
            org(KE, NS, "KE", "Kenya Red Cross"),
            org(PH, NS, "PH"),
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC"),
            org(GCH, GOV, "CH"),
        ],
        [],
        [
            rel(
                "participation",
                [NO, KE, PH, ICRC, IFRC, GCH],
                event="34th International Conference of the Red Cross and Red Crescent",
                place="Geneva",
                date="2024-10-28",
            ),
            rel("agreement", [KE, NO]),
        ],
    ),
    (
        "ay04_people_posts.txt",
        "2025-02-03",
        [
            org(IFRC, MB, None, "IFRC"),
            org(GLB, GOV, "LB", "Ministry of Foreign Affairs"),
            org(LB, NS, "LB"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Hiba Hassan", "head of the country delegation for Lebanon and Syria", IFRC),
            person("Hiba Hassan", "Deputy Regional Director for the Middle East", IFRC),
            person("Youssef Rajji", "Minister of Foreign Affairs", GLB),
            person("Anthony Rizk", "President", LB),
            person("Agnès Dhur", "Head of the ICRC delegation in Beirut", ICRC),
        ],
        [
            rel("meeting", [IFRC, GLB]),
            rel("meeting", [IFRC, LB]),
            rel("meeting", [IFRC, ICRC]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
