"""Gold annotations for held-out set 117 (prefix ga): Latin America.

ga01 - Colombian Red Cross press release: agreement with a retailer (UNGRD director only attends,
       not a party), in-kind donation, 2020 MoU as background, ECHO and IFRC support, a plan.
ga02 - wire report on Peru floods with hard line breaks: three-party coordination meeting,
       IFRC DREF, USAID donation, PAHO support to the health ministry, IOM without a relation,
       a hoped-for agreement that is not yet signed.
ga03 - feature story with quotes from Honduras: 2019 background agreement with the foreign
       ministry, ICRC / Spanish Red Cross / AECID funding chain, IOM visit ("on Tuesday"),
       UNHCR only supports unnamed shelters.
ga04 - subregional meeting report from Buenos Aires: participation of many organisations,
       invited Peruvian Red Cross did not attend, sideline bilateral agreement with a witness
       who is not a signatory, two separate bilateral meetings, a proposal for next year.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

CRC = "Colombian Red Cross Society"
EXITO = "Grupo Éxito"
UNGRD = "National Unit for Disaster Risk Management"
ECHO = "European Civil Protection and Humanitarian Aid Operations"

INDECI = "National Civil Defence Institute"
PRC = "Peruvian Red Cross"
PAHO = "Pan American Health Organization"
USAID = "U.S. Agency for International Development"
MINSA = "Ministry of Health"
IOM = "International Organization for Migration"

HRC = "Honduran Red Cross"
SRECI = "Secretariat of Foreign Affairs and International Cooperation"
SPRC = "Spanish Red Cross"
AECID = "Spanish Agency for International Development Cooperation"
UNHCR = "UNHCR"

ARC = "Argentine Red Cross"
BRC = "Bolivian Red Cross"
CHRC = "Chilean Red Cross"
PYRC = "Paraguayan Red Cross"
URC = "Uruguayan Red Cross"
SPC = "National Secretariat of Civil Protection"

DOCS = [
    (
        "ga01_colombia_exito_guajira.txt",
        "2025-04-08",
        [
            org(CRC, NS, "CO", "Colombian Red Cross", "Cruz Roja Colombiana"),
            org(EXITO, CO, "CO"),
            org(UNGRD, GOV, "CO", "UNGRD"),
            org(
                ECHO,
                OTHER,
                None,
                "ECHO",
                "European Union's Civil Protection and Humanitarian Aid Operations department",
            ),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Julián Andrés Restrepo Gómez", "Executive President", CRC),
            person("Mariana Ocampo Velásquez", "Vice President for Sustainability", EXITO),
            person("Hernán Darío Quintero", "Director General", UNGRD),
        ],
        [
            rel(
                "agreement",
                [CRC, EXITO],
                signatories=["Julián Andrés Restrepo Gómez", "Mariana Ocampo Velásquez"],
                place="Bogotá, Colombia",
                date="2025-04-07",
                evidence="signed on Monday a two-year cooperation agreement",
            ),
            rel(
                "donation",
                [EXITO, CRC],
                evidence="Grupo Éxito handed over 3,500 food kits and 2,000 family hygiene kits",
            ),
            rel(
                "agreement",
                [EXITO, CRC],
                date="2020",
                evidence="Grupo Éxito and the Colombian Red Cross first signed a memorandum of "
                "understanding in 2020",
            ),
            rel(
                "support",
                [ECHO, CRC],
                evidence="The Red Cross response in La Guajira also receives support from the "
                "European Union's Civil Protection and Humanitarian Aid Operations "
                "department (ECHO)",
            ),
            rel(
                "support",
                [IFRC, CRC],
                evidence="provides technical assistance in cash transfer programming",
            ),
        ],
    ),
    (
        "ga02_peru_floods_wire.txt",
        "2025-03-19",
        [
            org(INDECI, GOV, "PE", "INDECI"),
            org(PRC, NS, "PE", "Cruz Roja Peruana"),
            org(PAHO, UN, None, "PAHO"),
            org(IFRC, MB, None, "IFRC"),
            org(USAID, GOV, "US", "USAID"),
            org(MINSA, GOV, "PE", "MINSA", "Peru's Ministry of Health"),
            org(IOM, UN, None, "IOM"),
        ],
        [
            person("Carlos Manuel Yupanqui Salas", "chief", INDECI),
            person("Rosa Elvira Huamán Torres", "President", PRC),
            person("Ignacio Ferreyra", "Representative in Peru", PAHO),
        ],
        [
            rel(
                "meeting",
                [INDECI, PRC, PAHO],
                date="2025-03-18",
                evidence="Yupanqui met on Tuesday with the president of the Peruvian Red Cross",
            ),
            rel(
                "support",
                [IFRC, PRC],
                evidence="released 395,000 Swiss\nfrancs from its Disaster Response Emergency Fund",
            ),
            rel(
                "donation",
                [USAID, PRC],
                evidence="donated 250,000\ndollars to the Peruvian Red Cross",
            ),
            rel("support", [PAHO, MINSA], evidence="to assist Peru's Ministry of Health (MINSA)"),
        ],
    ),
    (
        "ga03_honduras_returnees_feature.txt",
        "2025-05-23",
        [
            org(HRC, NS, "HN", "Cruz Roja Hondureña"),
            org(SRECI, GOV, "HN", "SRECI"),
            org(ICRC, MB, None, "ICRC"),
            org(SPRC, NS, "ES"),
            org(AECID, GOV, "ES", "AECID"),
            org(UNHCR, UN, None),
            org(IOM, UN, None, "IOM"),
        ],
        [
            person("Dania Maribel Castillo", "volunteer", HRC),
            person("Nelson Ariel Paz", "coordinator of the migration programme", HRC),
            person("Paola Grisanti Meléndez", "Chief of Mission in Honduras", IOM),
        ],
        [
            rel(
                "agreement",
                [HRC, SRECI],
                date="2019",
                evidence="It opened in 2019 under a cooperation agreement between the Honduran "
                "Red Cross and the Secretariat of Foreign Affairs and International "
                "Cooperation (SRECI)",
            ),
            rel(
                "support",
                [ICRC, HRC],
                evidence="supports the service with phone equipment and training on restoring "
                "family links",
            ),
            rel(
                "support",
                [SPRC, HRC],
                evidence="the Spanish Red Cross finances the psychosocial component",
            ),
            rel(
                "support",
                [AECID, SPRC],
                evidence="using a grant from the Spanish Agency for International Development "
                "Cooperation (AECID)",
            ),
            rel(
                "meeting",
                [IOM, HRC],
                place="San Pedro Sula, Honduras",
                date="2025-05-20",
                evidence="visited the service point and met with Red Cross staff and volunteers",
            ),
        ],
    ),
    (
        "ga04_southern_cone_meeting.txt",
        "2025-09-05",
        [
            org(ARC, NS, "AR", "Cruz Roja Argentina"),
            org(BRC, NS, "BO"),
            org(CHRC, NS, "CL"),
            org(PYRC, NS, "PY"),
            org(URC, NS, "UY"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(UNHCR, UN, None, "UN Refugee Agency"),
            org(IOM, UN, None, "IOM"),
            org(SPC, GOV, "AR"),
        ],
        [
            person("Diego Fernando Aráoz", "President", ARC),
            person("Alejandro Ibarra Ruiz", "head", SPC),
            person("Andrea Kessler", "head of the IFRC Country Cluster Delegation", IFRC),
            person("Pierre-Alain Dufour", "head of the ICRC regional delegation", ICRC),
            person("Gladys Noemí Cardozo", "President", PYRC),
            person("Francisca Undurraga Lira", "Secretary General", CHRC),
            person("Ramiro Quispe Mamani", "President", BRC),
            person("Camila Ferraro", "Regional Representative for Southern Latin America", UNHCR),
            person("Rodrigo Salvatierra", "Regional Director for South America", IOM),
            person("Martín Olivera Castro", "President", URC),
        ],
        [
            rel(
                "participation",
                [ARC, BRC, CHRC, PYRC, URC, IFRC, ICRC, UNHCR, IOM, SPC],
                event="12th Southern Cone Subregional Meeting of National Societies",
                place="Buenos Aires, Argentina",
                date="2025-09",
                evidence="the 12th Southern Cone Subregional Meeting of National Societies",
            ),
            rel(
                "support",
                [IFRC, ARC],
                evidence="organised with the support of the International Federation of Red "
                "Cross and Red Crescent Societies (IFRC)",
            ),
            rel(
                "agreement",
                [ARC, PYRC],
                signatories=["Diego Fernando Aráoz", "Gladys Noemí Cardozo"],
                place="Buenos Aires, Argentina",
                date="2025-09-03",
                evidence="the Argentine Red Cross and the Paraguayan Red Cross signed a "
                "bilateral cooperation agreement",
            ),
            rel(
                "meeting",
                [BRC, UNHCR],
                place="Buenos Aires, Argentina",
                date="2025-09",
                evidence="held separate bilateral meetings with UNHCR's Regional "
                "Representative for Southern Latin America",
            ),
            rel(
                "meeting",
                [BRC, IOM],
                place="Buenos Aires, Argentina",
                date="2025-09",
                evidence="and with IOM's Regional Director for South America",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
