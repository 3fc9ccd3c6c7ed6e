"""Writes gold.json for the ninety-fourth held-out probe set: an appeal update with its
contributors, a secondment and a gift, a foundation's renewed partnership with a society,
and a medical team sent with a contribution to an appeal (written by the rcgraph
developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NGO, NS, OTHER, org, person, rel, write_gold  # noqa: E402

MA, US, GB, CA, JP = (
    "Moroccan Red Crescent",
    "American Red Cross",
    "British Red Cross",
    "Canadian Red Cross",
    "Japanese Red Cross Society",
)
MC, ES, QA, MOI = (
    "Government of Monaco",
    "Spanish Red Cross",
    "Qatar Red Crescent Society",
    "Moroccan Ministry of the Interior",
)
HILTI, PH, UPD = (
    "Hilti Foundation",
    "Philippine Red Cross",
    "University of the Philippines Diliman",
)
MM = "Myanmar Red Cross Society"
DOCS = [
    (
        "bb01_appeal_update.txt",
        "2024-03-08",
        [
            org(MA, NS, "MA"),
            org(IFRC, MB, None, "IFRC"),
            org(US, NS, "US"),
            org(GB, NS, "GB"),
            org(CA, NS, "CA"),
            org(JP, NS, "JP"),
            org(MC, GOV, "MC"),
            org(ES, NS, "ES"),
            org(QA, NS, "QA"),
            org(MOI, GOV, "MA", "Ministry of the Interior"),
        ],
        [],
        [
            rel("support", [IFRC, MA]),
            rel("support", [US, IFRC]),
            rel("support", [GB, IFRC]),
            rel("support", [CA, IFRC]),
            rel("support", [JP, IFRC]),
            rel("support", [MC, IFRC]),
            rel("support", [ES, MA]),
            rel("donation", [QA, MA]),
        ],
    ),
    (
        "bb02_company_partnership_renewed.txt",
        "2024-07-25",
        [
            org(HILTI, NGO, "LI"),
            org(PH, NS, "PH", "PRC"),
            org(UPD, OTHER, "PH"),
        ],
        [
            person("Christine Rhomberg", "Managing Director", HILTI),
            person("Richard Gordon", "Chairman and CEO", PH),
        ],
        [
            rel("agreement", [HILTI, PH], date="2024-07-24"),
            rel("support", [HILTI, PH], date="2018"),
        ],
    ),
    (
        "bb03_mission_to_country.txt",
        "2025-04-02",
        [org(JP, NS, "JP"), org(MM, NS, "MM"), org(IFRC, MB, None, "IFRC")],
        [],
        [rel("support", [JP, MM]), rel("support", [JP, IFRC])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
