"""Gold annotations for held-out set 130 (prefix ib): South Asia.

ib01 - press release, Kathmandu: NRCS-NDRRMA anticipatory-action MoU; IFRC head only witnesses
       (not a signatory), unnamed Home Minister, EU/IFRC/Danish RC support, sensor donation,
       2021 background agreement with DHM, planned Lumbini agreement (not a relation).
ib02 - wire copy with hard line breaks, Colombo floods: Japanese Embassy and Hayleys donations
       (relative days), IFRC DREF funding, joint assessment mission; byline/editor, Reuters cited,
       UNICEF "considering" and ICRC "stood ready" are not relations.
ib03 - volunteer blog, Sindh heatwave: nominalised "ICRC-supported" support, chained funding
       (Foreign Office -> German RC -> PRCS), Turkish RC gift, standing alliance, "last Tuesday"
       meeting with K-Electric; byline, generic Partner National Societies, WHO request and
       minister's expected visit are traps.
ib04 - conference report, Thimphu: one participation relation (absent SLRCS/Afghan RC excluded),
       BRCS-MRC MoU signed with IFRC official looking on, ICRC-IRCS bilateral talks, Norwegian RC
       funding; news outlet in dateline, byline, unnamed Secretary, Dhaka 2026 plan/invitation.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, org, person, rel, write_gold  # noqa: E402

CO = "company"

NRCS = "Nepal Red Cross Society"
NDRRMA = "National Disaster Risk Reduction and Management Authority"
DANISH = "Danish Red Cross"
EU = "European Union"
DHM = "Department of Hydrology and Meteorology"

SLRCS = "Sri Lanka Red Cross Society"
JAPAN = "Embassy of Japan in Sri Lanka"
HAYLEYS = "Hayleys PLC"

PRCS = "Pakistan Red Crescent Society"
GRC = "German Red Cross"
GFFO = "German Federal Foreign Office"
TRC = "Turkish Red Crescent"
EDHI = "Edhi Foundation"
PDMA = "Provincial Disaster Management Authority of Sindh"
KE = "K-Electric"

BRCS = "Bhutan Red Cross Society"
IRCS = "Indian Red Cross Society"
BDRCS = "Bangladesh Red Crescent Society"
MRC = "Maldivian Red Crescent"
DLGDM = "Department of Local Governance and Disaster Management"
NORCROSS = "Norwegian Red Cross"

DOCS = [
    (
        "ib01_nrcs_ndrrma_anticipatory_mou.txt",
        "2025-06-18",
        [
            org(NRCS, NS, "NP", "NRCS"),
            org(NDRRMA, GOV, "NP", "NDRRMA"),
            org(IFRC, MB, None, "IFRC"),
            org(DANISH, NS, "DK"),
            org(EU, OTHER, None, "EU"),
            org(DHM, GOV, "NP", "DHM"),
        ],
        [
            person("Sarita Bhandari Khadka", "Secretary General", NRCS),
            person("Prakash Raj Ghimire", "Chief Executive", NDRRMA),
            person("Ingrid Solberg", "Head of the IFRC Country Delegation in Nepal", IFRC),
            person("Anjali Shrestha", "Communications Officer", NRCS),
        ],
        [
            rel(
                "agreement",
                [NRCS, NDRRMA],
                signatories=["Sarita Bhandari Khadka", "Prakash Raj Ghimire"],
                place="Kathmandu, Nepal",
                date="2025-06-18",
                evidence="The memorandum was signed at the Authority's offices in Babarmahal by Sarita Bhandari Khadka, Secretary General of the NRCS, and Dr. Prakash Raj Ghimire, Chief Executive of the NDRRMA.",
            ),
            rel(
                "support",
                [EU, NRCS],
                evidence="The programme behind the agreement is funded by the European Union",
            ),
            rel(
                "support",
                [IFRC, NRCS],
                evidence="delivered with technical support from the IFRC and the Danish Red Cross",
            ),
            rel(
                "support",
                [DANISH, NRCS],
                evidence="delivered with technical support from the IFRC and the Danish Red Cross",
            ),
            rel(
                "donation",
                [DANISH, NRCS],
                date="2025-06",
                evidence="Earlier this month the Danish Red Cross also handed over 40 solar-powered river-level sensors to the NRCS",
            ),
            rel(
                "agreement",
                [NRCS, DHM],
                date="2021",
                evidence="a framework agreement on the exchange of flood forecasts that the NRCS concluded with the Department of Hydrology and Meteorology (DHM) in 2021",
            ),
        ],
    ),
    (
        "ib02_slrcs_flood_relief_wire.txt",
        "2025-05-30",
        [
            org(SLRCS, NS, "LK", "SLRCS"),
            org(JAPAN, GOV, "JP"),
            org(HAYLEYS, CO, "LK", "Hayleys"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Kenji Morita", "Ambassador of Japan to Sri Lanka", JAPAN),
            person("Nalin Wickramaratne", "Director General", SLRCS),
            person("Rohan Jayasundera", "Group Sustainability Director", HAYLEYS),
            person("Amara Kulatunga", "Operations Manager", IFRC),
        ],
        [
            rel(
                "donation",
                [JAPAN, SLRCS],
                place="Colombo, Sri Lanka",
                date="2025-05-29",
                evidence="The consignment was donated by the Embassy of Japan in Sri Lanka.",
            ),
            rel(
                "donation",
                [HAYLEYS, SLRCS],
                date="2025-05-28",
                evidence="Diversified conglomerate Hayleys PLC transferred 15 million",
            ),
            rel(
                "support",
                [IFRC, SLRCS],
                evidence="francs from its Disaster Response Emergency Fund to fund the",
            ),
            rel(
                "mission",
                [IFRC, SLRCS],
                place="Ratnapura, Sri Lanka",
                date="2025-05-29",
                evidence="A joint assessment team of the IFRC and the SLRCS was dispatched",
            ),
        ],
    ),
    (
        "ib03_prcs_heatwave_sindh.txt",
        "2025-06-09",
        [
            org(PRCS, NS, "PK", "PRCS"),
            org(ICRC, MB, None, "ICRC"),
            org(GRC, NS, "DE"),
            org(GFFO, GOV, "DE"),
            org(TRC, NS, "TR", "Türk Kızılay"),
            org(EDHI, NGO, "PK"),
            org(PDMA, GOV, "PK"),
            org(KE, CO, "PK"),
        ],
        [
            person("Imran Qureshi", "Secretary, PRCS Sindh Provincial Branch", PRCS),
            person("Faraz Siddiqui", "Head of Corporate Affairs", KE),
            person("Abid Hussain Lodhi", "Secretary General", PRCS),
        ],
        [
            rel("support", [ICRC, PRCS], evidence="ICRC-supported PRCS ambulance service"),
            rel(
                "support",
                [GRC, PRCS],
                evidence="The cooling centres are funded by the German Red Cross",
            ),
            rel(
                "support",
                [GFFO, GRC],
                evidence="which in turn draws on a grant from the German Federal Foreign Office for heat early action in South Asia",
            ),
            rel(
                "donation",
                [TRC, PRCS],
                place="Karachi, Pakistan",
                date="2025-05",
                evidence="were a gift from the Turkish Red Crescent (Türk Kızılay), flown into Karachi in late May",
            ),
            rel(
                "alliance",
                [PRCS, EDHI, PDMA],
                date="2025-04",
                evidence="In April the PRCS, the Edhi Foundation and the Provincial Disaster Management Authority of Sindh formally launched the Sindh Heat Resilience Alliance",
            ),
            rel(
                "meeting",
                [PRCS, KE],
                date="2025-06-03",
                evidence="Last Tuesday Mr Qureshi and two branch officers sat down with Faraz Siddiqui, head of corporate affairs at K-Electric",
            ),
        ],
    ),
    (
        "ib04_thimphu_disaster_law_forum.txt",
        "2025-09-29",
        [
            org(BRCS, NS, "BT", "BRCS"),
            org(IRCS, NS, "IN", "IRCS"),
            org(BDRCS, NS, "BD", "Bangladesh Red Crescent"),
            org(NRCS, NS, "NP", "NRCS"),
            org(MRC, NS, "MV", "MRC"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(DLGDM, GOV, "BT"),
            org(NORCROSS, NS, "NO"),
        ],
        [
            person("Tshering Yangzom", "Secretary General", BRCS),
            person("Rafiqul Islam Chowdhury", "Director of Disaster Response", BDRCS),
            person("Kamal Prasad Thapa", "Legal Adviser", NRCS),
            person("Aishath Nasheeda", "Secretary General", MRC),
            person("Hanna Lindqvist", "Head of Delegation for South Asia", IFRC),
            person("Lukas Brenner", "Head of the ICRC Regional Delegation in New Delhi", ICRC),
            person("Meenakshi Rao", "Secretary General", IRCS),
        ],
        [
            rel(
                "participation",
                [BRCS, IRCS, BDRCS, NRCS, MRC, IFRC, ICRC, DLGDM],
                event="South Asia Regional Forum on Disaster Law",
                place="Thimphu, Bhutan",
                date="2025-09-24",
                evidence="Hosted by the Bhutan Red Cross Society (BRCS) from 24 to 26 September, the forum brought together delegations from the Indian Red Cross Society",
            ),
            rel(
                "agreement",
                [BRCS, MRC],
                signatories=["Tshering Yangzom", "Aishath Nasheeda"],
                place="Thimphu, Bhutan",
                date="2025-09-25",
                evidence="the BRCS and the Maldivian Red Crescent (MRC) concluded a peer-to-peer cooperation memorandum covering volunteer exchanges and joint training in water rescue",
            ),
            rel(
                "meeting",
                [ICRC, IRCS],
                place="Thimphu, Bhutan",
                date="2025-09-25",
                evidence="Lukas Brenner, head of the ICRC regional delegation in New Delhi, held talks with Dr. Meenakshi Rao, Secretary General of the Indian Red Cross Society (IRCS)",
            ),
            rel(
                "support",
                [NORCROSS, BRCS],
                evidence="The forum was made possible by financial support from the Norwegian Red Cross",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
