"""Writes gold.json for the fifty-third held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, org, person, rel, write_gold  # noqa: E402

NG, GB, CA = "Nigerian Red Cross Society", "British Red Cross", "Canadian Red Cross"
ROT, TO = "Rotary Club of Nuku'alofa", "Tonga Red Cross Society"
VN, KR = "Viet Nam Red Cross Society", "Korean Red Cross"
UA = "Ukrainian Red Cross Society"
UG, UPF = "Uganda Red Cross Society", "Uganda Police Force"
SI = "Slovenian Red Cross"
DOCS = [
    (
        "m01_parenthesised_partners.txt",
        "2024-10-20",
        [org(NG, NS, "NG"), org(GB, NS, "GB"), org(CA, NS, "CA"), org(IFRC, MB, None, "IFRC")],
        [],
        [rel("support", [GB, NG]), rel("support", [CA, NG]), rel("support", [IFRC, NG])],
    ),
    (
        "m02_humanitarian_arm.txt",
        "2024-07-09",
        [org(ROT, NGO, "TO"), org(TO, NS, "TO")],
        [
            person("Sione Taumoefolau", "Secretary General", TO),
            person("Mele Vaipulu", "President", ROT),
        ],
        [rel("donation", [ROT, TO])],
    ),
    (
        "m03_received_money.txt",
        "2024-09-19",
        [org(VN, NS, "VN"), org(KR, NS, "KR")],
        [],
        [rel("donation", [KR, VN])],
    ),
    (
        "m04_working_together_since.txt",
        "2024-08-30",
        [org(ICRC, MB, None, "ICRC"), org(UA, NS, "UA")],
        [],
        [rel("alliance", [ICRC, UA])],
    ),
    (
        "m05_between_passive.txt",
        "2024-06-05",
        [org(UG, NS, "UG"), org(UPF, GOV, "UG")],
        [],
        [rel("agreement", [UG, UPF], date="2024-06-05")],
    ),
    (
        "m06_honorary_member.txt",
        "2024-05-08",
        [org(SI, NS, "SI")],
        [person("Janez Pogačnik", "Former President", SI)],
        [rel("participation", [SI], event="General Assembly")],
    ),
]

write_gold(DOCS, Path(__file__).parent)
