"""Gold annotations for held-out set 132 (prefix id): Central and Eastern Europe.

id01 - press release: Polish Red Cross / PKO Bank Polski cash agreement; IFRC official present but not a signatory; background EC funding; extension only explored; media contact.
id02 - wire copy with hard line breaks: Romanian Red Cross convoy to Moldova; news agency (Moldpres) cited; invitation and distribution plan not relations; byline.
id03 - blog feature on Kharkiv winter: chained funding (German FFO -> German RC -> URCS), donation, ICRC support to a utility, Estonian mission; byline, unnamed officials, generic "Partner National Societies".
id04 - conference report (Vilnius): participation list, Baltic alliance, protocol signed in presence of others, bilateral talks, co-financing; proposal, next-host offer and BNS report are traps.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

PCK = "Polish Red Cross"
PKO = "PKO Bank Polski"
EC = "European Commission"
RRC = "Romanian Red Cross"
MRC = "Red Cross Society of the Republic of Moldova"
ROAID = "Romanian Agency for International Development Cooperation"
MLSP = "Ministry of Labour and Social Protection of Moldova"
URCS = "Ukrainian Red Cross Society"
GRC = "German Red Cross"
GFFO = "German Federal Foreign Office"
HRC = "Hungarian Red Cross"
ERC = "Estonian Red Cross"
KVK = "Kharkivvodokanal"
LRC = "Lithuanian Red Cross"
LVRC = "Latvian Red Cross"
CRC = "Czech Red Cross"
UNHCR = "United Nations High Commissioner for Refugees"
MOI = "Ministry of the Interior of Lithuania"
NCM = "Nordic Council of Ministers"

DOCS = [
    (
        "id01_pck_pko_cash_cards.txt",
        "2025-03-12",
        [
            org(PCK, NS, "PL", "PCK"),
            org(PKO, CO, "PL", "PKO"),
            org(IFRC, MB, None, "IFRC"),
            org(EC, OTHER, None),
        ],
        [
            person("Tadeusz Mroczek", "Secretary General", PCK),
            person("Agnieszka Kowalczyk-Bień", "Vice-President of the Management Board", PKO),
            person("Hanna Lindqvist", "Cash and Voucher Assistance Coordinator", IFRC),
            person("Zofia Pietrzak", "Press Officer", PCK),
        ],
        [
            rel(
                "agreement",
                [PCK, PKO],
                signatories=["Tadeusz Mroczek", "Agnieszka Kowalczyk-Bień"],
                place="Warsaw, Poland",
                date="2025-03-12",
                evidence="The Polish Red Cross (PCK) and PKO Bank Polski today signed a three-year cooperation agreement",
            ),
            rel(
                "support",
                [IFRC, PCK],
                date="2022",
                evidence="The IFRC has supported the PCK's cash programming since 2022",
            ),
            rel(
                "support",
                [EC, PCK],
                date="2024-09",
                evidence="with funding from the European Commission's humanitarian aid department",
            ),
            rel(
                "donation",
                [PKO, PCK],
                date="2025-03",
                evidence="earlier this month PKO Bank Polski transferred PLN 2 million to the PCK's National Disaster Relief Fund",
            ),
        ],
    ),
    (
        "id02_romania_moldova_convoy.txt",
        "2025-01-23",
        [
            org(RRC, NS, "RO", "Romanian society"),
            org(MRC, NS, "MD", "Moldovan Red Cross", "Moldovan society"),
            org(ROAID, GOV, "RO", "RoAid"),
            org(MLSP, GOV, "MD"),
        ],
        [
            person("Corina Mateescu", "President", RRC),
            person("Ion Cebotari", "Secretary General", MRC),
            person("Natalia Rusu", "Minister of Labour and Social Protection", MLSP),
        ],
        [
            rel(
                "donation",
                [RRC, MRC],
                place="Chisinau, Moldova",
                date="2025-01-22",
                evidence="The cargo was handed over to the Moldovan society at its central",
            ),
            rel(
                "support",
                [ROAID, RRC],
                date="2025-01",
                evidence="The operation was paid for by RoAid, the Romanian Agency for",
            ),
            rel(
                "meeting",
                [RRC, MRC, MLSP],
                place="Chisinau, Moldova",
                date="2025-01-22",
                evidence="held talks with Labour and Social Protection",
            ),
            rel(
                "agreement",
                [RRC, MRC],
                place="Iasi, Romania",
                date="2022",
                evidence="protocol signed in Iasi in 2022, which covers joint training, stock",
            ),
        ],
    ),
    (
        "id03_kharkiv_winter_feature.txt",
        "2025-01-15",
        [
            org(URCS, NS, "UA", "URCS"),
            org(GRC, NS, "DE"),
            org(GFFO, GOV, "DE"),
            org(HRC, NS, "HU"),
            org(ICRC, MB, None, "ICRC"),
            org(KVK, CO, "UA"),
            org(ERC, NS, "EE", "Estonian society"),
        ],
        [
            person("Iryna Bondar", "Heating Points Coordinator, Kharkiv regional branch", URCS),
            person("Serhiy Marchenko", "Head of the Kharkiv regional branch", URCS),
            person("Kadri Tamm", "Head of the emergency preparedness unit", ERC),
        ],
        [
            rel(
                "support",
                [GRC, URCS],
                evidence="The heating points are operated with funding from the German Red Cross",
            ),
            rel(
                "support",
                [GFFO, GRC],
                evidence="which in turn channels a grant from the German Federal Foreign Office",
            ),
            rel(
                "donation",
                [HRC, URCS],
                place="Kharkiv, Ukraine",
                date="2024-12",
                evidence="Blankets, thermal underwear and winter boots arrived last month in fifteen trucks sent by the Hungarian Red Cross",
            ),
            rel(
                "support",
                [ICRC, KVK],
                place="Kharkiv, Ukraine",
                date="2024-12",
                evidence="the International Committee of the Red Cross helped the city utility Kharkivvodokanal bring in spare pumps and transformers",
            ),
            rel(
                "mission",
                [ERC],
                place="Kharkiv, Ukraine",
                date="2024-11",
                evidence="In late November a three-person delegation of the Estonian Red Cross travelled to Kharkiv",
            ),
            rel(
                "meeting",
                [ERC, URCS],
                place="Kharkiv, Ukraine",
                date="2024-11",
                evidence="They met Serhiy Marchenko, head of the URCS Kharkiv regional branch",
            ),
        ],
    ),
    (
        "id04_vilnius_preparedness_forum.txt",
        "2025-05-20",
        [
            org(LRC, NS, "LT"),
            org(LVRC, NS, "LV"),
            org(ERC, NS, "EE"),
            org(PCK, NS, "PL"),
            org(CRC, NS, "CZ"),
            org(IFRC, MB, None, "IFRC"),
            org(UNHCR, UN, None, "UNHCR", "UN Refugee Agency"),
            org(MOI, GOV, "LT", "Ministry of the Interior"),
            org(NCM, OTHER, None),
        ],
        [
            person("Birgitte Holm", "Regional Director for Europe", IFRC),
            person("Ilze Ozola", "President", LVRC),
            person("Marek Hořejší", "President", CRC),
            person("Vaida Petrauskienė", "Secretary General", LRC),
            person("Tomas Kazlauskas", "Vice-Minister of the Interior", MOI),
            person("Annika Sørensen", "Representative for the Nordic and Baltic Countries", UNHCR),
        ],
        [
            rel(
                "participation",
                [LRC, LVRC, ERC, PCK, CRC, IFRC, UNHCR, MOI],
                event="Baltic Preparedness Forum 2025",
                place="Vilnius, Lithuania",
                date="2025-05",
                evidence="The Baltic Preparedness Forum 2025, hosted by the Lithuanian Red Cross last Wednesday and Thursday at the Vilnius Congress Centre, brought together around 120 delegates.",
            ),
            rel(
                "alliance",
                [LRC, LVRC, ERC],
                place="Vilnius, Lithuania",
                date="2025-05-15",
                evidence="the Lithuanian, Latvian and Estonian societies announced the Baltic Red Cross Preparedness Alliance",
            ),
            rel(
                "agreement",
                [LRC, MOI],
                signatories=["Vaida Petrauskienė", "Tomas Kazlauskas"],
                place="Vilnius, Lithuania",
                date="2025-05-14",
                evidence="the Lithuanian Red Cross and the Ministry of the Interior signed a protocol",
            ),
            rel(
                "meeting",
                [CRC, UNHCR],
                place="Vilnius, Lithuania",
                date="2025-05-15",
                evidence="Hořejší held talks on Thursday with Annika Sørensen",
            ),
            rel(
                "support",
                [NCM, LRC],
                place="Vilnius, Lithuania",
                date="2025-05",
                evidence="The event was co-financed by the Nordic Council of Ministers",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
