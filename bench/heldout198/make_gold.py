"""Gold annotations for held-out set 198 (prefix pa): the Pacific (Fiji Red Cross Society, Tonga Red Cross Society, Vanuatu Red Cross Society, Samoa Red Cross Society, Cook Islands Red Cross Society, Kiribati Red Cross Society, Australian Red Cross, New Zealand Red Cross; the IFRC Pacific delegation in Suva, the Pacific Community, UNICEF; Fiji's disaster ministry, Tonga's NEMO, Vanuatu's NDMO and Tafea Provincial Government, Samoa's Ministry of Health; New Zealand's MFAT and Australia's DFAT; a Tongan shipping company and a Samoan hardware company).

pa01 - radio news transcript (Islands Radio Network, "Pacific Tonight" evening bulletin, Suva, Tuesday 10 March 2026) with presenter/reporter/clip speaker labels, stings, duration and a copyright line: Fiji Red Cross Society / Ministry of Rural and Maritime Development and Disaster Management five-year depot arrangement "locked in" and a deal "done and dusted" this afternoon in Suva ("The document was signed at the ministry's offices on Victoria Parade by the Society's director general, Alisi Vakaloloma, and the ministry's Permanent Secretary, Taniela Koroivesi"; agreement with two signatories), New Zealand's Ministry of Foreign Affairs and Trade "is putting three-point-one million New Zealand dollars over three years into the Society's prepositioning work, with the money going through New Zealand Red Cross" (support MFAT -> FRCS) and the NZRC manager's "Our job is to back Fiji Red Cross" (support NZRC -> FRCS; the MFAT money's channel through NZRC is not annotated as a third relationship), the Tonga Red Cross Society president who "spent this morning with Ms Vakaloloma and the Fiji Red Cross board" (meeting, even though "No agreement came out of it"), eight volunteers who "sailed for Rotuma on Sunday" (mission, 8 March), Australia's Department of Foreign Affairs and Trade that "On Monday ... handed over 1,500 solar lanterns and 600 hygiene kits to the Fiji Red Cross" (donation, 9 March); people as "the Society's director general, A", "the ministry's Permanent Secretary, B", "Its Pacific programme manager, C", "The president of the Tonga Red Cross Society, D", "Team leader E told IRN"; traps: the shared regional warehouse (talks "will carry on", no agreement), a letter to the Pacific Community which "hasn't yet said whether it can take the work on" (request only, SPC not annotated), the Minister "in the room" by title only, the Fiji Meteorological Service cited as a source, "its development partners" generic, the presenter and reporter (bylines, not counted), IRN itself, a netball teaser.
pa02 - a Tongan shipping company's media release (Vaka Moana Logistics Ltd, Nuku'alofa, 21 May 2026) with release header, bullets of commitments, quotes, "-ENDS-", two "About" boilerplates and a media contact: VML "today committed its fleet to" the Tonga Red Cross Society and "A partnership agreement between the two was signed this morning" by VML's CEO and the TRCS Secretary General (agreement with signatories; the first aid training the Society "will deliver" to VML crews is a term of that agreement, not a separate relationship), "VML also handed the Society a cheque for TOP 50,000" (donation), "the standby arrangement that VML and the Society first put in writing in March 2018" (background agreement, 2018-03), "On Tuesday, ahead of the signing, Mr Havea and Ms Vainikolo met Sefita Mahe, Director of the National Emergency Management Office (NEMO)" (one three-party meeting, 19 May, place not stated), the Neiafu warehouse "which New Zealand Red Cross has funded since the 2022 eruption and tsunami" (support); people include a New Zealand Red Cross lead quoted after joining "by video link" and the company's media contact (counted); traps: the Minister for Infrastructure who "attended the ceremony" by title only, NZRC joining the ceremony (not a party to the agreement), "in discussion with the Fiji Red Cross Society about a similar arrangement" (talks only, not annotated), a second vessel only hoped for in 2027, the Tonga Meteorological Service cited as a source, "its many partners and customers" generic, the IFRC and the Movement named only in the "About" boilerplate, agencies in Auckland, Suva and Pago Pago (places, not organisations).
pa03 - IFRC DREF final report excerpt (Vanuatu: volcanic ashfall and water shortage on Tanna, MDRVU014, report dated 6 August 2026) with the header block, section headings, Movement and other-actors sections, bullets, lessons learned, a financial summary and contact lines: the memorandum of understanding VRCS "concluded with the National Disaster Management Office (NDMO) in 2019" (background agreement), "CHF 261,483 was allocated from the IFRC's Disaster Response Emergency Fund (DREF) to support the Vanuatu Red Cross Society" on 9 February (support), "VRCS, the NDMO and the Tafea Provincial Government met at the provincial headquarters in Isangel" on 12 February (one three-party meeting), Australian Red Cross "deployed a water, sanitation and hygiene (WASH) delegate to Lenakel for six weeks from 16 February" (mission) and the delegate "helped VRCS run its chlorination points" (support), "with bilateral funding from New Zealand Red Cross" (support), "UNICEF provided VRCS with 1,200 20-litre jerrycans and 40,000 water purification tablets" (donation), "At VRCS's request, the Pacific Community (SPC) tested water samples" (support); people from the contact lines (counted); traps: VMGD and the NDMO's damage assessment cited as sources, the IFRC delegation's remote support (same pair as the DREF, not annotated twice), the French Red Cross that "was not engaged in this operation", the Ministry of Health and WHO doing their own surveillance (co-mention, not annotated), a standing agreement with the Tafea Provincial Government only intended, SPC's training offer that "had not taken place", an extension "considered ... but not requested", the balance returned to the DREF and "thanks all partners and donors that contribute to the DREF" (generic), the unnamed WASH delegate.
pa04 - a National Society's blog feature in the first person (Samoa Red Cross Society, "Our stories > Blog", posted 14 October 2026) with a breadcrumb, tags, reading time, a photo caption with credit, share buttons and related stories: the "Pacific Red Cross Disaster Managers' Forum, which the Tonga Red Cross Society hosted in Nuku'alofa from 15 to 17 September" with "people from the Red Cross societies of Fiji, Tonga, Vanuatu, Kiribati, the Cook Islands and, of course, Samoa, plus colleagues from the IFRC's Suva office and from Australian Red Cross and New Zealand Red Cross" (one participation of nine, societies named by country only), New Zealand Red Cross "which covered the flights and accommodation for me and for two of our branch volunteers" (support), "shared a very long kava session with the Cook Islands Red Cross team" on the second night (meeting, 16 September, on the forum's margins), the "Polynesia Surge Pool" "a standing roster of trained people from the three societies" with terms of reference signed by three Secretaries General on the final morning (alliance of three with signatories, 17 September), "Vaitele Steel & Timber Ltd dropped off 300 heavy-duty tarpaulins ... a gift from the company" on 22 September (donation), a memorandum of understanding on dengue surveillance that the SRCS President and "the Director-General of Health ... put their names to" on 2 October (agreement with signatories, "Back in Apia"); traps: Solomon Islands Red Cross which "had registered but in the end could not travel" (not a participant), a Pacific Community report quoted for a figure (source), a conversation with the Vanuatu Red Cross that never took place, working with the Samoa Meteorological Service only wished for, the Disaster Management Office only invited to a November refresher, "all our partners" generic, the photo credit, the blog's author named only in the byline (not counted), the Secretary General later called by first name only ("Lagi signed").
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

FRCS = "Fiji Red Cross Society"
TRCS = "Tonga Red Cross Society"
VRCS = "Vanuatu Red Cross Society"
SRCS = "Samoa Red Cross Society"
CIRCS = "Cook Islands Red Cross Society"
KRCS = "Kiribati Red Cross Society"
ARC = "Australian Red Cross"
NZRC = "New Zealand Red Cross"
MRMDDM = "Ministry of Rural and Maritime Development and Disaster Management"
MFAT = "Ministry of Foreign Affairs and Trade"
DFAT = "Department of Foreign Affairs and Trade"
VML = "Vaka Moana Logistics Ltd"
NEMO = "National Emergency Management Office"
NDMO = "National Disaster Management Office"
TAFEA = "Tafea Provincial Government"
UNICEF = "United Nations Children's Fund"
SPC = "Pacific Community"
VSTL = "Vaitele Steel & Timber Ltd"
MOH_WS = "Ministry of Health"

FORUM = "Pacific Red Cross Disaster Managers' Forum"

DOCS = [
    (
        "pa01_irn_radio_fiji_depots_transcript.txt",
        "2026-03-10",
        [
            org(FRCS, NS, "FJ", "Fiji Red Cross"),
            org(MRMDDM, GOV, "FJ"),
            org(MFAT, GOV, "NZ", "New Zealand's Ministry of Foreign Affairs and Trade"),
            org(NZRC, NS, "NZ"),
            org(TRCS, NS, "TO"),
            org(DFAT, GOV, "AU", "Australia's Department of Foreign Affairs and Trade"),
        ],
        [
            person("Alisi Vakaloloma", "Director General", FRCS),
            person("Taniela Koroivesi", "Permanent Secretary", MRMDDM),
            person("Anaru Whaanga-Ellis", "Pacific programme manager", NZRC),
            person("Meleane Fakatava", "President", TRCS),
            person("Jone Waqairatu", "Team leader", FRCS),
        ],
        [
            rel(
                "agreement",
                [FRCS, MRMDDM],
                signatories=["Alisi Vakaloloma", "Taniela Koroivesi"],
                place="Suva, Fiji",
                date="2026-03-10",
                evidence="The document was signed at the ministry's offices on Victoria Parade by the Society's director general, Alisi Vakaloloma, and the ministry's Permanent Secretary, Taniela Koroivesi.",
            ),
            rel(
                "support",
                [MFAT, FRCS],
                evidence="New Zealand's Ministry of Foreign Affairs and Trade is putting three-point-one million New Zealand dollars over three years into the Society's prepositioning work",
            ),
            rel(
                "support",
                [NZRC, FRCS],
                evidence="with the money going through New Zealand Red Cross",
            ),
            rel(
                "meeting",
                [TRCS, FRCS],
                place="Suva, Fiji",
                date="2026-03-10",
                evidence="The president of the Tonga Red Cross Society, Meleane Fakatava, spent this morning with Ms Vakaloloma and the Fiji Red Cross board at the Society's Walu Bay headquarters.",
            ),
            rel(
                "mission",
                [FRCS],
                place="Rotuma, Fiji",
                date="2026-03-08",
                evidence="Eight Fiji Red Cross volunteers sailed for Rotuma on Sunday aboard a government vessel",
            ),
            rel(
                "donation",
                [DFAT, FRCS],
                place="Suva, Fiji",
                date="2026-03-09",
                evidence="On Monday Australia's Department of Foreign Affairs and Trade handed over 1,500 solar lanterns and 600 hygiene kits to the Fiji Red Cross at its Walu Bay warehouse",
            ),
        ],
    ),
    (
        "pa02_vml_tonga_red_cross_shipping_release.txt",
        "2026-05-21",
        [
            org(VML, CO, "TO", "VML", "Vaka Moana Logistics"),
            org(TRCS, NS, "TO", "Tonga Red Cross"),
            org(NEMO, GOV, "TO", "NEMO"),
            org(NZRC, NS, "NZ"),
        ],
        [
            person("Tevita Lolo Havea", "Chief Executive Officer", VML),
            person("Mele Kata Vainikolo", "Secretary General", TRCS),
            person("Sefita Mahe", "Director", NEMO),
            person("Rebecca Tane", "Pacific Partnerships Lead", NZRC),
            person("Losana Fifita", "Communications Manager", VML),
        ],
        [
            rel(
                "agreement",
                [VML, TRCS],
                signatories=["Tevita Lolo Havea", "Mele Kata Vainikolo"],
                place="Nuku'alofa, Tonga",
                date="2026-05-21",
                evidence="A partnership agreement between the two was signed this morning at VML's terminal on Queen Salote Wharf by VML Chief Executive Officer Tevita Lolo Havea and Mele Kata Vainikolo, Secretary General of the Tonga Red Cross Society.",
            ),
            rel(
                "donation",
                [VML, TRCS],
                place="Nuku'alofa, Tonga",
                date="2026-05-21",
                evidence="To mark the agreement, VML also handed the Society a cheque for TOP 50,000 for its disaster response fund.",
            ),
            rel(
                "agreement",
                [VML, TRCS],
                date="2018-03",
                evidence="The new agreement replaces the standby arrangement that VML and the Society first put in writing in March 2018",
            ),
            rel(
                "meeting",
                [VML, TRCS, NEMO],
                date="2026-05-19",
                evidence="On Tuesday, ahead of the signing, Mr Havea and Ms Vainikolo met Sefita Mahe, Director of the National Emergency Management Office (NEMO)",
            ),
            rel(
                "support",
                [NZRC, TRCS],
                evidence="Much of the stock VML will carry is held at the Tonga Red Cross warehouse in Neiafu, which New Zealand Red Cross has funded since the 2022 eruption and tsunami.",
            ),
        ],
    ),
    (
        "pa03_vanuatu_tanna_ashfall_dref_final_report.txt",
        "2026-08-06",
        [
            org(VRCS, NS, "VU", "VRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(NDMO, GOV, "VU", "NDMO"),
            org(TAFEA, GOV, "VU"),
            org(ARC, NS, "AU"),
            org(NZRC, NS, "NZ"),
            org(UNICEF, UN, None, "UNICEF"),
            org(SPC, OTHER, None, "SPC"),
        ],
        [
            person("Kalfau Moli", "Secretary General", VRCS),
            person("Rose-Marie Iauko", "Disaster Management Coordinator", VRCS),
            person("Eleanor Watts", "Head of Delegation", IFRC),
            person("Rajesh Pradhan", "Operations Coordinator", IFRC),
        ],
        [
            rel(
                "agreement",
                [VRCS, NDMO],
                date="2019",
                evidence="VRCS's role in emergency water supply is set out in the memorandum of understanding it concluded with the National Disaster Management Office (NDMO) in 2019.",
            ),
            rel(
                "support",
                [IFRC, VRCS],
                date="2026-02-09",
                evidence="On 9 February 2026, CHF 261,483 was allocated from the IFRC's Disaster Response Emergency Fund (DREF) to support the Vanuatu Red Cross Society",
            ),
            rel(
                "meeting",
                [VRCS, NDMO, TAFEA],
                place="Isangel, Vanuatu",
                date="2026-02-12",
                evidence="On 12 February, VRCS, the NDMO and the Tafea Provincial Government met at the provincial headquarters in Isangel",
            ),
            rel(
                "mission",
                [ARC],
                place="Lenakel, Vanuatu",
                date="2026-02-16",
                evidence="Australian Red Cross: deployed a water, sanitation and hygiene (WASH) delegate to Lenakel for six weeks from 16 February.",
            ),
            rel(
                "support",
                [ARC, VRCS],
                evidence="The delegate trained 22 VRCS volunteers in household water treatment and helped VRCS run its chlorination points at Lamnatu and Imaki.",
            ),
            rel(
                "support",
                [NZRC, VRCS],
                evidence="with bilateral funding from New Zealand Red Cross, VRCS cleaned and repaired 14 school rainwater tanks",
            ),
            rel(
                "donation",
                [UNICEF, VRCS],
                evidence="UNICEF provided VRCS with 1,200 20-litre jerrycans and 40,000 water purification tablets from its prepositioned stock in Port Vila.",
            ),
            rel(
                "support",
                [SPC, VRCS],
                evidence="At VRCS's request, the Pacific Community (SPC) tested water samples from 42 tanks and springs on Tanna at its laboratory in Suva",
            ),
        ],
    ),
    (
        "pa04_samoa_red_cross_blog_forum_surge_pool.txt",
        "2026-10-14",
        [
            org(SRCS, NS, "WS"),
            org(TRCS, NS, "TO"),
            org(FRCS, NS, "FJ"),
            org(VRCS, NS, "VU", "Vanuatu Red Cross"),
            org(KRCS, NS, "KI"),
            org(CIRCS, NS, "CK", "Cook Islands Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(ARC, NS, "AU"),
            org(NZRC, NS, "NZ"),
            org(VSTL, CO, "WS"),
            org(MOH_WS, GOV, "WS"),
        ],
        [
            person("Lagi Tuimavave", "Secretary General", SRCS),
            person("Teina Marsters", "Secretary General", CIRCS),
            person("Mele Kata Vainikolo", "Secretary General", TRCS),
            person("Paulo Schuster", "owner", VSTL),
            person("Iosefa Leavasa", "President", SRCS),
            person("Malia Toleafoa", "Director-General of Health", MOH_WS),
        ],
        [
            rel(
                "participation",
                [SRCS, TRCS, FRCS, VRCS, KRCS, CIRCS, IFRC, ARC, NZRC],
                event=FORUM,
                place="Nuku'alofa, Tonga",
                date="2026-09-15",
                evidence="There were 31 of us in the room: people from the Red Cross societies of Fiji, Tonga, Vanuatu, Kiribati, the Cook Islands and, of course, Samoa, plus colleagues from the IFRC's Suva office and from Australian Red Cross and New Zealand Red Cross.",
            ),
            rel(
                "support",
                [NZRC, SRCS],
                evidence="I would not have been there at all without New Zealand Red Cross, which covered the flights and accommodation for me and for two of our branch volunteers from Savai'i.",
            ),
            rel(
                "meeting",
                [SRCS, CIRCS],
                event=FORUM,
                place="Nuku'alofa, Tonga",
                date="2026-09-16",
                evidence="On the second night, our Secretary General, Lagi Tuimavave, and I shared a very long kava session with the Cook Islands Red Cross team",
            ),
            rel(
                "alliance",
                [SRCS, TRCS, CIRCS],
                signatories=["Lagi Tuimavave", "Mele Kata Vainikolo", "Teina Marsters"],
                place="Nuku'alofa, Tonga",
                date="2026-09-17",
                evidence="Samoa, Tonga and the Cook Islands have set up what we are calling the Polynesia Surge Pool: a standing roster of trained people from the three societies",
            ),
            rel(
                "donation",
                [VSTL, SRCS],
                place="Apia, Samoa",
                date="2026-09-22",
                evidence="On 22 September, Vaitele Steel & Timber Ltd dropped off 300 heavy-duty tarpaulins and 150 shelter toolkits at our Sogi warehouse - a gift from the company",
            ),
            rel(
                "agreement",
                [SRCS, MOH_WS],
                signatories=["Iosefa Leavasa", "Malia Toleafoa"],
                place="Apia, Samoa",
                date="2026-10-02",
                evidence="our President, Iosefa Leavasa, and the Director-General of Health, Malia Toleafoa, put their names to a memorandum of understanding between the Samoa Red Cross Society and the Ministry of Health on community dengue surveillance",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
