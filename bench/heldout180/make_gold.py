"""Gold annotations for held-out set 180 (prefix ln): Southern Africa (South African, Namibia, Botswana, Lesotho and Baphalali Eswatini Red Cross; floods, drought, SADC, the NDMC, mining companies and banks).

ln01 - national society media release (Johannesburg, 12 June 2025): SARCS / National Disaster Management Centre MoU signed in Pretoria "yesterday" by the SARCS Secretary General and the head of the NDMC ("the head of the NDMC, Dr. Tshepo Maluleke": honorific dropped), background 2019 data-sharing protocol SARCS / South African Weather Service ("concluded"), SARCS President and SG meeting Sibanye-Stillwater executives in Johannesburg "on Monday", Standard Bank South Africa donation of R2.5 million to the flood appeal, British Red Cross financing the Buffalo City early warning pilot (passive); traps: Deputy Minister of Cooperative Governance present at the signing by title only (no signatory, department not a party), Sibanye-Stillwater only "will consider" supporting a programme, Baphalali Eswatini RC only hoped-for, "About" boilerplate mentioning Movement and IFRC membership, media contact (a named person with post: counted).
ln02 - wire story with hard line breaks (MASERU, Aug 15, 2024 (Reuters)): WFP funding the Lesotho RC cash grants ("funded by", passive), Lesotho RC SG talks with the Disaster Management Authority "on Tuesday", Standard Lesotho Bank gift of money and maize meal "on Friday" ("to the Red Cross"), IFRC cash-transfer specialist sent to Mohale's Hoek "earlier this month" (mission) and helping the society (support), background 2021 MoU with Letseng Diamonds; DMA chief executive given in brackets; traps: Reuters as the agency and "told Reuters", prime minister by title only, WFP only "hoped to extend", society "plans to reach" more households, attempts to meet the South African RC "have so far not succeeded" (no meeting), Lesotho Meteorological Services and government figures cited as sources, reporting/editing credits.
ln03 - IFRC-style DREF operation update, floods in north-east Botswana (issued 14 March 2025): IFRC DREF funding released on 14 February to the Botswana RC (BRCS used as acronym throughout), Debswana tents/blankets gift at Francistown on 19 February, FNB Botswana cash contribution received 24 February (passive), UNICEF hygiene kits (goods), South African RC RDRT member deployed to Francistown on 21 February (mission) and supporting BRCS (support), background 2018 BRCS / NDMO MoU, one four-party coordination meeting in Gaborone on 26 February (BRCS, IFRC, NDMO, UNICEF), BRCS assisting the Ministry of Health since 3 March; "who heads the society's disaster management unit" post shape; traps: Botswana Meteorological Services and government assessments cited as sources, WFP only "expected to join" the next meeting, Zimbabwe RC offer only conditional, extension only being considered, Partner National Societies generic, contact lines with titles only.
ln04 - HTML-ish local news page with byline and page furniture (Windhoek, published 24 Oct 2025): Regional Forum on Anticipatory Action in Southern Africa opened "on Tuesday" (one participation of eleven organisations: the two hosts, the SADC Secretariat, six national societies incl. Zambia, IFRC, FAO, plus the ICRC as observer), alliance of five societies named in compressed form ("The Red Cross societies of Namibia, South Africa, Botswana, Lesotho and Eswatini") launched "yesterday", SADC / IFRC MoU renewed "on Wednesday" with two signatories, background 2019 NRCS / Office of the Prime Minister protocol ("with her office"), Bank Windhoek cheque to the NRCS "on Tuesday", Namdeb financing NRCS early warning since 2023 (passive), ICRC regional head's courtesy call on the NRCS President "on Wednesday"; traps: byline, menus, "Share this", related-article headlines, cookie text, Zambia RC took part but did not join the network, Angola RC invited but absent, pooled stockpile only discussed and only to be considered by SADC ministers, NAMPA cited as source, next forum only due in Gaborone.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

SARCS = "South African Red Cross Society"
LRCS = "Lesotho Red Cross Society"
BRCS = "Botswana Red Cross Society"
NRCS = "Namibia Red Cross Society"
BERCS = "Baphalali Eswatini Red Cross Society"
ZRCS = "Zambia Red Cross Society"
BRC = "British Red Cross"
NDMC = "National Disaster Management Centre"
SAWS = "South African Weather Service"
DMA = "Disaster Management Authority"
NDMO = "National Disaster Management Office"
BW_MOH = "Ministry of Health"
OPM = "Office of the Prime Minister"
SADC = "Southern African Development Community"
WFP = "World Food Programme"
UNICEF = "United Nations Children's Fund"
FAO = "Food and Agriculture Organization of the United Nations"
SIBANYE = "Sibanye-Stillwater"
STANDARD = "Standard Bank South Africa"
SLB = "Standard Lesotho Bank"
LETSENG = "Letseng Diamonds"
DEBSWANA = "Debswana Diamond Company"
FNBB = "FNB Botswana"
BANKWHK = "Bank Windhoek"
NAMDEB = "Namdeb"

DOCS = [
    (
        "ln01_sarcs_ndmc_flood_preparedness_mou.txt",
        "2025-06-12",
        [
            org(SARCS, NS, "ZA", "SARCS", "South African Red Cross"),
            org(NDMC, GOV, "ZA", "NDMC"),
            org(SAWS, GOV, "ZA"),
            org(SIBANYE, CO, "ZA"),
            org(STANDARD, CO, "ZA", "Standard Bank"),
            org(BRC, NS, "GB"),
        ],
        [
            person("Nokuthula Mthembu", "Secretary General", SARCS),
            person("Tshepo Maluleke", "Head", NDMC),
            person("Farouk Daniels", "President", SARCS),
            person("Lindiwe Khumalo", "Head of Sustainability", STANDARD),
            person("Kagiso Molefe", "Communications Manager", SARCS),
        ],
        [
            rel(
                "agreement",
                [SARCS, NDMC],
                signatories=["Nokuthula Mthembu", "Tshepo Maluleke"],
                place="Pretoria, South Africa",
                date="2025-06-11",
                evidence="The South African Red Cross Society (SARCS) and the National Disaster Management Centre (NDMC) yesterday signed a memorandum of understanding",
            ),
            rel(
                "agreement",
                [SARCS, SAWS],
                date="2019",
                evidence="a data-sharing protocol that SARCS concluded with the South African Weather Service in 2019",
            ),
            rel(
                "meeting",
                [SARCS, SIBANYE],
                place="Johannesburg, South Africa",
                date="2025-06-09",
                evidence="met senior executives of the mining group Sibanye-Stillwater in Johannesburg on Monday",
            ),
            rel(
                "donation",
                [STANDARD, SARCS],
                evidence="Standard Bank South Africa has donated R2.5 million to the society's flood appeal",
            ),
            rel(
                "support",
                [BRC, SARCS],
                evidence="is financed by the British Red Cross",
            ),
        ],
    ),
    (
        "ln02_lesotho_drought_cash_wire.txt",
        "2024-08-15",
        [
            org(LRCS, NS, "LS", "Lesotho Red Cross"),
            org(WFP, UN, None, "WFP"),
            org(DMA, GOV, "LS", "DMA"),
            org(SLB, CO, "LS"),
            org(IFRC, MB, None, "IFRC"),
            org(LETSENG, CO, "LS", "Letšeng Diamonds"),
        ],
        [
            person("Palesa Mokhothu", "Secretary General", LRCS),
            person("Retselisitsoe Mohale", "Chief Executive", DMA),
            person("Ferdinand Okoro", "Country Director", WFP),
            person("Teboho Sekhesa", "Head of Marketing", SLB),
            person("Ingrid Solberg", "Cash-transfer specialist", IFRC),
        ],
        [
            rel(
                "support",
                [WFP, LRCS],
                evidence="The cash grants, funded by the World Food Programme (WFP), are",
            ),
            rel(
                "meeting",
                [LRCS, DMA],
                place="Maseru, Lesotho",
                date="2024-08-13",
                evidence="held talks on Tuesday with the Disaster Management Authority (DMA)",
            ),
            rel(
                "donation",
                [SLB, LRCS],
                date="2024-08-09",
                evidence="Standard Lesotho Bank on Friday donated 1.2 million maloti and 40",
            ),
            rel(
                "mission",
                [IFRC],
                place="Mohale's Hoek, Lesotho",
                date="2024-08",
                evidence="Societies (IFRC) sent a cash-transfer specialist to Mohale's Hoek",
            ),
            rel(
                "support",
                [IFRC, LRCS],
                evidence="The specialist, Ingrid Solberg, is helping the",
            ),
            rel(
                "agreement",
                [LRCS, LETSENG],
                date="2021",
                evidence="understanding with Letseng Diamonds, the operator of the country's",
            ),
        ],
    ),
    (
        "ln03_botswana_floods_dref_update.txt",
        "2025-03-14",
        [
            org(BRCS, NS, "BW", "BRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(DEBSWANA, CO, "BW", "Debswana"),
            org(FNBB, CO, "BW", "First National Bank Botswana"),
            org(UNICEF, UN, None, "UNICEF"),
            org(SARCS, NS, "ZA"),
            org(NDMO, GOV, "BW", "NDMO"),
            org(BW_MOH, GOV, "BW"),
        ],
        [
            person("Tiro Mothibi", "Head of the disaster management unit", BRCS),
            person("Boitumelo Kgosiemang", "Secretary General", BRCS),
            person("Aurelie Fontaine", "Operations Manager", IFRC),
            person("Onkemetse Sebina", "National Coordinator", NDMO),
        ],
        [
            rel(
                "support",
                [IFRC, BRCS],
                date="2025-02-14",
                evidence="Funding of CHF 318,640 was released on 14 February 2025 from the IFRC's Disaster Response Emergency Fund (DREF) to enable the Botswana Red Cross Society (BRCS)",
            ),
            rel(
                "donation",
                [DEBSWANA, BRCS],
                place="Francistown, Botswana",
                date="2025-02-19",
                evidence="On 19 February, Debswana Diamond Company handed over 150 family tents and 3,000 blankets to BRCS",
            ),
            rel(
                "donation",
                [FNBB, BRCS],
                date="2025-02-24",
                evidence="A cash contribution of BWP 400,000 from FNB Botswana was received on 24 February",
            ),
            rel(
                "donation",
                [UNICEF, BRCS],
                evidence="UNICEF provided 2,500 hygiene kits from its prepositioned stock in Gaborone",
            ),
            rel(
                "mission",
                [SARCS],
                place="Francistown, Botswana",
                date="2025-02-21",
                evidence="was deployed to Francistown on 21 February",
            ),
            rel(
                "support",
                [SARCS, BRCS],
                place="Francistown, Botswana",
                evidence="where she is supporting BRCS in setting up water points in evacuation centres",
            ),
            rel(
                "agreement",
                [BRCS, NDMO],
                date="2018",
                evidence="BRCS acts under a memorandum of understanding signed with the National Disaster Management Office (NDMO) in 2018",
            ),
            rel(
                "meeting",
                [BRCS, IFRC, NDMO, UNICEF],
                place="Gaborone, Botswana",
                date="2025-02-26",
                evidence="held a coordination meeting with UNICEF in Gaborone",
            ),
            rel(
                "support",
                [BRCS, BW_MOH],
                place="Tonota, Botswana",
                date="2025-03-03",
                evidence="BRCS volunteers have been assisting the Ministry of Health with oral rehydration points",
            ),
        ],
    ),
    (
        "ln04_windhoek_anticipatory_action_forum.txt",
        "2025-10-24",
        [
            org(NRCS, NS, "NA", "NRCS", "Namibia Red Cross"),
            org(SARCS, NS, "ZA"),
            org(BRCS, NS, "BW"),
            org(LRCS, NS, "LS"),
            org(BERCS, NS, "SZ", "Eswatini Red Cross"),
            org(ZRCS, NS, "ZM", "Zambia Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(SADC, OTHER, None, "SADC", "SADC Secretariat"),
            org(OPM, GOV, "NA"),
            org(FAO, UN, None, "FAO", "Food and Agriculture Organization"),
            org(BANKWHK, CO, "NA"),
            org(NAMDEB, CO, "NA"),
        ],
        [
            person("Selma Nangolo", "Secretary General", NRCS),
            person("Joaquim Mavuso", "Deputy Executive Secretary for Regional Integration", SADC),
            person("Adaeze Okonkwo", "Regional Director for Africa", IFRC),
            person("Justina Shilongo", "Executive Director", OPM),
            person("Lukas Brunner", "Head of the regional delegation in Pretoria", ICRC),
            person("Petrus Haufiku", "President", NRCS),
            person("Nomcebo Shongwe", "Secretary General", BERCS),
        ],
        [
            rel(
                "participation",
                [NRCS, OPM, SADC, SARCS, BRCS, LRCS, BERCS, ZRCS, IFRC, FAO, ICRC],
                event="Regional Forum on Anticipatory Action in Southern Africa",
                place="Windhoek, Namibia",
                date="2025-10-21",
                evidence="brought together the Southern African Development Community (SADC) Secretariat",
            ),
            rel(
                "alliance",
                [NRCS, SARCS, BRCS, LRCS, BERCS],
                place="Windhoek, Namibia",
                date="2025-10-23",
                evidence="The Red Cross societies of Namibia, South Africa, Botswana, Lesotho and Eswatini yesterday launched the Southern Africa Drought Action Network, a standing alliance",
            ),
            rel(
                "agreement",
                [SADC, IFRC],
                signatories=["Joaquim Mavuso", "Adaeze Okonkwo"],
                place="Windhoek, Namibia",
                date="2025-10-22",
                evidence="On Wednesday SADC and the International Federation of Red Cross and Red Crescent Societies renewed the memorandum of understanding",
            ),
            rel(
                "agreement",
                [NRCS, OPM],
                date="2019",
                evidence="the NRCS has worked under a protocol with her office since 2019",
            ),
            rel(
                "donation",
                [BANKWHK, NRCS],
                place="Windhoek, Namibia",
                date="2025-10-21",
                evidence="Bank Windhoek handed over a cheque of N$250,000 to the NRCS",
            ),
            rel(
                "support",
                [NAMDEB, NRCS],
                evidence="has been financed since 2023 by the diamond producer Namdeb",
            ),
            rel(
                "meeting",
                [ICRC, NRCS],
                place="Windhoek, Namibia",
                date="2025-10-22",
                evidence="paid a courtesy call on NRCS President Petrus Haufiku at the society's headquarters in Windhoek",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
