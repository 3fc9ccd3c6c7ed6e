"""Gold annotations for held-out set 171 (prefix le): Bangladesh, Nepal, Sri Lanka and the Maldives (Bangladesh Red Crescent, Nepal Red Cross, Sri Lanka Red Cross, Maldivian Red Crescent; Rohingya response, monsoon floods, a regional coastal forum with the SAARC Disaster Management Centre, garment companies and banks).

le01 - national society press release (Dhaka, 15 Jan 2025): BDRCS / UNHCR partnership agreement renewed "on Tuesday" (signatories the BDRCS Secretary General and the UNHCR Representative; the Chairman only looked on and is no signatory), background agreement first "put on paper in November 2017" ("the two organisations"), Japanese RC funding the Camp 14 field hospital "with money from" and seconding staff, garment exporter Ha-Meem Group gift of blankets and sweaters "on Sunday", Dutch-Bangla Bank PLC contribution of Tk 2.5 crore, courtesy call of a BDRCS team (led by the head of the Population Movement Operation, "who heads the society's ...") on the Refugee Relief and Repatriation Commissioner "on Monday" in Cox's Bazar; traps: district administration spokesperson by title only, BSS cited as source, Bhasan Char extension only hoped for, WFP only invited to a meeting "to discuss" with no date, "About BDRCS" boilerplate naming the IFRC, media contact (a named person with post: counted).
le02 - wire story with hard line breaks (KATHMANDU, Aug 21 (RSS), Thursday 21 Aug 2025): British RC funding of the pre-monsoon warehouse stocks (passive "with funding from"), Bangladesh RC water rescue team reaching Biratnagar "on Tuesday" (mission) and its talks with the head of the NRCS Koshi provincial chapter "on Wednesday" (meeting), Chaudhary Group cheque to the NRCS chairperson "on Wednesday", Nabil Bank gift of dry food to the Saptari chapter, WFP "backing the Red Cross" with cash transfers, background 2022 MoU NRCS / NDRRMA ("the society signed"); traps: RSS as the agency, Nepal Police and the Department of Hydrology and Meteorology cited as sources, talks with the Indian RC never arranged ("efforts ... had not succeeded"), Nepal Telecom agreement only hoped for, Home Minister by title only and only "would consider", reporting/editing credits.
le03 - IFRC-style DREF operation update n° 1, Sri Lanka southwest monsoon floods (issued 11 June 2025): IFRC DREF allocation supporting SLRCS (the IFRC named only by its acronym), IFRC surge officer deployed to Colombo on 1 June (mission), one four-party coordination meeting on 5 June (SLRCS, IFRC, DMC, UNICEF; chaired by "Eng." DMC Director General, honorific dropped), background 2019 MoU SLRCS / DMC, Hayleys PLC and Maldivian Red Crescent in-kind donations, Danish RC supporting SLRCS ("which supports ... has made available"), IFRC Head of Delegation named in brackets; traps: Department of Meteorology cited as source, Partner National Societies generic weekly meeting, Australian RC "may contribute", extension only conditional, President by title only, contact lines with titles only.
le04 - HTML-ish news page of the Maldivian Red Crescent with menus, cookie banner, breadcrumbs, "Share this", related news and footer (published 20 Nov 2025): South Asia Forum on Coastal and Island Resilience in Malé on 18-19 Nov (one participation of ten organisations: co-hosts MRC and NDMA, the three network founders, Nepal, Bhutan and Indian RC delegations, IFRC, UNDP, and the SDMC as observer), South Asia Coastal and Island Resilience Network of MRC, SLRCS and BDRCS launched "yesterday" (alliance), MRC / NDMA MoU signed on the first day by the MRC Secretary General and the NDMA Chief Executive, Bank of Maldives gift "on Wednesday", Turkish RC financing the Laamu early-warning pilot (passive), IFRC Regional Director's courtesy call on the Foreign Minister at the Ministry of Foreign Affairs ("H.E." dropped) "on Wednesday", two separate bilateral SDMC meetings with the Nepal and Bhutan RC secretaries general (posts in "the Secretary General of Y, X" shape); traps: Bhutan RC only "would consider joining", Pakistan RC invited but absent, next forum only offered, PSM News cited as source, related-news headlines, "About the Movement" boilerplate calling the Movement a network.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

BDRCS = "Bangladesh Red Crescent Society"
NRCS = "Nepal Red Cross Society"
SLRCS = "Sri Lanka Red Cross Society"
MRC = "Maldivian Red Crescent"
BHRCS = "Bhutan Red Cross Society"
IRCS = "Indian Red Cross Society"
JRCS = "Japanese Red Cross Society"
BRC = "British Red Cross"
DRC = "Danish Red Cross"
TRC = "Turkish Red Crescent"
UNHCR = "United Nations High Commissioner for Refugees"
WFP = "World Food Programme"
UNICEF = "United Nations Children's Fund"
UNDP = "United Nations Development Programme"
SDMC = "SAARC Disaster Management Centre"
RRRC = "Office of the Refugee Relief and Repatriation Commissioner"
NDRRMA = "National Disaster Risk Reduction and Management Authority"
DMC = "Disaster Management Centre"
NDMA = "National Disaster Management Authority"
MV_MFA = "Ministry of Foreign Affairs"
HAMEEM = "Ha-Meem Group"
DBBL = "Dutch-Bangla Bank PLC"
CG = "Chaudhary Group"
NABIL = "Nabil Bank"
HAYLEYS = "Hayleys PLC"
BML = "Bank of Maldives"

DOCS = [
    (
        "le01_bdrcs_unhcr_rohingya_renewal.txt",
        "2025-01-15",
        [
            org(BDRCS, NS, "BD", "BDRCS", "Bangladesh Red Crescent"),
            org(UNHCR, UN, None, "UNHCR", "UN Refugee Agency"),
            org(JRCS, NS, "JP", "Japanese Red Cross"),
            org(HAMEEM, CO, "BD", "Ha-Meem"),
            org(DBBL, CO, "BD", "Dutch-Bangla Bank", "DBBL"),
            org(RRRC, GOV, "BD", "Refugee Relief and Repatriation Commissioner", "RRRC"),
        ],
        [
            person("Rafiqul Alam Bhuiyan", "Secretary General", BDRCS),
            person("Marit Lindqvist", "Representative in Bangladesh", UNHCR),
            person("Abdul Matin Chowdhury", "Chairman", BDRCS),
            person("Shahana Parvin", "Head of the Population Movement Operation", BDRCS),
            person("Tanvir Ahmed Siddiqui", "Refugee Relief and Repatriation Commissioner", RRRC),
            person("Farzana Yasmin", "Communications Officer", BDRCS),
        ],
        [
            rel(
                "agreement",
                [BDRCS, UNHCR],
                signatories=["Rafiqul Alam Bhuiyan", "Marit Lindqvist"],
                place="Dhaka, Bangladesh",
                date="2025-01-14",
                evidence="renewed their partnership agreement for the Rohingya response in Dhaka on Tuesday",
            ),
            rel(
                "agreement",
                [BDRCS, UNHCR],
                date="2017-11",
                evidence="The two organisations first put their partnership on paper in November 2017",
            ),
            rel(
                "support",
                [JRCS, BDRCS],
                evidence="continues to run with money from the Japanese Red Cross Society",
            ),
            rel(
                "donation",
                [HAMEEM, BDRCS],
                date="2025-01-12",
                evidence="garment exporter Ha-Meem Group handed over 18,000 blankets and 6,000 children's sweaters to the society on Sunday",
            ),
            rel(
                "donation",
                [DBBL, BDRCS],
                evidence="Dutch-Bangla Bank PLC has contributed Tk 2.5 crore to BDRCS",
            ),
            rel(
                "meeting",
                [BDRCS, RRRC],
                place="Cox's Bazar, Bangladesh",
                date="2025-01-13",
                evidence="paid a courtesy call on the Refugee Relief and Repatriation Commissioner, Tanvir Ahmed Siddiqui",
            ),
        ],
    ),
    (
        "le02_nepal_koshi_floods_wire.txt",
        "2025-08-21",
        [
            org(NRCS, NS, "NP", "NRCS", "Nepal Red Cross"),
            org(BRC, NS, "GB"),
            org(BDRCS, NS, "BD", "Bangladesh Red Crescent"),
            org(CG, CO, "NP", "Chaudhary Group"),
            org(NABIL, CO, "NP", "Nabil Bank Limited"),
            org(WFP, UN, None, "WFP", "United Nations World Food Programme"),
            org(NDRRMA, GOV, "NP", "NDRRMA"),
        ],
        [
            person("Kamala Devi Bhattarai", "Secretary General", NRCS),
            person(
                "Arifur Rahman Sohel", "Deputy Director of the disaster response department", BDRCS
            ),
            person("Dil Bahadur Rai", "Head of the Koshi provincial chapter", NRCS),
            person("Binod Raj Sigdel", "Chairperson", NRCS),
            person("Suvash Lal Shrestha", "Director of corporate affairs", CG),
            person("Helga Brunner", "Country Director", WFP),
        ],
        [
            rel(
                "support",
                [BRC, NRCS],
                evidence="before the monsoon with funding from the British Red Cross",
            ),
            rel(
                "mission",
                [BDRCS],
                place="Biratnagar, Nepal",
                date="2025-08-19",
                evidence="A six-member water rescue team of the Bangladesh Red Crescent Society",
            ),
            rel(
                "meeting",
                [BDRCS, NRCS],
                date="2025-08-20",
                evidence="response department, held talks on Wednesday with the head of the NRCS",
            ),
            rel(
                "donation",
                [CG, NRCS],
                date="2025-08-20",
                evidence="The Chaudhary Group handed a cheque for 10 million rupees to NRCS",
            ),
            rel(
                "donation",
                [NABIL, NRCS],
                evidence="Nabil Bank also gave",
            ),
            rel(
                "support",
                [WFP, NRCS],
                evidence="The United Nations World Food Programme (WFP) is backing the Red",
            ),
            rel(
                "agreement",
                [NRCS, NDRRMA],
                date="2022",
                evidence="memorandum of understanding the society signed with the National",
            ),
        ],
    ),
    (
        "le03_srilanka_monsoon_floods_dref_update.txt",
        "2025-06-11",
        [
            org(SLRCS, NS, "LK", "SLRCS", "Sri Lanka Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(DMC, GOV, "LK", "DMC"),
            org(UNICEF, UN, None, "UNICEF"),
            org(HAYLEYS, CO, "LK", "Hayleys"),
            org(MRC, NS, "MV"),
            org(DRC, NS, "DK"),
        ],
        [
            person("Nirmala Wijesinghe", "Disaster Management Coordinator", SLRCS),
            person("Mahesh Gunasekara", "Director General", SLRCS),
            person("Tomas Eriksen", "Head of Delegation for Sri Lanka and the Maldives", IFRC),
            person("Chandana Ranasinghe", "Director General", DMC),
        ],
        [
            rel(
                "support",
                [IFRC, SLRCS],
                date="2025-05-28",
                evidence="CHF 348,212 was released on 28 May from the IFRC Disaster Response Emergency Fund (DREF) to support the SLRCS",
            ),
            rel(
                "mission",
                [IFRC],
                place="Colombo, Sri Lanka",
                date="2025-06-01",
                evidence="IFRC deployed a surge cash and voucher assistance officer from its Asia Pacific Regional Office to Colombo on 1 June",
            ),
            rel(
                "meeting",
                [SLRCS, IFRC, DMC, UNICEF],
                place="Colombo, Sri Lanka",
                date="2025-06-05",
                evidence="On 5 June, SLRCS, IFRC, the Disaster Management Centre (DMC) and UNICEF held a joint coordination meeting in Colombo",
            ),
            rel(
                "agreement",
                [SLRCS, DMC],
                date="2019",
                evidence="the memorandum of understanding signed between SLRCS and the DMC in 2019",
            ),
            rel(
                "donation",
                [HAYLEYS, SLRCS],
                place="Ratnapura, Sri Lanka",
                date="2025-06-02",
                evidence="On 2 June, Hayleys PLC donated 2,500 dry ration packs to the SLRCS Ratnapura branch",
            ),
            rel(
                "donation",
                [MRC, SLRCS],
                place="Colombo, Sri Lanka",
                date="2025-06-04",
                evidence="The Maldivian Red Crescent donated 500 family hygiene kits",
            ),
            rel(
                "support",
                [DRC, SLRCS],
                evidence="The Danish Red Cross, which supports SLRCS's community resilience programme in Kalutara",
            ),
        ],
    ),
    (
        "le04_male_coastal_resilience_forum_network.txt",
        "2025-11-20",
        [
            org(MRC, NS, "MV", "MRC"),
            org(SLRCS, NS, "LK", "Sri Lanka Red Cross"),
            org(BDRCS, NS, "BD", "Bangladesh Red Crescent"),
            org(NDMA, GOV, "MV", "NDMA"),
            org(NRCS, NS, "NP", "Nepal Red Cross"),
            org(BHRCS, NS, "BT", "Bhutan Red Cross"),
            org(IRCS, NS, "IN"),
            org(IFRC, MB, None, "IFRC"),
            org(UNDP, UN, None, "UNDP"),
            org(SDMC, OTHER, None, "SDMC"),
            org(BML, CO, "MV", "BML"),
            org(TRC, NS, "TR"),
            org(MV_MFA, GOV, "MV"),
        ],
        [
            person("Fathimath Nashwa Ibrahim", "President", MRC),
            person("Hassan Zameel Adam", "Secretary General", MRC),
            person("Ahmed Rifau Mohamed", "Chief Executive", NDMA),
            person("Lena Fischbach", "Regional Director for Asia Pacific", IFRC),
            person("Ahmed Nizar Rasheed", "Foreign Minister", MV_MFA),
            person("Rajiv Menon Nair", "Director", SDMC),
            person("Kamala Devi Bhattarai", "Secretary General", NRCS),
            person("Tshering Yangzom", "Secretary General", BHRCS),
        ],
        [
            rel(
                "participation",
                [MRC, NDMA, SLRCS, BDRCS, NRCS, BHRCS, IRCS, IFRC, UNDP, SDMC],
                event="South Asia Forum on Coastal and Island Resilience",
                place="Malé, Maldives",
                date="2025-11-18",
                evidence="The forum drew delegations from the Nepal Red Cross Society, the Bhutan Red Cross Society and the Indian Red Cross Society",
            ),
            rel(
                "alliance",
                [MRC, SLRCS, BDRCS],
                place="Malé, Maldives",
                date="2025-11-19",
                evidence="yesterday launched the South Asia Coastal and Island Resilience Network",
            ),
            rel(
                "agreement",
                [MRC, NDMA],
                signatories=["Hassan Zameel Adam", "Ahmed Rifau Mohamed"],
                place="Malé, Maldives",
                date="2025-11-18",
                evidence="signed a memorandum of understanding on volunteer surge support to atoll councils",
            ),
            rel(
                "donation",
                [BML, MRC],
                date="2025-11-19",
                evidence="Bank of Maldives handed MVR 750,000 to the MRC on Wednesday",
            ),
            rel(
                "support",
                [TRC, MRC],
                evidence="financed by the Turkish Red Crescent since 2023",
            ),
            rel(
                "meeting",
                [IFRC, MV_MFA],
                place="Malé, Maldives",
                date="2025-11-19",
                evidence="paid a courtesy call on Foreign Minister H.E. Ahmed Nizar Rasheed at the Ministry of Foreign Affairs on Wednesday",
            ),
            rel(
                "meeting",
                [SDMC, NRCS],
                place="Malé, Maldives",
                evidence="In separate meetings on the sidelines, the Director of the SDMC, Rajiv Menon Nair, met the Secretary General of the Nepal Red Cross Society",
            ),
            rel(
                "meeting",
                [SDMC, BHRCS],
                place="Malé, Maldives",
                evidence="and the Secretary General of the Bhutan Red Cross Society, Tshering Yangzom",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
