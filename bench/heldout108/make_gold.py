"""Gold annotations for heldout108 (prefix fb): four European Red Cross articles.

fb01 - EU/DG ECHO cash programme funded through the IFRC for the Ukrainian and Moldovan
       societies (funding chain, background framework partnership, a meeting; a plan, an
       appeal and a co-mentioned UN agency as non-relations).
fb02 - German Red Cross / Polish Red Cross bilateral partnership agreement with signatories,
       a background trilateral protocol, a gift of equipment, a visit and government funding
       (witnesses at the signing, an invitation and an intention as non-relations).
fb03 - Newspaper story (byline, hard line breaks) on a Danish Red Cross aid convoy to Lviv:
       company trucks, donated goods, a city grant, a transit stop hosted by the Polish Red
       Cross (an appeal, plans, a cited UN source and a private individual as non-relations).
fb04 - Swedish Red Cross General Assembly report: officials elected/appointed, guests who
       attended, government funding, support to a sister society, a renewed MoU and a
       meeting (an invitation, a hope and a motion to explore as non-relations).

(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

EC = "European Commission"
URCS = "Ukrainian Red Cross Society"
MRCS = "Red Cross Society of the Republic of Moldova"
NLRC = "Netherlands Red Cross"
WFP = "World Food Programme"

DRK = "German Red Cross"
PCK = "Polish Red Cross"
CZRC = "Czech Red Cross"
AA = "Federal Foreign Office"

DKRC = "Danish Red Cross"
DSV = "DSV"
SALLING = "Salling Group"
CPH = "City of Copenhagen"

SRC = "Swedish Red Cross"
NORC = "Norwegian Red Cross"
FRC = "Finnish Red Cross"
MFA = "Ministry for Foreign Affairs"
SIDA = "Swedish International Development Cooperation Agency"
SARC = "Syrian Arab Red Crescent"

DOCS = [
    (
        "fb01_echo_cash_ukraine_moldova.txt",
        "2024-02-14",
        [
            org(
                EC,
                OTHER,
                None,
                "Commission",
                "DG ECHO",
                "Directorate-General for European Civil Protection and Humanitarian Aid Operations",
            ),
            org(IFRC, MB, None, "IFRC", "Federation"),
            org(URCS, NS, "UA", "URCS"),
            org(MRCS, NS, "MD", "MRCS"),
            org(NLRC, NS, "NL"),
            org(WFP, UN, None, "WFP"),
        ],
        [
            person("Aurelia Venturini", "European Commissioner for Crisis Management", EC),
            person("Tomasz Wielgosz", "Regional Director for Europe", IFRC),
            person("Marieke de Vos", "Head of International Assistance", NLRC),
            person("Oksana Hrytsenko", "Secretary General", URCS),
            person("Victor Ciobanu", "President", MRCS),
        ],
        [
            rel("support", [EC, IFRC]),
            rel("support", [IFRC, URCS]),
            rel("support", [IFRC, MRCS]),
            rel("agreement", [EC, IFRC], event="Programmatic Partnership", date="2022"),
            rel("support", [NLRC, URCS]),
            rel("meeting", [EC, URCS], place="Brussels, Belgium", date="2024-02-12"),
        ],
    ),
    (
        "fb02_drk_pck_partnership.txt",
        "2024-05-23",
        [
            org(DRK, NS, "DE", "Deutsches Rotes Kreuz", "DRK"),
            org(PCK, NS, "PL", "Polski Czerwony Krzyż", "PCK"),
            org(CZRC, NS, "CZ", "Český červený kříž"),
            org(AA, GOV, "DE", "Auswärtiges Amt"),
        ],
        [
            person("Ulrike Brandstätter", "President", DRK),
            person("Jerzy Kowalczyk", "President", PCK),
            person("Matthias Fehrenbach", "Secretary General", DRK),
            person("Ewa Zielińska", "Secretary General", PCK),
            person("Annika Löwenthal", "Commissioner for Humanitarian Assistance", AA),
        ],
        [
            rel(
                "agreement",
                [DRK, PCK],
                signatories=["Ulrike Brandstätter", "Jerzy Kowalczyk"],
                place="Berlin, Germany",
                date="2024-05-21",
            ),
            rel("agreement", [DRK, PCK, CZRC], date="2019"),
            rel("donation", [DRK, PCK], place="Berlin, Germany", date="2024-05-21"),
            rel("meeting", [DRK, PCK], place="Schönefeld, Germany", date="2024-05-20"),
            rel("support", [AA, DRK]),
        ],
    ),
    (
        "fb03_danish_convoy_lviv.txt",
        "2024-11-06",
        [
            org(DKRC, NS, "DK", "Dansk Røde Kors"),
            org(URCS, NS, "UA", "URCS"),
            org(DSV, CO, "DK"),
            org(SALLING, CO, "DK"),
            org(CPH, GOV, "DK"),
            org(PCK, NS, "PL", "PCK"),
        ],
        [
            person("Lars Brønd", "Head of Road Division Scandinavia", DSV),
            person("Mette Vinding", "Lord Mayor", CPH),
            person("Agnieszka Wróbel", "Director of the Podkarpackie Branch", PCK),
            person("Søren Kjeldsen", "Secretary General", DKRC),
            person("Taras Melnyk", "Head of the Lviv Regional Branch", URCS),
        ],
        [
            rel("donation", [DKRC, URCS], place="Lviv, Ukraine", date="2024-11-05"),
            rel("support", [DSV, DKRC]),
            rel("donation", [SALLING, DKRC]),
            rel("donation", [CPH, DKRC]),
            rel("support", [PCK, DKRC], place="Rzeszów, Poland", date="2024-11-02"),
        ],
    ),
    (
        "fb04_swedish_rc_general_assembly.txt",
        "2023-06-19",
        [
            org(SRC, NS, "SE", "Svenska Röda Korset"),
            org(NORC, NS, "NO", "Norges Røde Kors"),
            org(FRC, NS, "FI", "Suomen Punainen Risti"),
            org(IFRC, MB, None, "IFRC"),
            org(MFA, GOV, "SE"),
            org(SIDA, GOV, "SE", "Sida"),
            org(SARC, NS, "SY", "SARC"),
        ],
        [
            person("Karin Åkesson", "Chair", SRC),
            person("Anders Holmgren", "Chair (outgoing)", SRC),
            person("Erik Lindqvist", "Vice-Chair", SRC),
            person("Per Sandberg", "Treasurer", SRC),
            person("Johanna Berg", "Secretary General", SRC),
            person("Knut Aasland", "President", NORC),
            person("Kristiina Mäkelä", "Secretary General", FRC),
            person("Elena Marinescu", "Regional Director for Europe", IFRC),
            person("Lena Dahlgren", "State Secretary", MFA),
        ],
        [
            rel(
                "participation",
                [SRC, NORC, FRC, IFRC, MFA],
                event="General Assembly of the Swedish Red Cross",
                place="Uppsala, Sweden",
                date="2023-06-17",
            ),
            rel("support", [SIDA, SRC]),
            rel("support", [SRC, SARC]),
            rel(
                "agreement",
                [SRC, FRC],
                signatories=["Johanna Berg", "Kristiina Mäkelä"],
                place="Uppsala, Sweden",
                date="2023-06-18",
            ),
            rel("meeting", [SRC, MFA], place="Stockholm, Sweden", date="2023-06-16"),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
