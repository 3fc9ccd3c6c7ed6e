"""Writes gold.json for the sixty-first held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

BH, RMS, BAPCO = (
    "Bahrain Red Crescent Society",
    "Bahrain Defence Force Royal Medical Services",
    "Bapco Energies",
)
ECHO, KG, DE = (
    "European Union's humanitarian aid department",
    "Red Crescent Society of Kyrgyzstan",
    "German Red Cross",
)
GH = "Ghana Red Cross Society"
ET, AU, UNICEF = "Ethiopian Red Cross Society", "African Union", "UNICEF"
LK, UNFPA = "Sri Lanka Red Cross Society", "UNFPA"
PK, PHF, IR, AKAH = (
    "Pakistan Red Crescent Society",
    "Pakistan Humanitarian Forum",
    "Islamic Relief",
    "Aga Khan Agency for Habitat",
)
DOCS = [
    (
        "u01_two_memoranda_respectively.txt",
        "2025-01-09",
        [org(BH, NS, "BH"), org(RMS, GOV, "BH"), org(BAPCO, "company", "BH")],
        [],
        [
            rel("agreement", [BH, RMS], date="2025-01-09"),
            rel("agreement", [BH, BAPCO], date="2025-01-09"),
        ],
    ),
    (
        "u02_funded_by_at_start.txt",
        "2024-05-05",
        [org(ECHO, GOV, None, "ECHO", "European Union"), org(KG, NS, "KG"), org(DE, NS, "DE")],
        [],
        [rel("support", [ECHO, KG]), rel("support", [DE, KG])],
    ),
    (
        "u03_sworn_in_as.txt",
        "2025-03-17",
        [org(GH, NS, "GH"), org(IFRC, MB, None, "IFRC")],
        [
            person("Kwame Mensah", "President", GH),
            person("Ama Owusu", "Vice-President", GH),
            person("Yaw Boateng", "Secretary General", GH),
            person("Esi Asante", "Head of Delegation", IFRC),
        ],
        [],
    ),
    (
        "u04_visit_met_several.txt",
        "2024-09-26",
        [
            org(IFRC, MB, None, "IFRC"),
            org(ET, NS, "ET"),
            org(AU, OTHER, None),
            org(UNICEF, UN, None),
        ],
        [person("Farida Nkosi", "Regional Director for Africa", IFRC)],
        [
            rel("meeting", [IFRC, ET], place="Addis Ababa, Ethiopia"),
            rel("meeting", [IFRC, AU], place="Addis Ababa, Ethiopia"),
            rel("meeting", [IFRC, UNICEF], place="Addis Ababa, Ethiopia"),
        ],
    ),
    (
        "u05_consignment_worth.txt",
        "2024-11-12",
        [org(LK, NS, "LK"), org(UNFPA, UN, None)],
        [],
        [rel("donation", [UNFPA, LK])],
    ),
    (
        "u06_member_and_co_leads.txt",
        "2024-08-02",
        [org(PK, NS, "PK"), org(PHF, OTHER, "PK"), org(IR, NGO, None), org(AKAH, NGO, None)],
        [],
        [rel("alliance", [PK, PHF]), rel("alliance", [PK, IR, AKAH])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
