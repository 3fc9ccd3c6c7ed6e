"""Gold annotations for held-out set 201 (prefix ca): Central Asia and Afghanistan (Red Crescent Society of Kyrgyzstan, Red Crescent Society of Uzbekistan, Red Crescent Society of Tajikistan, Red Crescent Society of the Republic of Kazakhstan, Afghan Red Crescent Society, Red Crescent Society of Turkmenistan; a Kyrgyz ministry, KOICA, SDC, the Embassy of Japan, UNICEF, IOM, UNHCR, the IFRC Country Cluster Delegation for Central Asia and the ICRC regional delegation).

ca01 - Kyrgyz Ministry of Emergency Situations website news item, read as an unofficial translation from Russian (site header, breadcrumb, "18.11.2026 | 10:42 | Views", tags; published 18 Nov 2026): "an Agreement on interaction between the MES of the Kyrgyz Republic and the Public Association "Red Crescent Society of Kyrgyzstan" was signed" "On November 17, 2026, in Bishkek" (signatories in Russian order, post before name: "the Minister of Emergency Situations of the Kyrgyz Republic Nurlanbek Sydykov and the Chairperson of ... Gulmira Abdykadyrova"), "It replaces the cooperation agreement concluded by the parties in 2015" (background agreement), stocks "replenished this year with the support of" the IFRC and the German Red Cross (two supports), avalanche equipment "handed over to the Republican Rescue Service of the Ministry" (donation to the ministry; the service is an internal unit) and "purchased with funds from" SDC (support to the society), a "working meeting with the Head of the IFRC Country Cluster Delegation for Central Asia" (meeting); people with initials later ("N. Sydykov", "G. Abdykadyrova"), a colonel who moderated, a secretary general "of the Red Crescent Society of Kyrgyzstan Ruslan Isakov", a press secretary in the footer (counted); traps: the Institute of Seismology cited as a source of figures, the Deputy Head of the Presidential Administration by title only and representatives of the Ministry of Health and the Bishkek City Hall only attending, "international partners of the Red Crescent" generic, a joint exercise "planned for spring 2027", a training plan the parties "intend to develop", a similar document with the Red Crescent Society of Tajikistan only "considering" (not annotated), "Reference" boilerplate naming the Movement, photo credit.
ca02 - IFRC country-cluster news story from Muynak, Uzbekistan (breadcrumb, byline with reading time, 9 Sep 2026): mobile health teams "run by the Karakalpakstan branch of the Red Crescent Society of Uzbekistan, with funding from" KOICA "and technical guidance from the IFRC" (two supports; the branch is the society), "a memorandum with the Ministry of Health of the Republic of Karakalpakstan now lets the teams refer patients" "In May" (agreement, 2026-05), "the mobile operator Ucell donated 25 tablets" "in July" (donation), "UNICEF, which has worked with the society on immunization outreach since 2021, supplies the teams' vaccine cold boxes" (support), a KOICA country director quoted "during a visit to the teams in June" (meeting, 2026-06), the IFRC Regional Director and the society's Chairperson who "travelled with one of the teams to Muynak and later met the Minister of Health of Karakalpakstan" on 27 August (one three-party meeting in Nukus); people as "who heads the society's Karakalpakstan branch in Nukus", "a nurse with the Muynak team", "Park Ji-won, Country Director of the KOICA Uzbekistan Office", a media contact with post (counted); traps: the byline (not counted), a beneficiary by first name only, the WHO and Uzhydromet cited as sources, a third team only hoped for "if funding can be found", talks with the Asian Development Bank that "have not yet led to an agreement", UN agencies, the Multi-Partner Human Security Trust Fund for the Aral Sea Region and "Partner National Societies" only co-mentioned, a related-story line.
ca03 - Embassy of Japan in the Republic of Tajikistan press release on its GGP grants (numbered release, Dushanbe, 3 Dec 2026; "Note to editors", contact section): grant contract signed "On 2 December 2026" by "H.E. Mr." the Ambassador and "Ms." the Society's Chairperson "at the Embassy of Japan in Dushanbe" (agreement with signatories), "the Government of Japan will provide USD 148,520 to the Red Crescent Society of Tajikistan" (support; the Government and its embassy annotated as one body), "a second GGP contract, worth USD 96,300, with the State Institution "Panj District Central Hospital", represented by its chief physician, Dr. ..." (agreement with signatories, and support), "Since 2008, Japan has supported the Red Crescent Society of Tajikistan through eleven GGP projects" (background support), a curriculum "developed by the Society with the support of the International Committee of the Red Cross (ICRC)" (support), the Ambassador "was received by the Minister of Health and Social Protection of Population" "Earlier on 2 December" (meeting; no place stated); a secretary general with "Mr." and a Second Secretary in the contact lines (counted); traps: the Agency on Statistics under the President cited as a source, joint exercises with the Afghan Red Crescent Society only hoped to "resume", JICA's cooperation only co-mentioned ("complements"), the Chairman of Panj District by title only and a representative of the Committee of Emergency Situations and Civil Defence only attending, thanks to "the people and Government of Japan" (no further act), the note's 240 projects (generic).
ca04 - final communiqué of a regional meeting in numbered paragraphs (Almaty, 14-15 Oct 2026, issued 16 Oct 2026; "Original:", "Distribution:", a bulleted list of heads of delegation with posts after colons): one participation of ten (the Kazakh host society, four delegations "brought together", the Turkmen society "attended as an observer", the IFRC and the ICRC that supported the hosting, IOM and UNHCR who "took part in the session on returns"), "hosted by the Red Crescent Society of the Republic of Kazakhstan with the support of the IFRC Country Cluster Delegation for Central Asia and the ICRC Regional Delegation for Central Asia" (two supports), "The participants welcomed the memorandum of understanding on restoring family links signed on 14 October 2026 by Ms. A, Chairperson of ..., and Mr. B, Director of International Relations of ..." (agreement with signatories), the Tajik and Afghan delegations that "met to review their preparedness" "On the margins of the meeting" (meeting; day not fixed), "The ICRC informed the participants that it has agreed with the Red Crescent Society of Uzbekistan to extend its financial and technical support" (support), thanks "to the Norwegian Red Cross, whose funding made the meeting possible" (support to the host); traps: the Akim of Almaty by title only, IOM cited for figures, the Turkmen Red Crescent's "interest in acceding to the memorandum at a later stage", a regional network only to be considered "at their next meeting", discussions on a contingency plan with IOM and UNHCR that "will continue", calls on authorities and "Partner National Societies" (generic), thanks for hospitality, the adoption line.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

RCSK = "Red Crescent Society of Kyrgyzstan"
RCSU = "Red Crescent Society of Uzbekistan"
RCST = "Red Crescent Society of Tajikistan"
RCSRK = "Red Crescent Society of the Republic of Kazakhstan"
ARCS = "Afghan Red Crescent Society"
RCSTM = "Red Crescent Society of Turkmenistan"
DRK = "German Red Cross"
NORCROSS = "Norwegian Red Cross"
MES_KG = "Ministry of Emergency Situations of the Kyrgyz Republic"
SDC = "Swiss Agency for Development and Cooperation"
KOICA = "Korea International Cooperation Agency"
MOH_KK = "Ministry of Health of the Republic of Karakalpakstan"
UCELL = "Ucell"
UNICEF = "United Nations Children's Fund"
EOJ = "Embassy of Japan in the Republic of Tajikistan"
PANJ_HOSP = "Panj District Central Hospital"
MOHSPP = "Ministry of Health and Social Protection of Population of the Republic of Tajikistan"
IOM = "International Organization for Migration"
UNHCR = "United Nations High Commissioner for Refugees"

ALMATY_MEETING = (
    "Regional Meeting of Red Crescent Societies of Central Asia and Afghanistan "
    "on Migration, Displacement and Restoring Family Links"
)

DOCS = [
    (
        "ca01_kg_mes_red_crescent_interaction_agreement.txt",
        "2026-11-18",
        [
            org(MES_KG, GOV, "KG", "MES of the Kyrgyz Republic", "MES"),
            org(RCSK, NS, "KG"),
            org(IFRC, MB, None, "IFRC"),
            org(DRK, NS, "DE"),
            org(SDC, GOV, "CH", "SDC"),
        ],
        [
            person("Nurlanbek Sydykov", "Minister of Emergency Situations", MES_KG),
            person("Gulmira Abdykadyrova", "Chairperson", RCSK),
            person("Temir Asanaliev", "Director of the Department of Civil Protection", MES_KG),
            person("Ruslan Isakov", "Secretary General", RCSK),
            person(
                "Annika Lindqvist", "Head of the Country Cluster Delegation for Central Asia", IFRC
            ),
            person("Aida Usenova", "Press secretary", MES_KG),
        ],
        [
            rel(
                "agreement",
                [MES_KG, RCSK],
                signatories=["Nurlanbek Sydykov", "Gulmira Abdykadyrova"],
                place="Bishkek, Kyrgyzstan",
                date="2026-11-17",
                evidence='an Agreement on interaction between the MES of the Kyrgyz Republic and the Public Association "Red Crescent Society of Kyrgyzstan" was signed',
            ),
            rel(
                "agreement",
                [MES_KG, RCSK],
                date="2015",
                evidence="It replaces the cooperation agreement concluded by the parties in 2015.",
            ),
            rel(
                "support",
                [IFRC, RCSK],
                evidence="The stocks were replenished this year with the support of the International Federation of Red Cross and Red Crescent Societies (IFRC) and the German Red Cross.",
            ),
            rel(
                "support",
                [DRK, RCSK],
                evidence="The stocks were replenished this year with the support of the International Federation of Red Cross and Red Crescent Societies (IFRC) and the German Red Cross.",
            ),
            rel(
                "donation",
                [RCSK, MES_KG],
                place="Bishkek, Kyrgyzstan",
                date="2026-11-17",
                evidence="Following the signing, the Red Crescent Society of Kyrgyzstan handed over to the Republican Rescue Service of the Ministry 30 sets of avalanche rescue equipment",
            ),
            rel(
                "support",
                [SDC, RCSK],
                evidence="purchased with funds from the Swiss Agency for Development and Cooperation (SDC)",
            ),
            rel(
                "meeting",
                [MES_KG, IFRC],
                place="Bishkek, Kyrgyzstan",
                date="2026-11-17",
                evidence="On the same day, Minister N. Sydykov held a working meeting with the Head of the IFRC Country Cluster Delegation for Central Asia Annika Lindqvist.",
            ),
        ],
    ),
    (
        "ca02_uz_aral_mobile_health_teams_story.txt",
        "2026-09-09",
        [
            org(RCSU, NS, "UZ"),
            org(IFRC, MB, None, "IFRC"),
            org(KOICA, GOV, "KR", "KOICA", "KOICA Uzbekistan Office"),
            org(MOH_KK, GOV, "UZ"),
            org(UCELL, CO, "UZ"),
            org(UNICEF, UN, None, "UNICEF"),
        ],
        [
            person("Bakhtiyor Seitmuratov", "head of the Karakalpakstan branch", RCSU),
            person("Zamira Kalbaeva", "nurse with the Muynak team", RCSU),
            person("Park Ji-won", "Country Director of the KOICA Uzbekistan Office", KOICA),
            person("Birgitte Holm", "Regional Director for Europe and Central Asia", IFRC),
            person("Dilorom Yuldasheva", "Chairperson", RCSU),
            person("Jaksylyk Utepov", "Minister of Health of Karakalpakstan", MOH_KK),
            person("Timur Bekov", "Communications Manager", IFRC),
        ],
        [
            rel(
                "support",
                [KOICA, RCSU],
                evidence="The two mobile health teams are run by the Karakalpakstan branch of the Red Crescent Society of Uzbekistan, with funding from the Korea International Cooperation Agency (KOICA)",
            ),
            rel(
                "support",
                [IFRC, RCSU],
                evidence="with funding from the Korea International Cooperation Agency (KOICA) and technical guidance from the IFRC",
            ),
            rel(
                "agreement",
                [RCSU, MOH_KK],
                date="2026-05",
                evidence="a memorandum with the Ministry of Health of the Republic of Karakalpakstan now lets the teams refer patients directly to the district hospitals",
            ),
            rel(
                "donation",
                [UCELL, RCSU],
                date="2026-07",
                evidence="the mobile operator Ucell donated 25 tablets and a year of mobile data to the branch",
            ),
            rel(
                "support",
                [UNICEF, RCSU],
                evidence="UNICEF, which has worked with the society on immunization outreach since 2021, supplies the teams' vaccine cold boxes.",
            ),
            rel(
                "meeting",
                [KOICA, RCSU],
                date="2026-06",
                evidence="said Park Ji-won, Country Director of the KOICA Uzbekistan Office, during a visit to the teams in June",
            ),
            rel(
                "meeting",
                [IFRC, RCSU, MOH_KK],
                place="Nukus, Uzbekistan",
                date="2026-08-27",
                evidence="travelled with one of the teams to Muynak and later met the Minister of Health of Karakalpakstan, Jaksylyk Utepov, in Nukus",
            ),
        ],
    ),
    (
        "ca03_tj_japan_embassy_ggp_grants_release.txt",
        "2026-12-03",
        [
            org(EOJ, GOV, "JP", "Embassy of Japan", "Government of Japan", "Japan"),
            org(RCST, NS, "TJ"),
            org(PANJ_HOSP, OTHER, "TJ", 'State Institution "Panj District Central Hospital"'),
            org(ICRC, MB, None, "ICRC"),
            org(MOHSPP, GOV, "TJ"),
        ],
        [
            person(
                "Takeshi Moriyama",
                "Ambassador Extraordinary and Plenipotentiary of Japan to the Republic of Tajikistan",
                EOJ,
            ),
            person("Firuza Nazarova", "Chairperson", RCST),
            person("Saidali Qurbonov", "chief physician", PANJ_HOSP),
            person("Khurshed Davlatov", "Secretary General", RCST),
            person(
                "Jamshed Sharifzoda",
                "Minister of Health and Social Protection of Population",
                MOHSPP,
            ),
            person("Aiko Tanabe", "Second Secretary", EOJ),
        ],
        [
            rel(
                "agreement",
                [EOJ, RCST],
                signatories=["Takeshi Moriyama", "Firuza Nazarova"],
                place="Dushanbe, Tajikistan",
                date="2026-12-02",
                evidence="Chairperson of the Red Crescent Society of Tajikistan, signed a grant contract",
            ),
            rel(
                "support",
                [EOJ, RCST],
                evidence="the Government of Japan will provide USD 148,520 to the Red Crescent Society of Tajikistan",
            ),
            rel(
                "agreement",
                [EOJ, PANJ_HOSP],
                signatories=["Takeshi Moriyama", "Saidali Qurbonov"],
                place="Dushanbe, Tajikistan",
                date="2026-12-02",
                evidence='At the same ceremony, Ambassador Moriyama signed a second GGP contract, worth USD 96,300, with the State Institution "Panj District Central Hospital"',
            ),
            rel(
                "support",
                [EOJ, PANJ_HOSP],
                evidence="for the renovation of the hospital's emergency department",
            ),
            rel(
                "support",
                [EOJ, RCST],
                evidence="Since 2008, Japan has supported the Red Crescent Society of Tajikistan through eleven GGP projects",
            ),
            rel(
                "support",
                [ICRC, RCST],
                evidence="The first-aid curriculum to be used was developed by the Society with the support of the International Committee of the Red Cross (ICRC)",
            ),
            rel(
                "meeting",
                [EOJ, MOHSPP],
                date="2026-12-02",
                evidence="Earlier on 2 December, Ambassador Moriyama was received by the Minister of Health and Social Protection of Population of the Republic of Tajikistan",
            ),
        ],
    ),
    (
        "ca04_almaty_regional_meeting_migration_communique.txt",
        "2026-10-16",
        [
            org(RCSRK, NS, "KZ"),
            org(ARCS, NS, "AF"),
            org(RCSK, NS, "KG"),
            org(RCST, NS, "TJ"),
            org(RCSU, NS, "UZ"),
            org(RCSTM, NS, "TM", "Turkmen Red Crescent"),
            org(IFRC, MB, None, "IFRC", "IFRC Country Cluster Delegation for Central Asia"),
            org(ICRC, MB, None, "ICRC", "ICRC Regional Delegation for Central Asia"),
            org(IOM, UN, None, "IOM"),
            org(
                UNHCR,
                UN,
                None,
                "UNHCR",
                "Office of the United Nations High Commissioner for Refugees",
            ),
            org(NORCROSS, NS, "NO"),
        ],
        [
            person("Aigerim Zhunusova", "Chairperson", RCSRK),
            person("Abdul Wahid Noorzai", "Director of International Relations", ARCS),
            person("Ruslan Isakov", "Secretary General", RCSK),
            person("Firuza Nazarova", "Chairperson", RCST),
            person("Sherzod Alimov", "Deputy Chairman", RCSU),
            person("Maral Orazova", "Head of International Department", RCSTM),
            person("Annika Lindqvist", "Head of Country Cluster Delegation for Central Asia", IFRC),
            person("Pierre-Alain Rochat", "Head of Regional Delegation for Central Asia", ICRC),
        ],
        [
            rel(
                "participation",
                [RCSRK, ARCS, RCSK, RCST, RCSU, RCSTM, IFRC, ICRC, IOM, UNHCR],
                event=ALMATY_MEETING,
                place="Almaty, Kazakhstan",
                date="2026-10-14",
                evidence="The meeting brought together delegations of the Afghan Red Crescent Society, the Red Crescent Society of Kyrgyzstan, the Red Crescent Society of Tajikistan and the Red Crescent Society of Uzbekistan, together with the host society.",
            ),
            rel(
                "support",
                [IFRC, RCSRK],
                evidence="It was hosted by the Red Crescent Society of the Republic of Kazakhstan with the support of the IFRC Country Cluster Delegation for Central Asia",
            ),
            rel(
                "support",
                [ICRC, RCSRK],
                evidence="with the support of the IFRC Country Cluster Delegation for Central Asia and the ICRC Regional Delegation for Central Asia, based in Tashkent",
            ),
            rel(
                "agreement",
                [RCSRK, ARCS],
                signatories=["Aigerim Zhunusova", "Abdul Wahid Noorzai"],
                place="Almaty, Kazakhstan",
                date="2026-10-14",
                evidence="The participants welcomed the memorandum of understanding on restoring family links signed on 14 October 2026",
            ),
            rel(
                "meeting",
                [RCST, ARCS],
                event=ALMATY_MEETING,
                place="Almaty, Kazakhstan",
                date="2026-10",
                evidence="On the margins of the meeting, the delegations of the Red Crescent Society of Tajikistan and the Afghan Red Crescent Society met to review their preparedness",
            ),
            rel(
                "support",
                [ICRC, RCSU],
                evidence="it has agreed with the Red Crescent Society of Uzbekistan to extend its financial and technical support to the family links office of the Society in Termez",
            ),
            rel(
                "support",
                [NORCROSS, RCSRK],
                evidence="to the Norwegian Red Cross, whose funding made the meeting possible",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
