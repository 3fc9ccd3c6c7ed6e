"""Gold annotations for held-out set 185 (prefix nd): the Nordic countries (Norwegian Red Cross, Swedish Red Cross, Danish Red Cross, Icelandic Red Cross; Norad, Sida, Danida, the Nordic Council, Nordic companies and foundations, UNHCR, the IFRC, the ICRC and societies abroad they support).

nd01 - Norwegian Red Cross press release (Oslo, 16 Apr 2026): NorCross / Norad framework agreement renewed "on Wednesday" in Oslo (Secretary General Ingvild Rustad-Halvorsen and "Dr." Petter Austbø, "who heads Norad's Department for Civil Society", as signatories), background 2019 framework agreement ("first entered into"), Norad providing NOK 410 million (support), NorCross backing the Malawi Red Cross Society's volunteers (support) and supporting the Somali Red Crescent Society's clinics since 2011 (support), Gjensidige Foundation's NOK 6 million donation handed over at the same ceremony and its financing of school courses since 2022 (support, same pair); people in several shapes (president "the society's president, Bjørn Tore Lien", "programme director at the Gjensidige Foundation", press contact with post: counted); traps: Mozambique extension only considered, MFA agreement only hoped-for (Ministry not annotated), Minister of International Development by title only, WHO cited as a source, "partner National Societies" generic (their Lilongwe meeting unnamed), "About the Norwegian Red Cross" boilerplate naming the IFRC, the Movement and the ICRC.
nd02 - wire story with hard line breaks (STOCKHOLM, Sept 9, 2026 (TT)): Swedish Red Cross / Sida agreement signed "on Tuesday" at Sida's offices in Stockholm (secretary general and "Sida's head of humanitarian assistance, Henrik Söderqvist" as signatories), Sida "committed to funding" (support), Swedish RC helping the Ukrainian Red Cross Society since 2022 (support), a share "channelled to the Moldova Red Cross" under the signed deal (support; reference name of the Moldovan society with the text's form as alias), psychosocial work "financed since 2023 by the Swedish Postcode Lottery" (passive support), team of six engineers "left for Kharkiv on Monday" (mission), president's talks with UNHCR's Regional Representative for Northern Europe "On Wednesday morning" in Stockholm (meeting), H&M Foundation's 15 million kronor "on Friday" (donation); traps: TT as agency and "told TT", OCHA cited as a source, MSB meeting "called off" (no meeting, MSB not annotated) and its spokesman by title only, Save the Children Sweden only considering an application, ICRC explicitly "not a party", the minister by title only (attending is not a party), founding boilerplate naming the Movement, reporting/editing credits and copyright line.
nd03 - Danish Red Cross international year in review 2025 (published 12 Feb 2026, written as "we"): Danida (Ministry of Foreign Affairs of Denmark) providing DKK 312 million (support), strategic partnership agreement renewed on 24 June 2025 in Copenhagen (Secretary General and "Under-Secretary for Development Policy at the Ministry" as signatories), three-year logistics partnership with A.P. Moller - Maersk "entered into" in September 2025 and free shipping under it (agreement and support, same pair), Novo Nordisk Foundation grant of DKK 40 million in April 2025 (donation), clinics "run by the Kenya Red Cross Society with our technical support" (support), letter of understanding with UNHCR on 3 November 2025 (agreement), joint water work "Together with the Syrian Arab Red Crescent (SARC)" (support), ECHO funding "channelled ... through the Danish Red Cross" (support), health ERU deployed to Tyre on 11 March 2025 (mission) "to reinforce" the Lebanese Red Cross (support), Copenhagen Humanitarian Logistics Summit 19-20 May 2025 (one participation of six, co-host UNICEF included), President "Dr." Birgitte Rosenkvist-Holm's talks in Amman in October 2025 with the Jordan National Red Crescent Society ("Dr." Yousef Al-Rawashdeh) and "in a separate meeting" with the PRCS (two bilateral meetings); traps: UNICEF's Supply Division only locates the co-host, "partner National Societies in Mali and Niger" generic, World Bank cited as a source, Nairobi hub and a cash programme with the Danish Refugee Council only intended/explored, a second ERU only hoped-for, the LRC's head of emergency medical services by title only, photo credit, contact address without a name.
nd04 - Icelandic Red Cross news page with page furniture (menus, language switch, cookie banner, breadcrumb, reading time, "Share", photo/text credits, "Related news", "About" boilerplate, footer; published 5 June 2026): Nordic Red Cross Preparedness Forum at Harpa in Reykjavík "on Wednesday and Thursday" (one participation of nine: host, four Nordic societies, IFRC, ICRC, the Nordic Council, Almannavarnir), Nordic Red Cross Preparedness Network "formally set up" by the five Nordic societies "On the closing day" (alliance; the two named heads among the signers as signatories), shelters agreement between the Icelandic Red Cross and the Department of Civil Protection and Emergency Management renewed "On Wednesday morning" (SG and "the department's Director of Civil Protection" as signatories) and its 2010 predecessor (background agreement), chair's talks with the director of the Nordic Council secretariat "On Wednesday evening" (meeting), Icelandic RC supporting the Malawi Red Cross Society since 2015 (support) and its share "funded by the Ministry for Foreign Affairs of Iceland" (passive support), Landsbankinn's ISK 15 million "At the closing dinner on Thursday" (donation); traps: Estonian Red Cross invited but absent, Prime Minister's read message (title only, no participation), Nordic Council only to "consider" funding the secretariat, first joint exercise in 2027 and the Helsinki forum only planned/hoped-for, related-news headlines (Krónan, the Coast Guard), photo/text credits, "About" boilerplate naming the Movement.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

NORCROSS = "Norwegian Red Cross"
SWERC = "Swedish Red Cross"
DANRC = "Danish Red Cross"
ICERC = "Icelandic Red Cross"
FINRC = "Finnish Red Cross"
MRCS = "Malawi Red Cross Society"
SRCS = "Somali Red Crescent Society"
URCS = "Ukrainian Red Cross Society"
MDRC = "Red Cross Society of the Republic of Moldova"
KRCS = "Kenya Red Cross Society"
SARC = "Syrian Arab Red Crescent"
LRC = "Lebanese Red Cross"
JNRCS = "Jordan National Red Crescent Society"
PRCS = "Palestine Red Crescent Society"
NORAD = "Norwegian Agency for Development Cooperation"
GJENSIDIGE_F = "Gjensidige Foundation"
SIDA = "Swedish International Development Cooperation Agency"
POSTCODE = "Swedish Postcode Lottery"
HM_F = "H&M Foundation"
UNHCR = "United Nations High Commissioner for Refugees"
DK_MFA = "Ministry of Foreign Affairs of Denmark"
MAERSK = "A.P. Moller - Maersk"
NOVO_F = "Novo Nordisk Foundation"
ECHO = "European Civil Protection and Humanitarian Aid Operations"
UNICEF = "United Nations Children's Fund"
WFP = "World Food Programme"
NORDIC_COUNCIL = "Nordic Council"
DCPEM = "Department of Civil Protection and Emergency Management"
IS_MFA = "Ministry for Foreign Affairs of Iceland"
LANDSBANKINN = "Landsbankinn"

DOCS = [
    (
        "nd01_norcross_norad_framework_renewal.txt",
        "2026-04-16",
        [
            org(NORCROSS, NS, "NO"),
            org(NORAD, GOV, "NO", "Norad"),
            org(MRCS, NS, "MW", "Malawi Red Cross"),
            org(SRCS, NS, "SO", "Somali Red Crescent"),
            org(GJENSIDIGE_F, OTHER, "NO"),
        ],
        [
            person("Ingvild Rustad-Halvorsen", "Secretary General", NORCROSS),
            person("Petter Austbø", "Head of the Department for Civil Society", NORAD),
            person("Marit Oldervoll", "Programme Director", GJENSIDIGE_F),
            person("Bjørn Tore Lien", "President", NORCROSS),
            person("Sigrid Bakke-Nilsen", "Press Officer", NORCROSS),
        ],
        [
            rel(
                "agreement",
                [NORCROSS, NORAD],
                signatories=["Ingvild Rustad-Halvorsen", "Petter Austbø"],
                place="Oslo, Norway",
                date="2026-04-15",
                evidence="The new agreement was signed at the Red Cross headquarters in Oslo on Wednesday by Secretary General Ingvild Rustad-Halvorsen",
            ),
            rel(
                "agreement",
                [NORCROSS, NORAD],
                date="2019",
                evidence="The two organisations first entered into a framework agreement in 2019",
            ),
            rel(
                "support",
                [NORAD, NORCROSS],
                evidence="Norad will provide NOK 410 million between 2026 and 2029 to the Norwegian Red Cross's long-term health work abroad",
            ),
            rel(
                "support",
                [NORCROSS, MRCS],
                evidence="the Norwegian Red Cross backs the Malawi Red Cross Society's network of 1,200 community health volunteers",
            ),
            rel(
                "support",
                [NORCROSS, SRCS],
                evidence="it has been supporting the mobile clinics of the Somali Red Crescent Society since 2011",
            ),
            rel(
                "donation",
                [GJENSIDIGE_F, NORCROSS],
                place="Oslo, Norway",
                date="2026-04-15",
                evidence="the Gjensidige Foundation handed over a donation of NOK 6 million to the Norwegian Red Cross",
            ),
            rel(
                "support",
                [GJENSIDIGE_F, NORCROSS],
                evidence="The foundation has financed the school courses since 2022",
            ),
        ],
    ),
    (
        "nd02_swedish_rc_sida_ukraine_wire.txt",
        "2026-09-09",
        [
            org(SWERC, NS, "SE"),
            org(SIDA, GOV, "SE", "Sida"),
            org(URCS, NS, "UA", "Ukrainian Red Cross"),
            org(MDRC, NS, "MD", "Moldova Red Cross"),
            org(POSTCODE, OTHER, "SE"),
            org(UNHCR, UN, None, "UNHCR"),
            org(HM_F, OTHER, "SE"),
        ],
        [
            person("Karin Lindström-Åkesson", "Secretary General", SWERC),
            person("Henrik Söderqvist", "Head of humanitarian assistance", SIDA),
            person("Margareta Hellqvist", "President", SWERC),
            person("Anna-Lena Forsberg", "Regional Representative for Northern Europe", UNHCR),
            person("Ulrika Brandt-Wessman", "Chief Executive", HM_F),
        ],
        [
            rel(
                "agreement",
                [SWERC, SIDA],
                signatories=["Karin Lindström-Åkesson", "Henrik Söderqvist"],
                place="Stockholm, Sweden",
                date="2026-09-08",
                evidence="Tuesday signed a two-year agreement worth 240 million kronor",
            ),
            rel(
                "support",
                [SIDA, SWERC],
                evidence="Under the deal, Sida is committed to funding the Swedish",
            ),
            rel(
                "support",
                [SWERC, URCS],
                evidence="Swedish organisation has helped since 2022 with heating points,",
            ),
            rel(
                "support",
                [SWERC, MDRC],
                evidence="A smaller share will be channelled to the Moldova Red",
            ),
            rel(
                "support",
                [POSTCODE, SWERC],
                evidence="The psychosocial work has been financed since 2023 by the",
            ),
            rel(
                "mission",
                [SWERC],
                place="Kharkiv, Ukraine",
                date="2026-09-07",
                evidence="engineers left for Kharkiv on Monday to help repair pumping",
            ),
            rel(
                "meeting",
                [SWERC, UNHCR],
                place="Stockholm, Sweden",
                date="2026-09-09",
                evidence="Hellqvist held talks in Stockholm with Anna-Lena Forsberg,",
            ),
            rel(
                "donation",
                [HM_F, SWERC],
                date="2026-09-04",
                evidence="Separately, the H&M Foundation on Friday gave the Swedish",
            ),
        ],
    ),
    (
        "nd03_danish_rc_international_year_review_2025.txt",
        "2026-02-12",
        [
            org(DANRC, NS, "DK"),
            org(DK_MFA, GOV, "DK", "Danida", "Danish Ministry of Foreign Affairs"),
            org(MAERSK, CO, "DK", "Maersk"),
            org(NOVO_F, OTHER, "DK"),
            org(KRCS, NS, "KE"),
            org(
                UNHCR,
                UN,
                None,
                "UNHCR",
                "Office of the United Nations High Commissioner for Refugees",
            ),
            org(SARC, NS, "SY", "SARC"),
            org(ECHO, GOV, None, "ECHO", "European Union"),
            org(LRC, NS, "LB"),
            org(UNICEF, UN, None, "UNICEF"),
            org(WFP, UN, None),
            org(IFRC, MB, None, "IFRC"),
            org(NORCROSS, NS, "NO"),
            org(JNRCS, NS, "JO"),
            org(PRCS, NS, "PS", "PRCS"),
        ],
        [
            person("Anders Højmark-Poulsen", "Secretary General", DANRC),
            person("Lotte Brink-Vinding", "Under-Secretary for Development Policy", DK_MFA),
            person("Birgitte Rosenkvist-Holm", "President", DANRC),
            person("Yousef Al-Rawashdeh", "President", JNRCS),
        ],
        [
            rel(
                "support",
                [DK_MFA, DANRC],
                evidence="Danida provided DKK 312 million in 2025",
            ),
            rel(
                "agreement",
                [DANRC, DK_MFA],
                signatories=["Anders Højmark-Poulsen", "Lotte Brink-Vinding"],
                place="Copenhagen, Denmark",
                date="2025-06-24",
                evidence="The new strategic partnership agreement was signed in Copenhagen by our Secretary General, Anders Højmark-Poulsen",
            ),
            rel(
                "agreement",
                [DANRC, MAERSK],
                date="2025-09",
                evidence="In September we entered into a three-year logistics partnership with A.P. Moller - Maersk",
            ),
            rel(
                "support",
                [MAERSK, DANRC],
                evidence="the company ships our pre-positioned relief stocks from Copenhagen to operations in Africa and the Middle East free of charge",
            ),
            rel(
                "donation",
                [NOVO_F, DANRC],
                date="2025-04",
                evidence="The Novo Nordisk Foundation awarded us a grant of DKK 40 million in April",
            ),
            rel(
                "support",
                [DANRC, KRCS],
                evidence="The clinics are run by the Kenya Red Cross Society with our technical support",
            ),
            rel(
                "agreement",
                [DANRC, UNHCR],
                date="2025-11-03",
                evidence="On 3 November we concluded a letter of understanding with the Office of the United Nations High Commissioner for Refugees (UNHCR)",
            ),
            rel(
                "support",
                [DANRC, SARC],
                evidence="Together with the Syrian Arab Red Crescent (SARC) we rehabilitated 14 water stations",
            ),
            rel(
                "support",
                [ECHO, DANRC],
                evidence="which channelled EUR 6.2 million through the Danish Red Cross",
            ),
            rel(
                "mission",
                [DANRC],
                place="Tyre, Lebanon",
                date="2025-03-11",
                evidence="Our health Emergency Response Unit (ERU) was deployed to Tyre in southern Lebanon on 11 March",
            ),
            rel(
                "support",
                [DANRC, LRC],
                evidence="to reinforce the emergency medical services of the Lebanese Red Cross",
            ),
            rel(
                "participation",
                [DANRC, UNICEF, WFP, IFRC, NORCROSS, MAERSK],
                event="Copenhagen Humanitarian Logistics Summit",
                place="Copenhagen, Denmark",
                date="2025-05-19",
                evidence="The summit brought together the World Food Programme, the International Federation of Red Cross and Red Crescent Societies (IFRC), the Norwegian Red Cross and A.P. Moller - Maersk",
            ),
            rel(
                "meeting",
                [DANRC, JNRCS],
                place="Amman, Jordan",
                date="2025-10",
                evidence="There she held talks with Dr. Yousef Al-Rawashdeh, President of the Jordan National Red Crescent Society",
            ),
            rel(
                "meeting",
                [DANRC, PRCS],
                place="Amman, Jordan",
                date="2025-10",
                evidence="in a separate meeting with a delegation of the Palestine Red Crescent Society (PRCS)",
            ),
        ],
    ),
    (
        "nd04_reykjavik_nordic_preparedness_forum_page.txt",
        "2026-06-05",
        [
            org(ICERC, NS, "IS", "Rauði krossinn á Íslandi"),
            org(NORCROSS, NS, "NO"),
            org(SWERC, NS, "SE"),
            org(DANRC, NS, "DK"),
            org(FINRC, NS, "FI"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(NORDIC_COUNCIL, OTHER, None),
            org(DCPEM, GOV, "IS", "Almannavarnir"),
            org(MRCS, NS, "MW"),
            org(IS_MFA, GOV, "IS"),
            org(LANDSBANKINN, CO, "IS"),
        ],
        [
            person("Kristín Hjálmarsdóttir", "Secretary General", ICERC),
            person("Ingvild Rustad-Halvorsen", "Secretary General", NORCROSS),
            person("Mikko Ahonen-Lehto", "Secretary General", FINRC),
            person("Hjördís Guðmundsdóttir", "Director of Civil Protection", DCPEM),
            person("Ragnheiður Þórsdóttir", "Chair", ICERC),
            person(
                "Jens Lauritzen-Falk", "Director of the Nordic Council secretariat", NORDIC_COUNCIL
            ),
            person("Gunnar Eiríksson", "Head of corporate responsibility", LANDSBANKINN),
        ],
        [
            rel(
                "participation",
                [ICERC, NORCROSS, SWERC, DANRC, FINRC, IFRC, ICRC, NORDIC_COUNCIL, DCPEM],
                event="Nordic Red Cross Preparedness Forum",
                place="Reykjavík, Iceland",
                date="2026-06-03",
                evidence="Taking part were the Norwegian Red Cross, the Swedish Red Cross, the Danish Red Cross and the Finnish Red Cross",
            ),
            rel(
                "alliance",
                [ICERC, NORCROSS, SWERC, DANRC, FINRC],
                signatories=["Kristín Hjálmarsdóttir", "Ingvild Rustad-Halvorsen"],
                place="Reykjavík, Iceland",
                date="2026-06-04",
                evidence="the five Nordic National Societies formally set up the Nordic Red Cross Preparedness Network",
            ),
            rel(
                "agreement",
                [ICERC, DCPEM],
                signatories=["Kristín Hjálmarsdóttir", "Hjördís Guðmundsdóttir"],
                place="Reykjavík, Iceland",
                date="2026-06-03",
                evidence="the Icelandic Red Cross and the Department of Civil Protection and Emergency Management renewed their agreement",
            ),
            rel(
                "agreement",
                [ICERC, DCPEM],
                date="2010",
                evidence="The two bodies first signed such an agreement in 2010",
            ),
            rel(
                "meeting",
                [ICERC, NORDIC_COUNCIL],
                place="Reykjavík, Iceland",
                date="2026-06-03",
                evidence="Icelandic Red Cross chair Ragnheiður Þórsdóttir met Jens Lauritzen-Falk, director of the Nordic Council secretariat",
            ),
            rel(
                "support",
                [ICERC, MRCS],
                evidence="the Icelandic Red Cross has supported the Malawi Red Cross Society's water and sanitation programme",
            ),
            rel(
                "support",
                [IS_MFA, ICERC],
                evidence="The Icelandic Red Cross's share of the programme is funded by the Ministry for Foreign Affairs of Iceland",
            ),
            rel(
                "donation",
                [LANDSBANKINN, ICERC],
                place="Reykjavík, Iceland",
                date="2026-06-04",
                evidence="Landsbankinn handed over ISK 15 million to the Icelandic Red Cross",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
