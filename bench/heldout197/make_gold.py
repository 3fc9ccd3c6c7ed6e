"""Gold annotations for held-out set 197 (prefix ua): Ukraine and its neighbours (Ukrainian Red Cross Society, Polish Red Cross, Red Cross Society of the Republic of Moldova, Romanian Red Cross, Hungarian Red Cross, Slovak Red Cross, the IFRC, the ICRC, UNHCR; DG ECHO, the Swiss SDC, Moldova's Ministry of Labour and Social Protection, Ukraine's State Emergency Service, Kharkiv City Council, Romania's DSU; two invented companies). Four kinds of text not used for this region before: an annual-report chapter, a ministry press release, a social-media thread, an e-mail newsletter digest.

ua01 - excerpt of the Polish Red Cross Annual Report 2025, chapter 4 on Ukraine (page furniture: running header "Annual Report 2025 ... page 31", numbered sections 4.1-4.7, a footer with the page number; published 2026-06-15): PCK and URCS "extended by three years the bilateral cooperation agreement" on 12 March 2025 in Lviv (the two Secretaries General, the Ukrainian one named after "his Ukrainian counterpart," and her post in apposition, as signatories) and "The original agreement dates from April 2022" (background agreement), "PCK convoys carried 1,140 tonnes ... to URCS warehouses" (support), the Chełm centre "ran throughout the year on a grant of EUR 2.1 million from" DG ECHO (support), a doctor and a nurse "seconded by the Japanese Red Cross Society" (support), the PCK President "welcomed to our national headquarters in Warsaw a delegation of the Red Cross Society of the Republic of Moldova headed by its Secretary General" "In September" (meeting, 2025-09), a wholesaler's 46 pallets "donated ... to our Podkarpackie branch in Rzeszów" on 2 December (donation; "President of the Management Board of Lubomed", the short form), a partners section of bullets: the IFRC "coordinated Movement support ... and seconded a ... specialist, Ingrid Halvorsen" (support; she is counted), the American Red Cross "funded cash assistance" (support), the Japanese society and DG ECHO again (same relations). Traps: the Office for Foreigners and UNHCR's data portal cited as sources, "Talks with the Lublin Voivode ... did not lead to an agreement" (failed talks, title only), "A similar exchange with the Slovak Red Cross is planned", a memorandum with the Ministry of Family, Labour and Social Policy only intended, grateful to "municipalities, schools and parishes" (generic).
ua02 - press release of Moldova's Ministry of Labour and Social Protection (headline first, then the ministry's letterhead, "PRESS RELEASE", "For immediate release", dateline Chișinău, 10 February 2026): ministry / Red Cross Society of the Republic of Moldova two-year cooperation agreement on home care, "signed on Tuesday at the Ministry's headquarters by the Minister ..., Natalia Rusu, and the Secretary General ..., Vasile Ciobanu" (signatories named after their posts), "builds on the memorandum the Ministry and the Red Cross Society signed in June 2022" (background agreement), the programme's first year "is financed by the Office of the United Nations High Commissioner for Refugees (UNHCR) through its partnership with the Red Cross Society" (support), nurses "will be trained by the Austrian Red Cross, which has supported the Moldovan society's home-care service since 2023" (support), "State Secretary Ion Cojocaru received a delegation of the Romanian Red Cross led by its Director General" "On the same day" (meeting of the ministry and the Romanian society), SDC "handed over to the Ministry 2,500 electric heaters" "In January" (donation, 2026-01); the press contact with her post is counted. Traps: the IFRC Head of Country Delegation "attended the ceremony" (the IFRC is an organisation as the employer of a named official, but no party), the General Inspectorate for Migration cited as a source, extension to other districts only intended, "Discussions with the World Bank on co-financing ... are ongoing", "all its development partners" (generic), "the Red Cross" / "the Red Cross Society" as short forms.
ua03 - thread of ten posts by the Ukrainian Red Cross account (@RedCrossUkraine) on 22 January 2026, each with handle, date and time, emoji, a reply by another society and a repost line: the URCS President "sat down in Kyiv with the Head of the State Emergency Service of Ukraine (SES), Oleh Marchenko" "This morning" (meeting), "Just signed in Kharkiv: a memorandum with Kharkiv City Council" and "Signed by Nataliia Savchuk, head of our Kharkiv regional organisation, and Deputy Mayor Svitlana Horbenko" in the same post (agreement; the branch head signs for the URCS), "The @ICRC is covering the diesel for the generators" (support, a handle as the name; the head of the ICRC office in Kharkiv quoted), Hungarian Red Cross trucks that "reached our warehouse in Uzhhorod" "At dawn" with goods that are "a gift of our Hungarian colleagues" (donation), Polish Red Cross team that "arrived in Kharkiv by train this afternoon" (mission) and "will spend two weeks with our volunteers, training them in psychological first aid" (support; "led by Katarzyna Mazur", counted as the team leader). Traps: the Ministry of Energy cited as a source, "We are talking with UNHCR about topping up winter cash assistance ... No decision yet" (talks only; UNHCR not annotated), the Head of the Kharkiv Regional Military Administration by title only, a fake-fundraiser warning, "Thank you to all our partners" (generic), the Lithuanian Red Cross's reply of sympathy and "IFRC Europe reposted" (co-mentions, not annotated).
ua04 - e-mail newsletter of the IFRC Europe Regional Office, "Partners' Digest No. 14" (e-mail header lines, "View this email in your browser", a numbered table of contents, six items in capitals, bullets, an editor's contact line, unsubscribe footer; sent 27 March 2026): Carpat Retail and the Romanian Red Cross "signed a three-year partnership contract in Bucharest on 4 March" with "Signing for the company was its Chief Executive Officer, ...; for the Romanian Red Cross, Director General ..." (agreement with signatories) and "the company will pay for two mobile health units" (support), "The Hungarian Red Cross hosted colleagues from the Slovak Red Cross, the Romanian Red Cross and the Ukrainian Red Cross Society in Nyíregyháza on 10 and 11 March" (one meeting of four; the host's Director General quoted), UNHCR and the URCS "have extended their partnership on rapid repairs" and "The amended project partnership agreement, signed in Kyiv on 17 March" (one agreement; UNHCR's Deputy Representative quoted), the "second Lower Danube Humanitarian Logistics Conference, hosted by the Romanian Red Cross" with "Taking part were" five bodies "as well as Romania's Department for Emergency Situations (DSU)" (one participation of seven; the host's head of logistics quoted), the Austrian Red Cross "delivered two mobile water treatment units to the Ukrainian Red Cross Society in Odesa on 6 March" (donation); the editor's contact line with a post is counted. Traps: the Moldovan society "was invited, but flooding ... kept its delegation at home" (no party to the meeting; it is an organisation through the conference), the Prefect of Galați County by title only, a shared warehouse in Reni that "remains a proposal", the Slovak Red Cross's own training figures and the IFRC GO funding figure cited with sources, the Polish / Lithuanian twinning agreement only "expected" in "Coming up" (not annotated), a future Cash Working Group meeting.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

URCS = "Ukrainian Red Cross Society"
PCK = "Polish Red Cross"
MDRC = "Red Cross Society of the Republic of Moldova"
RRC = "Romanian Red Cross"
HRC = "Hungarian Red Cross"
SKRC = "Slovak Red Cross"
BGRC = "Bulgarian Red Cross"
AURC = "Austrian Red Cross"
JRCS = "Japanese Red Cross Society"
AMRC = "American Red Cross"
ECHO = "Directorate-General for European Civil Protection and Humanitarian Aid Operations"
UNHCR = "United Nations High Commissioner for Refugees"
WFP = "World Food Programme"
MMPS = "Ministry of Labour and Social Protection"
SDC = "Swiss Agency for Development and Cooperation"
SESU = "State Emergency Service of Ukraine"
KHARKIV_CC = "Kharkiv City Council"
DSU = "Department for Emergency Situations"
LUBOMED = "Lubomed Dystrybucja S.A."
CARPAT = "Carpat Retail"

DOCS = [
    (
        "ua01_pck_annual_report_2025_ukraine_chapter.txt",
        "2026-06-15",
        [
            org(PCK, NS, "PL", "PCK"),
            org(URCS, NS, "UA", "URCS"),
            org(
                ECHO,
                GOV,
                None,
                "DG ECHO",
                "European Commission's Directorate-General for European Civil Protection and Humanitarian Aid Operations",
            ),
            org(JRCS, NS, "JP"),
            org(MDRC, NS, "MD"),
            org(LUBOMED, CO, "PL", "Lubomed"),
            org(IFRC, MB, None, "IFRC"),
            org(AMRC, NS, "US"),
        ],
        [
            person("Marek Sobieraj", "Secretary General", PCK),
            person("Oksana Hrytsenko", "Secretary General", URCS),
            person("Ewa Zawadzka-Lis", "President", PCK),
            person("Vasile Ciobanu", "Secretary General", MDRC),
            person("Piotr Lisowski", "President of the Management Board", LUBOMED),
            person("Ingrid Halvorsen", "cash and voucher assistance specialist", IFRC),
        ],
        [
            rel(
                "agreement",
                [PCK, URCS],
                signatories=["Marek Sobieraj", "Oksana Hrytsenko"],
                place="Lviv, Ukraine",
                date="2025-03-12",
                evidence="extended by three years the bilateral cooperation agreement between our two National Societies",
            ),
            rel(
                "agreement",
                [PCK, URCS],
                date="2022-04",
                evidence="The original agreement dates from April 2022",
            ),
            rel(
                "support",
                [PCK, URCS],
                evidence="PCK convoys carried 1,140 tonnes of food, hygiene items and winter clothing across the Dorohusk–Yahodyn border crossing to URCS warehouses",
            ),
            rel(
                "support",
                [ECHO, PCK],
                evidence="It ran throughout the year on a grant of EUR 2.1 million from the European Commission's Directorate-General for European Civil Protection and Humanitarian Aid Operations (DG ECHO)",
            ),
            rel(
                "support",
                [JRCS, PCK],
                evidence="the centre's medical point was staffed with the help of a doctor and a nurse seconded by the Japanese Red Cross Society",
            ),
            rel(
                "meeting",
                [PCK, MDRC],
                place="Warsaw, Poland",
                date="2025-09",
                evidence="welcomed to our national headquarters in Warsaw a delegation of the Red Cross Society of the Republic of Moldova headed by its Secretary General, Vasile Ciobanu",
            ),
            rel(
                "donation",
                [LUBOMED, PCK],
                place="Rzeszów, Poland",
                date="2025-12-02",
                evidence="On 2 December, the pharmaceutical wholesaler Lubomed Dystrybucja S.A. donated 46 pallets of paediatric medicines and first aid kits to our Podkarpackie branch in Rzeszów",
            ),
            rel(
                "support",
                [IFRC, PCK],
                evidence="which coordinated Movement support to our operation and seconded a cash and voucher assistance specialist, Ingrid Halvorsen, to our headquarters",
            ),
            rel(
                "support",
                [AMRC, PCK],
                evidence="the American Red Cross, which funded cash assistance for 4,200 refugee households",
            ),
        ],
    ),
    (
        "ua02_mmps_moldova_red_cross_home_care_release.txt",
        "2026-02-10",
        [
            org(MMPS, GOV, "MD"),
            org(MDRC, NS, "MD", "Red Cross Society", "Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(
                UNHCR,
                UN,
                None,
                "UNHCR",
                "Office of the United Nations High Commissioner for Refugees",
            ),
            org(AURC, NS, "AT"),
            org(RRC, NS, "RO"),
            org(SDC, GOV, "CH", "SDC"),
        ],
        [
            person("Natalia Rusu", "Minister of Labour and Social Protection", MMPS),
            person("Vasile Ciobanu", "Secretary General", MDRC),
            person("Henrik Sørlie", "Head of Country Delegation in Moldova", IFRC),
            person("Ion Cojocaru", "State Secretary", MMPS),
            person("Raluca Stoica-Marin", "Director General", RRC),
            person("Doina Ceban", "Head of the Communication and Public Relations Section", MMPS),
        ],
        [
            rel(
                "agreement",
                [MMPS, MDRC],
                signatories=["Natalia Rusu", "Vasile Ciobanu"],
                place="Chișinău, Moldova",
                date="2026-02-10",
                evidence="The agreement was signed on Tuesday at the Ministry's headquarters by the Minister of Labour and Social Protection, Natalia Rusu, and the Secretary General of the Red Cross Society of the Republic of Moldova, Vasile Ciobanu.",
            ),
            rel(
                "agreement",
                [MMPS, MDRC],
                date="2022-06",
                evidence="The document builds on the memorandum the Ministry and the Red Cross Society signed in June 2022",
            ),
            rel(
                "support",
                [UNHCR, MDRC],
                evidence="is financed by the Office of the United Nations High Commissioner for Refugees (UNHCR) through its partnership with the Red Cross Society",
            ),
            rel(
                "support",
                [AURC, MDRC],
                evidence="The 60 nurses taking part will be trained by the Austrian Red Cross, which has supported the Moldovan society's home-care service since 2023.",
            ),
            rel(
                "meeting",
                [MMPS, RRC],
                place="Chișinău, Moldova",
                date="2026-02-10",
                evidence="On the same day, State Secretary Ion Cojocaru received a delegation of the Romanian Red Cross led by its Director General, Raluca Stoica-Marin.",
            ),
            rel(
                "donation",
                [SDC, MMPS],
                date="2026-01",
                evidence="In January, the Swiss Agency for Development and Cooperation (SDC) handed over to the Ministry 2,500 electric heaters and 600 portable power stations",
            ),
        ],
    ),
    (
        "ua03_urcs_kharkiv_winter_thread.txt",
        "2026-01-22",
        [
            org(URCS, NS, "UA", "Ukrainian Red Cross", "@RedCrossUkraine"),
            org(SESU, GOV, "UA", "SES"),
            org(KHARKIV_CC, GOV, "UA"),
            org(ICRC, MB, None, "ICRC", "@ICRC"),
            org(HRC, NS, "HU", "@voroskereszt"),
            org(PCK, NS, "PL"),
        ],
        [
            person("Andrii Kovalchuk", "President", URCS),
            person("Oleh Marchenko", "Head", SESU),
            person("Nataliia Savchuk", "head of the Kharkiv regional organisation", URCS),
            person("Svitlana Horbenko", "Deputy Mayor", KHARKIV_CC),
            person("Lena Meister", "head of the office in Kharkiv", ICRC),
            person("Katarzyna Mazur", "team leader", PCK),
        ],
        [
            rel(
                "meeting",
                [URCS, SESU],
                place="Kyiv, Ukraine",
                date="2026-01-22",
                evidence="This morning our President, Andrii Kovalchuk, sat down in Kyiv with the Head of the State Emergency Service of Ukraine (SES), Oleh Marchenko",
            ),
            rel(
                "agreement",
                [URCS, KHARKIV_CC],
                signatories=["Nataliia Savchuk", "Svitlana Horbenko"],
                place="Kharkiv, Ukraine",
                date="2026-01-22",
                evidence="Just signed in Kharkiv: a memorandum with Kharkiv City Council",
            ),
            rel(
                "support",
                [ICRC, URCS],
                evidence="The @ICRC is covering the diesel for the generators at eight of these points and the allowances of the volunteers who staff them.",
            ),
            rel(
                "donation",
                [HRC, URCS],
                place="Uzhhorod, Ukraine",
                date="2026-01-22",
                evidence="At dawn, 9 trucks of the Hungarian Red Cross reached our warehouse in Uzhhorod",
            ),
            rel(
                "mission",
                [PCK],
                place="Kharkiv, Ukraine",
                date="2026-01-22",
                evidence="Colleagues from the Polish Red Cross arrived in Kharkiv by train this afternoon.",
            ),
            rel(
                "support",
                [PCK, URCS],
                evidence="will spend two weeks with our volunteers, training them in psychological first aid and supporting those on night shifts",
            ),
        ],
    ),
    (
        "ua04_ifrc_europe_partners_digest_march.txt",
        "2026-03-27",
        [
            org(RRC, NS, "RO"),
            org(CARPAT, CO, "RO", "Carpat"),
            org(HRC, NS, "HU"),
            org(SKRC, NS, "SK"),
            org(URCS, NS, "UA", "URCS"),
            org(UNHCR, UN, None, "UNHCR"),
            org(MDRC, NS, "MD"),
            org(BGRC, NS, "BG"),
            org(IFRC, MB, None, "IFRC", "IFRC Europe Regional Office"),
            org(WFP, UN, None),
            org(DSU, GOV, "RO", "DSU", "Romania's Department for Emergency Situations"),
            org(AURC, NS, "AT"),
        ],
        [
            person("Dan Vlădescu", "Chief Executive Officer", CARPAT),
            person("Raluca Stoica-Marin", "Director General", RRC),
            person("Zsófia Kerekes", "Director General", HRC),
            person("Ayaan Farouk", "Deputy Representative in Ukraine", UNHCR),
            person("Bogdan Munteanu", "head of logistics", RRC),
            person("Marta Oliveira-Kuhn", "Communications Manager", IFRC),
        ],
        [
            rel(
                "agreement",
                [CARPAT, RRC],
                signatories=["Dan Vlădescu", "Raluca Stoica-Marin"],
                place="Bucharest, Romania",
                date="2026-03-04",
                evidence="Supermarket chain Carpat Retail and the Romanian Red Cross signed a three-year partnership contract in Bucharest on 4 March.",
            ),
            rel(
                "support",
                [CARPAT, RRC],
                evidence="the company will pay for two mobile health units working along the Ukrainian border",
            ),
            rel(
                "meeting",
                [HRC, SKRC, RRC, URCS],
                place="Nyíregyháza, Hungary",
                date="2026-03-10",
                evidence="The Hungarian Red Cross hosted colleagues from the Slovak Red Cross, the Romanian Red Cross and the Ukrainian Red Cross Society in Nyíregyháza on 10 and 11 March",
            ),
            rel(
                "agreement",
                [UNHCR, URCS],
                place="Kyiv, Ukraine",
                date="2026-03-17",
                evidence="The amended project partnership agreement, signed in Kyiv on 17 March",
            ),
            rel(
                "participation",
                [RRC, MDRC, URCS, BGRC, IFRC, WFP, DSU],
                event="Lower Danube Humanitarian Logistics Conference",
                place="Galați, Romania",
                date="2026-03-18",
                evidence="Some 80 logisticians met in Galați on 18 and 19 March for the second Lower Danube Humanitarian Logistics Conference, hosted by the Romanian Red Cross.",
            ),
            rel(
                "donation",
                [AURC, URCS],
                place="Odesa, Ukraine",
                date="2026-03-06",
                evidence="The Austrian Red Cross delivered two mobile water treatment units to the Ukrainian Red Cross Society in Odesa on 6 March.",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
