"""Gold annotations for held-out set 128 (prefix hd): Movement-wide and global partners.

hd01 - ICRC news release on a partnership agreement with the Hilti Foundation; traps: a
       programme head present at the signing (not a signatory), background MoU with EPFL,
       pilot funded by a ministry, a planned approach to WHO (not a relation), a named patient.
hd02 - IFRC statement on a London pledging conference; many participants, earmarked pledges
       (one channelled through the IFRC to the SRCS), an in-kind delivery, a sideline agreement
       between non-Movement actors, one three-party meeting, un-earmarked pledges and a planned
       donor briefing (not relations).
hd03 - Op-ed by the Colombian Red Cross president (post given in the closing author line);
       background agreement with IDEAM, several supporters incl. companies and the IDB, one
       meeting, relative dates ("two years ago", "last year", "last month"), an invitation to the
       World Bank and generic "sister National Societies" (not relations).
hd04 - Report on the Global Platform for DRR 2025; participants listed partly by country,
       a renewed MoU (plus its 2018 original), a grant agreement, a World Bank grant, a
       three-society alliance, one bilateral talk and a series of separate meetings; a hoped-for
       agreement and a referred-back proposal (not relations).
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

CC = "Red Cross Red Crescent Climate Centre"
SRCS = "Sudanese Red Crescent Society"
CRC = "Colombian Red Cross Society"
WFP = "World Food Programme"

DOCS = [
    (
        "hd01_icrc_hilti_prosthetics.txt",
        "2025-05-20",
        [
            org(ICRC, MB, None, "ICRC"),
            org("Hilti Foundation", NGO, "LI"),
            org("Nigerian Red Cross Society", NS, "NG"),
            org("Norwegian Ministry of Foreign Affairs", GOV, "NO"),
            org("École polytechnique fédérale de Lausanne", OTHER, "CH", "EPFL"),
        ],
        [
            person("Lorenz Baumgartner", "Director-General", ICRC),
            person("Verena Oberholzer", "Managing Director", "Hilti Foundation"),
            person("Sabine Achterberg", "Head of the Physical Rehabilitation Programme", ICRC),
        ],
        [
            rel(
                "agreement",
                [ICRC, "Hilti Foundation"],
                signatories=["Lorenz Baumgartner", "Verena Oberholzer"],
                place="Geneva, Switzerland",
                date="2025-05-19",
                evidence="The agreement was signed at ICRC headquarters in Geneva by Lorenz Baumgartner, the ICRC's Director-General, and Verena Oberholzer, Managing Director of the Hilti Foundation.",
            ),
            rel(
                "support",
                ["Hilti Foundation", ICRC],
                evidence="the foundation has committed CHF 9.5 million over four years to help the ICRC redesign, test and manufacture",
            ),
            rel(
                "support",
                ["Nigerian Red Cross Society", ICRC],
                place="Maiduguri, Nigeria",
                date="2024",
                evidence="volunteers of the Nigerian Red Cross Society helped trace and refer more than 600 amputees to the Maiduguri centre",
            ),
            rel(
                "support",
                ["Norwegian Ministry of Foreign Affairs", ICRC],
                date="2024",
                evidence="That pilot phase was financed by the Norwegian Ministry of Foreign Affairs.",
            ),
            rel(
                "agreement",
                [ICRC, "École polytechnique fédérale de Lausanne"],
                date="2022",
                evidence="a memorandum of understanding concluded in 2022 between the ICRC and the École polytechnique fédérale de Lausanne (EPFL)",
            ),
        ],
    ),
    (
        "hd02_ifrc_sudan_pledging.txt",
        "2025-02-27",
        [
            org(IFRC, MB, None, "IFRC"),
            org(SRCS, NS, "SD", "SRCS", "Sudanese Red Crescent"),
            org("Government of the United Kingdom", GOV, "GB"),
            org("European Union", OTHER, None),
            org("African Union", OTHER, None),
            org("Egyptian Red Crescent", NS, "EG"),
            org("Red Cross of Chad", NS, "TD"),
            org("South Sudan Red Cross", NS, "SS"),
            org(ICRC, MB, None, "ICRC"),
            org(WFP, UN, None, "WFP"),
            org("UN Refugee Agency", UN, None, "UNHCR"),
            org("Government of Japan", GOV, "JP"),
            org("British Red Cross", NS, "GB"),
            org("Kuwait Red Crescent Society", NS, "KW"),
            org("King Salman Humanitarian Aid and Relief Centre", GOV, "SA", "KSrelief"),
            org("Ministry of Public Health and National Solidarity", GOV, "TD"),
        ],
        [
            person("Mariam Tchakounté-Ebo", "Under Secretary General", IFRC),
            person("Osman Abdelrahim Hamid", "Secretary General", SRCS),
            person("Patrick Mwenda Kariuki", "Regional Director for Africa", ICRC),
            person(
                "Abakar Mahamat Saleh",
                "Minister of Public Health and National Solidarity",
                "Ministry of Public Health and National Solidarity",
            ),
        ],
        [
            rel(
                "participation",
                [
                    IFRC,
                    SRCS,
                    "Egyptian Red Crescent",
                    "Red Cross of Chad",
                    "South Sudan Red Cross",
                    ICRC,
                    WFP,
                    "UN Refugee Agency",
                    "Government of the United Kingdom",
                    "European Union",
                    "African Union",
                    "Government of Japan",
                    "British Red Cross",
                    "Kuwait Red Crescent Society",
                    "King Salman Humanitarian Aid and Relief Centre",
                    "Ministry of Public Health and National Solidarity",
                ],
                event="London Pledging Conference on the Sudan Regional Crisis",
                place="London, United Kingdom",
                date="2025-02-26",
                evidence="The IFRC delegation to the conference was led by Under Secretary General Mariam Tchakounté-Ebo",
            ),
            rel(
                "support",
                [IFRC, SRCS],
                date="2023",
                evidence="more than 11,000 SRCS volunteers have been supported by the IFRC and the ICRC",
            ),
            rel(
                "support",
                [ICRC, SRCS],
                date="2023",
                evidence="more than 11,000 SRCS volunteers have been supported by the IFRC and the ICRC",
            ),
            rel(
                "support",
                ["European Union", IFRC],
                date="2025-02-26",
                evidence="The European Union announced EUR 12 million for the IFRC's Emergency Appeal for the Sudan crisis and neighbouring countries.",
            ),
            rel(
                "support",
                ["Government of Japan", IFRC],
                date="2025-02-26",
                evidence="The Government of Japan pledged USD 4 million, to be channelled through the IFRC to the Sudanese Red Crescent",
            ),
            rel(
                "support",
                ["Government of Japan", SRCS],
                date="2025-02-26",
                evidence="The Government of Japan pledged USD 4 million, to be channelled through the IFRC to the Sudanese Red Crescent",
            ),
            rel(
                "support",
                ["British Red Cross", "Egyptian Red Crescent"],
                date="2025-02-26",
                evidence="The British Red Cross committed GBP 2 million to the Egyptian Red Crescent's assistance",
            ),
            rel(
                "donation",
                ["Kuwait Red Crescent Society", SRCS],
                place="Port Sudan, Sudan",
                date="2025-02",
                evidence="The Kuwait Red Crescent Society reported that it had already handed over 150 tonnes of food and medical supplies to the Sudanese Red Crescent in Port Sudan",
            ),
            rel(
                "agreement",
                ["King Salman Humanitarian Aid and Relief Centre", WFP],
                place="London, United Kingdom",
                date="2025-02-26",
                evidence="the King Salman Humanitarian Aid and Relief Centre (KSrelief) signed a USD 10 million agreement with WFP",
            ),
            rel(
                "meeting",
                [IFRC, SRCS, "Ministry of Public Health and National Solidarity"],
                place="London, United Kingdom",
                date="2025-02-26",
                evidence="Ms Tchakounté-Ebo and Mr Abdelrahim Hamid also met a delegation of Chad's Ministry of Public Health and National Solidarity led by Minister Abakar Mahamat Saleh",
            ),
        ],
    ),
    (
        "hd03_colombia_oped_anticipation.txt",
        "2025-03-04",
        [
            org(CRC, NS, "CO", "Colombian Red Cross", "Cruz Roja Colombiana"),
            org(
                "Institute of Hydrology, Meteorology and Environmental Studies", GOV, "CO", "IDEAM"
            ),
            org(CC, OTHER, "NL", "Climate Centre"),
            org("German Red Cross", NS, "DE"),
            org(IFRC, MB, None, "IFRC"),
            org(WFP, UN, None, "WFP"),
            org("DHL Group", CO, "DE"),
            org("Bancolombia", CO, "CO"),
            org("Inter-American Development Bank", OTHER, None, "IDB"),
            org("National Unit for Disaster Risk Management", GOV, "CO", "UNGRD"),
        ],
        [
            person("Mariela Cárdenas Ospina", "Executive President", CRC),
            person("Tomás Echeverri", "Regional Adviser for Latin America", CC),
            person(
                "Andrés Felipe Guzmán Rojas",
                "Director General",
                "National Unit for Disaster Risk Management",
            ),
        ],
        [
            rel(
                "agreement",
                [CRC, "Institute of Hydrology, Meteorology and Environmental Studies"],
                date="2023",
                evidence="Two years ago we signed an agreement with the Institute of Hydrology, Meteorology and Environmental Studies (IDEAM)",
            ),
            rel(
                "support",
                [CC, CRC],
                evidence="With technical backing from the Red Cross Red Crescent Climate Centre, our teams then turned those forecasts into early action protocols",
            ),
            rel(
                "support",
                ["German Red Cross", CRC],
                date="2019",
                evidence="The German Red Cross has accompanied us on forecast-based financing since 2019",
            ),
            rel(
                "support",
                [IFRC, CRC],
                date="2024-05",
                evidence="it was the IFRC's Disaster Response Emergency Fund (DREF) that allowed us to release cash to 4,300 households",
            ),
            rel(
                "support",
                [WFP, CRC],
                date="2024",
                evidence="The World Food Programme (WFP) financed a second round of transfers",
            ),
            rel(
                "support",
                ["DHL Group", CRC],
                place="Montería, Colombia",
                evidence="DHL Group's disaster response volunteers helped us run the humanitarian warehouse in Montería for six weeks",
            ),
            rel(
                "donation",
                ["Bancolombia", CRC],
                evidence="Bancolombia donated 12,000 hygiene kits to families in Sucre and Bolívar",
            ),
            rel(
                "support",
                ["Inter-American Development Bank", CRC],
                date="2024",
                evidence="Last year the Inter-American Development Bank (IDB) approved a USD 1.2 million grant to the Colombian Red Cross",
            ),
            rel(
                "meeting",
                [CRC, "National Unit for Disaster Risk Management"],
                date="2025-02",
                evidence="Last month I sat down with Andrés Felipe Guzmán Rojas, Director General of the National Unit for Disaster Risk Management (UNGRD)",
            ),
        ],
    ),
    (
        "hd04_global_platform_drr.txt",
        "2025-06-09",
        [
            org("United Nations Office for Disaster Risk Reduction", UN, None, "UNDRR"),
            org(IFRC, MB, None, "IFRC"),
            org(CC, OTHER, "NL", "Climate Centre"),
            org("Bangladesh Red Crescent Society", NS, "BD", "Bangladesh Red Crescent"),
            org("Philippine Red Cross", NS, "PH"),
            org("Mozambique Red Cross", NS, "MZ", "CVM"),
            org("Malawi Red Cross Society", NS, "MW"),
            org("Zimbabwe Red Cross Society", NS, "ZW"),
            org("Norwegian Red Cross", NS, "NO"),
            org("Fiji Red Cross Society", NS, "FJ"),
            org("World Meteorological Organization", UN, None, "WMO"),
            org("World Bank", OTHER, None),
            org("Asian Development Bank", OTHER, None, "ADB"),
            org("African Development Bank", OTHER, None, "AfDB"),
        ],
        [
            person("Kwame Aidoo-Lindqvist", "Secretary General", IFRC),
            person(
                "Helena Marquardt", "Deputy Secretary-General", "World Meteorological Organization"
            ),
            person("Ravi Shankar Menon", "Director", "Asian Development Bank"),
            person(
                "Nasreen Akhter Chowdhury", "Secretary General", "Bangladesh Red Crescent Society"
            ),
            person("Lucía Ferrando", "Practice Manager for Disaster Risk Management", "World Bank"),
            person("Takeshi Moriyama", "Head", "United Nations Office for Disaster Risk Reduction"),
            person("Ingrid Solberg-Haugen", "Secretary General", "Norwegian Red Cross"),
            person("Jeroen van der Linde", "Director", CC),
        ],
        [
            rel(
                "participation",
                [
                    "United Nations Office for Disaster Risk Reduction",
                    IFRC,
                    CC,
                    "Bangladesh Red Crescent Society",
                    "Philippine Red Cross",
                    "Mozambique Red Cross",
                    "Malawi Red Cross Society",
                    "Zimbabwe Red Cross Society",
                    "Norwegian Red Cross",
                    "Fiji Red Cross Society",
                    "World Meteorological Organization",
                    "World Bank",
                    "Asian Development Bank",
                    "African Development Bank",
                ],
                event="2025 Global Platform for Disaster Risk Reduction",
                place="Geneva, Switzerland",
                date="2025-06-02",
                evidence="The Movement's delegation was led by the IFRC and included the Red Cross Red Crescent Climate Centre",
            ),
            rel(
                "agreement",
                [IFRC, "World Meteorological Organization"],
                signatories=["Kwame Aidoo-Lindqvist", "Helena Marquardt"],
                place="Geneva, Switzerland",
                date="2025-06-04",
                evidence="IFRC Secretary General Kwame Aidoo-Lindqvist and WMO Deputy Secretary-General Helena Marquardt put their names to the updated text",
            ),
            rel(
                "agreement",
                [IFRC, "World Meteorological Organization"],
                date="2018",
                evidence="renewed the memorandum of understanding they first signed in 2018",
            ),
            rel(
                "agreement",
                ["Asian Development Bank", "Bangladesh Red Crescent Society"],
                signatories=["Ravi Shankar Menon", "Nasreen Akhter Chowdhury"],
                place="Geneva, Switzerland",
                date="2025-06-03",
                evidence="the ADB and the Bangladesh Red Crescent Society signed a USD 3 million grant agreement",
            ),
            rel(
                "support",
                ["Asian Development Bank", "Bangladesh Red Crescent Society"],
                date="2025-06-03",
                evidence="signed a USD 3 million grant agreement to train cyclone shelter management committees in Cox's Bazar and Bhola",
            ),
            rel(
                "support",
                ["World Bank", CC],
                date="2025-06",
                evidence="The World Bank, for its part, announced a USD 2.5 million grant to the Climate Centre",
            ),
            rel(
                "alliance",
                ["Mozambique Red Cross", "Malawi Red Cross Society", "Zimbabwe Red Cross Society"],
                date="2025-06",
                evidence="announced the Zambezi Basin Preparedness Alliance, a standing arrangement",
            ),
            rel(
                "meeting",
                [IFRC, "United Nations Office for Disaster Risk Reduction"],
                place="Geneva, Switzerland",
                date="2025-06",
                evidence="the IFRC Secretary General held talks with UNDRR head Takeshi Moriyama",
            ),
            rel(
                "meeting",
                ["Norwegian Red Cross", "African Development Bank"],
                place="Geneva, Switzerland",
                date="2025-06",
                evidence="Norwegian Red Cross Secretary General Ingrid Solberg-Haugen met separately with AfDB officials and with the Fiji Red Cross Society",
            ),
            rel(
                "meeting",
                ["Norwegian Red Cross", "Fiji Red Cross Society"],
                place="Geneva, Switzerland",
                date="2025-06",
                evidence="Norwegian Red Cross Secretary General Ingrid Solberg-Haugen met separately with AfDB officials and with the Fiji Red Cross Society",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
