"""Gold annotations for held-out set 165 (prefix ky): the Southern Cone and Brazil (Argentine, Uruguayan, Paraguayan, Brazilian and Chilean Red Cross; floods, wildfires, dengue, national emergency systems, MERCOSUR, banks and food companies).

ky01 - press release (Posadas, 20 Feb 2025): Cruz Roja Argentina / Paraguayan Red Cross cross-border dengue agreement sealed "on Wednesday", IFRC financing the preparatory phase for both societies (passive), Banco Macro money gift to CRA "last week", CRP delegation visit to the laboratory of "the provincial ministry" on Tuesday (meeting), background 2023 framework agreement of CRA with the Misiones Ministry of Public Health; traps: undersecretary and an unnamed mayor only attended the signing, Brazilian RC only wished-for / trilateral protocol only "expected to discuss", PAHO "may be asked", El Territorio cited as a source, "About" boilerplate on the Movement, media contact (a named person with post: counted).
ky02 - wire story with hard line breaks (PORTO ALEGRE, May 14, 2024): Ambev and JBS donations to CVB, CVB president held talks with the integration minister (ministry named only through the minister's title), IFRC emergency appeal, Argentine RC team sent to Porto Alegre (mission + support), Uruguayan RC hygiene kits handed to CVB (donation), background 2023 agreement with Sedec (pronoun "it" for the society); traps: Chilean RC only stood ready, Itaú Unibanco only studying a contribution, governor named only by title, Agência Brasil cited as a source, UNICEF mere co-mention, reporting/editing credits.
ky03 - IFRC-style DREF operation update, Chile wildfires (issued 14 Feb 2025): IFRC DREF for CRCh, Banco de Chile and Agrosuper donations, one three-party meeting (CRCh, IFRC, SENAPRED) in Santiago, background 2023 agreement with SENAPRED (acronym used before it is spelled out), CRCh first aid posts assisting CONAF brigades (support), Uruguayan RC psychosocial team deployed to Chillán (mission); traps: Partner National Societies generic, German RC only "indicated interest", World Vision / TECHO mere co-mention, ONEMI only historical, Presidential Delegate named only by title, second allocation / appeal only conditional, contact block with titles only.
ky04 - local news with byline (Montevideo, published 26 Sep 2025): Second Southern Cone Humanitarian Forum on Climate Risk (one participation of thirteen organisations, co-organisers included), alliance of five societies declared "yesterday", CRU / SINAE agreement renewed "on Wednesday" (ICRC head only present) plus the 2019 original as background, IFRC-MERCOSUR Secretariat talks, two separate bilateral meetings of the Chilean RC president, BROU financing of the CRU alert system; traps: byline, Bolivian RC took part but did not join the alliance, Peruvian RC invited but absent, IFRC-MERCOSUR memorandum only "discussed a possible", Paraguayan delegation head named only by title, joint warehouse only hoped for, WFP plan only expected, ICRC general statement, EFE cited as a source, next forum only due.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

CRA = "Argentine Red Cross"
CRP = "Paraguayan Red Cross"
CRU = "Uruguayan Red Cross"
CVB = "Brazilian Red Cross"
CRCH = "Chilean Red Cross"
CRB = "Bolivian Red Cross"
MSP_MIS = "Misiones Ministry of Public Health"
MACRO = "Banco Macro"
AMBEV = "Ambev"
JBS = "JBS"
MIDR = "Ministry of Integration and Regional Development"
SEDEC = "National Secretariat of Civil Defence and Protection"
SENAPRED = "National Service for Disaster Prevention and Response"
CONAF = "National Forest Corporation"
BCH = "Banco de Chile"
AGRO = "Agrosuper"
SINAE = "National Emergency System"
MERCOSUR = "MERCOSUR Secretariat"
UNDRR = "United Nations Office for Disaster Risk Reduction"
WFP = "World Food Programme"
SEN = "National Emergency Secretariat"
BROU = "Banco de la República Oriental del Uruguay"

DOCS = [
    (
        "ky01_argentina_paraguay_dengue_pact.txt",
        "2025-02-20",
        [
            org(CRA, NS, "AR", "Cruz Roja Argentina", "CRA"),
            org(CRP, NS, "PY", "Cruz Roja Paraguaya", "CRP"),
            org(IFRC, MB, None, "IFRC"),
            org(MACRO, CO, "AR"),
            org(MSP_MIS, GOV, "AR"),
        ],
        [
            person("Mariela Inés Ferreyra", "President", CRA),
            person("Osvaldo Benítez Cáceres", "President", CRP),
            person("Gustavo Raúl Pintos", "Undersecretary of Primary Health Care", MSP_MIS),
            person("Lucía Belén Gauna", "Head of the Misiones branch", CRA),
            person("Federico Arrieta Sosa", "Press Officer", CRA),
        ],
        [
            rel(
                "agreement",
                [CRA, CRP],
                signatories=["Mariela Inés Ferreyra", "Osvaldo Benítez Cáceres"],
                place="Posadas, Argentina",
                date="2025-02-19",
                evidence="Cruz Roja Argentina and the Paraguayan Red Cross on Wednesday sealed a cooperation agreement",
            ),
            rel(
                "support",
                [IFRC, CRA],
                evidence="was financed for both societies by the International Federation of Red Cross and Red Crescent Societies (IFRC)",
            ),
            rel(
                "support",
                [IFRC, CRP],
                evidence="was financed for both societies by the International Federation of Red Cross and Red Crescent Societies (IFRC)",
            ),
            rel(
                "donation",
                [MACRO, CRA],
                date="2025-02",
                evidence="Banco Macro transferred 25 million pesos to Cruz Roja Argentina last week",
            ),
            rel(
                "meeting",
                [CRP, MSP_MIS],
                place="Posadas, Argentina",
                date="2025-02-18",
                evidence="visited the entomology laboratory of the provincial ministry",
            ),
            rel(
                "agreement",
                [CRA, MSP_MIS],
                date="2023",
                evidence="a framework agreement that CRA concluded with the Misiones Ministry of Public Health in 2023",
            ),
        ],
    ),
    (
        "ky02_brazil_rio_grande_do_sul_floods.txt",
        "2024-05-14",
        [
            org(CVB, NS, "BR", "Cruz Vermelha Brasileira", "CVB"),
            org(AMBEV, CO, "BR"),
            org(JBS, CO, "BR"),
            org(MIDR, GOV, "BR", "Integration and Regional Development Ministry"),
            org(IFRC, MB, None, "IFRC"),
            org(CRA, NS, "AR"),
            org(CRU, NS, "UY"),
            org(SEDEC, GOV, "BR", "Sedec"),
        ],
        [
            person("Fernanda Becker Lima", "Head of the Rio Grande do Sul branch", CVB),
            person("Júlio César Andrade", "National President", CVB),
            person(
                "Antônio Carlos Moura", "Minister of Integration and Regional Development", MIDR
            ),
        ],
        [
            rel(
                "donation",
                [AMBEV, CVB],
                place="Canoas, Brazil",
                date="2024-05-12",
                evidence="Brewer Ambev delivered 1.2 million cans of drinking water to the",
            ),
            rel(
                "donation",
                [JBS, CVB],
                date="2024-05",
                evidence="society's warehouse in Canoas on Sunday, and meatpacker JBS has donated",
            ),
            rel(
                "meeting",
                [CVB, MIDR],
                place="Porto Alegre, Brazil",
                date="2024-05-13",
                evidence="CVB national president Júlio César Andrade held talks on Monday with",
            ),
            rel(
                "support",
                [IFRC, CVB],
                evidence="francs to support the Brazilian society's response over nine months.",
            ),
            rel(
                "mission",
                [CRA],
                place="Porto Alegre, Brazil",
                date="2024-05-11",
                evidence="The Argentine Red Cross sent a team of 12 volunteers and two water",
            ),
            rel(
                "support",
                [CRA, CVB],
                evidence="purification units to Porto Alegre on Saturday to back up CVB teams",
            ),
            rel(
                "donation",
                [CRU, CVB],
                evidence="hygiene kits to the Brazilian Red Cross through the Chuí crossing.",
            ),
            rel(
                "agreement",
                [CVB, SEDEC],
                date="2023",
                evidence="cooperation agreement it signed with the National Secretariat of Civil",
            ),
        ],
    ),
    (
        "ky03_chile_nuble_biobio_wildfires_dref.txt",
        "2025-02-14",
        [
            org(CRCH, NS, "CL", "Cruz Roja Chilena", "CRCh"),
            org(IFRC, MB, None, "IFRC"),
            org(SENAPRED, GOV, "CL", "SENAPRED"),
            org(BCH, CO, "CL"),
            org(AGRO, CO, "CL"),
            org(CONAF, GOV, "CL", "CONAF"),
            org(CRU, NS, "UY"),
        ],
        [
            person("Paulina Andrea Soto Reyes", "President", CRCH),
            person(
                "Martín Ezequiel Alvarado",
                "Head of the IFRC Country Cluster Delegation for the Southern Cone",
                IFRC,
            ),
            person("Rodrigo Fuenzalida Parra", "National Director", SENAPRED),
        ],
        [
            rel(
                "support",
                [IFRC, CRCH],
                date="2025-01-31",
                evidence="On 31 January the IFRC allocated CHF 365,880 from its Disaster Response Emergency Fund (DREF) to support the Chilean Red Cross",
            ),
            rel(
                "donation",
                [BCH, CRCH],
                date="2025-02-04",
                evidence="Banco de Chile transferred CLP 150 million to the National Society on 4 February",
            ),
            rel(
                "donation",
                [AGRO, CRCH],
                place="Chillán, Chile",
                date="2025-02-07",
                evidence="the food company Agrosuper delivered 24 tonnes of food staples to the CRCh logistics hub in Chillán",
            ),
            rel(
                "meeting",
                [CRCH, IFRC, SENAPRED],
                place="Santiago, Chile",
                date="2025-02-06",
                evidence="met Rodrigo Fuenzalida Parra, National Director of the National Service for Disaster Prevention and Response (SENAPRED)",
            ),
            rel(
                "agreement",
                [CRCH, SENAPRED],
                date="2023",
                evidence="the collaboration agreement the National Society signed with SENAPRED in 2023",
            ),
            rel(
                "support",
                [CRCH, CONAF],
                evidence="CRCh first aid posts in Florida and Santa Juana assisted brigades of the National Forest Corporation (CONAF)",
            ),
            rel(
                "mission",
                [CRU],
                place="Chillán, Chile",
                date="2025-02-05",
                evidence="The Uruguayan Red Cross deployed a four-person psychosocial support team to Chillán on 5 February",
            ),
        ],
    ),
    (
        "ky04_montevideo_southern_cone_forum_alliance.txt",
        "2025-09-26",
        [
            org(CRU, NS, "UY", "Cruz Roja Uruguaya"),
            org(CRA, NS, "AR"),
            org(CRP, NS, "PY"),
            org(CVB, NS, "BR"),
            org(CRCH, NS, "CL"),
            org(CRB, NS, "BO"),
            org(SINAE, GOV, "UY", "Sistema Nacional de Emergencias", "SINAE"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(MERCOSUR, OTHER, None),
            org(UNDRR, UN, None, "UNDRR"),
            org(WFP, UN, None, "WFP"),
            org(SEN, GOV, "PY", "SEN"),
            org(BROU, CO, "UY", "BROU"),
        ],
        [
            person("Ana Laura Techera Silva", "President", CRU),
            person("Diego Martín Olivera", "National Director", SINAE),
            person("Thomas Brunner", "Head of regional delegation in Buenos Aires", ICRC),
            person("Carolina Beatriz Montes", "Regional Director for the Americas", IFRC),
            person("Ricardo Ayala Benítez", "Director", MERCOSUR),
            person("Paulina Soto Reyes", "President", CRCH),
            person("Júlio César Andrade", "President", CVB),
            person("Mariela Inés Ferreyra", "President", CRA),
        ],
        [
            rel(
                "participation",
                [CRU, SINAE, CRA, CRP, CVB, CRCH, CRB, IFRC, ICRC, MERCOSUR, UNDRR, WFP, SEN],
                event="Second Southern Cone Humanitarian Forum on Climate Risk",
                place="Montevideo, Uruguay",
                date="2025-09-23",
                evidence="The alliance was announced at the close of the Second Southern Cone Humanitarian Forum on Climate Risk",
            ),
            rel(
                "alliance",
                [CRU, CRA, CRP, CVB, CRCH],
                place="Montevideo, Uruguay",
                date="2025-09-25",
                evidence="The Southern Cone Red Cross Alliance for Climate Preparedness groups the Uruguayan Red Cross",
            ),
            rel(
                "agreement",
                [CRU, SINAE],
                signatories=["Ana Laura Techera Silva", "Diego Martín Olivera"],
                place="Montevideo, Uruguay",
                date="2025-09-24",
                evidence="On Wednesday the Uruguayan society and SINAE renewed their cooperation agreement for a further four years.",
            ),
            rel(
                "agreement",
                [CRU, SINAE],
                date="2019",
                evidence="The original agreement, concluded in 2019",
            ),
            rel(
                "meeting",
                [IFRC, MERCOSUR],
                place="Montevideo, Uruguay",
                date="2025-09-24",
                evidence="held talks on Wednesday afternoon with Ricardo Ayala Benítez, Director of the MERCOSUR Secretariat",
            ),
            rel(
                "meeting",
                [CRCH, CVB],
                place="Montevideo, Uruguay",
                date="2025-09-23",
                evidence="held separate bilateral meetings on Tuesday with Brazilian Red Cross president Júlio César Andrade",
            ),
            rel(
                "meeting",
                [CRCH, CRA],
                place="Montevideo, Uruguay",
                date="2025-09-23",
                evidence="with Mariela Inés Ferreyra, who leads the Argentine society",
            ),
            rel(
                "support",
                [BROU, CRU],
                evidence="The system has been financed since 2022 by the state bank Banco de la República Oriental del Uruguay (BROU).",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
