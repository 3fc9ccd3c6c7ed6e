"""Gold annotations for held-out set 189 (prefix pt): the Portuguese-speaking world (Portuguese Red Cross, Angola Red Cross, Mozambique Red Cross, Cabo Verde Red Cross, Red Cross of Guinea-Bissau, Brazilian Red Cross, Timor-Leste Red Cross; Camões I.P., the CPLP, INGD, the Brazilian Cooperation Agency, Portuguese, Mozambican, Angolan and Brazilian companies and foundations, UN agencies, the IFRC and the ICRC).

pt01 - Portuguese Red Cross press release (Lisbon, 18 Mar 2026): CVP / Camões, I.P. cooperation protocol "formalised on Monday" at the CVP headquarters in Lisbon ("the President of the National Directorate of the Portuguese Red Cross, Manuel Tavares de Albuquerque" and "the President of the Board of Directors of Camões, I.P., Professor Helena Matos Quintela" as signatories; the institute's long name with a dash and ", I.P."), background 2019 protocol ("the protocol the two institutions first concluded in 2019"), "Camões, I.P. will finance the programme ... with 2.4 million euros" (support), CVP "has been supporting the Cabo Verde Red Cross (Cruz Vermelha de Cabo Verde, CVCV)" since 2017 (support), "the programme will help the Red Cross of Guinea-Bissau (Cruz Vermelha da Guiné-Bissau, CVGB)" (support by the CVP), Fundação EDP's 150,000 euros "At the ceremony" (donation); people in several shapes ("who coordinates the CVP's international cooperation department", "executive director of Fundação EDP" after a quote, press contact with post: counted); traps: the Secretary of State for Foreign Affairs and Cooperation by title only (attending is not a party), the INMG cited as a source, extension to São Tomé and Príncipe only hoped-for ("contacts are at an early stage", no body named), "About" boilerplates naming the Movement, the IFRC and the Ministry of Foreign Affairs as Camões's supervisor.
pt02 - Lusa wire story with hard line breaks, read as translated from Portuguese (MAPUTO, Jan 22, 2026 (Lusa)): CVM / INGD memorandum of understanding "signed on Wednesday in Maputo" ("the secretary-general of the CVM, Armindo Tembe Mucavele" and "the president of the INGD, Graciano Nhantumbo Mazive", a name broken over a line, as signatories), the pilot "financed by the World Food Programme (WFP), which has supported the CVM's ... work ... since 2023" (passive support), a Portuguese Red Cross team "sent ... to Beira on Monday" (mission) "to help the CVM pre-position relief stocks" (support), the ambassador of Portugal's "courtesy visit" to the CVM "On Tuesday", received by the National Society's president (meeting of the Embassy of Portugal in Maputo and the CVM; "the two discussed"), Millennium bim's 3 million meticais "last Friday" (donation); traps: Lusa as the agency and "told Lusa", INAM cited as a source, the minister of State Administration by title only (attending is not a party), talks with the Ministry of Health "ended without agreement" (no relationship, ministry not annotated), MSF "not a party", UNICEF only "expected to join", a bank spokeswoman by title only, official figures, the Lusa initials and "Lusa/End".
pt03 - IFRC-style DREF operation update, cholera in Angola (issued 20 Feb 2026): IFRC DREF allocation "to support the Angola Red Cross (CVA)" (28 January), background 2024 "cooperation agreement the CVA signed with the Ministry of Health (MINSA)" inside a bullet, the Mozambique Red Cross (CVM) deploying trainers to Luanda on 3 February (mission) and "They are training CVA branch teams" (support), one four-party coordination meeting in Luanda on 5 February (CVA, IFRC, MINSA, UNICEF; officials as "the national director of public health at MINSA, Dr. Esperança Kapinga Sebastião" and "UNICEF's chief of water, sanitation and hygiene in Angola, Rolf Haugland-Moe", "taking part"), Banco de Fomento Angola (BFA) goods (donation, 6 February), Unitel's free SMS "on behalf of the National Society" (support); traps: the WHO cited as a source, rehydration points opened "at the request of the provincial health authorities" (unnamed), the IFRC Country Cluster Delegation in Pretoria only a channel of the IFRC's own support, Partner National Societies generic, the ICRC only "kept informed", the Governor of Luanda province by title only, an Early Action Protocol with Africa CDC only possible, extension or appeal only conditional, contact lines with names and posts (counted).
pt04 - HTML-ish Brazilian Red Cross news page with page furniture (menus, cookie banner, breadcrumb, reading time, "Share", photo/text credits, "Related news", "About" boilerplate, footer; published 25 Sept 2026): 1st Lusophone Red Cross Humanitarian Forum at the Museu do Amanhã in Rio de Janeiro "on Wednesday and Thursday" (one participation of ten: the host, six "Delegations from ...", the IFRC, the ICRC and the CPLP Executive Secretariat "alongside representatives of"), CPLP Executive Secretariat / IFRC memorandum of understanding "sealed" "On the first day" ("the Executive Secretary of the CPLP, Ambassador Ilídio Fortes Semedo" and "the IFRC Under Secretary General for National Society Development" as signatories), the Brazilian, Portuguese, Angolan and Mozambican societies (adjectives only) who "joined forces in the Lusophone Red Cross Network" "On the closing day" (alliance of four), CVB president's "working meeting" with the head of the ICRC regional delegation in Brasília "On Wednesday evening" (meeting), the forum "made possible by funding from the Brazilian Cooperation Agency (ABC), which has backed the CVB's international programme since 2022" (support), Vale's R$ 500,000 cheque "At the closing dinner on Thursday", handed over by its head of social investment named first (donation); traps: the São Tomé and Príncipe Red Cross invited but absent, the Governor of Rio de Janeiro's video message (title only, no participation), three societies only "expected to join" the network, an agreement with the National Secretariat of Civil Defence only intended, the Luanda edition only hoped-for, photo/text credits, related-news headlines (Correios), "About" boilerplate naming the Movement.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

CVP = "Portuguese Red Cross"
CVA = "Angola Red Cross"
CVM = "Mozambique Red Cross Society"
CVCV = "Cabo Verde Red Cross"
CVGB = "Red Cross of Guinea-Bissau"
CVB = "Brazilian Red Cross"
CVTL = "Timor-Leste Red Cross"
CAMOES = "Camões – Instituto da Cooperação e da Língua"
FEDP = "Fundação EDP"
INGD = "National Institute for Disaster Risk Management and Reduction"
WFP = "World Food Programme"
EMB_PT = "Embassy of Portugal in Mozambique"
MBIM = "Millennium bim"
MINSA = "Ministry of Health of Angola"
UNICEF = "United Nations Children's Fund"
BFA = "Banco de Fomento Angola"
UNITEL = "Unitel"
CPLP = "Community of Portuguese Language Countries"
ABC = "Brazilian Cooperation Agency"
VALE = "Vale"

DOCS = [
    (
        "pt01_cvp_camoes_cooperation_protocol.txt",
        "2026-03-18",
        [
            org(CVP, NS, "PT", "Cruz Vermelha Portuguesa", "CVP"),
            org(
                CAMOES,
                GOV,
                "PT",
                "Camões, I.P.",
                "Camões – Instituto da Cooperação e da Língua, I.P.",
            ),
            org(CVCV, NS, "CV", "Cruz Vermelha de Cabo Verde", "CVCV"),
            org(CVGB, NS, "GW", "Cruz Vermelha da Guiné-Bissau", "CVGB"),
            org(FEDP, OTHER, "PT"),
        ],
        [
            person("Manuel Tavares de Albuquerque", "President of the National Directorate", CVP),
            person("Helena Matos Quintela", "President of the Board of Directors", CAMOES),
            person(
                "Inês Cardoso Rebelo",
                "Coordinator of the international cooperation department",
                CVP,
            ),
            person("Vera Salgueiro Nunes", "Executive Director", FEDP),
            person("Rui Fontoura Lemos", "Press Officer", CVP),
        ],
        [
            rel(
                "agreement",
                [CVP, CAMOES],
                signatories=["Manuel Tavares de Albuquerque", "Helena Matos Quintela"],
                place="Lisbon, Portugal",
                date="2026-03-16",
                evidence="formalised on Monday a three-year cooperation protocol",
            ),
            rel(
                "agreement",
                [CVP, CAMOES],
                date="2019",
                evidence="The new document builds on the protocol the two institutions first concluded in 2019",
            ),
            rel(
                "support",
                [CAMOES, CVP],
                evidence='Camões, I.P. will finance the programme "Preparar Juntos" (Preparing Together) with 2.4 million euros',
            ),
            rel(
                "support",
                [CVP, CVCV],
                evidence="Since 2017, the Portuguese Red Cross has been supporting the Cabo Verde Red Cross (Cruz Vermelha de Cabo Verde, CVCV)",
            ),
            rel(
                "support",
                [CVP, CVGB],
                evidence="the programme will help the Red Cross of Guinea-Bissau (Cruz Vermelha da Guiné-Bissau, CVGB) to pre-position relief stocks",
            ),
            rel(
                "donation",
                [FEDP, CVP],
                place="Lisbon, Portugal",
                date="2026-03-16",
                evidence="At the ceremony, Fundação EDP handed over a donation of 150,000 euros to the Portuguese Red Cross",
            ),
        ],
    ),
    (
        "pt02_cvm_ingd_anticipatory_memorandum_wire.txt",
        "2026-01-22",
        [
            org(CVM, NS, "MZ", "Mozambique Red Cross", "CVM"),
            org(INGD, GOV, "MZ", "INGD"),
            org(WFP, UN, None, "WFP"),
            org(CVP, NS, "PT"),
            org(EMB_PT, GOV, "PT", "Embassy of Portugal in Maputo"),
            org(MBIM, CO, "MZ"),
        ],
        [
            person("Armindo Tembe Mucavele", "Secretary-General", CVM),
            person("Graciano Nhantumbo Mazive", "President", INGD),
            person("Sofia Amaral Reis", "Head of the emergency unit", CVP),
            person("Duarte Vaz Pereira Cordeiro", "Ambassador of Portugal in Mozambique", EMB_PT),
            person("Celeste Muianga Bila", "President", CVM),
        ],
        [
            rel(
                "agreement",
                [CVM, INGD],
                signatories=["Armindo Tembe Mucavele", "Graciano Nhantumbo Mazive"],
                place="Maputo, Mozambique",
                date="2026-01-21",
                evidence="(INGD) signed on Wednesday in Maputo a memorandum of understanding",
            ),
            rel(
                "support",
                [WFP, CVM],
                evidence="The early action pilot is financed by the World Food Programme",
            ),
            rel(
                "mission",
                [CVP],
                place="Beira, Mozambique",
                date="2026-01-19",
                evidence="The Portuguese Red Cross also sent a team of four logisticians and",
            ),
            rel(
                "support",
                [CVP, CVM],
                evidence="a nurse to Beira on Monday to help the CVM pre-position relief",
            ),
            rel(
                "meeting",
                [EMB_PT, CVM],
                place="Maputo, Mozambique",
                date="2026-01-20",
                evidence="On Tuesday, the ambassador of Portugal in Mozambique, Duarte Vaz",
            ),
            rel(
                "donation",
                [MBIM, CVM],
                date="2026-01-16",
                evidence="Separately, the bank Millennium bim last Friday delivered 3 million",
            ),
        ],
    ),
    (
        "pt03_angola_cholera_dref_update.txt",
        "2026-02-20",
        [
            org(CVA, NS, "AO", "Cruz Vermelha de Angola", "CVA"),
            org(IFRC, MB, None, "IFRC"),
            org(MINSA, GOV, "AO", "Ministry of Health", "MINSA"),
            org(CVM, NS, "MZ", "Mozambique Red Cross", "CVM"),
            org(UNICEF, UN, None, "UNICEF"),
            org(BFA, CO, "AO", "BFA"),
            org(UNITEL, CO, "AO"),
        ],
        [
            person("Valdemar Kiala Neto", "Secretary General", CVA),
            person("Esperança Kapinga Sebastião", "National Director of Public Health", MINSA),
            person("Rolf Haugland-Moe", "Chief of water, sanitation and hygiene", UNICEF),
            person("Domingas Lutucuta Ferraz", "Head of Health and Care", CVA),
            person("Thandiwe Mokoena-Dube", "Operations Coordinator", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, CVA],
                date="2026-01-28",
                evidence="the IFRC allocated CHF 487,230 from its Disaster Response Emergency Fund (DREF) to support the Angola Red Cross (CVA)",
            ),
            rel(
                "agreement",
                [CVA, MINSA],
                date="2024",
                evidence="under the cooperation agreement the CVA signed with the Ministry of Health (MINSA) in 2024",
            ),
            rel(
                "mission",
                [CVM],
                place="Luanda, Angola",
                date="2026-02-03",
                evidence="The Mozambique Red Cross (CVM) deployed three experienced cholera-response trainers to Luanda on 3 February",
            ),
            rel(
                "support",
                [CVM, CVA],
                evidence="They are training CVA branch teams in the set-up and management of oral rehydration points",
            ),
            rel(
                "meeting",
                [CVA, IFRC, MINSA, UNICEF],
                place="Luanda, Angola",
                date="2026-02-05",
                evidence="On 5 February, the CVA, the IFRC, MINSA and UNICEF met in Luanda to coordinate the response",
            ),
            rel(
                "donation",
                [BFA, CVA],
                date="2026-02-06",
                evidence="On 6 February, Banco de Fomento Angola (BFA) donated 1.2 million water purification tablets and 8,000 jerrycans to the CVA",
            ),
            rel(
                "support",
                [UNITEL, CVA],
                evidence="Unitel is sending free SMS cholera prevention messages on behalf of the National Society",
            ),
        ],
    ),
    (
        "pt04_rio_lusophone_humanitarian_forum_page.txt",
        "2026-09-25",
        [
            org(CVB, NS, "BR", "Cruz Vermelha Brasileira", "CVB"),
            org(CVP, NS, "PT"),
            org(CVA, NS, "AO"),
            org(CVM, NS, "MZ", "Mozambique Red Cross"),
            org(CVCV, NS, "CV"),
            org(CVGB, NS, "GW"),
            org(CVTL, NS, "TL", "Cruz Vermelha de Timor-Leste", "CVTL"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(
                CPLP,
                OTHER,
                None,
                "CPLP",
                "Executive Secretariat of the Community of Portuguese Language Countries",
                "CPLP Executive Secretariat",
            ),
            org(ABC, GOV, "BR", "ABC"),
            org(VALE, CO, "BR"),
        ],
        [
            person("Ilídio Fortes Semedo", "Executive Secretary", CPLP),
            person(
                "Kwame Asante-Boadu",
                "Under Secretary General for National Society Development",
                IFRC,
            ),
            person("Júlio César Amorim Lacerda", "President", CVB),
            person("Manuel Tavares de Albuquerque", "President of the National Directorate", CVP),
            person("Béatrice Schaller-Ortiz", "Head of the regional delegation in Brasília", ICRC),
            person("Renata Coutinho Brandão", "Head of social investment", VALE),
        ],
        [
            rel(
                "participation",
                [CVB, CVP, CVA, CVM, CVCV, CVGB, CVTL, IFRC, ICRC, CPLP],
                event="1st Lusophone Red Cross Humanitarian Forum",
                place="Rio de Janeiro, Brazil",
                date="2026-09-23",
                evidence="Delegations from the Portuguese Red Cross, the Angola Red Cross, the Mozambique Red Cross, the Cabo Verde Red Cross, the Red Cross of Guinea-Bissau and the Timor-Leste Red Cross",
            ),
            rel(
                "agreement",
                [CPLP, IFRC],
                signatories=["Ilídio Fortes Semedo", "Kwame Asante-Boadu"],
                place="Rio de Janeiro, Brazil",
                date="2026-09-23",
                evidence="the CPLP Executive Secretariat and the IFRC sealed a memorandum of understanding",
            ),
            rel(
                "alliance",
                [CVB, CVP, CVA, CVM],
                place="Rio de Janeiro, Brazil",
                date="2026-09-24",
                evidence="the Brazilian, Portuguese, Angolan and Mozambican Red Cross societies joined forces in the Lusophone Red Cross Network",
            ),
            rel(
                "meeting",
                [CVB, ICRC],
                place="Rio de Janeiro, Brazil",
                date="2026-09-23",
                evidence="On Wednesday evening, Amorim Lacerda held a working meeting with the head of the ICRC regional delegation in Brasília",
            ),
            rel(
                "support",
                [ABC, CVB],
                evidence="The forum was made possible by funding from the Brazilian Cooperation Agency (ABC), which has backed the CVB's international programme since 2022",
            ),
            rel(
                "donation",
                [VALE, CVB],
                place="Rio de Janeiro, Brazil",
                date="2026-09-24",
                evidence="handed over a cheque for R$ 500,000 to the Brazilian Red Cross",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
