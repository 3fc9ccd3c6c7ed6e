"""Writes gold.json for the hundred-and-fifth held-out probe set: named regional forums, a
National Society's general assembly and a leadership meeting whose many participants are told
as country lists, "representatives of", guests, speakers and observers, with memoranda signed
or renewed on their margins, people elected to posts, and a plan, an invitation, an offer to
host and joint statements as negatives (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

KZ, KG, TJ, TM, UZ = (
    "Red Crescent Society of Kazakhstan",
    "Red Crescent Society of Kyrgyzstan",
    "Red Crescent Society of Tajikistan",
    "Red Crescent Society of Turkmenistan",
    "Red Crescent Society of Uzbekistan",
)
MES, UNICEF, AKAH = (
    "Ministry of Emergency Situations of Kazakhstan",
    "United Nations Children's Fund",
    "Aga Khan Agency for Habitat",
)
GH, GHS, NG, TG, NADMO = (
    "Ghana Red Cross Society",
    "Ghana Health Service",
    "Nigerian Red Cross Society",
    "Togolese Red Cross",
    "National Disaster Management Organisation",
)
ERC, SRCA, KRCS, QRCS, BRCS, GCC, MOCD = (
    "Emirates Red Crescent",
    "Saudi Red Crescent Authority",
    "Kuwait Red Crescent Society",
    "Qatar Red Crescent Society",
    "Bahrain Red Crescent Society",
    "General Secretariat of the Gulf Cooperation Council",
    "Ministry of Community Development",
)
VN, KH, LA, TH, TL, PH = (
    "Viet Nam Red Cross Society",
    "Cambodian Red Cross",
    "Lao Red Cross",
    "Thai Red Cross Society",
    "Timor-Leste Red Cross",
    "Philippine Red Cross",
)
PMI, MY, SG, BN = (
    "Palang Merah Indonesia",
    "Malaysian Red Crescent Society",
    "Singapore Red Cross",
    "Brunei Darussalam Red Crescent Society",
)
ASEAN, AHA, WFP, MARD = (
    "ASEAN Secretariat",
    "ASEAN Coordinating Centre for Humanitarian Assistance on disaster management",
    "World Food Programme",
    "Ministry of Agriculture and Rural Development",
)

DOCS = [
    (
        "ea01_almaty_forum_wire.txt",
        "2024-09-18",
        [
            org(KZ, NS, "KZ", "Kazakh Red Crescent"),
            org(KG, NS, "KG"),
            org(TJ, NS, "TJ"),
            org(TM, NS, "TM"),
            org(UZ, NS, "UZ", "Uzbek Red Crescent"),
            org(IFRC, MB, None, "IFRC"),
            org(MES, GOV, "KZ"),
            org(UNICEF, UN, None, "UNICEF", "UN Children's Fund"),
            org(AKAH, NGO, None),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Saule Abdrakhmanova", "Secretary General", KZ),
            person("Yerlan Suleimenov", "Vice-Minister of Emergency Situations", MES),
            person(
                "Nikolai Varga",
                "Head of the IFRC country cluster delegation for Central Asia",
                IFRC,
            ),
            person("Dilshod Karimov", "Chairman", UZ),
        ],
        [
            rel(
                "participation",
                [KZ, IFRC, KG, TJ, TM, UZ, MES, UNICEF, AKAH, ICRC],
                event="Central Asia Climate and Disaster Preparedness Forum",
                place="Almaty, Kazakhstan",
                date="2024-09-17",
            ),
            rel("alliance", [KZ, IFRC]),
            rel(
                "agreement",
                [KZ, UZ],
                signatories=["Saule Abdrakhmanova", "Dilshod Karimov"],
                place="Almaty, Kazakhstan",
                date="2024-09",
            ),
        ],
    ),
    (
        "ea02_ghana_general_assembly.txt",
        "2024-06-24",
        [
            org(GH, NS, "GH", "Ghana Red Cross"),
            org(GHS, GOV, "GH", "Health Service"),
            org(NG, NS, "NG", "Nigerian Red Cross"),
            org(TG, NS, "TG"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(NADMO, GOV, "GH", "NADMO"),
        ],
        [
            person("Abena Osei-Bonsu", "President", GH),
            person("Kwame Boateng", "Vice-President", GH),
            person("Kwame Boateng", "Director of Public Health", GHS),
            person(
                "Aminata Diallo",
                "Head of the IFRC Country Cluster Delegation for Coastal West Africa",
                IFRC,
            ),
            person("Yaw Darko-Mensah", "Director-General", NADMO),
            person("Joseph Mensah-Ankrah", "Secretary General", GH),
        ],
        [
            rel(
                "participation",
                [GH, NG, TG, IFRC, ICRC, NADMO],
                event="24th General Assembly of the Ghana Red Cross Society",
                place="Accra, Ghana",
                date="2024-06-22",
            ),
            rel(
                "agreement",
                [GH, NADMO],
                signatories=["Joseph Mensah-Ankrah", "Yaw Darko-Mensah"],
                place="Accra, Ghana",
                date="2024-06-22",
            ),
        ],
    ),
    (
        "ea03_gulf_volunteering_forum.txt",
        "2024-11-13",
        [
            org(ERC, NS, "AE", "ERC"),
            org(SRCA, NS, "SA"),
            org(KRCS, NS, "KW"),
            org(QRCS, NS, "QA"),
            org(BRCS, NS, "BH"),
            org(GCC, OTHER, None, "Gulf Cooperation Council", "GCC"),
            org(MOCD, GOV, "AE"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Rashid Mubarak Al Mansouri", "Secretary-General", ERC),
            person("Fahad bin Saad Al Mutairi", "President", SRCA),
            person("Bader Al Failakawi", "Chairman of the Board of Directors", KRCS),
            person("Yousef Al Hadi", "Head of Volunteering and Youth in the MENA region", IFRC),
            person("Mohammed Saleh Al Kuwari", "Secretary-General", QRCS),
        ],
        [
            rel(
                "participation",
                [ERC, SRCA, KRCS, QRCS, BRCS, GCC, MOCD, IFRC],
                event="Gulf Forum for Volunteering in Crises",
                place="Abu Dhabi",
                date="2024-11-12",
            ),
            rel(
                "agreement",
                [ERC, QRCS],
                signatories=["Rashid Mubarak Al Mansouri", "Mohammed Saleh Al Kuwari"],
                place="Abu Dhabi",
                date="2024-11",
            ),
        ],
    ),
    (
        "ea04_southeast_asia_leadership_meeting.txt",
        "2024-10-09",
        [
            org(VN, NS, "VN", "Viet Nam Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(KH, NS, "KH"),
            org(LA, NS, "LA"),
            org(TH, NS, "TH"),
            org(TL, NS, "TL", "Cruz Vermelha de Timor-Leste"),
            org(PH, NS, "PH"),
            org(PMI, NS, "ID", "PMI"),
            org(MY, NS, "MY", "Malaysian Red Crescent"),
            org(SG, NS, "SG"),
            org(BN, NS, "BN"),
            org(ASEAN, OTHER, None),
            org(AHA, OTHER, None, "AHA Centre"),
            org(WFP, UN, None),
            org(ICRC, MB, None),
            org(MARD, GOV, "VN"),
        ],
        [
            person("Tran Minh Chau", "President", VN),
            person("Le Quang Vinh", "Deputy Minister of Agriculture and Rural Development", MARD),
            person("Jagan Pillai", "Head of Delegation for the Mekong countries", IFRC),
            person("Maria da Costa", "President", TL),
            person("Ahmad Rizal Hassan", "Executive Director", AHA),
        ],
        [
            rel(
                "participation",
                [VN, IFRC, KH, LA, TH, TL, PH, PMI, MY, SG, BN, ASEAN, AHA, WFP, ICRC, MARD],
                event="2024 Southeast Asia Red Cross Red Crescent Leadership Meeting",
                place="Hanoi",
                date="2024-10-08",
            ),
            rel("support", [IFRC, VN]),
            rel(
                "agreement",
                [IFRC, AHA],
                signatories=["Jagan Pillai", "Ahmad Rizal Hassan"],
                place="Hanoi",
                date="2024-10-08",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
