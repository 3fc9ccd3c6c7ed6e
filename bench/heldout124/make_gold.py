"""Gold annotations for held-out set 124 (prefix gh): West and Central Africa.

gh01 - Nigerian newspaper report (Yola): NRCS-ADSEMA MoU "on Tuesday", honorifics (Alhaji, Prof. (Mrs.),
       Hon. Justice (rtd), Engr.), courtesy visit, ICRC kit donation, background 2023 NEMA agreement,
       "represented by" official, plan to approach UNICEF (not a relation), NAN cited as source.
gh02 - Senegalese Red Cross press release in literal translation from French: framework agreement with
       ministry, background 2021 protocol with former ministry, AFD funding + French Red Cross technical
       support, WFP donation, three-party audience with IFRC, press contact, "About" boilerplate.
gh03 - DRC cholera operation update: DREF allocation, donor list (British RC, Government of Japan via
       embassy, Belgian RC in-kind, UNICEF), letter of agreement with UNICEF, WHO/Africa CDC supporting
       the Ministry, CRRDC-MSF coordination meeting, vaccination campaign only planned, contacts block.
gh04 - IFRC news story on an Abuja regional forum: long participant list, ECOWAS-IFRC MoU with
       signatories, tripartite SG meeting (Mali/Niger/Burkina), background 2024 DREF for NRCS, DG ECHO
       funding to IFRC, ECCAS absent and only hoping to sign (no relation), working group planned.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

NRCS = "Nigerian Red Cross Society"
ADSEMA = "Adamawa State Emergency Management Agency"
NEMA = "National Emergency Management Agency"
CRS = "Senegalese Red Cross Society"
MFS = "Ministry of Family and Solidarities"
CRRDC = "Red Cross of the Democratic Republic of the Congo"
MOH_CD = "Ministry of Public Health, Hygiene and Social Welfare"
ECOWAS = "ECOWAS Commission"

DOCS = [
    (
        "gh01_adamawa_flood_mou.txt",
        "2025-06-18",
        [
            org(NRCS, NS, "NG", "NRCS"),
            org(ADSEMA, GOV, "NG", "ADSEMA"),
            org("Adamawa State Government", GOV, "NG", "Adamawa State"),
            org(ICRC, MB, None, "ICRC"),
            org(NEMA, GOV, "NG", "NEMA"),
        ],
        [
            person("Ibrahim Danladi Waziri", "Secretary-General", NRCS),
            person("Haruna Bello Gombi", "Executive Secretary", ADSEMA),
            person("Esther Lami Dauda", "Deputy Governor", "Adamawa State Government"),
            person("Tobias Lindqvist", "Head of the ICRC Sub-Delegation in Yola", ICRC),
            person("Aisha Mohammed Gella", "Chairman of the Adamawa State Branch", NRCS),
            person("Yakubu Sani Maidugu", "North-East Zonal Coordinator", NEMA),
            person("Patience Audu", "Head of the Yola Operations Office", NEMA),
        ],
        [
            rel(
                "agreement",
                [NRCS, ADSEMA],
                signatories=["Ibrahim Danladi Waziri", "Haruna Bello Gombi"],
                place="Yola, Nigeria",
                date="2025-06-17",
                evidence="The MoU was signed on Tuesday at the Government House, Yola, by the Secretary-General of the NRCS",
            ),
            rel(
                "meeting",
                [NRCS, "Adamawa State Government"],
                place="Yola, Nigeria",
                date="2025-06-17",
                evidence="the Red Cross delegation had paid a courtesy visit to the Deputy Governor in her office",
            ),
            rel(
                "agreement",
                [NRCS, NEMA],
                date="2023",
                evidence="the NRCS had signed a similar agreement with the National Emergency Management Agency (NEMA) in 2023",
            ),
            rel(
                "donation",
                [ICRC, NRCS],
                place="Yola, Nigeria",
                date="2025-06-17",
                evidence="the International Committee of the Red Cross (ICRC) handed over 2,500 household kits",
            ),
            rel(
                "donation",
                [NEMA, ADSEMA],
                date="2025-05",
                evidence="NEMA had last month donated 40 inflatable rescue boats and 600 life jackets to ADSEMA",
            ),
        ],
    ),
    (
        "gh02_senegal_lean_season_agreement.txt",
        "2025-03-13",
        [
            org(CRS, NS, "SN", "CRS", "Croix-Rouge Sénégalaise", "Senegalese Red Cross"),
            org(MFS, GOV, "SN", "the Ministry"),
            org("Ministry of Community Development, National Solidarity and Equity", GOV, "SN"),
            org("French Development Agency", GOV, "FR", "Agence Française de Développement", "AFD"),
            org("French Red Cross", NS, "FR"),
            org("World Food Programme", UN, None, "WFP"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Aminata Sow Faye", "National President", CRS),
            person("Mariama Ndiaye Thiam", "Minister of Family and Solidarities", MFS),
            person("Cheikh Tidiane Mbengue", "Secretary General", MFS),
            person(
                "Olivier Kaboré", "Head of the IFRC Country Cluster Delegation for the Sahel", IFRC
            ),
            person("Mamadou Lamine Diallo", "Secretary General", CRS),
            person("Fatou Binetou Ndao", "Communication Officer", CRS),
        ],
        [
            rel(
                "agreement",
                [CRS, MFS],
                signatories=["Aminata Sow Faye", "Mariama Ndiaye Thiam"],
                place="Dakar, Senegal",
                date="2025-03-12",
                evidence="proceeded to the signature of a framework agreement of partnership",
            ),
            rel(
                "agreement",
                [CRS, "Ministry of Community Development, National Solidarity and Equity"],
                date="2021",
                evidence="the protocol which had been concluded in 2021 between the CRS and the former Ministry of Community Development, National Solidarity and Equity",
            ),
            rel(
                "support",
                ["French Development Agency", CRS],
                evidence="with the financing of the French Development Agency (Agence Française de Développement – AFD)",
            ),
            rel(
                "support",
                ["French Red Cross", CRS],
                evidence="the technical support of the French Red Cross",
            ),
            rel(
                "donation",
                ["World Food Programme", CRS],
                evidence="the World Food Programme (WFP) donated to the CRS 450 tonnes of fortified flour",
            ),
            rel(
                "meeting",
                [MFS, IFRC, CRS],
                place="Dakar, Senegal",
                date="2025-03-12",
                evidence="the Minister had received in audience a delegation of the International Federation of Red Cross and Red Crescent Societies (IFRC)",
            ),
        ],
    ),
    (
        "gh03_drc_cholera_update.txt",
        "2025-08-14",
        [
            org(
                CRRDC,
                NS,
                "CD",
                "CRRDC",
                "Croix-Rouge de la République Démocratique du Congo",
                "Red Cross of the DRC",
            ),
            org(IFRC, MB, None, "IFRC"),
            org(MOH_CD, GOV, "CD", "the Ministry"),
            org("British Red Cross", NS, "GB"),
            org("Government of Japan", GOV, "JP"),
            org("Belgian Red Cross (French-speaking Community)", NS, "BE", "Belgian Red Cross"),
            org("UNICEF", UN, None),
            org("World Health Organization", UN, None, "WHO"),
            org("Africa Centres for Disease Control and Prevention", OTHER, None, "Africa CDC"),
            org("Médecins Sans Frontières", NGO, None, "MSF"),
        ],
        [
            person("Rachel Mbuyi Kasongo", "Head of Health", CRRDC),
            person("Célestin Bofaya Nkoso", "Secretary General", CRRDC),
            person("Hanna Sørensen", "Head of Delegation", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, CRRDC],
                date="2025-07-03",
                evidence="an allocation of CHF 498,760 from the IFRC Disaster Response Emergency Fund (DREF) on 3 July 2025",
            ),
            rel(
                "support",
                [IFRC, CRRDC],
                evidence="continues to provide technical, logistics and financial management support to the CRRDC",
            ),
            rel(
                "donation",
                ["British Red Cross", CRRDC],
                evidence="the British Red Cross contributed CHF 150,000 towards community-based surveillance in Tshopo",
            ),
            rel(
                "donation",
                ["Government of Japan", CRRDC],
                evidence="the Government of Japan, through its Embassy in Kinshasa, provided USD 300,000",
            ),
            rel(
                "donation",
                ["Belgian Red Cross (French-speaking Community)", CRRDC],
                evidence="shipped 12 tonnes of HTH chlorine and two water treatment units",
            ),
            rel(
                "donation",
                ["UNICEF", CRRDC],
                evidence="UNICEF handed over 40,000 family hygiene kits to the CRRDC provincial branches",
            ),
            rel(
                "agreement",
                [CRRDC, "UNICEF"],
                date="2025-06",
                evidence="the letter of agreement the CRRDC signed with UNICEF in June 2025",
            ),
            rel(
                "support",
                ["World Health Organization", MOH_CD],
                evidence="The World Health Organization (WHO) is supporting the Ministry's Emergency Operations Centre",
            ),
            rel(
                "support",
                ["Africa Centres for Disease Control and Prevention", MOH_CD],
                evidence="has deployed eight epidemiologists to support the Ministry's provincial health divisions",
            ),
            rel(
                "meeting",
                [CRRDC, "Médecins Sans Frontières"],
                place="Kisangani, Democratic Republic of the Congo",
                date="2025-08-06",
                evidence="On 6 August, the CRRDC and Médecins Sans Frontières (MSF) held a coordination meeting in Kisangani",
            ),
        ],
    ),
    (
        "gh04_abuja_anticipatory_action_forum.txt",
        "2025-10-24",
        [
            org(ECOWAS, OTHER, None, "ECOWAS"),
            org(IFRC, MB, None, "IFRC"),
            org(NEMA, GOV, "NG", "NEMA"),
            org(NRCS, NS, "NG"),
            org("Ghana Red Cross Society", NS, "GH"),
            org(CRS, NS, "SN"),
            org("Mali Red Cross", NS, "ML"),
            org("Red Cross Society of Niger", NS, "NE"),
            org("Burkina Faso Red Cross Society", NS, "BF"),
            org("Cameroon Red Cross Society", NS, "CM"),
            org(ICRC, MB, None, "ICRC"),
            org("Red Cross Red Crescent Climate Centre", OTHER, None),
            org("World Food Programme", UN, None, "WFP"),
            org("UN Office for the Coordination of Humanitarian Affairs", UN, None, "OCHA"),
            org("Food and Agriculture Organization", UN, None, "FAO"),
            org("Africa Centres for Disease Control and Prevention", OTHER, None, "Africa CDC"),
            org(
                "African Risk Capacity Group",
                OTHER,
                None,
                "African Risk Capacity (ARC) Group",
                "ARC",
            ),
            org("Start Network", NGO, None),
            org(
                "Directorate-General for European Civil Protection and Humanitarian Aid Operations",
                OTHER,
                None,
                "DG ECHO",
            ),
        ],
        [
            person("Olumide Adeyemi-Bakare", "Director-General", NEMA),
            person(
                "Fatimata Zongo-Ouédraogo",
                "Commissioner for Human Development and Social Affairs",
                ECOWAS,
            ),
            person("Kwabena Owusu-Darko", "Regional Director for Africa", IFRC),
            person("Boubacar Traoré Keïta", "Secretary General", "Mali Red Cross"),
            person("Issoufou Maman Sani", "Secretary General", "Red Cross Society of Niger"),
            person(
                "Rasmata Kaboré-Sawadogo", "Secretary General", "Burkina Faso Red Cross Society"
            ),
            person("Ngozi Eze-Okafor", "Communications Manager", IFRC),
        ],
        [
            rel(
                "participation",
                [
                    ECOWAS,
                    IFRC,
                    NEMA,
                    NRCS,
                    "Ghana Red Cross Society",
                    CRS,
                    "Mali Red Cross",
                    "Red Cross Society of Niger",
                    "Burkina Faso Red Cross Society",
                    "Cameroon Red Cross Society",
                    ICRC,
                    "Red Cross Red Crescent Climate Centre",
                    "World Food Programme",
                    "UN Office for the Coordination of Humanitarian Affairs",
                    "Food and Agriculture Organization",
                    "Africa Centres for Disease Control and Prevention",
                    "African Risk Capacity Group",
                    "Start Network",
                ],
                event="Regional Forum on Anticipatory Action in West and Central Africa",
                place="Abuja, Nigeria",
                date="2025-10",
                evidence="gathered in Abuja from 21 to 23 October for the Regional Forum on Anticipatory Action in West and Central Africa",
            ),
            rel(
                "agreement",
                [ECOWAS, IFRC],
                signatories=["Fatimata Zongo-Ouédraogo", "Kwabena Owusu-Darko"],
                place="Abuja, Nigeria",
                date="2025-10-22",
                evidence="the ECOWAS Commission and the IFRC signed a Memorandum of Understanding on disaster risk management and anticipatory action",
            ),
            rel(
                "meeting",
                ["Mali Red Cross", "Red Cross Society of Niger", "Burkina Faso Red Cross Society"],
                place="Abuja, Nigeria",
                date="2025-10",
                evidence="held a tripartite meeting on cross-border preparedness in the Liptako-Gourma area",
            ),
            rel(
                "support",
                [IFRC, NRCS],
                date="2024",
                evidence="That activation was financed by the IFRC's Disaster Response Emergency Fund (DREF).",
            ),
            rel(
                "support",
                [
                    "Directorate-General for European Civil Protection and Humanitarian Aid Operations",
                    IFRC,
                ],
                evidence="with funding from the European Union's Directorate-General for European Civil Protection and Humanitarian Aid Operations (DG ECHO) to the IFRC",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
