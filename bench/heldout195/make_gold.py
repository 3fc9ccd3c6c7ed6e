"""Gold annotations for held-out set 195 (prefix sea): mainland and maritime Southeast Asia (Viet Nam Red Cross Society, Cambodian Red Cross, Lao Red Cross, Thai Red Cross Society, Malaysian Red Crescent Society, Indonesian Red Cross / PMI, Singapore Red Cross, Brunei Darussalam Red Crescent Society; BNPB, NADMA, Cambodia's NCDM, Viet Nam's disaster department; the AHA Centre; IFRC Asia Pacific; Mekong floods, haze, a Sulawesi earthquake; regional companies and foundations).

sea01 - Viet Nam Red Cross Society release, read as translated from Vietnamese ((VNRC) - Ha Noi, 8 October 2026): Coordination Programme 2026-2030 between the Central Committee of the VNRC and the Department of Dyke Management and Natural Disaster Prevention and Control signed "On the morning of 7 October 2026" at the VNRC headquarters in Ha Noi (the VNRC "Vice President cum Secretary General" and the Department's Director General as signatories; the VNRC President speaks but does not sign), "continues ... the coordination programme which the two agencies signed in June 2021" (background agreement), Vietcombank "handed over VND 12 billion to the Central Committee of the VNRC" "Within the framework of the ceremony" (donation; its Deputy General Director presents the board), "the German Red Cross, which has supported the VNRC in the pilot of forecast-based financing" (support); traps: the "comrade Deputy Minister" by title only and the Ministry of Agriculture and Environment only as the Department's parent (not annotated), provincial Red Cross chapters (internal), the National Centre for Hydro-Meteorological Forecasting cited as a source, joint drills only to be "studied" for 2027, provisions of the programme in the future tense (not separate supports), "About" boilerplate naming the Movement, a contact line with name and post (counted).
sea02 - ANTARA wire story with hard line breaks (JAKARTA, Oct 14, 2026 (ANTARA)): PMI / BNPB memorandum of understanding signed "on Tuesday" at Graha BNPB in East Jakarta (PMI Secretary General and BNPB Principal Secretary as signatories; the head of BNPB, "Lt. Gen. (ret.)", only present), "the agreement we signed with BNPB in 2019" (background agreement), PMI "on Monday sent 120 volunteers ... from Makassar to Mamuju" (mission), IFRC DREF allocation "to support PMI's relief operation" (support), the Singapore Red Cross "had transferred S$150,000 to PMI" (donation), PMI Chairman "held talks on Monday with the head of the ICRC regional delegation in Jakarta" (meeting; the name after the title and a comma); traps: ANTARA as agency and "told ANTARA", BMKG cited as a source twice, the Governor of West Sulawesi by title only, the Malaysian Red Crescent only "ready to send a medical team if requested", the AHA Centre only "stood ready to deploy" (neither annotated), reporting / writing / editing credits.
sea03 - IFRC-style Emergency Appeal operation update, Mekong floods in Cambodia and Lao PDR (issued 18 September 2026) with bullet lists: "This Emergency Appeal supports the Cambodian Red Cross (CRC) and the Lao Red Cross (LRC)" (two supports), Thai Red Cross Society team "deployed ... to Champasak province, Lao PDR, on 5 September 2026" (mission) and "The team is supporting the LRC's Champasak branch" (support), cash "funded by the Australian Red Cross, with a grant from the Australian Government's Department of Foreign Affairs and Trade (DFAT)" (chained: two supports, DFAT to the Australian Red Cross and the Australian Red Cross to the CRC), one four-party coordination meeting in Phnom Penh on 10 September (CRC, IFRC, NCDM, WFP; officials "represented by its Secretary General, H.E. ..." and "WFP by its Head of Programme, Ms. ..."), ACLEDA Bank Plc's USD 50,000 on 8 September (donation); traps: the Mekong River Commission and the Lao Ministry of Labour and Social Welfare cited as sources (the NCDM too, but it is also a party), "Partner National Societies" generic, the Korean Red Cross "may contribute" (not annotated), an assessment with the Vietnam Red Cross Society only "being explored", an extension only conditional, the IFRC Country Cluster Delegation in Bangkok and the Asia Pacific Regional Office only channels of the IFRC's own support, contact lines with names and posts (counted).
sea04 - HTML-ish Malaysian Red Crescent Society press-release page with page furniture (HTML title, skip link, language switch, menu, breadcrumb, reading time, photo credit (Bernama), "Share this", "Related news", "About" boilerplate, address footer; published 20 Nov 2026): Southeast Asia Red Cross and Red Crescent Leadership Meeting 2026 in Kuala Lumpur "on Tuesday and Wednesday" (one participation of eleven: the MRCS host, seven societies, the IFRC, the ICRC and the AHA Centre observer), Southeast Asia Haze Preparedness Network whose charter "four societies signed" "On the closing day" (alliance of four; four signatories with semicolons, "Tan Sri Dato' Dr.", "Mrs." and "Dr. Hajah" honorifics), "The IFRC has approved a grant of CHF 300,000 to the Singapore Red Cross" for the secretariat (support), MRCS / NADMA memorandum of understanding "On Wednesday, on the sidelines of the meeting" ("It was signed by Dato' A ... and Dato' B ..."), the MRCS chairman's "bilateral meeting with the Thai Red Cross delegation led by its Secretary General" "On Tuesday evening" (meeting), Yayasan Sime Darby's 150,000 N95 masks "At the closing ceremony on Wednesday" ("Puan ...", its Chief Executive Officer; donation); traps: the Deputy Prime Minister by title only, the Lao Red Cross and the Myanmar Red Cross Society "unable to send delegations" (not participants), the ASEAN Specialised Meteorological Centre cited as a source, the Viet Nam Red Cross Society (a participant) only "expressed interest in joining" the network, a joint border exercise only hoped for and the 2027 meeting only "expected", related-news headline naming the Ministry of Health, "About" boilerplate naming the Movement.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

VNRC = "Vietnam Red Cross Society"
DDMD = "Department of Dyke Management and Natural Disaster Prevention and Control"
VCB = "Vietcombank"
DRK = "German Red Cross"
PMI = "Indonesian Red Cross Society"
BNPB = "Badan Nasional Penanggulangan Bencana"
SRC = "Singapore Red Cross Society"
CRC = "Cambodian Red Cross"
LRC = "Lao Red Cross"
TRC = "The Thai Red Cross Society"
ARC = "Australian Red Cross"
DFAT = "Department of Foreign Affairs and Trade"
NCDM = "National Committee for Disaster Management"
WFP = "World Food Programme"
ACLEDA = "ACLEDA Bank Plc"
MRCS = "Malaysian Red Crescent Society"
BDRCS = "Brunei Darussalam Red Crescent Society"
PRC = "Philippine Red Cross"
AHA = "ASEAN Coordinating Centre for Humanitarian Assistance on disaster management"
NADMA = "National Disaster Management Agency"
YSD = "Yayasan Sime Darby"

DOCS = [
    (
        "sea01_vnrc_dyke_department_coordination_programme.txt",
        "2026-10-08",
        [
            org(
                VNRC,
                NS,
                "VN",
                "Viet Nam Red Cross Society",
                "VNRC",
                "Central Committee of the Viet Nam Red Cross Society",
                "Central Committee of the VNRC",
            ),
            org(DDMD, GOV, "VN"),
            org(VCB, CO, "VN", "Joint Stock Commercial Bank for Foreign Trade of Viet Nam"),
            org(DRK, NS, "DE"),
        ],
        [
            person("Tran Thi Minh Nguyet", "President of the Central Committee", VNRC),
            person("Ngo Duc Hieu", "Vice President cum Secretary General", VNRC),
            person("Hoang Minh Khoa", "Director General", DDMD),
            person("Do Thi Lan Phuong", "Deputy General Director", VCB),
            person("Pham Thu Trang", "Deputy Head of the Communication Department", VNRC),
        ],
        [
            rel(
                "agreement",
                [VNRC, DDMD],
                signatories=["Ngo Duc Hieu", "Hoang Minh Khoa"],
                place="Ha Noi, Viet Nam",
                date="2026-10-07",
                evidence="The Coordination Programme was signed by Mr. Ngo Duc Hieu, Vice President cum Secretary General of the VNRC, and Mr. Hoang Minh Khoa",
            ),
            rel(
                "agreement",
                [VNRC, DDMD],
                date="2021-06",
                evidence="continues and promotes the results of the coordination programme which the two agencies signed in June 2021",
            ),
            rel(
                "donation",
                [VCB, VNRC],
                place="Ha Noi, Viet Nam",
                date="2026-10-07",
                evidence="handed over VND 12 billion to the Central Committee of the VNRC",
            ),
            rel(
                "support",
                [DRK, VNRC],
                evidence="the German Red Cross, which has supported the VNRC in the pilot of forecast-based financing",
            ),
        ],
    ),
    (
        "sea02_pmi_bnpb_sulawesi_quake_wire.txt",
        "2026-10-14",
        [
            org(PMI, NS, "ID", "Indonesian Red Cross", "Palang Merah Indonesia", "PMI"),
            org(BNPB, GOV, "ID", "National Disaster Management Agency", "BNPB"),
            org(IFRC, MB, None, "IFRC"),
            org(SRC, NS, "SG", "Singapore Red Cross"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Arifin Mukti Prasetyo", "Secretary General", PMI),
            person("Rini Kusumawardhani", "Principal Secretary", BNPB),
            person("Bambang Wicaksono", "Head", BNPB),
            person("Lim Hui Ling", "Secretary General and CEO", SRC),
            person("Muhammad Yusuf Hamzah", "Chairman", PMI),
            person("Elena Marchetti", "Head of the regional delegation in Jakarta", ICRC),
        ],
        [
            rel(
                "agreement",
                [PMI, BNPB],
                signatories=["Arifin Mukti Prasetyo", "Rini Kusumawardhani"],
                place="Jakarta, Indonesia",
                date="2026-10-13",
                evidence="The memorandum was signed at the Graha BNPB building in East Jakarta",
            ),
            rel(
                "agreement",
                [PMI, BNPB],
                date="2019",
                evidence='"This replaces the agreement we signed with BNPB in 2019 and makes',
            ),
            rel(
                "mission",
                [PMI],
                place="Mamuju, Indonesia",
                date="2026-10-12",
                evidence="PMI on Monday sent 120 volunteers, six water trucks and two field",
            ),
            rel(
                "support",
                [IFRC, PMI],
                evidence="Disaster Response Emergency Fund to support PMI's relief operation,",
            ),
            rel(
                "donation",
                [SRC, PMI],
                date="2026-10-13",
                evidence="The Singapore Red Cross said on Tuesday it had transferred",
            ),
            rel(
                "meeting",
                [PMI, ICRC],
                place="Jakarta, Indonesia",
                date="2026-10-12",
                evidence="Separately, PMI Chairman Muhammad Yusuf Hamzah held talks on Monday",
            ),
        ],
    ),
    (
        "sea03_mekong_floods_cambodia_laos_appeal_update.txt",
        "2026-09-18",
        [
            org(IFRC, MB, None, "IFRC"),
            org(CRC, NS, "KH", "CRC"),
            org(LRC, NS, "LA", "LRC"),
            org(TRC, NS, "TH", "Thai Red Cross Society"),
            org(ARC, NS, "AU"),
            org(
                DFAT,
                GOV,
                "AU",
                "DFAT",
                "Australian Government's Department of Foreign Affairs and Trade",
            ),
            org(NCDM, GOV, "KH", "NCDM"),
            org(WFP, UN, None, "WFP"),
            org(ACLEDA, CO, "KH", "ACLEDA Bank"),
        ],
        [
            person("Kong Sovannarith", "Secretary General", NCDM),
            person("Sarah Okafor", "Head of Programme", WFP),
            person("Chea Sokunthea", "Secretary General", CRC),
            person("Khamphone Sisouvanh", "Director of Disaster Management", LRC),
            person("Ingrid Solberg", "Head of Delegation", IFRC),
            person("Rajesh Pillai", "Operations Coordinator", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, CRC],
                evidence="This Emergency Appeal supports the Cambodian Red Cross (CRC) and the Lao Red Cross (LRC)",
            ),
            rel(
                "support",
                [IFRC, LRC],
                evidence="This Emergency Appeal supports the Cambodian Red Cross (CRC) and the Lao Red Cross (LRC)",
            ),
            rel(
                "mission",
                [TRC],
                place="Champasak, Lao PDR",
                date="2026-09-05",
                evidence="The Thai Red Cross Society deployed a water and sanitation team of 12 to Champasak province, Lao PDR, on 5 September 2026",
            ),
            rel(
                "support",
                [TRC, LRC],
                evidence="The team is supporting the LRC's Champasak branch with water purification",
            ),
            rel(
                "support",
                [ARC, CRC],
                evidence="Multipurpose cash assistance in Prey Veng and Kandal is funded by the Australian Red Cross",
            ),
            rel(
                "support",
                [DFAT, ARC],
                evidence="with a grant from the Australian Government's Department of Foreign Affairs and Trade (DFAT)",
            ),
            rel(
                "meeting",
                [CRC, IFRC, NCDM, WFP],
                place="Phnom Penh, Cambodia",
                date="2026-09-10",
                evidence="On 10 September, the CRC, the IFRC, the NCDM and the World Food Programme (WFP) held a coordination meeting in Phnom Penh",
            ),
            rel(
                "donation",
                [ACLEDA, CRC],
                date="2026-09-08",
                evidence="On 8 September, ACLEDA Bank Plc donated USD 50,000 to the CRC",
            ),
        ],
    ),
    (
        "sea04_kuala_lumpur_sea_leadership_meeting_haze_network_page.txt",
        "2026-11-20",
        [
            org(
                MRCS,
                NS,
                "MY",
                "MRCS",
                "Malaysian Red Crescent Society",
                "Persatuan Bulan Sabit Merah Malaysia",
            ),
            org(TRC, NS, "TH", "Thai Red Cross Society", "Thai Red Cross"),
            org(PMI, NS, "ID", "Indonesian Red Cross", "PMI"),
            org(VNRC, NS, "VN", "Viet Nam Red Cross Society"),
            org(CRC, NS, "KH"),
            org(SRC, NS, "SG", "Singapore Red Cross"),
            org(BDRCS, NS, "BN"),
            org(PRC, NS, "PH"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(
                AHA,
                OTHER,
                None,
                "AHA Centre",
                "ASEAN Coordinating Centre for Humanitarian Assistance on disaster management",
            ),
            org(NADMA, GOV, "MY", "NADMA"),
            org(YSD, OTHER, "MY"),
        ],
        [
            person("Ahmad Fauzi bin Hashim", "Chairman", MRCS),
            person("Muhammad Yusuf Hamzah", "Chairman", PMI),
            person("Lim Hui Ling", "Secretary General and CEO", SRC),
            person("Siti Norbaiti binti Othman", "Secretary General", BDRCS),
            person("Muhammad Hafiz bin Zainal", "Secretary General", MRCS),
            person("Khairul Anuar bin Mat Saad", "Director General", NADMA),
            person("Chaiwat Srisuwan", "Secretary General", TRC),
            person("Sharifah Nurul Ain Syed Ahmad", "Chief Executive Officer", YSD),
        ],
        [
            rel(
                "participation",
                [MRCS, TRC, PMI, VNRC, CRC, SRC, BDRCS, PRC, IFRC, ICRC, AHA],
                event="Southeast Asia Red Cross and Red Crescent Leadership Meeting 2026",
                place="Kuala Lumpur, Malaysia",
                date="2026-11-17",
                evidence="The meeting, officiated by the Deputy Prime Minister, brought together the leaders of the Thai Red Cross Society",
            ),
            rel(
                "alliance",
                [MRCS, PMI, SRC, BDRCS],
                signatories=[
                    "Ahmad Fauzi bin Hashim",
                    "Muhammad Yusuf Hamzah",
                    "Lim Hui Ling",
                    "Siti Norbaiti binti Othman",
                ],
                place="Kuala Lumpur, Malaysia",
                date="2026-11-18",
                evidence="On the closing day, four societies signed the charter of the Southeast Asia Haze Preparedness Network",
            ),
            rel(
                "support",
                [IFRC, SRC],
                evidence="The IFRC has approved a grant of CHF 300,000 to the Singapore Red Cross",
            ),
            rel(
                "agreement",
                [MRCS, NADMA],
                signatories=["Muhammad Hafiz bin Zainal", "Khairul Anuar bin Mat Saad"],
                place="Kuala Lumpur, Malaysia",
                date="2026-11-18",
                evidence="the MRCS and the National Disaster Management Agency (NADMA) signed a memorandum of understanding",
            ),
            rel(
                "meeting",
                [MRCS, TRC],
                place="Kuala Lumpur, Malaysia",
                date="2026-11-17",
                evidence="On Tuesday evening, Tan Sri Ahmad Fauzi hosted a bilateral meeting with the Thai Red Cross delegation",
            ),
            rel(
                "donation",
                [YSD, MRCS],
                place="Kuala Lumpur, Malaysia",
                date="2026-11-18",
                evidence="Yayasan Sime Darby handed over 150,000 N95 face masks to the MRCS",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
