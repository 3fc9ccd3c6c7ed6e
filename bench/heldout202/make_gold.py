"""Gold annotations for held-out set 202 (prefix gl): the Great Lakes and south-eastern Africa (Red Cross of the Democratic Republic of the Congo, Rwandan Red Cross, Burundi Red Cross, Malawi Red Cross Society, Tanzania Red Cross Society, the ICRC sub-delegation in Goma, WHO, UNICEF, a provincial ministry, a Rwandan ministry, Malawi's meteorological department, Tanzania's disaster department, a Swiss donor, companies in Malawi, Tanzania and Rwanda).

gl01 - radio news bulletin translated from French (Radio Tuungane FM, Goma, midday bulletin of Friday 16 Oct 2026; presenter and correspondent named, jingles, headlines, weather and a web-page line): the Red Cross of the DRC and the Provincial Ministry of Health of North Kivu "on Thursday concluded a collaboration convention" on safe and dignified burials, "The text was signed at the offices of the Provincial Ministry by the Provincial Secretary of the Red Cross in North Kivu, Mr. ..., and by the Provincial Minister of Health, Dr. ..." (agreement, signatories), the volunteers "were trained by the International Committee of the Red Cross, the ICRC, whose sub-delegation in Goma also supplies them with protective equipment" (support), "on Wednesday the ICRC handed over two tonnes of surgical material and dressings to the CBCA Ndosho hospital" (donation; "the head of the ICRC sub-delegation, Ms. ...", "The medical director of the Ndosho hospital, Dr. ..."), chlorination in Uvira whose "activities are financed by UNICEF" (support), "the head of the WHO sub-office in Bukavu, Dr. ..., met in Uvira with the provincial committee of the Red Cross in South Kivu" (meeting), volunteers "of the Red Cross of the DRC and of the Rwanda Red Cross met on Thursday in Rubavu" (meeting; each side's leader "led by its Rubavu district coordinator, Mr. ..." and "by the head of the Goma-town branch, Mrs. ..."); traps: the Governor of the province "attended the ceremony ... but did not sign" (title only, no party), MONUSCO cited for a figure, talks with an unnamed provincial water authority with "no agreement has been reached so far", the chief medical officer of the health zone by title only, Médecins Sans Frontières running its own treatment centre and Burundi Red Cross volunteers "on the other side of the border" doing "similar" work (co-mentions, not annotated), "want to meet every quarter and hope to sign a cross-border protocol" (plans), the presenter and the correspondent (bylines, not counted).
gl02 - NGO consortium press release (Blantyre, 22 Sep 2026; headline, "FOR IMMEDIATE RELEASE", quotes, a "Background" list of bullets, two "About" boilerplates, media contact, "###"): Concern Worldwide, the Malawi Red Cross Society, Plan International Malawi and the Nsanje Women's Development Forum "today launched the Tiyambe Consortium ..., a standing partnership through which the four organisations will act together" (alliance of four), "Its three-year programme is funded by the Swiss Agency for Development and Cooperation (SDC), which has committed CHF 6.4 million to the four members" (support from SDC to each member), "the four members and the Department of Climate Change and Meteorological Services (DCCMS) signed a data-sharing agreement" at the launch ceremony ("signed by DCCMS Director Dr. ... and, for the consortium, by Ms. Banda-Mwale": one agreement of five parties, two signatories), "a flood-impact model that the Netherlands Red Cross's data team has been building with the Malawi Red Cross Society since 2024" (support), "Airtel Malawi has donated 120,000 free SMS messages to the Malawi Red Cross Society" (donation); people in several shapes ("Chikondi Banda-Mwale, Country Director of Concern Worldwide in Malawi", "SDC's Regional Director of Cooperation for Southern Africa", "Also present were A, Country Director of ..., and B, Chairperson of ...", media contact with post: counted); traps: the District Commissioner for Nsanje by title only, MVAC cited as a source, Save the Children's "separate" pilot (co-mention), talks "with the national social cash transfer programme" where "no decision has been taken", an extension members "hope" for "subject to new funding", the Movement named in a boilerplate.
gl03 - IFRC DREF operation update with its header block (operation and GLIDE numbers, dates, amount, people to be assisted), sections and bullets (Tanzania, Rufiji and Kibiti floods, issued 20 May 2026): "The DREF was allocated on 1 May 2026 to support the Tanzania Red Cross Society" (support) and "The IFRC Country Cluster Delegation in Nairobi provides technical support to TRCS" (support, same pair), "TRCS works in Rufiji under a memorandum of understanding signed with the Rufiji District Council in 2022" (background agreement), "The Kenya Red Cross Society deployed a two-person information management team to Kibiti on 6 May to support TRCS" (mission and support; "the team is led by A, KRCS Information Management Officer"), "On 7 May, TRCS, PMO-DMD, UNICEF and WHO held a coordination meeting at the Rufiji District Council offices in Utete" (one meeting of four; the council's offices only a venue), "UNICEF handed over 2,000 family hygiene kits to TRCS on 9 May" (donation), "The Vodacom Tanzania Foundation donated TZS 50 million to TRCS for the flood response, announced on 12 May" (donation), contact lines with names and posts (counted); traps: TMA and PMO-DMD cited for figures (PMO-DMD a party only of the meeting), the Danish and Finnish Red Cross with country offices that "receive regular updates" and from whom "no additional support has been requested" (not annotated), World Vision and Save the Children working in another district (co-mention), "A request to WFP ... is pending", the Regional Commissioner for Pwani by title only, "An Emergency Appeal may be considered", "The IFRC thanks all donors to the DREF" (generic).
gl04 - compilation of a National Society's Facebook posts, newest first (Rwanda Red Cross page, posts of 3 to 19 Nov 2026, compiled on 20 Nov 2026; page header, verified tick, emojis, hashtags, reaction counts, a shared post, commenters): "our Secretary General Mr. ... and Ms. ..., Permanent Secretary of the Ministry in charge of Emergency Management (MINEMA), signed a memorandum of understanding" "Today at our headquarters in Kacyiru, Kigali" (agreement, signatories, 3 Nov), 350 families helped "thanks to the support of the Belgian Red Cross (Croix-Rouge de Belgique)" (support; "head of the Belgian Red Cross delegation in Rwanda"), "Inyange Industries also donated 8,000 litres of drinking water to our Nyabihu branch" received "on Tuesday" (donation, 3 Nov; "Our district coordinator in Nyabihu, Mr. ..."), "Today we were honoured to welcome at our headquarters a delegation of the Burundi Red Cross led by its Secretary General" (meeting, 10 Nov), "Thanks to ICRC support, our restoring family links volunteers have reconnected 143 families" (support), the "Great Lakes National Societies Leadership Forum, which opened today" in Bujumbura, "Hosted by the Burundi Red Cross" and gathering four more societies and the IFRC Africa Region (participation of six); traps: condolences for a bus accident (no relationship), "still talking with MTN Rwanda about a toll-free line" (talks only, not annotated), UNHCR cited for figures, a shared WHO Rwanda post (no relationship), "We look forward to signing a cooperation agreement in 2027" (plan), commenters (private individuals, not counted), "our Nyabihu branch" (part of the society, not an organisation).
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

CRRDC = "Red Cross of the Democratic Republic of the Congo"
RRC = "Rwandan Red Cross"
BRC = "Burundi Red Cross"
MRCS = "Malawi Red Cross Society"
TRCS = "Tanzania Red Cross National Society"
KRCS = "Kenya Red Cross Society"
URCS = "The Uganda Red Cross Society"
NLRC = "The Netherlands Red Cross"
BELRC = "Belgian Red Cross"
UNICEF = "United Nations Children's Fund"
WHO = "World Health Organization"
PMH_NK = "Provincial Ministry of Health of North Kivu"
NDOSHO = "CBCA Ndosho Hospital"
CONCERN = "Concern Worldwide"
PLAN_MW = "Plan International Malawi"
NWDF = "Nsanje Women's Development Forum"
SDC = "Swiss Agency for Development and Cooperation"
DCCMS = "Department of Climate Change and Meteorological Services"
AIRTEL_MW = "Airtel Malawi"
PMO_DMD = "Prime Minister's Office – Disaster Management Department"
RUFIJI_DC = "Rufiji District Council"
VODACOM_F = "Vodacom Tanzania Foundation"
MINEMA = "Ministry in charge of Emergency Management"
INYANGE = "Inyange Industries"

TIYAMBE = [CONCERN, MRCS, PLAN_MW, NWDF]

DOCS = [
    (
        "gl01_goma_radio_bulletin_burials_convention.txt",
        "2026-10-16",
        [
            org(CRRDC, NS, "CD", "Red Cross of the DRC"),
            org(PMH_NK, GOV, "CD", "Provincial Ministry"),
            org(ICRC, MB, None, "ICRC"),
            org(NDOSHO, OTHER, "CD", "CBCA Ndosho hospital", "Ndosho hospital"),
            org(UNICEF, UN, None, "UNICEF"),
            org(WHO, UN, None, "WHO"),
            org(RRC, NS, "RW", "Rwanda Red Cross"),
        ],
        [
            person("Jean-Pierre Kasereka Mumbere", "Provincial Secretary in North Kivu", CRRDC),
            person("Aimée Furaha Bahati", "Provincial Minister of Health", PMH_NK),
            person("Sabine Perrenoud", "Head of the sub-delegation in Goma", ICRC),
            person("Justin Paluku Vagheni", "Medical Director", NDOSHO),
            person("Ousmane Diallo-Sangaré", "Head of the sub-office in Bukavu", WHO),
            person("Emmanuel Habimana Ntwari", "Rubavu district coordinator", RRC),
            person("Esther Kahindo Sikuli", "Head of the Goma-town branch", CRRDC),
        ],
        [
            rel(
                "agreement",
                [CRRDC, PMH_NK],
                signatories=["Jean-Pierre Kasereka Mumbere", "Aimée Furaha Bahati"],
                place="Goma, Democratic Republic of the Congo",
                date="2026-10-15",
                evidence="The Red Cross of the Democratic Republic of the Congo and the Provincial Ministry of Health of North Kivu on Thursday concluded a collaboration convention",
            ),
            rel(
                "support",
                [ICRC, CRRDC],
                evidence="The volunteers concerned were trained by the International Committee of the Red Cross, the ICRC, whose sub-delegation in Goma also supplies them with protective equipment and body bags.",
            ),
            rel(
                "donation",
                [ICRC, NDOSHO],
                place="Goma, Democratic Republic of the Congo",
                date="2026-10-14",
                evidence="on Wednesday the ICRC handed over two tonnes of surgical material and dressings to the CBCA Ndosho hospital",
            ),
            rel(
                "support",
                [UNICEF, CRRDC],
                evidence="These activities are financed by UNICEF",
            ),
            rel(
                "meeting",
                [WHO, CRRDC],
                place="Uvira, Democratic Republic of the Congo",
                date="2026-10-14",
                evidence="On Wednesday, the head of the WHO sub-office in Bukavu, Dr. Ousmane Diallo-Sangaré, met in Uvira with the provincial committee of the Red Cross in South Kivu",
            ),
            rel(
                "meeting",
                [CRRDC, RRC],
                place="Rubavu, Rwanda",
                date="2026-10-15",
                evidence="volunteers of the Red Cross of the DRC and of the Rwanda Red Cross met on Thursday in Rubavu",
            ),
        ],
    ),
    (
        "gl02_malawi_tiyambe_consortium_release.txt",
        "2026-09-22",
        [
            org(CONCERN, NGO, "IE"),
            org(MRCS, NS, "MW"),
            org(PLAN_MW, NGO, "MW", "Plan"),
            org(NWDF, NGO, "MW", "the Forum"),
            org(SDC, GOV, "CH", "SDC"),
            org(DCCMS, GOV, "MW", "DCCMS"),
            org(NLRC, NS, "NL", "Netherlands Red Cross"),
            org(AIRTEL_MW, CO, "MW"),
        ],
        [
            person("Chikondi Banda-Mwale", "Country Director in Malawi", CONCERN),
            person("Yobu Kachiwanda", "Director", DCCMS),
            person("Lusungu Nyirenda", "Secretary General", MRCS),
            person(
                "Martina Zbinden-Rey", "Regional Director of Cooperation for Southern Africa", SDC
            ),
            person("Grace Chiumia-Phiri", "Country Director", PLAN_MW),
            person("Esnart Kalonga", "Chairperson", NWDF),
            person("Thokozani Mhango", "Communications Officer", CONCERN),
        ],
        [
            rel(
                "alliance",
                TIYAMBE,
                place="Blantyre, Malawi",
                date="2026-09-22",
                evidence="today launched the Tiyambe Consortium",
            ),
        ]
        + [
            rel(
                "support",
                [SDC, member],
                evidence="Its three-year programme is funded by the Swiss Agency for Development and Cooperation (SDC), which has committed CHF 6.4 million to the four members.",
            )
            for member in TIYAMBE
        ]
        + [
            rel(
                "agreement",
                TIYAMBE + [DCCMS],
                signatories=["Yobu Kachiwanda", "Chikondi Banda-Mwale"],
                place="Blantyre, Malawi",
                date="2026-09-22",
                evidence="the four members and the Department of Climate Change and Meteorological Services (DCCMS) signed a data-sharing agreement",
            ),
            rel(
                "support",
                [NLRC, MRCS],
                evidence="a flood-impact model that the Netherlands Red Cross's data team has been building with the Malawi Red Cross Society since 2024",
            ),
            rel(
                "donation",
                [AIRTEL_MW, MRCS],
                evidence="Airtel Malawi has donated 120,000 free SMS messages to the Malawi Red Cross Society",
            ),
        ],
    ),
    (
        "gl03_tanzania_rufiji_floods_dref_update.txt",
        "2026-05-20",
        [
            org(TRCS, NS, "TZ", "Tanzania Red Cross Society", "TRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(RUFIJI_DC, GOV, "TZ"),
            org(KRCS, NS, "KE", "KRCS"),
            org(PMO_DMD, GOV, "TZ", "PMO-DMD"),
            org(UNICEF, UN, None, "UNICEF"),
            org(WHO, UN, None, "WHO"),
            org(VODACOM_F, OTHER, "TZ"),
        ],
        [
            person("Wanjiku Otieno", "Information Management Officer", KRCS),
            person("Neema Kisanga", "Secretary General", TRCS),
            person("Baraka Mwakalinga", "Disaster Management Coordinator", TRCS),
            person("Abdirahman Hassan Warsame", "Head of Delegation", IFRC),
            person("Élodie Marchand", "DREF Operations Coordinator", IFRC),
        ],
        [
            rel(
                "support",
                [IFRC, TRCS],
                date="2026-05-01",
                evidence="The DREF was allocated on 1 May 2026 to support the Tanzania Red Cross Society",
            ),
            rel(
                "support",
                [IFRC, TRCS],
                evidence="The IFRC Country Cluster Delegation in Nairobi provides technical support to TRCS for this operation.",
            ),
            rel(
                "agreement",
                [TRCS, RUFIJI_DC],
                date="2022",
                evidence="TRCS works in Rufiji under a memorandum of understanding signed with the Rufiji District Council in 2022",
            ),
            rel(
                "mission",
                [KRCS],
                place="Kibiti, Tanzania",
                date="2026-05-06",
                evidence="The Kenya Red Cross Society deployed a two-person information management team to Kibiti on 6 May",
            ),
            rel(
                "support",
                [KRCS, TRCS],
                evidence="The Kenya Red Cross Society deployed a two-person information management team to Kibiti on 6 May to support TRCS with needs data and mapping",
            ),
            rel(
                "meeting",
                [TRCS, PMO_DMD, UNICEF, WHO],
                place="Utete, Tanzania",
                date="2026-05-07",
                evidence="On 7 May, TRCS, PMO-DMD, UNICEF and WHO held a coordination meeting at the Rufiji District Council offices in Utete",
            ),
            rel(
                "donation",
                [UNICEF, TRCS],
                date="2026-05-09",
                evidence="UNICEF handed over 2,000 family hygiene kits to TRCS on 9 May",
            ),
            rel(
                "donation",
                [VODACOM_F, TRCS],
                date="2026-05-12",
                evidence="The Vodacom Tanzania Foundation donated TZS 50 million to TRCS for the flood response",
            ),
        ],
    ),
    (
        "gl04_rwanda_red_cross_facebook_posts.txt",
        "2026-11-20",
        [
            org(RRC, NS, "RW", "Rwanda Red Cross"),
            org(MINEMA, GOV, "RW", "MINEMA"),
            org(BELRC, NS, "BE", "Croix-Rouge de Belgique"),
            org(INYANGE, CO, "RW"),
            org(BRC, NS, "BI"),
            org(ICRC, MB, None, "ICRC"),
            org(CRRDC, NS, "CD"),
            org(URCS, NS, "UG", "Uganda Red Cross Society"),
            org(TRCS, NS, "TZ", "Tanzania Red Cross Society"),
            org(IFRC, MB, None, "IFRC", "IFRC Africa Region"),
        ],
        [
            person("Ange Mukankusi Rutayisire", "President", RRC),
            person("Aloys Nduwimana Bizimana", "Secretary General", BRC),
            person("Pieter Van den Broeck", "Head of the delegation in Rwanda", BELRC),
            person("Eric Niyonzima", "District coordinator in Nyabihu", RRC),
            person("Théogène Nsengiyumva Karekezi", "Secretary General", RRC),
            person("Claudine Uwamahoro Mukiza", "Permanent Secretary", MINEMA),
        ],
        [
            rel(
                "participation",
                [BRC, RRC, CRRDC, URCS, TRCS, IFRC],
                event="Great Lakes National Societies Leadership Forum",
                place="Bujumbura, Burundi",
                date="2026-11-17",
                evidence="Hosted by the Burundi Red Cross, the forum gathers the Rwanda Red Cross, the Red Cross of the Democratic Republic of the Congo, the Uganda Red Cross Society, the Tanzania Red Cross Society and the IFRC Africa Region",
            ),
            rel(
                "support",
                [ICRC, RRC],
                evidence="Thanks to ICRC support, our restoring family links volunteers have reconnected 143 families",
            ),
            rel(
                "meeting",
                [RRC, BRC],
                place="Kigali, Rwanda",
                date="2026-11-10",
                evidence="Today we were honoured to welcome at our headquarters a delegation of the Burundi Red Cross led by its Secretary General, Mr. Aloys Nduwimana Bizimana.",
            ),
            rel(
                "support",
                [BELRC, RRC],
                evidence="thanks to the support of the Belgian Red Cross (Croix-Rouge de Belgique)",
            ),
            rel(
                "donation",
                [INYANGE, RRC],
                place="Nyabihu, Rwanda",
                date="2026-11-03",
                evidence="Inyange Industries also donated 8,000 litres of drinking water to our Nyabihu branch.",
            ),
            rel(
                "agreement",
                [RRC, MINEMA],
                signatories=["Théogène Nsengiyumva Karekezi", "Claudine Uwamahoro Mukiza"],
                place="Kigali, Rwanda",
                date="2026-11-03",
                evidence="signed a memorandum of understanding on disaster preparedness and emergency shelter",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
