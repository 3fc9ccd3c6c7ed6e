"""Writes gold.json for held-out set 115 ("fi"): four Europe / North America articles.

fi01  Spanish Red Cross reception programme in the Canary Islands, translated press release
      (ministry funding co-financed by the EU, regional government premises, a city council
      agreement, a foundation's donation; UNHCR/IOM only as an intention).
fi02  Portuguese Red Cross wildfire response in Odemira, bylined wire copy with hard line breaks
      (council support, supermarket donation, meeting with civil protection, IFRC DREF; an offer
      by the Spanish Red Cross and a football foundation's plan are not relations).
fi03  National Bank of Canada / Canadian Red Cross three-year partnership with an employee-giving
      match and a gift, plus a background agreement with Quebec's Ministry of Public Security.
fi04  Irish Red Cross news item on an Austrian Red Cross delegation and a twinning agreement
      (background MoU, a forum, a three-party meeting; an invitation and a plan are not relations).

(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

# ---------------------------------------------------------------- fi01
SRC = "Spanish Red Cross"
MISSM = "Ministry of Inclusion, Social Security and Migration"
EU = "European Union"
CAN = "Government of the Canary Islands"
LPGC = "Las Palmas de Gran Canaria City Council"
LACAIXA = '"la Caixa" Foundation'

FI01 = (
    "fi01_canarias_humanitarian_reception.txt",
    "2023-11-14",
    [
        org(SRC, NS, "ES", "Cruz Roja Española", "Red Cross"),
        org(MISSM, GOV, "ES", "Ministerio de Inclusión, Seguridad Social y Migraciones"),
        org(EU, OTHER, None),
        org(CAN, GOV, "ES", "Gobierno de Canarias", "Canary Islands Government"),
        org(LPGC, GOV, "ES", "City Council"),
        org(LACAIXA, NGO, "ES", "la Caixa Foundation"),
    ],
    [
        person("María Elena Castaño Ruiz", "President", SRC),
        person("Carmen Lozano Ibáñez", "Secretary of State for Migration", MISSM),
        person("Gustavo Medina Santana", "Councillor for Social Welfare", LPGC),
        person("Javier Morán Quintana", "Regional Coordinator in the Canary Islands", SRC),
        person("Rosa Delgado Suárez", "Mayor", LPGC),
    ],
    [
        rel("support", [MISSM, SRC]),
        rel("support", [EU, SRC]),
        rel("support", [CAN, SRC]),
        rel(
            "agreement",
            [LPGC, SRC],
            signatories=["Gustavo Medina Santana", "Javier Morán Quintana"],
            date="2023-10",
        ),
        rel("donation", [LACAIXA, SRC]),
    ],
)

# ---------------------------------------------------------------- fi02
CVP = "Portuguese Red Cross"
ODM = "Odemira Municipal Council"
PD = "Pingo Doce"
ANEPC = "National Emergency and Civil Protection Authority"

FI02 = (
    "fi02_odemira_wildfire_response.txt",
    "2024-08-09",
    [
        org(CVP, NS, "PT", "Cruz Vermelha Portuguesa", "CVP", "Red Cross"),
        org(ODM, GOV, "PT", "council"),
        org(PD, CO, "PT"),
        org(ANEPC, GOV, "PT", "ANEPC"),
        org(IFRC, MB, None, "IFRC"),
    ],
    [
        person("Marta Brandão", "National Emergency Coordinator", CVP),
        person("Luís Pacheco Mendes", "Mayor of Odemira", ODM),
        person("Inês Carvalho", "Director of Corporate Responsibility", PD),
        person("Rui Figueira", "District Commander for Beja", ANEPC),
        person("António Saraiva Leite", "President", CVP),
    ],
    [
        rel("support", [ODM, CVP], place="Odemira, Portugal"),
        rel("donation", [PD, CVP], place="Beja, Portugal", date="2024-08-07"),
        rel("meeting", [CVP, ANEPC], place="São Luís, Portugal", date="2024-08-08"),
        rel("support", [IFRC, CVP], date="2024-08-08"),
    ],
)

# ---------------------------------------------------------------- fi03
NBC = "National Bank of Canada"
CRC = "Canadian Red Cross"
MSP = "Ministère de la Sécurité publique du Québec"

FI03 = (
    "fi03_national_bank_partnership.txt",
    "2025-03-04",
    [
        org(NBC, CO, "CA", "National Bank", "the Bank"),
        org(CRC, NS, "CA", "Red Cross"),
        org(MSP, GOV, "CA", "Quebec Ministry of Public Security"),
    ],
    [
        person(
            "Sophie Lachance-Tremblay",
            "Executive Vice-President, Employee Experience and Corporate Affairs",
            NBC,
        ),
        person("Hélène Bouchard-Lavoie", "President and CEO", CRC),
        person("Étienne Roy-Dubois", "President and Chief Executive Officer", NBC),
        person("Pierre Vachon", "Vice-President, Quebec", CRC),
        person("Julie Desrosiers", "Media contact, Communications", NBC),
    ],
    [
        rel(
            "agreement",
            [NBC, CRC],
            signatories=["Sophie Lachance-Tremblay", "Hélène Bouchard-Lavoie"],
            place="Montreal, Canada",
            date="2025-03-03",
        ),
        rel("support", [NBC, CRC], date="2025-03-03"),
        rel("donation", [NBC, CRC]),
        rel("agreement", [CRC, MSP], date="2023"),
    ],
)

# ---------------------------------------------------------------- fi04
ORK = "Austrian Red Cross"
IRC = "Irish Red Cross"
NAS = "National Ambulance Service"
OMI = "Order of Malta Ireland"
DOD = "Department of Defence"

FI04 = (
    "fi04_austrian_delegation_twinning.txt",
    "2024-05-17",
    [
        org(ORK, NS, "AT", "Österreichisches Rotes Kreuz", "ÖRK"),
        org(IRC, NS, "IE"),
        org(NAS, GOV, "IE"),
        org(OMI, NGO, "IE"),
        org(DOD, GOV, "IE"),
    ],
    [
        person("Katharina Holzer-Brandl", "Secretary General", ORK),
        person("Declan Moriarty", "Secretary General", IRC),
        person("Aoife Brennan", "Chair", IRC),
        person("Lukas Steinbauer", "Head of the Austrian Youth Red Cross", ORK),
        person("Conor Whelan", "Head of Emergency Services", IRC),
        person("Niamh Gallagher", "Director of the Office of Emergency Planning", DOD),
    ],
    [
        rel("mission", [ORK], place="Dublin, Ireland", date="2024-05"),
        rel("meeting", [ORK, IRC], place="Dublin, Ireland", date="2024-05"),
        rel(
            "agreement",
            [ORK, IRC],
            signatories=["Katharina Holzer-Brandl", "Declan Moriarty"],
            event="twinning agreement",
            place="Dublin, Ireland",
            date="2024-05-16",
        ),
        rel(
            "agreement",
            [ORK, IRC],
            event="memorandum of understanding",
            place="Vienna, Austria",
            date="2019",
        ),
        rel(
            "participation",
            [ORK, IRC, NAS, OMI],
            event="Irish Red Cross Community First Responders Forum 2024",
            place="Athlone, Ireland",
            date="2024-05-14",
        ),
        rel("meeting", [ORK, IRC, DOD], date="2024-05"),
    ],
)

DOCS = [FI01, FI02, FI03, FI04]

write_gold(DOCS, Path(__file__).parent)
