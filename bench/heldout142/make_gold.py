"""Gold annotations for held-out set 142 (prefix kb): Central Asia (Kazakhstan, Kyrgyzstan,
Tajikistan, Uzbekistan; Turkish Red Crescent, German Red Cross).

kb01 - Press release: Uzbek RCS / Turkish Red Crescent MoU in Tashkent; deputy minister present
       but not a signatory; talks before ceremony; gift of kits/tents; 2019 German Red Cross
       framework as background; planned exercise and invitation to Kazakh RCS (no relation);
       IFRC only in boilerplate; media contact is a person.
kb02 - Wire copy with hard line breaks: Kyrgyz mudflows; agencies cited (Kabar, AKIpress) and
       byline not entities; minister/RCS meeting "on Tuesday"; IFRC DREF support; German Red
       Cross backing since 2022; Kazakh government aid to ministry; UNICEF "stood ready" (no).
kb03 - Blog/feature by a German Red Cross delegate (byline excluded) on Tajik heatwave: GFFO
       funding, Turkish Red Crescent tanks (donation) and assessment team (mission), 2023
       partnership renewal as background, meeting "last week" with CoES; Aga Khan hope and
       proposal to hydromet are plans; generic "Partner National Societies".
kb04 - Conference report, Almaty: ten participating organisations (Afghan RCS invited but
       absent), German Red Cross financial support, declared four-society alliance, Kyrgyz-Tajik
       protocol signed in presence of IFRC head (not a signatory), two bilateral side meetings,
       warehouse proposal and offer to host next conference (no relations).
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, org, person, rel, write_gold  # noqa: E402

CO = "company"

TRC = "Turkish Red Crescent"
GRC = "German Red Cross"
RCSU = "Red Crescent Society of Uzbekistan"
RCSKG = "Red Crescent Society of Kyrgyzstan"
RCST = "Red Crescent Society of Tajikistan"
RCSKZ = "Red Crescent Society of Kazakhstan"
MES_UZ = "Ministry of Emergency Situations of the Republic of Uzbekistan"
MES_KG = "Ministry of Emergency Situations of the Kyrgyz Republic"
MES_KZ = "Ministry of Emergency Situations of the Republic of Kazakhstan"
GOV_KZ = "Government of Kazakhstan"
GFFO = "German Federal Foreign Office"
COES = "Committee of Emergency Situations and Civil Defence"
CESDRR = "Center for Emergency Situations and Disaster Risk Reduction"

DOCS = [
    (
        "kb01_uzbek_turkish_mou.txt",
        "2025-03-12",
        [
            org(RCSU, NS, "UZ", "RCSU"),
            org(TRC, NS, "TR", "Türk Kızılay", "Kızılay"),
            org(MES_UZ, GOV, "UZ"),
            org(GRC, NS, "DE"),
        ],
        [
            person("Dilnoza Rakhimova", "Chairperson", RCSU),
            person("Ahmet Yıldırım", "Director General for International Services", TRC),
            person("Bakhtiyor Usmonov", "Deputy Minister of Emergency Situations", MES_UZ),
            person("Shahzod Karimov", "Communications Officer", RCSU),
        ],
        [
            rel(
                "agreement",
                [RCSU, TRC],
                signatories=["Dilnoza Rakhimova", "Ahmet Yıldırım"],
                place="Tashkent, Uzbekistan",
                date="2025-03-12",
                evidence="The memorandum was signed at the RCSU headquarters in Tashkent by Dilnoza Rakhimova",
            ),
            rel(
                "meeting",
                [TRC, MES_UZ],
                place="Tashkent, Uzbekistan",
                date="2025-03-12",
                evidence="Before the ceremony, the Turkish delegation held talks with Deputy Minister Usmonov",
            ),
            rel(
                "donation",
                [TRC, RCSU],
                place="Tashkent, Uzbekistan",
                date="2025-03-12",
                evidence="Türk Kızılay handed over 2,000 family hygiene kits and 500 winterised tents to the RCSU",
            ),
            rel(
                "agreement",
                [RCSU, GRC],
                date="2019",
                evidence="the cooperation framework that the RCSU concluded with the German Red Cross in 2019",
            ),
            rel(
                "support",
                [GRC, RCSU],
                evidence="the German Red Cross has supported community-based health and first aid programmes in the Republic of Karakalpakstan",
            ),
        ],
    ),
    (
        "kb02_kyrgyz_mudflows.txt",
        "2025-05-08",
        [
            org(RCSKG, NS, "KG"),
            org(MES_KG, GOV, "KG", "Ministry of Emergency Situations"),
            org(IFRC, MB, None, "IFRC"),
            org(GRC, NS, "DE"),
            org(GOV_KZ, GOV, "KZ"),
        ],
        [
            person("Bolot Asanov", "Minister of Emergency Situations", MES_KG),
            person("Nurlan Sydykov", "Secretary General", RCSKG),
        ],
        [
            rel(
                "meeting",
                [MES_KG, RCSKG],
                place="Bishkek, Kyrgyzstan",
                date="2025-05-06",
                evidence="Emergencies Minister Bolot Asanov met on Tuesday in Bishkek with",
            ),
            rel(
                "support",
                [IFRC, RCSKG],
                evidence="The distributions are supported by the International Federation of",
            ),
            rel(
                "support",
                [GRC, RCSKG],
                date="2022",
                evidence="The German Red Cross, which has backed the Kyrgyz society's early",
            ),
            rel(
                "donation",
                [GOV_KZ, MES_KG],
                place="Jalal-Abad, Kyrgyzstan",
                date="2025-05-07",
                evidence="Neighbouring Kazakhstan's government on Wednesday handed over 150",
            ),
        ],
    ),
    (
        "kb03_khatlon_heat.txt",
        "2025-08-19",
        [
            org(RCST, NS, "TJ", "RCST"),
            org(GRC, NS, "DE"),
            org(GFFO, GOV, "DE"),
            org(TRC, NS, "TR", "Kızılay"),
            org(COES, GOV, "TJ", "CoES"),
        ],
        [
            person("Farrukh Nazarov", "Head of the Khatlon branch", RCST),
        ],
        [
            rel(
                "support",
                [GFFO, RCST],
                date="2025-05",
                evidence="This cash programme is funded by the German Federal Foreign Office",
            ),
            rel(
                "donation",
                [TRC, RCST],
                place="Bokhtar, Tajikistan",
                date="2025-07",
                evidence="40 storage tanks donated by the Turkish Red Crescent to the RCST arrived in Bokhtar",
            ),
            rel(
                "mission",
                [TRC],
                place="Bokhtar, Tajikistan",
                date="2025-06",
                evidence="Kızılay had sent a four-person assessment team to Bokhtar in June",
            ),
            rel(
                "agreement",
                [GRC, RCST],
                place="Dushanbe, Tajikistan",
                date="2023-02",
                evidence="The German Red Cross and the RCST renewed their partnership agreement in Dushanbe in February 2023",
            ),
            rel(
                "meeting",
                [RCST, GRC, COES],
                place="Bokhtar, Tajikistan",
                date="2025-08",
                evidence="Last week Farrukh and I sat down in Bokhtar with officials of the Committee of Emergency Situations and Civil Defence (CoES)",
            ),
        ],
    ),
    (
        "kb04_almaty_conference.txt",
        "2025-10-24",
        [
            org(RCSKZ, NS, "KZ"),
            org(RCSKG, NS, "KG"),
            org(RCST, NS, "TJ"),
            org(RCSU, NS, "UZ"),
            org(TRC, NS, "TR"),
            org(GRC, NS, "DE"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(MES_KZ, GOV, "KZ", "Ministry of Emergency Situations"),
            org(CESDRR, OTHER, None, "CESDRR"),
        ],
        [
            person("Aigerim Nurlanova", "President", RCSKZ),
            person("Yerlan Dzhaksybekov", "Deputy Minister of Emergency Situations", MES_KZ),
            person("Kanybek Osmonaliev", "Secretary General", RCSKG),
            person("Zarina Saidova", "Secretary General", RCST),
            person(
                "Birgit Hoffmann",
                "Head of the IFRC Country Cluster Delegation for Central Asia",
                IFRC,
            ),
            person("Pierre Lambert", "Head of the ICRC Regional Delegation for Central Asia", ICRC),
            person("Thomas Berger", "International Cooperation Director", GRC),
        ],
        [
            rel(
                "participation",
                [RCSKZ, IFRC, RCSKG, RCST, RCSU, TRC, GRC, ICRC, MES_KZ, CESDRR],
                event="Regional Conference on Disaster Preparedness in Central Asia",
                place="Almaty, Kazakhstan",
                date="2025-10-21",
                evidence="gathered in Almaty on Tuesday and Wednesday for the Regional Conference on Disaster Preparedness in Central Asia",
            ),
            rel(
                "support",
                [GRC, RCSKZ],
                place="Almaty, Kazakhstan",
                date="2025-10",
                evidence="The Kazakh society organised the conference with financial support from the German Red Cross.",
            ),
            rel(
                "alliance",
                [RCSKZ, RCSKG, RCST, RCSU],
                place="Almaty, Kazakhstan",
                date="2025-10-22",
                evidence="the four Central Asian societies declared the Central Asia Red Crescent Response Alliance",
            ),
            rel(
                "agreement",
                [RCSKG, RCST],
                signatories=["Kanybek Osmonaliev", "Zarina Saidova"],
                place="Almaty, Kazakhstan",
                date="2025-10-22",
                evidence="the Kyrgyz and Tajik societies signed a protocol on cross-border cooperation in the Fergana Valley",
            ),
            rel(
                "meeting",
                [RCSKZ, ICRC],
                place="Almaty, Kazakhstan",
                date="2025-10",
                evidence="Ms Nurlanova met Pierre Lambert, head of the ICRC Regional Delegation for Central Asia",
            ),
            rel(
                "meeting",
                [GRC, MES_KZ],
                place="Almaty, Kazakhstan",
                date="2025-10",
                evidence="a German Red Cross delegation led by its international cooperation director, Thomas Berger, held talks with the Ministry of Emergency Situations",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
