"""Held-out set 107: South, South-East and East Asia.

Four articles: a VNA-style wire item with hard line breaks (Viet Nam Red Cross / Korean Red
Cross MoU, Typhoon Yagi donation), a Philippine Red Cross website post in first person plural
(Kristine response in Bicol), a Grameenphone CSR press release (MoU and donation to the
Bangladesh Red Crescent Society), and a regional forum report from Jakarta with a list of
participating organisations (AHA Centre / IFRC anticipatory-action forum). Each contains
tempting non-relations: plans, invitations, appeals, a chief guest merely present, parallel
activities and boilerplate co-mentions. (written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

VNRC = "Viet Nam Red Cross Society"
KRC = "Korean Red Cross"
MOLISA = "Ministry of Labour, Invalids and Social Affairs"

PRC = "Philippine Red Cross"
JRCS = "Japanese Red Cross Society"
CEB = "Cebu Pacific Air"
GLOBE = "Globe Telecom, Inc."
CAMSUR = "Provincial Government of Camarines Sur"
DSWD = "Department of Social Welfare and Development"

GP = "Grameenphone Ltd."
BDRCS = "Bangladesh Red Crescent Society"
MODMR = "Ministry of Disaster Management and Relief"
DDM = "Department of Disaster Management"

AHA = "ASEAN Coordinating Centre for Humanitarian Assistance on disaster management"
PMI = "Palang Merah Indonesia"
TRCS = "Thai Red Cross Society"
CRC = "Cambodian Red Cross Society"
MRCS = "Myanmar Red Cross Society"
BNPB = "National Disaster Management Agency"
WFP = "World Food Programme"
FAO = "Food and Agriculture Organization of the United Nations"
UGM = "Universitas Gadjah Mada"
DFAT = "Department of Foreign Affairs and Trade"

DOCS = [
    (
        "fa01_vnrc_krc_mou.txt",
        "2024-10-15",
        [
            org(VNRC, NS, "VN", "VNRC"),
            org(KRC, NS, "KR", "KRC", "Korean society"),
            org(IFRC, MB, None, "IFRC"),
            org(MOLISA, GOV, "VN"),
        ],
        [
            person("Nguyen Thi Thanh Lam", "President", VNRC),
            person("Lee Hyun-joo", "Secretary General", KRC),
            person("Pham Quang Vinh", "Vice President", VNRC),
            person("Dao Minh Chau", "Vice Minister of Labour, Invalids and Social Affairs", MOLISA),
        ],
        [
            rel(
                "agreement",
                [VNRC, KRC],
                signatories=["Nguyen Thi Thanh Lam", "Lee Hyun-joo"],
                place="Ha Noi, Viet Nam",
                date="2024-10-14",
                evidence="on Monday signed a memorandum of understanding (MoU) on cooperation for the 2024-2027 period",
            ),
            rel(
                "donation",
                [KRC, VNRC],
                place="Ha Noi, Viet Nam",
                date="2024-10-14",
                evidence="the KRC handed over 500,000 USD to the VNRC",
            ),
            rel(
                "support",
                [KRC, VNRC],
                evidence='since 2019 the Korean society has funded the VNRC\'s "Safe Schools" programme',
            ),
            rel(
                "support",
                [IFRC, VNRC],
                date="2024-09",
                evidence="IFRC launched an Emergency Appeal in September to support the society's Yagi response",
            ),
            rel(
                "meeting",
                [KRC, MOLISA],
                place="Ha Noi, Viet Nam",
                date="2024-10-12",
                evidence="on Saturday, Lee held talks with Vice Minister ... Dao Minh Chau in Ha Noi",
            ),
            # NOT relations: proposed KRC+IFRC training centre (plan); invitation to Seoul;
            # embassy representatives merely present; Chau's call on the KRC (appeal).
        ],
    ),
    (
        "fa02_prc_kristine_bicol.txt",
        "2024-11-08",
        [
            org(PRC, NS, "PH", "PRC"),
            org(JRCS, NS, "JP", "JRCS"),
            org(CEB, CO, "PH", "Cebu Pacific"),
            org(GLOBE, CO, "PH", "Globe Telecom", "Globe"),
            org(IFRC, MB, None, "IFRC"),
            org(CAMSUR, GOV, "PH"),
            org(DSWD, GOV, "PH", "DSWD"),
        ],
        [
            person("Ramon Lacson Ortega", "Chairman and CEO", PRC),
            person("Teresita Malabanan-Cruz", "Secretary General", PRC),
            person("Arnel Dimaculangan", "Governor", CAMSUR),
            person("Ysabel Concepcion", "Head of Sustainability", GLOBE),
            person("Hiroshi Tanabe", "Head of Country Office", JRCS),
        ],
        [
            rel(
                "support",
                [JRCS, PRC],
                evidence="Cash assistance ... made possible with funding from the Japanese Red Cross Society",
            ),
            rel(
                "support",
                [CEB, PRC],
                evidence="15 tonnes of our family kits ... flown from Manila to Naga free of charge by Cebu Pacific",
            ),
            rel(
                "support",
                [IFRC, PRC],
                evidence="IFRC also released CHF 750,000 from its DREF to support our operation",
            ),
            rel(
                "donation",
                [GLOBE, PRC],
                place="Mandaluyong, Philippines",
                date="2024-11-06",
                evidence="Also on Wednesday, Globe Telecom turned over PHP 2.5 million and 1,000 prepaid load cards",
            ),
            rel(
                "meeting",
                [PRC, CAMSUR],
                place="Pili, Philippines",
                date="2024-11-06",
                evidence="On Wednesday, Chairman Ortega met Camarines Sur Governor Arnel Dimaculangan",
            ),
            # NOT relations: governor's invitation to co-lead the cluster; hoped-for partnership
            # with Cebu Pacific (plan); DSWD's parallel food packs (co-mention); public appeal;
            # Tanabe merely joining a distribution.
        ],
    ),
    (
        "fa03_grameenphone_bdrcs.txt",
        "2025-05-21",
        [
            org(GP, CO, "BD", "Grameenphone", "GP"),
            org(BDRCS, NS, "BD", "BDRCS", "Red Crescent"),
            org(MODMR, GOV, "BD"),
            org(DDM, GOV, "BD", "DDM"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Sabrina Huq Chowdhury", "Chief Corporate Affairs Officer", GP),
            person("Nazmul Karim Bhuiyan", "Secretary General", BDRCS),
            person("Mohammad Ashraful Islam", "Senior Secretary", MODMR),
            person("Anders Kvale", "Chief Executive Officer", GP),
            person("Farhana Yasmin Haque", "Chairman", BDRCS),
        ],
        [
            rel(
                "agreement",
                [GP, BDRCS],
                signatories=["Sabrina Huq Chowdhury", "Nazmul Karim Bhuiyan"],
                place="Dhaka, Bangladesh",
                date="2025-05-20",
                evidence="signed a memorandum of understanding (MoU) on Tuesday at GP House, Bashundhara",
            ),
            rel(
                "donation",
                [GP, BDRCS],
                place="Dhaka, Bangladesh",
                date="2025-05-20",
                evidence="Grameenphone handed over a donation of BDT 1.5 crore and 5,000 solar-powered radios to BDRCS",
            ),
            rel(
                "agreement",
                [GP, DDM],
                date="2022",
                evidence="cell-broadcast alert service that Grameenphone has run since 2022 under an agreement with the DDM",
            ),
            rel(
                "support",
                [IFRC, BDRCS],
                evidence="IFRC, which has supported BDRCS's forecast-based action work since 2020",
            ),
            # NOT relations: MoDMR Senior Secretary merely present as chief guest; GP's plan to
            # approach other operators; invitation to corporate partners; Telenor boilerplate.
        ],
    ),
    (
        "fa04_aha_forum_anticipatory.txt",
        "2025-06-13",
        [
            org(AHA, OTHER, None, "AHA Centre"),
            org(IFRC, MB, None, "IFRC", "IFRC Asia Pacific Regional Office"),
            org(PMI, NS, "ID", "Indonesian Red Cross", "PMI"),
            org(PRC, NS, "PH"),
            org(TRCS, NS, "TH"),
            org(CRC, NS, "KH"),
            org(MRCS, NS, "MM"),
            org(VNRC, NS, "VN"),
            org(BNPB, GOV, "ID", "BNPB"),
            org(WFP, UN, None, "WFP"),
            org(FAO, UN, None, "FAO"),
            org(UGM, OTHER, "ID", "UGM"),
            org(DFAT, GOV, "AU", "DFAT"),
        ],
        [
            person("Arief Santoso Wibowo", "Executive Director", AHA),
            person("Elena Marchetti", "Regional Director for Asia Pacific", IFRC),
            person("Bambang Sutrisno", "Secretary General", PMI),
            person("Hendra Wijayakusuma", "Researcher, Center for Disaster Studies", UGM),
            person("Khin Myat Noe", "Secretary General", MRCS),
            person("Pichit Srisawat", "Director of the Relief and Community Health Bureau", TRCS),
            person("Rina Kusumawati", "Deputy for Prevention", BNPB),
        ],
        [
            rel(
                "participation",
                [AHA, IFRC, PMI, PRC, TRCS, CRC, MRCS, VNRC, BNPB, WFP, FAO, UGM],
                event="Southeast Asia Forum on Anticipatory Action and Early Warning 2025",
                place="Jakarta, Indonesia",
                date="2025-06-11",
                evidence="Participating organisations: ...",
            ),
            rel(
                "support",
                [DFAT, AHA],
                evidence="It was funded by Australia's DFAT through its partnership with the AHA Centre",
            ),
            rel(
                "agreement",
                [AHA, IFRC],
                signatories=["Arief Santoso Wibowo", "Elena Marchetti"],
                place="Jakarta, Indonesia",
                date="2025-06-12",
                evidence="On the sidelines on Thursday, Dr. Arief and Elena Marchetti ... signed a renewed memorandum of understanding",
            ),
            rel(
                "support",
                [WFP, PMI],
                date="2024",
                evidence="anticipatory cash transfers, made by PMI in East Nusa Tenggara last year with funding from WFP",
            ),
            rel(
                "meeting",
                [MRCS, TRCS],
                place="Jakarta, Indonesia",
                date="2025-06-11",
                evidence="On Wednesday evening, ... held a bilateral meeting on preparedness for cross-border displacement",
            ),
            # NOT relations: BNPB-FAO drought pilot (plan); AHA Centre's intended assessment
            # mission to Myanmar (plan); call on donors (generic); Cambodian Red Cross invitation.
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
