"""Gold annotations for held-out set 164 (prefix kx): Afghanistan, Pakistan and India (Afghan Red Crescent, Pakistan Red Crescent, Indian Red Cross; NDMA and provincial/state disaster authorities, ICRC delegations, WHO, UNICEF, floods, earthquakes, heatwaves, corporate CSR foundations).

kx01 - press release (Islamabad, 20 May 2025): PRCS / PDMA Punjab heatwave MoU concluded "on Monday" in Lahore (chairperson only present, not a signatory), Engro Foundation funding relief points, WHO gift of ORS and heatstroke kits to "the National Society", German Red Cross (also named Deutsches Rotes Kreuz) backing anticipatory action with German Federal Foreign Office money (chained support), K-Electric water coolers donated in Karachi (passive), background 2023 framework agreement with NDMA ("the two bodies"); traps: deputy commissioners and the Chief Minister of Punjab named only by title (the latter only "expected to inaugurate"), PDMA Sindh talks only possible, Pakistan Meteorological Department and Dawn cited as sources, "About" boilerplate on the Movement, media contact (a named person with post: counted).
kx02 - wire story with hard line breaks (JALALABAD, September 4, 2025): IFRC DREF release for the ARCS "on Tuesday", ARCS secretary general met UNICEF's representative in Kabul, Türk Kızılay team landed in Jalalabad (mission) and the "Turkish society" handed over tents the next day (donation), Türkiye's ambassador introduced with "H.E." only attended, ICRC supporting RFL and management of the dead, Roshan cash donation, background standby agreement with WFP "last year"; traps: Pakistan Red Crescent only stood ready / no request made, ministry of public health, Bakhtar News Agency and the UN humanitarian office cited as sources, provincial governor named only by title, WHO only hoped to open field hospitals, reporting/editing credits.
kx03 - IFRC-style DREF operation update, Assam floods (issued 18 July 2025): IFRC DREF allocation for IRCS (DREF in the header before it is spelled out), one three-party meeting IRCS Assam State Branch + IFRC + ASDMA in Guwahati, Reliance Foundation gift of tarpaulins and lanterns, background 2021 MoU of the branch with ASDMA, IFRC assessment team sent to Dhemaji (mission), Japanese RC supporting the branch's CBDRR programme, ICRC regional delegation support, UNICEF support (listed under non-RCRC actors); traps: NDRF, SDRF and the Indian Army mere co-mention, IMD and the Central Water Commission cited as sources, Partner National Societies generic, American Red Cross only "expressed interest", Deputy Commissioner named only by title, DREF revision only conditional, contact block with titles only.
kx04 - local news with byline (published 10 April 2026): Second South Asia Heat Action Forum in Ahmedabad (one participation of thirteen organisations, co-hosts GSDMA and AMC included), alliance of five societies launched "yesterday", IFRC / ADPC MoU signed "on Wednesday", background 2019 agreement between the IRCS Gujarat branch and the AMC ("the two"), PRCS-IRCS bilateral talks on Thursday, ICRC regional delegation (led by its head) met the ARCS delegation, Infosys Foundation financing IRCS cooling shelters (passive); traps: byline, ARCS took part but did not join the alliance, Sri Lanka RC invited but absent, joint heat fund only discussed, Bhutan/Sri Lanka enlargement only hoped, Nepalese delegate named only by title, IMD and PTI cited as sources, SAARC mere co-mention, next forum only scheduled.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

PRCS = "Pakistan Red Crescent Society"
ARCS = "Afghan Red Crescent Society"
IRCS = "Indian Red Cross Society"
NRCS = "Nepal Red Cross Society"
BDRCS = "Bangladesh Red Crescent Society"
MVRC = "Maldivian Red Crescent"
TRC = "Turkish Red Crescent"
GRC = "German Red Cross"
JRCS = "Japanese Red Cross Society"
WHO = "World Health Organization"
UNICEF = "United Nations Children's Fund"
WFP = "World Food Programme"
PDMA = "Provincial Disaster Management Authority Punjab"
NDMA_PK = "National Disaster Management Authority"
GFFO = "German Federal Foreign Office"
ENGRO = "Engro Foundation"
KE = "K-Electric"
TUR = "Government of Türkiye"
ROSHAN = "Roshan"
ASDMA = "Assam State Disaster Management Authority"
RELIANCE = "Reliance Foundation"
GSDMA = "Gujarat State Disaster Management Authority"
AMC = "Ahmedabad Municipal Corporation"
ADPC = "Asian Disaster Preparedness Center"
INFOSYS = "Infosys Foundation"

DOCS = [
    (
        "kx01_pakistan_punjab_heatwave_mou.txt",
        "2025-05-20",
        [
            org(PRCS, NS, "PK", "Pakistan Red Crescent", "PRCS"),
            org(PDMA, GOV, "PK", "PDMA Punjab", "PDMA"),
            org(ENGRO, OTHER, "PK"),
            org(WHO, UN, None, "WHO"),
            org(GRC, NS, "DE", "Deutsches Rotes Kreuz"),
            org(GFFO, GOV, "DE"),
            org(KE, CO, "PK"),
            org(NDMA_PK, GOV, "PK"),
        ],
        [
            person("Imran Saeed Malik", "Secretary General", PRCS),
            person("Ahsan Raza Bhatti", "Director General", PDMA),
            person("Nadia Rehman Qureshi", "Chairperson", PRCS),
            person("Sadia Karim Shaikh", "Chief Executive", ENGRO),
            person("Lucas Ferreira", "WHO Representative in Pakistan", WHO),
            person("Katrin Vogel", "Head of the German Red Cross country office in Islamabad", GRC),
            person("Hira Aslam", "Senior Communications Officer", PRCS),
        ],
        [
            rel(
                "agreement",
                [PRCS, PDMA],
                signatories=["Imran Saeed Malik", "Ahsan Raza Bhatti"],
                place="Lahore, Pakistan",
                date="2025-05-19",
                evidence="on Monday concluded a memorandum of understanding on heatwave preparedness and response",
            ),
            rel(
                "support",
                [ENGRO, PRCS],
                evidence="Forty of the relief points will open this week with funding from Engro Foundation",
            ),
            rel(
                "donation",
                [WHO, PRCS],
                date="2025-05-19",
                evidence="the World Health Organization (WHO) handed over 25,000 sachets of oral rehydration salts and 300 heatstroke management kits to the National Society",
            ),
            rel(
                "support",
                [GRC, PRCS],
                evidence="which has backed the society's forecast-based financing pilots in Sindh and Punjab since 2021",
            ),
            rel(
                "support",
                [GFFO, GRC],
                evidence="The German society's support is funded by the German Federal Foreign Office.",
            ),
            rel(
                "donation",
                [KE, PRCS],
                place="Karachi, Pakistan",
                date="2025-05",
                evidence="150 water coolers donated by K-Electric were installed last week at PRCS first aid posts",
            ),
            rel(
                "agreement",
                [PRCS, NDMA_PK],
                date="2023",
                evidence="under a framework agreement the two bodies signed in 2023",
            ),
        ],
    ),
    (
        "kx02_afghanistan_kunar_quake_aid.txt",
        "2025-09-04",
        [
            org(ARCS, NS, "AF", "ARCS", "Afghan Red Crescent"),
            org(IFRC, MB, None),
            org(UNICEF, UN, None, "UNICEF"),
            org(TRC, NS, "TR", "Türk Kızılay"),
            org(TUR, GOV, "TR", "Türkiye"),
            org(ICRC, MB, None, "ICRC"),
            org(ROSHAN, CO, "AF"),
            org(WFP, UN, None),
        ],
        [
            person("Abdul Rahim Sediqi", "Secretary General", ARCS),
            person("Amina Yusuf Bello", "Representative in Afghanistan", UNICEF),
            person("Levent Arslan", "Ambassador in Kabul", TUR),
            person("Marta Lindqvist", "Head of delegation in Kabul", ICRC),
        ],
        [
            rel(
                "support",
                [IFRC, ARCS],
                date="2025-09-02",
                evidence="Crescent Societies said on Tuesday it had released 1.2 million Swiss",
            ),
            rel(
                "meeting",
                [ARCS, UNICEF],
                place="Kabul, Afghanistan",
                date="2025-09-02",
                evidence="Sediqi met UNICEF's representative in Afghanistan, Dr. Amina Yusuf",
            ),
            rel(
                "mission",
                [TRC],
                place="Jalalabad, Afghanistan",
                date="2025-09-02",
                evidence="A team of 24 search and rescue and logistics staff from the Turkish",
            ),
            rel(
                "donation",
                [TRC, ARCS],
                place="Jalalabad, Afghanistan",
                date="2025-09-03",
                evidence="Wednesday the Turkish society handed over 1,000 family tents and",
            ),
            rel(
                "support",
                [ICRC, ARCS],
                evidence="Afghanistan for more than three decades, is supporting the society's",
            ),
            rel(
                "donation",
                [ROSHAN, ARCS],
                evidence="Mobile operator Roshan donated 10 million afghanis to the Red Crescent",
            ),
            rel(
                "agreement",
                [ARCS, WFP],
                date="2024",
                evidence="World Food Programme stocks under a standby agreement the society",
            ),
        ],
    ),
    (
        "kx03_india_assam_floods_dref.txt",
        "2025-07-18",
        [
            org(IRCS, NS, "IN", "IRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(ASDMA, GOV, "IN", "ASDMA"),
            org(RELIANCE, OTHER, "IN"),
            org(JRCS, NS, "JP"),
            org(ICRC, MB, None, "ICRC"),
            org(UNICEF, UN, None, "UNICEF"),
        ],
        [
            person(
                "Bikash Chandra Deka", "Honorary Secretary of the IRCS Assam State Branch", IRCS
            ),
            person("Ingrid Solheim", "Operations Manager", IFRC),
            person("Ranjita Bora", "Chief Executive Officer", ASDMA),
        ],
        [
            rel(
                "support",
                [IFRC, IRCS],
                date="2025-07-03",
                evidence="On 3 July the IFRC allocated CHF 498,640 from its Disaster Response Emergency Fund to support the Indian Red Cross Society (IRCS)",
            ),
            rel(
                "meeting",
                [IRCS, IFRC, ASDMA],
                place="Guwahati, India",
                date="2025-07-09",
                evidence="met Ranjita Bora, Chief Executive Officer of the Assam State Disaster Management Authority (ASDMA), in Guwahati",
            ),
            rel(
                "donation",
                [RELIANCE, IRCS],
                place="Guwahati, India",
                date="2025-07-11",
                evidence="On 11 July Reliance Foundation handed over 2,000 tarpaulins and 1,500 solar lanterns to the IRCS Assam State Branch warehouse in Guwahati",
            ),
            rel(
                "agreement",
                [IRCS, ASDMA],
                date="2021",
                evidence="a memorandum of understanding the branch signed with ASDMA in 2021",
            ),
            rel(
                "mission",
                [IFRC],
                place="Dhemaji, India",
                date="2025-07-05",
                evidence="which deployed a three-person assessment and cash team to Dhemaji on 5 July",
            ),
            rel(
                "support",
                [JRCS, IRCS],
                evidence="The Japanese Red Cross Society, which has supported the branch's community-based disaster risk reduction programme in six districts since 2019",
            ),
            rel(
                "support",
                [ICRC, IRCS],
                evidence="The ICRC regional delegation in New Delhi is supporting IRCS with body bags, training and guidance on the management of the dead.",
            ),
            rel(
                "support",
                [UNICEF, IRCS],
                evidence="UNICEF is supporting IRCS with water purification tablets, jerrycans and hygiene promotion materials",
            ),
        ],
    ),
    (
        "kx04_ahmedabad_heat_forum_alliance.txt",
        "2026-04-10",
        [
            org(IRCS, NS, "IN", "IRCS"),
            org(PRCS, NS, "PK"),
            org(NRCS, NS, "NP"),
            org(BDRCS, NS, "BD"),
            org(MVRC, NS, "MV"),
            org(ARCS, NS, "AF", "Afghan Red Crescent"),
            org(GSDMA, GOV, "IN", "GSDMA"),
            org(AMC, GOV, "IN", "AMC"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(WHO, UN, None),
            org(UNICEF, UN, None, "UNICEF"),
            org(ADPC, OTHER, "TH", "ADPC"),
            org(INFOSYS, OTHER, "IN"),
        ],
        [
            person("Harish Chandra Mehta", "Secretary General", IRCS),
            person("Anjali Shah Parmar", "Chief Executive Officer", GSDMA),
            person("Sofia Lindahl", "Regional Director for Asia Pacific", IFRC),
            person("Narin Chaiyasit", "Executive Director", ADPC),
            person("Imran Saeed Malik", "Secretary General", PRCS),
            person("Jonas Weber", "Head of the regional delegation in New Delhi", ICRC),
        ],
        [
            rel(
                "participation",
                [IRCS, PRCS, NRCS, BDRCS, MVRC, GSDMA, AMC, ARCS, IFRC, ICRC, WHO, UNICEF, ADPC],
                event="Second South Asia Heat Action Forum",
                place="Ahmedabad, India",
                date="2026-04-07",
                evidence="The announcement brought to a close the Second South Asia Heat Action Forum",
            ),
            rel(
                "alliance",
                [IRCS, PRCS, NRCS, BDRCS, MVRC],
                place="Ahmedabad, India",
                date="2026-04-09",
                evidence="The South Asia Heat Resilience Alliance groups the Indian Red Cross Society, the Pakistan Red Crescent Society",
            ),
            rel(
                "agreement",
                [IRCS, AMC],
                date="2019",
                evidence="has operated cooling centres on behalf of the AMC under an agreement the two signed in 2019",
            ),
            rel(
                "agreement",
                [IFRC, ADPC],
                signatories=["Sofia Lindahl", "Narin Chaiyasit"],
                place="Ahmedabad, India",
                date="2026-04-08",
                evidence="On Wednesday the IFRC and ADPC signed a memorandum of understanding on heat risk mapping and early warning",
            ),
            rel(
                "meeting",
                [PRCS, IRCS],
                place="Ahmedabad, India",
                date="2026-04-09",
                evidence="held talks with Dr. Mehta on Thursday morning on exchanges between the two societies' first aid trainers",
            ),
            rel(
                "meeting",
                [ICRC, ARCS],
                place="Ahmedabad, India",
                evidence="also met the Afghan Red Crescent delegation on the margins of the forum",
            ),
            rel(
                "support",
                [INFOSYS, IRCS],
                evidence="The shelters have been financed since 2024 by the Infosys Foundation",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
