"""Gold annotations for held-out set 133 (prefix ie): Andean and South America.

ie01 - press release (Lima): CRP-INDECI framework signed "yesterday", earlier 2019 protocol as background, German RC funding and gift; traps: IFRC head only a guest at the signing, planned Loreto protocol, invitation to regional governments, generic "Partner National Societies", media-contact department.
ie02 - wire copy with hard line breaks (La Paz): Japan's donation to the Bolivian RC, meeting "last Friday" with VIDECI, ICRC training; traps: byline/editor, state agency ABI cited, the newspaper itself, UNICEF only invited, planned appeal, unnamed volunteer.
ie03 - field feature (Ecuador): UNHCR funding and 2021 letter of understanding, Spanish RC and AECID support for cash, IFRC surge team to Esmeraldas; traps: byline, migrants as private individuals, generic partners, planned Macará point and El Oro shelter.
ie04 - forum report (Asunción): one participation relation with seven organisations, Norwegian RC funding, declared Tri-National Chaco Alliance, side talks PRC-WFP; traps: Brazilian RC invited but absent, proposed fund and future conference, IFRC regional office, department credit line.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

CRP = "Peruvian Red Cross"
INDECI = "National Institute of Civil Defence"
GRC = "German Red Cross"
CRB = "Bolivian Red Cross"
JAPAN = "Government of Japan"
VIDECI = "Vice Ministry of Civil Defence"
CRE = "Ecuadorian Red Cross"
UNHCR = "UNHCR"
SRC = "Spanish Red Cross"
AECID = "Spanish Agency for International Development Cooperation"
PRC = "Paraguayan Red Cross"
ARC = "Argentine Red Cross"
WFP = "World Food Programme"
SEN = "National Emergency Secretariat"
NORCROSS = "Norwegian Red Cross"

DOCS = [
    (
        "ie01_peru_indeci_early_warning.txt",
        "2025-06-12",
        [
            org(CRP, NS, "PE", "Cruz Roja Peruana", "CRP"),
            org(INDECI, GOV, "PE", "Instituto Nacional de Defensa Civil", "INDECI"),
            org(IFRC, MB, None, "IFRC"),
            org(GRC, NS, "DE", "Deutsches Rotes Kreuz"),
        ],
        [
            person("Rosa Elena Quispe Mamani", "President", CRP),
            person("Héctor Villanueva Salas", "Head", INDECI),
            person(
                "Carolina Ibáñez Ferro",
                "Head of the Country Cluster Delegation for the Andean Countries",
                IFRC,
            ),
            person("Jonas Wehrmann", "Country Representative in Peru", GRC),
        ],
        [
            rel(
                "agreement",
                [CRP, INDECI],
                signatories=["Rosa Elena Quispe Mamani", "Héctor Villanueva Salas"],
                place="Lima, Peru",
                date="2025-06-11",
                evidence="yesterday signed a three-year framework agreement to extend community early-warning systems",
            ),
            rel(
                "agreement",
                [CRP, INDECI],
                date="2019",
                evidence="The new framework builds on a cooperation protocol that the two institutions signed in 2019",
            ),
            rel(
                "support",
                [GRC, CRP],
                evidence="The first phase of the programme is financed by the German Red Cross (Deutsches Rotes Kreuz)",
            ),
            rel(
                "donation",
                [GRC, CRP],
                date="2025-06",
                evidence="This month, the German society also handed over 35 automatic rain gauges and 12 solar-powered sirens to the Peruvian Red Cross",
            ),
        ],
    ),
    (
        "ie02_bolivia_wildfire_aid.txt",
        "2025-08-20",
        [
            org(JAPAN, GOV, "JP", "Japan"),
            org(CRB, NS, "BO", "Cruz Roja Boliviana", "CRB"),
            org(VIDECI, GOV, "BO", "VIDECI"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Kenji Morimoto", "Ambassador to Bolivia", JAPAN),
            person("Óscar Mendieta Rojas", "President", CRB),
            person("Gerardo Achá Villca", "Vice Minister of Civil Defence", VIDECI),
        ],
        [
            rel(
                "donation",
                [JAPAN, CRB],
                place="La Paz, Bolivia",
                date="2025-08-19",
                evidence="handed over 1,200 food parcels and 300 household water filters to the",
            ),
            rel(
                "meeting",
                [CRB, VIDECI],
                date="2025-08-15",
                evidence="Last Friday, Mendieta met the Vice Minister of Civil Defence, Gerardo Achá",
            ),
            rel(
                "support",
                [ICRC, CRB],
                evidence="trained 80 CRB volunteers in the care of burn injuries and in",
            ),
        ],
    ),
    (
        "ie03_ecuador_border_feature.txt",
        "2025-04-03",
        [
            org(CRE, NS, "EC", "Cruz Roja Ecuatoriana", "CRE"),
            org(UNHCR, UN, None, "UN refugee agency"),
            org(SRC, NS, "ES", "Cruz Roja Española"),
            org(AECID, GOV, "ES", "AECID"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person(
                "Paúl Jaramillo Ortega",
                "Coordinator of the humanitarian service point in Huaquillas",
                CRE,
            ),
            person("Ingrid Solberg", "Head of Field Office in Machala", UNHCR),
            person("Ramiro Cevallos Andrade", "National President", CRE),
        ],
        [
            rel(
                "support",
                [UNHCR, CRE],
                evidence="The service point runs with funding from UNHCR, the UN refugee agency",
            ),
            rel(
                "agreement",
                [UNHCR, CRE],
                place="Quito, Ecuador",
                date="2021",
                evidence="under a letter of understanding the two organisations signed in Quito in 2021",
            ),
            rel(
                "support",
                [SRC, CRE],
                evidence="This part of the operation is run by CRE with technical support from the Spanish Red Cross (Cruz Roja Española)",
            ),
            rel(
                "support",
                [AECID, CRE],
                evidence="is financed by the Spanish Agency for International Development Cooperation (AECID)",
            ),
            rel(
                "mission",
                [IFRC],
                place="Esmeraldas, Ecuador",
                date="2025-03",
                evidence="sent a four-person surge team to Esmeraldas in mid-March",
            ),
        ],
    ),
    (
        "ie04_chaco_resilience_forum.txt",
        "2025-10-10",
        [
            org(PRC, NS, "PY", "Cruz Roja Paraguaya"),
            org(CRB, NS, "BO"),
            org(ARC, NS, "AR"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(WFP, UN, None, "WFP"),
            org(SEN, GOV, "PY", "Secretaría de Emergencia Nacional"),
            org(NORCROSS, NS, "NO"),
        ],
        [
            person("Ana Lucía Benítez Ortiz", "Executive Minister", SEN),
            person("Federico Gaona Ruiz Díaz", "President", PRC),
            person(
                "Matías Echeverría Lutz", "Head of the Regional Delegation in Buenos Aires", ICRC
            ),
            person("Graciela Montes de Oca", "Vice-President", ARC),
            person("Óscar Mendieta Rojas", "National President", CRB),
            person("Thomas Lindqvist", "Country Director", WFP),
        ],
        [
            rel(
                "participation",
                [PRC, CRB, ARC, IFRC, ICRC, WFP, SEN],
                event="Regional Forum on Community Resilience in the Gran Chaco",
                place="Asunción, Paraguay",
                date="2025-10-07",
                evidence="Delegations came from the Paraguayan Red Cross (Cruz Roja Paraguaya), the Bolivian Red Cross and the Argentine Red Cross",
            ),
            rel(
                "support",
                [NORCROSS, PRC],
                evidence="The event was organised with financial support from the Norwegian Red Cross.",
            ),
            rel(
                "alliance",
                [PRC, CRB, ARC],
                place="Asunción, Paraguay",
                date="2025-10-08",
                evidence="the presidents of the three National Societies announced the creation of the Tri-National Chaco Alliance",
            ),
            rel(
                "meeting",
                [PRC, WFP],
                place="Asunción, Paraguay",
                date="2025-10",
                evidence="Gaona Ruiz Díaz and WFP country director Thomas Lindqvist held talks on anticipatory cash transfers",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
