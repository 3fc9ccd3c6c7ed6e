"""Gold annotations for held-out set 129 (prefix ia): West Africa (Ghana, Sierra Leone, Burkina Faso, Côte d'Ivoire).

ia01 - Press release, Ghana Red Cross / NADMO flood MoU; traps: IFRC head and Deputy Minister witness but do not sign, background 2021 GMet agreement, planned Ghana Health Service plan and VRA invitation (not relations), contact line.
ia02 - Sierra Leone local news with hard line breaks, Orange donation to SLRCS; traps: byline, Xinhua as source, private survivor, mobile-money plan, NDMA invitation, relative dates (Tuesday/Monday/last Friday), military rank.
ia03 - Blog feature on Burkinabe Red Cross water work in Djibo; traps: byline, MSF/UN co-mention, UNICEF plan, possible ICRC programme not decided, CRB delivering for WFP, 2022 protocol background, three-society alliance, ICRC mission to Dori.
ia04 - Regional epidemic preparedness workshop in Abidjan; traps: Nigerian RC invited but absent, IFRC coordinator present at signing but not signatory, AIP as news agency, proposed network and next meeting (plans), separate bilateral WAHO talks.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

GRCS = "Ghana Red Cross Society"
NADMO = "National Disaster Management Organisation"
MOI_GH = "Ministry of the Interior"
GMET = "Ghana Meteorological Agency"
SDC = "Swiss Agency for Development and Cooperation"
BRC = "British Red Cross"

ORANGE = "Orange Sierra Leone"
SLRCS = "Sierra Leone Red Cross Society"
MSW = "Ministry of Social Welfare"
CHINA = "Embassy of the People's Republic of China in Sierra Leone"
NDMA = "National Disaster Management Agency"

CRB = "Burkinabe Red Cross Society"
LUX = "Luxembourg Red Cross"
WFP = "World Food Programme"
MOH_BF = "Ministry of Health and Public Hygiene"
NIGER = "Red Cross Society of Niger"
MALI = "Mali Red Cross"

CRCI = "Red Cross Society of Côte d'Ivoire"
LNRCS = "Liberia National Red Cross Society"
GUINEA = "Red Cross Society of Guinea"
WHO = "World Health Organization"
WAHO = "West African Health Organisation"
NORCROSS = "Norwegian Red Cross"
MOH_CI = "Ministry of Health, Public Hygiene and Universal Health Coverage"

DOCS = [
    (
        "ia01_ghana_nadmo_mou.txt",
        "2025-03-12",
        [
            org(GRCS, NS, "GH", "GRCS", "Ghana Red Cross"),
            org(NADMO, GOV, "GH", "NADMO"),
            org(IFRC, MB, None, "IFRC", "Federation"),
            org(MOI_GH, GOV, "GH"),
            org(GMET, GOV, "GH", "GMet"),
            org(SDC, GOV, "CH", "SDC"),
            org(BRC, NS, "GB"),
        ],
        [
            person("Kwabena Asante-Mensah", "Secretary General", GRCS),
            person("Eric Ntim Boadu", "Acting Director-General", NADMO),
            person("Adwoa Sarpong-Lartey", "Deputy Minister for the Interior", MOI_GH),
            person("Hélène Mbaye", "Head of the Coastal Countries Cluster Delegation", IFRC),
            person("Ama Owusu-Ansah", "Communications Officer", GRCS),
        ],
        [
            rel(
                "agreement",
                [GRCS, NADMO],
                signatories=["Kwabena Asante-Mensah", "Eric Ntim Boadu"],
                place="Accra, Ghana",
                date="2025-03-11",
                evidence="The Ghana Red Cross Society (GRCS) and the National Disaster Management Organisation yesterday signed a Memorandum of Understanding",
            ),
            rel(
                "agreement",
                [GRCS, GMET],
                date="2021",
                evidence="The signing builds on a 2021 agreement between the Red Cross and the Ghana Meteorological Agency (GMet)",
            ),
            rel(
                "support",
                [SDC, GRCS],
                evidence="is financed by the Swiss Agency for Development and Cooperation (SDC) and the British Red Cross",
            ),
            rel(
                "support",
                [BRC, GRCS],
                evidence="is financed by the Swiss Agency for Development and Cooperation (SDC) and the British Red Cross",
            ),
            rel(
                "support",
                [IFRC, GRCS],
                evidence="The IFRC provides technical support to the Ghana Red Cross on forecast-based action.",
            ),
            rel(
                "meeting",
                [IFRC, NADMO],
                place="Accra, Ghana",
                date="2025-03-11",
                evidence="Following the ceremony, Dr. Mbaye held talks with the NADMO leadership",
            ),
        ],
    ),
    (
        "ia02_sierra_leone_orange_donation.txt",
        "2024-09-05",
        [
            org(ORANGE, CO, "SL", "Orange"),
            org(SLRCS, NS, "SL", "SLRCS"),
            org(MSW, GOV, "SL"),
            org(ICRC, MB, None, "ICRC"),
            org(CHINA, GOV, "CN"),
            org(NDMA, GOV, "SL", "NDMA"),
        ],
        [
            person("Aminata Koroma-Bangura", "Head of Corporate Social Responsibility", ORANGE),
            person("Abu Bakarr Sesay-Kamara", "Secretary General", SLRCS),
            person("Christiana Momoh-Bull", "President", SLRCS),
            person("Ibrahim Alpha Jalloh", "Minister of Social Welfare", MSW),
            person("Foday Kargbo-Turay", "Director General", NDMA),
        ],
        [
            rel(
                "donation",
                [ORANGE, SLRCS],
                date="2024-09-03",
                evidence="Telecommunications giant Orange Sierra Leone on Tuesday handed over",
            ),
            rel(
                "meeting",
                [SLRCS, MSW],
                date="2024-09-02",
                evidence="President, Dr. Christiana Momoh-Bull, paid a courtesy call on the",
            ),
            rel(
                "support",
                [ICRC, SLRCS],
                evidence="The SLRCS's tracing service, which runs with support from the",
            ),
            rel(
                "donation",
                [CHINA, NDMA],
                date="2024-08-30",
                evidence="last Friday donated 200 bags of rice and 500 cartons of cooking oil to",
            ),
        ],
    ),
    (
        "ia03_burkina_djibo_water_feature.txt",
        "2024-11-20",
        [
            org(CRB, NS, "BF", "Croix-Rouge Burkinabè", "CRB", "Burkinabe Red Cross"),
            org(ICRC, MB, None, "ICRC"),
            org(LUX, NS, "LU"),
            org(WFP, UN, None, "WFP"),
            org(MOH_BF, GOV, "BF"),
            org(NIGER, NS, "NE"),
            org(MALI, NS, "ML"),
        ],
        [
            person("Issoufou Sawadogo", "branch coordinator in Djibo", CRB),
            person("Sophie Lambert", "head of the ICRC's sub-delegation in Ouahigouya", ICRC),
        ],
        [
            rel(
                "support",
                [ICRC, CRB],
                evidence="with materials and engineering support from the International Committee of the Red Cross",
            ),
            rel(
                "support",
                [LUX, CRB],
                date="2021",
                evidence="The Luxembourg Red Cross, which has financed the CRB's water and sanitation programme in the Sahel region since 2021",
            ),
            rel(
                "donation",
                [LUX, CRB],
                date="2024-06",
                evidence="handed over two 10,000-litre water trucks to the National Society last June",
            ),
            rel(
                "support",
                [CRB, WFP],
                evidence="CRB volunteers also carry out monthly food distributions on behalf of the World Food Programme (WFP)",
            ),
            rel(
                "agreement",
                [CRB, MOH_BF],
                date="2022",
                evidence="a protocol signed in 2022 between the CRB and the Ministry of Health and Public Hygiene",
            ),
            rel(
                "alliance",
                [CRB, NIGER, MALI],
                date="2023",
                evidence="In 2023 the Burkinabe Red Cross, the Red Cross Society of Niger and the Mali Red Cross declared a standing cross-border alliance for the Liptako-Gourma area",
            ),
            rel(
                "mission",
                [ICRC],
                place="Dori, Burkina Faso",
                date="2024-10",
                evidence="Last month the ICRC sent a delegation to Dori",
            ),
        ],
    ),
    (
        "ia04_abidjan_epidemic_workshop.txt",
        "2025-06-27",
        [
            org(CRCI, NS, "CI", "Croix-Rouge de Côte d'Ivoire", "CRCI"),
            org(IFRC, MB, None, "IFRC"),
            org(NORCROSS, NS, "NO"),
            org(LNRCS, NS, "LR", "LNRCS"),
            org(GRCS, NS, "GH"),
            org(GUINEA, NS, "GN"),
            org(SLRCS, NS, "SL"),
            org(CRB, NS, "BF"),
            org(WHO, UN, None, "WHO"),
            org(WAHO, OTHER, None, "WAHO"),
            org(MOH_CI, GOV, "CI"),
        ],
        [
            person("Kouassi Yao Bernard", "Director General of Health", MOH_CI),
            person("Affoué Konan-Diabaté", "President", CRCI),
            person("Jacob T. Wleh", "Secretary General", LNRCS),
            person(
                "Pierre-Alain Ndiaye",
                "regional health coordinator for West and Central Africa",
                IFRC,
            ),
            person("Aminata Diallo-Sow", "Director of Public Health", WAHO),
            person("Musa Fofanah-Kamara", "health manager", SLRCS),
        ],
        [
            rel(
                "participation",
                [CRCI, IFRC, NORCROSS, LNRCS, GRCS, GUINEA, SLRCS, CRB, WHO, WAHO, MOH_CI],
                event="West Africa Regional Workshop on Community Epidemic Preparedness",
                place="Abidjan, Côte d'Ivoire",
                date="2025-06-24",
                evidence="The West Africa Regional Workshop on Community Epidemic Preparedness, held from 24 to 26 June at a hotel in Plateau",
            ),
            rel(
                "support",
                [NORCROSS, IFRC],
                evidence="organised by the IFRC with funding from the Norwegian Red Cross",
            ),
            rel(
                "agreement",
                [LNRCS, CRCI],
                signatories=["Jacob T. Wleh", "Affoué Konan-Diabaté"],
                place="Abidjan, Côte d'Ivoire",
                date="2025-06-25",
                evidence="the Liberia National Red Cross Society and the CRCI concluded a cross-border cooperation agreement covering Nimba County and the Tonkpi region",
            ),
            rel(
                "meeting",
                [WAHO, GUINEA],
                place="Abidjan, Côte d'Ivoire",
                evidence="also held separate talks with the Guinean and Sierra Leonean delegations",
            ),
            rel(
                "meeting",
                [WAHO, SLRCS],
                place="Abidjan, Côte d'Ivoire",
                evidence="also held separate talks with the Guinean and Sierra Leonean delegations",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
