"""Gold annotations for held-out set 166 (prefix kz): the Baltic states and Finland (Estonian, Latvian, Lithuanian, Finnish and Icelandic Red Cross; civil protection, refugees from Ukraine, blood services, the CBSS).

kz01 - press release (Tallinn, 10 Sep 2025): Estonian RC / Finnish RC cooperation agreement concluded "yesterday", Finnish RC firmly covering the costs of Estonian volunteers' courses ("the Finnish society"), Finnish MFA funding the Finnish RC, Finnish SG's talks with the Estonian Rescue Board (Päästeamet) the same day, background 2021 agreement Estonian RC / Rescue Board ("the two organisations"), Tallink Grupp gift of first aid kits; traps: Estonian interior minister only attended and only "would look at" linking exercises, Latvian RC only hoped-for, ERR News cited as source, "About" boilerplate mentioning IFRC membership, media contact (a named person with post: counted).
kz02 - wire story with hard line breaks (VILNIUS, March 4, 2026 (BNS)): Lithuanian RC / UNHCR legal aid agreement renewed "on Tuesday", background 2022 partnership agreement, Icelandic RC financing psychosocial groups (passive), Maxima LT voucher gift "last Thursday", Ukrainian RC delegation arriving "on Sunday" (mission) and talks with the LRC president "on Monday"; traps: BNS as the agency, Migration Department and LRT cited as sources, minister invited but declined, IOM only considering, UNHCR wish to extend to Latvia, reporting/editing credits.
kz03 - IFRC-style DREF operation update, Daugava floods in Latvia (issued 17 April 2026): IFRC DREF support (acronym used before it is spelled out), Estonian RC and Rimi Latvia donations, Finnish RC specialists deployed to Jēkabpils (mission + support), one four-party meeting (LRC, IFRC, Jēkabpils municipality, VUGD), LRC supporting the State Blood Donor Centre with a donation day, background 2020 LRC / VUGD agreement (VUGD used as acronym before); traps: meteorological centre cited as source, Partner National Societies generic, Lithuanian RC only offered conditionally, Prime Minister by title only, National Armed Forces mere co-mention, extension only conditional, contact lines with titles only.
kz04 - local news with byline (Helsinki, published 14 Nov 2025): Baltic Sea Region Civil Protection Forum (one participation of thirteen organisations, co-organisers included), alliance of five societies named in compressed form ("the Red Cross societies of Finland, Estonia, Latvia, Lithuania and Iceland") declared "yesterday", CBSS Secretariat / IFRC MoU "on Wednesday", background 2023 Finnish RC / Ministry of the Interior agreement on Vapepa, Elisa financing the Finnish RC alert app (passive), Icelandic RC courtesy call on the interior minister, two separate bilateral IFRC meetings with the Latvian and Lithuanian RC; traps: byline, Swedish RC took part but did not join, Danish RC invited but absent, Polish delegation head by title only, shared stockpile only discussed, Yle cited as source, next forum only due.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

ERC = "Estonian Red Cross"
FRC = "Finnish Red Cross"
LVRC = "Latvian Red Cross"
LTRC = "Lithuanian Red Cross Society"
ISRC = "Icelandic Red Cross"
URCS = "Ukrainian Red Cross Society"
SWRC = "Swedish Red Cross"
PLRC = "Polish Red Cross"
DERC = "German Red Cross"
UNHCR = "United Nations High Commissioner for Refugees"
CBSS = "Council of the Baltic Sea States"
EE_MOI = "Ministry of the Interior"
FI_MOI = "Ministry of the Interior"
FI_MFA = "Ministry for Foreign Affairs of Finland"
RESCUE = "Estonian Rescue Board"
LT_MSSL = "Ministry of Social Security and Labour"
VUGD = "State Fire and Rescue Service"
JEKAB = "Jēkabpils Municipality"
BLOOD = "State Blood Donor Centre"
MSB = "Swedish Civil Contingencies Agency"
TALLINK = "Tallink Grupp"
MAXIMA = "Maxima LT"
RIMI = "Rimi Latvia"
ELISA = "Elisa"

DOCS = [
    (
        "kz01_estonia_finland_preparedness_agreement.txt",
        "2025-09-10",
        [
            org(ERC, NS, "EE", "Eesti Punane Rist"),
            org(FRC, NS, "FI", "Suomen Punainen Risti"),
            org(EE_MOI, GOV, "EE"),
            org(FI_MFA, GOV, "FI"),
            org(RESCUE, GOV, "EE", "Päästeamet", "Rescue Board"),
            org(TALLINK, CO, "EE"),
        ],
        [
            person("Kristel Aasmäe", "Secretary General", ERC),
            person("Heikki Vainionpää", "Secretary General", FRC),
            person("Tõnis Rebane", "Minister of the Interior", EE_MOI),
            person("Urmas Kõiv", "Director General", RESCUE),
            person("Marko Saar", "Head of Safety", TALLINK),
            person("Triin Kivistik", "Communications Manager", ERC),
        ],
        [
            rel(
                "agreement",
                [ERC, FRC],
                signatories=["Kristel Aasmäe", "Heikki Vainionpää"],
                place="Tallinn, Estonia",
                date="2025-09-09",
                evidence="The Estonian Red Cross and the Finnish Red Cross concluded a three-year cooperation agreement in Tallinn yesterday",
            ),
            rel(
                "support",
                [FRC, ERC],
                evidence="The Finnish society will cover the travel and course costs of 120 Estonian Red Cross volunteers",
            ),
            rel(
                "support",
                [FI_MFA, FRC],
                evidence="with funding that the Ministry for Foreign Affairs of Finland provides to the Finnish Red Cross",
            ),
            rel(
                "meeting",
                [FRC, RESCUE],
                place="Tallinn, Estonia",
                date="2025-09-09",
                evidence="where Mr Vainionpää held talks with Director General Urmas Kõiv",
            ),
            rel(
                "agreement",
                [ERC, RESCUE],
                date="2021",
                evidence="under a cooperation agreement the two organisations signed in 2021",
            ),
            rel(
                "donation",
                [TALLINK, ERC],
                place="Tallinn, Estonia",
                date="2025-09-09",
                evidence="The ferry operator Tallink Grupp donated 300 first aid kits and two automated external defibrillators to the Estonian Red Cross",
            ),
        ],
    ),
    (
        "kz02_lithuania_ukraine_refugees_unhcr.txt",
        "2026-03-04",
        [
            org(LTRC, NS, "LT", "Lithuanian Red Cross"),
            org(UNHCR, UN, None, "UNHCR", "UN refugee agency"),
            org(ISRC, NS, "IS"),
            org(MAXIMA, CO, "LT", "Maxima"),
            org(URCS, NS, "UA"),
            org(LT_MSSL, GOV, "LT"),
        ],
        [
            person("Rūta Daukšienė", "Secretary General", LTRC),
            person(
                "Henrik Falkenberg",
                "Deputy Representative of the UNHCR Representation for the Nordic and Baltic Countries",
                UNHCR,
            ),
            person(
                "Oksana Melnychuk", "Director of the international cooperation department", URCS
            ),
            person("Vytautas Grigaliūnas", "President", LTRC),
            person("Dainius Stankevičius", "Minister of Social Security and Labour", LT_MSSL),
        ],
        [
            rel(
                "agreement",
                [LTRC, UNHCR],
                signatories=["Rūta Daukšienė", "Henrik Falkenberg"],
                place="Vilnius, Lithuania",
                date="2026-03-03",
                evidence="The renewal was signed in Vilnius on Tuesday by the society's",
            ),
            rel(
                "agreement",
                [LTRC, UNHCR],
                date="2022",
                evidence="partnership agreement between the Lithuanian Red Cross and UNHCR",
            ),
            rel(
                "support",
                [ISRC, LTRC],
                evidence="Kaunas have been financed since last autumn by the Icelandic Red",
            ),
            rel(
                "donation",
                [MAXIMA, LTRC],
                date="2026-02-26",
                evidence="Retailer Maxima LT handed food vouchers worth 120,000 euros to the",
            ),
            rel(
                "mission",
                [URCS],
                place="Vilnius, Lithuania",
                date="2026-03-01",
                evidence="A four-member delegation of the Ukrainian Red Cross Society arrived",
            ),
            rel(
                "meeting",
                [URCS, LTRC],
                place="Vilnius, Lithuania",
                date="2026-03-02",
                evidence="with Lithuanian Red Cross president Vytautas Grigaliūnas on tracing",
            ),
        ],
    ),
    (
        "kz03_latvia_floods_dref_update.txt",
        "2026-04-17",
        [
            org(LVRC, NS, "LV", "LRC"),
            org(IFRC, MB, None, "IFRC"),
            org(ERC, NS, "EE"),
            org(RIMI, CO, "LV"),
            org(FRC, NS, "FI"),
            org(JEKAB, GOV, "LV", "Jēkabpils Municipality Council"),
            org(VUGD, GOV, "LV", "VUGD"),
            org(BLOOD, GOV, "LV"),
        ],
        [
            person("Ilze Bērziņa", "Secretary General", LVRC),
            person("Mads Kristoffersen", "Operations Manager", IFRC),
            person("Raivis Ozols", "Chair of the Jēkabpils Municipality Council", JEKAB),
            person("Andris Kalniņš", "Head of the Zemgale Regional Board", VUGD),
        ],
        [
            rel(
                "support",
                [IFRC, LVRC],
                date="2026-03-27",
                evidence="approved on 27 March from the IFRC's Disaster Response Emergency Fund supports the Latvian Red Cross (LRC)",
            ),
            rel(
                "donation",
                [ERC, LVRC],
                date="2026-03-30",
                evidence="On 30 March the Estonian Red Cross donated 40 industrial dehumidifiers and 600 collapsible jerrycans",
            ),
            rel(
                "donation",
                [RIMI, LVRC],
                place="Riga, Latvia",
                date="2026-04-02",
                evidence="On 2 April the retail chain Rimi Latvia delivered 1,800 hygiene kits and 12 tonnes of bottled water to the National Society's warehouse in Riga",
            ),
            rel(
                "mission",
                [FRC],
                place="Jēkabpils, Latvia",
                date="2026-04-01",
                evidence="The Finnish Red Cross deployed two water and sanitation specialists to Jēkabpils on 1 April",
            ),
            rel(
                "support",
                [FRC, LVRC],
                evidence="They are supporting the LRC in testing private wells",
            ),
            rel(
                "meeting",
                [LVRC, IFRC, JEKAB, VUGD],
                place="Jēkabpils, Latvia",
                date="2026-04-08",
                evidence="On 8 April, LRC Secretary General Ilze Bērziņa and Mads Kristoffersen, IFRC Operations Manager for the operation, met the Chair of the Jēkabpils Municipality Council",
            ),
            rel(
                "support",
                [LVRC, BLOOD],
                place="Jēkabpils, Latvia",
                date="2026-04-11",
                evidence="On 11 April LRC volunteers also supported the State Blood Donor Centre",
            ),
            rel(
                "agreement",
                [LVRC, VUGD],
                date="2020",
                evidence="a cooperation agreement that the LRC signed with the VUGD in 2020",
            ),
        ],
    ),
    (
        "kz04_helsinki_cbss_forum_alliance.txt",
        "2025-11-14",
        [
            org(FRC, NS, "FI"),
            org(ERC, NS, "EE"),
            org(LVRC, NS, "LV"),
            org(LTRC, NS, "LT", "Lithuanian Red Cross"),
            org(ISRC, NS, "IS"),
            org(SWRC, NS, "SE"),
            org(PLRC, NS, "PL"),
            org(DERC, NS, "DE"),
            org(IFRC, MB, None, "IFRC"),
            org(CBSS, OTHER, None, "CBSS", "CBSS Secretariat"),
            org(FI_MOI, GOV, "FI", "Finland's Ministry of the Interior"),
            org(RESCUE, GOV, "EE"),
            org(MSB, GOV, "SE", "MSB"),
            org(ELISA, CO, "FI"),
        ],
        [
            person("Pirjo Hakala-Sundqvist", "President", FRC),
            person("Magdalena Sobczyk", "Director General", CBSS),
            person("Ruben Castellanos", "Regional Director for Europe", IFRC),
            person("Urmas Kõiv", "Director General", RESCUE),
            person("Guðrún Helga Jónsdóttir", "Secretary General", ISRC),
            person("Liisa Mäkelä-Hirvonen", "Minister of the Interior", FI_MOI),
            person("Ilze Bērziņa", "Secretary General", LVRC),
            person("Rūta Daukšienė", "Secretary General", LTRC),
        ],
        [
            rel(
                "participation",
                [CBSS, FI_MOI, FRC, ERC, LVRC, LTRC, ISRC, SWRC, PLRC, DERC, IFRC, RESCUE, MSB],
                event="Baltic Sea Region Civil Protection Forum",
                place="Helsinki, Finland",
                date="2025-11-11",
                evidence="Besides the five alliance members, it was attended by the Swedish Red Cross",
            ),
            rel(
                "alliance",
                [FRC, ERC, LVRC, LTRC, ISRC],
                place="Helsinki, Finland",
                date="2025-11-13",
                evidence="The Red Cross societies of Finland, Estonia, Latvia, Lithuania and Iceland yesterday declared a standing alliance",
            ),
            rel(
                "agreement",
                [CBSS, IFRC],
                signatories=["Magdalena Sobczyk", "Ruben Castellanos"],
                place="Helsinki, Finland",
                date="2025-11-12",
                evidence="On Wednesday the CBSS Secretariat and the IFRC put their names to a memorandum of understanding",
            ),
            rel(
                "agreement",
                [FRC, FI_MOI],
                date="2023",
                evidence="under an agreement with the Ministry of the Interior that was renewed in 2023",
            ),
            rel(
                "support",
                [ELISA, FRC],
                evidence="has been financed since 2024 by the telecoms operator Elisa",
            ),
            rel(
                "meeting",
                [ISRC, FI_MOI],
                place="Helsinki, Finland",
                date="2025-11-13",
                evidence="paid a courtesy call on Interior Minister Liisa Mäkelä-Hirvonen at the ministry",
            ),
            rel(
                "meeting",
                [IFRC, LVRC],
                place="Helsinki, Finland",
                evidence="Mr Castellanos also met separately with the Latvian Red Cross secretary general",
            ),
            rel(
                "meeting",
                [IFRC, LTRC],
                place="Helsinki, Finland",
                evidence="Mr Castellanos also met separately with the Latvian Red Cross secretary general",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
