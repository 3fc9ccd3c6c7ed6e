"""Gold annotations for held-out set 134 (prefix if): the Caribbean and Central America.

if01 - press release: Jamaica Red Cross / ODPEM shelter MoU; minister and IFRC official present but not signing, 2016 accord as background, Canada-funded pilot, Fire Brigade extension only a plan
if02 - wire copy with hard line breaks: Dominican Red Cross team in Port-au-Prince, ICRC-MSPP talks, WFP food gift; byline, agency and Reuters cited, IFRC appeal only intended, ICRC office only hoped for
if03 - IFRC operation update (Tropical Storm Sara): DREF for Honduran RC, SDC filters to Guatemalan RC, COPECO meeting, Spanish RC ERU; Guatemala DREF/appeal pending, invitation not attended, generic PNS offers, contact line
if04 - conference report (CDM14, Montego Bay): participation list, CDEMA-IFRC MoU renewal plus 2019 original, CDB commitment, WFP bilateral meetings, three-NS alliance; onlooker at signing, UNDRR letter of intent only hoped, Cuban RC only invited, byline
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

JRC = "Jamaica Red Cross"
ODPEM = "Office of Disaster Preparedness and Emergency Management"
MLGCD = "Ministry of Local Government and Community Development"
CAN = "Government of Canada"

HRCS = "Haitian Red Cross Society"
DRC = "Dominican Red Cross"
MSPP = "Ministry of Public Health and Population"
WFP = "World Food Programme"

HNRC = "Honduran Red Cross"
GTRC = "Guatemalan Red Cross"
SDC = "Swiss Agency for Development and Cooperation"
COPECO = "Permanent Contingency Commission"
ESRC = "Spanish Red Cross"

CDEMA = "Caribbean Disaster Emergency Management Agency"
TTRCS = "Trinidad and Tobago Red Cross Society"
BRCS = "Barbados Red Cross Society"
GRCS = "Grenada Red Cross Society"
CDB = "Caribbean Development Bank"
UNDRR = "UN Office for Disaster Risk Reduction"

CDM14 = "14th Caribbean Conference on Comprehensive Disaster Management"

DOCS = [
    (
        "if01_jamaica_odpem_shelter_mou.txt",
        "2025-05-22",
        [
            org(JRC, NS, "JM", "JRC"),
            org(ODPEM, GOV, "JM", "ODPEM"),
            org(MLGCD, GOV, "JM"),
            org(CAN, GOV, "CA"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Marcia Thompson-Reid", "Director General", JRC),
            person("Desmond Ellington", "Director General", ODPEM),
            person(
                "Everton Mattis", "Minister of Local Government and Community Development", MLGCD
            ),
            person(
                "Ariel Pérez Lindo",
                "Head of the IFRC Country Cluster Delegation for the English- and Dutch-speaking Caribbean",
                IFRC,
            ),
        ],
        [
            rel(
                "agreement",
                [JRC, ODPEM],
                signatories=["Marcia Thompson-Reid", "Desmond Ellington"],
                place="Kingston, Jamaica",
                date="2025-05-21",
                evidence="The memorandum was signed at the National Society's Arnold Road headquarters by Marcia Thompson-Reid, Director General of the Jamaica Red Cross, and Lieutenant Colonel Desmond Ellington, Director General of ODPEM.",
            ),
            rel(
                "agreement",
                [JRC, ODPEM],
                date="2016",
                evidence="The new text replaces a 2016 accord between the JRC and the disaster office",
            ),
            rel(
                "support",
                [CAN, JRC],
                date="2024",
                evidence="the Jamaica Red Cross trained 640 shelter managers and community first responders with funding from the Government of Canada",
            ),
        ],
    ),
    (
        "if02_haiti_port_au_prince_wire.txt",
        "2025-03-11",
        [
            org(HRCS, NS, "HT", "Haitian Red Cross"),
            org(DRC, NS, "DO"),
            org(ICRC, MB, None, "ICRC"),
            org(MSPP, GOV, "HT", "MSPP"),
            org(WFP, UN, None, "WFP"),
        ],
        [
            person("Guy-Marc Lafontant", "President", HRCS),
            person("Yokasta Mejía", "Coordinator of the blood programme and team leader", DRC),
            person("Lucia Ferraz", "Head of Delegation in Haiti", ICRC),
            person("Ketsia Augustin", "Minister of Public Health and Population", MSPP),
            person("Nadège Célestin", "Spokesperson", WFP),
        ],
        [
            rel(
                "mission",
                [DRC, HRCS],
                place="Port-au-Prince, Haiti",
                date="2025-03-09",
                evidence="A four-person team from the Dominican Red Cross arrived in Port-au-Prince",
            ),
            rel(
                "support",
                [DRC, HRCS],
                place="Port-au-Prince, Haiti",
                date="2025-03",
                evidence="on Sunday and has since been helping the Haitian Red Cross restore cold-",
            ),
            rel(
                "meeting",
                [ICRC, MSPP],
                date="2025-03-10",
                evidence="delegation in Haiti, Lucia Ferraz, met on Monday with the Minister",
            ),
            rel(
                "donation",
                [WFP, HRCS],
                date="2025-03-07",
                evidence="The Haitian Red Cross also received 40 tonnes of ready-to-eat food",
            ),
        ],
    ),
    (
        "if03_tropical_storm_sara_sitrep.txt",
        "2024-11-22",
        [
            org(IFRC, MB, None, "IFRC"),
            org(HNRC, NS, "HN"),
            org(GTRC, NS, "GT"),
            org(SDC, GOV, "CH", "SDC"),
            org(COPECO, GOV, "HN", "COPECO"),
            org(ESRC, NS, "ES"),
        ],
        [
            person("José Luis Banegas", "President", HNRC),
            person("Mirna Zelaya Cruz", "Commissioner", COPECO),
            person("Héctor Cifuentes", "Director of Operations", GTRC),
            person(
                "Elena Márquez", "Operations Manager, IFRC Regional Office for the Americas", IFRC
            ),
        ],
        [
            rel(
                "support",
                [IFRC, HNRC],
                date="2024-11-18",
                evidence="On 18 November the IFRC released CHF 498,000 from its Disaster Response Emergency Fund (DREF) to support the Honduran Red Cross",
            ),
            rel(
                "donation",
                [SDC, GTRC],
                date="2024-11-20",
                evidence="the Swiss Agency for Development and Cooperation (SDC) handed 2,000 household water filters to the Guatemalan Red Cross on 20 November",
            ),
            rel(
                "meeting",
                [HNRC, COPECO],
                place="Tegucigalpa, Honduras",
                date="2024-11-20",
                evidence="Honduran Red Cross President José Luis Banegas met on 20 November in Tegucigalpa with Mirna Zelaya Cruz, commissioner of the Permanent Contingency Commission (COPECO)",
            ),
            rel(
                "mission",
                [ESRC],
                place="San Pedro Sula, Honduras",
                date="2024-11-19",
                evidence="The Spanish Red Cross deployed a water, sanitation and hygiene Emergency Response Unit (ERU), which arrived in San Pedro Sula on 19 November",
            ),
        ],
    ),
    (
        "if04_cdema_cdm14_montego_bay.txt",
        "2025-12-05",
        [
            org(CDEMA, OTHER, None, "CDEMA"),
            org(ODPEM, GOV, "JM", "ODPEM"),
            org(IFRC, MB, None, "IFRC"),
            org(TTRCS, NS, "TT", "Trinidad and Tobago Red Cross"),
            org(BRCS, NS, "BB"),
            org(GRCS, NS, "GD"),
            org(CDB, OTHER, None, "CDB"),
            org(WFP, UN, None, "WFP"),
            org(UNDRR, UN, None, "UNDRR"),
        ],
        [
            person("Marlon Baptiste", "Executive Director", CDEMA),
            person("Sofía Arrieta", "Regional Director for the Americas", IFRC),
            person("Rhonda Maingot-Pierre", "Director General", TTRCS),
            person("Ian Harewood", "Vice-President (Operations)", CDB),
            person("Carla Dunleavy", "Director, Caribbean Multi-Country Office", WFP),
            person("Kemar Gittens", "President", BRCS),
            person("Rahul Desai", "Head of the sub-regional office in Barbados", UNDRR),
        ],
        [
            rel(
                "participation",
                [CDEMA, ODPEM, IFRC, TTRCS, BRCS, GRCS, CDB, WFP, UNDRR],
                event=CDM14,
                place="Montego Bay, Jamaica",
                date="2025-12",
                evidence="Among those taking part were the International Federation of Red Cross and Red Crescent Societies, the Trinidad and Tobago Red Cross Society, the Barbados Red Cross Society, the Grenada Red Cross Society, the Caribbean Development Bank, the World Food Programme and the UN Office for Disaster Risk Reduction (UNDRR).",
            ),
            rel(
                "agreement",
                [CDEMA, IFRC],
                signatories=["Marlon Baptiste", "Sofía Arrieta"],
                place="Montego Bay, Jamaica",
                date="2025-12-03",
                evidence="On Wednesday, CDEMA Executive Director Marlon Baptiste and Sofía Arrieta, the IFRC's Regional Director for the Americas, put their signatures to a renewed memorandum of understanding",
            ),
            rel(
                "agreement",
                [CDEMA, IFRC],
                date="2019",
                evidence="extends the cooperation framework the two organisations first concluded in 2019",
            ),
            rel(
                "support",
                [CDB, CDEMA],
                date="2025-12",
                evidence="The Caribbean Development Bank used the occasion to confirm that it will finance CDEMA's regional stockpile programme over the next three years.",
            ),
            rel(
                "meeting",
                [WFP, TTRCS],
                place="Montego Bay, Jamaica",
                date="2025-12-02",
                evidence="held separate meetings with the Trinidad and Tobago Red Cross and with the Grenada Red Cross Society on cash transfer programming",
            ),
            rel(
                "meeting",
                [WFP, GRCS],
                place="Montego Bay, Jamaica",
                date="2025-12-02",
                evidence="held separate meetings with the Trinidad and Tobago Red Cross and with the Grenada Red Cross Society on cash transfer programming",
            ),
            rel(
                "alliance",
                [TTRCS, BRCS, GRCS],
                place="Montego Bay, Jamaica",
                date="2025-12",
                evidence="the Trinidad and Tobago, Barbados and Grenada National Societies formally declared a standing alliance – to be known as the Southern Caribbean Red Cross Preparedness Alliance",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
