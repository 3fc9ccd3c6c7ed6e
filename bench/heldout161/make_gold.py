"""Gold annotations for held-out set 161 (prefix ku): Central Europe (Austrian, Czech, Hungarian, Slovak, German and Swiss Red Cross; Storm Boris floods, heatwaves, blood services, ADA, ECHO, companies and foundations).

ku01 - press release (Vienna, 11 Mar 2025): ÖRK / Czech RC cross-border flood cooperation agreement concluded "yesterday", ADA financing both societies, Erste Group gift of pumps to the ÖRK, Czech delegation meeting the Lower Austria provincial government in St. Pölten on Monday, background 2021 framework agreement of the ÖRK with the Federal Ministry of the Interior ("the society"); traps: interior ministry director general only attended, mayor named only by title, APA cited as source, Slovak RC only welcomed at a later stage, blood-supply protocol only expected, "About" boilerplate with generic partner National Societies, media contact (named person with post: counted).
ku02 - wire story with hard line breaks (BUDAPEST, Sept 19, 2024): Hungarian RC president met the OKF director general on Tuesday, IFRC DREF release, Slovak RC team sent to Szentendre (mission + support), MOL money and Gedeon Richter goods (donations), background 2022 agreement with the OVSZ blood service; traps: Austrian RC only offered a unit, unnamed spokesperson, mayor named only by title, MTI cited as source, EU Civil Protection Mechanism not requested, reporting/editing credits.
ku03 - IFRC-style DREF operation update, Czech floods (issued 8 Oct 2024): IFRC DREF for the ČČK, Škoda Auto and Kaufland donations, one three-party meeting (ČČK, IFRC, Moravian-Silesian Region), DG ECHO co-funding the IFRC's DREF, background 2016 agreement with the Fire Rescue Service directorate (acronym HZS ČR), DRK water unit sent to Opava (mission + support) with Federal Foreign Office funding; traps: ČHMÚ cited as source, Partner National Societies generic, Austrian RC only "indicated interest", ICRC mere co-mention, army/fire service co-mention, Governor named only by title, appeal only conditional, contact lines with titles only.
ku04 - local news with byline (Bratislava, published 27 Jun 2025): one participation of ten organisations in the Central European Red Cross Forum on Heat and Health (co-host ministry included), heat alliance of four societies declared "yesterday", Swiss RC / Slovak RC memorandum signed "on Wednesday", DRK president's courtesy call on the Slovak health minister, background 2016 Slovak RC / NTS SR agreement, two separate IFRC bilateral meetings, Nadácia Slovenskej sporiteľne financing the heat hotline; traps: byline, Swiss RC took part but only "would consider" joining, Polish RC invited but absent, Hungarian delegation head named only by title, shared stock only hoped, TASR cited as source, European Commission mere co-mention, next forum only due.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

ORK = "Austrian Red Cross"
CCK = "Czech Red Cross"
HURC = "Hungarian Red Cross"
SCK = "Slovak Red Cross"
DRK = "German Red Cross"
SRK = "Swiss Red Cross"
ADA = "Austrian Development Agency"
ERSTE = "Erste Group"
LOWER_AT = "Government of Lower Austria"
BMI = "Federal Ministry of the Interior"
OKF = "National Directorate General for Disaster Management"
MOL = "MOL Group"
RICHTER = "Gedeon Richter"
OVSZ = "National Blood Transfusion Service"
SKODA = "Škoda Auto"
KAUFLAND = "Kaufland Česká republika"
MSK = "Moravian-Silesian Region"
ECHO = "Directorate-General for European Civil Protection and Humanitarian Aid Operations"
HZS = "General Directorate of the Fire Rescue Service of the Czech Republic"
AA = "Federal Foreign Office"
MOH_SK = "Ministry of Health of the Slovak Republic"
WHO_EU = "WHO Regional Office for Europe"
UVZ = "Public Health Authority of the Slovak Republic"
NTS = "National Transfusion Service of the Slovak Republic"
NSS = "Nadácia Slovenskej sporiteľne"

DOCS = [
    (
        "ku01_austria_czech_flood_pact.txt",
        "2025-03-11",
        [
            org(ORK, NS, "AT", "Österreichisches Rotes Kreuz", "ÖRK"),
            org(CCK, NS, "CZ", "Český červený kříž", "ČČK"),
            org(BMI, GOV, "AT"),
            org(ADA, GOV, "AT", "ADA"),
            org(ERSTE, CO, "AT"),
            org(LOWER_AT, GOV, "AT", "Lower Austria provincial government"),
        ],
        [
            person("Gerhard Lindmayr", "President", ORK),
            person("Marek Dvořáček", "President", CCK),
            person("Sabine Aigner", "Director General for Crisis and Disaster Management", BMI),
            person("Thomas Brandstätter", "Head of Corporate Responsibility", ERSTE),
            person("Julia Pfeiffer", "Press Officer", ORK),
        ],
        [
            rel(
                "agreement",
                [ORK, CCK],
                signatories=["Gerhard Lindmayr", "Marek Dvořáček"],
                place="Vienna, Austria",
                date="2025-03-10",
                evidence="the Czech Red Cross yesterday concluded a cooperation agreement on cross-border flood response",
            ),
            rel(
                "support",
                [ADA, ORK],
                evidence="The first two years of the programme are financed by the Austrian Development Agency (ADA)",
            ),
            rel(
                "support",
                [ADA, CCK],
                evidence="The first two years of the programme are financed by the Austrian Development Agency (ADA)",
            ),
            rel(
                "donation",
                [ERSTE, ORK],
                evidence="Erste Group has donated 40 high-capacity pumps and three mobile power units to the Austrian Red Cross",
            ),
            rel(
                "meeting",
                [CCK, LOWER_AT],
                place="St. Pölten, Austria",
                date="2025-03-10",
                evidence="the Czech delegation met representatives of the Lower Austria provincial government in St. Pölten",
            ),
            rel(
                "agreement",
                [ORK, BMI],
                date="2021",
                evidence="a framework agreement the society concluded with the Federal Ministry of the Interior in 2021",
            ),
        ],
    ),
    (
        "ku02_hungary_danube_flood_wire.txt",
        "2024-09-19",
        [
            org(HURC, NS, "HU", "Magyar Vöröskereszt"),
            org(OKF, GOV, "HU", "OKF"),
            org(IFRC, MB, None, "IFRC"),
            org(SCK, NS, "SK"),
            org(MOL, CO, "HU", "MOL"),
            org(RICHTER, CO, "HU"),
            org(OVSZ, GOV, "HU", "OVSZ"),
        ],
        [
            person("Zsuzsanna Kertész-Bárány", "President", HURC),
            person("Ferenc Szalai", "Director General", OKF),
        ],
        [
            rel(
                "meeting",
                [HURC, OKF],
                place="Budapest, Hungary",
                date="2024-09-17",
                evidence="Hungarian Red Cross president Zsuzsanna Kertész-Bárány met on",
            ),
            rel(
                "support",
                [IFRC, HURC],
                evidence="(IFRC) said on Wednesday it had released 310,000 Swiss francs from",
            ),
            rel(
                "mission",
                [SCK],
                place="Szentendre, Hungary",
                date="2024-09-18",
                evidence="A team of twelve volunteers from the Slovak Red Cross crossed the",
            ),
            rel(
                "support",
                [SCK, HURC],
                evidence="it is helping the Hungarian society run a shelter in a sports hall and",
            ),
            rel(
                "donation",
                [MOL, HURC],
                date="2024-09-17",
                evidence="Oil and gas group MOL transferred 100 million forints to the",
            ),
            rel(
                "donation",
                [RICHTER, HURC],
                place="Budapest, Hungary",
                date="2024-09-18",
                evidence="Drugmaker Gedeon Richter handed over 2,000",
            ),
            rel(
                "agreement",
                [HURC, OVSZ],
                date="2022",
                evidence="Transfusion Service (OVSZ) under an agreement renewed in 2022, said",
            ),
        ],
    ),
    (
        "ku03_czech_floods_dref_update.txt",
        "2024-10-08",
        [
            org(CCK, NS, "CZ", "Český červený kříž", "ČČK"),
            org(IFRC, MB, None, "IFRC"),
            org(SKODA, CO, "CZ"),
            org(KAUFLAND, CO, "CZ"),
            org(MSK, GOV, "CZ"),
            org(ECHO, GOV, None, "DG ECHO", "European Union"),
            org(HZS, GOV, "CZ", "HZS ČR"),
            org(DRK, NS, "DE", "Deutsches Rotes Kreuz", "DRK"),
            org(AA, GOV, "DE", "German Federal Foreign Office", "Auswärtiges Amt"),
        ],
        [
            person("Ludmila Procházková", "Director of the ČČK Office", CCK),
            person("Jens Mortensen", "Head of Country Cluster Delegation for Central Europe", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, CCK],
                date="2024-09-16",
                evidence="On 16 September the IFRC allocated CHF 498,712 from its Disaster Response Emergency Fund (DREF) in support of the Czech Red Cross",
            ),
            rel(
                "donation",
                [SKODA, CCK],
                date="2024-09-19",
                evidence="Škoda Auto donated six off-road vehicles to the National Society on 19 September",
            ),
            rel(
                "donation",
                [KAUFLAND, CCK],
                place="Olomouc, Czech Republic",
                evidence="Kaufland Česká republika provided 22 tonnes of drinking water and long-life food free of charge",
            ),
            rel(
                "meeting",
                [CCK, IFRC, MSK],
                place="Ostrava, Czech Republic",
                date="2024-09-25",
                evidence="met representatives of the Moravian-Silesian Region regional authority in Ostrava",
            ),
            rel(
                "support",
                [ECHO, IFRC],
                evidence="the Directorate-General for European Civil Protection and Humanitarian Aid Operations (DG ECHO) has covered CHF 180,000 of this allocation",
            ),
            rel(
                "agreement",
                [CCK, HZS],
                date="2016",
                evidence="under an agreement signed in 2016 with the General Directorate of the Fire Rescue Service of the Czech Republic (HZS ČR)",
            ),
            rel(
                "mission",
                [DRK],
                place="Opava, Czech Republic",
                date="2024-09-18",
                evidence="deployed a drinking water treatment unit with a team of nine technicians to Opava on 18 September",
            ),
            rel(
                "support",
                [DRK, CCK],
                evidence="to Opava on 18 September to reinforce the ČČK branch there",
            ),
            rel(
                "support",
                [AA, DRK],
                evidence="The deployment was made possible with funding from the German Federal Foreign Office (Auswärtiges Amt).",
            ),
        ],
    ),
    (
        "ku04_bratislava_heat_forum_alliance.txt",
        "2025-06-27",
        [
            org(SCK, NS, "SK", "Slovenský Červený kríž"),
            org(ORK, NS, "AT"),
            org(CCK, NS, "CZ"),
            org(HURC, NS, "HU"),
            org(DRK, NS, "DE", "DRK"),
            org(SRK, NS, "CH", "Schweizerisches Rotes Kreuz", "SRK"),
            org(MOH_SK, GOV, "SK"),
            org(IFRC, MB, None, "IFRC"),
            org(WHO_EU, UN, None),
            org(UVZ, GOV, "SK", "ÚVZ SR"),
            org(NTS, GOV, "SK", "NTS SR"),
            org(NSS, OTHER, "SK"),
        ],
        [
            person("Ľubica Kováčiková", "Secretary General", SCK),
            person("Tomáš Rybár", "Chief Hygienist", UVZ),
            person("Andreas Furrer", "Director", SRK),
            person("Hildegard Sommerfeld", "President", DRK),
            person("Marián Kollár", "Minister of Health", MOH_SK),
            person("Annelise Vogt", "Regional Director for Europe", IFRC),
            person("Zsuzsanna Kertész-Bárány", "President", HURC),
            person("Marek Dvořáček", "Head", CCK),
        ],
        [
            rel(
                "participation",
                [SCK, MOH_SK, ORK, CCK, HURC, DRK, SRK, IFRC, WHO_EU, UVZ],
                event="Central European Red Cross Forum on Heat and Health",
                place="Bratislava, Slovakia",
                date="2025-06-24",
                evidence="Besides the four alliance members, the German Red Cross and the Swiss Red Cross sent delegations",
            ),
            rel(
                "alliance",
                [SCK, ORK, CCK, HURC],
                place="Bratislava, Slovakia",
                date="2025-06-26",
                evidence="The Central European Heat Action Alliance unites the Slovak Red Cross (Slovenský Červený kríž), the Austrian Red Cross, the Czech Red Cross and the Hungarian Red Cross.",
            ),
            rel(
                "agreement",
                [SRK, SCK],
                signatories=["Andreas Furrer", "Ľubica Kováčiková"],
                place="Bratislava, Slovakia",
                date="2025-06-25",
                evidence="On Wednesday the Swiss Red Cross and the Slovak society signed a memorandum of understanding on home care for older people during heatwaves",
            ),
            rel(
                "meeting",
                [DRK, MOH_SK],
                place="Bratislava, Slovakia",
                date="2025-06-25",
                evidence="paid a courtesy call on Slovakia's health minister, Marián Kollár",
            ),
            rel(
                "agreement",
                [SCK, NTS],
                date="2016",
                evidence="National Transfusion Service of the Slovak Republic (NTS SR) under an agreement dating from 2016",
            ),
            rel(
                "meeting",
                [IFRC, HURC],
                place="Bratislava, Slovakia",
                evidence="also met separately with the Hungarian Red Cross's president, Zsuzsanna Kertész-Bárány",
            ),
            rel(
                "meeting",
                [IFRC, CCK],
                place="Bratislava, Slovakia",
                evidence="and with Marek Dvořáček, who heads the Czech Red Cross",
            ),
            rel(
                "support",
                [NSS, SCK],
                evidence="The line has been financed since 2023 by Nadácia Slovenskej sporiteľne",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
