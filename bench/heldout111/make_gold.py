"""Held-out set heldout111 ("fe"): Central Asia, the Caucasus and Eastern Europe.

Four articles: an embassy press release on a courtesy call by the Red Crescent
Society of Uzbekistan (fe01), wire copy translated from Russian on a meeting of
Kazakhstan's emergencies ministry with the ICRC and the Red Crescent Society of
Kazakhstan, with hard line breaks and titles before names (fe02), the Romanian
Red Cross annual donors' gala with several company gifts (fe03), and a Georgia
Red Cross humanitarian-diplomacy roundtable with a long list of participants and
a signed tripartite memorandum (fe04). Each carries plans, invitations, appeals
and persons merely present as tempting non-relations.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

# fe01 ---------------------------------------------------------------------
EMB_JP = "Embassy of Japan in the Republic of Uzbekistan"
RCSU = "Red Crescent Society of Uzbekistan"
JRCS = "Japanese Red Cross Society"

# fe02 ---------------------------------------------------------------------
MES_KZ = "Ministry of Emergency Situations of the Republic of Kazakhstan"
RCSK = "Red Crescent Society of Kazakhstan"
UNICEF = "United Nations Children's Fund"

# fe03 ---------------------------------------------------------------------
RRC = "Romanian Red Cross"
KAUF = "Kaufland România"
DEDE = "Dedeman"
BT = "Banca Transilvania"
ORANGE = "Orange România"
ECHO = "Directorate-General for European Civil Protection and Humanitarian Aid Operations"
MAI_RO = "Ministry of Internal Affairs"

# fe04 ---------------------------------------------------------------------
GRCS = "Georgia Red Cross Society"
EMS = "Emergency Management Service of Georgia"
IOM = "International Organization for Migration"
MFA_GE = "Ministry of Foreign Affairs of Georgia"
MOH_GE = (
    "Ministry of Internally Displaced Persons from the Occupied Territories, "
    "Labour, Health and Social Affairs of Georgia"
)
PDO = "Office of the Public Defender of Georgia"
UNHCR = "Office of the United Nations High Commissioner for Refugees"
WHO = "World Health Organization"
SDC = "Swiss Agency for Development and Cooperation"
WVG = "World Vision Georgia"
CARE = "CARE International in the Caucasus"
ROUNDTABLE = "Second National Roundtable on Humanitarian Diplomacy"

DOCS = [
    (
        "fe01_japan_embassy_uzbek_red_crescent.txt",
        "2024-05-15",
        [
            org(EMB_JP, GOV, "JP", "Embassy of Japan", "Embassy"),
            org(RCSU, NS, "UZ", "RCSU", "Society"),
            org(JRCS, NS, "JP", "JRCS", "Japanese Red Cross"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person(
                "Takeshi Morikawa",
                "Ambassador Extraordinary and Plenipotentiary of Japan to the Republic of Uzbekistan",
                EMB_JP,
            ),
            person("Dilnoza Rakhimova", "Chairperson", RCSU),
            person("Bakhodir Tursunov", "Deputy Chairperson for International Relations", RCSU),
            person("Yuki Hamada", "First Secretary", EMB_JP),
        ],
        [
            # courtesy call received on Monday 13 May 2024
            rel("meeting", [EMB_JP, RCSU], place="Tashkent, Uzbekistan", date="2024-05-13"),
            # GGP handover of vehicles and heating units in March
            rel("donation", [EMB_JP, RCSU], date="2024-03"),
            # JRCS has financed the school DRR programme since 2021
            rel("support", [JRCS, RCSU]),
            # DREF support for the Karakalpakstan floods "last month"
            rel("support", [IFRC, RCSU], date="2024-04"),
            # NOT: joint first-aid initiative (discussed), further GGP application
            # (to be considered), invitation to Samarkand.
        ],
    ),
    (
        "fe02_kazakhstan_mes_icrc_red_crescent.txt",
        "2024-10-10",
        [
            org(MES_KZ, GOV, "KZ", "Ministry of Emergency Situations", "Ministry"),
            org(
                ICRC,
                MB,
                None,
                "ICRC",
                "ICRC Regional Delegation",
                "Regional Delegation of the International Committee of the Red Cross in Central Asia",
                "Regional Delegation of the ICRC in Central Asia",
            ),
            org(RCSK, NS, "KZ", "Red Crescent", "Society"),
            org(IFRC, MB, None, "International Federation of Red Cross and Red Crescent Societies"),
            org(UNICEF, UN, None, "UNICEF", "UNICEF Office in Kazakhstan"),
        ],
        [
            person(
                "Daniyar Seitkaliyev",
                "Minister of Emergency Situations of the Republic of Kazakhstan",
                MES_KZ,
            ),
            person(
                "Matthias Kellenberger",
                "Head of the Regional Delegation of the ICRC in Central Asia",
                ICRC,
            ),
            person("Azamat Zhunusov", "Chairman", RCSK),
            person("Yerbol Kassymov", "Vice Minister of Emergency Situations", MES_KZ),
            person("Aigerim Nurpeisova", "Deputy Head of the ICRC Regional Delegation", ICRC),
        ],
        [
            # one working meeting "yesterday" of three parties
            rel("meeting", [MES_KZ, ICRC, RCSK], place="Astana, Kazakhstan", date="2024-10-09"),
            rel("support", [IFRC, RCSK], date="2024"),
            # motor pumps, boats and hygiene kits handed to the ministry in April
            rel("donation", [ICRC, MES_KZ], date="2024-04"),
            # 2019 memorandum, extended in February 2023
            rel("agreement", [MES_KZ, RCSK], date="2023-02"),
            rel("support", [UNICEF, RCSK], date="2024"),
            # NOT: 2025 exercises (agreed to hold), proposed trilateral agreement,
            # invitation to the IHL course in Tashkent; Kazinform is only the source.
        ],
    ),
    (
        "fe03_romanian_red_cross_donor_gala.txt",
        "2024-12-06",
        [
            org(RRC, NS, "RO", "Crucea Roșie Română", "Society"),
            org(KAUF, CO, "RO", "Kaufland"),
            org(DEDE, CO, "RO"),
            org(BT, CO, "RO"),
            org(ORANGE, CO, "RO", "Orange"),
            org(
                ECHO,
                OTHER,
                None,
                "DG ECHO",
                "European Commission's Directorate-General for European Civil Protection and Humanitarian Aid Operations",
            ),
            org(MAI_RO, GOV, "RO"),
        ],
        [
            person("Corina Vlădescu", "President", RRC),
            person("Andrei Munteanu", "Secretary General", RRC),
            person("Elena Popovici", "Head of Corporate Communication", KAUF),
            person("Mihaela Dobrescu", "Secretary of State", MAI_RO),
        ],
        [
            rel("donation", [KAUF, RRC], date="2024"),
            rel("donation", [DEDE, RRC], date="2024"),
            rel("donation", [BT, RRC], date="2024"),
            # operates the SMS donation number and covers network costs
            rel("support", [ORANGE, RRC]),
            # refugee programme funded by DG ECHO
            rel("support", [ECHO, RRC], date="2024"),
            # NOT: the winter appeal, hopes for more retailers, the ministry's
            # Secretary of State merely attending; IFRC only in the boilerplate.
        ],
    ),
    (
        "fe04_georgia_humanitarian_diplomacy_roundtable.txt",
        "2024-06-20",
        [
            org(GRCS, NS, "GE", "GRCS", "Georgia Red Cross", "Society"),
            org(EMS, GOV, "GE", "EMS", "Emergency Management Service"),
            org(IOM, UN, None, "IOM"),
            org(MFA_GE, GOV, "GE"),
            org(MOH_GE, GOV, "GE"),
            org(PDO, OTHER, "GE"),
            org(ICRC, MB, None, "ICRC", "ICRC Delegation in Tbilisi"),
            org(
                IFRC,
                MB,
                None,
                "IFRC",
                "IFRC Country Cluster Delegation for the South Caucasus",
                "IFRC Country Cluster Delegation",
            ),
            org(UNHCR, UN, None, "UNHCR", "UN Refugee Agency"),
            org(UNICEF, UN, None, "UNICEF"),
            org(WHO, UN, None, "WHO", "World Health Organization (WHO) Country Office in Georgia"),
            org(SDC, GOV, "CH", "SDC"),
            org(WVG, NGO, "GE"),
            org(CARE, NGO, None),
        ],
        [
            person("Mariam Tsereteli", "President", GRCS),
            person("Tamar Lomidze", "Deputy Minister of Foreign Affairs of Georgia", MFA_GE),
            person("Ruedi Hofstetter", "Head of the ICRC Delegation in Tbilisi", ICRC),
            person("Nino Kapanadze", "Secretary General", GRCS),
            person("Davit Chkheidze", "Head of the Emergency Management Service", EMS),
            person("Sanja Petrović", "IOM Chief of Mission in Georgia", IOM),
            person("Amélie Durand", "UNHCR Representative in Georgia", UNHCR),
        ],
        [
            rel(
                "participation",
                [
                    GRCS,
                    MFA_GE,
                    EMS,
                    MOH_GE,
                    PDO,
                    ICRC,
                    IFRC,
                    UNHCR,
                    UNICEF,
                    WHO,
                    IOM,
                    SDC,
                    WVG,
                    CARE,
                ],
                event=ROUNDTABLE,
                place="Tbilisi, Georgia",
                date="2024-06-18",
            ),
            rel(
                "agreement",
                [GRCS, EMS, IOM],
                signatories=["Nino Kapanadze", "Davit Chkheidze", "Sanja Petrović"],
                event=ROUNDTABLE,
                place="Tbilisi, Georgia",
                date="2024-06-18",
            ),
            rel("support", [SDC, GRCS], event=ROUNDTABLE, date="2024-06"),
            rel("support", [IFRC, GRCS]),
            rel("support", [ICRC, GRCS]),
            # NOT: Lomidze is only present at the signing; UNHCR appeal to donors;
            # WHO interest in joining the memorandum later; planned working group.
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
