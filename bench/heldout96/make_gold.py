"""Writes gold.json for the ninety-sixth held-out probe set: a ministerial conference with
its co-organisers and an MoU renewed on its margins, a gift between societies told with
their acronyms, and an airline teaming up with a society (written by the rcgraph
developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

GPH, UNDRR, PH = (
    "Government of the Philippines",
    "United Nations Office for Disaster Risk Reduction",
    "Philippine Red Cross",
)
ID, VN, ADPC = (
    "Indonesian Red Cross Society",
    "Vietnam Red Cross Society",
    "Asian Disaster Preparedness Center",
)
PK, JP, PDMA = (
    "Pakistan Red Crescent Society",
    "Japanese Red Cross Society",
    "Provincial Disaster Management Authority",
)
AA, US, BB, VC = (
    "American Airlines",
    "American Red Cross",
    "Barbados Red Cross Society",
    "Saint Vincent and the Grenadines Red Cross",
)
DOCS = [
    (
        "bd01_ministerial_conference.txt",
        "2024-10-17",
        [
            org(IFRC, MB, None, "IFRC"),
            org(GPH, GOV, "PH"),
            org(UNDRR, UN, None, "UNDRR"),
            org(PH, NS, "PH"),
            org(ID, NS, "ID", "Palang Merah Indonesia"),
            org(VN, NS, "VN"),
            org(ADPC, OTHER, None, "ADPC"),
        ],
        [],
        [
            rel(
                "participation",
                [IFRC, GPH, UNDRR, PH, ID, VN, ADPC],
                event="Asia-Pacific Ministerial Conference on Disaster Risk Reduction",
                place="Manila",
            ),
            rel("alliance", [GPH, UNDRR]),
            rel("agreement", [IFRC, ADPC]),
        ],
    ),
    (
        "bd02_ambiguous_acronyms.txt",
        "2024-11-05",
        [
            org(PK, NS, "PK", "PRCS"),
            org(JP, NS, "JP", "JRCS"),
            org(PDMA, GOV, "PK", "PDMA", "Provincial Disaster Management Authority (PDMA) Sindh"),
        ],
        [person("Abdul Basit Khan", "Secretary General", PK)],
        # the funded project's operation, as in heldout49 (i05): a partnership
        [
            rel("donation", [JP, PK]),
            rel("support", [JP, PK], date="2005"),
            rel("alliance", [PK, PDMA]),
        ],
    ),
    (
        "bd03_company_employee_volunteering.txt",
        "2024-07-10",
        [
            org(AA, "company", "US"),
            org(US, NS, "US"),
            org(BB, NS, "BB"),
            org(VC, NS, "VC"),
        ],
        [],
        [rel("alliance", [AA, US]), rel("support", [AA, US])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
