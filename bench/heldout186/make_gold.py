"""Gold annotations for held-out set 186 (prefix mx): Mexico and Central America (Mexican Red Cross, Guatemalan Red Cross, Honduran Red Cross, Costa Rican Red Cross, Red Cross Society of Panama, Salvadorean Red Cross Society; national civil protection agencies, CEPREDENAC, ECHO, CABEI, the IDB, UNICEF, IOM, UNHCR, the ICRC regional delegation, hurricanes, floods and migration).

mx01 - Mexican Red Cross press release (Mexico City, 13 June 2024): collaboration agreement with the National Civil Protection Coordination (CNPC) signed "on Tuesday" (National President "Lic." Ricardo Ibarra Solórzano and "Mtra." Elena Carvajal Monroy, National Coordinator of Civil Protection, as signatories), background 2019 agreement between both institutions ("It replaces the 2019 agreement"), Pacific coast programme "financed by" ECHO (passive support) and carried out "with technical support from" the Spanish Red Cross (support), Fundación Grupo Altamar's donation of 3.2 million pesos and hygiene kits handed over at the ceremony; people in several shapes (title before the name, "director general of the foundation" after it, "Dr." ... "who heads the National Relief Coordination"); traps: cross-border protocol with the Guatemalan Red Cross only hoped-for, agreement with the Chiapas state government only considered ("Neither has been formalised yet"), National Meteorological Service (SMN) cited as a source, Governor of Guerrero by title only, "About the Mexican Red Cross" boilerplate naming IFRC membership and the Movement, media contact without a name.
mx02 - wire story with hard line breaks and a byline (SAN PEDRO SULA, Oct 17, 2024 (ACAN-EFE)): Honduran Red Cross president's meeting with the COPECO commissioner "on Wednesday", Salvadorean Red Cross convoy sent to La Lima "on Tuesday" (mission) "to reinforce the Honduran society's rescue operation" (support), IFRC DREF release to support the Honduran Red Cross, CABEI's non-reimbursable donation of 250,000 dollars approved "last Friday"; people: "Dr." Marco Tulio Aguilar Bonilla, "COPECO commissioner" before the name, the Salvadorean relief director after a name broken across lines; traps: ACAN-EFE as the agency and quoted-to source, byline and the closing agency tag, Guatemalan Red Cross only ready to send a team if asked, failed talks with the San Pedro Sula city council, mayor's office declining to comment, CENAOS cited as a source, CABEI's executive president by title only, a private resident quoted, Eta and Iota as background without an organisation.
mx03 - IFRC-style emergency appeal operation update on migration (issued 27 August 2024): the appeal "supports" four host National Societies (four support relations), Panamanian water and health work "funded by" ECHO (passive support), Naviera Istmeña S.A.'s gift of hygiene kits and water to "the National Society" (donation, 9 August), IFRC surge team deployed to Metetí (mission), Costa Rican Red Cross / UNICEF letter of understanding signed in San José on 8 August (president "Lic." and "Dr." UNICEF representative as signatories), "With support from the American Red Cross" the Guatemalan Red Cross opening an HSP (support), ICRC regional delegation providing the Panamanian and Guatemalan societies with RFL equipment and staff (two supports), contributions to the appeal from the American Red Cross, The Canadian Red Cross Society and the Government of Japan (supports to the IFRC), one three-party coordination meeting of the IFRC, IOM and UNHCR in Panama City on 14 August; the contact line with a name and post is counted; traps: National Migration Service of Panama cited for figures and its coordination agreement only under negotiation, Honduran Red Cross only possibly included in a revision, Partner National Societies generic, IFRC thanking "all partners", contact lines with a title only (IFRC Regional Office for the Americas, Regional Communications Manager).
mx04 - HTML-ish Salvadorean Red Cross news page with page furniture (skip link, menu, search, breadcrumb, share buttons, photo credit, related news, newsletter box, footer; published 24 October 2025): Central American Forum on Anticipatory Action and Climate Risk in San Salvador "from Tuesday to Thursday" (one participation of twelve organisations: the two hosts, four societies "Taking part", the IFRC, the Climate Centre, WFP, the civil protection directorate, the Mexican Red Cross "as a guest" and the German Red Cross delegation that "followed the sessions"), CEPREDENAC's early warning portal "financed by" the IDB (passive support), CEPREDENAC / IFRC memorandum of understanding "On Wednesday" ("Ing." Executive Secretary and the head of the IFRC delegation as signatories), alliance of the five Central American societies launched "On the closing day" (Thursday; names given as adjectives of one noun), bilateral meeting of the Salvadorean and Guatemalan presidents "On Tuesday evening" ("Dra." and a married surname "de León"), the forum "made possible thanks to" the German Red Cross, which "has supported" the Salvadorean society's programme (support); traps: Nicaraguan Red Cross invited but absent, Mexican Red Cross to decide next year whether to join the alliance, civil protection only hoping to sign with the alliance in 2026, next forum in Tegucigalpa only agreed in principle, SICA only describing CEPREDENAC, IFRC Regional Director for the Americas by title only, photo credit, related-news headline with an agreement, footer naming IFRC membership.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

MRC = "Mexican Red Cross"
GRC = "Guatemalan Red Cross"
HRC = "Honduran Red Cross"
CRRC = "Costa Rican Red Cross"
PARC = "Red Cross Society of Panama"
SVRC = "Salvadorean Red Cross Society"
SPRC = "Spanish Red Cross"
AMRC = "American Red Cross"
CANRC = "The Canadian Red Cross Society"
DRK = "German Red Cross"
CNPC = "National Civil Protection Coordination"
ECHO = "European Civil Protection and Humanitarian Aid Operations"
ALTAMAR_F = "Fundación Grupo Altamar"
COPECO = "Permanent Contingency Commission"
CABEI = "Central American Bank for Economic Integration"
NAVIERA = "Naviera Istmeña S.A."
UNICEF = "United Nations Children's Fund"
IOM = "International Organization for Migration"
UNHCR = "United Nations High Commissioner for Refugees"
JAPAN = "Government of Japan"
CEPREDENAC = "Coordination Centre for Disaster Prevention in Central America"
CLIMATE = "Red Cross Red Crescent Climate Centre"
WFP = "World Food Programme"
DGPC = "General Directorate of Civil Protection"
IDB = "Inter-American Development Bank"

FORUM = "Central American Forum on Anticipatory Action and Climate Risk"

DOCS = [
    (
        "mx01_cruz_roja_mexicana_cnpc_hurricane_agreement.txt",
        "2024-06-13",
        [
            org(MRC, NS, "MX", "Cruz Roja Mexicana"),
            org(CNPC, GOV, "MX", "CNPC", "Coordinación Nacional de Protección Civil"),
            org(ECHO, GOV, None, "ECHO", "European Union"),
            org(SPRC, NS, "ES"),
            org(ALTAMAR_F, OTHER, "MX"),
        ],
        [
            person("Ricardo Ibarra Solórzano", "National President", MRC),
            person("Elena Carvajal Monroy", "National Coordinator of Civil Protection", CNPC),
            person("Jorge Villaseñor Ruiz", "Director General", ALTAMAR_F),
            person("Adriana Zepeda Luján", "Head of the National Relief Coordination", MRC),
        ],
        [
            rel(
                "agreement",
                [MRC, CNPC],
                signatories=["Ricardo Ibarra Solórzano", "Elena Carvajal Monroy"],
                place="Mexico City, Mexico",
                date="2024-06-11",
                evidence="signed a collaboration agreement on Tuesday",
            ),
            rel(
                "agreement",
                [MRC, CNPC],
                date="2019",
                evidence="It replaces the 2019 agreement between both institutions",
            ),
            rel(
                "support",
                [ECHO, MRC],
                evidence="is financed by the European Civil Protection and Humanitarian Aid Operations (ECHO) of the European Union",
            ),
            rel(
                "support",
                [SPRC, MRC],
                evidence="technical support from the Spanish Red Cross, which has accompanied the Mexican Red Cross in community risk reduction since 2021",
            ),
            rel(
                "donation",
                [ALTAMAR_F, MRC],
                place="Mexico City, Mexico",
                date="2024-06-11",
                evidence="Fundación Grupo Altamar handed over a donation of 3.2 million pesos and 1,500 family hygiene kits",
            ),
        ],
    ),
    (
        "mx02_honduras_sula_valley_floods_wire.txt",
        "2024-10-17",
        [
            org(HRC, NS, "HN", "Cruz Roja Hondureña"),
            org(COPECO, GOV, "HN", "COPECO"),
            org(SVRC, NS, "SV", "Salvadorean Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(CABEI, OTHER, None, "CABEI"),
        ],
        [
            person("Marco Tulio Aguilar Bonilla", "President", HRC),
            person("Rosa Elvira Zúniga Cárcamo", "Commissioner", COPECO),
            person("Óscar Ernesto Menjívar Portillo", "National Relief Director", SVRC),
        ],
        [
            rel(
                "meeting",
                [HRC, COPECO],
                place="San Pedro Sula, Honduras",
                date="2024-10-16",
                evidence="COPECO commissioner Rosa Elvira Zúniga Cárcamo in San Pedro Sula on",
            ),
            rel(
                "mission",
                [SVRC],
                place="La Lima, Honduras",
                date="2024-10-15",
                evidence="Cross sent a convoy with 18 rescuers, four inflatable boats and a",
            ),
            rel(
                "support",
                [SVRC, HRC],
                evidence="water purification unit to La Lima to reinforce the Honduran",
            ),
            rel(
                "support",
                [IFRC, HRC],
                evidence="Emergency Fund to support the Honduran Red Cross in assisting 15,000",
            ),
            rel(
                "donation",
                [CABEI, HRC],
                date="2024-10-11",
                evidence="approved a non-reimbursable donation of 250,000 dollars to the",
            ),
        ],
    ),
    (
        "mx03_americas_migration_appeal_operation_update.txt",
        "2024-08-27",
        [
            org(IFRC, MB, None, "IFRC"),
            org(PARC, NS, "PA", "Cruz Roja Panameña"),
            org(CRRC, NS, "CR", "Cruz Roja Costarricense"),
            org(GRC, NS, "GT"),
            org(MRC, NS, "MX"),
            org(ECHO, GOV, None, "ECHO"),
            org(NAVIERA, CO, "PA", "Naviera Istmeña"),
            org(UNICEF, UN, None, "UNICEF"),
            org(AMRC, NS, "US"),
            org(ICRC, MB, None, "ICRC"),
            org(CANRC, NS, "CA", "Canadian Red Cross"),
            org(JAPAN, GOV, "JP"),
            org(IOM, UN, None, "IOM"),
            org(UNHCR, UN, None, "UNHCR"),
        ],
        [
            person("Gerardo Chacón Villalobos", "President", CRRC),
            person("Verónica Ledesma Arroyo", "Representative in Costa Rica", UNICEF),
            person(
                "Mariela Sotomayor Quirós",
                "Head of the IFRC Country Cluster Delegation for Central America",
                IFRC,
            ),
            person("Edwin Arosemena Vega", "National Director of Risk Management", PARC),
        ],
        [
            rel(
                "support",
                [IFRC, PARC],
                evidence="supports the Red Cross Society of Panama, the Costa Rican Red Cross, the Guatemalan Red Cross and the Mexican Red Cross",
            ),
            rel(
                "support",
                [IFRC, CRRC],
                evidence="supports the Red Cross Society of Panama, the Costa Rican Red Cross, the Guatemalan Red Cross and the Mexican Red Cross",
            ),
            rel(
                "support",
                [IFRC, GRC],
                evidence="supports the Red Cross Society of Panama, the Costa Rican Red Cross, the Guatemalan Red Cross and the Mexican Red Cross",
            ),
            rel(
                "support",
                [IFRC, MRC],
                evidence="supports the Red Cross Society of Panama, the Costa Rican Red Cross, the Guatemalan Red Cross and the Mexican Red Cross",
            ),
            rel(
                "support",
                [ECHO, PARC],
                evidence="Its water and health activities in Darién are funded by the European Civil Protection and Humanitarian Aid Operations (ECHO)",
            ),
            rel(
                "donation",
                [NAVIERA, PARC],
                date="2024-08-09",
                evidence="the shipping company Naviera Istmeña S.A. donated 12,000 hygiene kits and 40,000 litres of bottled water to the National Society",
            ),
            rel(
                "mission",
                [IFRC],
                place="Metetí, Panama",
                date="2024-08-20",
                evidence="the IFRC deployed a three-person surge team (health, protection and information management) to Metetí, Darién",
            ),
            rel(
                "agreement",
                [CRRC, UNICEF],
                signatories=["Gerardo Chacón Villalobos", "Verónica Ledesma Arroyo"],
                place="San José, Costa Rica",
                date="2024-08-08",
                evidence="the Costa Rican Red Cross and the United Nations Children's Fund (UNICEF) signed a letter of understanding in San José",
            ),
            rel(
                "support",
                [AMRC, GRC],
                evidence="With support from the American Red Cross, the Guatemalan Red Cross has opened a third HSP in Esquipulas",
            ),
            rel(
                "support",
                [ICRC, PARC],
                evidence="provides the Red Cross Society of Panama and the Guatemalan Red Cross with satellite phones",
            ),
            rel(
                "support",
                [ICRC, GRC],
                evidence="provides the Red Cross Society of Panama and the Guatemalan Red Cross with satellite phones",
            ),
            rel(
                "support",
                [AMRC, IFRC],
                evidence="The appeal has so far received contributions from the American Red Cross, The Canadian Red Cross Society and the Government of Japan",
            ),
            rel(
                "support",
                [CANRC, IFRC],
                evidence="The appeal has so far received contributions from the American Red Cross, The Canadian Red Cross Society and the Government of Japan",
            ),
            rel(
                "support",
                [JAPAN, IFRC],
                evidence="The appeal has so far received contributions from the American Red Cross, The Canadian Red Cross Society and the Government of Japan",
            ),
            rel(
                "meeting",
                [IFRC, IOM, UNHCR],
                place="Panama City, Panama",
                date="2024-08-14",
                evidence="met representatives of the International Organization for Migration (IOM) and the Office of the United Nations High Commissioner for Refugees (UNHCR) in Panama City",
            ),
        ],
    ),
    (
        "mx04_san_salvador_anticipatory_forum_news_page.txt",
        "2025-10-24",
        [
            org(SVRC, NS, "SV", "Cruz Roja Salvadoreña", "Salvadorean Red Cross"),
            org(CEPREDENAC, OTHER, None, "CEPREDENAC"),
            org(GRC, NS, "GT"),
            org(HRC, NS, "HN"),
            org(CRRC, NS, "CR"),
            org(PARC, NS, "PA", "Panamanian Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(CLIMATE, OTHER, "NL", "Climate Centre"),
            org(WFP, UN, None, "WFP"),
            org(DGPC, GOV, "SV"),
            org(MRC, NS, "MX"),
            org(DRK, NS, "DE"),
            org(IDB, OTHER, None, "IDB"),
        ],
        [
            person("Claudia Patricia Orellana Batres", "Executive Secretary", CEPREDENAC),
            person(
                "Mariela Sotomayor Quirós", "Head of the IFRC delegation for Central America", IFRC
            ),
            person("José Alfredo Henríquez Molina", "President", SVRC),
            person("Lucrecia Barrios de León", "President", GRC),
            person(
                "Ana Beatriz Quintanilla de Rivas", "Director General of Civil Protection", DGPC
            ),
        ],
        [
            rel(
                "participation",
                [SVRC, CEPREDENAC, GRC, HRC, CRRC, PARC, IFRC, CLIMATE, WFP, DGPC, MRC, DRK],
                event=FORUM,
                place="San Salvador, El Salvador",
                date="2025-10-21",
                evidence="hosted from Tuesday to Thursday the Central American Forum on Anticipatory Action and Climate Risk",
            ),
            rel(
                "support",
                [IDB, CEPREDENAC],
                evidence="which is financed by the Inter-American Development Bank (IDB)",
            ),
            rel(
                "agreement",
                [CEPREDENAC, IFRC],
                signatories=["Claudia Patricia Orellana Batres", "Mariela Sotomayor Quirós"],
                place="San Salvador, El Salvador",
                date="2025-10-22",
                evidence="On Wednesday, CEPREDENAC and the IFRC signed a memorandum of understanding",
            ),
            rel(
                "alliance",
                [SVRC, GRC, HRC, CRRC, PARC],
                place="San Salvador, El Salvador",
                date="2025-10-23",
                evidence="launched the Central American Red Cross Alliance for Anticipatory Action, a standing platform",
            ),
            rel(
                "meeting",
                [SVRC, GRC],
                place="San Salvador, El Salvador",
                date="2025-10-21",
                evidence="held a bilateral meeting on the sidelines of the forum",
            ),
            rel(
                "support",
                [DRK, SVRC],
                evidence="the German Red Cross, which has supported the early action programme of the Salvadorean Red Cross since 2022",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
