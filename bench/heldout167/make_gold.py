"""Gold annotations for held-out set 167 (prefix la): Central Africa (Cameroon, Gabonese, Congolese, Chad and Central African Red Cross; ECCAS, cholera, mpox, floods, displacement, UNHCR, WFP, UNICEF, oil and telecom companies).

la01 - press release (Yaoundé, 10 Sep 2025): CRC / UNICEF programme cooperation agreement signed "on Monday" (dateline-relative), IFRC DREF release in July as support, CRC leaders received by the Minister of Public Health "on Tuesday" (meeting), background 2023 framework agreement with MINSANTE, Croix-Rouge française backing treatment units (named in French, support), Orange Cameroun hygiene kits handed over "on Friday" to a regional committee (donation to the society); traps: IFRC head of cluster delegation and unnamed ambassadors only attended, partner National Societies generic, Governor named only by title, Cameroon Tribune cited as source, Red Cross of Chad protocol only expected, WHO vaccination campaign only discussed, "About" boilerplate, media contact (named person with post: counted).
la02 - wire story with hard line breaks (N'DJAMENA, Feb 11, 2026): UNHCR paying for water trucking (passive), Swiss RC financing trucks, talks of the CRT president with the WFP country director "on Tuesday", QRCS convoy reaching Adré "on Sunday" (mission) and its goods handed over to the society's branch (donation), background ICRC partnership framework agreement renewed in 2024; traps: minister's visit postponed (person and employer counted, no relation), MSF mere co-mention, WFP ration-cut warning conditional, WFP / Sudanese Red Crescent only hoped for, unnamed spokesperson and ministry official, prefect named only by title, Alwihda Info and the wire agency itself as sources, reporting/editing credits.
la03 - IFRC-style DREF operation update, Republic of Congo floods with mpox (issued 12 Jan 2026): IFRC DREF support (acronym before the long form), UNICEF delivery of tablets and nets, Eni Congo fuel donation, IFRC head of cluster delegation visit and meeting with the CRC leadership in Brazzaville, background 2021 UNHCR partnership agreement ("that year"), French RC seconding nurses, Cameroon RC sending an RDRT member to Impfondo (mission); traps: ICRC has no operations (co-mention), Partner National Societies generic, Belgian RC only expressed interest, ministry / WHO / MSF co-mention, Prefect named only by title, boat request only under discussion, budget revision conditional, ECHO only approached, contact block with titles only.
la04 - local news with byline (published 27 Mar 2026): Second ECCAS Regional Forum in Libreville (one participation of twelve organisations, co-organisers and ministry included), five-society network launched "yesterday", Gabonese RC / Airtel Gabon partnership agreement signed "on Wednesday", background 2019 ECCAS Commission / IFRC MoU, Perenco Gabon meeting the society's costs (support), IFRC regional director received by the Minister of Health "the same day", sideline meeting of the Central African RC and Chad RC secretaries general; traps: byline, DRC Red Cross attended but did not join the network (not to be confused with the Congolese Red Cross of Brazzaville), Equatorial Guinea RC invited but absent, TotalEnergies only approached, CAR/Chad agreement only wished-for, UNICEF / Congolese RC agreement only discussed, ICRC delegation head named only by title, ECCAS strategy alignment only intended, AFP cited as source, next forum only scheduled.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

CMRC = "Cameroon Red Cross Society"
GARC = "Gabonese Red Cross Society"
CGRC = "Congolese Red Cross"
TDRC = "Red Cross of Chad"
CFRC = "Central African Red Cross Society"
DRCRC = "Red Cross of the Democratic Republic of the Congo"
FRC = "French Red Cross"
SWRC = "Swiss Red Cross"
QRCS = "Qatar Red Crescent Society"
UNICEF = "United Nations Children's Fund"
UNHCR = "United Nations High Commissioner for Refugees"
WFP = "World Food Programme"
WHO = "World Health Organization"
ECCAS = "Economic Community of Central African States"
MINSANTE = "Ministry of Public Health"
MOPH_TD = "Ministry of Public Health"
MOH_GA = "Ministry of Health"
ORANGE = "Orange Cameroun"
ENI = "Eni Congo"
AIRTEL = "Airtel Gabon"
PERENCO = "Perenco Gabon"

DOCS = [
    (
        "la01_cameroon_unicef_cholera.txt",
        "2025-09-10",
        [
            org(CMRC, NS, "CM", "Cameroon Red Cross", "Croix-Rouge camerounaise", "CRC"),
            org(UNICEF, UN, None, "UNICEF"),
            org(IFRC, MB, None, "IFRC"),
            org(MINSANTE, GOV, "CM", "MINSANTE"),
            org(FRC, NS, "FR", "Croix-Rouge française"),
            org(ORANGE, CO, "CM"),
        ],
        [
            person("Marthe Ngo Bissou", "Secretary General", CMRC),
            person("Nathalie Ferreira-Lang", "UNICEF Representative in Cameroon", UNICEF),
            person(
                "Olusegun Adebayo",
                "Head of the IFRC Country Cluster Delegation for Central Africa",
                IFRC,
            ),
            person("Emmanuel Ndjock Abanda", "President", CMRC),
            person("Hamadou Bakary Djoda", "Minister of Public Health", MINSANTE),
            person("Camille Roussel", "Head of the French Red Cross delegation in Cameroon", FRC),
            person(
                "Jean-Claude Essomba Ateba", "President of the Littoral regional committee", CMRC
            ),
            person("Rodrigue Fotso Kamga", "Communication Officer", CMRC),
        ],
        [
            rel(
                "agreement",
                [CMRC, UNICEF],
                signatories=["Marthe Ngo Bissou", "Nathalie Ferreira-Lang"],
                place="Yaoundé, Cameroon",
                date="2025-09-08",
                evidence="The Cameroon Red Cross Society (Croix-Rouge camerounaise, CRC) and the United Nations Children's Fund (UNICEF) on Monday signed a one-year programme cooperation agreement",
            ),
            rel(
                "support",
                [IFRC, CMRC],
                date="2025-07",
                evidence="the IFRC released CHF 298,112 from its Disaster Response Emergency Fund (DREF) to support the CRC's cholera operation in the Far North",
            ),
            rel(
                "meeting",
                [CMRC, MINSANTE],
                date="2025-09-09",
                evidence="were received by the Minister of Public Health, Dr. Hamadou Bakary Djoda",
            ),
            rel(
                "agreement",
                [CMRC, MINSANTE],
                date="2023",
                evidence="a framework agreement the CRC concluded with the Ministry of Public Health (MINSANTE) in 2023",
            ),
            rel(
                "support",
                [FRC, CMRC],
                evidence="the Croix-Rouge française continues to back the National Society's two cholera treatment units with medical staff and supplies",
            ),
            rel(
                "donation",
                [ORANGE, CMRC],
                place="Douala, Cameroon",
                date="2025-09-05",
                evidence="the telecommunications operator Orange Cameroun handed over 3,000 family hygiene kits to the CRC's Littoral regional committee in Douala",
            ),
        ],
    ),
    (
        "la02_chad_adre_refugees.txt",
        "2026-02-11",
        [
            org(TDRC, NS, "TD", "Chad Red Cross"),
            org(UNHCR, UN, None, "UNHCR", "UN refugee agency"),
            org(SWRC, NS, "CH"),
            org(WFP, UN, None, "WFP"),
            org(QRCS, NS, "QA"),
            org(ICRC, MB, None, "ICRC"),
            org(MOPH_TD, GOV, "TD"),
        ],
        [
            person("Khadidja Moussa Adoum", "Secretary General", TDRC),
            person("Mahamat Abakar Hissein", "President", TDRC),
            person("Ingrid Solberg Haaland", "Country Director for Chad", WFP),
            person("Khalid Saad Al-Mansouri", "Head of the Qatari team", QRCS),
            person("Brahim Ousmane Itno", "Minister of Public Health", MOPH_TD),
        ],
        [
            rel(
                "support",
                [UNHCR, TDRC],
                evidence="spontaneous sites, is being paid for by the UN refugee agency UNHCR,",
            ),
            rel(
                "support",
                [SWRC, TDRC],
                evidence="The Swiss Red Cross has financed two of the 11 trucks since December,",
            ),
            rel(
                "meeting",
                [TDRC, WFP],
                place="N'Djamena, Chad",
                date="2026-02-10",
                evidence="On Tuesday, the Red Cross of Chad's president, Mahamat Abakar",
            ),
            rel(
                "mission",
                [QRCS],
                place="Adré, Chad",
                date="2026-02-08",
                evidence="A convoy of the Qatar Red Crescent Society reached Adré on Sunday",
            ),
            rel(
                "donation",
                [QRCS, TDRC],
                place="Adré, Chad",
                date="2026-02-08",
                evidence="tonnes of food parcels and shelter kits, which were handed over to",
            ),
            rel(
                "agreement",
                [ICRC, TDRC],
                date="2024",
                evidence="society in the east under a partnership framework agreement renewed in",
            ),
        ],
    ),
    (
        "la03_congo_likouala_floods_dref.txt",
        "2026-01-12",
        [
            org(CGRC, NS, "CG", "Croix-Rouge congolaise", "CRC"),
            org(IFRC, MB, None, "IFRC"),
            org(UNICEF, UN, None, "UNICEF"),
            org(ENI, CO, "CG"),
            org(UNHCR, UN, None, "UNHCR"),
            org(FRC, NS, "FR"),
            org(CMRC, NS, "CM"),
        ],
        [
            person(
                "Olusegun Adebayo",
                "Head of the IFRC Country Cluster Delegation for Central Africa",
                IFRC,
            ),
            person("Jean-Félix Mabiala Nkounkou", "President", CGRC),
            person("Prisca Moukoko Ibara", "Secretary General", CGRC),
            person("Boris Tchoumi Wandji", "Regional Disaster Response Team member", CMRC),
        ],
        [
            rel(
                "support",
                [IFRC, CGRC],
                date="2025-11-24",
                evidence="The IFRC approved a DREF allocation of CHF 389,640 on 24 November to support the Congolese Red Cross (CRC)",
            ),
            rel(
                "donation",
                [UNICEF, CGRC],
                place="Impfondo, Congo",
                date="2025-12-09",
                evidence="On 9 December, UNICEF delivered 40,000 water purification tablets and 2,500 long-lasting insecticidal nets to the CRC warehouse in Impfondo",
            ),
            rel(
                "donation",
                [ENI, CGRC],
                evidence="Eni Congo donated 6,000 litres of fuel for the three motorboats used by the National Society",
            ),
            rel(
                "meeting",
                [IFRC, CGRC],
                place="Brazzaville, Congo",
                date="2025-12-04",
                evidence="visited the National Society's headquarters in Brazzaville, where he met CRC President Jean-Félix Mabiala Nkounkou",
            ),
            rel(
                "agreement",
                [CGRC, UNHCR],
                date="2021",
                evidence="under a partnership agreement the National Society signed with UNHCR that year",
            ),
            rel(
                "support",
                [FRC, CGRC],
                evidence="has seconded two nurses to the operation and made its Impfondo base available to the teams",
            ),
            rel(
                "mission",
                [CMRC],
                place="Impfondo, Congo",
                date="2025-11-28",
                evidence="The Cameroon Red Cross Society sent one of its Regional Disaster Response Team (RDRT) members",
            ),
        ],
    ),
    (
        "la04_libreville_eccas_forum_network.txt",
        "2026-03-27",
        [
            org(GARC, NS, "GA", "Gabonese Red Cross", "Croix-Rouge gabonaise"),
            org(CMRC, NS, "CM"),
            org(CGRC, NS, "CG"),
            org(TDRC, NS, "TD"),
            org(CFRC, NS, "CF"),
            org(DRCRC, NS, "CD", "DRC society"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(WHO, UN, None),
            org(UNICEF, UN, None, "UNICEF"),
            org(
                ECCAS,
                OTHER,
                None,
                "ECCAS",
                "CEEAC",
                "ECCAS Commission",
                "Commission of the Economic Community of Central African States",
            ),
            org(MOH_GA, GOV, "GA", "Gabon's Ministry of Health"),
            org(AIRTEL, CO, "GA"),
            org(PERENCO, CO, "GA"),
        ],
        [
            person("Rose-Marie Nzé Obame", "President", GARC),
            person(
                "Théodore Mbadinga Koumba",
                "Commissioner for Gender, Human and Social Development",
                ECCAS,
            ),
            person("Karim Diallo Sow", "Managing Director", AIRTEL),
            person("Christine Okwara Mensah", "Regional Director for Africa", IFRC),
            person("Guy-Patrick Obiang Ndong", "Minister of Health", MOH_GA),
            person("Évariste Yakoma Ndoubala", "Secretary General", CFRC),
            person("Khadidja Moussa Adoum", "Secretary General", TDRC),
            person("Marthe Ngo Bissou", "Secretary General", CMRC),
        ],
        [
            rel(
                "participation",
                [GARC, CMRC, CGRC, TDRC, CFRC, DRCRC, IFRC, ICRC, WHO, UNICEF, ECCAS, MOH_GA],
                event="Second ECCAS Regional Forum on Humanitarian and Epidemic Preparedness",
                place="Libreville, Gabon",
                date="2026-03-24",
                evidence="Apart from the five founding societies, delegations came from the Red Cross of the Democratic Republic of the Congo",
            ),
            rel(
                "alliance",
                [GARC, CMRC, CGRC, TDRC, CFRC],
                place="Libreville, Gabon",
                date="2026-03-26",
                evidence="The Central Africa Red Cross Epidemic Response Network groups the Gabonese Red Cross Society, the Cameroon Red Cross Society, the Congolese Red Cross, the Red Cross of Chad and the Central African Red Cross Society.",
            ),
            rel(
                "agreement",
                [ECCAS, IFRC],
                date="2019",
                evidence="the ECCAS Commission and the IFRC have worked together under a memorandum of understanding signed in 2019",
            ),
            rel(
                "agreement",
                [GARC, AIRTEL],
                signatories=["Rose-Marie Nzé Obame", "Karim Diallo Sow"],
                place="Libreville, Gabon",
                date="2026-03-25",
                evidence="On Wednesday, the Gabonese Red Cross and the mobile operator Airtel Gabon signed a partnership agreement",
            ),
            rel(
                "support",
                [PERENCO, GARC],
                evidence="The Gabonese society's share of the forum's costs was met by the oil company Perenco Gabon",
            ),
            rel(
                "meeting",
                [IFRC, MOH_GA],
                place="Libreville, Gabon",
                date="2026-03-25",
                evidence="was received the same day by Gabon's Minister of Health, H.E. Dr. Guy-Patrick Obiang Ndong",
            ),
            rel(
                "meeting",
                [CFRC, TDRC],
                place="Libreville, Gabon",
                evidence="and his Chadian counterpart, Khadidja Moussa Adoum, met to discuss the reception of families displaced",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
