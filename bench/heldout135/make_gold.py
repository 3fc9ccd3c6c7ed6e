"""Gold annotations for held-out set 135 (prefix ig): the Pacific and South-East Asia.

ig01 - Suva press release: Fiji Red Cross / NDMO MoU; minister and IFRC head only witness the
       signing; 2018 MoU as background; DFAT funding and Australian Red Cross secondment as
       thanked support; USP curriculum is only a wish; media-contact person at the end.
ig02 - Port Vila wire copy with hard line breaks: NZ Red Cross and Digicel donations, minister's
       warehouse visit/talks, IFRC DREF; traps: byline/editor, Reuters and fictional agency
       cited, Australia "looking closely" (plan), UNICEF/WHO mere co-mention, patrol-boat request.
ig03 - IFRC-style situation report, Typhoon Tamaraw (PH): PRC chair meets governor, DG ECHO
       pre-positioning funding, DREF, Japanese RC team sent, Globe Telecom gift; traps: DSWD
       request, Korean RC "may deploy", emergency appeal under consideration, unconfirmed pledges.
ig04 - Blog report on a Dili dialogue: participation list, German FFO funding, PMI-CVTL signed
       agreement (IFRC head present only), two bilateral NZRC meetings, 2024 SIRC-WFP MoU as
       background; traps: Tonga invited but absent, Australian RC "exploring", Manila plan, byline.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

FRCS = "Fiji Red Cross Society"
NDMO = "National Disaster Management Office"
FJGOV = "Government of Fiji"
DFAT = "Department of Foreign Affairs and Trade"
ARC = "Australian Red Cross"
VRCS = "Vanuatu Red Cross Society"
NZRC = "New Zealand Red Cross"
DIGI = "Digicel Vanuatu"
VUGOV = "Government of Vanuatu"
PRC = "Philippine Red Cross"
CAG = "Provincial Government of Cagayan"
ECHO = "Directorate-General for European Civil Protection and Humanitarian Aid Operations"
JRCS = "Japanese Red Cross Society"
GLOBE = "Globe Telecom"
CVTL = "Cruz Vermelha de Timor-Leste"
PMI = "Indonesian Red Cross Society"
SRCS = "Samoa Red Cross Society"
SIRC = "Solomon Islands Red Cross"
WFP = "World Food Programme"
FAO = "Food and Agriculture Organization"
TLGOV = "Government of Timor-Leste"
GFFO = "German Federal Foreign Office"

DOCS = [
    (
        "ig01_fiji_ndmo_mou.txt",
        "2025-06-12",
        [
            org(FRCS, NS, "FJ", "Fiji Red Cross"),
            org(NDMO, GOV, "FJ", "NDMO"),
            org(FJGOV, GOV, "FJ"),
            org(IFRC, MB, None, "IFRC"),
            org(DFAT, GOV, "AU", "DFAT"),
            org(ARC, NS, "AU"),
        ],
        [
            person("Losana Vakaloloma", "Director General", FRCS),
            person("Semi Tuilau", "Director", NDMO),
            person("Apisai Rokosuka", "Minister for Disaster Management", FJGOV),
            person("Henrik Aasland", "Head of the IFRC Pacific Country Cluster Delegation", IFRC),
            person("Mereani Lewa", "Communications Coordinator", FRCS),
        ],
        [
            rel(
                "agreement",
                [FRCS, NDMO],
                signatories=["Losana Vakaloloma", "Semi Tuilau"],
                place="Suva, Fiji",
                date="2025-06-11",
                evidence="The Fiji Red Cross Society and the National Disaster Management Office (NDMO) yesterday signed a memorandum of understanding",
            ),
            rel(
                "agreement",
                [FRCS, NDMO],
                date="2018",
                evidence="The new MoU replaces the one the two parties concluded in 2018",
            ),
            rel(
                "support",
                [DFAT, FRCS],
                date="2025",
                evidence="whose funding allowed the Society to pre-position relief stock for 3,000 households in Lautoka, Labasa and Savusavu earlier this year",
            ),
            rel(
                "support",
                [ARC, FRCS],
                evidence="Australian Red Cross, which seconded a logistics delegate to help set up the warehouses",
            ),
        ],
    ),
    (
        "ig02_vanuatu_cyclone_relief.txt",
        "2025-02-20",
        [
            org(VRCS, NS, "VU", "VRCS", "Vanuatu Red Cross"),
            org(NZRC, NS, "NZ"),
            org(DIGI, CO, "VU", "Digicel"),
            org(VUGOV, GOV, "VU"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Dickinson Kalsakau", "chief executive", VRCS),
            person("Ruth Molisale", "country manager", DIGI),
            person("Willie Natuman", "Minister of Climate Change Adaptation", VUGOV),
        ],
        [
            rel(
                "donation",
                [NZRC, VRCS],
                evidence="600 hygiene kits on board the landing craft had been donated by",
            ),
            rel(
                "donation",
                [DIGI, VRCS],
                date="2025-02-18",
                evidence="Separately, mobile operator Digicel Vanuatu handed the Red Cross a",
            ),
            rel(
                "meeting",
                [VUGOV, VRCS],
                place="Port Vila, Vanuatu",
                date="2025-02-18",
                evidence="the VRCS warehouse in Port Vila on Tuesday afternoon and held talks",
            ),
            rel(
                "support",
                [IFRC, VRCS],
                evidence="Societies (IFRC) has released 310,000 Swiss francs from its",
            ),
        ],
    ),
    (
        "ig03_philippines_typhoon_sitrep.txt",
        "2025-10-08",
        [
            org(PRC, NS, "PH", "PRC"),
            org(CAG, GOV, "PH"),
            org(ECHO, OTHER, None, "DG ECHO"),
            org(IFRC, MB, None, "IFRC"),
            org(JRCS, NS, "JP"),
            org(GLOBE, CO, "PH"),
        ],
        [
            person("Ramon Villareal", "Chairman and CEO", PRC),
            person("Teresita Bacud", "Governor", CAG),
            person("Ana Liza Dumlao", "Manager, Disaster Management Services", PRC),
            person("Jonas Ekström", "Head of Delegation", IFRC),
        ],
        [
            rel(
                "meeting",
                [PRC, CAG],
                date="2025-10-05",
                evidence="on the same afternoon, met Cagayan Governor Teresita Bacud to agree on the priority municipalities for relief",
            ),
            rel(
                "support",
                [ECHO, PRC],
                evidence="Much of the first-wave relief came from stock pre-positioned in Region II before the typhoon season with funding from the European Union's Directorate-General for European Civil Protection and Humanitarian Aid Operations (DG ECHO)",
            ),
            rel(
                "support",
                [IFRC, PRC],
                date="2025-10-04",
                evidence="the IFRC approved an allocation of CHF 498,000 from its Disaster Response Emergency Fund (DREF) in support of the PRC operation",
            ),
            rel(
                "mission",
                [JRCS, PRC],
                place="Tuguegarao, Philippines",
                date="2025-10-06",
                evidence="A four-person team from the Japanese Red Cross Society",
            ),
            rel(
                "donation",
                [GLOBE, PRC],
                date="2025-10-05",
                evidence="Globe Telecom donated PHP 2 million to the PRC on 5 October",
            ),
        ],
    ),
    (
        "ig04_dili_anticipatory_dialogue.txt",
        "2025-11-21",
        [
            org(CVTL, NS, "TL", "CVTL"),
            org(IFRC, MB, None, "IFRC"),
            org(GFFO, GOV, "DE"),
            org(PMI, NS, "ID", "Indonesian Red Cross", "Palang Merah Indonesia", "PMI"),
            org(PRC, NS, "PH"),
            org(SRCS, NS, "WS", "Samoa Red Cross"),
            org(SIRC, NS, "SB"),
            org(ARC, NS, "AU"),
            org(NZRC, NS, "NZ"),
            org(WFP, UN, None, "WFP"),
            org(FAO, UN, None, "FAO"),
            org(TLGOV, GOV, "TL"),
        ],
        [
            person("Filomeno Ximenes", "Secretary of State for Civil Protection", TLGOV),
            person("Jennifer Dacanay", "head of anticipatory action", PRC),
            person("Hendra Wibisono", "Secretary General", PMI),
            person("Alarico Pereira", "Secretary General", CVTL),
            person("Sofie Lindqvist", "Head of Delegation for Indonesia and Timor-Leste", IFRC),
            person("Tom Ellery", "Pacific programme manager", NZRC),
        ],
        [
            rel(
                "participation",
                [CVTL, IFRC, PMI, PRC, SRCS, SIRC, ARC, NZRC, WFP, FAO, TLGOV],
                event="Asia-Pacific Anticipatory Action Dialogue",
                place="Dili, Timor-Leste",
                date="2025-11-18",
                evidence="Dili hosted more than sixty practitioners from across the region this week for the Asia-Pacific Anticipatory Action Dialogue",
            ),
            rel(
                "support",
                [GFFO, IFRC],
                evidence="organised by the IFRC Asia Pacific Regional Office, with funding from the German Federal Foreign Office",
            ),
            rel(
                "agreement",
                [SIRC, WFP],
                date="2024",
                evidence="concluded a memorandum of understanding with WFP on anticipatory cash transfers in 2024",
            ),
            rel(
                "agreement",
                [PMI, CVTL],
                signatories=["Hendra Wibisono", "Alarico Pereira"],
                place="Dili, Timor-Leste",
                date="2025-11-19",
                evidence="The document was signed on Wednesday by PMI Secretary General Hendra Wibisono and CVTL Secretary General Alarico Pereira",
            ),
            rel(
                "meeting",
                [NZRC, SIRC],
                place="Dili, Timor-Leste",
                evidence="used the break-out sessions for separate meetings with the Solomon Islands and Samoa delegations",
            ),
            rel(
                "meeting",
                [NZRC, SRCS],
                place="Dili, Timor-Leste",
                evidence="used the break-out sessions for separate meetings with the Solomon Islands and Samoa delegations",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
