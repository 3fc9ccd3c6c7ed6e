"""Writes gold.json for the thirty-ninth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, org, person, rel, write_gold  # noqa: E402

MFA, NORC, NCA, NRC, SCN = (
    "Norwegian Ministry of Foreign Affairs",
    "Norwegian Red Cross",
    "Norwegian Church Aid",
    "Norwegian Refugee Council",
    "Save the Children Norway",
)
JO, IQ = "Jordan National Red Crescent Society", "Iraqi Red Crescent Society"
LB, CC, SY, PS = (
    "Lebanese Red Cross",
    "Red Cross Red Crescent Climate Centre",
    "Syrian Arab Red Crescent",
    "Palestine Red Crescent Society",
)
PH, UPD = "Philippine Red Cross", "University of the Philippines Diliman"
SD = "Sudanese Red Crescent Society"
JP, TJ = "Government of Japan", "Red Crescent Society of Tajikistan"
DOCS = [
    (
        "y01_ministry_framework.txt",
        "2025-01-22",
        [
            org(MFA, GOV, "NO", "Ministry of Foreign Affairs"),
            org(NORC, NS, "NO"),
            org(NCA, NGO, "NO"),
            org(NRC, NGO, "NO"),
            org(SCN, NGO, "NO"),
        ],
        [
            person("Eivind Vad Petersson", "State Secretary", MFA),
            person("Anne Bergh", "Secretary General", NORC),
        ],
        [
            rel("agreement", [MFA, NORC], ["Eivind Vad Petersson"], place="Oslo"),
            rel("agreement", [MFA, NCA], ["Eivind Vad Petersson"], place="Oslo"),
            rel("agreement", [MFA, NRC], ["Eivind Vad Petersson"], place="Oslo"),
            rel("agreement", [MFA, SCN], ["Eivind Vad Petersson"], place="Oslo"),
        ],
    ),
    (
        "y02_jordan_delegation.txt",
        "2024-11-11",
        [org(JO, NS, "JO"), org(IQ, NS, "IQ")],
        [
            person("Mohammad Al-Hadid", "President", JO),
            person("Yassin Ahmed Abbas", "Secretary General", IQ),
            person("Falah Hassan", "Director of Relief", IQ),
            person("Sara Kamal", "Head of International Relations", IQ),
        ],
        [rel("meeting", [JO, IQ], place="Amman", date="2024-11-11")],
    ),
    (
        "y03_levant_workshop.txt",
        "2024-07-08",
        [
            org(LB, NS, "LB"),
            org(IFRC, MB, None, "IFRC"),
            org(CC, MB, None, "Climate Centre"),
            org(JO, NS, "JO"),
            org(SY, NS, "SY"),
            org(IQ, NS, "IQ"),
            org(PS, NS, "PS"),
        ],
        [],
        [
            # an unnamed workshop is a meeting of its participants, as in heldout19 and 35
            rel("meeting", [LB, JO, SY, IQ, PS], place="Beirut", date="2024-07-08"),
            rel("support", [IFRC, LB]),
            rel("support", [CC, LB]),
        ],
    ),
    (
        "y04_university_mou.txt",
        "2024-04-03",
        [org(PH, NS, "PH", "PRC"), org(UPD, OTHER, "PH", "UP Diliman")],
        [
            person("Richard J. Gordon", "Chairman and CEO", PH),
            person("Edgardo Carlo Vistan II", "Chancellor", UPD),
        ],
        [
            rel(
                "agreement",
                [PH, UPD],
                ["Richard J. Gordon", "Edgardo Carlo Vistan II"],
                place="Mandaluyong City",
                date="2024-04-03",
            )
        ],
    ),
    (
        "y05_joint_statement.txt",
        "2024-04-15",
        [org(ICRC, MB, None, "ICRC"), org(IFRC, MB, None, "IFRC"), org(SD, NS, "SD")],
        [person("Aida Alsayed Sanad", "Secretary General", SD)],
        [],
    ),
    (
        "y06_embassy_grant.txt",
        "2024-12-19",
        [org(JP, GOV, "JP", "Japan", "Embassy of Japan"), org(TJ, NS, "TJ")],
        [
            person("Kenji Sato", "Ambassador", JP),
            person("Kurbonali Olimzoda", "Chairperson", TJ),
        ],
        [
            rel("agreement", [JP, TJ], ["Kenji Sato", "Kurbonali Olimzoda"]),
            rel("donation", [JP, TJ]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
