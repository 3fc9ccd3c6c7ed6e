"""Gold annotations for held-out set 157 (prefix kq): the Horn of Africa (Ethiopian Red Cross Society, Somali Red Crescent Society, Red Crescent Society of Djibouti, Sudanese Red Crescent; IGAD, drought, displacement, WFP, UNICEF, Gulf donors).

kq01 - press release (Addis Ababa, 5 Feb 2025): ERCS / QRCS three-year drought recovery agreement signed "on Monday", QFFD financing QRCS ("through QRCS"), QRCS firmly committed to transfer the funds to ERCS ("the Qatari society", "the National Society"), UNICEF gift of water treatment supplies to the Jigjiga warehouse, QRCS delegation talks with the EDRMC commissioner "on Tuesday", background 2021 ERCS / EDRMC framework agreement ("the commission", "the two bodies"); traps: IFRC country delegation head only attended, zonal administrators generic/title only, Ethiopian News Agency cited as source, Turkish Red Crescent only "expected to join", donors only being approached, "About" boilerplate on the Movement, media contact (a named person with post: counted).
kq02 - wire story with hard line breaks (MOGADISHU, April 15, 2025): KSrelief food baskets handed to the Somali Red Crescent "on Sunday", SRCS president met the SoDMA commissioner "on Monday", UNICEF / SRCS programme document signed "last week" (UNICEF spelled out only), Emirates Red Crescent covering clinic costs, Türk Kızılay team arrived in Baidoa (mission), Keysaney Hospital run with ICRC support (passive); traps: unnamed KSrelief official and a shipment only under consideration, ministry MoU only planned, Qatar Charity only in discussions, Hiiraan Online and FSNAU cited as sources, reporting/writing/editing credits.
kq03 - IFRC-style Emergency Appeal operation update, Sudan complex emergency (issued 12 Sep 2025): IFRC appeal support to SRCS, one three-party meeting SRCS + IFRC + HAC in Port Sudan, UNICEF funding oral rehydration points, Kuwait RCS gift of medical supplies (passive, "donated by"), Saudi Red Crescent Authority medical team to Port Sudan (mission), British RC financing cash, ICRC support plus background March 2024 partnership framework agreement ("the two components"); traps: state health authorities / MSF / WHO mere co-mention, Partner National Societies generic, Norwegian RC only "exploring", Wali of Kassala named only by title, contact block with titles only.
kq04 - local news with byline (published 27 Nov 2025): IGAD Regional Forum on Drought Resilience and Early Action in Djibouti (one participation of twelve organisations, co-hosts included), alliance of five societies formed "on Wednesday", ICPAC / IFRC letter of agreement signed "on Tuesday", background 2019 Djibouti RC / SEGRC agreement, two separate bilateral talks of the IGAD executive secretary (H.E. Dr.) with the Somali and Sudanese presidents, WFP funding Kenya RC cash pilot, Kuwait RCS ambulances handed over "on Monday" plus talks with the Djibouti president ("Mr Ali Robleh"); traps: byline, Uganda RC took part but did not join the alliance, South Sudan RC invited but withdrew, Ethiopian delegation head named only by title and stockpile only hoped for, Qatar RCS absent and only "would consider" funding, AU mere co-mention, Agence Djiboutienne d'Information cited as source, next forum only due.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

ERCS = "Ethiopian Red Cross Society"
QRCS = "Qatar Red Crescent Society"
SOMRCS = "Somali Red Crescent Society"
SUDRCS = "Sudanese Red Crescent Society"
RCSD = "Red Crescent Society of Djibouti"
KRCS = "Kenya Red Cross Society"
URCS = "Uganda Red Cross Society"
KUWRCS = "Kuwait Red Crescent Society"
ERC = "Emirates Red Crescent"
TRC = "Turkish Red Crescent"
SRCA = "Saudi Red Crescent Authority"
BRC = "British Red Cross"
QFFD = "Qatar Fund for Development"
UNICEF = "United Nations Children's Fund"
WFP = "World Food Programme"
EDRMC = "Ethiopian Disaster Risk Management Commission"
KSR = "King Salman Humanitarian Aid and Relief Centre"
SODMA = "Somali Disaster Management Agency"
HAC = "Humanitarian Aid Commission"
IGAD = "Intergovernmental Authority on Development"
ICPAC = "IGAD Climate Prediction and Applications Centre"
SEGRC = "Executive Secretariat for Risk and Disaster Management"

DOCS = [
    (
        "kq01_ethiopia_qatar_somali_region_drought.txt",
        "2025-02-05",
        [
            org(ERCS, NS, "ET", "ERCS", "Ethiopian Red Cross"),
            org(QRCS, NS, "QA", "QRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(QFFD, GOV, "QA", "QFFD"),
            org(UNICEF, UN, None, "UNICEF"),
            org(EDRMC, GOV, "ET", "EDRMC"),
        ],
        [
            person("Meseret Alemayehu Bekele", "Secretary General", ERCS),
            person(
                "Khalid Nasser Al-Marri",
                "Executive Director of Relief and International Development",
                QRCS,
            ),
            person("Sofie Lindqvist", "Head of the IFRC country delegation in Ethiopia", IFRC),
            person("Abebe Girma Tolosa", "Commissioner", EDRMC),
            person("Hanna Gebremedhin Tesfaye", "Communications Officer", ERCS),
        ],
        [
            rel(
                "agreement",
                [ERCS, QRCS],
                signatories=["Meseret Alemayehu Bekele", "Khalid Nasser Al-Marri"],
                place="Addis Ababa, Ethiopia",
                date="2025-02-03",
                evidence="The Ethiopian Red Cross Society (ERCS) and the Qatar Red Crescent Society (QRCS) on Monday signed a three-year agreement",
            ),
            rel(
                "support",
                [QFFD, QRCS],
                evidence="is financed by the Qatar Fund for Development (QFFD) through QRCS",
            ),
            rel(
                "support",
                [QRCS, ERCS],
                evidence="the Qatari society will transfer the funds to the National Society in quarterly instalments",
            ),
            rel(
                "donation",
                [UNICEF, ERCS],
                place="Jigjiga, Ethiopia",
                date="2025-02-03",
                evidence="UNICEF's Ethiopia country office delivered 40,000 water treatment sachets and 2,000 collapsible jerrycans to the ERCS warehouse in Jigjiga",
            ),
            rel(
                "meeting",
                [QRCS, EDRMC],
                date="2025-02-04",
                evidence="the QRCS delegation held talks with Abebe Girma Tolosa, Commissioner of the Ethiopian Disaster Risk Management Commission (EDRMC)",
            ),
            rel(
                "agreement",
                [ERCS, EDRMC],
                date="2021",
                evidence="under a framework agreement the two bodies signed in 2021",
            ),
        ],
    ),
    (
        "kq02_somalia_ksrelief_food_baskets.txt",
        "2025-04-15",
        [
            org(KSR, GOV, "SA", "KSrelief"),
            org(SOMRCS, NS, "SO", "Somali Red Crescent"),
            org(SODMA, GOV, "SO", "SoDMA"),
            org(UNICEF, UN, None, "UNICEF"),
            org(ERC, NS, "AE"),
            org(TRC, NS, "TR", "Türk Kızılay"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Ahmed Abdullahi Warsame", "President", SOMRCS),
            person("Fahad Saad Al-Qahtani", "Director of the KSrelief office in Mogadishu", KSR),
            person("Mohamud Abdi Gelle", "Commissioner", SODMA),
        ],
        [
            rel(
                "donation",
                [KSR, SOMRCS],
                place="Mogadishu, Somalia",
                date="2025-04-13",
                evidence="Humanitarian Aid and Relief Centre (KSrelief) handed over 18,000",
            ),
            rel(
                "meeting",
                [SOMRCS, SODMA],
                place="Mogadishu, Somalia",
                date="2025-04-14",
                evidence="On Monday Abdullahi Warsame met the commissioner of the Somali",
            ),
            rel(
                "agreement",
                [UNICEF, SOMRCS],
                date="2025-04",
                evidence="week signed a programme document that will keep the society's",
            ),
            rel(
                "support",
                [ERC, SOMRCS],
                evidence="The Emirates Red Crescent has covered the running costs of 12",
            ),
            rel(
                "mission",
                [TRC],
                place="Baidoa, Somalia",
                date="2025-04-14",
                evidence="A team of Turkish Red Crescent (Türk Kızılay) aid workers arrived",
            ),
            rel(
                "support",
                [ICRC, SOMRCS],
                evidence="Hospital in north Mogadishu, which the society runs with the",
            ),
        ],
    ),
    (
        "kq03_sudan_complex_emergency_update.txt",
        "2025-09-12",
        [
            org(SUDRCS, NS, "SD", "SRCS", "Sudanese Red Crescent"),
            org(IFRC, MB, None, "IFRC"),
            org(HAC, GOV, "SD", "HAC"),
            org(UNICEF, UN, None, "UNICEF"),
            org(KUWRCS, NS, "KW"),
            org(SRCA, NS, "SA"),
            org(BRC, NS, "GB"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Omer Abdelrahim Babiker", "Secretary General", SUDRCS),
            person("Mette Sørensen", "Head of Delegation for Sudan", IFRC),
            person("Abdelgadir Hamid Musa", "Commissioner General", HAC),
            person("Nafisa Osman Elamin", "Director of Health", SUDRCS),
        ],
        [
            rel(
                "support",
                [IFRC, SUDRCS],
                evidence="The IFRC continues to support the Sudanese Red Crescent Society (SRCS) through this Emergency Appeal",
            ),
            rel(
                "meeting",
                [SUDRCS, IFRC, HAC],
                place="Port Sudan, Sudan",
                date="2025-09-03",
                evidence="On 3 September, SRCS Secretary General Omer Abdelrahim Babiker and Mette Sørensen, IFRC Head of Delegation for Sudan, met Abdelgadir Hamid Musa",
            ),
            rel(
                "support",
                [UNICEF, SUDRCS],
                evidence="With UNICEF funding, SRCS volunteers are running 52 oral rehydration points",
            ),
            rel(
                "donation",
                [KUWRCS, SUDRCS],
                place="Port Sudan, Sudan",
                date="2025-08-21",
                evidence="30 tonnes of medical supplies and cholera kits donated by the Kuwait Red Crescent Society landed in Port Sudan on 21 August",
            ),
            rel(
                "mission",
                [SRCA],
                place="Port Sudan, Sudan",
                date="2025-08-18",
                evidence="The Saudi Red Crescent Authority deployed a 14-member medical team to Port Sudan on 18 August",
            ),
            rel(
                "support",
                [BRC, SUDRCS],
                evidence="The British Red Cross finances the multipurpose cash programme in Gedaref state",
            ),
            rel(
                "support",
                [ICRC, SUDRCS],
                evidence="The ICRC supports SRCS in restoring family links",
            ),
            rel(
                "agreement",
                [ICRC, SUDRCS],
                date="2024-03",
                evidence="under the Movement partnership framework agreement that the two components renewed in March 2024",
            ),
        ],
    ),
    (
        "kq04_djibouti_igad_drought_forum_alliance.txt",
        "2025-11-27",
        [
            org(RCSD, NS, "DJ", "Djibouti Red Crescent"),
            org(ERCS, NS, "ET"),
            org(SOMRCS, NS, "SO", "Somali Red Crescent"),
            org(KRCS, NS, "KE", "Kenya Red Cross"),
            org(SUDRCS, NS, "SD", "Sudanese Red Crescent"),
            org(URCS, NS, "UG"),
            org(IFRC, MB, None, "IFRC"),
            org(IGAD, OTHER, None, "IGAD"),
            org(ICPAC, OTHER, None, "ICPAC"),
            org(WFP, UN, None, "WFP"),
            org(UNICEF, UN, None, "UNICEF"),
            org(KUWRCS, NS, "KW"),
            org(SEGRC, GOV, "DJ", "SEGRC"),
        ],
        [
            person("Abdourahman Ali Robleh", "President", RCSD),
            person("Mohamed Abdirahman Jama", "Director", ICPAC),
            person(
                "Kwabena Mensah-Owusu",
                "Head of the IFRC Country Cluster Delegation for Ethiopia and Djibouti",
                IFRC,
            ),
            person("Tesfaye Mekonnen Ayele", "Executive Secretary", IGAD),
            person("Ahmed Abdullahi Warsame", "President", SOMRCS),
            person("Hashim Ibrahim Elhassan", "President", SUDRCS),
            person("Ibrahim Galgalo Dida", "Manager of the Marsabit branch", KRCS),
            person("Faisal Mubarak Al-Mutairi", "Director of International Relief", KUWRCS),
        ],
        [
            rel(
                "participation",
                [IGAD, RCSD, ERCS, SOMRCS, KRCS, SUDRCS, URCS, IFRC, ICPAC, WFP, UNICEF, KUWRCS],
                event="IGAD Regional Forum on Drought Resilience and Early Action",
                place="Djibouti, Djibouti",
                date="2025-11-24",
                evidence="The alliance was announced at the end of the IGAD Regional Forum on Drought Resilience and Early Action",
            ),
            rel(
                "alliance",
                [RCSD, ERCS, SOMRCS, KRCS, SUDRCS],
                place="Djibouti, Djibouti",
                date="2025-11-26",
                evidence="The Horn of Africa Drought Early Action Alliance groups the Red Crescent Society of Djibouti",
            ),
            rel(
                "agreement",
                [ICPAC, IFRC],
                signatories=["Mohamed Abdirahman Jama", "Kwabena Mensah-Owusu"],
                place="Djibouti, Djibouti",
                date="2025-11-25",
                evidence="On Tuesday ICPAC and the IFRC signed a letter of agreement",
            ),
            rel(
                "agreement",
                [RCSD, SEGRC],
                date="2019",
                evidence="since it signed a cooperation agreement with the Executive Secretariat for Risk and Disaster Management (SEGRC) in 2019",
            ),
            rel(
                "meeting",
                [IGAD, SOMRCS],
                place="Djibouti, Djibouti",
                date="2025-11-25",
                evidence="received the president of the Somali Red Crescent, Ahmed Abdullahi Warsame",
            ),
            rel(
                "meeting",
                [IGAD, SUDRCS],
                place="Djibouti, Djibouti",
                date="2025-11-25",
                evidence="received the president of the Somali Red Crescent, Ahmed Abdullahi Warsame",
            ),
            rel(
                "support",
                [WFP, KRCS],
                evidence="the anticipatory cash pilot the society runs in the county with WFP funding",
            ),
            rel(
                "donation",
                [KUWRCS, RCSD],
                place="Djibouti, Djibouti",
                date="2025-11-24",
                evidence="On Monday the Kuwait Red Crescent Society handed over two ambulances and a consignment of first aid kits to the Djibouti Red Crescent",
            ),
            rel(
                "meeting",
                [KUWRCS, RCSD],
                place="Djibouti, Djibouti",
                date="2025-11-24",
                evidence="then held talks with Mr Ali Robleh on support for the society's branch in Obock",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
