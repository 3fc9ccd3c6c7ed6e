"""Gold annotations for held-out set 172 (prefix lf): the Sahel (Burkinabe, Niger, Mali, Senegalese and Mauritanian Red Cross / Red Crescent; food insecurity, displacement, cash transfers over mobile money, the ICRC, WFP, CILSS).

lf01 - national society press release (Ouagadougou, 15 Oct 2025): Burkinabe RC / Orange Burkina Faso MoU signed "on Monday" (13 Oct) by the society's Secretary General and the operator's CEO, Orange's firm fee waiver under the MoU (support, "the operator"), WFP financing the first transfer rounds (passive), background 2020 cooperation protocol with CONASUR ("the government body"), Coris Bank International cheque "the day after the signing" (14 Oct), the President's talks with the ICRC head of delegation on the sidelines of the ceremony (honorific Dr. dropped); traps: minister by title only who merely attended, Moov Africa talks only expected, Agence d'Information du Burkina cited as source, "About" boilerplate mentioning IFRC membership and the Movement, media contact (a named person with post: counted).
lf02 - wire story with hard line breaks (NIAMEY, Jan 22 (Reuters), published 22 Jan 2026): ICRC / Red Cross Society of Niger partnership framework renewed "on Wednesday" (21 Jan) with signatories, background framework first concluded in 2017, ICRC head of delegation's meeting with the Minister of Humanitarian Action "on Tuesday" (20 Jan), WFP supplying rations distributed by the Niger RC, Airtel Niger financing the society's emergency line since 2023, Algerian Red Crescent convoy reaching Agadez "on Saturday" (17 Jan; mission + donation to the Niger RC branch); traps: Reuters as the agency, OCHA cited as source of figures, ICRC / Alliance of Sahel States meeting postponed, ministry spokesman by title only, joint cash programme with the Mali RC only proposed, ICRC hope to resume detention visits, reporting/editing credits.
lf03 - IFRC-style DREF operation update, food insecurity in Mali (issued 5 Sep 2025): IFRC DREF support to the Mali RC (MRCS acronym), Spanish RC cash delegate deployed to Ségou on 4 Aug (mission + support), Orange Mali gift of smartphones and data bundles on 12 Aug, ICRC backing the MRCS branches, one five-party coordination meeting in Bamako on 21 Aug (MRCS, IFRC, ICRC, WFP, Commissariat à la Sécurité Alimentaire) with the CSA's Deputy Commissioner named, MRCS delivering WFP supplements under a background 2023 field-level agreement; traps: Cadre Harmonisé / CILSS cited as source, Orange Money as a mere payment channel, Partner National Societies generic, minister by title only, Luxembourg RC only a conditional "may contribute", extension under consideration, contact lines with titles only.
lf04 - HTML-ish local news page with menus, byline, "Share this", related links and cookie text (Dakar, published 12 Mar 2026): Regional Forum on Anticipatory Action in the Sahel opened "on Monday" (one participation of thirteen organisations: co-organisers CILSS and IFRC, host Senegalese RC, the Red Cross of Chad, ICRC, WFP, African Risk Capacity, Senegal's Ministry of Family and Solidarities, and the ECOWAS Commission as observer), alliance of five societies named in compressed form ("the national Red Cross and Red Crescent societies of Senegal, Mali, Niger, Burkina Faso and Mauritania") declared "on Wednesday", CILSS / IFRC MoU signed "on Tuesday" with both signatories, sideline talks between the Senegalese RC and Mauritanian Red Crescent presidents ("his Mauritanian counterpart"), Sonatel covering the costs of Senegalese RC volunteers; traps: byline, Chad RC took part but did not join, its head of delegation by title only, G5 Sahel invited but absent, joint regional stock only discussed, next edition only expected, "Read also" headlines mentioning WFP, page furniture.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

BRCS = "Burkinabe Red Cross Society"
NRCS = "Red Cross Society of Niger"
MRCS = "Mali Red Cross"
SNRC = "Senegalese Red Cross Society"
MAUR = "Mauritanian Red Crescent"
CHAD = "Red Cross of Chad"
ALGRC = "Algerian Red Crescent"
SPRC = "Spanish Red Cross"
WFP = "World Food Programme"
CILSS = "Permanent Interstate Committee for Drought Control in the Sahel"
ARC = "African Risk Capacity"
ECOWAS = "ECOWAS Commission"
CONASUR = "Conseil National de Secours d'Urgence et de Réhabilitation"
NE_MAH = "Ministry of Humanitarian Action and Disaster Management"
CSA = "Commissariat à la Sécurité Alimentaire"
SN_MFS = "Ministry of Family and Solidarities"
ORANGE_BF = "Orange Burkina Faso"
ORANGE_ML = "Orange Mali"
CORIS = "Coris Bank International"
AIRTEL = "Airtel Niger"
SONATEL = "Sonatel"

DOCS = [
    (
        "lf01_burkina_orange_cash_mou.txt",
        "2025-10-15",
        [
            org(BRCS, NS, "BF", "Burkinabe Red Cross", "Croix-Rouge Burkinabè"),
            org(ORANGE_BF, CO, "BF"),
            org(WFP, UN, None, "WFP"),
            org(CONASUR, GOV, "BF", "CONASUR"),
            org(CORIS, CO, "BF"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Lassané Kaboré", "Secretary General", BRCS),
            person("Aminata Ouédraogo-Sawadogo", "Chief Executive Officer", ORANGE_BF),
            person("Idrissa Nikièma", "Deputy Managing Director", CORIS),
            person("Ousmane Zongo", "President", BRCS),
            person("Marianne Kessler", "Head of delegation", ICRC),
            person("Rasmata Compaoré", "Communications Officer", BRCS),
        ],
        [
            rel(
                "agreement",
                [BRCS, ORANGE_BF],
                signatories=["Lassané Kaboré", "Aminata Ouédraogo-Sawadogo"],
                place="Ouagadougou, Burkina Faso",
                date="2025-10-13",
                evidence="on Monday signed a memorandum of understanding that allows the National Society to send emergency cash",
            ),
            rel(
                "support",
                [ORANGE_BF, BRCS],
                evidence="the operator will waive all transaction and withdrawal fees on Red Cross transfers",
            ),
            rel(
                "support",
                [WFP, BRCS],
                evidence="are being financed by the World Food Programme (WFP)",
            ),
            rel(
                "agreement",
                [BRCS, CONASUR],
                date="2020",
                evidence="under a cooperation protocol that the Burkinabe Red Cross signed with the government body in 2020",
            ),
            rel(
                "donation",
                [CORIS, BRCS],
                date="2025-10-14",
                evidence="Coris Bank International handed over a cheque of 25 million CFA francs to the National Society",
            ),
            rel(
                "meeting",
                [BRCS, ICRC],
                place="Ouagadougou, Burkina Faso",
                date="2025-10-13",
                evidence="also received Marianne Kessler, head of the ICRC delegation in Burkina Faso, for talks",
            ),
        ],
    ),
    (
        "lf02_niger_icrc_framework_renewed.txt",
        "2026-01-22",
        [
            org(ICRC, MB, None, "ICRC"),
            org(NRCS, NS, "NE", "Niger Red Cross", "Croix-Rouge Nigérienne"),
            org(NE_MAH, GOV, "NE"),
            org(WFP, UN, None, "WFP"),
            org(AIRTEL, CO, "NE"),
            org(ALGRC, NS, "DZ"),
        ],
        [
            person("Olivier Baumgartner", "Head of delegation", ICRC),
            person("Hadiza Moussa Abdou", "President", NRCS),
            person(
                "Aissata Hamani Boubacar",
                "Minister of Humanitarian Action and Disaster Management",
                NE_MAH,
            ),
        ],
        [
            rel(
                "agreement",
                [ICRC, NRCS],
                signatories=["Olivier Baumgartner", "Hadiza Moussa Abdou"],
                place="Niamey, Niger",
                date="2026-01-21",
                evidence="Cross (ICRC) and the Red Cross Society of Niger renewed on Wednesday",
            ),
            rel(
                "agreement",
                [ICRC, NRCS],
                date="2017",
                evidence="It replaces a framework first concluded in 2017",
            ),
            rel(
                "meeting",
                [ICRC, NE_MAH],
                date="2026-01-20",
                evidence="Baumgartner had met on Tuesday with Niger's Minister of",
            ),
            rel(
                "support",
                [WFP, NRCS],
                evidence="rations supplied by the World Food Programme to some 40,000 displaced",
            ),
            rel(
                "support",
                [AIRTEL, NRCS],
                evidence="financed the society's free emergency telephone line since 2023",
            ),
            rel(
                "mission",
                [ALGRC],
                place="Agadez, Niger",
                date="2026-01-17",
                evidence="In the north, an Algerian Red Crescent convoy of 12 trucks reached",
            ),
            rel(
                "donation",
                [ALGRC, NRCS],
                place="Agadez, Niger",
                date="2026-01-17",
                evidence="Agadez on Saturday. Its team handed over 45 tonnes of rice, flour",
            ),
        ],
    ),
    (
        "lf03_mali_food_insecurity_dref_update.txt",
        "2025-09-05",
        [
            org(MRCS, NS, "ML", "MRCS", "Croix-Rouge Malienne"),
            org(IFRC, MB, None, "IFRC", "IFRC Sahel Cluster Delegation"),
            org(SPRC, NS, "ES"),
            org(ORANGE_ML, CO, "ML"),
            org(ICRC, MB, None, "ICRC"),
            org(WFP, UN, None, "WFP"),
            org(CSA, GOV, "ML", "CSA"),
        ],
        [
            person("Nouhoum Maïga", "Secretary General", MRCS),
            person("Ingrid Søndergaard", "Head of the IFRC Sahel Cluster Delegation", IFRC),
            person("Aminata Diarra Coulibaly", "Deputy Commissioner", CSA),
        ],
        [
            rel(
                "support",
                [IFRC, MRCS],
                date="2025-07-18",
                evidence="allocated on 18 July from the IFRC's Disaster Response Emergency Fund supports the Mali Red Cross (MRCS)",
            ),
            rel(
                "mission",
                [SPRC],
                place="Ségou, Mali",
                date="2025-08-04",
                evidence="On 4 August the Spanish Red Cross deployed a cash and voucher assistance delegate to Ségou",
            ),
            rel(
                "support",
                [SPRC, MRCS],
                evidence="she is helping the MRCS set up its beneficiary database",
            ),
            rel(
                "donation",
                [ORANGE_ML, MRCS],
                date="2025-08-12",
                evidence="On 12 August Orange Mali donated 250 smartphones and six months of data bundles to the MRCS",
            ),
            rel(
                "support",
                [ICRC, MRCS],
                evidence="The ICRC continues to back the MRCS branches in Mopti and Timbuktu",
            ),
            rel(
                "meeting",
                [MRCS, IFRC, ICRC, WFP, CSA],
                place="Bamako, Mali",
                date="2025-08-21",
                evidence="met the ICRC, WFP and the Commissariat à la Sécurité Alimentaire (CSA) in Bamako",
            ),
            rel(
                "support",
                [MRCS, WFP],
                evidence="The MRCS distributes WFP nutrition supplements in Mopti",
            ),
            rel(
                "agreement",
                [MRCS, WFP],
                date="2023",
                evidence="under the field-level agreement it signed with WFP in 2023",
            ),
        ],
    ),
    (
        "lf04_dakar_sahel_forum_cash_network.txt",
        "2026-03-12",
        [
            org(SNRC, NS, "SN", "Senegalese Red Cross", "Croix-Rouge Sénégalaise"),
            org(MRCS, NS, "ML"),
            org(NRCS, NS, "NE"),
            org(BRCS, NS, "BF"),
            org(MAUR, NS, "MR"),
            org(CHAD, NS, "TD", "Chad society"),
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC", "Federation"),
            org(WFP, UN, None, "WFP"),
            org(CILSS, OTHER, None, "CILSS"),
            org(ARC, OTHER, None),
            org(SN_MFS, GOV, "SN"),
            org(ECOWAS, OTHER, None, "ECOWAS"),
            org(SONATEL, CO, "SN"),
        ],
        [
            person("Khady Ndiaye Faye", "Minister of Family and Solidarities", SN_MFS),
            person("Issa Boukary Tiendrébéogo", "Executive Secretary", CILSS),
            person("Catherine Mwale-Osei", "Regional Director for Africa", IFRC),
            person("Abdoulaye Ndiaye Sène", "President", SNRC),
            person("Mohamed Lemine Ould Cheikh", "President", MAUR),
        ],
        [
            rel(
                "participation",
                [CILSS, IFRC, SNRC, MRCS, NRCS, BRCS, MAUR, CHAD, ICRC, WFP, ARC, SN_MFS, ECOWAS],
                event="Regional Forum on Anticipatory Action in the Sahel",
                place="Dakar, Senegal",
                date="2026-03-09",
                evidence="It brought together the five founding societies, the Red Cross of Chad, the ICRC, the World Food Programme",
            ),
            rel(
                "alliance",
                [SNRC, MRCS, NRCS, BRCS, MAUR],
                place="Dakar, Senegal",
                date="2026-03-11",
                evidence="The national Red Cross and Red Crescent societies of Senegal, Mali, Niger, Burkina Faso and Mauritania on Wednesday declared a standing alliance",
            ),
            rel(
                "agreement",
                [CILSS, IFRC],
                signatories=["Issa Boukary Tiendrébéogo", "Catherine Mwale-Osei"],
                place="Dakar, Senegal",
                date="2026-03-10",
                evidence="put their signatures to a memorandum of understanding",
            ),
            rel(
                "meeting",
                [SNRC, MAUR],
                place="Dakar, Senegal",
                date="2026-03",
                evidence="held talks on joint preparedness for floods along the Senegal River valley",
            ),
            rel(
                "support",
                [SONATEL, SNRC],
                evidence="The telecoms operator Sonatel covered the travel and accommodation costs of 40 Senegalese Red Cross volunteers",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
