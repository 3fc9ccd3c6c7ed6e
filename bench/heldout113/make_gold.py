"""Held-out set heldout113 ("fg"): global and Geneva-based actors.

Four articles:
  fg01  IFRC press release on a multi-donor anticipatory-action pledge (four donors to
        the IFRC, a grant agreement with JICA, DREF transfers to two National Societies;
        a planned allocation and an appeal as non-relations).
  fg02  ICRC news release on a donor meeting in Oslo, a strategic partnership agreement
        with Norway, a headquarters agreement with Moldova and the 1993 Swiss
        headquarters agreement as background (intentions, an invitation and a person
        merely present as non-relations).
  fg03  Conrad N. Hilton Foundation grant announcement with quotes and "About" sections
        (co-funding by the Gates Foundation, American Red Cross support to two National
        Societies, a 2022 agreement; hoped-for UNICEF role and a considered WaterAid
        grant as non-relations).
  fg04  Wire news analysis with hard line breaks that co-mentions sixteen agencies but
        reports only three relations (a meeting, an agreement, a donation); criticism,
        calls, proposals, plans and urgings are not relations.

(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

# --- fg01 -------------------------------------------------------------------------------
BRC = "British Red Cross"
NORCROSS = "Norwegian Red Cross"
JICA = "Japan International Cooperation Agency"
IKEA = "IKEA Foundation"
GOJ = "Government of Japan"
BDRCS = "Bangladesh Red Crescent Society"
PRC = "Philippine Red Cross"
NRCS = "Nepal Red Cross Society"

FG01 = (
    "fg01_ifrc_anticipatory_pledge.txt",
    "2025-05-14",
    [
        org(IFRC, MB, None, "IFRC"),
        org(BRC, NS, "GB"),
        org(NORCROSS, NS, "NO"),
        org(JICA, GOV, "JP", "JICA"),
        org(IKEA, OTHER, "NL"),
        org(GOJ, GOV, "JP", "Japan"),
        org(BDRCS, NS, "BD"),
        org(PRC, NS, "PH"),
        org(NRCS, NS, "NP"),
    ],
    [
        person("Marta Lindqvist", "Under Secretary General for Global Operations", IFRC),
        person("Hiroshi Tanabe", "Director General of the Global Environment Department", JICA),
        person("Keiko Morimoto", "Permanent Representative to the United Nations in Geneva", GOJ),
        person("Owen Pritchard", "Director of International", BRC),
        person("Nasrin Akter Chowdhury", "Secretary General", BDRCS),
    ],
    [
        rel("donation", [BRC, IFRC], date="2025-05-13", place="Geneva, Switzerland"),
        rel("donation", [NORCROSS, IFRC], date="2025-05-13", place="Geneva, Switzerland"),
        rel("donation", [JICA, IFRC], date="2025-05-13", place="Geneva, Switzerland"),
        rel("donation", [IKEA, IFRC], date="2025-05-13", place="Geneva, Switzerland"),
        rel(
            "agreement",
            [IFRC, JICA],
            signatories=["Marta Lindqvist", "Hiroshi Tanabe"],
            date="2025-05-13",
            place="Geneva, Switzerland",
        ),
        rel("donation", [IFRC, BDRCS], date="2025-05-07"),
        rel("donation", [IFRC, PRC], date="2025-05-07"),
        # NOT: Nepal Red Cross allocation (expected, future); IFRC appeal for CHF 20 million;
        # the Japanese ambassador merely attended the signing.
    ],
)

# --- fg02 -------------------------------------------------------------------------------
NMFA = "Ministry of Foreign Affairs of Norway"
SDC = "Swiss Agency for Development and Cooperation"
FCDO = "Foreign, Commonwealth and Development Office"
EU = "European Union"
MDGOV = "Government of the Republic of Moldova"
SFC = "Swiss Federal Council"

FG02 = (
    "fg02_icrc_norway_partnership.txt",
    "2025-03-27",
    [
        org(ICRC, MB, None, "ICRC"),
        org(NMFA, GOV, "NO", "Norwegian Ministry of Foreign Affairs", "Norway"),
        org(SDC, GOV, "CH", "SDC"),
        org(FCDO, GOV, "GB", "FCDO"),
        org(EU, OTHER, None, "ECHO"),
        org(MDGOV, GOV, "MD"),
        org(SFC, GOV, "CH"),
        org(NORCROSS, NS, "NO"),
    ],
    [
        person("Elena Marchetti-Vogt", "President", ICRC),
        person("Ingrid Solheim-Aas", "State Secretary for Foreign Affairs", NMFA),
        person("Patricia Brunner-Keller", "Assistant Director General", SDC),
        person("Thomas Ashdown", "Director for Humanitarian Affairs", FCDO),
        person("Andrei Lupașcu", "Head of Delegation in Moldova", ICRC),
        person("Victor Ciobanu-Rusnac", "Deputy Prime Minister", MDGOV),
        person("Victor Ciobanu-Rusnac", "Minister of Foreign Affairs", MDGOV),
        person("Kari Lunde Haugen", "Secretary General", NORCROSS),
    ],
    [
        rel(
            "agreement",
            [ICRC, NMFA],
            signatories=["Elena Marchetti-Vogt", "Ingrid Solheim-Aas"],
            date="2025-03-26",
            place="Oslo, Norway",
        ),
        rel("support", [NMFA, ICRC], date="2025-03-26"),
        rel("meeting", [ICRC, NMFA, SDC, FCDO, EU], date="2025-03-26", place="Oslo, Norway"),
        rel(
            "agreement",
            [ICRC, MDGOV],
            signatories=["Andrei Lupașcu", "Victor Ciobanu-Rusnac"],
            date="2025-03-24",
            place="Chișinău, Moldova",
        ),
        rel("agreement", [ICRC, SFC], date="1993"),
        # NOT: SDC intends to propose a higher Swiss contribution; Norway would encourage
        # other donors; ICRC invited donors to a June briefing; Norwegian Red Cross SG present.
    ],
)

# --- fg03 -------------------------------------------------------------------------------
HILTON = "Conrad N. Hilton Foundation"
GATES = "Gates Foundation"
ARC = "American Red Cross"
KRCS = "Kenya Red Cross Society"
ERCS = "Ethiopian Red Cross Society"
UNICEF = "United Nations Children's Fund"
WATERAID = "WaterAid"

FG03 = (
    "fg03_hilton_water_grant.txt",
    "2025-09-09",
    [
        org(HILTON, OTHER, "US"),
        org(GATES, OTHER, "US"),
        org(ARC, NS, "US"),
        org(KRCS, NS, "KE"),
        org(ERCS, NS, "ET"),
        org(UNICEF, UN, None, "UNICEF"),
        org(WATERAID, NGO, "GB"),
    ],
    [
        person("Celeste Amara Boateng", "Vice President of Programs", HILTON),
        person("Rafael Ostrowski", "Senior Vice President for International Services", ARC),
        person("Priya Venkataraman", "Deputy Director for Water, Sanitation and Hygiene", GATES),
        person("Faith Njeri Mwangi", "Secretary General", KRCS),
    ],
    [
        rel("donation", [HILTON, ARC], date="2025-09-09"),
        rel("donation", [GATES, ARC]),
        rel("support", [ARC, KRCS], date="2025-07"),
        rel("support", [ARC, ERCS], date="2025-07"),
        rel("agreement", [ARC, KRCS], date="2022", place="Nairobi, Kenya"),
        # NOT: partners "hope to involve" UNICEF; Foundation "considering" a WaterAid grant;
        # PR Newswire is a distribution wire, not an actor.
    ],
)

# --- fg04 -------------------------------------------------------------------------------
USAID = "United States Agency for International Development"
OCHA = "United Nations Office for the Coordination of Humanitarian Affairs"
UNHCR = "Office of the United Nations High Commissioner for Refugees"
WB = "World Bank"
WFP = "World Food Programme"
CRC = "Canadian Red Cross Society"
WHO = "World Health Organization"
UNDRR = "United Nations Office for Disaster Risk Reduction"
GIZ = "Deutsche Gesellschaft für Internationale Zusammenarbeit"
SC = "Standing Commission of the Red Cross and Red Crescent"
SRC = "Swiss Red Cross"
GI = "Graduate Institute of International and Development Studies"

FG04 = (
    "fg04_geneva_cuts_analysis.txt",
    "2025-10-16",
    [
        org(USAID, GOV, "US", "USAID"),
        org(OCHA, UN, None, "OCHA"),
        org(UNHCR, UN, None, "UNHCR"),
        org(IFRC, MB, None, "IFRC"),
        org(WB, OTHER, None),
        org(WFP, UN, None, "WFP"),
        org(CRC, NS, "CA", "Canadian Red Cross"),
        org(ICRC, MB, None, "ICRC"),
        org(WHO, UN, None, "WHO"),
        org(FCDO, GOV, "GB", "FCDO"),
        org(UNDRR, UN, None, "UN Office for Disaster Risk Reduction", "UNDRR"),
        org(GIZ, GOV, "DE", "GIZ"),
        org(SC, MB, None, "Standing Commission"),
        org(SRC, NS, "CH"),
        org(SDC, GOV, "CH", "SDC"),
        org(GI, OTHER, "CH", "Geneva Graduate Institute"),
    ],
    [
        person("Daniel Okonkwo-Price", "Under-Secretary-General", OCHA),
        person("Henrik Vaalberg", "High Commissioner for Refugees", UNHCR),
        person("Amina Rahimova", "Secretary General", IFRC),
        person("Lucia Ferreira", "Assistant Director-General for Health Emergencies", WHO),
        person("Mihail Dragomir", "Chair", SC),
        person("Hannah Whitcombe", "Researcher in humanitarian financing", GI),
    ],
    [
        rel(
            "meeting", [UNHCR, IFRC], signatories=[], date="2025-10-14", place="Geneva, Switzerland"
        ),
        rel("agreement", [WB, WFP], date="2025-09"),
        rel("donation", [CRC, ICRC], date="2025-10-13"),
        # NOT: OCHA appeal to donors; WHO criticism of FCDO; UNDRR proposal with IFRC; GIZ
        # weighing joining; Standing Commission urging ICRC and IFRC; Swiss Red Cross plans to
        # apply to SDC; USAID terminations; Reuters is the source, not an actor.
    ],
)

DOCS = [FG01, FG02, FG03, FG04]

write_gold(DOCS, Path(__file__).parent)
