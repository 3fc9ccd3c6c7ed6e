"""Gold annotations for held-out set 146 (prefix kf): Eastern Europe (Poland, Moldova, Romania, Ukraine; EU DG ECHO).

kf01 - press release, Warsaw: PCK-URCS agreement signed "yesterday" (deputy minister present, not a signatory), background 2022 Rzeszow MoU, DG ECHO grant "last month", Danish RC secondment; IFRC only welcomes; Moldova RC only an intended approach (plan); press contact
kf02 - wire copy with hard line breaks, Chisinau: Japan's ambulance gift "last Tuesday", Ministry of Health protocol (Deputy PM attends, does not sign), UNHCR funding, ICRC meeting on Wednesday; Moldpres/Reuters cited, Romanian RC convoy only expected, byline
kf03 - feature/field notes, Isaccea: 2022 protocol with DSU (background), DSU/ECHO/IFRC support, Mega Image gift, prefect's visit "last Thursday", standing three-NGO alliance; UNICEF mere co-mention, URCS exercise only hoped for, byline author
kf04 - workshop report, Chisinau: one participation of eight bodies, RO-MD MoU (IFRC witness not a signatory), two separate bilateral talks, ECHO co-financing, IFRC/MD team to Cahul; Polish offer, Hungarian invitation and next year's conference are plans
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

ECHO = "Directorate-General for European Civil Protection and Humanitarian Aid Operations"
PCK = "Polish Red Cross"
URCS = "Ukrainian Red Cross Society"
MDRC = "Red Cross Society of Moldova"
CRR = "Romanian Red Cross"
UNHCR = "United Nations High Commissioner for Refugees"
WHO = "World Health Organization"

DOCS = [
    (
        "kf01_pck_urcs_warsaw_agreement.txt",
        "2025-03-12",
        [
            org(PCK, NS, "PL", "PCK"),
            org(URCS, NS, "UA", "URCS"),
            org("Ministry of the Interior and Administration", GOV, "PL"),
            org(ECHO, OTHER, None, "DG ECHO"),
            org("Danish Red Cross", NS, "DK"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Marta Zielińska-Kowal", "Secretary General", PCK),
            person("Maksym Dovhaliuk", "Secretary General", URCS),
            person(
                "Tomasz Wrona",
                "Deputy Minister of the Interior and Administration",
                "Ministry of the Interior and Administration",
            ),
            person("Anja Lindqvist", "Head of Country Cluster Delegation in Warsaw", IFRC),
            person("Piotr Nowicki", "Spokesperson", PCK),
        ],
        [
            rel(
                "agreement",
                [PCK, URCS],
                signatories=["Marta Zielińska-Kowal", "Maksym Dovhaliuk"],
                place="Warsaw, Poland",
                date="2025-03-11",
                evidence="The Polish Red Cross (PCK) and the Ukrainian Red Cross Society (URCS) yesterday "
                "signed a three-year cooperation agreement",
            ),
            rel(
                "agreement",
                [PCK, URCS],
                place="Rzeszów, Poland",
                date="2022-04",
                evidence="the memorandum of understanding the two societies concluded in Rzeszów in April 2022",
            ),
            rel(
                "support",
                [ECHO, PCK],
                date="2025-02",
                evidence="which last month awarded the Polish Red Cross a grant of €4.2 million for "
                "cross-border preparedness",
            ),
            rel(
                "support",
                ["Danish Red Cross", PCK],
                date="2025-01",
                evidence="The Danish Red Cross seconded two warehouse specialists to PCK in January",
            ),
        ],
    ),
    (
        "kf02_japan_ambulances_moldova.txt",
        "2025-05-08",
        [
            org("Government of Japan", GOV, "JP", "Japan"),
            org(MDRC, NS, "MD", "Moldova Red Cross", "Moldovan Red Cross"),
            org("Ministry of Health of the Republic of Moldova", GOV, "MD", "Ministry of Health"),
            org("Government of the Republic of Moldova", GOV, "MD"),
            org(UNHCR, UN, None, "UNHCR"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Kenji Morita", "Ambassador to Moldova", "Government of Japan"),
            person("Valentina Rusu", "President", MDRC),
            person(
                "Dorin Ciobanu",
                "Minister of Health",
                "Ministry of Health of the Republic of Moldova",
            ),
            person("Mihai Popa", "Deputy Prime Minister", "Government of the Republic of Moldova"),
            person("Ana Grigoriev", "Spokeswoman", UNHCR),
            person("Thomas Keller", "Head of Delegation in Chisinau", ICRC),
        ],
        [
            rel(
                "donation",
                ["Government of Japan", MDRC],
                place="Chisinau, Moldova",
                date="2025-05-06",
                evidence="ambulances and two mobile medical units to the Red Cross Society of",
            ),
            rel(
                "agreement",
                ["Ministry of Health of the Republic of Moldova", MDRC],
                signatories=["Dorin Ciobanu", "Valentina Rusu"],
                place="Chisinau, Moldova",
                date="2025-05-06",
                evidence="protocol between the Ministry of Health of the Republic of Moldova and",
            ),
            rel(
                "support",
                [UNHCR, MDRC],
                evidence="agency, funds the Moldova Red Cross to run four refugee accommodation",
            ),
            rel(
                "meeting",
                [ICRC, MDRC],
                date="2025-05-07",
                evidence="(ICRC) delegation in Chisinau, Thomas Keller, met Rusu on Wednesday to",
            ),
        ],
    ),
    (
        "kf03_isaccea_field_notes.txt",
        "2025-02-24",
        [
            org(CRR, NS, "RO", "Crucea Roșie Română"),
            org("Department for Emergency Situations", GOV, "RO", "DSU"),
            org(ECHO, OTHER, None, "DG ECHO"),
            org(IFRC, MB, None, "IFRC"),
            org("Mega Image", CO, "RO"),
            org("Tulcea Prefecture", GOV, "RO"),
            org("Save the Children Romania", NGO, "RO"),
            org("World Vision Romania", NGO, "RO"),
        ],
        [
            person("Radu Ilie", "Coordinator, Isaccea Humanitarian Service Point", CRR),
            person("Adrian Stan", "Prefect of Tulcea County", "Tulcea Prefecture"),
        ],
        [
            rel(
                "agreement",
                [CRR, "Department for Emergency Situations"],
                date="2022-03",
                evidence="a protocol the Romanian Red Cross signed with the Department for Emergency "
                "Situations in March 2022",
            ),
            rel(
                "support",
                ["Department for Emergency Situations", CRR],
                evidence="still provides the electricity and the prefabricated containers",
            ),
            rel(
                "support",
                [ECHO, CRR],
                date="2024",
                evidence="the operation has been financed by the European Union through its humanitarian "
                "aid department, DG ECHO",
            ),
            rel(
                "support",
                [IFRC, CRR],
                evidence="the IFRC has kept a cash-assistance officer in Tulcea to help the branch enrol "
                "new arrivals",
            ),
            rel(
                "donation",
                ["Mega Image", CRR],
                date="2025-01",
                evidence="in January the supermarket chain Mega Image donated 20 tonnes of tinned food and "
                "hygiene kits",
            ),
            rel(
                "meeting",
                ["Tulcea Prefecture", CRR],
                place="Isaccea, Romania",
                date="2025-02-20",
                evidence="Last Thursday Adrian Stan, prefect of Tulcea County, came with two officials from "
                "the Tulcea Prefecture to see the service point for himself.",
            ),
            rel(
                "alliance",
                [CRR, "Save the Children Romania", "World Vision Romania"],
                date="2024-10",
                evidence="Since October the Romanian Red Cross, Save the Children Romania and World Vision "
                "Romania have operated as the Lower Danube Child Protection Alliance",
            ),
        ],
    ),
    (
        "kf04_chisinau_preparedness_workshop.txt",
        "2025-10-06",
        [
            org(MDRC, NS, "MD", "Moldovan Red Cross"),
            org(PCK, NS, "PL"),
            org(CRR, NS, "RO"),
            org(URCS, NS, "UA"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(WHO, UN, None, "WHO"),
            org(ECHO, OTHER, None, "ECHO"),
        ],
        [
            person("Valentina Rusu", "President", MDRC),
            person("Cristian Dobre", "Director General", CRR),
            person("Hanna Eriksson", "Regional Logistics Coordinator", IFRC),
            person("Maksym Dovhaliuk", "Secretary General", URCS),
            person("Thomas Keller", "Head of Delegation in Moldova", ICRC),
            person("Irina Costache", "WHO Representative", WHO),
        ],
        [
            rel(
                "participation",
                [MDRC, PCK, CRR, URCS, IFRC, ICRC, WHO, ECHO],
                event="Regional Workshop on Winter Preparedness and Cross-Border Logistics",
                place="Chișinău, Moldova",
                date="2025-10-02",
                evidence="gathered in Chișinău last Thursday for the Regional Workshop on Winter Preparedness "
                "and Cross-Border Logistics",
            ),
            rel(
                "support",
                [ECHO, MDRC],
                evidence="which co-financed the workshop through a grant to the Moldovan society",
            ),
            rel(
                "agreement",
                [CRR, MDRC],
                signatories=["Valentina Rusu", "Cristian Dobre"],
                place="Chișinău, Moldova",
                date="2025-10-02",
                evidence="the Romanian and Moldovan societies signed a memorandum of understanding on the "
                "shared use of the Romanian Red Cross warehouse in Iași",
            ),
            rel(
                "meeting",
                [URCS, ICRC],
                place="Chișinău, Moldova",
                date="2025-10-02",
                evidence="Ukrainian Red Cross Society Secretary General Maksym Dovhaliuk held separate talks "
                "with the ICRC's head of delegation in Moldova, Thomas Keller",
            ),
            rel(
                "meeting",
                [URCS, WHO],
                place="Chișinău, Moldova",
                date="2025-10-02",
                evidence="and with WHO Representative Dr Irina Costache",
            ),
            rel(
                "mission",
                [IFRC, MDRC],
                place="Cahul, Moldova",
                date="2025-10-03",
                evidence="a joint IFRC and Moldovan Red Cross assessment team travelled to Cahul",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
