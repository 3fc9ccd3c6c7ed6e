"""Gold annotations for held-out set 144 (prefix kd): South America (Colombia, Venezuela, Peru, Chile, Argentina; companies as partners).

kd01 - press release: Colombian Red Cross / Bancolombia agreement; UNGRD official attends but does not sign; bank's firm commitment (support); IFRC technical support since 2023 and 2022 MoU with UNGRD as background; future partners only a hope; media contact
kd02 - wire copy with hard line breaks: ICRC donation to Corposalud, ICRC meets Zulia governor, Empresas Polar water donated to Venezuelan Red Cross; Reuters cited, OCHA background figure, byline/editor, Táchira/Apure extension only a plan
kd03 - IFRC DREF operation update for Peru floods: DREF funding, IFRC surge team mission to Piura, CRP-INDECI meeting, Backus donation, WFP-funded vouchers; generic Partner National Societies, planned cash transfers and possible DREF revision are not relations
kd04 - blog report on a logistics forum in Santiago: participation list, ICRC invited but absent, LATAM air-bridge alliance, Mercado Libre / Argentine Red Cross renewal with IFRC director only looking on, Chilean Red Cross-SENAPRED talks; Avianca approach and next meeting are plans
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

CRC = "Colombian Red Cross Society"
UNGRD = "National Unit for Disaster Risk Management"
VRC = "Venezuelan Red Cross"
ZULIA = "Zulia State Government"
PRC = "Peruvian Red Cross"
INDECI = "National Institute of Civil Defence"
WFP = "World Food Programme"
CHRC = "Chilean Red Cross"
ARC = "Argentine Red Cross"
SENAPRED = "National Disaster Prevention and Response Service"
LATAM = "LATAM Airlines Group"

DOCS = [
    (
        "kd01_colombia_bancolombia_mojana.txt",
        "2025-03-12",
        [
            org(CRC, NS, "CO", "Colombian Red Cross", "Cruz Roja Colombiana"),
            org("Bancolombia", CO, "CO"),
            org(UNGRD, GOV, "CO", "UNGRD"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Gabriel Ospina Restrepo", "Executive President", CRC),
            person("María Fernanda Lozano", "Vice President for Sustainability", "Bancolombia"),
            person("Hernán Cárdenas Mejía", "Deputy Director", UNGRD),
            person("Laura Benítez", "Communications Officer", CRC),
        ],
        [
            rel(
                "agreement",
                [CRC, "Bancolombia"],
                signatories=["Gabriel Ospina Restrepo", "María Fernanda Lozano"],
                place="Bogotá, Colombia",
                date="2025-03-11",
                evidence="The Colombian Red Cross Society and Bancolombia on Tuesday signed a three-year cooperation agreement",
            ),
            rel(
                "support",
                ["Bancolombia", CRC],
                evidence="the bank has committed COP 2,400 million to install river-level sensors",
            ),
            rel(
                "support",
                [IFRC, CRC],
                date="2023",
                evidence="Its early-warning pilot there has been technically supported by the International Federation of Red Cross and Red Crescent Societies (IFRC) since 2023.",
            ),
            rel(
                "agreement",
                [CRC, UNGRD],
                date="2022",
                evidence="a memorandum of understanding that the National Society concluded with the UNGRD in 2022",
            ),
        ],
    ),
    (
        "kd02_venezuela_zulia_medicines.txt",
        "2024-11-07",
        [
            org(ICRC, MB, None, "ICRC"),
            org("Corposalud", GOV, "VE"),
            org(ZULIA, GOV, "VE"),
            org(VRC, NS, "VE"),
            org("Empresas Polar", CO, "VE"),
        ],
        [
            person("Pierre-Louis Marchand", "Head of Delegation", ICRC),
            person("Ramón Villasmil", "Governor", ZULIA),
            person("Elena Briceño", "President of the Zulia branch", VRC),
            person("Luis Ferrer Añez", "Director", "Corposalud"),
        ],
        [
            rel(
                "donation",
                [ICRC, "Corposalud"],
                place="Maracaibo, Venezuela",
                date="2024-11-06",
                evidence="(ICRC) on Wednesday handed over 14 tonnes of medicines, surgical",
            ),
            rel(
                "meeting",
                [ICRC, ZULIA],
                date="2024-11-05",
                evidence="Marchand met Zulia Governor Ramón Villasmil on Tuesday to discuss",
            ),
            rel(
                "donation",
                ["Empresas Polar", VRC],
                evidence="30,000 litres of bottled water donated by Empresas Polar, the food and",
            ),
        ],
    ),
    (
        "kd03_peru_piura_floods_update.txt",
        "2025-02-21",
        [
            org(IFRC, MB, None, "IFRC"),
            org(PRC, NS, "PE", "Cruz Roja Peruana", "CRP"),
            org(INDECI, GOV, "PE", "INDECI"),
            org("Backus", CO, "PE"),
            org(WFP, UN, None, "WFP"),
        ],
        [
            person("Ana Beatriz Quiroga", "Surge Team Leader", IFRC),
            person("Carlos Huamán Rivas", "President", PRC),
            person("Jorge Salcedo Ugarte", "Head", INDECI),
            person("Lucía Paredes Vega", "National Director of Disaster Risk Management", PRC),
            person("Tomás Aguirre", "Operations Coordinator", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, PRC],
                date="2025-02-13",
                evidence="On 13 February the IFRC approved CHF 412,375 from the Disaster Response Emergency Fund (DREF) to enable the Peruvian Red Cross (Cruz Roja Peruana, CRP) to assist 8,000 people",
            ),
            rel(
                "mission",
                [IFRC],
                place="Piura, Peru",
                date="2025-02-16",
                evidence="a four-person IFRC team – a team leader, a shelter specialist, an information manager and a finance officer – was deployed from the Americas Regional Office in Panama and arrived in Piura on 16 February",
            ),
            rel(
                "meeting",
                [PRC, INDECI],
                place="Lima, Peru",
                date="2025-02-18",
                evidence="on 18 February CRP President Carlos Huamán Rivas met INDECI head Jorge Salcedo Ugarte in Lima",
            ),
            rel(
                "donation",
                ["Backus", PRC],
                evidence="Backus, one of Peru's largest beverage companies, donated 60,000 cans of drinking water",
            ),
            rel(
                "support",
                [WFP, PRC],
                evidence="CRP volunteers are distributing food vouchers funded by the World Food Programme (WFP) to 1,100 households",
            ),
        ],
    ),
    (
        "kd04_santiago_logistics_forum.txt",
        "2025-05-23",
        [
            org(CHRC, NS, "CL"),
            org(ARC, NS, "AR"),
            org(CRC, NS, "CO", "Colombian Red Cross"),
            org(PRC, NS, "PE"),
            org(IFRC, MB, None, "IFRC"),
            org(LATAM, CO, "CL", "LATAM"),
            org("Mercado Libre", CO, "AR"),
            org(SENAPRED, GOV, "CL", "SENAPRED"),
        ],
        [
            person("Ximena Larraín Bravo", "President", CHRC),
            person("Marta Villanueva Ochoa", "Regional Director for the Americas", IFRC),
            person("Tomás Errázuriz", "Vice President for Corporate Affairs", LATAM),
            person("Federico Lanusse", "President", ARC),
            person("Paula Etchegaray", "Regional Sustainability Director", "Mercado Libre"),
            person("Rodrigo Fuenzalida Vera", "National Director", SENAPRED),
            person("Andrés Felipe Rueda", "National Logistics Coordinator", CRC),
        ],
        [
            rel(
                "participation",
                [CHRC, ARC, CRC, PRC, IFRC, LATAM, "Mercado Libre", SENAPRED],
                event="Forum on Humanitarian Logistics and the Private Sector",
                place="Santiago, Chile",
                date="2025-05-20",
                evidence="Around ninety people attended the two-day forum, among them delegations from the Argentine Red Cross, the Colombian Red Cross and the Peruvian Red Cross",
            ),
            rel(
                "alliance",
                [CHRC, ARC, LATAM],
                place="Santiago, Chile",
                date="2025-05-21",
                evidence="the Chilean Red Cross, the Argentine Red Cross and LATAM launched the Southern Cone Humanitarian Air Bridge, a standing alliance",
            ),
            rel(
                "agreement",
                ["Mercado Libre", ARC],
                signatories=["Federico Lanusse", "Paula Etchegaray"],
                place="Santiago, Chile",
                date="2025-05",
                evidence="On the sidelines, Mercado Libre and the Argentine Red Cross renewed the agreement",
            ),
            rel(
                "meeting",
                [CHRC, SENAPRED],
                place="Santiago, Chile",
                date="2025-05-21",
                evidence="Also on Wednesday, Larraín and SENAPRED national director Rodrigo Fuenzalida Vera held talks",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
