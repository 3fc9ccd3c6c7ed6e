"""Writes gold.json for the thirty-fifth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NGO, NS, org, person, rel, write_gold  # noqa: E402

QA, GEG, EG = "Qatar Red Crescent Society", "Government of Egypt", "Egyptian Red Crescent"
DK, CN, NG = "Danish Red Cross", "Red Cross Society of China", "Nigerian Red Cross Society"
CA, CO, GT, HN = (
    "Canadian Red Cross",
    "Colombian Red Cross",
    "Guatemalan Red Cross",
    "Honduran Red Cross",
)
IBF, TR = "Iberdrola Foundation", "Turkish Red Crescent"
KE = "Kenya Red Cross Society"
TO, GTO = "Tonga Red Cross Society", "Government of Tonga"
DOCS = [
    (
        "t01_received_ambassador.txt",
        "2024-09-17",
        [
            org(QA, NS, "QA", "QRCS"),
            org(GEG, GOV, "EG", "Arab Republic of Egypt"),
            org(EG, NS, "EG"),
        ],
        [
            person("Abdulaziz bin Saleh Al-Rashid", "Secretary-General", QA),
            person("Ahmed Kamal", "Ambassador", GEG),
        ],
        [rel("meeting", [QA, GEG], place="Doha")],
    ),
    (
        "t02_officials_list.txt",
        "2024-06-12",
        [org(DK, NS, "DK"), org(CN, NS, "CN"), org(NG, NS, "NG")],
        [
            person("Anna Larsen", "Head of Partnerships", DK),
            person("Li Wei", "Vice President", CN),
            person("Fatima Yusuf", "Director of Health", NG),
        ],
        [rel("agreement", [DK, CN, NG], place="Copenhagen")],
    ),
    (
        "t03_cochaired.txt",
        "2024-05-08",
        [
            org(CA, NS, "CA"),
            org(CO, NS, "CO"),
            org(GT, NS, "GT"),
            org(HN, NS, "HN"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [person("Jane Smith", "co-chair", CA), person("Pedro Alvarez", "co-chair", CO)],
        [rel("meeting", [CA, CO, GT, HN, IFRC], place="Panama City")],
    ),
    (
        "t04_quote_support.txt",
        "2023-10-02",
        [org(IBF, NGO, "ES"), org(TR, NS, "TR")],
        [person("Maria Gonzalez", "CEO", IBF)],
        [rel("support", [IBF, TR])],
    ),
    (
        "t05_former_president.txt",
        None,
        [org(KE, NS, "KE"), org(IFRC, MB, None, "IFRC")],
        [
            person("John Mwangi", "former President", KE),
            person("Asha Mohammed", "Secretary General", KE),
            person("Mohammed Omer Mukhier", "Regional Director for Africa", IFRC),
        ],
        [],
    ),
    (
        "t06_prime_minister.txt",
        "2025-01-20",
        [org(TO, NS, "TO"), org(GTO, GOV, "TO")],
        [person("Sione Taufa", "President", TO), person("Siaosi Lavaka", "Prime Minister", GTO)],
        [rel("meeting", [TO, GTO], place="Nuku'alofa")],
    ),
]

write_gold(DOCS, Path(__file__).parent)
