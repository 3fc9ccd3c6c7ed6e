"""Gold annotations for held-out set 204 (prefix sh): the Sahel (Red Cross Society of Niger, Mali Red Cross, Red Cross of Chad, Burkinabe Red Cross Society; the ICRC, WFP, OCHA, UNICEF, UNHCR, CERF, the IFRC's DREF, ECHO, the SDC, the Swiss and Norwegian Red Cross; Niger's Ministry of Humanitarian Action, Chad's Ministry of Public Health and Prevention, Mali's Commissariat à la Sécurité Alimentaire, Burkina Faso's CONASUR; the Lake Chad Basin Commission; floods on the Niger, the lean season in Mopti, the islands of Lake Chad, displacement in the Centre-Nord and Est of Burkina Faso).

sh01 - wire story translated from French (NIAMEY, 9 July 2026 (ANP), hard line breaks, closing tag "HS/AMM/ANP 0709" and "Translated from French."): Red Cross Society of Niger (CRN) / Ministry of Humanitarian Action and Disaster Management framework convention on flood preparedness to which the two "affixed their signatures on Wednesday in Niamey" (agreement; "signed for the CRN by its President, Mr. ..., and for the ministry by its Secretary General, Mrs. ..." as signatories), "The text takes over from a memorandum of understanding that the two institutions had concluded in 2019" (background agreement), "The share of the work falling to the CRN will be supported ... by the Swiss Agency for Development and Cooperation (SDC), which has released an envelope of 1.2 billion CFA francs" (support), Zamani Telecom "handed the CRN a cheque of 20 million CFA francs" "On the occasion" (donation; its Director General), "the Minister of Humanitarian Action and Disaster Management received in audience the head of the delegation of the ICRC in Niger, Mr. ..." "Earlier in the day" (meeting; the minister unnamed); people: the CRN President and Secretary General (the latter "specified ... to ANP"), the ministry's Secretary General, the ICRC head of delegation, the company's Director General; traps: ANP as agency and "ANP has learned", the Governor of the Niamey region by title only and "several technical and financial partners" (generic), OCHA cited as the source of flood figures, a convention with the Niger Basin Authority (ABN) only intended ("further intends to conclude ... before the end of the year"), discussions with the Nigerian Red Cross Society on a cross-border alert "are continuing" (no relationship; neither body annotated), a quote of the President naming no one.
sh02 - podcast episode show notes ("Sahel Lines, Episode 63", published 18 Aug 2026, guests bulleted as "Name, post, organisation", host and producer credits, chapter timestamps, "MENTIONED IN THIS EPISODE" list): Mali Red Cross / WFP lean-season partnership, "the two organisations signed the partnership contract in May" (agreement, 2026-05), "The cash top-ups ... are paid for by the European Union's humanitarian aid department (ECHO), which channels the money through the Mali Red Cross" (support), "The Norwegian Red Cross has funded the society's community health volunteers in Gao and Tombouctou since 2016" (support), "All three guests were in the room in Sévaré on Tuesday 11 August, when the Mali Red Cross, WFP, OCHA and the Commissariat à la Sécurité Alimentaire (CSA) sat down together" (one meeting of four; the CSA "represented by its regional coordinator, ..."), "in July the Bamako miller Grands Moulins du Mali gave the society 60 tonnes of wheat flour" (donation, 2026-07); people: the three guests, the CSA coordinator, "Mali Red Cross president ..." in an archive clip; traps: the host and producer (production credits, not counted, like bylines), "Kadidia, a mother of five" (private individual), "the IFRC is weighing a DREF request" (plan), the ICRC's team only wished back in Douentza (hope), talks with "the regional health directorate" that "have stalled" (failed, unnamed body), Cadre Harmonisé and FEWS NET cited as sources, "The other big names on the ground: Action Against Hunger, Save the Children, the Norwegian Refugee Council" (co-mention), "Sahel Lines is an independent production".
sh03 - ICRC operational update (Chad, Lake province, April-June 2026, issued 21 July 2026 in N'Djamena) with key-figure bullets, section headings and a contact line: "the ICRC covered the running costs of the CRT branches in Bol and Baga Sola, replenished their first-aid stocks and paid the allowances of the volunteers" after "The Red Cross of Chad (Croix-Rouge du Tchad, CRT) is the ICRC's main operational partner" (support), "The Swiss Red Cross paid for the accident insurance of 400 CRT volunteers" (support), "In May, the ICRC delivered surgical supplies and two generators to Bol Provincial Hospital" (donation, 2026-05; "Its director, Dr. ..."), "On 9 June in N'Djamena, the ICRC and the Ministry of Public Health and Prevention renewed for three years the agreement" (agreement; "It was signed by the head of the ICRC delegation in Chad, A, and the ministry's Secretary General, Dr. B"), "the agreement under which the ICRC supports the hospital's surgical ward" (support), "an ICRC team travelled by boat to Kaiga-Kindjiria" "From 14 to 18 June" (mission), "On 3 June, Ms. Ritter met the Executive Secretary of the Lake Chad Basin Commission (LCBC), Mr. ..., at the Commission's headquarters in N'Djamena" (meeting; the head of delegation named later by surname only); people: the head of delegation, the ministry's Secretary General, the hospital director, the LCBC Executive Secretary, the CRT branch coordinator in Bol (in a quote's attribution), the Communication Coordinator in the contact line (counted); traps: "A joint visit with the provincial authorities to Ngouboua was cancelled" (no mission, unnamed body), "The ICRC continues its confidential dialogue with all weapon bearers and hopes to resume its visits to people held in Bol" (generic and hope), "Other Movement components working in Chad: the IFRC and the French Red Cross" (co-mention), the IOM Displacement Tracking Matrix cited as a source, "Red Cross messages" and "Red Cross of Chad volunteers" in key figures (no new relationship).
sh04 - OCHA situation report excerpt (Burkina Faso, Centre-Nord and Est, last updated 15 Sep 2026) with highlights, cluster headings, a funding line and contacts: "the Permanent Secretary of CONASUR, Colonel ..., and OCHA co-chaired an operational coordination meeting in Kaya with WFP, UNICEF and the Burkinabe Red Cross Society" "On 9 September" (one meeting of five), "An inter-agency mission of OCHA, WFP, UNICEF and the Burkinabe Red Cross Society travelled to Gayéri by UNHAS helicopter on 3 September" (mission of four), "the Emergency Relief Coordinator released US$5 million from the Central Emergency Response Fund (CERF) to WFP and UNICEF" (two supports), "UNICEF handed over 1,500 family water kits to the Burkinabe Red Cross Society in Kaya on 10 September" (donation), "The Burkinabe Red Cross Society's flood response in Kaya and Tougouri is financed by a CHF 412,000 allocation from the IFRC's Disaster Response Emergency Fund (DREF)" (support), "UNHCR and the Burkinabe Red Cross Society countersigned on 11 September an amendment that extends their protection-monitoring partnership to June 2027" (agreement; "It was signed by the UNHCR Representative in Burkina Faso, Mr. A, and the Secretary General of the Society, Mr. B"); people: the CONASUR Permanent Secretary (military rank), the UNHCR Representative, the society's Secretary General, OCHA's Head of Office and Public Information Officer in the contact lines (counted); traps: CONASUR and the ICRC cited as sources of figures (the ICRC not annotated; CONASUR annotated because it co-chairs the meeting), "Humanitarian partners report" and "WFP and its partners" (generic), the Emergency Relief Coordinator by title only, negotiations with "the authorities" on convoys "ongoing", a Liptako-Gourma Authority meeting "planned for 12 September in Niamey" and "postponed without a new date" (no meeting, not annotated), UNHAS only the means of transport, FTS as the source of the funding figure.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

CRN = "Red Cross Society of Niger"
CRM = "Mali Red Cross"
CRT = "Red Cross of Chad"
BRCS = "Burkinabe Red Cross Society"
NORCROSS = "Norwegian Red Cross"
SRK = "Swiss Red Cross"
MAHGC = "Ministry of Humanitarian Action and Disaster Management"
SDC = "Swiss Agency for Development and Cooperation"
ZAMANI = "Zamani Telecom"
WFP = "World Food Programme"
OCHA = "United Nations Office for the Coordination of Humanitarian Affairs"
UNICEF = "United Nations Children's Fund"
UNHCR = "United Nations High Commissioner for Refugees"
CERF = "Central Emergency Response Fund"
ECHO = "European Civil Protection and Humanitarian Aid Operations"
CSA = "Commissariat à la Sécurité Alimentaire"
GMM = "Grands Moulins du Mali"
MSPP = "Ministry of Public Health and Prevention"
BOL_HOSP = "Bol Provincial Hospital"
LCBC = "Lake Chad Basin Commission"
CONASUR = "Conseil National de Secours d'Urgence et de Réhabilitation"

DOCS = [
    (
        "sh01_niamey_crn_ministry_flood_convention_wire.txt",
        "2026-07-09",
        [
            org(CRN, NS, "NE", "Croix-Rouge nigérienne", "CRN"),
            org(MAHGC, GOV, "NE", "Ministère de l'Action humanitaire et de la Gestion des catastrophes"),
            org(SDC, GOV, "CH", "SDC"),
            org(ZAMANI, CO, "NE"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Ibrahim Moussa Garba", "President", CRN),
            person("Hadiza Souley Ibrahim", "Secretary General", MAHGC),
            person("Abdoulaye Hamani Maïga", "Secretary General", CRN),
            person("Salissou Adamou Dan Baki", "Director General", ZAMANI),
            person("Thomas Vercruysse", "head of the delegation in Niger", ICRC),
        ],
        [
            rel(
                "agreement",
                [CRN, MAHGC],
                signatories=["Ibrahim Moussa Garba", "Hadiza Souley Ibrahim"],
                place="Niamey, Niger",
                date="2026-07-08",
                evidence="affixed\ntheir signatures on Wednesday in Niamey to a framework convention of\npartnership",
            ),
            rel(
                "agreement",
                [CRN, MAHGC],
                date="2019",
                evidence="The text takes over from a memorandum of understanding that the two\ninstitutions had concluded in 2019",
            ),
            rel(
                "support",
                [SDC, CRN],
                evidence="The share of the work falling to the CRN will be supported for the first two\nyears by the Swiss Agency for Development and Cooperation (SDC)",
            ),
            rel(
                "donation",
                [ZAMANI, CRN],
                place="Niamey, Niger",
                date="2026-07-08",
                evidence="the telephone operator Zamani Telecom handed the CRN a cheque",
            ),
            rel(
                "meeting",
                [MAHGC, ICRC],
                place="Niamey, Niger",
                date="2026-07-08",
                evidence="received in audience the head of the delegation of the International Committee\nof the Red Cross (ICRC) in Niger",
            ),
        ],
    ),
    (
        "sh02_sahel_lines_podcast_mopti_lean_season.txt",
        "2026-08-18",
        [
            org(CRM, NS, "ML", "Croix-Rouge malienne"),
            org(WFP, UN, None, "WFP"),
            org(ECHO, GOV, None, "ECHO", "European Union's humanitarian aid department"),
            org(NORCROSS, NS, "NO"),
            org(OCHA, UN, None, "OCHA"),
            org(CSA, GOV, "ML", "CSA"),
            org(GMM, CO, "ML"),
        ],
        [
            person("Aminata Coulibaly", "head of disaster risk management", CRM),
            person("Moussa Dembélé", "head of the sub-office in Mopti", WFP),
            person("Ingrid Solberg Haugen", "country representative in Mali", NORCROSS),
            person("Boubacar Kanté", "regional coordinator", CSA),
            person("Hamadoun Bocoum", "president", CRM),
        ],
        [
            rel(
                "agreement",
                [CRM, WFP],
                date="2026-05",
                evidence="the two organisations signed the\npartnership contract in May",
            ),
            rel(
                "support",
                [ECHO, CRM],
                evidence="The cash top-ups that go with the\nsorghum are paid for by the European Union's humanitarian aid department\n(ECHO), which channels the money through the Mali Red Cross.",
            ),
            rel(
                "support",
                [NORCROSS, CRM],
                evidence="The Norwegian Red Cross has funded the\nsociety's community health volunteers in Gao and Tombouctou since 2016",
            ),
            rel(
                "meeting",
                [CRM, WFP, OCHA, CSA],
                place="Sévaré, Mali",
                date="2026-08-11",
                evidence="when the Mali\nRed Cross, WFP, OCHA and the Commissariat à la Sécurité Alimentaire (CSA) sat\ndown together",
            ),
            rel(
                "donation",
                [GMM, CRM],
                place="Mopti, Mali",
                date="2026-07",
                evidence="in July the Bamako miller Grands Moulins du Mali\ngave the society 60 tonnes of wheat flour",
            ),
        ],
    ),
    (
        "sh03_icrc_chad_lake_province_operational_update.txt",
        "2026-07-21",
        [
            org(ICRC, MB, None, "ICRC"),
            org(CRT, NS, "TD", "Croix-Rouge du Tchad", "CRT"),
            org(SRK, NS, "CH"),
            org(BOL_HOSP, OTHER, "TD"),
            org(MSPP, GOV, "TD"),
            org(LCBC, OTHER, None, "LCBC"),
        ],
        [
            person("Ali Mahamat Kodi", "branch coordinator in Bol", CRT),
            person("Mahamat Abakar Hissein", "director", BOL_HOSP),
            person("Hélène Ritter", "head of the delegation in Chad", ICRC),
            person("Haoua Mahamat Zene", "Secretary General", MSPP),
            person("Ibrahim Garba Mustapha", "Executive Secretary", LCBC),
            person("Ahmat Brahim Idriss", "Communication Coordinator", ICRC),
        ],
        [
            rel(
                "support",
                [ICRC, CRT],
                evidence="This quarter the ICRC covered the running costs of the\nCRT branches in Bol and Baga Sola",
            ),
            rel(
                "support",
                [SRK, CRT],
                evidence="The Swiss Red Cross paid for the accident insurance of 400 CRT volunteers in the\nprovince.",
            ),
            rel(
                "donation",
                [ICRC, BOL_HOSP],
                place="Bol, Chad",
                date="2026-05",
                evidence="In May, the ICRC delivered surgical supplies and two generators to Bol\n  Provincial Hospital.",
            ),
            rel(
                "agreement",
                [ICRC, MSPP],
                signatories=["Hélène Ritter", "Haoua Mahamat Zene"],
                place="N'Djamena, Chad",
                date="2026-06-09",
                evidence="On 9 June in N'Djamena, the ICRC and the Ministry of Public Health and\n  Prevention renewed for three years the agreement",
            ),
            rel(
                "support",
                [ICRC, BOL_HOSP],
                evidence="the agreement under which the ICRC supports\n  the hospital's surgical ward",
            ),
            rel(
                "mission",
                [ICRC],
                place="Kaiga-Kindjiria, Chad",
                date="2026-06-14",
                evidence="From 14 to 18 June an ICRC team travelled by boat to Kaiga-Kindjiria",
            ),
            rel(
                "meeting",
                [ICRC, LCBC],
                place="N'Djamena, Chad",
                date="2026-06-03",
                evidence="On 3 June, Ms. Ritter met the Executive Secretary of the Lake Chad Basin\nCommission (LCBC)",
            ),
        ],
    ),
    (
        "sh04_ocha_burkina_faso_sitrep_excerpt.txt",
        "2026-09-15",
        [
            org(BRCS, NS, "BF"),
            org(OCHA, UN, None, "OCHA"),
            org(CONASUR, GOV, "BF", "CONASUR"),
            org(WFP, UN, None, "WFP"),
            org(UNICEF, UN, None, "UNICEF"),
            org(UNHCR, UN, None, "UNHCR"),
            org(CERF, UN, None, "CERF"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Issouf Sawadogo", "Permanent Secretary", CONASUR),
            person("Karim Benaïssa", "Representative in Burkina Faso", UNHCR),
            person("Lassané Zongo", "Secretary General", BRCS),
            person("Sylvie Kaboré-Ouédraogo", "Head of Office", OCHA),
            person("Jérôme Kiemtoré", "Public Information Officer", OCHA),
        ],
        [
            rel(
                "meeting",
                [CONASUR, OCHA, WFP, UNICEF, BRCS],
                place="Kaya, Burkina Faso",
                date="2026-09-09",
                evidence="and OCHA co-chaired an operational coordination meeting in Kaya with WFP, UNICEF\n  and the Burkinabe Red Cross Society",
            ),
            rel(
                "mission",
                [OCHA, WFP, UNICEF, BRCS],
                place="Gayéri, Burkina Faso",
                date="2026-09-03",
                evidence="An inter-agency mission of OCHA, WFP, UNICEF and the Burkinabe Red Cross\n  Society travelled to Gayéri by UNHAS helicopter on 3 September.",
            ),
            rel(
                "support",
                [CERF, WFP],
                date="2026-09-08",
                evidence="Central Emergency Response Fund (CERF) to WFP and UNICEF",
            ),
            rel(
                "support",
                [CERF, UNICEF],
                date="2026-09-08",
                evidence="Central Emergency Response Fund (CERF) to WFP and UNICEF",
            ),
            rel(
                "donation",
                [UNICEF, BRCS],
                place="Kaya, Burkina Faso",
                date="2026-09-10",
                evidence="UNICEF handed over 1,500 family water kits to the Burkinabe Red Cross Society\n  in Kaya on 10 September",
            ),
            rel(
                "support",
                [IFRC, BRCS],
                evidence="The Burkinabe Red Cross Society's flood response in Kaya and Tougouri is\n  financed by a CHF 412,000 allocation from the IFRC's Disaster Response\n  Emergency Fund (DREF).",
            ),
            rel(
                "agreement",
                [UNHCR, BRCS],
                signatories=["Karim Benaïssa", "Lassané Zongo"],
                date="2026-09-11",
                evidence="UNHCR and the Burkinabe Red Cross Society countersigned on 11 September an\n  amendment that extends their protection-monitoring partnership to June 2027.",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
