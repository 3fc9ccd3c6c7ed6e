"""Writes gold.json for the ninetieth held-out probe set: wire copy of a consignment handed
over by an ambassador, three agreements told in one sentence at a forum, and a training
with a hand-over (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

PK, TR, GTR, WFP = (
    "Pakistan Red Crescent Society",
    "Turkish Red Crescent",
    "Government of Türkiye",
    "World Food Programme",
)
SA, KS, SEC, MOE = (
    "Saudi Red Crescent Authority",
    "King Salman Humanitarian Aid and Relief Centre",
    "Saudi Electricity Company",
    "Ministry of Education",
)
KW, BH = "Kuwait Red Crescent Society", "Bahrain Red Crescent Society"
LY, MOH = "Libyan Red Crescent", "Libyan Ministry of Health"
DOCS = [
    (
        "ax01_wire_copy.txt",
        None,
        [
            org(PK, NS, "PK", "PRCS"),
            org(TR, NS, "TR"),
            org(GTR, GOV, "TR", "Turkiye", "Türkiye"),
            org(WFP, UN, None),
        ],
        [
            person("Irfan Neziroglu", "Ambassador", GTR),
            person("Sardar Shah Nawaz Khan", "Chairman", PK),
        ],
        [
            rel("donation", [TR, PK]),
            rel("support", [GTR, PK]),
            rel("support", [WFP, PK]),
        ],
    ),
    (
        "ax02_multi_agreements.txt",
        "2025-02-25",
        [
            org(SA, NS, "SA", "SRCA", "Saudi Red Crescent"),
            org(KS, GOV, "SA", "KSrelief"),
            org(SEC, "company", "SA"),
            org(MOE, GOV, "SA"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(KW, NS, "KW"),
            org(BH, NS, "BH"),
        ],
        [person("Jalal bin Mohammed Al-Owaisi", "President", SA)],
        [
            rel("agreement", [SA, KS]),
            rel("agreement", [SA, SEC]),
            rel("agreement", [SA, MOE]),
            rel(
                "participation",
                [SA, KS, SEC, MOE, IFRC, ICRC, KW, BH],
                event="Riyadh International Humanitarian Forum",
                place="Riyadh",
            ),
        ],
    ),
    (
        "ax03_training_trained.txt",
        "2024-11-05",
        [
            org(ICRC, MB, None, "ICRC"),
            org(LY, NS, "LY"),
            org(MOH, GOV, "LY", "Ministry of Health"),
        ],
        [person("Leila Blacking", "head of the ICRC delegation in Libya", ICRC)],
        [
            rel("support", [ICRC, LY]),
            rel("donation", [ICRC, LY]),
            rel("alliance", [ICRC, MOH]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
