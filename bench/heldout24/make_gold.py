"""Writes gold.json for the twenty-fourth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, org, person, rel, write_gold  # noqa: E402

KZ, KG = "Kazakh Red Crescent", "Red Crescent Society of Kyrgyzstan"
BD, RRRC, TR = (
    "Bangladesh Red Crescent Society",
    "Refugee Relief and Repatriation Commissioner",
    "Turkish Red Crescent",
)
SD = "Sudanese Red Crescent Society"
PH, UP, ADMU = (
    "Philippine Red Cross",
    "University of the Philippines",
    "Ateneo de Manila University",
)
YE, NO = "Yemen Red Crescent Society", "Norwegian Red Cross"
DOCS = [
    (
        "i01_participial.txt",
        "2024-04-16",
        [org(KZ, NS, "KZ"), org(KG, NS, "KG"), org(IFRC, MB, None, "IFRC")],
        [],
        [rel("agreement", [KZ, KG]), rel("support", [IFRC, KZ]), rel("support", [IFRC, KG])],
    ),
    (
        "i02_on_behalf.txt",
        "2024-06-03",
        [org(BD, NS, "BD"), org(RRRC, GOV, "BD"), org(TR, NS, "TR")],
        [],
        [rel("donation", [TR, RRRC]), rel("support", [BD, RRRC]), rel("support", [TR, BD])],
    ),
    (
        "i03_appeal_launch.txt",
        None,
        [org(ICRC, MB, None, "ICRC"), org(SD, NS, "SD")],
        [],
        [rel("support", [ICRC, SD])],
    ),
    (
        "i04_two_mous.txt",
        None,
        [org(PH, NS, "PH"), org(UP, OTHER, "PH"), org(ADMU, OTHER, "PH")],
        [person("Richard Gordon", "Chairman", PH)],
        [rel("agreement", [PH, UP]), rel("agreement", [PH, ADMU])],
    ),
    (
        "i05_delegation_possessive.txt",
        "2024-01-30",
        [org(ICRC, MB, None, "ICRC"), org(YE, NS, "YE"), org(NO, NS, "NO")],
        [],
        [rel("support", [ICRC, YE]), rel("support", [NO, YE])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
