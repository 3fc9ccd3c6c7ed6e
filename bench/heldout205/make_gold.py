"""Gold annotations for held-out set 205 (prefix me): the Levant and Iraq (Iraqi Red Crescent Society, Jordan National Red Crescent Society, Lebanese Red Cross, Syrian Arab Red Crescent; the Kuwait Red Crescent Society, the German and Norwegian Red Cross; the ICRC and the IFRC; ECHO, the European Union, Germany, Kuwait, Japan, SDC; UNHCR, WHO, UNICEF; Iraqi, Jordanian and Lebanese ministries; local NGOs in Akkar). Four kinds of text: a news-agency item translated from Arabic, a donor conference's closing press statement, an NGO's annual partnerships report excerpt, a society's short press summary of its week.

me01 - Iraqi News Agency item "Translated from the Arabic service" (masthead, breadcrumb, "Views", "Baghdad – INA", editor credit, a "Related:" headline; Monday 19 Oct 2026): the Iraqi Red Crescent Society and the Ministry of Migration and Displaced "concluded on Sunday a memorandum of cooperation" (agreement, 18 Oct, Baghdad; "signed ... by the Secretary General of the Society, Dr. A, and the Undersecretary of the Ministry, Mr. B" as signatories, the title before the name), "the two parties had already worked side by side under a protocol signed in May 2021" (background agreement), "the mobile clinics are financed by the European Union's humanitarian aid office (ECHO)" (support), the IRCS president "received on Saturday at the Society's headquarters in Baghdad the head of the International Committee of the Red Cross (ICRC) delegation in Iraq, Mr. ..." (meeting, 17 Oct) and "the support the Committee extends to the Society's ambulance and first-aid services" (support), a shipment "received on Thursday, at Baghdad International Airport, ... presented by the Kuwait Red Crescent Society" (donation, 15 Oct) with the "Kuwaiti society's delegate" and the "director of the Society's relief department", "a relief team of 22 volunteers ... had been sent to Sinjar on Sunday" (mission); traps: the Minister of Migration and Displaced present by title only, IOM cited as the source of return figures, extension to Al-Baaj only "studying", talks with the Turkish Red Crescent that "have not yet reached a result" (not annotated), INA as the agency ("received by the Iraqi News Agency"), the editor's byline, a related-news headline.
me02 - closing press statement of the co-chairs of a donor conference (Amman, 4 Nov 2026; "PRESS STATEMENT – FOR IMMEDIATE RELEASE", subheads, bullets of pledges, a quote, notes to editors, media contacts): the Amman Conference on Health and Emergency Care for Refugees and Host Communities, "Co-chaired by the Hashemite Kingdom of Jordan and the European Union", with three societies that "addressed the opening plenary alongside" the IFRC, the ICRC, WHO and UNHCR, and the governments that made "announcements ... in the plenary" (one participation of twelve, 3 Nov), "Germany pledged EUR 45 million, of which EUR 9 million will go to the ICRC's programmes" (support), "The State of Kuwait pledged USD 12 million, including USD 3 million for the Jordan National Red Crescent Society's primary health centres" (support), LRC / JNRCS memorandum the two "put their names to" "On the margins of the Conference" (agreement, 3 Nov, "signed ... by Mr. A, Secretary General of the Lebanese Red Cross, and Dr. B", B named in full only in a quote's attribution earlier), "The European Union and UNHCR also concluded a contribution agreement" (agreement, day not fixed), the IFRC and ICRC regional directors who "held a joint meeting with the Syrian Arab Red Crescent delegation, led by its Secretary General" (one meeting of three, 4 Nov); people in media contacts with lower-case posts (counted; the EU press officer's "Delegation of the European Union to Jordan" read as the EU, the spokesperson's ministry as its own body); traps: the EU's EUR 160 million "to be allocated" with no recipient, Japan that "would consider a further contribution" (a participant, no support), the Minister and the European Commissioner by title only, a pooled fund that "did not reach consensus", a follow-up meeting in Beirut only offered by the Government of Lebanon (not annotated), the Jordan Response Plan and the World Bank cited as sources, "thank all partners", the first conference of 2024 (no relationship).
me03 - excerpt of a Lebanese NGO's annual report, chapter "4. WORKING WITH PARTNERS", in the first person ("we", "our Chair"), with numbered subheads, a table of partners in pipes, sources of context figures, a contact line and a page footer (published April 2026): "we and the Lebanese Red Cross renewed, for three more years, the memorandum of understanding" (agreement, Feb 2025, Halba; "our Chair, Dr. A, and the LRC's regional coordinator for Akkar, Mr. B" as signatories) and "that has linked us since 2019" (background agreement), "LRC instructors trained 64 of our volunteers" (support), mobile units "paid for by the second year of a grant from the Swiss Agency for Development and Cooperation (SDC)" (support), "UNICEF supplied us with 3,600 family hygiene kits" (donation, Nov 2025), "together with the Ajyal Youth Club of Bebnine and the Qobayat Women's Cooperative, we founded the Akkar Local Responders Network, a standing platform" (alliance of three; charter adopted in Qobayat on 22 March), a WHO officer and the head of a Ministry of Public Health department who "visited our Halba clinic and met our board" (one meeting of three, Sep 2025; the department only locates its head); traps: an application to the Lebanon Humanitarian Fund still pending, talks with the Union of Municipalities of Jurd al-Qaytaa that "did not lead to an agreement", MSF and International Medical Corps co-mentioned ("Like ..., which also run clinics"), accreditation only hoped for, UNHCR's VASyR cited as a source, the table repeating partners already annotated, "all our partners, donors and volunteers".
me04 - the Syrian Arab Red Crescent's weekly press summary ("Week in Brief, 22–28 November 2026", issued Sunday 29 Nov 2026; week-in-numbers bullets, day-and-place subheads, first person "our Deir ez-Zor branch"): the SARC president "received at the Society's headquarters Ms. ..., Head of the ICRC delegation in Syria" (meeting, 22 Nov, Damascus) and "The ICRC confirmed at the meeting that it will keep covering the fuel for SARC's ambulance fleet" (support), medicines "sent by the Iraqi Red Crescent Society crossed at Al-Qaim–Al-Bukamal and were taken over by our Deir ez-Zor branch" (donation, 23 Nov; "director of the IRCS Anbar branch", "head of SARC's Deir ez-Zor branch"), a pumping station "financed by the German Red Cross and the Norwegian Red Cross" (two supports), the SARC Secretary General and the LRC's "Director of Emergency Medical Services" who "met at the Jdeidet Yabous–Masnaa crossing" (meeting, 25 Nov), "A SARC delegation headed by Eng. ..., Director of Disaster Management, left for Baghdad" (mission, 26 Nov); traps: the IFRC workshop that only "opens there on Sunday" (no participation yet; the IFRC not annotated), a written protocol only to be prepared "for signature early next year", a field-level agreement with WFP only "expected to be signed", the Governor of Rural Damascus by title only, OCHA cited as a source, a bus accident (no relationship), "all its Movement partners and donors".
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

IRCS = "Iraqi Red Crescent Society"
JNRCS = "Jordan National Red Crescent Society"
LRC = "Lebanese Red Cross"
SARC = "Syrian Arab Red Crescent"
KRCS = "Kuwait Red Crescent Society"
DRK = "German Red Cross"
NORCROSS = "Norwegian Red Cross"
MOMD = "Ministry of Migration and Displaced"
ECHO = "European Civil Protection and Humanitarian Aid Operations"
EU = "European Union"
GOV_JO = "Government of Jordan"
GOV_DE = "Government of Germany"
GOV_KW = "Government of Kuwait"
GOV_JP = "Government of Japan"
MOPIC = "Ministry of Planning and International Cooperation"
WHO = "World Health Organization"
UNHCR = "United Nations High Commissioner for Refugees"
UNICEF = "United Nations Children's Fund"
SDC = "Swiss Agency for Development and Cooperation"
MOPH = "Ministry of Public Health"
TAWASOL = "Tawasol Association for Community Health"
AJYAL = "Ajyal Youth Club of Bebnine"
QOBAYAT = "Qobayat Women's Cooperative"

AMMAN_CONF = "Amman Conference on Health and Emergency Care for Refugees and Host Communities"

DOCS = [
    (
        "me01_ina_ircs_migration_ministry_sinjar.txt",
        "2026-10-19",
        [
            org(IRCS, NS, "IQ", "Iraqi Red Crescent"),
            org(MOMD, GOV, "IQ", "Migration Ministry"),
            org(ECHO, GOV, None, "ECHO", "European Union's humanitarian aid office"),
            org(ICRC, MB, None, "ICRC"),
            org(KRCS, NS, "KW"),
        ],
        [
            person("Hadeel Sabah Al-Janabi", "Secretary General", IRCS),
            person("Karim Jassim Al-Saadi", "Undersecretary", MOMD),
            person("Raad Kadhim Al-Ubaidi", "President", IRCS),
            person("Matthias Kessler", "Head of delegation in Iraq", ICRC),
            person("Fahad Nasser Al-Mutawa", "Delegate", KRCS),
            person("Ahmed Younis Al-Hamdani", "Director of the relief department", IRCS),
        ],
        [
            rel(
                "agreement",
                [IRCS, MOMD],
                signatories=["Hadeel Sabah Al-Janabi", "Karim Jassim Al-Saadi"],
                place="Baghdad, Iraq",
                date="2026-10-18",
                evidence="The Iraqi Red Crescent Society and the Ministry of Migration and Displaced concluded on Sunday a memorandum of cooperation",
            ),
            rel(
                "agreement",
                [IRCS, MOMD],
                date="2021-05",
                evidence="the two parties had already worked side by side under a protocol signed in May 2021",
            ),
            rel(
                "support",
                [ECHO, IRCS],
                evidence="the mobile clinics are financed by the European Union's humanitarian aid office (ECHO)",
            ),
            rel(
                "meeting",
                [IRCS, ICRC],
                place="Baghdad, Iraq",
                date="2026-10-17",
                evidence="Al-Ubaidi received on Saturday at the Society's headquarters in Baghdad the head of the International Committee of the Red Cross (ICRC) delegation in Iraq",
            ),
            rel(
                "support",
                [ICRC, IRCS],
                evidence="the support the Committee extends to the Society's ambulance and first-aid services",
            ),
            rel(
                "donation",
                [KRCS, IRCS],
                place="Baghdad, Iraq",
                date="2026-10-15",
                evidence="a shipment of 30 tonnes of medical consumables and winter clothing presented by the Kuwait Red Crescent Society",
            ),
            rel(
                "mission",
                [IRCS],
                place="Sinjar, Iraq",
                date="2026-10-18",
                evidence="a relief team of 22 volunteers from the Nineveh branch had been sent to Sinjar on Sunday",
            ),
        ],
    ),
    (
        "me02_amman_health_conference_closing_statement.txt",
        "2026-11-04",
        [
            org(GOV_JO, GOV, "JO", "Hashemite Kingdom of Jordan", "Jordan"),
            org(EU, GOV, None, "Delegation of the European Union to Jordan"),
            org(JNRCS, NS, "JO"),
            org(LRC, NS, "LB"),
            org(SARC, NS, "SY"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(WHO, UN, None, "WHO"),
            org(UNHCR, UN, None, "UNHCR", "Office of the United Nations High Commissioner for Refugees"),
            org(GOV_DE, GOV, "DE", "Germany"),
            org(GOV_KW, GOV, "KW", "State of Kuwait"),
            org(GOV_JP, GOV, "JP", "Japan"),
            org(MOPIC, GOV, "JO"),
        ],
        [
            person("Mahmoud Tayseer Al-Zoubi", "President", JNRCS),
            person("Elie Boutros Khalil", "Secretary General", LRC),
            person("Samia Ben Youssef", "Regional Director for the Middle East and North Africa", IFRC),
            person("Alain Peyrot", "Regional Director for the Near and Middle East", ICRC),
            person("Nawar Adnan Kassab", "Secretary General", SARC),
            person("Rania Al-Masri", "spokesperson", MOPIC),
            person("Pieter de Vries", "press officer", EU),
        ],
        [
            rel(
                "participation",
                [GOV_JO, EU, JNRCS, LRC, SARC, IFRC, ICRC, WHO, UNHCR, GOV_DE, GOV_KW, GOV_JP],
                event=AMMAN_CONF,
                place="Amman, Jordan",
                date="2026-11-03",
                evidence="Delegations of the Jordan National Red Crescent Society, the Lebanese Red Cross and the Syrian Arab Red Crescent addressed the opening plenary",
            ),
            rel(
                "support",
                [GOV_DE, ICRC],
                evidence="Germany pledged EUR 45 million, of which EUR 9 million will go to the ICRC's programmes",
            ),
            rel(
                "support",
                [GOV_KW, JNRCS],
                evidence="The State of Kuwait pledged USD 12 million, including USD 3 million for the Jordan National Red Crescent Society's primary health centres",
            ),
            rel(
                "agreement",
                [LRC, JNRCS],
                signatories=["Elie Boutros Khalil", "Mahmoud Tayseer Al-Zoubi"],
                event=AMMAN_CONF,
                place="Amman, Jordan",
                date="2026-11-03",
                evidence="the Lebanese Red Cross and the Jordan National Red Crescent Society put their names to a memorandum of understanding",
            ),
            rel(
                "agreement",
                [EU, UNHCR],
                event=AMMAN_CONF,
                place="Amman, Jordan",
                date="2026-11",
                evidence="The European Union and UNHCR also concluded a contribution agreement of EUR 20 million",
            ),
            rel(
                "meeting",
                [IFRC, ICRC, SARC],
                event=AMMAN_CONF,
                place="Amman, Jordan",
                date="2026-11-04",
                evidence="held a joint meeting with the Syrian Arab Red Crescent delegation, led by its Secretary General",
            ),
        ],
    ),
    (
        "me03_tawasol_annual_report_partnerships.txt",
        "2026-04",
        [
            org(TAWASOL, NGO, "LB", "Tawasol"),
            org(LRC, NS, "LB", "LRC"),
            org(SDC, GOV, "CH", "SDC"),
            org(UNICEF, UN, None, "UNICEF"),
            org(AJYAL, NGO, "LB"),
            org(QOBAYAT, NGO, "LB"),
            org(WHO, UN, None, "WHO"),
            org(MOPH, GOV, "LB"),
        ],
        [
            person("Samer Mrad", "Executive Director", TAWASOL),
            person("Rima Khoury", "Chair", TAWASOL),
            person("Nadim Fares", "regional coordinator for Akkar", LRC),
            person("Carla Nassar", "primary health care officer", WHO),
            person("Bilal Kanaan", "head of the primary health care department", MOPH),
            person("Hiba Dandachi", "Partnerships and Grants Officer", TAWASOL),
        ],
        [
            rel(
                "agreement",
                [TAWASOL, LRC],
                signatories=["Rima Khoury", "Nadim Fares"],
                place="Halba, Lebanon",
                date="2025-02",
                evidence="In February we and the Lebanese Red Cross renewed, for three more years, the memorandum of understanding",
            ),
            rel(
                "agreement",
                [TAWASOL, LRC],
                date="2019",
                evidence="the memorandum of understanding that has linked us since 2019",
            ),
            rel(
                "support",
                [LRC, TAWASOL],
                evidence="LRC instructors trained 64 of our volunteers in first aid and psychological first aid",
            ),
            rel(
                "support",
                [SDC, TAWASOL],
                evidence="paid for by the second year of a grant from the Swiss Agency for Development and Cooperation (SDC)",
            ),
            rel(
                "donation",
                [UNICEF, TAWASOL],
                date="2025-11",
                evidence="In November UNICEF supplied us with 3,600 family hygiene kits",
            ),
            rel(
                "alliance",
                [TAWASOL, AJYAL, QOBAYAT],
                place="Qobayat, Lebanon",
                date="2025-03-22",
                evidence="together with the Ajyal Youth Club of Bebnine and the Qobayat Women's Cooperative, we founded the Akkar Local Responders Network",
            ),
            rel(
                "meeting",
                [WHO, MOPH, TAWASOL],
                place="Halba, Lebanon",
                date="2025-09",
                evidence="visited our Halba clinic and met our board",
            ),
        ],
    ),
    (
        "me04_sarc_week_in_brief.txt",
        "2026-11-29",
        [
            org(SARC, NS, "SY", "SARC"),
            org(ICRC, MB, None, "ICRC"),
            org(IRCS, NS, "IQ", "IRCS"),
            org(DRK, NS, "DE"),
            org(NORCROSS, NS, "NO"),
            org(LRC, NS, "LB"),
        ],
        [
            person("Bassam Nader Al-Halabi", "President", SARC),
            person("Hélène Marchetti", "Head of delegation in Syria", ICRC),
            person("Saad Hamid Al-Dulaimi", "director of the Anbar branch", IRCS),
            person("Fadi Ibrahim Al-Ahmad", "head of the Deir ez-Zor branch", SARC),
            person("Nawar Adnan Kassab", "Secretary General", SARC),
            person("Youssef Nassif Karam", "Director of Emergency Medical Services", LRC),
            person("Tarek Mahmoud Al-Sabbagh", "Director of Disaster Management", SARC),
        ],
        [
            rel(
                "meeting",
                [SARC, ICRC],
                place="Damascus, Syria",
                date="2026-11-22",
                evidence="SARC President Dr. Bassam Nader Al-Halabi received at the Society's headquarters Ms. Hélène Marchetti, Head of the ICRC delegation in Syria.",
            ),
            rel(
                "support",
                [ICRC, SARC],
                evidence="The ICRC confirmed at the meeting that it will keep covering the fuel for SARC's ambulance fleet",
            ),
            rel(
                "donation",
                [IRCS, SARC],
                place="Al-Bukamal, Syria",
                date="2026-11-23",
                evidence="Eighteen tonnes of medicines and infant formula sent by the Iraqi Red Crescent Society",
            ),
            rel(
                "support",
                [DRK, SARC],
                evidence="financed by the German Red Cross and the Norwegian Red Cross",
            ),
            rel(
                "support",
                [NORCROSS, SARC],
                evidence="financed by the German Red Cross and the Norwegian Red Cross",
            ),
            rel(
                "meeting",
                [SARC, LRC],
                place="Jdeidet Yabous, Syria",
                date="2026-11-25",
                evidence="met at the Jdeidet Yabous–Masnaa crossing",
            ),
            rel(
                "mission",
                [SARC],
                place="Baghdad, Iraq",
                date="2026-11-26",
                evidence="A SARC delegation headed by Eng. Tarek Mahmoud Al-Sabbagh, Director of Disaster Management, left for Baghdad",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
