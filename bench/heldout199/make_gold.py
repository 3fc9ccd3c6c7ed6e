"""Gold annotations for held-out set 199 (prefix sa): South Asia (Pakistan Red Crescent, Bangladesh Red Crescent Society and the Rohingya response in Cox's Bazar, Nepal Red Cross Society and Indian Red Cross Society across the Koshi and Gandak basins, The Sri Lanka Red Cross Society; WFP, the IFRC, the ICRC, provincial and national disaster authorities, embassies, a bank, a telecom operator, a corporate foundation).

sa01 - Pakistani English-language daily report with page furniture (headline, masthead line with section and page, "Our Correspondent" byline, "GILGIT:" dateline, crossheads "Who pays" and "Boats for Hunza", "RELATED" headlines, "Published in ..." line; published Thursday 9 Jul 2026): PRCS / Gilgit-Baltistan Disaster Management Authority "on Wednesday entered into a two-year arrangement" on GLOF early warning (agreement; "The document was signed at the GBDMA headquarters in Gilgit by PRCS Secretary General A and GBDMA Director General B"), "It is the second document of its kind between the two bodies. The first, a memorandum ..., was signed in August 2022" (background agreement), "The two-year project is being paid for by the German Red Cross, which has backed the PRCS ... programme" (support), the Aga Khan Agency for Habitat "has handed its hazard maps of the 24 villages to the PRCS teams" (support), the Engro Foundation "has gifted 15 inflatable rescue boats ... to the PRCS, which received them at a ceremony in Aliabad, Hunza, on Tuesday" (donation; the foundation's head of programmes and the branch secretary who received them counted), PRCS Chairman "called on Gilgit-Baltistan Chief Minister C at the Chief Minister's Secretariat" (meeting with the Government of Gilgit-Baltistan); traps: the provincial minister and district administrations "looked on" (title only, no party), NDMA and the Pakistan Meteorological Department cited as sources, a data exchange with the Red Cross Society of China only a proposal "under discussion", extension to Chitral only wanted "funding permitting", the chief minister's land that the government "would consider allotting" (a plan), "several development partners" generic, related-news headlines.
sa02 - WFP news release (COX'S BAZAR, 21 Apr 2026) with quotes, a "# # #" end mark, an "About WFP" boilerplate, social handles and media contacts (names with posts, counted): anticipatory cash "under an anticipatory action partnership between" WFP and BDRCS "concluded in Cox's Bazar on Monday" (agreement; signed by the WFP Representative and Country Director and the BDRCS Secretary General "in the presence of" the RRRC, who is no signatory), "On Sunday, the two organizations had walked the RRRC and camp officials through the forecast triggers ... at the Commissioner's office" (one three-party meeting), "since August 2017, when the two first signed an agreement" (background agreement), "The USD 3.8 million needed for the first year comes from contributions to WFP by Germany's Federal Foreign Office and the European Union's humanitarian aid department (ECHO)" (two supports), "The Danish Red Cross is lending BDRCS a cash transfer specialist" (support); traps: the ISCG cited as a source, "Together with the Red Crescent" inside a quote (the same partnership, not a second relation), talks with the Bangladesh Meteorological Department only "continuing", Bhasan Char only hoped-for "subject to Government approval", thanks to "all its partners and donors" generic, Cyclone Mocha background.
sa03 - joint statement of the NRCS, the IRCS and the IFRC in numbered paragraphs (Kathmandu and New Delhi, 24 Jul 2026) with a "Signed:" block and media contacts (all named with posts, counted); the statement itself is no relationship: "Our two National Societies have been bound since March 2025 by a memorandum on cross-border community early warning, signed in Birgunj" (background agreement), "the Secretaries General of our two Societies sat down together in Raxaul with the Vice-Chairman of the Bihar State Disaster Management Authority, D, and his officials" on 21 July (one three-party meeting), "The IFRC has made CHF 498,000 available to the Nepal Red Cross Society from its ... DREF" (support) and "the IFRC is also backing the Indian Red Cross Society's Bihar State Branch" (support), "We are grateful to Nepal Telecom, which has carried our flood warnings free of charge" (support, an in-kind service rather than a gift of goods), "the Embassy of Japan in Nepal handed over 2,000 tarpaulins ... to the Nepal Red Cross Society at its national headquarters in Kathmandu" on 20 July (donation; "Ambassador E" counted); traps: the Department of Hydrology and Meteorology and (in paragraph 1) the Bihar authority cited as sources, "We welcome the offer of the ICRC ... should it be needed" (an offer only), "we stand ready to work with" Nepal's NDRRMA "and with our Partner National Societies" (readiness and a generic group), calls on "the authorities of both countries", a simulation and an extension the societies only "intend" to carry out.
sa04 - summary of the minutes of a Sri Lanka Red Cross Society coordination meeting (Colombo, held Thursday 12 Nov 2026, circulated 13 Nov) with header fields (chair, minute-taker), an attendance list by organisation with names and posts in brackets (all counted), a DMC situation overview, partner updates, discussion and action points in bullets: the meeting itself "held at SLRCS National Headquarters with the IFRC, the ICRC, the Japanese Red Cross Society and the DMC" (one five-party meeting), "IFRC: DREF of CHF 312,000 approved on 9 November for the SLRCS operation" (support), JRCS hygiene kits "handed over to the SLRCS Gampaha Branch on 11 November" (donation), "ICRC: is meeting fuel and meal costs of the SLRCS first-aid and ambulance teams" (support), "dry rations gifted by the Government of India ... were received by the DMC" (donation to the government body), "LKR 15 million from Hatton National Bank PLC (HNB) received on 11 November" (donation; the staff volunteering is the same pair); traps: UNICEF Sri Lanka and World Vision Lanka sent apologies (absent, no party), the Department of Meteorology as a source, Dialog Axiata only "approached" with "no decision yet", a draft MoU with the Sri Lanka Navy "not yet signed", cluster leads and "PNS not present in-country" generic, the Australian Red Cross's "interest" and a request still to be prepared, action points (SLRCS and DMC "to merge beneficiary lists", a plan, not an agreement), the next meeting.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

PRCS = "Pakistan Red Crescent"
GBDMA = "Gilgit-Baltistan Disaster Management Authority"
GOV_GB = "Government of Gilgit-Baltistan"
DRK = "German Red Cross"
AKAH = "Aga Khan Agency for Habitat"
ENGRO_F = "Engro Foundation"

BDRCS = "Bangladesh Red Crescent Society"
WFP = "World Food Programme"
RRRC = "Office of the Refugee Relief and Repatriation Commissioner"
GFFO = "German Federal Foreign Office"
ECHO = "European Civil Protection and Humanitarian Aid Operations"
DANRC = "Danish Red Cross"

NRCS = "Nepal Red Cross Society"
IRCS = "Indian Red Cross Society"
BSDMA = "Bihar State Disaster Management Authority"
NTC = "Nepal Telecom"
EMB_JP = "Embassy of Japan in Nepal"

SLRCS = "The Sri Lanka Red Cross Society"
JRCS = "Japanese Red Cross Society"
DMC = "Disaster Management Centre"
GOV_IN = "Government of India"
HNB = "Hatton National Bank PLC"

DOCS = [
    (
        "sa01_prcs_gbdma_glof_arrangement_daily.txt",
        "2026-07-09",
        [
            org(PRCS, NS, "PK", "Pakistan Red Crescent Society", "PRCS"),
            org(GBDMA, GOV, "PK", "GBDMA"),
            org(GOV_GB, GOV, "PK", "Gilgit-Baltistan government"),
            org(DRK, NS, "DE"),
            org(AKAH, NGO, None, "AKAH"),
            org(ENGRO_F, OTHER, "PK"),
        ],
        [
            person("Asif Mehmood Khattak", "Secretary General", PRCS),
            person("Zafar Iqbal Shigri", "Director General", GBDMA),
            person("Sadia Rehman", "head of programmes", ENGRO_F),
            person("Wajid Ali", "secretary of the Gilgit-Baltistan branch", PRCS),
            person("Iftikhar Ali Gilani", "Chairman", PRCS),
            person("Karim Dad Baig", "Chief Minister", GOV_GB),
        ],
        [
            rel(
                "agreement",
                [PRCS, GBDMA],
                signatories=["Asif Mehmood Khattak", "Zafar Iqbal Shigri"],
                place="Gilgit, Pakistan",
                date="2026-07-08",
                evidence="on Wednesday entered into a two-year arrangement to set up community early-warning systems",
            ),
            rel(
                "agreement",
                [PRCS, GBDMA],
                date="2022-08",
                evidence="The first, a memorandum on pre-positioning relief stocks, was signed in August 2022",
            ),
            rel(
                "support",
                [DRK, PRCS],
                evidence="The two-year project is being paid for by the German Red Cross, which has backed the PRCS disaster preparedness programme",
            ),
            rel(
                "support",
                [AKAH, PRCS],
                evidence="has handed its hazard maps of the 24 villages to the PRCS teams",
            ),
            rel(
                "donation",
                [ENGRO_F, PRCS],
                place="Aliabad, Pakistan",
                date="2026-07-07",
                evidence="the Engro Foundation has gifted 15 inflatable rescue boats and 200 life jackets to the PRCS",
            ),
            rel(
                "meeting",
                [PRCS, GOV_GB],
                place="Gilgit, Pakistan",
                date="2026-07-08",
                evidence="PRCS Chairman Iftikhar Ali Gilani called on Gilgit-Baltistan Chief Minister Karim Dad Baig",
            ),
        ],
    ),
    (
        "sa02_wfp_bdrcs_anticipatory_cash_release.txt",
        "2026-04-21",
        [
            org(WFP, UN, None, "WFP", "United Nations World Food Programme"),
            org(BDRCS, NS, "BD", "BDRCS", "Bangladesh Red Crescent"),
            org(RRRC, GOV, "BD", "Refugee Relief and Repatriation Commissioner", "RRRC"),
            org(GFFO, GOV, "DE", "Federal Foreign Office", "Germany's Federal Foreign Office"),
            org(ECHO, GOV, None, "ECHO", "European Union's humanitarian aid department"),
            org(DANRC, NS, "DK"),
        ],
        [
            person(
                "Marguerite Oyelaran-Fischer",
                "Representative and Country Director in Bangladesh",
                WFP,
            ),
            person("Md. Nazmul Hasan Chowdhury", "Secretary General", BDRCS),
            person(
                "Mohammad Abdur Rauf Talukder", "Refugee Relief and Repatriation Commissioner", RRRC
            ),
            person("Sabrina Haque", "head of the Population Movement Operation", BDRCS),
            person("Shirin Akhter", "Communications Officer", WFP),
            person(
                "Tomás Villanueva", "Regional Communications Officer, Asia and the Pacific", WFP
            ),
        ],
        [
            rel(
                "agreement",
                [WFP, BDRCS],
                signatories=["Marguerite Oyelaran-Fischer", "Md. Nazmul Hasan Chowdhury"],
                place="Cox's Bazar, Bangladesh",
                date="2026-04-20",
                evidence="under an anticipatory action partnership between the United Nations World Food Programme (WFP) and the Bangladesh Red Crescent Society (BDRCS) concluded in Cox's Bazar on Monday",
            ),
            rel(
                "meeting",
                [WFP, BDRCS, RRRC],
                place="Cox's Bazar, Bangladesh",
                date="2026-04-19",
                evidence="On Sunday, the two organizations had walked the RRRC and camp officials through the forecast triggers",
            ),
            rel(
                "agreement",
                [WFP, BDRCS],
                date="2017-08",
                evidence="since August 2017, when the two first signed an agreement to run food distribution points in Kutupalong",
            ),
            rel(
                "support",
                [GFFO, WFP],
                evidence="comes from contributions to WFP by Germany's Federal Foreign Office and the European Union's humanitarian aid department (ECHO)",
            ),
            rel(
                "support",
                [ECHO, WFP],
                evidence="comes from contributions to WFP by Germany's Federal Foreign Office and the European Union's humanitarian aid department (ECHO)",
            ),
            rel(
                "support",
                [DANRC, BDRCS],
                evidence="The Danish Red Cross is lending BDRCS a cash transfer specialist for the first cyclone season",
            ),
        ],
    ),
    (
        "sa03_nrcs_ircs_ifrc_koshi_floods_joint_statement.txt",
        "2026-07-24",
        [
            org(NRCS, NS, "NP", "NRCS", "Nepal Red Cross"),
            org(IRCS, NS, "IN", "IRCS", "Indian Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(BSDMA, GOV, "IN"),
            org(NTC, CO, "NP"),
            org(EMB_JP, GOV, "JP"),
        ],
        [
            person("Kamala Devi Bhattarai", "Secretary General", NRCS),
            person("Rajeev Nandan Sinha", "Secretary General", IRCS),
            person("Ingrid Maasland", "Head of the Country Cluster Delegation, New Delhi", IFRC),
            person("Prabhat Kumar Jha", "Vice-Chairman", BSDMA),
            person("Hiroshi Takeda", "Ambassador", EMB_JP),
            person("Suman Shrestha", "Communications Manager", NRCS),
            person("Ananya Ghosh", "Communications Officer", IFRC),
        ],
        [
            rel(
                "agreement",
                [NRCS, IRCS],
                place="Birgunj, Nepal",
                date="2025-03",
                evidence="Our two National Societies have been bound since March 2025 by a memorandum on cross-border community early warning, signed in Birgunj",
            ),
            rel(
                "meeting",
                [NRCS, IRCS, BSDMA],
                place="Raxaul, India",
                date="2026-07-21",
                evidence="the Secretaries General of our two Societies sat down together in Raxaul with the Vice-Chairman of the Bihar State Disaster Management Authority",
            ),
            rel(
                "support",
                [IFRC, NRCS],
                evidence="The IFRC has made CHF 498,000 available to the Nepal Red Cross Society from its Disaster Response Emergency Fund (DREF)",
            ),
            rel(
                "support",
                [IFRC, IRCS],
                evidence="the IFRC is also backing the Indian Red Cross Society's Bihar State Branch with relief items and two surge staff",
            ),
            rel(
                "support",
                [NTC, NRCS],
                evidence="We are grateful to Nepal Telecom, which has carried our flood warnings free of charge",
            ),
            rel(
                "donation",
                [EMB_JP, NRCS],
                place="Kathmandu, Nepal",
                date="2026-07-20",
                evidence="the Embassy of Japan in Nepal handed over 2,000 tarpaulins and 500 household water filters to the Nepal Red Cross Society",
            ),
        ],
    ),
    (
        "sa04_slrcs_flood_coordination_minutes.txt",
        "2026-11-13",
        [
            org(SLRCS, NS, "LK", "Sri Lanka Red Cross Society", "SLRCS"),
            org(IFRC, MB, None, "IFRC", "IFRC Country Delegation"),
            org(ICRC, MB, None, "ICRC", "ICRC Colombo"),
            org(JRCS, NS, "JP", "JRCS"),
            org(DMC, GOV, "LK", "DMC"),
            org(GOV_IN, GOV, "IN"),
            org(HNB, CO, "LK", "Hatton National Bank", "HNB"),
        ],
        [
            person("Tharanga Wickremasinghe", "Director General", SLRCS),
            person("Nadeeka Samarakoon", "PMER Officer", SLRCS),
            person("Fathima Rizna Hameed", "Head of Disaster Management", SLRCS),
            person("Chaminda Perera", "Executive Officer, Gampaha Branch", SLRCS),
            person("Olav Rindal", "Head of Delegation", IFRC),
            person("Camille Dufresne-Achard", "Deputy Head of Delegation", ICRC),
            person("Keiko Tanabe", "Country Representative", JRCS),
            person("Ruwan Jayasundara", "Assistant Director, Emergency Operations", DMC),
        ],
        [
            rel(
                "meeting",
                [SLRCS, IFRC, ICRC, JRCS, DMC],
                place="Colombo, Sri Lanka",
                date="2026-11-12",
                evidence="held at SLRCS National Headquarters with the IFRC, the ICRC, the Japanese Red Cross Society and the DMC",
            ),
            rel(
                "support",
                [IFRC, SLRCS],
                date="2026-11-09",
                evidence="IFRC: DREF of CHF 312,000 approved on 9 November for the SLRCS operation",
            ),
            rel(
                "donation",
                [JRCS, SLRCS],
                place="Gampaha, Sri Lanka",
                date="2026-11-11",
                evidence="1,200 family hygiene kits from JRCS-funded contingency stock handed over to the SLRCS Gampaha Branch on 11 November",
            ),
            rel(
                "support",
                [ICRC, SLRCS],
                evidence="ICRC: is meeting fuel and meal costs of the SLRCS first-aid and ambulance teams in Colombo district",
            ),
            rel(
                "donation",
                [GOV_IN, DMC],
                place="Colombo, Sri Lanka",
                date="2026-11-10",
                evidence="40 tonnes of dry rations gifted by the Government of India arrived at Colombo Port on 10 November and were received by the DMC",
            ),
            rel(
                "donation",
                [HNB, SLRCS],
                date="2026-11-11",
                evidence="LKR 15 million from Hatton National Bank PLC (HNB) received on 11 November",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
