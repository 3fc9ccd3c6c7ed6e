"""Writes gold.json for the fifty-sixth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, org, person, rel, write_gold  # noqa: E402

QA, SO = "Qatar Red Crescent Society", "Somali Red Crescent Society"
IKEA, BD, DE = "IKEA Foundation", "Bangladesh Red Crescent Society", "German Red Cross"
CC = "Red Cross Red Crescent Climate Centre"
MOH, AM = "Ministry of Health of Armenia", "Armenian Red Cross Society"
HT, MDM, CARE, OX, WV = "Haitian Red Cross", "Médecins du Monde", "CARE", "Oxfam", "World Vision"
FI, UA, EU = "Finnish Red Cross", "Ukrainian Red Cross Society", "European Union"
PH = "Philippine Red Cross"
DOCS = [
    (
        "p01_received_by_its_president.txt",
        "2025-03-09",
        [org(QA, NS, "QA", "QRCS"), org(SO, NS, "SO")],
        [person("Abdirahman Ali Warsame", "President", SO)],
        [rel("meeting", [QA, SO], place="Mogadishu, Somalia", date="2025-03-09")],
    ),
    (
        "p02_a_grant_will_allow.txt",
        "2024-05-28",
        [
            org(IKEA, NGO, None),
            org(BD, NS, "BD"),
            org(DE, NS, "DE"),
            org(CC, MB, None, "Climate Centre"),
        ],
        [],
        [rel("donation", [IKEA, BD]), rel("support", [DE, BD]), rel("support", [CC, BD])],
    ),
    (
        "p03_inked_a_protocol.txt",
        "2024-07-03",
        [org(MOH, GOV, "AM", "Ministry of Health"), org(AM, NS, "AM")],
        [
            person("Lilit Hakobyan", "Secretary General", AM),
            person("Gohar Sargsyan", "Deputy Minister of Health", MOH),
        ],
        [rel("agreement", [MOH, AM], ["Lilit Hakobyan", "Gohar Sargsyan"], date="2024-07-03")],
    ),
    (
        "p04_consortium_dashes.txt",
        "2025-01-17",
        [
            org(HT, NS, "HT", "Haitian National Red Cross Society"),
            org(MDM, NGO, None),
            org(CARE, NGO, None, "CARE International"),
            org(OX, NGO, None),
            org(WV, NGO, None),
        ],
        [],
        [rel("alliance", [HT, MDM, CARE, OX, WV])],
    ),
    (
        "p05_part_of_a_shipment.txt",
        "2024-11-11",
        [org(FI, NS, "FI"), org(UA, NS, "UA"), org(EU, GOV, None)],
        [],
        [
            rel("donation", [FI, UA], place="Lviv, Ukraine", date="2024-11-11"),
            rel("support", [EU, FI]),
        ],
    ),
    (
        "p06_addressed_the_opening.txt",
        "2024-10-14",
        [org(PH, NS, "PH"), org(IFRC, MB, None, "IFRC"), org(ICRC, MB, None, "ICRC")],
        [person("Maria Santos", "President", PH)],
        [
            rel(
                "participation",
                [PH, IFRC, ICRC],
                event="Asia-Pacific Ministerial Conference on Disaster Risk Reduction",
                place="Manila, Philippines",
                date="2024-10-14",
            )
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
