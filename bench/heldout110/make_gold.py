"""Held-out set heldout110 ("fd"): four articles from the Americas and the Pacific.

fd01 - regional Mexican newspaper item translated from Spanish, with wire-copy hard line
       breaks: Mexican Red Cross / Veracruz state government ambulance agreement, a Fundación
       Coppel donation, PAHO training support, background agreement with the Universidad
       Veracruzana; non-relations: a hoped-for PAHO agreement, a fundraising appeal.
fd02 - corporate press release: Bancolombia / Colombian Red Cross three-year alliance and
       donation, background agreement with the La Guajira departmental government, American
       Red Cross funding; non-relations: a possible tripartite agreement, an appeal to clients,
       IFRC membership boilerplate.
fd03 - Guatemalan CONRED press release on floods listing which agency supports which, one
       three-party coordination meeting, a company donation; non-relations: an invitation to a
       future workshop, an appeal.
fd04 - Pacific preparedness story: Fiji Red Cross / Australian Red Cross funding agreement
       (witnessed by the IFRC), DFAT and MFAT funding, a New Zealand Red Cross mission to Tonga,
       a regional workshop; non-relations: hoped-for agreements and partnerships.

(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

CRM = "Mexican Red Cross"
VER = "Government of the State of Veracruz"
PAHO = "Pan American Health Organization"
COPPEL = "Fundación Coppel"
UV = "Universidad Veracruzana"
SPC = "Civil Protection Secretariat of the State of Veracruz"

BANCO = "Bancolombia"
CRC = "Colombian Red Cross"
GUAJ = "Departmental Government of La Guajira"
ARC_US = "American Red Cross"

CONRED = "National Coordinator for Disaster Reduction"
CRG = "Guatemalan Red Cross"
WFP = "World Food Programme"
MSPAS = "Ministry of Public Health and Social Assistance"
ARMY = "Guatemalan Army"
ESC = "Municipality of Escuintla"
WALMEX = "Walmart de México y Centroamérica"

FRCS = "Fiji Red Cross Society"
AUSRC = "Australian Red Cross"
DFAT = "Department of Foreign Affairs and Trade"
NZRC = "New Zealand Red Cross"
MFAT = "Ministry of Foreign Affairs and Trade"
TRCS = "Tonga Red Cross Society"
VRCS = "Vanuatu Red Cross Society"
SRCS = "Samoa Red Cross Society"
SIRC = "Solomon Islands Red Cross"
NDMO = "National Disaster Management Office"

DOCS = [
    (
        "fd01_veracruz_ambulance_agreement.txt",
        "2024-09-12",
        [
            org(CRM, NS, "MX", "Cruz Roja Mexicana", "CRM", "Red Cross"),
            org(VER, GOV, "MX", "Veracruz government"),
            org(PAHO, UN, None, "PAHO"),
            org(COPPEL, NGO, "MX"),
            org(UV, OTHER, "MX", "UV"),
            org(SPC, GOV, "MX", "State Civil Protection Secretariat", "SPC"),
        ],
        [
            person("Rogelio Abascal Turrent", "Secretary of Health", VER),
            person("Mariana Esquivel Landa", "President of the Veracruz state council", CRM),
            person("Héctor Villalobos Gamboa", "National President", CRM),
            person("Paulina Ruelas Soto", "Director of social programmes", COPPEL),
        ],
        [
            rel(
                "agreement",
                [VER, CRM],
                signatories=["Rogelio Abascal Turrent", "Mariana Esquivel Landa"],
                place="Xalapa, Mexico",
                date="2024-09-10",
            ),
            rel("support", [PAHO, CRM], date="2022"),
            rel("donation", [COPPEL, CRM], date="2024-09-10"),
            rel("agreement", [CRM, UV], date="2021"),
        ],
    ),
    (
        "fd02_bancolombia_alliance.txt",
        "2025-05-21",
        [
            org(BANCO, CO, "CO"),
            org(CRC, NS, "CO", "Cruz Roja Colombiana", "Red Cross"),
            org(GUAJ, GOV, "CO"),
            org(ARC_US, NS, "US"),
        ],
        [
            person("Juliana Restrepo Ochoa", "Vice-President of Sustainability", BANCO),
            person("Gustavo Adolfo Pineda Salcedo", "Executive President", CRC),
            person("Claudia Marcela Ibarra Epieyú", "Director of the La Guajira branch", CRC),
        ],
        [
            rel("alliance", [BANCO, CRC], place="Medellín, Colombia", date="2025-05-20"),
            rel("donation", [BANCO, CRC]),
            rel("agreement", [CRC, GUAJ], date="2024-03"),
            rel("support", [ARC_US, CRC], date="2023"),
        ],
    ),
    (
        "fd03_conred_escuintla_floods.txt",
        "2024-10-18",
        [
            org(CONRED, GOV, "GT", "CONRED", "Executive Secretariat of CONRED"),
            org(CRG, NS, "GT", "Cruz Roja Guatemalteca", "CRG"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(WFP, UN, None, "WFP"),
            org(PAHO, UN, None, "PAHO/WHO", "PAHO"),
            org(MSPAS, GOV, "GT", "MSPAS"),
            org(ARMY, GOV, "GT"),
            org(ESC, GOV, "GT"),
            org(WALMEX, CO, "MX"),
        ],
        [
            person("Walter Osorio Cifuentes", "Executive Secretary", CONRED),
            person("Ana Lucía Barrios de León", "President", CRG),
            person(
                "Martín Aguilar Bravo",
                "Head of the IFRC Country Cluster Delegation for Central America",
                IFRC,
            ),
            person(
                "Mauricio Tzoc Ajanel", "Minister of Public Health and Social Assistance", MSPAS
            ),
            person("Rosa Elena Chacón Morales", "Mayor of Escuintla", ESC),
        ],
        [
            rel("support", [IFRC, CRG], date="2024-10-14"),
            rel("support", [ICRC, CRG]),
            rel("support", [WFP, CONRED]),
            rel("support", [PAHO, MSPAS]),
            rel("support", [ARMY, ESC]),
            rel("donation", [WALMEX, CRG]),
            rel(
                "meeting", [CONRED, CRG, IFRC], place="Guatemala City, Guatemala", date="2024-10-16"
            ),
        ],
    ),
    (
        "fd04_pacific_preparedness_suva.txt",
        "2025-03-06",
        [
            org(FRCS, NS, "FJ", "FRCS", "Fiji Red Cross"),
            org(AUSRC, NS, "AU"),
            org(IFRC, MB, None, "IFRC"),
            org(DFAT, GOV, "AU", "DFAT"),
            org(NZRC, NS, "NZ"),
            org(MFAT, GOV, "NZ", "MFAT"),
            org(TRCS, NS, "TO"),
            org(VRCS, NS, "VU"),
            org(SRCS, NS, "WS"),
            org(SIRC, NS, "SB"),
            org(NDMO, GOV, "FJ", "NDMO"),
        ],
        [
            person("Apenisa Ratuvou", "Director General", FRCS),
            person("Rebecca Lindqvist", "Head of International Programs", AUSRC),
            person(
                "Sina Tuiasosopo-Leau", "Head of the IFRC Pacific Country Cluster Delegation", IFRC
            ),
            person("Vasiti Naulivou", "Director", NDMO),
            person("Losana Ravu", "Pacific programme manager", NZRC),
            person("Tevita Fifita", "Secretary General", TRCS),
        ],
        [
            rel(
                "agreement",
                [FRCS, AUSRC],
                signatories=["Apenisa Ratuvou", "Rebecca Lindqvist"],
                place="Suva, Fiji",
                date="2025-03-04",
            ),
            rel("support", [DFAT, AUSRC]),
            rel(
                "participation",
                [IFRC, FRCS, TRCS, VRCS, SRCS, SIRC, NDMO, AUSRC, NZRC],
                event="Pacific Regional Disaster Preparedness and Disaster Law Workshop",
                place="Suva, Fiji",
                date="2025-03",
            ),
            rel("mission", [NZRC], place="Nuku'alofa, Tonga", date="2025-02"),
            rel("support", [MFAT, NZRC], date="2025-02"),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
