"""Gold annotations for held-out set 191 (prefix tr): Türkiye and the South Caucasus (Turkish Red Crescent / Türk Kızılay, AFAD, Armenian Red Cross Society, Red Crescent Society of Azerbaijan, Red Cross Society of Georgia, the ICRC delegations, UNHCR/IOM, EU humanitarian aid, Turkish and Caucasian companies; earthquake recovery, refugees, border crossings).

tr01 - Türk Kızılay press release, read as translated from Turkish (ANKARA, 10 February 2026): Türk Kızılay / AFAD cooperation protocol on container settlements in the earthquake zone signed "on Monday" at the Türk Kızılay General Headquarters in Ankara ("Prof. Dr." President of Türk Kızılay and "Mr." President of AFAD as signatories), "builds on the protocol our two institutions signed in 2014" (background agreement), the Kızılaykart programme "has been funded since 2023 by the European Union, through its Directorate-General for European Civil Protection and Humanitarian Aid Operations (DG ECHO)" (support), Arçelik's washing machines and refrigerators "At the end of the ceremony" (donation; CEO named after the fact); the name of the Society in three shapes (Türk Kızılay, Turkish Red Crescent, Kızılay); people: Director General who "presented the details", media contact with post (counted); traps: the Deputy Minister of Family and Social Services and two Governors attending by title only, AFAD data and TÜİK cited as sources, extension to Osmaniye and Gaziantep only "aimed", negotiations with UNDP only "continuing" (not annotated, not an organisation of the story), "Within the scope of" / "Within the framework of" phrasing, "About" boilerplate naming the Movement.
tr02 - wire story with hard line breaks (YEREVAN, April 15, 2026 (ARMENPRESS)): ARCS / UNHCR partnership agreement signed "on Tuesday" at the ARCS headquarters in Yerevan (the ARCS Secretary General and the UNHCR Representative in Armenia, both named after their titles, as signatories), "UNHCR will provide the Society with 1.8 million US dollars" (support), "first signed a cooperation agreement in 2008" (background agreement), ARCS President "met with the head of the delegation of the International Committee of the Red Cross (ICRC) in Armenia" "On Monday" (meeting), a German Red Cross psychosocial team that "arrived in Goris" "Also on Monday" (mission) "where it will support the ARCS Syunik branch" (support; team leader named in "The team is led by ..."), Ameriabank's 40 million drams "on Tuesday" (donation; no place given); traps: ARMENPRESS as agency and "told Armenpress", the Ministry of Labour and Social Affairs cited as a source and its Deputy Minister by title only, the Migration and Citizenship Service only "expected to present" a programme, the EU Delegation spokesperson's "is looking at" funding (not annotated), founding-year boilerplate, reporting/editing credits (bylines, not people).
tr03 - IFRC-style DREF operation update, floods and landslides in Imereti and Adjara, Georgia (issued 22 July 2026), header line with pipes and bullet lists: "This DREF supports the Red Cross Society of Georgia (RCSG)" (support; the Country Cluster Delegation's technical support is the same pair), an IFRC surge information management officer "deployed ... to Kutaisi on 9 July" (mission), the Austrian Red Cross "is supporting the RCSG's cash assistance" (support), "The ICRC lent two 4x4 vehicles to the RCSG's Imereti branch" (support), the Turkish Red Crescent (Türk Kızılay) "delivered 14 trucks of relief items" "through the Sarp border crossing to the RCSG warehouse in Batumi" on 11 July (donation), TBC Bank's GEL 300,000 on 15 July (donation), one four-party coordination meeting in Kutaisi on 13 July (RCSG, IFRC, UNICEF, EMS; officials as "represented by its Deputy Head, Mr. ..." and "UNICEF by its Chief of Field Operations in Georgia, Ms. ..."); traps: the National Environmental Agency and the long-named IDP/Labour/Health ministry cited as sources (the EMS is both a source and a party), "Partner National Societies present in-country" generic, the Swiss Red Cross "may contribute" and the Armenian Red Cross Society's offer "being assessed" (neither annotated), a possible extension, contact lines with names and posts (counted).
tr04 - HTML-ish Red Crescent Society of Azerbaijan news page with page furniture (HTML title, skip link, language switch, donate button, menu, breadcrumb, date/time/views/reading time, photo credit AZERTAC, "Share this", "Related news", "About" boilerplate, footer; published 08.10.2026): Regional Conference on Humanitarian Assistance to Migrants at Border Crossings in Baku "on Tuesday and Wednesday" (one participation of ten: the AzRCS host, the co-organiser State Migration Service, four societies, the IFRC, the ICRC, the IOM and the UNHCR observer), Middle Corridor Humanitarian Service Points Network established by a joint declaration that "four National Societies along the Trans-Caspian route signed" "On the closing day" (alliance of four; four signatories listed with semicolons, "Prof. Dr." among them), the conference "held with funding from the European Union's humanitarian aid department (DG ECHO) ... for the AzRCS" (support), AzRCS / IOM memorandum of understanding "On Tuesday afternoon, on the sidelines of the conference" ("It was signed by Mr. A and Mr. B"), the AzRCS President "received Prof. Dr. Karabulut" "On Tuesday evening" (meeting; the guest is known only by a surname already introduced), Azercell Telecom's 60 satellite phones "At the closing ceremony on Wednesday" (donation; "Azercell" as alias); traps: the Iranian delegation "took part in the discussions but did not sign", the Uzbekistan Red Crescent Society invited but could not attend, the Minister of Internal Affairs' greetings (title only), a joint simulation exercise only planned for 2027, photo credit (AZERTAC), related-news headline naming the Ministry of Health, "About" boilerplate naming the Movement, the ICRC and the IFRC.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

TRC = "Turkish Red Crescent"
AFAD = "Disaster and Emergency Management Presidency"
ECHO = "European Civil Protection and Humanitarian Aid Operations"
ARCELIK = "Arçelik"
ARCS = "Armenian Red Cross Society"
UNHCR = "United Nations High Commissioner for Refugees"
DRK = "German Red Cross"
AMERIA = "Ameriabank"
RCSG = "Red Cross Society of Georgia"
AUSRC = "Austrian Red Cross"
TBC = "TBC Bank"
UNICEF = "United Nations Children's Fund"
EMS = "Emergency Management Service of Georgia"
AZRCS = "Red Crescent Society of Azerbaijan"
SMS = "State Migration Service of the Republic of Azerbaijan"
KZRC = "Kazakh Red Crescent"
IRRCS = "Red Crescent Society of the Islamic Republic of Iran"
IOM = "International Organization for Migration"
AZERCELL = "Azercell Telecom"

DOCS = [
    (
        "tr01_kizilay_afad_container_settlements_protocol.txt",
        "2026-02-10",
        [
            org(TRC, NS, "TR", "Türk Kızılay", "Kızılay"),
            org(AFAD, GOV, "TR", "AFAD"),
            org(
                ECHO,
                GOV,
                None,
                "European Union",
                "DG ECHO",
                "Directorate-General for European Civil Protection and Humanitarian Aid Operations",
            ),
            org(ARCELIK, CO, "TR"),
        ],
        [
            person("Ayşe Nur Karabulut", "President", TRC),
            person("Cengiz Aktürk", "President", AFAD),
            person("Ömer Faruk Tanrıverdi", "Director General", TRC),
            person("Levent Sarıoğlu", "Chief Executive Officer", ARCELIK),
            person("Seda Yıldırım", "Press and Public Relations Coordinator", TRC),
        ],
        [
            rel(
                "agreement",
                [TRC, AFAD],
                signatories=["Ayşe Nur Karabulut", "Cengiz Aktürk"],
                place="Ankara, Türkiye",
                date="2026-02-09",
                evidence="The protocol was signed at the Türk Kızılay General Headquarters in Ankara by Prof. Dr. Ayşe Nur Karabulut",
            ),
            rel(
                "agreement",
                [TRC, AFAD],
                date="2014",
                evidence="which builds on the protocol our two institutions signed in 2014",
            ),
            rel(
                "support",
                [ECHO, TRC],
                evidence="has been funded since 2023 by the European Union, through its Directorate-General for European Civil Protection and Humanitarian Aid Operations (DG ECHO)",
            ),
            rel(
                "donation",
                [ARCELIK, TRC],
                place="Ankara, Türkiye",
                date="2026-02-09",
                evidence="donated 1,500 washing machines and 1,500 refrigerators to Türk Kızılay",
            ),
        ],
    ),
    (
        "tr02_arcs_unhcr_syunik_refugees_wire.txt",
        "2026-04-15",
        [
            org(ARCS, NS, "AM", "ARCS", "Armenian Red Cross"),
            org(UNHCR, UN, None, "UNHCR", "UN Refugee Agency"),
            org(ICRC, MB, None, "ICRC"),
            org(DRK, NS, "DE"),
            org(AMERIA, CO, "AM"),
        ],
        [
            person("Lilit Hovhannisyan", "Secretary General", ARCS),
            person("Ingrid Solberg", "Representative in Armenia", UNHCR),
            person("Arshak Mkrtchyan", "President", ARCS),
            person("Matthias Keller", "Head of delegation in Armenia", ICRC),
            person("Katrin Vogel", "Team leader", DRK),
            person("Narek Avetisyan", "Deputy Chief Executive Officer", AMERIA),
        ],
        [
            rel(
                "agreement",
                [ARCS, UNHCR],
                signatories=["Lilit Hovhannisyan", "Ingrid Solberg"],
                place="Yerevan, Armenia",
                date="2026-04-14",
                evidence="The agreement was signed at the ARCS headquarters in Yerevan by the",
            ),
            rel(
                "support",
                [UNHCR, ARCS],
                evidence="UNHCR will provide the Society with 1.8 million US dollars in 2026",
            ),
            rel(
                "agreement",
                [ARCS, UNHCR],
                date="2008",
                evidence="cooperation agreement in 2008 and have renewed it every year since.",
            ),
            rel(
                "meeting",
                [ARCS, ICRC],
                place="Yerevan, Armenia",
                date="2026-04-13",
                evidence="On Monday, ARCS President Arshak Mkrtchyan met with the head of the",
            ),
            rel(
                "mission",
                [DRK],
                place="Goris, Armenia",
                date="2026-04-13",
                evidence="the German Red Cross arrived in Goris, where it will support the ARCS",
            ),
            rel(
                "support",
                [DRK, ARCS],
                evidence="the German Red Cross arrived in Goris, where it will support the ARCS",
            ),
            rel(
                "donation",
                [AMERIA, ARCS],
                date="2026-04-14",
                evidence="Separately, Ameriabank on Tuesday handed over 40 million drams to the",
            ),
        ],
    ),
    (
        "tr03_georgia_floods_dref_update.txt",
        "2026-07-22",
        [
            org(IFRC, MB, None, "IFRC"),
            org(RCSG, NS, "GE", "RCSG"),
            org(AUSRC, NS, "AT"),
            org(ICRC, MB, None, "ICRC"),
            org(TRC, NS, "TR", "Türk Kızılay"),
            org(TBC, CO, "GE"),
            org(UNICEF, UN, None, "UNICEF"),
            org(EMS, GOV, "GE", "EMS"),
        ],
        [
            person("Levan Chkheidze", "Deputy Head", EMS),
            person("Salome Javakhishvili", "Chief of Field Operations in Georgia", UNICEF),
            person("Tamar Gelashvili", "Secretary General", RCSG),
            person(
                "Hanna Lindqvist",
                "Head of the Country Cluster Delegation for the South Caucasus",
                IFRC,
            ),
            person("Davit Meskhi", "Operations Manager", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, RCSG],
                evidence="This DREF supports the Red Cross Society of Georgia (RCSG)",
            ),
            rel(
                "mission",
                [IFRC],
                place="Kutaisi, Georgia",
                date="2026-07-09",
                evidence="The IFRC deployed a surge information management officer to Kutaisi on 9 July.",
            ),
            rel(
                "support",
                [AUSRC, RCSG],
                evidence="is supporting the RCSG's cash assistance with two technical staff",
            ),
            rel(
                "support",
                [ICRC, RCSG],
                evidence="The ICRC lent two 4x4 vehicles to the RCSG's Imereti branch",
            ),
            rel(
                "donation",
                [TRC, RCSG],
                place="Batumi, Georgia",
                date="2026-07-11",
                evidence="On 11 July, the Turkish Red Crescent (Türk Kızılay) delivered 14 trucks of relief items",
            ),
            rel(
                "donation",
                [TBC, RCSG],
                date="2026-07-15",
                evidence="On 15 July, TBC Bank donated GEL 300,000 to the RCSG for the cash component.",
            ),
            rel(
                "meeting",
                [RCSG, IFRC, UNICEF, EMS],
                place="Kutaisi, Georgia",
                date="2026-07-13",
                evidence="On 13 July, the RCSG, the IFRC, UNICEF and the EMS held a joint coordination meeting in Kutaisi.",
            ),
        ],
    ),
    (
        "tr04_baku_middle_corridor_migration_forum_page.txt",
        "2026-10-08",
        [
            org(AZRCS, NS, "AZ", "AzRCS"),
            org(SMS, GOV, "AZ"),
            org(TRC, NS, "TR"),
            org(RCSG, NS, "GE"),
            org(KZRC, NS, "KZ"),
            org(IRRCS, NS, "IR"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(IOM, UN, None, "IOM"),
            org(UNHCR, UN, None, "UNHCR", "UN Refugee Agency"),
            org(
                ECHO,
                GOV,
                None,
                "European Union",
                "DG ECHO",
                "European Union's humanitarian aid department",
            ),
            org(AZERCELL, CO, "AZ", "Azercell"),
        ],
        [
            person("Tural Mammadov", "President", AZRCS),
            person(
                "Hanna Lindqvist",
                "Head of the Country Cluster Delegation for the South Caucasus",
                IFRC,
            ),
            person("Ayşe Nur Karabulut", "President", TRC),
            person("Tamar Gelashvili", "Secretary General", RCSG),
            person("Aizhan Seitkali", "Chairperson", KZRC),
            person("Marco Bellini", "Chief of Mission in Azerbaijan", IOM),
            person("Orkhan Gasimov", "Chief Executive Officer", AZERCELL),
        ],
        [
            rel(
                "participation",
                [AZRCS, SMS, TRC, RCSG, KZRC, IRRCS, IFRC, ICRC, IOM, UNHCR],
                event="Regional Conference on Humanitarian Assistance to Migrants at Border Crossings",
                place="Baku, Azerbaijan",
                date="2026-10-06",
                evidence="The conference brought together delegations of the Turkish Red Crescent, the Red Cross Society of Georgia",
            ),
            rel(
                "alliance",
                [AZRCS, TRC, RCSG, KZRC],
                signatories=[
                    "Tural Mammadov",
                    "Ayşe Nur Karabulut",
                    "Tamar Gelashvili",
                    "Aizhan Seitkali",
                ],
                place="Baku, Azerbaijan",
                date="2026-10-07",
                evidence="signed a joint declaration establishing the Middle Corridor Humanitarian Service Points Network",
            ),
            rel(
                "support",
                [ECHO, AZRCS],
                evidence="The conference was held with funding from the European Union's humanitarian aid department (DG ECHO)",
            ),
            rel(
                "agreement",
                [AZRCS, IOM],
                signatories=["Tural Mammadov", "Marco Bellini"],
                place="Baku, Azerbaijan",
                date="2026-10-06",
                evidence="the AzRCS and IOM signed a memorandum of understanding on assistance to migrants",
            ),
            rel(
                "meeting",
                [AZRCS, TRC],
                place="Baku, Azerbaijan",
                date="2026-10-06",
                evidence="On Tuesday evening, Mr. Mammadov received Prof. Dr. Karabulut.",
            ),
            rel(
                "donation",
                [AZERCELL, AZRCS],
                place="Baku, Azerbaijan",
                date="2026-10-07",
                evidence="Azercell Telecom presented 60 satellite phones to the AzRCS for its border branches.",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
