"""Writes gold.json for the twenty-seventh held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

KW, BH = "Kuwait Red Crescent Society", "Bahrain Red Crescent Society"
AUC = "African Union Commission"
SF, KE = "Safaricom Foundation", "Kenya Red Cross Society"
AZ = "Azerbaijan Red Crescent Society"
AR, CO, MX = "Argentine Red Cross", "Colombian Red Cross", "Mexican Red Cross"
US, HN, PAHO = "American Red Cross", "Honduran Red Cross", "Pan American Health Organization"
JP, MM = "Government of Japan", "Myanmar Red Cross Society"
DOCS = [
    (
        "l01_kuna_agreement.txt",
        None,
        [org(KW, NS, "KW", "KRCS"), org(BH, NS, "BH", "BRCS")],
        [
            person("Khalid Al-Mutairi", "Chairman", KW),
            person("Mubarak Al-Hadi", "Secretary General", BH),
        ],
        [rel("agreement", [KW, BH]), rel("support", [KW, BH])],
    ),
    (
        "l02_au_initiative.txt",
        "2024-09-05",
        [org(IFRC, MB, None, "IFRC"), org(AUC, OTHER, None, "African Union")],
        [
            person("Xavier Castellanos", "Under Secretary General", IFRC),
            person(
                "Amira Elfadil",
                "Commissioner for Health, Humanitarian Affairs and Social Development",
                AUC,
            ),
        ],
        [
            rel("alliance", [IFRC, AUC]),
            rel(
                "agreement",
                [IFRC, AUC],
                ["Xavier Castellanos", "Amira Elfadil"],
                place="Addis Ababa",
            ),
        ],
    ),
    (
        "l03_foundation_cheque.txt",
        None,
        [org(SF, NGO, "KE"), org(KE, NS, "KE", "Kenya Red Cross")],
        [
            person("Asha Mohammed", "Secretary General", KE),
            person("Joseph Ogutu", "chairperson", SF),
        ],
        [rel("donation", [SF, KE]), rel("support", [SF, KE])],
    ),
    (
        "l04_baku_reception.txt",
        "2025-02-12",
        [org(AZ, NS, "AZ"), org(ICRC, MB, None, "ICRC")],
        [
            person("Novruz Aslanov", "President", AZ),
            person("Elena Rossi", "Head of the ICRC Delegation in Baku", ICRC),
        ],
        [rel("meeting", [AZ, ICRC], place="Baku", date="2025-02-12")],
    ),
    (
        "l05_americas_conference.txt",
        "2023-10-18",
        [
            org(AR, NS, "AR"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(PAHO, UN, None, "PAHO"),
            org(CO, NS, "CO"),
            org(MX, NS, "MX"),
            org(US, NS, "US"),
            org(HN, NS, "HN"),
        ],
        [],
        [
            rel(
                "participation",
                [AR, IFRC, ICRC, PAHO, CO, MX, US, HN],
                event="XXII Inter-American Conference of the Red Cross",
                place="Buenos Aires",
            ),
            rel("agreement", [US, HN]),
        ],
    ),
    (
        "l06_japan_appeal.txt",
        "2025-04-24",
        [org(JP, GOV, "JP", "Japan"), org(IFRC, MB, None, "IFRC"), org(MM, NS, "MM")],
        [
            person("Kenji Sato", "Ambassador of Japan to Myanmar", JP),
            person("Marwan Jilani", "Head of the IFRC Country Delegation in Myanmar", IFRC),
        ],
        [
            rel("donation", [JP, IFRC]),
            rel("support", [JP, IFRC]),
            rel("support", [JP, MM]),
            rel("support", [IFRC, MM]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
