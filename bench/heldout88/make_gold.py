"""Writes gold.json for the eighty-eighth held-out probe set: an MoU told in the passive
with a university, an ERU deployed with its carrier, surgeons and funder, a charity
partnership told with "the charity", and an article of appeals, hopes and invitations
that holds no relationship (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NGO, NS, OTHER, org, person, rel, write_gold  # noqa: E402

LK, UOP = "Sri Lanka Red Cross Society", "University of Peradeniya"
NO, SY, FI = "Norwegian Red Cross", "Syrian Arab Red Crescent", "Finnish Red Cross"
MFA = "Norwegian Ministry of Foreign Affairs"
GB, BAR, NLCF = "British Red Cross", "Barnardo's Cymru", "National Lottery Community Fund"
ML, NE, BF = "Mali Red Cross", "Red Cross Society of Niger", "Burkina Faso Red Cross Society"
DOCS = [
    (
        "av01_mou_passive.txt",
        "2025-04-04",
        [org(LK, NS, "LK", "Sri Lanka Red Cross"), org(UOP, OTHER, "LK")],
        [
            person("Mahesh Gunasekara", "Director General", LK),
            person("M. D. Lamawansa", "Vice-Chancellor", UOP),
        ],
        [
            rel(
                "agreement",
                [LK, UOP],
                signatories=["Mahesh Gunasekara", "M. D. Lamawansa"],
                date="2025-04-03",
            )
        ],
    ),
    (
        "av02_eru_deployment.txt",
        "2025-02-20",
        [
            org(NO, NS, "NO"),
            org(SY, NS, "SY", "SARC"),
            org(IFRC, MB, None, "IFRC"),
            org(FI, NS, "FI"),
            org(MFA, GOV, "NO"),
        ],
        [person("Anne Bergh", "Secretary General", NO)],
        [
            rel("support", [NO, SY]),
            rel("support", [IFRC, NO]),
            rel("support", [FI, NO]),
            rel("support", [MFA, NO]),
        ],
    ),
    (
        "av03_charity_pronouns.txt",
        "2025-01-17",
        [org(GB, NS, "GB"), org(BAR, NGO, "GB", "Barnardo's"), org(NLCF, OTHER, "GB")],
        [person("Sarah Crowther", "Director", BAR)],
        [
            rel("alliance", [GB, BAR]),
            rel("support", [BAR, GB]),
            rel("support", [NLCF, GB, BAR]),
        ],
    ),
    (
        "av04_not_relations.txt",
        "2024-10-03",
        [
            org(IFRC, MB, None, "IFRC"),
            org(ML, NS, "ML"),
            org(NE, NS, "NE"),
            org(BF, NS, "BF"),
        ],
        [],
        [],
    ),
]

write_gold(DOCS, Path(__file__).parent)
