"""Writes gold.json for the thirty-first held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, org, person, rel, write_gold  # noqa: E402

TR, AZ = "Turkish Red Crescent", "Azerbaijan Red Crescent Society"
LB, NO, DK = "Lebanese Red Cross", "Norwegian Red Cross", "Danish Red Cross"
ECHO, CA = "European Civil Protection and Humanitarian Aid Operations", "Government of Canada"
ERC, MCE = "Emirates Red Crescent", "Ministry of Community Empowerment"
FR, MDM = "French Red Cross", "Médecins du Monde"
AFD, ARS = "French Development Agency", "Mayotte Regional Health Agency"
MW, GMW = "Malawi Red Cross Society", "Government of Malawi"
SAM, KR = "Samsung Electronics", "Korean Red Cross"
DOCS = [
    (
        "p01_kizilay_protocol.txt",
        "2024-09-20",
        [org(TR, NS, "TR", "Türk Kızılay"), org(AZ, NS, "AZ")],
        [
            person("Selin Aydın", "President", TR),
            person("Novruz Aslanov", "President", AZ),
        ],
        [
            rel("agreement", [TR, AZ], ["Selin Aydın", "Novruz Aslanov"], place="Ankara"),
            rel("support", [TR, AZ]),
        ],
    ),
    (
        "p02_operation_update.txt",
        None,
        [
            org(LB, NS, "LB"),
            org(ICRC, MB, None, "ICRC"),
            org(NO, NS, "NO"),
            org(DK, NS, "DK"),
            org(ECHO, GOV, None, "ECHO"),
            org(CA, GOV, "CA"),
        ],
        [],
        [
            rel("alliance", [LB, ICRC]),
            rel("alliance", [LB, NO]),
            rel("alliance", [LB, DK]),
            rel("support", [ECHO, LB]),
            rel("support", [CA, LB]),
        ],
    ),
    (
        "p03_wam_mou.txt",
        "2024-06-03",
        [org(ERC, NS, "AE", "ERC"), org(MCE, GOV, "AE")],
        [
            person("Rashid Al Shamsi", "Secretary-General", ERC),
            person("Fatima Al Suwaidi", "Assistant Under-Secretary", MCE),
        ],
        [rel("agreement", [ERC, MCE], ["Rashid Al Shamsi", "Fatima Al Suwaidi"])],
    ),
    (
        "p04_mobile_clinics.txt",
        "2025-02-10",
        [org(FR, NS, "FR"), org(MDM, NGO, "FR"), org(AFD, GOV, "FR", "AFD"), org(ARS, GOV, "FR")],
        [],
        [
            rel("alliance", [FR, MDM]),
            rel("support", [AFD, FR]),
            rel("support", [AFD, MDM]),
            rel("support", [ARS, FR]),
            rel("support", [ARS, MDM]),
        ],
    ),
    (
        "p05_president_meeting.txt",
        "2024-03-28",
        [org(IFRC, MB, None, "IFRC"), org(GMW, GOV, "MW"), org(MW, NS, "MW")],
        [
            person("Anna Keller", "Secretary General", IFRC),
            person("John Phiri", "President", GMW),
        ],
        [
            rel("meeting", [IFRC, GMW], place="Lilongwe"),
            rel("meeting", [IFRC, MW], place="Blantyre"),
        ],
    ),
    (
        "p06_samsung.txt",
        None,
        [org(SAM, "company", "KR"), org(KR, NS, "KR")],
        [person("Lee Jae-won", "Vice Chairman", SAM)],
        [rel("donation", [SAM, KR])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
