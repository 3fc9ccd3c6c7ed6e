"""Writes gold.json for the ninth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

RRC, BRC = "Russian Red Cross Society", "Belarusian Red Cross"
QRCS, JHCO, JO = (
    "Qatar Red Crescent Society",
    "Jordan Hashemite Charity Organization",
    "Government of Jordan",
)
JNRCS = "Jordan National Red Crescent Society"
IRCS = "Iranian Red Crescent Society"
ERC, KU, KRCS = (
    "Emirates Red Crescent",
    "Khalifa University of Science and Technology",
    "Kuwait Red Crescent Society",
)
KE, SF, CGT = "Kenya Red Cross Society", "Safaricom Foundation", "County Government of Turkana"
SARC, MOWR = "Syrian Arab Red Crescent", "Ministry of Water Resources"
DOCS = [
    (
        "t01_rkk_belarus.txt",
        "2024-06-28",
        [org(RRC, NS, "RU", "RKK", "Russian Red Cross"), org(BRC, NS, "BY")],
        [
            person("Pavel Savchuk", "Chairman", RRC),
            person("Dmitry Shevtsov", "Secretary General", BRC),
        ],
        [
            rel(
                "agreement",
                [RRC, BRC],
                ["Pavel Savchuk", "Dmitry Shevtsov"],
                place="Moscow, Russia",
                date="2024-06-28",
            ),
            rel(
                "participation",
                [RRC, BRC],
                event="Humanitarian cooperation of the CIS",
                place="Minsk, Belarus",
            ),
        ],
    ),
    (
        "t02_qrcs_jhco.txt",
        "2024-02-14",
        [
            org(QRCS, NS, "QA", "QRCS"),
            org(JHCO, NGO, "JO", "JHCO"),
            org(JO, GOV, "JO"),
            org(JNRCS, NS, "JO"),
        ],
        [
            person("Faisal Mohamed Al-Emadi", "Secretary-General", QRCS),
            person("Hussein Al-Shibli", "Secretary-General", JHCO),
            person("Zaid Al-Lozi", "Ambassador", JO),
        ],
        [
            rel("agreement", [QRCS, JHCO], ["Faisal Mohamed Al-Emadi", "Hussein Al-Shibli"]),
            rel("support", [QRCS, JHCO]),
            rel("alliance", [QRCS, JNRCS]),
        ],
    ),
    (
        "t03_irna_geneva.txt",
        None,
        [org(IRCS, NS, "IR", "IRCS"), org(IFRC, MB, None, "IFRC"), org(ICRC, MB, None, "ICRC")],
        [
            person("Pir-Hossein Kolivand", "Head", IRCS),
            person("Jagan Chapagain", "Secretary General", IFRC),
            person("Mirjana Spoljaric", "President", ICRC),
        ],
        [rel("meeting", [IRCS, IFRC], place="Geneva"), rel("meeting", [IRCS, ICRC])],
    ),
    (
        "t04_wam_university.txt",
        "2022-10-05",
        [
            org(ERC, NS, "AE", "ERC"),
            org(KU, OTHER, "AE", "Khalifa University"),
            org(KRCS, NS, "KW"),
        ],
        [
            person("Rashid Mubarak Al Mansouri", "Secretary-General", ERC),
            person("Arif Sultan Al Hammadi", "Executive Vice-President", KU),
        ],
        [
            rel("agreement", [ERC, KU]),
            rel(
                "participation",
                [ERC, KRCS],
                event="9th Gulf Humanitarian Conference",
                place="Kuwait",
            ),
        ],
    ),
    (
        "t05_kenya_turkana.txt",
        "2024-03-21",
        [
            org(KE, NS, "KE", "Kenya Red Cross"),
            org(SF, NGO, "KE"),
            org(CGT, GOV, "KE"),
            org("German Red Cross", NS, "DE"),
        ],
        [
            person("Jeremiah Lomorukai", "Governor", CGT),
            person("Ahmed Idris", "Secretary General", KE),
        ],
        [
            rel("agreement", [KE, SF, CGT]),
            rel("support", [SF, KE]),
            rel("support", ["German Red Cross", KE]),
        ],
    ),
    (
        "t06_syria_water.txt",
        "2022-05-12",
        [
            org(ICRC, MB, None, "ICRC"),
            org(SARC, NS, "SY", "SARC"),
            org(MOWR, GOV, "SY"),
            org("United Nations Children's Fund", UN, None, "UNICEF"),
        ],
        [person("Anne-Laure Pierre", "Head of sub-delegation", ICRC)],
        [rel("alliance", [ICRC, SARC, MOWR])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
