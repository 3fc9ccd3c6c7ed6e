"""Writes gold.json for the sixty-fifth held-out probe set: two long articles with several
relationships each, as real reports are (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NS, org, person, rel, write_gold  # noqa: E402

DE, UA = "German Red Cross", "Ukrainian Red Cross Society"
MOH, FFO = "Ministry of Health of Ukraine", "German Federal Foreign Office"
MY, TH, SG, TL, AU = (
    "Malaysian Red Crescent Society",
    "Thai Red Cross Society",
    "Singapore Red Cross Society",
    "Timor-Leste Red Cross Society",
    "Australian Red Cross",
)
DOCS = [
    (
        "y01_visit_long.txt",
        "2024-09-12",
        [
            org(DE, NS, "DE"),
            org(UA, NS, "UA"),
            org(MOH, GOV, "UA", "Ministry of Health"),
            org(FFO, GOV, "DE", "Federal Foreign Office"),
        ],
        [
            person("Petra Hoffmann", "President", DE),
            person("Maksym Dotsenko", "President", UA),
            person("Viktor Liashko", "Minister of Health", MOH),
        ],
        [
            rel("meeting", [DE, UA], place="Kyiv, Ukraine"),
            rel("agreement", [DE, UA], ["Petra Hoffmann", "Maksym Dotsenko"]),
            rel("meeting", [DE, MOH]),
            rel("support", [DE, UA]),
            rel("support", [FFO, DE]),
        ],
    ),
    (
        "y02_conference_long.txt",
        "2024-11-30",
        [
            org(MY, NS, "MY"),
            org(TH, NS, "TH"),
            org(SG, NS, "SG", "Singapore Red Cross"),
            org(TL, NS, "TL", "Red Cross Society of Timor-Leste"),
            org(IFRC, MB, None, "IFRC"),
            org(AU, NS, "AU"),
        ],
        [person("Ravi Kumar", "Head of Delegation", IFRC)],
        [
            rel(
                "participation",
                [MY, TH, SG, TL],
                event="Asia Pacific Youth Forum",
                place="Kuala Lumpur, Malaysia",
                date="2024-11-27",
            ),
            rel("support", [IFRC, MY]),
            rel("support", [AU, MY]),
            rel("agreement", [MY, SG], date="2024-11-29"),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
