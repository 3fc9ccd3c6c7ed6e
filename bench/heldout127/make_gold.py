"""Gold annotations for held-out set 127 (prefix hc): Southern Africa and the Indian Ocean.

hc01 - IFRC-style cyclone situation report (Mozambique, Madagascar, Comoros); many short support/
       donation bullets, a joint assessment (not a relation), a DG ECHO allocation to countries
       (no recipient organisation), an appeal "under consideration" (plan), contacts block.
hc02 - mining company media release on a Kansanshi-ZRCS MoU; DMMU only witnesses, relative date
       ("on Monday"), commitment plus handover, background donation and a 2022 Airtel agreement,
       parent company and shareholder in boilerplate (ownership is not a relation).
hc03 - newspaper report of a Malawian minister touring the MRCS warehouse with DoDMA (one
       three-party visit); "yesterday"/"last month"/"March this year" dates, a land request the
       government "would consider" (plan), background church MoU and IFRC emergency funding.
hc04 - SADC-style regional workshop report; long participant list (participation), DG ECHO
       funding via IFRC, SADC-IFRC MoU renewal with signatories and a minister merely present,
       a side meeting, and proposals/offers that are not relations.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

CVM = "Mozambique Red Cross"
CRM = "Malagasy Red Cross Society"
COMOROS = "Comoros Red Crescent"
BNGRC = "Bureau National de Gestion des Risques et des Catastrophes"
ECHO = "Directorate-General for European Civil Protection and Humanitarian Aid Operations"
WFP = "World Food Programme"

ZRCS = "Zambia Red Cross Society"
KML = "Kansanshi Mining Plc"

MRCS = "Malawi Red Cross Society"
MLG = "Ministry of Local Government, Unity and Culture"
DODMA = "Department of Disaster Management Affairs"
CCAP = "Church of Central Africa Presbyterian Synod of Livingstonia"

SADC = "SADC Secretariat"
BRCS = "Botswana Red Cross Society"
NDMO = "National Disaster Management Office"
DCP = "Department of Civil Protection"

WORKSHOP = "SADC Regional Workshop on Anticipatory Action and Early Warning for All"

DOCS = [
    (
        "hc01_cyclone_halima_sitrep.txt",
        "2025-02-12",
        [
            org(CVM, NS, "MZ", "Cruz Vermelha de Moçambique", "CVM"),
            org("National Institute for Disaster Risk Management and Reduction", GOV, "MZ", "INGD"),
            org(WFP, UN, None, "WFP"),
            org("Spanish Red Cross", NS, "ES"),
            org("Belgian Red Cross-Flanders", NS, "BE"),
            org("American Red Cross", NS, "US"),
            org("UNICEF", UN, None),
            org(ICRC, MB, None, "ICRC"),
            org("Vodacom Moçambique", CO, "MZ"),
            org(CRM, NS, "MG", "Croix-Rouge Malagasy", "CRM"),
            org(BNGRC, GOV, "MG", "National Office for Risk and Disaster Management", "BNGRC"),
            org(
                "French Red Cross", NS, "FR", "Indian Ocean Regional Intervention Platform", "PIROI"
            ),
            org(COMOROS, NS, "KM", "CRCo"),
            org(
                IFRC,
                MB,
                None,
                "IFRC",
                "IFRC Country Delegation, Maputo",
                "IFRC Africa Regional Office",
            ),
            org(ECHO, OTHER, None, "DG ECHO", "European Commission"),
        ],
        [
            person("Américo Mucavele", "Secretary General", CVM),
            person("Lurdes Nhantumbo", "Head of Disaster Management", CVM),
            person("Tendai Moyo-Ncube", "Head of Delegation", IFRC),
            person("Wanjiru Otieno", "Regional Communications Manager", IFRC),
        ],
        [
            rel(
                "support",
                ["Spanish Red Cross", CVM],
                place="Nampula, Mozambique",
                evidence="The Spanish Red Cross and Belgian Red Cross-Flanders, which both maintain offices in the country, are supporting CVM with logistics and WASH personnel in Nampula.",
            ),
            rel(
                "support",
                ["Belgian Red Cross-Flanders", CVM],
                place="Nampula, Mozambique",
                evidence="The Spanish Red Cross and Belgian Red Cross-Flanders, which both maintain offices in the country, are supporting CVM with logistics and WASH personnel in Nampula.",
            ),
            rel(
                "donation",
                ["American Red Cross", CVM],
                date="2024",
                evidence="the kits were donated to CVM by the American Red Cross in 2024",
            ),
            rel(
                "support",
                ["UNICEF", CVM],
                place="Angoche, Mozambique",
                evidence="With support from UNICEF, CVM volunteers have distributed Certeza water treatment solution to 6,400 households in Angoche town.",
            ),
            rel(
                "support",
                [ICRC, CVM],
                evidence="The ICRC is supporting CVM's Restoring Family Links (RFL) teams with satellite phones and solar charging stations",
            ),
            rel(
                "donation",
                ["Vodacom Moçambique", CVM],
                evidence="Vodacom Moçambique has donated 3,000 airtime vouchers to CVM volunteers and zero-rated calls to the society's toll-free line 1458.",
            ),
            rel(
                "support",
                [CRM, BNGRC],
                place="Mahajanga, Madagascar",
                evidence="volunteers of the Malagasy Red Cross Society (Croix-Rouge Malagasy, CRM) assisted the National Office for Risk and Disaster Management (BNGRC) in evacuating some 1,200 people",
            ),
            rel(
                "donation",
                ["French Red Cross", COMOROS],
                place="Moroni, Comoros",
                date="2025-02-10",
                evidence="On 10 February the Indian Ocean Regional Intervention Platform (PIROI) of the French Red Cross dispatched six tonnes of hygiene kits and tarpaulins from its warehouse in La Réunion to the Comoros Red Crescent (CRCo) in Moroni.",
            ),
            rel(
                "support",
                [IFRC, CVM],
                date="2025-02-09",
                evidence="On 9 February the IFRC allocated CHF 749,000 from its Disaster Response Emergency Fund (DREF) to support CVM in assisting 35,000 people over four months.",
            ),
        ],
    ),
    (
        "hc02_kansanshi_zrcs_partnership.txt",
        "2025-03-05",
        [
            org(KML, CO, "ZM", "Kansanshi", "Kansanshi Mining"),
            org("First Quantum Minerals Ltd.", CO, "CA", "First Quantum Minerals", "First Quantum"),
            org(ZRCS, NS, "ZM", "ZRCS"),
            org("Disaster Management and Mitigation Unit", GOV, "ZM", "DMMU"),
            org("Airtel Zambia", CO, "ZM"),
        ],
        [
            person("Anton Pretorius", "General Manager", KML),
            person("Mwaka Chanda-Phiri", "Secretary General", ZRCS),
            person(
                "Joseph Mwiinga", "National Coordinator", "Disaster Management and Mitigation Unit"
            ),
            person("Chabala Mulenga", "Country Manager", "First Quantum Minerals Ltd."),
        ],
        [
            rel(
                "agreement",
                [KML, ZRCS],
                signatories=["Anton Pretorius", "Mwaka Chanda-Phiri"],
                place="Solwezi, Zambia",
                date="2025-03-03",
                evidence="The Memorandum of Understanding (MoU) was signed on Monday at the Kansanshi mine offices by Kansanshi General Manager Mr. Anton Pretorius and ZRCS Secretary General Ms. Mwaka Chanda-Phiri.",
            ),
            rel(
                "support",
                [KML, ZRCS],
                date="2025-03-03",
                evidence="Kansanshi has committed ZMW 4.5 million over three years",
            ),
            rel(
                "donation",
                [KML, ZRCS],
                place="Solwezi, Zambia",
                date="2025-03-03",
                evidence="An initial cheque of ZMW 1.5 million was handed over to the Society at the signing.",
            ),
            rel(
                "donation",
                [KML, ZRCS],
                place="Solwezi, Zambia",
                evidence="Kansanshi donated 20 tonnes of chlorine and two water bowsers to ZRCS for its response in Solwezi",
            ),
            rel(
                "agreement",
                [ZRCS, "Airtel Zambia"],
                date="2022",
                evidence="under an agreement signed with Airtel Zambia in 2022",
            ),
        ],
    ),
    (
        "hc03_minister_mrcs_warehouse.txt",
        "2025-11-13",
        [
            org(MRCS, NS, "MW", "MRCS"),
            org(MLG, GOV, "MW", "government"),
            org(DODMA, GOV, "MW", "DoDMA"),
            org("Norwegian Red Cross", NS, "NO"),
            org("Airtel Malawi", CO, "MW"),
            org(
                CCAP,
                OTHER,
                "MW",
                "Church of Central Africa Presbyterian",
                "CCAP Synod of Livingstonia",
                "CCAP",
            ),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Grace Mwafulirwa", "Minister of Local Government, Unity and Culture", MLG),
            person("Wilfred Chiumia", "Commissioner for Disaster Management Affairs", DODMA),
            person("Mercy Kalulu-Gondwe", "Secretary General", MRCS),
            person("Yamikani Phiri", "Head of Logistics", MRCS),
        ],
        [
            rel(
                "meeting",
                [MLG, DODMA, MRCS],
                place="Lilongwe, Malawi",
                date="2025-11-12",
                evidence="Hon. Grace Mwafulirwa yesterday toured the Malawi Red Cross Society (MRCS) central warehouse at Kanengo",
            ),
            rel(
                "support",
                ["Norwegian Red Cross", MRCS],
                evidence="most of the items were procured with funding from the Norwegian Red Cross",
            ),
            rel(
                "donation",
                ["Airtel Malawi", MRCS],
                date="2025-10",
                evidence="Airtel Malawi last month donated 500 mobile handsets and a year of free airtime to the MRCS volunteer network",
            ),
            rel(
                "agreement",
                [CCAP, MRCS],
                date="2023",
                evidence="with which MRCS signed a memorandum of understanding in 2023",
            ),
            rel(
                "support",
                [IFRC, MRCS],
                date="2025-03",
                evidence="had released CHF 280,000 from its emergency fund in March this year to support the Society's response to floods in the Lower Shire",
            ),
        ],
    ),
    (
        "hc04_sadc_anticipatory_workshop.txt",
        "2025-08-29",
        [
            org(SADC, OTHER, None, "Southern African Development Community", "SADC"),
            org(IFRC, MB, None, "IFRC", "IFRC Country Cluster Delegation for Southern Africa"),
            org(BRCS, NS, "BW", "BRCS"),
            org("Baphalali Eswatini Red Cross Society", NS, "SZ"),
            org("Lesotho Red Cross Society", NS, "LS"),
            org("Namibia Red Cross", NS, "NA"),
            org("South African Red Cross Society", NS, "ZA"),
            org("Zimbabwe Red Cross Society", NS, "ZW"),
            org(CVM, NS, "MZ"),
            org(CRM, NS, "MG", "Malagasy Red Cross"),
            org(COMOROS, NS, "KM"),
            org(NDMO, GOV, "BW", "NDMO"),
            org("National Disaster Management Centre", GOV, "ZA", "NDMC"),
            org(DCP, GOV, "ZW", "Department of Civil Protection of Zimbabwe"),
            org(BNGRC, GOV, "MG", "BNGRC"),
            org(WFP, UN, None, "WFP"),
            org("UN Office for the Coordination of Humanitarian Affairs", UN, None, "OCHA"),
            org("University of Botswana", OTHER, "BW"),
            org(ECHO, OTHER, None, "DG ECHO", "European Union"),
        ],
        [
            person(
                "Nomvula Dlamini-Hlophe",
                "Deputy Executive Secretary for Regional Integration",
                SADC,
            ),
            person("Kagiso Motsumi", "Secretary General", BRCS),
            person(
                "Fredrik Lindqvist",
                "Head of the IFRC Country Cluster Delegation for Southern Africa",
                IFRC,
            ),
            person("Onkemetse Dikgang", "Coordinator", NDMO),
            person("Tinashe Marufu", "Director of Civil Protection", DCP),
        ],
        [
            rel(
                "participation",
                [
                    SADC,
                    IFRC,
                    BRCS,
                    "Baphalali Eswatini Red Cross Society",
                    "Lesotho Red Cross Society",
                    "Namibia Red Cross",
                    "South African Red Cross Society",
                    "Zimbabwe Red Cross Society",
                    CVM,
                    CRM,
                    COMOROS,
                    NDMO,
                    "National Disaster Management Centre",
                    DCP,
                    BNGRC,
                    WFP,
                    "UN Office for the Coordination of Humanitarian Affairs",
                    "University of Botswana",
                ],
                event=WORKSHOP,
                place="Gaborone, Botswana",
                date="2025-08",
                evidence="gathered in Gaborone from 25 to 27 August for the SADC Regional Workshop on Anticipatory Action and Early Warning for All",
            ),
            rel(
                "support",
                [ECHO, IFRC],
                evidence="The workshop was funded by the European Union's Directorate-General for European Civil Protection and Humanitarian Aid Operations (DG ECHO) through its Programmatic Partnership with the IFRC.",
            ),
            rel(
                "agreement",
                [SADC, IFRC],
                signatories=["Nomvula Dlamini-Hlophe", "Fredrik Lindqvist"],
                place="Gaborone, Botswana",
                date="2025-08-26",
                evidence="the SADC Secretariat and the IFRC renewed their Memorandum of Understanding on disaster risk management",
            ),
            rel("agreement", [SADC, IFRC], date="2019", evidence="first concluded in 2019"),
            rel(
                "meeting",
                [BRCS, NDMO],
                place="Gaborone, Botswana",
                date="2025-08",
                evidence="the BRCS leadership met NDMO Coordinator Ms. Onkemetse Dikgang",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
