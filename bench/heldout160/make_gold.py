"""Gold annotations for held-out set 160 (prefix kt): maritime South-East Asia (Palang Merah Indonesia, Philippine Red Cross, Malaysian Red Crescent, Brunei Darussalam Red Crescent, Timor-Leste Red Cross; ASEAN, the AHA Centre, typhoons, earthquakes, companies).

kt01 - press release (Kuala Lumpur, 12 Mar 2025): MRCS / BDRCS flood MoU concluded "yesterday", Yayasan Petronas committing funds to both societies, Maybank Foundation gift of rescue boats "last Thursday" in Kuching, Teleport flying relief stock free of charge (support), BDRCS delegation talks with NADMA "on Monday" in Putrajaya, background 2023 MRCS / NADMA agreement; traps: Brunei's High Commissioner named only by title, NADMA director-general only attended (person counted, not a signatory), signatory named with the "Hajah" honorific, Brunei's NDMC briefing only expected, Indonesian Red Cross only invited / hoped-for, Petronas and Capital A only as parents, Bernama and MetMalaysia cited as sources, "About" boilerplate with the Malay native name, media contact (a named person with post: counted).
kt02 - wire story with hard line breaks (MANILA, Sept 18, 2025): IFRC emergency-fund release for the PRC "on Wednesday", PRC secretary general's talks with the Social Welfare Secretary "on Tuesday" in Quezon City, Japanese RC medical team landing in Tacloban (mission + support), Jollibee Group Foundation meals handed over "on Monday", Smart Communications paying for free calls (passive), background 2024 PRC / Office of Civil Defense agreement; traps: NDRRMC and PAGASA cited as sources, Korean RC only offered a team, ICRC only stood ready, mayor named only by title, Philippine Daily Inquirer cited, reporting/editing credits, Haiyan background without relations.
kt03 - IFRC-style DREF operation update, West Sulawesi earthquake (issued 14 May 2026): IFRC DREF for PMI, UNICEF and Unilever Indonesia donations, one three-party meeting PMI + IFRC + BNPB in Mamuju, background 2021 PMI / BNPB MoU, Australian RC redirecting programme money (support), ICRC assisting PMI, Malaysian RC team deployed to Mamuju (mission + support); traps: BMKG cited as source, Partner National Societies generic, Japanese RC only "expressed interest", AHA Centre only publishing updates (mere co-mention), Regent named only by title, DREF revision only conditional, contact block with titles only.
kt04 - local news with byline (published 23 Jan 2026): Southeast Asia Red Cross Red Crescent Leadership Meeting in Dili (one participation of twelve organisations, co-host included), alliance of five societies declared "yesterday", AHA Centre / IFRC MoU renewed "on Wednesday", background 2022 CVTL / Secretariat of State for Civil Protection protocol, PRC chairman's call on the social solidarity minister (H.E.), separate bilateral talks ICRC-PMI and ICRC-MRCS, Timor Telecom financing the SMS service; traps: byline, Singapore RC attended but did not join, Myanmar RC invited but absent, Thai delegation head named only by title, shared warehouse and PMI-hosted secretariat only hoped/future, Lusa cited as source, ASEAN mere co-mention, next meeting only due.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

MRCS = "Malaysian Red Crescent Society"
BDRCS = "Brunei Darussalam Red Crescent Society"
PRC = "Philippine Red Cross"
PMI = "Indonesian Red Cross Society"
CVTL = "Timor-Leste Red Cross"
JRCS = "Japanese Red Cross Society"
ARC = "Australian Red Cross"
SGRC = "Singapore Red Cross"
TRCS = "Thai Red Cross Society"
CRC = "Cambodian Red Cross Society"
NADMA = "National Disaster Management Agency"
YP = "Yayasan Petronas"
MAYF = "Maybank Foundation"
TELEPORT = "Teleport"
DSWD = "Department of Social Welfare and Development"
OCD = "Office of Civil Defense"
JGF = "Jollibee Group Foundation"
SMART = "Smart Communications"
UNICEF = "United Nations Children's Fund"
UNILEVER = "PT Unilever Indonesia Tbk"
BNPB = "Badan Nasional Penanggulangan Bencana"
AHA = "ASEAN Coordinating Centre for Humanitarian Assistance on disaster management"
SSCP = "Secretariat of State for Civil Protection"
MSSI = "Ministry of Social Solidarity and Inclusion"
TT = "Timor Telecom"

DOCS = [
    (
        "kt01_malaysia_brunei_borneo_flood_mou.txt",
        "2025-03-12",
        [
            org(
                MRCS,
                NS,
                "MY",
                "MRCS",
                "Persatuan Bulan Sabit Merah Malaysia",
                "Malaysian Red Crescent",
            ),
            org(BDRCS, NS, "BN", "BDRCS"),
            org(NADMA, GOV, "MY", "NADMA"),
            org(YP, OTHER, "MY"),
            org(MAYF, OTHER, "MY"),
            org(TELEPORT, CO, "MY"),
        ],
        [
            person("Mohd Razif Kamaruddin", "Secretary General", MRCS),
            person("Noorhayati Abdul Karim", "Secretary General", BDRCS),
            person("Khairul Anuar Mat Saad", "Director-General", NADMA),
            person("Hazmi Yussof", "Deputy President", BDRCS),
            person("Nurul Ain Zakaria", "Head of Communications", MRCS),
        ],
        [
            rel(
                "agreement",
                [MRCS, BDRCS],
                signatories=["Mohd Razif Kamaruddin", "Noorhayati Abdul Karim"],
                place="Kuala Lumpur, Malaysia",
                date="2025-03-11",
                evidence="yesterday concluded a three-year memorandum of understanding on flood preparedness and response",
            ),
            rel(
                "support",
                [YP, MRCS],
                evidence="which has committed RM 1.2 million to the two Red Crescent societies",
            ),
            rel(
                "support",
                [YP, BDRCS],
                evidence="which has committed RM 1.2 million to the two Red Crescent societies",
            ),
            rel(
                "donation",
                [MAYF, MRCS],
                place="Kuching, Malaysia",
                date="2025-03-06",
                evidence="Last Thursday, Maybank Foundation handed over eight aluminium flood rescue boats with outboard engines to the MRCS Sarawak chapter in Kuching",
            ),
            rel(
                "support",
                [TELEPORT, MRCS],
                evidence="were flown in last month free of charge by Teleport, the logistics arm of Capital A",
            ),
            rel(
                "meeting",
                [BDRCS, NADMA],
                place="Putrajaya, Malaysia",
                date="2025-03-10",
                evidence="held talks on Monday with NADMA officials in Putrajaya",
            ),
            rel(
                "agreement",
                [MRCS, NADMA],
                date="2023",
                evidence="a standard operating agreement that the society signed with NADMA in 2023",
            ),
        ],
    ),
    (
        "kt02_philippines_typhoon_isang_relief.txt",
        "2025-09-18",
        [
            org(PRC, NS, "PH", "PRC"),
            org(IFRC, MB, None, "IFRC"),
            org(DSWD, GOV, "PH", "DSWD"),
            org(JRCS, NS, "JP"),
            org(JGF, OTHER, "PH"),
            org(SMART, CO, "PH"),
            org(OCD, GOV, "PH"),
        ],
        [
            person("Lars Eriksen", "Head of delegation in Manila", IFRC),
            person("Ramon Castillo Dizon", "Secretary General", PRC),
            person("Ma. Teresa Ocampo-Reyes", "Secretary of Social Welfare and Development", DSWD),
            person("Kenji Morimoto", "Leader of the emergency medical team", JRCS),
            person("Eduardo Soriano Lim", "Chairman", PRC),
        ],
        [
            rel(
                "support",
                [IFRC, PRC],
                date="2025-09-17",
                evidence="(IFRC) released 520,000 Swiss francs from its emergency fund on",
            ),
            rel(
                "meeting",
                [PRC, DSWD],
                place="Quezon City, Philippines",
                date="2025-09-16",
                evidence="Dizon held talks on Tuesday with Social Welfare Secretary Ma. Teresa",
            ),
            rel(
                "mission",
                [JRCS],
                place="Tacloban, Philippines",
                date="2025-09-16",
                evidence="A 12-member emergency medical team from the Japanese Red Cross Society",
            ),
            rel(
                "support",
                [JRCS, PRC],
                evidence="alongside the PRC's Eastern Samar chapter, team leader Dr. Kenji",
            ),
            rel(
                "donation",
                [JGF, PRC],
                place="Tacloban, Philippines",
                date="2025-09-15",
                evidence="Jollibee Group Foundation turned over 15,000 hot meals and 5,000 food",
            ),
            rel(
                "support",
                [SMART, PRC],
                evidence="evacuation centres are being paid for by telecoms operator Smart",
            ),
            rel(
                "agreement",
                [PRC, OCD],
                date="2024",
                evidence="2024 memorandum of agreement with the Office of Civil Defense,",
            ),
        ],
    ),
    (
        "kt03_indonesia_west_sulawesi_earthquake_dref.txt",
        "2026-05-14",
        [
            org(PMI, NS, "ID", "Palang Merah Indonesia", "PMI", "Indonesian Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(UNICEF, UN, None, "UNICEF"),
            org(UNILEVER, CO, "ID"),
            org(BNPB, GOV, "ID", "BNPB"),
            org(ARC, NS, "AU"),
            org(ICRC, MB, None, "ICRC"),
            org(MRCS, NS, "MY"),
        ],
        [
            person("Rina Kusumawardani", "Head of Disaster Management", PMI),
            person(
                "Henrik Solberg",
                "Head of the IFRC Country Delegation for Indonesia and Timor-Leste",
                IFRC,
            ),
            person("Budi Santoso Wibowo", "Deputy for Emergency Handling", BNPB),
        ],
        [
            rel(
                "support",
                [IFRC, PMI],
                date="2026-04-22",
                evidence="On 22 April the IFRC allocated CHF 498,600 from the Disaster Response Emergency Fund (DREF) to support Palang Merah Indonesia",
            ),
            rel(
                "donation",
                [UNICEF, PMI],
                place="Mamuju, Indonesia",
                date="2026-04-29",
                evidence="On 29 April UNICEF handed over 40 water bladders and 3,000 family hygiene kits to PMI's West Sulawesi provincial chapter in Mamuju",
            ),
            rel(
                "donation",
                [UNILEVER, PMI],
                evidence="PT Unilever Indonesia Tbk donated 12,000 bars of soap and 6,000 bottles of hand sanitiser",
            ),
            rel(
                "meeting",
                [PMI, IFRC, BNPB],
                place="Mamuju, Indonesia",
                date="2026-05-06",
                evidence="met Budi Santoso Wibowo, Deputy for Emergency Handling of the Badan Nasional Penanggulangan Bencana (BNPB), in Mamuju",
            ),
            rel(
                "agreement",
                [PMI, BNPB],
                date="2021",
                evidence="was formalised in a memorandum of understanding with BNPB in 2021",
            ),
            rel(
                "support",
                [ARC, PMI],
                evidence="The Australian Red Cross, which has backed PMI's community-based disaster risk reduction programme in Majene since 2022",
            ),
            rel(
                "support",
                [ICRC, PMI],
                evidence="The ICRC continues to assist PMI with restoring family links and the management of the dead",
            ),
            rel(
                "mission",
                [MRCS],
                place="Mamuju, Indonesia",
                date="2026-04-25",
                evidence="The Malaysian Red Crescent Society deployed a five-person water and sanitation team to Mamuju on 25 April",
            ),
            rel(
                "support",
                [MRCS, PMI],
                evidence="to reinforce the PMI WASH unit",
            ),
        ],
    ),
    (
        "kt04_dili_leadership_meeting_coastal_alliance.txt",
        "2026-01-23",
        [
            org(CVTL, NS, "TL", "Cruz Vermelha de Timor-Leste", "CVTL"),
            org(PMI, NS, "ID", "Palang Merah Indonesia", "PMI"),
            org(PRC, NS, "PH", "PRC"),
            org(MRCS, NS, "MY", "Malaysian Red Crescent"),
            org(BDRCS, NS, "BN"),
            org(SGRC, NS, "SG"),
            org(TRCS, NS, "TH"),
            org(CRC, NS, "KH"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(AHA, OTHER, None, "AHA Centre"),
            org(SSCP, GOV, "TL"),
            org(MSSI, GOV, "TL"),
            org(TT, CO, "TL"),
        ],
        [
            person("Filomena da Silva Pereira", "Secretary General", CVTL),
            person("Gaspar Soares Amaral", "Secretary of State for Civil Protection", SSCP),
            person("Nguyen Thi Thu Hang", "Executive Director", AHA),
            person("Priya Raman Menon", "Regional Director for Asia Pacific", IFRC),
            person("Eduardo Soriano Lim", "Chairman", PRC),
            person(
                "Maria Fernanda da Costa Soares",
                "Minister of Social Solidarity and Inclusion",
                MSSI,
            ),
            person("Thomas Brändli", "Head of the ICRC regional delegation in Jakarta", ICRC),
            person("Arif Wicaksono Hadi", "Secretary General", PMI),
            person("Mohd Razif Kamaruddin", "Secretary General", MRCS),
        ],
        [
            rel(
                "participation",
                [CVTL, SSCP, PMI, PRC, MRCS, BDRCS, SGRC, TRCS, CRC, IFRC, ICRC, AHA],
                event="Southeast Asia Red Cross Red Crescent Leadership Meeting",
                place="Dili, Timor-Leste",
                date="2026-01-20",
                evidence="The declaration closed the Southeast Asia Red Cross Red Crescent Leadership Meeting",
            ),
            rel(
                "alliance",
                [CVTL, PMI, PRC, MRCS, BDRCS],
                place="Dili, Timor-Leste",
                date="2026-01-22",
                evidence="The Maritime South-East Asia Coastal Resilience Alliance unites the Timor-Leste Red Cross",
            ),
            rel(
                "agreement",
                [AHA, IFRC],
                signatories=["Nguyen Thi Thu Hang", "Priya Raman Menon"],
                place="Dili, Timor-Leste",
                date="2026-01-21",
                evidence="On Wednesday the AHA Centre and the IFRC renewed their memorandum of understanding",
            ),
            rel(
                "agreement",
                [CVTL, SSCP],
                date="2022",
                evidence="CVTL has worked alongside his secretariat under a cooperation protocol signed in 2022",
            ),
            rel(
                "meeting",
                [PRC, MSSI],
                place="Dili, Timor-Leste",
                date="2026-01-21",
                evidence="Philippine Red Cross chairman Eduardo Soriano Lim called on H.E. Maria Fernanda da Costa Soares",
            ),
            rel(
                "meeting",
                [ICRC, PMI],
                place="Dili, Timor-Leste",
                date="2026-01-22",
                evidence="held separate bilateral talks with PMI's secretary general, Arif Wicaksono Hadi",
            ),
            rel(
                "meeting",
                [ICRC, MRCS],
                place="Dili, Timor-Leste",
                date="2026-01-22",
                evidence="and with the Malaysian Red Crescent's secretary general, Mohd Razif Kamaruddin",
            ),
            rel(
                "support",
                [TT, CVTL],
                evidence="The service has been financed since 2024 by Timor Telecom",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
