"""Gold annotations for held-out set 153 (prefix km): Central America (Guatemalan, Honduran, Salvadorean, Costa Rican and Panamanian Red Cross; CEPREDENAC; hurricanes, migration corridor).

km01 - press release (Guatemala City, 15 May 2025): Guatemalan RC / CONRED early-warning agreement "inked ... on Tuesday" (dateline-relative, CONRED used in the headline before it is defined), AECID financing and Spanish RC seconded specialists, Tigo Guatemala hands over radios, background 2022 framework agreement with the Ministry of Public Health and Social Assistance; traps: IFRC cluster head only attended, unnamed delegate of the vice-presidency and mayors, WFP only hoped for in a second phase, boilerplate "with the support of partner National Societies", media contact line.
km02 - wire story with hard line breaks (Tegucigalpa, Oct 21 2025), invented Hurricane Rafaela: Honduran RC / COPECO talks (acronym used before it is defined), American RC donation handed over in San Pedro Sula, ECHO allocation, ICRC lends water units, Cervecería Hondureña donation, Costa Rican RC rescue team sent to Choluteca (mission); traps: EFE cited as source, unnamed mayor and coordinator, Salvadorean RC asked but declined, CABEI credit line only intended, Eta/Iota 2020 background, reporting/editing credits.
km03 - IFRC-style operation update (12 June 2025), southbound migration through Costa Rica and Panama: SDC finances the RCSP service point, background 2023 CRRC/DGME agreement, Canadian RC donation (May), ICRC supports both societies with RFL, IFRC surge team to Paso Canoas (mission), one RCSP/IFRC/SNM meeting (SNM used before it is defined); traps: R4V cited for figures, Partner National Societies generic, UNICEF kits only under discussion, appeal boilerplate, contact lines (people repeated with posts).
km04 - local news report with byline (San Salvador, Friday 25 July 2025) on a CEPREDENAC forum: one participation of ten organisations (co-hosts included), coalition of five societies, CEPREDENAC/IFRC MoU renewal (Salvadorean RC president only looked on), separate bilateral IFRC meetings with the Guatemalan and Honduran RC, Salvadorean RC courtesy call on the ministry (minister unnamed), German RC backing since 2023; traps: byline, Belize RC invited but absent, SICA mere co-mention, Green Climate Fund proposal and WFP link only planned, unnamed WFP official, next forum only expected.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

GRC = "Guatemalan Red Cross"
HRC = "Honduran Red Cross"
SRCS = "Salvadorean Red Cross Society"
CRRC = "Costa Rican Red Cross"
RCSP = "Red Cross Society of Panama"
CONRED = "National Coordinator for Disaster Reduction"
AECID = "Spanish Agency for International Cooperation for Development"
MSPAS = "Ministry of Public Health and Social Assistance"
COPECO = "Permanent Contingency Commission"
ECHO = "European Civil Protection and Humanitarian Aid Operations"
SDC = "Swiss Agency for Development and Cooperation"
DGME = "General Directorate of Migration and Foreigners"
SNM = "National Migration Service"
CEPREDENAC = "Coordination Centre for the Prevention of Disasters in Central America and the Dominican Republic"
DGPC = "Directorate General of Civil Protection"
MIGOB = "Ministry of Governance and Territorial Development"
WFP = "World Food Programme"
OCHA = "United Nations Office for the Coordination of Humanitarian Affairs"

DOCS = [
    (
        "km01_guatemala_conred_warning.txt",
        "2025-05-15",
        [
            org(GRC, NS, "GT", "Cruz Roja Guatemalteca"),
            org(
                CONRED, GOV, "GT", "CONRED", "Coordinadora Nacional para la Reducción de Desastres"
            ),
            org(IFRC, MB, None, "IFRC"),
            org(AECID, GOV, "ES", "AECID"),
            org("Spanish Red Cross", NS, "ES"),
            org("Tigo Guatemala", CO, "GT", "Tigo"),
            org(MSPAS, GOV, "GT"),
        ],
        [
            person("Rodrigo Alvarado Chinchilla", "President", GRC),
            person("Ingrid Lisbeth Monzón", "Head of the executive secretariat", CONRED),
            person(
                "Marta Villalobos Quirós",
                "Head of the IFRC Country Cluster Delegation for Central America",
                IFRC,
            ),
            person(
                "Javier Ortega Lucas", "Country representative in Guatemala", "Spanish Red Cross"
            ),
        ],
        [
            rel(
                "agreement",
                [GRC, CONRED],
                signatories=["Rodrigo Alvarado Chinchilla", "Ingrid Lisbeth Monzón"],
                place="Guatemala City, Guatemala",
                date="2025-05-13",
                evidence="The Guatemalan Red Cross and the National Coordinator for Disaster Reduction inked a four-year cooperation agreement on Tuesday",
            ),
            rel(
                "support",
                [AECID, GRC],
                evidence="is being financed by the Spanish Agency for International Cooperation for Development (AECID)",
            ),
            rel(
                "support",
                ["Spanish Red Cross", GRC],
                evidence="The Spanish Red Cross, for its part, has seconded two hydrometeorology specialists to the National Society",
            ),
            rel(
                "donation",
                ["Tigo Guatemala", GRC],
                date="2025-05-13",
                evidence="the telecommunications operator Tigo Guatemala handed over 300 handheld VHF radios and 40 solar chargers to the Red Cross",
            ),
            rel(
                "agreement",
                [GRC, MSPAS],
                date="2022",
                evidence="the framework agreement on pre-hospital care that the Guatemalan Red Cross concluded with the Ministry of Public Health and Social Assistance in 2022",
            ),
        ],
    ),
    (
        "km02_honduras_rafaela_wire.txt",
        "2025-10-21",
        [
            org(HRC, NS, "HN", "Cruz Roja Hondureña"),
            org(COPECO, GOV, "HN", "COPECO", "Comisión Permanente de Contingencias"),
            org("American Red Cross", NS, "US"),
            org(
                ECHO,
                GOV,
                None,
                "ECHO",
                "European Union",
                "European Union's humanitarian aid office",
            ),
            org(ICRC, MB, None, "ICRC"),
            org("Cervecería Hondureña", CO, "HN"),
            org(CRRC, NS, "CR"),
        ],
        [
            person("Elvia Suyapa Mejía", "President", HRC),
            person("Marco Tulio Ferrera", "Commissioner", COPECO),
            person("Karen Ostrowski", "Spokeswoman", "American Red Cross"),
        ],
        [
            rel(
                "meeting",
                [HRC, COPECO],
                place="Tegucigalpa, Honduras",
                date="2025-10-20",
                evidence="held talks in the capital on Monday with Marco Tulio Ferrera, the",
            ),
            rel(
                "donation",
                ["American Red Cross", HRC],
                place="San Pedro Sula, Honduras",
                date="2025-10-20",
                evidence="and 1,500 tarpaulins donated by the American Red Cross landed in San",
            ),
            rel(
                "support",
                [ECHO, HRC],
                evidence="had allocated 900,000 euros to the Honduran Red Cross for cash grants",
            ),
            rel(
                "support",
                [ICRC, HRC],
                evidence="in Tegucigalpa, lent the National Society two mobile water-treatment",
            ),
            rel(
                "donation",
                ["Cervecería Hondureña", HRC],
                evidence="60,000 cans of drinking water to the Honduran Red Cross for shelters",
            ),
            rel(
                "mission",
                [CRRC],
                place="Choluteca, Honduras",
                date="2025-10-19",
                evidence="a 12-member swift-water rescue team to Choluteca on Sunday",
            ),
        ],
    ),
    (
        "km03_panama_costarica_migration_update.txt",
        "2025-06-12",
        [
            org(RCSP, NS, "PA", "RCSP", "Panamanian Red Cross", "Cruz Roja Panameña"),
            org(CRRC, NS, "CR", "CRRC", "Benemérita Cruz Roja Costarricense"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(SDC, GOV, "CH", "SDC"),
            org(DGME, GOV, "CR", "DGME"),
            org("Canadian Red Cross", NS, "CA", "The Canadian Red Cross Society"),
            org(SNM, GOV, "PA", "SNM", "Servicio Nacional de Migración"),
        ],
        [
            person("Yariela Pinzón Batista", "Secretary General", RCSP),
            person("Mauricio Arguedas Vargas", "President", CRRC),
            person("Ana Beatriz Quesada", "Operations Manager", IFRC),
        ],
        [
            rel(
                "support",
                [SDC, RCSP],
                evidence="The Miramar service point, staffed by RCSP volunteers, is financed by the Swiss Agency for Development and Cooperation (SDC).",
            ),
            rel(
                "agreement",
                [CRRC, DGME],
                date="2023",
                evidence="under the cooperation agreement the National Society signed with the General Directorate of Migration and Foreigners (DGME) in 2023",
            ),
            rel(
                "donation",
                ["Canadian Red Cross", CRRC],
                date="2025-05",
                evidence="In May, the Canadian Red Cross donated 4,000 family hygiene kits to the Costa Rican Red Cross",
            ),
            rel(
                "support",
                [ICRC, RCSP],
                evidence="The ICRC supports both National Societies in providing Restoring Family Links (RFL) services",
            ),
            rel(
                "support",
                [ICRC, CRRC],
                evidence="The ICRC supports both National Societies in providing Restoring Family Links (RFL) services",
            ),
            rel(
                "mission",
                [IFRC],
                place="Paso Canoas, Costa Rica",
                date="2025-05-26",
                evidence="On 26 May, the IFRC deployed a three-person surge team",
            ),
            rel(
                "meeting",
                [RCSP, IFRC, SNM],
                place="Panama City, Panama",
                date="2025-06-04",
                evidence="On 4 June, RCSP and the IFRC Country Cluster Delegation met officials of the National Migration Service (Servicio Nacional de Migración, SNM) in Panama City",
            ),
        ],
    ),
    (
        "km04_sansalvador_cepredenac_forum.txt",
        "2025-07-25",
        [
            org(CEPREDENAC, OTHER, None, "CEPREDENAC"),
            org(DGPC, GOV, "SV", "Civil Protection", "Dirección General de Protección Civil"),
            org(SRCS, NS, "SV", "Salvadorean Red Cross"),
            org(GRC, NS, "GT"),
            org(HRC, NS, "HN"),
            org(CRRC, NS, "CR"),
            org(RCSP, NS, "PA"),
            org(IFRC, MB, None, "IFRC", "International Federation"),
            org(WFP, UN, None, "WFP"),
            org(OCHA, UN, None, "OCHA", "UN Office for the Coordination of Humanitarian Affairs"),
            org(MIGOB, GOV, "SV"),
            org("German Red Cross", NS, "DE"),
        ],
        [
            person("Luis Amílcar Portillo", "Director General", DGPC),
            person("Ernesto Alfaro Quintanilla", "President", SRCS),
            person("Claudia Herrera Melgar", "Executive Secretary", CEPREDENAC),
            person("Tomás Echeverría Ruiz", "Regional Director for the Americas", IFRC),
            person("Rodrigo Alvarado Chinchilla", "President", GRC),
            person("Luis Fernando Zelaya", "Secretary General", HRC),
        ],
        [
            rel(
                "participation",
                [CEPREDENAC, DGPC, SRCS, GRC, HRC, CRRC, RCSP, IFRC, WFP, OCHA],
                event="Second Regional Forum on Anticipatory Action and Early Warning",
                place="San Salvador, El Salvador",
                date="2025-07-23",
                evidence="Taking part were the Salvadorean Red Cross Society, the Guatemalan Red Cross, the Honduran Red Cross, the Costa Rican Red Cross and the Red Cross Society of Panama",
            ),
            rel(
                "alliance",
                [SRCS, GRC, HRC, CRRC, RCSP],
                place="San Salvador, El Salvador",
                date="2025-07-24",
                evidence="the five National Societies formed what they call the Central American Red Cross Anticipation Network",
            ),
            rel(
                "agreement",
                [CEPREDENAC, IFRC],
                signatories=["Claudia Herrera Melgar", "Tomás Echeverría Ruiz"],
                place="San Salvador, El Salvador",
                date="2025-07-24",
                evidence="CEPREDENAC and the IFRC renewed the memorandum of understanding they first concluded in 2019",
            ),
            rel(
                "meeting",
                [IFRC, GRC],
                place="San Salvador, El Salvador",
                date="2025-07-23",
                evidence="he held separate meetings with the president of the Guatemalan Red Cross, Rodrigo Alvarado Chinchilla",
            ),
            rel(
                "meeting",
                [IFRC, HRC],
                place="San Salvador, El Salvador",
                date="2025-07-23",
                evidence="and with Luis Fernando Zelaya, the Honduran Red Cross's secretary general",
            ),
            rel(
                "meeting",
                [SRCS, MIGOB],
                place="San Salvador, El Salvador",
                date="2025-07-24",
                evidence="paid a courtesy call on the minister at the Ministry of Governance and Territorial Development",
            ),
            rel(
                "support",
                ["German Red Cross", SRCS],
                evidence="The German Red Cross has backed forecast-based financing pilots run by the Salvadorean Red Cross",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
