"""Writes gold.json for the twenty-first held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, UN, org, person, rel, write_gold  # noqa: E402

BD, DNCC, UNDP, DK = (
    "Bangladesh Red Crescent Society",
    "Dhaka North City Corporation",
    "United Nations Development Programme",
    "Danish Red Cross",
)
MY, MBK = "Malaysian Red Crescent Society", "Maybank"
PK = "Pakistan Red Crescent Society"
BF, LU = "Burkinabe Red Cross Society", "Luxembourg Red Cross"
UL, ZU, AKDN = "Unilever", "Zurich Insurance Group", "Aga Khan Development Network"
DOCS = [
    (
        "f01_bullets.txt",
        "2024-11-11",
        [org(BD, NS, "BD"), org(DNCC, GOV, "BD"), org(UNDP, UN, None, "UNDP"), org(DK, NS, "DK")],
        [],
        [rel("agreement", [BD, DNCC, UNDP, DK], place="Dhaka")],
    ),
    (
        "f02_cheque.txt",
        None,
        [org(MBK, "company", "MY"), org(MY, NS, "MY")],
        [
            person("Sarjit Singh Gill", "Chairman", MY),
            person("Khairussaleh Ramli", "Group Chief Executive Officer", MBK),
        ],
        [rel("donation", [MBK, MY])],
    ),
    (
        "f03_joint_assessment.txt",
        "2022-09-02",
        [org(PK, NS, "PK"), org(IFRC, MB, None, "IFRC"), org(ICRC, MB, None, "ICRC")],
        [],
        [rel("mission", [PK, IFRC, ICRC], place="Sindh")],
    ),
    (
        "f04_translated.txt",
        "2024-05-07",
        [org(BF, NS, "BF"), org(LU, NS, "LU")],
        [
            person("Lassané Kaboré", "President", BF),
            person("Michel Simonis", "Director General", LU),
        ],
        [
            rel("agreement", [BF, LU], ["Lassané Kaboré", "Michel Simonis"], place="Ouagadougou"),
            rel("support", [LU, BF]),
        ],
    ),
    (
        "f05_global_alliance.txt",
        "2024-01-17",
        [
            org(IFRC, MB, None, "IFRC"),
            org(UL, "company"),
            org(ZU, "company"),
            org(AKDN, NGO),
        ],
        [person("Jagan Chapagain", "Secretary General", IFRC)],
        [rel("alliance", [IFRC, UL, ZU, AKDN])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
