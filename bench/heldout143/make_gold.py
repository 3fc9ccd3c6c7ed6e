"""Gold annotations for held-out set 143 (prefix kc): the Sahel and West Africa (Mali, Burkina Faso, Niger, Senegal; ECOWAS, WFP).

kc01 - press release, Bamako: Mali Red Cross / WFP agreement signed "yesterday" (resolve vs dateline); a ministry official attends but does not sign; funding by the German Federal Foreign Office; 2021 IFRC agreement as background; extension to Timbuktu/Gao is only a hope; media contact is a named official.
kc02 - wire copy with hard line breaks, Niamey: Turkish Red Crescent donation "on Tuesday"; ICRC-ministry talks "on Monday"; WFP funding since 2023 as background; news agency ANP cited (not an org); Qatar Red Crescent only invited (no relation, not listed); reporter/editor bylines; generic "partner National Societies and UN agencies".
kc03 - blog/feature, Kaya: byline with IFRC post (not a person); Swiss RC funding; Netherlands RC team sent to Kaya (mission); declared standing alliance CRBF/ACF/NRC last year; IFRC appeal support; IFRC regional director visit = meeting; fourth clinic only hoped for; unnamed donors.
kc04 - conference report, Dakar: one participation relation for the forum (last Tuesday); Gambia Red Cross only invited (excluded); ECOWAS-IFRC MoU renewal on the margins with SRC president present but not signing; WFP separate bilateral talks with Mali RC and Niger RC; ministry co-financing for host; proposals (regional reserve, next forum in Niamey) are not relations.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

WFP = "World Food Programme"
CRM = "Mali Red Cross"
CRN = "Red Cross Society of Niger"
CRBF = "Burkina Faso Red Cross Society"
SRC = "Senegalese Red Cross Society"
ECOWAS = "Commission of the Economic Community of West African States"

DOCS = [
    (
        "kc01_mali_wfp_lean_season.txt",
        "2025-03-14",
        [
            org(CRM, NS, "ML", "Croix-Rouge malienne"),
            org(WFP, UN, None, "WFP", "United Nations World Food Programme"),
            org("Ministry of Health and Social Development", GOV, "ML"),
            org("German Federal Foreign Office", GOV, "DE"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Aminata Traoré Coulibaly", "Secretary General", CRM),
            person("Jonas Halvorsen", "WFP Representative and Country Director in Mali", WFP),
            person(
                "Oumar Sidibé",
                "National Director of Social Development",
                "Ministry of Health and Social Development",
            ),
            person("Mariam Keïta", "Communications Officer", CRM),
        ],
        [
            rel(
                "agreement",
                [CRM, WFP],
                signatories=["Aminata Traoré Coulibaly", "Jonas Halvorsen"],
                place="Bamako, Mali",
                date="2025-03-13",
                evidence="The agreement was signed at the WFP country office in Bamako by Aminata Traoré "
                "Coulibaly, Secretary General of the Mali Red Cross, and Jonas Halvorsen, WFP "
                "Representative and Country Director in Mali.",
            ),
            rel(
                "support",
                ["German Federal Foreign Office", CRM],
                evidence="The Mali Red Cross component of the programme is funded by the German Federal "
                "Foreign Office",
            ),
            rel(
                "agreement",
                [CRM, IFRC],
                date="2021",
                evidence="the cooperation agreement the Mali Red Cross concluded with the International "
                "Federation of Red Cross and Red Crescent Societies (IFRC) in 2021",
            ),
        ],
    ),
    (
        "kc02_niger_flood_parcels.txt",
        "2025-07-09",
        [
            org("Turkish Red Crescent", NS, "TR"),
            org(CRN, NS, "NE", "CRN"),
            org(WFP, UN, None),
            org(ICRC, MB, None, "ICRC"),
            org("Ministry of Humanitarian Action and Disaster Management", GOV, "NE"),
        ],
        [
            person("Abdoulaye Moussa Hamidou", "President", CRN),
            person("Kerem Aydın", "Head of Delegation in Niger", "Turkish Red Crescent"),
            person("Sofia Brandt", "Head of Delegation in Niger", ICRC),
            person(
                "Aïssata Boubacar Issoufou",
                "Minister of Humanitarian Action and Disaster Management",
                "Ministry of Humanitarian Action and Disaster Management",
            ),
        ],
        [
            rel(
                "donation",
                ["Turkish Red Crescent", CRN],
                place="Niamey, Niger",
                date="2025-07-08",
                evidence="The Turkish Red Crescent on Tuesday\nhanded over 2,500 food parcels and 800 "
                "hygiene kits to the Red\nCross Society of Niger (CRN)",
            ),
            rel(
                "support",
                [WFP, CRN],
                date="2023",
                evidence="The World Food Programme, which has funded cash transfers\nimplemented by CRN "
                "volunteers in Dosso since 2023",
            ),
            rel(
                "meeting",
                [ICRC, "Ministry of Humanitarian Action and Disaster Management"],
                date="2025-07-07",
                evidence="Sofia Brandt, held talks on Monday\nwith the Minister of Humanitarian Action and "
                "Disaster Management",
            ),
        ],
    ),
    (
        "kc03_kaya_mobile_clinics.txt",
        "2025-05-22",
        [
            org(CRBF, NS, "BF", "Burkina Faso Red Cross"),
            org("Swiss Red Cross", NS, "CH"),
            org("Netherlands Red Cross", NS, "NL"),
            org("Action contre la Faim", NGO, "FR", "ACF"),
            org("Norwegian Refugee Council", NGO, "NO", "NRC"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Awa Sawadogo", "Mobile clinic coordinator", CRBF),
            person("Salif Compaoré", "Branch head", CRBF),
            person("Daniel Okafor-Ndiaye", "Regional Director for Africa", IFRC),
        ],
        [
            rel(
                "support",
                ["Swiss Red Cross", CRBF],
                date="2025-01",
                evidence="The clinics run thanks to the Swiss Red Cross, which since January has funded "
                "three mobile teams operated by the Burkina Faso Red Cross",
            ),
            rel(
                "mission",
                ["Netherlands Red Cross"],
                place="Kaya, Burkina Faso",
                date="2025-04",
                evidence="In April the Netherlands Red Cross sent a four-person water and sanitation team "
                "to Kaya",
            ),
            rel(
                "alliance",
                [CRBF, "Action contre la Faim", "Norwegian Refugee Council"],
                place="Kaya, Burkina Faso",
                date="2024",
                evidence="Last year the Burkina Faso Red Cross, Action contre la Faim (ACF) and the "
                "Norwegian Refugee Council (NRC) declared a standing operational alliance in Kaya",
            ),
            rel(
                "support",
                [IFRC, CRBF],
                date="2025-02",
                evidence="An IFRC emergency appeal has supported the National Society's measles response "
                "since February",
            ),
            rel(
                "meeting",
                [IFRC, CRBF],
                place="Ouagadougou, Burkina Faso",
                date="2025-03",
                evidence="When Daniel Okafor-Ndiaye, the IFRC's Regional Director for Africa, visited the "
                "Burkina Faso Red Cross headquarters in Ouagadougou in March",
            ),
        ],
    ),
    (
        "kc04_dakar_anticipatory_forum.txt",
        "2025-11-21",
        [
            org(SRC, NS, "SN", "Senegalese Red Cross"),
            org(CRM, NS, "ML"),
            org(CRN, NS, "NE", "Niger Red Cross"),
            org(CRBF, NS, "BF"),
            org("Mauritanian Red Crescent", NS, "MR"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(WFP, UN, None, "WFP"),
            org(ECOWAS, OTHER, None, "ECOWAS Commission", "ECOWAS"),
            org("Ministry of Family and Solidarities", GOV, "SN"),
        ],
        [
            person(
                "Khady Ndiaye Faye",
                "Minister of Family and Solidarities",
                "Ministry of Family and Solidarities",
            ),
            person("Ibrahima Diop", "President", SRC),
            person(
                "Fatou Sarr Diagne", "Commissioner for Human Development and Social Affairs", ECOWAS
            ),
            person("Mamadou Bâ Touré", "Head of Delegation for the Sahel", IFRC),
            person("Catherine Lemaire", "Regional Director for Western Africa", WFP),
            person("Sidi Mohamed Ould Cheikh", "Secretary General", "Mauritanian Red Crescent"),
            person("Julien Marchetti", "Delegate", ICRC),
        ],
        [
            rel(
                "participation",
                [
                    SRC,
                    CRM,
                    CRN,
                    CRBF,
                    "Mauritanian Red Crescent",
                    IFRC,
                    ICRC,
                    WFP,
                    ECOWAS,
                    "Ministry of Family and Solidarities",
                ],
                event="Regional Forum on Anticipatory Action in the Sahel",
                place="Dakar, Senegal",
                date="2025-11-18",
                evidence="gathered in Dakar last Tuesday for the Regional Forum on Anticipatory Action in "
                "the Sahel, a one-day meeting hosted by the Senegalese Red Cross Society",
            ),
            rel(
                "support",
                ["Ministry of Family and Solidarities", SRC],
                place="Dakar, Senegal",
                date="2025-11-18",
                evidence="The Ministry of Family and Solidarities helped finance the event, covering venue and interpretation costs "
                "for the host National Society.",
            ),
            rel(
                "agreement",
                [ECOWAS, IFRC],
                signatories=["Fatou Sarr Diagne", "Mamadou Bâ Touré"],
                place="Dakar, Senegal",
                date="2025-11-18",
                evidence="the ECOWAS Commission and the IFRC renewed their memorandum of understanding on "
                "disaster risk management",
            ),
            rel(
                "meeting",
                [WFP, CRM],
                place="Dakar, Senegal",
                date="2025-11-18",
                evidence="WFP's Regional Director for Western Africa, Catherine Lemaire, also held separate "
                "talks with the Mali Red Cross and Niger Red Cross delegations",
            ),
            rel(
                "meeting",
                [WFP, CRN],
                place="Dakar, Senegal",
                date="2025-11-18",
                evidence="WFP's Regional Director for Western Africa, Catherine Lemaire, also held separate "
                "talks with the Mali Red Cross and Niger Red Cross delegations",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
