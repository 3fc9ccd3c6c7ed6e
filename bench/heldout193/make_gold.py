"""Gold annotations for held-out set 193 (prefix co): Colombia, Venezuela and the Andean migration corridor (Colombian Red Cross Society / Cruz Roja Colombiana, Venezuelan Red Cross, Ecuadorian Red Cross, Red Cross Society of Panama, Peruvian Red Cross; the ICRC delegations in Bogotá, Caracas and Lima, UNGRD, Migración Colombia, UNHCR, IOM, ECHO; Colombian and Ecuadorian companies and foundations; the Darién, the Cúcuta bridges, the floods in La Mojana).

co01 - Colombian Red Cross press release, read as translated from Spanish (Bogotá D.C., 22 Oct 2026): CRC / UNGRD inter-administrative cooperation agreement for La Mojana "subscribed this Tuesday" at the CRC national headquarters in Bogotá ("Dra." Marcela Inés Valderrama Quintero, "the Executive President of the National Society", and "Dr." Fabián Andrés Ospina Lozano, "the Director General of the UNGRD", as signatories), "the UNGRD will contribute COP 9,400 million for the operation" (support), "gives continuity to the framework agreement that both entities subscribed in March 2019" (background agreement), "with the financing of the European Union through its Civil Protection and Humanitarian Aid Operations (ECHO)" (support) and "the German Red Cross, which supports the component of anticipatory action" (support), Fundación Éxito's 6,000 nutritional kits "In the same act" (donation; "The executive director of the foundation, Ms. ..."); people also as "The National Director of Disaster Risk Management of the Colombian Red Cross, Mr. ..." and a press contact with post (counted); traps: "With this alliance we articulate" in a quote (an agreement, not an alliance), the Governor of Sucre and mayors present by title only, the Departmental Government of Bolívar only hoped to "adhere" (not annotated), IDEAM cited as a source of figures, the Sucre Branch as a distributor inside the CRC, "About" boilerplate naming the Movement.
co02 - EFE wire story with hard line breaks and ASCII-folded names (CUCUTA, Colombia, March 10, 2026 (EFE)): CRC / Venezuelan Red Cross leaders "met on Monday in Cucuta" (meeting; the CRC's Norte de Santander branch president and the VRC president "Dr. ...", who crossed "with a delegation", also a mission, not scored), "the two National Societies had signed a cross-border cooperation protocol in 2023" (background agreement), the ICRC "On Saturday" "delivered 18 tonnes of medical supplies and surgical kits to the Venezuelan Red Cross in San Antonio del Tachira" (donation; "the head of the ICRC delegation in Caracas, ..." after a quote), the La Parada health post "run by the Colombian Red Cross with funding from the Norwegian Red Cross" (support; its representative in Colombia); traps: Migracion Colombia and the R4V platform cited as sources, the governor of Norte de Santander by title only, "told EFE", a joint ICRC / VRC visit to Apure "postponed" (no mission), the VRC "may request support from" the IFRC but "no request had been made" (IFRC not annotated), reporting/editing credits and agency copyright.
co03 - IFRC-style Emergency Appeal operation update, Population Movement (Darién and Andean corridor), MDRAM014 Operation Update No. 4 (issued 15 July 2026) with country bullet lists: "This Emergency Appeal supports the Red Cross Society of Panama (CRP), the Colombian Red Cross Society (CRC) and the Ecuadorian Red Cross (CRE)" (three supports), the Canadian Red Cross mobile health team "deployed ... to Lajas Blancas, Darién, on 21 April 2026" (mission) and "The team is supporting the CRP's health point" (support), "The ICRC supports the CRP's restoring family links services" (support), an IFRC surge health coordinator "deployed to Necoclí on 12 May" (mission), "The Spanish Red Cross funds the CRC's humanitarian service points" (support), one four-party coordination meeting in Necoclí on 28 May (CRC, IFRC, IOM, Migración Colombia; officials as "its head of office in Necoclí, Ms. ..." and "by its regional director for Antioquia and Chocó, Mr. ..."), Grupo Nutresa's food rations on 9 June (donation), ECHO "funds the multipurpose cash component implemented by the CRE" (support), CRE / UNHCR letter of understanding signed in Quito on 3 June (agreement); traps: SENAFRONT and the R4V platform cited as sources, the Governor of Darién by title only, "Partner National Societies" generic, the IFRC Americas Regional Office only a channel of the IFRC's own support, the American Red Cross "may contribute" (not annotated), family links with the Venezuelan Red Cross "being explored", an extension to the Peruvian Red Cross conditional on funding, contact lines with names and posts (counted).
co04 - HTML-ish Ecuadorian Red Cross news page with page furniture (page title with site name, skip link, language switch, menu, breadcrumb, reading time, photo credit, "Share this", "Related news", "About" boilerplate, footer; published 19 Nov 2026): First Andean Humanitarian Dialogue on Human Mobility in Quito "on Tuesday and Wednesday" (one participation of ten: the CRE host, the IFRC co-host, five societies, the ICRC, and UNHCR and IOM "as observers"), the Andean Humanitarian Mobility Network whose founding charter "four National Societies of the corridor signed" "On the closing day" (alliance of four; four signatories listed with semicolons, one "Dra."), "The Spanish Red Cross will fund the network's secretariat, hosted by the CRE" (support), CRE / Peruvian Red Cross memorandum of understanding "On Wednesday, on the sidelines of the dialogue" ("It was signed by Dr. A and Mr. B"), the CRE president "received Ms. ..., head of the ICRC regional delegation in Lima" "On Tuesday evening" (meeting), Corporación Favorita's 3,000 hygiene kits "At the closing ceremony on Wednesday" (donation; "Corporate Affairs Manager of Corporación Favorita"); traps: the Bolivian and Chilean Red Cross "took part in the discussions but did not sign the charter", the Vice-Minister of Human Mobility opening "on behalf of the Government of Ecuador" (title only), the Lima edition only hoped-for and a simulation exercise with Migración Colombia only planned, photo credit, related-news headline naming the Ministry of Public Health, "About" boilerplate naming the Movement.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

CRC = "Colombian Red Cross Society"
VRC = "Venezuelan Red Cross"
CRE = "Ecuadorian Red Cross"
CRP = "Red Cross Society of Panama"
PRC = "Peruvian Red Cross"
BRC = "Bolivian Red Cross"
CHRC = "Chilean Red Cross"
DRK = "German Red Cross"
NORCROSS = "Norwegian Red Cross"
CANRC = "The Canadian Red Cross Society"
SPRC = "Spanish Red Cross"
UNGRD = "National Unit for Disaster Risk Management"
MIGCOL = "Migración Colombia"
ECHO = "European Civil Protection and Humanitarian Aid Operations"
UNHCR = "United Nations High Commissioner for Refugees"
IOM = "International Organization for Migration"
F_EXITO = "Fundación Éxito"
NUTRESA = "Grupo Nutresa"
FAVORITA = "Corporación Favorita"

DOCS = [
    (
        "co01_crc_ungrd_la_mojana_agreement.txt",
        "2026-10-22",
        [
            org(CRC, NS, "CO", "Colombian Red Cross", "Cruz Roja Colombiana"),
            org(
                UNGRD,
                GOV,
                "CO",
                "UNGRD",
                "Unidad Nacional para la Gestión del Riesgo de Desastres",
            ),
            org(
                ECHO,
                GOV,
                None,
                "ECHO",
                "Civil Protection and Humanitarian Aid Operations",
                "European Union",
            ),
            org(DRK, NS, "DE"),
            org(F_EXITO, OTHER, "CO"),
        ],
        [
            person("Marcela Inés Valderrama Quintero", "Executive President", CRC),
            person("Fabián Andrés Ospina Lozano", "Director General", UNGRD),
            person("Natalia Ruiz Betancur", "Executive Director", F_EXITO),
            person(
                "Julián Esteban Pardo Rincón", "National Director of Disaster Risk Management", CRC
            ),
            person("Laura Camila Beltrán Gómez", "Communications Coordinator", CRC),
        ],
        [
            rel(
                "agreement",
                [CRC, UNGRD],
                signatories=["Marcela Inés Valderrama Quintero", "Fabián Andrés Ospina Lozano"],
                place="Bogotá, Colombia",
                date="2026-10-20",
                evidence="The agreement was subscribed at the national headquarters of the Colombian Red Cross in Bogotá by the Executive President of the National Society",
            ),
            rel(
                "support",
                [UNGRD, CRC],
                evidence="the UNGRD will contribute COP 9,400 million for the operation",
            ),
            rel(
                "agreement",
                [CRC, UNGRD],
                date="2019-03",
                evidence="The new agreement gives continuity to the framework agreement that both entities subscribed in March 2019",
            ),
            rel(
                "support",
                [ECHO, CRC],
                evidence="with the financing of the European Union through its Civil Protection and Humanitarian Aid Operations (ECHO)",
            ),
            rel(
                "support",
                [DRK, CRC],
                evidence="the German Red Cross, which supports the component of anticipatory action of the National Society",
            ),
            rel(
                "donation",
                [F_EXITO, CRC],
                place="Bogotá, Colombia",
                date="2026-10-20",
                evidence="In the same act, the Fundación Éxito delivered to the Colombian Red Cross 6,000 nutritional kits",
            ),
        ],
    ),
    (
        "co02_cucuta_binational_red_cross_wire.txt",
        "2026-03-10",
        [
            org(CRC, NS, "CO", "Colombian Red Cross"),
            org(VRC, NS, "VE"),
            org(ICRC, MB, None, "ICRC"),
            org(NORCROSS, NS, "NO"),
        ],
        [
            person(
                "Alvaro Enrique Contreras Penaranda",
                "President of the Norte de Santander branch",
                CRC,
            ),
            person("Rafael Ignacio Mendoza Briceno", "President", VRC),
            person("Mathilde Aubert-Rochat", "Head of delegation in Caracas", ICRC),
            person("Ingrid Solheim Bakke", "Representative in Colombia", NORCROSS),
        ],
        [
            rel(
                "meeting",
                [CRC, VRC],
                place="Cucuta, Colombia",
                date="2026-03-09",
                evidence="Cross and the Venezuelan Red Cross met on Monday in Cucuta to",
            ),
            rel(
                "mission",
                [VRC],
                place="Cucuta, Colombia",
                date="2026-03-09",
                evidence="crossed from San Antonio del Tachira with a delegation of six",
            ),
            rel(
                "agreement",
                [CRC, VRC],
                date="2023",
                evidence="had signed a cross-border cooperation protocol in 2023 and that",
            ),
            rel(
                "donation",
                [ICRC, VRC],
                place="San Antonio del Tachira, Venezuela",
                date="2026-03-07",
                evidence="delivered 18 tonnes of medical supplies and surgical kits to the",
            ),
            rel(
                "support",
                [NORCROSS, CRC],
                evidence="day, is run by the Colombian Red Cross with funding from the",
            ),
        ],
    ),
    (
        "co03_darien_andean_corridor_appeal_update.txt",
        "2026-07-15",
        [
            org(IFRC, MB, None, "IFRC"),
            org(CRP, NS, "PA", "CRP"),
            org(CRC, NS, "CO", "CRC"),
            org(CRE, NS, "EC", "CRE"),
            org(CANRC, NS, "CA", "Canadian Red Cross"),
            org(ICRC, MB, None, "ICRC"),
            org(SPRC, NS, "ES"),
            org(IOM, UN, None, "IOM"),
            org(MIGCOL, GOV, "CO"),
            org(NUTRESA, CO, "CO"),
            org(
                ECHO,
                GOV,
                None,
                "ECHO",
                "European Union's Civil Protection and Humanitarian Aid Operations",
            ),
            org(UNHCR, UN, None, "UNHCR"),
        ],
        [
            person("Paola Andrea Cifuentes", "Head of office in Necoclí", IOM),
            person("Germán Augusto Villegas", "Regional Director for Antioquia and Chocó", MIGCOL),
            person("Diana Marcela Orozco", "National Coordinator for Migration", CRC),
            person("Santiago Xavier Andrade", "National Director of Operations", CRE),
            person("Rodrigo Esquivel Mata", "Operations Manager", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, CRP],
                evidence="This Emergency Appeal supports the Red Cross Society of Panama (CRP)",
            ),
            rel(
                "support",
                [IFRC, CRC],
                evidence="This Emergency Appeal supports the Red Cross Society of Panama (CRP), the Colombian Red Cross Society (CRC)",
            ),
            rel(
                "support",
                [IFRC, CRE],
                evidence="the Colombian Red Cross Society (CRC) and the Ecuadorian Red Cross (CRE)",
            ),
            rel(
                "mission",
                [CANRC],
                place="Lajas Blancas, Panama",
                date="2026-04-21",
                evidence="The Canadian Red Cross deployed a three-person mobile health team to Lajas Blancas, Darién, on 21 April 2026",
            ),
            rel(
                "support",
                [CANRC, CRP],
                evidence="The team is supporting the CRP's health point at the Migrant Reception Station",
            ),
            rel(
                "support",
                [ICRC, CRP],
                evidence="The ICRC supports the CRP's restoring family links services in Darién",
            ),
            rel(
                "mission",
                [IFRC],
                place="Necoclí, Colombia",
                date="2026-05-12",
                evidence="An IFRC surge health coordinator was deployed to Necoclí on 12 May",
            ),
            rel(
                "support",
                [SPRC, CRC],
                evidence="The Spanish Red Cross funds the CRC's humanitarian service points in Necoclí and Capurganá",
            ),
            rel(
                "meeting",
                [CRC, IFRC, IOM, MIGCOL],
                place="Necoclí, Colombia",
                date="2026-05-28",
                evidence="On 28 May, the CRC, the IFRC, IOM and Migración Colombia held a joint coordination meeting in Necoclí",
            ),
            rel(
                "donation",
                [NUTRESA, CRC],
                date="2026-06-09",
                evidence="On 9 June, Grupo Nutresa donated 20,000 ready-to-eat food rations to the CRC",
            ),
            rel(
                "support",
                [ECHO, CRE],
                evidence="funds the multipurpose cash component implemented by the CRE in Tulcán and Huaquillas",
            ),
            rel(
                "agreement",
                [CRE, UNHCR],
                place="Quito, Ecuador",
                date="2026-06-03",
                evidence="On 3 June, the CRE and UNHCR signed a letter of understanding in Quito",
            ),
        ],
    ),
    (
        "co04_quito_andean_mobility_dialogue_page.txt",
        "2026-11-19",
        [
            org(CRE, NS, "EC", "CRE", "Cruz Roja Ecuatoriana"),
            org(IFRC, MB, None, "IFRC"),
            org(CRC, NS, "CO"),
            org(VRC, NS, "VE"),
            org(PRC, NS, "PE"),
            org(BRC, NS, "BO"),
            org(CHRC, NS, "CL"),
            org(ICRC, MB, None, "ICRC"),
            org(UNHCR, UN, None, "UNHCR"),
            org(IOM, UN, None, "IOM"),
            org(SPRC, NS, "ES"),
            org(FAVORITA, CO, "EC"),
        ],
        [
            person("Gabriela Estefanía Salazar Vinueza", "President", CRE),
            person("Marcela Inés Valderrama Quintero", "Executive President", CRC),
            person("Rafael Ignacio Mendoza Briceño", "President", VRC),
            person("Jorge Luis Quispe Arana", "President", PRC),
            person("Lucía Montenegro Ferraz", "Head of the regional delegation in Lima", ICRC),
            person("Esteban Ribadeneira Paz", "Corporate Affairs Manager", FAVORITA),
        ],
        [
            rel(
                "participation",
                [CRE, IFRC, CRC, VRC, PRC, BRC, CHRC, ICRC, UNHCR, IOM],
                event="First Andean Humanitarian Dialogue on Human Mobility",
                place="Quito, Ecuador",
                date="2026-11-17",
                evidence="The dialogue brought together delegations of the Colombian Red Cross Society, the Venezuelan Red Cross, the Peruvian Red Cross",
            ),
            rel(
                "alliance",
                [CRE, CRC, VRC, PRC],
                signatories=[
                    "Gabriela Estefanía Salazar Vinueza",
                    "Marcela Inés Valderrama Quintero",
                    "Rafael Ignacio Mendoza Briceño",
                    "Jorge Luis Quispe Arana",
                ],
                place="Quito, Ecuador",
                date="2026-11-18",
                evidence="On the closing day, four National Societies of the corridor signed the founding charter of the Andean Humanitarian Mobility Network",
            ),
            rel(
                "support",
                [SPRC, CRE],
                evidence="The Spanish Red Cross will fund the network's secretariat, hosted by the CRE in Quito",
            ),
            rel(
                "agreement",
                [CRE, PRC],
                signatories=["Gabriela Estefanía Salazar Vinueza", "Jorge Luis Quispe Arana"],
                place="Quito, Ecuador",
                date="2026-11-18",
                evidence="the Ecuadorian Red Cross and the Peruvian Red Cross also signed a memorandum of understanding",
            ),
            rel(
                "meeting",
                [CRE, ICRC],
                place="Quito, Ecuador",
                date="2026-11-17",
                evidence="On Tuesday evening, Dr. Salazar Vinueza received Ms. Lucía Montenegro Ferraz, head of the ICRC regional delegation in Lima",
            ),
            rel(
                "donation",
                [FAVORITA, CRE],
                place="Quito, Ecuador",
                date="2026-11-18",
                evidence="Corporación Favorita handed over 3,000 hygiene kits to the Ecuadorian Red Cross",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
