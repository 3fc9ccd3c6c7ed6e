"""Gold annotations for held-out set 137 (prefix ja): Central Asia and the Caucasus.

ja01 - Kazakh Red Crescent / Ministry of Emergency Situations MoU press release; IFRC delegation
       head present but not signing, DREF support and Kaspi.kz donation as background, 2019
       education agreement as background, planned Ministry of Health MoU and invitation (not relations).
ja02 - Wire copy translated from Russian, hard line breaks (Tajikistan mudflows); news agencies
       Khovar/Asia-Plus cited as sources, ICRC only "stands ready", EU application only considered,
       IFRC mission to Khatlon, relative dates (Sunday/Monday).
ja03 - Blog/feature from Gyumri, Armenia; byline author excluded, private client, co-mentioned
       UNICEF/World Vision, generic Partner National Societies, Swiss Red Cross only talked about;
       Austrian RC funding since 2017, visit "last month", 2021 agreement as background.
ja04 - Conference report (Tashkent forum): one participation relation, alliance of five societies
       (Azerbaijan only invited as observer), bilateral agreement with IFRC director present but
       not signing, a series of separate bilateral talks, offer to host next forum (not a relation).
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

RCSK = "Red Crescent Society of Kazakhstan"
RCSKG = "Red Crescent Society of Kyrgyzstan"
RCST = "Red Crescent Society of Tajikistan"
RCSTM = "Red Crescent Society of Turkmenistan"
RCSU = "Red Crescent Society of Uzbekistan"
AZRCS = "Azerbaijan Red Crescent Society"
ARCS = "Armenian Red Cross Society"
AUTRC = "Austrian Red Cross"
KZ_MES = "Ministry of Emergency Situations of the Republic of Kazakhstan"
KZ_MOES = "Ministry of Education and Science of the Republic of Kazakhstan"
COES = "Committee of Emergency Situations and Civil Defence"
UZ_MES = "Ministry of Emergency Situations of the Republic of Uzbekistan"
AM_MLSA = "Ministry of Labour and Social Affairs of Armenia"
UNDP = "United Nations Development Programme"
WFP = "World Food Programme"
SDC = "Swiss Agency for Development and Cooperation"

DOCS = [
    (
        "ja01_kazakhstan_emergency_mou.txt",
        "2024-10-17",
        [
            org(RCSK, NS, "KZ", "Red Crescent"),
            org(KZ_MES, GOV, "KZ", "Ministry of Emergency Situations"),
            org(IFRC, MB, None, "IFRC"),
            org("Kaspi.kz", CO, "KZ"),
            org(KZ_MOES, GOV, "KZ", "Ministry of Education and Science"),
        ],
        [
            person("Azamat Serikbayev", "Chairman", RCSK),
            person("Dauren Kuanyshev", "Vice-Minister", KZ_MES),
            person(
                "Olga Petrenko",
                "Head of the IFRC Country Cluster Delegation for Central Asia",
                IFRC,
            ),
            person("Aigerim Nurlanova", "Communications Officer", RCSK),
        ],
        [
            rel(
                "agreement",
                [RCSK, KZ_MES],
                signatories=["Azamat Serikbayev", "Dauren Kuanyshev"],
                place="Astana, Kazakhstan",
                date="2024-10-16",
                evidence="The Red Crescent Society of Kazakhstan and the Ministry of Emergency Situations of the Republic of Kazakhstan yesterday signed a memorandum of understanding",
            ),
            rel(
                "support",
                [IFRC, RCSK],
                date="2024-04",
                evidence="That operation was backed by an allocation from the International Federation of Red Cross and Red Crescent Societies' Disaster Response Emergency Fund (DREF).",
            ),
            rel(
                "donation",
                ["Kaspi.kz", RCSK],
                date="2024-04",
                evidence="The fintech company Kaspi.kz donated 100 million tenge collected from its customers through the Kaspi app to the Red Crescent's flood appeal the same month.",
            ),
            rel(
                "agreement",
                [RCSK, KZ_MOES],
                date="2019",
                evidence="a 2019 agreement between the Red Crescent and the Ministry of Education and Science",
            ),
        ],
    ),
    (
        "ja02_tajikistan_mudflows_khatlon.txt",
        "2024-05-14",
        [
            org(COES, GOV, "TJ", "CoES"),
            org(RCST, NS, "TJ", "RCST"),
            org(IFRC, MB, None, "IFRC"),
            org("UNICEF", UN, None),
            org("Government of Japan", GOV, "JP"),
        ],
        [
            person("Firuza Rahmonova", "Secretary General", RCST),
            person("Sherali Davlatzoda", "Chairman", COES),
            person("Bekzod Yusupov", "Operations Manager for Tajikistan", IFRC),
        ],
        [
            rel(
                "meeting",
                [RCST, COES],
                date="2024-05-13",
                evidence="On Monday Ms Rahmonova met CoES chairman Sherali Davlatzoda to agree",
            ),
            rel(
                "support",
                [IFRC, RCST],
                evidence="Response Emergency Fund to support the RCST relief operation.",
            ),
            rel(
                "mission",
                [IFRC],
                place="Khatlon, Tajikistan",
                date="2024-05-12",
                evidence="IFRC also sent a three-person assessment team from its office in",
            ),
            rel(
                "support",
                ["UNICEF", RCST],
                evidence="UNICEF is supporting the Red Crescent's water and hygiene work in",
            ),
            rel(
                "donation",
                ["Government of Japan", COES],
                evidence="Separately, the Government of Japan donated 150 family tents and",
            ),
        ],
    ),
    (
        "ja03_armenia_gyumri_heat_homecare.txt",
        "2024-08-05",
        [
            org(ARCS, NS, "AM", "ARCS"),
            org(AUTRC, NS, "AT"),
            org("Ucom", CO, "AM"),
            org(AM_MLSA, GOV, "AM", "Ministry of Labour and Social Affairs"),
        ],
        [
            person("Karine Avetisyan", "Nurse", ARCS),
            person("Gor Manukyan", "Head of the Shirak branch", ARCS),
            person("Martina Hofer", "Head of International Cooperation", AUTRC),
            person("Nune Petrosyan", "Secretary General", ARCS),
        ],
        [
            rel(
                "support",
                [AUTRC, ARCS],
                date="2017",
                evidence="The programme has been funded by the Austrian Red Cross since 2017",
            ),
            rel(
                "donation",
                ["Ucom", ARCS],
                date="2024-06",
                evidence="In June the telecoms operator Ucom donated 300 simple mobile phones with a year of free airtime to the programme's clients",
            ),
            rel(
                "agreement",
                [ARCS, AM_MLSA],
                date="2021",
                evidence="Since the National Society signed a cooperation agreement with Armenia's Ministry of Labour and Social Affairs in 2021",
            ),
            rel(
                "meeting",
                [AUTRC, ARCS],
                place="Gyumri, Armenia",
                date="2024-07",
                evidence="Last month a delegation from the Austrian Red Cross, led by Martina Hofer, its head of international cooperation, came to Gyumri to see the heat protocol in practice.",
            ),
        ],
    ),
    (
        "ja04_tashkent_climate_forum_coalition.txt",
        "2024-11-22",
        [
            org(RCSU, NS, "UZ"),
            org(IFRC, MB, None, "IFRC"),
            org(RCSK, NS, "KZ"),
            org(RCSKG, NS, "KG"),
            org(RCST, NS, "TJ"),
            org(RCSTM, NS, "TM"),
            org(AZRCS, NS, "AZ"),
            org(ICRC, MB, None, "ICRC"),
            org(UNDP, UN, None, "UN Development Programme", "UNDP"),
            org(WFP, UN, None, "WFP"),
            org(UZ_MES, GOV, "UZ", "Ministry of Emergency Situations"),
            org(SDC, GOV, "CH", "SDC"),
        ],
        [
            person("Dilnoza Karimova", "Chairperson", RCSU),
            person("Kubanychbek Tokonov", "Secretary General", RCSKG),
            person("Henrik Larsen", "Regional Director for Europe", IFRC),
            person("Abdulla Kulmatov", "Minister of Emergency Situations", UZ_MES),
            person("Mariko Sato", "Resident Representative", UNDP),
            person("Pascal Meier", "Head of the ICRC regional delegation in Tashkent", ICRC),
        ],
        [
            rel(
                "participation",
                [RCSU, IFRC, RCSK, RCSKG, RCST, RCSTM, AZRCS, ICRC, UNDP, WFP, UZ_MES],
                event="Regional Forum on Climate and Disaster Resilience in Central Asia",
                place="Tashkent, Uzbekistan",
                date="2024-11-20",
                evidence="The forum, hosted on 20–21 November by the Red Crescent Society of Uzbekistan together with the International Federation of Red Cross and Red Crescent Societies, brought together",
            ),
            rel(
                "support",
                [WFP, RCSU],
                evidence="The Uzbek society's hosting costs were covered by WFP and the Swiss Agency for Development and Cooperation (SDC).",
            ),
            rel(
                "support",
                [SDC, RCSU],
                evidence="The Uzbek society's hosting costs were covered by WFP and the Swiss Agency for Development and Cooperation (SDC).",
            ),
            rel(
                "alliance",
                [RCSK, RCSKG, RCST, RCSTM, RCSU],
                place="Tashkent, Uzbekistan",
                date="2024-11-21",
                evidence="the Kazakh, Kyrgyz, Tajik, Turkmen and Uzbek societies set up the Central Asia Heat Action Coalition",
            ),
            rel(
                "agreement",
                [RCSU, RCSKG],
                signatories=["Dilnoza Karimova", "Kubanychbek Tokonov"],
                place="Tashkent, Uzbekistan",
                date="2024-11-20",
                evidence="the Uzbek and Kyrgyz societies also signed a cross-border cooperation agreement covering the Fergana Valley",
            ),
            rel(
                "meeting",
                [IFRC, UZ_MES],
                place="Tashkent, Uzbekistan",
                date="2024-11-20",
                evidence="He held talks with Minister of Emergency Situations Abdulla Kulmatov on Wednesday",
            ),
            rel(
                "meeting",
                [IFRC, UNDP],
                place="Tashkent, Uzbekistan",
                date="2024-11-21",
                evidence="on Thursday met UNDP Resident Representative Mariko Sato to discuss climate-adaptation financing",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
