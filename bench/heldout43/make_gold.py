"""Writes gold.json for the forty-third held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

AL, VAF, MHSP = (
    "Albanian Red Cross",
    "Vodafone Albania Foundation",
    "Ministry of Health and Social Protection",
)
GAU, AU, FJ, TO, VU = (
    "Government of Australia",
    "Australian Red Cross",
    "Fiji Red Cross Society",
    "Tonga Red Cross Society",
    "Vanuatu Red Cross Society",
)
WHO = "World Health Organization"
IT, IOM, ES, GR, TN, LY, UNHCR = (
    "Italian Red Cross",
    "International Organization for Migration",
    "Spanish Red Cross",
    "Hellenic Red Cross",
    "Tunisian Red Crescent",
    "Libyan Red Crescent",
    "United Nations High Commissioner for Refugees",
)
JO, MOI, MOH = "Jordan National Red Crescent Society", "Ministry of Interior", "Ministry of Health"
CBC, LK = "Commercial Bank of Ceylon", "Sri Lanka Red Cross Society"
DOCS = [
    (
        "c01_presence.txt",
        "2024-09-16",
        [
            org(AL, NS, "AL"),
            org(VAF, NGO, "AL", "Vodafone Foundation"),
            org(MHSP, GOV, "AL"),
        ],
        [
            person("Ogerta Manastirliu", "Minister of Health and Social Protection", MHSP),
            person("Ilir Kapo", "Secretary General", AL),
            person("Alda Bozo", "Executive Director", VAF),
        ],
        [
            rel("agreement", [AL, VAF], ["Ilir Kapo", "Alda Bozo"], date="2024-09-16"),
            rel("support", [VAF, AL]),
        ],
    ),
    (
        "c02_through.txt",
        "2024-06-04",
        [
            org(GAU, GOV, "AU", "Australia"),
            org(AU, NS, "AU"),
            org(FJ, NS, "FJ"),
            org(TO, NS, "TO"),
            org(VU, NS, "VU"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [],
        [
            rel("support", [GAU, FJ]),
            rel("support", [GAU, TO]),
            rel("support", [GAU, VU]),
            rel("support", [AU, FJ]),
            rel("support", [AU, TO]),
            rel("support", [AU, VU]),
            rel("support", [GAU, AU]),
            rel("alliance", [FJ, TO, VU]),
            rel("support", [AU, IFRC]),
        ],
    ),
    (
        "c03_acronyms.txt",
        "2024-05-21",
        [org(IFRC, MB, None, "IFRC"), org(WHO, UN, None, "WHO")],
        [
            person("Jagan Chapagain", "Secretary General", IFRC),
            person("Tedros Adhanom Ghebreyesus", "Director-General", WHO),
        ],
        [
            rel(
                "agreement",
                [IFRC, WHO],
                ["Jagan Chapagain", "Tedros Adhanom Ghebreyesus"],
                place="Geneva",
                date="2024-05-21",
            ),
            rel("participation", [IFRC, WHO], event="World Health Assembly"),
        ],
    ),
    (
        "c04_cohosted.txt",
        "2024-11-14",
        [
            org(IT, NS, "IT"),
            org(IOM, UN, None, "IOM"),
            org(ES, NS, "ES"),
            org(GR, NS, "GR"),
            org(TN, NS, "TN"),
            org(LY, NS, "LY"),
            org(UNHCR, UN, None, "UNHCR"),
        ],
        [],
        [
            rel(
                "participation",
                [IT, IOM, ES, GR, TN, LY, UNHCR],
                event="Mediterranean Conference on Migration and Humanitarian Protection",
                place="Rome",
                date="2024-11-14",
            ),
            rel("alliance", [IT, IOM]),
        ],
    ),
    (
        "c05_met_officials.txt",
        "2024-04-09",
        [
            org(ICRC, MB, None, "ICRC"),
            org(JO, NS, "JO"),
            org(MOI, GOV, "JO"),
            org(MOH, GOV, "JO", "Jordanian Ministry of Health"),
        ],
        [person("Robert Mardini", "Director-General", ICRC)],
        [
            rel("meeting", [ICRC, JO], place="Amman"),
            rel("meeting", [ICRC, MOI], place="Amman"),
            rel("alliance", [ICRC, MOH]),
        ],
    ),
    (
        "c06_apposition.txt",
        "2024-08-12",
        [org(CBC, OTHER, "LK"), org(LK, NS, "LK")],
        [
            person("Sanath Manatunge", "Managing Director", CBC),
            person("Mahesh Gunasekara", "Chairman", LK),
        ],
        [rel("donation", [CBC, LK]), rel("alliance", [CBC, LK])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
