"""Gold annotations for held-out set 158 (prefix kr): the Levant (Jordan National Red Crescent, Lebanese Red Cross, Syrian Arab Red Crescent, Palestine Red Crescent; UNRWA, ICRC, EU humanitarian aid, ministries of health, companies and banks).

kr01 - press release (Amman, 9 July 2025): JNRCS / Ministry of Health heat-health MoU signed "on Tuesday" (dateline-relative), Danish RC financing the society with money from the Danish foreign ministry (chain of two support relations), Arab Bank gift of money and cooling kits, Aramex carrying the kits free of charge (support), background 2023 renewal of the JNRCS / UNHCR cooperation agreement; traps: Danish ambassador named only by title and only attended, "partner National Societies" generic, Petra cited as a source, WHO only "expected to join" a committee, Aqaba extension only hoped for, "About" boilerplate, media contact (a named person with post: counted).
kr02 - wire story with hard line breaks (BEIRUT, Feb 12, 2025): QRCS hands ten ambulances to the LRC "on Tuesday", LRC leadership holds talks with the Public Health Minister "on Monday" (ministry named only through the minister's title), ECHO covering running costs (passive), ICRC paying for station repairs, Norwegian RC team sent to Tyre (mission + support), Bank Audi donation to the blood service, background 2021 agreement with AUBMC ("the two"); traps: Kuwait RC only studying a request, Mayor of Tyre title only and absent, unnamed ICRC spokesperson, UNIFIL mere co-mention, National News Agency cited as a source, reporting/editing credits.
kr03 - IFRC-style Emergency Appeal operation update, Syria returns (issued 14 April 2025): IFRC appeal in support of SARC, UNICEF and Türk Kızılay in-kind donations, WFP field-level agreement renewed in January 2025, one three-party meeting SARC + IFRC + Minister of Health in Damascus, German RC financing mobile units, JNRCS medical team sent to Daraa (mission + support), ICRC supporting water stations; traps: OCHA cited as source, Partner National Societies generic, Swiss RC only "may fund", UNHCR / IOM mere co-mention, Governor of Homs title only, appeal revision only conditional, contact block with titles only.
kr04 - local news with byline (published Thursday 27 November 2025): 2nd Regional Forum on Health in Protracted Crises in Amman (one participation of twelve organisations, co-organisers included), alliance of four societies declared "yesterday", PRCS / UNRWA MoU signed "on Tuesday", background 2023 PRCS / Egyptian RC protocol, Jordan's Minister of Health receives an LRC delegation (meeting), two separate bilateral IFRC meetings with SARC and PRCS, Zain Jordan paying for the JNRCS dispatch system; traps: byline, Iraqi RC took part but did not join, Kuwait RC invited but absent, Egyptian delegation head named only by title and expansion only being looked at, secretariat and blood-stock tool only future, EU mere co-mention, Petra cited as a source, next forum only scheduled.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

JNRCS = "Jordan National Red Crescent Society"
LRC = "Lebanese Red Cross"
SARC = "Syrian Arab Red Crescent"
PRCS = "Palestine Red Crescent Society"
QRCS = "Qatar Red Crescent Society"
DNRC = "Danish Red Cross"
NORC = "Norwegian Red Cross"
GRC = "German Red Cross"
TRC = "Turkish Red Crescent"
IRCS = "Iraqi Red Crescent Society"
ERC = "Egyptian Red Crescent"
ARCO = "Arab Red Crescent and Red Cross Organization"
UNHCR = "United Nations High Commissioner for Refugees"
UNICEF = "United Nations Children's Fund"
WFP = "World Food Programme"
WHO = "World Health Organization"
UNRWA = "United Nations Relief and Works Agency for Palestine Refugees in the Near East"
ECHO = "European Civil Protection and Humanitarian Aid Operations"
MOH_JO = "Ministry of Health"
MOH_SY = "Ministry of Health"
MOPH_LB = "Ministry of Public Health"
DKMFA = "Ministry of Foreign Affairs of Denmark"
AUBMC = "American University of Beirut Medical Center"

DOCS = [
    (
        "kr01_jordan_heat_health_mou.txt",
        "2025-07-09",
        [
            org(JNRCS, NS, "JO", "JNRCS", "Jordan Red Crescent"),
            org(MOH_JO, GOV, "JO"),
            org(DNRC, NS, "DK"),
            org(DKMFA, GOV, "DK"),
            org("Arab Bank", CO, "JO"),
            org("Aramex", CO, "JO"),
            org(UNHCR, UN, None, "UNHCR"),
        ],
        [
            person("Rami Khalil Haddadin", "Secretary General", JNRCS),
            person("Nisreen Abu Ghazaleh", "Secretary General for Primary Health Care", MOH_JO),
            person("Samir Talal Obeidat", "President", JNRCS),
            person("Mette Kjærgaard Holm", "Country Manager in Amman", DNRC),
            person("Hala Suleiman Nabulsi", "Head of corporate sustainability", "Arab Bank"),
            person("Lina Farouq Masri", "Communications Officer", JNRCS),
        ],
        [
            rel(
                "agreement",
                [JNRCS, MOH_JO],
                signatories=["Rami Khalil Haddadin", "Nisreen Abu Ghazaleh"],
                place="Amman, Jordan",
                date="2025-07-08",
                evidence="The Jordan National Red Crescent Society (JNRCS) and the Ministry of Health on Tuesday concluded a memorandum of understanding",
            ),
            rel(
                "support",
                [DNRC, JNRCS],
                evidence="The first two years of the programme are being financed by the Danish Red Cross",
            ),
            rel(
                "support",
                [DKMFA, DNRC],
                evidence="with funds the Danish society receives from the Ministry of Foreign Affairs of Denmark",
            ),
            rel(
                "donation",
                ["Arab Bank", JNRCS],
                evidence="Arab Bank donated 40,000 Jordanian dinars and 5,000 cooling kits",
            ),
            rel(
                "support",
                ["Aramex", JNRCS],
                evidence="The kits were carried to the branches free of charge by the logistics company Aramex.",
            ),
            rel(
                "agreement",
                [JNRCS, UNHCR],
                date="2023",
                evidence="under a cooperation agreement the society renewed with UNHCR in 2023",
            ),
        ],
    ),
    (
        "kr02_lebanon_ambulances_south.txt",
        "2025-02-12",
        [
            org(LRC, NS, "LB"),
            org(QRCS, NS, "QA", "Qatar Red Crescent"),
            org(MOPH_LB, GOV, "LB"),
            org(ECHO, GOV, None, "ECHO", "European Union's humanitarian aid department"),
            org(ICRC, MB, None, "ICRC"),
            org(NORC, NS, "NO"),
            org("Bank Audi", CO, "LB"),
            org(AUBMC, OTHER, "LB"),
        ],
        [
            person("Yousef Ali Al-Mannai", "Head of the mission in Lebanon", QRCS),
            person("Elie Nassif Khoury", "Secretary General", LRC),
            person("Michel Sassine Abou Jaoude", "President", LRC),
            person("Karim Salim Haddad", "Minister of Public Health", MOPH_LB),
            person("Katrin Lindqvist", "Head of the ECHO office in Beirut", ECHO),
        ],
        [
            rel(
                "donation",
                [QRCS, LRC],
                place="Beirut, Lebanon",
                date="2025-02-11",
                evidence="on Tuesday of ten fully equipped ambulances from the Qatar Red",
            ),
            rel(
                "meeting",
                [LRC, MOPH_LB],
                date="2025-02-10",
                evidence="Jaoude, held talks with Public Health Minister Karim Salim Haddad on",
            ),
            rel(
                "support",
                [ECHO, LRC],
                evidence="are being covered by the European Union's humanitarian aid",
            ),
            rel(
                "support",
                [ICRC, LRC],
                evidence="Lebanese Red Cross ambulance service since the civil war, is paying",
            ),
            rel(
                "mission",
                [NORC],
                place="Tyre, Lebanon",
                evidence="A four-member team from the Norwegian Red Cross arrived in Tyre last",
            ),
            rel(
                "support",
                [NORC, LRC],
                evidence="week to train Lebanese Red Cross volunteers in mass-casualty",
            ),
            rel(
                "donation",
                ["Bank Audi", LRC],
                evidence="Lebanese lender Bank Audi donated $250,000 to the society's blood",
            ),
            rel(
                "agreement",
                [LRC, AUBMC],
                date="2021",
                evidence="Medical Center under an agreement the two signed in 2021 on blood",
            ),
        ],
    ),
    (
        "kr03_syria_returns_appeal_update.txt",
        "2025-04-14",
        [
            org(SARC, NS, "SY", "SARC"),
            org(IFRC, MB, None, "IFRC"),
            org(UNICEF, UN, None, "UNICEF"),
            org(TRC, NS, "TR", "Türk Kızılay"),
            org(WFP, UN, None),
            org(MOH_SY, GOV, "SY"),
            org(GRC, NS, "DE"),
            org(JNRCS, NS, "JO"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Nabil Fawzi Kassab", "President", SARC),
            person("Hanna Liebermann", "Head of Country Delegation", IFRC),
            person("Adnan Rafiq Sabbagh", "Minister of Health", MOH_SY),
        ],
        [
            rel(
                "support",
                [IFRC, SARC],
                date="2025-01-17",
                evidence="The IFRC launched this Emergency Appeal on 17 January 2025 to support the Syrian Arab Red Crescent",
            ),
            rel(
                "donation",
                [UNICEF, SARC],
                place="Damascus, Syria",
                date="2025-03-03",
                evidence="On 3 March UNICEF handed over 12,000 family hygiene kits and 800 water tanks to SARC",
            ),
            rel(
                "donation",
                [TRC, SARC],
                place="Idlib, Syria",
                date="2025-02-27",
                evidence="the Turkish Red Crescent (Türk Kızılay) delivered 2,000 family tents and 6,000 blankets to the SARC Idlib branch on 27 February",
            ),
            rel(
                "agreement",
                [SARC, WFP],
                date="2025-01",
                evidence="under a field-level agreement most recently renewed in January 2025",
            ),
            rel(
                "meeting",
                [SARC, IFRC, MOH_SY],
                place="Damascus, Syria",
                date="2025-03-18",
                evidence="met the Minister of Health, Dr. Adnan Rafiq Sabbagh, in Damascus",
            ),
            rel(
                "support",
                [GRC, SARC],
                evidence="The German Red Cross, a long-standing partner of SARC, is financing six of the mobile health units",
            ),
            rel(
                "mission",
                [JNRCS],
                place="Daraa, Syria",
                date="2025-03-09",
                evidence="The Jordan National Red Crescent Society sent a medical team of seven doctors and nurses to Daraa on 9 March",
            ),
            rel(
                "support",
                [JNRCS, SARC],
                evidence="to reinforce a SARC mobile clinic near the Nassib crossing for six weeks",
            ),
            rel(
                "support",
                [ICRC, SARC],
                evidence="The ICRC is supporting SARC in repairing water pumping stations",
            ),
        ],
    ),
    (
        "kr04_amman_regional_health_forum_alliance.txt",
        "2025-11-27",
        [
            org(JNRCS, NS, "JO"),
            org(LRC, NS, "LB"),
            org(SARC, NS, "SY", "SARC"),
            org(PRCS, NS, "PS", "PRCS"),
            org(ARCO, OTHER, None, "ARCO"),
            org(IRCS, NS, "IQ", "Iraqi Red Crescent"),
            org(ERC, NS, "EG"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(UNRWA, UN, None, "UNRWA"),
            org(WHO, UN, None),
            org(MOH_JO, GOV, "JO", "Jordan's Ministry of Health"),
            org("Zain Jordan", CO, "JO"),
        ],
        [
            person("Samir Talal Obeidat", "President", JNRCS),
            person("Saleh Hamad Al-Tuwaijri", "Secretary General", ARCO),
            person("Rania Adel Shawwa", "Secretary General", PRCS),
            person("Helena Marquardt", "Director of Health", UNRWA),
            person("Tarek Ziad Momani", "Minister of Health", MOH_JO),
            person("Michel Sassine Abou Jaoude", "President", LRC),
            person(
                "Omar Bashir Idris", "Regional Director for the Middle East and North Africa", IFRC
            ),
            person("Nabil Fawzi Kassab", "President", SARC),
            person("Hani Mustafa Darwish", "President", PRCS),
        ],
        [
            rel(
                "participation",
                [JNRCS, ARCO, LRC, SARC, PRCS, IRCS, ERC, IFRC, ICRC, UNRWA, WHO, MOH_JO],
                event="2nd Regional Forum on Health in Protracted Crises",
                place="Amman, Jordan",
                date="2025-11-24",
                evidence="The 2nd Regional Forum on Health in Protracted Crises ran from Monday to Wednesday",
            ),
            rel(
                "alliance",
                [JNRCS, LRC, SARC, PRCS],
                place="Amman, Jordan",
                date="2025-11-26",
                evidence="The Levant Emergency Medical Services Alliance groups the host Jordan National Red Crescent Society, the Lebanese Red Cross, the Syrian Arab Red Crescent and the Palestine Red Crescent Society.",
            ),
            rel(
                "agreement",
                [PRCS, UNRWA],
                signatories=["Rania Adel Shawwa", "Helena Marquardt"],
                place="Amman, Jordan",
                date="2025-11-25",
                evidence="On Tuesday the Palestine Red Crescent Society and the United Nations Relief and Works Agency for Palestine Refugees in the Near East put pen to paper on a memorandum of understanding",
            ),
            rel(
                "agreement",
                [PRCS, ERC],
                date="2023",
                evidence="with which the society signed a cooperation protocol in 2023",
            ),
            rel(
                "meeting",
                [MOH_JO, LRC],
                place="Amman, Jordan",
                date="2025-11-24",
                evidence="received a Lebanese Red Cross delegation led by its president, Michel Sassine Abou Jaoude, at the ministry in Amman",
            ),
            rel(
                "meeting",
                [IFRC, SARC],
                place="Amman, Jordan",
                evidence="met separately with SARC President Dr. Nabil Fawzi Kassab and with PRCS President Dr. Hani Mustafa Darwish",
            ),
            rel(
                "meeting",
                [IFRC, PRCS],
                place="Amman, Jordan",
                evidence="met separately with SARC President Dr. Nabil Fawzi Kassab and with PRCS President Dr. Hani Mustafa Darwish",
            ),
            rel(
                "support",
                ["Zain Jordan", JNRCS],
                evidence="The system was paid for by Zain Jordan, the mobile operator",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
