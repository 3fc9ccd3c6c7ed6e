"""Writes gold.json for the ninety-seventh held-out probe set: a society's own blog in the
first person, a government media release with a channel agency, and a UN agency's field
agreement with two Movement supporters in a relative clause (written by the rcgraph
developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

EE, TT, MOER, FI = (
    "Estonian Red Cross",
    "Tallinn University of Technology",
    "Estonian Ministry of Education and Research",
    "Finnish Red Cross",
)
GAU, AU, NEMA = (
    "Government of Australia",
    "Australian Red Cross",
    "National Emergency Management Agency",
)
WFP, SD = "World Food Programme", "Sudanese Red Crescent Society"
DOCS = [
    (
        "be01_first_person_blog.txt",
        "2025-03-03",
        [
            org(EE, NS, "EE"),
            org(TT, OTHER, "EE", "TalTech"),
            org(MOER, GOV, "EE"),
            org(FI, NS, "FI"),
        ],
        [person("Kristi Kuusk", "Secretary General", EE)],
        [
            rel("alliance", [EE, TT]),
            rel("support", [MOER, EE, TT]),
            rel("support", [FI, EE]),
        ],
    ),
    (
        "be02_government_release.txt",
        "2025-02-14",
        [org(GAU, GOV, "AU"), org(AU, NS, "AU", "Red Cross"), org(NEMA, GOV, "AU", "NEMA")],
        [
            person("Jenny McAllister", "Minister for Emergency Management", GAU),
            person("Andrew Colvin", "CEO", AU),
        ],
        [rel("support", [GAU, AU]), rel("support", [NEMA, AU])],
    ),
    (
        "be03_wfp_fla.txt",
        "2025-05-19",
        [
            org(WFP, UN, None, "WFP"),
            org(SD, NS, "SD", "SRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Laurent Bukera", "Country Director", WFP),
            person("Aida Al-Sayed Abdullah", "Secretary General", SD),
        ],
        [
            rel(
                "agreement",
                [WFP, SD],
                signatories=["Laurent Bukera", "Aida Al-Sayed Abdullah"],
            ),
            rel("support", [IFRC, SD]),
            rel("support", [ICRC, SD]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
