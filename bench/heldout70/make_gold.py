"""Writes gold.json for the seventieth held-out probe set: conference participants named
by their countries ("including those of Georgia, …"), a forum that "brought together" its
participants (and observers, who attend too), societies "represented at" a meeting
by their officers (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import ICRC, IFRC, MB, NS, OTHER, org, person, rel, write_gold  # noqa: E402

AZ, GE, AM, TR, KZ = (
    "Red Crescent Society of Azerbaijan",
    "Georgia Red Cross Society",
    "Armenian Red Cross Society",
    "Turkish Red Crescent Society",
    "Red Crescent Society of the Republic of Kazakhstan",
)
LAS, EG, JO, LY = (
    "League of Arab States",
    "Egyptian Red Crescent",
    "Jordan National Red Crescent Society",
    "Libyan Red Crescent",
)
SB, TO = "Solomon Islands Red Cross", "Tonga Red Cross Society"
DOCS = [
    (
        "ad01_including_those_of.txt",
        "2024-10-22",
        [
            org(AZ, NS, "AZ"),
            org(GE, NS, "GE"),
            org(AM, NS, "AM"),
            org(TR, NS, "TR"),
            org(KZ, NS, "KZ"),
        ],
        [],
        [
            rel(
                "participation",
                [AZ, GE, AM, TR, KZ],
                event="11th European Regional Conference of the Red Cross and Red Crescent",
                place="Baku, Azerbaijan",
                date="2024-10-22",
            )
        ],
    ),
    (
        "ad02_brought_together.txt",
        "2025-05-07",
        [
            org(LAS, OTHER, None),
            org(EG, NS, "EG", "Egyptian Red Crescent Society"),
            org(JO, NS, "JO"),
            org(LY, NS, "LY"),
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [],
        [
            rel(
                "participation",
                [LAS, EG, JO, LY, ICRC, IFRC],  # observers attend too (as in heldout, heldout26)
                event="Arab Humanitarian Diplomacy Forum",
                place="Cairo, Egypt",
            )
        ],
    ),
    (
        "ad03_represented_by.txt",
        "2024-08-30",
        [org(SB, NS, "SB", "Solomon Islands Red Cross Society"), org(TO, NS, "TO")],
        [person("Clement Manuri", "Secretary General", SB), person("Sione Taufa", "President", TO)],
        [
            rel(
                "participation",
                [SB, TO],
                event="Pacific Islands Forum Leaders Meeting",
                place="Honiara, Solomon Islands",
            )
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
