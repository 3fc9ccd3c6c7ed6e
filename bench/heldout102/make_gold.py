"""Writes gold.json for the hundred-and-second held-out probe set: a twinning anniversary
with a visit, its funder and a meeting with a minister, a private-sector collaboration
launched on the sidelines of the UN General Assembly (with its plans), and a hospital
wing handed over with standing support told after it (written by the rcgraph
developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, org, person, rel, write_gold  # noqa: E402

MW, NO, NORAD, MOH = (
    "Malawi Red Cross Society",
    "Norwegian Red Cross",
    "Norwegian Agency for Development Cooperation",
    "Ministry of Health",
)
MC, KE, GT = "Mastercard", "Kenya Red Cross Society", "Guatemalan Red Cross"
MRH, MOPH, AF = (
    "Mirwais Regional Hospital",
    "Ministry of Public Health",
    "Afghan Red Crescent Society",
)
DOCS = [
    (
        "bf01_twinning.txt",
        "2024-06-06",
        [
            org(MW, NS, "MW", "Malawi Red Cross"),
            org(NO, NS, "NO"),
            org(NORAD, GOV, "NO", "Norad"),
            org(MOH, GOV, "MW"),
        ],
        [
            person("Anne Bergh", "Secretary General", NO),
            person("McBain Kanongodza", "Secretary General", MW),
            person("Khumbize Kandodo Chiponda", "Minister of Health", MOH),
        ],
        [
            rel("alliance", [MW, NO]),
            rel("meeting", [NO, MW]),
            rel("support", [NO, MW]),
            rel("support", [NORAD, NO]),
            rel("meeting", [NO, MW, MOH]),
        ],
    ),
    (
        "bf02_ifrc_private_sector.txt",
        "2024-09-24",
        [
            org(IFRC, MB, None, "IFRC"),
            org(MC, "company", "US"),
            org(KE, NS, "KE"),
            org(GT, NS, "GT"),
        ],
        [person("Caroline Holt", "Global Director of Operations", IFRC)],
        [
            rel("alliance", [IFRC, MC]),
            # the terms of the collaboration announced: firm commitments
            rel("support", [MC, IFRC]),
            rel("support", [IFRC, KE]),
            rel("support", [IFRC, GT]),
            rel(
                "participation",
                [IFRC, MC],
                event="United Nations General Assembly",
                place="New York",
            ),
        ],
    ),
    (
        "bf03_hospital_handover.txt",
        "2025-03-11",
        [
            org(ICRC, MB, None, "ICRC"),
            org(MRH, OTHER, "AF"),
            org(MOPH, GOV, "AF"),
            org(AF, NS, "AF"),
        ],
        [person("Eloi Fillion", "head of delegation in Afghanistan", ICRC)],
        [
            rel("donation", [ICRC, MOPH]),
            rel("support", [ICRC, MRH]),
            rel("support", [ICRC, AF]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
