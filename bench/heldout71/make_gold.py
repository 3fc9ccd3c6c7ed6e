"""Writes gold.json for the seventy-first held-out probe set: "X's implementing partner",
"which is funded by", a forum "co-hosted by" two bodies, an appointment and a former post
(written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

SO, UNICEF = "Somali Red Crescent Society", "UNICEF"
SIDA, ET = "Swedish International Development Cooperation Agency", "Ethiopian Red Cross Society"
JM, CDEMA = "Jamaica Red Cross", "Caribbean Disaster Emergency Management Agency"
TT, BB = "Trinidad and Tobago Red Cross Society", "Barbados Red Cross Society"
DK = "Danish Red Cross"
DOCS = [
    (
        "ae01_implementing_partner.txt",
        "2024-06-19",
        [org(SO, NS, "SO"), org(UNICEF, UN, None)],
        [],
        [rel("alliance", [SO, UNICEF])],
    ),
    (
        "ae02_which_is_funded_by.txt",
        "2024-10-02",
        [org(SIDA, GOV, "SE", "Sida"), org(ET, NS, "ET")],
        [],
        [rel("support", [SIDA, ET])],
    ),
    (
        "ae03_co_hosted.txt",
        "2025-04-11",
        [
            org(JM, NS, "JM", "Jamaican Red Cross"),
            org(CDEMA, OTHER, None, "CDEMA"),
            org(TT, NS, "TT"),
            org(BB, NS, "BB"),
        ],
        [],
        [
            rel("alliance", [JM, CDEMA]),
            rel(
                "participation",
                [JM, CDEMA, TT, BB],
                event="Caribbean Disaster Preparedness Forum",
                place="Kingston, Jamaica",
                date="2025-04-08",
            ),
        ],
    ),
    (
        "ae04_appointed_its_new.txt",
        "2025-01-08",
        [org(IFRC, MB, None, "IFRC"), org(DK, NS, "DK")],
        [
            person("Birgitte Lund", "Regional Director for Europe", IFRC),
            person("Birgitte Lund", "Secretary General", DK),
        ],
        [],
    ),
]

write_gold(DOCS, Path(__file__).parent)
