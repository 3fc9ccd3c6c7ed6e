"""Gold annotations for held-out set 149 (prefix ki): Southern Africa (Zimbabwe, Zambia, Malawi and Mozambique Red Cross; SADC; drought and cholera).

ki01 - press release (Harare, Friday 14 March 2025): Zimbabwe RC / Zambia RC cross-border cholera MoU signed "on Thursday" at Victoria Falls, background DREF financing of both societies (IFRC acronym used long before it is defined in the boilerplate), Zimbabwe RC hand-over of ORS and jerrycans to Zambia RC, Swedish RC consignment donated to Zimbabwe RC in January, Danish RC funding of the Zambia RC WASH programme; traps: IFRC cluster head and Ministry of Health and Child Care director only looked on, Zambian Permanent Secretary for Health named only by title and only "welcomed", joint simulation with DMMU and extension to Malawi RC only intended, UNICEF only invited, Movement/IFRC membership boilerplate, media contact without a name.
ki02 - wire story with hard line breaks (Lilongwe, Thursday 6 February 2025): FCDO finances Malawi RC cash transfers, Malawi RC / WFP field-level agreement signed Monday in Blantyre, talks with the DoDMA commissioner on Wednesday (department named by title first, acronym explained after), background 2019 MoU with DoDMA, Airtel Malawi donation "last month", IFRC emergency appeal launched "late last year" on the society's behalf; traps: AfDB only in discussions, Malawi News Agency and UNICEF cited as sources, president and health ministry by title only, SADC appeal and neighbouring countries mere co-mention, reporting/editing credits.
ki03 - IFRC-style DREF operation update (22 January 2025), Mozambique cholera: CVM used before it is defined, DREF support, background 2023 protocol with INGD, CVM/UNICEF agreement renewed on 10 January, IFRC health surge team sent to Nampula, Spanish RC donation, Netherlands RC secondment, three-party coordination meeting CVM/IFRC/MISAU (officials partly by title only); traps: Partner National Societies generic, Norwegian RC only under discussion, MSF co-mention, WHO cited as a source, contact lines with titles only, DREF boilerplate.
ki04 - local news report with byline (Lusaka, Friday 23 May 2025): one participation of twelve organisations in the Southern Africa Regional Preparedness Forum (co-hosts counted), Zambezi Basin Cholera Coalition of four societies formed "yesterday", Zambia RC / Ministry of Health MoU extended on Wednesday, IFRC regional director's separate bilateral meetings with DMMU (Tuesday) and the SADC Secretariat (Wednesday), Zanaco donation to Zambia RC; traps: byline, South African RC invited but absent and Angola RC apologies, SADC Executive Secretary by title only, pooled fund only proposed, WFP joint procurement only to be explored, the bank's head of corporate affairs unnamed, government drought declaration background.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

ZWRCS = "Zimbabwe Red Cross Society"
ZMRCS = "Zambia Red Cross Society"
MRCS = "Malawi Red Cross Society"
CVM = "Mozambique Red Cross Society"
BRCS = "Botswana Red Cross Society"
NARC = "Namibia Red Cross"
MOHCC = "Ministry of Health and Child Care"
SWRC = "Swedish Red Cross"
DKRC = "Danish Red Cross"
FCDO = "Foreign, Commonwealth and Development Office"
WFP = "World Food Programme"
DODMA = "Department of Disaster Management Affairs"
AIRTEL = "Airtel Malawi"
INGD = "National Institute for Disaster Risk Management and Reduction"
UNICEF = "United Nations Children's Fund"
ESRC = "Spanish Red Cross"
NLRC = "The Netherlands Red Cross"
MISAU = "Ministry of Health"
DMMU = "Disaster Management and Mitigation Unit"
SADC = "Southern African Development Community"
OCHA = "United Nations Office for the Coordination of Humanitarian Affairs"
ZANACO = "Zambia National Commercial Bank"
MOH_ZM = "Ministry of Health"

DOCS = [
    (
        "ki01_zimbabwe_zambia_cholera_pact.txt",
        "2025-03-14",
        [
            org(ZWRCS, NS, "ZW", "Zimbabwe Red Cross"),
            org(ZMRCS, NS, "ZM", "Zambia Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(MOHCC, GOV, "ZW"),
            org(SWRC, NS, "SE"),
            org(DKRC, NS, "DK"),
        ],
        [
            person("Elias Mutasa", "Secretary General", ZWRCS),
            person("Chileshe Mwamba", "Secretary General", ZMRCS),
            person(
                "Ingrid Solberg",
                "Head of the IFRC Country Cluster Delegation for Southern Africa",
                IFRC,
            ),
            person("Tafadzwa Nyathi", "Director of Epidemiology and Disease Control", MOHCC),
        ],
        [
            rel(
                "agreement",
                [ZWRCS, ZMRCS],
                signatories=["Elias Mutasa", "Chileshe Mwamba"],
                place="Victoria Falls, Zimbabwe",
                date="2025-03-13",
                evidence="on Thursday put their signatures to a memorandum of understanding",
            ),
            rel(
                "support",
                [IFRC, ZWRCS],
                evidence="That operation was financed through the IFRC's Disaster Response Emergency Fund (DREF), which released separate allocations to each society.",
            ),
            rel(
                "support",
                [IFRC, ZMRCS],
                evidence="That operation was financed through the IFRC's Disaster Response Emergency Fund (DREF), which released separate allocations to each society.",
            ),
            rel(
                "donation",
                [ZWRCS, ZMRCS],
                place="Victoria Falls, Zimbabwe",
                date="2025-03-13",
                evidence="the Zimbabwe Red Cross handed over 30,000 sachets of oral rehydration salts and 2,000 jerrycans to its Zambian counterpart",
            ),
            rel(
                "donation",
                [SWRC, ZWRCS],
                date="2025-01",
                evidence="a larger consignment donated to the Zimbabwe Red Cross in January by the Swedish Red Cross",
            ),
            rel(
                "support",
                [DKRC, ZMRCS],
                evidence="the Danish Red Cross, which has funded the Zambia Red Cross water and sanitation programme in Southern Province since 2021",
            ),
        ],
    ),
    (
        "ki02_malawi_drought_cash.txt",
        "2025-02-06",
        [
            org(MRCS, NS, "MW", "Malawi Red Cross"),
            org(FCDO, GOV, "GB", "FCDO"),
            org(WFP, UN, None, "WFP"),
            org(DODMA, GOV, "MW", "DoDMA"),
            org(AIRTEL, CO, "MW"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Kondwani Phiri", "Secretary General", MRCS),
            person("Annelise Brandt", "Representative in Malawi", WFP),
            person("Chimwemwe Nkhoma", "Commissioner for Disaster Management Affairs", DODMA),
        ],
        [
            rel(
                "support",
                [FCDO, MRCS],
                evidence="are financed by Britain's Foreign, Commonwealth and Development",
            ),
            rel(
                "agreement",
                [MRCS, WFP],
                place="Blantyre, Malawi",
                date="2025-02-03",
                evidence="He said the Red Cross had on Monday signed a field-level agreement",
            ),
            rel(
                "meeting",
                [MRCS, DODMA],
                date="2025-02-05",
                evidence="Phiri and senior Red Cross staff held talks on Wednesday with",
            ),
            rel(
                "agreement",
                [MRCS, DODMA],
                date="2019",
                evidence="a memorandum of understanding signed in 2019",
            ),
            rel(
                "donation",
                [AIRTEL, MRCS],
                date="2025-01",
                evidence="Mobile operator Airtel Malawi last month donated 25 million kwacha",
            ),
            rel(
                "support",
                [IFRC, MRCS],
                date="2024",
                evidence="The operation is also backed by an emergency appeal that the",
            ),
        ],
    ),
    (
        "ki03_mozambique_cholera_update.txt",
        "2025-01-22",
        [
            org(CVM, NS, "MZ", "CVM", "Cruz Vermelha de Moçambique"),
            org(IFRC, MB, None, "IFRC"),
            org(INGD, GOV, "MZ", "INGD"),
            org(UNICEF, UN, None, "UNICEF"),
            org(ESRC, NS, "ES"),
            org(NLRC, NS, "NL", "Netherlands Red Cross"),
            org(MISAU, GOV, "MZ", "MISAU"),
        ],
        [
            person("Armando Sitoe", "Secretary General", CVM),
            person("Henrik Aalto", "Head of the IFRC Country Delegation in Maputo", IFRC),
            person("Celso Matavele", "National Director of Public Health", MISAU),
        ],
        [
            rel(
                "support",
                [IFRC, CVM],
                evidence="This DREF allocation supports the Mozambique Red Cross Society",
            ),
            rel(
                "agreement",
                [CVM, INGD],
                date="2023",
                evidence="a protocol the National Society signed in 2023 with the National Institute for Disaster Risk Management and Reduction (INGD)",
            ),
            rel(
                "agreement",
                [CVM, UNICEF],
                date="2025-01-10",
                evidence="On 10 January, CVM and UNICEF renewed their programme cooperation agreement",
            ),
            rel(
                "mission",
                [IFRC],
                place="Nampula, Mozambique",
                date="2025-01-08",
                evidence="The IFRC deployed a three-person health surge team to Nampula city on 8 January",
            ),
            rel(
                "donation",
                [ESRC, CVM],
                evidence="The Spanish Red Cross has donated two emergency water treatment units and 5,000 household water filters",
            ),
            rel(
                "support",
                [NLRC, CVM],
                evidence="The Netherlands Red Cross continues to second a WASH coordinator to CVM",
            ),
            rel(
                "meeting",
                [CVM, IFRC, MISAU],
                place="Maputo, Mozambique",
                date="2025-01-15",
                evidence="On 15 January the CVM Secretary General and the IFRC Head of Delegation held a coordination meeting in Maputo",
            ),
        ],
    ),
    (
        "ki04_lusaka_regional_forum.txt",
        "2025-05-23",
        [
            org(ZMRCS, NS, "ZM", "Zambia Red Cross"),
            org(DMMU, GOV, "ZM", "DMMU"),
            org(SADC, OTHER, None, "SADC", "SADC Secretariat"),
            org(BRCS, NS, "BW"),
            org(MRCS, NS, "MW"),
            org(NARC, NS, "NA"),
            org(CVM, NS, "MZ"),
            org(ZWRCS, NS, "ZW"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(WFP, UN, None, "WFP"),
            org(OCHA, UN, None, "UN Office for the Coordination of Humanitarian Affairs", "OCHA"),
            org(MOH_ZM, GOV, "ZM"),
            org(ZANACO, CO, "ZM", "Zanaco"),
        ],
        [
            person("Elias Mutasa", "Secretary General", ZWRCS),
            person("Kondwani Phiri", "Secretary General", MRCS),
            person("Namukolo Sikazwe", "President", ZMRCS),
            person("Bwalya Kasonde", "Permanent Secretary for Technical Services", MOH_ZM),
            person("Ngozi Adeyemi", "Regional Director for Africa", IFRC),
            person("Mutale Chisenga", "National Coordinator", DMMU),
        ],
        [
            rel(
                "participation",
                [ZMRCS, DMMU, SADC, BRCS, MRCS, NARC, CVM, ZWRCS, IFRC, ICRC, WFP, OCHA],
                event="Southern Africa Regional Preparedness Forum",
                place="Lusaka, Zambia",
                date="2025-05",
                evidence="The Southern Africa Regional Preparedness Forum was co-hosted by the Zambia Red Cross Society",
            ),
            rel(
                "alliance",
                [ZMRCS, ZWRCS, MRCS, CVM],
                place="Lusaka, Zambia",
                date="2025-05-22",
                evidence="launched what they call the Zambezi Basin Cholera Coalition",
            ),
            rel(
                "agreement",
                [ZMRCS, MOH_ZM],
                signatories=["Namukolo Sikazwe", "Bwalya Kasonde"],
                place="Lusaka, Zambia",
                date="2025-05-21",
                evidence="the Zambia Red Cross Society and the Ministry of Health extended their memorandum of understanding",
            ),
            rel(
                "meeting",
                [IFRC, DMMU],
                place="Lusaka, Zambia",
                date="2025-05-20",
                evidence="on Tuesday she held talks with DMMU National Coordinator Mutale Chisenga",
            ),
            rel(
                "meeting",
                [IFRC, SADC],
                place="Lusaka, Zambia",
                date="2025-05-21",
                evidence="on Wednesday she met a SADC Secretariat team",
            ),
            rel(
                "donation",
                [ZANACO, ZMRCS],
                place="Lusaka, Zambia",
                date="2025-05-21",
                evidence="handed over 400 bags of mealie meal and K150,000 to the Zambia Red Cross Society",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
