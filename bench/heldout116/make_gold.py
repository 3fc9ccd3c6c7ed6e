"""Gold annotations for held-out set 116 (prefix fj): Africa and East Asia mixed.

fj01 - news-agency report of a Chinese embassy relief handover to the Rwandan Red Cross
       (wire-copy hard line breaks; minister and mayor merely present; plan and appeal).
fj02 - Mongolian Red Cross Society annual report excerpt packing five agreements into one
       paragraph, a JICA-funded project, an RCSC delegation's talks; plans and an appeal.
fj03 - feature on the Cyclone Gamane response in Madagascar with a bullet list of partners;
       WFP and the World Bank only co-mentioned; an IFRC plan.
fj04 - press release on a first-aid MoU between the Ghana Red Cross Society and Gold Fields
       Ghana, with a CSR manager's quote, background cooperation and a future plan.

(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

# fj01
EMB_CN = "Embassy of the People's Republic of China in Rwanda"
RRC = "Rwandan Red Cross"
MINEMA = "Ministry in Charge of Emergency Management"
RUBAVU = "Rubavu District"
KOICA = "Korea International Cooperation Agency"

# fj02
MRCS = "Mongolian Red Cross Society"
NEMA = "National Emergency Management Agency"
KRC = "Korean Red Cross"
MOES = "Ministry of Education and Science"
UNITEL = "Unitel LLC"
HKRC = "Hong Kong Red Cross"
JICA = "Japan International Cooperation Agency"
RCSC = "Red Cross Society of China"
OT = "Oyu Tolgoi LLC"

# fj03
CRM = "Malagasy Red Cross Society"
BNGRC = "National Office for Risk and Disaster Management"
FRC = "French Red Cross"
JRCS = "Japanese Red Cross Society"
UNICEF = "United Nations Children's Fund"
TELMA = "Telma"
MID = "Ministry of the Interior and Decentralisation"
WFP = "World Food Programme"
WB = "World Bank"

# fj04
GRCS = "Ghana Red Cross Society"
GF = "Gold Fields Ghana Limited"
TNMA = "Tarkwa-Nsuaem Municipal Assembly"
NAS = "National Ambulance Service"

DOCS = [
    (
        "fj01_china_embassy_rwanda_floods.txt",
        "2024-05-23",
        [
            org(EMB_CN, GOV, "CN", "Embassy of the People's Republic of China", "China"),
            org(RRC, NS, "RW", "RRC"),
            org(MINEMA, GOV, "RW", "MINEMA"),
            org(RUBAVU, GOV, "RW"),
            org(IFRC, MB, None, "IFRC"),
            org(KOICA, GOV, "KR", "KOICA"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Jean-Bosco Niyonsenga", "Secretary General", RRC),
            person("Wang Lichun", "Chinese Ambassador to Rwanda", EMB_CN),
            person("Claudine Mukamana", "Minister in Charge of Emergency Management", MINEMA),
            person("Patrick Uwizeye", "Mayor of Rubavu District", RUBAVU),
        ],
        [
            rel("donation", [EMB_CN, RRC], place="Kigali, Rwanda", date="2024-05-21"),
            rel("support", [IFRC, RRC], date="2024-05"),
            rel("support", [KOICA, RRC]),
            rel("agreement", [KOICA, RRC], date="2022"),
            rel("support", [ICRC, RRC]),
        ],
    ),
    (
        "fj02_mongolia_annual_report_partnerships.txt",
        "2024-04-30",
        [
            org(MRCS, NS, "MN", "MRCS"),
            org(NEMA, GOV, "MN", "NEMA"),
            org(KRC, NS, "KR"),
            org(MOES, GOV, "MN"),
            org(UNITEL, CO, "MN", "Unitel"),
            org(HKRC, NS, "HK"),
            org(JICA, GOV, "JP", "JICA"),
            org(RCSC, NS, "CN", "RCSC"),
            org(OT, CO, "MN", "Oyu Tolgoi"),
        ],
        [
            person("Ganbaatar Tserendorj", "Secretary General", MRCS),
            person("Enkhbayar Dashdorj", "Chief of NEMA", NEMA),
            person("Park Sung-ho", "Secretary General", KRC),
            person("Liu Jianhua", "Vice President", RCSC),
            person("Oyunchimeg Batsaikhan", "President", MRCS),
        ],
        [
            rel(
                "agreement",
                [MRCS, NEMA],
                signatories=["Ganbaatar Tserendorj", "Enkhbayar Dashdorj"],
                date="2023-02",
            ),
            rel(
                "agreement",
                [MRCS, KRC],
                signatories=["Ganbaatar Tserendorj", "Park Sung-ho"],
                place="Seoul, South Korea",
                date="2023-05",
            ),
            rel("agreement", [MRCS, MOES], date="2023-07"),
            rel("agreement", [MRCS, UNITEL], date="2023-09"),
            rel("agreement", [MRCS, HKRC], date="2023-11"),
            rel("support", [JICA, MRCS], date="2023"),
            rel("meeting", [RCSC, MRCS], place="Ulaanbaatar, Mongolia", date="2023-10"),
        ],
    ),
    (
        "fj03_madagascar_cyclone_gamane.txt",
        "2024-04-18",
        [
            org(CRM, NS, "MG", "Croix-Rouge Malagasy", "CRM"),
            org(BNGRC, GOV, "MG", "BNGRC"),
            org(IFRC, MB, None, "IFRC"),
            org(FRC, NS, "FR"),
            org(JRCS, NS, "JP"),
            org(UNICEF, UN, None, "UNICEF"),
            org(TELMA, CO, "MG"),
            org(MID, GOV, "MG"),
            org(WFP, UN, None, "WFP"),
            org(WB, OTHER, None),
        ],
        [
            person("Fanja Razafindrabe", "Secretary General", CRM),
            person("Hery Andrianaivo", "Minister of the Interior and Decentralisation", MID),
            person(
                "Olivier Ramaroson",
                "Head of the IFRC Country Cluster Delegation for the Indian Ocean Islands",
                IFRC,
            ),
        ],
        [
            rel("agreement", [CRM, BNGRC], date="2021"),
            rel("support", [IFRC, CRM], date="2024"),
            rel("support", [FRC, CRM], place="Sambava, Madagascar", date="2024"),
            rel("donation", [JRCS, CRM], date="2024"),
            rel("support", [UNICEF, CRM], date="2024"),
            rel("support", [TELMA, CRM], date="2024-03"),
            rel("meeting", [MID, CRM], place="Sambava, Madagascar", date="2024-04-04"),
        ],
    ),
    (
        "fj04_ghana_goldfields_first_aid.txt",
        "2024-09-12",
        [
            org(GRCS, NS, "GH", "GRCS", "Ghana Red Cross"),
            org(GF, CO, "GH", "Gold Fields Ghana", "Gold Fields"),
            org(TNMA, GOV, "GH"),
            org(NAS, GOV, "GH"),
        ],
        [
            person("Kofi Addo-Mensah", "Secretary General", GRCS),
            person("Abena Owusu-Ansah", "Vice President and Head of Operations", GF),
            person("Samuel Ekow Quansah", "Municipal Chief Executive", TNMA),
            person("Efua Mensah-Bonsu", "Community Relations and CSR Manager", GF),
        ],
        [
            rel(
                "agreement",
                [GRCS, GF],
                signatories=["Kofi Addo-Mensah", "Abena Owusu-Ansah"],
                place="Tarkwa, Ghana",
                date="2024-09-10",
            ),
            rel("support", [GF, GRCS], date="2024-09-10"),
            rel("donation", [GF, GRCS], date="2024-08"),
            rel("agreement", [GRCS, NAS], date="2021"),
            rel("support", [GRCS, NAS]),
            rel("meeting", [GRCS, TNMA], place="Tarkwa, Ghana", date="2024-09-10"),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
