"""Gold annotations for held-out set 173 (prefix lg): Polynesia and Micronesia (Samoa, Tonga, Kiribati, Tuvalu, Cook Islands and Micronesia Red Cross; the Pacific Community, the Pacific Islands Forum, cyclones, king tides and sea-level rise, New Zealand and Australian aid).

lg01 - national society media release (Apia, 16 Oct 2025): Samoa RC / Disaster Management Office (DMO, acronym introduced at once) memorandum of understanding signed "on Wednesday" by the SG and the DMO Assistant CEO, New Zealand MFAT funding the pre-positioning programme (passive, "has been funded by New Zealand's Ministry of Foreign Affairs and Trade"), background 2021 partnership agreement Samoa RC / Australian RC and Australian RC backing first aid and youth programmes under it ("has backed"), Digicel Samoa gift of radios and a cheque "on the same occasion"; traps: NZ High Commissioner (H.E., dropped) only witnessed the signing (a named official, counted as a person, but no relation and not a signatory), joint drill only "will discuss", Fire and Emergency Services Authority only hoped-for, Samoa Meteorology Division cited as source, minister by title only sending a message, "About" boilerplate with IFRC membership and the Movement, media contact (a named person with post: counted).
lg02 - wire story with hard line breaks (NUKU'ALOFA, Feb 12, 2026 (PACNEWS)), Cyclone Mele in Ha'apai: Tonga RC SG's meeting "on Monday" with the NEMO director ("the director of ..., Leotisia Fifita"), background 2017 Tonga RC / NEMO agreement, RNZAF Hercules flying relief "for the Tonga Red Cross" on Monday (support), New Zealand RC delegates landing in Pangai "on Tuesday" (mission), Australian DFAT allocating A$500,000 to the society's response "On Tuesday" ("Canberra ... through the Department of Foreign Affairs and Trade"), BSP Tonga donation "yesterday"; traps: PACNEWS as agency, Tonga Meteorological Service and Australian High Commission cited as sources, Tonga RC / Fiji RC meeting called off, Fiji RC offer only conditional, IFRC only considering an allocation, Prime Minister by title only, reporting/editing credits.
lg03 - IFRC-style DREF operation update, king tides in Tuvalu (issued 20 Mar 2026): IFRC DREF support to the Tuvalu RC (approved 2 March), IFRC delegation deploying two specialists from Suva to Funafuti on 5 March (mission), Australian RC donation of containers and kits on 6 March, Pacific Community (SPC) supporting the TRCS with salinity testing, Tuvalu Telecommunications Corporation sending free messages on behalf of the TRCS (support), background 2019 TRCS / NDMO memorandum, one four-party coordination meeting on 10 March (NDMO, TRCS, IFRC, UNICEF); people in the shapes "who heads the TRCS disaster management unit", "TRCS Secretary General X", "IFRC Operations Manager X", "NDMO Director X"; traps: meteorological service cited as source, Prime Minister by title only, Partner National Societies generic, New Zealand RC only "could support" a second phase, extension only conditional, contact lines with titles only.
lg04 - HTML-ish local news page with byline and page furniture (Rarotonga Herald, Avarua, 8 May 2026): Pacific Climate and Disaster Resilience Forum opened "on Tuesday" (one participation of thirteen organisations, co-hosts and the two observer ministries included), Blue Pacific Red Cross Climate Network of five societies formed "yesterday" (alliance), SPC / IFRC cooperation framework renewed "On Wednesday" with signatories (Dr dropped) plus the background 2016 framework, IFRC courtesy call on the Deputy Prime Minister (Government of the Cook Islands), two separate bilateral talks of the Micronesia RC president with the Kiribati RC and Tuvalu RC secretaries general, NZ MFAT funding the Cook Islands RC shelter programme, Bank of the Cook Islands cheque "On Wednesday evening"; traps: page title, menus, cookie text, "Share this" and related-story headlines (Tonga RC co-mention), byline, Tonga RC and New Zealand RC took part but did not join the network, Fiji RC invited but absent, Forum Secretary General and bank chief executive by title only, RNZ Pacific cited as source, joint appeal only "will discuss", Australia only "will consider" funding.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

SRCS = "Samoa Red Cross Society"
TORCS = "Tonga Red Cross Society"
TVRCS = "Tuvalu Red Cross Society"
KRCS = "Kiribati Red Cross Society"
MRCS = "Micronesia Red Cross Society"
CIRCS = "Cook Islands Red Cross Society"
NZRC = "New Zealand Red Cross"
ARC = "Australian Red Cross"
DMO = "Disaster Management Office"
NZ_MFAT = "New Zealand Ministry of Foreign Affairs and Trade"
NZHC = "New Zealand High Commission"
DIGICEL = "Digicel Samoa"
NEMO = "National Emergency Management Office"
RNZAF = "Royal New Zealand Air Force"
DFAT = "Department of Foreign Affairs and Trade"
BSP = "BSP Tonga"
SPC = "Pacific Community"
TTC = "Tuvalu Telecommunications Corporation"
NDMO = "National Disaster Management Office"
UNICEF = "United Nations Children's Fund"
EMCI = "Emergency Management Cook Islands"
PIFS = "Pacific Islands Forum Secretariat"
CK_GOV = "Government of the Cook Islands"
BCI = "Bank of the Cook Islands"
NETWORK = "Blue Pacific Red Cross Climate Network"
FORUM = "Pacific Climate and Disaster Resilience Forum"

DOCS = [
    (
        "lg01_samoa_red_cross_dmo_preparedness_mou.txt",
        "2025-10-16",
        [
            org(SRCS, NS, "WS", "Samoa Red Cross"),
            org(DMO, GOV, "WS", "DMO"),
            org(NZHC, GOV, "NZ", "New Zealand High Commission to Samoa"),
            org(
                NZ_MFAT,
                GOV,
                "NZ",
                "New Zealand's Ministry of Foreign Affairs and Trade",
                "Ministry of Foreign Affairs and Trade",
                "MFAT",
            ),
            org(ARC, NS, "AU"),
            org(DIGICEL, CO, "WS", "Digicel"),
        ],
        [
            person("Tuala Sefo Pouono", "Secretary General", SRCS),
            person("Loau Iosefa Tanielu", "Assistant Chief Executive Officer", DMO),
            person("Gareth Pomare", "High Commissioner to Samoa", NZHC),
            person("Malia Fa'asavalu", "Communications Officer", SRCS),
        ],
        [
            rel(
                "agreement",
                [SRCS, DMO],
                signatories=["Tuala Sefo Pouono", "Loau Iosefa Tanielu"],
                place="Apia, Samoa",
                date="2025-10-15",
                evidence="The Samoa Red Cross Society and the Disaster Management Office (DMO) signed a memorandum of understanding at the Society's headquarters in Apia on Wednesday",
            ),
            rel(
                "support",
                [NZ_MFAT, SRCS],
                evidence="Since 2023 the pre-positioning programme has been funded by New Zealand's Ministry of Foreign Affairs and Trade",
            ),
            rel(
                "agreement",
                [SRCS, ARC],
                date="2021",
                evidence="a partnership agreement that the Society concluded with the Australian Red Cross in 2021",
            ),
            rel(
                "support",
                [ARC, SRCS],
                evidence="the Australian Red Cross has backed the Society's community first aid training",
            ),
            rel(
                "donation",
                [DIGICEL, SRCS],
                place="Apia, Samoa",
                date="2025-10-15",
                evidence="the telecommunications company Digicel Samoa handed over 25 solar-powered radios and a cheque for WST 15,000 to the Society",
            ),
        ],
    ),
    (
        "lg02_tonga_cyclone_mele_haapai_relief.txt",
        "2026-02-12",
        [
            org(TORCS, NS, "TO", "Tonga Red Cross"),
            org(NEMO, GOV, "TO", "NEMO"),
            org(RNZAF, GOV, "NZ", "RNZAF"),
            org(NZRC, NS, "NZ"),
            org(DFAT, GOV, "AU", "Australian Government", "DFAT"),
            org(BSP, CO, "TO", "Bank South Pacific"),
        ],
        [
            person("Sione Havili Taufa", "Secretary General", TORCS),
            person("Leotisia Fifita", "Director", NEMO),
            person("Hamish Crowley", "International Operations Manager", NZRC),
            person("Ana Lolohea", "Country Manager", BSP),
        ],
        [
            rel(
                "meeting",
                [TORCS, NEMO],
                place="Nuku'alofa, Tonga",
                date="2026-02-09",
                evidence="Taufa met on Monday in Nuku'alofa with the director of the National",
            ),
            rel(
                "agreement",
                [TORCS, NEMO],
                date="2017",
                evidence="under a 2017 agreement with NEMO",
            ),
            rel(
                "support",
                [RNZAF, TORCS],
                place="Lifuka, Tonga",
                date="2026-02-09",
                evidence="A Royal New Zealand Air Force Hercules flew 14 tonnes of tarpaulins,",
            ),
            rel(
                "mission",
                [NZRC],
                place="Pangai, Tonga",
                date="2026-02-10",
                evidence="logistician and a water engineer, who landed in Pangai on Tuesday.",
            ),
            rel(
                "donation",
                [DFAT, TORCS],
                date="2026-02-10",
                evidence="On Tuesday Canberra allocated A$500,000 to the Tonga Red Cross",
            ),
            rel(
                "donation",
                [BSP, TORCS],
                place="Nuku'alofa, Tonga",
                date="2026-02-11",
                evidence="40,000 pa'anga to the society yesterday",
            ),
        ],
    ),
    (
        "lg03_tuvalu_king_tides_dref_update.txt",
        "2026-03-20",
        [
            org(TVRCS, NS, "TV", "TRCS"),
            org(IFRC, MB, None, "IFRC", "IFRC Pacific Country Cluster Delegation"),
            org(ARC, NS, "AU"),
            org(SPC, OTHER, None, "SPC"),
            org(TTC, CO, "TV"),
            org(NDMO, GOV, "TV", "NDMO"),
            org(UNICEF, UN, None, "UNICEF"),
        ],
        [
            person("Tavita Melei", "Head of the disaster management unit", TVRCS),
            person("Seluka Tauasa", "Secretary General", TVRCS),
            person("Priya Narayan", "Operations Manager", IFRC),
            person("Niuatui Kaitu", "Director", NDMO),
        ],
        [
            rel(
                "support",
                [IFRC, TVRCS],
                date="2026-03-02",
                evidence="approved on 2 March, supports the Tuvalu Red Cross Society",
            ),
            rel(
                "mission",
                [IFRC],
                place="Funafuti, Tuvalu",
                date="2026-03-05",
                evidence="On 5 March the IFRC Pacific Country Cluster Delegation deployed a logistics officer and a water, sanitation and hygiene specialist from Suva to Funafuti",
            ),
            rel(
                "donation",
                [ARC, TVRCS],
                date="2026-03-06",
                evidence="On 6 March the Australian Red Cross donated 400 collapsible water containers and 300 shelter tool kits",
            ),
            rel(
                "support",
                [SPC, TVRCS],
                evidence="The Pacific Community (SPC) is supporting the TRCS by testing salinity",
            ),
            rel(
                "support",
                [TTC, TVRCS],
                evidence="Tuvalu Telecommunications Corporation has sent free text messages on behalf of the TRCS",
            ),
            rel(
                "agreement",
                [TVRCS, NDMO],
                date="2019",
                evidence="under a memorandum of understanding signed in 2019",
            ),
            rel(
                "meeting",
                [NDMO, TVRCS, IFRC, UNICEF],
                place="Funafuti, Tuvalu",
                date="2026-03-10",
                evidence="On 10 March the NDMO chaired a coordination meeting in Funafuti with the TRCS, the IFRC and UNICEF",
            ),
        ],
    ),
    (
        "lg04_rarotonga_forum_climate_network.txt",
        "2026-05-08",
        [
            org(CIRCS, NS, "CK", "Cook Islands Red Cross"),
            org(KRCS, NS, "KI"),
            org(MRCS, NS, "FM"),
            org(TVRCS, NS, "TV"),
            org(SRCS, NS, "WS"),
            org(TORCS, NS, "TO", "Tonga Red Cross"),
            org(NZRC, NS, "NZ"),
            org(IFRC, MB, None, "IFRC"),
            org(SPC, OTHER, None, "SPC"),
            org(PIFS, OTHER, None, "Pacific Islands Forum"),
            org(EMCI, GOV, "CK", "EMCI"),
            org(DFAT, GOV, "AU", "Australia's Department of Foreign Affairs and Trade"),
            org(
                NZ_MFAT,
                GOV,
                "NZ",
                "New Zealand's Ministry of Foreign Affairs and Trade",
                "Ministry of Foreign Affairs and Trade",
            ),
            org(CK_GOV, GOV, "CK", "Cook Islands Government"),
            org(BCI, CO, "CK"),
        ],
        [
            person("Tebwaa Kaiea", "Secretary General", KRCS),
            person("Roimata Pera", "Director", EMCI),
            person("Losana Vatu", "Deputy Director-General", SPC),
            person("Sanjeev Prasad", "Head of the Pacific country cluster delegation", IFRC),
            person("Tangimetua Rima", "Deputy Prime Minister", CK_GOV),
            person("Rosalinda Joab", "President", MRCS),
            person("Seluka Tauasa", "Secretary General", TVRCS),
            person("Tepaeru Nooroa", "Secretary General", CIRCS),
        ],
        [
            rel(
                "participation",
                [CIRCS, EMCI, KRCS, MRCS, TVRCS, SRCS, TORCS, NZRC, IFRC, SPC, PIFS, DFAT, NZ_MFAT],
                event=FORUM,
                place="Avarua, Cook Islands",
                date="2026-05-05",
                evidence="Alongside the five network members it brought together the Tonga Red Cross Society",
            ),
            rel(
                "alliance",
                [CIRCS, KRCS, MRCS, TVRCS, SRCS],
                event=NETWORK,
                place="Avarua, Cook Islands",
                date="2026-05-07",
                evidence="formed the Blue Pacific Red Cross Climate Network",
            ),
            rel(
                "agreement",
                [SPC, IFRC],
                signatories=["Losana Vatu", "Sanjeev Prasad"],
                place="Avarua, Cook Islands",
                date="2026-05-06",
                evidence="On Wednesday SPC and the IFRC renewed the cooperation framework",
            ),
            rel(
                "agreement",
                [SPC, IFRC],
                date="2016",
                evidence="the cooperation framework they first signed in 2016",
            ),
            rel(
                "meeting",
                [IFRC, CK_GOV],
                place="Avarua, Cook Islands",
                date="2026-05-06",
                evidence="Prasad later paid a courtesy call on Deputy Prime Minister Tangimetua Rima at her office in Avarua",
            ),
            rel(
                "meeting",
                [MRCS, KRCS],
                place="Avarua, Cook Islands",
                evidence="held separate talks with Kiribati's Tebwaa Kaiea",
            ),
            rel(
                "meeting",
                [MRCS, TVRCS],
                place="Avarua, Cook Islands",
                evidence="and with Seluka Tauasa, Secretary General of the Tuvalu Red Cross Society",
            ),
            rel(
                "support",
                [NZ_MFAT, CIRCS],
                evidence="also funds the Cook Islands Red Cross's cyclone shelter upgrade programme",
            ),
            rel(
                "donation",
                [BCI, CIRCS],
                place="Avarua, Cook Islands",
                date="2026-05-06",
                evidence="the Bank of the Cook Islands handed the Cook Islands Red Cross a cheque for NZ$10,000",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
