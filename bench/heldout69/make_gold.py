"""Writes gold.json for the sixty-ninth held-out probe set: a ministry's funding agreements
with three bodies, a diocese's gift, agreements that "commit" a fund, a visit with two
stops (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, org, person, rel, write_gold  # noqa: E402

MFA, NL = "Ministry of Foreign Affairs of the Netherlands", "Netherlands Red Cross"
DIO, MW = "Catholic Diocese of Mzuzu", "Malawi Red Cross Society"
QFFD, QA = "Qatar Fund for Development", "Qatar Red Crescent Society"
CA, HT, DO = "Canadian Red Cross Society", "Haitian Red Cross", "Dominican Red Cross"
DOCS = [
    (
        "ac01_funding_agreements_with.txt",
        "2025-02-03",
        [
            org(MFA, GOV, "NL"),
            org(NL, NS, "NL"),
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [],
        [
            rel("agreement", [MFA, NL]),
            rel("agreement", [MFA, ICRC]),
            rel("agreement", [MFA, IFRC]),
        ],
    ),
    (
        "ac02_diocese_maize.txt",
        "2024-03-12",
        [org(DIO, OTHER, "MW"), org(MW, NS, "MW")],
        [],
        [rel("donation", [DIO, MW], date="2024-03-12")],
    ),
    (
        "ac03_commit_the_fund.txt",
        "2025-05-20",
        [org(QFFD, GOV, "QA", "QFFD"), org(QA, NS, "QA")],
        [],
        [rel("agreement", [QFFD, QA], date="2025-05-19"), rel("support", [QFFD, QA])],
    ),
    (
        "ac04_visit_two_stops.txt",
        "2025-02-28",
        [org(CA, NS, "CA", "Canadian Red Cross"), org(HT, NS, "HT"), org(DO, NS, "DO")],
        [person("Marie Tremblay", "CEO", CA)],
        [
            rel("meeting", [CA, HT], place="Port-au-Prince, Haiti"),
            rel("meeting", [CA, DO], place="Santo Domingo, Dominican Republic"),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
