"""Gold annotations for held-out set 168 (prefix lb): the Caribbean (Jamaica, Haitian, Dominican, Cuban, Bahamas, Trinidad and Tobago Red Cross; hurricanes, cholera, ODPEM, CDEMA, banks, airlines and telecoms).

lb01 - press release (Kingston, 27 May 2025): Jamaica Red Cross / ODPEM shelter MoU signed "today" (ODPEM mostly by acronym), DG ECHO funding the IFRC which supports the JRC with advisers, Flow Jamaica's firm commitment to carry alerts free of charge, NCB Foundation cheque (donation), background 2023 JRC agreement with the Ministry of Health and Wellness ("the society", "JRC"); traps: minister only witnessed, parish disaster coordinators generic, CDEMA protocol only expected and American Red Cross exchange only discussed, Jamaica Gleaner cited as source, "About" boilerplate on the Movement, media contact (named person with post: counted).
lb02 - wire story with hard line breaks (PORT-AU-PRINCE, Feb 12, 2025): PAHO gift of ORS and cholera kits to the CRH handed over "on Tuesday", CRH president met the health minister "on Monday" (ministry named through the minister's title), background 2022 protocol with "the health ministry", UNICEF paying for chlorine, Canadian RC financing since 2021, Dominican RC team sent to Ouanaminthe "on Sunday" (mission + support); traps: Dominican ministry spokesman title only and binational meeting only invited/unconfirmed, MSF mere co-mention, World Bank only considering, IOM and Le Nouvelliste cited as sources, reporting/editing credits.
lb03 - IFRC-style DREF operation update, Hurricane Edouard in the Bahamas (issued 2 October 2026): IFRC DREF allocation for BRCS, Bahamasair free airlift (support), BTC phones and Commonwealth Bank money (donations), one three-party meeting BRCS + IFRC + NEMA in Nassau, background 2020 MoU with the Department of Social Services, American Red Cross team deployed to Nassau (mission + support); traps: Department of Meteorology cited as source, Canadian RC only expressed interest, Partner National Societies generic, IOM mere co-mention, Island Administrator title only, Emergency Appeal only conditional, contact block with titles only.
lb04 - local news with byline (published 20 November 2025): Fourth Caribbean Regional Forum on Anticipatory Action in Port of Spain (one participation of twelve organisations, co-hosts included), alliance of five societies declared "yesterday", CDEMA / IFRC cooperation agreement renewed "on Tuesday" plus its 2016 original as background, IFRC courtesy call on the Minister of Foreign and CARICOM Affairs, Cuban RC / Jamaica RC bilateral talks, bmobile (TSTT) funding the TTRCS SMS service, Caribbean Airlines ticket donation; traps: byline, Guyana RC took part but only "would consider" joining, Antigua and Barbuda RC invited but absent, Haitian delegation head title only and pilot only hoped, WFP presentation without a partner, warehouse discussed but not agreed, Caribbean Media Corporation cited as source, CARICOM summit only expected, next forum only scheduled.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

JRC = "Jamaica Red Cross"
CRH = "Haitian National Red Cross Society"
DRC = "Dominican Red Cross"
CUBRC = "Cuban Red Cross"
BRCS = "The Bahamas Red Cross Society"
TTRCS = "Trinidad and Tobago Red Cross Society"
BARRC = "Barbados Red Cross Society"
GUYRC = "Guyana Red Cross Society"
CANRC = "Canadian Red Cross"
AMRC = "American Red Cross"

ODPEM = "Office of Disaster Preparedness and Emergency Management"
MLGCD = "Ministry of Local Government and Community Development"
MOHW = "Ministry of Health and Wellness"
ECHO = "Directorate-General for European Civil Protection and Humanitarian Aid Operations"
NCBF = "NCB Foundation"
FLOW = "Flow Jamaica"

PAHO = "Pan American Health Organization"
UNICEF = "United Nations Children's Fund"
MSPP = "Ministry of Public Health and Population"

NEMA = "National Emergency Management Agency"
DSS = "Department of Social Services"
BTC = "The Bahamas Telecommunications Company"

CDEMA = "Caribbean Disaster Emergency Management Agency"
WFP = "World Food Programme"
ODPM = "Office of Disaster Preparedness and Management"
MFCA = "Ministry of Foreign and CARICOM Affairs"
TSTT = "Telecommunications Services of Trinidad and Tobago"

DOCS = [
    (
        "lb01_jamaica_odpem_shelter_mou.txt",
        "2025-05-27",
        [
            org(JRC, NS, "JM", "JRC"),
            org(ODPEM, GOV, "JM", "ODPEM"),
            org(MLGCD, GOV, "JM"),
            org(ECHO, GOV, None, "DG ECHO", "European Union"),
            org(IFRC, MB, None, "IFRC"),
            org(FLOW, CO, "JM"),
            org(NCBF, OTHER, "JM"),
            org(MOHW, GOV, "JM"),
        ],
        [
            person("Marcia Ellis-Whyte", "Director General", JRC),
            person("Leon Barrett-Campbell", "Director General", ODPEM),
            person(
                "Everton Gayle", "Minister of Local Government and Community Development", MLGCD
            ),
            person("Tameka Lindo-Reid", "Chief Executive Officer", NCBF),
            person("Horace Bailey-Grant", "President", JRC),
            person("Kerry-Ann Powell", "Communications Officer", JRC),
        ],
        [
            rel(
                "agreement",
                [JRC, ODPEM],
                signatories=["Marcia Ellis-Whyte", "Leon Barrett-Campbell"],
                place="Kingston, Jamaica",
                date="2025-05-27",
                evidence="the Jamaica Red Cross and the Office of Disaster Preparedness and Emergency Management (ODPEM) today signed a three-year memorandum of understanding",
            ),
            rel(
                "support",
                [ECHO, IFRC],
                evidence="is funded by the European Union's Directorate-General for European Civil Protection and Humanitarian Aid Operations (DG ECHO) through a grant to the International Federation of Red Cross and Red Crescent Societies (IFRC)",
            ),
            rel(
                "support",
                [IFRC, JRC],
                evidence="The IFRC is supporting the Jamaica Red Cross with two technical advisers",
            ),
            rel(
                "support",
                [FLOW, JRC],
                evidence="Flow Jamaica has committed to carry the messages free of charge to the Red Cross",
            ),
            rel(
                "donation",
                [NCBF, JRC],
                place="Kingston, Jamaica",
                date="2025-05-27",
                evidence="the NCB Foundation presented the Jamaica Red Cross with a cheque for J$12 million",
            ),
            rel(
                "agreement",
                [JRC, MOHW],
                date="2023",
                evidence="under an agreement the society signed with the Ministry of Health and Wellness in 2023",
            ),
        ],
    ),
    (
        "lb02_haiti_cholera_paho.txt",
        "2025-02-12",
        [
            org(CRH, NS, "HT", "Croix-Rouge Haïtienne", "CRH", "Haitian Red Cross"),
            org(PAHO, UN, None, "PAHO", "PAHO/WHO"),
            org(MSPP, GOV, "HT", "health ministry"),
            org(UNICEF, UN, None, "UNICEF"),
            org(CANRC, NS, "CA"),
            org(DRC, NS, "DO", "Cruz Roja Dominicana"),
        ],
        [
            person("Ana Lucía Orozco", "PAHO/WHO representative in Haiti", PAHO),
            person("Marie-Carmelle Fleurant", "President", CRH),
            person("Jean-Robert Désir", "Minister of Public Health and Population", MSPP),
            person("Jean-Wesner Pierre-Louis", "Director General", CRH),
            person("Rafael Augusto Peña Castillo", "President", DRC),
        ],
        [
            rel(
                "donation",
                [PAHO, CRH],
                place="Port-au-Prince, Haiti",
                date="2025-02-11",
                evidence="The supplies were handed over to the Croix-Rouge Haïtienne (CRH) at",
            ),
            rel(
                "meeting",
                [CRH, MSPP],
                place="Port-au-Prince, Haiti",
                date="2025-02-10",
                evidence="CRH president Marie-Carmelle Fleurant met Minister of Public Health",
            ),
            rel(
                "agreement",
                [CRH, MSPP],
                date="2022",
                evidence="The society's volunteers work under a 2022 protocol with the health",
            ),
            rel(
                "support",
                [UNICEF, CRH],
                evidence="UNICEF is paying for the chlorine tablets and jerrycans the volunteers",
            ),
            rel(
                "support",
                [CANRC, CRH],
                evidence="distribute door to door, while the Canadian Red Cross has financed the",
            ),
            rel(
                "mission",
                [DRC],
                place="Ouanaminthe, Haiti",
                date="2025-02-09",
                evidence="Across the border, the Dominican Red Cross sent a team of 15",
            ),
            rel(
                "support",
                [DRC, CRH],
                evidence="volunteers to Ouanaminthe on Sunday to reinforce the CRH's oral",
            ),
        ],
    ),
    (
        "lb03_bahamas_hurricane_dref.txt",
        "2026-10-02",
        [
            org(BRCS, NS, "BS", "Bahamas Red Cross Society", "BRCS"),
            org(IFRC, MB, None, "IFRC"),
            org("Bahamasair", CO, "BS"),
            org(BTC, CO, "BS", "BTC", "Bahamas Telecommunications Company"),
            org("Commonwealth Bank", CO, "BS"),
            org(NEMA, GOV, "BS", "NEMA"),
            org(DSS, GOV, "BS"),
            org(AMRC, NS, "US"),
        ],
        [
            person("Lakeisha Rolle-Ferguson", "Director General", BRCS),
            person("Henrik Solberg", "Operations Manager", IFRC),
            person("Ricardo Thompson-Bain", "Director", NEMA),
        ],
        [
            rel(
                "support",
                [IFRC, BRCS],
                date="2026-09-14",
                evidence="On 14 September the IFRC allocated CHF 498,760 from the Disaster Response Emergency Fund (DREF) to support The Bahamas Red Cross Society (BRCS)",
            ),
            rel(
                "support",
                ["Bahamasair", BRCS],
                evidence="Bahamasair has flown 6.5 tonnes of relief items from Nassau to Freeport and Marsh Harbour on its scheduled services at no charge to the National Society",
            ),
            rel(
                "donation",
                [BTC, BRCS],
                evidence="The Bahamas Telecommunications Company (BTC) donated 250 mobile phones with six months of prepaid service",
            ),
            rel(
                "donation",
                ["Commonwealth Bank", BRCS],
                date="2026-09-19",
                evidence="Commonwealth Bank gave BSD 150,000 to the BRCS hurricane appeal on 19 September",
            ),
            rel(
                "meeting",
                [BRCS, IFRC, NEMA],
                place="Nassau, Bahamas",
                date="2026-09-18",
                evidence="met Ricardo Thompson-Bain, Director of the National Emergency Management Agency (NEMA), in Nassau",
            ),
            rel(
                "agreement",
                [BRCS, DSS],
                date="2020",
                evidence="on behalf of the Department of Social Services under a memorandum of understanding signed that year",
            ),
            rel(
                "mission",
                [AMRC],
                place="Nassau, Bahamas",
                date="2026-09-15",
                evidence="The American Red Cross deployed a four-person logistics and information management team to Nassau on 15 September",
            ),
            rel(
                "support",
                [AMRC, BRCS],
                evidence="to support BRCS warehouse management and data collection",
            ),
        ],
    ),
    (
        "lb04_port_of_spain_anticipatory_forum.txt",
        "2025-11-20",
        [
            org(TTRCS, NS, "TT", "TTRCS", "Trinidad and Tobago Red Cross"),
            org(JRC, NS, "JM"),
            org(BRCS, NS, "BS", "Bahamas Red Cross Society"),
            org(DRC, NS, "DO"),
            org(BARRC, NS, "BB"),
            org(CUBRC, NS, "CU"),
            org(CRH, NS, "HT"),
            org(GUYRC, NS, "GY"),
            org(CDEMA, OTHER, None, "CDEMA"),
            org(IFRC, MB, None, "IFRC"),
            org(WFP, UN, None, "WFP"),
            org(ODPM, GOV, "TT", "ODPM"),
            org(MFCA, GOV, "TT"),
            org(TSTT, CO, "TT", "TSTT", "bmobile"),
            org("Caribbean Airlines", CO, "TT"),
        ],
        [
            person("Gillian Ramdeen-Charles", "President", TTRCS),
            person("Kerwin Alleyne-Browne", "Executive Director", CDEMA),
            person(
                "Ariane Dufresne",
                "Head of the country cluster delegation for the English- and Dutch-speaking Caribbean",
                IFRC,
            ),
            person("Anil Maharaj-Seepersad", "Minister of Foreign and CARICOM Affairs", MFCA),
            person("Yamilé Ortega Benítez", "President", CUBRC),
            person("Marcia Ellis-Whyte", "Director General", JRC),
            person("Søren Kjeldgaard", "Director for the Caribbean multi-country office", WFP),
        ],
        [
            rel(
                "participation",
                [TTRCS, CDEMA, JRC, BRCS, DRC, BARRC, CUBRC, CRH, GUYRC, IFRC, WFP, ODPM],
                event="Fourth Caribbean Regional Forum on Anticipatory Action",
                place="Port of Spain, Trinidad and Tobago",
                date="2025-11-17",
                evidence="The announcement closed the Fourth Caribbean Regional Forum on Anticipatory Action",
            ),
            rel(
                "alliance",
                [TTRCS, JRC, BRCS, DRC, BARRC],
                place="Port of Spain, Trinidad and Tobago",
                date="2025-11-19",
                evidence="The Caribbean Anticipatory Action Alliance is made up of the Trinidad and Tobago Red Cross Society (TTRCS)",
            ),
            rel(
                "agreement",
                [CDEMA, IFRC],
                signatories=["Kerwin Alleyne-Browne", "Ariane Dufresne"],
                place="Port of Spain, Trinidad and Tobago",
                date="2025-11-18",
                evidence="On Tuesday, CDEMA and the IFRC renewed the cooperation agreement",
            ),
            rel(
                "agreement",
                [CDEMA, IFRC],
                date="2016",
                evidence="the cooperation agreement they first concluded in 2016",
            ),
            rel(
                "meeting",
                [IFRC, MFCA],
                place="Port of Spain, Trinidad and Tobago",
                date="2025-11-18",
                evidence="Ms Dufresne paid a courtesy call on Trinidad and Tobago's Minister of Foreign and CARICOM Affairs",
            ),
            rel(
                "meeting",
                [CUBRC, JRC],
                place="Port of Spain, Trinidad and Tobago",
                date="2025-11-19",
                evidence="held bilateral talks on Wednesday morning on volunteer exchanges",
            ),
            rel(
                "support",
                [TSTT, TTRCS],
                evidence="which has been funded since 2024 by bmobile, the mobile brand of Telecommunications Services of Trinidad and Tobago (TSTT)",
            ),
            rel(
                "donation",
                ["Caribbean Airlines", TTRCS],
                evidence="Caribbean Airlines donated 30 return tickets to the Trinidad and Tobago Red Cross",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
