"""Gold annotations for held-out set 203 (prefix nd): the Nordic countries and their partners abroad (the Swedish Government, Sida and the Swedish Red Cross with the Somali Red Crescent Society; the Icelandic Red Cross, Iceland's Ministry for Foreign Affairs and its embassy with the Malawi Red Cross Society; a Danish foundation's grants to the Danish Red Cross and the Danish Refugee Council, Danida's co-financing, partner societies in Bangladesh, Uganda, Mozambique and Nepal; the Finnish Red Cross, Finland's Ministry for Foreign Affairs and a Finnish company with the Kenya Red Cross Society and a Kenyan county). Four kinds of text: a government's written answer to a parliamentary question, a LinkedIn-style post by a society's executive, a foundation's annual list of grants, a local newspaper story.

nd01 - Swedish Government's answer to a Riksdag written question, unofficial translation (header with document number, submitted/answered dates, "Answered by: Minister for ... Henrik Lindqvist (M)", "Mr Speaker,", signed "Stockholm, 21 October 2026"): Sida "in June 2026 concluded a new three-year framework agreement with the Swedish Red Cross" (agreement), "Under that agreement the Swedish Red Cross finances 38 mobile health and nutrition teams run by the Somali Red Crescent Society" and a seconded delegate (support), "The Government's core contribution to the International Committee of the Red Cross (ICRC) amounts to SEK 330 million ... paid in full in February" (support), "Sida allocated SEK 30 million in April to the Disaster Response Emergency Fund of the ... (IFRC)" (support), "the IFRC released CHF 740,000 from that fund to the Somali Red Crescent Society" in May (support), the minister's visit to Mogadishu on 28 September (mission, not scored) where "I met the President of the Somali Red Crescent Society, Dr Abdullahi Hassan Nur" (meeting) and "held talks with the head of the ICRC delegation for Somalia, Ms Pascale Morel" (meeting); people in the shapes "The Secretary General of the Swedish Red Cross, Åsa Bergström," and "Sida's Director-General, Per Almqvist,"; traps: the questioner "Linnea Ekström (MP)" named only with her party's initials (not counted), the IPC and OCHA cited as sources of figures, exploratory discussions with the Kenya Red Cross Society that "have not led to an agreement" (not annotated), an additional allocation Sida was only asked "to examine" ("no decision has yet been taken"), MSB that "has not received any request", Norway and Denmark co-mentioned and a joint Nordic statement (no relationship), the budget bill and the Riksdag.
nd02 - LinkedIn post by the Icelandic Red Cross Secretary General (name and headline line, "15 Nov 2026 • Edited", emoji bullets, hashtags, "Views are my own.", reaction counts, buttons, comments with headline posts): "On Tuesday 10 November in Blantyre, Wezi Nyirenda, Secretary General of the Malawi Red Cross Society, and I put our names to a new four-year partnership agreement" (agreement; the poster and Nyirenda as signatories), "the framework funding that Iceland's Ministry for Foreign Affairs gives the Icelandic Red Cross" (support), "the 140 village health volunteers we have been backing since 2019" with "Grace Phiri, who heads the MRCS health department" (support), "a breakfast briefing for Ambassador Sigurður Örn Hauksson and his team at the Embassy of Iceland in Lilongwe" on Thursday (meeting), "the Malawi Red Cross hosted its annual Movement partners' meeting in Lilongwe. Around the table: the Norwegian Red Cross (represented by its country manager, Ingrid Haugland), the Danish Red Cross, the IFRC country delegation and ourselves" on Friday (one meeting of five), the week in Malawi (mission, not scored); people also as comment headlines ("Grace Phiri • Head of Health at Malawi Red Cross Society", one entry with the body's "heads the MRCS health department"; "Jón Magnússon • Head of International Department, Icelandic Red Cross"); traps: "We compared plans" (no agreement at the meeting), the Department of Disaster Management Affairs "was invited but could not join", an extension to Nsanje and Chikwawa only wished for ("nothing has been decided"), the National Statistical Office and UNICEF cited as a source, monthly donors (generic), a commenter who is a private person ("Retired nurse").
nd03 - a Danish foundation's annual grants list, section of an annual report (section navigation, numbered grant entries with amounts and periods, a quote of the chair, "APPLICATIONS DEFERRED" bullets, sources line, grants committee list, address footer; 15 Dec 2026): grant 1 to the Danish Red Cross (support) that "lets the Danish Red Cross support the Bangladesh Red Crescent Society's psychosocial teams" (support) and "is co-financed by Danida under its strategic partnership with the Danish Red Cross" (support), grant 2 to the "Danish Refugee Council (DRC)" (support; "DRC" is the refugee council, not the Danish Red Cross) that "will pass a sub-grant to the Uganda Red Cross Society's Adjumani branch" (support), "an extraordinary donation to the ... (IFRC) for its Emergency Appeal for Cyclone Tamara" transferred on 19 March 2026 (donation) and the appeal "which supports the Mozambique Red Cross Society (CVM)" (support), an emergency grant to the Danish Red Cross released in September (support) for its health team's "deployment to Sindhupalchok, Nepal" (mission, not scored) "where it supported the Nepal Red Cross Society's health posts" (support); people: the chair in a quote and in the committee list, a grantee's "Head of International Operations at the Danish Red Cross" after a quote, the committee's "Professor ..., Board member", "Director" and "Programme manager, ...: ..."; traps: two diaspora associations (unnamed), a joint application of the Danish Red Cross and the Kenya Red Cross Society "deferred" (no relationship, the Kenyan society not annotated), the Foundation and Danida that "have discussed a possible joint call" ("No decision"), Bangladesh Meteorological Department records, UNHCR and OCHA cited as sources.
nd04 - a Kenyan county newspaper story (headline, paper / section / date / page line, byline, dateline "MSAMBWENI, Kwale County —", quotes, a photo caption with credit, "ALSO INSIDE" teasers, a newsroom WhatsApp line; Saturday 21 Nov 2026): the plant "was built by the Kenya Red Cross Society with funding from the Finnish Red Cross" (support), "Its membranes and pumps were donated to the Kenya Red Cross by Pohjola Aqua Oy" (donation), "the Kenya Red Cross handed the keys to Governor Salim Rashid Mwachiro" of the County Government of Kwale "on Thursday" (donation of the plant), "who then signed a memorandum of understanding with the society's Secretary General, Dr. Esther Wambui Mugo" (agreement, two signatories), "the humanitarian funding the Ministry for Foreign Affairs of Finland provides to the Finnish Red Cross" (support), "The two Red Cross societies have worked together on the coast under a partnership agreement signed in 2021" (background agreement), "Finland's Ambassador to Kenya, Anu Laaksonen, attended the ceremony and later paid a courtesy call on the governor" (meeting; her attending is not a relation); people with posts in several shapes ("Mikko Heinonen, the Finnish Red Cross's head of programmes for East Africa", "Pohjola Aqua chief executive Jari Lehtonen", "Omar Said Dzombo, the Kenya Red Cross coordinator for the Coast region"); traps: the company's talks with the Water Sector Trust Fund (not annotated), officials of a ministry and of the Kenya Meteorological Department present without names, the Kenya National Bureau of Statistics as a source, a second plant only hoped for, the Coast Water Works Development Agency's connection only planned (its regional manager unnamed), a byline, a private resident quoted, a photo credit, teasers.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

SWRC = "Swedish Red Cross"
ISRC = "Icelandic Red Cross"
DANRC = "Danish Red Cross"
FRC = "Finnish Red Cross"
NORRC = "Norwegian Red Cross"
SOMRCS = "Somali Red Crescent Society"
MRCS = "Malawi Red Cross Society"
BDRCS = "Bangladesh Red Crescent Society"
URCS = "The Uganda Red Cross Society"
CVM = "Mozambique Red Cross Society"
NEPRCS = "Nepal Red Cross Society"
KRCS = "Kenya Red Cross Society"
GOV_SE = "Government of Sweden"
SIDA = "Swedish International Development Cooperation Agency"
MFA_IS = "Ministry for Foreign Affairs of Iceland"
EMB_IS = "Embassy of Iceland in Lilongwe"
DANIDA = "Danish International Development Agency"
DRC_NGO = "Danish Refugee Council"
VRF = "Vestergaard Ravn Foundation"
MFA_FI = "Ministry for Foreign Affairs of Finland"
KWALE = "County Government of Kwale"
POHJOLA = "Pohjola Aqua Oy"

DOCS = [
    (
        "nd01_riksdag_answer_somalia_red_crescent.txt",
        "2026-10-21",
        [
            org(GOV_SE, GOV, "SE", "Sweden", "Ministry for Foreign Affairs"),
            org(SIDA, GOV, "SE", "Sida"),
            org(SWRC, NS, "SE"),
            org(SOMRCS, NS, "SO", "Somali Red Crescent"),
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person(
                "Henrik Lindqvist",
                "Minister for International Development Cooperation and Foreign Trade",
                GOV_SE,
            ),
            person("Åsa Bergström", "Secretary General", SWRC),
            person("Abdullahi Hassan Nur", "President", SOMRCS),
            person("Pascale Morel", "Head of the ICRC delegation for Somalia", ICRC),
            person("Per Almqvist", "Director-General", SIDA),
        ],
        [
            rel(
                "agreement",
                [SIDA, SWRC],
                date="2026-06",
                evidence="which in June 2026 concluded a new three-year framework agreement with the Swedish Red Cross for 2026–2028, worth SEK 410 million",
            ),
            rel(
                "support",
                [SWRC, SOMRCS],
                evidence="Under that agreement the Swedish Red Cross finances 38 mobile health and nutrition teams run by the Somali Red Crescent Society in Puntland and Somaliland",
            ),
            rel(
                "support",
                [GOV_SE, ICRC],
                date="2026-02",
                evidence="The Government's core contribution to the International Committee of the Red Cross (ICRC) amounts to SEK 330 million for 2026 and was paid in full in February.",
            ),
            rel(
                "support",
                [SIDA, IFRC],
                date="2026-04",
                evidence="Sida allocated SEK 30 million in April to the Disaster Response Emergency Fund of the International Federation of Red Cross and Red Crescent Societies (IFRC).",
            ),
            rel(
                "support",
                [IFRC, SOMRCS],
                date="2026-05",
                evidence="In May the IFRC released CHF 740,000 from that fund to the Somali Red Crescent Society for its early drought response in Gedo and Bay.",
            ),
            rel(
                "mission",
                [GOV_SE],
                place="Mogadishu, Somalia",
                date="2026-09-28",
                evidence="On 28 September I visited Mogadishu",
            ),
            rel(
                "meeting",
                [GOV_SE, SOMRCS],
                place="Mogadishu, Somalia",
                date="2026-09-28",
                evidence="where I met the President of the Somali Red Crescent Society, Dr Abdullahi Hassan Nur, and members of the Society's governing board at its headquarters",
            ),
            rel(
                "meeting",
                [GOV_SE, ICRC],
                place="Mogadishu, Somalia",
                date="2026-09-28",
                evidence="The same afternoon I held talks with the head of the ICRC delegation for Somalia, Ms Pascale Morel",
            ),
        ],
    ),
    (
        "nd02_linkedin_icelandic_rc_malawi_week.txt",
        "2026-11-15",
        [
            org(ISRC, NS, "IS", "Rauði krossinn á Íslandi"),
            org(MRCS, NS, "MW", "MRCS", "Malawi Red Cross"),
            org(MFA_IS, GOV, "IS", "Iceland's Ministry for Foreign Affairs"),
            org(EMB_IS, GOV, "IS"),
            org(NORRC, NS, "NO"),
            org(DANRC, NS, "DK"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Kristín Hallgrímsdóttir", "Secretary General", ISRC),
            person("Wezi Nyirenda", "Secretary General", MRCS),
            person("Grace Phiri", "Head of Health", MRCS),
            person("Sigurður Örn Hauksson", "Ambassador", EMB_IS),
            person("Ingrid Haugland", "Country manager", NORRC),
            person("Jón Magnússon", "Head of International Department", ISRC),
        ],
        [
            rel(
                "agreement",
                [ISRC, MRCS],
                signatories=["Kristín Hallgrímsdóttir", "Wezi Nyirenda"],
                place="Blantyre, Malawi",
                date="2026-11-10",
                evidence="Wezi Nyirenda, Secretary General of the Malawi Red Cross Society, and I put our names to a new four-year partnership agreement (2027–2030) between our two National Societies",
            ),
            rel(
                "support",
                [MFA_IS, ISRC],
                evidence="the framework funding that Iceland's Ministry for Foreign Affairs gives the Icelandic Red Cross for our international work",
            ),
            rel(
                "support",
                [ISRC, MRCS],
                evidence="to meet the 140 village health volunteers we have been backing since 2019 with training, bicycles and monthly refresher sessions",
            ),
            rel(
                "mission",
                [ISRC],
                place="Malawi",
                date="2026-11",
                evidence="Back in Reykjavík after a full week in Malawi, and still sorting through everything we saw and heard.",
            ),
            rel(
                "meeting",
                [ISRC, EMB_IS],
                place="Lilongwe, Malawi",
                date="2026-11-12",
                evidence="Thursday started with a breakfast briefing for Ambassador Sigurður Örn Hauksson and his team at the Embassy of Iceland in Lilongwe",
            ),
            rel(
                "meeting",
                [MRCS, NORRC, DANRC, IFRC, ISRC],
                event="annual Movement partners' meeting",
                place="Lilongwe, Malawi",
                date="2026-11-13",
                evidence="On Friday the Malawi Red Cross hosted its annual Movement partners' meeting in Lilongwe.",
            ),
        ],
    ),
    (
        "nd03_vestergaard_ravn_foundation_grants_2026.txt",
        "2026-12-15",
        [
            org(VRF, OTHER, "DK", "Vestergaard Ravn Fonden"),
            org(DANRC, NS, "DK"),
            org(BDRCS, NS, "BD"),
            org(DANIDA, GOV, "DK", "Danida"),
            org(DRC_NGO, NGO, "DK", "DRC"),
            org(URCS, NS, "UG", "Uganda Red Cross Society"),
            org(IFRC, MB, None, "IFRC"),
            org(CVM, NS, "MZ", "CVM"),
            org(NEPRCS, NS, "NP"),
        ],
        [
            person("Mette Krogh Vestergaard", "Chair of the Board", VRF),
            person("Anders Lauridsen", "Head of International Operations", DANRC),
            person("Henrik Dahl Sørensen", "Board member", VRF),
            person("Louise Brandt", "Director", VRF),
            person(
                "Rasmus Kjeldsen",
                "Programme manager, International Humanitarian Programme",
                VRF,
            ),
        ],
        [
            rel(
                "support",
                [VRF, DANRC],
                date="2026",
                evidence="1. Danish Red Cross – DKK 14,500,000 (2026–2029)",
            ),
            rel(
                "support",
                [DANRC, BDRCS],
                evidence="The grant lets the Danish Red Cross support the Bangladesh Red Crescent Society's psychosocial teams in the camps and in host communities for three years.",
            ),
            rel(
                "support",
                [DANIDA, DANRC],
                evidence="The project is co-financed by Danida under its strategic partnership with the Danish Red Cross.",
            ),
            rel(
                "support",
                [VRF, DRC_NGO],
                date="2026",
                evidence="2. Danish Refugee Council (DRC) – DKK 9,800,000 (2026–2028)",
            ),
            rel(
                "support",
                [DRC_NGO, URCS],
                evidence="DRC will pass a sub-grant to the Uganda Red Cross Society's Adjumani branch",
            ),
            rel(
                "donation",
                [VRF, IFRC],
                date="2026-03-19",
                evidence="In March the Board approved an extraordinary donation to the International Federation of Red Cross and Red Crescent Societies (IFRC) for its Emergency Appeal for Cyclone Tamara",
            ),
            rel(
                "support",
                [IFRC, CVM],
                evidence="which supports the Mozambique Red Cross Society (CVM) in Sofala and Zambézia provinces",
            ),
            rel(
                "support",
                [VRF, DANRC],
                date="2026-09",
                evidence="Released in September to cover the Danish Red Cross emergency health team's deployment to Sindhupalchok, Nepal",
            ),
            rel(
                "mission",
                [DANRC],
                place="Sindhupalchok, Nepal",
                date="2026-09",
                evidence="the Danish Red Cross emergency health team's deployment to Sindhupalchok, Nepal",
            ),
            rel(
                "support",
                [DANRC, NEPRCS],
                evidence="where it supported the Nepal Red Cross Society's health posts for six weeks",
            ),
        ],
    ),
    (
        "nd04_kwale_courier_desalination_plant.txt",
        "2026-11-21",
        [
            org(KRCS, NS, "KE", "Kenya Red Cross"),
            org(FRC, NS, "FI"),
            org(POHJOLA, CO, "FI", "Pohjola Aqua"),
            org(KWALE, GOV, "KE"),
            org(MFA_FI, GOV, "FI", "Finland"),
        ],
        [
            person("Salim Rashid Mwachiro", "Governor", KWALE),
            person("Esther Wambui Mugo", "Secretary General", KRCS),
            person("Mikko Heinonen", "Head of programmes for East Africa", FRC),
            person("Jari Lehtonen", "Chief executive", POHJOLA),
            person("Anu Laaksonen", "Ambassador to Kenya", MFA_FI),
            person("Omar Said Dzombo", "Coordinator for the Coast region", KRCS),
        ],
        [
            rel(
                "support",
                [FRC, KRCS],
                evidence="was built by the Kenya Red Cross Society with funding from the Finnish Red Cross",
            ),
            rel(
                "donation",
                [POHJOLA, KRCS],
                evidence="Its membranes and pumps were donated to the Kenya Red Cross by Pohjola Aqua Oy, a water technology firm from Tampere, Finland.",
            ),
            rel(
                "donation",
                [KRCS, KWALE],
                place="Bumbani, Kenya",
                date="2026-11-19",
                evidence="At Thursday's ceremony the Kenya Red Cross handed the keys to Governor Salim Rashid Mwachiro",
            ),
            rel(
                "agreement",
                [KWALE, KRCS],
                signatories=["Salim Rashid Mwachiro", "Esther Wambui Mugo"],
                place="Bumbani, Kenya",
                date="2026-11-19",
                evidence="who then signed a memorandum of understanding with the society's Secretary General, Dr. Esther Wambui Mugo",
            ),
            rel(
                "support",
                [MFA_FI, FRC],
                evidence="most of that came from the humanitarian funding the Ministry for Foreign Affairs of Finland provides to the Finnish Red Cross",
            ),
            rel(
                "agreement",
                [FRC, KRCS],
                date="2021",
                evidence="The two Red Cross societies have worked together on the coast under a partnership agreement signed in 2021.",
            ),
            rel(
                "meeting",
                [MFA_FI, KWALE],
                place="Kwale, Kenya",
                date="2026-11-19",
                evidence="later paid a courtesy call on the governor at the county headquarters in Kwale town",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
