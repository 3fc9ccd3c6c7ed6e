"""Gold annotations for held-out set 131 (prefix ic): Middle East and North Africa.

ic01 - press release, JNRCS-QRCS health agreement in Amman; traps: Qatari ambassador witnesses but does not sign, planned second agreement, 2019 MoU as background, QFFD grant thanked, media contact.
ic02 - wire copy with hard line breaks, Kuwait RC ambulances to Lebanese RC and an LRC-health ministry protocol; traps: byline/editor, NNA cited, minister attends handover, future batch, unnamed PNS pledges.
ic03 - IFRC-style operation update on cholera in Yemen; traps: WHO invitation not done, Emergency Appeal only considered, KSrelief second consignment under review, generic PNS briefed.
ic04 - blog/news report on a Tunis regional migration conference; traps: Mauritanian RC invited but absent, Egyptian RC not joining network, IFRC director looks on at signing, TAP cited, byline, next meeting plan.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

JNRCS = "Jordan National Red Crescent Society"
QRCS = "Qatar Red Crescent Society"
QFFD = "Qatar Fund for Development"
QATAR = "State of Qatar"

LRC = "Lebanese Red Cross"
KRCS = "Kuwait Red Crescent Society"
MOPH = "Ministry of Public Health"
JAPAN = "Government of Japan"

YRCS = "Yemen Red Crescent Society"
KSR = "King Salman Humanitarian Aid and Relief Centre"
WHO = "World Health Organization"

CRT = "Tunisian Red Crescent"
CRM = "Moroccan Red Crescent"
CRA = "Algerian Red Crescent"
LYRC = "Libyan Red Crescent"
ERC = "Egyptian Red Crescent"
SDC = "Swiss Agency for Development and Cooperation"
IOM = "International Organization for Migration"
UNHCR = "United Nations High Commissioner for Refugees"

DOCS = [
    (
        "ic01_jnrcs_qrcs_health_agreement.txt",
        "2025-05-12",
        [
            org(JNRCS, NS, "JO", "JNRCS"),
            org(QRCS, NS, "QA", "QRCS"),
            org(QFFD, GOV, "QA", "QFFD"),
            org(QATAR, GOV, "QA", "Qatar"),
        ],
        [
            person("Rania Al-Khatib", "Secretary General", JNRCS),
            person(
                "Nasser Jassim Al-Sulaiti",
                "Executive Director of Relief and International Development",
                QRCS,
            ),
            person("Hamad bin Ali Al Thani", "Ambassador to Jordan", QATAR),
            person("Lina Haddad", "Communications Officer", JNRCS),
        ],
        [
            rel(
                "agreement",
                [JNRCS, QRCS],
                signatories=["Rania Al-Khatib", "Nasser Jassim Al-Sulaiti"],
                place="Amman, Jordan",
                date="2025-05-11",
                evidence="The Jordan National Red Crescent Society (JNRCS) and the Qatar Red Crescent Society signed a three-year cooperation agreement on Sunday",
            ),
            rel(
                "support",
                [QRCS, JNRCS],
                evidence="QRCS will fund the first phase of the programme, valued at QAR 4.2 million",
            ),
            rel(
                "agreement",
                [QRCS, JNRCS],
                place="Doha, Qatar",
                date="2019",
                evidence="the two societies first concluded a memorandum of understanding in Doha in 2019",
            ),
            rel(
                "support",
                [QFFD, JNRCS],
                date="2024",
                evidence="whose grant last year allowed the JNRCS to refurbish its primary health centre in Mafraq",
            ),
        ],
    ),
    (
        "ic02_lrc_kuwait_ambulances.txt",
        "2025-02-20",
        [
            org(LRC, NS, "LB", "LRC"),
            org(KRCS, NS, "KW", "KRCS"),
            org(MOPH, GOV, "LB"),
            org(JAPAN, GOV, "JP"),
        ],
        [
            person("Walid Sayegh", "Public Health Minister", MOPH),
            person("Khaled Al-Mutairi", "head of international relief department", KRCS),
            person("Elie Rizkallah", "secretary-general", LRC),
        ],
        [
            rel(
                "donation",
                [KRCS, LRC],
                place="Beirut, Lebanon",
                date="2025-02-19",
                evidence="of twelve fully equipped ambulances donated by the",
            ),
            rel(
                "support",
                [KRCS, LRC],
                place="Beirut, Lebanon",
                date="2025-02-19",
                evidence="KRCS technicians trained 24 LRC drivers on the new vehicles",
            ),
            rel(
                "agreement",
                [LRC, MOPH],
                signatories=["Elie Rizkallah", "Walid Sayegh"],
                date="2025-02-18",
                evidence="A day earlier, Rizkallah and Sayegh signed a protocol under",
            ),
            rel(
                "support",
                [JAPAN, LRC],
                evidence="from the Government of Japan, the society said last month",
            ),
        ],
    ),
    (
        "ic03_yemen_cholera_update.txt",
        "2025-08-07",
        [
            org(YRCS, NS, "YE", "YRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(KSR, GOV, "SA", "KSrelief"),
            org(WHO, UN, None, "WHO"),
        ],
        [
            person("Salma Al-Absi", "Head of Health", YRCS),
            person("Martin Lindqvist", "Head of Country Delegation, Yemen", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, YRCS],
                evidence="The International Federation of Red Cross and Red Crescent Societies is supporting the YRCS operation through an allocation from its Disaster Response Emergency Fund (DREF)",
            ),
            rel(
                "mission",
                [IFRC],
                place="Aden, Yemen",
                date="2025-07-29",
                evidence="a four-person IFRC surge team – a health coordinator, a WASH engineer, an information manager and a logistician – was deployed to Aden on 29 July",
            ),
            rel(
                "donation",
                [KSR, YRCS],
                place="Aden, Yemen",
                date="2025-07-31",
                evidence="On 31 July, 20 tonnes of oral rehydration salts, chlorine tablets and jerrycans were handed over to the YRCS Aden branch by the King Salman Humanitarian Aid and Relief Centre",
            ),
            rel(
                "support",
                [WHO, YRCS],
                place="Sana'a, Yemen",
                date="2025-07",
                evidence="the World Health Organization (WHO) trained 60 YRCS volunteers in Sana'a",
            ),
            rel(
                "meeting",
                [YRCS, ICRC, IFRC],
                place="Aden, Yemen",
                date="2025-08-02",
                evidence="YRCS, the ICRC and the IFRC held a Movement coordination meeting in Aden on 2 August",
            ),
        ],
    ),
    (
        "ic04_tunis_migration_conference.txt",
        "2025-10-23",
        [
            org(CRT, NS, "TN", "CRT", "Croissant-Rouge Tunisien"),
            org(CRM, NS, "MA"),
            org(CRA, NS, "DZ"),
            org(LYRC, NS, "LY"),
            org(ERC, NS, "EG"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(IOM, UN, None, "IOM"),
            org(UNHCR, UN, None, "UNHCR", "UN refugee agency"),
            org(SDC, GOV, "CH", "SDC"),
        ],
        [
            person("Mounir Ben Salem", "President", CRT),
            person("Fatima Zahra Bennani", "secretary-general", CRM),
            person("Amr Fathy", "director of disaster management", ERC),
            person(
                "Youssef Nassar", "regional director for the Middle East and North Africa", IFRC
            ),
            person("Andrea Colombo", "chief of mission in Libya", IOM),
            person("Hélène Marchand", "head of the regional delegation in Tunis", ICRC),
        ],
        [
            rel(
                "participation",
                [CRT, CRM, CRA, LYRC, ERC, IFRC, ICRC, IOM, UNHCR],
                event="Regional Conference on Migration and Humanitarian Protection in North Africa",
                place="Tunis, Tunisia",
                date="2025-10-20",
                evidence="The Regional Conference on Migration and Humanitarian Protection in North Africa, held on 20 and 21 October at a hotel in Tunis, was hosted by the Tunisian Red Crescent (Croissant-Rouge Tunisien)",
            ),
            rel(
                "support",
                [SDC, CRT],
                evidence="which organised it with financial backing from the Swiss Agency for Development and Cooperation (SDC)",
            ),
            rel(
                "alliance",
                [CRT, CRM, CRA, LYRC],
                place="Tunis, Tunisia",
                date="2025-10-21",
                evidence="The new North Africa Migration Response Network brings together the Tunisian, Moroccan, Algerian and Libyan societies",
            ),
            rel(
                "agreement",
                [CRT, CRM],
                signatories=["Mounir Ben Salem", "Fatima Zahra Bennani"],
                place="Tunis, Tunisia",
                date="2025-10-20",
                evidence="the Tunisian and Moroccan societies concluded a twinning agreement on volunteer exchanges and first aid certification",
            ),
            rel(
                "meeting",
                [IOM, LYRC],
                place="Tunis, Tunisia",
                date="2025-10-20",
                evidence="Andrea Colombo, IOM's chief of mission in Libya, held talks with the Libyan Red Crescent delegation",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
