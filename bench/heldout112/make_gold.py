"""Held-out set ff (Sub-Saharan Africa): four articles on Red Cross work in Zambia, Uganda,
Mozambique and Kenya - a bylined local newspaper story on a Lusaka cholera response (wire-style
hard line breaks), a corporate donation handover in Kampala with photo-caption lines and
boilerplate, a press statement on a tripartite anticipatory-action MoU with a met service and
a disaster agency in Maputo, and a radio transcript on a county partnership launch and a WFP
visit in Marsabit. Tempting non-relations include conditional offers, appeals for funds,
invitations, plans, officials merely present and boilerplate co-mentions.
(written by a second developer)"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

ZRCS = "Zambia Red Cross Society"
ZNPHI = "Zambia National Public Health Institute"
BRC = "British Red Cross Society"
UNICEF = "United Nations Children's Fund"
MOH_ZM = "Ministry of Health"
LCC = "Lusaka City Council"
WHO = "World Health Organization"

URCS = "Uganda Red Cross Society"
MTN = "MTN Uganda"
NBL = "Nile Breweries Limited"
SRC = "Swiss Red Cross"
OPM = "Office of the Prime Minister"

CVM = "Mozambique Red Cross Society"
INAM = "National Institute of Meteorology"
INGD = "National Institute for Disaster Risk Management and Reduction"
MAEFP = "Ministry of State Administration and Public Service"
WFP = "World Food Programme"

KRCS = "Kenya Red Cross Society"
MARSABIT = "County Government of Marsabit"

DOCS = [
    (
        "ff01_lusaka_cholera_response.txt",
        "2025-01-16",
        [
            org(ZRCS, NS, "ZM", "ZRCS", "Zambia Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(ZNPHI, GOV, "ZM", "ZNPHI"),
            org(BRC, NS, "GB", "British Red Cross"),
            org(UNICEF, UN, None, "UNICEF"),
            org(MOH_ZM, GOV, "ZM"),
            org(LCC, GOV, "ZM"),
            org(WHO, UN, None, "WHO"),
        ],
        [
            person("Kelvin Chisanga", "Secretary General", ZRCS),
            person("Sarah Whitfield", "Programme Lead for Southern Africa", BRC),
            person("Mutinta Hamweemba", "Minister of Health", MOH_ZM),
            person("Chilufya Bwalya", "Mayor of Lusaka", LCC),
            person("Fatou Ndiaye", "WHO Representative in Zambia", WHO),
        ],
        [
            rel(
                "support",
                [IFRC, ZRCS],
                date="2025-01",
                evidence="deployment is being paid for with an allocation of CHF 298,000 from the IFRC",
            ),
            rel(
                "support",
                [ZRCS, ZNPHI],
                evidence="ZRCS volunteers are also supporting the ZNPHI with door-to-door contact tracing",
            ),
            rel(
                "support",
                [BRC, ZRCS],
                evidence="British Red Cross ... has seconded two water and sanitation engineers to ZRCS",
            ),
            rel(
                "donation",
                [UNICEF, MOH_ZM],
                place="Lusaka, Zambia",
                date="2025-01-14",
                evidence="UNICEF on Tuesday handed over 2 million chlorine tablets ... to the Ministry of Health",
            ),
            rel(
                "meeting",
                [ZRCS, LCC],
                place="Lusaka, Zambia",
                date="2025-01-13",
                evidence="On Monday, Mr. Chisanga met Lusaka Mayor Mrs. Chilufya Bwalya at the Civic Centre",
            ),
            # NOT relations: WHO 'ready' to request doses if government applies (conditional);
            # ZRCS appeal to the corporate sector; council closing kiosks.
        ],
    ),
    (
        "ff02_kasese_flood_donations.txt",
        "2025-06-04",
        [
            org(MTN, CO, "UG", "MTN"),
            org(URCS, NS, "UG", "URCS", "Uganda Red Cross", "Red Cross"),
            org(NBL, CO, "UG", "Nile Breweries", "NBL"),
            org(SRC, NS, "CH"),
            org(OPM, GOV, "UG", "OPM"),
        ],
        [
            person("Daniel Okello", "Chief Executive Officer", MTN),
            person("Ruth Nabirye", "Secretary General", URCS),
            person("Patricia Akello", "Corporate Affairs Director", NBL),
            person("Andrea Keller", "Country Coordinator for Uganda", SRC),
            person(
                "Joseph Kato Musoke",
                "Minister of State for Relief, Disaster Preparedness and Refugees",
                OPM,
            ),
        ],
        [
            rel(
                "donation",
                [MTN, URCS],
                place="Kampala, Uganda",
                date="2025-06-03",
                evidence="MTN Uganda on Tuesday donated UGX 300 million to the URCS",
            ),
            rel(
                "donation",
                [NBL, URCS],
                place="Kampala, Uganda",
                date="2025-06-03",
                evidence="Nile Breweries Limited (NBL) handed over relief items to the national society",
            ),
            rel(
                "agreement",
                [MTN, URCS],
                date="2023",
                evidence="three-year memorandum of understanding that MTN Uganda and URCS signed in 2023",
            ),
            rel(
                "support",
                [MTN, URCS],
                evidence="MTN would waive all transaction charges on donations made to the Red Cross short code",
            ),
            rel(
                "support",
                [SRC, URCS],
                evidence="Swiss Red Cross, which has funded URCS's disaster risk reduction programme ... since 2019",
            ),
            # NOT relations: minister 'expected to flag off' trucks (plan); URCS call on other
            # businesses / appeal for UGX 1.2 billion; Swiss RC coordinator merely attended;
            # IFRC membership in boilerplate (IFRC not annotated).
        ],
    ),
    (
        "ff03_mozambique_anticipatory_action.txt",
        "2024-11-12",
        [
            org(CVM, NS, "MZ", "Cruz Vermelha de Moçambique", "CVM", "Mozambique Red Cross"),
            org(INAM, GOV, "MZ", "Instituto Nacional de Meteorologia", "INAM"),
            org(INGD, GOV, "MZ", "INGD"),
            org(MAEFP, GOV, "MZ", "MAEFP"),
            org(BRC, NS, "GB", "British Red Cross"),
            org(IFRC, MB, None, "IFRC", "International Federation", "Federation"),
            org(WFP, UN, None, "WFP"),
        ],
        [
            person("Américo Mabunda", "Secretary-General", CVM),
            person("Helena Cossa", "Director-General", INAM),
            person("Armando Nhantumbo", "President", INGD),
            person("Teresa Mucavele", "Minister of State Administration and Public Service", MAEFP),
            person("Thomas Hargreaves", "Country Manager in Mozambique", BRC),
            person("Nadia Kamau", "Head of the IFRC Country Delegation in Mozambique", IFRC),
        ],
        [
            rel(
                "agreement",
                [CVM, INAM, INGD],
                signatories=["Américo Mabunda", "Helena Cossa", "Armando Nhantumbo"],
                place="Maputo, Mozambique",
                date="2024-11-11",
                evidence="on Monday signed a tripartite memorandum of understanding on anticipatory action",
            ),
            rel(
                "support",
                [BRC, CVM],
                evidence="developed with technical support from the British Red Cross, which has worked alongside CVM",
            ),
            rel(
                "support",
                [IFRC, CVM],
                evidence="IFRC has already released CHF 240,000 from its DREF to CVM",
            ),
            rel(
                "agreement",
                [INGD, WFP],
                date="2022",
                evidence="a 2022 agreement between INGD and the World Food Programme (WFP)",
            ),
            # NOT relations: minister present at signing (not a signatory, ministry not a party);
            # government intends to extend / will invite private sector (plan, invitation);
            # IFRC 'hoped' for flood protocols; parties plan to review thresholds.
        ],
    ),
    (
        "ff04_marsabit_radio_partnership.txt",
        "2025-04-09",
        [
            org(KRCS, NS, "KE", "Kenya Red Cross", "Red Cross"),
            org(MARSABIT, GOV, "KE"),
            org(WFP, UN, None, "WFP"),
        ],
        [
            person("Halima Wario", "Secretary General", KRCS),
            person("Abdullahi Guyo Roba", "Governor", MARSABIT),
            person("Sadia Galgalo", "County Executive Committee Member for Health", MARSABIT),
            person("Ingrid Solberg", "Country Director, Kenya", WFP),
        ],
        [
            rel(
                "agreement",
                [KRCS, MARSABIT],
                signatories=["Halima Wario", "Abdullahi Guyo Roba"],
                place="Marsabit, Kenya",
                date="2025-04-08",
                evidence="Dr. Halima Wario and Marsabit Governor ... signed a memorandum of understanding",
            ),
            rel(
                "support",
                [MARSABIT, KRCS],
                evidence="county would channel forty million shillings through the Kenya Red Cross",
            ),
            rel(
                "meeting",
                [WFP, MARSABIT],
                place="Marsabit, Kenya",
                date="2025-04-07",
                evidence="On Monday the delegation held talks with Governor Roba at his office",
            ),
            rel(
                "meeting",
                [WFP, KRCS],
                place="Laisamis, Kenya",
                date="2025-04-07",
                evidence="toured a Kenya Red Cross nutrition centre in Laisamis with Dr. Wario",
            ),
            rel(
                "support",
                [WFP, KRCS],
                evidence="WFP funds the Kenya Red Cross cash transfer programme",
            ),
            # NOT relations: invitation to UNICEF (not annotated); KRCS plans for Isiolo/Samburu;
            # NDMA expected bulletin; Kenya Meteorological Department forecast (co-mention);
            # CEC member merely witnessed the signing; anchor/reporter are bylines.
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
